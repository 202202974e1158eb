//! Tests of the master-secret rotation on the synthesized JSON (payments' pair:
//! us-east-1 → us-east-2, the function on Lambda's network).

use serde_json::{json, Value};
use tfdr_dsl::aws::{LambdaFunction, LambdaPermission, SecretsmanagerSecretRotation};
use tfdr_testing::Synthesized;

use super::*;
use crate::aurora_global::{AuroraGlobalOptions, INITIAL_SECRET_STAGE};
use crate::test_support::{at, aurora_props, depends_on, fixture, r, Fixture};

fn props<'a>(f: &'a Fixture, db: &'a AuroraGlobal) -> SecretRotationProps<'a> {
    SecretRotationProps {
        database: db,
        rotation_days: RotationDays::new(30).unwrap(),
        placement: Placement::LambdaNetwork,
        network: &f.network,
        keys: &f.keys,
        access_logs: &f.access_logs,
        log_retention: LogRetentionDays::new(30).unwrap(),
        code_expiry: ExpiryDays::new(30).unwrap(),
    }
}

fn rotatable_db(f: &Fixture) -> AuroraGlobal {
    AuroraGlobal::new_with(
        &f.root(),
        "aurora",
        &aurora_props(f),
        AuroraGlobalOptions {
            rotatable_secret: true,
            ..AuroraGlobalOptions::default()
        },
    )
}

fn build() -> (Synthesized, SecretRotation) {
    let f = fixture();
    let db = rotatable_db(&f);
    let rotation = SecretRotation::new(&f.root(), "rotation", &props(&f, &db));
    let s = tfdr_testing::try_synth(&f.stack).unwrap_or_else(|e| panic!("{e}"));
    (s, rotation)
}

fn address(found: Vec<tfdr_testing::Found>, path: &str) -> String {
    at(found, path).address
}

#[test]
fn the_secret_rotates_every_n_days_through_the_function() {
    let (s, rotation) = build();
    let function = address(
        s.resources_of::<LambdaFunction>(),
        "rotation/primary/function",
    );
    let secret = address(
        s.resources("aws_secretsmanager_secret"),
        "aurora/primary/master-secret",
    );
    let permission = address(
        s.resources_of::<LambdaPermission>(),
        "rotation/primary/rotation-permission",
    );
    let found = at(
        s.resources_of::<SecretsmanagerSecretRotation>(),
        "rotation/primary/rotation",
    );
    let mut body = found.body.clone();
    let deps = depends_on(&body);
    assert_eq!(deps, [permission], "Secrets Manager checks the permission");
    body.as_object_mut().unwrap().remove("depends_on");
    assert_eq!(
        body,
        json!({
            "provider": "aws.primary",
            "secret_id": r(&secret, "arn"),
            "rotation_lambda_arn": r(&function, "arn"),
            "rotate_immediately": false,
            "rotation_rules": {"automatically_after_days": 30},
        })
    );
    assert_eq!(rotation.rotation_days.get(), 30);
    assert_eq!(rotation.region, Region::UsEast1);
}

#[test]
fn only_secrets_manager_for_this_secret_may_invoke_the_function() {
    let (s, _) = build();
    let function = address(
        s.resources_of::<LambdaFunction>(),
        "rotation/primary/function",
    );
    let secret = address(
        s.resources("aws_secretsmanager_secret"),
        "aurora/primary/master-secret",
    );
    let permission = at(
        s.resources_of::<LambdaPermission>(),
        "rotation/primary/rotation-permission",
    );
    assert_eq!(
        permission.body,
        json!({
            "provider": "aws.primary",
            "action": "lambda:InvokeFunction",
            "function_name": r(&function, "arn"),
            "principal": "secretsmanager.amazonaws.com",
            "source_arn": r(&secret, "arn"),
            "statement_id": "AllowInvokeFromSecretsManagerRotation",
        })
    );
}

