//! A bucket per region of the pair, replicated primary → DR with KMS re-encryption,
//! delete-marker replication and Replication Time Control.
//!
//! Each bucket: `bucket_prefix` from the naming policy, `force_destroy`, versioning
//! `Enabled`, SSE-KMS with its region's key (`bucket_key_enabled`), all four public-access
//! blocks, owner-enforced object ownership, a bucket policy denying any request without
//! TLS (`aws:SecureTransport = false`) on the bucket and its objects, a lifecycle rule
//! that expires noncurrent versions and aborts incomplete multipart uploads, and server
//! access logging into its region's [`AccessLogBuckets`] bucket.
//!
//! The replication configuration (in the primary) is a V2 configuration: `filter {}` is
//! required for `delete_marker_replication` (provider docs: "an empty configuration block
//! `filter {}` must be specified" when the rule needs no filter, and delete-marker
//! replication is V2 only). SSE-KMS objects are selected with
//! `source_selection_criteria.sse_kms_encrypted_objects` and re-encrypted with the DR key
//! (`destination.encryption_configuration.replica_kms_key_id`, required when the source
//! selection is set); RTC (`replication_time`, 15 minutes) needs `metrics` (15 minutes,
//! the only valid value). It depends on both versioning resources (S3 refuses a
//! replication configuration while either bucket is unversioned) and on the role's policy
//! (so the first replicated objects do not race IAM).
//!
//! The replication role is least privilege: trust `s3.amazonaws.com`; read the replication
//! configuration and list the source bucket; read object versions, ACLs and tags of source
//! objects; replicate objects, deletes and tags into the destination; `kms:Decrypt` on the
//! primary key only through S3 in the primary region and `kms:Encrypt` on the DR key only
//! through S3 in the DR region (`kms:ViaService`).
//!
//! Construct paths: `<id>/primary/…` and `<id>/dr/…`.

use tfdr_dsl::aws::data::iam_policy_document::{
    Statement, StatementCondition, StatementPrincipals,
};
use tfdr_dsl::aws::data::IamPolicyDocument;
use tfdr_dsl::aws::enums::{ConditionOperator, IamEffect, PrincipalType, ReplicationStatus};
use tfdr_dsl::aws::s3_bucket_replication_configuration::{
    Rule, RuleDeleteMarkerReplication, RuleDestination, RuleDestinationEncryptionConfiguration,
    RuleDestinationMetrics, RuleDestinationMetricsEventThreshold, RuleDestinationReplicationTime,
    RuleDestinationReplicationTimeTime, RuleFilter, RuleSourceSelectionCriteria,
    RuleSourceSelectionCriteriaSseKmsEncryptedObjects,
};
use tfdr_dsl::aws::{
    IamRole, IamRolePolicy, IamRolePolicyArgs, S3Bucket, S3BucketReplicationConfiguration,
    S3BucketReplicationConfigurationArgs,
};
use tfdr_dsl::{interpolate, Expr, Region, Scope};

use crate::context::{DrScope, Side};
use crate::kms::{KmsKeys, RegionalKey};
use crate::s3_access_logs::AccessLogBuckets;
use crate::s3_bucket::{locked_bucket, Bucket, Encryption, Expiry};
use crate::values::ExpiryDays;

/// Replication Time Control threshold and metrics event threshold, minutes (15 is the
/// only value S3 accepts).
pub const REPLICATION_MINUTES: u32 = 15;

/// What the replicated bucket is for.
#[derive(Debug, Clone)]
pub struct ReplicatedBucketProps<'a> {
    /// The base of both bucket names (e.g. `payments-audit`: buckets
    /// `payments-audit-use1-<suffix>-…` and `payments-audit-use2-<suffix>-…`) and of the
    /// replication role's name.
    pub name: String,
    /// Each bucket is encrypted with its own region's key; replicas are re-encrypted with
    /// the DR key.
    pub keys: &'a KmsKeys,
    /// Where each bucket's server access logs go (the log bucket of its region).
    pub access_logs: &'a AccessLogBuckets,
    /// Noncurrent object versions (overwritten or deleted objects) expire this many days
    /// after they become noncurrent, in both buckets.
    pub noncurrent_version_expiry: ExpiryDays,
}

/// A bucket in each region, the primary replicating into the DR one.
#[derive(Debug, Clone)]
pub struct ReplicatedBucket {
    /// Name of the primary bucket (`aws_s3_bucket.id`).
    pub primary_bucket: Expr<String>,
    /// ARN of the primary bucket.
    pub primary_arn: Expr<String>,
    /// Name of the DR bucket.
    pub dr_bucket: Expr<String>,
    /// ARN of the DR bucket.
    pub dr_arn: Expr<String>,
    /// ARN of the role S3 assumes to replicate.
    pub replication_role_arn: Expr<String>,
}

/// One region's data bucket: the locked-down bucket of [`crate::s3_bucket`] with the
/// region's key, noncurrent versions expiring, and its access logs in the region's log
/// bucket.
fn bucket(
    scope: &Scope,
    prefix: String,
    key: &RegionalKey,
    props: &ReplicatedBucketProps<'_>,
    side: Side,
) -> Bucket {
    let b = locked_bucket(
        scope,
        prefix,
        Encryption::Kms(key.arn.clone()),
        &Expiry {
            current_days: None,
            noncurrent_days: props.noncurrent_version_expiry.days(),
        },
        |_| Vec::new(),
    );
    props
        .access_logs
        .log(scope, side, b.bucket.id(), &props.name);
    b
}

