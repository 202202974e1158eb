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
//! With [`AccessLogBucketsProps::load_balancers`] the policy also lets Elastic Load
//! Balancing write load balancer access logs under [`LOAD_BALANCER_LOG_PREFIX`], for this
//! account only: SSE-S3 is also the only encryption ALB log delivery supports (Elastic
//! Load Balancing User Guide, "Enable access logs for your Application Load Balancer").
//! Who writes depends on the region ([`load_balancer_log_writer`]).
//!
//! Construct paths: `<id>/<primary|dr>/…`.

use tfdr_dsl::aws::data::iam_policy_document::{
    Statement, StatementCondition, StatementPrincipals,
};
use tfdr_dsl::aws::enums::{ConditionOperator, IamEffect, PrincipalType};
use tfdr_dsl::aws::{S3Bucket, S3BucketLogging, S3BucketLoggingArgs};
use tfdr_dsl::{interpolate, Expr, NodeHandle, Scope};

use tfdr_dsl::Region;

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
    /// Whether load balancers of this account may write their access logs here (under
    /// [`LOAD_BALANCER_LOG_PREFIX`]); off, the policy grants S3 log delivery only.
    pub load_balancers: bool,
}

/// The prefix load balancer access logs go under in the log buckets.
pub const LOAD_BALANCER_LOG_PREFIX: &str = "load-balancers";

/// Elastic Load Balancing's log-delivery account of each region opened before August 2022
/// (Elastic Load Balancing User Guide, "Enable access logs for your Application Load
/// Balancer", step 2): the principal of their bucket policies.
const ELB_LOG_ACCOUNTS: [(Region, &str); 26] = [
    (Region::UsEast1, "127311923021"),
    (Region::UsEast2, "033677994240"),
    (Region::UsWest1, "027434742980"),
    (Region::UsWest2, "797873946194"),
    (Region::AfSouth1, "098369216593"),
    (Region::ApEast1, "754344448648"),
    (Region::ApSoutheast3, "589379963580"),
    (Region::ApSouth1, "718504428378"),
    (Region::ApNortheast3, "383597477331"),
    (Region::ApNortheast2, "600734575887"),
    (Region::ApSoutheast1, "114774131450"),
    (Region::ApSoutheast2, "783225319266"),
    (Region::ApNortheast1, "582318560864"),
    (Region::CaCentral1, "985666609251"),
    (Region::EuCentral1, "054676820928"),
    (Region::EuWest1, "156460612806"),
    (Region::EuWest2, "652711504416"),
    (Region::EuSouth1, "635631232127"),
    (Region::EuWest3, "009996457667"),
    (Region::EuNorth1, "897822967062"),
    (Region::MeSouth1, "076674570225"),
    (Region::SaEast1, "507241528517"),
    (Region::UsGovWest1, "048591011584"),
    (Region::UsGovEast1, "190560391635"),
    (Region::CnNorth1, "638102146993"),
    (Region::CnNorthwest1, "037604701340"),
];

/// Who delivers load balancer access logs in a region, as a bucket policy principal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadBalancerLogWriter {
    /// Regions opened before August 2022: Elastic Load Balancing's account there.
    Account(&'static str),
    /// Regions opened since (eu-central-2, for instance): the service principal
    /// `logdelivery.elasticloadbalancing.amazonaws.com`.
    Service,
}

/// The service principal that delivers load balancer logs in regions opened since
/// August 2022.
pub const ELB_LOG_DELIVERY_SERVICE: &str = "logdelivery.elasticloadbalancing.amazonaws.com";

/// Who writes load balancer access logs in `region` (see [`LoadBalancerLogWriter`]).
pub fn load_balancer_log_writer(region: Region) -> LoadBalancerLogWriter {
    ELB_LOG_ACCOUNTS
        .iter()
        .find(|(r, _)| *r == region)
        .map_or(LoadBalancerLogWriter::Service, |(_, account)| {
            LoadBalancerLogWriter::Account(account)
        })
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
    /// Whether load balancers may write here ([`AccessLogBucketsProps::load_balancers`]).
    pub load_balancers: bool,
}

impl LogBucket {
    /// The nodes a writer to this bucket must be created after (the policy that lets it
    /// write, the ownership controls).
    pub fn write_access(&self) -> &[NodeHandle] {
        &self.write_access
    }
}

/// The statement that lets `region`'s load balancer log delivery put objects under
/// `<LOAD_BALANCER_LOG_PREFIX>/AWSLogs/<account>/` of the bucket `arn`.
fn load_balancer_statement(
    region: Region,
    arn: &Expr<String>,
    account: &Expr<String>,
) -> Statement {
    let principals = match load_balancer_log_writer(region) {
        LoadBalancerLogWriter::Account(id) => StatementPrincipals::new(
            vec![format!("arn:{}:iam::{id}:root", region.partition())],
            PrincipalType::Aws,
        ),
        LoadBalancerLogWriter::Service => {
            StatementPrincipals::new(vec![ELB_LOG_DELIVERY_SERVICE], PrincipalType::Service)
        }
    };
    Statement::new()
        .sid("LoadBalancerAccessLogDelivery")
        .effect(IamEffect::Allow)
        .principals(principals)
        .actions(vec!["s3:PutObject"])
        .resources(vec![interpolate![
            arn,
            "/",
            LOAD_BALANCER_LOG_PREFIX,
            "/AWSLogs/",
            account,
            "/*"
        ]])
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
                    let mut statements = vec![Statement::new()
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
                            vec![account.clone()],
                            "aws:SourceAccount",
                        ))];
                    if props.load_balancers {
                        statements.push(load_balancer_statement(ctx.region(side), arn, &account));
                    }
                    statements
                },
            );
            LogBucket {
                bucket: b.bucket.id(),
                arn: b.bucket.arn(),
                write_access: b.write_access,
                load_balancers: props.load_balancers,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_regions_name_the_elb_account_and_new_ones_the_service() {
        assert_eq!(
            load_balancer_log_writer(Region::EuCentral1),
            LoadBalancerLogWriter::Account("054676820928")
        );
        assert_eq!(
            load_balancer_log_writer(Region::UsEast1),
            LoadBalancerLogWriter::Account("127311923021")
        );
        for newer in [
            Region::EuCentral2,
            Region::ApSouth2,
            Region::IlCentral1,
            Region::CaWest1,
        ] {
            assert_eq!(
                load_balancer_log_writer(newer),
                LoadBalancerLogWriter::Service,
                "{newer}"
            );
        }
        let unique: std::collections::BTreeSet<_> =
            ELB_LOG_ACCOUNTS.iter().map(|(_, a)| a).collect();
        assert_eq!(
            unique.len(),
            ELB_LOG_ACCOUNTS.len(),
            "an account listed twice"
        );
    }
}
