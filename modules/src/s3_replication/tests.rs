//! Tests of the s3_replication component on its synthesized JSON.

use serde_json::json;
use tfdr_dsl::aws::{
    IamRole, IamRolePolicy, KmsKey, S3Bucket, S3BucketPolicy, S3BucketPublicAccessBlock,
    S3BucketReplicationConfiguration, S3BucketServerSideEncryptionConfiguration,
    S3BucketVersioning,
};
use tfdr_testing::{Found, Synthesized};

use super::*;
use crate::test_support::{at, depends_on, fixture, r, Fixture};

fn props<'a>(f: &'a Fixture, name: &str) -> ReplicatedBucketProps<'a> {
    ReplicatedBucketProps {
        name: name.into(),
        keys: &f.keys,
        access_logs: &f.access_logs,
        noncurrent_version_expiry: ExpiryDays::new(30).unwrap(),
    }
}

fn build() -> (Synthesized, ReplicatedBucket) {
    let f = fixture();
    let b = ReplicatedBucket::new(&f.root(), "audit", &props(&f, "audit"));
    f.stack
        .root()
        .output("role", b.replication_role_arn.clone());
    f.stack.root().output("dr_bucket", b.dr_bucket.clone());
    (tfdr_testing::synth(&f.stack), b)
}

#[test]
fn each_region_has_a_locked_down_encrypted_versioned_bucket() {
    let (s, _) = build();
    let audit = |f: &Found| f.path.as_deref().is_some_and(|p| p.contains("/audit/"));
    assert_eq!(
        s.resources_of::<S3Bucket>()
            .iter()
            .filter(|f| audit(f))
            .count(),
        2
    );
    for (region, token) in [("primary", "use1"), ("dr", "use2")] {
        let provider = format!("aws.{region}");
        let b = at(
            s.resources_of::<S3Bucket>(),
            &format!("audit/{region}/bucket"),
        );
        assert_eq!(b.body["bucket_prefix"], format!("audit-{token}-dev-"));
        assert_eq!(b.body["force_destroy"], true);
        assert_eq!(b.body["provider"], provider);
        let key = at(s.resources_of::<KmsKey>(), &format!("kms/{region}/key"));
        let v = at(
            s.resources_of::<S3BucketVersioning>(),
            &format!("audit/{region}/versioning"),
        );
        assert!(tfdr_testing::matches(
            &v.body,
            &json!({"provider": provider, "bucket": r(&b.address, "id"),
                    "versioning_configuration": {"status": "Enabled"}})
        ));
        let e = at(
            s.resources_of::<S3BucketServerSideEncryptionConfiguration>(),
            &format!("audit/{region}/encryption"),
        );
        assert!(
            tfdr_testing::matches(
                &e.body,
                &json!({"provider": provider, "bucket": r(&b.address, "id"), "rule": [{
                    "bucket_key_enabled": true,
                    "apply_server_side_encryption_by_default": {
                        "sse_algorithm": "aws:kms",
                        "kms_master_key_id": r(&key.address, "arn"),
                    }
                }]})
            ),
            "{:#}",
            e.body
        );
        let pab = at(
            s.resources_of::<S3BucketPublicAccessBlock>(),
            &format!("audit/{region}/public-access-block"),
        );
        assert!(tfdr_testing::matches(
            &pab.body,
            &json!({"provider": provider, "bucket": r(&b.address, "id"),
                    "block_public_acls": true, "block_public_policy": true,
                    "ignore_public_acls": true, "restrict_public_buckets": true})
        ));
        let doc = at(
            s.data_sources("aws_iam_policy_document"),
            &format!("audit/{region}/tls-only"),
        );
        assert!(
            tfdr_testing::matches(
                &doc.body,
                &json!({"provider": provider, "statement": [{
                    "effect": "Deny",
                    "actions": ["s3:*"],
                    "principals": [{"type": "AWS", "identifiers": ["*"]}],
                    "resources": [r(&b.address, "arn"), format!("${{{}.arn}}/*", b.address)],
                    "condition": [{"test": "Bool", "variable": "aws:SecureTransport", "values": ["false"]}],
                }]})
            ),
            "{:#}",
            doc.body
        );
        let p = at(
            s.resources_of::<S3BucketPolicy>(),
            &format!("audit/{region}/policy"),
        );
        assert_eq!(p.body["policy"], r(&doc.address, "json"));
        assert_eq!(depends_on(&p.body), vec![pab.address]);
    }
}

