//! The primary watchers: a monitoring function **in each region** that probes the primary
//! region's health endpoint every minute, publishes what it saw as a metric, and — in the
//! DR region — publishes a `Primary region unhealthy` event that the failover
//! automation's rule turns into a confirmation by Route 53 ([`crate::failover_automation`],
//! [`Trigger::Events`](crate::failover_automation::Trigger::Events)).
//!
//! # Why two watchers, and why they never act
//!
//! Route 53's checkers already probe the primary; their metrics and the alarm on them live
//! in us-east-1, which for a us-east-1 primary is the region that fails. The watcher in
//! the DR region probes the primary from outside it and needs nothing of the primary
//! region to report (its metric, its event and its alarm are in the DR region). The
//! watcher in the primary region sees the endpoint from inside (a failure there and not
//! in the DR one points at the network path, not the application). Neither acts: one
//! probe from one place is not a verdict, so the DR watcher's event only asks the
//! failover function to check Route 53's checkers.
//!
//! # What runs
//!
//! Per region, under `<id>/<primary|dr>/…`: the function
//! (`modules/functions/health/watch.py`, Python 3.12, boto3 only; its README is the
//! contract) with the guarantees of every tfdr function ([`RegionalFunction::build`]) and
//! reserved concurrency 1; an EventBridge rule `rate(1 minute)` (`schedule`), its target
//! and the invoke permission for that rule only. Each invocation: one HTTPS GET of the
//! primary's health URL (healthy: 200 and `"status": "healthy"`), one
//! `rds:DescribeGlobalClusters` (which member writes, whether a failover is in
//! progress), one `PutMetricData` of [`METRIC_NAMESPACE`]/[`METRIC_NAME`] = 1 or 0 with
//! the dimension `Observer = <region>`, and in the DR region, when the probe failed, one
//! `events:PutEvents` to that region's default bus ([`WATCH_DETAIL_TYPE`]).
//!
//! # Network
//!
//! The probe goes to the primary API's public execute-api endpoint, so the function
//! needs a way out: [`Placement::PrivateSubnets`] with NAT gateways (transactions-dr's
//! network has them), or [`Placement::LambdaNetwork`].
//!
//! # Permissions (exactly)
//!
//! Besides what every tfdr function's role has: `rds:DescribeGlobalClusters` on the
//! global cluster; `cloudwatch:PutMetricData` on `*` with `cloudwatch:namespace =
//! `[`METRIC_NAMESPACE`] (no resource-level permissions); in the DR region
//! `events:PutEvents` on its default bus.
//!
//! # Cost
//!
//! 43,200 invocations a month per region of about 0.5 s at 128 MB: 0.125 GB × 0.5 s ×
//! 43,200 = 2,700 GB-s × $0.0000166667 ≈ $0.05, plus $0.01 of requests, per region.

use std::collections::BTreeMap;

use tfdr_dsl::aws::data::iam_policy_document::{Statement, StatementCondition};
use tfdr_dsl::aws::enums::{ConditionOperator, IamEffect, LambdaRuntime};
use tfdr_dsl::aws::{
    CloudwatchEventRule, CloudwatchEventTarget, CloudwatchEventTargetArgs, LambdaPermission,
    LambdaPermissionArgs,
};
use tfdr_dsl::{interpolate, Expr, Region};

use crate::aurora_global::AuroraGlobal;
use crate::context::{DrScope, PerRegion, Side};
use crate::kms::KmsKeys;
use crate::lambda_function::{FunctionProps, Placement, RegionalFunction};
use crate::lambda_package::{health_zip, WATCH_HANDLER};
use crate::network::Network;
use crate::s3_access_logs::AccessLogBuckets;
use crate::values::{
    ExpiryDays, FunctionTimeoutSeconds, LogRetentionDays, MemoryMb, ReservedConcurrency,
};

pub use crate::failover_automation::WATCH_DETAIL_TYPE;

/// The namespace of the watchers' metric.
pub const METRIC_NAMESPACE: &str = "tfdr/PrimaryWatch";

