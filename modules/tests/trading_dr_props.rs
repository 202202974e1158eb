//! Property tests of trading-dr over arbitrary valid suffixes, region pairs, VPC blocks,
//! standby NAT choices and group sizes: tags (including on what the Auto Scaling groups
//! launch), names and regional symmetry.
//!
//! The oracle is independent of the policy code (see `common`): it reads the synthesized
//! JSON and judges it against the AWS rules written out from the AWS documentation.
//! Suffixes are always passed explicitly, never through the process environment.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{
    default_tags, judge, merged_tags, oracle, region_pair, resources, valid_suffix, RequiredTags,
};
use proptest::prelude::*;
use tfdr_modules::network::NatGateways;
use tfdr_modules::stacks::trading_dr::{self, TradingDrConfig};
use tfdr_modules::values::{FleetCapacity, GroupCapacity};
use tfdr_testing::Synthesized;

/// The tags the DR policy puts on every resource, written out independently.
///
/// The same in every region (the default tag policy), outside the pair too.
const REQUIRED_TAGS: RequiredTags = RequiredTags::everywhere(&[
    ("Environment", "DR"),
    ("CostCenter", "Operations"),
    ("Criticality", "High"),
]);

/// What a launch template must tag at launch: provider `default_tags` never reach what an
/// Auto Scaling group launches.
const LAUNCHED: [&str; 3] = ["instance", "volume", "network-interface"];

/// Components (`type`, or `type component/rest`) that exist once, and why.
const SINGLE_REGION: &[(&str, &str)] = &[
    (
        "aws_rds_cluster_instance aurora/2",
        "the primary's reader; the standby cluster has one instance",
    ),
    ("aws_rds_global_cluster", "global: spans both regions"),
    (
        "aws_secretsmanager_secret",
        "replicated by its `replica` block",
    ),
    (
        "aws_secretsmanager_secret_version",
        "replicated with its secret",
    ),
    (
        "aws_s3_bucket_replication_configuration",
        "replicates primary → standby",
    ),
    (
        "aws_iam_role",
        "global (IAM): the replication and monitoring roles",
    ),
    ("aws_iam_role_policy", "global (IAM)"),
    ("aws_iam_role_policy_attachment", "global (IAM)"),
    (
        "aws_backup_plan",
        "one plan in the primary; it copies every recovery point into the standby's vault",
    ),
    ("aws_backup_selection", "belongs to the plan"),
    ("aws_route53_zone", "global (Route 53)"),
    ("aws_route53_record", "global (Route 53)"),
    (
        "aws_route53_health_check",
        "global (Route 53): one check per region's load balancer, both defined once",
    ),
    (
        "aws_cloudwatch_metric_alarm aurora-lag-alarm/alarm",
        "the replication lag is a metric of the secondary cluster",
    ),
    (
        "aws_cloudwatch_metric_alarm artifacts-replication-alarms/failed",
        "S3 replication metrics are emitted in the source (primary) region",
    ),
    (
        "aws_cloudwatch_metric_alarm artifacts-replication-alarms/latency",
        "S3 replication metrics are emitted in the source (primary) region",
    ),
    (
        "aws_cloudwatch_dashboard",
        "global (CloudWatch dashboards): one dashboard shows both regions",
    ),
    (
        "aws_cloudwatch_metric_alarm health-alarms/check-primary",
        "Route 53 health-check metrics exist only in us-east-1 (a side's provider when the pair includes it)",
    ),
    (
        "aws_cloudwatch_metric_alarm health-alarms/check-dr",
        "Route 53 health-check metrics exist only in us-east-1 (a side's provider when the pair includes it)",
    ),
    (
        "aws_autoscaling_policy web/scale-out-standby",
        "only the standby grows to the primary's size",
    ),
    (
        "aws_cloudwatch_metric_alarm web/standby-traffic-alarm",
        "the standby's backstop trigger of that scale-out",
    ),
];

