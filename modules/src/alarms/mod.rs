//! Typed CloudWatch alarms for an active-passive stack: the signals that say a region is
//! failing, a replica is falling behind, or a service is erroring — each on the right
//! metric, in the region CloudWatch publishes that metric in, notifying that region's
//! alert topic.
//!
//! Every alarm:
//! - sends both `alarm_actions` and `ok_actions` to the [`AlertTopics`] topic of its own
//!   region (an alarm can only notify a topic of its region), so on-call hears when a
//!   problem starts and when it ends;
//! - has a description that says what the alarm means and what to do (it arrives in the
//!   notification), at most [`MAX_DESCRIPTION_LEN`] characters (longer is reported at
//!   synth);
//! - chooses `treat_missing_data` for its metric: `breaching` where silence itself is the
//!   failure (a health check or a secondary cluster that stops reporting), `notBreaching`
//!   where silence means no traffic (errors, throttles, replication of writes that did not
//!   happen — and the passive region has no traffic);
//! - is named by the naming policy (`aws_cloudwatch_metric_alarm.alarm_name`).
//!
//! The components, each `X::new(&scope, "id", &XProps { .. })`:
//! - [`HealthCheckAlarms`]: Route 53 `HealthCheckStatus` of each region's health check,
//!   in us-east-1 whatever the pair is (`<id>/<primary|dr|us-east-1>/check-<side>`);
//! - [`AuroraLagAlarm`]: `AuroraGlobalDBReplicationLag` of the secondary cluster, in the
//!   DR region (`<id>/dr/alarm`);
//! - [`TableReplicationAlarm`]: DynamoDB `ReplicationLatency` primary → DR, in the
//!   primary region (`<id>/primary/alarm`);
//! - [`BucketReplicationAlarms`]: S3 `OperationsFailedReplication` and
//!   `ReplicationLatency` above Replication Time Control's 15 minutes, in the source region
//!   (`<id>/primary/{failed,latency}`);
//! - [`FunctionAlarms`]: Lambda `Errors` and `Throttles` per region
//!   (`<id>/<side>/{errors,throttles}`);
//! - [`ApiAlarms`]: API Gateway `5XXError` rate and p99 `Latency` per region
//!   (`<id>/<side>/{server-errors,latency}`);
//! - [`WebAlarms`]: a web tier's healthy targets, 5XX answers and p99 response time per
//!   region (`<id>/<side>/{no-healthy-hosts,server-errors,latency}`).

use std::collections::BTreeMap;

use tfdr_dsl::aws::enums::{ComparisonOperator, TreatMissingData};
use tfdr_dsl::aws::CloudwatchMetricAlarm;
use tfdr_dsl::{Expr, Region};

use crate::alerting::AlertTopics;
use crate::api_domain::record_problem;
use crate::aurora_global::AuroraGlobal;
use crate::context::{DrScope, PerRegion, Side};
use crate::dynamodb_global::GlobalTable;
use crate::failover_dns::FailoverDns;
use crate::lambda_function::Function;
use crate::regional_api::RegionalApi;
use crate::s3_replication::{ReplicatedBucket, REPLICATION_MINUTES};
use crate::values::{AlarmCount, ErrorRatePercent, ThresholdMs};

mod metric;

mod watch;
mod web;

pub use metric::{
    AlbMetric, ApiMetric, GroupMetric, LambdaMetric, Metric, MetricName, S3ReplicationMetric,
    Statistic,
};
pub use watch::{PrimaryWatchAlarms, PrimaryWatchAlarmsProps};
pub use web::{
    RegionalWebAlarms, WebAlarms, WebAlarmsProps, DEFAULT_WEB_5XX_COUNT, DEFAULT_WEB_LATENCY_P99,
};

/// The longest alarm description CloudWatch accepts (`AlarmDescription`, 1024).
pub const MAX_DESCRIPTION_LEN: usize = 1024;

/// Default replication-lag threshold of [`AuroraLagAlarm`]: 1 s, the lag Aurora global
/// databases typically stay under; above it a failover would lose more than a second of
/// writes.
pub const DEFAULT_AURORA_LAG: ThresholdMs = ThresholdMs::clamped(1_000);

