//! Validated value types the components take and stack configs deserialize into. Each
//! rule is written once, here: a value that exists is valid, so components never check it
//! again and configs get the same rule (with their own field name) for free.
//!
//! Every type parses with [`FromStr`] and (de)serializes as its text form.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use tfdr_dsl::{Error, Expr};

/// Implements `Display`, `Serialize`/`Deserialize` (through the text form), `TryFrom<String>`
/// and `From<T> for String` for a type with `FromStr<Err = Error>` and `as_str`-like text.
macro_rules! text_value {
    ($t:ty) => {
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.to_text())
            }
        }
        impl TryFrom<String> for $t {
            type Error = String;
            fn try_from(s: String) -> Result<Self, String> {
                s.parse::<$t>().map_err(|e| e.rule)
            }
        }
        impl Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.to_text())
            }
        }
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                <$t>::try_from(s).map_err(serde::de::Error::custom)
            }
        }
        impl From<&$t> for Expr<String> {
            fn from(v: &$t) -> Expr<String> {
                Expr::from(v.to_text())
            }
        }
    };
}

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
}

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

/// An RDS DB instance class, `db.<family>.<size>` (e.g. `db.r6g.large`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct InstanceClass(String);

impl InstanceClass {
    fn to_text(&self) -> String {
        self.0.clone()
    }

    /// The class text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for InstanceClass {
    type Err = Error;
    /// # Errors
    /// Not of the form `db.<family>.<size>` with lowercase letters and digits.
    fn from_str(s: &str) -> Result<Self, Error> {
        let parts: Vec<&str> = s.split('.').collect();
        let ok = parts.len() == 3
            && parts[0] == "db"
            && parts[1..].iter().all(|p| {
                !p.is_empty()
                    && p.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            });
        if !ok {
            return Err(Error::new(
                "instance class",
                format!(
                    "`{s}` is not an RDS instance class (`db.<family>.<size>`, e.g. db.r6g.large)"
                ),
            ));
        }
        Ok(InstanceClass(s.to_string()))
    }
}

text_value!(InstanceClass);

/// Automated backup retention of an Aurora cluster in days: 1–35 (Aurora always keeps at
/// least one day and at most 35).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RetentionDays(u8);

impl RetentionDays {
    /// Checks `days`.
    ///
    /// # Errors
    /// Outside 1–35.
    pub fn new(days: u32) -> Result<Self, Error> {
        if !(1..=35).contains(&days) {
            return Err(Error::new(
                "retention days",
                format!("{days} is outside 1–35 (the Aurora backup retention limits)"),
            ));
        }
        Ok(RetentionDays(days as u8))
    }

    /// The number of days.
    pub fn days(&self) -> u32 {
        u32::from(self.0)
    }
}

impl Serialize for RetentionDays {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(self.days())
    }
}

impl<'de> Deserialize<'de> for RetentionDays {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let days = u32::deserialize(d)?;
        RetentionDays::new(days).map_err(|e| serde::de::Error::custom(e.rule))
    }
}

/// A PostgreSQL identifier usable as a database or user name: 1–63 characters of ASCII
/// letters, digits and `_`, starting with a letter.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PgIdentifier(String);

impl PgIdentifier {
    fn to_text(&self) -> String {
        self.0.clone()
    }

    /// The identifier text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for PgIdentifier {
    type Err = Error;
    /// # Errors
    /// Empty, longer than 63, not starting with a letter, or other characters.
    fn from_str(s: &str) -> Result<Self, Error> {
        let ok = !s.is_empty()
            && s.len() <= 63
            && s.starts_with(|c: char| c.is_ascii_alphabetic())
            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !ok {
            return Err(Error::new(
                "postgresql identifier",
                format!("`{s}` must be 1–63 characters of letters, digits and `_`, starting with a letter"),
            ));
        }
        Ok(PgIdentifier(s.to_string()))
    }
}

text_value!(PgIdentifier);

/// The master user name of an Aurora PostgreSQL cluster: a [`PgIdentifier`] that RDS does
/// not reserve.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MasterUsername(PgIdentifier);

/// User names RDS for PostgreSQL reserves.
pub const RESERVED_USERNAMES: [&str; 4] =
    ["rdsadmin", "rdsrepladmin", "rds_superuser", "postgres_fdw"];

impl MasterUsername {
    fn to_text(&self) -> String {
        self.0.to_text()
    }

    /// The user name.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl FromStr for MasterUsername {
    type Err = Error;
    /// # Errors
    /// Not a [`PgIdentifier`], or reserved by RDS.
    fn from_str(s: &str) -> Result<Self, Error> {
        let id: PgIdentifier = s.parse()?;
        if RESERVED_USERNAMES.contains(&s) {
            return Err(Error::new(
                "master username",
                format!("`{s}` is reserved by RDS"),
            ));
        }
        Ok(MasterUsername(id))
    }
}

