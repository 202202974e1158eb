//! [`WebAlarms`]: the alarms of a web tier ([`WebTier`]) in each region — whether the
//! region can serve at all (healthy targets), and how well it serves (5XX answers of the
//! app, p99 response time).

use tfdr_dsl::aws::enums::{ComparisonOperator, TreatMissingData};

use super::{
    add_alarm, Alarm, AlarmSpec, AlbMetric, GroupMetric, Metric, Statistic, THREE_OF_FIVE_MINUTES,
};
use crate::alerting::AlertTopics;
use crate::context::{DrScope, PerRegion};
use crate::values::{AlarmCount, ThresholdMs};
use crate::web_tier::WebTier;

/// Default p99 target response time of [`WebAlarms`]: 1 s (a trading API's answers are
/// small; a slower p99 is felt by every client).
pub const DEFAULT_WEB_LATENCY_P99: ThresholdMs = ThresholdMs::clamped(1_000);

/// Default 5XX count of [`WebAlarms`]: 5 answers a minute.
pub const DEFAULT_WEB_5XX_COUNT: AlarmCount = AlarmCount::clamped(5);

/// What [`WebAlarms`] watch.
#[derive(Debug, Clone)]
pub struct WebAlarmsProps<'a> {
    /// The base of the alarm names (e.g. `trading`).
    pub name: String,
    /// The web tier (both regions).
    pub web: &'a WebTier,
    /// The alarms notify each region's topic.
    pub topics: &'a AlertTopics,
    /// Target 5XX answers per minute that make a minute bad.
    pub server_errors: AlarmCount,
    /// p99 target response time above which a minute is bad.
    pub latency_p99: ThresholdMs,
}

/// The alarms and the shown metrics of one region's web tier.
#[derive(Debug, Clone)]
pub struct RegionalWebAlarms {
    /// No healthy target behind the load balancer (`HealthyHostCount` minimum below 1 for
    /// 2 minutes; missing data breaches): the region cannot serve, and for the standby,
    /// failing over would land on nothing.
    pub no_healthy_hosts: Alarm,
    /// The app's 5XX answers.
    pub server_errors: Alarm,
    /// p99 target response time.
    pub latency: Alarm,
    /// Requests at the load balancer (shown, not alarmed).
    pub requests: Metric,
    /// The group's desired capacity (shown: the standby's scale-out is visible here).
    pub desired: Metric,
    /// The group's in-service instances (shown).
    pub in_service: Metric,
}

/// The web tier's alarms in both regions. Dereferences to
/// [`PerRegion<RegionalWebAlarms>`].
#[derive(Debug, Clone)]
pub struct WebAlarms {
    regions: PerRegion<RegionalWebAlarms>,
    /// The standby's scale-out backstop alarm ([`crate::web_tier::StandbyScaleOut`]):
    /// its region and ARN, so a dashboard can show it with the others.
    pub standby_traffic: (tfdr_dsl::Region, tfdr_dsl::Expr<String>),
}

impl std::ops::Deref for WebAlarms {
    type Target = PerRegion<RegionalWebAlarms>;
    fn deref(&self) -> &PerRegion<RegionalWebAlarms> {
        &self.regions
    }
}