#[test]
fn replication_reencrypts_into_the_dr_key_with_rtc_and_delete_markers() {
    let (s, _) = build();
    let src = at(s.resources_of::<S3Bucket>(), "audit/primary/bucket");
    let dst = at(s.resources_of::<S3Bucket>(), "audit/dr/bucket");
    let dr_key = at(s.resources_of::<KmsKey>(), "kms/dr/key");
    let role = at(
        s.resources_of::<IamRole>(),
        "audit/primary/replication-role",
    );
    let rc = s
        .assert_count::<S3BucketReplicationConfiguration>(1)
        .remove(0);
    assert!(
        tfdr_testing::matches(
            &rc.body,
            &json!({
                "provider": "aws.primary",
                "bucket": r(&src.address, "id"),
                "role": r(&role.address, "arn"),
                "rule": [{
                    "status": "Enabled",
                    "filter": {},
                    "delete_marker_replication": {"status": "Enabled"},
                    "source_selection_criteria": {"sse_kms_encrypted_objects": {"status": "Enabled"}},
                    "destination": {
                        "bucket": r(&dst.address, "arn"),
                        "encryption_configuration": {"replica_kms_key_id": r(&dr_key.address, "arn")},
                        "replication_time": {"status": "Enabled", "time": {"minutes": 15}},
                        "metrics": {"status": "Enabled", "event_threshold": {"minutes": 15}},
                    },
                }],
            })
        ),
        "{:#}",
        rc.body
    );
    // V2 rule: a filter, no deprecated top-level prefix.
    assert!(rc.body["rule"][0].get("prefix").is_none());
    let deps = depends_on(&rc.body);
    for v in ["audit/primary/versioning", "audit/dr/versioning"] {
        let v = at(s.resources_of::<S3BucketVersioning>(), v);
        assert!(deps.contains(&v.address), "{deps:?} lacks {}", v.address);
    }
    let rp = at(
        s.resources_of::<IamRolePolicy>(),
        "audit/primary/replication-policy",
    );
    assert!(deps.contains(&rp.address), "{deps:?}");
    assert_eq!(s.output_value("role"), Some(&r(&role.address, "arn")));
    assert_eq!(s.output_value("dr_bucket"), Some(&r(&dst.address, "id")));
}