/// Default latency threshold of [`TableReplicationAlarm`]: 5 s, twice the top of the
/// 0.5–2.5 s AWS gives as typical between regions of one geography.
pub const DEFAULT_TABLE_LATENCY: ThresholdMs = ThresholdMs::clamped(5_000);

/// Default p99 latency threshold of [`ApiAlarms`]: 2.5 s.
pub const DEFAULT_API_LATENCY_P99: ThresholdMs = ThresholdMs::clamped(2_500);

/// Default 5XX rate of [`ApiAlarms`]: 5 %, the threshold AWS recommends for API Gateway
/// error rates.
pub const DEFAULT_API_ERROR_RATE: ErrorRatePercent = ErrorRatePercent::clamped(5);

/// Default per-minute counts of [`FunctionAlarms`]: any error or throttle in a minute
/// counts (the function serves payments: none is expected).
pub const DEFAULT_FUNCTION_COUNT: AlarmCount = AlarmCount::clamped(1);

/// Seconds after which S3 replication misses Replication Time Control (15 minutes): the
/// threshold of [`BucketReplicationAlarms`]' latency alarm.
pub const S3_REPLICATION_LATENCY_SECONDS: u32 = REPLICATION_MINUTES * 60;

/// Which data points make an alarm fire: `datapoints` of the last `periods` periods of
/// `period_seconds` each must breach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Evaluation {
    /// Length of one period.
    pub period_seconds: u32,
    /// How many periods are looked at.
    pub periods: u32,
    /// How many of them must breach.
    pub datapoints: u32,
}

/// A single bad minute fires (health checks: Route 53 already waited for its failure
/// threshold before reporting 0).
pub const ONE_MINUTE: Evaluation = Evaluation {
    period_seconds: 60,
    periods: 1,
    datapoints: 1,
};

/// Three bad minutes in a row (replication lag: a brief spike is normal under a burst of
/// writes).
pub const THREE_MINUTES: Evaluation = Evaluation {
    period_seconds: 60,
    periods: 3,
    datapoints: 3,
};

/// Three bad minutes out of five (traffic signals: a single noisy minute does not page,
/// a flapping problem does).
pub const THREE_OF_FIVE_MINUTES: Evaluation = Evaluation {
    period_seconds: 60,
    periods: 5,
    datapoints: 3,
};

/// Five bad minutes in a row (table replication latency, which varies with write load).
pub const FIVE_MINUTES: Evaluation = Evaluation {
    period_seconds: 60,
    periods: 5,
    datapoints: 5,
};

/// One five-minute period (S3 replication metrics are coarse).
pub const ONE_FIVE_MINUTE_PERIOD: Evaluation = Evaluation {
    period_seconds: 300,
    periods: 1,
    datapoints: 1,
};

/// One alarm, as the rest of the stack (dashboards, other components) sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Alarm {
    /// The alarm name (literal).
    pub name: String,
    /// The alarm ARN.
    pub arn: Expr<String>,
    /// The region the alarm (and its metric) is in.
    pub region: Region,
    /// The metric it watches.
    pub metric: Metric,
    /// The statistic compared.
    pub statistic: Statistic,
    /// How it compares.
    pub comparison: ComparisonOperator,
    /// The threshold, in the metric's unit (a dashboard draws it as an annotation).
    pub threshold: f64,
    /// Which data points make it fire.
    pub evaluation: Evaluation,
    /// How it treats missing data.
    pub missing_data: TreatMissingData,
}

/// What an alarm is, before it is added.
struct AlarmSpec {
    base: String,
    metric: Metric,
    statistic: Statistic,
    comparison: ComparisonOperator,
    threshold: f64,
    evaluation: Evaluation,
    missing_data: TreatMissingData,
    description: String,
}

