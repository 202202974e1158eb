//! Tests of the failover automation on the synthesized JSON.

use serde_json::{json, Value};
use tfdr_dsl::aws::{
    CloudwatchEventRule, CloudwatchEventTarget, IamRolePolicy, LambdaFunction,
    LambdaFunctionEventInvokeConfig, LambdaPermission, Route53HealthCheck, SnsTopic,
    SnsTopicSubscription,
};
use tfdr_dsl::{Region, Stack};
use tfdr_testing::{Found, Synthesized};

use super::*;
use crate::alerting::Topic;
use crate::aurora_global::AuroraGlobal;
use crate::context::DrContext;
use crate::lambda_function::{Function, FunctionProps};
use crate::lambda_package::payments_zip;
use crate::policy::EnvironmentSuffix;
use crate::s3_access_logs::AccessLogBucketsProps;
use crate::test_support::{
    at, aurora_props, fixture, fixture_with_suffix, network_props, r, test_keys, Fixture,
};

/// The fixture's database, a health check and a topic per region (primary provider for
/// the global ones), as a stack wires them.
struct World {
    f: Fixture,
    db: AuroraGlobal,
    check: Expr<String>,
    topics: PerRegion<NotifyTopic>,
    trigger: Topic,
}

fn world() -> World {
    world_with(fixture())
}

fn world_with(f: Fixture) -> World {
    let root = f.root();
    let db = AuroraGlobal::new(&root, "aurora", &aurora_props(&f));
    let ops = root.child("ops");
    let primary = ops.region(Side::Primary);
    let check = primary
        .add(
            "check",
            Route53HealthCheck::new("HTTPS")
                .fqdn("api.example.com")
                .tags([(
                    "Name",
                    format!("primary-health-{}", f.ctx.names().suffix().as_str()),
                )]),
        )
        .id();
    let topics = PerRegion::from_fn(|side| {
        let topic = ops.region(side).add(
            "alerts",
            SnsTopic::new()
                .name(f.ctx.name::<SnsTopic>("alerts", side))
                .kms_master_key_id(f.keys.get(side).arn.clone()),
        );
        NotifyTopic {
            arn: topic.arn(),
            key_arn: f.keys.get(side).arn.clone(),
        }
    });
    let trigger_name = f.ctx.name::<SnsTopic>("failover-trigger", Side::Primary);
    let trigger = Topic {
        region: f.ctx.region(Side::Primary),
        arn: primary
            .add(
                "trigger",
                SnsTopic::new()
                    .name(trigger_name.as_str())
                    .kms_master_key_id(f.keys.primary.arn.clone()),
            )
            .arn(),
        name: trigger_name,
    };
    World {
        f,
        db,
        check,
        topics,
        trigger,
    }
}

fn props(w: &World, mode: FailoverMode) -> FailoverAutomationProps<'_> {
    FailoverAutomationProps {
        name: "payments-failover".into(),
        mode,
        data_loss: DataLossPolicy::AllowOnOutage,
        database: GlobalDatabase::from(&w.db),
        primary_health_check_id: w.check.clone(),
        trigger: Trigger::Topic(TriggerTopic {
            topic: &w.trigger,
            alarm_names: vec![ALARM.into()],
        }),
        standby: None,
        notify_topics: w.topics.clone(),
        placement: Placement::PrivateSubnets,
        network: &w.f.network,
        keys: &w.f.keys,
        access_logs: &w.f.access_logs,
        log_retention: LogRetentionDays::new(30).unwrap(),
        code_expiry: ExpiryDays::new(30).unwrap(),
    }
}

/// The alarm the tests trigger on.
const ALARM: &str = "payments-primary-health-dev";

fn build(mode: FailoverMode) -> (Synthesized, FailoverAutomation) {
    let w = world();
    let a = FailoverAutomation::new(&w.f.root(), "failover", &props(&w, mode));
    let s = tfdr_testing::try_synth(&w.f.stack).unwrap_or_else(|e| panic!("{e}"));
    (s, a)
}

fn address(found: Vec<Found>, path: &str) -> String {
    at(found, path).address
}

