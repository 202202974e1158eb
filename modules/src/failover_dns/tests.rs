//! Tests of the failover_dns component on the synthesized JSON.

use serde_json::json;
use tfdr_dsl::aws::{ApiGatewayDomainName, Route53HealthCheck, Route53Record};
use tfdr_testing::{Found, Synthesized};

use super::*;
use crate::api_domain::tests::{api_domain, created_zone, dns, existing_zone, Dns};
use crate::hosted_zone::{HostedZoneProps, ZoneSource};
use crate::test_support::{at, r};

fn props<'a>(d: &'a Dns, domain: &'a ApiDomain) -> FailoverDnsProps<'a> {
    FailoverDnsProps {
        zone: &d.zone,
        domain,
        endpoints: &d.endpoints,
        health_path: "/health".into(),
        interval: HealthCheckInterval::Fast10,
        failure_threshold: FailureThreshold::new(3).unwrap(),
    }
}

fn build_with(suffix: &str, zone: ZoneSource) -> (Synthesized, FailoverDns) {
    let d = dns(suffix, zone);
    let domain = api_domain(&d);
    let f = FailoverDns::new(&d.ctx.root(), "failover", &props(&d, &domain));
    let s = tfdr_testing::try_synth(&d.stack).unwrap_or_else(|e| panic!("{e}"));
    (s, f)
}

fn build() -> (Synthesized, FailoverDns) {
    build_with("dev", created_zone())
}

fn failover_records(s: &Synthesized) -> Vec<Found> {
    s.resources_of::<Route53Record>()
        .into_iter()
        .filter(|f| f.body.get("failover_routing_policy").is_some())
        .collect()
}

#[test]
fn each_region_has_a_health_check_of_its_own_endpoint_on_the_primary_provider() {
    let (s, _) = build();
    s.assert_count::<Route53HealthCheck>(2);
    for (side, region) in [("primary", "us-east-1"), ("dr", "us-east-2")] {
        let api = at(
            s.data_sources("aws_api_gateway_rest_api"),
            &format!("apis/{side}/api"),
        );
        let hc = at(
            s.resources_of::<Route53HealthCheck>(),
            &format!("failover/primary/check-{side}"),
        );
        assert!(
            tfdr_testing::matches(
                &hc.body,
                &json!({
                    // Route 53 is global: both checks go through the primary provider.
                    "provider": "aws.primary",
                    "type": "HTTPS",
                    "fqdn": format!("${{{}.id}}.execute-api.{region}.amazonaws.com", api.address),
                    "port": 443,
                    "resource_path": "/live/health",
                    "enable_sni": true,
                    "request_interval": 10,
                    "failure_threshold": 3,
                    "measure_latency": false,
                    "tags": {"Name": format!("api.payments.example.com-{side}-health-dev")},
                })
            ),
            "{:#}",
            hc.body
        );
    }
}

#[test]
fn primary_and_secondary_alias_their_own_regions_domain_and_check() {
    let (s, f) = build();
    let records = failover_records(&s);
    assert_eq!(records.len(), 2, "{records:?}");
    let zone = s.resources_of::<tfdr_dsl::aws::Route53Zone>().remove(0);
    for (side, role) in [("primary", "PRIMARY"), ("dr", "SECONDARY")] {
        let rec = at(
            s.resources_of::<Route53Record>(),
            &format!("failover/primary/record-{side}"),
        );
        let domain = at(
            s.resources_of::<ApiGatewayDomainName>(),
            &format!("domain/{side}/domain"),
        );
        let hc = at(
            s.resources_of::<Route53HealthCheck>(),
            &format!("failover/primary/check-{side}"),
        );
        assert!(
            tfdr_testing::matches(
                &rec.body,
                &json!({
                    "provider": "aws.primary",
                    "zone_id": r(&zone.address, "zone_id"),
                    "name": "api.payments.example.com",
                    "type": "A",
                    "set_identifier": side,
                    "failover_routing_policy": {"type": role},
                    "health_check_id": r(&hc.address, "id"),
                    "alias": {
                        "name": r(&domain.address, "regional_domain_name"),
                        "zone_id": r(&domain.address, "regional_zone_id"),
                        "evaluate_target_health": true,
                    },
                })
            ),
            "{:#}",
            rec.body
        );
        // An ALIAS record has no TTL nor records of its own.
        assert!(rec.body.get("ttl").is_none() && rec.body.get("records").is_none());
    }
    assert_eq!(f.failover_url, "https://api.payments.example.com/");
    assert_eq!(f.fqdn.as_str(), "api.payments.example.com");
}

