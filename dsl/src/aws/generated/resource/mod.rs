//! Generated resource bindings. Do not edit; regenerate with `cargo xtask codegen`.
/// `aws_acm_certificate`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/acm_certificate>.
pub mod acm_certificate;
#[allow(deprecated)]
pub use acm_certificate::{AcmCertificate, AcmCertificateRef};
/// `aws_acm_certificate_validation`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/acm_certificate_validation>.
pub mod acm_certificate_validation;
#[allow(deprecated)]
pub use acm_certificate_validation::{
    AcmCertificateValidation, AcmCertificateValidationRef,
};
/// `aws_api_gateway_account`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_account>.
pub mod api_gateway_account;
#[allow(deprecated)]
pub use api_gateway_account::{ApiGatewayAccount, ApiGatewayAccountRef};
/// `aws_api_gateway_base_path_mapping`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_base_path_mapping>.
pub mod api_gateway_base_path_mapping;
#[allow(deprecated)]
pub use api_gateway_base_path_mapping::{
    ApiGatewayBasePathMapping, ApiGatewayBasePathMappingRef,
    ApiGatewayBasePathMappingArgs,
};
/// `aws_api_gateway_deployment`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_deployment>.
pub mod api_gateway_deployment;
#[allow(deprecated)]
pub use api_gateway_deployment::{ApiGatewayDeployment, ApiGatewayDeploymentRef};
/// `aws_api_gateway_domain_name`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_domain_name>.
pub mod api_gateway_domain_name;
#[allow(deprecated)]
pub use api_gateway_domain_name::{ApiGatewayDomainName, ApiGatewayDomainNameRef};
/// `aws_api_gateway_integration`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_integration>.
pub mod api_gateway_integration;
#[allow(deprecated)]
pub use api_gateway_integration::{
    ApiGatewayIntegration, ApiGatewayIntegrationRef, ApiGatewayIntegrationArgs,
};
/// `aws_api_gateway_integration_response`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_integration_response>.
pub mod api_gateway_integration_response;
#[allow(deprecated)]
pub use api_gateway_integration_response::{
    ApiGatewayIntegrationResponse, ApiGatewayIntegrationResponseRef,
    ApiGatewayIntegrationResponseArgs,
};
/// `aws_api_gateway_method`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method>.
pub mod api_gateway_method;
#[allow(deprecated)]
pub use api_gateway_method::{
    ApiGatewayMethod, ApiGatewayMethodRef, ApiGatewayMethodArgs,
};
/// `aws_api_gateway_method_response`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method_response>.
pub mod api_gateway_method_response;
#[allow(deprecated)]
pub use api_gateway_method_response::{
    ApiGatewayMethodResponse, ApiGatewayMethodResponseRef, ApiGatewayMethodResponseArgs,
};
/// `aws_api_gateway_method_settings`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method_settings>.
pub mod api_gateway_method_settings;
#[allow(deprecated)]
pub use api_gateway_method_settings::{
    ApiGatewayMethodSettings, ApiGatewayMethodSettingsRef, ApiGatewayMethodSettingsArgs,
};
/// `aws_api_gateway_resource`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_resource>.
pub mod api_gateway_resource;
#[allow(deprecated)]
pub use api_gateway_resource::{
    ApiGatewayResource, ApiGatewayResourceRef, ApiGatewayResourceArgs,
};
/// `aws_api_gateway_rest_api`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_rest_api>.
pub mod api_gateway_rest_api;
#[allow(deprecated)]
pub use api_gateway_rest_api::{ApiGatewayRestApi, ApiGatewayRestApiRef};
/// `aws_api_gateway_stage`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_stage>.
pub mod api_gateway_stage;
#[allow(deprecated)]
pub use api_gateway_stage::{ApiGatewayStage, ApiGatewayStageRef, ApiGatewayStageArgs};
/// `aws_autoscaling_group`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/autoscaling_group>.
pub mod autoscaling_group;
#[allow(deprecated)]
pub use autoscaling_group::{AutoscalingGroup, AutoscalingGroupRef, AutoscalingGroupArgs};
/// `aws_autoscaling_policy`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/autoscaling_policy>.
pub mod autoscaling_policy;
#[allow(deprecated)]
pub use autoscaling_policy::{
    AutoscalingPolicy, AutoscalingPolicyRef, AutoscalingPolicyArgs,
};
/// `aws_backup_plan`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_plan>.
pub mod backup_plan;
#[allow(deprecated)]
pub use backup_plan::{BackupPlan, BackupPlanRef};
/// `aws_backup_selection`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_selection>.
pub mod backup_selection;
#[allow(deprecated)]
pub use backup_selection::{BackupSelection, BackupSelectionRef, BackupSelectionArgs};
/// `aws_backup_vault`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_vault>.
pub mod backup_vault;
#[allow(deprecated)]
pub use backup_vault::{BackupVault, BackupVaultRef};
/// `aws_cloudwatch_composite_alarm`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_composite_alarm>.
pub mod cloudwatch_composite_alarm;
#[allow(deprecated)]
pub use cloudwatch_composite_alarm::{
    CloudwatchCompositeAlarm, CloudwatchCompositeAlarmRef, CloudwatchCompositeAlarmArgs,
};
/// `aws_cloudwatch_dashboard`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_dashboard>.
pub mod cloudwatch_dashboard;
#[allow(deprecated)]
pub use cloudwatch_dashboard::{
    CloudwatchDashboard, CloudwatchDashboardRef, CloudwatchDashboardArgs,
};
/// `aws_cloudwatch_event_rule`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_event_rule>.
pub mod cloudwatch_event_rule;
#[allow(deprecated)]
pub use cloudwatch_event_rule::{CloudwatchEventRule, CloudwatchEventRuleRef};
/// `aws_cloudwatch_event_target`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_event_target>.
pub mod cloudwatch_event_target;
#[allow(deprecated)]
pub use cloudwatch_event_target::{
    CloudwatchEventTarget, CloudwatchEventTargetRef, CloudwatchEventTargetArgs,
};
/// `aws_cloudwatch_log_group`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group>.
pub mod cloudwatch_log_group;
#[allow(deprecated)]
pub use cloudwatch_log_group::{CloudwatchLogGroup, CloudwatchLogGroupRef};
/// `aws_cloudwatch_log_resource_policy`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_resource_policy>.
pub mod cloudwatch_log_resource_policy;
#[allow(deprecated)]
pub use cloudwatch_log_resource_policy::{
    CloudwatchLogResourcePolicy, CloudwatchLogResourcePolicyRef,
    CloudwatchLogResourcePolicyArgs,
};
/// `aws_cloudwatch_metric_alarm`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_metric_alarm>.
pub mod cloudwatch_metric_alarm;
#[allow(deprecated)]
pub use cloudwatch_metric_alarm::{CloudwatchMetricAlarm, CloudwatchMetricAlarmRef};
/// `aws_db_subnet_group`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_subnet_group>.
pub mod db_subnet_group;
#[allow(deprecated)]
pub use db_subnet_group::{DbSubnetGroup, DbSubnetGroupRef};
/// `aws_default_security_group`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group>.
pub mod default_security_group;
#[allow(deprecated)]
pub use default_security_group::{DefaultSecurityGroup, DefaultSecurityGroupRef};
/// `aws_dynamodb_table`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table>.
pub mod dynamodb_table;
#[allow(deprecated)]
pub use dynamodb_table::{DynamodbTable, DynamodbTableRef};
/// `aws_eip`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eip>.
pub mod eip;
#[allow(deprecated)]
pub use eip::{Eip, EipRef};
/// `aws_flow_log`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/flow_log>.
pub mod flow_log;
#[allow(deprecated)]
pub use flow_log::{FlowLog, FlowLogRef};
/// `aws_iam_instance_profile`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_instance_profile>.
pub mod iam_instance_profile;
#[allow(deprecated)]
pub use iam_instance_profile::{IamInstanceProfile, IamInstanceProfileRef};
/// `aws_iam_policy`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_policy>.
pub mod iam_policy;
#[allow(deprecated)]
pub use iam_policy::{IamPolicy, IamPolicyRef};
/// `aws_iam_role`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role>.
pub mod iam_role;
#[allow(deprecated)]
pub use iam_role::{IamRole, IamRoleRef};
/// `aws_iam_role_policy`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role_policy>.
pub mod iam_role_policy;
#[allow(deprecated)]
pub use iam_role_policy::{IamRolePolicy, IamRolePolicyRef, IamRolePolicyArgs};
/// `aws_iam_role_policy_attachment`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role_policy_attachment>.
pub mod iam_role_policy_attachment;
#[allow(deprecated)]
pub use iam_role_policy_attachment::{
    IamRolePolicyAttachment, IamRolePolicyAttachmentRef, IamRolePolicyAttachmentArgs,
};
/// `aws_internet_gateway`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/internet_gateway>.
pub mod internet_gateway;
#[allow(deprecated)]
pub use internet_gateway::{InternetGateway, InternetGatewayRef};
/// `aws_kms_alias`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_alias>.
pub mod kms_alias;
#[allow(deprecated)]
pub use kms_alias::{KmsAlias, KmsAliasRef};
/// `aws_kms_key`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key>.
pub mod kms_key;
#[allow(deprecated)]
pub use kms_key::{KmsKey, KmsKeyRef};
/// `aws_kms_replica_key`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_replica_key>.
pub mod kms_replica_key;
#[allow(deprecated)]
pub use kms_replica_key::{KmsReplicaKey, KmsReplicaKeyRef};
/// `aws_lambda_alias`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_alias>.
pub mod lambda_alias;
#[allow(deprecated)]
pub use lambda_alias::{LambdaAlias, LambdaAliasRef, LambdaAliasArgs};
/// `aws_lambda_event_source_mapping`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_event_source_mapping>.
pub mod lambda_event_source_mapping;
#[allow(deprecated)]
pub use lambda_event_source_mapping::{
    LambdaEventSourceMapping, LambdaEventSourceMappingRef,
};
/// `aws_lambda_function`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function>.
pub mod lambda_function;
#[allow(deprecated)]
pub use lambda_function::{LambdaFunction, LambdaFunctionRef, LambdaFunctionArgs};
/// `aws_lambda_function_event_invoke_config`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function_event_invoke_config>.
pub mod lambda_function_event_invoke_config;
#[allow(deprecated)]
pub use lambda_function_event_invoke_config::{
    LambdaFunctionEventInvokeConfig, LambdaFunctionEventInvokeConfigRef,
};
/// `aws_lambda_permission`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_permission>.
pub mod lambda_permission;
#[allow(deprecated)]
pub use lambda_permission::{LambdaPermission, LambdaPermissionRef, LambdaPermissionArgs};
/// `aws_launch_template`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_template>.
pub mod launch_template;
#[allow(deprecated)]
pub use launch_template::{LaunchTemplate, LaunchTemplateRef};
/// `aws_lb`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb>.
pub mod lb;
#[allow(deprecated)]
pub use lb::{Lb, LbRef};
/// `aws_lb_listener`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener>.
pub mod lb_listener;
#[allow(deprecated)]
pub use lb_listener::{LbListener, LbListenerRef};
/// `aws_lb_listener_rule`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener_rule>.
pub mod lb_listener_rule;
#[allow(deprecated)]
pub use lb_listener_rule::{LbListenerRule, LbListenerRuleRef};
/// `aws_lb_target_group`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_target_group>.
pub mod lb_target_group;
#[allow(deprecated)]
pub use lb_target_group::{LbTargetGroup, LbTargetGroupRef};
/// `aws_nat_gateway`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/nat_gateway>.
pub mod nat_gateway;
#[allow(deprecated)]
pub use nat_gateway::{NatGateway, NatGatewayRef};
/// `aws_network_acl`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl>.
pub mod network_acl;
#[allow(deprecated)]
pub use network_acl::{NetworkAcl, NetworkAclRef};
/// `aws_network_acl_association`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl_association>.
pub mod network_acl_association;
#[allow(deprecated)]
pub use network_acl_association::{
    NetworkAclAssociation, NetworkAclAssociationRef, NetworkAclAssociationArgs,
};
/// `aws_network_acl_rule`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl_rule>.
pub mod network_acl_rule;
#[allow(deprecated)]
pub use network_acl_rule::{NetworkAclRule, NetworkAclRuleRef, NetworkAclRuleArgs};
/// `aws_rds_cluster`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster>.
pub mod rds_cluster;
#[allow(deprecated)]
pub use rds_cluster::{RdsCluster, RdsClusterRef};
/// `aws_rds_cluster_instance`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster_instance>.
pub mod rds_cluster_instance;
#[allow(deprecated)]
pub use rds_cluster_instance::{
    RdsClusterInstance, RdsClusterInstanceRef, RdsClusterInstanceArgs,
};
/// `aws_rds_cluster_parameter_group`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster_parameter_group>.
pub mod rds_cluster_parameter_group;
#[allow(deprecated)]
pub use rds_cluster_parameter_group::{
    RdsClusterParameterGroup, RdsClusterParameterGroupRef,
};
/// `aws_rds_global_cluster`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_global_cluster>.
pub mod rds_global_cluster;
#[allow(deprecated)]
pub use rds_global_cluster::{RdsGlobalCluster, RdsGlobalClusterRef};
/// `aws_route`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route>.
pub mod route;
#[allow(deprecated)]
pub use route::{Route, RouteRef};
/// `aws_route53_health_check`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_health_check>.
pub mod route53_health_check;
#[allow(deprecated)]
pub use route53_health_check::{Route53HealthCheck, Route53HealthCheckRef};
/// `aws_route53_query_log`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_query_log>.
pub mod route53_query_log;
#[allow(deprecated)]
pub use route53_query_log::{Route53QueryLog, Route53QueryLogRef, Route53QueryLogArgs};
/// `aws_route53_record`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_record>.
pub mod route53_record;
#[allow(deprecated)]
pub use route53_record::{Route53Record, Route53RecordRef, Route53RecordArgs};
/// `aws_route53_zone`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_zone>.
pub mod route53_zone;
#[allow(deprecated)]
pub use route53_zone::{Route53Zone, Route53ZoneRef};
/// `aws_route_table`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route_table>.
pub mod route_table;
#[allow(deprecated)]
pub use route_table::{RouteTable, RouteTableRef};
/// `aws_route_table_association`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route_table_association>.
pub mod route_table_association;
#[allow(deprecated)]
pub use route_table_association::{RouteTableAssociation, RouteTableAssociationRef};
/// `aws_s3_bucket`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket>.
pub mod s3_bucket;
#[allow(deprecated)]
pub use s3_bucket::{S3Bucket, S3BucketRef};
/// `aws_s3_bucket_lifecycle_configuration`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_lifecycle_configuration>.
pub mod s3_bucket_lifecycle_configuration;
#[allow(deprecated)]
pub use s3_bucket_lifecycle_configuration::{
    S3BucketLifecycleConfiguration, S3BucketLifecycleConfigurationRef,
};
/// `aws_s3_bucket_logging`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_logging>.
pub mod s3_bucket_logging;
#[allow(deprecated)]
pub use s3_bucket_logging::{S3BucketLogging, S3BucketLoggingRef, S3BucketLoggingArgs};
/// `aws_s3_bucket_ownership_controls`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_ownership_controls>.
pub mod s3_bucket_ownership_controls;
#[allow(deprecated)]
pub use s3_bucket_ownership_controls::{
    S3BucketOwnershipControls, S3BucketOwnershipControlsRef,
};
/// `aws_s3_bucket_policy`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_policy>.
pub mod s3_bucket_policy;
#[allow(deprecated)]
pub use s3_bucket_policy::{S3BucketPolicy, S3BucketPolicyRef, S3BucketPolicyArgs};
/// `aws_s3_bucket_public_access_block`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_public_access_block>.
pub mod s3_bucket_public_access_block;
#[allow(deprecated)]
pub use s3_bucket_public_access_block::{
    S3BucketPublicAccessBlock, S3BucketPublicAccessBlockRef,
};
/// `aws_s3_bucket_replication_configuration`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_replication_configuration>.
pub mod s3_bucket_replication_configuration;
#[allow(deprecated)]
pub use s3_bucket_replication_configuration::{
    S3BucketReplicationConfiguration, S3BucketReplicationConfigurationRef,
    S3BucketReplicationConfigurationArgs,
};
/// `aws_s3_bucket_server_side_encryption_configuration`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_server_side_encryption_configuration>.
pub mod s3_bucket_server_side_encryption_configuration;
#[allow(deprecated)]
pub use s3_bucket_server_side_encryption_configuration::{
    S3BucketServerSideEncryptionConfiguration,
    S3BucketServerSideEncryptionConfigurationRef,
};
/// `aws_s3_bucket_versioning`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_versioning>.
pub mod s3_bucket_versioning;
#[allow(deprecated)]
pub use s3_bucket_versioning::{S3BucketVersioning, S3BucketVersioningRef};
/// `aws_s3_object`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_object>.
pub mod s3_object;
#[allow(deprecated)]
pub use s3_object::{S3Object, S3ObjectRef, S3ObjectArgs};
/// `aws_scheduler_schedule`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/scheduler_schedule>.
pub mod scheduler_schedule;
#[allow(deprecated)]
pub use scheduler_schedule::{SchedulerSchedule, SchedulerScheduleRef};
/// `aws_secretsmanager_secret`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret>.
pub mod secretsmanager_secret;
#[allow(deprecated)]
pub use secretsmanager_secret::{SecretsmanagerSecret, SecretsmanagerSecretRef};
/// `aws_secretsmanager_secret_rotation`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_rotation>.
pub mod secretsmanager_secret_rotation;
#[allow(deprecated)]
pub use secretsmanager_secret_rotation::{
    SecretsmanagerSecretRotation, SecretsmanagerSecretRotationRef,
};
/// `aws_secretsmanager_secret_version`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_version>.
pub mod secretsmanager_secret_version;
#[allow(deprecated)]
pub use secretsmanager_secret_version::{
    SecretsmanagerSecretVersion, SecretsmanagerSecretVersionRef,
};
/// `aws_security_group`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group>.
pub mod security_group;
#[allow(deprecated)]
pub use security_group::{SecurityGroup, SecurityGroupRef};
/// `aws_sns_topic`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic>.
pub mod sns_topic;
#[allow(deprecated)]
pub use sns_topic::{SnsTopic, SnsTopicRef};
/// `aws_sns_topic_policy`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic_policy>.
pub mod sns_topic_policy;
#[allow(deprecated)]
pub use sns_topic_policy::{SnsTopicPolicy, SnsTopicPolicyRef, SnsTopicPolicyArgs};
/// `aws_sns_topic_subscription`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic_subscription>.
pub mod sns_topic_subscription;
#[allow(deprecated)]
pub use sns_topic_subscription::{
    SnsTopicSubscription, SnsTopicSubscriptionRef, SnsTopicSubscriptionArgs,
};
/// `aws_sqs_queue`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue>.
pub mod sqs_queue;
#[allow(deprecated)]
pub use sqs_queue::{SqsQueue, SqsQueueRef};
/// `aws_sqs_queue_policy`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue_policy>.
pub mod sqs_queue_policy;
#[allow(deprecated)]
pub use sqs_queue_policy::{SqsQueuePolicy, SqsQueuePolicyRef, SqsQueuePolicyArgs};
/// `aws_ssm_parameter`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ssm_parameter>.
pub mod ssm_parameter;
#[allow(deprecated)]
pub use ssm_parameter::{SsmParameter, SsmParameterRef};
/// `aws_subnet`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/subnet>.
pub mod subnet;
#[allow(deprecated)]
pub use subnet::{Subnet, SubnetRef};
/// `aws_vpc`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc>.
pub mod vpc;
#[allow(deprecated)]
pub use vpc::{Vpc, VpcRef};
/// `aws_vpc_endpoint`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_endpoint>.
pub mod vpc_endpoint;
#[allow(deprecated)]
pub use vpc_endpoint::{VpcEndpoint, VpcEndpointRef};
/// `aws_vpc_security_group_egress_rule`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_security_group_egress_rule>.
pub mod vpc_security_group_egress_rule;
#[allow(deprecated)]
pub use vpc_security_group_egress_rule::{
    VpcSecurityGroupEgressRule, VpcSecurityGroupEgressRuleRef,
    VpcSecurityGroupEgressRuleArgs,
};
/// `aws_vpc_security_group_ingress_rule`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_security_group_ingress_rule>.
pub mod vpc_security_group_ingress_rule;
#[allow(deprecated)]
pub use vpc_security_group_ingress_rule::{
    VpcSecurityGroupIngressRule, VpcSecurityGroupIngressRuleRef,
    VpcSecurityGroupIngressRuleArgs,
};
