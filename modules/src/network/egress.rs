//! The internet edge of a network ([`Internet::Edge`]): public subnets, an internet
//! gateway, NAT gateways, the routes to both, the public subnets' ACL, the load balancer's
//! security group, and the app group's rules towards it and the internet.
//!
//! Per region, under `<network id>/<primary|dr>/`:
//! - `igw`: the internet gateway of the VPC.
//! - `public-subnet-{a,b,c}`: one public subnet per AZ (the same AZs as the private ones),
//!   no public IP on launch (nothing is launched there but the load balancer's nodes and
//!   the NAT gateways, whose addresses AWS assigns).
//! - `public-route-table`, `public-route-default` (`0.0.0.0/0` → the internet gateway),
//!   `public-route-table-association-{a,b,c}`: one table for the public subnets (they
//!   share the one gateway, so per-AZ tables would hold the same route).
//! - `nat-eip-{az}`, `nat-{az}`: the NAT gateways of the side's [`NatGateways`] choice
//!   (in the public subnet of their AZ, each with an Elastic IP, created after the internet
//!   gateway), and `route-default-{a,b,c}`: `0.0.0.0/0` in each private route table →
//!   the NAT gateway of the same AZ ([`NatGateways::PerAz`]) or the single one
//!   ([`NatGateways::Single`]); no default route at all with [`NatGateways::None`].
//! - `public-nacl` + `public-nacl-association-{a,b,c}` + `public-nacl-*`: the public
//!   subnets' ACL ([`PUBLIC_NACL_RULES`](super::acl::PUBLIC_NACL_RULES)).
//! - `sg-alb`: the load balancer's group. In: HTTPS (443) and HTTP (80, which the listener
//!   answers with a redirect to HTTPS) from anywhere. Out: the app's port to the app group
//!   only (`sg-alb-ingress-{https,http}`, `sg-alb-egress-app`).
//! - `sg-app-ingress-from-alb`: the app group accepts the app's port from the load
//!   balancer's group only; `sg-app-egress-https-internet`: HTTPS to anywhere (through
//!   the NAT gateways), only on a side that has NAT gateways.
//!
//! With [`Internet::Egress`] the same edge is built **without** `sg-alb` and
//! `sg-app-ingress-from-alb`: the private subnets get NAT egress, nothing gets an ingress
//! from the internet.
//!
//! The private subnets' ACL needs no change: it already admits traffic within the VPC
//! (the load balancer's nodes are in the public subnets), HTTPS out and its return
//! traffic.

use tfdr_dsl::aws::data::AvailabilityZonesRef;
use tfdr_dsl::aws::{
    Eip, InternetGateway, NatGateway, Route, RouteTable, RouteTableAssociation, SecurityGroup,
    Subnet, VpcSecurityGroupEgressRule, VpcSecurityGroupEgressRuleArgs,
    VpcSecurityGroupIngressRule, VpcSecurityGroupIngressRuleArgs,
};
use tfdr_dsl::{Expr, Scope};

use super::acl::{network_acl, AclAt, PUBLIC_NACL_RULES};
use super::{name_tag, Internet, NatGateways, RegionalEdge, AZ_LETTERS};
use crate::api_domain::record_problem;
use crate::context::{DrScope, Side};
use crate::values::{VpcCidr, AZ_COUNT, MIN_PUBLIC_SUBNET};

/// What the edge attaches to: the side's VPC, its private route tables (in AZ order) and
/// its app group.
pub(super) struct Base<'a> {
    pub me: &'a DrScope,
    pub side: Side,
    pub scope: &'a Scope,
    pub vpc_id: &'a Expr<String>,
    pub cidr: VpcCidr,
    pub azs: &'a AvailabilityZonesRef,
    pub private_route_table_ids: &'a [Expr<String>],
    pub app_security_group_id: &'a Expr<String>,
    pub workload: &'a str,
}