#[test]
fn the_function_runs_in_the_dr_region_only_with_one_invocation_at_a_time() {
    let (s, a) = build(FailoverMode::Automatic);
    let functions = s.assert_count::<LambdaFunction>(1);
    let function = &functions[0];
    assert_eq!(
        function.path.as_deref(),
        Some("data-test/failover/dr/function")
    );
    assert_eq!(a.function.region, Region::UsEast2);
    assert_eq!(a.function.name, "payments-failover-dev");
    let b = &function.body;
    assert_eq!(b["provider"], json!("aws.dr"));
    assert_eq!(b["runtime"], json!("python3.12"));
    assert_eq!(b["handler"], json!("handler.lambda_handler"));
    assert_eq!(b["timeout"], json!(FAILOVER_TIMEOUT_SECONDS));
    assert_eq!(b["memory_size"], json!(FAILOVER_MEMORY_MB));
    assert_eq!(b["reserved_concurrent_executions"], json!(1));
    assert_eq!(b["tracing_config"], json!({"mode": "Active"}));
    assert_eq!(
        b["source_code_hash"],
        json!(failover_zip().source_code_hash())
    );
    for subnet in b["vpc_config"]["subnet_ids"].as_array().unwrap() {
        assert!(subnet.as_str().unwrap().contains("network_dr_"), "{subnet}");
    }
    // Failed invocations (after Lambda's retries) go to the DR region's queue.
    let invoke = at(
        s.resources_of::<LambdaFunctionEventInvokeConfig>(),
        "failover/dr/event-invoke-config",
    );
    let queue = address(s.resources("aws_sqs_queue"), "failover/dr/failures");
    assert_eq!(
        invoke.body["destination_config"]["on_failure"]["destination"],
        r(&queue, "arn")
    );
    // Nothing of it in the primary region but the subscription to the us-east-1 topic
    // (the primary region here).
    for resource in s.types(tfdr_dsl::ElementKind::Resource) {
        for found in s.resources(&resource.0) {
            let path = found.path.unwrap_or_default();
            if path.starts_with("data-test/failover/") {
                assert!(
                    path.starts_with("data-test/failover/dr/")
                        || path == "data-test/failover/primary/trigger-subscription",
                    "{path}"
                );
            }
        }
    }
}

#[test]
fn the_environment_names_the_database_the_check_and_both_topics() {
    let (s, _) = build(FailoverMode::Automatic);
    let function = at(s.resources_of::<LambdaFunction>(), "failover/dr/function");
    let vars = &function.body["environment"]["variables"];
    let global = address(
        s.resources("aws_rds_global_cluster"),
        "aurora/primary/global-cluster",
    );
    let primary = address(s.resources("aws_rds_cluster"), "aurora/primary/cluster");
    let dr = address(s.resources("aws_rds_cluster"), "aurora/dr/cluster");
    let check = address(s.resources_of::<Route53HealthCheck>(), "ops/primary/check");
    let topic = |side: &str| address(s.resources_of::<SnsTopic>(), &format!("ops/{side}/alerts"));
    assert_eq!(
        vars,
        &json!({
            "MODE": "automatic",
            "DATA_LOSS_POLICY": "allow-on-outage",
            "GLOBAL_CLUSTER_ID": r(&global, "id"),
            "PRIMARY_CLUSTER_ARN": r(&primary, "arn"),
            "DR_CLUSTER_ARN": r(&dr, "arn"),
            "PRIMARY_HEALTH_CHECK_ID": r(&check, "id"),
            "PRIMARY_TOPIC_ARN": r(&topic("primary"), "arn"),
            "DR_TOPIC_ARN": r(&topic("dr"), "arn"),
            "TRIGGER_ALARM_NAMES": format!("[\"{ALARM}\"]"),
        })
    );
}

#[test]
fn notify_only_mode_and_the_never_policy_reach_the_function() {
    let w = world();
    let mut p = props(&w, FailoverMode::NotifyOnly);
    p.data_loss = DataLossPolicy::Never;
    let a = FailoverAutomation::new(&w.f.root(), "failover", &p);
    assert_eq!(
        (a.mode, a.data_loss),
        (FailoverMode::NotifyOnly, DataLossPolicy::Never)
    );
    let s = tfdr_testing::try_synth(&w.f.stack).unwrap_or_else(|e| panic!("{e}"));
    let function = at(s.resources_of::<LambdaFunction>(), "failover/dr/function");
    let vars = &function.body["environment"]["variables"];
    assert_eq!(vars["MODE"], json!("notify-only"));
    assert_eq!(vars["DATA_LOSS_POLICY"], json!("never"));
}

