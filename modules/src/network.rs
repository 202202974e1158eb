//! The private network of the payments-dr data tier, in both regions of a [`RegionPair`].
//!
//! Per region (construct path `<alias>/network/…`):
//!
//! - `vpc`: a VPC with the configured CIDR, DNS support and hostnames on (interface
//!   endpoints with private DNS need both).
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
//!   `NACL_RULES`); everything else is denied by the ACL's implicit final rule.
//! - `endpoint-s3`, `endpoint-dynamodb`: gateway VPC endpoints attached to every private
//!   route table.
//! - `sg-app`, `sg-database` and their rules `sg-app-egress-*`, `sg-database-ingress-*` as
//!   `aws_vpc_security_group_{egress,ingress}_rule` resources (no inline rules). The
//!   provider removes AWS's default allow-all egress rule from a security group it
//!   creates in a VPC, so the groups allow exactly the rules listed here: the app group
//!   (Lambda) may reach the database group on 5432, and HTTPS (443) in the VPC
//!   (interface endpoints) and on the S3 and DynamoDB prefix lists (gateway endpoints);
//!   the database group accepts 5432 from the app group only and has no egress rule
//!   (Aurora needs none: global-database replication is storage-level).
//!
//! No internet gateway, no NAT: nothing in these subnets can reach the internet; AWS
//! services are reached through the endpoints.

use std::collections::BTreeMap;

use tfdr_dsl::aws::data::availability_zones::Filter;
use tfdr_dsl::aws::data::AvailabilityZones;
use tfdr_dsl::aws::enums::{AvailabilityZoneState, RuleAction, VpcEndpointType};
use tfdr_dsl::aws::{
    NetworkAcl, NetworkAclAssociation, NetworkAclAssociationArgs, NetworkAclRule,
    NetworkAclRuleArgs, RouteTable, RouteTableAssociation, SecurityGroup, Subnet, Vpc, VpcEndpoint,
    VpcEndpointRef, VpcSecurityGroupEgressRule, VpcSecurityGroupEgressRuleArgs,
    VpcSecurityGroupIngressRule, VpcSecurityGroupIngressRuleArgs,
};
use tfdr_dsl::{Error, Expr, Region, RegionPair, RegionScope};

use crate::config::{Cidr, ValidConfig};
use crate::policy::Naming;

/// Number of private subnets (and AZs) per region.
const AZ_COUNT: u32 = 3;

/// The PostgreSQL port the database security group opens to the app security group.
const POSTGRES_PORT: u16 = 5432;

/// The letters of the AZ slots, used in construct ids and names (`subnet-a`, …).
const AZ_LETTERS: [&str; AZ_COUNT as usize] = ["a", "b", "c"];

/// Where a network ACL rule's peer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AclPeer {
    /// The region's VPC CIDR.
    Vpc,
    /// `0.0.0.0/0`. With no internet gateway and no NAT, the only addresses outside the
    /// VPC the subnets can exchange traffic with are the AWS services behind the gateway
    /// endpoints (public S3/DynamoDB ranges, which an ACL cannot name by prefix list).
    Anywhere,
}

/// One rule of the private subnets' network ACL (all rules `allow`; the ACL's implicit
/// final rule denies everything else).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct AclRule {
    /// Construct id suffix (`nacl-<id>`).
    id: &'static str,
    /// Rule number (evaluation order).
    number: u16,
    /// Outbound (`true`) or inbound.
    egress: bool,
    /// `-1` (all) or `tcp`.
    protocol: &'static str,
    /// Port range for `tcp` (ignored for `-1`).
    ports: Option<(u16, u16)>,
    /// The peer.
    peer: AclPeer,
}

/// The private subnets' network ACL rules: traffic within the VPC both ways (the security
/// groups do the fine-grained filtering), HTTPS out (to S3/DynamoDB through the gateway
/// endpoints), and the return traffic of those connections on the ephemeral ports.
const NACL_RULES: [AclRule; 4] = [
    AclRule {
        id: "ingress-vpc",
        number: 100,
        egress: false,
        protocol: "-1",
        ports: None,
        peer: AclPeer::Vpc,
    },
    AclRule {
        id: "ingress-ephemeral",
        number: 110,
        egress: false,
        protocol: "tcp",
        ports: Some((1024, 65535)),
        peer: AclPeer::Anywhere,
    },
    AclRule {
        id: "egress-vpc",
        number: 100,
        egress: true,
        protocol: "-1",
        ports: None,
        peer: AclPeer::Vpc,
    },
    AclRule {
        id: "egress-https",
        number: 110,
        egress: true,
        protocol: "tcp",
        ports: Some((443, 443)),
        peer: AclPeer::Anywhere,
    },
];

/// Typed config of the network: one VPC CIDR per region.
///
/// Guarantees nothing by itself; [`Network::new`] checks that the blocks do not overlap
/// and are large enough for the subnets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkConfig {
    /// VPC CIDR of the primary region.
    pub primary_cidr: Cidr,
    /// VPC CIDR of the DR region (must not overlap `primary_cidr`).
    pub dr_cidr: Cidr,
}

