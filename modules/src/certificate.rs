//! A DNS-validated ACM certificate for one name in each region of the pair: what a
//! regional endpoint that terminates TLS itself (an Application Load Balancer's HTTPS
//! listener) needs, since ACM certificates are regional.
//!
//! The same pattern as [`ApiDomain`](crate::api_domain::ApiDomain) (whose output this
//! component does not change): ACM derives the DNS validation CNAME from the name and the
//! account, not the region, so both certificates validate through ONE record, written on
//! the primary provider from the primary certificate's `domain_validation_options`
//! (`allow_overwrite`, so an earlier certificate's identical record is taken over); each
//! region's `aws_acm_certificate_validation` waits for its own certificate through it, at
//! most [`VALIDATION_TIMEOUT`]. The DR validation's reference to the (global) record is the
//! intended cross-region value. The zone must resolve publicly for ACM to validate: see
//! [`crate::api_domain`] for the steps with a zone the same stack creates.
//!
//! Construct paths: `<id>/<primary|dr>/{certificate,validation}` and
//! `<id>/primary/validation-record`.

use std::collections::BTreeMap;

use tfdr_dsl::aws::acm_certificate_validation::Timeouts;
use tfdr_dsl::aws::{AcmCertificate, AcmCertificateValidation, Route53Record, Route53RecordArgs};
use tfdr_dsl::{Dynamic, Expr, Lifecycle, Region};

use crate::api_domain::record_problem;
pub use crate::api_domain::{VALIDATION_RECORD_TTL, VALIDATION_TIMEOUT};
use crate::context::{DrScope, PerRegion, Side};
use crate::hosted_zone::HostedZone;
use crate::values::DomainName;

/// Which name the certificates are for, and where its validation record goes.
#[derive(Debug, Clone)]
pub struct CertificatesProps<'a> {
    /// The name clients connect to (e.g. `trade.example.com`). It must be in `zone`;
    /// otherwise synth reports it.
    pub fqdn: DomainName,
    /// The hosted zone the validation record goes into.
    pub zone: &'a HostedZone,
}

/// One region's certificate.
#[derive(Debug, Clone)]
pub struct RegionalCertificate {
    /// The region (the certificate can only be used by endpoints of this region).
    pub region: Region,
    /// The certificate ARN, taken from its validation: a resource that uses it is created
    /// only once ACM has issued the certificate.
    pub arn: Expr<String>,
}

/// A validated certificate for one name in both regions; see the module documentation.
#[derive(Debug, Clone)]
pub struct Certificates {
    /// The name the certificates are for.
    pub fqdn: DomainName,
    /// Each region's certificate.
    pub certificates: PerRegion<RegionalCertificate>,
}

impl Certificates {
    /// Builds both certificates, the one validation record and both validations under
    /// `scope/<id>`.
    pub fn new(scope: &DrScope, id: &str, props: &CertificatesProps<'_>) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        let fqdn = &props.fqdn;
        if !fqdn.is_in(&props.zone.name) {
            record_problem(
                &me,
                format!(
                    "fqdn `{fqdn}` is not in the hosted zone `{}`: its validation record cannot go there",
                    props.zone.name
                ),
            );
        }
        let certs = PerRegion::from_fn(|side| {
            let cert = me.region(side).add(
                "certificate",
                AcmCertificate::new()
                    .domain_name(fqdn)
                    .validation_method("DNS")
                    .tags(BTreeMap::from([(
                        "Name".to_string(),
                        ctx.name::<AcmCertificate>(fqdn.as_str(), side),
                    )])),
            );
            // A certificate in use by a listener cannot be deleted: its replacement must
            // exist (and be attached) before the old one goes.
            cert.node()
                .lifecycle(Lifecycle::new().create_before_destroy(true));
            cert
        });
        let option = Expr::<Vec<Dynamic>>::call(
            "tolist",
            [certs.primary.domain_validation_options().into_raw()],
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
        let certificates = PerRegion::from_fn(|side| {
            let record_fqdn = match side {
                Side::Primary => record.fqdn(),
                // The record is in the global Route 53 zone, written through the primary
                // provider; the DR certificate validates through that same record.
                Side::Dr => record.fqdn().cross_region(),
            };
            let validation = me.region(side).add(
                "validation",
                AcmCertificateValidation::new(certs.get(side).arn())
                    .validation_record_fqdns(vec![record_fqdn])
                    .timeouts(Timeouts::new().create(VALIDATION_TIMEOUT)),
            );
            RegionalCertificate {
                region: ctx.region(side),
                arn: validation.certificate_arn(),
            }
        });
        Certificates {
            fqdn: fqdn.clone(),
            certificates,
        }
    }

    /// Each region's validated certificate ARN (what a listener takes).
    pub fn arns(&self) -> PerRegion<Expr<String>> {
        self.certificates.map(|_, c| c.arn.clone())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use tfdr_dsl::aws::{AcmCertificate, AcmCertificateValidation, Route53Record};

    use super::*;
    use crate::api_domain::tests::{created_zone, dns};
    use crate::test_support::{at, r};

    fn build(fqdn: &str) -> (tfdr_dsl::Stack, Certificates) {
        let d = dns("dev", created_zone());
        let c = Certificates::new(
            &d.ctx.root(),
            "cert",
            &CertificatesProps {
                fqdn: fqdn.parse().unwrap(),
                zone: &d.zone,
            },
        );
        (d.stack, c)
    }

    #[test]
    fn a_certificate_per_region_validated_through_one_record() {
        let (stack, c) = build("trade.payments.example.com");
        for (side, arn) in c.arns().iter() {
            stack
                .root()
                .output(&format!("{}_arn", side.alias()), arn.clone());
        }
        let s = tfdr_testing::try_synth(&stack).unwrap_or_else(|e| panic!("{e}"));
        s.assert_count::<AcmCertificate>(2);
        let record = s.assert_count::<Route53Record>(1).remove(0);
        assert_eq!(
            record.path.as_deref(),
            Some("data-test/cert/primary/validation-record")
        );
        assert_eq!(record.body["allow_overwrite"], true);
        for side in ["primary", "dr"] {
            let cert = at(
                s.resources_of::<AcmCertificate>(),
                &format!("cert/{side}/certificate"),
            );
            assert!(tfdr_testing::matches(
                &cert.body,
                &json!({
                    "provider": format!("aws.{side}"),
                    "domain_name": "trade.payments.example.com",
                    "validation_method": "DNS",
                    "lifecycle": {"create_before_destroy": true},
                })
            ));
            let v = at(
                s.resources_of::<AcmCertificateValidation>(),
                &format!("cert/{side}/validation"),
            );
            assert!(tfdr_testing::matches(
                &v.body,
                &json!({
                    "provider": format!("aws.{side}"),
                    "certificate_arn": r(&cert.address, "arn"),
                    "validation_record_fqdns": [r(&record.address, "fqdn")],
                    "timeouts": {"create": VALIDATION_TIMEOUT},
                })
            ));
            assert_eq!(
                s.output_value(&format!("{side}_arn")),
                Some(&r(&v.address, "certificate_arn"))
            );
        }
        assert_eq!(c.certificates.dr.region, Region::UsEast2);
    }

    #[test]
    fn a_name_outside_the_zone_is_reported_at_synth() {
        let (stack, _) = build("trade.example.org");
        let e = tfdr_testing::try_synth(&stack).unwrap_err().to_string();
        assert!(
            e.contains("data-test/cert: fqdn `trade.example.org` is not in the hosted zone"),
            "{e}"
        );
    }
}
