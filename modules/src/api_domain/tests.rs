//! Tests of the api_domain component (and the hosted zone it builds on) on the synthesized
//! JSON. The fixture here is shared with the failover_dns tests.

use serde_json::{json, Value};
use tfdr_dsl::aws::{
    AcmCertificate, AcmCertificateValidation, ApiGatewayBasePathMapping, ApiGatewayDomainName,
    Route53Record, Route53Zone,
};
use tfdr_dsl::{Stack, Untyped};
use tfdr_testing::Synthesized;

use super::*;
use crate::context::DrContext;
use crate::hosted_zone::{HostedZoneProps, ZoneSource};
use crate::test_support::{at, context, r};
use crate::values::HostedZoneId;

/// A stack with its context, a hosted zone and an API per region.
pub(crate) struct Dns {
    pub stack: Stack,
    pub ctx: DrContext,
    pub zone: HostedZone,
    pub endpoints: PerRegion<ApiEndpoint>,
}

pub(crate) fn fqdn() -> DomainName {
    "api.payments.example.com".parse().unwrap()
}

pub(crate) fn created_zone() -> ZoneSource {
    ZoneSource::Create {
        name: "payments.example.com".parse().unwrap(),
    }
}

pub(crate) fn existing_zone() -> ZoneSource {
    ZoneSource::Existing {
        zone_id: "/hostedzone/Z0123456789ABCDEFGHIJ".parse().unwrap(),
        name: "example.com".parse().unwrap(),
    }
}

/// Each region's API, looked up as a data source on that region's provider (stage
/// `live`): real references, so the cross-region guard sees every use of them.
pub(crate) fn endpoints(ctx: &DrContext) -> PerRegion<ApiEndpoint> {
    let apis = ctx.root().child("apis");
    PerRegion::from_fn(|side| {
        let api = apis.region(side).add(
            "api",
            Untyped::data("aws_api_gateway_rest_api").attr::<String>("name", "payments-api"),
        );
        ApiEndpoint {
            region: ctx.region(side),
            rest_api_id: api.attr("id"),
            stage_name: "live".into(),
            stage: "live".into(),
        }
    })
}

pub(crate) fn dns(suffix: &str, zone: ZoneSource) -> Dns {
    let (stack, ctx) = context(suffix);
    let zone = HostedZone::new(&ctx.root(), "zone", &HostedZoneProps { zone });
    let endpoints = endpoints(&ctx);
    Dns {
        stack,
        ctx,
        zone,
        endpoints,
    }
}

pub(crate) fn api_domain(d: &Dns) -> ApiDomain {
    ApiDomain::new(
        &d.ctx.root(),
        "domain",
        &ApiDomainProps {
            fqdn: fqdn(),
            zone: &d.zone,
            endpoints: &d.endpoints,
        },
    )
}

fn build(zone: ZoneSource) -> (Synthesized, ApiDomain) {
    let d = dns("dev", zone);
    let domain = api_domain(&d);
    let s = tfdr_testing::try_synth(&d.stack).unwrap_or_else(|e| panic!("{e}"));
    (s, domain)
}

fn provider(side: &str) -> Value {
    json!(format!("aws.{side}"))
}

#[test]
fn each_region_has_a_dns_validated_certificate_replaced_before_destroyed() {
    let (s, _) = build(created_zone());
    s.assert_count::<AcmCertificate>(2);
    for side in ["primary", "dr"] {
        let c = at(
            s.resources_of::<AcmCertificate>(),
            &format!("domain/{side}/certificate"),
        );
        assert!(
            tfdr_testing::matches(
                &c.body,
                &json!({
                    "provider": provider(side),
                    "domain_name": "api.payments.example.com",
                    "validation_method": "DNS",
                    "tags": {"Name": "api.payments.example.com-dev"},
                    "lifecycle": {"create_before_destroy": true},
                })
            ),
            "{:#}",
            c.body
        );
    }
}

