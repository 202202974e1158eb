//! Synthesis-time guards: the cross-region reference check and registered validations.

use tfdr_codegen::Synthesizer;
use tfdr_dsl::aws::enums::SseAlgorithm;
use tfdr_dsl::aws::s3_bucket_server_side_encryption_configuration as sse;
use tfdr_dsl::aws::{KmsKey, S3Bucket, S3BucketServerSideEncryptionConfiguration};
use tfdr_dsl::{Body, Error, Region, Stack, Untyped};

fn errors(stack: &Stack) -> String {
    Synthesizer::new()
        .synthesize(stack)
        .expect_err("synth should fail")
        .to_string()
}

/// A primary bucket encrypted with a key; `dr_key` says which region's key.
fn bucket_with_key(dr_key: bool, marked: bool) -> Stack {
    let stack = Stack::new("guard");
    let pair = stack.region_pair(Region::UsEast1, Region::UsEast2).unwrap();
    let key_region = if dr_key { &pair.dr } else { &pair.primary };
    let key = key_region.add("key", KmsKey::new().deletion_window_in_days(7));
    let bucket = pair.primary.add("bucket", S3Bucket::new());
    let arn = if marked {
        key.arn().cross_region()
    } else {
        key.arn()
    };
    pair.primary.add(
        "sse",
        S3BucketServerSideEncryptionConfiguration::new(
            bucket.id(),
            sse::Rule::new().apply_server_side_encryption_by_default(
                sse::RuleApplyServerSideEncryptionByDefault::new(SseAlgorithm::AwsKms)
                    .kms_master_key_id(arn),
            ),
        ),
    );
    stack
}

#[test]
fn dr_key_on_a_primary_bucket_fails_naming_both_addresses_and_regions() {
    let e = errors(&bucket_with_key(true, false));
    assert!(e.contains("guard/sse"), "{e}");
    assert!(
        e.contains(
            "`aws_s3_bucket_server_side_encryption_configuration.sse` (aws.primary, us-east-1)"
        ),
        "{e}"
    );
    assert!(
        e.contains("`aws_kms_key.key.arn` from another region (aws.dr, us-east-2)"),
        "{e}"
    );
    assert!(e.contains(".cross_region()"), "{e}");
}

#[test]
fn same_region_and_marked_references_pass() {
    Synthesizer::new()
        .synthesize(&bucket_with_key(false, false))
        .unwrap();
    Synthesizer::new()
        .synthesize(&bucket_with_key(true, true))
        .unwrap();
}

#[test]
fn references_in_count_and_nested_blocks_are_checked() {
    let stack = Stack::new("guard");
    let pair = stack.region_pair(Region::UsEast1, Region::UsEast2).unwrap();
    let dr = pair.dr.add("n", Untyped::resource("aws_sns_topic"));
    pair.primary.add(
        "nested",
        Untyped::resource("aws_sns_topic")
            .block("b", Body::new().attr("x", dr.attr::<String>("arn"))),
    );
    let counted = pair
        .primary
        .add("counted", Untyped::resource("aws_sns_topic"));
    counted.count(dr.attr::<tfdr_dsl::Number>("n"));
    let e = errors(&stack);
    assert!(e.contains("guard/nested"), "{e}");
    assert!(e.contains("guard/counted"), "{e}");
}

#[test]
fn registered_validations_run_at_synth_and_replace_by_name() {
    let stack = Stack::new("v");
    let pair = stack.region_pair(Region::UsEast1, Region::UsEast2).unwrap();
    pair.primary.add("t", Untyped::resource("aws_sns_topic"));
    stack.add_validation("count", |m| {
        vec![Error::new(
            "v",
            format!("{} nodes, first policy", m.nodes.len()),
        )]
    });
    stack.add_validation("count", |m| {
        vec![Error::new(
            "v",
            format!("{} nodes, second policy", m.nodes.len()),
        )]
    });
    let e = errors(&stack);
    assert!(e.contains("1 nodes, second policy"), "{e}");
    assert!(!e.contains("first policy"), "{e}");
}