text_value!(MasterUsername);

/// An Aurora engine version, `<major>.<minor>` digits (e.g. `15.4`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EngineVersion(String);

impl EngineVersion {
    fn to_text(&self) -> String {
        self.0.clone()
    }

    /// The version text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for EngineVersion {
    type Err = Error;
    /// # Errors
    /// Not dot-separated numbers (`15.4`, `8.0.mysql_aurora.3.05.2` is not a PostgreSQL
    /// version; MySQL versions are accepted as `<n>.<n>.mysql_aurora.<n>.<n>.<n>`).
    fn from_str(s: &str) -> Result<Self, Error> {
        let numeric = |p: &str| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit());
        let parts: Vec<&str> = s.split('.').collect();
        let ok = (parts.len() >= 2 && parts.iter().all(|p| numeric(p)))
            || (parts.len() == 6
                && parts[2] == "mysql_aurora"
                && parts.iter().enumerate().all(|(i, p)| i == 2 || numeric(p)));
        if !ok {
            return Err(Error::new(
                "engine version",
                format!("`{s}` is not an Aurora engine version (e.g. 15.4)"),
            ));
        }
        Ok(EngineVersion(s.to_string()))
    }
}

text_value!(EngineVersion);

/// Retention of a CloudWatch Logs log group in days: one of the values CloudWatch Logs
/// accepts (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827,
/// 2192, 2557, 2922, 3288, 3653). "Never expire" is deliberately not representable: logs
/// of a DR stack are kept for a chosen time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LogRetentionDays(u16);

/// The retention values CloudWatch Logs accepts (`PutRetentionPolicy`).
pub const LOG_RETENTION_VALUES: [u16; 22] = [
    1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922,
    3288, 3653,
];

impl LogRetentionDays {
    /// Checks `days`.
    ///
    /// # Errors
    /// Not one of [`LOG_RETENTION_VALUES`].
    pub fn new(days: u32) -> Result<Self, Error> {
        match LOG_RETENTION_VALUES.iter().find(|v| u32::from(**v) == days) {
            Some(v) => Ok(LogRetentionDays(*v)),
            None => Err(Error::new(
                "log retention days",
                format!("{days} is not a CloudWatch Logs retention; use one of {LOG_RETENTION_VALUES:?}"),
            )),
        }
    }

    /// The number of days.
    pub fn days(&self) -> u32 {
        u32::from(self.0)
    }
}

impl Serialize for LogRetentionDays {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(self.days())
    }
}

impl<'de> Deserialize<'de> for LogRetentionDays {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let days = u32::deserialize(d)?;
        LogRetentionDays::new(days).map_err(|e| serde::de::Error::custom(e.rule))
    }
}

/// Days an AWS Backup recovery point is kept: 1–36500 (AWS Backup's lifecycle limit,
/// 100 years), in both the source and the copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BackupRetentionDays(u32);

impl BackupRetentionDays {
    /// Checks `days`.
    ///
    /// # Errors
    /// Outside 1–36500.
    pub fn new(days: u32) -> Result<Self, Error> {
        if !(1..=36_500).contains(&days) {
            return Err(Error::new(
                "backup retention days",
                format!("{days} is outside 1–36500 (AWS Backup lifecycle limits)"),
            ));
        }
        Ok(BackupRetentionDays(days))
    }

    /// The number of days.
    pub fn days(&self) -> u32 {
        self.0
    }
}

impl Serialize for BackupRetentionDays {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(self.0)
    }
}

impl<'de> Deserialize<'de> for BackupRetentionDays {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let days = u32::deserialize(d)?;
        BackupRetentionDays::new(days).map_err(|e| serde::de::Error::custom(e.rule))
    }
}

/// Days until S3 expires an object or an object version: 1–36500 (a lifecycle
/// expiration must be a positive number of days; 100 years bounds typos).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExpiryDays(u32);

impl ExpiryDays {
    /// Checks `days`.
    ///
    /// # Errors
    /// Outside 1–36500.
    pub fn new(days: u32) -> Result<Self, Error> {
        if !(1..=36_500).contains(&days) {
            return Err(Error::new(
                "expiry days",
                format!("{days} is outside 1–36500 (S3 lifecycle expiration days)"),
            ));
        }
        Ok(ExpiryDays(days))
    }

    /// The number of days.
    pub fn days(&self) -> u32 {
        self.0
    }
}

impl Serialize for ExpiryDays {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(self.0)
    }
}

impl<'de> Deserialize<'de> for ExpiryDays {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let days = u32::deserialize(d)?;
        ExpiryDays::new(days).map_err(|e| serde::de::Error::custom(e.rule))
    }
}

/// The Aurora engine of a DR database: decides the engine name, the port the network
/// opens between the app and the database, and how resources describe it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuroraEngine {
    /// Aurora PostgreSQL (`aurora-postgresql`, port 5432).
    Postgresql,
    /// Aurora MySQL (`aurora-mysql`, port 3306).
    Mysql,
}

