//! Active-passive DNS failover for a custom API domain: Route 53 answers the name with the
//! primary region's custom domain while the primary health check is healthy, and with the
//! DR region's otherwise.
//!
//! - One `aws_route53_health_check` per region, each probing that region's **own**
//!   execute-api endpoint (`https://<api id>.execute-api.<region>.amazonaws.com/<stage><health
//!   path>`), never the failover name: once the name points at DR, a check of the name
//!   would report DR's health as the primary's, and the primary would never be seen
//!   failing (or recovering).
//! - Two failover ALIAS records (type A) for the name: `PRIMARY` with the primary check
//!   and `SECONDARY` with the DR check, each aliasing its region's API Gateway regional
//!   domain with `evaluate_target_health`. The DR check exists so operators can see
//!   whether failing over would land on a healthy region before (and while) traffic goes
//!   there; Route 53 uses it too: when both regions are unhealthy it keeps answering with
//!   the primary instead of moving clients to a region that is down as well.
//!
//! Route 53 is global: health checks and records are not in either region and keep working
//! when one region is down. The provider still needs one configuration to send its calls
//! through; tfdr uses the primary one for all of them, so the references to the DR
//! region's endpoint and custom domain are the intended cross-region values here.
//!
//! How long a failover takes, in the model `tfdr report` also uses:
//! [`detection_and_switch_seconds`].
//!
//! Construct paths: `<id>/primary/{check-primary,check-dr,record-primary,record-dr}`.

use std::collections::BTreeMap;

use tfdr_dsl::aws::enums::FailoverType;
use tfdr_dsl::aws::route53_record::{Alias, AliasArgs, FailoverRoutingPolicy};
use tfdr_dsl::aws::{Route53HealthCheck, Route53Record, Route53RecordArgs};
use tfdr_dsl::Expr;

use crate::api_domain::{check_endpoint_regions, record_problem, ApiDomain};
use crate::api_endpoint::ApiEndpoint;
use crate::context::{DrScope, PerRegion, Side};
use crate::hosted_zone::HostedZone;
use crate::values::{DomainName, FailureThreshold, HealthCheckInterval};

/// The port the health checks probe: HTTPS on the execute-api endpoint.
pub const HEALTH_CHECK_PORT: u16 = 443;

/// Longest `resource_path` Route 53 accepts (255 characters).
pub const MAX_RESOURCE_PATH_LEN: usize = 255;

/// What fails over, and how eagerly.
#[derive(Debug, Clone)]
pub struct FailoverDnsProps<'a> {
    /// The zone the failover records go into (the domain's name must be in it).
    pub zone: &'a HostedZone,
    /// The custom domain both regions serve; the records alias its regional domains.
    pub domain: &'a ApiDomain,
    /// Each region's API: what that region's health check probes.
    pub endpoints: &'a PerRegion<ApiEndpoint>,
    /// The route of the API that reports health, starting with `/` (e.g. `/health`); the
    /// check requests `/<stage><health_path>`. One that does not start with `/` is
    /// reported by synth.
    pub health_path: String,
    /// How often each Route 53 checker probes.
    pub interval: HealthCheckInterval,
    /// How many consecutive failures make a region unhealthy.
    pub failure_threshold: FailureThreshold,
}

/// The health checks and failover records of one name.
#[derive(Debug, Clone)]
pub struct FailoverDns {
    /// The id of each region's health check (both on the primary provider; Route 53 is
    /// global).
    pub health_check_ids: PerRegion<Expr<String>>,
    /// The name clients use.
    pub fqdn: DomainName,
    /// `https://<fqdn>/`: the URL that follows the failover.
    pub failover_url: String,
}

/// Seconds from a region failing until resolvers are sent to the other region, in the
/// model `tfdr report` uses: `interval × threshold` (the checks needed to declare the
/// region unhealthy) `+ ttl` (how long resolvers keep the old answer). An ALIAS record
/// has no TTL of its own (resolvers use its target's), so pass the TTL you assume for it.
/// A model, not a guarantee: Route 53 checkers in several locations vote, and propagation
/// adds a little.
pub fn detection_and_switch_seconds(
    interval: HealthCheckInterval,
    threshold: FailureThreshold,
    ttl: u32,
) -> u32 {
    interval.seconds() * threshold.count() + ttl
}

