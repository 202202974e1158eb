//! Tests of the primary watchers on the synthesized JSON (payments' pair: us-east-1 →
//! us-east-2).

use serde_json::json;
use tfdr_dsl::aws::{CloudwatchEventRule, CloudwatchEventTarget, LambdaFunction, LambdaPermission};
use tfdr_testing::Synthesized;

use super::*;
use crate::test_support::{at, aurora_props, fixture, r};

fn build(placement: Placement) -> (Synthesized, PrimaryWatch) {
    let f = fixture();
    let db = AuroraGlobal::new(&f.root(), "aurora", &aurora_props(&f));
    let w = PrimaryWatch::new(
        &f.root(),
        "watch",
        &PrimaryWatchProps {
            name: "transactions-watch".into(),
            primary_health_url: "https://abc.execute-api.us-east-1.amazonaws.com/live/health"
                .into(),
            database: &db,
            placement,
            network: &f.network,
            keys: &f.keys,
            access_logs: &f.access_logs,
            log_retention: LogRetentionDays::new(30).unwrap(),
            code_expiry: ExpiryDays::new(30).unwrap(),
        },
    );
    let s = tfdr_testing::try_synth(&f.stack).unwrap_or_else(|e| panic!("{e}"));
    (s, w)
}

#[test]
fn a_watcher_per_region_every_minute_and_only_the_dr_one_emits_events() {
    let (s, w) = build(Placement::PrivateSubnets);
    assert_eq!(w.event_source, "tfdr.transactions-watch");
    for (side, provider, emits) in [
        ("primary", "aws.primary", "false"),
        ("dr", "aws.dr", "true"),
    ] {
        let function = at(
            s.resources_of::<LambdaFunction>(),
            &format!("watch/{side}/function"),
        );
        assert_eq!(function.body["provider"], provider);
        assert_eq!(function.body["handler"], WATCH_HANDLER);
        assert_eq!(function.body["reserved_concurrent_executions"], 1);
        let vars = &function.body["environment"]["variables"];
        assert_eq!(vars[env::EMIT_EVENTS], emits);
        assert_eq!(vars[env::EVENT_SOURCE], "tfdr.transactions-watch");
        assert_eq!(vars[env::METRIC_NAMESPACE], METRIC_NAMESPACE);
        assert_eq!(vars[env::PRIMARY_REGION], "us-east-1");
        assert_eq!(
            vars[env::PRIMARY_HEALTH_URL],
            "https://abc.execute-api.us-east-1.amazonaws.com/live/health"
        );
        let rule = at(
            s.resources_of::<CloudwatchEventRule>(),
            &format!("watch/{side}/schedule"),
        );
        assert_eq!(rule.body["schedule_expression"], SCHEDULE_EXPRESSION);
        let permission = at(
            s.resources_of::<LambdaPermission>(),
            &format!("watch/{side}/schedule-permission"),
        );
        assert_eq!(permission.body["source_arn"], r(&rule.address, "arn"));
        let target = at(
            s.resources_of::<CloudwatchEventTarget>(),
            &format!("watch/{side}/schedule-target"),
        );
        assert_eq!(target.body["arn"], r(&function.address, "arn"));
    }
}

#[test]
fn only_the_dr_watcher_may_put_events_and_metrics_stay_in_their_namespace() {
    let (s, _) = build(Placement::PrivateSubnets);
    let docs = s.data_sources("aws_iam_policy_document");
    let put_events: Vec<String> = docs
        .iter()
        .filter(|d| d.body.to_string().contains("events:PutEvents"))
        .map(|d| d.path.clone().unwrap_or_default())
        .collect();
    assert_eq!(put_events.len(), 1, "{put_events:?}");
    assert!(put_events[0].contains("watch/dr/"), "{put_events:?}");
    let metrics: Vec<_> = docs
        .iter()
        .filter(|d| d.body.to_string().contains("cloudwatch:PutMetricData"))
        .collect();
    assert_eq!(metrics.len(), 2);
    for d in metrics {
        assert!(d.body.to_string().contains(METRIC_NAMESPACE), "{}", d.body);
    }
    let _ = json!(null);
}

#[test]
fn the_watchers_are_valid_terraform() {
    let (s, _) = build(Placement::LambdaNetwork);
    if let Some(v) = s.assert_valid_terraform() {
        eprintln!("{v}");
    }
}