/// Components that exist in the standby region only, by design (see the test).
const STANDBY_ONLY: [&str; 4] = [
    "lag-monitor",
    "lag-monitor-alarms",
    "failover-automation",
    "failover-automation-alarms",
];

fn fleet() -> impl Strategy<Value = FleetCapacity> {
    (1u32..=4, 0u32..=3, 0u32..=3, 0u32..=2).prop_map(|(min, up, headroom, below)| {
        let desired = min + up;
        let max = desired + headroom;
        // The standby's minimum: 1 up to the primary's desired size.
        let standby = desired.saturating_sub(below).max(1);
        FleetCapacity::new(GroupCapacity::new(min, desired, max).unwrap(), standby, max).unwrap()
    })
}

fn config() -> impl Strategy<Value = TradingDrConfig> {
    (
        valid_suffix(),
        region_pair(),
        0u8..=255,
        0u8..=255,
        prop_oneof![
            Just(NatGateways::PerAz),
            Just(NatGateways::Single),
            Just(NatGateways::None)
        ],
        fleet(),
    )
        .prop_filter("distinct CIDRs", |(_, _, a, b, _, _)| a != b)
        .prop_map(|(suffix, (p, d), a, b, nat, capacity)| TradingDrConfig {
            environment_suffix: suffix.parse().unwrap(),
            primary_region: p,
            dr_region: d,
            primary_vpc_cidr: format!("10.{a}.0.0/16").parse().unwrap(),
            dr_vpc_cidr: format!("10.{b}.0.0/16").parse().unwrap(),
            standby_nat_gateways: nat,
            capacity,
            ..TradingDrConfig::default()
        })
}

/// Whether `t rest` is `component` (`type path`).
fn component_is(t: &str, rest: &str, component: &str) -> bool {
    format!("{t} {rest}") == component
}

