//! Emulator mode (provider rewrite, exclusions), the fixture stack's shape,
//! the repository's exclusion list, and — with real terraform — that the
//! rewritten provider blocks are valid for hashicorp/aws 5.100.0.

use std::path::Path;

use serde_json::{json, Value};
use tfdr_emulator::{
    default_exclusions_path, emulator_mode, emulator_mode_with, load_exclusions,
    never_excluded_match, EmulatorSettings, Exclusion, EMULATOR_SERVICES, NEVER_EXCLUDED,
};
use tfdr_testing::terraform::Terraform;

const ENDPOINT: &str = "http://127.0.0.1:45678";

fn fixture() -> Value {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/dr-fixture.tf.json");
    serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap()
}

fn aws_configs(doc: &Value) -> Vec<&serde_json::Map<String, Value>> {
    doc["provider"]["aws"]
        .as_array()
        .expect("provider.aws is an array")
        .iter()
        .map(|c| c.as_object().unwrap())
        .collect()
}

fn assert_emulator_config(c: &serde_json::Map<String, Value>) {
    assert_eq!(c["access_key"], "test");
    assert_eq!(c["secret_key"], "test");
    assert_eq!(c["s3_use_path_style"], true);
    assert_eq!(c["skip_credentials_validation"], true);
    assert_eq!(c["skip_metadata_api_check"], true);
    assert_eq!(c["skip_region_validation"], true);
    assert_eq!(c["skip_requesting_account_id"], false);
    let retries = c["max_retries"].as_u64().unwrap();
    assert!((1..=3).contains(&retries), "{retries}");
    let endpoints = c["endpoints"][0].as_object().unwrap();
    assert_eq!(endpoints.len(), EMULATOR_SERVICES.len());
    for s in EMULATOR_SERVICES {
        assert_eq!(endpoints[*s], ENDPOINT, "{s}");
    }
    for s in [
        "s3",
        "dynamodb",
        "rds",
        "iam",
        "kms",
        "sts",
        "ec2",
        "secretsmanager",
    ] {
        assert!(endpoints.contains_key(s), "{s}");
    }
}

#[test]
fn fixture_providers_are_rewritten_resources_are_not() {
    let stack = fixture();
    let out = emulator_mode(&stack, ENDPOINT);
    let configs = aws_configs(&out);
    // primary, dr, and the added default configuration.
    assert_eq!(configs.len(), 3);
    for c in &configs {
        assert_emulator_config(c);
    }
    let by_alias = |a: Option<&str>| {
        configs
            .iter()
            .find(|c| c.get("alias").and_then(Value::as_str) == a)
            .unwrap_or_else(|| panic!("no config with alias {a:?}"))
    };
    assert_eq!(by_alias(Some("primary"))["region"], "us-east-1");
    assert_eq!(by_alias(Some("dr"))["region"], "us-east-2");
    assert_eq!(by_alias(None)["region"], "us-east-1");
    assert_eq!(
        by_alias(Some("dr"))["default_tags"],
        stack["provider"]["aws"][1]["default_tags"]
    );
    // Same resources, data sources and outputs, byte for byte.
    for k in ["resource", "data", "output"] {
        assert_eq!(out[k], stack[k], "{k}");
    }
    assert_eq!(
        out["terraform"]["required_providers"],
        stack["terraform"]["required_providers"]
    );
    // The input is not modified.
    assert!(stack["provider"]["aws"][0].get("endpoints").is_none());
}

#[test]
fn quickstart_shaped_stack_loses_backend_and_risky_settings() {
    let stack = json!({
        "terraform": {
            "backend": {"s3": {"bucket": "real-state-bucket", "region": "us-east-1"}},
            "required_providers": {"aws": {"source": "hashicorp/aws", "version": ">= 5.100.0, < 7.0.0"}}
        },
        "provider": {"aws": {
            "region": "eu-central-1",
            "profile": "prod",
            "assume_role": [{"role_arn": "arn:aws:iam::999999999999:role/deploy"}],
            "allowed_account_ids": ["999999999999"],
            "shared_credentials_files": ["/home/me/.aws/credentials"],
            "ignore_tags": {"keys": ["x"]}
        }},
        "resource": {"aws_s3_bucket": {"b": {"bucket_prefix": "b-"}}}
    });
    let out = emulator_mode(&stack, ENDPOINT);
    assert!(out["terraform"].get("backend").is_none());
    let configs = aws_configs(&out);
    assert_eq!(configs.len(), 1, "object form becomes one array entry");
    let c = configs[0];
    assert_emulator_config(c);
    for k in [
        "profile",
        "assume_role",
        "allowed_account_ids",
        "shared_credentials_files",
    ] {
        assert!(c.get(k).is_none(), "{k} survived");
    }
    assert_eq!(c["region"], "eu-central-1");
    assert_eq!(c["ignore_tags"], json!({"keys": ["x"]}));
}