impl From<&ValidConfig> for NetworkConfig {
    /// The VPC CIDRs of a validated payments-dr config.
    fn from(c: &ValidConfig) -> Self {
        NetworkConfig {
            primary_cidr: c.primary_cidr,
            dr_cidr: c.dr_cidr,
        }
    }
}

/// The network of both regions.
///
/// Guarantees: both VPCs exist with non-overlapping CIDRs, each with the resources listed
/// in the [module documentation](self), each bound to its region's provider.
#[derive(Debug, Clone)]
pub struct Network {
    /// The primary region's network (provider `aws.primary`).
    pub primary: RegionalNetwork,
    /// The DR region's network (provider `aws.dr`).
    pub dr: RegionalNetwork,
}

/// The network of one region: what later modules (Aurora, Lambda) attach to.
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
    pub cidr: Cidr,
    /// The private subnet ids, one per AZ (3).
    pub private_subnet_ids: Vec<Expr<String>>,
    /// The private route table ids, one per AZ, in the order of `private_subnet_ids`.
    pub private_route_table_ids: Vec<Expr<String>>,
    /// The app (Lambda) security group: egress 5432 to the database group and 443 to the
    /// VPC and the S3/DynamoDB prefix lists; no ingress.
    pub app_security_group_id: Expr<String>,
    /// The database security group: ingress 5432 from the app group only; no egress.
    pub database_security_group_id: Expr<String>,
}

/// The prefix length of the private subnets of a VPC: 4 bits more than the VPC (16 slots,
/// room for more tiers later), at most `/28` (the AWS limit).
fn subnet_prefix(vpc: Cidr) -> u8 {
    (vpc.prefix + 4).min(28)
}

/// Checks that `cidr` is a valid VPC block that fits `AZ_COUNT` subnets; `field` names
/// it in errors.
fn check_cidr(field: &str, cidr: Cidr) -> Result<(), Error> {
    if !(16..=28).contains(&cidr.prefix) {
        return Err(Error::new(
            field,
            format!("{cidr} must have a prefix length from /16 to /28 (the VPC limits)"),
        ));
    }
    if cidr.addr & !(u32::MAX << (32 - cidr.prefix)) != 0 {
        return Err(Error::new(field, format!("{cidr} has host bits set")));
    }
    if cidr.subnet(subnet_prefix(cidr), AZ_COUNT - 1).is_none() {
        return Err(Error::new(
            field,
            format!(
                "{cidr} is too small for {AZ_COUNT} private subnets of at least /28; use /26 or larger"
            ),
        ));
    }
    Ok(())
}

fn name_tag(name: String) -> BTreeMap<String, String> {
    BTreeMap::from([("Name".to_string(), name)])
}

impl Network {
    /// Builds the network of both regions (paths `<alias>/network/…`, see the
    /// [module documentation](self)).
    ///
    /// # Errors
    /// - `network.primary_cidr` / `network.dr_cidr`: not a VPC block (prefix outside
    ///   /16–/28, host bits set) or too small for three subnets;
    /// - `network.dr_cidr`: overlaps `network.primary_cidr`;
    /// - a name that breaks its rule (see [`Naming::name`]).
    ///
    /// Nothing is added to the stack when the config is rejected.
    pub fn new(
        pair: &RegionPair,
        names: &Naming,
        config: &NetworkConfig,
    ) -> Result<Network, Error> {
        check_cidr("network.primary_cidr", config.primary_cidr)?;
        check_cidr("network.dr_cidr", config.dr_cidr)?;
        if config.primary_cidr.overlaps(&config.dr_cidr) {
            return Err(Error::new(
                "network.dr_cidr",
                format!(
                    "{} overlaps network.primary_cidr {}; the regions' VPCs must not overlap",
                    config.dr_cidr, config.primary_cidr
                ),
            ));
        }
        // Every name first, so a bad name leaves the stack untouched.
        let primary_names = RegionNames::new(names, pair.primary.aws_region())?;
        let dr_names = RegionNames::new(names, pair.dr.aws_region())?;
        Ok(Network {
            primary: RegionalNetwork::build(&pair.primary, &primary_names, config.primary_cidr),
            dr: RegionalNetwork::build(&pair.dr, &dr_names, config.dr_cidr),
        })
    }
}

/// Every name and `Name` tag of one region, checked before anything is added.
struct RegionNames {
    vpc: String,
    subnets: Vec<String>,
    route_tables: Vec<String>,
    nacl: String,
    s3_endpoint: String,
    dynamodb_endpoint: String,
    app_sg: String,
    app_sg_tag: String,
    database_sg: String,
    database_sg_tag: String,
    app_to_database: String,
    app_https_vpc: String,
    app_https_s3: String,
    app_https_dynamodb: String,
    database_from_app: String,
}

