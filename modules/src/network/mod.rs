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
//! With [`Network::new_with`] and [`NetworkOptions::interface_endpoints`], each region also
//! gets (see `endpoints.rs`):
//!
//! - `endpoint-<service>`: one interface VPC endpoint (AWS PrivateLink) per requested
//!   [`InterfaceService`], service name `com.amazonaws.<region>.<service>`, in the three
//!   private subnets (one network interface per AZ), `private_dns_enabled = true` (the
//!   VPC has DNS support and hostnames on), no endpoint policy (the default, full access:
//!   what a caller may do stays decided by its IAM role and the resources' policies; the
//!   endpoint only changes the path).
//! - `sg-endpoints` + `sg-endpoints-ingress-https-from-app`: the endpoints' security
//!   group. It admits TCP 443 from the app security group only — not from the VPC CIDR:
//!   every in-VPC caller tfdr builds (Lambda functions, web-tier instances) is in the app
//!   group, the database group has no egress at all, and a group added later has to be
//!   let in on purpose. It has no egress rule (the provider removes AWS's default one;
//!   the endpoints answer on the connections they accept, which security groups track).
//!   Caveat of private DNS: the service's public hostname resolves to the endpoint for
//!   the whole VPC, so a caller outside the app group cannot reach that service even
//!   through a NAT gateway.
//! - No ACL change: the private subnets' ACL already allows all traffic within the VPC
//!   both ways (`ingress-vpc`/`egress-vpc`, rule 100), which covers 443 to the endpoints'
//!   interfaces and the answers.
//!
//! Cost (AWS PrivateLink pricing, <https://aws.amazon.com/privatelink/pricing/>): an
//! interface endpoint is billed for every hour it is provisioned in each AZ, whether used
//! or not, plus USD 0.01 per GB processed (first PB a month, per region). The hourly rate
//! is rendered per region on that page; USD 0.01 per AZ-hour in us-east-1 is the figure
//! commonly quoted (not read from AWS's page here): ~USD 22 a month per endpoint over
//! three AZs, so seven services in two regions ~USD 307 a month before data. Against NAT
//! processing (USD 0.045/GB) an endpoint pays for itself only with large traffic or where
//! there is no NAT at all. Gateway endpoints (S3, DynamoDB) are free. `tfdr report` does
//! not price interface endpoints (listed as not priced).
//!
//! By default ([`Internet::None`]) no internet gateway, no NAT: nothing in these subnets
//! can reach the internet; AWS services are reached through the endpoints.
//!
//! With [`Internet::Edge`] the network also gets public subnets over the same three AZs,
//! an internet gateway, NAT gateways as chosen per side ([`NatGateways`]), default routes
//! of the private route tables to them, the public subnets' ACL, a load balancer security
//! group, and the app group's rules towards the load balancer and the internet (HTTPS
//! only): see `egress.rs` for the full list. Everything listed above is the same either
//! way, except the app group's description.

mod acl;
mod egress;
mod endpoints;
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
pub use endpoints::InterfaceService;

use crate::values::{AppPort, AuroraEngine, LogRetentionDays, VpcCidr, VpcCidrs, AZ_COUNT};

/// The letters of the AZ slots, used in construct ids and names (`subnet-a`, …).
const AZ_LETTERS: [&str; AZ_COUNT as usize] = ["a", "b", "c"];

fn name_tag(name: String) -> BTreeMap<String, String> {
    BTreeMap::from([("Name".to_string(), name)])
}

