//! Property tests of the stack policy on payments-dr, over arbitrary valid suffixes and
//! configs: effective tags, names, and regional symmetry. Suffixes are always passed
//! explicitly, never through the process environment.

use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;
use tfdr_dsl::{ElementKind, Entry, NodeKind, RawExpr, Region, Stack};
use tfdr_modules::policy::{
    effective_tags, name_rule, EnvironmentSuffix, NameAttr, DR_TAGS, MAX_SUFFIX_LEN,
};
use tfdr_modules::stacks::payments_dr;
use tfdr_modules::PaymentsDrConfig;

/// Resource types (or `type path` components) that exist once, in the primary region,
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
];

fn valid_suffix() -> impl Strategy<Value = String> {
    // a letter, then letters/digits with single hyphens, at most MAX_SUFFIX_LEN, no
    // trailing hyphen.
    "[a-z]([a-z0-9]|-[a-z0-9]){0,7}".prop_filter("length", |s| s.len() <= MAX_SUFFIX_LEN)
}

fn region_pair() -> impl Strategy<Value = (Region, Region)> {
    let commercial: Vec<Region> = Region::ALL
        .iter()
        .copied()
        .filter(|r| r.partition() == "aws")
        .collect();
    (0..commercial.len(), 0..commercial.len())
        .prop_filter("distinct", |(a, b)| a != b)
        .prop_map(move |(a, b)| (commercial[a], commercial[b]))
}

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
            environment_suffix: suffix,
            primary_region: p.as_str().into(),
            dr_region: d.as_str().into(),
            primary_vpc_cidr: format!("10.{a}.0.0/16"),
            dr_vpc_cidr: format!("10.{b}.0.0/16"),
            backup_retention_days: days,
            ..PaymentsDrConfig::default()
        })
}

fn build(cfg: PaymentsDrConfig) -> (Stack, String) {
    let suffix = cfg.environment_suffix.clone();
    let valid = cfg.validate().expect("generated configs are valid");
    let stack = payments_dr::build(&valid).unwrap_or_else(|e| panic!("build failed:\n{e}"));
    (stack, suffix)
}

/// (type, path with the region component removed) → regions it appears in.
fn regional_components(stack: &Stack) -> BTreeMap<(String, String), BTreeSet<String>> {
    let m = stack.model();
    let mut out: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    for node in &m.nodes {
        if let NodeKind::Element {
            kind: ElementKind::Resource,
            type_name,
            ..
        } = &node.kind
        {
            if let Some((first, rest)) = node.path.split_first() {
                out.entry((type_name.clone(), rest.join("/")))
                    .or_default()
                    .insert(first.clone());
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn every_taggable_resource_has_the_dr_tags(cfg in config()) {
        let (stack, _) = build(cfg);
        let m = stack.model();
        let mut checked = 0;
        for (i, node) in m.nodes.iter().enumerate() {
            if let NodeKind::Element { kind: ElementKind::Resource, type_name, .. } = &node.kind {
                if tfdr_dsl::aws::is_taggable(type_name) {
                    checked += 1;
                    let tags = effective_tags(&m, i);
                    for (k, v) in DR_TAGS {
                        prop_assert_eq!(tags.get(k).map(String::as_str), Some(v),
                            "{} {:?} lacks {}={}", type_name, node.path, k, v);
                    }
                }
            }
        }
        prop_assert!(checked > 20, "only {} taggable resources", checked);
    }

    #[test]
    fn every_name_contains_the_suffix_and_satisfies_its_rule(cfg in config()) {
        let (stack, suffix) = build(cfg);
        let m = stack.model();
        for (i, node) in m.nodes.iter().enumerate() {
            let NodeKind::Element { kind: ElementKind::Resource, type_name, body } = &node.kind else {
                continue;
            };
            let rule = name_rule(type_name);
            prop_assert!(rule.is_some() || tfdr_dsl::aws::name_arguments(type_name).next().is_none(),
                "{} has a name argument but no rule", type_name);
            let Some(rule) = rule else { continue };
            let name = match rule.attr {
                NameAttr::Argument(a) => match body.get(a) {
                    Some(Entry::Attr(RawExpr::String(s))) => Some(s.trim_end_matches('-').to_string()),
                    other => {
                        prop_assert!(false, "{} {:?}: {} is {:?}", type_name, node.path, a, other);
                        None
                    }
                },
                NameAttr::NameTag if tfdr_dsl::aws::is_taggable(type_name) => {
                    effective_tags(&m, i).get("Name").cloned()
                }
                NameAttr::NameTag => None,
            };
            if let Some(name) = name {
                prop_assert!(name.contains(&suffix), "{} name `{}` lacks `{}`", type_name, name, suffix);
                prop_assert!(rule.check(&name).is_ok(), "{}", rule.check(&name).unwrap_err());
            } else if matches!(rule.attr, NameAttr::NameTag) && tfdr_dsl::aws::is_taggable(type_name) {
                prop_assert!(false, "{} {:?} has no Name tag", type_name, node.path);
            }
        }
    }

    #[test]
    fn every_regional_component_exists_in_both_regions(cfg in config()) {
        let (stack, _) = build(cfg);
        for ((type_name, rest), regions) in regional_components(&stack) {
            let component = format!("{type_name} {rest}");
            if PRIMARY_ONLY.iter().any(|(t, _)| *t == type_name || *t == component) {
                continue;
            }
            prop_assert_eq!(
                regions.iter().map(String::as_str).collect::<Vec<_>>(),
                vec!["dr", "primary"],
                "{} {} is not in both regions", type_name, rest
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
        let e = EnvironmentSuffix::new(&suffix).unwrap_err();
        prop_assert_eq!(e.field.as_str(), "environment_suffix");
        prop_assert!(e.rule.contains(rule), "`{}`: {}", suffix, e.rule);
        let cfg = PaymentsDrConfig { environment_suffix: suffix, ..PaymentsDrConfig::default() };
        prop_assert!(cfg.validate().is_err());
    }
}
