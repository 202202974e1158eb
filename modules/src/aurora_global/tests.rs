//! Tests of the aurora_global component on its synthesized JSON.

use serde_json::{json, Value};
use tfdr_dsl::aws::{
    CloudwatchLogGroup, DbSubnetGroup, IamRole, IamRolePolicyAttachment, KmsKey, RdsCluster,
    RdsClusterInstance, RdsGlobalCluster, SecretsmanagerSecret, SecretsmanagerSecretVersion,
    SecurityGroup, Subnet,
};
use tfdr_testing::Synthesized;

use super::*;
use crate::test_support::{at, aurora_props, depends_on, fixture, keys_containing, r};

fn build() -> (Synthesized, AuroraGlobal) {
    let f = fixture();
    let db = AuroraGlobal::new(&f.root(), "aurora", &aurora_props(&f));
    let root = f.stack.root();
    root.output("dr_secret_arn", db.dr_secret_arn.clone());
    root.output("global_cluster_id", db.global_cluster_id.clone());
    root.output(
        "primary_reader_endpoint",
        db.primary_reader_endpoint.clone(),
    );
    (tfdr_testing::synth(&f.stack), db)
}

#[test]
fn global_cluster_is_encrypted_aurora_postgresql() {
    let (s, _) = build();
    let g = s.assert_count::<RdsGlobalCluster>(1).remove(0);
    s.assert_has::<RdsGlobalCluster>(&json!({
        "provider": "aws.primary",
        "global_cluster_identifier": "aurora-global-use1-dev",
        "engine": "aurora-postgresql",
        "engine_version": "15.4",
        "storage_encrypted": true,
        "deletion_protection": false,
    }));
    assert_eq!(
        s.output_value("global_cluster_id"),
        Some(&r(&g.address, "id"))
    );
}

#[test]
fn primary_cluster_joins_the_global_cluster_with_write_only_credentials() {
    let (s, _) = build();
    let g = s.resources_of::<RdsGlobalCluster>().remove(0);
    let key = at(s.resources_of::<KmsKey>(), "kms/primary/key");
    let sg = at(
        s.resources_of::<DbSubnetGroup>(),
        "aurora/primary/subnet-group",
    );
    let db_sg = at(
        s.resources_of::<SecurityGroup>(),
        "network/primary/sg-database",
    );
    let pw = s.ephemerals("aws_secretsmanager_random_password").remove(0);
    let c = at(s.resources_of::<RdsCluster>(), "aurora/primary/cluster");
    s.assert_has::<RdsCluster>(&json!({
        "provider": "aws.primary",
        "cluster_identifier": "aurora-use1-dev",
        "engine": "aurora-postgresql",
        "engine_version": "15.4",
        "global_cluster_identifier": r(&g.address, "id"),
        "kms_key_id": r(&key.address, "arn"),
        "storage_encrypted": true,
        "db_subnet_group_name": r(&sg.address, "name"),
        "vpc_security_group_ids": [r(&db_sg.address, "id")],
        "backup_retention_period": 7,
        "skip_final_snapshot": true,
        "deletion_protection": false,
        "database_name": "payments",
        "master_username": "payments_admin",
        "master_password_wo": r(&pw.address, "random_password"),
        "master_password_wo_version": 1,
        "lifecycle": {"ignore_changes": ["engine_version"]},
    }));
    assert!(c.body.get("master_password").is_none(), "{}", c.body);
    assert!(c.body.get("manage_master_user_password").is_none());
    assert_eq!(pw.body["provider"], "aws.primary");
    assert_eq!(
        s.output_value("primary_reader_endpoint"),
        Some(&r(&c.address, "reader_endpoint"))
    );
}