/// Adds the alarm `id` under `me`'s scope of the metric's region, notifying (alarm and
/// OK) that region's topic.
fn add_alarm(me: &DrScope, id: &str, topics: &AlertTopics, spec: AlarmSpec) -> Alarm {
    let ctx = me.ctx();
    let region = spec.metric.region;
    let name = ctx.name_in::<CloudwatchMetricAlarm>(&spec.base, region);
    let actions: Vec<Expr<String>> = match topics.in_region(region) {
        Some(topic) => vec![topic.arn.clone()],
        None => {
            record_problem(
                me,
                format!("alarm `{name}` is in {region}, where the alert topics have no topic"),
            );
            Vec::new()
        }
    };
    if spec.description.chars().count() > MAX_DESCRIPTION_LEN {
        record_problem(
            me,
            format!(
                "the description of alarm `{name}` is {} characters; CloudWatch allows {MAX_DESCRIPTION_LEN}",
                spec.description.chars().count()
            ),
        );
    }
    let dimensions: BTreeMap<String, Expr<String>> = spec
        .metric
        .dimensions
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    let alarm = CloudwatchMetricAlarm::new(name.as_str(), spec.comparison, spec.evaluation.periods)
        .namespace(spec.metric.name.namespace())
        .metric_name(spec.metric.name.as_str())
        .dimensions(dimensions)
        .period(spec.evaluation.period_seconds)
        .datapoints_to_alarm(spec.evaluation.datapoints)
        .threshold(spec.threshold)
        .treat_missing_data(spec.missing_data)
        .alarm_description(spec.description)
        .alarm_actions(actions.clone())
        .ok_actions(actions);
    let alarm = match spec.statistic.basic() {
        Some(statistic) => alarm.statistic(statistic),
        None => alarm.extended_statistic(spec.statistic.as_str()),
    };
    let handle = me.region_for(region).add(id, alarm);
    Alarm {
        name,
        arn: handle.arn(),
        region,
        metric: spec.metric,
        statistic: spec.statistic,
        comparison: spec.comparison,
        threshold: spec.threshold,
        evaluation: spec.evaluation,
        missing_data: spec.missing_data,
    }
}

// ----- Route 53 health checks ---------------------------------------------------------

/// The health checks to watch and where to send the alarms.
#[derive(Debug, Clone)]
pub struct HealthCheckAlarmsProps<'a> {
    /// The base of the alarm names (e.g. `payments`).
    pub name: String,
    /// The failover DNS whose health checks (one per region) are watched.
    pub dns: &'a FailoverDns,
    /// The alarms notify the us-east-1 topic ([`AlertTopics::us_east_1`]).
    pub topics: &'a AlertTopics,
}

/// One alarm per region's health check, both in us-east-1 (Route 53 publishes
/// `HealthCheckStatus` nowhere else). Dereferences to [`PerRegion<Alarm>`], keyed by the
/// side whose health check the alarm watches.
#[derive(Debug, Clone)]
pub struct HealthCheckAlarms(PerRegion<Alarm>);

impl std::ops::Deref for HealthCheckAlarms {
    type Target = PerRegion<Alarm>;
    fn deref(&self) -> &PerRegion<Alarm> {
        &self.0
    }
}

fn health_description(side: Side, region: Region, fqdn: &str) -> String {
    let what = format!(
        "{fqdn}: the Route 53 health check of the {} region ({region}) fails \
         (HealthCheckStatus < 1 for a minute; no data counts as failing).",
        side.alias()
    );
    let todo = match side {
        Side::Primary => format!(
            " Route 53 now answers {fqdn} with the DR region if the DR check is healthy: \
             confirm the DR health alarm is OK on the dashboard, then follow the DR runbook \
             (fail the Aurora global database over to DR, watch DR 5XX and latency, \
             inform stakeholders). OK means {region} answers again: fail back deliberately, \
             after replication has caught up."
        ),
        Side::Dr => format!(
            " Failing over is not possible while this fires: find why the DR API in {region} \
             does not answer (deployment, Lambda errors, the stage) before the primary is \
             needed. If the primary is failing too, Route 53 keeps answering with the primary."
        ),
    };
    format!("{what}{todo}")
}