#[test]
fn the_function_runs_in_the_primary_region_one_invocation_at_a_time() {
    let (s, rotation) = build();
    assert_eq!(rotation.function.region, Region::UsEast1);
    let function = at(
        s.resources_of::<LambdaFunction>(),
        "rotation/primary/function",
    );
    let b = &function.body;
    assert_eq!(b["provider"], json!("aws.primary"));
    assert_eq!(b["runtime"], json!("python3.12"));
    assert_eq!(b["handler"], json!(ROTATION_HANDLER));
    assert_eq!(b["timeout"], json!(ROTATION_TIMEOUT_SECONDS));
    assert_eq!(b["memory_size"], json!(128));
    assert_eq!(b["reserved_concurrent_executions"], json!(1));
    assert_eq!(
        b["source_code_hash"],
        json!(rotation_zip().source_code_hash())
    );
    assert!(b.get("vpc_config").is_none(), "Lambda's network: {b:#}");
    // Everything of the component is in the primary region.
    for t in s.types(tfdr_dsl::ElementKind::Resource) {
        for found in s.resources(&t.0) {
            let path = found.path.clone().unwrap_or_default();
            if path.starts_with("data-test/rotation/") {
                assert!(path.starts_with("data-test/rotation/primary/"), "{path}");
                assert_eq!(found.body["provider"], json!("aws.primary"), "{path}");
            }
        }
    }
}

#[test]
fn the_environment_names_the_secret_the_global_cluster_and_both_clusters() {
    let (s, _) = build();
    let function = at(
        s.resources_of::<LambdaFunction>(),
        "rotation/primary/function",
    );
    let primary = address(s.resources("aws_rds_cluster"), "aurora/primary/cluster");
    let dr = address(s.resources("aws_rds_cluster"), "aurora/dr/cluster");
    let global = address(
        s.resources("aws_rds_global_cluster"),
        "aurora/primary/global-cluster",
    );
    let secret = address(
        s.resources("aws_secretsmanager_secret"),
        "aurora/primary/master-secret",
    );
    assert_eq!(
        function.body["environment"]["variables"],
        json!({
            "SECRET_ARN": r(&secret, "arn"),
            "GLOBAL_CLUSTER_ID": r(&global, "id"),
            "PRIMARY_CLUSTER_ARN": r(&primary, "arn"),
            "DR_CLUSTER_ARN": r(&dr, "arn"),
        })
    );
}

fn statements(s: &Synthesized) -> Vec<Value> {
    let doc = at(
        s.data_sources("aws_iam_policy_document"),
        "rotation/primary/role-policy-document",
    );
    doc.body["statement"].as_array().unwrap().clone()
}

#[test]
fn the_role_gets_exactly_the_grants_it_needs() {
    let (s, _) = build();
    let all = statements(&s);
    let sids: Vec<&str> = all.iter().map(|st| st["sid"].as_str().unwrap()).collect();
    assert_eq!(
        sids,
        [
            "WriteOwnLogs",
            "SendFailedEvents",
            "UseRegionKey",
            "PublishTraces",
            "RotateMasterSecret",
            "GeneratePassword",
            "ChangeWriterMasterPassword",
            "FindWriter",
            "UseSecretKey",
        ]
    );
    let primary = address(s.resources("aws_rds_cluster"), "aurora/primary/cluster");
    let dr = address(s.resources("aws_rds_cluster"), "aurora/dr/cluster");
    let global = address(
        s.resources("aws_rds_global_cluster"),
        "aurora/primary/global-cluster",
    );
    let secret = address(
        s.resources("aws_secretsmanager_secret"),
        "aurora/primary/master-secret",
    );
    let key = address(s.resources("aws_kms_key"), "kms/primary/key");
    let grant = |sid: &str, actions: Value, resources: Value| {
        let st = all
            .iter()
            .find(|st| st["sid"] == json!(sid))
            .unwrap_or_else(|| panic!("no statement {sid}"));
        assert_eq!(st["effect"], json!("Allow"), "{sid}");
        assert_eq!(st["actions"], actions, "{sid}");
        assert_eq!(st["resources"], resources, "{sid}");
        assert!(st.get("condition").is_none(), "{sid}");
    };
    grant(
        "RotateMasterSecret",
        json!([
            "secretsmanager:DescribeSecret",
            "secretsmanager:GetSecretValue",
            "secretsmanager:PutSecretValue",
            "secretsmanager:UpdateSecretVersionStage"
        ]),
        json!([r(&secret, "arn")]),
    );
    grant(
        "GeneratePassword",
        json!(["secretsmanager:GetRandomPassword"]),
        json!(["*"]),
    );
    grant(
        "ChangeWriterMasterPassword",
        json!(["rds:ModifyDBCluster", "rds:DescribeDBClusters"]),
        json!([r(&primary, "arn"), r(&dr, "arn")]),
    );
    grant(
        "FindWriter",
        json!(["rds:DescribeGlobalClusters"]),
        json!([r(&global, "arn")]),
    );
    grant(
        "UseSecretKey",
        json!(["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"]),
        json!([r(&key, "arn")]),
    );
    // Only GetRandomPassword (no resource type) and X-Ray use "*" (no VPC statement on
    // Lambda's network).
    for st in &all {
        let star = st["resources"].as_array().unwrap().contains(&json!("*"));
        let sid = st["sid"].as_str().unwrap();
        assert_eq!(
            star,
            sid == "GeneratePassword" || sid == "PublishTraces",
            "{sid}"
        );
    }
}

