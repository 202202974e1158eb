//! The Aurora global database replication-lag monitor: a function in the DR region that
//! samples the lag **every 30 seconds**, publishes each sample as a high-resolution custom
//! CloudWatch metric, and an alarm that pages when the lag exceeds a threshold (30 s by
//! default) or when no sample arrives.
//!
//! # Why a function, and why two samples per invocation
//!
//! `AWS/RDS AuroraGlobalDBReplicationLag` is a one-minute metric: alarming on it (as
//! [`crate::alarms::AuroraLagAlarm`] does) cannot see anything finer, and reading it twice
//! a minute measures nothing new. EventBridge schedules cannot run more often than once
//! a minute, so an `aws_cloudwatch_event_rule` with `rate(1 minute)` invokes the function
//! (`modules/functions/lag-monitor/`, Python 3.12, boto3 only; its README is the
//! contract), which takes [`SAMPLES_PER_INVOCATION`] samples [`SAMPLE_SPACING_SECONDS`]
//! apart.
//!
//! # Where a sample comes from
//!
//! 1. The RDS Data API on the **primary** cluster: `aurora_global_db_status()` (Aurora
//!    PostgreSQL), the DR region's `rpo_lag_in_msec` — the writes a failover now would
//!    lose. The Data API answers only on a cluster with a writer: "With Aurora global
//!    databases, you can enable Data API on both the primary and secondary DB clusters.
//!    However, a secondary cluster doesn't have a writer instance until it's promoted"
//!    (AWS Aurora User Guide, "Limitations for the Amazon RDS Data API"; the same page:
//!    no Data API on T instance classes, and Aurora PostgreSQL 14+ needs
//!    `scram-sha-256`). The database must be built with
//!    [`AuroraGlobalOptions::data_api`](crate::aurora_global::AuroraGlobalOptions); a
//!    database without it is reported at synth.
//! 2. When that fails or has no usable row (primary region down, throttled): the newest
//!    `AuroraGlobalDBReplicationLag` datapoint of the DR cluster, read in the DR region.
//! 3. Neither: nothing is published for that sample and an error is logged; the alarm's
//!    `treat_missing_data = breaching` turns the silence into a page (an unmeasurable lag
//!    is a page).
//!
//! Each sample is published in seconds with `StorageResolution = 1` to
//! [`METRIC_NAMESPACE`]/[`METRIC_NAME`] with the dimension
//! `DBClusterIdentifier = <DR cluster>` ([`LagMonitor::metric_dimensions`], the series the
//! alarm watches) and once more with `Source = data-api | cloudwatch` added (which source
//! gave it).
//!
//! # Where it runs
//!
//! **In the DR region**: it must keep reporting when the primary region is down (then the
//! Data API call fails and the CloudWatch fallback, served by the DR region, takes over).
//! For trading-dr the DR region is eu-central-2, an opt-in region; EventBridge scheduled
//! rules and Lambda work there, and the function calls the primary region's Data API
//! endpoint over the network of its [`Placement`] — [`Placement::LambdaNetwork`] for a
//! [`crate::network`] without NAT (as for the failover function).
//!
//! # The alarm
//!
//! On the custom metric's `Maximum` over [`ALARM_PERIOD_SECONDS`] (30 s: a high-resolution
//! metric allows alarm periods of 10 and 30 s), **2 of 2 periods** above the threshold:
//! the lag stayed above it for two consecutive samples (a full minute), so a single
//! outlier does not page, a sustained lag pages within a minute. Missing data is
//! **breaching**: two periods without a sample (the function failed, both sources were
//! unreadable, or the schedule stopped) page too. Alarm and OK actions go to the DR
//! region's alert topic ([`AlertTopics`]); the description is the runbook.
//!
//! # Permissions (exactly)
//!
//! Besides what every tfdr function's role has ([`crate::lambda_function`]):
//! `rds-data:ExecuteStatement` on the primary cluster; `secretsmanager:GetSecretValue` on
//! the master secret and `kms:Decrypt` on its key (the Data API reads the secret with the
//! caller's permissions); `cloudwatch:PutMetricData` on `*` with the condition
//! `cloudwatch:namespace = `[`METRIC_NAMESPACE`] (PutMetricData has no resource-level
//! permissions; the condition key is how it is scoped); `cloudwatch:GetMetricData` on `*`
//! (it supports no resource-level permissions and no condition keys).
//!
//! # Cost (per month, the function alone)
//!
//! 60 × 24 × 30 = 43,200 invocations of about 31 s (the 30 s wait plus the calls) at
//! [`LAG_MONITOR_MEMORY_MB`] = 128 MB: 0.125 GB × 31 s × 43,200 = 167,400 GB-s ×
//! $0.00001667 per GB-s (`lambda:duration-x86` in `data/aws-prices.toml`) ≈ **$2.79**,
//! plus 43,200 requests × $0.20 per million ≈ $0.01 (free tier ignored). The sleeping is
//! most of it; a Step Functions wait or two schedules offset by 30 s would avoid it but
//! EventBridge rules cannot be offset by seconds. Besides: 86,400 `PutMetricData` calls
//! and as many Data API requests, two custom metrics, one high-resolution alarm
//! (CloudWatch and Data API prices, not in `data/aws-prices.toml`).
//!
//! Construct paths: `<id>/dr/…` (the function's, see [`crate::lambda_function`]),
//! `<id>/dr/schedule`, `<id>/dr/schedule-target`, `<id>/dr/schedule-permission`,
//! `<id>/dr/alarm`.