impl HealthCheckAlarms {
    /// Builds both alarms under `scope/<id>/<the id of us-east-1>`.
    pub fn new(scope: &DrScope, id: &str, props: &HealthCheckAlarmsProps<'_>) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        // Route 53 is global: its checks are written through the primary provider. When
        // us-east-1 is not the primary, the alarm reads the check id across providers.
        let crosses = ctx.side_of(crate::alerting::ROUTE53_METRICS_REGION) != Some(Side::Primary);
        HealthCheckAlarms(PerRegion::from_fn(|side| {
            let id = props.dns.health_check_ids.get(side).clone();
            let id = if crosses { id.cross_region() } else { id };
            add_alarm(
                &me,
                &format!("check-{}", side.alias()),
                props.topics,
                AlarmSpec {
                    base: format!("{}-{}-health-check", props.name, side.alias()),
                    metric: Metric::health_check_status(id),
                    statistic: Statistic::Minimum,
                    comparison: ComparisonOperator::LessThanThreshold,
                    threshold: 1.0,
                    evaluation: ONE_MINUTE,
                    missing_data: TreatMissingData::Breaching,
                    description: health_description(
                        side,
                        ctx.region(side),
                        props.dns.fqdn.as_str(),
                    ),
                },
            )
        }))
    }

    /// Both alarms, primary first.
    pub fn alarms(&self) -> Vec<&Alarm> {
        vec![&self.0.primary, &self.0.dr]
    }
}

// ----- Aurora global database -----------------------------------------------------------

/// The database to watch.
#[derive(Debug, Clone)]
pub struct AuroraLagAlarmProps<'a> {
    /// The base of the alarm name (e.g. `payments`).
    pub name: String,
    /// The global database; its secondary (DR) cluster is watched.
    pub database: &'a AuroraGlobal,
    /// The alarm notifies the DR region's topic.
    pub topics: &'a AlertTopics,
    /// Lag above which the alarm fires ([`DEFAULT_AURORA_LAG`]: 1 s).
    pub threshold: ThresholdMs,
}

/// The replication-lag alarm of an Aurora global database's secondary cluster.
#[derive(Debug, Clone)]
pub struct AuroraLagAlarm {
    /// The alarm, in the DR region.
    pub alarm: Alarm,
}

impl AuroraLagAlarm {
    /// Builds the alarm under `scope/<id>/dr`.
    pub fn new(scope: &DrScope, id: &str, props: &AuroraLagAlarmProps<'_>) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        let region = ctx.region(Side::Dr);
        let cluster = props.database.cluster_identifiers.dr.as_str();
        let t = props.threshold.get();
        let description = format!(
            "Aurora global database: the secondary cluster {cluster} in {region} is more than \
             {t} ms behind the primary (AuroraGlobalDBReplicationLag, maximum, 3 minutes in a \
             row; no data counts as breaching: the secondary stopped reporting because it is \
             detached, promoted or down). A failover now would lose the writes of that lag \
             (RPO at risk). Check the primary's write load and CPU, the secondary instance and \
             the global cluster's status in the RDS console ({region}). Avoid a planned \
             switchover until it is OK; after a failover this alarm stays until the global \
             database is rebuilt."
        );
        AuroraLagAlarm {
            alarm: add_alarm(
                &me,
                "alarm",
                props.topics,
                AlarmSpec {
                    base: format!("{}-aurora-replication-lag", props.name),
                    metric: Metric::aurora_global_replication_lag(cluster, region),
                    statistic: Statistic::Maximum,
                    comparison: ComparisonOperator::GreaterThanThreshold,
                    threshold: f64::from(t),
                    evaluation: THREE_MINUTES,
                    missing_data: TreatMissingData::Breaching,
                    description,
                },
            ),
        }
    }

    /// The alarm.
    pub fn alarms(&self) -> Vec<&Alarm> {
        vec![&self.alarm]
    }
}

// ----- DynamoDB global table ----------------------------------------------------------

/// The table to watch.
#[derive(Debug, Clone)]
pub struct TableReplicationAlarmProps<'a> {
    /// The base of the alarm name (e.g. `payments-sessions`).
    pub name: String,
    /// The global table; its replication primary → DR is watched.
    pub table: &'a GlobalTable,
    /// The alarm notifies the primary region's topic.
    pub topics: &'a AlertTopics,
    /// Average latency above which the alarm fires ([`DEFAULT_TABLE_LATENCY`]: 5 s).
    pub threshold: ThresholdMs,
}

/// The replication-latency alarm of a global table, primary → DR.
#[derive(Debug, Clone)]
pub struct TableReplicationAlarm {
    /// The alarm, in the primary region.
    pub alarm: Alarm,
}

