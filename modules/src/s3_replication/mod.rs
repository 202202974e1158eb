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
//! # Storage-class tiering ([`ReplicatedBucket::new_with`])
//!
//! With [`ReplicatedBucketOptions::tiering`] set, both buckets' lifecycle configurations
//! (one per bucket, as S3 allows) get a second rule, [`TIERING_RULE_ID`], after the
//! unchanged noncurrent-expiry rule: current versions move to STANDARD_IA and then to the
//! [`Tiering`]'s archive class, noncurrent versions to their class if one is set, only
//! for objects above the size filter if one is set (else S3's default: objects smaller
//! than 128 KB are not transitioned). A current-version expiry goes into the first,
//! unfiltered rule, so objects too small to be transitioned expire too. The rules of a
//! tiering are checked by [`Tiering::new`] (sources there); the one rule across the
//! tiering and the props (the noncurrent expiry at least the noncurrent class's minimum
//! storage duration after the noncurrent transition) is checked here and, if broken,
//! recorded on the stack (synth reports it) while the buckets are built as asked.
//!
//! The DR bucket gets the same rules as the primary: a replica is the same data with the
//! same access pattern, and after a failover the DR bucket is the one the application
//! writes to. Replication itself keeps the destination's storage class unset (replicas are
//! written in the source object's class, STANDARD for new objects) and the DR bucket's own
//! lifecycle tiers them. For data a recovery must read at once, prefer
//! [`ArchiveClass::GlacierInstantRetrieval`]: `GLACIER` objects need a restore before any
//! read.
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
pub use crate::s3_bucket::TIERING_RULE_ID;
use crate::s3_bucket::{locked_bucket_with_rules, tiering_rule, Bucket, Encryption, Expiry};
#[cfg(doc)]
use crate::values::ArchiveClass;
use crate::values::ExpiryDays;
use crate::values::Tiering;

/// Replication Time Control threshold and metrics event threshold, minutes (15 is the
/// only value S3 accepts).
pub const REPLICATION_MINUTES: u32 = 15;

/// The id of the one replication rule (S3 replication metrics are dimensioned by it).
pub const REPLICATION_RULE_ID: &str = "replicate-everything";

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

/// Choices of [`ReplicatedBucket::new_with`] beyond [`ReplicatedBucketProps`]; the default
/// is what [`ReplicatedBucket::new`] builds. (A separate struct, so the props' struct
/// literals in existing stacks keep compiling and their output does not change.)
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReplicatedBucketOptions {
    /// Storage-class tiering of both buckets (see the module docs, "Storage-class
    /// tiering"); `None`: every object stays in STANDARD.
    pub tiering: Option<Tiering>,
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
    /// The id of the replication rule ([`REPLICATION_RULE_ID`]): with the two bucket
    /// names, the dimensions of the S3 replication metrics.
    pub replication_rule_id: String,
}

/// One region's data bucket: the locked-down bucket of [`crate::s3_bucket`] with the
/// region's key, noncurrent versions expiring, the tiering of `options` if any, and its
/// access logs in the region's log bucket.
fn bucket(
    scope: &Scope,
    prefix: String,
    key: &RegionalKey,
    props: &ReplicatedBucketProps<'_>,
    options: &ReplicatedBucketOptions,
    side: Side,
) -> Bucket {
    let tiering = options.tiering.as_ref();
    let b = locked_bucket_with_rules(
        scope,
        prefix,
        Encryption::Kms(key.arn.clone()),
        &Expiry {
            current_days: tiering
                .and_then(|t| t.spec().expire_current_after)
                .map(|d| d.days()),
            noncurrent_days: props.noncurrent_version_expiry.days(),
        },
        tiering.map(tiering_rule).into_iter().collect(),
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
    /// `scope/<id>`, with the default [`ReplicatedBucketOptions`] (no tiering).
    pub fn new(scope: &DrScope, id: &str, props: &ReplicatedBucketProps<'_>) -> Self {
        ReplicatedBucket::new_with(scope, id, props, ReplicatedBucketOptions::default())
    }

    /// [`ReplicatedBucket::new`] with `options`: with a tiering, both buckets get its
    /// lifecycle rule (module docs, "Storage-class tiering"). A noncurrent transition too
    /// close to [`ReplicatedBucketProps::noncurrent_version_expiry`] is recorded on the
    /// stack (synth reports it) and the buckets are built as asked.
    pub fn new_with(
        scope: &DrScope,
        id: &str,
        props: &ReplicatedBucketProps<'_>,
        options: ReplicatedBucketOptions,
    ) -> Self {
        let me = scope.child(id);
        if let Some(Err(e)) = options
            .tiering
            .map(|t| t.check_noncurrent_expiry(props.noncurrent_version_expiry))
        {
            crate::api_domain::record_problem(&me, e.to_string());
        }
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
            &options,
            Side::Primary,
        );
        let destination = bucket(
            &ds,
            ctx.name::<S3Bucket>(base, Side::Dr),
            &keys.dr,
            props,
            &options,
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
        .id(REPLICATION_RULE_ID)
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
            replication_rule_id: REPLICATION_RULE_ID.to_string(),
        }
    }
}

#[cfg(test)]
mod tests;