impl RegionNames {
    fn new(names: &Naming, r: Region) -> Result<Self, Error> {
        let per_az = |ty: &str, base: &str| -> Result<Vec<String>, Error> {
            AZ_LETTERS
                .iter()
                .map(|l| names.tag_name(ty, &format!("{base}-{l}"), r))
                .collect()
        };
        let egress = "aws_vpc_security_group_egress_rule";
        let ingress = "aws_vpc_security_group_ingress_rule";
        Ok(RegionNames {
            vpc: names.tag_name("aws_vpc", "vpc", r)?,
            subnets: per_az("aws_subnet", "private-subnet")?,
            route_tables: per_az("aws_route_table", "private-rt")?,
            nacl: names.tag_name("aws_network_acl", "private-nacl", r)?,
            s3_endpoint: names.tag_name("aws_vpc_endpoint", "s3-endpoint", r)?,
            dynamodb_endpoint: names.tag_name("aws_vpc_endpoint", "dynamodb-endpoint", r)?,
            app_sg: names.name("aws_security_group", "app-sg", r)?,
            app_sg_tag: names.tag_name("aws_security_group", "app-sg", r)?,
            database_sg: names.name("aws_security_group", "database-sg", r)?,
            database_sg_tag: names.tag_name("aws_security_group", "database-sg", r)?,
            app_to_database: names.tag_name(egress, "app-to-database-postgres", r)?,
            app_https_vpc: names.tag_name(egress, "app-https-vpc-endpoints", r)?,
            app_https_s3: names.tag_name(egress, "app-https-s3", r)?,
            app_https_dynamodb: names.tag_name(egress, "app-https-dynamodb", r)?,
            database_from_app: names.tag_name(ingress, "database-from-app-postgres", r)?,
        })
    }
}

