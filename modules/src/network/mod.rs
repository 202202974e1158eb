//! The private network of a DR workload, in both regions of the pair.
//!
//! Per region (construct path `<id>/<primary|dr>/…`):
//!
//! - `vpc`: a VPC with the configured CIDR, DNS support and hostnames on (interface
//!   endpoints with private DNS need both).
//! - `default-sg`: the VPC's default security group, adopted with no rules, so nothing
//!   attached to it by accident can send or receive anything.
//! - `flow-logs`, `flow-logs-role`, `flow-logs-policy`, `flow-log`: flow logs of all
//!   traffic (accepted and rejected) into a log group encrypted with the region's key and
//!   kept for the configured retention, delivered by a role only this account's flow-logs
//!   service may assume (see `flow_logs.rs`).
//! - `azs`: `data aws_availability_zones` with `state = "available"` and
//!   `opt-in-status = opt-in-not-required` (real AZs, never Local/Wavelength Zones).
//! - `subnet-{a,b,c}`: one private subnet in each of the first three AZs
//!   (`names[0..3]`), CIDRs are consecutive slices of the VPC (`/20` of a `/16`; in
//!   general the VPC prefix + 4, at most `/28`).
//! - `route-table-{a,b,c}` + `route-table-association-{a,b,c}`: **one private route
//!   table per AZ**. Without NAT they hold the same routes (the local route and the
//!   gateway-endpoint routes), but per-AZ tables keep each AZ an independent failure
//!   domain and let per-AZ egress be added later without re-associating subnets. They cost
//!   nothing.
//! - `nacl` + `nacl-association-{a,b,c}` + `nacl-{ingress,egress}-*`: one network ACL for
//!   the private subnets, rules as separate `aws_network_acl_rule` resources (see
//!   `acl.rs`); everything else is denied by the ACL's implicit final rule.
//! - `endpoint-s3`, `endpoint-dynamodb`: gateway VPC endpoints attached to every private
//!   route table.
//! - `sg-app`, `sg-database` and their rules `sg-app-egress-*`, `sg-database-ingress-*` as
//!   `aws_vpc_security_group_{egress,ingress}_rule` resources (no inline rules). The
//!   provider removes AWS's default allow-all egress rule from a security group it
//!   creates in a VPC, so the groups allow exactly the rules listed here: the app group
//!   (Lambda) may reach the database group on the database port (5432 for PostgreSQL),
//!   and HTTPS (443) in the VPC (interface endpoints) and on the S3 and DynamoDB prefix
//!   lists (gateway endpoints); the database group accepts the database port from the app
//!   group only and has no egress rule (Aurora needs none: global-database replication is
//!   storage-level).
//!
//! No internet gateway, no NAT: nothing in these subnets can reach the internet; AWS
//! services are reached through the endpoints.

mod acl;
mod flow_logs;
mod security;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use tfdr_dsl::aws::data::availability_zones::Filter;
use tfdr_dsl::aws::data::AvailabilityZones;
use tfdr_dsl::aws::enums::{AvailabilityZoneState, VpcEndpointType};
use tfdr_dsl::aws::{
    DefaultSecurityGroup, RouteTable, RouteTableAssociation, Subnet, Vpc, VpcEndpoint,
    VpcEndpointRef,
};
use tfdr_dsl::{Expr, Region};

use crate::context::{DrScope, PerRegion, Side};
use crate::kms::KmsKeys;
use crate::values::{AuroraEngine, LogRetentionDays, VpcCidr, VpcCidrs, AZ_COUNT};

/// The letters of the AZ slots, used in construct ids and names (`subnet-a`, …).
const AZ_LETTERS: [&str; AZ_COUNT as usize] = ["a", "b", "c"];

fn name_tag(name: String) -> BTreeMap<String, String> {
    BTreeMap::from([("Name".to_string(), name)])
}

/// What the network is for.
#[derive(Debug, Clone)]
pub struct NetworkProps<'a> {
    /// The VPC block of each region (non-overlapping by construction).
    pub cidrs: VpcCidrs,
    /// The database the app reaches: decides the port the security groups open.
    pub engine: AuroraEngine,
    /// The workload's name in descriptions (e.g. `payments`).
    pub workload: String,
    /// Each region's key encrypts that region's flow-log group.
    pub keys: &'a KmsKeys,
    /// How long flow logs are kept.
    pub flow_log_retention: LogRetentionDays,
}

/// The network of one region: what later components (Aurora, Lambda) attach to.
///
/// Guarantees: `private_subnet_ids` has exactly 3 subnets, one per distinct AZ,
/// in AZ order; `private_route_table_ids[i]` is the route table of `private_subnet_ids[i]`
/// (both gateway endpoints are attached to every one of them); the security groups allow
/// exactly the rules in the [module documentation](self).
#[derive(Debug, Clone)]
pub struct RegionalNetwork {
    /// The region.
    pub region: Region,
    /// The VPC id.
    pub vpc_id: Expr<String>,
    /// The VPC CIDR, as configured.
    pub cidr: VpcCidr,
    /// The private subnet ids, one per AZ (3).
    pub private_subnet_ids: Vec<Expr<String>>,
    /// The private route table ids, one per AZ, in the order of `private_subnet_ids`.
    pub private_route_table_ids: Vec<Expr<String>>,
    /// The app (Lambda) security group: egress on the database port to the database group
    /// and 443 to the VPC and the S3/DynamoDB prefix lists; no ingress.
    pub app_security_group_id: Expr<String>,
    /// The database security group: ingress on the database port from the app group
    /// only; no egress.
    pub database_security_group_id: Expr<String>,
}

