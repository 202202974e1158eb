//! The Route 53 hosted zone a DR stack's names live in: one the stack creates, or one that
//! exists already (typically the organisation's zone, managed elsewhere).
//!
//! Route 53 is a global service: a zone is not in either region, and it keeps answering
//! when one region of the pair is down. The AWS provider still sends its calls through one
//! provider configuration; tfdr uses the primary one (`aws.primary`), so a created zone is
//! `<id>/primary/zone`, and records that components add to the zone live on the primary
//! provider too (which also keeps them free of cross-region references to the zone).
//!
//! Construct paths: `<id>/primary/zone` (created zones only; an existing zone adds
//! nothing).

use std::collections::BTreeMap;

use tfdr_dsl::aws::Route53Zone;
use tfdr_dsl::Expr;

use crate::context::{DrScope, Side};
use crate::values::{DomainName, HostedZoneId};

/// Where the zone comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZoneSource {
    /// The stack creates a public hosted zone for `name`. Its name servers must be
    /// delegated from the parent zone before anything that needs public resolution of
    /// names in it (ACM DNS validation, clients) works; see
    /// [`ApiDomain`](crate::api_domain::ApiDomain).
    Create {
        /// The zone's domain, e.g. `payments.example.com`.
        name: DomainName,
    },
    /// A public hosted zone that exists already, by id; the stack only adds records to it.
    Existing {
        /// The zone's id.
        zone_id: HostedZoneId,
        /// The zone's domain (the names of records added to it must be in it).
        name: DomainName,
    },
}

/// The zone to create or use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostedZoneProps {
    /// Created by the stack or existing.
    pub zone: ZoneSource,
}

/// A public hosted zone (global; see the module documentation).
#[derive(Debug, Clone)]
pub struct HostedZone {
    /// The zone id: a reference to the created zone's `zone_id`, or the existing zone's id
    /// as a literal.
    pub zone_id: Expr<String>,
    /// The zone's domain.
    pub name: DomainName,
    /// The name servers Route 53 assigned to a created zone, to put into the parent zone's
    /// NS record (delegation). `None` for an existing zone: its delegation is someone
    /// else's.
    pub name_servers: Option<Expr<Vec<String>>>,
}

impl HostedZone {
    /// Creates the zone under `scope/<id>/primary/zone` ([`ZoneSource::Create`]), or
    /// refers to an existing one without adding anything ([`ZoneSource::Existing`]).
    pub fn new(scope: &DrScope, id: &str, props: &HostedZoneProps) -> Self {
        match &props.zone {
            ZoneSource::Create { name } => {
                let me = scope.child(id);
                let ctx = me.ctx();
                let tag = ctx.name::<Route53Zone>(name.as_str(), Side::Primary);
                let zone = me.region(Side::Primary).add(
                    "zone",
                    Route53Zone::new(name)
                        .comment("Public zone of a DR stack (tfdr)")
                        // A zone holding records other than its own NS and SOA cannot be
                        // deleted, and records written outside this stack (ACM validation
                        // CNAMEs, an operator's test record) would otherwise block
                        // `terraform destroy`: every DR resource must be destroyable.
                        .force_destroy(true)
                        .tags(BTreeMap::from([("Name".to_string(), tag)])),
                );
                HostedZone {
                    zone_id: zone.zone_id(),
                    name: name.clone(),
                    name_servers: Some(zone.name_servers()),
                }
            }
            ZoneSource::Existing { zone_id, name } => HostedZone {
                zone_id: zone_id.into(),
                name: name.clone(),
                name_servers: None,
            },
        }
    }
}
