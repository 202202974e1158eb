//! `PaymentsDrConfig`: the typed config of the payments-dr stack.
//!
//! Precedence: `--config FILE.json` > `ENVIRONMENT_SUFFIX` > default `dev` (for the
//! suffix; every other field comes from the file or its default). Unknown keys are errors.

use std::path::Path;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use tfdr_dsl::{Error, Region};

use crate::policy::EnvironmentSuffix;

/// The config of the payments-dr stack, with defaults matching its requirements.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct PaymentsDrConfig {
    /// Suffix of every name (`{resource-type}-{environmentSuffix}`): 1–16 characters of
    /// `a-z0-9-`, starting with a letter.
    pub environment_suffix: String,
    /// Primary (active) region.
    pub primary_region: String,
    /// DR (passive) region; must differ from the primary.
    pub dr_region: String,
    /// VPC CIDR of the primary region (must not overlap the DR one).
    pub primary_vpc_cidr: String,
    /// VPC CIDR of the DR region.
    pub dr_vpc_cidr: String,
    /// Aurora instance class.
    pub aurora_instance_class: String,
    /// Aurora PostgreSQL engine version (must support global databases).
    pub aurora_engine_version: String,
    /// Automated backup retention, days (1–35; the requirement is 7).
    pub backup_retention_days: u32,
    /// Name of the initial database.
    pub database_name: String,
}

impl Default for PaymentsDrConfig {
    fn default() -> Self {
        PaymentsDrConfig {
            environment_suffix: "dev".into(),
            primary_region: "us-east-1".into(),
            dr_region: "us-east-2".into(),
            primary_vpc_cidr: "10.10.0.0/16".into(),
            dr_vpc_cidr: "10.20.0.0/16".into(),
            aurora_instance_class: "db.r6g.large".into(),
            aurora_engine_version: "15.4".into(),
            backup_retention_days: 7,
            database_name: "payments".into(),
        }
    }
}

/// An IPv4 CIDR block `a.b.c.d/n`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    /// Network address (host bits zero).
    pub addr: u32,
    /// Prefix length.
    pub prefix: u8,
}

impl Cidr {
    /// Parses `a.b.c.d/n` with host bits zero; `field` names the config key in errors.
    ///
    /// # Errors
    /// Malformed, prefix out of 16–28 (the VPC limits), or host bits set.
    pub fn parse(field: &str, s: &str) -> Result<Cidr, Error> {
        let err = |rule: &str| Error::new(field, format!("`{s}` {rule}"));
        let (ip, prefix) = s
            .split_once('/')
            .ok_or_else(|| err("is not a CIDR (a.b.c.d/n)"))?;
        let octets: Vec<u8> = ip
            .split('.')
            .map(|o| o.parse::<u8>())
            .collect::<Result<_, _>>()
            .map_err(|_| err("has an invalid IPv4 address"))?;
        if octets.len() != 4 {
            return Err(err("has an invalid IPv4 address"));
        }
        let prefix: u8 = prefix
            .parse()
            .map_err(|_| err("has an invalid prefix length"))?;
        if !(16..=28).contains(&prefix) {
            return Err(err(
                "must have a prefix length from /16 to /28 (the VPC limits)",
            ));
        }
        let addr = u32::from_be_bytes([octets[0], octets[1], octets[2], octets[3]]);
        let mask = u32::MAX << (32 - prefix);
        if addr & !mask != 0 {
            return Err(err("has host bits set"));
        }
        Ok(Cidr { addr, prefix })
    }

    /// Whether the two blocks share an address.
    pub fn overlaps(&self, other: &Cidr) -> bool {
        let p = self.prefix.min(other.prefix);
        let mask = u32::MAX << (32 - p);
        self.addr & mask == other.addr & mask
    }

    /// The `i`-th sub-block of prefix length `prefix` (e.g. /24 subnets of a /16).
    pub fn subnet(&self, prefix: u8, i: u32) -> Option<Cidr> {
        if prefix < self.prefix || prefix > 28 {
            return None;
        }
        let count = 1u64 << (prefix - self.prefix);
        if u64::from(i) >= count {
            return None;
        }
        Some(Cidr {
            addr: self.addr + (i << (32 - prefix)),
            prefix,
        })
    }
}

