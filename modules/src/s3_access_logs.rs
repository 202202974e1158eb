//! A server-access-log bucket per region: where every S3 component of the stack writes
//! its access logs (S3 delivers access logs only to a bucket in the same region as the
//! source bucket).
//!
//! Each log bucket is private (all public-access blocks, owner-enforced ownership),
//! versioned, encrypted with SSE-S3, and expires logs after the configured retention. Its
//! policy lets only the S3 logging service write, only for this account's buckets
//! (`aws:SourceAccount`), besides denying requests without TLS.
//!
//! SSE-S3 rather than the stack's KMS key: the S3 User Guide lists SSE-S3 as the default
//! encryption for access-log target buckets; the logging service does not take part in a
//! key policy's `kms:ViaService` grant. The scanner's "encrypted with KMS" check is
//! suppressed for these buckets with that reason. Logging the log bucket itself would
//! recurse and is not done.
//!
//! Construct paths: `<id>/<primary|dr>/…`.

use tfdr_dsl::aws::data::iam_policy_document::{
    Statement, StatementCondition, StatementPrincipals,
};
use tfdr_dsl::aws::enums::{ConditionOperator, IamEffect, PrincipalType};
use tfdr_dsl::aws::{S3Bucket, S3BucketLogging, S3BucketLoggingArgs};
use tfdr_dsl::{interpolate, Expr, NodeHandle, Scope};

use crate::context::{DrScope, PerRegion, Side};
use crate::s3_bucket::{locked_bucket, Encryption, Expiry};
use crate::values::ExpiryDays;

/// What the log buckets keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessLogBucketsProps {
    /// The base of the bucket names (e.g. `payments-access-logs`).
    pub name: String,
    /// Days an access log is kept.
    pub retention: ExpiryDays,
}

/// One region's log bucket.
#[derive(Debug, Clone)]
pub struct LogBucket {
    /// The bucket name (`aws_s3_bucket.id`).
    pub bucket: Expr<String>,
    /// The bucket ARN.
    pub arn: Expr<String>,
    /// The bucket policy and ownership controls that authorise log delivery: every
    /// logging configuration pointing here depends on them.
    write_access: [NodeHandle; 2],
}

/// A server-access-log bucket per region (`logs.primary`, `logs.dr`, `logs.get(side)`).
#[derive(Debug, Clone)]
pub struct AccessLogBuckets(PerRegion<LogBucket>);

impl std::ops::Deref for AccessLogBuckets {
    type Target = PerRegion<LogBucket>;
    fn deref(&self) -> &PerRegion<LogBucket> {
        &self.0
    }
}

impl AccessLogBuckets {
    /// Builds both log buckets under `scope/<id>`.
    pub fn new(scope: &DrScope, id: &str, props: &AccessLogBucketsProps) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        AccessLogBuckets(PerRegion::from_fn(|side| {
            let account = ctx.accounts().get(side).account_id.clone();
            let b = locked_bucket(
                &me.region(side),
                ctx.name::<S3Bucket>(&props.name, side),
                Encryption::S3Managed,
                &Expiry {
                    current_days: Some(props.retention.days()),
                    noncurrent_days: 1,
                },
                |arn| {
                    vec![Statement::new()
                        .sid("S3ServerAccessLogDelivery")
                        .effect(IamEffect::Allow)
                        .principals(StatementPrincipals::new(
                            vec!["logging.s3.amazonaws.com"],
                            PrincipalType::Service,
                        ))
                        .actions(vec!["s3:PutObject"])
                        .resources(vec![interpolate![arn, "/*"]])
                        .condition(StatementCondition::new(
                            ConditionOperator::StringEquals,
                            vec![account],
                            "aws:SourceAccount",
                        ))]
                },
            );
            LogBucket {
                bucket: b.bucket.id(),
                arn: b.bucket.arn(),
                write_access: b.write_access,
            }
        }))
    }

    /// Sends the server access logs of `bucket` (in `side`'s region, added through `scope`)
    /// to that region's log bucket under `<prefix>/`, once the log bucket's policy lets S3
    /// log delivery write there.
    pub fn log(&self, scope: &Scope, side: Side, bucket: Expr<String>, prefix: &str) {
        let logging = scope.add(
            "access-logging",
            S3BucketLogging::new(S3BucketLoggingArgs {
                bucket,
                target_bucket: self.get(side).bucket.clone(),
                target_prefix: format!("{prefix}/").into(),
            }),
        );
        for node in &self.get(side).write_access {
            logging.node().depends_on(node);
        }
    }
}
