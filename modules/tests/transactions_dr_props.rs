//! Property tests of transactions-dr over arbitrary valid suffixes, region pairs, VPC
//! blocks, DR NAT choices and tag values: per-region tags, names and regional symmetry.
//!
//! The oracle is independent of the policy code (see `common`): it reads the synthesized
//! JSON and judges it against the AWS rules written out from the AWS documentation, and
//! against the tag sets written out here from the requirements. Suffixes are always
//! passed explicitly, never through the process environment.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{
    default_tags, judge, merged_tags, oracle, region_pair, resources, valid_suffix, RequiredTags,
    Tag,
};
use proptest::prelude::*;
use tfdr_dsl::RegionPair;
use tfdr_modules::network::NatGateways;
use tfdr_modules::stacks::transactions_dr::{self, TransactionsDrConfig};
use tfdr_testing::Synthesized;

/// The tags the requirements put on every resource ("Environment, CostCenter, and
/// DR-Role"), written out independently of `TransactionsDrConfig::tags`:
/// `Environment` and `CostCenter` from the config in both regions, `DR-Role` = `primary`
/// in the primary region and `secondary` in the DR region; a provider outside the pair
/// (none in the default stack) gets only the common two.
fn required_tags(cfg: &TransactionsDrConfig) -> RequiredTags {
    let leak = |s: &str| -> &'static str { Box::leak(s.to_string().into_boxed_str()) };
    let env: Tag = ("Environment", leak(&cfg.environment_tag));
    let cost: Tag = ("CostCenter", leak(&cfg.cost_center));
    let set = |tags: Vec<Tag>| -> &'static [Tag] { Box::leak(tags.into_boxed_slice()) };
    RequiredTags {
        primary: set(vec![env, cost, ("DR-Role", "primary")]),
        dr: set(vec![env, cost, ("DR-Role", "secondary")]),
        other: set(vec![env, cost]),
    }
}

/// Components (`type`, or `type component/rest`) that exist in one region only, and why.
const SINGLE_REGION: &[(&str, &str)] = &[
    (
        "aws_rds_cluster_instance aurora/2",
        "the primary's extra readers (writer + readers over 3 AZs); the DR cluster's instance count is its own",
    ),
    (
        "aws_rds_cluster_instance aurora/3",
        "the primary's extra readers (writer + readers over 3 AZs); the DR cluster's instance count is its own",
    ),
    ("aws_rds_global_cluster", "global: spans both regions"),
    (
        "aws_backup_plan",
        "one plan in the primary; it copies every recovery point into the DR region's vault",
    ),
    ("aws_backup_selection", "belongs to the plan"),
    (
        "aws_iam_role backup/role",
        "global (IAM): the role AWS Backup assumes for the plan",
    ),
    (
        "aws_iam_role_policy_attachment backup/role-policy-0",
        "global (IAM): the backup role's managed policies",
    ),
    (
        "aws_iam_role_policy_attachment backup/role-policy-1",
        "global (IAM): the backup role's managed policies",
    ),
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
        "replicates primary → DR",
    ),
    (
        "aws_iam_role transaction-logs/replication-role",
        "global (IAM): the replication role, with the replication configuration",
    ),
    (
        "aws_iam_role_policy transaction-logs/replication-policy",
        "global (IAM): the replication role's policy",
    ),
    (
        "aws_iam_role app-data/replication-role",
        "global (IAM): the replication role, with the replication configuration",
    ),
    (
        "aws_iam_role_policy app-data/replication-policy",
        "global (IAM): the replication role's policy",
    ),
    (
        "aws_iam_role aurora/monitoring-role",
        "global (IAM): one enhanced-monitoring role serves both clusters",
    ),
    (
        "aws_iam_role_policy_attachment aurora/monitoring-role-policy",
        "global (IAM): the monitoring role's managed policy",
    ),
    ("aws_route53_zone", "global (Route 53)"),
    ("aws_route53_record", "global (Route 53)"),
    (
        "aws_route53_query_log",
        "global (Route 53): query logs are delivered to us-east-1 only",
    ),
    (
        "aws_route53_health_check",
        "global (Route 53): one check per region's endpoint, both defined once",
    ),
    (
        "aws_cloudwatch_dashboard",
        "global (CloudWatch dashboards): one dashboard shows both regions",
    ),
    (
        "aws_cloudwatch_metric_alarm health-alarms/check-primary",
        "Route 53 health-check metrics exist only in us-east-1",
    ),
    (
        "aws_cloudwatch_metric_alarm health-alarms/check-dr",
        "Route 53 health-check metrics exist only in us-east-1",
    ),
    (
        "aws_cloudwatch_metric_alarm aurora-lag-warning/alarm",
        "the replication lag is a metric of the secondary cluster",
    ),
    (
        "aws_cloudwatch_metric_alarm aurora-lag-critical/alarm",
        "the replication lag is a metric of the secondary cluster",
    ),
    (
        "aws_cloudwatch_metric_alarm transaction-logs-replication-alarms/failed",
        "S3 replication metrics are emitted in the source (primary) region",
    ),
    (
        "aws_cloudwatch_metric_alarm transaction-logs-replication-alarms/latency",
        "S3 replication metrics are emitted in the source (primary) region",
    ),
    (
        "aws_cloudwatch_metric_alarm app-data-replication-alarms/failed",
        "S3 replication metrics are emitted in the source (primary) region",
    ),
    (
        "aws_cloudwatch_metric_alarm app-data-replication-alarms/latency",
        "S3 replication metrics are emitted in the source (primary) region",
    ),
];

