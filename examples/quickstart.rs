//! Quickstart: a versioned, KMS-encrypted S3 bucket in each of two aliased regions, with
//! the DR policy tags on everything through provider `default_tags`. Only typed bindings:
//! every argument name and type below is checked by `cargo build` against the schema.
//!
//! ```text
//! cargo run --example quickstart > main.tf.json
//! terraform init && terraform plan
//! ```

use std::collections::BTreeMap;
use std::process::ExitCode;

use tfdr::aws::{
    s3_bucket_server_side_encryption_configuration as sse, s3_bucket_versioning as versioning,
    KmsKey, S3Bucket, S3BucketPublicAccessBlock, S3BucketServerSideEncryptionConfiguration,
    S3BucketVersioning, SseAlgorithm, VersioningStatus,
};
use tfdr::prelude::*;

/// Builds the quickstart stack (public so the golden and validate tests can call it).
pub fn build(_: &Invocation) -> Result<Stack, Error> {
    let stack = Stack::new("quickstart");
    let tags: BTreeMap<String, String> = [
        ("Environment", "DR"),
        ("CostCenter", "Operations"),
        ("Criticality", "High"),
        ("ManagedBy", "tfdr"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let regions = stack
        .region_pair(Region::UsEast1, Region::UsWest2)?
        .with_default_tags(&tags);

    for region in regions.both() {
        let scope = region.child(region.alias());
        let key = scope.add(
            "key",
            KmsKey::new()
                .description(format!("quickstart bucket key ({})", region.aws_region()))
                .enable_key_rotation(true)
                .deletion_window_in_days(7),
        );
        let bucket = scope.add(
            "bucket",
            S3Bucket::new()
                .bucket_prefix(format!("quickstart-{}-", region.alias()))
                .force_destroy(true),
        );
        scope.add(
            "versioning",
            S3BucketVersioning::new(
                bucket.id(),
                versioning::VersioningConfiguration::new(VersioningStatus::Enabled),
            ),
        );
        scope.add(
            "encryption",
            S3BucketServerSideEncryptionConfiguration::new(
                bucket.id(),
                sse::Rule::new()
                    .bucket_key_enabled(true)
                    .apply_server_side_encryption_by_default(
                        sse::RuleApplyServerSideEncryptionByDefault::new(SseAlgorithm::AwsKms)
                            .kms_master_key_id(key.arn()),
                    ),
            ),
        );
        scope.add(
            "public-access",
            S3BucketPublicAccessBlock::new(bucket.id())
                .block_public_acls(true)
                .block_public_policy(true)
                .ignore_public_acls(true)
                .restrict_public_buckets(true),
        );
        stack.root().output_with(
            &format!("{}_bucket", region.alias()),
            Output::new(bucket.bucket()).description(&format!("bucket in {}", region.aws_region())),
        );
    }
    Ok(stack)
}

fn main() -> ExitCode {
    App::new().run(build)
}