impl FailoverDns {
    /// Builds the two health checks and the two failover records under
    /// `scope/<id>/primary`.
    pub fn new(scope: &DrScope, id: &str, props: &FailoverDnsProps<'_>) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        let fqdn = &props.domain.fqdn;
        if !fqdn.is_in(&props.zone.name) {
            record_problem(
                &me,
                format!(
                    "the domain `{fqdn}` is not in the hosted zone `{}`: its failover records cannot go there",
                    props.zone.name
                ),
            );
        }
        check_endpoint_regions(&me, props.endpoints);
        let path_ok = props.health_path.starts_with('/')
            && !props
                .health_path
                .chars()
                .any(|c| c.is_whitespace() || c.is_control());
        if !path_ok {
            record_problem(
                &me,
                format!(
                    "health_path `{}` must start with `/` and contain no whitespace (e.g. `/health`)",
                    props.health_path
                ),
            );
        }
        let primary = me.region(Side::Primary);

        let health_check_ids = PerRegion::from_fn(|side| {
            let endpoint = props.endpoints.get(side);
            let host = match side {
                Side::Primary => endpoint.execute_api_host(),
                // The DR API's own endpoint, probed by a (global) health check that is
                // written through the primary provider.
                Side::Dr => endpoint.execute_api_host().cross_region(),
            };
            let path = endpoint.stage_path(&props.health_path);
            if path.len() > MAX_RESOURCE_PATH_LEN {
                record_problem(
                    &me,
                    format!(
                        "the health check path `{path}` is {} characters; Route 53 allows {MAX_RESOURCE_PATH_LEN}",
                        path.len()
                    ),
                );
            }
            let name =
                ctx.name::<Route53HealthCheck>(&format!("{fqdn}-{}-health", side.alias()), side);
            let check = primary.add(
                &format!("check-{}", side.alias()),
                Route53HealthCheck::new("HTTPS")
                    .fqdn(host)
                    .port(HEALTH_CHECK_PORT)
                    .resource_path(path)
                    // The execute-api endpoint serves many hosts on one address: without
                    // SNI the TLS handshake fails and the region looks down.
                    .enable_sni(true)
                    .request_interval(props.interval.seconds())
                    .failure_threshold(props.failure_threshold.count())
                    .measure_latency(false)
                    .tags(BTreeMap::from([("Name".to_string(), name)])),
            );
            check.id()
        });

        let targets = PerRegion::from_fn(|side| {
            let domain = props.domain.domains.get(side);
            AliasTarget {
                name: domain.regional_domain_name.clone(),
                zone_id: domain.regional_zone_id.clone(),
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

/// What a failover record of one region aliases: a regional endpoint's DNS name and the
/// Route 53 zone id of that name.
#[derive(Debug, Clone)]
pub(crate) struct AliasTarget {
    /// The endpoint's DNS name.
    pub name: Expr<String>,
    /// The hosted zone id of that name (AWS's, per service and region).
    pub zone_id: Expr<String>,
}

/// The two failover ALIAS records (type A) of `fqdn`: `PRIMARY` with the primary check,
/// `SECONDARY` with the DR check, each aliasing its region's target with
/// `evaluate_target_health`. Written through the primary provider (Route 53 is global),
/// so the DR target is the intended cross-region value.
pub(crate) fn failover_records(
    primary: &tfdr_dsl::Scope,
    zone: &HostedZone,
    fqdn: &DomainName,
    targets: &PerRegion<AliasTarget>,
    health_check_ids: &PerRegion<Expr<String>>,
) {
    for side in Side::BOTH {
        let t = targets.get(side);
        let (target, target_zone) = match side {
            Side::Primary => (t.name.clone(), t.zone_id.clone()),
            // The DR region's endpoint as the alias target of a (global) record written
            // through the primary provider: the point of failover.
            Side::Dr => (
                t.name.clone().cross_region(),
                t.zone_id.clone().cross_region(),
            ),
        };
        let role = match side {
            Side::Primary => FailoverType::Primary,
            Side::Dr => FailoverType::Secondary,
        };
        primary.add(
            &format!("record-{}", side.alias()),
            Route53Record::new(Route53RecordArgs {
                name: fqdn.into(),
                r#type: "A".into(),
                zone_id: zone.zone_id.clone(),
            })
            .set_identifier(side.alias())
            .failover_routing_policy(FailoverRoutingPolicy::new(role))
            .alias(Alias::new(AliasArgs {
                evaluate_target_health: true.into(),
                name: target,
                zone_id: target_zone,
            }))
            .health_check_id(health_check_ids.get(side).clone()),
        );
    }
}

mod load_balancers;
pub use load_balancers::{health_check_urls, LoadBalancerFailoverProps, MAX_SEARCH_STRING_LEN};

#[cfg(test)]
mod tests;