impl TableReplicationAlarm {
    /// Builds the alarm under `scope/<id>/primary`.
    pub fn new(scope: &DrScope, id: &str, props: &TableReplicationAlarmProps<'_>) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        let p = ctx.region(Side::Primary);
        let d = ctx.region(Side::Dr);
        let table = props.table.name.as_str();
        let t = props.threshold.get();
        let description = format!(
            "DynamoDB global table {table}: replication from {p} to {d} takes more than {t} ms \
             on average (ReplicationLatency, 5 minutes in a row; no data means no writes and \
             does not breach). The latest writes would be missing in {d} after a failover. \
             Check the AWS Health Dashboard for DynamoDB in both regions and write throttling \
             on the table; if {p} is degraded, fail traffic over to {d}."
        );
        TableReplicationAlarm {
            alarm: add_alarm(
                &me,
                "alarm",
                props.topics,
                AlarmSpec {
                    base: format!("{}-dynamodb-replication-latency", props.name),
                    metric: Metric::dynamodb_replication_latency(table, p, d),
                    statistic: Statistic::Average,
                    comparison: ComparisonOperator::GreaterThanThreshold,
                    threshold: f64::from(t),
                    evaluation: FIVE_MINUTES,
                    missing_data: TreatMissingData::NotBreaching,
                    description,
                },
            ),
        }
    }

    /// The alarm.
    pub fn alarms(&self) -> Vec<&Alarm> {
        vec![&self.alarm]
    }
}

// ----- S3 replication -------------------------------------------------------------------

/// The replicated bucket to watch.
#[derive(Debug, Clone)]
pub struct BucketReplicationAlarmsProps<'a> {
    /// The base of the alarm names (e.g. `payments-audit`).
    pub name: String,
    /// The bucket pair; its replication rule's metrics are watched.
    pub bucket: &'a ReplicatedBucket,
    /// The alarms notify the primary region's topic.
    pub topics: &'a AlertTopics,
}

/// The replication alarms of a bucket pair, in the source (primary) region.
#[derive(Debug, Clone)]
pub struct BucketReplicationAlarms {
    /// Objects failed to replicate (`OperationsFailedReplication` > 0).
    pub failed: Alarm,
    /// Replicas later than Replication Time Control's 15 minutes (`ReplicationLatency`).
    pub latency: Alarm,
}

impl BucketReplicationAlarms {
    /// Builds both alarms under `scope/<id>/primary`.
    pub fn new(scope: &DrScope, id: &str, props: &BucketReplicationAlarmsProps<'_>) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        let p = ctx.region(Side::Primary);
        let d = ctx.region(Side::Dr);
        let b = props.bucket;
        let rule = b.replication_rule_id.as_str();
        let name = props.name.as_str();
        // The metric names the DR bucket from the primary region: intended cross-region.
        let metric = |which| {
            Metric::s3_replication(
                which,
                b.primary_bucket.clone(),
                b.dr_bucket.clone().cross_region(),
                rule,
                p,
            )
        };
        let failed = add_alarm(
            &me,
            "failed",
            props.topics,
            AlarmSpec {
                base: format!("{name}-s3-replication-failed"),
                metric: metric(S3ReplicationMetric::OperationsFailed),
                statistic: Statistic::Sum,
                comparison: ComparisonOperator::GreaterThanThreshold,
                threshold: 0.0,
                evaluation: ONE_FIVE_MINUTE_PERIOD,
                missing_data: TreatMissingData::NotBreaching,
                description: format!(
                    "S3 replication of the {name} buckets ({p} to {d}, rule {rule}): objects \
                     failed to replicate in the last 5 minutes (OperationsFailedReplication > 0; \
                     no data means nothing replicated). They exist only in {p} until fixed. \
                     Check the replication role's permissions and both KMS keys (Decrypt in {p}, \
                     Encrypt in {d}), then replicate the failed objects again with S3 Batch \
                     Replication."
                ),
            },
        );
        let seconds = S3_REPLICATION_LATENCY_SECONDS;
        let latency = add_alarm(
            &me,
            "latency",
            props.topics,
            AlarmSpec {
                base: format!("{name}-s3-replication-latency"),
                metric: metric(S3ReplicationMetric::Latency),
                statistic: Statistic::Maximum,
                comparison: ComparisonOperator::GreaterThanThreshold,
                threshold: f64::from(seconds),
                evaluation: ONE_FIVE_MINUTE_PERIOD,
                missing_data: TreatMissingData::NotBreaching,
                description: format!(
                    "S3 replication of the {name} buckets ({p} to {d}, rule {rule}): replicas \
                     arrive more than {seconds} s after their objects, missing Replication Time \
                     Control (ReplicationLatency, maximum over 5 minutes; no data means nothing \
                     to replicate). The objects' RPO is not met. Check for a surge of writes or \
                     very large objects and S3 health in both regions; OperationsFailedReplication \
                     says whether objects fail outright."
                ),
            },
        );
        BucketReplicationAlarms { failed, latency }
    }

