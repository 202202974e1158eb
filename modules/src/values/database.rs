//! Database values: instance class, backup retention, identifiers, engine and version.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use tfdr_dsl::{Error, Expr};

use super::compute::bounded_count;

bounded_count!(
    /// Days between two rotations of a secret (`rotation_rules.automatically_after_days`
    /// of `aws_secretsmanager_secret_rotation`; Secrets Manager API Reference,
    /// `RotationRulesType.AutomaticallyAfterDays`: "Valid Range: Minimum value of 1.
    /// Maximum value of 1000.").
    RotationDays,
    "secret rotation interval (days)",
    1,
    1_000,
    "Secrets Manager RotationRulesType AutomaticallyAfterDays"
);

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

days_value!(RetentionDays);

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

/// Where AWS documents the Aurora Serverless v2 capacity bounds (0–256 ACUs in steps of
/// 0.5; the minimum 0 and the maximum 256 need recent engine versions).
pub const ACU_BOUNDS_SOURCE: &str =
    "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ServerlessV2ScalingConfiguration.html";

/// The minimum capacity AWS recommends for the Serverless v2 instances of an Aurora
/// global database's primary cluster: "Aurora global databases – 8 ACUs (applies only
/// to the primary AWS Region)" ([`GLOBAL_PRIMARY_MIN_ACU_SOURCE`]).
pub const GLOBAL_PRIMARY_MIN_ACU: f64 = 8.0;

/// Where AWS gives [`GLOBAL_PRIMARY_MIN_ACU`]: Aurora User Guide, "Performance and scaling
/// for Aurora Serverless v2", section "Choosing the minimum Aurora Serverless v2 capacity
/// setting for a cluster".
pub const GLOBAL_PRIMARY_MIN_ACU_SOURCE: &str = "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v2.setting-capacity.html#aurora-serverless-v2.min_capacity_considerations";

/// Aurora Serverless v2 capacity in Aurora capacity units (ACUs; one is about 2 GiB of
/// memory with matching CPU and network).
///
/// Guarantees: a multiple of 0.5 in 0–256, the values `ServerlessV2ScalingConfiguration`
/// accepts ([`ACU_BOUNDS_SOURCE`]: "You can specify ACU values in half-step increments";
/// the smallest is 0 on versions with auto-pause, else 0.5; the largest 256 on recent
/// versions, else 128). Which of those an engine version takes is left to AWS (it rejects
/// the cluster at apply). Held as a count of half ACUs, so it is exact and `Eq`.
/// (De)serializes as a JSON number (`8`, `8.5`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Acu(u16);

impl Acu {
    /// The smallest accepted value (0: auto-pause, on versions that support it).
    pub const MIN: f64 = 0.0;
    /// The largest accepted value.
    pub const MAX: f64 = 256.0;

    /// Checks `acu`.
    ///
    /// # Errors
    /// Not a finite multiple of 0.5 in 0–256.
    pub fn new(acu: f64) -> Result<Self, Error> {
        let halves = acu * 2.0;
        if !acu.is_finite() || !(Self::MIN..=Self::MAX).contains(&acu) || halves.fract() != 0.0 {
            return Err(Error::new(
                "aurora capacity (ACU)",
                format!(
                    "{acu} is not an Aurora Serverless v2 capacity: a multiple of 0.5 from {} to \
                     {} ACUs ({ACU_BOUNDS_SOURCE})",
                    Self::MIN,
                    Self::MAX
                ),
            ));
        }
        Ok(Acu(halves as u16))
    }

    /// The capacity in ACUs.
    pub fn get(self) -> f64 {
        f64::from(self.0) / 2.0
    }
}

impl fmt::Display for Acu {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.get())
    }
}

impl Serialize for Acu {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.get())
    }
}

impl<'de> Deserialize<'de> for Acu {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = f64::deserialize(d)?;
        Acu::new(v).map_err(|e| serde::de::Error::custom(e.rule))
    }
}

/// The capacity range of an Aurora Serverless v2 cluster (`serverlessv2_scaling_configuration`:
/// every `db.serverless` instance of the cluster scales between `min` and `max`).
///
/// Guarantees: `min ≤ max` and `max ≥ 1` (AWS: "The maximum capacity must be at least as
/// high as the minimum capacity" and "you can't specify 0.5 for both the minimum and
/// maximum. Use a value of 1 or higher for the maximum capacity", Aurora User Guide,
/// "Choosing the maximum Aurora Serverless v2 capacity setting for a cluster").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AcuRange {
    min: Acu,
    max: Acu,
}

