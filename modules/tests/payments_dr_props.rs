//! Property tests of payments-dr over arbitrary valid suffixes, region pairs, VPC blocks and
//! retentions: tags, names and regional symmetry.
//!
//! The oracle is independent of the policy code: it reads the synthesized JSON (provider
//! `default_tags` merged with each resource's `tags`, the name arguments as emitted, the
//! construct paths in the metadata) and judges it against the AWS rules written out here
//! from the AWS documentation, not against `policy::NAME_RULES`. Suffixes are always
//! passed explicitly, never through the process environment.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{
    default_tags, judge, merged_tags, oracle, region_pair, resources, valid_suffix, RequiredTags,
};

use proptest::prelude::*;
use tfdr_modules::stacks::payments_dr::{self, PaymentsDrConfig};
use tfdr_modules::values::RetentionDays;
use tfdr_testing::Synthesized;

/// The tags the requirements put on every resource, written out independently.
///
/// The same in every region (the default tag policy), outside the pair too.
const REQUIRED_TAGS: RequiredTags = RequiredTags::everywhere(&[
    ("Environment", "DR"),
    ("CostCenter", "Operations"),
    ("Criticality", "High"),
]);

/// Components (`type`, or `type component/rest`) that exist once, in the primary region,
/// because their DR counterpart is part of them (a replica block), they are global by
/// nature, or the requirements ask for it.
const PRIMARY_ONLY: &[(&str, &str)] = &[
    (
        "aws_rds_cluster_instance aurora/2",
        "the primary's reader; the DR cluster has one instance by requirement",
    ),
    ("aws_rds_global_cluster", "global: spans both regions"),
    (
        "aws_dynamodb_table",
        "global table: the DR copy is its `replica` block",
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
    ("aws_iam_role", "global (IAM); the replication role"),
    (
        "aws_iam_role_policy",
        "global (IAM); the replication role's policy",
    ),
    (
        "aws_iam_role_policy_attachment",
        "global (IAM); the monitoring and backup roles' managed policies",
    ),
    (
        "aws_backup_plan",
        "one plan in the primary; it copies every recovery point into the DR vault",
    ),
    ("aws_backup_selection", "belongs to the plan"),
    (
        "aws_route53_zone",
        "global (Route 53): one zone serves both regions",
    ),
    (
        "aws_route53_record",
        "global (Route 53): the failover pair and the one ACM validation record serve both regions",
    ),
    (
        "aws_route53_health_check",
        "global (Route 53): one check per region's endpoint, both defined once",
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
        "aws_cloudwatch_metric_alarm aurora-lag-alarm/alarm",
        "the replication lag is a metric of the secondary (DR) cluster",
    ),
    (
        "aws_cloudwatch_metric_alarm sessions-replication-alarm/alarm",
        "DynamoDB ReplicationLatency is emitted in the source (primary) region",
    ),
    (
        "aws_cloudwatch_metric_alarm audit-replication-alarms/failed",
        "S3 replication metrics are emitted in the source (primary) region",
    ),
    (
        "aws_cloudwatch_metric_alarm audit-replication-alarms/latency",
        "S3 replication metrics are emitted in the source (primary) region",
    ),
    (
        "aws_cloudwatch_dashboard",
        "global (CloudWatch dashboards): one dashboard shows both regions",
    ),
];

fn config() -> impl Strategy<Value = PaymentsDrConfig> {
    (
        valid_suffix(),
        region_pair(),
        0u8..=255,
        0u8..=255,
        1u32..=35,
    )
        .prop_filter("distinct CIDRs", |(_, _, a, b, _)| a != b)
        .prop_map(|(suffix, (p, d), a, b, days)| PaymentsDrConfig {
            environment_suffix: suffix.parse().unwrap(),
            primary_region: p,
            dr_region: d,
            primary_vpc_cidr: format!("10.{a}.0.0/16").parse().unwrap(),
            dr_vpc_cidr: format!("10.{b}.0.0/16").parse().unwrap(),
            backup_retention_days: RetentionDays::new(days).unwrap(),
            ..PaymentsDrConfig::default()
        })
}

fn build(cfg: &PaymentsDrConfig) -> Synthesized {
    let stack = payments_dr::build(cfg).unwrap_or_else(|e| panic!("build failed: {e}"));
    tfdr_testing::synth(&stack)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn every_taggable_resource_carries_the_dr_tags(cfg in config()) {
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
                // A reference (e.g. a cluster's `global_cluster_identifier`) names another
                // resource, judged where it is defined.
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
                    // Unique per account and partition for global services, per region
                    // for the others.
                    let region = if common::GLOBAL_NAMES.contains(&t.as_str()) {
                        String::new()
                    } else {
                        f.body["provider"].as_str().unwrap_or_default().to_string()
                    };
                    // Records of one routing policy share their name; the set identifier
                    // tells them apart.
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
        // (type, component path without the region) → regions, from the metadata paths
        // `payments-dr/<component…>/<primary|dr>/<rest…>`.
        let mut components: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
        for (t, f) in resources(&s) {
            let path = f.path.clone().unwrap_or_default();
            let parts: Vec<&str> = path.split('/').skip(1).collect();
            // Route 53's metrics exist only in us-east-1: when neither region of the pair
            // is us-east-1, the health alarms and their topic live under a third provider
            // (`<component>/us-east-1/…`), once by design.
            // DNS query logs go to us-east-1 only (Route 53 delivers them nowhere else): once,
            // on whichever provider is in us-east-1.
            if path.contains("/dns-query-log/") {
                continue;
            }
            // The failover function runs in the DR region only (it promotes the DR
            // database); its subscription lives with the us-east-1 topic that triggers it.
            if path.contains("/failover-automation-alarms/") {
                prop_assert!(path.contains("/failover-automation-alarms/dr/"), "{}", path);
                continue;
            }
            if path.contains("/failover-automation/") {
                prop_assert!(
                    path.contains("/failover-automation/dr/") || path.contains("trigger-subscription")
                        || path.contains("trigger-permission"),
                    "the failover automation outside the DR region: {}", path
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
        for ((t, rest), regions) in components {
            let component = format!("{t} {rest}");
            if PRIMARY_ONLY.iter().any(|(p, _)| *p == t || *p == component) {
                continue;
            }
            prop_assert_eq!(
                regions.iter().map(String::as_str).collect::<Vec<_>>(),
                vec!["dr", "primary"],
                "{} is not in both regions", component
            );
        }
    }

    #[test]
    fn invalid_suffixes_are_rejected_naming_the_rule(
        s in prop_oneof![
            "[a-z]{0,4}[A-Z][a-z]{0,4}".prop_map(|s| (s, "must be lowercase")),
            "[a-z]{17,30}".prop_map(|s| (s, "at most 16")),
            "[a-z]{1,4}[_.!/ ][a-z]{0,4}".prop_map(|s| (s, "are allowed")),
            Just((String::new(), "must not be empty")),
            "[0-9][a-z0-9]{0,5}".prop_map(|s| (s, "start with a letter")),
        ]
    ) {
        let (suffix, rule) = s;
        let e = PaymentsDrConfig::load_from(None, Some(&suffix)).unwrap_err();
        prop_assert_eq!(e.field.as_str(), "environment_suffix");
        prop_assert!(e.rule.contains(rule), "`{}`: {}", suffix, e.rule);
    }
}

/// The failover function pages when it fails: an error alarm and a failure-queue alarm in
/// the DR region, both notifying the DR region's topic.
#[test]
fn the_failover_function_pages_when_it_fails() {
    let s = build(&PaymentsDrConfig::default());
    let alarms = s.resources("aws_cloudwatch_metric_alarm");
    let topic = s
        .resources("aws_sns_topic")
        .into_iter()
        .find(|t| t.path.as_deref() == Some("payments-dr/alerts/dr/topic"))
        .expect("the DR topic");
    let want = serde_json::json!([format!("${{{}.arn}}", topic.address)]);
    for (id, metric) in [
        ("errors", "Errors"),
        ("failed-events", "ApproximateNumberOfMessagesVisible"),
    ] {
        let a = alarms
            .iter()
            .find(|a| {
                a.path.as_deref()
                    == Some(&*format!("payments-dr/failover-automation-alarms/dr/{id}"))
            })
            .unwrap_or_else(|| panic!("no {id} alarm"));
        assert_eq!(a.body["metric_name"], metric);
        assert_eq!(a.body["provider"], "aws.dr");
        assert_eq!(a.body["alarm_actions"], want);
        assert_eq!(a.body["ok_actions"], want);
    }
}