    /// Both alarms.
    pub fn alarms(&self) -> Vec<&Alarm> {
        vec![&self.failed, &self.latency]
    }
}

// ----- Lambda functions -------------------------------------------------------------

/// The function to watch.
#[derive(Debug, Clone)]
pub struct FunctionAlarmsProps<'a> {
    /// The base of the alarm names (e.g. `payments`).
    pub name: String,
    /// The function, in both regions.
    pub function: &'a Function,
    /// Each region's alarms notify that region's topic.
    pub topics: &'a AlertTopics,
    /// Errors per minute that make a minute bad ([`DEFAULT_FUNCTION_COUNT`]: 1).
    pub errors: AlarmCount,
    /// Throttles per minute that make a minute bad ([`DEFAULT_FUNCTION_COUNT`]: 1).
    pub throttles: AlarmCount,
}

/// One region's function alarms.
#[derive(Debug, Clone)]
pub struct RegionalFunctionAlarms {
    /// `Errors` (sum) at or above the threshold in 3 of 5 minutes.
    pub errors: Alarm,
    /// `Throttles` (sum) at or above the threshold in 3 of 5 minutes.
    pub throttles: Alarm,
    /// `Invocations` (not alarmed; dashboards show it next to the errors).
    pub invocations: Metric,
}

/// The alarms of a function in both regions. Dereferences to
/// [`PerRegion<RegionalFunctionAlarms>`].
#[derive(Debug, Clone)]
pub struct FunctionAlarms(PerRegion<RegionalFunctionAlarms>);

impl std::ops::Deref for FunctionAlarms {
    type Target = PerRegion<RegionalFunctionAlarms>;
    fn deref(&self) -> &PerRegion<RegionalFunctionAlarms> {
        &self.0
    }
}

impl FunctionAlarms {
    /// Builds the alarms under `scope/<id>/<primary|dr>`.
    pub fn new(scope: &DrScope, id: &str, props: &FunctionAlarmsProps<'_>) -> Self {
        let me = scope.child(id);
        FunctionAlarms(PerRegion::from_fn(|side| {
            let f = props.function.get(side);
            let (function, region, a) = (f.name.as_str(), f.region, side.alias());
            let base = format!("{}-{a}-lambda", props.name);
            let n = props.errors.get();
            let errors = add_alarm(
                &me,
                "errors",
                props.topics,
                AlarmSpec {
                    base: format!("{base}-errors"),
                    metric: Metric::lambda(LambdaMetric::Errors, function, region),
                    statistic: Statistic::Sum,
                    comparison: ComparisonOperator::GreaterThanOrEqualToThreshold,
                    threshold: f64::from(n),
                    evaluation: THREE_OF_FIVE_MINUTES,
                    missing_data: TreatMissingData::NotBreaching,
                    description: format!(
                        "Lambda function {function} in {region} ({a}): {n} or more invocation \
                         errors a minute in 3 of the last 5 minutes (Errors, sum; no data means \
                         no invocations). Read the function's logs (/aws/lambda/{function}) and \
                         X-Ray traces, check what it calls in {region} (table replica, database, \
                         secrets) and recent deployments; roll the code back if a deployment \
                         caused it. Failed asynchronous events wait in its failure queue."
                    ),
                },
            );
            let n = props.throttles.get();
            let throttles = add_alarm(
                &me,
                "throttles",
                props.topics,
                AlarmSpec {
                    base: format!("{base}-throttles"),
                    metric: Metric::lambda(LambdaMetric::Throttles, function, region),
                    statistic: Statistic::Sum,
                    comparison: ComparisonOperator::GreaterThanOrEqualToThreshold,
                    threshold: f64::from(n),
                    evaluation: THREE_OF_FIVE_MINUTES,
                    missing_data: TreatMissingData::NotBreaching,
                    description: format!(
                        "Lambda function {function} in {region} ({a}): {n} or more throttled \
                         invocations a minute in 3 of the last 5 minutes: requests are refused \
                         because its reserved concurrency is used up. After a failover this \
                         region takes the whole load: raise the reserved concurrency if the \
                         traffic is legitimate, or lower the API stage's throttling to shed it."
                    ),
                },
            );
            RegionalFunctionAlarms {
                errors,
                throttles,
                invocations: Metric::lambda(LambdaMetric::Invocations, function, region),
            }
        }))
    }

