//! The per-region tag policy on built stacks: provider `default_tags` from each region's
//! set, the synth-time check against each resource's own region's set, the set of a region
//! outside the pair.

use std::collections::BTreeMap;

use serde_json::{json, Value};
use tfdr_dsl::aws::{KmsKey, SnsTopic, Subnet, Vpc};
use tfdr_dsl::{Region, Stack};

use crate::context::{DrContext, Side};
use crate::kms::{KmsKeys, KmsKeysProps};
use crate::network::Network;
use crate::test_support::{context_with_tags, dr_role_tags, network_props, test_keys};

/// The synth errors of `stack` (it must fail).
fn errors(stack: &Stack) -> String {
    tfdr_testing::try_synth(stack)
        .expect_err("the stack violates the tag policy")
        .to_string()
}

/// The error lines about `path` (below the stack).
fn lines_for(errors: &str, path: &str) -> Vec<String> {
    let path = format!("data-test/{path}:");
    errors
        .lines()
        .filter(|l| l.contains(&path))
        .map(str::to_string)
        .collect()
}

fn topic(ctx: &DrContext, side: Side) -> SnsTopic {
    SnsTopic::new().name(ctx.name::<SnsTopic>("alerts", side))
}

fn tags(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn network_and_keys_with_a_dr_role_get_each_regions_default_tags_and_pass() {
    let (stack, ctx) = context_with_tags(Region::UsEast1, Region::UsWest2, "dev", dr_role_tags());
    let root = ctx.root();
    let keys = test_keys(&root);
    let network = Network::new(&root, "network", &network_props(&keys));
    let _ = (keys, network);
    let s = tfdr_testing::try_synth(&stack).unwrap_or_else(|e| panic!("{e}"));
    let providers = s.providers("aws");
    assert_eq!(providers.len(), 2);
    for (p, (alias, region, role)) in providers.iter().zip([
        ("primary", "us-east-1", "primary"),
        ("dr", "us-west-2", "secondary"),
    ]) {
        assert_eq!(p["alias"], alias);
        assert_eq!(p["region"], region);
        assert_eq!(
            p["default_tags"]["tags"],
            json!({"Environment": "DR", "CostCenter": "Transactions", "DR-Role": role}),
            "{alias}"
        );
    }
    // Taggable resources of both regions, none overriding the policy's tags.
    for found in [
        s.resources_of::<Vpc>(),
        s.resources_of::<Subnet>(),
        s.resources_of::<KmsKey>(),
    ] {
        assert!(found.iter().any(|f| f.body["provider"] == "aws.dr"));
        for f in found {
            let own = f.body["tags"].as_object().cloned().unwrap_or_default();
            assert!(
                !own.contains_key("DR-Role") && !own.contains_key("Environment"),
                "{}: {own:?}",
                f.address
            );
        }
    }
    assert_eq!(ctx.tags(Side::Dr).get("DR-Role"), Some("secondary"));
    assert_eq!(ctx.tags_in(Region::UsEast1).get("DR-Role"), Some("primary"));
}

#[test]
fn a_dr_resource_carrying_the_primarys_dr_role_fails() {
    let (stack, ctx) = context_with_tags(Region::UsEast1, Region::UsWest2, "dev", dr_role_tags());
    ctx.root().child("case").region(Side::Dr).add(
        "topic",
        topic(&ctx, Side::Dr).tags(tags(&[("DR-Role", "primary")])),
    );
    // The same tag in the primary region is its own set: no error there.
    ctx.root().child("case").region(Side::Primary).add(
        "topic",
        topic(&ctx, Side::Primary).tags(tags(&[("DR-Role", "primary")])),
    );
    let e = errors(&stack);
    let dr = lines_for(&e, "case/dr/topic");
    assert_eq!(dr.len(), 1, "{e}");
    assert!(
        dr[0].contains("missing tag DR-Role=secondary")
            && dr[0].contains("carries DR-Role=primary")
            && dr[0].contains("the DR region's set (aws.dr)"),
        "{e}"
    );
    assert!(lines_for(&e, "case/primary/topic").is_empty(), "{e}");
}

#[test]
fn a_resource_without_its_regions_tag_fails_naming_tag_and_region() {
    let (stack, ctx) = context_with_tags(Region::UsEast1, Region::UsWest2, "dev", dr_role_tags());
    // Providers carry the sets; a resource of a provider without them fails.
    stack.configure_provider(ctx.pair().primary.provider_ref(), |b| {
        b.remove("default_tags");
    });
    ctx.root()
        .child("case")
        .region(Side::Primary)
        .add("topic", topic(&ctx, Side::Primary));
    let e = errors(&stack);
    let lines = lines_for(&e, "case/primary/topic");
    for k in [
        "DR-Role=primary",
        "Environment=DR",
        "CostCenter=Transactions",
    ] {
        assert!(
            lines.iter().any(|l| l.contains(&format!("missing tag {k}"))
                && l.contains("the primary region's set (aws.primary)")),
            "{k}: {e}"
        );
    }
}

#[test]
fn a_region_outside_the_pair_gets_and_is_held_to_the_shared_tags() {
    let (stack, ctx) = context_with_tags(
        Region::EuCentral1,
        Region::EuCentral2,
        "dev",
        dr_role_tags(),
    );
    let scope = ctx.root().child("case").region_for(Region::UsEast1);
    scope.add(
        "topic",
        SnsTopic::new().name(ctx.name_in::<SnsTopic>("alerts", Region::UsEast1)),
    );
    let s = tfdr_testing::try_synth(&stack).unwrap_or_else(|e| panic!("{e}"));
    let providers = s.providers("aws");
    assert_eq!(providers.len(), 3);
    assert_eq!(providers[2]["alias"], "us-east-1");
    // No DR-Role: what lives there serves both regions.
    assert_eq!(
        providers[2]["default_tags"]["tags"],
        json!({"Environment": "DR", "CostCenter": "Transactions"})
    );
    assert_eq!(ctx.tags_in(Region::UsEast1), ctx.tag_policy().other());

    // Held to that set: overriding a shared tag there fails, naming the region.
    scope.add(
        "bad",
        SnsTopic::new()
            .name(ctx.name_in::<SnsTopic>("other", Region::UsEast1))
            .tags(tags(&[("CostCenter", "Payments")])),
    );
    let e = errors(&stack);
    let bad = lines_for(&e, "case/us-east-1/bad");
    assert_eq!(bad.len(), 1, "{e}");
    assert!(
        bad[0].contains("missing tag CostCenter=Transactions")
            && bad[0].contains("outside the pair (aws.us-east-1)"),
        "{e}"
    );
}

#[test]
fn the_default_policy_keeps_the_extra_provider_like_the_primary() {
    let stack = Stack::new("data-test");
    let ctx = DrContext::new(
        &stack,
        Region::EuCentral1,
        Region::EuCentral2,
        "dev".parse().unwrap(),
    )
    .unwrap();
    ctx.root().region_for(Region::UsEast1);
    let s = tfdr_testing::synth(&stack);
    let providers = s.providers("aws");
    let dt: Vec<&Value> = providers.iter().map(|p| &p["default_tags"]).collect();
    assert_eq!(dt[0], dt[1]);
    assert_eq!(dt[0], dt[2]);
    assert_eq!(
        dt[0]["tags"],
        json!({"Environment": "DR", "CostCenter": "Operations", "Criticality": "High"})
    );
}

#[test]
fn more_than_50_effective_tags_fail() {
    let (stack, ctx) = context_with_tags(Region::UsEast1, Region::UsWest2, "dev", dr_role_tags());
    // 3 from the provider + 48 of its own = 51.
    let own: BTreeMap<String, String> = (0..48).map(|i| (format!("k{i}"), "v".into())).collect();
    ctx.root()
        .child("case")
        .region(Side::Primary)
        .add("topic", topic(&ctx, Side::Primary).tags(own));
    let e = errors(&stack);
    let lines = lines_for(&e, "case/primary/topic");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("51 tags; AWS allows at most 50")),
        "{e}"
    );
}

#[test]
fn a_component_differs_between_policies_only_in_provider_tags() {
    // A component built twice under the default and a per-region policy differs only in
    // the providers' default tags: components never read the tag policy except through
    // `DrContext::tags`.
    let build = |ctx: &DrContext| {
        KmsKeys::new(
            &ctx.root(),
            "kms",
            &KmsKeysProps {
                purpose: "payments".into(),
                services: vec![],
            },
        );
    };
    let (a, ca) = context_with_tags(Region::UsEast1, Region::UsWest2, "dev", dr_role_tags());
    build(&ca);
    let (b, cb) = context_with_tags(
        Region::UsEast1,
        Region::UsWest2,
        "dev",
        crate::policy::TagPolicy::dr(),
    );
    build(&cb);
    let (sa, sb) = (tfdr_testing::synth(&a), tfdr_testing::synth(&b));
    assert_eq!(sa.json()["resource"], sb.json()["resource"]);
    assert_ne!(sa.json()["provider"], sb.json()["provider"]);
}
