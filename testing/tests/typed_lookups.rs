//! Lookups and assertions keyed by the generated binding type
//! (`resources_of::<S3Bucket>()`, `assert_has::<data::CallerIdentity>`, …):
//! they agree with the string-keyed ones, take the kind from the binding, and
//! fail when keyed by the wrong type.

use std::panic::{catch_unwind, AssertUnwindSafe};

use serde_json::json;
use tfdr_dsl::aws::{data, ephemeral, S3Bucket, S3BucketPolicy, S3BucketVersioning, SqsQueue};
use tfdr_dsl::aws::{s3_bucket_versioning, SecretsmanagerSecretVersion};
use tfdr_dsl::{ElementKind, Region, Stack, Untyped};
use tfdr_testing::{synth, Synthesized};

/// Two buckets (one typed, one untyped: lookups do not care how an element
/// was built), versioning on the primary one, a caller-identity data source
/// and an ephemeral secret version.
fn demo() -> Synthesized {
    let stack = Stack::new("typed");
    let pair = stack.region_pair(Region::UsEast1, Region::UsEast2).unwrap();
    let primary = pair
        .primary
        .add("primary-bucket", S3Bucket::new().bucket("typed-primary"));
    pair.dr.add(
        "dr-bucket",
        Untyped::resource("aws_s3_bucket").attr("bucket", "typed-dr"),
    );
    pair.primary.add(
        "versioning",
        S3BucketVersioning::new(
            primary.id(),
            s3_bucket_versioning::VersioningConfiguration::new(
                tfdr_dsl::aws::enums::VersioningStatus::Enabled,
            ),
        ),
    );
    pair.primary.add("me", data::CallerIdentity::new());
    pair.dr
        .add("secret", ephemeral::SecretsmanagerSecretVersion::new("s"));
    synth(&stack)
}

/// Runs `f`, which must panic, and returns the panic message.
fn panic_message(f: impl FnOnce()) -> String {
    let err = catch_unwind(AssertUnwindSafe(f)).expect_err("expected the assertion to fail");
    match (err.downcast_ref::<String>(), err.downcast_ref::<&str>()) {
        (Some(s), _) => s.clone(),
        (None, Some(s)) => s.to_string(),
        _ => panic!("panic payload is not a string"),
    }
}

#[test]
fn typed_lookups_agree_with_string_lookups() {
    let s = demo();
    let buckets = s.resources_of::<S3Bucket>();
    assert_eq!(buckets.len(), 2);
    assert_eq!(buckets, s.resources("aws_s3_bucket"));
    assert!(buckets.iter().all(|f| f.kind == ElementKind::Resource));

    let me = s.resources_of::<data::CallerIdentity>();
    assert_eq!(me, s.data_sources("aws_caller_identity"));
    assert_eq!(me.len(), 1);
    assert_eq!(me[0].address, "data.aws_caller_identity.me");

    let secret = s.resources_of::<ephemeral::SecretsmanagerSecretVersion>();
    assert_eq!(secret, s.ephemerals("aws_secretsmanager_secret_version"));
    assert_eq!(
        secret[0].address,
        "ephemeral.aws_secretsmanager_secret_version.secret"
    );

    let dr = s.resources_of_with::<S3Bucket>(&json!({"provider": "aws.dr"}));
    assert_eq!(dr.len(), 1);
    assert_eq!(dr[0].body["bucket"], "typed-dr");
    assert_eq!(
        dr,
        s.resources_with("aws_s3_bucket", &json!({"provider": "aws.dr"}))
    );
    assert!(s.resources_of::<SqsQueue>().is_empty());
}

#[test]
fn the_kind_comes_from_the_binding_not_the_type_name() {
    let s = demo();
    // Same Terraform type, different kinds: the resource binding finds nothing.
    assert!(s.resources_of::<SecretsmanagerSecretVersion>().is_empty());
    assert_eq!(
        s.resources_of::<ephemeral::SecretsmanagerSecretVersion>()
            .len(),
        1
    );
    s.assert_none::<SecretsmanagerSecretVersion>();
    s.assert_has::<ephemeral::SecretsmanagerSecretVersion>(&json!({"secret_id": "s"}));

    let msg = panic_message(|| {
        s.assert_has::<SecretsmanagerSecretVersion>(&json!({}));
    });
    assert!(
        msg.starts_with(
            "expected stack `typed` to have a resource of type `aws_secretsmanager_secret_version`\nbut it has no `aws_secretsmanager_secret_version` resource."
        ),
        "{msg}"
    );
    assert!(
        msg.contains(
            "exists as a ephemeral resource: ephemeral.aws_secretsmanager_secret_version.secret"
        ),
        "{msg}"
    );
}