    /// Every alarm, primary first.
    pub fn alarms(&self) -> Vec<&Alarm> {
        self.0
            .iter()
            .flat_map(|(_, r)| [&r.errors, &r.throttles])
            .collect()
    }
}

// ----- REST APIs ----------------------------------------------------------------------

/// The API to watch.
#[derive(Debug, Clone)]
pub struct ApiAlarmsProps<'a> {
    /// The base of the alarm names (e.g. `payments`).
    pub name: String,
    /// The API, in both regions.
    pub api: &'a RegionalApi,
    /// Each region's alarms notify that region's topic.
    pub topics: &'a AlertTopics,
    /// Share of 5XX answers that makes a minute bad ([`DEFAULT_API_ERROR_RATE`]: 5 %).
    pub error_rate: ErrorRatePercent,
    /// p99 latency that makes a minute bad ([`DEFAULT_API_LATENCY_P99`]: 2.5 s).
    pub latency_p99: ThresholdMs,
}

/// One region's API alarms.
#[derive(Debug, Clone)]
pub struct RegionalApiAlarms {
    /// `5XXError` (average: the share of requests) above the rate in 3 of 5 minutes.
    pub server_errors: Alarm,
    /// `Latency` p99 above the threshold in 3 of 5 minutes.
    pub latency: Alarm,
    /// `Count` (not alarmed; dashboards show the traffic next to the errors).
    pub requests: Metric,
}

/// The alarms of an API in both regions. Dereferences to [`PerRegion<RegionalApiAlarms>`].
#[derive(Debug, Clone)]
pub struct ApiAlarms(PerRegion<RegionalApiAlarms>);

impl std::ops::Deref for ApiAlarms {
    type Target = PerRegion<RegionalApiAlarms>;
    fn deref(&self) -> &PerRegion<RegionalApiAlarms> {
        &self.0
    }
}

impl ApiAlarms {
    /// Builds the alarms under `scope/<id>/<primary|dr>`.
    pub fn new(scope: &DrScope, id: &str, props: &ApiAlarmsProps<'_>) -> Self {
        let me = scope.child(id);
        ApiAlarms(PerRegion::from_fn(|side| {
            let out = props.api.get(side);
            let (api, stage) = (out.name.as_str(), out.endpoint.stage_name.as_str());
            let region = out.endpoint.region;
            let a = side.alias();
            let base = format!("{}-{a}-api", props.name);
            let rate = props.error_rate;
            let server_errors = add_alarm(
                &me,
                "server-errors",
                props.topics,
                AlarmSpec {
                    base: format!("{base}-5xx"),
                    metric: Metric::api(ApiMetric::ServerErrors, api, stage, region),
                    statistic: Statistic::Average,
                    comparison: ComparisonOperator::GreaterThanThreshold,
                    threshold: rate.fraction(),
                    evaluation: THREE_OF_FIVE_MINUTES,
                    missing_data: TreatMissingData::NotBreaching,
                    description: format!(
                        "REST API {api} (stage {stage}) in {region} ({a}): more than {}% of \
                         requests answered 5XX in 3 of the last 5 minutes (5XXError, average; no \
                         data means no traffic). Check the Lambda alarms of {region} and the \
                         stage's access logs. Route 53 fails over only when the health route \
                         fails too: if other routes fail and the DR region is healthy, fail over \
                         by hand.",
                        rate.get()
                    ),
                },
            );
            let t = props.latency_p99.get();
            let latency = add_alarm(
                &me,
                "latency",
                props.topics,
                AlarmSpec {
                    base: format!("{base}-p99-latency"),
                    metric: Metric::api(ApiMetric::Latency, api, stage, region),
                    statistic: Statistic::P99,
                    comparison: ComparisonOperator::GreaterThanThreshold,
                    threshold: f64::from(t),
                    evaluation: THREE_OF_FIVE_MINUTES,
                    missing_data: TreatMissingData::NotBreaching,
                    description: format!(
                        "REST API {api} (stage {stage}) in {region} ({a}): p99 latency above {t} ms \
                         in 3 of the last 5 minutes (Latency, p99; no data means no traffic). \
                         Check the function's duration and cold starts and the database and \
                         table latency in {region}. A slow region still passes its health check: \
                         if the DR region is healthy, consider failing over by hand."
                    ),
                },
            );
            RegionalApiAlarms {
                server_errors,
                latency,
                requests: Metric::api(ApiMetric::Count, api, stage, region),
            }
        }))
    }

