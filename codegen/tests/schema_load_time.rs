//! Loading the embedded effective schema and looking up the types of a 60-resource stack must
//! stay far below the 100 ms budget of `tfdr validate`.
//!
//! Figure for the README (release build, one fresh process):
//!
//! ```text
//! cargo test --release -p tfdr-codegen --test schema_load_time -- --nocapture
//! ```

use std::time::{Duration, Instant};

use tfdr_codegen::schema::EffectiveSchema;

/// 60 resource types (plus a few data sources) a multi-region DR stack could use.
const RESOURCES: &[&str] = &[
    "aws_vpc",
    "aws_subnet",
    "aws_route_table",
    "aws_route_table_association",
    "aws_route",
    "aws_internet_gateway",
    "aws_nat_gateway",
    "aws_eip",
    "aws_security_group",
    "aws_vpc_security_group_ingress_rule",
    "aws_vpc_security_group_egress_rule",
    "aws_vpc_peering_connection",
    "aws_vpc_peering_connection_accepter",
    "aws_vpc_endpoint",
    "aws_flow_log",
    "aws_kms_key",
    "aws_kms_alias",
    "aws_kms_replica_key",
    "aws_s3_bucket",
    "aws_s3_bucket_versioning",
    "aws_s3_bucket_replication_configuration",
    "aws_s3_bucket_server_side_encryption_configuration",
    "aws_s3_bucket_public_access_block",
    "aws_s3_bucket_lifecycle_configuration",
    "aws_s3_bucket_policy",
    "aws_iam_role",
    "aws_iam_policy",
    "aws_iam_role_policy_attachment",
    "aws_iam_instance_profile",
    "aws_db_subnet_group",
    "aws_db_instance",
    "aws_rds_global_cluster",
    "aws_rds_cluster",
    "aws_rds_cluster_instance",
    "aws_db_parameter_group",
    "aws_dynamodb_table",
    "aws_dynamodb_global_table",
    "aws_lb",
    "aws_lb_listener",
    "aws_lb_target_group",
    "aws_lb_target_group_attachment",
    "aws_launch_template",
    "aws_autoscaling_group",
    "aws_instance",
    "aws_route53_zone",
    "aws_route53_record",
    "aws_route53_health_check",
    "aws_acm_certificate",
    "aws_acm_certificate_validation",
    "aws_cloudwatch_metric_alarm",
    "aws_cloudwatch_log_group",
    "aws_sns_topic",
    "aws_sns_topic_subscription",
    "aws_backup_vault",
    "aws_backup_plan",
    "aws_backup_selection",
    "aws_lambda_function",
    "aws_secretsmanager_secret",
    "aws_secretsmanager_secret_version",
    "aws_ssm_parameter",
];
const DATA_SOURCES: &[&str] = &[
    "aws_region",
    "aws_caller_identity",
    "aws_availability_zones",
    "aws_ami",
];

#[test]
fn load_and_60_lookups_are_fast() {
    assert_eq!(RESOURCES.len(), 60);
    let t0 = Instant::now();
    let e = EffectiveSchema::load();
    let loaded = t0.elapsed();
    let mut attrs = 0;
    for r in RESOURCES {
        let s = e
            .resource(r)
            .unwrap_or_else(|| panic!("{r} not in the effective schema"));
        attrs += s.block.attributes.len();
    }
    for d in DATA_SOURCES {
        attrs += e
            .data_source(d)
            .unwrap_or_else(|| panic!("data {d}"))
            .block
            .attributes
            .len();
    }
    attrs += e.provider().block.attributes.len();
    let total = t0.elapsed();
    // Second round: cached.
    let t1 = Instant::now();
    for r in RESOURCES {
        assert!(e.resource(r).is_some());
    }
    let cached = t1.elapsed();
    eprintln!(
        "effective schema: header load {loaded:?}; load + {} resources + {} data sources + provider {total:?} \
         ({attrs} top-level attributes); cached lookups {cached:?}; profile: {}",
        RESOURCES.len(),
        DATA_SOURCES.len(),
        if cfg!(debug_assertions) { "debug" } else { "release" }
    );
    // Generous even for unoptimized builds on a loaded 2-core machine.
    let budget = if cfg!(debug_assertions) {
        Duration::from_millis(500)
    } else {
        Duration::from_millis(50)
    };
    assert!(total < budget, "{total:?} exceeds {budget:?}");
}
