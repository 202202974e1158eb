//! Automated Aurora global database failover: the function that promotes the DR cluster
//! when the primary region is declared down, and (optionally) grows the standby web tier
//! at the same moment.
//!
//! DNS moves traffic by itself (Route 53 failover records, [`crate::failover_dns`]); the
//! Aurora global database does not, and neither does a standby Auto Scaling group kept at
//! its minimum. This component deploys the failover function
//! (`modules/functions/failover/`, Python 3.12, boto3 only; its README has the decision
//! table and the contract) **in the DR region only**, with the guarantees of every tfdr
//! function ([`RegionalFunction::build`]: private subnets, least-privilege role,
//! encrypted logs, X-Ray, on-failure queue; the network placement is the caller's
//! choice, see "Network") and reserved concurrency 1, so two invocations never act at
//! once.
//!
//! # Triggers
//!
//! Route 53 publishes health-check metrics only in us-east-1, so the alarm on the
//! primary's health check lives there. Two ways lead from Route 53's verdict to the
//! function ([`Trigger`]); both end in the same decision table (the function re-reads
//! Route 53's checkers itself and acts only while more than 82 % of them see the primary
//! down).
//!
//! ## [`Trigger::Topic`]: the alarm's notification
//!
//! ```text
//! Route 53 health check of the primary ──▶ CloudWatch alarm (us-east-1)
//!     ──▶ SNS topic (us-east-1, the caller's) ──▶ this function (DR region)
//! ```
//!
//! SNS delivers to a Lambda function in another region (the subscription is made in the
//! topic's region, through that region's provider), so the path is one subscription,
//! filtered to the health-check alarm's notifications ([`alarm_filter_policy`]), and one
//! `aws_lambda_permission` for `sns.amazonaws.com` scoped to the topic; the function sees
//! exactly the notification the on-call humans subscribed to the same topic see.
//! EventBridge would need more parts for the same dependency on us-east-1: a rule only
//! targets resources of its own region, so a rule on the alarm's state-change events in
//! us-east-1 would forward to an event bus in the DR region (a cross-region bus target
//! with an IAM role allowed `events:PutEvents` there), and a second rule there would
//! invoke the function (with its own permission). SNS invokes the function
//! asynchronously, so Lambda's retries and the function's on-failure queue apply
//! unchanged. Detection adds nothing measurable to the alarm's own evaluation
//! ([`FailoverAutomation::trigger_delay_seconds`] is 0).
//!
//! What this path cannot survive: everything on it before the function (the Route 53
//! metrics, the alarm, the topic) runs in us-east-1. When us-east-1 is the primary region
//! and its outage also stops CloudWatch or SNS there, no notification arrives; DNS
//! failover still happens (Route 53's data plane is global) and the database is failed
//! over by an operator through [`crate::operator_role`].
//!
//! And it cannot serve an **opt-in DR region**: SNS does not deliver from a region
//! enabled by default (us-east-1) to a Lambda function in an opt-in region (e.g.
//! eu-central-2; AWS SNS Developer Guide, "Prerequisites for integrating Amazon SNS with
//! Lambda functions across regions"). A topic trigger for such a pair would deploy, and
//! never fire. Use the schedule.
//!
//! ## [`Trigger::Schedule`]: a poll in the DR region
//!
//! ```text
//! EventBridge rule, rate(1 minute) (DR region) ──▶ this function (DR region)
//!     └─ reads Route 53's GetHealthCheckStatus (control-plane API, us-east-1)
//! ```
//!
//! An `aws_cloudwatch_event_rule` with [`POLL_SCHEDULE_EXPRESSION`] in the DR region, a
//! target that invokes the function (asynchronously: Lambda's retries and the on-failure
//! queue apply), and an `aws_lambda_permission` for `events.amazonaws.com` scoped to that
//! rule's ARN. Every poll asks Route 53 for the checkers' latest observations; while the
//! primary is healthy the function only logs (no report: it runs 1,440 times a day), and
//! once Route 53's rule declares it down it decides and acts exactly as on an `ALARM`
//! notification. Repeated polls during an outage do not repeat reports (the function's
//! README, "Scheduled polls").
//!
//! What it depends on: the rule, Lambda and the database and Auto Scaling APIs of the DR
//! region, the primary region's RDS API (read once, one attempt: its failure is itself a
//! fact), and **one thing in us-east-1: Route 53's control-plane API**
//! (`GetHealthCheckStatus`; Route 53's API is served from us-east-1). No CloudWatch alarm,
//! no SNS topic, no cross-region delivery. So it survives what breaks the topic path: an
//! opt-in DR region, and an outage of CloudWatch or SNS in us-east-1. It does **not**
//! survive an outage of Route 53's control plane: the health check cannot be read, every
//! poll fails (`cannot-assess`, the function's error alarm fires, the events go to the
//! failure queue after Lambda's retries) and it never fails over blind; DNS failover
//! (Route 53's data plane) still works and an operator fails the database over by hand.
//! The price of the schedule: detection waits for the next poll, up to
//! [`POLL_PERIOD_SECONDS`] after Route 53's verdict
//! ([`FailoverAutomation::trigger_delay_seconds`], a term of the stack's RTO), and a few
//! read calls a minute while nothing is wrong (one Route 53 read per poll; the database
//! is read only once the primary is declared down).
//!
//! ## [`Trigger::Events`]: EventBridge rules coordinate detection and confirmation
//!
//! ```text
//! Route 53 check ──▶ alarm (its region) ──▶ default bus there ──rule──▶ DR default bus
//!     ──rule──▶ this function (DR region)
//! primary watcher (DR region, crate::primary_watch) ──"Primary region unhealthy"──▶
//!     DR default bus ──rule──▶ this function
//! ```
//!
//! Two detectors, one confirmation: the alarm's `CloudWatch Alarm State Change` events
//! (forwarded by a rule in the alarm's region whose target is the DR region's default
//! bus, with a role EventBridge assumes that may only `events:PutEvents` there), and the
//! watchers' [`WATCH_DETAIL_TYPE`] events published in the DR region. Each reaches the
//! function through its own DR-region rule and invoke permission. Whatever invokes it,
//! the function confirms with Route 53's checkers before acting: a watcher alone never
//! fails the database over. What it survives: the watch path needs nothing in the
//! primary region (it probes it from the DR region), the alarm path needs CloudWatch and
//! EventBridge in the alarm's region; both need Route 53's control-plane API for the
//! confirmation. Delivery adds seconds ([`TriggerKind::delay_seconds`] is 0). Paths:
//! `<id>/<alarm region>/alarm-forward-{rule,target,role,policy}`,
//! `<id>/dr/{alarm,watch}-{rule,permission,target}`.
//!
//! # Standby scale-out
//!
//! With [`FailoverAutomationProps::standby`] (a [`StandbyScaleOut`] of
//! [`crate::web_tier`]), whenever Route 53's checkers declare the primary down and the
//! mode is [`FailoverMode::Automatic`], the function also raises the DR region's Auto
//! Scaling group to the primary's size: when the group's desired capacity is below
//! [`StandbyScaleOut::target_capacity`] it calls Auto Scaling `ExecutePolicy` on
//! [`StandbyScaleOut::policy_name`] (`HonorCooldown=false`), else nothing. This happens
//! **independently of the database decision** (the web tier grows even when the database
//! needs an operator, or is already failed over), in the same invocation, right after the
//! database step, so it starts in parallel with the DNS switch instead of after traffic
//! has arrived (the web tier's own backstop alarm). The outcome is in the same report
//! (`scale_out`); a failed scale-out fails the invocation (Lambda retries it) after the
//! database step was done and reported. In [`FailoverMode::NotifyOnly`] the report says
//! what it would do. While the primary stays declared down, each poll keeps the group at
//! least at the target (a floor: target tracking may grow it beyond, and a scale-in
//! below it is undone by the next poll).
//!
//! # Network
//!
//! The function calls AWS APIs only: RDS and SNS in **both** regions (the primary
//! cluster's state, the primary region's topic), Route 53's API, and (with a standby) the
//! DR region's Auto Scaling API. It touches no VPC resource. [`Placement::PrivateSubnets`]
//! puts it in the DR region's private subnets like every tfdr function; that works only
//! when the network reaches those endpoints (a NAT gateway; interface endpoints cover the
//! DR region's RDS, SNS and Auto Scaling, not another region's, nor Route 53's API). The
//! [`crate::network`] component has no NAT and only S3 and DynamoDB gateway endpoints, so
//! in such a network choose [`Placement::LambdaNetwork`]: the function runs on Lambda's
//! own network, which reaches every public AWS endpoint, and keeps every other guarantee
//! (scanners that want every function in a VPC need a reviewed suppression for this one).
//!
//! # What the function may do
//!
//! Exactly the moves the failover operator role ([`crate::operator_role`]) may make by
//! hand on the database, and what it needs to look and to report:
//! - `rds:FailoverGlobalCluster`, `rds:SwitchoverGlobalCluster`,
//!   `rds:DescribeGlobalClusters`, `rds:DescribeDBClusters`
//!   ([`AURORA_FAILOVER_ACTIONS`]) on the global cluster and both regional clusters;
//! - `route53:GetHealthCheckStatus` on the primary's health check (read only: unlike the
//!   operator, the function never inverts or edits a check);
//! - `sns:Publish` on the two notification topics, and `kms:GenerateDataKey` /
//!   `kms:Decrypt` on their keys (SNS encrypts with the publisher's permissions);
//! - with a standby: [`StandbyScaleOut::execute_statement`] (`autoscaling:ExecutePolicy`
//!   on the DR group only) and [`STANDBY_READ_ACTIONS`]
//!   (`autoscaling:DescribeAutoScalingGroups`) on `*`: Auto Scaling's `Describe*` actions
//!   support no resource-level permissions (Service Authorization Reference, "Actions,
//!   resources, and condition keys for Amazon EC2 Auto Scaling": no resource type, so the
//!   `Resource` must be `*`; AWS's own `AutoScalingReadOnlyAccess` grants
//!   `autoscaling:Describe*` on `*`). It reads; it changes nothing.
//!
//! Plus what every tfdr function's role has (its own logs, queue, region key, X-Ray,
//! network interfaces; [`crate::lambda_function`]).
//!
//! Construct paths: `<id>/dr/…` (the function's, see [`crate::lambda_function`]),
//! `<id>/dr/trigger-permission`; with a topic `<id>/<primary|dr|us-east-1>/trigger-subscription`
//! (the subscription is made through the provider of the topic's region,
//! [`DrScope::region_for`], `primary` when the primary region is us-east-1); with the
//! schedule `<id>/dr/poll-schedule` (the rule) and `<id>/dr/poll-target`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use tfdr_dsl::aws::cloudwatch_event_target::RetryPolicy;
use tfdr_dsl::aws::data::iam_policy_document::Statement;
use tfdr_dsl::aws::enums::{IamEffect, LambdaRuntime, SnsProtocol};
use tfdr_dsl::aws::{
    CloudwatchEventRule, CloudwatchEventTarget, CloudwatchEventTargetArgs, LambdaPermission,
    LambdaPermissionArgs, SnsTopicSubscription, SnsTopicSubscriptionArgs,
};
use tfdr_dsl::{interpolate, Error, Expr, Region};