#[test]
fn the_trigger_topic_invokes_the_function_across_regions() {
    let (s, _) = build(FailoverMode::Automatic);
    let function = address(s.resources_of::<LambdaFunction>(), "failover/dr/function");
    let trigger = address(s.resources_of::<SnsTopic>(), "ops/primary/trigger");
    let permission = at(
        s.resources_of::<LambdaPermission>(),
        "failover/dr/trigger-permission",
    );
    assert!(
        tfdr_testing::matches(
            &permission.body,
            &json!({
                "provider": "aws.dr",
                "action": "lambda:InvokeFunction",
                "function_name": r(&function, "arn"),
                "principal": "sns.amazonaws.com",
                "source_arn": r(&trigger, "arn"),
                "statement_id": "AllowInvokeFromFailoverTrigger",
            })
        ),
        "{:#}",
        permission.body
    );
    let subscription = at(
        s.resources_of::<SnsTopicSubscription>(),
        "failover/primary/trigger-subscription",
    );
    assert!(
        tfdr_testing::matches(
            &subscription.body,
            &json!({
                // Made in the topic's region (us-east-1, the primary here).
                "provider": "aws.primary",
                "protocol": "lambda",
                "topic_arn": r(&trigger, "arn"),
                "endpoint": r(&function, "arn"),
                "depends_on": [permission.address],
                // Only the health-check alarm's notifications reach the function.
                "filter_policy_scope": "MessageBody",
                "filter_policy": format!("{{\"AlarmName\":[\"{ALARM}\"]}}"),
            })
        ),
        "{:#}",
        subscription.body
    );
    s.assert_count::<SnsTopicSubscription>(1);
}

/// The statements of the function's role policy, by sid.
fn statements(s: &Synthesized) -> Vec<(String, Value)> {
    let doc = at(
        s.data_sources("aws_iam_policy_document"),
        "failover/dr/role-policy-document",
    );
    doc.body["statement"]
        .as_array()
        .unwrap()
        .iter()
        .map(|st| (st["sid"].as_str().unwrap().to_string(), st.clone()))
        .collect()
}

#[test]
fn the_role_may_do_exactly_the_failover_moves_on_exactly_these_resources() {
    let (s, _) = build(FailoverMode::Automatic);
    let st = statements(&s);
    let sids: Vec<&str> = st.iter().map(|(sid, _)| sid.as_str()).collect();
    assert_eq!(
        sids,
        [
            "WriteOwnLogs",
            "SendFailedEvents",
            "UseRegionKey",
            "PublishTraces",
            "AttachToVpc",
            "FailOverGlobalDatabase",
            "ReadPrimaryHealthCheck",
            "ReportToBothRegions",
            "EncryptReports"
        ]
    );
    let get = |sid: &str| st.iter().find(|(s, _)| s == sid).unwrap().1.clone();
    let global = address(
        s.resources("aws_rds_global_cluster"),
        "aurora/primary/global-cluster",
    );
    let primary = address(s.resources("aws_rds_cluster"), "aurora/primary/cluster");
    let dr = address(s.resources("aws_rds_cluster"), "aurora/dr/cluster");
    let db = get("FailOverGlobalDatabase");
    assert_eq!(db["actions"], json!(AURORA_FAILOVER_ACTIONS));
    assert_eq!(
        db["resources"],
        json!([r(&global, "arn"), r(&primary, "arn"), r(&dr, "arn")])
    );
    let check = address(s.resources_of::<Route53HealthCheck>(), "ops/primary/check");
    let hc = get("ReadPrimaryHealthCheck");
    assert_eq!(hc["actions"], json!(["route53:GetHealthCheckStatus"]));
    let account = address(s.data_sources("aws_partition"), "account/dr/partition");
    assert_eq!(
        hc["resources"],
        json!([format!(
            "arn:${{{account}.partition}}:route53:::healthcheck/${{{check}.id}}"
        )])
    );
    let topic = |side: &str| address(s.resources_of::<SnsTopic>(), &format!("ops/{side}/alerts"));
    let publish = get("ReportToBothRegions");
    assert_eq!(publish["actions"], json!(["sns:Publish"]));
    assert_eq!(
        publish["resources"],
        json!([r(&topic("primary"), "arn"), r(&topic("dr"), "arn")])
    );
    let keys = get("EncryptReports");
    assert_eq!(keys["actions"], json!(TOPIC_KEY_ACTIONS));
    let key = |side: &str| address(s.resources("aws_kms_key"), &format!("kms/{side}/key"));
    assert_eq!(
        keys["resources"],
        json!([r(&key("primary"), "arn"), r(&key("dr"), "arn")])
    );
    // No wildcard beyond the two every function has (X-Ray, VPC interfaces), and no
    // action on the health check besides reading its status.
    for (sid, statement) in &st {
        let star = statement["resources"]
            .as_array()
            .unwrap()
            .contains(&json!("*"));
        assert_eq!(
            star,
            sid == "PublishTraces" || sid == "AttachToVpc",
            "{sid}"
        );
        let text = statement.to_string();
        assert!(!text.contains("UpdateHealthCheck"), "{sid}");
        assert!(!text.contains("rds:Delete"), "{sid}");
    }
    // The policy belongs to the function's role.
    let policy = at(s.resources_of::<IamRolePolicy>(), "failover/dr/role-policy");
    let role = address(s.resources("aws_iam_role"), "failover/dr/role");
    assert_eq!(policy.body["role"], r(&role, "name"));
}

