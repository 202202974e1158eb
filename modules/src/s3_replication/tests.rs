//! Tests of the s3_replication component on its synthesized JSON.

use serde_json::json;
use tfdr_dsl::aws::{
    IamRole, IamRolePolicy, KmsKey, S3Bucket, S3BucketLifecycleConfiguration, S3BucketPolicy,
    S3BucketPublicAccessBlock, S3BucketReplicationConfiguration,
    S3BucketServerSideEncryptionConfiguration, S3BucketVersioning,
};
use tfdr_testing::{Found, Synthesized};

use super::*;
use crate::test_support::{at, depends_on, fixture, r, Fixture};
use crate::values::{ArchiveClass, NoncurrentTransition, TierClass, TieringSpec};

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
        &ReplicatedBucketOptions::default(),
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

/// Transaction logs: IA after 30 days, GLACIER_IR after 90, expired after 7 years;
/// noncurrent versions to GLACIER_IR after 1 day.
fn transaction_logs() -> Tiering {
    Tiering::new(TieringSpec {
        infrequent_access_after_days: 30,
        archive: ArchiveClass::GlacierInstantRetrieval,
        archive_after_days: 90,
        expire_current_after: Some(ExpiryDays::new(2555).unwrap()),
        noncurrent_transition: Some(NoncurrentTransition {
            after_days: 1,
            class: TierClass::Archive(ArchiveClass::GlacierInstantRetrieval),
        }),
        transition_objects_larger_than_bytes: None,
    })
    .unwrap()
}

fn build_with(options: ReplicatedBucketOptions, noncurrent_days: u32) -> Fixture {
    let f = fixture();
    let props = ReplicatedBucketProps {
        noncurrent_version_expiry: ExpiryDays::new(noncurrent_days).unwrap(),
        ..props(&f, "audit")
    };
    ReplicatedBucket::new_with(&f.root(), "audit", &props, options);
    f
}

fn tiered(tiering: Tiering) -> ReplicatedBucketOptions {
    ReplicatedBucketOptions {
        tiering: Some(tiering),
    }
}

#[test]
fn tiering_transitions_both_buckets_in_their_one_lifecycle_configuration() {
    let s = tfdr_testing::synth(&build_with(tiered(transaction_logs()), 365).stack);
    for region in ["primary", "dr"] {
        let b = at(
            s.resources_of::<S3Bucket>(),
            &format!("audit/{region}/bucket"),
        );
        let lc = at(
            s.resources_of::<S3BucketLifecycleConfiguration>(),
            &format!("audit/{region}/lifecycle"),
        );
        assert_eq!(
            lc.body["rule"],
            json!([
                {
                    "id": "expire-noncurrent-and-abort-uploads",
                    "status": "Enabled",
                    "filter": [{}],
                    "expiration": [{"days": 2555}],
                    "noncurrent_version_expiration": [{"noncurrent_days": 365}],
                    "abort_incomplete_multipart_upload": [{"days_after_initiation": 7}],
                },
                {
                    "id": TIERING_RULE_ID,
                    "status": "Enabled",
                    "filter": [{}],
                    "transition": [
                        {"storage_class": "STANDARD_IA", "days": 30},
                        {"storage_class": "GLACIER_IR", "days": 90},
                    ],
                    "noncurrent_version_transition": [
                        {"storage_class": "GLACIER_IR", "noncurrent_days": 1},
                    ],
                },
            ]),
            "{region}: {:#}",
            lc.body
        );
        assert_eq!(lc.body["bucket"], r(&b.address, "id"));
        assert_eq!(lc.body["provider"], format!("aws.{region}"));
    }
    // Still one lifecycle configuration per bucket (audit and access-log buckets).
    assert_eq!(
        s.resources_of::<S3BucketLifecycleConfiguration>()
            .iter()
            .filter(|f| f.path.as_deref().is_some_and(|p| p.contains("/audit/")))
            .count(),
        2
    );
    // Replicas are written as the source objects are; the DR lifecycle tiers them.
    let rc = s
        .assert_count::<S3BucketReplicationConfiguration>(1)
        .remove(0);
    assert!(rc.body["rule"][0]["destination"]
        .get("storage_class")
        .is_none());
}

