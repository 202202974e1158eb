//! Generated resource bindings. Do not edit; regenerate (see `codegen/bindings/aws.txt`).

/// `aws_acm_certificate`.
pub mod acm_certificate;
pub use acm_certificate::{AcmCertificate, AcmCertificateRef};
/// `aws_acm_certificate_validation`.
pub mod acm_certificate_validation;
pub use acm_certificate_validation::{AcmCertificateValidation, AcmCertificateValidationRef};
/// `aws_api_gateway_account`.
pub mod api_gateway_account;
pub use api_gateway_account::{ApiGatewayAccount, ApiGatewayAccountRef};
/// `aws_api_gateway_base_path_mapping`.
pub mod api_gateway_base_path_mapping;
pub use api_gateway_base_path_mapping::{ApiGatewayBasePathMapping, ApiGatewayBasePathMappingRef};
/// `aws_api_gateway_deployment`.
pub mod api_gateway_deployment;
pub use api_gateway_deployment::{ApiGatewayDeployment, ApiGatewayDeploymentRef};
/// `aws_api_gateway_domain_name`.
pub mod api_gateway_domain_name;
pub use api_gateway_domain_name::{ApiGatewayDomainName, ApiGatewayDomainNameRef};
/// `aws_api_gateway_integration`.
pub mod api_gateway_integration;
pub use api_gateway_integration::{ApiGatewayIntegration, ApiGatewayIntegrationRef};
/// `aws_api_gateway_integration_response`.
pub mod api_gateway_integration_response;
pub use api_gateway_integration_response::{
    ApiGatewayIntegrationResponse, ApiGatewayIntegrationResponseRef,
};
/// `aws_api_gateway_method`.
pub mod api_gateway_method;
pub use api_gateway_method::{ApiGatewayMethod, ApiGatewayMethodRef};
/// `aws_api_gateway_method_response`.
pub mod api_gateway_method_response;
pub use api_gateway_method_response::{ApiGatewayMethodResponse, ApiGatewayMethodResponseRef};
/// `aws_api_gateway_method_settings`.
pub mod api_gateway_method_settings;
pub use api_gateway_method_settings::{ApiGatewayMethodSettings, ApiGatewayMethodSettingsRef};
/// `aws_api_gateway_resource`.
pub mod api_gateway_resource;
pub use api_gateway_resource::{ApiGatewayResource, ApiGatewayResourceRef};
/// `aws_api_gateway_rest_api`.
pub mod api_gateway_rest_api;
pub use api_gateway_rest_api::{ApiGatewayRestApi, ApiGatewayRestApiRef};
/// `aws_api_gateway_stage`.
pub mod api_gateway_stage;
pub use api_gateway_stage::{ApiGatewayStage, ApiGatewayStageRef};
/// `aws_autoscaling_group`.
pub mod autoscaling_group;
pub use autoscaling_group::{AutoscalingGroup, AutoscalingGroupRef};
/// `aws_autoscaling_policy`.
pub mod autoscaling_policy;
pub use autoscaling_policy::{AutoscalingPolicy, AutoscalingPolicyRef};
/// `aws_backup_plan`.
pub mod backup_plan;
pub use backup_plan::{BackupPlan, BackupPlanRef};
/// `aws_backup_selection`.
pub mod backup_selection;
pub use backup_selection::{BackupSelection, BackupSelectionRef};
/// `aws_backup_vault`.
pub mod backup_vault;
pub use backup_vault::{BackupVault, BackupVaultRef};
/// `aws_cloudwatch_composite_alarm`.
pub mod cloudwatch_composite_alarm;
pub use cloudwatch_composite_alarm::{CloudwatchCompositeAlarm, CloudwatchCompositeAlarmRef};
/// `aws_cloudwatch_dashboard`.
pub mod cloudwatch_dashboard;
pub use cloudwatch_dashboard::{CloudwatchDashboard, CloudwatchDashboardRef};
/// `aws_cloudwatch_event_rule`.
pub mod cloudwatch_event_rule;
pub use cloudwatch_event_rule::{CloudwatchEventRule, CloudwatchEventRuleRef};
/// `aws_cloudwatch_event_target`.
pub mod cloudwatch_event_target;
pub use cloudwatch_event_target::{CloudwatchEventTarget, CloudwatchEventTargetRef};
/// `aws_cloudwatch_log_group`.
pub mod cloudwatch_log_group;
pub use cloudwatch_log_group::{CloudwatchLogGroup, CloudwatchLogGroupRef};
/// `aws_cloudwatch_metric_alarm`.
pub mod cloudwatch_metric_alarm;
pub use cloudwatch_metric_alarm::{CloudwatchMetricAlarm, CloudwatchMetricAlarmRef};
/// `aws_db_subnet_group`.
pub mod db_subnet_group;
pub use db_subnet_group::{DbSubnetGroup, DbSubnetGroupRef};
/// `aws_dynamodb_table`.
pub mod dynamodb_table;
pub use dynamodb_table::{DynamodbTable, DynamodbTableRef};
/// `aws_eip`.
pub mod eip;
pub use eip::{Eip, EipRef};
/// `aws_flow_log`.
pub mod flow_log;
pub use flow_log::{FlowLog, FlowLogRef};
/// `aws_iam_instance_profile`.
pub mod iam_instance_profile;
pub use iam_instance_profile::{IamInstanceProfile, IamInstanceProfileRef};
/// `aws_iam_policy`.
pub mod iam_policy;
pub use iam_policy::{IamPolicy, IamPolicyRef};
/// `aws_iam_role`.
pub mod iam_role;
pub use iam_role::{IamRole, IamRoleRef};
/// `aws_iam_role_policy`.
pub mod iam_role_policy;
pub use iam_role_policy::{IamRolePolicy, IamRolePolicyRef};
/// `aws_iam_role_policy_attachment`.
pub mod iam_role_policy_attachment;
pub use iam_role_policy_attachment::{IamRolePolicyAttachment, IamRolePolicyAttachmentRef};
/// `aws_internet_gateway`.
pub mod internet_gateway;
pub use internet_gateway::{InternetGateway, InternetGatewayRef};
/// `aws_kms_alias`.
pub mod kms_alias;
pub use kms_alias::{KmsAlias, KmsAliasRef};
/// `aws_kms_key`.
pub mod kms_key;
pub use kms_key::{KmsKey, KmsKeyRef};
/// `aws_kms_replica_key`.
pub mod kms_replica_key;
pub use kms_replica_key::{KmsReplicaKey, KmsReplicaKeyRef};
/// `aws_lambda_alias`.
pub mod lambda_alias;
pub use lambda_alias::{LambdaAlias, LambdaAliasRef};
/// `aws_lambda_event_source_mapping`.
pub mod lambda_event_source_mapping;
pub use lambda_event_source_mapping::{LambdaEventSourceMapping, LambdaEventSourceMappingRef};
/// `aws_lambda_function`.
pub mod lambda_function;
pub use lambda_function::{LambdaFunction, LambdaFunctionRef};
/// `aws_lambda_function_event_invoke_config`.
pub mod lambda_function_event_invoke_config;
pub use lambda_function_event_invoke_config::{
    LambdaFunctionEventInvokeConfig, LambdaFunctionEventInvokeConfigRef,
};
/// `aws_lambda_permission`.
pub mod lambda_permission;
pub use lambda_permission::{LambdaPermission, LambdaPermissionRef};
/// `aws_launch_template`.
pub mod launch_template;
pub use launch_template::{LaunchTemplate, LaunchTemplateRef};
/// `aws_lb`.
pub mod lb;
pub use lb::{Lb, LbRef};
/// `aws_lb_listener`.
pub mod lb_listener;
pub use lb_listener::{LbListener, LbListenerRef};
/// `aws_lb_listener_rule`.
pub mod lb_listener_rule;
pub use lb_listener_rule::{LbListenerRule, LbListenerRuleRef};
/// `aws_lb_target_group`.
pub mod lb_target_group;
pub use lb_target_group::{LbTargetGroup, LbTargetGroupRef};
/// `aws_nat_gateway`.
pub mod nat_gateway;
pub use nat_gateway::{NatGateway, NatGatewayRef};
/// `aws_network_acl`.
pub mod network_acl;
pub use network_acl::{NetworkAcl, NetworkAclRef};
/// `aws_network_acl_association`.
pub mod network_acl_association;
pub use network_acl_association::{NetworkAclAssociation, NetworkAclAssociationRef};
/// `aws_network_acl_rule`.
pub mod network_acl_rule;
pub use network_acl_rule::{NetworkAclRule, NetworkAclRuleRef};
/// `aws_rds_cluster`.
pub mod rds_cluster;
pub use rds_cluster::{RdsCluster, RdsClusterRef};
/// `aws_rds_cluster_instance`.
pub mod rds_cluster_instance;
pub use rds_cluster_instance::{RdsClusterInstance, RdsClusterInstanceRef};
/// `aws_rds_cluster_parameter_group`.
pub mod rds_cluster_parameter_group;
pub use rds_cluster_parameter_group::{RdsClusterParameterGroup, RdsClusterParameterGroupRef};
/// `aws_rds_global_cluster`.
pub mod rds_global_cluster;
pub use rds_global_cluster::{RdsGlobalCluster, RdsGlobalClusterRef};
/// `aws_route`.
pub mod route;
pub use route::{Route, RouteRef};
/// `aws_route53_health_check`.
pub mod route53_health_check;
pub use route53_health_check::{Route53HealthCheck, Route53HealthCheckRef};
/// `aws_route53_record`.
pub mod route53_record;
pub use route53_record::{Route53Record, Route53RecordRef};
/// `aws_route53_zone`.
pub mod route53_zone;
pub use route53_zone::{Route53Zone, Route53ZoneRef};
/// `aws_route_table`.
pub mod route_table;
pub use route_table::{RouteTable, RouteTableRef};
/// `aws_route_table_association`.
pub mod route_table_association;
pub use route_table_association::{RouteTableAssociation, RouteTableAssociationRef};
/// `aws_s3_bucket`.
pub mod s3_bucket;
pub use s3_bucket::{S3Bucket, S3BucketRef};
/// `aws_s3_bucket_lifecycle_configuration`.
pub mod s3_bucket_lifecycle_configuration;
pub use s3_bucket_lifecycle_configuration::{
    S3BucketLifecycleConfiguration, S3BucketLifecycleConfigurationRef,
};
/// `aws_s3_bucket_logging`.
pub mod s3_bucket_logging;
pub use s3_bucket_logging::{S3BucketLogging, S3BucketLoggingRef};
/// `aws_s3_bucket_ownership_controls`.
pub mod s3_bucket_ownership_controls;
pub use s3_bucket_ownership_controls::{S3BucketOwnershipControls, S3BucketOwnershipControlsRef};
/// `aws_s3_bucket_policy`.
pub mod s3_bucket_policy;
pub use s3_bucket_policy::{S3BucketPolicy, S3BucketPolicyRef};
/// `aws_s3_bucket_public_access_block`.
pub mod s3_bucket_public_access_block;
pub use s3_bucket_public_access_block::{S3BucketPublicAccessBlock, S3BucketPublicAccessBlockRef};
/// `aws_s3_bucket_replication_configuration`.
pub mod s3_bucket_replication_configuration;
pub use s3_bucket_replication_configuration::{
    S3BucketReplicationConfiguration, S3BucketReplicationConfigurationRef,
};
/// `aws_s3_bucket_server_side_encryption_configuration`.
pub mod s3_bucket_server_side_encryption_configuration;
pub use s3_bucket_server_side_encryption_configuration::{
    S3BucketServerSideEncryptionConfiguration, S3BucketServerSideEncryptionConfigurationRef,
};
/// `aws_s3_bucket_versioning`.
pub mod s3_bucket_versioning;
pub use s3_bucket_versioning::{S3BucketVersioning, S3BucketVersioningRef};
/// `aws_s3_object`.
pub mod s3_object;
pub use s3_object::{S3Object, S3ObjectRef};
/// `aws_scheduler_schedule`.
pub mod scheduler_schedule;
pub use scheduler_schedule::{SchedulerSchedule, SchedulerScheduleRef};
/// `aws_secretsmanager_secret`.
pub mod secretsmanager_secret;
pub use secretsmanager_secret::{SecretsmanagerSecret, SecretsmanagerSecretRef};
/// `aws_secretsmanager_secret_version`.
pub mod secretsmanager_secret_version;
pub use secretsmanager_secret_version::{
    SecretsmanagerSecretVersion, SecretsmanagerSecretVersionRef,
};
/// `aws_security_group`.
pub mod security_group;
pub use security_group::{SecurityGroup, SecurityGroupRef};
/// `aws_sns_topic`.
pub mod sns_topic;
pub use sns_topic::{SnsTopic, SnsTopicRef};
/// `aws_sns_topic_policy`.
pub mod sns_topic_policy;
pub use sns_topic_policy::{SnsTopicPolicy, SnsTopicPolicyRef};
/// `aws_sns_topic_subscription`.
pub mod sns_topic_subscription;
pub use sns_topic_subscription::{SnsTopicSubscription, SnsTopicSubscriptionRef};
/// `aws_sqs_queue`.
pub mod sqs_queue;
pub use sqs_queue::{SqsQueue, SqsQueueRef};
/// `aws_sqs_queue_policy`.
pub mod sqs_queue_policy;
pub use sqs_queue_policy::{SqsQueuePolicy, SqsQueuePolicyRef};
/// `aws_ssm_parameter`.
pub mod ssm_parameter;
pub use ssm_parameter::{SsmParameter, SsmParameterRef};
/// `aws_subnet`.
pub mod subnet;
pub use subnet::{Subnet, SubnetRef};
/// `aws_vpc`.
pub mod vpc;
pub use vpc::{Vpc, VpcRef};
/// `aws_vpc_endpoint`.
pub mod vpc_endpoint;
pub use vpc_endpoint::{VpcEndpoint, VpcEndpointRef};
/// `aws_vpc_security_group_egress_rule`.
pub mod vpc_security_group_egress_rule;
pub use vpc_security_group_egress_rule::{
    VpcSecurityGroupEgressRule, VpcSecurityGroupEgressRuleRef,
};
/// `aws_vpc_security_group_ingress_rule`.
pub mod vpc_security_group_ingress_rule;
pub use vpc_security_group_ingress_rule::{
    VpcSecurityGroupIngressRule, VpcSecurityGroupIngressRuleRef,
};