impl AcuRange {
    /// Checks the pair.
    ///
    /// # Errors
    /// `max < 1` (field `max_capacity`) or `min > max` (field `min_capacity`).
    pub fn new(min: Acu, max: Acu) -> Result<Self, Error> {
        if max.get() < 1.0 {
            return Err(Error::new(
                "max_capacity",
                format!(
                    "{max} ACU is below 1: the maximum Aurora Serverless v2 capacity must be 1 \
                     ACU or higher (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/\
                     aurora-serverless-v2.setting-capacity.html#aurora-serverless-v2.max_capacity_considerations)"
                ),
            ));
        }
        if min > max {
            return Err(Error::new(
                "min_capacity",
                format!("{min} ACU is above the maximum capacity ({max} ACU)"),
            ));
        }
        Ok(AcuRange { min, max })
    }

    /// The range of the primary cluster of a global database: [`AcuRange::new`] plus the
    /// minimum AWS recommends there, [`GLOBAL_PRIMARY_MIN_ACU`] (8 ACUs), so the writer
    /// keeps up with the global database's replication even when idle.
    ///
    /// # Errors
    /// [`AcuRange::new`]'s, or `min` below 8 ACUs (field `min_capacity`, citing the AWS
    /// recommendation and [`GLOBAL_PRIMARY_MIN_ACU_SOURCE`]).
    pub fn for_global_primary(min: Acu, max: Acu) -> Result<GlobalPrimaryAcuRange, Error> {
        let range = AcuRange::new(min, max)?;
        if min.get() < GLOBAL_PRIMARY_MIN_ACU {
            return Err(Error::new(
                "min_capacity",
                format!(
                    "{min} ACU is below {GLOBAL_PRIMARY_MIN_ACU} ACUs, the minimum AWS recommends \
                     for Aurora Serverless v2 in the primary cluster of a global database \
                     (\"Aurora global databases – 8 ACUs (applies only to the primary AWS \
                     Region)\", {GLOBAL_PRIMARY_MIN_ACU_SOURCE})"
                ),
            ));
        }
        Ok(GlobalPrimaryAcuRange(range))
    }

    /// The minimum capacity: what every instance of the cluster always runs (and is billed)
    /// at, however idle.
    pub fn min(&self) -> Acu {
        self.min
    }

    /// The maximum capacity of each instance.
    pub fn max(&self) -> Acu {
        self.max
    }
}

/// An [`AcuRange`] fit for the primary cluster of an Aurora global database: its minimum
/// is at least [`GLOBAL_PRIMARY_MIN_ACU`]. Only [`AcuRange::for_global_primary`] makes
/// one, so a component that takes it never checks again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct GlobalPrimaryAcuRange(AcuRange);

impl GlobalPrimaryAcuRange {
    /// The range.
    pub fn range(&self) -> AcuRange {
        self.0
    }
}

impl AuroraEngine {
    /// Checks that `version` of this engine can run Aurora Serverless v2 **and** a global
    /// database in every Region that has Aurora Serverless v2: Aurora MySQL 3.02.0 or
    /// later (`8.0.mysql_aurora.3.02.0`+; global databases need 3.01.0+), Aurora
    /// PostgreSQL 13.6+, 14.3+ or 15 and later (AWS Aurora User Guide, "Supported Regions
    /// and Aurora DB engines for Aurora Serverless v2", and "… for Aurora global
    /// databases"). Newer Regions list later first versions; AWS has the last word at
    /// apply.
    ///
    /// # Errors
    /// An older version, or a version of the other engine (field `engine_version`).
    pub fn check_serverless_v2_version(self, version: &EngineVersion) -> Result<(), Error> {
        let nums: Vec<u32> = version
            .as_str()
            .split('.')
            .filter_map(|p| p.parse().ok())
            .collect();
        let mysql = version.as_str().contains(".mysql_aurora.");
        let ok = match self {
            // 8.0.mysql_aurora.3.MM.P: nums = [8, 0, 3, MM, P]
            AuroraEngine::Mysql => mysql && nums.len() == 5 && (nums[2], nums[3]) >= (3, 2),
            AuroraEngine::Postgresql => {
                !mysql
                    && match nums.as_slice() {
                        [13, minor, ..] => *minor >= 6,
                        [14, minor, ..] => *minor >= 3,
                        [major, ..] => *major >= 15,
                        [] => false,
                    }
            }
        };
        if ok {
            Ok(())
        } else {
            let needs = match self {
                AuroraEngine::Mysql => "8.0.mysql_aurora.3.02.0 or later",
                AuroraEngine::Postgresql => "13.6+, 14.3+ or 15 and later",
            };
            Err(Error::new(
                "engine_version",
                format!(
                    "`{version}` cannot run Aurora Serverless v2 in a global database on {}: \
                     needs {needs} (AWS Aurora User Guide, \"Supported Regions and Aurora DB \
                     engines for Aurora Serverless v2\")",
                    self.engine()
                ),
            ))
        }
    }
}

bounded_count!(
    /// Aurora Replicas (readers) of a global database's primary cluster, besides its writer:
    /// 0–15 ("An Aurora DB cluster can have up to 15 Aurora Replicas", AWS Aurora User Guide,
    /// "Replication with Amazon Aurora").
    PrimaryReaders,
    "primary readers",
    0,
    15,
    "an Aurora cluster has one writer and up to 15 Aurora Replicas"
);

