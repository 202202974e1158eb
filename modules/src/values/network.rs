//! Network values: CIDR blocks and the VPC blocks of a pair.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use tfdr_dsl::{Error, Expr};

/// An IPv4 CIDR block `a.b.c.d/n` with its host bits zero (any prefix length 0–32).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Cidr {
    addr: u32,
    prefix: u8,
}

impl Cidr {
    /// The network address as a 32-bit number.
    pub fn addr(&self) -> u32 {
        self.addr
    }

    /// The prefix length.
    pub fn prefix(&self) -> u8 {
        self.prefix
    }

    fn mask(prefix: u8) -> u32 {
        if prefix == 0 {
            0
        } else {
            u32::MAX << (32 - prefix)
        }
    }

    /// Whether the two blocks share an address.
    pub fn overlaps(&self, other: &Cidr) -> bool {
        let mask = Cidr::mask(self.prefix.min(other.prefix));
        self.addr & mask == other.addr & mask
    }

    /// The `i`-th sub-block of prefix length `prefix` (e.g. the /24 subnets of a /16);
    /// `None` when `prefix` is shorter than this block's or `i` is out of range.
    pub fn subnet(&self, prefix: u8, i: u32) -> Option<Cidr> {
        if prefix < self.prefix || prefix > 32 {
            return None;
        }
        let count = 1u64 << (prefix - self.prefix);
        if u64::from(i) >= count {
            return None;
        }
        let step = if prefix == 32 {
            1
        } else {
            1u32 << (32 - prefix)
        };
        Some(Cidr {
            addr: self.addr + i * step,
            prefix,
        })
    }

    fn to_text(self) -> String {
        let [a, b, c, d] = self.addr.to_be_bytes();
        format!("{a}.{b}.{c}.{d}/{}", self.prefix)
    }
}

impl FromStr for Cidr {
    type Err = Error;
    /// # Errors
    /// Not `a.b.c.d/n`, an octet or prefix out of range, or host bits set.
    fn from_str(s: &str) -> Result<Cidr, Error> {
        let err = |rule: &str| Error::new("cidr", format!("`{s}` {rule}"));
        let (ip, prefix) = s
            .split_once('/')
            .ok_or_else(|| err("is not a CIDR block (a.b.c.d/n)"))?;
        let octets: Vec<u8> = ip
            .split('.')
            .map(|o| o.parse::<u8>())
            .collect::<Result<_, _>>()
            .map_err(|_| err("has an invalid IPv4 address"))?;
        let [a, b, c, d] = octets[..] else {
            return Err(err("has an invalid IPv4 address"));
        };
        let prefix: u8 = prefix
            .parse()
            .ok()
            .filter(|p| *p <= 32)
            .ok_or_else(|| err("has an invalid prefix length (0–32)"))?;
        let addr = u32::from_be_bytes([a, b, c, d]);
        if addr & !Cidr::mask(prefix) != 0 {
            return Err(err("has host bits set"));
        }
        Ok(Cidr { addr, prefix })
    }
}

text_value!(Cidr);

/// The number of private subnets (one per AZ) a network builds per region.
pub const AZ_COUNT: u32 = 3;

/// The CIDR block of a VPC that holds [`AZ_COUNT`] private subnets: prefix /16–/26
/// (VPCs allow /16–/28, and a subnet is at least /28, so three subnets of 4 more bits need
/// at most /26).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VpcCidr(Cidr);

impl VpcCidr {
    /// The block.
    pub fn cidr(&self) -> Cidr {
        self.0
    }

    /// The prefix length of the private subnets: 4 bits more than the VPC (16 slots, room
    /// for more tiers later), at most /28 (the AWS limit).
    pub fn subnet_prefix(&self) -> u8 {
        (self.0.prefix + 4).min(28)
    }

    /// The `i`-th private subnet (`i < AZ_COUNT`).
    pub fn private_subnet(&self, i: u32) -> Option<Cidr> {
        (i < AZ_COUNT)
            .then(|| self.0.subnet(self.subnet_prefix(), i))
            .flatten()
    }

