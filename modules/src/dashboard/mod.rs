//! One CloudWatch dashboard for an active-passive stack: both regions side by side,
//! built from the alarms' own metrics and thresholds, so the graphs show exactly what
//! pages people and where the line is.
//!
//! - [`body`]: the typed dashboard body (serde structs → a deterministic JSON string, or
//!   `jsonencode({…})` when it holds references).
//! - [`DrDashboard`]: the component. Dashboards are global (one name per account); it is
//!   written through the primary provider (`<id>/primary/dashboard`) and reads metrics of
//!   every region: each line names its region, and the references it holds (alarm ARNs,
//!   bucket names, health-check ids of either region) are intended cross-region values.
//!
//! Layout (24 columns): a header; the alarm states of each region (primary, DR, and
//! us-east-1 when it is neither and holds the health-check alarms); then, per API and
//! function, the primary region left and the DR region right (requests and 5XX rate, p99
//! latency, invocations/errors/throttles); then health checks, Aurora lag, DynamoDB and S3
//! replication, each with its alarm threshold drawn as a horizontal line.

pub mod body;

use tfdr_dsl::aws::{CloudwatchDashboard, CloudwatchDashboardArgs};
use tfdr_dsl::{Expr, Region};

use crate::alarms::{
    Alarm, ApiAlarms, AuroraLagAlarm, BucketReplicationAlarms, FunctionAlarms, HealthCheckAlarms,
    Metric, OpsFunctionAlarms, Statistic, TableReplicationAlarm, WebAlarms,
};
use crate::context::{DrContext, DrScope, Side};
use crate::lag_monitor::LagMonitor;
use body::{
    AlarmSort, AlarmWidget, Annotations, Axis, AxisRange, DashboardBody, Grid,
    HorizontalAnnotation, MetricLine, MetricWidget, PeriodOverride, TextWidget, View,
    WidgetContent, YAxes,
};

/// The default time range of the dashboard: the last three hours.
pub const DEFAULT_RANGE: &str = "-PT3H";

/// Height of a graph, in grid rows.
const GRAPH_HEIGHT: u32 = 6;

/// The most alarms one alarm widget shows (CloudWatch's limit).
pub const MAX_ALARMS_PER_WIDGET: usize = 100;

/// What the dashboard shows: any number of each alarm component (a section per item, in
/// the order given; an empty list leaves its section out).
#[derive(Debug, Clone)]
pub struct DrDashboardProps<'a> {
    /// The base of the dashboard name (e.g. `payments`).
    pub name: String,
    /// APIs: requests and 5XX rate, p99 latency, per region.
    pub apis: Vec<&'a ApiAlarms>,
    /// Functions: invocations, errors and throttles, per region.
    pub functions: Vec<&'a FunctionAlarms>,
    /// Health checks of both regions (us-east-1 metrics).
    pub health_checks: Vec<&'a HealthCheckAlarms>,
    /// Aurora global databases: the secondary's replication lag.
    pub databases: Vec<&'a AuroraLagAlarm>,
    /// DynamoDB global tables: replication latency primary → DR.
    pub tables: Vec<&'a TableReplicationAlarm>,
    /// Replicated buckets: replication latency and failed operations.
    pub buckets: Vec<&'a BucketReplicationAlarms>,
    /// Web tiers: requests and 5XX answers, and capacity (healthy targets, in-service and
    /// desired instances: the standby's scale-out shows here), per region.
    pub web: Vec<&'a WebAlarms>,
    /// Lag monitors: the 30-second replication lag samples (seconds) against the alarm's
    /// threshold.
    pub lag_monitors: Vec<&'a LagMonitor>,
    /// Operations functions (e.g. the failover function): their alarms are shown with the
    /// others, so the dashboard lists every alarm that pages.
    pub ops: Vec<&'a OpsFunctionAlarms>,
    /// Primary watchers: what each region's watcher sees of the primary (1 healthy, 0
    /// not), with their alarms.
    pub watchers: Vec<&'a crate::alarms::PrimaryWatchAlarms>,
}

/// The dashboard.
#[derive(Debug, Clone)]
pub struct DrDashboard {
    /// The dashboard name (literal).
    pub name: String,
    /// The dashboard ARN.
    pub arn: Expr<String>,
    /// Where to open it: the CloudWatch console of the primary region
    /// (`https://<region>.console.aws.amazon.com/cloudwatch/home?region=<region>#dashboards:name=<name>`).
    pub url: String,
    /// The body it was built with (for inspection and tests).
    pub body: DashboardBody,
}