/// Components (path prefixes `component/…`) that exist in one region only, by design:
/// (prefix, the region, why); `us-east-1` is the side whose region it is (outside the
/// pair, the `us-east-1` provider, checked separately).
const ONE_SIDED: &[(&str, &str, &str)] = &[
    (
        "secret-rotation/",
        "primary",
        "the rotation runs in the secret's region (the primary; the DR copy is a replica)",
    ),
    (
        "secret-rotation-alarms/",
        "primary",
        "the rotation function's alarms, with it",
    ),
    (
        "dns-query-log/",
        "us-east-1",
        "Route 53 delivers query logs to us-east-1 only",
    ),
    (
        "failover-automation/alarm-forward-",
        "us-east-1",
        "the alarm forwarder: sends the Route 53 alarm's state change from the alarm's region (us-east-1) to the DR bus",
    ),
    (
        "failover-automation/",
        "dr",
        "the failover function and its rules run in the DR region, so they work while the primary is down",
    ),
    (
        "failover-automation-alarms/",
        "dr",
        "the failover function's alarms, with it",
    ),
];

/// Valid AWS tag values (letters, digits, spaces and `_.:/=+-@`), without leading or
/// trailing spaces.
fn tag_value() -> impl Strategy<Value = String> {
    "[A-Za-z0-9_.:/=+@-]([A-Za-z0-9 _.:/=+@-]{0,20}[A-Za-z0-9_.:/=+@-])?"
}

fn config() -> impl Strategy<Value = TransactionsDrConfig> {
    (
        valid_suffix(),
        region_pair().prop_filter("valid for the stack", |(p, d)| {
            RegionPair::check(*p, *d).is_ok()
        }),
        (0u8..=255, 0u8..=255),
        prop_oneof![
            Just(NatGateways::PerAz),
            Just(NatGateways::Single),
            Just(NatGateways::None)
        ],
        (tag_value(), tag_value()),
    )
        .prop_filter("distinct CIDRs", |(_, _, (a, b), _, _)| a != b)
        .prop_map(
            |(suffix, (p, d), (a, b), nat, (env, cost))| TransactionsDrConfig {
                environment_suffix: suffix.parse().unwrap(),
                primary_region: p,
                dr_region: d,
                primary_vpc_cidr: format!("10.{a}.0.0/16").parse().unwrap(),
                dr_vpc_cidr: format!("10.{b}.0.0/16").parse().unwrap(),
                dr_nat_gateways: nat,
                environment_tag: env,
                cost_center: cost,
                ..TransactionsDrConfig::default()
            },
        )
}