#[test]
fn stack_without_provider_block_gets_a_default_one() {
    let stack = json!({"resource": {"aws_sqs_queue": {"q": {"name": "q"}}}});
    let out = emulator_mode(&stack, ENDPOINT);
    let configs = aws_configs(&out);
    assert_eq!(configs.len(), 1);
    assert_emulator_config(configs[0]);
    assert_eq!(configs[0]["region"], "us-east-1");
}

#[test]
fn exclusions_remove_dependents_transitively() {
    let stack = json!({
        "provider": {"aws": [{"alias": "primary", "region": "us-east-1"}]},
        "resource": {
            "aws_weird_thing": {"w": {"name": "w"}},
            "aws_s3_bucket": {
                "uses": {"bucket": "${aws_weird_thing.w.id}"},
                "unrelated": {"bucket": "aws_weird_thing.wx"}
            },
            "aws_s3_bucket_versioning": {"v": {"bucket": "${aws_s3_bucket.uses.id}"}},
            "aws_sns_topic": {"t": {"name": "t", "depends_on": ["aws_s3_bucket_versioning.v"]}}
        },
        "locals": {"l": "${aws_sns_topic.t.arn}"},
        "output": {
            "o": {"value": "${local.l}"},
            "keep": {"value": "${aws_s3_bucket.unrelated.arn}"}
        }
    });
    let excl = vec![Exclusion {
        resource_type: "aws_weird_thing".into(),
        reason: "moto lacks it".into(),
        moto_version: "5.2.5".into(),
    }];
    let out = emulator_mode_with(&stack, &EmulatorSettings::new(ENDPOINT), &excl);
    let skipped: Vec<&str> = out.skipped.iter().map(|s| s.address.as_str()).collect();
    for a in [
        "aws_weird_thing.w",
        "aws_s3_bucket.uses",
        "aws_s3_bucket_versioning.v",
        "aws_sns_topic.t",
        "local.l",
        "output.o",
    ] {
        assert!(skipped.contains(&a), "{a} not skipped: {skipped:?}");
    }
    assert_eq!(skipped.len(), 6, "{skipped:?}");
    assert!(out.skipped[0].reason.contains("moto lacks it"));
    let doc = &out.document;
    assert!(doc["resource"].get("aws_weird_thing").is_none());
    assert!(doc["resource"].get("aws_sns_topic").is_none());
    assert!(doc["resource"]["aws_s3_bucket"].get("unrelated").is_some());
    assert!(doc["output"].get("keep").is_some());
    assert!(out.uncovered_types.is_empty(), "{:?}", out.uncovered_types);
}

#[test]
fn uncovered_types_are_reported() {
    let stack = json!({"resource": {
        "aws_s3_bucket": {"b": {}},
        "aws_quantumledger_thing": {"q": {}}
    }});
    let out = emulator_mode_with(&stack, &EmulatorSettings::new(ENDPOINT), &[]);
    assert_eq!(out.uncovered_types, ["aws_quantumledger_thing"]);
}

#[test]
fn fixture_has_the_dr_building_blocks() {
    let s = fixture();
    assert_eq!(
        s["terraform"]["required_providers"]
            .as_object()
            .unwrap()
            .keys()
            .collect::<Vec<_>>(),
        ["aws"]
    );
    assert_eq!(
        s["terraform"]["required_providers"]["aws"]["source"],
        "hashicorp/aws"
    );
    let providers = s["provider"]["aws"].as_array().unwrap();
    let region = |alias: &str| {
        providers
            .iter()
            .find(|p| p["alias"] == alias)
            .map(|p| p["region"].clone())
    };
    assert_eq!(region("primary"), Some(json!("us-east-1")));
    assert_eq!(region("dr"), Some(json!("us-east-2")));
    let r = &s["resource"];
    // Every resource names one of the two providers.
    for (ty, names) in r.as_object().unwrap() {
        for (name, body) in names.as_object().unwrap() {
            let p = body["provider"].as_str().unwrap_or("");
            assert!(p == "aws.primary" || p == "aws.dr", "{ty}.{name}: {p:?}");
        }
    }
    // Aurora global database.
    assert_eq!(
        r["aws_rds_global_cluster"]["global"]["engine"],
        "aurora-postgresql"
    );
    assert_eq!(r["aws_rds_cluster"]["primary"]["provider"], "aws.primary");
    assert_eq!(
        r["aws_rds_cluster_instance"]["primary"]["provider"],
        "aws.primary"
    );
    let secondary = &r["aws_rds_cluster"]["secondary"];
    assert_eq!(secondary["provider"], "aws.dr");
    assert_eq!(
        r["aws_rds_cluster_instance"]["secondary"]["provider"],
        "aws.dr"
    );
    assert_eq!(
        secondary["depends_on"],
        json!(["aws_rds_cluster_instance.primary"])
    );
    let ignored = secondary["lifecycle"]["ignore_changes"].as_array().unwrap();
    assert!(ignored.contains(&json!("replication_source_identifier")));
    assert!(ignored.contains(&json!("global_cluster_identifier")));
    // DynamoDB global table.
    let t = &r["aws_dynamodb_table"]["orders"];
    assert_eq!(t["billing_mode"], "PAY_PER_REQUEST");
    assert_eq!(t["stream_enabled"], true);
    assert_eq!(t["stream_view_type"], "NEW_AND_OLD_IMAGES");
    assert_eq!(t["replica"][0]["region_name"], "us-east-2");
    // S3 replication between two versioned buckets.
    assert_eq!(r["aws_s3_bucket"]["source"]["provider"], "aws.primary");
    assert_eq!(r["aws_s3_bucket"]["destination"]["provider"], "aws.dr");
    for b in ["source", "destination"] {
        assert_eq!(
            r["aws_s3_bucket_versioning"][b]["versioning_configuration"]["status"],
            "Enabled"
        );
    }
    assert!(r["aws_iam_role"]["replication"].is_object());
    let repl = &r["aws_s3_bucket_replication_configuration"]["source"];
    assert_eq!(
        repl["rule"][0]["delete_marker_replication"]["status"],
        "Enabled"
    );
    // Every type the reference stacks need (the never-excluded list) is here.
    let types: Vec<&String> = r.as_object().unwrap().keys().collect();
    for pattern in NEVER_EXCLUDED {
        assert!(
            types
                .iter()
                .any(|t| never_excluded_match(t) == Some(*pattern)),
            "the fixture has no resource matching {pattern}"
        );
    }
    // Every type has an emulator endpoint.
    let out = emulator_mode_with(&s, &EmulatorSettings::new(ENDPOINT), &[]);
    assert!(out.uncovered_types.is_empty(), "{:?}", out.uncovered_types);
}