#[test]
fn the_operator_roles_failover_actions_are_the_functions() {
    // Doc promise: the function makes the operator's database moves, no others.
    assert_eq!(
        AURORA_FAILOVER_ACTIONS,
        crate::operator_role::AURORA_FAILOVER_ACTIONS
    );
    assert!(crate::operator_role::HEALTH_CHECK_ACTIONS.contains(&HEALTH_CHECK_READ_ACTIONS[0]));
}

#[test]
fn a_trigger_outside_us_east_1_or_without_alarms_is_reported_at_synth() {
    let mut w = world();
    w.trigger.region = Region::UsEast2;
    FailoverAutomation::new(&w.f.root(), "failover", &props(&w, FailoverMode::Automatic));
    let text = tfdr_testing::try_synth(&w.f.stack).unwrap_err().to_string();
    assert!(text.contains("failover: trigger"), "{text}");
    assert!(text.contains("must be in us-east-1"), "{text}");
    assert!(text.contains("got us-east-2"), "{text}");

    let w = world();
    let mut p = props(&w, FailoverMode::Automatic);
    let Trigger::Topic(topic) = &mut p.trigger else {
        unreachable!("the fixture's trigger is a topic")
    };
    topic.alarm_names.clear();
    FailoverAutomation::new(&w.f.root(), "failover", &p);
    let text = tfdr_testing::try_synth(&w.f.stack).unwrap_err().to_string();
    assert!(text.contains("names no alarm"), "{text}");
}

#[test]
fn a_pair_without_us_east_1_subscribes_through_the_us_east_1_provider() {
    let stack = Stack::new("data-test");
    let ctx = DrContext::new(
        &stack,
        Region::UsWest2,
        Region::EuWest1,
        EnvironmentSuffix::new("dev").unwrap(),
    )
    .unwrap();
    let root = ctx.root();
    let keys = test_keys(&root);
    let network = Network::new(&root, "network", &network_props(&keys));
    let access_logs = AccessLogBuckets::new(
        &root,
        "access-logs",
        &AccessLogBucketsProps {
            name: "access-logs".into(),
            retention: ExpiryDays::new(90).unwrap(),
            load_balancers: false,
        },
    );
    let f = Fixture {
        stack: stack.clone(),
        ctx: ctx.clone(),
        keys,
        network,
        access_logs,
    };
    let db = AuroraGlobal::new(&root, "aurora", &aurora_props(&f));
    // As the alerting component does: the us-east-1 topic under a third provider.
    let name = ctx.name_in::<SnsTopic>("failover-trigger", Region::UsEast1);
    let arn = root
        .child("alerts")
        .region_for(Region::UsEast1)
        .add(
            "trigger",
            SnsTopic::new()
                .name(name.as_str())
                .kms_master_key_id("alias/aws/sns"),
        )
        .arn();
    let w = World {
        check: "hc-0000".into(),
        topics: PerRegion::from_fn(|side| NotifyTopic {
            arn: format!("arn:aws:sns:{}:111111111111:alerts", ctx.region(side)).into(),
            key_arn: f.keys.get(side).arn.clone(),
        }),
        trigger: Topic {
            region: Region::UsEast1,
            name,
            arn,
        },
        db,
        f,
    };
    FailoverAutomation::new(&w.f.root(), "failover", &props(&w, FailoverMode::Automatic));
    let s = tfdr_testing::try_synth(&stack).unwrap_or_else(|e| panic!("{e}"));
    let subscription = at(
        s.resources_of::<SnsTopicSubscription>(),
        "failover/us-east-1/trigger-subscription",
    );
    assert_eq!(subscription.body["provider"], json!("aws.us-east-1"));
    let function = at(s.resources_of::<LambdaFunction>(), "failover/dr/function");
    assert_eq!(function.body["provider"], json!("aws.dr"));
    assert_eq!(
        subscription.body["endpoint"],
        r(&function.address, "arn"),
        "across regions, marked so"
    );
}

