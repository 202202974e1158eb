//! The public testing API: `synth`, lookups, CDKTF-style assertions (each shown
//! passing on a match and failing readably on a mismatch; keyed by the
//! generated binding where one exists, by type name otherwise — see
//! `typed_lookups.rs` for how the two forms agree), and
//! `assert_valid_terraform` against the real terraform (skipped loudly when
//! terraform is missing; fails under CI=true).

use std::panic::{catch_unwind, AssertUnwindSafe};

use serde_json::json;
use tfdr_codegen::synth::{make_unique_id, Synthesizer};
use tfdr_dsl::aws::{data, ephemeral, S3Bucket, S3BucketVersioning, SqsQueue};
use tfdr_dsl::{Body, ElementKind, Region, Stack, Untyped};
use tfdr_testing::terraform::Terraform;
use tfdr_testing::{synth, try_synth, Synthesized};

/// A small two-region stack: a bucket per region (paths `primary/bucket`,
/// `dr/bucket`), versioning on the primary one, a data source and an output.
fn demo() -> Stack {
    let stack = Stack::new("demo");
    let pair = stack
        .region_pair(Region::UsEast1, Region::UsEast2)
        .expect("regions");
    let primary = pair.primary.child("primary").add(
        "bucket",
        Untyped::resource("aws_s3_bucket")
            .attr("bucket", "demo-primary")
            .attr("force_destroy", true),
    );
    pair.dr.child("dr").add(
        "bucket",
        Untyped::resource("aws_s3_bucket").attr("bucket", "demo-dr"),
    );
    pair.primary.child("primary").add(
        "versioning",
        Untyped::resource("aws_s3_bucket_versioning")
            .attr("bucket", primary.attr::<String>("id"))
            .block(
                "versioning_configuration",
                Body::new().attr("status", "Enabled"),
            ),
    );
    pair.primary.add("me", Untyped::data("aws_caller_identity"));
    stack
        .root()
        .output("bucket_arn", primary.attr::<String>("arn"));
    stack
}

fn id(path: &[&str]) -> String {
    make_unique_id(path).expect("id")
}

/// Runs `f`, which must panic, and returns the panic message.
fn panic_message(f: impl FnOnce()) -> String {
    let err = catch_unwind(AssertUnwindSafe(f)).expect_err("expected the assertion to fail");
    if let Some(s) = err.downcast_ref::<String>() {
        s.clone()
    } else if let Some(s) = err.downcast_ref::<&str>() {
        s.to_string()
    } else {
        panic!("panic payload is not a string")
    }
}

#[test]
fn lookups_give_address_logical_id_path_and_body_without_metadata() {
    let s = synth(&demo());
    assert_eq!(s.stack_name(), Some("demo"));
    let buckets = s.resources_of::<S3Bucket>();
    assert_eq!(buckets.len(), 2);
    let primary_id = id(&["primary", "bucket"]);
    let p = buckets
        .iter()
        .find(|f| f.logical_id == primary_id)
        .expect("primary bucket");
    assert_eq!(p.kind, ElementKind::Resource);
    assert_eq!(p.type_name, "aws_s3_bucket");
    assert_eq!(p.address, format!("aws_s3_bucket.{primary_id}"));
    assert_eq!(p.path.as_deref(), Some("demo/primary/bucket"));
    assert_eq!(
        p.body,
        json!({"bucket": "demo-primary", "force_destroy": true, "provider": "aws.primary"})
    );
    assert_eq!(
        p.to_string(),
        format!("{} (demo/primary/bucket)", p.address)
    );
    // Sorted by address.
    assert!(buckets.windows(2).all(|w| w[0].address < w[1].address));

    let me = s.resources_of::<data::CallerIdentity>();
    assert_eq!(me.len(), 1);
    assert_eq!(me[0].address, "data.aws_caller_identity.me");
    assert_eq!(me[0].body, json!({"provider": "aws.primary"}));

    assert!(s.resources_of::<SqsQueue>().is_empty());
    assert!(s.data_sources("aws_s3_bucket").is_empty());
    assert_eq!(
        s.types(ElementKind::Resource),
        [
            ("aws_s3_bucket".to_string(), 2),
            ("aws_s3_bucket_versioning".to_string(), 1)
        ]
    );
    assert_eq!(s.providers("aws").len(), 2);
}

