//! Tests of [`FailoverDns::for_load_balancers`] on the synthesized JSON.

use serde_json::json;
use tfdr_dsl::aws::{Lb, Route53HealthCheck, Route53Record};
use tfdr_testing::Synthesized;

use super::*;
use crate::test_support::at;
use crate::web_tier::tests::{build_with, ebs_keys, edge, Web};
use crate::web_tier::HEALTH_MATCH;

fn build_in(fqdn: &str) -> (Web, FailoverDns, Result<Synthesized, String>) {
    let w = build_with("dev", ebs_keys(), edge(), |_| {});
    let dns = FailoverDns::for_load_balancers(
        &w.ctx.root(),
        "failover",
        &LoadBalancerFailoverProps {
            zone: &w.zone,
            fqdn: fqdn.parse().unwrap(),
            web: &w.tier,
            interval: HealthCheckInterval::Fast10,
            failure_threshold: FailureThreshold::new(3).unwrap(),
        },
    );
    let s = tfdr_testing::try_synth(&w.stack).map_err(|e| e.to_string());
    (w, dns, s)
}

fn build() -> (Web, FailoverDns, Synthesized) {
    let (w, dns, s) = build_in("api.trading.example.com");
    (w, dns, s.unwrap_or_else(|e| panic!("{e}")))
}

#[test]
fn each_region_is_checked_on_its_own_load_balancer_for_the_trading_string() {
    let (_, _, s) = build();
    s.assert_count::<Route53HealthCheck>(2);
    for side in ["primary", "dr"] {
        let lb = at(s.resources_of::<Lb>(), &format!("web/{side}/alb"));
        let hc = at(
            s.resources_of::<Route53HealthCheck>(),
            &format!("failover/primary/check-{side}"),
        );
        assert!(
            tfdr_testing::matches(
                &hc.body,
                &json!({
                    "provider": "aws.primary",
                    "type": "HTTPS_STR_MATCH",
                    "fqdn": format!("${{{}.dns_name}}", lb.address),
                    "port": 443,
                    "resource_path": "/health",
                    "search_string": HEALTH_MATCH,
                    "enable_sni": true,
                    "request_interval": 10,
                    "failure_threshold": 3,
                    "measure_latency": false,
                })
            ),
            "{side}: {:#}",
            hc.body
        );
    }
}

#[test]
fn primary_and_secondary_alias_their_own_load_balancer_and_check() {
    let (_, dns, s) = build();
    let records: Vec<_> = s
        .resources_of::<Route53Record>()
        .into_iter()
        .filter(|f| f.body.get("failover_routing_policy").is_some())
        .collect();
    assert_eq!(records.len(), 2);
    for (side, role) in [("primary", "PRIMARY"), ("dr", "SECONDARY")] {
        let lb = at(s.resources_of::<Lb>(), &format!("web/{side}/alb"));
        let hc = at(
            s.resources_of::<Route53HealthCheck>(),
            &format!("failover/primary/check-{side}"),
        );
        let rec = at(records.clone(), &format!("failover/primary/record-{side}"));
        assert!(
            tfdr_testing::matches(
                &rec.body,
                &json!({
                    "provider": "aws.primary",
                    "name": "api.trading.example.com",
                    "type": "A",
                    "set_identifier": side,
                    "failover_routing_policy": {"type": role},
                    "alias": {
                        "evaluate_target_health": true,
                        "name": format!("${{{}.dns_name}}", lb.address),
                        "zone_id": format!("${{{}.zone_id}}", lb.address),
                    },
                    "health_check_id": format!("${{{}.id}}", hc.address),
                })
            ),
            "{side}: {:#}",
            rec.body
        );
    }
    assert_eq!(dns.failover_url, "https://api.trading.example.com/");
}

#[test]
fn a_name_outside_the_zone_is_reported_at_synth() {
    let (_, _, s) = build_in("api.elsewhere.example.org");
    let err = s.expect_err("a name outside the zone must fail synth");
    assert!(
        err.contains("api.elsewhere.example.org") && err.contains("trading.example.com"),
        "{err}"
    );
}

#[test]
fn health_check_urls_name_each_regions_load_balancer_and_the_deep_route() {
    let (w, _, _) = build();
    let urls = health_check_urls(&w.tier);
    for (side, url) in urls.iter() {
        let text = format!("{url:?}");
        assert!(text.contains("/health"), "{}: {text}", side.alias());
        assert!(text.contains("dns_name"), "{}: {text}", side.alias());
    }
}