#[test]
fn single_region_functions_are_the_pair_functions_per_side() {
    // `Function::new` is `RegionalFunction::build` for both sides: same JSON.
    let zip = payments_zip();
    let synth = |pair: bool| -> String {
        let f = fixture();
        let props = FunctionProps {
            environment: PerRegion::from_fn(|side| {
                BTreeMap::from([("SIDE".to_string(), side.alias().into())])
            }),
            ..crate::test_support::function_props(&f, &zip)
        };
        if pair {
            Function::new(&f.root(), "fn", &props);
        } else {
            let me = f.root().child("fn");
            for side in Side::BOTH {
                RegionalFunction::build(&me, side, &props);
            }
        }
        tfdr_testing::synth(&f.stack).to_string()
    };
    assert_eq!(synth(true), synth(false));
}

#[test]
fn the_automation_passes_the_policy_for_any_suffix_and_is_valid_terraform() {
    for suffix in ["dev", "a", "pr-1234-x", "abcdefghijklmnop"] {
        let w = world_with(fixture_with_suffix(suffix));
        FailoverAutomation::new(&w.f.root(), "failover", &props(&w, FailoverMode::Automatic));
        tfdr_testing::try_synth(&w.f.stack).unwrap_or_else(|e| panic!("{suffix}: {e}"));
    }
    let (s, _) = build(FailoverMode::Automatic);
    if let Some(v) = s.assert_valid_terraform() {
        eprintln!("{v}");
    }
}

#[test]
fn on_lambdas_network_the_function_has_no_vpc_config_and_no_interface_actions() {
    let w = world();
    let mut p = props(&w, FailoverMode::Automatic);
    p.placement = Placement::LambdaNetwork;
    FailoverAutomation::new(&w.f.root(), "failover", &p);
    let s = tfdr_testing::try_synth(&w.f.stack).unwrap_or_else(|e| panic!("{e}"));
    let function = at(s.resources_of::<LambdaFunction>(), "failover/dr/function");
    assert!(
        function.body.get("vpc_config").is_none(),
        "{:#}",
        function.body
    );
    // Every other guarantee stays.
    assert_eq!(function.body["reserved_concurrent_executions"], json!(1));
    assert_eq!(function.body["tracing_config"], json!({"mode": "Active"}));
    let sids: Vec<String> = statements(&s).into_iter().map(|(sid, _)| sid).collect();
    assert_eq!(
        sids,
        [
            "WriteOwnLogs",
            "SendFailedEvents",
            "UseRegionKey",
            "PublishTraces",
            "FailOverGlobalDatabase",
            "ReadPrimaryHealthCheck",
            "ReportToBothRegions",
            "EncryptReports"
        ]
    );
    if let Some(v) = s.assert_valid_terraform() {
        eprintln!("{v}");
    }
}

/// The DR group's scale-out as [`crate::web_tier::WebTier`] hands it over (literal ARNs:
/// the component only passes them on).
fn standby(region: Region) -> StandbyScaleOut {
    StandbyScaleOut {
        region,
        group_name: "trading-web-use2-dev".into(),
        group_arn: STANDBY_GROUP_ARN.into(),
        policy_name: "trading-web-standby-scale-out-use2-dev".into(),
        policy_arn: "arn:aws:autoscaling:us-east-2:111111111111:scalingPolicy:p".into(),
        target_capacity: 6,
        traffic_alarm_name: "trading-web-standby-traffic-use2-dev".into(),
        traffic_alarm_arn: "arn:aws:cloudwatch:us-east-2:111111111111:alarm:a".into(),
    }
}

const STANDBY_GROUP_ARN: &str = "arn:aws:autoscaling:us-east-2:111111111111:autoScalingGroup:0:autoScalingGroupName/trading-web-use2-dev";

/// The automation with the schedule trigger and, optionally, a standby.
fn build_polling(standby: Option<&StandbyScaleOut>) -> (Synthesized, FailoverAutomation) {
    let w = world();
    let p = FailoverAutomationProps {
        trigger: Trigger::Schedule,
        standby,
        ..props(&w, FailoverMode::Automatic)
    };
    let a = FailoverAutomation::new(&w.f.root(), "failover", &p);
    let s = tfdr_testing::try_synth(&w.f.stack).unwrap_or_else(|e| panic!("{e}"));
    (s, a)
}

