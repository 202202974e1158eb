//! [`FailoverDns::for_load_balancers`]: the same active-passive failover for a name served
//! by an Application Load Balancer in each region (e.g. [`WebTier`]).
//!
//! - One `HTTPS_STR_MATCH` health check per region on that region's **own** load
//!   balancer name (never the failover name, for the reason in the parent module), with
//!   SNI on that name, requesting the app's deep health route and passing only when the
//!   first 5,120 bytes of the answer contain the search string: a load balancer that
//!   answers but whose app cannot reach its database fails the check, so the check
//!   validates the application, not just the infrastructure. Route 53's checkers do not
//!   validate the certificate, so the listener's certificate (for the failover name) does
//!   not have to match the load balancer's own name.
//! - The two failover ALIAS records alias each region's load balancer (its DNS name and
//!   canonical hosted zone), with `evaluate_target_health`: a load balancer with no
//!   healthy target is unhealthy to Route 53 too.
//!
//! Construct paths: `<id>/primary/{check-primary,check-dr,record-primary,record-dr}`, as
//! for the API variant.

use std::collections::BTreeMap;

use tfdr_dsl::aws::Route53HealthCheck;
use tfdr_dsl::Expr;

use super::{failover_records, AliasTarget, FailoverDns, HEALTH_CHECK_PORT};
use crate::api_domain::record_problem;
use crate::context::{DrScope, PerRegion, Side};
use crate::hosted_zone::HostedZone;
use crate::values::{ApiPath, DomainName, FailureThreshold, HealthCheckInterval};
use crate::web_tier::WebTier;

/// Longest `search_string` Route 53 accepts (255 characters).
pub const MAX_SEARCH_STRING_LEN: usize = 255;

/// What fails over between the two load balancers, and how eagerly.
#[derive(Debug, Clone)]
pub struct LoadBalancerFailoverProps<'a> {
    /// The zone the failover records go into (`fqdn` must be in it; otherwise synth
    /// reports it).
    pub zone: &'a HostedZone,
    /// The name clients use (the name the listeners' certificates are for).
    pub fqdn: DomainName,
    /// The web tier: each region's load balancer is probed and aliased; its
    /// [`WebTier::health_path`] is requested and its [`WebTier::health_match`] searched.
    pub web: &'a WebTier,
    /// How often each Route 53 checker probes.
    pub interval: HealthCheckInterval,
    /// How many consecutive failures make a region unhealthy.
    pub failure_threshold: FailureThreshold,
}

impl FailoverDns {
    /// Builds the two string-matching health checks and the two failover records of
    /// `props.fqdn` under `scope/<id>/primary` (see the module documentation).
    pub fn for_load_balancers(
        scope: &DrScope,
        id: &str,
        props: &LoadBalancerFailoverProps<'_>,
    ) -> FailoverDns {
        let me = scope.child(id);
        let ctx = me.ctx();
        let fqdn = &props.fqdn;
        if !fqdn.is_in(&props.zone.name) {
            record_problem(
                &me,
                format!(
                    "the domain `{fqdn}` is not in the hosted zone `{}`: its failover records cannot go there",
                    props.zone.name
                ),
            );
        }
        for (side, tier) in props.web.iter() {
            if tier.region != ctx.region(side) {
                record_problem(
                    &me,
                    format!(
                        "web.{}: the load balancer is in {}, not in the stack's {} region {}",
                        side.alias(),
                        tier.region,
                        side.alias(),
                        ctx.region(side)
                    ),
                );
            }
        }
        let search = props.web.health_match;
        if search.is_empty() || search.len() > MAX_SEARCH_STRING_LEN {
            record_problem(
                &me,
                format!(
                    "the health check's search string is {} characters; Route 53 takes 1 to {MAX_SEARCH_STRING_LEN}",
                    search.len()
                ),
            );
        }
        let path: &ApiPath = &props.web.health_path;
        let primary = me.region(Side::Primary);
        let health_check_ids = PerRegion::from_fn(|side| {
            let host = match side {
                Side::Primary => props.web.get(side).alb_dns_name.clone(),
                // The DR load balancer, probed by a (global) health check written through
                // the primary provider.
                Side::Dr => props.web.get(side).alb_dns_name.clone().cross_region(),
            };
            let name =
                ctx.name::<Route53HealthCheck>(&format!("{fqdn}-{}-health", side.alias()), side);
            primary
                .add(
                    &format!("check-{}", side.alias()),
                    Route53HealthCheck::new("HTTPS_STR_MATCH")
                        .fqdn(host.clone())
                        .port(HEALTH_CHECK_PORT)
                        .resource_path(path.as_str())
                        .search_string(search)
                        // SNI on the load balancer's own name: without SNI some TLS
                        // stacks refuse the handshake; the name is the one probed.
                        .enable_sni(true)
                        .request_interval(props.interval.seconds())
                        .failure_threshold(props.failure_threshold.count())
                        .measure_latency(false)
                        .tags(BTreeMap::from([("Name".to_string(), name)])),
                )
                .id()
        });
        let targets = PerRegion::from_fn(|side| {
            let tier = props.web.get(side);
            AliasTarget {
                name: tier.alb_dns_name.clone(),
                zone_id: tier.alb_zone_id.clone(),
            }
        });
        failover_records(&primary, props.zone, fqdn, &targets, &health_check_ids);
        FailoverDns {
            health_check_ids,
            fqdn: fqdn.clone(),
            failover_url: format!("https://{fqdn}/"),
        }
    }
}

/// The URL each region's health check requests (for outputs and runbooks): `https://<the
/// region's load balancer name><health path>`.
pub fn health_check_urls(web: &WebTier) -> PerRegion<Expr<String>> {
    PerRegion::from_fn(|side| {
        tfdr_dsl::interpolate![
            "https://",
            &web.get(side).alb_dns_name,
            web.health_path.as_str()
        ]
    })
}

#[cfg(test)]
mod tests;