#[test]
fn primary_has_a_writer_and_a_reader_created_after_it() {
    let (s, _) = build();
    let c = at(s.resources_of::<RdsCluster>(), "aurora/primary/cluster");
    let instances = s.assert_count::<RdsClusterInstance>(3);
    let writer = at(instances.clone(), "aurora/primary/1");
    let reader = at(instances, "aurora/primary/2");
    for (i, name) in [
        (&writer, "aurora-1-use1-dev"),
        (&reader, "aurora-2-use1-dev"),
    ] {
        assert_eq!(i.body["identifier"], name);
        assert_eq!(i.body["provider"], "aws.primary");
        assert_eq!(i.body["cluster_identifier"], r(&c.address, "id"));
        assert_eq!(i.body["engine"], "aurora-postgresql");
        assert_eq!(i.body["instance_class"], "db.r6g.large");
        assert_eq!(i.body["publicly_accessible"], false);
    }
    let monitoring = s.assert_count::<IamRolePolicyAttachment>(1).remove(0);
    assert_eq!(
        depends_on(&reader.body),
        vec![monitoring.address.clone(), writer.address.clone()]
    );
    assert_eq!(depends_on(&writer.body), vec![monitoring.address.clone()]);
    for i in [&writer, &reader] {
        assert_eq!(i.body["auto_minor_version_upgrade"], true);
        assert_eq!(i.body["monitoring_interval"], 60);
        assert_eq!(
            i.body["monitoring_role_arn"],
            r(
                &at(
                    s.resources_of::<IamRole>(),
                    "aurora/primary/monitoring-role"
                )
                .address,
                "arn"
            )
        );
        assert_eq!(i.body["performance_insights_enabled"], true);
        assert_eq!(
            i.body["performance_insights_kms_key_id"],
            r(
                &at(s.resources_of::<KmsKey>(), "kms/primary/key").address,
                "arn"
            )
        );
    }
}

#[test]
fn secondary_has_no_credentials_and_follows_the_primary() {
    let (s, _) = build();
    let g = s.resources_of::<RdsGlobalCluster>().remove(0);
    let dr_key = at(s.resources_of::<KmsKey>(), "kms/dr/key");
    let dr_sg = at(s.resources_of::<DbSubnetGroup>(), "aurora/dr/subnet-group");
    let writer = at(s.resources_of::<RdsClusterInstance>(), "aurora/primary/1");
    let c = at(s.resources_of::<RdsCluster>(), "aurora/dr/cluster");
    assert!(
        tfdr_testing::matches(
            &c.body,
            &json!({
                "provider": "aws.dr",
                "cluster_identifier": "aurora-use2-dev",
                "engine": "aurora-postgresql",
                "global_cluster_identifier": r(&g.address, "id"),
                "kms_key_id": r(&dr_key.address, "arn"),
                "storage_encrypted": true,
                "db_subnet_group_name": r(&dr_sg.address, "name"),
                "skip_final_snapshot": true,
                "deletion_protection": false,
                "lifecycle": {"ignore_changes": [
                    "replication_source_identifier",
                    "global_cluster_identifier",
                    "engine_version"
                ]},
            })
        ),
        "{:#}",
        c.body
    );
    for absent in [
        "master_username",
        "master_password",
        "master_password_wo",
        "master_password_wo_version",
        "manage_master_user_password",
        "database_name",
        "replication_source_identifier",
    ] {
        assert!(c.body.get(absent).is_none(), "secondary sets {absent}");
    }
    let log_group = at(
        s.resources_of::<CloudwatchLogGroup>(),
        "aurora/dr/log-group-postgresql",
    );
    assert_eq!(depends_on(&c.body), vec![writer.address, log_group.address]);
    assert_eq!(
        log_group.body["name"],
        "/aws/rds/cluster/aurora-use2-dev/postgresql"
    );
    assert_eq!(c.body["iam_database_authentication_enabled"], true);
    assert_eq!(
        c.body["enabled_cloudwatch_logs_exports"],
        json!(["postgresql"])
    );
    let i = at(s.resources_of::<RdsClusterInstance>(), "aurora/dr/1");
    assert_eq!(i.body["provider"], "aws.dr");
    assert_eq!(i.body["identifier"], "aurora-1-use2-dev");
    assert_eq!(i.body["cluster_identifier"], r(&c.address, "id"));
    assert_eq!(i.body["db_subnet_group_name"], r(&dr_sg.address, "name"));
}