impl AuroraEngine {
    /// The RDS engine name.
    pub fn engine(self) -> &'static str {
        match self {
            AuroraEngine::Postgresql => "aurora-postgresql",
            AuroraEngine::Mysql => "aurora-mysql",
        }
    }

    /// The database port.
    pub fn port(self) -> u16 {
        match self {
            AuroraEngine::Postgresql => 5432,
            AuroraEngine::Mysql => 3306,
        }
    }

    /// The protocol's name in descriptions (`PostgreSQL`, `MySQL`).
    pub fn protocol(self) -> &'static str {
        match self {
            AuroraEngine::Postgresql => "PostgreSQL",
            AuroraEngine::Mysql => "MySQL",
        }
    }

    /// The log types the cluster exports to CloudWatch Logs (all the engine has).
    pub fn log_exports(self) -> &'static [&'static str] {
        match self {
            AuroraEngine::Postgresql => &["postgresql"],
            AuroraEngine::Mysql => &["audit", "error", "general", "slowquery"],
        }
    }

    /// A short id for construct ids and names (`postgres`, `mysql`).
    pub fn short(self) -> &'static str {
        match self {
            AuroraEngine::Postgresql => "postgres",
            AuroraEngine::Mysql => "mysql",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cidr_parses_and_does_math() {
        let c: Cidr = "10.10.0.0/16".parse().unwrap();
        assert_eq!(c.subnet(24, 2).unwrap().to_string(), "10.10.2.0/24");
        assert!(c.overlaps(&"10.10.4.0/24".parse().unwrap()));
        assert!(!c.overlaps(&"10.20.0.0/16".parse().unwrap()));
        assert!("0.0.0.0/0".parse::<Cidr>().unwrap().overlaps(&c));
        for bad in [
            "10.10.0.1/16",
            "10.10.0.0",
            "10.10.0/16",
            "10.10.0.0/33",
            "300.0.0.0/8",
        ] {
            assert!(bad.parse::<Cidr>().is_err(), "{bad}");
        }
    }

    #[test]
    fn vpc_cidr_needs_room_for_three_subnets() {
        let v: VpcCidr = "10.0.0.0/26".parse().unwrap();
        assert_eq!(v.private_subnet(2).unwrap().to_string(), "10.0.0.32/28");
        assert!(v.private_subnet(3).is_none());
        let e = "10.0.0.0/27".parse::<VpcCidr>().unwrap_err();
        assert!(e.rule.contains("/16 to /26"), "{e}");
        assert!("10.0.0.0/15".parse::<VpcCidr>().is_err());
    }

    #[test]
    fn vpc_cidrs_must_not_overlap() {
        let a: VpcCidr = "10.10.0.0/16".parse().unwrap();
        let b: VpcCidr = "10.10.128.0/17".parse().unwrap();
        let e = VpcCidrs::new(a, b).unwrap_err();
        assert!(e.rule.contains("overlaps"), "{e}");
        VpcCidrs::new(a, "10.20.0.0/16".parse().unwrap()).unwrap();
    }

    #[test]
    fn database_values() {
        assert!("db.r6g.large".parse::<InstanceClass>().is_ok());
        assert!("r6g.large".parse::<InstanceClass>().is_err());
        assert!("db.".parse::<InstanceClass>().is_err());
        assert!(RetentionDays::new(0).is_err() && RetentionDays::new(36).is_err());
        assert_eq!(RetentionDays::new(7).unwrap().days(), 7);
        assert!("payments".parse::<PgIdentifier>().is_ok());
        assert!("1payments".parse::<PgIdentifier>().is_err());
        assert!("pay-ments".parse::<PgIdentifier>().is_err());
        assert!("rdsadmin".parse::<MasterUsername>().is_err());
        assert!("15.4".parse::<EngineVersion>().is_ok());
        assert!("8.0.mysql_aurora.3.05.2".parse::<EngineVersion>().is_ok());
        assert!("latest".parse::<EngineVersion>().is_err());
    }

    #[test]
    fn retentions() {
        assert_eq!(LogRetentionDays::new(30).unwrap().days(), 30);
        let e = LogRetentionDays::new(31).unwrap_err();
        assert!(e.rule.contains("not a CloudWatch Logs retention"), "{e}");
        assert!(BackupRetentionDays::new(0).is_err());
        assert_eq!(BackupRetentionDays::new(35).unwrap().days(), 35);
    }

    #[test]
    fn values_round_trip_through_json() {
        let v: VpcCidr = serde_json::from_str("\"10.1.0.0/16\"").unwrap();
        assert_eq!(serde_json::to_string(&v).unwrap(), "\"10.1.0.0/16\"");
        let e = serde_json::from_str::<RetentionDays>("40").unwrap_err();
        assert!(e.to_string().contains("1–35"), "{e}");
    }
}