#[test]
fn one_validation_record_on_the_primary_provider_validates_both_certificates() {
    let (s, _) = build(created_zone());
    let record = s.assert_count::<Route53Record>(1).remove(0);
    assert_eq!(
        record.path.as_deref(),
        Some("data-test/domain/primary/validation-record")
    );
    let cert = at(
        s.resources_of::<AcmCertificate>(),
        "domain/primary/certificate",
    );
    let zone = at(s.resources_of::<Route53Zone>(), "zone/primary/zone");
    let option = |attr: &str| {
        json!(format!(
            "${{(tolist({}.domain_validation_options))[0].{attr}}}",
            cert.address
        ))
    };
    assert!(
        tfdr_testing::matches(
            &record.body,
            &json!({
                "provider": "aws.primary",
                "zone_id": r(&zone.address, "zone_id"),
                "name": option("resource_record_name"),
                "type": option("resource_record_type"),
                "records": [option("resource_record_value")],
                "ttl": 60,
                "allow_overwrite": true,
            })
        ),
        "{:#}",
        record.body
    );
    s.assert_count::<AcmCertificateValidation>(2);
    for side in ["primary", "dr"] {
        let cert = at(
            s.resources_of::<AcmCertificate>(),
            &format!("domain/{side}/certificate"),
        );
        let v = at(
            s.resources_of::<AcmCertificateValidation>(),
            &format!("domain/{side}/validation"),
        );
        assert!(
            tfdr_testing::matches(
                &v.body,
                &json!({
                    "provider": provider(side),
                    "certificate_arn": r(&cert.address, "arn"),
                    "validation_record_fqdns": [r(&record.address, "fqdn")],
                    "timeouts": {"create": VALIDATION_TIMEOUT},
                })
            ),
            "{:#}",
            v.body
        );
    }
}

#[test]
fn each_region_maps_its_custom_domain_to_its_own_api_stage() {
    let (s, domain) = build(created_zone());
    s.assert_count::<ApiGatewayDomainName>(2);
    s.assert_count::<ApiGatewayBasePathMapping>(2);
    for (side, region) in [("primary", "us-east-1"), ("dr", "us-east-2")] {
        let v = at(
            s.resources_of::<AcmCertificateValidation>(),
            &format!("domain/{side}/validation"),
        );
        let d = at(
            s.resources_of::<ApiGatewayDomainName>(),
            &format!("domain/{side}/domain"),
        );
        assert!(
            tfdr_testing::matches(
                &d.body,
                &json!({
                    "provider": provider(side),
                    "domain_name": "api.payments.example.com",
                    "regional_certificate_arn": r(&v.address, "certificate_arn"),
                    "endpoint_configuration": {"types": ["REGIONAL"]},
                    "security_policy": "TLS_1_2",
                    "tags": {"Name": "api.payments.example.com-dev"},
                })
            ),
            "{:#}",
            d.body
        );
        assert!(
            d.body.get("certificate_arn").is_none(),
            "not edge-optimized"
        );
        let api = at(
            s.data_sources("aws_api_gateway_rest_api"),
            &format!("apis/{side}/api"),
        );
        let m = at(
            s.resources_of::<ApiGatewayBasePathMapping>(),
            &format!("domain/{side}/mapping"),
        );
        assert!(
            tfdr_testing::matches(
                &m.body,
                &json!({
                    "provider": provider(side),
                    "api_id": r(&api.address, "id"),
                    "stage_name": "live",
                    "domain_name": r(&d.address, "domain_name"),
                })
            ),
            "{:#}",
            m.body
        );
        let out = domain.domains.get(if side == "dr" {
            Side::Dr
        } else {
            Side::Primary
        });
        assert_eq!(out.region.as_str(), region);
    }
    assert_eq!(domain.fqdn, fqdn());
}

#[test]
fn outputs_refer_to_each_regions_domain_and_validated_certificate() {
    let d = dns("dev", created_zone());
    let domain = api_domain(&d);
    let out = d.stack.root();
    for (side, o) in domain.domains.iter() {
        let a = side.alias();
        out.output(&format!("{a}_target"), o.regional_domain_name.clone());
        out.output(&format!("{a}_zone"), o.regional_zone_id.clone());
        out.output(&format!("{a}_cert"), o.certificate_arn.clone());
    }
    let s = tfdr_testing::synth(&d.stack);
    for a in ["primary", "dr"] {
        let dn = at(
            s.resources_of::<ApiGatewayDomainName>(),
            &format!("domain/{a}/domain"),
        );
        let v = at(
            s.resources_of::<AcmCertificateValidation>(),
            &format!("domain/{a}/validation"),
        );
        assert_eq!(
            s.output_value(&format!("{a}_target")),
            Some(&r(&dn.address, "regional_domain_name"))
        );
        assert_eq!(
            s.output_value(&format!("{a}_zone")),
            Some(&r(&dn.address, "regional_zone_id"))
        );
        assert_eq!(
            s.output_value(&format!("{a}_cert")),
            Some(&r(&v.address, "certificate_arn"))
        );
    }
}