#[test]
fn replication_role_is_least_privilege() {
    let (s, _) = build();
    let src = at(s.resources_of::<S3Bucket>(), "audit/primary/bucket");
    let dst = at(s.resources_of::<S3Bucket>(), "audit/dr/bucket");
    let key = at(s.resources_of::<KmsKey>(), "kms/primary/key");
    let dr_key = at(s.resources_of::<KmsKey>(), "kms/dr/key");
    let trust = at(
        s.data_sources("aws_iam_policy_document"),
        "audit/primary/replication-trust",
    );
    assert!(tfdr_testing::matches(
        &trust.body,
        &json!({"statement": [{
            "effect": "Allow",
            "actions": ["sts:AssumeRole"],
            "principals": [{"type": "Service", "identifiers": ["s3.amazonaws.com"]}],
        }]})
    ));
    let role = s.resources_of::<IamRole>().remove(0);
    assert_eq!(role.body["name"], "audit-replication-use1-dev");
    assert_eq!(role.body["assume_role_policy"], r(&trust.address, "json"));
    let doc = at(
        s.data_sources("aws_iam_policy_document"),
        "audit/primary/replication-permissions",
    );
    let arn = |f: &Found| format!("${{{}.arn}}", f.address);
    assert!(
        tfdr_testing::matches(
            &doc.body,
            &json!({"statement": [
                {"effect": "Allow",
                 "actions": ["s3:GetReplicationConfiguration", "s3:ListBucket"],
                 "resources": [arn(&src)]},
                {"effect": "Allow",
                 "actions": ["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl",
                             "s3:GetObjectVersionTagging"],
                 "resources": [format!("{}/*", arn(&src))]},
                {"effect": "Allow",
                 "actions": ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"],
                 "resources": [format!("{}/*", arn(&dst))]},
                {"effect": "Allow", "actions": ["kms:Decrypt"], "resources": [arn(&key)],
                 "condition": [{"test": "StringEquals", "variable": "kms:ViaService",
                               "values": ["s3.us-east-1.amazonaws.com"]}]},
                {"effect": "Allow", "actions": ["kms:Encrypt"], "resources": [arn(&dr_key)],
                 "condition": [{"test": "StringEquals", "variable": "kms:ViaService",
                               "values": ["s3.us-east-2.amazonaws.com"]}]},
            ]})
        ),
        "{:#}",
        doc.body
    );
    // Nothing broader than the statements above.
    let text = doc.body.to_string();
    assert!(!text.contains("\"*\""), "{text}");
    assert!(!text.contains("s3:*") && !text.contains("kms:*"), "{text}");
    s.assert_has::<IamRolePolicy>(&json!({
        "provider": "aws.primary",
        "name": "audit-replication-use1-dev",
        "role": r(&role.address, "id"),
        "policy": r(&doc.address, "json"),
    }));
}

#[test]
fn a_bad_name_is_recorded_and_reported_by_synth() {
    let f = fixture();
    ReplicatedBucket::new(&f.root(), "audit", &props(&f, "Audit_Logs"));
    let e = tfdr_testing::try_synth(&f.stack).unwrap_err().to_string();
    assert!(e.contains("aws_s3_bucket.bucket_prefix"), "{e}");
    assert!(e.contains("Audit_Logs"), "{e}");
}

#[test]
fn the_dr_key_on_a_primary_bucket_is_a_cross_region_error() {
    let f = fixture();
    let scope = f.root().region(Side::Primary);
    let misplaced = KmsKeys::clone(&f.keys);
    // The primary bucket built with the DR key: exactly what the guard exists for.
    bucket(
        &scope,
        "wrong-key".into(),
        &misplaced.dr,
        &props(&f, "wrong-key"),
        Side::Primary,
    );
    let e = tfdr_testing::try_synth(&f.stack).unwrap_err().to_string();
    assert!(e.contains("data-test/primary/encryption"), "{e}");
    assert!(
        e.contains("(aws.primary, us-east-1) takes `aws_kms_key."),
        "{e}"
    );
    assert!(e.contains("(aws.dr, us-east-2)"), "{e}");
}

#[test]
fn access_logging_waits_for_the_log_buckets_write_access() {
    let (s, _) = build();
    for side in ["primary", "dr"] {
        let logging = at(
            s.resources("aws_s3_bucket_logging"),
            &format!("audit/{side}/access-logging"),
        );
        let deps = depends_on(&logging.body);
        for what in ["policy", "ownership"] {
            let target = at(
                s.resources(if what == "policy" {
                    "aws_s3_bucket_policy"
                } else {
                    "aws_s3_bucket_ownership_controls"
                }),
                &format!("access-logs/{side}/{what}"),
            );
            assert!(
                deps.contains(&target.address),
                "{deps:?} lacks {}",
                target.address
            );
        }
        let log_bucket = at(
            s.resources_of::<S3Bucket>(),
            &format!("access-logs/{side}/bucket"),
        );
        assert_eq!(logging.body["target_bucket"], r(&log_bucket.address, "id"));
        assert_eq!(logging.body["target_prefix"], "audit/");
    }
}