/// The watchers' metric: 1 when the probe of the primary succeeded, 0 when it failed.
pub const METRIC_NAME: &str = "PrimaryHealthy";

/// The dimension naming the region that probed.
pub const OBSERVER_DIMENSION: &str = "Observer";

/// How often each watcher probes (EventBridge's finest rate).
pub const SCHEDULE_EXPRESSION: &str = "rate(1 minute)";

/// The function's timeout: the worst case of one invocation is 31 s (the 5 s probe, then
/// the RDS read, the metric and the event with 2 attempts of 1 s connect / 2 s read each;
/// the package's README, "Timing"), plus room.
pub const WATCH_TIMEOUT_SECONDS: u32 = 40;

/// The function's memory.
pub const WATCH_MEMORY_MB: u32 = 128;

/// One invocation at a time per region.
pub const WATCH_RESERVED_CONCURRENCY: u32 = 1;

/// The environment variables of the watch handler (its README's contract).
pub mod env {
    /// The primary's health URL.
    pub const PRIMARY_HEALTH_URL: &str = "PRIMARY_HEALTH_URL";
    /// The global cluster identifier.
    pub const GLOBAL_CLUSTER_ID: &str = "GLOBAL_CLUSTER_ID";
    /// The primary region.
    pub const PRIMARY_REGION: &str = "PRIMARY_REGION";
    /// The metric's namespace.
    pub const METRIC_NAMESPACE: &str = "METRIC_NAMESPACE";
    /// The metric's name.
    pub const METRIC_NAME: &str = "METRIC_NAME";
    /// The `source` of the events.
    pub const EVENT_SOURCE: &str = "EVENT_SOURCE";
    /// `true` in the DR region only.
    pub const EMIT_EVENTS: &str = "EMIT_EVENTS";
}

/// What the watchers probe and where they run.
#[derive(Debug, Clone)]
pub struct PrimaryWatchProps<'a> {
    /// The base of the function, role, queue, bucket and rule names (e.g.
    /// `transactions-watch`); the events' `source` is `tfdr.<name>`.
    pub name: String,
    /// `https://…/health` of the primary region's own endpoint (not the failover name,
    /// which follows the failover).
    pub primary_health_url: Expr<String>,
    /// The global database (which member writes).
    pub database: &'a AuroraGlobal,
    /// Where the functions run (see "Network").
    pub placement: Placement,
    /// The network (private subnets with [`Placement::PrivateSubnets`]).
    pub network: &'a Network,
    /// Each region's key encrypts its function's environment, logs, queue and code.
    pub keys: &'a KmsKeys,
    /// Where the code buckets' access logs go.
    pub access_logs: &'a AccessLogBuckets,
    /// Retention of the functions' logs.
    pub log_retention: LogRetentionDays,
    /// Days an old code package is kept after it is replaced.
    pub code_expiry: ExpiryDays,
}

/// The deployed watchers.
#[derive(Debug, Clone)]
pub struct PrimaryWatch {
    /// The function of each region.
    pub functions: PerRegion<RegionalFunction>,
    /// The `source` of the DR watcher's events (what the failover rule matches).
    pub event_source: String,
    /// Each region's name (the `Observer` dimension of its series).
    pub observers: PerRegion<Region>,
}

fn allow(sid: &str, actions: Vec<&str>, resources: Vec<Expr<String>>) -> Statement {
    Statement::new()
        .sid(sid)
        .effect(IamEffect::Allow)
        .actions(actions)
        .resources(resources)
}

