//! Tests of the dashboard body and the DR dashboard on the synthesized JSON (fixture: the
//! alarms' [`ops`] and [`all_alarms`]).

use serde_json::{json, Value};
use tfdr_dsl::aws::{CloudwatchDashboard, CloudwatchMetricAlarm};
use tfdr_dsl::{Expr, RawExpr, Region};
use tfdr_testing::Synthesized;

use super::*;
use crate::alarms::tests::{all_alarms, ops, AllAlarms, Ops};
use crate::alarms::{LambdaMetric, Metric};

fn dashboard(o: &Ops, a: &AllAlarms) -> DrDashboard {
    DrDashboard::new(
        &o.ctx.root(),
        "ops-dashboard",
        &DrDashboardProps {
            name: "payments".into(),
            apis: vec![&a.apis],
            functions: vec![&a.functions],
            health_checks: vec![&a.health],
            databases: vec![&a.aurora],
            tables: vec![&a.table],
            buckets: vec![&a.bucket],
            web: vec![],
            lag_monitors: vec![],
            ops: vec![],
            watchers: vec![],
        },
    )
}

fn build(primary: Region, dr: Region) -> (Ops, AllAlarms, DrDashboard, Synthesized) {
    let o = ops(primary, dr);
    let a = all_alarms(&o);
    let d = dashboard(&o, &a);
    let s = tfdr_testing::try_synth(&o.stack).unwrap_or_else(|e| panic!("{e}"));
    (o, a, d, s)
}

fn widgets(body: &Value) -> Vec<Value> {
    body["widgets"].as_array().unwrap().clone()
}

fn of_type(body: &Value, kind: &str) -> Vec<Value> {
    widgets(body)
        .into_iter()
        .filter(|w| w["type"] == kind)
        .collect()
}

fn is_reference(v: &Value) -> bool {
    v.as_object()
        .is_some_and(|m| m.len() == 1 && m.contains_key("$tfdr-reference"))
}

#[test]
fn widgets_sit_on_the_grid_without_overlapping() {
    let (_, _, d, _) = build(Region::UsEast1, Region::UsEast2);
    let body = d.body.to_json_value();
    assert_eq!(body["start"], "-PT3H");
    assert_eq!(body["periodOverride"], "inherit");
    let all = widgets(&body);
    // header + 2 alarm widgets + 4 API + 2 Lambda + health, Aurora, DynamoDB, S3.
    assert_eq!(all.len(), 13, "{body:#}");
    let rect = |w: &Value| {
        let n = |k: &str| w[k].as_u64().unwrap();
        (n("x"), n("y"), n("width"), n("height"))
    };
    for (i, w) in all.iter().enumerate() {
        assert!(
            ["metric", "alarm", "text"].contains(&w["type"].as_str().unwrap()),
            "{w}"
        );
        assert!(w["properties"].is_object(), "{w}");
        let (x, y, width, height) = rect(w);
        assert!(x + width <= 24 && width >= 1 && height >= 1, "{w}");
        for other in &all[i + 1..] {
            let (ox, oy, ow, oh) = rect(other);
            let apart = x + width <= ox || ox + ow <= x || y + height <= oy || oy + oh <= y;
            assert!(apart, "{w} overlaps {other}");
        }
    }
    // The primary region is on the left, the DR region on the right.
    let api = of_type(&body, "metric");
    assert_eq!(api[0]["properties"]["region"], "us-east-1");
    assert_eq!(
        (api[0]["x"].as_u64(), api[1]["x"].as_u64()),
        (Some(0), Some(12))
    );
    assert_eq!(api[1]["properties"]["region"], "us-east-2");
}