use crate::alarms::Alarm;
use crate::alerting::Topic;
use crate::aurora_global::AuroraGlobal;
use crate::context::{DrScope, PerRegion, Side};
use crate::kms::KmsKeys;
use crate::lambda_function::{FunctionProps, Placement, RegionalFunction};
use crate::lambda_package::{failover_zip, FAILOVER_HANDLER};
use crate::network::Network;
pub use crate::operator_role::AURORA_FAILOVER_ACTIONS;
use crate::s3_access_logs::AccessLogBuckets;
use crate::values::{
    ExpiryDays, FunctionTimeoutSeconds, LogRetentionDays, MemoryMb, ReservedConcurrency,
};
pub use crate::web_tier::StandbyScaleOut;

/// The function's timeout without a standby: at least the worst case of one invocation's
/// AWS calls with their bounded retries (`aws.MIN_FUNCTION_TIMEOUT_S` in the function,
/// checked by its tests against this constant).
pub const FAILOVER_TIMEOUT_SECONDS: u32 = 120;

/// The function's timeout with a standby scale-out: one more read (the group) and one more
/// mutating call (`ExecutePolicy`) than [`FAILOVER_TIMEOUT_SECONDS`] covers
/// (`aws.MIN_FUNCTION_TIMEOUT_WITH_STANDBY_S` in the function, checked by its tests).
pub const FAILOVER_WITH_STANDBY_TIMEOUT_SECONDS: u32 = 150;