bounded_count!(
    /// Instances of a global database's secondary cluster: all readers until it is
    /// promoted; at least 1 (a secondary without an instance cannot serve reads or be
    /// failed over to quickly), at most 16 ("You can add up to 16 Aurora Replicas to any of
    /// the secondary clusters", AWS Aurora User Guide, "Using Amazon Aurora Global
    /// Database").
    SecondaryInstances,
    "secondary instances",
    1,
    16,
    "a global database's secondary cluster has 1 to 16 read-only instances"
);

#[cfg(test)]
mod tests {
    use super::*;

    fn acu(v: f64) -> Acu {
        Acu::new(v).unwrap()
    }

    #[test]
    fn acu_is_a_half_step_in_aws_bounds() {
        assert_eq!(acu(0.0).get(), 0.0);
        assert_eq!(acu(8.5).get(), 8.5);
        assert_eq!(acu(256.0).get(), 256.0);
        for bad in [-0.5, 0.25, 8.3, 256.5, f64::NAN, f64::INFINITY] {
            let e = Acu::new(bad).unwrap_err();
            assert_eq!(e.field, "aurora capacity (ACU)", "{bad}");
            assert!(e.rule.contains("multiple of 0.5 from 0 to 256"), "{e}");
        }
    }

    #[test]
    fn acu_serde_is_a_number_checked_by_the_rule() {
        let a: Acu = serde_json::from_str("8.5").unwrap();
        assert_eq!(a, acu(8.5));
        assert_eq!(serde_json::to_string(&acu(8.0)).unwrap(), "8.0");
        let e = serde_json::from_str::<Acu>("0.3").unwrap_err();
        assert!(e.to_string().contains("multiple of 0.5"), "{e}");
        assert_eq!(acu(16.0).to_string(), "16");
    }

    #[test]
    fn acu_range_needs_min_at_most_max_and_max_at_least_one() {
        let r = AcuRange::new(acu(0.5), acu(1.0)).unwrap();
        assert_eq!((r.min(), r.max()), (acu(0.5), acu(1.0)));
        AcuRange::new(acu(4.0), acu(4.0)).unwrap();
        let e = AcuRange::new(acu(0.5), acu(0.5)).unwrap_err();
        assert_eq!(e.field, "max_capacity");
        assert!(e.rule.contains("1 ACU or higher"), "{e}");
        let e = AcuRange::new(acu(16.0), acu(8.0)).unwrap_err();
        assert_eq!(e.field, "min_capacity");
        assert!(e.rule.contains("above the maximum capacity (8 ACU)"), "{e}");
    }

    #[test]
    fn a_global_primary_needs_at_least_8_acus_and_the_error_cites_aws() {
        let r = AcuRange::for_global_primary(acu(8.0), acu(64.0)).unwrap();
        assert_eq!(r.range().min(), acu(8.0));
        let e = AcuRange::for_global_primary(acu(7.5), acu(64.0)).unwrap_err();
        assert_eq!(e.field, "min_capacity");
        assert!(e.rule.contains("7.5 ACU is below 8 ACUs"), "{e}");
        assert!(
            e.rule.contains(
                "Aurora global databases – 8 ACUs (applies only to the primary AWS Region)"
            ),
            "{e}"
        );
        assert!(e.rule.contains(GLOBAL_PRIMARY_MIN_ACU_SOURCE), "{e}");
        // The plain range rules come first.
        let e = AcuRange::for_global_primary(acu(16.0), acu(8.0)).unwrap_err();
        assert!(e.rule.contains("above the maximum"), "{e}");
    }

    #[test]
    fn serverless_v2_versions_per_engine() {
        let v = |s: &str| s.parse::<EngineVersion>().unwrap();
        let my = AuroraEngine::Mysql;
        let pg = AuroraEngine::Postgresql;
        my.check_serverless_v2_version(&v("8.0.mysql_aurora.3.02.0"))
            .unwrap();
        my.check_serverless_v2_version(&v("8.0.mysql_aurora.3.08.1"))
            .unwrap();
        for bad in ["8.0.mysql_aurora.3.01.1", "5.7.mysql_aurora.2.11.4", "15.4"] {
            let e = my.check_serverless_v2_version(&v(bad)).unwrap_err();
            assert_eq!(e.field, "engine_version");
            assert!(e.rule.contains("8.0.mysql_aurora.3.02.0 or later"), "{e}");
        }
        for good in ["13.6", "14.3", "15.4", "16.1"] {
            pg.check_serverless_v2_version(&v(good)).unwrap();
        }
        for bad in ["13.5", "14.2", "12.16", "8.0.mysql_aurora.3.05.2"] {
            assert!(pg.check_serverless_v2_version(&v(bad)).is_err(), "{bad}");
        }
    }
}