#[test]
fn subnet_groups_use_each_regions_private_subnets() {
    let (s, _) = build();
    for region in ["primary", "dr"] {
        let g = at(
            s.resources_of::<DbSubnetGroup>(),
            &format!("aurora/{region}/subnet-group"),
        );
        assert_eq!(g.body["provider"], format!("aws.{region}"));
        assert_eq!(g.body["name"], "aurora-dev");
        let subnets = s.resources_of::<Subnet>();
        let want: Vec<Value> = (0..3)
            .map(|i| {
                let sn = at(
                    subnets.clone(),
                    &format!("network/{region}/subnet-{}", ["a", "b", "c"][i]),
                );
                r(&sn.address, "id")
            })
            .collect();
        assert_eq!(g.body["subnet_ids"], Value::Array(want));
    }
}

#[test]
fn secret_is_replicated_and_written_write_only() {
    let (s, _) = build();
    let key = at(s.resources_of::<KmsKey>(), "kms/primary/key");
    let dr_key = at(s.resources_of::<KmsKey>(), "kms/dr/key");
    let secret = s.assert_count::<SecretsmanagerSecret>(1).remove(0);
    s.assert_has::<SecretsmanagerSecret>(&json!({
        "provider": "aws.primary",
        "name": "aurora-master-use1-dev",
        "kms_key_id": r(&key.address, "arn"),
        "recovery_window_in_days": 0,
        "replica": [{"region": "us-east-2", "kms_key_id": r(&dr_key.address, "arn")}],
    }));
    let pw = s.ephemerals("aws_secretsmanager_random_password").remove(0);
    let v = s.assert_count::<SecretsmanagerSecretVersion>(1).remove(0);
    assert_eq!(v.body["provider"], "aws.primary");
    assert_eq!(v.body["secret_id"], r(&secret.address, "id"));
    assert_eq!(v.body["secret_string_wo_version"], 1);
    assert!(v.body.get("secret_string").is_none());
    let wo = v.body["secret_string_wo"].as_str().unwrap();
    assert!(wo.starts_with("${jsonencode("), "{wo}");
    assert!(
        wo.contains(&format!("{}.random_password", pw.address)),
        "{wo}"
    );
    assert!(wo.contains("payments_admin"), "{wo}");
    assert_eq!(
        s.output_value("dr_secret_arn"),
        Some(&json!(format!(
            "${{replace({}.arn, \":secretsmanager:us-east-1:\", \":secretsmanager:us-east-2:\")}}",
            secret.address
        )))
    );
}

#[test]
fn no_password_value_anywhere_in_the_json() {
    let (s, _) = build();
    let pw = s.ephemerals("aws_secretsmanager_random_password").remove(0);
    let allowed_keys = [
        "master_password_wo",
        "master_password_wo_version",
        "aws_secretsmanager_random_password",
        pw.logical_id.as_str(),
    ];
    let own_settings = format!("{}.", pw.address);
    for (path, key) in keys_containing(s.json(), "password") {
        // The ephemeral's own settings (`password_length`) are not values.
        if path.starts_with(&own_settings) && key == "password_length" {
            continue;
        }
        assert!(
            allowed_keys.contains(&key.as_str()),
            "unexpected key at {path}"
        );
    }
    // Every string mentioning a password is a reference to the ephemeral value.
    let text = s.to_string();
    let reference = format!("{}.random_password", pw.address);
    for line in text.lines().filter(|l| l.contains("password")) {
        let l = line.trim();
        let ok = l.starts_with("\"master_password_wo_version\"")
            || l.starts_with("\"password_length\"")
            || l.starts_with("\"aws_secretsmanager_random_password\"")
            || l.starts_with(&format!("\"{}\"", pw.logical_id))
            || l.contains(&reference)
            // construct metadata: the ephemeral's path and unique id
            || l.contains("data-test/aurora/primary/master-password")
            || l.contains(&pw.logical_id);
        assert!(ok, "password-related line that is not a reference: {l}");
    }
    assert!(!text.contains("\"master_password\""));
    assert!(!text.contains("\"secret_string\""));
}