#[test]
fn a_created_zone_is_public_destroyable_and_on_the_primary_provider() {
    let d = dns("qa7", created_zone());
    assert!(d.zone.name_servers.is_some());
    assert_eq!(d.zone.name.as_str(), "payments.example.com");
    let out = d.stack.root();
    out.output("ns", d.zone.name_servers.clone().unwrap());
    out.output("zone", d.zone.zone_id.clone());
    let s = tfdr_testing::try_synth(&d.stack).unwrap_or_else(|e| panic!("{e}"));
    let zone = s.assert_count::<Route53Zone>(1).remove(0);
    assert_eq!(zone.path.as_deref(), Some("data-test/zone/primary/zone"));
    assert!(
        tfdr_testing::matches(
            &zone.body,
            &json!({
                "provider": "aws.primary",
                "name": "payments.example.com",
                "force_destroy": true,
                "tags": {"Name": "payments.example.com-qa7"},
            })
        ),
        "{:#}",
        zone.body
    );
    // Public: no VPC association.
    assert!(zone.body.get("vpc").is_none());
    assert_eq!(
        s.output_value("ns"),
        Some(&r(&zone.address, "name_servers"))
    );
    assert_eq!(s.output_value("zone"), Some(&r(&zone.address, "zone_id")));
}

#[test]
fn an_existing_zone_adds_nothing_and_is_used_by_its_id() {
    let (s, _) = build(existing_zone());
    s.assert_none::<Route53Zone>();
    let record = s.assert_count::<Route53Record>(1).remove(0);
    assert_eq!(record.body["zone_id"], "Z0123456789ABCDEFGHIJ");
    let d = dns("dev", existing_zone());
    assert!(d.zone.name_servers.is_none());
    assert_eq!(d.zone.zone_id, Expr::from("Z0123456789ABCDEFGHIJ"));
}

#[test]
fn the_domain_passes_the_stack_policy_for_any_suffix() {
    for suffix in ["dev", "pr-1234", "a", "abcdefghijklmnop"] {
        let d = dns(suffix, created_zone());
        api_domain(&d);
        let s = tfdr_testing::try_synth(&d.stack).unwrap_or_else(|e| panic!("{suffix}: {e}"));
        for f in s.resources_of::<AcmCertificate>() {
            assert_eq!(
                f.body["tags"]["Name"],
                format!("api.payments.example.com-{suffix}")
            );
        }
    }
}

#[test]
fn a_name_outside_the_zone_is_reported_at_synth() {
    let d = dns("dev", created_zone());
    ApiDomain::new(
        &d.ctx.root(),
        "domain",
        &ApiDomainProps {
            fqdn: "api.example.org".parse().unwrap(),
            zone: &d.zone,
            endpoints: &d.endpoints,
        },
    );
    let e = tfdr_testing::try_synth(&d.stack).unwrap_err().to_string();
    assert!(
        e.contains("data-test/domain: fqdn `api.example.org` is not in the hosted zone `payments.example.com`"),
        "{e}"
    );
}

#[test]
fn swapped_endpoints_are_reported_at_synth() {
    let d = dns("dev", created_zone());
    let swapped = PerRegion {
        primary: d.endpoints.dr.clone(),
        dr: d.endpoints.primary.clone(),
    };
    ApiDomain::new(
        &d.ctx.root(),
        "domain",
        &ApiDomainProps {
            fqdn: fqdn(),
            zone: &d.zone,
            endpoints: &swapped,
        },
    );
    let e = tfdr_testing::try_synth(&d.stack).unwrap_err().to_string();
    assert!(
        e.contains("endpoints.primary is an API in us-east-2, but the primary region is us-east-1"),
        "{e}"
    );
    // The cross-region guard names the mapping that took the other region's API.
    assert!(e.contains("aws_api_gateway_base_path_mapping"), "{e}");
}

#[test]
fn invalid_domain_names_and_zone_ids_never_reach_a_component() {
    // The props take the value types, so a bad name is a parse error naming the rule.
    let e = "API.example.com".parse::<DomainName>().unwrap_err();
    assert_eq!(e.field, "domain name");
    assert!(e.rule.contains("lowercase"), "{e}");
    let e = "example".parse::<DomainName>().unwrap_err();
    assert!(e.rule.contains("at least two labels"), "{e}");
    let e = "hostedzone/Z123".parse::<HostedZoneId>().unwrap_err();
    assert_eq!(e.field, "hosted zone id");
    assert!(e.rule.contains("must start with `Z`"), "{e}");
}

#[test]
fn the_domain_is_valid_terraform() {
    let d = dns("dev", created_zone());
    api_domain(&d);
    if let Some(v) = tfdr_testing::synth(&d.stack).assert_valid_terraform() {
        eprintln!("{v}");
    }
}