#[test]
fn ephemeral_resources_are_found_with_their_address() {
    let stack = Stack::new("eph");
    let pair = stack.region_pair(Region::UsEast1, Region::UsEast2).unwrap();
    pair.dr.add(
        "secret",
        Untyped::ephemeral("aws_secretsmanager_secret_version").attr("secret_id", "s"),
    );
    let s = synth(&stack);
    let e = s.resources_of::<ephemeral::SecretsmanagerSecretVersion>();
    assert_eq!(e.len(), 1);
    assert_eq!(
        e[0].address,
        "ephemeral.aws_secretsmanager_secret_version.secret"
    );
    assert_eq!(e[0].path.as_deref(), Some("eph/secret"));
    assert_eq!(
        s.resources_of_with::<ephemeral::SecretsmanagerSecretVersion>(&json!({"secret_id": "s"}))
            .len(),
        1
    );
    s.assert_has::<ephemeral::SecretsmanagerSecretVersion>(&json!({"provider": "aws.dr"}));
    let msg = panic_message(|| {
        s.assert_has::<ephemeral::SecretsmanagerSecretVersion>(&json!({"secret_id": "t"}));
    });
    assert!(
        msg.contains(r#"at `secret_id`: expected "t", found "s""#),
        "{msg}"
    );
}

#[test]
fn resources_with_matches_subsets_including_nested_blocks_and_references() {
    let s = synth(&demo());
    let primary_addr = format!("aws_s3_bucket.{}", id(&["primary", "bucket"]));
    let hits = s.resources_of_with::<S3Bucket>(&json!({"bucket": "demo-primary"}));
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].address, primary_addr);
    // Both buckets match an empty or shared subset.
    assert_eq!(s.resources_of_with::<S3Bucket>(&json!({})).len(), 2);
    assert_eq!(
        s.resources_of_with::<S3Bucket>(&json!({"provider": "aws.dr"}))
            .len(),
        1
    );
    // Nested block + reference rendered as an address.
    let v = s.resources_of_with::<S3BucketVersioning>(&json!({
        "bucket": format!("${{{primary_addr}.id}}"),
        "versioning_configuration": {"status": "Enabled"}
    }));
    assert_eq!(v.len(), 1);
    // Mismatches find nothing.
    assert!(s
        .resources_of_with::<S3Bucket>(&json!({"bucket": "nope"}))
        .is_empty());
    assert!(s
        .resources_of_with::<S3BucketVersioning>(
            &json!({"versioning_configuration": {"status": "Suspended"}})
        )
        .is_empty());
    // The same matching via the generic lookup.
    assert_eq!(
        s.elements_with(
            ElementKind::Data,
            "aws_caller_identity",
            &json!({"provider": "aws.primary"})
        )
        .len(),
        1
    );
}

#[test]
fn assert_has_resource_passes_and_fails_listing_types_present() {
    let s = synth(&demo());
    assert_eq!(s.assert_has::<S3Bucket>(&json!({})).len(), 2);
    s.assert_has::<S3BucketVersioning>(&json!({}));

    let msg = panic_message(|| {
        s.assert_has_resource("aws_s3_buckets");
    });
    assert!(
        msg.starts_with(
            "expected stack `demo` to have a resource of type `aws_s3_buckets`\nbut it has no `aws_s3_buckets` resource."
        ),
        "{msg}"
    );
    assert!(
        msg.contains("resource types present: aws_s3_bucket (2), aws_s3_bucket_versioning (1)"),
        "{msg}"
    );
    assert!(
        msg.contains("data source types present: aws_caller_identity (1)"),
        "{msg}"
    );
    assert!(msg.contains("did you mean: aws_s3_bucket?"), "{msg}");

    // A type present only as a data source is pointed out.
    let msg = panic_message(|| {
        s.assert_has_resource("aws_caller_identity");
    });
    assert!(
        msg.contains(
            "note: `aws_caller_identity` exists as a data source: data.aws_caller_identity.me"
        ),
        "{msg}"
    );
}

