//! One custom domain name (e.g. `api.payments.example.com`) served by the regional API of
//! each region: a DNS-validated ACM certificate per region, the API Gateway regional custom
//! domain per region, and the mapping of the domain to that region's API stage. Which
//! region clients reach is decided by DNS ([`FailoverDns`](crate::failover_dns::FailoverDns));
//! this component makes both regions able to answer for the name.
//!
//! ## One validation record for both certificates
//!
//! A regional API Gateway domain needs a certificate from ACM in its own region, so there
//! are two certificates for the same name. ACM derives the DNS validation CNAME from the
//! domain name and the account, not the region: both certificates ask for the same record.
//! The component therefore writes ONE validation record (in the hosted zone, on the primary
//! provider, from the primary certificate's `domain_validation_options`), and both
//! regions' `aws_acm_certificate_validation` wait for their certificate through it. Two
//! records would be two writers of one record set (the second create fails, or with
//! `allow_overwrite` they fight on every apply). `allow_overwrite = true` lets the record
//! take over a validation CNAME that already exists for the name (e.g. from an earlier
//! certificate), which is the same value.
//!
//! ## Real-AWS prerequisite: a publicly resolvable zone
//!
//! ACM validates by resolving the CNAME through public DNS. In a zone created by the same
//! stack ([`ZoneSource::Create`](crate::hosted_zone::ZoneSource::Create)) that only works
//! after the zone is delegated from its parent; otherwise the validations wait until
//! their create timeout ([`VALIDATION_TIMEOUT`]) and fail. For a new zone:
//!
//! 1. `terraform apply -target=<address of the zone>` (the `<id>/primary/zone` resource of
//!    the [`HostedZone`]; its address is in the synthesized JSON);
//! 2. add an NS record for the zone's name with its
//!    [`name_servers`](HostedZone::name_servers) to the parent zone (at the registrar for a
//!    top-level zone) and wait until it resolves;
//! 3. `terraform apply`.
//!
//! An existing, already delegated zone needs none of this.
//!
//! Construct paths: `<id>/<primary|dr>/{certificate,validation,domain,mapping}` and
//! `<id>/primary/validation-record`.

use std::collections::BTreeMap;

use tfdr_dsl::aws::acm_certificate_validation::Timeouts;
use tfdr_dsl::aws::api_gateway_domain_name::EndpointConfiguration;
use tfdr_dsl::aws::{
    AcmCertificate, AcmCertificateValidation, ApiGatewayBasePathMapping,
    ApiGatewayBasePathMappingArgs, ApiGatewayDomainName, Route53Record, Route53RecordArgs,
};
use tfdr_dsl::{Dynamic, Error, Expr, Lifecycle, Region};

use crate::api_endpoint::ApiEndpoint;
use crate::context::{DrScope, PerRegion, Side};
use crate::hosted_zone::HostedZone;
use crate::values::DomainName;

/// How long each certificate validation waits for ACM to issue the certificate (the
/// provider's default is 75 minutes). Once the record resolves publicly ACM issues within
/// minutes; a zone that is not delegated never validates, and this bounds how long an
/// apply waits to say so. Applying again resumes waiting.
pub const VALIDATION_TIMEOUT: &str = "45m";

/// TTL of the validation CNAME in seconds (the value AWS's own examples use; ACM only
/// needs it to resolve once per renewal).
pub const VALIDATION_RECORD_TTL: u32 = 60;

/// The TLS policy of the custom domains: TLS 1.2 minimum (`TLS_1_0`, the other classic
/// policy, still accepts TLS 1.0 and 1.1 clients).
pub const SECURITY_POLICY: &str = "TLS_1_2";

/// What the domain is and which APIs serve it.
#[derive(Debug, Clone)]
pub struct ApiDomainProps<'a> {
    /// The custom domain name clients use, e.g. `api.payments.example.com`. It must be in
    /// `zone` (the zone's name or below it); otherwise synth reports it.
    pub fqdn: DomainName,
    /// The hosted zone the validation record goes into.
    pub zone: &'a HostedZone,
    /// The API stage of each region that the domain maps to (its root path).
    pub endpoints: &'a PerRegion<ApiEndpoint>,
}

/// The custom domain in one region.
#[derive(Debug, Clone)]
pub struct RegionalDomain {
    /// The region.
    pub region: Region,
    /// The API Gateway regional domain name (`d-….execute-api.<region>.amazonaws.com`):
    /// the target of an ALIAS record that sends the custom name to this region.
    pub regional_domain_name: Expr<String>,
    /// The Route 53 zone id of that regional domain name (the ALIAS target's zone).
    pub regional_zone_id: Expr<String>,
    /// The ARN of this region's certificate, taken from its validation: a reference to it
    /// is only known once ACM has issued the certificate.
    pub certificate_arn: Expr<String>,
}