/// The schedule of [`Trigger::Schedule`]: EventBridge's finest rate.
pub const POLL_SCHEDULE_EXPRESSION: &str = "rate(1 minute)";

/// The period of [`POLL_SCHEDULE_EXPRESSION`]: the most a poll can add to detection after
/// Route 53 declares the primary down.
pub const POLL_PERIOD_SECONDS: u32 = 60;

/// The Auto Scaling read the function needs to scale the standby out only when it is below
/// its target; on `*` (Auto Scaling's `Describe*` actions support no resource-level
/// permissions; see the module docs).
pub const STANDBY_READ_ACTIONS: [&str; 1] = ["autoscaling:DescribeAutoScalingGroups"];

/// The function's memory (it only makes a few API calls; more memory buys faster cold
/// starts, and the function runs a handful of times a year).
pub const FAILOVER_MEMORY_MB: u32 = 256;

/// Reserved concurrency: one invocation at a time, so a repeated notification waits for
/// the first to finish and then finds the failover under way.
pub const FAILOVER_RESERVED_CONCURRENCY: u32 = 1;

/// The region of the trigger topic: Route 53 health-check metrics exist only here.
pub const TRIGGER_REGION: Region = crate::alerting::ROUTE53_METRICS_REGION;

/// The Route 53 action the function needs on the primary's health check.
pub const HEALTH_CHECK_READ_ACTIONS: [&str; 1] = ["route53:GetHealthCheckStatus"];

/// The actions the function needs on each notification topic's KMS key to publish.
pub const TOPIC_KEY_ACTIONS: [&str; 2] = ["kms:GenerateDataKey", "kms:Decrypt"];

/// The function's handler module's environment variables (README "Configuration").
pub mod env {
    /// `automatic` or `notify-only` ([`super::FailoverMode`]).
    pub const MODE: &str = "MODE";
    /// `never` or `allow-on-outage` ([`super::DataLossPolicy`]).
    pub const DATA_LOSS_POLICY: &str = "DATA_LOSS_POLICY";
    /// The global cluster identifier.
    pub const GLOBAL_CLUSTER_ID: &str = "GLOBAL_CLUSTER_ID";
    /// The primary cluster's ARN.
    pub const PRIMARY_CLUSTER_ARN: &str = "PRIMARY_CLUSTER_ARN";
    /// The DR cluster's ARN (the failover target).
    pub const DR_CLUSTER_ARN: &str = "DR_CLUSTER_ARN";
    /// The Route 53 health check of the primary region.
    pub const PRIMARY_HEALTH_CHECK_ID: &str = "PRIMARY_HEALTH_CHECK_ID";
    /// The primary region's notification topic.
    pub const PRIMARY_TOPIC_ARN: &str = "PRIMARY_TOPIC_ARN";
    /// The DR region's notification topic.
    pub const DR_TOPIC_ARN: &str = "DR_TOPIC_ARN";
    /// The trigger alarms' names, a JSON array; other alarms are ignored (set only with
    /// [`super::Trigger::Topic`]).
    pub const TRIGGER_ALARM_NAMES: &str = "TRIGGER_ALARM_NAMES";
    /// The `source` of the watchers' events the function accepts (set only with
    /// [`super::Trigger::Events`]).
    pub const WATCH_EVENT_SOURCE: &str = "WATCH_EVENT_SOURCE";
    /// The standby Auto Scaling group's name (set only with a standby; the four
    /// `STANDBY_*` variables come together).
    pub const STANDBY_GROUP_NAME: &str = "STANDBY_GROUP_NAME";
    /// The standby's scale-out policy's name (what `ExecutePolicy` takes).
    pub const STANDBY_POLICY_NAME: &str = "STANDBY_POLICY_NAME";
    /// The standby group's region (the DR region).
    pub const STANDBY_REGION: &str = "STANDBY_REGION";
    /// The capacity the scale-out sets: no call while the group's desired capacity is at
    /// least this.
    pub const STANDBY_TARGET_CAPACITY: &str = "STANDBY_TARGET_CAPACITY";
}

