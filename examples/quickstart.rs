//! Quickstart: a versioned, KMS-encrypted S3 bucket in each of two aliased regions, with
//! the DR policy tags on everything through provider `default_tags`.
//!
//! ```text
//! cargo run --example quickstart > main.tf.json
//! terraform init && terraform plan
//! ```

use std::collections::BTreeMap;
use std::process::ExitCode;

use tfdr::prelude::*;

/// Builds the quickstart stack (public so the golden test can call it).
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
            Untyped::resource("aws_kms_key")
                .attr(
                    "description",
                    format!("quickstart bucket key ({})", region.aws_region()),
                )
                .attr("enable_key_rotation", true)
                .attr("deletion_window_in_days", 7),
        );
        let bucket = scope.add(
            "bucket",
            Untyped::resource("aws_s3_bucket")
                .attr("bucket_prefix", format!("quickstart-{}-", region.alias()))
                .attr("force_destroy", true),
        );
        scope.add(
            "versioning",
            Untyped::resource("aws_s3_bucket_versioning")
                .attr("bucket", bucket.attr::<String>("id"))
                .block(
                    "versioning_configuration",
                    Body::new().attr("status", "Enabled"),
                ),
        );
        scope.add(
            "encryption",
            Untyped::resource("aws_s3_bucket_server_side_encryption_configuration")
                .attr("bucket", bucket.attr::<String>("id"))
                .blocks(
                    "rule",
                    Body::new().attr("bucket_key_enabled", true).block(
                        "apply_server_side_encryption_by_default",
                        Body::new()
                            .attr("sse_algorithm", "aws:kms")
                            .attr("kms_master_key_id", key.attr::<String>("arn")),
                    ),
                ),
        );
        scope.add(
            "public-access",
            Untyped::resource("aws_s3_bucket_public_access_block")
                .attr("bucket", bucket.attr::<String>("id"))
                .attr("block_public_acls", true)
                .attr("block_public_policy", true)
                .attr("ignore_public_acls", true)
                .attr("restrict_public_buckets", true),
        );
        stack.root().output_with(
            &format!("{}_bucket", region.alias()),
            Output::new(bucket.attr::<String>("bucket"))
                .description(&format!("bucket in {}", region.aws_region())),
        );
    }
    Ok(stack)
}

fn main() -> ExitCode {
    App::new().run(build)
}