#[test]
fn health_check_ids_are_the_checks() {
    let d = dns("dev", created_zone());
    let domain = api_domain(&d);
    let f = FailoverDns::new(&d.ctx.root(), "failover", &props(&d, &domain));
    d.stack
        .root()
        .output("primary_check", f.health_check_ids.primary.clone());
    d.stack
        .root()
        .output("dr_check", f.health_check_ids.dr.clone());
    let s = tfdr_testing::synth(&d.stack);
    for side in ["primary", "dr"] {
        let hc = at(
            s.resources_of::<Route53HealthCheck>(),
            &format!("failover/primary/check-{side}"),
        );
        assert_eq!(
            s.output_value(&format!("{side}_check")),
            Some(&r(&hc.address, "id"))
        );
    }
}

#[test]
fn an_existing_zone_gets_the_records_by_its_id() {
    let (s, _) = build_with("dev", existing_zone());
    s.assert_none::<tfdr_dsl::aws::Route53Zone>();
    // The validation record and the two failover records.
    let records = s.assert_count::<Route53Record>(3);
    for rec in records {
        assert_eq!(rec.body["zone_id"], "Z0123456789ABCDEFGHIJ", "{rec}");
        assert_eq!(rec.body["provider"], "aws.primary", "{rec}");
    }
}

#[test]
fn the_standard_interval_and_threshold_reach_the_checks() {
    let d = dns("dev", created_zone());
    let domain = api_domain(&d);
    let mut p = props(&d, &domain);
    p.interval = HealthCheckInterval::Standard30;
    p.failure_threshold = FailureThreshold::new(1).unwrap();
    FailoverDns::new(&d.ctx.root(), "failover", &p);
    let s = tfdr_testing::synth(&d.stack);
    let checks = s.resources_of_with::<Route53HealthCheck>(
        &json!({"request_interval": 30, "failure_threshold": 1}),
    );
    assert_eq!(checks.len(), 2);
}

#[test]
fn detection_and_switch_is_interval_times_threshold_plus_ttl() {
    let t = |n| FailureThreshold::new(n).unwrap();
    assert_eq!(
        detection_and_switch_seconds(HealthCheckInterval::Fast10, t(3), 60),
        90
    );
    assert_eq!(
        detection_and_switch_seconds(HealthCheckInterval::Standard30, t(3), 0),
        90
    );
    assert_eq!(
        detection_and_switch_seconds(HealthCheckInterval::Standard30, t(10), 300),
        600
    );
    assert_eq!(
        detection_and_switch_seconds(HealthCheckInterval::Fast10, t(1), 0),
        10
    );
}

#[test]
fn a_health_path_without_a_leading_slash_is_reported_at_synth() {
    let d = dns("dev", created_zone());
    let domain = api_domain(&d);
    let mut p = props(&d, &domain);
    p.health_path = "health".into();
    FailoverDns::new(&d.ctx.root(), "failover", &p);
    let e = tfdr_testing::try_synth(&d.stack).unwrap_err().to_string();
    assert!(
        e.contains("data-test/failover: health_path `health` must start with `/`"),
        "{e}"
    );
}

#[test]
fn a_domain_outside_the_failover_zone_is_reported_at_synth() {
    let d = dns("dev", created_zone());
    let domain = api_domain(&d);
    let other = HostedZone::new(
        &d.ctx.root(),
        "other-zone",
        &HostedZoneProps {
            zone: ZoneSource::Create {
                name: "example.org".parse().unwrap(),
            },
        },
    );
    let mut p = props(&d, &domain);
    p.zone = &other;
    FailoverDns::new(&d.ctx.root(), "failover", &p);
    let e = tfdr_testing::try_synth(&d.stack).unwrap_err().to_string();
    assert!(
        e.contains("the domain `api.payments.example.com` is not in the hosted zone `example.org`"),
        "{e}"
    );
}

#[test]
fn the_whole_dns_layer_passes_the_policy_for_any_suffix_and_is_valid_terraform() {
    for suffix in ["dev", "pr-1234", "abcdefghijklmnop"] {
        let (s, _) = build_with(suffix, created_zone());
        for hc in s.resources_of::<Route53HealthCheck>() {
            let name = hc.body["tags"]["Name"].as_str().unwrap_or_default();
            assert!(name.ends_with(&format!("-{suffix}")), "{name}");
        }
    }
    let (s, _) = build();
    if let Some(v) = s.assert_valid_terraform() {
        eprintln!("{v}");
    }
}
