//! The reviewed table of AWS name rules, one row per resource type, each with its source.

use super::Charset::*;
use super::NameAttr::*;
use super::NameScope::*;
use super::{rule, strict, tag_named, NameRule};

/// The reviewed table: resource type → name argument → rule. A stack using a resource type
/// that has a name argument but no row here fails the policy check.
pub const NAME_RULES: &[NameRule] = &[
    // network: no name arguments; `Name` tags (256 characters, any).
    tag_named("aws_vpc", "EC2 tag value limit"),
    tag_named("aws_subnet", "EC2 tag value limit"),
    tag_named("aws_route_table", "EC2 tag value limit"),
    tag_named("aws_route_table_association", "no tags; association"),
    tag_named("aws_network_acl", "EC2 tag value limit"),
    tag_named("aws_network_acl_association", "no tags; association"),
    tag_named("aws_network_acl_rule", "no tags; rule"),
    tag_named("aws_vpc_endpoint", "EC2 tag value limit"),
    tag_named("aws_internet_gateway", "EC2 tag value limit"),
    tag_named("aws_nat_gateway", "EC2 tag value limit"),
    tag_named("aws_eip", "EC2 tag value limit"),
    tag_named("aws_vpc_security_group_ingress_rule", "EC2 tag value limit"),
    tag_named("aws_vpc_security_group_egress_rule", "EC2 tag value limit"),
    tag_named(
        "aws_default_security_group",
        "EC2 tag value limit (the VPC's default group, adopted to empty it)",
    ),
    tag_named("aws_flow_log", "EC2 tag value limit"),
    rule(
        "aws_security_group",
        Argument("name"),
        255,
        Printable,
        Regional,
        "EC2 CreateSecurityGroup: 255 chars, not starting with sg-",
    ),
    // keys and secrets
    tag_named("aws_kms_key", "KMS tag value limit"),
    rule(
        "aws_kms_alias",
        Argument("name"),
        256,
        PathLike,
        Regional,
        "KMS CreateAlias: alias/ + [a-zA-Z0-9/_-], 256 chars",
    ),
    rule(
        "aws_secretsmanager_secret",
        Argument("name"),
        512,
        PathLike,
        Global,
        "Secrets Manager: 512 chars; replicated to the DR region under the same name",
    ),
    tag_named(
        "aws_secretsmanager_secret_version",
        "no name; belongs to its secret",
    ),
    // identity
    rule(
        "aws_iam_role",
        Argument("name"),
        64,
        Iam,
        Global,
        "IAM CreateRole: 64 chars",
    ),
    rule(
        "aws_iam_policy",
        Argument("name"),
        128,
        Iam,
        Global,
        "IAM CreatePolicy: 128 chars",
    ),
    rule(
        "aws_iam_role_policy",
        Argument("name"),
        128,
        Iam,
        Global,
        "IAM PutRolePolicy: 128 chars",
    ),
    rule(
        "aws_iam_role_policy_attachment",
        NameTag,
        256,
        Printable,
        Global,
        "no name; attachment",
    ),
    // databases
    strict(rule(
        "aws_rds_global_cluster",
        Argument("global_cluster_identifier"),
        63,
        LowerAlnumHyphen,
        Global,
        "RDS: 1-63, letter first, no --, no trailing -",
    )),
    strict(rule(
        "aws_rds_cluster",
        Argument("cluster_identifier"),
        63,
        LowerAlnumHyphen,
        Global,
        "RDS: 1-63, letter first, no --, no trailing -",
    )),
    strict(rule(
        "aws_rds_cluster_instance",
        Argument("identifier"),
        63,
        LowerAlnumHyphen,
        Global,
        "RDS: 1-63, letter first, no --, no trailing -",
    )),
    rule(
        "aws_db_subnet_group",
        Argument("name"),
        255,
        LowerAlnumHyphen,
        Regional,
        "RDS: 255, lowercase",
    ),
    rule(
        "aws_dynamodb_table",
        Argument("name"),
        255,
        AlnumHyphenUnderscoreDot,
        Regional,
        "DynamoDB: 3-255 [a-zA-Z0-9_.-]; a global table has one name in all regions",
    ),
    // storage
    rule(
        "aws_s3_bucket",
        Argument("bucket_prefix"),
        37,
        LowerAlnumHyphen,
        Global,
        "S3: 3-63 lowercase; provider limits bucket_prefix to 37 (it appends 26 unique characters)",
    ),
    tag_named("aws_s3_bucket_versioning", "no name; belongs to its bucket"),
    tag_named(
        "aws_s3_bucket_server_side_encryption_configuration",
        "no name; belongs to its bucket",
    ),
    tag_named(
        "aws_s3_bucket_public_access_block",
        "no name; belongs to its bucket",
    ),
    tag_named("aws_s3_bucket_policy", "no name; belongs to its bucket"),
    tag_named("aws_s3_bucket_logging", "no name; belongs to its bucket"),
    tag_named(
        "aws_s3_bucket_lifecycle_configuration",
        "no name; belongs to its bucket",
    ),
    tag_named(
        "aws_s3_bucket_ownership_controls",
        "no name; belongs to its bucket",
    ),
    tag_named(
        "aws_s3_bucket_replication_configuration",
        "no name; belongs to its bucket",
    ),
    // compute and traffic (later issues)
    rule(
        "aws_lambda_function",
        Argument("function_name"),
        64,
        AlnumHyphenUnderscore,
        Regional,
        "Lambda: 64 [a-zA-Z0-9-_]",
    ),
    tag_named(
        "aws_lambda_function_event_invoke_config",
        "no name; belongs to its function",
    ),
    tag_named(
        "aws_lambda_permission",
        "no name; a statement of its function's policy",
    ),
    tag_named(
        "aws_s3_object",
        "S3 object tag value limit; the key is content-addressed",
    ),
    rule(
        "aws_sqs_queue",
        Argument("name"),
        80,
        AlnumHyphenUnderscore,
        Regional,
        "SQS CreateQueue: 1-80 [A-Za-z0-9_-]",
    ),
    rule(
        "aws_api_gateway_rest_api",
        Argument("name"),
        255,
        Printable,
        Regional,
        "API Gateway CreateRestApi: name required, no documented charset; tfdr keeps 255",
    ),
    tag_named(
        "aws_api_gateway_resource",
        "no name; a path part of its API",
    ),
    tag_named(
        "aws_api_gateway_method",
        "no name; a method of its resource",
    ),
    tag_named(
        "aws_api_gateway_integration",
        "no name; belongs to its method",
    ),
    tag_named(
        "aws_api_gateway_deployment",
        "no name; a snapshot of its API",
    ),
    tag_named(
        "aws_api_gateway_stage",
        "API Gateway tag value limit; the stage name is a URL segment, not suffixed",
    ),
    tag_named(
        "aws_api_gateway_method_settings",
        "no name; belongs to its stage",
    ),
    tag_named(
        "aws_api_gateway_account",
        "no name; the account's per-region API Gateway settings",
    ),
    tag_named(
        "aws_route53_query_log",
        "no name; the query logging configuration of its zone",
    ),
    rule(
        "aws_cloudwatch_log_resource_policy",
        Argument("policy_name"),
        255,
        PathLike,
        Regional,
        "CloudWatch Logs PutResourcePolicy: policyName 1-255; at most 10 per account and region",
    ),
    strict(rule(
        "aws_lb",
        Argument("name"),
        32,
        AlnumHyphen,
        Regional,
        "ELB: 32, alphanumeric and -, no leading/trailing -",
    )),
    strict(rule(
        "aws_lb_target_group",
        Argument("name"),
        32,
        AlnumHyphen,
        Regional,
        "ELB: 32, alphanumeric and -, no leading/trailing -",
    )),
    rule(
        "aws_sns_topic",
        Argument("name"),
        256,
        AlnumHyphenUnderscore,
        Regional,
        "SNS: 256 [A-Za-z0-9_-]",
    ),
    tag_named(
        "aws_sns_topic_policy",
        "no name, no tags; the resource policy of its topic",
    ),
    tag_named(
        "aws_sns_topic_subscription",
        "no name, no tags; the endpoint (an address or URL) belongs to its topic",
    ),
    rule(
        "aws_cloudwatch_event_rule",
        Argument("name"),
        64,
        AlnumHyphenUnderscoreDot,
        Regional,
        "EventBridge PutRule: 1-64 [.-_A-Za-z0-9]",
    ),
    rule(
        "aws_cloudwatch_metric_alarm",
        Argument("alarm_name"),
        255,
        Printable,
        Regional,
        "CloudWatch: 255",
    ),
    rule(
        "aws_cloudwatch_event_rule",
        Argument("name"),
        64,
        AlnumHyphenUnderscoreDot,
        Regional,
        "EventBridge PutRule: 1-64 [.-_A-Za-z0-9]",
    ),
    tag_named(
        "aws_cloudwatch_event_target",
        "no name, no tags; a target of its rule",
    ),
    rule(
        "aws_cloudwatch_log_group",
        Argument("name"),
        512,
        PathLike,
        Regional,
        "CloudWatch Logs: 512 [.-_/#A-Za-z0-9]",
    ),
    // backups
    rule(
        "aws_backup_vault",
        Argument("name"),
        50,
        AlnumHyphenUnderscore,
        Regional,
        "AWS Backup CreateBackupVault: ^[a-zA-Z0-9-_]{2,50}$",
    ),
    rule(
        "aws_backup_plan",
        Argument("name"),
        50,
        AlnumHyphenUnderscoreDot,
        Regional,
        "AWS Backup BackupPlanName: 50 chars of [a-zA-Z0-9-_.]",
    ),
    rule(
        "aws_backup_selection",
        Argument("name"),
        50,
        AlnumHyphenUnderscoreDot,
        Regional,
        "AWS Backup SelectionName: ^[a-zA-Z0-9-_.]{1,50}$",
    ),
    rule(
        "aws_cloudwatch_dashboard",
        Argument("dashboard_name"),
        255,
        AlnumHyphenUnderscore,
        Global,
        "CloudWatch: 255 [A-Za-z0-9-_]; dashboards are global",
    ),
    // custom domains and DNS failover: their "names" are DNS names (validated by
    // `values::DomainName`) or they have none; the taggable ones get a `Name` tag.
    tag_named(
        "aws_route53_zone",
        "name is the zone's DNS name (DomainName); Route 53 tag value limit 256",
    ),
    tag_named(
        "aws_route53_record",
        "name is a DNS name (DomainName) or ACM's validation name; no tags",
    ),
    tag_named(
        "aws_route53_health_check",
        "no name; Route 53 tag value limit 256 (the console shows the Name tag)",
    ),
    tag_named(
        "aws_acm_certificate",
        "no name (domain_name is a DNS name); ACM tag value limit 256",
    ),
    tag_named(
        "aws_acm_certificate_validation",
        "no name, no tags; belongs to its certificate",
    ),
    tag_named(
        "aws_api_gateway_domain_name",
        "domain_name is a DNS name (DomainName); API Gateway tag value limit 256",
    ),
    tag_named(
        "aws_api_gateway_base_path_mapping",
        "no name, no tags; belongs to its domain",
    ),
    // the web tier: load balancer listeners, launch templates, Auto Scaling
    tag_named(
        "aws_lb_listener",
        "no name; ELB tag value limit 256 (the console shows the Name tag)",
    ),
    rule(
        "aws_launch_template",
        Argument("name"),
        128,
        AlnumHyphenUnderscoreDot,
        Regional,
        "EC2 CreateLaunchTemplate LaunchTemplateName: 3-128 [a-zA-Z0-9().-/_]; tfdr keeps [a-zA-Z0-9-_.]",
    ),
    rule(
        "aws_autoscaling_group",
        Argument("name"),
        255,
        AlnumHyphenUnderscore,
        Regional,
        "Auto Scaling AutoScalingGroupName: 1-255 (XmlStringMaxLen255); tfdr keeps [A-Za-z0-9-_]: the name is part of the group's ARN and of API calls",
    ),
    rule(
        "aws_autoscaling_policy",
        Argument("name"),
        255,
        AlnumHyphenUnderscore,
        Regional,
        "Auto Scaling PutScalingPolicy PolicyName: 1-255 (XmlStringMaxLen255); tfdr keeps [A-Za-z0-9-_]",
    ),
];