/// The subscription filter policy (scope `MessageBody`) that lets through only the
/// notifications of `alarm_names`: `{"AlarmName":[…]}`.
pub fn alarm_filter_policy(alarm_names: &[String]) -> String {
    serde_json::json!({ "AlarmName": alarm_names }).to_string()
}

/// Whether the function acts on a confirmed outage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "config", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum FailoverMode {
    /// Fail the database over when the primary is confirmed down (the requirement).
    Automatic,
    /// Check and report what would be done, never act (e.g. while a team builds trust in
    /// the automation).
    NotifyOnly,
}

impl FailoverMode {
    /// The value of the function's `MODE` variable.
    pub fn as_str(self) -> &'static str {
        match self {
            FailoverMode::Automatic => "automatic",
            FailoverMode::NotifyOnly => "notify-only",
        }
    }
}

/// Whether a failover may lose the writes not yet replicated to the DR region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "config", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum DataLossPolicy {
    /// Never: a switchover (`SwitchoverGlobalCluster`, no data loss) when the primary
    /// database still answers; otherwise alert and leave the decision to an operator.
    Never,
    /// On an unplanned outage (the primary database unreachable or not available),
    /// `FailoverGlobalCluster` with `AllowDataLoss`: the writes of the last replication
    /// lag (typically under a second) may be lost, for an RTO of minutes. Still a
    /// switchover when the primary database answers.
    AllowOnOutage,
}

impl DataLossPolicy {
    /// The value of the function's `DATA_LOSS_POLICY` variable.
    pub fn as_str(self) -> &'static str {
        match self {
            DataLossPolicy::Never => "never",
            DataLossPolicy::AllowOnOutage => "allow-on-outage",
        }
    }
}

/// The Aurora global database to fail over.
#[derive(Debug, Clone)]
pub struct GlobalDatabase {
    /// The global cluster identifier (what the RDS API takes).
    pub global_cluster_id: Expr<String>,
    /// The global cluster's ARN (what IAM authorizes).
    pub global_cluster_arn: Expr<String>,
    /// The regional clusters' ARNs; the DR one is the failover target.
    pub cluster_arns: PerRegion<Expr<String>>,
}

impl From<&AuroraGlobal> for GlobalDatabase {
    fn from(db: &AuroraGlobal) -> Self {
        GlobalDatabase {
            global_cluster_id: db.global_cluster_id.clone(),
            global_cluster_arn: db.global_cluster_arn.clone(),
            cluster_arns: PerRegion {
                primary: db.primary_cluster_arn.clone(),
                dr: db.dr_cluster_arn.clone(),
            },
        }
    }
}

/// A topic the function reports to.
#[derive(Debug, Clone)]
pub struct NotifyTopic {
    /// The topic's ARN.
    pub arn: Expr<String>,
    /// The ARN of the KMS key that encrypts it.
    pub key_arn: Expr<String>,
}

/// What triggers the function: the alarm(s) on the primary's Route 53 health check, and
/// the topic they notify, in [`TRIGGER_REGION`] (e.g. [`AlertTopics::us_east_1`]).
///
/// The topic usually carries every alarm of its region; the subscription's filter policy
/// (on the message body's `AlarmName`) delivers only these alarms to the function, so the
/// other alarms never invoke it, and neither do the function's own reports when the topic
/// is also a report topic. The function checks the name again (`TRIGGER_ALARM_NAMES`).
///
/// [`AlertTopics::us_east_1`]: crate::alerting::AlertTopics::us_east_1
#[derive(Debug, Clone)]
pub struct TriggerTopic<'a> {
    /// The topic.
    pub topic: &'a Topic,
    /// The names of the alarms whose notifications trigger the function (at least one).
    pub alarm_names: Vec<String>,
}