impl std::fmt::Display for Cidr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let [a, b, c, d] = self.addr.to_be_bytes();
        write!(f, "{a}.{b}.{c}.{d}/{}", self.prefix)
    }
}

/// A loaded and validated [`PaymentsDrConfig`].
#[derive(Debug, Clone, PartialEq)]
pub struct ValidConfig {
    /// The raw config.
    pub raw: PaymentsDrConfig,
    /// The validated suffix.
    pub suffix: EnvironmentSuffix,
    /// Primary region.
    pub primary: Region,
    /// DR region.
    pub dr: Region,
    /// Primary VPC CIDR.
    pub primary_cidr: Cidr,
    /// DR VPC CIDR.
    pub dr_cidr: Cidr,
}

impl PaymentsDrConfig {
    /// The JSON schema of the config file.
    pub fn json_schema() -> serde_json::Value {
        serde_json::to_value(schemars::schema_for!(PaymentsDrConfig)).expect("schemas serialize")
    }

    /// Loads with the documented precedence, reading `ENVIRONMENT_SUFFIX` from the process
    /// environment. Tests use [`PaymentsDrConfig::load_from`] instead.
    ///
    /// # Errors
    /// See [`PaymentsDrConfig::load_from`].
    pub fn load(config_file: Option<&Path>) -> Result<ValidConfig, Error> {
        let env = std::env::var("ENVIRONMENT_SUFFIX").ok();
        Self::load_from(config_file, env.as_deref())
    }

    /// Loads `config_file` (if any); when it does not set `environment_suffix`, uses
    /// `env_suffix`, else `dev`. Then validates.
    ///
    /// # Errors
    /// Unreadable file, invalid JSON, unknown keys, wrong types, or a value breaking its
    /// rule — each naming the field.
    pub fn load_from(
        config_file: Option<&Path>,
        env_suffix: Option<&str>,
    ) -> Result<ValidConfig, Error> {
        let cfg = match config_file {
            Some(path) => {
                let field = format!("--config {}", path.display());
                let text = std::fs::read_to_string(path)
                    .map_err(|e| Error::new(&field, format!("cannot read: {e}")))?;
                let value: serde_json::Value = serde_json::from_str(&text)
                    .map_err(|e| Error::new(&field, format!("invalid JSON: {e}")))?;
                let has_suffix = value.get("environment_suffix").is_some();
                let mut cfg: PaymentsDrConfig =
                    serde_json::from_value(value).map_err(|e| Error::new(&field, e.to_string()))?;
                if !has_suffix {
                    if let Some(s) = env_suffix {
                        cfg.environment_suffix = s.to_string();
                    }
                }
                cfg
            }
            None => {
                let mut cfg = PaymentsDrConfig::default();
                if let Some(s) = env_suffix {
                    cfg.environment_suffix = s.to_string();
                }
                cfg
            }
        };
        cfg.validate()
    }