fn build(cfg: &TradingDrConfig) -> Synthesized {
    let stack = trading_dr::build(cfg).unwrap_or_else(|e| panic!("build failed: {e}"));
    tfdr_testing::synth(&stack)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn every_taggable_resource_and_everything_launched_carries_the_dr_tags(cfg in config()) {
        let s = build(&cfg);
        let defaults = default_tags(&s);
        if let Err(e) = REQUIRED_TAGS.check_providers(&s) {
            prop_assert!(false, "{}", e);
        }
        let mut checked = 0;
        for (t, f) in resources(&s) {
            if !tfdr_dsl::aws::is_taggable(&t) {
                continue;
            }
            checked += 1;
            let tags = merged_tags(&defaults, &f.body);
            let provider = f.body["provider"].as_str().unwrap_or_default();
            let missing = REQUIRED_TAGS.missing(provider, &tags);
            prop_assert!(missing.is_none(), "{} lacks {}", f.address, missing.unwrap_or_default());
        }
        prop_assert!(checked > 20, "only {} taggable resources", checked);
        let templates = s.resources("aws_launch_template");
        prop_assert_eq!(templates.len(), 2);
        for lt in templates {
            let specs = lt.body["tag_specifications"].as_array().cloned().unwrap_or_default();
            let provider = lt.body["provider"].as_str().unwrap_or_default();
            for kind in LAUNCHED {
                let spec = specs.iter().find(|s| s["resource_type"] == kind);
                prop_assert!(spec.is_some(), "{} does not tag launched {}s", lt.address, kind);
                for &(k, v) in REQUIRED_TAGS.of_provider(provider) {
                    prop_assert_eq!(spec.and_then(|s| s["tags"][k].as_str()), Some(v), "{}: launched {} lacks {}={}", lt.address, kind, k, v);
                }
            }
        }
        let groups = s.resources("aws_autoscaling_group");
        prop_assert_eq!(groups.len(), 2);
        for g in groups {
            let provider = g.body["provider"].as_str().unwrap_or_default();
            let tags: BTreeMap<String, (String, bool)> = g.body["tag"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .iter()
                .map(|t| (
                    t["key"].as_str().unwrap_or_default().to_string(),
                    (t["value"].as_str().unwrap_or_default().to_string(), t["propagate_at_launch"] == true),
                ))
                .collect();
            for &(k, v) in REQUIRED_TAGS.of_provider(provider) {
                prop_assert_eq!(tags.get(k), Some(&(v.to_string(), true)), "{} does not propagate {}={}", g.address, k, v);
            }
        }
    }

    #[test]
    fn every_name_follows_the_aws_rule_carries_the_suffix_and_is_unique(cfg in config()) {
        let s = build(&cfg);
        let suffix = cfg.environment_suffix.as_str().to_string();
        let defaults = default_tags(&s);
        let mut seen: BTreeMap<(String, String, String), String> = BTreeMap::new();
        for (t, f) in resources(&s) {
            let mut names: Vec<(String, String)> = tfdr_dsl::aws::name_arguments(&t)
                .filter_map(|a| f.body[a].as_str().map(|v| (a.to_string(), v.to_string())))
                .filter(|(_, v)| !v.starts_with("${"))
                .collect();
            if names.is_empty() && tfdr_dsl::aws::is_taggable(&t) {
                let tag = merged_tags(&defaults, &f.body).get("Name").cloned();
                prop_assert!(tag.is_some(), "{} has neither a name argument nor a Name tag", f.address);
                names.push(("tags.Name".into(), tag.unwrap_or_default()));
            }
            for (attr, name) in names {
                let rule = oracle(&t, &attr);
                prop_assert!(rule.is_some(), "no oracle rule for {}.{}: add the AWS rule", t, attr);
                let checked = name.trim_end_matches('-');
                if let Some(rule) = rule {
                    let verdict = judge(&rule, checked);
                    prop_assert!(verdict.is_ok(), "{}.{}: {}", f.address, attr, verdict.unwrap_err());
                }
                prop_assert!(name.contains(&suffix), "{}.{} `{}` lacks `{}`", f.address, attr, name, suffix);
                if attr != "tags.Name" {
                    let region = if common::GLOBAL_NAMES.contains(&t.as_str()) {
                        String::new()
                    } else {
                        f.body["provider"].as_str().unwrap_or_default().to_string()
                    };
                    let set = f.body["set_identifier"].as_str().unwrap_or_default();
                    let key = if set.is_empty() { name.clone() } else { format!("{name} [{set}]") };
                    let clash = seen.insert((t.clone(), region, key), f.address.clone());
                    prop_assert!(clash.is_none(), "{} and {} are both named `{}`", f.address, clash.unwrap_or_default(), name);
                }
            }
        }
    }

    #[test]
    fn every_regional_component_exists_in_both_regions(cfg in config()) {
        let s = build(&cfg);
        let mut components: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
        for (t, f) in resources(&s) {
            let path = f.path.clone().unwrap_or_default();
            let parts: Vec<&str> = path.split('/').skip(1).collect();
            // DNS query logs go to us-east-1 only (Route 53 delivers them nowhere else).
            if path.contains("/dns-query-log/") {
                continue;
            }
            // The standby watches the primary: the lag monitor and the failover automation
            // (and their alarms) run in the standby region only, so they keep working when
            // the primary region is down.
            if let Some(component) = STANDBY_ONLY.iter().find(|c| path.contains(&format!("/{c}/"))) {
                prop_assert!(
                    path.contains(&format!("/{component}/dr/")),
                    "{} outside the standby region: {}", component, path
                );
                continue;
            }
            if parts.contains(&"us-east-1") {
                prop_assert!(
                    path.contains("/alerts/us-east-1/") || path.contains("/health-alarms/us-east-1/"),
                    "only the alerting for Route 53 may use the us-east-1 provider: {}", path
                );
                continue;
            }
            let Some(i) = parts.iter().position(|p| *p == "primary" || *p == "dr") else {
                prop_assert!(false, "{} has no region in its path {}", f.address, path);
                continue;
            };
            let mut rest: Vec<&str> = parts.clone();
            let region = rest.remove(i);
            components.entry((t, rest.join("/"))).or_default().insert(region.to_string());
        }
        // The standby's NAT gateways are its config's choice; the primary has one per AZ.
        let standby_nat = cfg.standby_nat_gateways.count();
        let mut nat_primary = 0;
        let mut nat_dr = 0;
        for ((t, rest), regions) in components {
            if t == "aws_nat_gateway" {
                nat_primary += usize::from(regions.contains("primary"));
                nat_dr += usize::from(regions.contains("dr"));
            }
            // The private subnets' default routes go through the NAT gateways, so a
            // standby without NAT has none.
            let nat_part = (["aws_nat_gateway", "aws_eip"].contains(&t.as_str())
                && rest.contains("nat"))
                || (t == "aws_route" && rest.starts_with("network/route-default-"))
                || component_is(&t, &rest, "aws_vpc_security_group_egress_rule network/sg-app-egress-https-internet");
            if (t == "aws_route" && rest.starts_with("network/route-default-"))
                || component_is(&t, &rest, "aws_vpc_security_group_egress_rule network/sg-app-egress-https-internet")
            {
                prop_assert!(regions.contains("primary"), "{} {}: the primary has every NAT-dependent part", t, rest);
                prop_assert_eq!(regions.contains("dr"), standby_nat > 0, "{} {}: the standby has it iff it has a NAT gateway", t, rest);
            }
            let component = format!("{t} {rest}");
            if nat_part || SINGLE_REGION.iter().any(|(p, _)| *p == t || *p == component) {
                continue;
            }
            prop_assert_eq!(
                regions.iter().map(String::as_str).collect::<Vec<_>>(),
                vec!["dr", "primary"],
                "{} is not in both regions", component
            );
        }
        prop_assert_eq!((nat_primary, nat_dr), (3, standby_nat));
    }
}

/// The standby starts at its minimum and scales to exactly the primary's desired size.
#[test]
fn the_standby_runs_at_its_minimum_and_scales_to_the_primary() {
    let cfg = TradingDrConfig::default();
    let s = build(&cfg);
    let group = |side: &str| {
        s.resources("aws_autoscaling_group")
            .into_iter()
            .find(|g| g.path.as_deref() == Some(&*format!("trading-dr/web/{side}/group")))
            .unwrap_or_else(|| panic!("no {side} group"))
    };
    let primary = group("primary");
    let dr = group("dr");
    assert_eq!(primary.body["desired_capacity"], 3);
    assert_eq!(dr.body["desired_capacity"], 1);
    assert_eq!(dr.body["min_size"], 1);
    let policy = s
        .resources("aws_autoscaling_policy")
        .into_iter()
        .find(|p| p.path.as_deref() == Some("trading-dr/web/dr/scale-out-standby"))
        .expect("the standby scale-out policy");
    assert_eq!(policy.body["adjustment_type"], "ExactCapacity");
    assert_eq!(policy.body["scaling_adjustment"], 3);
}

/// The dashboard shows every alarm of the stack, each ARN once, in the alarm-status
/// widgets (that every metric line names its region is the dashboard's own unit test).
#[test]
fn the_dashboard_shows_every_alarm_of_the_stack() {
    let s = build(&TradingDrConfig::default());
    let dashboard = s.resources("aws_cloudwatch_dashboard").remove(0);
    let text = dashboard.body["dashboard_body"]
        .as_str()
        .expect("a literal body with references");
    let alarms = s.resources("aws_cloudwatch_metric_alarm");
    assert!(alarms.len() >= 17, "{} alarms", alarms.len());
    for alarm in alarms {
        let arn = format!("{}.arn", alarm.address);
        assert_eq!(text.matches(&arn).count(), 1, "{arn} is not shown once");
    }
}