#[test]
fn assert_has_resource_with_passes_and_fails_with_closest_candidates() {
    let s = synth(&demo());
    let found = s.assert_has::<S3Bucket>(&json!({"bucket": "demo-dr", "provider": "aws.dr"}));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].path.as_deref(), Some("demo/dr/bucket"));

    let msg = panic_message(|| {
        s.assert_has::<S3Bucket>(&json!({"bucket": "demo-primary", "force_destroy": false}));
    });
    // Names the stack, the type and what was expected …
    assert!(
        msg.starts_with("expected stack `demo` to have a resource of type `aws_s3_bucket` matching\n  {\n    \"bucket\": \"demo-primary\",\n    \"force_destroy\": false\n  }\n"),
        "{msg}"
    );
    assert!(
        msg.contains("but none of its 2 resources of type `aws_s3_bucket` matches."),
        "{msg}"
    );
    // … and lists the candidates, closest (fewest mismatches) first, with
    // what differs and their pretty-printed bodies.
    let primary = format!(
        "aws_s3_bucket.{} (demo/primary/bucket) — 1 mismatch:\n    at `force_destroy`: expected false, found true",
        id(&["primary", "bucket"])
    );
    let dr = format!(
        "aws_s3_bucket.{} (demo/dr/bucket) — 2 mismatches:",
        id(&["dr", "bucket"])
    );
    let (pi, di) = (
        msg.find(&primary)
            .unwrap_or_else(|| panic!("{primary:?} in:\n{msg}")),
        msg.find(&dr).unwrap_or_else(|| panic!("{dr:?} in:\n{msg}")),
    );
    assert!(pi < di, "closest first:\n{msg}");
    assert!(
        msg.contains(r#"at `force_destroy`: expected false, but the key is absent"#),
        "{msg}"
    );
    assert!(
        msg.contains("    body:\n      {\n        \"bucket\": \"demo-dr\",\n        \"provider\": \"aws.dr\"\n      }"),
        "{msg}"
    );
    // Metadata is not part of the bodies shown.
    assert!(!msg.contains("uniqueId"), "{msg}");

    // A missing type falls back to the inventory.
    let msg = panic_message(|| {
        s.assert_has::<SqsQueue>(&json!({"name": "q"}));
    });
    assert!(
        msg.contains("but it has no `aws_sqs_queue` resource."),
        "{msg}"
    );
    assert!(
        msg.contains("resource types present: aws_s3_bucket (2)"),
        "{msg}"
    );
}

#[test]
fn assert_has_data_source_with_passes_and_fails() {
    let s = synth(&demo());
    s.assert_has::<data::CallerIdentity>(&json!({}));
    s.assert_has::<data::CallerIdentity>(&json!({"provider": "aws.primary"}));

    let msg = panic_message(|| {
        s.assert_has::<data::CallerIdentity>(&json!({"provider": "aws.dr"}));
    });
    assert!(
        msg.contains("to have a data source of type `aws_caller_identity` matching"),
        "{msg}"
    );
    assert!(
        msg.contains("data.aws_caller_identity.me (demo/me) — 1 mismatch:\n    at `provider`: expected \"aws.dr\", found \"aws.primary\""),
        "{msg}"
    );

    // Asking for a resource type among data sources.
    let msg = panic_message(|| {
        s.assert_has_data_source("aws_s3_bucket");
    });
    assert!(
        msg.contains("but it has no `aws_s3_bucket` data source."),
        "{msg}"
    );
    assert!(
        msg.contains("note: `aws_s3_bucket` exists as a resource: aws_s3_bucket."),
        "{msg}"
    );
}