#[test]
fn a_size_filter_and_the_flexible_archive_reach_the_rule() {
    let t = Tiering::new(TieringSpec {
        infrequent_access_after_days: 45,
        archive: ArchiveClass::GlacierFlexibleRetrieval,
        archive_after_days: 180,
        expire_current_after: None,
        noncurrent_transition: None,
        transition_objects_larger_than_bytes: Some(131_072),
    })
    .unwrap();
    let s = tfdr_testing::synth(&build_with(tiered(t), 30).stack);
    let lc = at(
        s.resources_of::<S3BucketLifecycleConfiguration>(),
        "audit/dr/lifecycle",
    );
    let rules = lc.body["rule"].as_array().unwrap();
    assert_eq!(rules.len(), 2);
    // No current expiry: the first rule is exactly the untiered one.
    assert!(rules[0].get("expiration").is_none(), "{:#}", lc.body);
    assert_eq!(
        rules[1],
        json!({
            "id": TIERING_RULE_ID,
            "status": "Enabled",
            "filter": [{"object_size_greater_than": 131_072}],
            "transition": [
                {"storage_class": "STANDARD_IA", "days": 45},
                {"storage_class": "GLACIER", "days": 180},
            ],
        })
    );
}

#[test]
fn without_options_the_output_is_unchanged() {
    let untiered = |build: &dyn Fn(&Fixture)| {
        let f = fixture();
        build(&f);
        tfdr_testing::synth(&f.stack).into_json()
    };
    let old = untiered(&|f| {
        ReplicatedBucket::new(&f.root(), "audit", &props(f, "audit"));
    });
    let new = untiered(&|f| {
        ReplicatedBucket::new_with(
            &f.root(),
            "audit",
            &props(f, "audit"),
            ReplicatedBucketOptions::default(),
        );
    });
    assert_eq!(old, new);
    let s = Synthesized::from_json(old);
    for region in ["primary", "dr"] {
        let lc = at(
            s.resources_of::<S3BucketLifecycleConfiguration>(),
            &format!("audit/{region}/lifecycle"),
        );
        assert_eq!(
            lc.body["rule"],
            json!([{
                "id": "expire-noncurrent-and-abort-uploads",
                "status": "Enabled",
                "filter": [{}],
                "noncurrent_version_expiration": [{"noncurrent_days": 30}],
                "abort_incomplete_multipart_upload": [{"days_after_initiation": 7}],
            }]),
            "{:#}",
            lc.body
        );
    }
}

#[test]
fn a_noncurrent_expiry_inside_the_transition_minimum_is_reported_by_synth() {
    // GLACIER_IR after 1 day keeps noncurrent versions billed for 90: expiring at 60
    // pays for 30 days of nothing.
    let f = build_with(tiered(transaction_logs()), 60);
    let e = tfdr_testing::try_synth(&f.stack).unwrap_err().to_string();
    assert!(e.contains("data-test/audit"), "{e}");
    assert!(
        e.contains("tiering.noncurrent_transition.after_days"),
        "{e}"
    );
    assert!(e.contains("noncurrent_version_expiry (60)"), "{e}");
    assert!(e.contains("GLACIER_IR has a 90-day minimum"), "{e}");
    // At the limit it is fine.
    tfdr_testing::try_synth(&build_with(tiered(transaction_logs()), 91).stack)
        .unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn tiered_buckets_are_valid_terraform() {
    let f = build_with(tiered(transaction_logs()), 365);
    // `None` only when terraform is missing outside CI (a banner says so).
    if let Some(v) = tfdr_testing::synth(&f.stack).assert_valid_terraform() {
        eprintln!("{v}");
    }
}