#[test]
fn the_schedule_polls_from_the_dr_region_and_only_that_rule_may_invoke() {
    let (s, a) = build_polling(None);
    assert_eq!(a.trigger, TriggerKind::Schedule);
    assert_eq!(a.trigger_delay_seconds(), POLL_PERIOD_SECONDS);
    assert_eq!(POLL_PERIOD_SECONDS, 60, "rate(1 minute)");
    let function = address(s.resources_of::<LambdaFunction>(), "failover/dr/function");
    let rules = s.assert_count::<CloudwatchEventRule>(1);
    let rule = &rules[0];
    assert_eq!(
        rule.path.as_deref(),
        Some("data-test/failover/dr/poll-schedule")
    );
    assert!(
        tfdr_testing::matches(
            &rule.body,
            &json!({
                "provider": "aws.dr",
                "name": "payments-failover-poll-dev",
                "schedule_expression": "rate(1 minute)",
            })
        ),
        "{:#}",
        rule.body
    );
    let permission = at(
        s.resources_of::<LambdaPermission>(),
        "failover/dr/trigger-permission",
    );
    assert!(
        tfdr_testing::matches(
            &permission.body,
            &json!({
                "provider": "aws.dr",
                "action": "lambda:InvokeFunction",
                "function_name": r(&function, "arn"),
                "principal": "events.amazonaws.com",
                "source_arn": r(&rule.address, "arn"),
                "statement_id": "AllowInvokeFromFailoverTrigger",
            })
        ),
        "{:#}",
        permission.body
    );
    let target = at(
        s.resources_of::<CloudwatchEventTarget>(),
        "failover/dr/poll-target",
    );
    assert!(
        tfdr_testing::matches(
            &target.body,
            &json!({
                "provider": "aws.dr",
                "arn": r(&function, "arn"),
                "rule": r(&rule.address, "name"),
                "target_id": "failover-function",
                "depends_on": [permission.address],
                "retry_policy": {"maximum_event_age_in_seconds": 60},
            })
        ),
        "{:#}",
        target.body
    );
    // No SNS path, no alarm filter, and nothing outside the DR region.
    s.assert_count::<SnsTopicSubscription>(0);
    let function = at(s.resources_of::<LambdaFunction>(), "failover/dr/function");
    let vars = function.body["environment"]["variables"]
        .as_object()
        .unwrap();
    assert!(!vars.contains_key(env::TRIGGER_ALARM_NAMES), "{vars:?}");
    for resource in s.types(tfdr_dsl::ElementKind::Resource) {
        for found in s.resources(&resource.0) {
            let path = found.path.unwrap_or_default();
            if path.starts_with("data-test/failover/") {
                assert!(path.starts_with("data-test/failover/dr/"), "{path}");
            }
        }
    }
    if let Some(v) = s.assert_valid_terraform() {
        eprintln!("{v}");
    }
}

#[test]
fn the_topic_trigger_adds_no_delay_and_no_poll() {
    let (s, a) = build(FailoverMode::Automatic);
    assert_eq!(a.trigger, TriggerKind::Topic);
    assert_eq!(a.trigger_delay_seconds(), 0);
    assert!(!a.scales_standby);
    s.assert_count::<CloudwatchEventRule>(0);
    s.assert_count::<CloudwatchEventTarget>(0);
    let function = at(s.resources_of::<LambdaFunction>(), "failover/dr/function");
    assert_eq!(
        function.body["timeout"],
        json!(FAILOVER_TIMEOUT_SECONDS),
        "no standby: the timeout payments-dr has always had"
    );
}

