//! Tests of the lag monitor on the synthesized JSON (trading-dr's pair: us-east-1 →
//! eu-central-2, the function on Lambda's network).

use serde_json::{json, Value};
use tfdr_dsl::aws::{
    CloudwatchEventRule, CloudwatchEventTarget, CloudwatchMetricAlarm, LambdaFunction,
    LambdaPermission, SnsTopic,
};
use tfdr_dsl::Stack;
use tfdr_testing::Synthesized;

use super::*;
use crate::alarms::tests::{subscriptions, SERVICES};
use crate::alerting::AlertTopicsProps;
use crate::aurora_global::AuroraGlobalOptions;
use crate::context::DrContext;
use crate::kms::KmsKeysProps;
use crate::s3_access_logs::AccessLogBucketsProps;
use crate::test_support::{at, aurora_props, network_props, r, Fixture};

struct World {
    f: Fixture,
    db: AuroraGlobal,
    topics: AlertTopics,
}

fn world(data_api: bool) -> World {
    let stack = Stack::new("data-test");
    let ctx = DrContext::new(
        &stack,
        Region::UsEast1,
        Region::EuCentral2,
        "dev".parse().unwrap(),
    )
    .unwrap();
    let root = ctx.root();
    let keys = KmsKeys::new(
        &root,
        "kms",
        &KmsKeysProps {
            purpose: "trading".into(),
            services: SERVICES.to_vec(),
        },
    );
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
        stack,
        ctx,
        keys,
        network,
        access_logs,
    };
    let topics = AlertTopics::new(
        &root,
        "alerts",
        &AlertTopicsProps {
            name: "trading-alerts".into(),
            keys: &f.keys,
            subscriptions: subscriptions(),
        },
    );
    let db = AuroraGlobal::new_with(
        &root,
        "aurora",
        &aurora_props(&f),
        AuroraGlobalOptions {
            data_api,
            ..AuroraGlobalOptions::default()
        },
    );
    World { f, db, topics }
}

fn props(w: &World) -> LagMonitorProps<'_> {
    LagMonitorProps {
        name: "trading-lag-monitor".into(),
        database: &w.db,
        threshold: DEFAULT_LAG_THRESHOLD,
        topics: &w.topics,
        placement: Placement::LambdaNetwork,
        network: &w.f.network,
        keys: &w.f.keys,
        access_logs: &w.f.access_logs,
        log_retention: LogRetentionDays::new(30).unwrap(),
        code_expiry: ExpiryDays::new(30).unwrap(),
    }
}

fn build() -> (Synthesized, LagMonitor) {
    let w = world(true);
    let m = LagMonitor::new(&w.f.root(), "lag", &props(&w));
    let s = tfdr_testing::try_synth(&w.f.stack).unwrap_or_else(|e| panic!("{e}"));
    (s, m)
}

fn address(found: Vec<tfdr_testing::Found>, path: &str) -> String {
    at(found, path).address
}

#[test]
fn the_function_runs_in_the_dr_region_with_one_invocation_at_a_time() {
    let (s, m) = build();
    let function = at(s.resources_of::<LambdaFunction>(), "lag/dr/function");
    assert_eq!(m.function.region, Region::EuCentral2);
    assert_eq!(m.region, Region::EuCentral2);
    let b = &function.body;
    assert_eq!(b["provider"], json!("aws.dr"));
    assert_eq!(b["runtime"], json!("python3.12"));
    assert_eq!(b["handler"], json!(LAG_MONITOR_HANDLER));
    assert_eq!(b["timeout"], json!(LAG_MONITOR_TIMEOUT_SECONDS));
    assert_eq!(b["memory_size"], json!(128));
    assert_eq!(b["reserved_concurrent_executions"], json!(1));
    assert_eq!(
        b["source_code_hash"],
        json!(lag_monitor_zip().source_code_hash())
    );
    assert!(b.get("vpc_config").is_none(), "Lambda's network: {b:#}");
    assert_eq!(b["logging_config"]["log_format"], json!("JSON"));
    // Everything of the component is in the DR region.
    for t in s.types(tfdr_dsl::ElementKind::Resource) {
        for found in s.resources(&t.0) {
            let path = found.path.clone().unwrap_or_default();
            if path.starts_with("data-test/lag/") {
                assert!(path.starts_with("data-test/lag/dr/"), "{path}");
                assert_eq!(found.body["provider"], json!("aws.dr"), "{path}");
            }
        }
    }
}