fn via_s3(region: Region) -> StatementCondition {
    StatementCondition::new(
        ConditionOperator::StringEquals,
        vec![format!("s3.{region}.amazonaws.com")],
        "kms:ViaService",
    )
}

impl ReplicatedBucket {
    /// Builds both buckets, the replication role and the replication configuration under
    /// `scope/<id>`.
    pub fn new(scope: &DrScope, id: &str, props: &ReplicatedBucketProps<'_>) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        let keys = props.keys;
        let base = props.name.as_str();
        let p = ctx.region(Side::Primary);
        let d = ctx.region(Side::Dr);
        let role_name = ctx.name::<IamRole>(&format!("{base}-replication"), Side::Primary);
        let policy_name = ctx.name::<IamRolePolicy>(&format!("{base}-replication"), Side::Primary);

        let ps = me.region(Side::Primary);
        let ds = me.region(Side::Dr);
        let source = bucket(
            &ps,
            ctx.name::<S3Bucket>(base, Side::Primary),
            &keys.primary,
            props,
            Side::Primary,
        );
        let destination = bucket(
            &ds,
            ctx.name::<S3Bucket>(base, Side::Dr),
            &keys.dr,
            props,
            Side::Dr,
        );

        let trust = ps.add(
            "replication-trust",
            IamPolicyDocument::new().statement(
                Statement::new()
                    .sid("S3AssumesReplicationRole")
                    .effect(IamEffect::Allow)
                    .principals(StatementPrincipals::new(
                        vec!["s3.amazonaws.com"],
                        PrincipalType::Service,
                    ))
                    .actions(vec!["sts:AssumeRole"]),
            ),
        );
        let role = ps.add(
            "replication-role",
            IamRole::new(trust.json())
                .name(role_name)
                .description(format!("S3 replication of {base} from {p} to {d}")),
        );
        let src = source.bucket.arn();
        // The role (IAM is global; its policy document is read in the primary) and the
        // replication configuration name the DR bucket and key: intended cross-region.
        let dst = destination.bucket.arn().cross_region();
        let dr_key = keys.dr.arn.clone().cross_region();
        let permissions = ps.add(
            "replication-permissions",
            IamPolicyDocument::new()
                .statement(
                    Statement::new()
                        .sid("ReadReplicationConfiguration")
                        .effect(IamEffect::Allow)
                        .actions(vec!["s3:GetReplicationConfiguration", "s3:ListBucket"])
                        .resources(vec![src.clone()]),
                )
                .statement(
                    Statement::new()
                        .sid("ReadSourceObjectVersions")
                        .effect(IamEffect::Allow)
                        .actions(vec![
                            "s3:GetObjectVersionForReplication",
                            "s3:GetObjectVersionAcl",
                            "s3:GetObjectVersionTagging",
                        ])
                        .resources(vec![interpolate![&src, "/*"]]),
                )
                .statement(
                    Statement::new()
                        .sid("ReplicateIntoDestination")
                        .effect(IamEffect::Allow)
                        .actions(vec![
                            "s3:ReplicateObject",
                            "s3:ReplicateDelete",
                            "s3:ReplicateTags",
                        ])
                        .resources(vec![interpolate![&dst, "/*"]]),
                )
                .statement(
                    Statement::new()
                        .sid("DecryptSourceObjects")
                        .effect(IamEffect::Allow)
                        .actions(vec!["kms:Decrypt"])
                        .resources(vec![keys.primary.arn.clone()])
                        .condition(via_s3(p)),
                )
                .statement(
                    Statement::new()
                        .sid("EncryptReplicas")
                        .effect(IamEffect::Allow)
                        .actions(vec!["kms:Encrypt"])
                        .resources(vec![dr_key.clone()])
                        .condition(via_s3(d)),
                ),
        );
        let role_policy = ps.add(
            "replication-policy",
            IamRolePolicy::new(IamRolePolicyArgs {
                policy: permissions.json(),
                role: role.id(),
            })
            .name(policy_name),
        );

        let rule = Rule::new(
            ReplicationStatus::Enabled,
            RuleDestination::new(dst.clone())
                .encryption_configuration(RuleDestinationEncryptionConfiguration::new(dr_key))
                .replication_time(RuleDestinationReplicationTime::new(
                    ReplicationStatus::Enabled,
                    RuleDestinationReplicationTimeTime::new(REPLICATION_MINUTES),
                ))
                .metrics(
                    RuleDestinationMetrics::new(ReplicationStatus::Enabled).event_threshold(
                        RuleDestinationMetricsEventThreshold::new(REPLICATION_MINUTES),
                    ),
                ),
        )
        .id("replicate-everything")
        .filter(RuleFilter::new())
        .delete_marker_replication(RuleDeleteMarkerReplication::new(ReplicationStatus::Enabled))
        .source_selection_criteria(
            RuleSourceSelectionCriteria::new().sse_kms_encrypted_objects(
                RuleSourceSelectionCriteriaSseKmsEncryptedObjects::new(ReplicationStatus::Enabled),
            ),
        );
        let replication = ps.add(
            "replication",
            S3BucketReplicationConfiguration::new(S3BucketReplicationConfigurationArgs {
                bucket: source.bucket.id(),
                role: role.arn(),
                rule,
            }),
        );
        replication
            .node()
            .depends_on(source.versioning.node())
            .depends_on(destination.versioning.node())
            .depends_on(role_policy.node());

        ReplicatedBucket {
            primary_bucket: source.bucket.id(),
            primary_arn: src,
            dr_bucket: destination.bucket.id(),
            dr_arn: destination.bucket.arn(),
            replication_role_arn: role.arn(),
        }
    }
}

#[cfg(test)]
mod tests {
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
}