use std::collections::BTreeMap;

use tfdr_dsl::aws::data::iam_policy_document::{Statement, StatementCondition};
use tfdr_dsl::aws::enums::{
    AlarmStatistic, ComparisonOperator, ConditionOperator, IamEffect, LambdaRuntime,
    TreatMissingData,
};
use tfdr_dsl::aws::{
    CloudwatchEventRule, CloudwatchEventTarget, CloudwatchEventTargetArgs, CloudwatchMetricAlarm,
    LambdaPermission, LambdaPermissionArgs,
};
use tfdr_dsl::{Expr, Region};

use crate::alarms::MAX_DESCRIPTION_LEN;
use crate::alerting::AlertTopics;
use crate::api_domain::record_problem;
use crate::aurora_global::AuroraGlobal;
use crate::context::{DrScope, PerRegion, Side};
use crate::kms::KmsKeys;
use crate::lambda_function::{FunctionProps, Placement, RegionalFunction};
use crate::lambda_package::{lag_monitor_zip, LAG_MONITOR_HANDLER};
use crate::network::Network;
use crate::s3_access_logs::AccessLogBuckets;
use crate::values::{
    ExpiryDays, FunctionTimeoutSeconds, LagSeconds, LogRetentionDays, MemoryMb, ReservedConcurrency,
};

/// The function's timeout: above the conservative bound of one invocation, 30 s between
/// samples plus twice a sample's worst case (25 s) plus 5 s (`aws.MIN_FUNCTION_TIMEOUT_S`
/// = 85 in the function, checked by its tests against this constant).
pub const LAG_MONITOR_TIMEOUT_SECONDS: u32 = 90;

/// The function's memory: Lambda's minimum; the function makes three API calls and sleeps,
/// and memory is what the 30 s sleep is billed by (module docs, "Cost").
pub const LAG_MONITOR_MEMORY_MB: u32 = 128;

/// Reserved concurrency: one invocation at a time (an invocation ends before the next
/// scheduled one; a late one waits instead of doubling the samples).
pub const LAG_MONITOR_RESERVED_CONCURRENCY: u32 = 1;

/// Samples one invocation takes (`aws.SAMPLES_PER_INVOCATION`, checked by the function's
/// tests).
pub const SAMPLES_PER_INVOCATION: u32 = 2;

/// Seconds between two samples of an invocation (`aws.SAMPLE_SPACING_S`, checked by the
/// function's tests): with the one-minute schedule, a sample every 30 s.
pub const SAMPLE_SPACING_SECONDS: u32 = 30;

/// The schedule: EventBridge's finest rate.
pub const SCHEDULE_EXPRESSION: &str = "rate(1 minute)";

/// The alarm's period: one sample per period (high-resolution alarms allow 10 and 30 s).
pub const ALARM_PERIOD_SECONDS: u32 = 30;

/// Periods the alarm looks at, and how many must breach: 2 of 2 (module docs, "The alarm").
pub const ALARM_EVALUATION_PERIODS: u32 = 2;