#[test]
fn the_data_api_is_off_unless_asked_and_then_on_both_clusters() {
    let (s, db) = build();
    assert!(!db.data_api);
    for c in s.resources_of::<RdsCluster>() {
        assert!(c.body.get("enable_http_endpoint").is_none(), "{:#}", c.body);
    }
    let f = fixture();
    let db = AuroraGlobal::new_with(
        &f.root(),
        "aurora",
        &aurora_props(&f),
        AuroraGlobalOptions {
            data_api: true,
            ..AuroraGlobalOptions::default()
        },
    );
    assert!(db.data_api);
    assert_eq!(db.database_name, "payments");
    let s = tfdr_testing::try_synth(&f.stack).unwrap_or_else(|e| panic!("{e}"));
    for side in ["primary", "dr"] {
        let c = at(
            s.resources_of::<RdsCluster>(),
            &format!("aurora/{side}/cluster"),
        );
        assert_eq!(c.body["enable_http_endpoint"], json!(true), "{side}");
    }
    // The secret's key is the primary region's key.
    let key = at(s.resources_of::<KmsKey>(), "kms/primary/key");
    let secret = at(
        s.resources_of::<SecretsmanagerSecret>(),
        "aurora/primary/master-secret",
    );
    assert_eq!(secret.body["kms_key_id"], r(&key.address, "arn"));
}

#[test]
fn the_data_api_on_a_t_instance_class_is_reported() {
    let f = fixture();
    let props = AuroraGlobalProps {
        instance_class: "db.t4g.medium".parse().unwrap(),
        ..aurora_props(&f)
    };
    AuroraGlobal::new_with(
        &f.root(),
        "aurora",
        &props,
        AuroraGlobalOptions {
            data_api: true,
            ..AuroraGlobalOptions::default()
        },
    );
    let err = tfdr_testing::try_synth(&f.stack).unwrap_err().to_string();
    assert!(err.contains("T instance classes"), "{err}");
    assert!(err.contains("db.t4g.medium"), "{err}");
    // Without the Data API a T class is fine.
    let f = fixture();
    let props = AuroraGlobalProps {
        instance_class: "db.t4g.medium".parse().unwrap(),
        ..aurora_props(&f)
    };
    AuroraGlobal::new(&f.root(), "aurora", &props);
    tfdr_testing::try_synth(&f.stack).unwrap_or_else(|e| panic!("{e}"));
}

// ---- Serverless v2, Aurora MySQL, the transactions-dr layout ----

use crate::network::{Network, NetworkProps};
use crate::test_support::{context, network_props, test_keys};
use crate::values::{Acu, AcuRange, PrimaryReaders, SecondaryInstances};
use tfdr_dsl::aws::VpcSecurityGroupIngressRule;

fn acu(v: f64) -> Acu {
    Acu::new(v).unwrap()
}

/// The transactions-dr database: Aurora MySQL 3, Serverless v2 (primary 8–64 ACUs,
/// secondary 2–32), a writer and two readers pinned to three AZs, two secondary instances.
fn serverless_layout() -> AuroraLayout {
    AuroraLayout {
        capacity: AuroraCapacity::ServerlessV2 {
            primary: AcuRange::for_global_primary(acu(8.0), acu(64.0)).unwrap(),
            dr: AcuRange::new(acu(2.0), acu(32.0)).unwrap(),
        },
        primary_readers: PrimaryReaders::new(2).unwrap(),
        spread_primary_across_azs: true,
        dr_instances: SecondaryInstances::new(2).unwrap(),
    }
}