impl RegionalNetwork {
    fn build(region: &RegionScope, n: &RegionNames, cidr: Cidr) -> RegionalNetwork {
        let r = region.aws_region();
        let scope = region.child(region.alias()).child("network");
        let vpc_cidr = cidr.to_string();

        let vpc = scope.add(
            "vpc",
            Vpc::new()
                .cidr_block(vpc_cidr.clone())
                .enable_dns_support(true)
                .enable_dns_hostnames(true)
                .tags(name_tag(n.vpc.clone())),
        );
        let azs = scope.add(
            "azs",
            AvailabilityZones::new()
                .state(AvailabilityZoneState::Available)
                .filter(Filter::new("opt-in-status", vec!["opt-in-not-required"])),
        );

        let prefix = subnet_prefix(cidr);
        let mut subnet_ids = Vec::new();
        let mut route_table_ids = Vec::new();
        for (i, letter) in AZ_LETTERS.iter().enumerate() {
            let slice = cidr
                .subnet(prefix, i as u32)
                .expect("check_cidr guarantees room for AZ_COUNT subnets");
            let subnet = scope.add(
                &format!("subnet-{letter}"),
                Subnet::new(vpc.id())
                    .cidr_block(slice.to_string())
                    .availability_zone(azs.names().index(i as u64))
                    .map_public_ip_on_launch(false)
                    .tags(name_tag(n.subnets[i].clone())),
            );
            let rt = scope.add(
                &format!("route-table-{letter}"),
                RouteTable::new(vpc.id()).tags(name_tag(n.route_tables[i].clone())),
            );
            scope.add(
                &format!("route-table-association-{letter}"),
                RouteTableAssociation::new(rt.id()).subnet_id(subnet.id()),
            );
            subnet_ids.push(subnet.id());
            route_table_ids.push(rt.id());
        }

        // Network ACL of the private subnets.
        let nacl = scope.add(
            "nacl",
            NetworkAcl::new(vpc.id()).tags(name_tag(n.nacl.clone())),
        );
        for (letter, subnet_id) in AZ_LETTERS.iter().zip(&subnet_ids) {
            scope.add(
                &format!("nacl-association-{letter}"),
                NetworkAclAssociation::new(NetworkAclAssociationArgs {
                    network_acl_id: nacl.id(),
                    subnet_id: subnet_id.clone(),
                }),
            );
        }
        for rule in NACL_RULES {
            let peer = match rule.peer {
                AclPeer::Vpc => vpc_cidr.clone(),
                AclPeer::Anywhere => "0.0.0.0/0".to_string(),
            };
            let mut acl_rule = NetworkAclRule::new(NetworkAclRuleArgs {
                network_acl_id: nacl.id(),
                protocol: rule.protocol.into(),
                rule_action: RuleAction::Allow.into(),
                rule_number: rule.number.into(),
            })
            .egress(rule.egress)
            .cidr_block(peer);
            if let Some((from, to)) = rule.ports {
                acl_rule = acl_rule.from_port(from).to_port(to);
            }
            scope.add(&format!("nacl-{}", rule.id), acl_rule);
        }

        // Gateway endpoints on every private route table.
        let gateway = |id: &str, service: &str, name: &str| -> VpcEndpointRef {
            scope.add(
                id,
                VpcEndpoint::new(vpc.id())
                    .service_name(format!("com.amazonaws.{r}.{service}"))
                    .vpc_endpoint_type(VpcEndpointType::Gateway)
                    .route_table_ids(route_table_ids.clone())
                    .tags(name_tag(name.to_string())),
            )
        };
        let s3 = gateway("endpoint-s3", "s3", &n.s3_endpoint);
        let dynamodb = gateway("endpoint-dynamodb", "dynamodb", &n.dynamodb_endpoint);

        // Security groups (no inline rules: the provider removes AWS's default allow-all
        // egress, so these groups allow exactly the rule resources below).
        let app = scope.add(
            "sg-app",
            SecurityGroup::new()
                .name(n.app_sg.clone())
                .description(format!(
                    "{}: payments app (Lambda) in {r}; egress to the database and AWS service endpoints only",
                    n.app_sg
                ))
                .vpc_id(vpc.id())
                .tags(name_tag(n.app_sg_tag.clone())),
        );
        let database = scope.add(
            "sg-database",
            SecurityGroup::new()
                .name(n.database_sg.clone())
                .description(format!(
                    "{}: payments Aurora PostgreSQL in {r}; PostgreSQL from the app security group only",
                    n.database_sg
                ))
                .vpc_id(vpc.id())
                .tags(name_tag(n.database_sg_tag.clone())),
        );

        scope.add(
            "sg-database-ingress-postgres-from-app",
            VpcSecurityGroupIngressRule::new(VpcSecurityGroupIngressRuleArgs {
                ip_protocol: "tcp".into(),
                security_group_id: database.id(),
            })
            .from_port(POSTGRES_PORT)
            .to_port(POSTGRES_PORT)
            .referenced_security_group_id(app.id())
            .description("PostgreSQL from the app security group")
            .tags(name_tag(n.database_from_app.clone())),
        );
        scope.add(
            "sg-app-egress-postgres-to-database",
            VpcSecurityGroupEgressRule::new(VpcSecurityGroupEgressRuleArgs {
                ip_protocol: "tcp".into(),
                security_group_id: app.id(),
            })
            .from_port(POSTGRES_PORT)
            .to_port(POSTGRES_PORT)
            .referenced_security_group_id(database.id())
            .description("PostgreSQL to the database security group")
            .tags(name_tag(n.app_to_database.clone())),
        );
        scope.add(
            "sg-app-egress-https-vpc",
            VpcSecurityGroupEgressRule::new(VpcSecurityGroupEgressRuleArgs {
                ip_protocol: "tcp".into(),
                security_group_id: app.id(),
            })
            .from_port(443)
            .to_port(443)
            .cidr_ipv4(vpc_cidr.clone())
            .description("HTTPS to interface VPC endpoints in the VPC")
            .tags(name_tag(n.app_https_vpc.clone())),
        );
        scope.add(
            "sg-app-egress-https-s3",
            VpcSecurityGroupEgressRule::new(VpcSecurityGroupEgressRuleArgs {
                ip_protocol: "tcp".into(),
                security_group_id: app.id(),
            })
            .from_port(443)
            .to_port(443)
            .prefix_list_id(s3.prefix_list_id())
            .description("HTTPS to S3 through the gateway endpoint")
            .tags(name_tag(n.app_https_s3.clone())),
        );
        scope.add(
            "sg-app-egress-https-dynamodb",
            VpcSecurityGroupEgressRule::new(VpcSecurityGroupEgressRuleArgs {
                ip_protocol: "tcp".into(),
                security_group_id: app.id(),
            })
            .from_port(443)
            .to_port(443)
            .prefix_list_id(dynamodb.prefix_list_id())
            .description("HTTPS to DynamoDB through the gateway endpoint")
            .tags(name_tag(n.app_https_dynamodb.clone())),
        );

        RegionalNetwork {
            region: r,
            vpc_id: vpc.id(),
            cidr,
            private_subnet_ids: subnet_ids,
            private_route_table_ids: route_table_ids,
            app_security_group_id: app.id(),
            database_security_group_id: database.id(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::{check_stack, dr_tags, EnvironmentSuffix};
    use proptest::prelude::*;
    use serde_json::{json, Value};
    use tfdr_dsl::{aws, ElementKind, Stack};
    use tfdr_testing::{synth, Found, Synthesized};

    const REGIONS: [(&str, &str); 2] =
        [("aws.primary", "10.10.0.0/16"), ("aws.dr", "10.20.0.0/16")];

    /// A synthesized ACL rule: (egress, number, protocol, cidr, ports).
    type AclRow = (bool, u64, String, String, Option<(u64, u64)>);

    fn cidr(s: &str) -> Cidr {
        Cidr::parse("test", s).unwrap()
    }

    fn stack_and_pair() -> (Stack, RegionPair) {
        let stack = Stack::new("net-test");
        let pair = stack
            .region_pair(Region::UsEast1, Region::UsEast2)
            .unwrap()
            .with_default_tags(&dr_tags());
        (stack, pair)
    }

    fn naming(suffix: &str) -> Naming {
        Naming::new(EnvironmentSuffix::new(suffix).unwrap())
    }

    fn config(primary: &str, dr: &str) -> NetworkConfig {
        NetworkConfig {
            primary_cidr: cidr(primary),
            dr_cidr: cidr(dr),
        }
    }

    fn build(suffix: &str) -> (Stack, Network, Synthesized) {
        let (stack, pair) = stack_and_pair();
        let net = Network::new(
            &pair,
            &naming(suffix),
            &config("10.10.0.0/16", "10.20.0.0/16"),
        )
        .unwrap();
        let synthesized = synth(&stack);
        (stack, net, synthesized)
    }

    /// `${<address>.<attr>}`: how a reference to `found` renders.
    fn reference(found: &Found, attr: &str) -> Value {
        json!(format!("${{{}.{attr}}}", found.address))
    }

    /// The single element of `found`.
    fn one(mut found: Vec<Found>, what: &str) -> Found {
        assert_eq!(found.len(), 1, "expected exactly one {what}: {found:?}");
        found.remove(0)
    }

    fn vpc(s: &Synthesized, provider: &str) -> Found {
        one(
            s.resources_with("aws_vpc", &json!({ "provider": provider })),
            "VPC",
        )
    }

    fn security_group(s: &Synthesized, provider: &str, base: &str) -> Found {
        one(
            s.resources_with(
                "aws_security_group",
                &json!({ "provider": provider, "name": format!("{base}-dev") }),
            ),
            base,
        )
    }

    #[test]
    fn a_vpc_per_region_with_the_configured_cidr_and_provider() {
        let (_, net, s) = build("dev");
        s.assert_resource_count("aws_vpc", 2);
        for (provider, cidr) in REGIONS {
            s.assert_has_resource_with(
                "aws_vpc",
                &json!({
                    "provider": provider,
                    "cidr_block": cidr,
                    "enable_dns_support": true,
                    "enable_dns_hostnames": true,
                }),
            );
        }
        assert_eq!(net.primary.region, Region::UsEast1);
        assert_eq!(net.dr.region, Region::UsEast2);
        assert_eq!(net.primary.cidr.to_string(), "10.10.0.0/16");
        assert_eq!(net.dr.cidr.to_string(), "10.20.0.0/16");
    }

    #[test]
    fn three_private_subnets_per_region_in_distinct_azs() {
        let (_, _, s) = build("dev");
        s.assert_resource_count("aws_subnet", 6);
        for (provider, vpc_cidr) in REGIONS {
            let azs = one(
                s.data_sources_with(
                    "aws_availability_zones",
                    &json!({ "provider": provider, "state": "available" }),
                ),
                "AZ lookup",
            );
            let vpc = vpc(&s, provider);
            let subnets = s.resources_with(
                "aws_subnet",
                &json!({
                    "provider": provider,
                    "vpc_id": reference(&vpc, "id"),
                    "map_public_ip_on_launch": false,
                }),
            );
            assert_eq!(subnets.len(), 3, "{provider}");
            let mut az_exprs: Vec<String> = Vec::new();
            let mut blocks: Vec<Cidr> = Vec::new();
            for subnet in &subnets {
                az_exprs.push(
                    subnet.body["availability_zone"]
                        .as_str()
                        .unwrap()
                        .to_string(),
                );
                blocks.push(cidr(subnet.body["cidr_block"].as_str().unwrap()));
            }
            let want: Vec<String> = (0..3)
                .map(|i| format!("${{{}.names[{i}]}}", azs.address))
                .collect();
            az_exprs.sort();
            assert_eq!(
                az_exprs, want,
                "{provider}: one subnet in each of names[0..3]"
            );
            let vpc_block = cidr(vpc_cidr);
            for (i, a) in blocks.iter().enumerate() {
                assert!(
                    a.overlaps(&vpc_block) && a.prefix > vpc_block.prefix,
                    "{a} in {vpc_block}"
                );
                for b in &blocks[i + 1..] {
                    assert!(!a.overlaps(b), "{a} overlaps {b}");
                }
            }
        }
    }

    #[test]
    fn every_subnet_has_its_own_route_table_and_the_private_nacl() {
        let (_, net, s) = build("dev");
        s.assert_resource_count("aws_route_table", 6);
        s.assert_no_resource("aws_route");
        for (provider, _) in REGIONS {
            let nacl = one(
                s.resources_with("aws_network_acl", &json!({ "provider": provider })),
                "network ACL",
            );
            let subnets = s.resources_with("aws_subnet", &json!({ "provider": provider }));
            let mut tables = Vec::new();
            for subnet in &subnets {
                let rta = one(
                    s.resources_with(
                        "aws_route_table_association",
                        &json!({ "provider": provider, "subnet_id": reference(subnet, "id") }),
                    ),
                    "route table association",
                );
                tables.push(rta.body["route_table_id"].clone());
                s.assert_has_resource_with(
                    "aws_network_acl_association",
                    &json!({
                        "provider": provider,
                        "subnet_id": reference(subnet, "id"),
                        "network_acl_id": reference(&nacl, "id"),
                    }),
                );
            }
            tables.sort_by_key(|t| t.to_string());
            tables.dedup();
            assert_eq!(tables.len(), 3, "{provider}: one route table per AZ");
        }
        for regional in [&net.primary, &net.dr] {
            assert_eq!(regional.private_subnet_ids.len(), 3);
            assert_eq!(regional.private_route_table_ids.len(), 3);
        }
    }

    #[test]
    fn handles_reference_the_built_resources() {
        let (stack, pair) = stack_and_pair();
        let net = Network::new(
            &pair,
            &naming("dev"),
            &config("10.10.0.0/16", "10.20.0.0/16"),
        )
        .unwrap();
        let root = stack.root();
        for (label, r) in [("primary", &net.primary), ("dr", &net.dr)] {
            root.output(&format!("{label}-vpc"), r.vpc_id.clone());
            root.output(&format!("{label}-app"), r.app_security_group_id.clone());
            root.output(&format!("{label}-db"), r.database_security_group_id.clone());
            for i in 0..3 {
                root.output(
                    &format!("{label}-subnet-{i}"),
                    r.private_subnet_ids[i].clone(),
                );
                root.output(
                    &format!("{label}-rt-{i}"),
                    r.private_route_table_ids[i].clone(),
                );
            }
        }
        let s = synth(&stack);
        for (label, provider) in [("primary", "aws.primary"), ("dr", "aws.dr")] {
            assert_eq!(
                s.output_value(&format!("{label}-vpc")),
                Some(&reference(&vpc(&s, provider), "id"))
            );
            assert_eq!(
                s.output_value(&format!("{label}-app")),
                Some(&reference(&security_group(&s, provider, "app-sg"), "id"))
            );
            assert_eq!(
                s.output_value(&format!("{label}-db")),
                Some(&reference(
                    &security_group(&s, provider, "database-sg"),
                    "id"
                ))
            );
            for i in 0..3 {
                // The i-th route table is the one associated with the i-th subnet.
                let subnet = s.output_value(&format!("{label}-subnet-{i}")).unwrap();
                let rt = s.output_value(&format!("{label}-rt-{i}")).unwrap();
                s.assert_has_resource_with(
                    "aws_route_table_association",
                    &json!({ "subnet_id": subnet, "route_table_id": rt }),
                );
            }
        }
    }

    #[test]
    fn database_sg_accepts_only_postgres_from_the_app_sg() {
        let (_, _, s) = build("dev");
        for (provider, _) in REGIONS {
            let app = security_group(&s, provider, "app-sg");
            let db = security_group(&s, provider, "database-sg");
            let ingress = s.resources_with(
                "aws_vpc_security_group_ingress_rule",
                &json!({ "security_group_id": reference(&db, "id") }),
            );
            let rule = one(ingress, "database ingress rule");
            assert!(tfdr_testing::assertions::matches(
                &rule.body,
                &json!({
                    "provider": provider,
                    "ip_protocol": "tcp",
                    "from_port": 5432,
                    "to_port": 5432,
                    "referenced_security_group_id": reference(&app, "id"),
                })
            ));
            for k in ["cidr_ipv4", "cidr_ipv6", "prefix_list_id"] {
                assert!(rule.body.get(k).is_none(), "{k} on {rule}");
            }
            assert!(
                s.resources_with(
                    "aws_vpc_security_group_egress_rule",
                    &json!({ "security_group_id": reference(&db, "id") }),
                )
                .is_empty(),
                "the database SG needs no egress"
            );
            assert!(
                s.resources_with(
                    "aws_vpc_security_group_ingress_rule",
                    &json!({ "security_group_id": reference(&app, "id") }),
                )
                .is_empty(),
                "the app SG takes no inbound connections"
            );
        }
        // No inline rules anywhere (they would fight the rule resources).
        for sg in s.resources("aws_security_group") {
            assert!(
                sg.body.get("ingress").is_none() && sg.body.get("egress").is_none(),
                "{sg}"
            );
        }
        s.assert_resource_count("aws_vpc_security_group_ingress_rule", 2);
    }

    #[test]
    fn app_sg_egress_is_postgres_to_the_database_and_https_to_endpoints_only() {
        let (_, _, s) = build("dev");
        for (provider, vpc_cidr) in REGIONS {
            let app = security_group(&s, provider, "app-sg");
            let db = security_group(&s, provider, "database-sg");
            let endpoint = |service: &str| {
                one(
                    s.resources_with(
                        "aws_vpc_endpoint",
                        &json!({ "provider": provider, "service_name": format!("com.amazonaws.{}.{service}", if provider == "aws.primary" { "us-east-1" } else { "us-east-2" }) }),
                    ),
                    service,
                )
            };
            let egress = s.resources_with(
                "aws_vpc_security_group_egress_rule",
                &json!({ "security_group_id": reference(&app, "id"), "ip_protocol": "tcp" }),
            );
            assert_eq!(egress.len(), 4, "{provider}: {egress:?}");
            let expected = [
                json!({ "from_port": 5432, "to_port": 5432, "referenced_security_group_id": reference(&db, "id") }),
                json!({ "from_port": 443, "to_port": 443, "cidr_ipv4": vpc_cidr }),
                json!({ "from_port": 443, "to_port": 443, "prefix_list_id": reference(&endpoint("s3"), "prefix_list_id") }),
                json!({ "from_port": 443, "to_port": 443, "prefix_list_id": reference(&endpoint("dynamodb"), "prefix_list_id") }),
            ];
            for e in expected {
                assert_eq!(
                    egress
                        .iter()
                        .filter(|r| tfdr_testing::assertions::matches(&r.body, &e))
                        .count(),
                    1,
                    "{provider}: {e}"
                );
            }
            // Every rule names exactly one peer.
            for r in &egress {
                let peers = [
                    "cidr_ipv4",
                    "cidr_ipv6",
                    "prefix_list_id",
                    "referenced_security_group_id",
                ]
                .iter()
                .filter(|k| r.body.get(**k).is_some())
                .count();
                assert_eq!(peers, 1, "{r}");
            }
        }
        s.assert_resource_count("aws_vpc_security_group_egress_rule", 8);
    }

    #[test]
    fn every_security_group_and_rule_has_a_description() {
        let (_, _, s) = build("dev");
        for ty in [
            "aws_security_group",
            "aws_vpc_security_group_ingress_rule",
            "aws_vpc_security_group_egress_rule",
        ] {
            let all = s.assert_has_resource(ty);
            for f in all {
                let d = f.body["description"].as_str().unwrap_or_default();
                assert!(d.len() > 10, "{f}: description `{d}`");
                // EC2's allowed description characters.
                assert!(
                    d.chars()
                        .all(|c| c.is_ascii_alphanumeric() || " ._-:/()#,@[]+=&;{}!$*".contains(c)),
                    "{f}: `{d}`"
                );
                assert!(d.len() <= 255, "{f}");
            }
        }
    }

    #[test]
    fn gateway_endpoints_for_s3_and_dynamodb_on_every_route_table() {
        let (_, net, s) = build("dev");
        s.assert_resource_count("aws_vpc_endpoint", 4);
        for (provider, region) in [("aws.primary", "us-east-1"), ("aws.dr", "us-east-2")] {
            let vpc = vpc(&s, provider);
            let mut tables: Vec<Value> = s
                .resources_with("aws_route_table", &json!({ "provider": provider }))
                .iter()
                .map(|t| reference(t, "id"))
                .collect();
            tables.sort_by_key(|t| t.to_string());
            for service in ["s3", "dynamodb"] {
                let ep = one(
                    s.resources_with(
                        "aws_vpc_endpoint",
                        &json!({
                            "provider": provider,
                            "service_name": format!("com.amazonaws.{region}.{service}"),
                            "vpc_endpoint_type": "Gateway",
                            "vpc_id": reference(&vpc, "id"),
                        }),
                    ),
                    service,
                );
                let mut attached: Vec<Value> =
                    ep.body["route_table_ids"].as_array().unwrap().clone();
                attached.sort_by_key(|t| t.to_string());
                assert_eq!(attached, tables, "{ep}");
            }
        }
        assert_eq!(net.primary.private_route_table_ids.len(), 3);
    }

    #[test]
    fn nacl_allows_vpc_traffic_https_out_and_return_traffic_only() {
        let (_, _, s) = build("dev");
        s.assert_resource_count("aws_network_acl_rule", 8);
        for (provider, vpc_cidr) in REGIONS {
            let nacl = one(
                s.resources_with("aws_network_acl", &json!({ "provider": provider })),
                "network ACL",
            );
            assert!(nacl.body.get("ingress").is_none() && nacl.body.get("egress").is_none());
            let rules = s.resources_with(
                "aws_network_acl_rule",
                &json!({ "network_acl_id": reference(&nacl, "id"), "provider": provider }),
            );
            assert_eq!(rules.len(), 4);
            let mut got: Vec<AclRow> = rules
                .iter()
                .map(|r| {
                    assert_eq!(r.body["rule_action"], "allow", "{r}");
                    (
                        r.body["egress"].as_bool().unwrap(),
                        r.body["rule_number"].as_u64().unwrap(),
                        r.body["protocol"].as_str().unwrap().to_string(),
                        r.body["cidr_block"].as_str().unwrap().to_string(),
                        r.body["from_port"]
                            .as_u64()
                            .map(|f| (f, r.body["to_port"].as_u64().unwrap())),
                    )
                })
                .collect();
            got.sort();
            let any = "0.0.0.0/0".to_string();
            let vpc = vpc_cidr.to_string();
            assert_eq!(
                got,
                vec![
                    (false, 100, "-1".into(), vpc.clone(), None),
                    (false, 110, "tcp".into(), any.clone(), Some((1024, 65535))),
                    (true, 100, "-1".into(), vpc, None),
                    (true, 110, "tcp".into(), any, Some((443, 443))),
                ],
                "{provider}"
            );
        }
    }

    #[test]
    fn no_path_to_the_internet() {
        let (_, _, s) = build("dev");
        for ty in [
            "aws_internet_gateway",
            "aws_nat_gateway",
            "aws_eip",
            "aws_route",
        ] {
            s.assert_no_resource(ty);
        }
        for rt in s.resources("aws_route_table") {
            assert!(rt.body.get("route").is_none(), "{rt}");
        }
    }

    #[test]
    fn overlapping_cidrs_are_rejected_and_nothing_is_added() {
        let (stack, pair) = stack_and_pair();
        let e = Network::new(
            &pair,
            &naming("dev"),
            &config("10.10.0.0/16", "10.10.128.0/17"),
        )
        .unwrap_err();
        assert_eq!(e.field, "network.dr_cidr");
        assert!(e.rule.contains("overlaps"), "{e}");
        let e =
            Network::new(&pair, &naming("dev"), &config("10.0.0.0/16", "10.0.0.0/16")).unwrap_err();
        assert_eq!(e.field, "network.dr_cidr");
        assert!(synth(&stack).json().get("resource").is_none());
    }

    #[test]
    fn too_small_or_malformed_cidrs_are_rejected() {
        let (_, pair) = stack_and_pair();
        let e = Network::new(
            &pair,
            &naming("dev"),
            &config("10.10.0.0/27", "10.20.0.0/16"),
        )
        .unwrap_err();
        assert_eq!(e.field, "network.primary_cidr");
        assert!(e.rule.contains("too small"), "{e}");
        let bad = NetworkConfig {
            primary_cidr: cidr("10.10.0.0/16"),
            dr_cidr: Cidr {
                addr: u32::from_be_bytes([10, 20, 0, 1]),
                prefix: 16,
            },
        };
        let e = Network::new(&pair, &naming("dev"), &bad).unwrap_err();
        assert_eq!(e.field, "network.dr_cidr");
        assert!(e.rule.contains("host bits"), "{e}");
    }

    #[test]
    fn every_taggable_resource_has_a_name_tag_with_the_suffix() {
        let (stack, _, s) = build("qa7");
        let mut tagged = 0;
        for (ty, _) in s.types(ElementKind::Resource) {
            assert!(
                crate::policy::name_rule(&ty).is_some(),
                "{ty} needs a row in NAME_RULES"
            );
            if !aws::is_taggable(&ty) {
                continue;
            }
            for f in s.resources(&ty) {
                let name = f.body["tags"]["Name"].as_str().unwrap_or_default();
                assert!(name.ends_with("-qa7"), "{f}: Name tag `{name}`");
                tagged += 1;
            }
        }
        // vpc, 3 subnets, 3 route tables, nacl, 2 endpoints, 2 SGs, 5 SG rules; per region.
        assert_eq!(tagged, 2 * 17);
        // The whole stack passes the shared policy check (names, DR tags, destroyability).
        check_stack(&stack, "qa7").unwrap_or_else(|e| panic!("{e}"));
    }

    #[test]
    fn from_valid_config() {
        let c = crate::PaymentsDrConfig::default().validate().unwrap();
        let n = NetworkConfig::from(&c);
        assert_eq!(n.primary_cidr, c.primary_cidr);
        assert_eq!(n.dr_cidr, c.dr_cidr);
    }

    #[test]
    fn terraform_validates_a_network_only_stack() {
        let (_, _, s) = build("dev");
        // `None` only when terraform is missing outside CI (a banner says so).
        if let Some(v) = s.assert_valid_terraform() {
            assert_eq!(v.warning_count, 0, "{v}");
        }
    }

    fn any_vpc_cidr() -> impl Strategy<Value = Cidr> {
        (16u8..=26, any::<u32>()).prop_map(|(prefix, addr)| Cidr {
            addr: addr & (u32::MAX << (32 - prefix)),
            prefix,
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Any two valid VPC blocks: accepted exactly when they do not overlap, and then
        /// the subnets are disjoint slices of their VPC.
        #[test]
        fn accepted_exactly_when_disjoint(p in any_vpc_cidr(), d in any_vpc_cidr()) {
            let (stack, pair) = stack_and_pair();
            let result = Network::new(&pair, &naming("dev"), &NetworkConfig { primary_cidr: p, dr_cidr: d });
            prop_assert_eq!(result.is_ok(), !p.overlaps(&d));
            if let Err(e) = result {
                prop_assert_eq!(e.field, "network.dr_cidr");
                return Ok(());
            }
            let s = synth(&stack);
            for (provider, vpc_block) in [("aws.primary", p), ("aws.dr", d)] {
                let blocks: Vec<Cidr> = s
                    .resources_with("aws_subnet", &json!({ "provider": provider }))
                    .iter()
                    .map(|f| cidr(f.body["cidr_block"].as_str().unwrap()))
                    .collect();
                prop_assert_eq!(blocks.len(), 3);
                for (i, a) in blocks.iter().enumerate() {
                    prop_assert!(a.overlaps(&vpc_block) && a.prefix > vpc_block.prefix);
                    for b in &blocks[i + 1..] {
                        prop_assert!(!a.overlaps(b));
                    }
                }
            }
        }
    }
}