/// What invokes the function (see the module docs, "Triggers").
#[derive(Debug, Clone)]
pub enum Trigger<'a> {
    /// The us-east-1 alarm's notification through its SNS topic: detection as fast as the
    /// alarm, but every part of the path runs in us-east-1, and SNS cannot invoke a
    /// function in an opt-in DR region.
    Topic(TriggerTopic<'a>),
    /// A poll every [`POLL_PERIOD_SECONDS`] by an EventBridge rule in the DR region: the
    /// only dependency on us-east-1 is Route 53's control-plane API; detection waits up to
    /// one period after Route 53's verdict. For opt-in DR regions.
    Schedule,
    /// EventBridge rules coordinate the sequence (see the module docs, "Triggers"): the
    /// alarms' state changes, forwarded to the DR region's default bus, and the
    /// monitoring functions' `Primary region unhealthy` events invoke the function, which
    /// confirms with Route 53's checkers before it acts.
    Events(EventTriggers<'a>),
}

/// The `detail-type` of the events a primary watcher publishes when its probe of the
/// primary fails (the function's `WATCH_DETAIL_TYPE`).
pub const WATCH_DETAIL_TYPE: &str = "Primary region unhealthy";

/// The `detail-type` of CloudWatch's alarm state-change events on EventBridge.
pub const ALARM_STATE_CHANGE_DETAIL_TYPE: &str = "CloudWatch Alarm State Change";

/// What [`Trigger::Events`] listens to.
#[derive(Debug, Clone)]
pub struct EventTriggers<'a> {
    /// The alarms on the primary's health check (at least one). Their state-change events
    /// reach the DR region's default bus: directly when an alarm is in the DR region,
    /// else through a rule in the alarm's region whose target is that bus.
    pub alarms: Vec<&'a Alarm>,
    /// The `source` of the watchers' [`WATCH_DETAIL_TYPE`] events in the DR region (e.g.
    /// [`crate::primary_watch::PrimaryWatch::event_source`]); a value the AWS services
    /// own (`aws.…`) is reported by synth.
    pub watch_source: String,
}

/// Which [`Trigger`] a [`FailoverAutomation`] was built with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TriggerKind {
    /// [`Trigger::Topic`].
    Topic,
    /// [`Trigger::Schedule`].
    Schedule,
    /// [`Trigger::Events`].
    Events,
}

impl Trigger<'_> {
    /// The kind of this trigger.
    pub fn kind(&self) -> TriggerKind {
        match self {
            Trigger::Topic(_) => TriggerKind::Topic,
            Trigger::Schedule => TriggerKind::Schedule,
            Trigger::Events(_) => TriggerKind::Events,
        }
    }
}

impl TriggerKind {
    /// The most this trigger adds to detection after Route 53's verdict (and, for the
    /// topic, the alarm's own evaluation, which the stack counts with the alarm): 0 for
    /// the topic (SNS delivers in seconds) and the events (EventBridge delivers in
    /// seconds, across regions too), [`POLL_PERIOD_SECONDS`] for the schedule.
    pub fn delay_seconds(self) -> u32 {
        match self {
            TriggerKind::Topic | TriggerKind::Events => 0,
            TriggerKind::Schedule => POLL_PERIOD_SECONDS,
        }
    }
}

/// What the automation acts on, how, and where it reports.
#[derive(Debug, Clone)]
pub struct FailoverAutomationProps<'a> {
    /// The base of the function, role, queue and bucket names (e.g. `payments-failover`).
    pub name: String,
    /// Act, or only report.
    pub mode: FailoverMode,
    /// Whether an unplanned outage may be failed over with data loss.
    pub data_loss: DataLossPolicy,
    /// The global database.
    pub database: GlobalDatabase,
    /// The Route 53 health check of the primary region's endpoint.
    pub primary_health_check_id: Expr<String>,
    /// What invokes the function.
    pub trigger: Trigger<'a>,
    /// The standby web tier to scale out when the primary is declared down (see the
    /// module docs, "Standby scale-out"); `None`: the function moves the database only.
    /// Its region must be the DR region (synth reports another).
    pub standby: Option<&'a StandbyScaleOut>,
    /// The topics every step is reported to, one per region.
    pub notify_topics: PerRegion<NotifyTopic>,
    /// Where the function runs (see the module docs, "Network").
    pub placement: Placement,
    /// The network: with [`Placement::PrivateSubnets`], the function runs in the DR
    /// region's private subnets (unused otherwise).
    pub network: &'a Network,
    /// The DR region's key encrypts the function's environment, logs, queue and code.
    pub keys: &'a KmsKeys,
    /// Where the code bucket's access logs go.
    pub access_logs: &'a AccessLogBuckets,
    /// Retention of the function's logs.
    pub log_retention: LogRetentionDays,
    /// Days an old code package is kept after it is replaced.
    pub code_expiry: ExpiryDays,
}

/// The deployed automation.
#[derive(Debug, Clone)]
pub struct FailoverAutomation {
    /// The function (DR region).
    pub function: RegionalFunction,
    /// The mode it was deployed with.
    pub mode: FailoverMode,
    /// The data-loss policy it was deployed with.
    pub data_loss: DataLossPolicy,
    /// What invokes the function.
    pub trigger: TriggerKind,
    /// Whether it also scales the standby web tier out.
    pub scales_standby: bool,
}

fn allow(sid: &str, actions: Vec<&str>, resources: Vec<Expr<String>>) -> Statement {
    Statement::new()
        .sid(sid)
        .effect(IamEffect::Allow)
        .actions(actions)
        .resources(resources)
}

impl FailoverAutomation {
    /// The most the trigger adds to detecting an outage after Route 53's checkers declare
    /// the primary down: up to one poll period with [`Trigger::Schedule`], 0 with
    /// [`Trigger::Topic`] (see [`TriggerKind::delay_seconds`]). A term of the stack's RTO.
    pub fn trigger_delay_seconds(&self) -> u32 {
        self.trigger.delay_seconds()
    }

