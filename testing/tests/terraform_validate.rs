//! `terraform init` + `validate` against the real aws provider from the
//! offline mirror. Skipped loudly when terraform is unavailable; fails under
//! CI=true.

use serde_json::{json, Value};
use tfdr_testing::terraform::{Severity, Terraform};

/// A minimal multi-region stack: two aliased aws providers, one bucket in DR.
fn stack(bucket_attr: &str, bucket: &str) -> Value {
    json!({
        "terraform": {
            "backend": {"s3": {"bucket": "tfdr-state", "key": "dr.tfstate", "region": "us-east-1"}},
            "required_providers": {
                "aws": {"source": "hashicorp/aws", "version": ">= 5.100.0, < 7.0.0"}
            }
        },
        "provider": {"aws": [
            {"alias": "primary", "region": "us-east-1"},
            {"alias": "dr", "region": "us-east-2"}
        ]},
        "resource": {"aws_s3_bucket": {"replica": {"provider": "aws.dr", bucket_attr: bucket}}}
    })
}

#[test]
fn a_minimal_two_region_stack_validates() {
    let Some(tf) = Terraform::require_or_skip() else {
        return;
    };
    let mut wd = tf.workdir().unwrap();
    let mut s = stack("bucket", "tfdr-replica");
    // As a root module the backend is fine (init runs with -backend=false).
    s["terraform"].as_object_mut().unwrap().remove("backend");
    wd.write_stack(&s).unwrap();
    let v = wd.assert_valid();
    assert!(v.valid);
    assert_eq!(v.error_count, 0);
    v.assert_clean();
}