/// The CloudWatch console URL of dashboard `name`, opened in `region` (the console of
/// the region's partition).
pub fn console_url(region: Region, name: &str) -> String {
    let r = region.as_str();
    let host = match region.partition() {
        "aws-us-gov" => "console.amazonaws-us-gov.com".to_string(),
        "aws-cn" => "console.amazonaws.cn".to_string(),
        _ => format!("{r}.console.aws.amazon.com"),
    };
    format!("https://{host}/cloudwatch/home?region={r}#dashboards:name={name}")
}

/// A line of `metric` (references marked cross-region: the dashboard is global).
fn line(metric: &Metric, stat: Statistic, label: impl Into<String>, axis: Axis) -> MetricLine {
    MetricLine {
        metric: metric.cross_region(),
        stat,
        label: label.into(),
        axis,
    }
}

/// A line of an alarm's metric, with the alarm's statistic.
fn alarm_line(alarm: &Alarm, label: impl Into<String>, axis: Axis) -> MetricLine {
    line(&alarm.metric, alarm.statistic, label, axis)
}

/// The alarm's threshold as a horizontal line.
fn threshold(alarm: &Alarm, label: impl Into<String>, axis: Axis) -> HorizontalAnnotation {
    HorizontalAnnotation {
        label: label.into(),
        value: alarm.threshold,
        axis,
    }
}

fn graph(
    title: String,
    region: Region,
    period: u32,
    metrics: Vec<MetricLine>,
    annotations: Vec<HorizontalAnnotation>,
    y_axis: YAxes,
) -> WidgetContent {
    WidgetContent::Metric(MetricWidget {
        title,
        region,
        view: View::TimeSeries,
        stacked: false,
        period,
        metrics,
        annotations: Annotations {
            horizontal: annotations,
        },
        y_axis,
    })
}

fn from_zero() -> YAxes {
    YAxes {
        left: Some(AxisRange {
            min: Some(0.0),
            ..AxisRange::default()
        }),
        right: None,
    }
}

fn where_(ctx: &DrContext, side: Side) -> String {
    format!("{} ({})", side.alias(), ctx.region(side))
}