#[test]
fn rotation_days_are_bounded_by_secrets_manager() {
    assert!(RotationDays::new(0).is_err());
    assert_eq!(RotationDays::new(1).unwrap().get(), 1);
    assert_eq!(RotationDays::new(1_000).unwrap().get(), 1_000);
    let err = RotationDays::new(1_001).unwrap_err();
    assert!(err.to_string().contains("AutomaticallyAfterDays"), "{err}");
    let parsed: RotationDays = serde_json::from_str("7").unwrap();
    assert_eq!(parsed.get(), 7);
    assert!(serde_json::from_str::<RotationDays>("1001").is_err());
}

#[test]
fn in_private_subnets_the_function_gets_the_vpc_statement() {
    let f = fixture();
    let db = rotatable_db(&f);
    let p = SecretRotationProps {
        placement: Placement::PrivateSubnets,
        ..props(&f, &db)
    };
    SecretRotation::new(&f.root(), "rotation", &p);
    let s = tfdr_testing::try_synth(&f.stack).unwrap_or_else(|e| panic!("{e}"));
    let function = at(
        s.resources_of::<LambdaFunction>(),
        "rotation/primary/function",
    );
    assert!(function.body.get("vpc_config").is_some());
    let sids: Vec<String> = statements(&s)
        .iter()
        .map(|st| st["sid"].as_str().unwrap().to_string())
        .collect();
    assert!(sids.contains(&"AttachToVpc".to_string()), "{sids:?}");
}

#[test]
fn the_rotation_is_valid_terraform() {
    let (s, _) = build();
    if let Some(v) = s.assert_valid_terraform() {
        eprintln!("{v}");
    }
}

#[test]
fn the_initial_secret_version_keeps_its_own_label_and_terraform_ignores_the_stages() {
    let (s, _) = build();
    let version = at(
        s.resources("aws_secretsmanager_secret_version"),
        "aurora/primary/master-secret-version",
    );
    assert_eq!(
        version.body["version_stages"],
        json!(["AWSCURRENT", INITIAL_SECRET_STAGE])
    );
    assert_eq!(
        version.body["lifecycle"]["ignore_changes"],
        json!(["version_stages"])
    );
}

#[test]
fn rotating_a_database_without_a_rotatable_secret_is_reported() {
    let f = fixture();
    let db = AuroraGlobal::new(&f.root(), "aurora", &aurora_props(&f));
    SecretRotation::new(&f.root(), "rotation", &props(&f, &db));
    let err = tfdr_testing::try_synth(&f.stack).unwrap_err().to_string();
    assert!(err.contains("rotatable_secret"), "{err}");
    assert!(err.contains("rotation"), "{err}");
}