/// How many NAT gateways a side of an [`Internet::Edge`] network runs — the cost
/// trade-off of outbound internet access.
///
/// A NAT gateway is billed per hour (about USD 0.045 in us-east-1, ~USD 33 a month) plus
/// per GB it processes, whether or not anything uses it; traffic from a private subnet
/// to a gateway in another AZ also pays inter-AZ data transfer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "config", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum NatGateways {
    /// One per AZ (three), each private subnet routed to its own AZ's gateway: an AZ
    /// failure takes away only that AZ's egress, and no traffic crosses AZs. The most
    /// expensive (three hourly charges); what the primary (active) side should use.
    PerAz,
    /// One, in the first AZ, for all three private subnets: a third of the hourly cost,
    /// but egress of every AZ depends on the first one, and the other AZs' traffic pays
    /// inter-AZ transfer. Fits a standby that mostly idles and gets `PerAz` when it
    /// becomes primary for good.
    Single,
    /// None: no default route in the private route tables, so instances reach only the
    /// VPC and the AWS services behind the gateway endpoints (S3, DynamoDB). Free, for a
    /// standby whose instances need nothing from the internet (the load balancer still
    /// reaches them: it is in the public subnets).
    None,
}

impl NatGateways {
    /// How many gateways the choice builds (3, 1 or 0).
    pub fn count(self) -> usize {
        match self {
            NatGateways::PerAz => AZ_COUNT as usize,
            NatGateways::Single => 1,
            NatGateways::None => 0,
        }
    }
}

/// The internet edge of a network: NAT gateways per side and the port the app listens on
/// behind the load balancer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct InternetEdge {
    /// The NAT gateways of each side (e.g. `PerAz` in the primary, `Single` or `None` in
    /// the standby).
    pub nat_gateways: PerRegion<NatGateways>,
    /// The port the app listens on: the only port the load balancer group may reach in the
    /// app group, and the only one the app group accepts from it.
    pub app_port: AppPort,
}

/// Whether the network reaches the internet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Internet {
    /// Private only: no public subnet, internet gateway or NAT (what payments-dr uses).
    #[default]
    None,
    /// Public subnets, an internet gateway, NAT gateways and a load balancer security
    /// group (see the module documentation).
    Edge(InternetEdge),
    /// Public subnets, an internet gateway and NAT gateways (per side) for the private
    /// subnets' outbound HTTPS, **without** a load balancer group: nothing is reachable
    /// from the internet (for functions that call out, e.g. transactions-dr's).
    Egress(PerRegion<NatGateways>),
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
    /// Whether the network has an internet edge ([`Internet::None`]: private only).
    pub internet: Internet,
}

/// The internet edge of one region (built with [`Internet::Edge`]).
///
/// Guarantees: `public_subnet_ids` has exactly 3 subnets, one per AZ in the order of the
/// private subnets, all routed to the internet gateway; `nat_gateway_ids` has
/// `nat_gateways.count()` gateways, and private subnet `i` routes `0.0.0.0/0` to
/// `nat_gateway_ids[i]` (`PerAz`), to `nat_gateway_ids[0]` (`Single`) or nowhere (`None`).
#[derive(Debug, Clone)]
pub struct RegionalEdge {
    /// The public subnet ids, one per AZ (3): where an internet-facing load balancer goes.
    pub public_subnet_ids: Vec<Expr<String>>,
    /// The route table of the public subnets (default route to the internet gateway).
    pub public_route_table_id: Expr<String>,
    /// The internet gateway id.
    pub internet_gateway_id: Expr<String>,
    /// The NAT gateway choice of this side.
    pub nat_gateways: NatGateways,
    /// The NAT gateway ids (3, 1 or none), in AZ order.
    pub nat_gateway_ids: Vec<Expr<String>>,
    /// The load balancer security group: HTTPS and HTTP in from anywhere, out only to the
    /// app group on `app_port` ([`Internet::Edge`] only; `None` with [`Internet::Egress`]).
    pub alb_security_group_id: Option<Expr<String>>,
    /// The port the app group accepts from the load balancer group (and nothing else);
    /// `None` with [`Internet::Egress`] (the app group accepts nothing from outside).
    pub app_port: Option<AppPort>,
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
    /// The AZ of each private subnet (the subnet's `availability_zone`), in the order of
    /// `private_subnet_ids`: three distinct AZs, where zonal resources in those subnets
    /// (e.g. database instances) can be pinned.
    pub private_subnet_azs: Vec<Expr<String>>,
    /// The app (Lambda) security group: egress on the database port to the database group
    /// and 443 to the VPC and the S3/DynamoDB prefix lists; no ingress.
    pub app_security_group_id: Expr<String>,
    /// The database security group: ingress on the database port from the app group
    /// only; no egress.
    pub database_security_group_id: Expr<String>,
    /// The internet edge, with [`Internet::Edge`] (`None` for a private-only network).
    pub edge: Option<RegionalEdge>,
    /// The interface endpoint id of each service asked for in
    /// [`NetworkOptions::interface_endpoints`] (empty by default).
    pub interface_endpoint_ids: BTreeMap<InterfaceService, Expr<String>>,
    /// The interface endpoints' security group (443 from the app group only; no egress),
    /// `None` when there are no interface endpoints.
    pub endpoints_security_group_id: Option<Expr<String>>,
}