    /// Every alarm, primary first.
    pub fn alarms(&self) -> Vec<&Alarm> {
        self.0
            .iter()
            .flat_map(|(_, r)| [&r.server_errors, &r.latency])
            .collect()
    }
}

#[cfg(test)]
pub(crate) mod tests;

// ----- a single-region operations function (e.g. the failover function) ---------------

/// What [`OpsFunctionAlarms`] watch.
#[derive(Debug, Clone)]
pub struct OpsFunctionAlarmsProps<'a> {
    /// The base of the alarm names (e.g. `payments-db-failover`).
    pub name: String,
    /// The function (one region).
    pub function: &'a crate::lambda_function::RegionalFunction,
    /// The alarms notify the topic of the function's region.
    pub topics: &'a AlertTopics,
    /// What the on-call engineer does when it fails (appended to both descriptions).
    pub runbook: String,
}

/// Alarms on a function whose silence is dangerous: one that runs rarely and matters when
/// it does (the failover function). Any error, and any event left in its failure queue
/// after Lambda's retries, pages at once.
#[derive(Debug, Clone)]
pub struct OpsFunctionAlarms {
    /// `Errors` ≥ 1 in a minute.
    pub errors: Alarm,
    /// `ApproximateNumberOfMessagesVisible` ≥ 1 on the failure queue.
    pub failed_events: Alarm,
}

impl OpsFunctionAlarms {
    /// Builds both alarms under `scope/<id>/<the function's side>`.
    pub fn new(scope: &DrScope, id: &str, props: &OpsFunctionAlarmsProps<'_>) -> Self {
        let me = scope.child(id);
        let f = props.function;
        let (function, region, queue) = (f.name.as_str(), f.region, f.failure_queue_name.as_str());
        let errors = add_alarm(
            &me,
            "errors",
            props.topics,
            AlarmSpec {
                base: format!("{}-errors", props.name),
                metric: Metric::lambda(LambdaMetric::Errors, function, region),
                statistic: Statistic::Sum,
                comparison: ComparisonOperator::GreaterThanOrEqualToThreshold,
                threshold: 1.0,
                evaluation: ONE_MINUTE,
                missing_data: TreatMissingData::NotBreaching,
                description: format!(
                    "Lambda function {function} in {region} failed an invocation (Errors ≥ 1 in                      a minute; no data means it did not run). Read /aws/lambda/{function}. {}",
                    props.runbook
                ),
            },
        );
        let failed_events = add_alarm(
            &me,
            "failed-events",
            props.topics,
            AlarmSpec {
                base: format!("{}-failed-events", props.name),
                metric: Metric::sqs_messages_visible(queue, region),
                statistic: Statistic::Maximum,
                comparison: ComparisonOperator::GreaterThanOrEqualToThreshold,
                threshold: 1.0,
                evaluation: ONE_MINUTE,
                missing_data: TreatMissingData::NotBreaching,
                description: format!(
                    "An event for {function} in {region} failed all of Lambda's retries and                      waits in the queue {queue}: the function did not finish its job. Read the                      message (it carries the request and the error). {}",
                    props.runbook
                ),
            },
        );
        OpsFunctionAlarms {
            errors,
            failed_events,
        }
    }
}