    /// Builds the function in the DR region under `scope/<id>/dr/…` and wires its trigger
    /// (see the module docs).
    ///
    /// A trigger topic outside [`TRIGGER_REGION`], a topic trigger without alarms, and a
    /// standby outside the DR region are recorded on the stack (synth reports them); the
    /// subscription, respectively the standby's grants and variables, are then not made.
    pub fn new(scope: &DrScope, id: &str, props: &FailoverAutomationProps<'_>) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        let dr = Side::Dr;
        let account = ctx.accounts().get(dr);
        let db = &props.database;
        // Everything of the primary region (and the global cluster and the health check,
        // defined through the primary provider) is read from the DR region on purpose.
        let primary_cluster = db.cluster_arns.primary.clone().cross_region();
        let global_arn = db.global_cluster_arn.clone().cross_region();
        let health_check = props.primary_health_check_id.clone().cross_region();
        let primary_topic = props.notify_topics.primary.arn.clone().cross_region();

        let problem = |what: &str, rule: String| {
            ctx.stack()
                .record_error(Error::new(format!("{}: {what}", me.path().join("/")), rule))
        };
        let dr_region = ctx.region(dr);
        let standby = props.standby.filter(|standby| {
            let here = standby.region == dr_region;
            if !here {
                problem(
                    "standby",
                    format!(
                        "the standby web tier must be in the DR region {dr_region}, where the \
                         function runs; got {}",
                        standby.region
                    ),
                );
            }
            here
        });

        let mut environment = BTreeMap::from([
            (env::MODE.to_string(), props.mode.as_str().into()),
            (
                env::DATA_LOSS_POLICY.to_string(),
                props.data_loss.as_str().into(),
            ),
            (
                env::GLOBAL_CLUSTER_ID.to_string(),
                db.global_cluster_id.clone().cross_region(),
            ),
            (
                env::PRIMARY_CLUSTER_ARN.to_string(),
                primary_cluster.clone(),
            ),
            (env::DR_CLUSTER_ARN.to_string(), db.cluster_arns.dr.clone()),
            (
                env::PRIMARY_HEALTH_CHECK_ID.to_string(),
                health_check.clone(),
            ),
            (env::PRIMARY_TOPIC_ARN.to_string(), primary_topic.clone()),
            (
                env::DR_TOPIC_ARN.to_string(),
                props.notify_topics.dr.arn.clone(),
            ),
        ]);
        let alarm_names: Option<Vec<String>> = match &props.trigger {
            Trigger::Topic(topic) => Some(topic.alarm_names.clone()),
            Trigger::Events(events) => Some(events.alarms.iter().map(|a| a.name.clone()).collect()),
            Trigger::Schedule => None,
        };
        if let Some(names) = alarm_names {
            environment.insert(
                env::TRIGGER_ALARM_NAMES.to_string(),
                serde_json::to_string(&names)
                    .expect("a list of strings serializes")
                    .into(),
            );
        }
        if let Trigger::Events(events) = &props.trigger {
            environment.insert(
                env::WATCH_EVENT_SOURCE.to_string(),
                events.watch_source.as_str().into(),
            );
        }
        let mut grants = vec![
            allow(
                "FailOverGlobalDatabase",
                AURORA_FAILOVER_ACTIONS.to_vec(),
                vec![global_arn, primary_cluster, db.cluster_arns.dr.clone()],
            ),
            allow(
                "ReadPrimaryHealthCheck",
                HEALTH_CHECK_READ_ACTIONS.to_vec(),
                vec![interpolate![
                    "arn:",
                    &account.partition,
                    ":route53:::healthcheck/",
                    &health_check
                ]],
            ),
            allow(
                "ReportToBothRegions",
                vec!["sns:Publish"],
                vec![primary_topic, props.notify_topics.dr.arn.clone()],
            ),
            allow(
                "EncryptReports",
                TOPIC_KEY_ACTIONS.to_vec(),
                vec![
                    props.notify_topics.primary.key_arn.clone().cross_region(),
                    props.notify_topics.dr.key_arn.clone(),
                ],
            ),
        ];
        if let Some(standby) = standby {
            environment.extend([
                (
                    env::STANDBY_GROUP_NAME.to_string(),
                    standby.group_name.as_str().into(),
                ),
                (
                    env::STANDBY_POLICY_NAME.to_string(),
                    standby.policy_name.as_str().into(),
                ),
                (
                    env::STANDBY_REGION.to_string(),
                    standby.region.as_str().into(),
                ),
                (
                    env::STANDBY_TARGET_CAPACITY.to_string(),
                    standby.target_capacity.to_string().into(),
                ),
            ]);
            grants.push(standby.execute_statement());
            grants.push(allow(
                "ReadStandbyGroup",
                STANDBY_READ_ACTIONS.to_vec(),
                vec!["*".into()],
            ));
        }
        let timeout = if standby.is_some() {
            FAILOVER_WITH_STANDBY_TIMEOUT_SECONDS
        } else {
            FAILOVER_TIMEOUT_SECONDS
        };

        let package = failover_zip();
        let function = RegionalFunction::build_placed(
            &me,
            dr,
            &FunctionProps {
                name: props.name.clone(),
                description: "Aurora global database failover when the primary region is down \
                              (tfdr failover_automation)"
                    .into(),
                package: &package,
                handler: FAILOVER_HANDLER.into(),
                runtime: LambdaRuntime::Python312,
                memory: MemoryMb::new(FAILOVER_MEMORY_MB).expect("a valid memory size"),
                timeout: FunctionTimeoutSeconds::new(timeout).expect("a valid timeout"),
                reserved_concurrency: ReservedConcurrency::new(FAILOVER_RESERVED_CONCURRENCY)
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

        match &props.trigger {
            Trigger::Topic(trigger) => topic_trigger(&me, &function, trigger, &problem),
            Trigger::Schedule => schedule_trigger(&me, &function, &props.name),
            Trigger::Events(events) => {
                events_trigger(&me, &function, &props.name, events, &problem)
            }
        }

        FailoverAutomation {
            function,
            mode: props.mode,
            data_loss: props.data_loss,
            trigger: props.trigger.kind(),
            scales_standby: standby.is_some(),
        }
    }
}

/// SNS (in the topic's region) may invoke the function, for this topic only, and the
/// subscription, filtered to the trigger alarms.
fn topic_trigger(
    me: &DrScope,
    function: &RegionalFunction,
    trigger: &TriggerTopic<'_>,
    problem: &dyn Fn(&str, String),
) {
    let permission = me.region(Side::Dr).add(
        "trigger-permission",
        LambdaPermission::new(LambdaPermissionArgs {
            action: "lambda:InvokeFunction".into(),
            // A reference, so the permission (and the subscription after it) waits for the
            // function.
            function_name: function.arn.clone(),
            principal: "sns.amazonaws.com".into(),
        })
        .statement_id("AllowInvokeFromFailoverTrigger")
        .source_arn(trigger.topic.arn.clone().cross_region()),
    );
    if trigger.topic.region != TRIGGER_REGION {
        problem(
            "trigger",
            format!(
                "the trigger topic must be in {TRIGGER_REGION} (Route 53 health-check metrics, and \
                 so their alarms and the topic those notify, exist only there); got {}",
                trigger.topic.region
            ),
        );
    } else if trigger.alarm_names.is_empty() {
        problem(
            "trigger",
            "names no alarm: the function would never be triggered".into(),
        );
    } else {
        // The subscription is an SNS call in the topic's region, through that region's
        // provider: `<id>/<primary|dr|us-east-1>/trigger-subscription`.
        let subscription = me.region_for(trigger.topic.region).add(
            "trigger-subscription",
            SnsTopicSubscription::new(SnsTopicSubscriptionArgs {
                endpoint: function.arn.clone().cross_region(),
                protocol: SnsProtocol::Lambda.into(),
                topic_arn: trigger.topic.arn.clone(),
            })
            .filter_policy_scope("MessageBody")
            .filter_policy(alarm_filter_policy(&trigger.alarm_names)),
        );
        subscription.node().depends_on(permission.node());
    }
}

/// The poll: an EventBridge rule in the DR region on [`POLL_SCHEDULE_EXPRESSION`], its
/// target (the function), and the permission for that rule only.
fn schedule_trigger(me: &DrScope, function: &RegionalFunction, base: &str) {
    let ctx = me.ctx();
    let scope = me.region(Side::Dr);
    let rule = scope.add(
        "poll-schedule",
        CloudwatchEventRule::new()
            .name(ctx.name::<CloudwatchEventRule>(&format!("{base}-poll"), Side::Dr))
            .description(format!(
                "Polls Route 53's verdict on the primary every {POLL_PERIOD_SECONDS} s for the \
                 {} failover function (tfdr failover_automation)",
                function.name
            ))
            .schedule_expression(POLL_SCHEDULE_EXPRESSION),
    );
    let permission = scope.add(
        "trigger-permission",
        LambdaPermission::new(LambdaPermissionArgs {
            action: "lambda:InvokeFunction".into(),
            function_name: function.arn.clone(),
            principal: "events.amazonaws.com".into(),
        })
        .statement_id("AllowInvokeFromFailoverTrigger")
        .source_arn(rule.arn()),
    );
    let target = scope.add(
        "poll-target",
        CloudwatchEventTarget::new(CloudwatchEventTargetArgs {
            arn: function.arn.clone(),
            rule: rule.name(),
        })
        .target_id("failover-function")
        // A poll that cannot be delivered within its period is superseded by the next.
        .retry_policy(RetryPolicy::new().maximum_event_age_in_seconds(POLL_PERIOD_SECONDS)),
    );
    target.node().depends_on(permission.node());
}

/// An EventBridge event pattern, as the JSON text the rule takes.
fn pattern(value: serde_json::Value) -> String {
    value.to_string()
}

/// The rules of [`Trigger::Events`]: per alarm region other than the DR region, a rule
/// forwarding the alarms' state changes to the DR region's default bus (with the role
/// EventBridge assumes for it); in the DR region, a rule on those state changes and one on
/// the watchers' events, each targeting the function with its own invoke permission.
fn events_trigger(
    me: &DrScope,
    function: &RegionalFunction,
    base: &str,
    events: &EventTriggers<'_>,
    problem: &dyn Fn(&str, String),
) {
    let ctx = me.ctx();
    let dr = Side::Dr;
    let dr_region = ctx.region(dr);
    let scope = me.region(dr);
    if events.alarms.is_empty() {
        problem(
            "trigger",
            "names no alarm: the state changes of the primary's health alarm would never reach the function".into(),
        );
    }
    if events.watch_source.starts_with("aws.") || events.watch_source.is_empty() {
        problem(
            "trigger.watch_source",
            format!(
                "`{}` is not a source a function may publish: EventBridge reserves `aws.` for AWS services",
                events.watch_source
            ),
        );
    }
    let alarm_arns = |region: Option<Region>| -> Vec<Expr<String>> {
        events
            .alarms
            .iter()
            .filter(|a| region.is_none_or(|r| a.region == r))
            .map(|a| {
                if a.region == dr_region {
                    a.arn.clone()
                } else {
                    a.arn.clone().cross_region()
                }
            })
            .collect()
    };
    let alarm_pattern = |arns: Vec<Expr<String>>| {
        let arns: Vec<Expr<String>> = arns;
        Expr::<String>::jsonencode(Expr::<tfdr_dsl::Dynamic>::object(BTreeMap::from([
            (
                "source",
                Expr::<Vec<String>>::from(vec!["aws.cloudwatch".to_string()]).into_dynamic(),
            ),
            (
                "detail-type",
                Expr::<Vec<String>>::from(vec![ALARM_STATE_CHANGE_DETAIL_TYPE.to_string()])
                    .into_dynamic(),
            ),
            ("resources", Expr::<Vec<String>>::from(arns).into_dynamic()),
        ])))
    };

    // Forwarders: one per alarm region outside the DR region.
    let account = ctx.accounts().get(dr);
    let dr_bus = interpolate![
        "arn:",
        &account.partition,
        ":events:",
        dr_region.as_str(),
        ":",
        &account.account_id,
        ":event-bus/default"
    ];
    let mut regions: Vec<Region> = events
        .alarms
        .iter()
        .map(|a| a.region)
        .filter(|r| *r != dr_region)
        .collect();
    regions.sort_by_key(|r| r.as_str());
    regions.dedup();
    for region in regions {
        let at = me.region_for(region);
        let forward_name = format!("{base}-forward");
        let role = crate::iam::service_role(
            &at,
            "alarm-forward-role",
            ctx.name_in::<tfdr_dsl::aws::IamRole>(&forward_name, region),
            format!("EventBridge in {region} forwards the {base} trigger alarms to {dr_region}"),
            crate::iam::Trust {
                service: "events.amazonaws.com",
                source_account: Some(account.account_id.clone().cross_region()),
                source_arn: None,
            },
        );
        let permissions = at.add(
            "alarm-forward-policy-document",
            tfdr_dsl::aws::data::IamPolicyDocument::new().statement(allow(
                "PutEventsOnTheDrBus",
                vec!["events:PutEvents"],
                vec![dr_bus.clone().cross_region()],
            )),
        );
        at.add(
            "alarm-forward-policy",
            tfdr_dsl::aws::IamRolePolicy::new(tfdr_dsl::aws::IamRolePolicyArgs {
                policy: permissions.json(),
                role: role.id(),
            })
            .name(ctx.name_in::<tfdr_dsl::aws::IamRolePolicy>(&forward_name, region)),
        );
        let rule = at.add(
            "alarm-forward-rule",
            CloudwatchEventRule::new()
                .name(ctx.name_in::<CloudwatchEventRule>(&forward_name, region))
                .description(format!(
                    "Forwards the {base} trigger alarms' state changes to the default bus of {dr_region} (tfdr failover_automation)"
                ))
                .event_pattern(alarm_pattern(
                    events
                        .alarms
                        .iter()
                        .filter(|a| a.region == region)
                        .map(|a| a.arn.clone())
                        .collect(),
                )),
        );
        at.add(
            "alarm-forward-target",
            CloudwatchEventTarget::new(CloudwatchEventTargetArgs {
                arn: dr_bus.clone().cross_region(),
                rule: rule.name(),
            })
            .target_id("dr-default-bus")
            .role_arn(role.arn()),
        );
    }

    // In the DR region: the alarms' state changes and the watchers' events invoke the
    // function.
    let invoke = |id: &str, suffix: &str, description: String, event_pattern: Expr<String>| {
        let rule = scope.add(
            &format!("{id}-rule"),
            CloudwatchEventRule::new()
                .name(ctx.name::<CloudwatchEventRule>(&format!("{base}-{suffix}"), dr))
                .description(description)
                .event_pattern(event_pattern),
        );
        let permission = scope.add(
            &format!("{id}-permission"),
            LambdaPermission::new(LambdaPermissionArgs {
                action: "lambda:InvokeFunction".into(),
                function_name: function.arn.clone(),
                principal: "events.amazonaws.com".into(),
            })
            .statement_id(format!("AllowInvokeFrom{}", camel(suffix)))
            .source_arn(rule.arn()),
        );
        let target = scope.add(
            &format!("{id}-target"),
            CloudwatchEventTarget::new(CloudwatchEventTargetArgs {
                arn: function.arn.clone(),
                rule: rule.name(),
            })
            .target_id("failover-function")
            .retry_policy(RetryPolicy::new().maximum_event_age_in_seconds(POLL_PERIOD_SECONDS * 5)),
        );
        target.node().depends_on(permission.node());
    };
    invoke(
        "alarm",
        "alarm",
        format!("The {base} trigger alarms' state changes invoke the failover function (tfdr failover_automation)"),
        alarm_pattern(alarm_arns(None)),
    );
    invoke(
        "watch",
        "watch",
        format!("The primary watchers' `{WATCH_DETAIL_TYPE}` events invoke the failover function, which confirms with Route 53 (tfdr failover_automation)"),
        Expr::from(pattern(serde_json::json!({
            "source": [events.watch_source],
            "detail-type": [WATCH_DETAIL_TYPE],
        }))),
    );
}

/// `alarm` → `Alarm`: a statement id part.
fn camel(s: &str) -> String {
    s.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests;