fn mysql_stack(layout: AuroraLayout, options: AuroraGlobalOptions) -> tfdr_dsl::Stack {
    let (stack, ctx) = context("dev");
    let root = ctx.root();
    let keys = test_keys(&root);
    let network = Network::new(
        &root,
        "network",
        &NetworkProps {
            engine: AuroraEngine::Mysql,
            ..network_props(&keys)
        },
    );
    let props = AuroraGlobalProps {
        engine: AuroraEngine::Mysql,
        engine_version: "8.0.mysql_aurora.3.05.2".parse().unwrap(),
        // Not used with Serverless v2 (a T class would trip the Data API check if it were).
        instance_class: "db.t4g.medium".parse().unwrap(),
        backup_retention: RetentionDays::new(7).unwrap(),
        database_name: "transactions".parse().unwrap(),
        master_username: "transactions_admin".parse().unwrap(),
        network: &network,
        keys: &keys,
        log_retention: LogRetentionDays::new(30).unwrap(),
    };
    let db = AuroraGlobal::new_with_layout(&root, "aurora", &props, options, layout);
    assert_eq!(db.capacity, layout.capacity);
    stack
}

fn serverless() -> Synthesized {
    let stack = mysql_stack(serverless_layout(), AuroraGlobalOptions::default());
    tfdr_testing::try_synth(&stack).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn serverless_clusters_are_aurora_mysql_scaling_in_their_own_ranges() {
    let s = serverless();
    s.assert_has::<RdsGlobalCluster>(&json!({
        "engine": "aurora-mysql",
        "engine_version": "8.0.mysql_aurora.3.05.2",
    }));
    for (side, min, max) in [("primary", 8, 64), ("dr", 2, 32)] {
        let c = at(
            s.resources_of::<RdsCluster>(),
            &format!("aurora/{side}/cluster"),
        );
        assert_eq!(c.body["engine"], "aurora-mysql", "{side}");
        assert_eq!(c.body["engine_mode"], "provisioned", "{side}");
        assert_eq!(
            c.body["serverlessv2_scaling_configuration"],
            json!({"min_capacity": min, "max_capacity": max}),
            "{side}"
        );
        assert_eq!(c.body["backup_retention_period"], 7, "{side}");
        assert_eq!(c.body["iam_database_authentication_enabled"], true);
        assert_eq!(
            c.body["enabled_cloudwatch_logs_exports"],
            json!(["audit", "error", "general", "slowquery"]),
            "{side}"
        );
        for log in ["audit", "error", "general", "slowquery"] {
            let g = at(
                s.resources_of::<CloudwatchLogGroup>(),
                &format!("aurora/{side}/log-group-{log}"),
            );
            assert!(depends_on(&c.body).contains(&g.address), "{side} {log}");
        }
    }
    // The app reaches the database on MySQL's port.
    let rules = s.resources_of_with::<VpcSecurityGroupIngressRule>(
        &json!({"from_port": 3306, "to_port": 3306}),
    );
    assert_eq!(rules.len(), 2, "one per region");
}

#[test]
fn the_primary_has_a_writer_and_two_readers_in_three_azs() {
    let s = serverless();
    let c = at(s.resources_of::<RdsCluster>(), "aurora/primary/cluster");
    let instances = s.assert_count::<RdsClusterInstance>(5);
    let writer = at(instances.clone(), "aurora/primary/1");
    for (n, letter) in [(1, "a"), (2, "b"), (3, "c")] {
        let i = at(instances.clone(), &format!("aurora/primary/{n}"));
        let subnet = at(
            s.resources_of::<Subnet>(),
            &format!("network/primary/subnet-{letter}"),
        );
        assert_eq!(i.body["instance_class"], "db.serverless", "{n}");
        assert_eq!(i.body["engine"], "aurora-mysql", "{n}");
        assert_eq!(i.body["cluster_identifier"], r(&c.address, "id"), "{n}");
        assert_eq!(i.body["identifier"], format!("aurora-{n}-use1-dev"));
        assert_eq!(
            i.body["availability_zone"],
            r(&subnet.address, "availability_zone"),
            "{n}"
        );
        assert_eq!(i.body["promotion_tier"], if n == 1 { 0 } else { 1 });
        if n > 1 {
            assert!(depends_on(&i.body).contains(&writer.address), "{n}");
        }
    }
}

#[test]
fn the_secondary_joins_the_global_cluster_with_its_instances() {
    let s = serverless();
    let g = s.resources_of::<RdsGlobalCluster>().remove(0);
    let c = at(s.resources_of::<RdsCluster>(), "aurora/dr/cluster");
    assert_eq!(c.body["provider"], "aws.dr");
    assert_eq!(c.body["global_cluster_identifier"], r(&g.address, "id"));
    assert_eq!(
        c.body["lifecycle"],
        json!({"ignore_changes": [
            "replication_source_identifier",
            "global_cluster_identifier",
            "engine_version"
        ]})
    );
    for absent in [
        "master_username",
        "master_password_wo",
        "database_name",
        "replication_source_identifier",
        "source_region",
    ] {
        assert!(c.body.get(absent).is_none(), "secondary sets {absent}");
    }
    let first = at(s.resources_of::<RdsClusterInstance>(), "aurora/dr/1");
    let second = at(s.resources_of::<RdsClusterInstance>(), "aurora/dr/2");
    for i in [&first, &second] {
        assert_eq!(i.body["provider"], "aws.dr");
        assert_eq!(i.body["instance_class"], "db.serverless");
        assert_eq!(i.body["cluster_identifier"], r(&c.address, "id"));
        // AWS places the secondary's instances.
        assert!(i.body.get("availability_zone").is_none(), "{}", i.body);
    }
    assert!(depends_on(&second.body).contains(&first.address));
}

#[test]
fn the_default_layout_is_exactly_what_new_builds() {
    let (s, _) = build();
    let f = fixture();
    AuroraGlobal::new_with_layout(
        &f.root(),
        "aurora",
        &aurora_props(&f),
        AuroraGlobalOptions::default(),
        AuroraLayout::default(),
    );
    // `build` adds outputs; compare everything else.
    let with_layout = tfdr_testing::synth(&f.stack);
    let strip = |v: &Value| {
        let mut v = v.clone();
        let o = v.as_object_mut().unwrap();
        o.remove("output");
        o.remove("//");
        v
    };
    // (Not assert_eq: a difference would print two whole stacks.)
    assert!(
        strip(s.json()) == strip(with_layout.json()),
        "the default layout changed the output"
    );
    for i in with_layout.resources_of::<RdsClusterInstance>() {
        assert_eq!(i.body["instance_class"], "db.r6g.large");
        assert!(i.body.get("availability_zone").is_none());
    }
    for c in with_layout.resources_of::<RdsCluster>() {
        assert!(c.body.get("serverlessv2_scaling_configuration").is_none());
        assert!(c.body.get("engine_mode").is_none());
    }
}

#[test]
fn the_data_api_with_serverless_is_not_a_t_class_problem() {
    let stack = mysql_stack(
        serverless_layout(),
        AuroraGlobalOptions {
            data_api: true,
            ..AuroraGlobalOptions::default()
        },
    );
    tfdr_testing::try_synth(&stack).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn the_serverless_mysql_layout_is_valid_terraform() {
    let stack = mysql_stack(serverless_layout(), AuroraGlobalOptions::default());
    if let Some(v) = tfdr_testing::synth(&stack).assert_valid_terraform() {
        eprintln!("{v}");
    }
}