#[test]
fn assert_has_passes_on_a_match_and_fails_keyed_by_the_wrong_type() {
    let s = demo();
    assert_eq!(s.assert_has::<S3Bucket>(&json!({})).len(), 2);
    let hit =
        s.assert_has::<S3Bucket>(&json!({"bucket": "typed-primary", "provider": "aws.primary"}));
    assert_eq!(hit.len(), 1);
    assert_eq!(hit[0].path.as_deref(), Some("typed/primary-bucket"));
    s.assert_has::<data::CallerIdentity>(&json!({"provider": "aws.primary"}));

    // Right properties, wrong type.
    let msg = panic_message(|| {
        s.assert_has::<S3BucketPolicy>(&json!({"bucket": "typed-primary"}));
    });
    assert!(
        msg.contains("to have a resource of type `aws_s3_bucket_policy` matching"),
        "{msg}"
    );
    assert!(
        msg.contains("resource types present: aws_s3_bucket (2), aws_s3_bucket_versioning (1)"),
        "{msg}"
    );
    // Right type, properties of another element: the candidates say what differs.
    let msg = panic_message(|| {
        s.assert_has::<data::CallerIdentity>(&json!({"provider": "aws.dr"}));
    });
    assert!(
        msg.contains("to have a data source of type `aws_caller_identity` matching"),
        "{msg}"
    );
    assert!(
        msg.contains(r#"at `provider`: expected "aws.dr", found "aws.primary""#),
        "{msg}"
    );
}

#[test]
fn assert_count_counts_the_bindings_kind() {
    let s = demo();
    assert_eq!(s.assert_count::<S3Bucket>(2).len(), 2);
    s.assert_count::<S3BucketVersioning>(1);
    s.assert_count::<data::CallerIdentity>(1);
    s.assert_count::<SqsQueue>(0);
    s.assert_count::<SecretsmanagerSecretVersion>(0);

    let msg = panic_message(|| {
        s.assert_count::<S3Bucket>(3);
    });
    assert!(
        msg.starts_with(
            "expected stack `typed` to have 3 resources of type `aws_s3_bucket`, but it has 2:"
        ),
        "{msg}"
    );
    let msg = panic_message(|| {
        s.assert_count::<data::CallerIdentity>(2);
    });
    assert!(
        msg.starts_with(
            "expected stack `typed` to have 2 data sources of type `aws_caller_identity`, but it has 1:"
        ),
        "{msg}"
    );
    assert!(
        msg.contains("data.aws_caller_identity.me (typed/me)"),
        "{msg}"
    );
}

#[test]
fn assert_none_passes_when_absent_and_lists_what_is_there() {
    let s = demo();
    s.assert_none::<SqsQueue>();
    s.assert_none::<S3BucketPolicy>();

    let msg = panic_message(|| s.assert_none::<S3BucketVersioning>());
    assert!(
        msg.starts_with(
            "expected stack `typed` to have no resource of type `aws_s3_bucket_versioning`, but it has 1:"
        ),
        "{msg}"
    );
    assert!(msg.contains(r#""status": "Enabled""#), "{msg}");
    let msg = panic_message(|| s.assert_none::<data::CallerIdentity>());
    assert!(
        msg.starts_with(
            "expected stack `typed` to have no data source of type `aws_caller_identity`, but it has 1:"
        ),
        "{msg}"
    );
}

#[test]
#[should_panic(expected = "to have a resource of type `aws_sqs_queue`")]
fn should_panic_style_works_with_typed_assertions() {
    demo().assert_has::<SqsQueue>(&json!({}));
}

/// The string-keyed forms (for types without a binding) give the same results
/// and the same failure messages as the typed forms.
#[test]
fn string_keyed_forms_agree_with_typed_forms() {
    let s = demo();
    let p = json!({"provider": "aws.primary"});
    assert_eq!(s.resources("aws_s3_bucket"), s.resources_of::<S3Bucket>());
    assert_eq!(
        s.resources_with("aws_s3_bucket", &p),
        s.resources_of_with::<S3Bucket>(&p)
    );
    assert_eq!(
        s.data_sources_with("aws_caller_identity", &p),
        s.resources_of_with::<data::CallerIdentity>(&p)
    );
    let d = json!({"provider": "aws.dr"});
    assert_eq!(
        s.ephemerals_with("aws_secretsmanager_secret_version", &d),
        s.resources_of_with::<ephemeral::SecretsmanagerSecretVersion>(&d)
    );
    assert_eq!(
        s.assert_has_resource("aws_s3_bucket"),
        s.assert_has::<S3Bucket>(&json!({}))
    );
    assert_eq!(
        s.assert_has_resource_with("aws_s3_bucket", &p),
        s.assert_has::<S3Bucket>(&p)
    );
    assert_eq!(
        s.assert_has_data_source("aws_caller_identity"),
        s.assert_has::<data::CallerIdentity>(&json!({}))
    );
    assert_eq!(
        s.assert_has_data_source_with("aws_caller_identity", &p),
        s.assert_has::<data::CallerIdentity>(&p)
    );
    assert_eq!(
        s.assert_has_ephemeral_with("aws_secretsmanager_secret_version", &d),
        s.assert_has::<ephemeral::SecretsmanagerSecretVersion>(&d)
    );
    assert_eq!(
        s.assert_resource_count("aws_s3_bucket", 2),
        s.assert_count::<S3Bucket>(2)
    );
    s.assert_no_resource("aws_sqs_queue");

    let wrong = json!({"bucket": "nope"});
    assert_eq!(
        panic_message(|| {
            s.assert_has_resource_with("aws_s3_bucket", &wrong);
        }),
        panic_message(|| {
            s.assert_has::<S3Bucket>(&wrong);
        })
    );
    assert_eq!(
        panic_message(|| {
            s.assert_resource_count("aws_s3_bucket", 1);
        }),
        panic_message(|| {
            s.assert_count::<S3Bucket>(1);
        })
    );
    assert_eq!(
        panic_message(|| s.assert_no_resource("aws_s3_bucket_versioning")),
        panic_message(|| s.assert_none::<S3BucketVersioning>())
    );
}
