//! STAND-IN for the network module (branch `mod-data` only).
//!
//! The real `network.rs` is written in another branch; this file exposes exactly its
//! agreed API with a trivial implementation (a VPC, 3 private subnets with one route table
//! and 2 security groups per region) so the data-tier modules compile and validate. It is
//! replaced by the real module when the branches are merged.

use std::collections::BTreeMap;

use tfdr_dsl::aws::data::AvailabilityZones;
use tfdr_dsl::aws::{RouteTable, RouteTableAssociation, SecurityGroup, Subnet, Vpc};
use tfdr_dsl::{Error, Expr, Region, RegionPair, RegionScope};

use crate::config::Cidr;
use crate::policy::Naming;

/// The VPC CIDRs of both regions.
#[derive(Debug, Clone)]
pub struct NetworkConfig {
    /// Primary VPC CIDR.
    pub primary_cidr: Cidr,
    /// DR VPC CIDR.
    pub dr_cidr: Cidr,
}

/// The network of both regions.
#[derive(Debug, Clone)]
pub struct Network {
    /// Primary region.
    pub primary: RegionalNetwork,
    /// DR region.
    pub dr: RegionalNetwork,
}

/// The network of one region.
#[derive(Debug, Clone)]
pub struct RegionalNetwork {
    /// The region.
    pub region: Region,
    /// VPC id.
    pub vpc_id: Expr<String>,
    /// VPC CIDR.
    pub cidr: Cidr,
    /// Private subnet ids (one per availability zone).
    pub private_subnet_ids: Vec<Expr<String>>,
    /// Route tables of the private subnets.
    pub private_route_table_ids: Vec<Expr<String>>,
    /// Security group of the application tier.
    pub app_security_group_id: Expr<String>,
    /// Security group of the database tier.
    pub database_security_group_id: Expr<String>,
}

fn name_tag(name: String) -> BTreeMap<String, String> {
    BTreeMap::from([("Name".to_string(), name)])
}

fn regional(region: &RegionScope, names: &Naming, cidr: Cidr) -> Result<RegionalNetwork, Error> {
    let r = region.aws_region();
    let scope = region.child(region.alias()).child("network");
    let azs = scope.add("azs", AvailabilityZones::new().state("available"));
    let vpc = scope.add(
        "vpc",
        Vpc::new()
            .cidr_block(cidr.to_string())
            .enable_dns_hostnames(true)
            .enable_dns_support(true)
            .tags(name_tag(names.tag_name("aws_vpc", "payments-vpc", r)?)),
    );
    let rt = scope.add(
        "private-rt",
        RouteTable::new(vpc.id()).tags(name_tag(names.tag_name(
            "aws_route_table",
            "payments-private",
            r,
        )?)),
    );
    let mut subnets = Vec::new();
    for i in 0..3u32 {
        let block = cidr
            .subnet(cidr.prefix.max(20) + 4, i)
            .ok_or_else(|| Error::new("network.cidr", format!("`{cidr}` is too small")))?;
        let subnet = scope.add(
            &format!("private-{i}"),
            Subnet::new(vpc.id())
                .cidr_block(block.to_string())
                .availability_zone(azs.names().index(u64::from(i)))
                .tags(name_tag(names.tag_name(
                    "aws_subnet",
                    &format!("payments-private-{i}"),
                    r,
                )?)),
        );
        scope.add(
            &format!("private-{i}-rt"),
            RouteTableAssociation::new(rt.id()).subnet_id(subnet.id()),
        );
        subnets.push(subnet.id());
    }
    let sg = |id: &str, base: &str, what: &str| -> Result<Expr<String>, Error> {
        Ok(scope
            .add(
                id,
                SecurityGroup::new()
                    .name(names.name("aws_security_group", base, r)?)
                    .description(format!("payments {what} tier"))
                    .vpc_id(vpc.id()),
            )
            .id())
    };
    Ok(RegionalNetwork {
        region: r,
        vpc_id: vpc.id(),
        cidr,
        private_subnet_ids: subnets,
        private_route_table_ids: vec![rt.id()],
        app_security_group_id: sg("app-sg", "payments-app", "application")?,
        database_security_group_id: sg("db-sg", "payments-db", "database")?,
    })
}

impl Network {
    /// Creates the network of both regions (stand-in implementation).
    ///
    /// # Errors
    /// A name that breaks its rule, or a CIDR too small for 3 subnets.
    pub fn new(
        pair: &RegionPair,
        names: &Naming,
        config: &NetworkConfig,
    ) -> Result<Network, Error> {
        Ok(Network {
            primary: regional(&pair.primary, names, config.primary_cidr)?,
            dr: regional(&pair.dr, names, config.dr_cidr)?,
        })
    }
}