impl PrimaryWatch {
    /// Builds both watchers under `scope/<id>/<primary|dr>/…` (see the module docs).
    pub fn new(scope: &DrScope, id: &str, props: &PrimaryWatchProps<'_>) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        let event_source = format!("tfdr.{}", props.name);
        let primary_region = ctx.region(Side::Primary);
        let environment = PerRegion::from_fn(|side| {
            let (url, global) = match side {
                Side::Primary => (
                    props.primary_health_url.clone(),
                    props.database.global_cluster_id.clone(),
                ),
                Side::Dr => (
                    props.primary_health_url.clone().cross_region(),
                    props.database.global_cluster_id.clone().cross_region(),
                ),
            };
            BTreeMap::from([
                (env::PRIMARY_HEALTH_URL.to_string(), url),
                (env::GLOBAL_CLUSTER_ID.to_string(), global),
                (
                    env::PRIMARY_REGION.to_string(),
                    primary_region.as_str().into(),
                ),
                (env::METRIC_NAMESPACE.to_string(), METRIC_NAMESPACE.into()),
                (env::METRIC_NAME.to_string(), METRIC_NAME.into()),
                (env::EVENT_SOURCE.to_string(), event_source.as_str().into()),
                (
                    env::EMIT_EVENTS.to_string(),
                    (if side == Side::Dr { "true" } else { "false" }).into(),
                ),
            ])
        });
        let grants = PerRegion::from_fn(|side| {
            let account = ctx.accounts().get(side);
            let global = match side {
                Side::Primary => props.database.global_cluster_arn.clone(),
                Side::Dr => props.database.global_cluster_arn.clone().cross_region(),
            };
            let mut grants = vec![
                allow(
                    "ReadGlobalCluster",
                    vec!["rds:DescribeGlobalClusters"],
                    vec![global],
                ),
                allow(
                    "PublishPrimaryHealth",
                    vec!["cloudwatch:PutMetricData"],
                    vec!["*".into()],
                )
                .condition(StatementCondition::new(
                    ConditionOperator::StringEquals,
                    vec![METRIC_NAMESPACE],
                    "cloudwatch:namespace",
                )),
            ];
            if side == Side::Dr {
                grants.push(allow(
                    "PublishUnhealthyEvents",
                    vec!["events:PutEvents"],
                    vec![interpolate![
                        "arn:",
                        &account.partition,
                        ":events:",
                        ctx.region(side).as_str(),
                        ":",
                        &account.account_id,
                        ":event-bus/default"
                    ]],
                ));
            }
            grants
        });
        let package = health_zip();
        let props_for = FunctionProps {
            name: props.name.clone(),
            description:
                "Probes the primary region's health endpoint every minute (tfdr primary_watch)"
                    .into(),
            package: &package,
            handler: WATCH_HANDLER.into(),
            runtime: LambdaRuntime::Python312,
            memory: MemoryMb::new(WATCH_MEMORY_MB).expect("a valid memory size"),
            timeout: FunctionTimeoutSeconds::new(WATCH_TIMEOUT_SECONDS).expect("a valid timeout"),
            reserved_concurrency: ReservedConcurrency::new(WATCH_RESERVED_CONCURRENCY)
                .expect("a valid reserved concurrency"),
            network: props.network,
            keys: props.keys,
            access_logs: props.access_logs,
            log_retention: props.log_retention,
            code_expiry: props.code_expiry,
            environment,
            grants,
        };
        let functions = PerRegion::from_fn(|side| {
            let function = RegionalFunction::build_placed(&me, side, &props_for, props.placement);
            let at = me.region(side);
            let rule = at.add(
                "schedule",
                CloudwatchEventRule::new()
                    .name(ctx.name::<CloudwatchEventRule>(&props.name, side))
                    .description("Invokes the primary watcher every minute (tfdr primary_watch)")
                    .schedule_expression(SCHEDULE_EXPRESSION),
            );
            let permission = at.add(
                "schedule-permission",
                LambdaPermission::new(LambdaPermissionArgs {
                    action: "lambda:InvokeFunction".into(),
                    function_name: function.arn.clone(),
                    principal: "events.amazonaws.com".into(),
                })
                .statement_id("AllowInvokeFromPrimaryWatchSchedule")
                .source_arn(rule.arn()),
            );
            let target = at.add(
                "schedule-target",
                CloudwatchEventTarget::new(CloudwatchEventTargetArgs {
                    arn: function.arn.clone(),
                    rule: rule.name(),
                })
                .target_id("primary-watch"),
            );
            target.node().depends_on(permission.node());
            function
        });
        PrimaryWatch {
            functions,
            event_source,
            observers: PerRegion::from_fn(|side| ctx.region(side)),
        }
    }
}

#[cfg(test)]
mod tests;