    /// Validates every field.
    ///
    /// # Errors
    /// The first broken rule, naming the field.
    pub fn validate(self) -> Result<ValidConfig, Error> {
        let suffix = EnvironmentSuffix::new(&self.environment_suffix)?;
        let primary: Region = self
            .primary_region
            .parse()
            .map_err(|e: Error| Error::new("primary_region", e.rule))?;
        let dr: Region = self
            .dr_region
            .parse()
            .map_err(|e: Error| Error::new("dr_region", e.rule))?;
        if primary == dr {
            return Err(Error::new(
                "dr_region",
                format!("must differ from primary_region (both are {primary})"),
            ));
        }
        let primary_cidr = Cidr::parse("primary_vpc_cidr", &self.primary_vpc_cidr)?;
        let dr_cidr = Cidr::parse("dr_vpc_cidr", &self.dr_vpc_cidr)?;
        if primary_cidr.overlaps(&dr_cidr) {
            return Err(Error::new(
                "dr_vpc_cidr",
                format!("{dr_cidr} overlaps primary_vpc_cidr {primary_cidr}; the regions' VPCs must not overlap"),
            ));
        }
        if !(1..=35).contains(&self.backup_retention_days) {
            return Err(Error::new(
                "backup_retention_days",
                format!(
                    "{} is outside 1–35 (the Aurora limits)",
                    self.backup_retention_days
                ),
            ));
        }
        if !self.aurora_instance_class.starts_with("db.") {
            return Err(Error::new(
                "aurora_instance_class",
                format!(
                    "`{}` must be an RDS instance class such as db.r6g.large",
                    self.aurora_instance_class
                ),
            ));
        }
        let db_ok = self.database_name.len() <= 63
            && self
                .database_name
                .starts_with(|c: char| c.is_ascii_lowercase())
            && self
                .database_name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !db_ok {
            return Err(Error::new(
                "database_name",
                format!(
                    "`{}` must be 1–63 of a-z0-9_ starting with a letter",
                    self.database_name
                ),
            ));
        }
        Ok(ValidConfig {
            raw: self,
            suffix,
            primary,
            dr,
            primary_cidr,
            dr_cidr,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(json: &str) -> tempfile::NamedTempFile {
        let f = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(f.path(), json).unwrap();
        f
    }

    #[test]
    fn defaults_match_the_requirements() {
        let c = PaymentsDrConfig::load_from(None, None).unwrap();
        assert_eq!(c.suffix.as_str(), "dev");
        assert_eq!((c.primary, c.dr), (Region::UsEast1, Region::UsEast2));
        assert_eq!(c.raw.backup_retention_days, 7);
        assert_eq!(c.raw.aurora_instance_class, "db.r6g.large");
    }

    #[test]
    fn precedence_file_over_env_over_default() {
        assert_eq!(
            PaymentsDrConfig::load_from(None, Some("qa"))
                .unwrap()
                .suffix
                .as_str(),
            "qa"
        );
        let f = write(r#"{"environment_suffix": "prod"}"#);
        let c = PaymentsDrConfig::load_from(Some(f.path()), Some("qa")).unwrap();
        assert_eq!(c.suffix.as_str(), "prod");
        let f = write(r#"{"backup_retention_days": 10}"#);
        let c = PaymentsDrConfig::load_from(Some(f.path()), Some("qa")).unwrap();
        assert_eq!(c.suffix.as_str(), "qa");
        assert_eq!(c.raw.backup_retention_days, 10);
    }

    #[test]
    fn bad_input_names_the_field() {
        let f = write(r#"{"environment_sufix": "x"}"#);
        let e = PaymentsDrConfig::load_from(Some(f.path()), None).unwrap_err();
        assert!(e.rule.contains("unknown field `environment_sufix`"), "{e}");
        let f = write(r#"{"dr_region": "us-east-1"}"#);
        assert_eq!(
            PaymentsDrConfig::load_from(Some(f.path()), None)
                .unwrap_err()
                .field,
            "dr_region"
        );
        let f = write(r#"{"dr_region": "mars-1"}"#);
        assert_eq!(
            PaymentsDrConfig::load_from(Some(f.path()), None)
                .unwrap_err()
                .field,
            "dr_region"
        );
        let f = write(r#"{"dr_vpc_cidr": "10.10.128.0/17"}"#);
        assert!(PaymentsDrConfig::load_from(Some(f.path()), None)
            .unwrap_err()
            .rule
            .contains("overlaps"));
        let e = PaymentsDrConfig::load_from(None, Some("Bad")).unwrap_err();
        assert_eq!(e.field, "environment_suffix");
        let f = write("{not json");
        assert!(PaymentsDrConfig::load_from(Some(f.path()), None)
            .unwrap_err()
            .rule
            .contains("invalid JSON"));
    }

    #[test]
    fn cidr_math() {
        let c = Cidr::parse("f", "10.10.0.0/16").unwrap();
        assert_eq!(c.subnet(24, 2).unwrap().to_string(), "10.10.2.0/24");
        assert!(c.overlaps(&Cidr::parse("f", "10.10.4.0/24").unwrap()));
        assert!(!c.overlaps(&Cidr::parse("f", "10.20.0.0/16").unwrap()));
        assert!(Cidr::parse("f", "10.10.0.1/16").is_err());
    }

    #[test]
    fn schema_lists_every_field() {
        let s = PaymentsDrConfig::json_schema().to_string();
        assert!(s.contains("environment_suffix") && s.contains("backup_retention_days"));
    }
}