/// A custom domain served in both regions; see the module documentation.
#[derive(Debug, Clone)]
pub struct ApiDomain {
    /// The custom domain name.
    pub fqdn: DomainName,
    /// The custom domain of each region.
    pub domains: PerRegion<RegionalDomain>,
}

/// Records `rule` on the stack as a problem of the component at `me`, reported by synth
/// with every other problem (components never fail half-way).
pub(crate) fn record_problem(me: &DrScope, rule: String) {
    let ctx = me.ctx();
    ctx.stack().record_error(Error::new(
        format!("{}/{}", ctx.stack().name(), me.path().join("/")),
        rule,
    ));
}

/// Records a problem for every endpoint whose region is not its side's region: an API of
/// the wrong region behind a side would fail over to the region that just failed.
pub(crate) fn check_endpoint_regions(me: &DrScope, endpoints: &PerRegion<ApiEndpoint>) {
    for (side, endpoint) in endpoints.iter() {
        let want = me.ctx().region(side);
        if endpoint.region != want {
            record_problem(
                me,
                format!(
                    "endpoints.{} is an API in {}, but the {} region is {}",
                    side.alias(),
                    endpoint.region.as_str(),
                    side.alias(),
                    want.as_str()
                ),
            );
        }
    }
}

impl ApiDomain {
    /// Builds the certificates, the validation record, the validations, the custom domains
    /// and their mappings under `scope/<id>`.
    pub fn new(scope: &DrScope, id: &str, props: &ApiDomainProps<'_>) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        let fqdn = &props.fqdn;
        if !fqdn.is_in(&props.zone.name) {
            record_problem(
                &me,
                format!(
                    "fqdn `{fqdn}` is not in the hosted zone `{}`: its records cannot go there",
                    props.zone.name
                ),
            );
        }
        check_endpoint_regions(&me, props.endpoints);

        let certificates = PerRegion::from_fn(|side| {
            let name = ctx.name::<AcmCertificate>(fqdn.as_str(), side);
            let cert = me.region(side).add(
                "certificate",
                AcmCertificate::new()
                    .domain_name(fqdn)
                    .validation_method("DNS")
                    .tags(BTreeMap::from([("Name".to_string(), name)])),
            );
            // A certificate in use by a custom domain cannot be deleted: a replacement
            // must exist (and be attached) before the old one goes.
            cert.node()
                .lifecycle(Lifecycle::new().create_before_destroy(true));
            cert
        });

        // The one validation record (see the module documentation): the primary
        // certificate's first (only: one domain name) validation option.
        let option = Expr::<Vec<Dynamic>>::call(
            "tolist",
            [certificates.primary.domain_validation_options().into_raw()],
        )
        .index(0);
        let record = me.region(Side::Primary).add(
            "validation-record",
            Route53Record::new(Route53RecordArgs {
                name: option.get("resource_record_name"),
                r#type: option.get("resource_record_type"),
                zone_id: props.zone.zone_id.clone(),
            })
            .records(vec![option.get::<String>("resource_record_value")])
            .ttl(VALIDATION_RECORD_TTL)
            .allow_overwrite(true),
        );

        let domains = PerRegion::from_fn(|side| {
            let at = me.region(side);
            let endpoint = props.endpoints.get(side);
            let record_fqdn = match side {
                Side::Primary => record.fqdn(),
                // The record lives in the global Route 53 zone, written through the primary
                // provider; the DR certificate validates through that same record.
                Side::Dr => record.fqdn().cross_region(),
            };
            let validation = at.add(
                "validation",
                AcmCertificateValidation::new(certificates.get(side).arn())
                    .validation_record_fqdns(vec![record_fqdn])
                    .timeouts(Timeouts::new().create(VALIDATION_TIMEOUT)),
            );
            let domain = at.add(
                "domain",
                ApiGatewayDomainName::new(fqdn)
                    .regional_certificate_arn(validation.certificate_arn())
                    .endpoint_configuration(EndpointConfiguration::new(vec!["REGIONAL"]))
                    .security_policy(SECURITY_POLICY)
                    .tags(BTreeMap::from([(
                        "Name".to_string(),
                        ctx.name::<ApiGatewayDomainName>(fqdn.as_str(), side),
                    )])),
            );
            at.add(
                "mapping",
                ApiGatewayBasePathMapping::new(ApiGatewayBasePathMappingArgs {
                    api_id: endpoint.rest_api_id.clone(),
                    domain_name: domain.domain_name(),
                })
                .stage_name(endpoint.stage.clone()),
            );
            RegionalDomain {
                region: ctx.region(side),
                regional_domain_name: domain.regional_domain_name(),
                regional_zone_id: domain.regional_zone_id(),
                certificate_arn: validation.certificate_arn(),
            }
        });
        ApiDomain {
            fqdn: fqdn.clone(),
            domains,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests;