fn build(cfg: &TransactionsDrConfig) -> Synthesized {
    let stack = transactions_dr::build(cfg).unwrap_or_else(|e| panic!("build failed: {e}"));
    tfdr_testing::synth(&stack)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn every_taggable_resource_carries_its_regions_tags(cfg in config()) {
        let s = build(&cfg);
        let required = required_tags(&cfg);
        if let Err(e) = required.check_providers(&s) {
            prop_assert!(false, "{}", e);
        }
        let defaults = default_tags(&s);
        let mut checked = 0;
        for (t, f) in resources(&s) {
            if !tfdr_dsl::aws::is_taggable(&t) {
                continue;
            }
            checked += 1;
            let tags = merged_tags(&defaults, &f.body);
            let provider = f.body["provider"].as_str().unwrap_or_default();
            let missing = required.missing(provider, &tags);
            prop_assert!(missing.is_none(), "{} lacks {}", f.address, missing.unwrap_or_default());
            // DR-Role is a region's: nothing outside the pair may claim one, and nothing
            // may override its region's.
            if !["aws.primary", "aws.dr"].contains(&provider) {
                prop_assert!(!tags.contains_key("DR-Role"), "{} ({}) has a DR-Role", f.address, provider);
            }
        }
        prop_assert!(checked > 40, "only {} taggable resources", checked);
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
            if parts.contains(&"us-east-1") {
                // Only when the pair lacks us-east-1: Route 53's metrics and query logs.
                prop_assert!(
                    cfg.primary_region.as_str() != "us-east-1" && cfg.dr_region.as_str() != "us-east-1",
                    "{} uses a us-east-1 provider though the pair includes us-east-1", path
                );
                prop_assert!(
                    ["/alerts/", "/health-alarms/", "/dns-query-log/", "/failover-automation/"]
                        .iter()
                        .any(|c| path.contains(c)),
                    "only Route 53's alerting may use the us-east-1 provider: {}", path
                );
                continue;
            }
            let Some(i) = parts.iter().position(|p| *p == "primary" || *p == "dr") else {
                prop_assert!(false, "{} has no region in its path {}", f.address, path);
                continue;
            };
            let mut rest: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
            let region = rest.remove(i);
            // A component per region named after it (`primary-watch-alarms-dr`).
            if let Some(base) = rest[0].strip_suffix(&format!("-{region}")) {
                rest[0] = base.to_string();
            }
            let rest = rest.join("/");
            if let Some((prefix, side, why)) = ONE_SIDED.iter().find(|(p, _, _)| rest.starts_with(p)) {
                let side = match *side {
                    "us-east-1" if cfg.dr_region.as_str() == "us-east-1" => "dr",
                    "us-east-1" => "primary",
                    side => side,
                };
                prop_assert_eq!(region.as_str(), side, "{} ({}) outside its region: {}", prefix, why, path);
                continue;
            }
            components.entry((t, rest)).or_default().insert(region);
        }
        let dr_nat = cfg.dr_nat_gateways.count();
        let (mut nat_primary, mut nat_dr) = (0, 0);
        for ((t, rest), regions) in components {
            if t == "aws_nat_gateway" {
                nat_primary += usize::from(regions.contains("primary"));
                nat_dr += usize::from(regions.contains("dr"));
            }
            // The primary has a NAT gateway per AZ, the DR region its config's choice.
            if ["aws_nat_gateway", "aws_eip"].contains(&t.as_str()) && rest.contains("nat") {
                continue;
            }
            // The private subnets' default routes (and egress to the internet) go
            // through the NAT gateways, so a DR region without NAT has none.
            if (t == "aws_route" && rest.starts_with("network/route-default-"))
                || (t == "aws_vpc_security_group_egress_rule" && rest.contains("internet"))
            {
                prop_assert!(regions.contains("primary"), "{} {}: the primary has every NAT-dependent part", t, rest);
                prop_assert_eq!(regions.contains("dr"), dr_nat > 0, "{} {}: the DR region has it iff it has a NAT gateway", t, rest);
                continue;
            }
            let component = format!("{t} {rest}");
            if SINGLE_REGION.iter().any(|(p, _)| *p == t || *p == component) {
                continue;
            }
            prop_assert_eq!(
                regions.iter().map(String::as_str).collect::<Vec<_>>(),
                vec!["dr", "primary"],
                "{} is not in both regions", component
            );
        }
        prop_assert_eq!((nat_primary, nat_dr), (3, dr_nat));
    }
}

/// The watchers' alarms: one per region, on that region's own `Observer` series, paging
/// when the primary is not seen healthy for 3 minutes or the watcher stops reporting.
#[test]
fn each_region_alarms_on_what_its_own_watcher_sees() {
    let cfg = TransactionsDrConfig::load_from(None, Some("dev")).unwrap();
    let s = build(&cfg);
    let alarms: Vec<_> = s
        .resources("aws_cloudwatch_metric_alarm")
        .into_iter()
        .filter(|a| a.body["namespace"] == "tfdr/PrimaryWatch")
        .collect();
    assert_eq!(alarms.len(), 2);
    for a in alarms {
        let region = match a.body["provider"].as_str().unwrap() {
            "aws.primary" => "us-east-1",
            "aws.dr" => "us-west-2",
            other => panic!("{other}"),
        };
        assert_eq!(a.body["dimensions"]["Observer"], region, "{}", a.body);
        assert_eq!(a.body["metric_name"], "PrimaryHealthy");
        assert_eq!(a.body["comparison_operator"], "LessThanThreshold");
        assert_eq!(a.body["threshold"], 1.0);
        assert_eq!(a.body["treat_missing_data"], "breaching");
    }
    // The DR region's watcher is the one whose events the failover rule matches.
    let watch_rule = s
        .resources("aws_cloudwatch_event_rule")
        .into_iter()
        .find(|r| {
            r.body["event_pattern"]
                .as_str()
                .is_some_and(|p| p.contains("Primary region unhealthy"))
        })
        .expect("the watch rule");
    assert_eq!(watch_rule.body["provider"], "aws.dr");
}