impl DrDashboard {
    /// Builds the dashboard under `scope/<id>/primary`.
    pub fn new(scope: &DrScope, id: &str, props: &DrDashboardProps<'_>) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        let primary = ctx.region(Side::Primary);
        let dr = ctx.region(Side::Dr);
        let mut grid = Grid::new();

        grid.place(
            24,
            2,
            WidgetContent::Text(TextWidget {
                markdown: format!(
                    "# {}: active-passive DR\nPrimary **{primary}** (left) · DR **{dr}** \
                     (right) · Route 53 health-check metrics: **us-east-1**. Every alarm \
                     notifies its region's alert topic when it fires and when it recovers; its \
                     description says what to do.",
                    props.name
                ),
            }),
        );

        // Alarm states, one widget per region that has alarms (primary, DR, then others):
        // (region, ARN) of every alarm the inputs raise.
        let mut all: Vec<&Alarm> = Vec::new();
        for a in &props.health_checks {
            all.extend(a.alarms());
        }
        for a in &props.apis {
            all.extend(a.alarms());
        }
        for a in &props.functions {
            all.extend(a.alarms());
        }
        for a in &props.databases {
            all.extend(a.alarms());
        }
        for a in &props.tables {
            all.extend(a.alarms());
        }
        for a in &props.buckets {
            all.extend(a.alarms());
        }
        for a in &props.web {
            all.extend(a.alarms());
        }
        for a in &props.ops {
            all.extend([&a.errors, &a.failed_events]);
        }
        for a in &props.watchers {
            all.extend(a.alarms());
        }
        let mut shown: Vec<(Region, Expr<String>)> =
            all.iter().map(|a| (a.region, a.arn.clone())).collect();
        for w in &props.web {
            shown.push(w.standby_traffic.clone());
        }
        for m in &props.lag_monitors {
            shown.push((m.region, m.alarm_arn.clone()));
        }
        let mut regions: Vec<Region> = vec![primary, dr];
        for (region, _) in &shown {
            if !regions.contains(region) {
                regions.push(*region);
            }
        }
        let mut alarm_widgets: Vec<AlarmWidget> = Vec::new();
        for region in regions {
            let arns: Vec<&Expr<String>> = shown
                .iter()
                .filter(|(r, _)| *r == region)
                .map(|(_, arn)| arn)
                .collect();
            let title = match ctx.side_of(region) {
                Some(side) => format!("Alarms: {}", where_(ctx, side)),
                None => format!("Alarms: {region}"),
            };
            for chunk in arns.chunks(MAX_ALARMS_PER_WIDGET) {
                alarm_widgets.push(AlarmWidget {
                    title: title.clone(),
                    alarms: chunk
                        .iter()
                        .map(|arn| (*arn).clone().cross_region().into())
                        .collect(),
                    sort_by: AlarmSort::Default,
                });
            }
        }
        if !alarm_widgets.is_empty() {
            grid.new_row();
            let n = u32::try_from(alarm_widgets.len()).unwrap_or(u32::MAX);
            let width = (24 / n.max(1)).max(4);
            for w in alarm_widgets {
                grid.place(width, 4, WidgetContent::Alarm(w));
            }
        }

        grid.new_row();
        for api in &props.apis {
            for side in Side::BOTH {
                let r = api.get(side);
                grid.place(
                    12,
                    GRAPH_HEIGHT,
                    graph(
                        format!("API requests and 5XX rate: {}", where_(ctx, side)),
                        r.server_errors.region,
                        60,
                        vec![
                            line(&r.requests, Statistic::Sum, "requests", Axis::Left),
                            alarm_line(&r.server_errors, "5XX rate", Axis::Right),
                        ],
                        vec![threshold(&r.server_errors, "5XX alarm", Axis::Right)],
                        from_zero(),
                    ),
                );
            }
            for side in Side::BOTH {
                let r = api.get(side);
                grid.place(
                    12,
                    GRAPH_HEIGHT,
                    graph(
                        format!("API latency p99 (ms): {}", where_(ctx, side)),
                        r.latency.region,
                        60,
                        vec![alarm_line(&r.latency, "p99 latency", Axis::Left)],
                        vec![threshold(&r.latency, "latency alarm", Axis::Left)],
                        from_zero(),
                    ),
                );
            }
        }
        for web in &props.web {
            for side in Side::BOTH {
                let r = web.get(side);
                grid.place(
                    12,
                    GRAPH_HEIGHT,
                    graph(
                        format!("Web requests and 5XX answers: {}", where_(ctx, side)),
                        r.server_errors.region,
                        60,
                        vec![
                            line(&r.requests, Statistic::Sum, "requests", Axis::Left),
                            alarm_line(&r.server_errors, "5XX", Axis::Right),
                        ],
                        vec![threshold(&r.server_errors, "5XX alarm", Axis::Right)],
                        from_zero(),
                    ),
                );
            }
            for side in Side::BOTH {
                let r = web.get(side);
                grid.place(
                    12,
                    GRAPH_HEIGHT,
                    graph(
                        format!("Web capacity (instances): {}", where_(ctx, side)),
                        r.no_healthy_hosts.region,
                        60,
                        vec![
                            alarm_line(&r.no_healthy_hosts, "healthy targets", Axis::Left),
                            line(&r.in_service, Statistic::Average, "in service", Axis::Left),
                            line(&r.desired, Statistic::Average, "desired", Axis::Left),
                        ],
                        vec![threshold(
                            &r.no_healthy_hosts,
                            "no healthy target",
                            Axis::Left,
                        )],
                        from_zero(),
                    ),
                );
            }
        }
        for function in &props.functions {
            for side in Side::BOTH {
                let r = function.get(side);
                grid.place(
                    12,
                    GRAPH_HEIGHT,
                    graph(
                        format!(
                            "Lambda invocations, errors, throttles: {}",
                            where_(ctx, side)
                        ),
                        r.errors.region,
                        60,
                        vec![
                            line(&r.invocations, Statistic::Sum, "invocations", Axis::Left),
                            alarm_line(&r.errors, "errors", Axis::Left),
                            alarm_line(&r.throttles, "throttles", Axis::Left),
                        ],
                        vec![
                            threshold(&r.errors, "errors alarm", Axis::Left),
                            threshold(&r.throttles, "throttles alarm", Axis::Left),
                        ],
                        from_zero(),
                    ),
                );
            }
        }

        grid.new_row();
        for checks in &props.health_checks {
            let region = checks.primary.region;
            grid.place(
                12,
                GRAPH_HEIGHT,
                graph(
                    format!("Route 53 health checks (1 healthy, 0 failing; {region} metrics)"),
                    region,
                    60,
                    Side::BOTH
                        .iter()
                        .map(|side| alarm_line(checks.get(*side), where_(ctx, *side), Axis::Left))
                        .collect(),
                    vec![threshold(&checks.primary, "healthy", Axis::Left)],
                    YAxes {
                        left: Some(AxisRange {
                            min: Some(0.0),
                            max: Some(1.0),
                            ..AxisRange::default()
                        }),
                        right: None,
                    },
                ),
            );
        }
        for db in &props.databases {
            let a = &db.alarm;
            grid.place(
                12,
                GRAPH_HEIGHT,
                graph(
                    format!(
                        "Aurora global replication lag (ms): secondary in {}",
                        a.region
                    ),
                    a.region,
                    60,
                    vec![alarm_line(a, "lag", Axis::Left)],
                    vec![threshold(a, "lag alarm", Axis::Left)],
                    from_zero(),
                ),
            );
        }
        for table in &props.tables {
            let a = &table.alarm;
            grid.place(
                12,
                GRAPH_HEIGHT,
                graph(
                    format!("DynamoDB replication latency (ms): {primary} to {dr}"),
                    a.region,
                    60,
                    vec![alarm_line(a, "latency", Axis::Left)],
                    vec![threshold(a, "latency alarm", Axis::Left)],
                    from_zero(),
                ),
            );
        }
        for watchers in &props.watchers {
            for (side, a) in watchers.iter() {
                grid.place(
                    12,
                    GRAPH_HEIGHT,
                    graph(
                        format!("Primary as seen from {} (1 healthy)", where_(ctx, side)),
                        a.region,
                        60,
                        vec![alarm_line(a, "primary healthy (min)", Axis::Left)],
                        vec![threshold(a, "watch alarm", Axis::Left)],
                        from_zero(),
                    ),
                );
            }
        }
        for monitor in &props.lag_monitors {
            grid.place(
                12,
                GRAPH_HEIGHT,
                graph(
                    format!(
                        "Replication lag, 30 s samples (s): {} cluster",
                        monitor.region
                    ),
                    monitor.region,
                    crate::lag_monitor::ALARM_PERIOD_SECONDS,
                    vec![line(
                        &Metric::lag_monitor(monitor),
                        Statistic::Maximum,
                        "lag (max)",
                        Axis::Left,
                    )],
                    vec![HorizontalAnnotation {
                        label: "lag alarm".into(),
                        value: f64::from(monitor.threshold.get()),
                        axis: Axis::Left,
                    }],
                    from_zero(),
                ),
            );
        }
        for bucket in &props.buckets {
            let (latency, failed) = (&bucket.latency, &bucket.failed);
            grid.place(
                12,
                GRAPH_HEIGHT,
                graph(
                    format!("S3 replication: {primary} to {dr} (latency s, failed objects)"),
                    latency.region,
                    failed.evaluation.period_seconds,
                    vec![
                        alarm_line(latency, "latency (s)", Axis::Left),
                        alarm_line(failed, "failed objects", Axis::Right),
                    ],
                    vec![threshold(latency, "Replication Time Control", Axis::Left)],
                    from_zero(),
                ),
            );
        }

        let body = DashboardBody {
            start: Some(DEFAULT_RANGE.to_string()),
            period_override: PeriodOverride::Inherit,
            widgets: grid.into_widgets(),
        };
        let name = ctx.name::<CloudwatchDashboard>(&props.name, Side::Primary);
        let dashboard = me.region(Side::Primary).add(
            "dashboard",
            CloudwatchDashboard::new(CloudwatchDashboardArgs {
                dashboard_body: body.to_expr(),
                dashboard_name: name.as_str().into(),
            }),
        );
        DrDashboard {
            url: console_url(primary, &name),
            name,
            arn: dashboard.dashboard_arn(),
            body,
        }
    }
}

#[cfg(test)]
mod tests;