#[test]
fn b_unknown_argument_is_reported_readably() {
    let Some(tf) = Terraform::require_or_skip() else {
        return;
    };
    let mut wd = tf.workdir().unwrap();
    wd.write_stack(&stack("bucket_name", "tfdr-replica"))
        .unwrap();
    wd.init().unwrap();
    let v = wd.validate().unwrap();
    assert!(!v.valid, "{v}");
    assert_eq!(v.error_count, 1, "{v}");
    let d = v.errors().next().unwrap();
    // What terraform says for JSON syntax (the HCL-syntax wording would be
    // `An argument named "bucket_name" is not expected here.`).
    assert_eq!(d.summary, "Extraneous JSON object property");
    assert_eq!(
        d.detail,
        r#"No argument or block type is named "bucket_name"."#
    );
    let range = d.range.as_ref().unwrap();
    assert_eq!(range.filename, "main.tf.json");
    let text = v.to_string();
    let want = format!(
        "error: main.tf.json:{}:{}: Extraneous JSON object property — No argument or block type is named \"bucket_name\".",
        range.start.line, range.start.column
    );
    assert!(text.contains(&want), "want {want:?} in:\n{text}");
    assert!(text.contains("in resource.aws_s3_bucket.replica"), "{text}");
    assert!(text.contains(r#""bucket_name": "tfdr-replica""#), "{text}");

    // assert_valid panics with the same readable text.
    let panic = std::panic::catch_unwind(|| v.assert_valid()).unwrap_err();
    let msg = panic.downcast_ref::<String>().unwrap();
    assert!(msg.contains(&want), "{msg}");
}

#[test]
fn c_batched_stacks_as_modules_validate_in_one_run() {
    let Some(tf) = Terraform::require_or_skip() else {
        return;
    };
    let mut wd = tf.workdir().unwrap();
    wd.add_module("alpha", &stack("bucket", "alpha-replica"))
        .unwrap();
    wd.add_module("beta", &stack("bucket", "beta-replica"))
        .unwrap();
    let root: Value =
        serde_json::from_str(&std::fs::read_to_string(wd.path().join("main.tf.json")).unwrap())
            .unwrap();
    assert_eq!(root["module"]["alpha"]["source"], "./modules/alpha");
    assert_eq!(root["module"]["beta"]["source"], "./modules/beta");
    let v = wd.init_and_validate().unwrap();
    // Both modules declare aliased providers ("legacy modules") and had a
    // backend, which add_module strips: no errors and no warnings.
    v.assert_clean();
}

#[test]
fn c_error_in_one_batched_module_names_its_file() {
    let Some(tf) = Terraform::require_or_skip() else {
        return;
    };
    let mut wd = tf.workdir().unwrap();
    wd.add_module("alpha", &stack("bucket", "alpha-replica"))
        .unwrap();
    wd.add_module("beta", &stack("bucket_name", "beta-replica"))
        .unwrap();
    let v = wd.init_and_validate().unwrap();
    assert!(!v.valid);
    assert_eq!(v.error_count, 1, "{v}");
    assert_eq!(v.for_module("alpha").count(), 0, "{v}");
    let d = v
        .for_module("beta")
        .next()
        .expect("error attributed to beta");
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(d.filename(), Some("modules/beta/main.tf.json"));
    let text = v.to_string();
    assert!(
        text.contains("error: modules/beta/main.tf.json:")
            && text.contains(r#"No argument or block type is named "bucket_name"."#),
        "{text}"
    );
}

#[test]
fn c_validate_stacks_convenience() {
    let Some(tf) = Terraform::require_or_skip() else {
        return;
    };
    let (a, b) = (stack("bucket", "a"), stack("bucket_name", "b"));
    let v = tf.validate_stacks([("one", &a), ("two", &b)]).unwrap();
    assert_eq!(v.for_module("one").count(), 0, "{v}");
    assert_eq!(v.for_module("two").count(), 1, "{v}");
}

#[test]
fn c_module_inputs_are_passed() {
    let Some(tf) = Terraform::require_or_skip() else {
        return;
    };
    let mut wd = tf.workdir().unwrap();
    let with_var = json!({
        "variable": {"suffix": {"type": "string"}},
        "output": {"name": {"value": "bucket-${var.suffix}"}}
    });
    // Without the input terraform reports the missing argument at module.<name>.
    wd.add_module("needs_input", &with_var).unwrap();
    let v = wd.init_and_validate().unwrap();
    assert!(!v.valid);
    assert_eq!(v.for_module("needs_input").count(), 1, "{v}");

    let mut wd = tf.workdir().unwrap();
    let mut inputs = serde_json::Map::new();
    inputs.insert("suffix".into(), json!("x"));
    wd.add_module_with_inputs("needs_input", &with_var, inputs)
        .unwrap();
    wd.assert_valid();
}

#[test]
fn batching_refuses_to_mix_with_a_user_root_file() {
    let Some(tf) = Terraform::require_or_skip() else {
        return;
    };
    let mut wd = tf.workdir().unwrap();
    wd.add_module("alpha", &json!({})).unwrap();
    assert!(wd.write_stack(&json!({})).is_err());
    assert!(wd.add_module("alpha", &json!({})).is_err());
    assert!(wd.add_module("not/valid", &json!({})).is_err());
    // Other root files are fine.
    wd.write_json("extra.tf.json", &json!({"locals": {"x": 1}}))
        .unwrap();
}

#[test]
fn broken_json_is_reported_as_an_invalid_validation() {
    let Some(tf) = Terraform::require_or_skip() else {
        return;
    };
    let mut wd = tf.workdir().unwrap();
    // `init` itself fails on this; init_and_validate still returns terraform's
    // structured diagnostics.
    wd.write_file(
        "main.tf.json",
        "{\"resource\": {\"aws_s3_bucket\": {\"b\": {\"bucket\": \"x\",}}}}\n",
    )
    .unwrap();
    let v = wd.init_and_validate().unwrap();
    assert!(!v.valid);
    let text = v.to_string();
    assert!(text.contains("error: main.tf.json:1:"), "{text}");
    assert!(text.contains("Trailing comma in object"), "{text}");
}

#[test]
fn discovery_walk_from_root_finds_the_machine_mirror() {
    let Some(tf) = Terraform::require_or_skip() else {
        return;
    };
    let t = std::time::Instant::now();
    let found = tfdr_testing::terraform::search_for_mirror(std::path::Path::new("/"))
        .expect("the walk of / finds the mirror that discovery found");
    let elapsed = t.elapsed();
    assert!(tfdr_testing::terraform::is_provider_mirror(&found));
    eprintln!(
        "walk of / found {} in {elapsed:?} (discover() uses {})",
        found.display(),
        tf.mirror().display()
    );
}
