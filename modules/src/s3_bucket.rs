//! The locked-down bucket every S3 component builds on: `bucket_prefix` from the naming
//! policy, `force_destroy`, versioning, default encryption, all four public-access blocks,
//! owner-enforced object ownership (no ACLs), a bucket policy that denies any request
//! without TLS (plus the component's own statements), and a lifecycle configuration.

use tfdr_dsl::aws::data::iam_policy_document::{
    Statement, StatementCondition, StatementPrincipals,
};
use tfdr_dsl::aws::data::IamPolicyDocument;
use tfdr_dsl::aws::enums::{
    ConditionOperator, IamEffect, ObjectOwnership, PrincipalType, SseAlgorithm, VersioningStatus,
};
use tfdr_dsl::aws::s3_bucket_lifecycle_configuration as lifecycle;
use tfdr_dsl::aws::s3_bucket_ownership_controls as ownership;
use tfdr_dsl::aws::s3_bucket_server_side_encryption_configuration as sse;
use tfdr_dsl::aws::s3_bucket_versioning::VersioningConfiguration;
use tfdr_dsl::aws::{
    S3Bucket, S3BucketLifecycleConfiguration, S3BucketOwnershipControls, S3BucketPolicy,
    S3BucketPolicyArgs, S3BucketPublicAccessBlock, S3BucketRef,
    S3BucketServerSideEncryptionConfiguration, S3BucketVersioning, S3BucketVersioningRef,
};
use tfdr_dsl::{interpolate, Expr, NodeHandle, Scope};

use crate::values::{TierClass, Tiering};

/// Days after which S3 aborts an incomplete multipart upload (its parts cost storage and
/// are invisible otherwise).
pub const ABORT_INCOMPLETE_UPLOADS_DAYS: u32 = 7;

/// How a bucket's objects are encrypted at rest by default.
pub(crate) enum Encryption {
    /// SSE-KMS with this key, S3 Bucket Keys on.
    Kms(Expr<String>),
    /// SSE-S3 (AES-256): for server-access-log targets, which S3 writes to without a key.
    S3Managed,
}

/// How long objects live.
pub(crate) struct Expiry {
    /// Current versions expire after this many days (`None`: never).
    pub current_days: Option<u32>,
    /// Noncurrent versions expire this many days after they become noncurrent.
    pub noncurrent_days: u32,
}

/// A built bucket.
pub(crate) struct Bucket {
    pub bucket: S3BucketRef,
    pub versioning: S3BucketVersioningRef,
    /// The bucket policy and the ownership controls: what must exist before another
    /// service (e.g. S3 log delivery) may write into the bucket.
    pub write_access: [NodeHandle; 2],
}

/// Adds the bucket and its configuration under `scope` (ids `bucket`, `versioning`,
/// `encryption`, `public-access-block`, `ownership`, `lifecycle`, `tls-only`, `policy`).
/// `statements` are added to the bucket policy after the TLS-only statement; they receive
/// the bucket's ARN.
pub(crate) fn locked_bucket(
    scope: &Scope,
    prefix: String,
    encryption: Encryption,
    expiry: &Expiry,
    statements: impl FnOnce(&Expr<String>) -> Vec<Statement>,
) -> Bucket {
    locked_bucket_with_rules(scope, prefix, encryption, expiry, Vec::new(), statements)
}

/// The id of the lifecycle rule a [`Tiering`] becomes (in each tiered bucket's lifecycle
/// configuration, after the expiry rule).
pub const TIERING_RULE_ID: &str = "tier-storage-classes";

/// The lifecycle rule of a [`Tiering`]: current versions to STANDARD_IA and then to the
/// archive class, noncurrent versions to their class if asked, only for objects larger
/// than the size filter if one is set (else `filter {}`, and S3's 128 KB default applies).
/// The current-version expiry is not here: it belongs in the unfiltered rule (see
/// [`Expiry::current_days`]), so small objects, which are never transitioned, expire too.
pub(crate) fn tiering_rule(tiering: &Tiering) -> lifecycle::Rule {
    let t = tiering.spec();
    let filter = match t.transition_objects_larger_than_bytes {
        Some(bytes) => lifecycle::RuleFilter::new().object_size_greater_than(bytes),
        None => lifecycle::RuleFilter::new(),
    };
    let mut rule = lifecycle::Rule::new(lifecycle::RuleArgs {
        id: TIERING_RULE_ID.into(),
        status: "Enabled".into(),
    })
    .filter(filter)
    .transition(
        lifecycle::RuleTransition::new(TierClass::StandardIa.storage_class())
            .days(t.infrequent_access_after_days),
    )
    .transition(
        lifecycle::RuleTransition::new(t.archive.storage_class()).days(t.archive_after_days),
    );
    if let Some(nt) = t.noncurrent_transition {
        rule = rule.noncurrent_version_transition(lifecycle::RuleNoncurrentVersionTransition::new(
            nt.after_days,
            nt.class.storage_class(),
        ));
    }
    rule
}