#[test]
fn a_standby_adds_its_variables_its_grants_and_the_longer_timeout() {
    let group = standby(Region::UsEast2);
    let (s, a) = build_polling(Some(&group));
    assert!(a.scales_standby);
    let function = at(s.resources_of::<LambdaFunction>(), "failover/dr/function");
    assert_eq!(
        function.body["timeout"],
        json!(FAILOVER_WITH_STANDBY_TIMEOUT_SECONDS)
    );
    let vars = &function.body["environment"]["variables"];
    assert_eq!(vars["STANDBY_GROUP_NAME"], json!("trading-web-use2-dev"));
    assert_eq!(
        vars["STANDBY_POLICY_NAME"],
        json!("trading-web-standby-scale-out-use2-dev")
    );
    assert_eq!(vars["STANDBY_REGION"], json!("us-east-2"));
    assert_eq!(vars["STANDBY_TARGET_CAPACITY"], json!("6"));
    let st = statements(&s);
    let sids: Vec<&str> = st.iter().map(|(sid, _)| sid.as_str()).collect();
    assert_eq!(
        &sids[sids.len() - 2..],
        ["ScaleOutTheStandbyWebTier", "ReadStandbyGroup"]
    );
    let get = |sid: &str| st.iter().find(|(s, _)| s == sid).unwrap().1.clone();
    let execute = get("ScaleOutTheStandbyWebTier");
    assert_eq!(execute["actions"], json!(["autoscaling:ExecutePolicy"]));
    assert_eq!(execute["resources"], json!([STANDBY_GROUP_ARN]));
    let read = get("ReadStandbyGroup");
    assert_eq!(
        read["actions"],
        json!(["autoscaling:DescribeAutoScalingGroups"])
    );
    assert_eq!(read["resources"], json!(["*"]));
    // The only new wildcard is the Describe the API cannot scope.
    for (sid, statement) in &st {
        let star = statement["resources"]
            .as_array()
            .unwrap()
            .contains(&json!("*"));
        assert_eq!(
            star,
            matches!(
                sid.as_str(),
                "PublishTraces" | "AttachToVpc" | "ReadStandbyGroup"
            ),
            "{sid}"
        );
    }
    if let Some(v) = s.assert_valid_terraform() {
        eprintln!("{v}");
    }
}

#[test]
fn without_a_standby_nothing_of_auto_scaling_reaches_the_function() {
    let (s, _) = build_polling(None);
    let function = at(s.resources_of::<LambdaFunction>(), "failover/dr/function");
    assert_eq!(function.body["timeout"], json!(FAILOVER_TIMEOUT_SECONDS));
    let vars = function.body["environment"]["variables"].to_string();
    assert!(!vars.contains("STANDBY_"), "{vars}");
    let policy = statements(&s)
        .into_iter()
        .map(|(_, st)| st.to_string())
        .collect::<String>();
    assert!(!policy.contains("autoscaling:"), "{policy}");
}

#[test]
fn a_standby_outside_the_dr_region_is_reported_at_synth() {
    let w = world();
    let group = standby(Region::UsEast1);
    let p = FailoverAutomationProps {
        standby: Some(&group),
        ..props(&w, FailoverMode::Automatic)
    };
    FailoverAutomation::new(&w.f.root(), "failover", &p);
    let text = tfdr_testing::try_synth(&w.f.stack).unwrap_err().to_string();
    assert!(text.contains("failover: standby"), "{text}");
    assert!(
        text.contains("must be in the DR region us-east-2"),
        "{text}"
    );
    assert!(text.contains("got us-east-1"), "{text}");
}

/// The automation with [`Trigger::Events`] on one alarm in the primary region
/// (us-east-1 in the fixture's pair, us-east-1 → us-east-2).
fn build_events(watch_source: &str) -> Result<(Synthesized, FailoverAutomation), String> {
    use tfdr_dsl::aws::enums::{ComparisonOperator, TreatMissingData};
    use tfdr_dsl::aws::CloudwatchMetricAlarm;
    let w = world();
    let region = w.f.ctx.region(Side::Primary);
    let arn =
        w.f.root()
            .child("ops")
            .region(Side::Primary)
            .add(
                "health-alarm",
                CloudwatchMetricAlarm::new(ALARM, ComparisonOperator::LessThanThreshold, 1),
            )
            .arn();
    let alarm = Alarm {
        name: ALARM.into(),
        arn,
        region,
        metric: crate::alarms::Metric::health_check_status(w.check.clone()),
        statistic: crate::alarms::Statistic::Minimum,
        comparison: ComparisonOperator::LessThanThreshold,
        threshold: 1.0,
        evaluation: crate::alarms::ONE_MINUTE,
        missing_data: TreatMissingData::Breaching,
    };
    let p = FailoverAutomationProps {
        trigger: Trigger::Events(EventTriggers {
            alarms: vec![&alarm],
            watch_source: watch_source.into(),
        }),
        ..props(&w, FailoverMode::Automatic)
    };
    let a = FailoverAutomation::new(&w.f.root(), "failover", &p);
    tfdr_testing::try_synth(&w.f.stack)
        .map(|s| (s, a))
        .map_err(|e| e.to_string())
}