/// The network of both regions (`network.primary`, `network.dr`, `network.get(side)`).
///
/// Guarantees: both VPCs exist with non-overlapping CIDRs, each with the resources listed
/// in the [module documentation](self), each bound to its region's provider.
#[derive(Debug, Clone)]
pub struct Network(PerRegion<RegionalNetwork>);

impl std::ops::Deref for Network {
    type Target = PerRegion<RegionalNetwork>;
    fn deref(&self) -> &PerRegion<RegionalNetwork> {
        &self.0
    }
}

impl Network {
    /// Builds the network of both regions under `scope/<id>` (see the
    /// [module documentation](self)).
    pub fn new(scope: &DrScope, id: &str, props: &NetworkProps<'_>) -> Network {
        let me = scope.child(id);
        let cidrs = PerRegion {
            primary: props.cidrs.primary(),
            dr: props.cidrs.dr(),
        };
        Network(PerRegion::from_fn(|side| {
            regional(&me, side, *cidrs.get(side), props)
        }))
    }
}

fn regional(me: &DrScope, side: Side, cidr: VpcCidr, props: &NetworkProps<'_>) -> RegionalNetwork {
    let ctx = me.ctx();
    let r = ctx.region(side);
    let scope = me.region(side);
    let vpc_cidr = cidr.to_string();

    let vpc = scope.add(
        "vpc",
        Vpc::new()
            .cidr_block(vpc_cidr.clone())
            .enable_dns_support(true)
            .enable_dns_hostnames(true)
            .tags(name_tag(ctx.name::<Vpc>("vpc", side))),
    );
    // The VPC's default security group, adopted with no rules: nothing can be attached to
    // it by accident and still talk to anything.
    scope.add(
        "default-sg",
        DefaultSecurityGroup::new().vpc_id(vpc.id()).tags(name_tag(
            ctx.name::<DefaultSecurityGroup>("default-sg-unused", side),
        )),
    );
    flow_logs::flow_logs(
        ctx,
        side,
        &scope,
        &vpc.id(),
        &props.keys.get(side).arn,
        props.flow_log_retention,
    );
    let azs = scope.add(
        "azs",
        AvailabilityZones::new()
            .state(AvailabilityZoneState::Available)
            .filter(Filter::new("opt-in-status", vec!["opt-in-not-required"])),
    );

    let mut subnet_ids = Vec::new();
    let mut route_table_ids = Vec::new();
    for (i, letter) in AZ_LETTERS.iter().enumerate() {
        let slice = cidr
            .private_subnet(i as u32)
            .expect("a VpcCidr has room for AZ_COUNT subnets");
        let subnet = scope.add(
            &format!("subnet-{letter}"),
            Subnet::new(vpc.id())
                .cidr_block(slice.to_string())
                .availability_zone(azs.names().index(i as u64))
                .map_public_ip_on_launch(false)
                .tags(name_tag(
                    ctx.name::<Subnet>(&format!("private-subnet-{letter}"), side),
                )),
        );
        let rt = scope.add(
            &format!("route-table-{letter}"),
            RouteTable::new(vpc.id()).tags(name_tag(
                ctx.name::<RouteTable>(&format!("private-rt-{letter}"), side),
            )),
        );
        scope.add(
            &format!("route-table-association-{letter}"),
            RouteTableAssociation::new(rt.id()).subnet_id(subnet.id()),
        );
        subnet_ids.push(subnet.id());
        route_table_ids.push(rt.id());
    }

    acl::private_acl(ctx, side, &scope, &vpc.id(), &vpc_cidr, &subnet_ids);

    // Gateway endpoints on every private route table.
    let gateway = |id: &str, service: &str, base: &str| -> VpcEndpointRef {
        scope.add(
            id,
            VpcEndpoint::new(vpc.id())
                .service_name(format!("com.amazonaws.{r}.{service}"))
                .vpc_endpoint_type(VpcEndpointType::Gateway)
                .route_table_ids(route_table_ids.clone())
                .tags(name_tag(ctx.name::<VpcEndpoint>(base, side))),
        )
    };
    let s3 = gateway("endpoint-s3", "s3", "s3-endpoint");
    let dynamodb = gateway("endpoint-dynamodb", "dynamodb", "dynamodb-endpoint");

    let (app, database) = security::security_groups(
        ctx,
        side,
        &scope,
        &security::Peers {
            vpc_id: &vpc.id(),
            vpc_cidr: &vpc_cidr,
            s3_prefix_list: s3.prefix_list_id(),
            dynamodb_prefix_list: dynamodb.prefix_list_id(),
            engine: props.engine,
            workload: &props.workload,
        },
    );

    RegionalNetwork {
        region: r,
        vpc_id: vpc.id(),
        cidr,
        private_subnet_ids: subnet_ids,
        private_route_table_ids: route_table_ids,
        app_security_group_id: app,
        database_security_group_id: database,
    }
}