/// Default threshold: 30 s (the requirement).
pub const DEFAULT_LAG_THRESHOLD: LagSeconds = LagSeconds::clamped(30);

/// The namespace the samples are published in (literal: the alarm, the IAM condition and
/// dashboards use it).
pub const METRIC_NAMESPACE: &str = "tfdr/AuroraGlobal";

/// The metric name of the samples (seconds).
pub const METRIC_NAME: &str = "ReplicationLagSeconds";

/// The dimension of the alarmed series: the DR cluster's identifier.
pub const CLUSTER_DIMENSION: &str = "DBClusterIdentifier";

/// The extra dimension of the per-source series, and its values (the function's
/// `sample.SOURCE_*`).
pub const SOURCE_DIMENSION: &str = "Source";
/// Samples read from `aurora_global_db_status()` through the Data API.
pub const SOURCE_DATA_API: &str = "data-api";
/// Samples read from `AuroraGlobalDBReplicationLag` (the fallback).
pub const SOURCE_CLOUDWATCH: &str = "cloudwatch";

/// The Data API action the function needs on the primary cluster.
pub const DATA_API_ACTIONS: [&str; 1] = ["rds-data:ExecuteStatement"];

/// The function's environment variables (its README, "Configuration").
pub mod env {
    /// The primary cluster's ARN (the Data API target).
    pub const PRIMARY_CLUSTER_ARN: &str = "PRIMARY_CLUSTER_ARN";
    /// The master-credentials secret's ARN.
    pub const SECRET_ARN: &str = "SECRET_ARN";
    /// The database the Data API connects to.
    pub const DATABASE_NAME: &str = "DATABASE_NAME";
    /// The DR region (whose row is measured, where samples are published).
    pub const DR_REGION: &str = "DR_REGION";
    /// The DR cluster's identifier.
    pub const DR_CLUSTER_ID: &str = "DR_CLUSTER_ID";
    /// [`super::METRIC_NAMESPACE`].
    pub const METRIC_NAMESPACE: &str = "METRIC_NAMESPACE";
    /// [`super::METRIC_NAME`].
    pub const METRIC_NAME: &str = "METRIC_NAME";
}

/// What the monitor watches, where it runs and where it pages.
#[derive(Debug, Clone)]
pub struct LagMonitorProps<'a> {
    /// The base of the function, role, queue, bucket, rule and alarm names (e.g.
    /// `trading-lag-monitor`).
    pub name: String,
    /// The global database; built with
    /// [`AuroraGlobalOptions::data_api`](crate::aurora_global::AuroraGlobalOptions) on
    /// (otherwise reported at synth: every sample would come from the one-minute fallback).
    pub database: &'a AuroraGlobal,
    /// Lag above which the alarm fires ([`DEFAULT_LAG_THRESHOLD`]: 30 s).
    pub threshold: LagSeconds,
    /// The alarm notifies (alarm and OK) the DR region's topic.
    pub topics: &'a AlertTopics,
    /// Where the function runs (module docs, "Where it runs").
    pub placement: Placement,
    /// The network: with [`Placement::PrivateSubnets`], the function runs in the DR
    /// region's private subnets (unused otherwise).
    pub network: &'a Network,
    /// The DR region's key encrypts the function's environment, logs, queue and code.
    pub keys: &'a KmsKeys,
    /// Where the code bucket's access logs go.
    pub access_logs: &'a AccessLogBuckets,
    /// Retention of the function's logs (CloudWatch Logs, JSON lines).
    pub log_retention: LogRetentionDays,
    /// Days an old code package is kept after it is replaced.
    pub code_expiry: ExpiryDays,
}

/// The deployed monitor: what a stack's dashboard and other alarms need.
#[derive(Debug, Clone)]
pub struct LagMonitor {
    /// The function (DR region).
    pub function: RegionalFunction,
    /// The region the metric and the alarm are in (the DR region).
    pub region: Region,
    /// The metric's namespace ([`METRIC_NAMESPACE`]).
    pub metric_namespace: String,
    /// The metric's name ([`METRIC_NAME`]).
    pub metric_name: String,
    /// The alarmed series' dimensions (literals): `[(DBClusterIdentifier, <DR cluster>)]`.
    pub metric_dimensions: Vec<(String, String)>,
    /// The alarm's name (literal).
    pub alarm_name: String,
    /// The alarm's ARN.
    pub alarm_arn: Expr<String>,
    /// The threshold it was built with.
    pub threshold: LagSeconds,
    /// The schedule rule's ARN.
    pub schedule_arn: Expr<String>,
}