#[test]
fn the_environment_names_the_primary_the_secret_and_the_metric() {
    let (s, _) = build();
    let function = at(s.resources_of::<LambdaFunction>(), "lag/dr/function");
    let primary = address(s.resources("aws_rds_cluster"), "aurora/primary/cluster");
    let secret = address(
        s.resources("aws_secretsmanager_secret"),
        "aurora/primary/master-secret",
    );
    assert_eq!(
        function.body["environment"]["variables"],
        json!({
            "PRIMARY_CLUSTER_ARN": r(&primary, "arn"),
            "SECRET_ARN": r(&secret, "arn"),
            "DATABASE_NAME": "payments",
            "DR_REGION": "eu-central-2",
            "DR_CLUSTER_ID": "aurora-euc2-dev",
            "METRIC_NAMESPACE": "tfdr/AuroraGlobal",
            "METRIC_NAME": "ReplicationLagSeconds",
        })
    );
}

#[test]
fn a_schedule_every_minute_invokes_the_function_and_only_it_may() {
    let (s, _) = build();
    let function = address(s.resources_of::<LambdaFunction>(), "lag/dr/function");
    let rule = at(s.resources_of::<CloudwatchEventRule>(), "lag/dr/schedule");
    assert_eq!(rule.body["schedule_expression"], json!("rate(1 minute)"));
    assert_eq!(rule.body["provider"], json!("aws.dr"));
    assert_eq!(rule.body["name"], json!("trading-lag-monitor-dev"));
    let target = at(
        s.resources_of::<CloudwatchEventTarget>(),
        "lag/dr/schedule-target",
    );
    assert_eq!(target.body["arn"], r(&function, "arn"));
    assert_eq!(target.body["rule"], r(&rule.address, "name"));
    let permission = at(
        s.resources_of::<LambdaPermission>(),
        "lag/dr/schedule-permission",
    );
    assert_eq!(
        permission.body,
        json!({
            "provider": "aws.dr",
            "action": "lambda:InvokeFunction",
            "function_name": r(&function, "arn"),
            "principal": "events.amazonaws.com",
            "source_arn": r(&rule.address, "arn"),
            "statement_id": "AllowInvokeFromLagMonitorSchedule",
        })
    );
    let deps = crate::test_support::depends_on(&target.body);
    assert!(deps.contains(&permission.address), "{deps:?}");
}

fn statements(s: &Synthesized) -> Vec<Value> {
    let doc = at(
        s.data_sources("aws_iam_policy_document"),
        "lag/dr/role-policy-document",
    );
    doc.body["statement"].as_array().unwrap().clone()
}

fn statement(all: &[Value], sid: &str) -> Value {
    all.iter()
        .find(|st| st["sid"] == json!(sid))
        .unwrap_or_else(|| panic!("no statement {sid}"))
        .clone()
}

#[test]
fn the_role_gets_exactly_the_grants_it_needs() {
    let (s, _) = build();
    let all = statements(&s);
    let sids: Vec<&str> = all.iter().map(|st| st["sid"].as_str().unwrap()).collect();
    assert_eq!(
        sids,
        [
            "WriteOwnLogs",
            "SendFailedEvents",
            "UseRegionKey",
            "PublishTraces",
            "QueryPrimaryThroughDataApi",
            "ReadDatabaseSecret",
            "DecryptDatabaseSecret",
            "PublishLagSamples",
            "ReadFallbackLagMetric",
        ]
    );
    let primary = address(s.resources("aws_rds_cluster"), "aurora/primary/cluster");
    let secret = address(
        s.resources("aws_secretsmanager_secret"),
        "aurora/primary/master-secret",
    );
    let key = address(s.resources("aws_kms_key"), "kms/primary/key");
    let grant = |sid: &str, actions: Value, resources: Value| {
        let st = statement(&all, sid);
        assert_eq!(st["effect"], json!("Allow"), "{sid}");
        assert_eq!(st["actions"], actions, "{sid}");
        assert_eq!(st["resources"], resources, "{sid}");
        st
    };
    grant(
        "QueryPrimaryThroughDataApi",
        json!(["rds-data:ExecuteStatement"]),
        json!([r(&primary, "arn")]),
    );
    grant(
        "ReadDatabaseSecret",
        json!(["secretsmanager:GetSecretValue"]),
        json!([r(&secret, "arn")]),
    );
    grant(
        "DecryptDatabaseSecret",
        json!(["kms:Decrypt"]),
        json!([r(&key, "arn")]),
    );
    let put = grant(
        "PublishLagSamples",
        json!(["cloudwatch:PutMetricData"]),
        json!(["*"]),
    );
    assert_eq!(
        put["condition"],
        json!([{"test": "StringEquals", "variable": "cloudwatch:namespace", "values": ["tfdr/AuroraGlobal"]}])
    );
    let get = grant(
        "ReadFallbackLagMetric",
        json!(["cloudwatch:GetMetricData"]),
        json!(["*"]),
    );
    assert!(get.get("condition").is_none());
}