    fn to_text(self) -> String {
        self.0.to_text()
    }

    /// The `i`-th public subnet (`i < AZ_COUNT`): the slices after the private subnets,
    /// of the same size. `None` when that size is smaller than [`MIN_PUBLIC_SUBNET`] (VPCs
    /// of /24 and smaller): an Application Load Balancer needs a /27 or larger subnet in
    /// each of its AZs.
    pub fn public_subnet(&self, i: u32) -> Option<Cidr> {
        (i < AZ_COUNT && self.subnet_prefix() <= MIN_PUBLIC_SUBNET)
            .then(|| self.0.subnet(self.subnet_prefix(), AZ_COUNT + i))
            .flatten()
    }
}

/// The longest prefix of a public subnet: an Application Load Balancer needs at least a
/// /27 (with 8 free addresses) in each subnet it is placed in, so public subnets need a
/// VPC of /23 or larger.
pub const MIN_PUBLIC_SUBNET: u8 = 27;

impl FromStr for VpcCidr {
    type Err = Error;
    /// # Errors
    /// Not a CIDR block, or a prefix outside /16–/26.
    fn from_str(s: &str) -> Result<VpcCidr, Error> {
        let cidr: Cidr = s.parse()?;
        if !(16..=26).contains(&cidr.prefix) {
            return Err(Error::new(
                "vpc cidr",
                format!(
                    "`{s}` must have a prefix length from /16 to /26 (VPCs allow /16–/28; {AZ_COUNT} private subnets of at least /28 need /26 or larger)"
                ),
            ));
        }
        Ok(VpcCidr(cidr))
    }
}

text_value!(VpcCidr);

/// The VPC blocks of both regions, guaranteed not to overlap (so the VPCs can be peered
/// or routed to each other later and failover tooling never confuses addresses).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct VpcCidrs {
    primary: VpcCidr,
    dr: VpcCidr,
}

impl VpcCidrs {
    /// The pair.
    ///
    /// # Errors
    /// The blocks overlap (field `dr`).
    pub fn new(primary: VpcCidr, dr: VpcCidr) -> Result<Self, Error> {
        if primary.0.overlaps(&dr.0) {
            return Err(Error::new(
                "dr",
                format!(
                    "{dr} overlaps the primary VPC {primary}; the regions' VPCs must not overlap"
                ),
            ));
        }
        Ok(VpcCidrs { primary, dr })
    }

    /// The primary region's block.
    pub fn primary(&self) -> VpcCidr {
        self.primary
    }

    /// The DR region's block.
    pub fn dr(&self) -> VpcCidr {
        self.dr
    }
}

#[cfg(test)]
mod public_subnet_tests {
    use super::*;

    #[test]
    fn public_subnets_follow_the_private_ones_and_need_a_slash_27() {
        let v: VpcCidr = "10.10.0.0/16".parse().unwrap();
        let public: Vec<String> = (0..AZ_COUNT)
            .map(|i| v.public_subnet(i).unwrap().to_string())
            .collect();
        assert_eq!(public, ["10.10.48.0/20", "10.10.64.0/20", "10.10.80.0/20"]);
        for i in 0..AZ_COUNT {
            for j in 0..AZ_COUNT {
                let (p, q) = (v.public_subnet(i).unwrap(), v.private_subnet(j).unwrap());
                assert!(!p.overlaps(&q), "{p} overlaps {q}");
            }
        }
        assert!(v.public_subnet(AZ_COUNT).is_none());
        let smallest: VpcCidr = "10.0.0.0/23".parse().unwrap();
        assert_eq!(
            smallest.public_subnet(2).unwrap().to_string(),
            "10.0.0.160/27"
        );
        let too_small: VpcCidr = "10.0.0.0/24".parse().unwrap();
        assert!(too_small.public_subnet(0).is_none());
    }
}