#[test]
fn repository_exclusion_list_is_valid() {
    let list = load_exclusions(&default_exclusions_path()).unwrap();
    for e in &list {
        assert!(never_excluded_match(&e.resource_type).is_none(), "{e:?}");
    }
}

/// terraform validate checks the provider blocks against the real provider
/// schema: every endpoint key and setting must exist in hashicorp/aws 5.100.0.
#[test]
fn emulator_mode_fixture_is_valid_terraform() {
    let Some(tf) = Terraform::require_or_skip() else {
        return;
    };
    let mut wd = tf.workdir().unwrap();
    wd.write_stack(&emulator_mode(&fixture(), ENDPOINT))
        .unwrap();
    wd.assert_valid();
}

fn api_dns_fixture() -> Value {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/api-dns-fixture.tf.json");
    serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap()
}

/// The API/DNS fixture (run by hand: `tfdr-emulate
/// emulator/fixtures/api-dns-fixture.tf.json`) keeps the provider layout of
/// the DR fixture, has each type of payments-dr's API and DNS layer, every
/// type has an emulator endpoint, and it is valid terraform in emulator mode.
#[test]
fn api_dns_fixture_has_the_api_layer_and_is_valid_terraform() {
    let s = api_dns_fixture();
    assert_eq!(s["provider"], fixture()["provider"]);
    let r = s["resource"].as_object().unwrap();
    for (ty, names) in r {
        for (name, body) in names.as_object().unwrap() {
            let p = body["provider"].as_str().unwrap_or("");
            assert!(p == "aws.primary" || p == "aws.dr", "{ty}.{name}: {p:?}");
        }
    }
    for ty in [
        "aws_lambda_function",
        "aws_lambda_function_event_invoke_config",
        "aws_lambda_permission",
        "aws_sqs_queue",
        "aws_s3_object",
        "aws_api_gateway_rest_api",
        "aws_api_gateway_resource",
        "aws_api_gateway_method",
        "aws_api_gateway_integration",
        "aws_api_gateway_deployment",
        "aws_api_gateway_stage",
        "aws_api_gateway_method_settings",
        "aws_api_gateway_account",
        "aws_acm_certificate",
        "aws_acm_certificate_validation",
        "aws_api_gateway_domain_name",
        "aws_api_gateway_base_path_mapping",
        "aws_route53_zone",
        "aws_route53_record",
        "aws_route53_health_check",
    ] {
        let per_type = r.get(ty).and_then(Value::as_object);
        assert!(per_type.is_some_and(|m| !m.is_empty()), "no {ty}");
    }
    // One validation record (primary provider) validates both regions' certificates.
    let validations = r["aws_acm_certificate_validation"].as_object().unwrap();
    assert_eq!(validations.len(), 2);
    for v in validations.values() {
        assert_eq!(
            v["validation_record_fqdns"],
            json!(["${aws_route53_record.cert_validation.fqdn}"])
        );
    }
    let out = emulator_mode_with(&s, &EmulatorSettings::new(ENDPOINT), &[]);
    assert!(out.uncovered_types.is_empty(), "{:?}", out.uncovered_types);
    let Some(tf) = Terraform::require_or_skip() else {
        return;
    };
    let mut wd = tf.workdir().unwrap();
    wd.write_stack(&emulator_mode(&s, ENDPOINT)).unwrap();
    wd.assert_valid();
}