#[test]
fn the_alarm_watches_the_high_resolution_metric_and_pages_on_silence() {
    let (s, m) = build();
    let alarm = at(s.resources_of::<CloudwatchMetricAlarm>(), "lag/dr/alarm");
    let topic = address(s.resources_of::<SnsTopic>(), "alerts/dr/topic");
    let b = &alarm.body;
    assert_eq!(b["provider"], json!("aws.dr"));
    assert_eq!(b["namespace"], json!(METRIC_NAMESPACE));
    assert_eq!(b["metric_name"], json!(METRIC_NAME));
    assert_eq!(
        b["dimensions"],
        json!({"DBClusterIdentifier": "aurora-euc2-dev"})
    );
    assert_eq!(b["statistic"], json!("Maximum"));
    assert_eq!(b["period"], json!(30));
    assert_eq!(b["evaluation_periods"], json!(2));
    assert_eq!(b["datapoints_to_alarm"], json!(2));
    assert_eq!(b["comparison_operator"], json!("GreaterThanThreshold"));
    assert_eq!(b["threshold"], json!(30));
    assert_eq!(b["unit"], json!("Seconds"));
    assert_eq!(b["treat_missing_data"], json!("breaching"));
    assert_eq!(b["alarm_actions"], json!([r(&topic, "arn")]));
    assert_eq!(b["ok_actions"], json!([r(&topic, "arn")]));
    let text = b["alarm_description"].as_str().unwrap();
    assert!(text.contains("more than 30 s behind"), "{text}");
    assert!(text.chars().count() <= MAX_DESCRIPTION_LEN);
    assert_eq!(b["alarm_name"], json!(m.alarm_name));
    assert_eq!(
        m.metric_dimensions,
        vec![(
            "DBClusterIdentifier".to_string(),
            "aurora-euc2-dev".to_string()
        )]
    );
    assert_eq!(
        (m.metric_namespace.as_str(), m.metric_name.as_str()),
        (METRIC_NAMESPACE, METRIC_NAME)
    );
}

#[test]
fn the_threshold_is_the_callers() {
    let w = world(true);
    let p = LagMonitorProps {
        threshold: LagSeconds::new(45).unwrap(),
        ..props(&w)
    };
    let m = LagMonitor::new(&w.f.root(), "lag", &p);
    assert_eq!(m.threshold.get(), 45);
    let s = tfdr_testing::try_synth(&w.f.stack).unwrap_or_else(|e| panic!("{e}"));
    let alarm = at(s.resources_of::<CloudwatchMetricAlarm>(), "lag/dr/alarm");
    assert_eq!(alarm.body["threshold"], json!(45));
}

#[test]
fn a_database_without_the_data_api_is_reported() {
    let w = world(false);
    LagMonitor::new(&w.f.root(), "lag", &props(&w));
    let err = tfdr_testing::try_synth(&w.f.stack).unwrap_err().to_string();
    assert!(err.contains("Data API enabled"), "{err}");
    assert!(err.contains("data-test/lag"), "{err}");
}

#[test]
fn the_monitor_is_valid_terraform() {
    let (s, _) = build();
    if let Some(v) = s.assert_valid_terraform() {
        eprintln!("{v}");
    }
}