#[test]
fn every_metric_names_its_region_and_the_widgets_region() {
    for (p, d) in [
        (Region::UsEast1, Region::UsEast2),
        (Region::EuCentral1, Region::EuCentral2),
    ] {
        let (_, _, dash, _) = build(p, d);
        let body = dash.body.to_json_value();
        let graphs = of_type(&body, "metric");
        assert_eq!(graphs.len(), 10);
        let mut lines = 0;
        for g in &graphs {
            let props = &g["properties"];
            let region = props["region"].as_str().unwrap();
            region.parse::<Region>().unwrap();
            for m in props["metrics"].as_array().unwrap() {
                let parts = m.as_array().unwrap();
                let options = parts.last().unwrap();
                assert_eq!(options["region"], region, "{m}");
                assert!(
                    options["stat"].is_string() && options["label"].is_string(),
                    "{m}"
                );
                assert!(parts[0].as_str().unwrap().starts_with("AWS/"), "{m}");
                // namespace, name, then dimension name/value pairs, then the options.
                assert_eq!(parts.len() % 2, 1, "{m}");
                lines += 1;
            }
        }
        assert_eq!(lines, 4 + 2 + 6 + 2 + 1 + 1 + 2, "{body:#}");
        let health = graphs
            .iter()
            .find(|g| g["properties"]["metrics"][0][0] == "AWS/Route53")
            .unwrap();
        assert_eq!(health["properties"]["region"], "us-east-1");
        assert!(is_reference(&health["properties"]["metrics"][0][3]));
    }
}

#[test]
fn thresholds_are_drawn_where_the_alarms_fire() {
    let (_, a, d, _) = build(Region::UsEast1, Region::UsEast2);
    let body = d.body.to_json_value();
    let graph = |namespace: &str| {
        of_type(&body, "metric")
            .into_iter()
            .find(|g| g["properties"]["metrics"][0][0] == namespace)
            .unwrap()
    };
    let aurora = graph("AWS/RDS");
    assert_eq!(
        aurora["properties"]["annotations"]["horizontal"],
        json!([{"label": "lag alarm", "value": 1000, "yAxis": "left"}])
    );
    assert_eq!(aurora["properties"]["region"], "us-east-2");
    assert_eq!(
        aurora["properties"]["metrics"][0],
        json!([
            "AWS/RDS", "AuroraGlobalDBReplicationLag", "DBClusterIdentifier", "aurora-use2-dev",
            {"region": "us-east-2", "stat": "Maximum", "label": "lag", "yAxis": "left"}
        ])
    );
    let s3 = graph("AWS/S3");
    assert_eq!(
        s3["properties"]["annotations"]["horizontal"][0]["value"],
        900
    );
    assert_eq!(s3["properties"]["period"], 300);
    let api = graph("AWS/ApiGateway");
    assert_eq!(
        api["properties"]["annotations"]["horizontal"],
        json!([{"label": "5XX alarm", "value": 0.05, "yAxis": "right"}])
    );
    assert_eq!(a.apis.primary.server_errors.threshold, 0.05);
}

#[test]
fn alarm_states_are_shown_per_region_with_every_alarm_once() {
    for (p, d, widgets_) in [
        (Region::UsEast1, Region::UsEast2, 2),
        (Region::EuCentral1, Region::EuCentral2, 3),
    ] {
        let (_, a, dash, s) = build(p, d);
        let body = dash.body.to_json_value();
        let states = of_type(&body, "alarm");
        assert_eq!(states.len(), widgets_, "{body:#}");
        let listed: usize = states
            .iter()
            .map(|w| {
                let alarms = w["properties"]["alarms"].as_array().unwrap();
                assert!(alarms.iter().all(is_reference), "{w}");
                assert_eq!(w["width"], 24 / widgets_ as u64);
                alarms.len()
            })
            .sum();
        assert_eq!(listed, a.all().len());
        // In the synthesized body, each alarm's ARN is referenced once.
        let dashboard = s.resources_of::<CloudwatchDashboard>().remove(0);
        let text = dashboard.body["dashboard_body"].as_str().unwrap();
        for alarm in s.resources_of::<CloudwatchMetricAlarm>() {
            let arn = format!("{}.arn", alarm.address);
            assert_eq!(text.matches(&arn).count(), 1, "{arn} in {text}");
        }
        if widgets_ == 3 {
            assert_eq!(states[2]["properties"]["title"], "Alarms: us-east-1");
        }
    }
}

#[test]
fn the_dashboard_is_one_global_resource_on_the_primary_provider() {
    let (_, _, d, s) = build(Region::EuCentral1, Region::EuCentral2);
    let dashboard = s.assert_count::<CloudwatchDashboard>(1).remove(0);
    assert_eq!(
        dashboard.path.as_deref(),
        Some("data-test/ops-dashboard/primary/dashboard")
    );
    assert_eq!(dashboard.body["provider"], "aws.primary");
    assert_eq!(dashboard.body["dashboard_name"], "payments-euc1-dev");
    assert_eq!(d.name, "payments-euc1-dev");
    let text = dashboard.body["dashboard_body"].as_str().unwrap();
    assert!(text.starts_with("${jsonencode({"), "{text}");
    assert_eq!(
        d.url,
        "https://eu-central-1.console.aws.amazon.com/cloudwatch/home?region=eu-central-1#dashboards:name=payments-euc1-dev"
    );
    assert_eq!(
        console_url(Region::UsGovWest1, "x"),
        "https://console.amazonaws-us-gov.com/cloudwatch/home?region=us-gov-west-1#dashboards:name=x"
    );
}