fn allow(sid: &str, actions: Vec<&str>, resources: Vec<Expr<String>>) -> Statement {
    Statement::new()
        .sid(sid)
        .effect(IamEffect::Allow)
        .actions(actions)
        .resources(resources)
}

fn description(name: &str, cluster: &str, region: Region, threshold: u32) -> String {
    format!(
        "{name}: the DR cluster {cluster} in {region} is more than {threshold} s behind the \
         primary ({METRIC_NAMESPACE} {METRIC_NAME}, maximum, two 30 s samples in a row), or no \
         sample arrived for a minute (missing data is breaching). A failover now would lose \
         that lag of writes. Check the lag monitor's logs (source data-api or cloudwatch; an \
         ERROR says why a sample is missing), the primary's write load and the global \
         cluster's status in the RDS console; avoid a planned switchover until OK. If the \
         primary region is down, decide the failover with the last known lag."
    )
}

impl LagMonitor {
    /// Builds the function, its schedule and the alarm in the DR region under
    /// `scope/<id>/dr/…` (see the module docs). A database without the Data API, or a
    /// description over CloudWatch's limit, is recorded on the stack (synth reports it).
    pub fn new(scope: &DrScope, id: &str, props: &LagMonitorProps<'_>) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        let dr = Side::Dr;
        let region = ctx.region(dr);
        let db = props.database;
        if !db.data_api {
            record_problem(
                &me,
                "the database does not have the RDS Data API enabled (build it with \
                 AuroraGlobalOptions { data_api: true }): the lag monitor could only read the \
                 one-minute CloudWatch metric"
                    .into(),
            );
        }
        // The primary cluster, its secret and the secret's key live in the primary region
        // and are read from the DR region on purpose.
        let primary_cluster = db.primary_cluster_arn.clone().cross_region();
        let secret = db.secret_arn.clone().cross_region();
        let dr_cluster = db.cluster_identifiers.dr.clone();

        let environment = BTreeMap::from([
            (
                env::PRIMARY_CLUSTER_ARN.to_string(),
                primary_cluster.clone(),
            ),
            (env::SECRET_ARN.to_string(), secret.clone()),
            (
                env::DATABASE_NAME.to_string(),
                db.database_name.as_str().into(),
            ),
            (env::DR_REGION.to_string(), region.as_str().into()),
            (env::DR_CLUSTER_ID.to_string(), dr_cluster.as_str().into()),
            (env::METRIC_NAMESPACE.to_string(), METRIC_NAMESPACE.into()),
            (env::METRIC_NAME.to_string(), METRIC_NAME.into()),
        ]);
        let grants = vec![
            allow(
                "QueryPrimaryThroughDataApi",
                DATA_API_ACTIONS.to_vec(),
                vec![primary_cluster],
            ),
            allow(
                "ReadDatabaseSecret",
                vec!["secretsmanager:GetSecretValue"],
                vec![secret],
            ),
            allow(
                "DecryptDatabaseSecret",
                vec!["kms:Decrypt"],
                vec![db.secret_key_arn.clone().cross_region()],
            ),
            allow(
                "PublishLagSamples",
                vec!["cloudwatch:PutMetricData"],
                vec!["*".into()],
            )
            .condition(StatementCondition::new(
                ConditionOperator::StringEquals,
                vec![METRIC_NAMESPACE],
                "cloudwatch:namespace",
            )),
            allow(
                "ReadFallbackLagMetric",
                vec!["cloudwatch:GetMetricData"],
                vec!["*".into()],
            ),
        ];

        let package = lag_monitor_zip();
        let function = RegionalFunction::build_placed(
            &me,
            dr,
            &FunctionProps {
                name: props.name.clone(),
                description: "Aurora global database replication lag, sampled every 30 s \
                              (tfdr lag_monitor)"
                    .into(),
                package: &package,
                handler: LAG_MONITOR_HANDLER.into(),
                runtime: LambdaRuntime::Python312,
                memory: MemoryMb::new(LAG_MONITOR_MEMORY_MB).expect("a valid memory size"),
                timeout: FunctionTimeoutSeconds::new(LAG_MONITOR_TIMEOUT_SECONDS)
                    .expect("a valid timeout"),
                reserved_concurrency: ReservedConcurrency::new(LAG_MONITOR_RESERVED_CONCURRENCY)
                    .expect("a valid reserved concurrency"),
                network: props.network,
                keys: props.keys,
                access_logs: props.access_logs,
                log_retention: props.log_retention,
                code_expiry: props.code_expiry,
                environment: PerRegion {
                    primary: BTreeMap::new(),
                    dr: environment,
                },
                grants: PerRegion {
                    primary: Vec::new(),
                    dr: grants,
                },
            },
            props.placement,
        );

        let scope_dr = me.region(dr);
        let rule = scope_dr.add(
            "schedule",
            CloudwatchEventRule::new()
                .name(ctx.name::<CloudwatchEventRule>(&props.name, dr))
                .description("Invokes the replication-lag monitor, which samples twice a minute")
                .schedule_expression(SCHEDULE_EXPRESSION),
        );
        let permission = scope_dr.add(
            "schedule-permission",
            LambdaPermission::new(LambdaPermissionArgs {
                action: "lambda:InvokeFunction".into(),
                function_name: function.arn.clone(),
                principal: "events.amazonaws.com".into(),
            })
            .statement_id("AllowInvokeFromLagMonitorSchedule")
            .source_arn(rule.arn()),
        );
        let target = scope_dr.add(
            "schedule-target",
            CloudwatchEventTarget::new(CloudwatchEventTargetArgs {
                arn: function.arn.clone(),
                rule: rule.name(),
            })
            .target_id("lag-monitor"),
        );
        target.node().depends_on(permission.node());

        let threshold = props.threshold.get();
        let alarm_name = ctx
            .name_in::<CloudwatchMetricAlarm>(&format!("{}-replication-lag", props.name), region);
        let text = description(&props.name, &dr_cluster, region, threshold);
        if text.chars().count() > MAX_DESCRIPTION_LEN {
            record_problem(
                &me,
                format!(
                    "the description of alarm `{alarm_name}` is {} characters; CloudWatch \
                     allows {MAX_DESCRIPTION_LEN}",
                    text.chars().count()
                ),
            );
        }
        let actions: Vec<Expr<String>> = match props.topics.in_region(region) {
            Some(topic) => vec![topic.arn.clone()],
            None => {
                record_problem(
                    &me,
                    format!(
                        "alarm `{alarm_name}` is in {region}, where the alert topics have no topic"
                    ),
                );
                Vec::new()
            }
        };
        let dimensions = vec![(CLUSTER_DIMENSION.to_string(), dr_cluster.clone())];
        let alarm = scope_dr.add(
            "alarm",
            CloudwatchMetricAlarm::new(
                alarm_name.as_str(),
                ComparisonOperator::GreaterThanThreshold,
                ALARM_EVALUATION_PERIODS,
            )
            .namespace(METRIC_NAMESPACE)
            .metric_name(METRIC_NAME)
            .dimensions(
                dimensions
                    .iter()
                    .map(|(k, v)| (k.clone(), Expr::<String>::from(v.as_str())))
                    .collect::<BTreeMap<String, Expr<String>>>(),
            )
            .statistic(AlarmStatistic::Maximum)
            .period(ALARM_PERIOD_SECONDS)
            .datapoints_to_alarm(ALARM_EVALUATION_PERIODS)
            .threshold(f64::from(threshold))
            .unit("Seconds")
            .treat_missing_data(TreatMissingData::Breaching)
            .alarm_description(text)
            .alarm_actions(actions.clone())
            .ok_actions(actions),
        );

        LagMonitor {
            function,
            region,
            metric_namespace: METRIC_NAMESPACE.into(),
            metric_name: METRIC_NAME.into(),
            metric_dimensions: dimensions,
            alarm_name,
            alarm_arn: alarm.arn(),
            threshold: props.threshold,
            schedule_arn: rule.arn(),
        }
    }
}

#[cfg(test)]
mod tests;