/// Builds the edge of one side (see the module documentation).
/// With [`Internet::Egress`] there is no load balancer group and no rule towards it.
pub(super) fn edge(b: &Base<'_>, internet: &Internet) -> RegionalEdge {
    let ctx = b.me.ctx();
    let (side, scope) = (b.side, b.scope);
    let r = ctx.region(side);
    let (nat, app_port) = match internet {
        Internet::Edge(e) => (*e.nat_gateways.get(side), Some(e.app_port)),
        Internet::Egress(nat) => (*nat.get(side), None),
        Internet::None => unreachable!("the network builds an edge only for Edge or Egress"),
    };

    let igw = scope.add(
        "igw",
        InternetGateway::new()
            .vpc_id(b.vpc_id.clone())
            .tags(name_tag(ctx.name::<InternetGateway>("igw", side))),
    );

    // Public subnets: the slices after the private ones; a VPC too small for /27
    // subnets is reported at synth (construction goes on with the VPC block itself, so
    // the stack is still complete).
    let mut public_subnet_ids = Vec::new();
    for (i, letter) in AZ_LETTERS.iter().enumerate() {
        let slice = match b.cidr.public_subnet(i as u32) {
            Some(slice) => slice.to_string(),
            None => {
                if i == 0 {
                    record_problem(
                        b.me,
                        format!(
                            "the {} VPC {} has no room for {AZ_COUNT} public subnets of /{MIN_PUBLIC_SUBNET} or larger (an Application Load Balancer needs them): use a /23 or larger VPC",
                            side.alias(),
                            b.cidr
                        ),
                    );
                }
                b.cidr.to_string()
            }
        };
        let subnet = scope.add(
            &format!("public-subnet-{letter}"),
            Subnet::new(b.vpc_id.clone())
                .cidr_block(slice)
                .availability_zone(b.azs.names().index(i as u64))
                .map_public_ip_on_launch(false)
                .tags(name_tag(
                    ctx.name::<Subnet>(&format!("public-subnet-{letter}"), side),
                )),
        );
        public_subnet_ids.push(subnet.id());
    }

    let public_rt = scope.add(
        "public-route-table",
        RouteTable::new(b.vpc_id.clone()).tags(name_tag(ctx.name::<RouteTable>("public-rt", side))),
    );
    scope.add(
        "public-route-default",
        Route::new(public_rt.id())
            .destination_cidr_block("0.0.0.0/0")
            .gateway_id(igw.id()),
    );
    for (letter, subnet_id) in AZ_LETTERS.iter().zip(&public_subnet_ids) {
        scope.add(
            &format!("public-route-table-association-{letter}"),
            RouteTableAssociation::new(public_rt.id()).subnet_id(subnet_id.clone()),
        );
    }

    // NAT gateways in the public subnets of their AZs, and each private route table's
    // default route to its own AZ's gateway (or the single one).
    let nat_ids: Vec<Expr<String>> = AZ_LETTERS
        .iter()
        .zip(&public_subnet_ids)
        .take(nat.count())
        .map(|(letter, subnet_id)| {
            let eip = scope.add(
                &format!("nat-eip-{letter}"),
                Eip::new().domain("vpc").tags(name_tag(
                    ctx.name::<Eip>(&format!("nat-eip-{letter}"), side),
                )),
            );
            let gateway = scope.add(
                &format!("nat-{letter}"),
                NatGateway::new(subnet_id.clone())
                    .allocation_id(eip.id())
                    .tags(name_tag(
                        ctx.name::<NatGateway>(&format!("nat-{letter}"), side),
                    )),
            );
            // A NAT gateway needs the VPC's internet gateway to reach the internet (AWS
            // documents the dependency; without it the gateway can come up unusable).
            gateway.node().depends_on(igw.node());
            gateway.id()
        })
        .collect();
    if let Some(first) = nat_ids.first() {
        for (i, (letter, rt)) in AZ_LETTERS.iter().zip(b.private_route_table_ids).enumerate() {
            let target = nat_ids.get(i).unwrap_or(first);
            scope.add(
                &format!("route-default-{letter}"),
                Route::new(rt.clone())
                    .destination_cidr_block("0.0.0.0/0")
                    .nat_gateway_id(target.clone()),
            );
        }
    }

    network_acl(
        ctx,
        side,
        scope,
        &AclAt {
            id: "public-nacl",
            name: "public-nacl",
        },
        b.vpc_id,
        &b.cidr.to_string(),
        &public_subnet_ids,
        &PUBLIC_NACL_RULES,
    );

    let ingress = |id: &str, base: &str, description: &str, rule: VpcSecurityGroupIngressRule| {
        scope.add(
            id,
            rule.description(description).tags(name_tag(
                ctx.name::<VpcSecurityGroupIngressRule>(base, side),
            )),
        );
    };
    let egress = |id: &str, base: &str, description: &str, rule: VpcSecurityGroupEgressRule| {
        scope.add(
            id,
            rule.description(description)
                .tags(name_tag(ctx.name::<VpcSecurityGroupEgressRule>(base, side))),
        );
    };
    let tcp_in = |group: Expr<String>, port: u16| {
        VpcSecurityGroupIngressRule::new(VpcSecurityGroupIngressRuleArgs {
            ip_protocol: "tcp".into(),
            security_group_id: group,
        })
        .from_port(port)
        .to_port(port)
    };
    let tcp_out = |group: Expr<String>, port: u16| {
        VpcSecurityGroupEgressRule::new(VpcSecurityGroupEgressRuleArgs {
            ip_protocol: "tcp".into(),
            security_group_id: group,
        })
        .from_port(port)
        .to_port(port)
    };
    // The load balancer's group and the app group's rules towards it (Edge only).
    let alb_group = app_port.map(|app_port| {
        let port = app_port.get();
        let workload = b.workload;
        let alb_name = ctx.name::<SecurityGroup>("alb-sg", side);
        let alb = scope.add(
            "sg-alb",
            SecurityGroup::new()
                .name(alb_name.clone())
                .description(format!(
                    "{alb_name}: {workload} load balancer in {r}; HTTPS and HTTP from anywhere, out to the app on port {port} only"
                ))
                .vpc_id(b.vpc_id.clone())
                .tags(name_tag(alb_name)),
        );
        let port16 = u16::try_from(port).unwrap_or(u16::MAX);
        ingress(
            "sg-alb-ingress-https",
            "alb-https-from-internet",
            "HTTPS from anywhere to the load balancer",
            tcp_in(alb.id(), 443).cidr_ipv4("0.0.0.0/0"),
        );
        ingress(
            "sg-alb-ingress-http",
            "alb-http-from-internet",
            "HTTP from anywhere, answered with a redirect to HTTPS",
            tcp_in(alb.id(), 80).cidr_ipv4("0.0.0.0/0"),
        );
        egress(
            "sg-alb-egress-app",
            "alb-to-app",
            &format!("Port {port} to the app security group only"),
            tcp_out(alb.id(), port16).referenced_security_group_id(b.app_security_group_id.clone()),
        );
        ingress(
            "sg-app-ingress-from-alb",
            "app-from-alb",
            &format!("Port {port} from the load balancer security group only"),
            tcp_in(b.app_security_group_id.clone(), port16).referenced_security_group_id(alb.id()),
        );
        alb.id()
    });
    if nat != NatGateways::None {
        egress(
            "sg-app-egress-https-internet",
            "app-https-internet",
            "HTTPS to the internet through the NAT gateways",
            tcp_out(b.app_security_group_id.clone(), 443).cidr_ipv4("0.0.0.0/0"),
        );
    }

    RegionalEdge {
        public_subnet_ids,
        public_route_table_id: public_rt.id(),
        internet_gateway_id: igw.id(),
        nat_gateways: nat,
        nat_gateway_ids: nat_ids,
        alb_security_group_id: alb_group,
        app_port,
    }
}