#[test]
fn a_body_without_references_is_its_json_text_and_output_is_stable() {
    let mut grid = body::Grid::new();
    grid.place(
        12,
        6,
        WidgetContent::Metric(MetricWidget {
            title: "errors".into(),
            region: Region::UsEast1,
            view: View::TimeSeries,
            stacked: false,
            period: 60,
            metrics: vec![MetricLine {
                metric: Metric::lambda(LambdaMetric::Errors, "payments-dev", Region::UsEast1),
                stat: Statistic::Sum,
                label: "errors".into(),
                axis: Axis::Left,
            }],
            annotations: Annotations::default(),
            y_axis: YAxes::default(),
        }),
    )
    .place(
        13,
        2,
        WidgetContent::Text(TextWidget {
            markdown: "wraps to the next row".into(),
        }),
    );
    let body = DashboardBody {
        start: None,
        period_override: PeriodOverride::Auto,
        widgets: grid.into_widgets(),
    };
    assert!(!body.has_references());
    let expr = body.to_expr();
    let RawExpr::String(text) = expr.raw() else {
        panic!("{expr:?}")
    };
    let parsed: Value = serde_json::from_str(text).unwrap();
    assert_eq!(parsed, body.to_json_value());
    assert_eq!(parsed["widgets"][1]["y"], 6, "{parsed}");
    assert_eq!(
        parsed["widgets"][0]["properties"]["metrics"][0],
        json!(["AWS/Lambda", "Errors", "FunctionName", "payments-dev",
               {"region": "us-east-1", "stat": "Sum", "label": "errors", "yAxis": "left"}])
    );
    // Keys sorted, lists in order: the same body gives the same bytes.
    assert_eq!(body.to_expr(), expr);
    assert!(text.starts_with(r#"{"periodOverride":"auto","widgets":[{"height":6,"properties":{"#));
    // A reference turns the body into jsonencode(...) with the reference in place.
    let mut with_ref = body.clone();
    if let WidgetContent::Text(t) = &mut with_ref.widgets[1].content {
        t.markdown = "x".into();
    }
    with_ref.widgets.push(body::Widget {
        content: WidgetContent::Alarm(AlarmWidget {
            title: "alarms".into(),
            alarms: vec![Expr::<String>::hcl("aws_cloudwatch_metric_alarm.a.arn").into()],
            sort_by: AlarmSort::StateUpdatedTimestamp,
        }),
        x: 0,
        y: 8,
        width: 24,
        height: 4,
    });
    let RawExpr::Call { name, args } = with_ref.to_expr().into_raw() else {
        panic!()
    };
    assert_eq!(name, "jsonencode");
    let RawExpr::Object(top) = &args[0] else {
        panic!()
    };
    let RawExpr::List(ws) = &top["widgets"] else {
        panic!()
    };
    let RawExpr::Object(w) = &ws[2] else { panic!() };
    let RawExpr::Object(props) = &w["properties"] else {
        panic!()
    };
    assert_eq!(
        props["sortBy"],
        RawExpr::String("stateUpdatedTimestamp".into())
    );
    assert_eq!(
        props["alarms"],
        RawExpr::List(vec![RawExpr::Hcl(
            "aws_cloudwatch_metric_alarm.a.arn".into()
        )])
    );
}

#[test]
fn two_builds_synthesize_the_same_bytes() {
    let one = build(Region::EuCentral1, Region::EuCentral2).3;
    let two = build(Region::EuCentral1, Region::EuCentral2).3;
    assert_eq!(one.json(), two.json());
}

#[test]
fn the_operations_stack_is_valid_terraform_with_a_third_provider() {
    let (_, _, _, s) = build(Region::EuCentral1, Region::EuCentral2);
    if let Some(v) = s.assert_valid_terraform() {
        eprintln!("{v}");
    }
}