/// Choices of [`Network::new_with`] beyond [`NetworkProps`]; the default is what
/// [`Network::new`] builds. (A separate struct, so the props' struct literals in existing
/// stacks keep compiling and their output does not change.)
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NetworkOptions {
    /// The AWS services each region reaches through an interface VPC endpoint in its
    /// private subnets (see the [module documentation](self)); a service listed twice gets
    /// one endpoint. Empty by default: no interface endpoint, no endpoints security group.
    pub interface_endpoints: Vec<InterfaceService>,
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
    /// [module documentation](self)), with the default [`NetworkOptions`] (no interface
    /// endpoints).
    pub fn new(scope: &DrScope, id: &str, props: &NetworkProps<'_>) -> Network {
        Network::new_with(scope, id, props, NetworkOptions::default())
    }

    /// [`Network::new`] with `options`: the interface endpoints of
    /// [`NetworkOptions::interface_endpoints`] in both regions. With the default options
    /// the output is exactly [`Network::new`]'s.
    pub fn new_with(
        scope: &DrScope,
        id: &str,
        props: &NetworkProps<'_>,
        options: NetworkOptions,
    ) -> Network {
        let me = scope.child(id);
        let cidrs = PerRegion {
            primary: props.cidrs.primary(),
            dr: props.cidrs.dr(),
        };
        Network(PerRegion::from_fn(|side| {
            regional(&me, side, *cidrs.get(side), props, &options)
        }))
    }
}

fn regional(
    me: &DrScope,
    side: Side,
    cidr: VpcCidr,
    props: &NetworkProps<'_>,
    options: &NetworkOptions,
) -> RegionalNetwork {
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
    let mut subnet_azs = Vec::new();
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
        subnet_azs.push(subnet.availability_zone());
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
            edge_port: match props.internet {
                Internet::None | Internet::Egress(_) => None,
                Internet::Edge(e) => Some(e.app_port),
            },
        },
    );

    let edge = match &props.internet {
        Internet::None => None,
        Internet::Edge(_) | Internet::Egress(_) => Some(egress::edge(
            &egress::Base {
                me,
                side,
                scope: &scope,
                vpc_id: &vpc.id(),
                cidr,
                azs: &azs,
                private_route_table_ids: &route_table_ids,
                app_security_group_id: &app,
                workload: &props.workload,
            },
            &props.internet,
        )),
    };

    let endpoints = endpoints::interface_endpoints(
        &endpoints::At {
            me,
            side,
            scope: &scope,
            vpc_id: &vpc.id(),
            subnet_ids: &subnet_ids,
            app_security_group_id: &app,
            workload: &props.workload,
        },
        &options.interface_endpoints,
    );

    RegionalNetwork {
        region: r,
        vpc_id: vpc.id(),
        cidr,
        private_subnet_ids: subnet_ids,
        private_route_table_ids: route_table_ids,
        private_subnet_azs: subnet_azs,
        app_security_group_id: app,
        database_security_group_id: database,
        edge,
        interface_endpoint_ids: endpoints
            .as_ref()
            .map(|e| e.endpoint_ids.clone())
            .unwrap_or_default(),
        endpoints_security_group_id: endpoints.map(|e| e.security_group_id),
    }
}