#[test]
fn assert_no_resource_passes_and_fails_listing_what_is_there() {
    let s = synth(&demo());
    s.assert_none::<SqsQueue>();
    // A data source of the type is not a resource.
    s.assert_no_resource("aws_caller_identity");

    let msg = panic_message(|| s.assert_none::<S3BucketVersioning>());
    assert!(
        msg.starts_with(
            "expected stack `demo` to have no resource of type `aws_s3_bucket_versioning`, but it has 1:"
        ),
        "{msg}"
    );
    assert!(msg.contains("(demo/primary/versioning):"), "{msg}");
    assert!(msg.contains(r#""status": "Enabled""#), "{msg}");
}

#[test]
fn assert_resource_count_passes_and_fails_listing_addresses() {
    let s = synth(&demo());
    assert_eq!(s.assert_count::<S3Bucket>(2).len(), 2);
    s.assert_count::<SqsQueue>(0);

    let msg = panic_message(|| {
        s.assert_count::<S3Bucket>(3);
    });
    assert!(
        msg.starts_with(
            "expected stack `demo` to have 3 resources of type `aws_s3_bucket`, but it has 2:"
        ),
        "{msg}"
    );
    assert!(msg.contains("(demo/dr/bucket)"), "{msg}");
    assert!(msg.contains("(demo/primary/bucket)"), "{msg}");

    let msg = panic_message(|| {
        s.assert_count::<SqsQueue>(1);
    });
    assert!(
        msg.contains("to have 1 resource of type `aws_sqs_queue`, but it has 0."),
        "{msg}"
    );
    assert!(
        msg.contains("resource types present: aws_s3_bucket (2)"),
        "{msg}"
    );
}

#[test]
#[should_panic(
    expected = "expected stack `demo` to have a resource of type `aws_s3_bucket` matching"
)]
fn should_panic_style_works_too() {
    synth(&demo()).assert_has::<S3Bucket>(&json!({"bucket": "other"}));
}

#[test]
fn outputs_json_and_canonical_text() {
    let stack = demo();
    let s = synth(&stack);
    let addr = format!("aws_s3_bucket.{}", id(&["primary", "bucket"]));
    assert_eq!(
        s.output("bucket_arn"),
        Some(&json!({"value": format!("${{{addr}.arn}}")}))
    );
    assert_eq!(
        s.output_value("bucket_arn"),
        Some(&json!(format!("${{{addr}.arn}}")))
    );
    assert_eq!(s.output("nope"), None);

    let doc = Synthesizer::new().synthesize(&stack).unwrap();
    assert_eq!(s.json(), &doc);
    assert_eq!(
        s.to_string(),
        Synthesizer::new().synthesize_to_string(&stack).unwrap()
    );
    assert!(s.to_string().ends_with("}\n"));
    // The same lookups work on any Terraform JSON document.
    let again = Synthesized::from_json(s.clone().into_json());
    assert_eq!(again, s);
}

#[test]
fn synth_failures_are_readable() {
    let stack = Stack::new("broken");
    // Added at the root: no provider, which synth rejects.
    stack
        .root()
        .add("orphan", Untyped::resource("aws_s3_bucket"));
    let errors = try_synth(&stack).expect_err("no provider");
    assert_eq!(errors.0.len(), 1);

    let msg = panic_message(|| {
        synth(&stack);
    });
    assert!(
        msg.starts_with(
            "stack `broken` failed to synthesize (1 error):\nerror: resource.aws_s3_bucket.orphan"
        ),
        "{msg}"
    );
    assert!(msg.contains("has no provider"), "{msg}");
}

#[test]
fn terraform_valid_stack_passes_assert_valid_terraform() {
    let s = synth(&demo());
    // None only when skipped (terraform missing, not CI).
    if let Some(v) = s.assert_valid_terraform() {
        assert!(v.valid);
        assert_eq!(v.error_count, 0, "{v}");
    }
}

#[test]
fn terraform_invalid_stack_fails_with_terraforms_diagnostic() {
    // Decide up front so a skip does not look like a missing panic.
    let Some(tf) = Terraform::require_or_skip() else {
        return;
    };
    let stack = Stack::new("bad");
    let pair = stack.region_pair(Region::UsEast1, Region::UsEast2).unwrap();
    pair.dr.add(
        "bucket",
        Untyped::resource("aws_s3_bucket").attr("bucket_name", "x"),
    );
    let s = synth(&stack);

    let v = s.validate_with(&tf).expect("terraform ran");
    assert!(!v.valid, "{v}");

    let msg = panic_message(|| {
        s.assert_valid_terraform();
    });
    assert!(
        msg.starts_with(
            "stack `bad` is not valid Terraform:\nterraform validate: INVALID, 1 error"
        ),
        "{msg}"
    );
    assert!(
        msg.contains(
            r#"Extraneous JSON object property — No argument or block type is named "bucket_name"."#
        ),
        "{msg}"
    );
    assert!(msg.contains("error: main.tf.json:"), "{msg}");
    assert!(msg.contains("in resource.aws_s3_bucket.bucket"), "{msg}");
}