#[test]
fn events_forward_the_alarm_to_the_dr_bus_and_two_dr_rules_invoke_the_function() {
    let (s, a) = build_events("tfdr.primary-watch").unwrap();
    assert_eq!(a.trigger, TriggerKind::Events);
    assert_eq!(a.trigger_delay_seconds(), 0);
    let function = address(s.resources_of::<LambdaFunction>(), "failover/dr/function");
    let alarm = address(
        s.resources("aws_cloudwatch_metric_alarm"),
        "ops/primary/health-alarm",
    );
    // The forwarder, in the alarm's region, to the DR region's default bus.
    let forward = at(
        s.resources_of::<CloudwatchEventRule>(),
        "failover/primary/alarm-forward-rule",
    );
    assert_eq!(forward.body["provider"], "aws.primary");
    let pattern: Value =
        serde_json::from_str(forward.body["event_pattern"].as_str().unwrap_or("null"))
            .unwrap_or(Value::Null);
    let rendered = forward.body["event_pattern"].to_string();
    assert!(
        rendered.contains("CloudWatch Alarm State Change") && rendered.contains(&alarm),
        "{rendered} {pattern}"
    );
    let target = at(
        s.resources_of::<CloudwatchEventTarget>(),
        "failover/primary/alarm-forward-target",
    );
    let bus = target.body["arn"].as_str().unwrap();
    assert!(
        bus.contains(":events:us-east-2:") && bus.ends_with(":event-bus/default"),
        "{bus}"
    );
    let role = target.body["role_arn"].as_str().unwrap();
    assert!(role.contains("alarm-forward-role"), "{role}");
    let policies = s.resources_of::<IamRolePolicy>();
    let forward_policy = at(policies, "failover/primary/alarm-forward-policy");
    assert!(forward_policy.body["role"]
        .as_str()
        .unwrap()
        .contains("alarm-forward-role"));
    // In the DR region: the alarm rule and the watch rule, each with its own permission.
    for (id, needle) in [
        ("alarm", "CloudWatch Alarm State Change".to_string()),
        ("watch", WATCH_DETAIL_TYPE.to_string()),
    ] {
        let rule = at(
            s.resources_of::<CloudwatchEventRule>(),
            &format!("failover/dr/{id}-rule"),
        );
        assert_eq!(rule.body["provider"], "aws.dr");
        assert!(
            rule.body["event_pattern"].to_string().contains(&needle),
            "{}",
            rule.body
        );
        let permission = at(
            s.resources_of::<LambdaPermission>(),
            &format!("failover/dr/{id}-permission"),
        );
        assert!(tfdr_testing::matches(
            &permission.body,
            &json!({
                "principal": "events.amazonaws.com",
                "function_name": r(&function, "arn"),
                "source_arn": r(&rule.address, "arn"),
            })
        ));
        let target = at(
            s.resources_of::<CloudwatchEventTarget>(),
            &format!("failover/dr/{id}-target"),
        );
        assert_eq!(target.body["arn"], r(&function, "arn"));
        assert_eq!(target.body["depends_on"], json!([permission.address]));
    }
    let watch = at(
        s.resources_of::<CloudwatchEventRule>(),
        "failover/dr/watch-rule",
    );
    let watch_pattern: Value =
        serde_json::from_str(watch.body["event_pattern"].as_str().unwrap()).unwrap();
    assert_eq!(
        watch_pattern,
        json!({"source": ["tfdr.primary-watch"], "detail-type": [WATCH_DETAIL_TYPE]})
    );
    let function = at(s.resources_of::<LambdaFunction>(), "failover/dr/function");
    let vars = &function.body["environment"]["variables"];
    assert_eq!(vars[env::WATCH_EVENT_SOURCE], "tfdr.primary-watch");
    assert_eq!(vars[env::TRIGGER_ALARM_NAMES], json!([ALARM]).to_string());
    // No SNS path and no poll.
    s.assert_count::<SnsTopicSubscription>(0);
    assert!(s
        .resources_of::<CloudwatchEventRule>()
        .iter()
        .all(|r| r.body.get("schedule_expression").is_none()));
    if let Some(v) = s.assert_valid_terraform() {
        eprintln!("{v}");
    }
}

#[test]
fn an_aws_watch_source_is_reported_at_synth() {
    let Err(err) = build_events("aws.rds") else {
        panic!("an aws. source must be reported")
    };
    assert!(
        err.contains("watch_source") && err.contains("aws."),
        "{err}"
    );
}
