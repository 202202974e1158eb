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