/// [`locked_bucket`] with `extra_rules` in its lifecycle configuration after the
/// expiry rule (S3 takes one lifecycle configuration per bucket, with up to 1,000 rules).
pub(crate) fn locked_bucket_with_rules(
    scope: &Scope,
    prefix: String,
    encryption: Encryption,
    expiry: &Expiry,
    extra_rules: Vec<lifecycle::Rule>,
    statements: impl FnOnce(&Expr<String>) -> Vec<Statement>,
) -> Bucket {
    let bucket = scope.add(
        "bucket",
        S3Bucket::new().bucket_prefix(prefix).force_destroy(true),
    );
    let versioning = scope.add(
        "versioning",
        S3BucketVersioning::new(
            bucket.id(),
            VersioningConfiguration::new(VersioningStatus::Enabled),
        ),
    );
    let default = match encryption {
        Encryption::Kms(key) => {
            sse::RuleApplyServerSideEncryptionByDefault::new(SseAlgorithm::AwsKms)
                .kms_master_key_id(key)
        }
        Encryption::S3Managed => {
            sse::RuleApplyServerSideEncryptionByDefault::new(SseAlgorithm::Aes256)
        }
    };
    scope.add(
        "encryption",
        S3BucketServerSideEncryptionConfiguration::new(
            bucket.id(),
            sse::Rule::new()
                .bucket_key_enabled(true)
                .apply_server_side_encryption_by_default(default),
        ),
    );
    let public_access = scope.add(
        "public-access-block",
        S3BucketPublicAccessBlock::new(bucket.id())
            .block_public_acls(true)
            .block_public_policy(true)
            .ignore_public_acls(true)
            .restrict_public_buckets(true),
    );
    let ownership = scope.add(
        "ownership",
        S3BucketOwnershipControls::new(
            bucket.id(),
            ownership::Rule::new(ObjectOwnership::BucketOwnerEnforced),
        ),
    );
    let mut rule = lifecycle::Rule::new(lifecycle::RuleArgs {
        id: "expire-noncurrent-and-abort-uploads".into(),
        status: "Enabled".into(),
    })
    .filter(lifecycle::RuleFilter::new())
    .noncurrent_version_expiration(lifecycle::RuleNoncurrentVersionExpiration::new(
        expiry.noncurrent_days,
    ))
    .abort_incomplete_multipart_upload(
        lifecycle::RuleAbortIncompleteMultipartUpload::new()
            .days_after_initiation(ABORT_INCOMPLETE_UPLOADS_DAYS),
    );
    if let Some(days) = expiry.current_days {
        rule = rule.expiration(lifecycle::RuleExpiration::new().days(days));
    }
    let mut configuration = S3BucketLifecycleConfiguration::new(bucket.id()).rule(rule);
    for extra in extra_rules {
        configuration = configuration.rule(extra);
    }
    let lifecycle = scope.add("lifecycle", configuration);
    // S3 rejects a lifecycle configuration on a bucket whose versioning is still changing.
    lifecycle.node().depends_on(versioning.node());
    let arn = bucket.arn();
    let mut document = IamPolicyDocument::new().statement(
        Statement::new()
            .sid("DenyInsecureTransport")
            .effect(IamEffect::Deny)
            .principals(StatementPrincipals::new(vec!["*"], PrincipalType::Aws))
            .actions(vec!["s3:*"])
            .resources(vec![arn.clone(), interpolate![&arn, "/*"]])
            .condition(StatementCondition::new(
                ConditionOperator::Bool,
                vec!["false"],
                "aws:SecureTransport",
            )),
    );
    for statement in statements(&arn) {
        document = document.statement(statement);
    }
    let tls_only = scope.add("tls-only", document);
    let policy = scope.add(
        "policy",
        S3BucketPolicy::new(S3BucketPolicyArgs {
            bucket: bucket.id(),
            policy: tls_only.json(),
        }),
    );
    // S3 rejects concurrent changes to a bucket's policy and its public-access block.
    policy.node().depends_on(public_access.node());
    Bucket {
        bucket,
        versioning,
        write_access: [policy.node().clone(), ownership.node().clone()],
    }
}