impl WebAlarms {
    /// Builds the alarms under `scope/<id>/<primary|dr>/{no-healthy-hosts,server-errors,
    /// latency}`.
    pub fn new(scope: &DrScope, id: &str, props: &WebAlarmsProps<'_>) -> Self {
        let me = scope.child(id);
        let regions = PerRegion::from_fn(|side| {
            let tier = props.web.get(side);
            let region = tier.region;
            let a = side.alias();
            let base = format!("{}-{a}-web", props.name);
            let group = tier.group_name.as_str();
            let no_healthy_hosts = add_alarm(
                &me,
                "no-healthy-hosts",
                props.topics,
                AlarmSpec {
                    base: format!("{base}-no-healthy-hosts"),
                    metric: Metric::alb_healthy_hosts(
                        tier.target_group_arn_suffix.clone(),
                        tier.alb_arn_suffix.clone(),
                        region,
                    ),
                    statistic: Statistic::Minimum,
                    comparison: ComparisonOperator::LessThanThreshold,
                    threshold: 1.0,
                    evaluation: super::Evaluation {
                        period_seconds: 60,
                        periods: 2,
                        datapoints: 2,
                    },
                    missing_data: TreatMissingData::Breaching,
                    description: format!(
                        "Web tier in {region} ({a}): no instance of group {group} has passed the \
                         load balancer's liveness check for 2 minutes (HealthyHostCount, \
                         minimum; no data breaches). The region serves nothing; if it is the \
                         standby, a failover would land on nothing. Check the group's activity \
                         history and the instances' console output (user data) in {region}."
                    ),
                },
            );
            let n = props.server_errors.get();
            let server_errors = add_alarm(
                &me,
                "server-errors",
                props.topics,
                AlarmSpec {
                    base: format!("{base}-5xx"),
                    metric: Metric::alb(AlbMetric::Target5xx, tier.alb_arn_suffix.clone(), region),
                    statistic: Statistic::Sum,
                    comparison: ComparisonOperator::GreaterThanOrEqualToThreshold,
                    threshold: f64::from(n),
                    evaluation: THREE_OF_FIVE_MINUTES,
                    missing_data: TreatMissingData::NotBreaching,
                    description: format!(
                        "Web tier in {region} ({a}): the trading app answered {n} or more 5XX a \
                         minute in 3 of the last 5 minutes (HTTPCode_Target_5XX_Count, sum; no \
                         data means none). Check the app's journal on the instances and the \
                         database in {region}. Route 53 fails over only when the health route \
                         fails too: if other routes fail and the standby is healthy, fail over by \
                         hand."
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
                    metric: Metric::alb(
                        AlbMetric::TargetResponseTime,
                        tier.alb_arn_suffix.clone(),
                        region,
                    ),
                    statistic: Statistic::P99,
                    comparison: ComparisonOperator::GreaterThanThreshold,
                    threshold: f64::from(t) / 1000.0,
                    evaluation: THREE_OF_FIVE_MINUTES,
                    missing_data: TreatMissingData::NotBreaching,
                    description: format!(
                        "Web tier in {region} ({a}): p99 target response time above {t} ms in 3 \
                         of the last 5 minutes (TargetResponseTime, p99; no data means no \
                         traffic). Check the group's CPU and size (target tracking may be at its \
                         max) and the database latency in {region}."
                    ),
                },
            );
            RegionalWebAlarms {
                no_healthy_hosts,
                server_errors,
                latency,
                requests: Metric::alb(AlbMetric::Requests, tier.alb_arn_suffix.clone(), region),
                desired: Metric::group(GroupMetric::Desired, group, region),
                in_service: Metric::group(GroupMetric::InService, group, region),
            }
        });
        let standby = &props.web.standby_scale_out;
        WebAlarms {
            regions,
            standby_traffic: (standby.region, standby.traffic_alarm_arn.clone()),
        }
    }

    /// Every alarm, primary first.
    pub fn alarms(&self) -> Vec<&Alarm> {
        self.regions
            .iter()
            .flat_map(|(_, r)| [&r.no_healthy_hosts, &r.server_errors, &r.latency])
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use tfdr_dsl::aws::CloudwatchMetricAlarm;

    use super::*;
    use crate::alerting::{AlertTopics, AlertTopicsProps};
    use crate::kms::KeyService;
    use crate::test_support::at;
    use crate::web_tier::tests::{build_with, edge};

    fn build() -> (WebAlarms, tfdr_testing::Synthesized) {
        let w = build_with(
            "dev",
            vec![
                KeyService::Ebs,
                KeyService::CloudWatchLogs,
                KeyService::Sns,
                KeyService::CloudWatchAlarms,
                KeyService::EventBridge,
            ],
            edge(),
            |_| {},
        );
        let keys = crate::kms::KmsKeys::new(
            &w.ctx.root(),
            "alert-kms",
            &crate::kms::KmsKeysProps {
                purpose: "alerts".into(),
                services: crate::alerting::KEY_SERVICES.to_vec(),
            },
        );
        let topics = AlertTopics::new(
            &w.ctx.root(),
            "alerts",
            &AlertTopicsProps {
                name: "trading-alerts".into(),
                keys: &keys,
                subscriptions: vec![],
            },
        );
        let alarms = WebAlarms::new(
            &w.ctx.root(),
            "web-alarms",
            &WebAlarmsProps {
                name: "trading".into(),
                web: &w.tier,
                topics: &topics,
                server_errors: DEFAULT_WEB_5XX_COUNT,
                latency_p99: DEFAULT_WEB_LATENCY_P99,
            },
        );
        let s = tfdr_testing::try_synth(&w.stack).unwrap_or_else(|e| panic!("{e}"));
        (alarms, s)
    }

    #[test]
    fn each_region_alarms_on_its_own_load_balancer_and_notifies_its_own_topic() {
        let (alarms, s) = build();
        assert_eq!(alarms.alarms().len(), 6);
        for side in ["primary", "dr"] {
            let topic = at(
                s.resources("aws_sns_topic"),
                &format!("alerts/{side}/topic"),
            );
            let lb = at(s.resources("aws_lb"), &format!("web/{side}/alb"));
            let tg = at(
                s.resources("aws_lb_target_group"),
                &format!("web/{side}/target-group"),
            );
            let actions = json!([format!("${{{}.arn}}", topic.address)]);
            let hosts = at(
                s.resources_of::<CloudwatchMetricAlarm>(),
                &format!("web-alarms/{side}/no-healthy-hosts"),
            );
            assert!(
                tfdr_testing::matches(
                    &hosts.body,
                    &json!({
                        "provider": format!("aws.{side}"),
                        "namespace": "AWS/ApplicationELB",
                        "metric_name": "HealthyHostCount",
                        "statistic": "Minimum",
                        "comparison_operator": "LessThanThreshold",
                        "threshold": 1,
                        "treat_missing_data": "breaching",
                        "dimensions": {
                            "TargetGroup": format!("${{{}.arn_suffix}}", tg.address),
                            "LoadBalancer": format!("${{{}.arn_suffix}}", lb.address),
                        },
                        "alarm_actions": actions,
                        "ok_actions": actions,
                    })
                ),
                "{side}: {:#}",
                hosts.body
            );
            let latency = at(
                s.resources_of::<CloudwatchMetricAlarm>(),
                &format!("web-alarms/{side}/latency"),
            );
            assert_eq!(latency.body["extended_statistic"], "p99");
            assert_eq!(latency.body["threshold"], 1.0);
            assert_eq!(latency.body["metric_name"], "TargetResponseTime");
            let errors = at(
                s.resources_of::<CloudwatchMetricAlarm>(),
                &format!("web-alarms/{side}/server-errors"),
            );
            assert_eq!(errors.body["metric_name"], "HTTPCode_Target_5XX_Count");
            assert_eq!(errors.body["treat_missing_data"], "notBreaching");
        }
    }

    #[test]
    fn the_shown_group_metrics_name_the_group_in_its_region() {
        let (alarms, _) = build();
        for (side, r) in alarms.iter() {
            assert_eq!(r.desired.name.namespace(), "AWS/AutoScaling");
            assert_eq!(r.in_service.region, r.no_healthy_hosts.region, "{side:?}");
            assert_eq!(r.desired.dimensions[0].0, "AutoScalingGroupName");
        }
    }
}
