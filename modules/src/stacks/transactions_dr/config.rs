//! [`TransactionsDrConfig`]: the typed config of the transactions-dr stack — the
//! requirements' "variables file", with its JSON Schema from
//! [`TransactionsDrConfig::json_schema`].
//!
//! Precedence: `--config FILE.json` > `ENVIRONMENT_SUFFIX` > default `dev` (for the
//! suffix; every other field comes from the file or its default). Every field has a
//! validating type, so a value that breaks its rule fails at load time naming the field;
//! the cross-field rules are checked by [`TransactionsDrConfig::validate`].

use std::path::Path;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use tfdr_dsl::{Error, Region, RegionPair};

use crate::aurora_global::AuroraCapacity;
use crate::failover_automation::{DataLossPolicy, FailoverMode};
use crate::hosted_zone::ZoneSource;
use crate::network::NatGateways;
use crate::policy::{EnvironmentSuffix, TagPolicy, TagSet};
use crate::values::{
    Acu, AcuRange, AuroraEngine, BackupRetentionDays, DomainName, EngineVersion, ExpiryDays,
    FailureThreshold, HealthCheckInterval, HostedZoneId, LagSeconds, LogRetentionDays,
    PgIdentifier, PrimaryReaders, RetentionDays, RotationDays, SecondaryInstances, StageName,
    ThrottleBurst, ThrottleRate, Tiering, TieringSpec, VpcCidr, VpcCidrs,
};

/// The config of the transactions-dr stack, with defaults matching its requirements.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct TransactionsDrConfig {
    /// Suffix of every name (`{resource-type}-{environmentSuffix}`): 1–16 characters of
    /// `a-z0-9-`, starting with a letter.
    #[schemars(with = "String")]
    pub environment_suffix: EnvironmentSuffix,
    /// Primary (active) region.
    #[schemars(with = "String")]
    pub primary_region: Region,
    /// DR (passive) region; must differ from the primary.
    #[schemars(with = "String")]
    pub dr_region: Region,
    /// The `Environment` tag of every resource (both regions).
    pub environment_tag: String,
    /// The `CostCenter` tag of every resource (both regions).
    pub cost_center: String,
    /// VPC CIDR of the primary region (/16–/26; must not overlap the DR one).
    #[schemars(with = "String")]
    pub primary_vpc_cidr: VpcCidr,
    /// VPC CIDR of the DR region.
    #[schemars(with = "String")]
    pub dr_vpc_cidr: VpcCidr,
    /// NAT gateways of the DR region's private subnets: `per-az`, `single` (default) or
    /// `none`. The primary always has one per AZ.
    pub dr_nat_gateways: NatGateways,
    /// Aurora MySQL engine version (Serverless v2 in a global database needs
    /// `8.0.mysql_aurora.3.02.0` or later).
    #[schemars(with = "String")]
    pub aurora_engine_version: EngineVersion,
    /// Minimum Aurora Serverless v2 capacity of the primary cluster, in ACUs (≥ 8: AWS's
    /// minimum for the primary of a global database).
    #[schemars(with = "f64")]
    pub aurora_primary_min_acu: Acu,
    /// Maximum capacity of the primary cluster, in ACUs (≤ 256).
    #[schemars(with = "f64")]
    pub aurora_primary_max_acu: Acu,
    /// Minimum capacity of the secondary cluster, in ACUs (0.5 or more).
    #[schemars(with = "f64")]
    pub aurora_dr_min_acu: Acu,
    /// Maximum capacity of the secondary cluster, in ACUs: what it can grow to after a
    /// failover.
    #[schemars(with = "f64")]
    pub aurora_dr_max_acu: Acu,
    /// Readers of the primary besides the writer (the writer and the readers are spread
    /// over the 3 AZs).
    #[schemars(with = "u32")]
    pub aurora_primary_readers: PrimaryReaders,
    /// Instances of the secondary cluster.
    #[schemars(with = "u32")]
    pub aurora_dr_instances: SecondaryInstances,
    /// Automated backup retention, days (1–35; the requirement is 7).
    #[schemars(with = "u32")]
    pub backup_retention_days: RetentionDays,
    /// Days an AWS Backup recovery point of the primary cluster is kept in the primary
    /// vault (replication copies bad writes too; only a backup taken before brings the
    /// data back).
    #[schemars(with = "u32")]
    pub backup_retention_days_primary: BackupRetentionDays,
    /// Days its copy is kept in the DR region's vault.
    #[schemars(with = "u32")]
    pub backup_retention_days_dr: BackupRetentionDays,
    /// Name of the initial database.
    #[schemars(with = "String")]
    pub database_name: PgIdentifier,
    /// Days between rotations of the master secret (1–1000).
    #[schemars(with = "u32")]
    pub secret_rotation_days: RotationDays,
    /// Days logs are kept (a CloudWatch Logs retention value).
    #[schemars(with = "u32")]
    pub log_retention_days: LogRetentionDays,
    /// Days S3 server access logs are kept.
    #[schemars(with = "u32")]
    pub access_log_retention_days: ExpiryDays,
    /// Days a noncurrent object version is kept in the data buckets.
    #[schemars(with = "u32")]
    pub noncurrent_version_days: ExpiryDays,
    /// Storage-class tiering of the transaction-log bucket (current versions → STANDARD_IA
    /// → an archive class; noncurrent versions optionally archived).
    #[schemars(with = "serde_json::Value")]
    pub transaction_log_tiering: Tiering,
    /// Storage-class tiering of the application-data bucket.
    #[schemars(with = "serde_json::Value")]
    pub app_data_tiering: Tiering,
    /// The public hosted zone the health name lives in. Unset: the placeholder zone
    /// `transactions-<environment_suffix>.example.net` (emulator only).
    #[schemars(with = "Option<String>")]
    pub dns_zone_name: Option<DomainName>,
    /// Use this existing public hosted zone (its name is `dns_zone_name`, which must then
    /// be set) instead of creating one.
    #[schemars(with = "Option<String>")]
    pub dns_existing_zone_id: Option<HostedZoneId>,
    /// The label of the failover name in the zone (`<api_subdomain>.<zone>`).
    pub api_subdomain: String,
    /// Stage of the regional health APIs.
    #[schemars(with = "String")]
    pub api_stage: StageName,
    /// Requests per second each health API accepts.
    #[schemars(with = "u32")]
    pub api_throttle_rate: ThrottleRate,
    /// Burst of each health API.
    #[schemars(with = "u32")]
    pub api_throttle_burst: ThrottleBurst,
    /// Seconds between a Route 53 checker's probes (10 or 30; 10 for detection within 60 s).
    #[schemars(with = "u32")]
    pub health_check_interval_seconds: HealthCheckInterval,
    /// Consecutive failed probes before a region counts as unhealthy (1–10).
    #[schemars(with = "u32")]
    pub health_check_failure_threshold: FailureThreshold,
    /// Replication lag of the warning alarm, seconds (the RPO: 60).
    #[schemars(with = "u32")]
    pub lag_warning_seconds: LagSeconds,
    /// Replication lag of the critical alarm, seconds (the requirement's 5 minutes: 300).
    #[schemars(with = "u32")]
    pub lag_critical_seconds: LagSeconds,
    /// Email addresses subscribed to every alert topic.
    pub alert_emails: Vec<String>,
    /// HTTPS endpoints subscribed to every alert topic.
    pub alert_https_endpoints: Vec<String>,
    /// What the failover function does when the primary is confirmed down: `automatic`
    /// or `notify-only`.
    pub failover_mode: FailoverMode,
    /// Whether an automatic failover may lose the last writes when the primary database is
    /// unreachable: `never` (default) or `allow-on-outage`.
    pub failover_data_loss: DataLossPolicy,
}

/// The default tiering of both buckets: STANDARD_IA after 30 days, Glacier Instant
/// Retrieval after 90, noncurrent versions to Glacier Instant Retrieval after 30 days.
fn default_tiering() -> Tiering {
    Tiering::new(TieringSpec {
        infrequent_access_after_days: 30,
        archive: crate::values::ArchiveClass::GlacierInstantRetrieval,
        archive_after_days: 90,
        expire_current_after: None,
        noncurrent_transition: None,
        transition_objects_larger_than_bytes: None,
    })
    .expect("the default tiering follows S3's rules")
}

impl Default for TransactionsDrConfig {
    /// The requirements' values: us-east-1 → us-west-2, Aurora MySQL 3 Serverless v2 (8–64
    /// ACUs primary, 0.5–64 secondary), a writer and 2 readers over 3 AZs, 7 days of
    /// backups, a 10 s health check interval, lag alarms at 60 s and 300 s.
    fn default() -> Self {
        let parse = |s: &str| s.parse().expect("the defaults satisfy their rules");
        TransactionsDrConfig {
            environment_suffix: EnvironmentSuffix::new("dev").expect("`dev` is a valid suffix"),
            primary_region: Region::UsEast1,
            dr_region: Region::UsWest2,
            environment_tag: "production".into(),
            cost_center: "transactions".into(),
            primary_vpc_cidr: parse("10.50.0.0/16"),
            dr_vpc_cidr: parse("10.60.0.0/16"),
            dr_nat_gateways: NatGateways::Single,
            aurora_engine_version: "8.0.mysql_aurora.3.05.2".parse().expect("valid default"),
            aurora_primary_min_acu: Acu::new(8.0).expect("valid default"),
            aurora_primary_max_acu: Acu::new(64.0).expect("valid default"),
            aurora_dr_min_acu: Acu::new(0.5).expect("valid default"),
            aurora_dr_max_acu: Acu::new(64.0).expect("valid default"),
            aurora_primary_readers: PrimaryReaders::new(2).expect("valid default"),
            aurora_dr_instances: SecondaryInstances::new(1).expect("valid default"),
            backup_retention_days: RetentionDays::new(7).expect("valid default"),
            backup_retention_days_primary: BackupRetentionDays::new(35).expect("valid default"),
            backup_retention_days_dr: BackupRetentionDays::new(35).expect("valid default"),
            database_name: "transactions".parse().expect("valid default"),
            secret_rotation_days: RotationDays::new(30).expect("valid default"),
            log_retention_days: LogRetentionDays::new(90).expect("valid default"),
            access_log_retention_days: ExpiryDays::new(90).expect("valid default"),
            noncurrent_version_days: ExpiryDays::new(365).expect("valid default"),
            transaction_log_tiering: default_tiering(),
            app_data_tiering: default_tiering(),
            dns_zone_name: None,
            dns_existing_zone_id: None,
            api_subdomain: "health".into(),
            api_stage: "live".parse().expect("valid default"),
            api_throttle_rate: ThrottleRate::new(50).expect("valid default"),
            api_throttle_burst: ThrottleBurst::new(100).expect("valid default"),
            health_check_interval_seconds: HealthCheckInterval::Fast10,
            health_check_failure_threshold: FailureThreshold::new(3).expect("valid default"),
            lag_warning_seconds: LagSeconds::new(60).expect("valid default"),
            lag_critical_seconds: LagSeconds::new(300).expect("valid default"),
            alert_emails: Vec::new(),
            alert_https_endpoints: Vec::new(),
            failover_mode: FailoverMode::Automatic,
            failover_data_loss: DataLossPolicy::Never,
        }
    }
}

impl TransactionsDrConfig {
    /// The JSON schema of the config file.
    pub fn json_schema() -> serde_json::Value {
        serde_json::to_value(schemars::schema_for!(TransactionsDrConfig))
            .expect("schemas serialize")
    }

    /// Loads with the documented precedence, reading `ENVIRONMENT_SUFFIX` from the process
    /// environment. Tests use [`TransactionsDrConfig::load_from`] instead.
    ///
    /// # Errors
    /// See [`TransactionsDrConfig::load_from`].
    pub fn load(config_file: Option<&Path>) -> Result<TransactionsDrConfig, Error> {
        let env = std::env::var("ENVIRONMENT_SUFFIX").ok();
        Self::load_from(config_file, env.as_deref())
    }

    /// Loads `config_file` (if any); when it does not set `environment_suffix`, uses
    /// `env_suffix`, else `dev`. Then checks the cross-field rules.
    ///
    /// # Errors
    /// Unreadable file, invalid JSON, a top level that is not an object, unknown keys,
    /// wrong types, or a value breaking its rule — each naming the field.
    pub fn load_from(
        config_file: Option<&Path>,
        env_suffix: Option<&str>,
    ) -> Result<TransactionsDrConfig, Error> {
        let config: TransactionsDrConfig =
            crate::stacks::config_file::load_json(config_file, env_suffix)?;
        config.validate()?;
        Ok(config)
    }

    /// Checks the cross-field rules: the regions differ, the VPC blocks do not overlap,
    /// the capacity ranges (the primary's minimum at least AWS's 8 ACUs for a global
    /// primary), the lag thresholds (warning below critical), the tags, the engine version
    /// (Serverless v2), the noncurrent expiry against the tiering, the zone and the name.
    ///
    /// # Errors
    /// The first broken rule, naming the field.
    pub fn validate(&self) -> Result<(), Error> {
        RegionPair::check(self.primary_region, self.dr_region)
            .map_err(|e| Error::new("dr_region", e.rule))?;
        self.capacity()?;
        AuroraEngine::Mysql
            .check_serverless_v2_version(&self.aurora_engine_version)
            .map_err(|e| Error::new("aurora_engine_version", e.rule))?;
        if self.lag_warning_seconds.get() >= self.lag_critical_seconds.get() {
            return Err(Error::new(
                "lag_critical_seconds",
                format!(
                    "{} s must be above lag_warning_seconds ({} s): the warning comes first",
                    self.lag_critical_seconds.get(),
                    self.lag_warning_seconds.get()
                ),
            ));
        }
        for (field, tiering) in [
            ("transaction_log_tiering", &self.transaction_log_tiering),
            ("app_data_tiering", &self.app_data_tiering),
        ] {
            tiering
                .check_noncurrent_expiry(self.noncurrent_version_days)
                .map_err(|e| Error::new(format!("{field}/noncurrent_version_days"), e.rule))?;
        }
        self.tags()?;
        self.zone()?;
        self.api_domain_name()?;
        self.vpc_cidrs().map(|_| ())
    }

    /// The Serverless v2 capacity of both clusters.
    ///
    /// # Errors
    /// A range is empty or out of bounds, or the primary's minimum is below AWS's 8 ACUs
    /// for a global primary (field `aurora_primary_min_acu`, citing the source).
    pub fn capacity(&self) -> Result<AuroraCapacity, Error> {
        let primary =
            AcuRange::for_global_primary(self.aurora_primary_min_acu, self.aurora_primary_max_acu)
                .map_err(|e| Error::new("aurora_primary_min_acu", e.rule))?;
        let dr = AcuRange::new(self.aurora_dr_min_acu, self.aurora_dr_max_acu)
            .map_err(|e| Error::new("aurora_dr_min_acu", e.rule))?;
        Ok(AuroraCapacity::ServerlessV2 { primary, dr })
    }

    /// The stack's tag policy: `Environment` and `CostCenter` everywhere, `DR-Role` =
    /// `primary` in the primary region and `secondary` in the DR region.
    ///
    /// # Errors
    /// A tag value breaks AWS's tag rules (field `environment_tag` or `cost_center`).
    pub fn tags(&self) -> Result<TagPolicy, Error> {
        let common = TagSet::new([
            ("Environment", self.environment_tag.as_str()),
            ("CostCenter", self.cost_center.as_str()),
        ])
        .map_err(|e| {
            let field = if e.rule.contains("Environment") {
                "environment_tag"
            } else {
                "cost_center"
            };
            Error::new(field, e.rule)
        })?;
        let role = |r: &str| TagSet::new([("DR-Role", r)]).expect("a valid tag");
        TagPolicy::per_region(&common, &role("primary"), &role("secondary"))
    }

    /// Where the hosted zone comes from.
    ///
    /// # Errors
    /// `dns_existing_zone_id` is set without `dns_zone_name`.
    pub fn zone(&self) -> Result<ZoneSource, Error> {
        crate::stacks::config_file::zone_source(
            self.dns_existing_zone_id.as_ref(),
            self.dns_zone_name.as_ref(),
            || self.placeholder_zone(),
        )
    }

    /// Whether the zone is the placeholder (no `dns_zone_name` given).
    pub fn uses_placeholder_zone(&self) -> bool {
        self.dns_zone_name.is_none()
    }

    fn placeholder_zone(&self) -> Result<DomainName, Error> {
        crate::stacks::config_file::placeholder_zone("transactions", &self.environment_suffix)
    }

    /// The failover name: `<api_subdomain>.<zone>`.
    ///
    /// # Errors
    /// The label is not one DNS label, or the name breaks the domain-name rule.
    pub fn api_domain_name(&self) -> Result<DomainName, Error> {
        let zone = match &self.dns_zone_name {
            Some(z) => z.clone(),
            None => self.placeholder_zone()?,
        };
        crate::stacks::config_file::name_in_zone(
            &self.api_subdomain,
            "api_subdomain",
            "health",
            &zone,
        )
    }

    /// The two VPC blocks, checked not to overlap.
    ///
    /// # Errors
    /// They overlap (field `dr_vpc_cidr`).
    pub fn vpc_cidrs(&self) -> Result<VpcCidrs, Error> {
        VpcCidrs::new(self.primary_vpc_cidr, self.dr_vpc_cidr)
            .map_err(|e| Error::new("dr_vpc_cidr", e.rule))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(json: &str) -> Result<TransactionsDrConfig, Error> {
        let f = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(f.path(), json).unwrap();
        TransactionsDrConfig::load_from(Some(f.path()), None)
    }

    #[test]
    fn defaults_match_the_requirements() {
        let c = TransactionsDrConfig::load_from(None, None).unwrap();
        assert_eq!(
            (c.primary_region, c.dr_region),
            (Region::UsEast1, Region::UsWest2)
        );
        assert_eq!(c.backup_retention_days.days(), 7);
        assert_eq!(c.lag_critical_seconds.get(), 300);
        assert_eq!(c.lag_warning_seconds.get(), 60);
        assert_eq!(
            c.health_check_interval_seconds.seconds() * c.health_check_failure_threshold.count(),
            30,
            "detection within 60 s"
        );
        let tags = c.tags().unwrap();
        assert_eq!(
            tags.region(crate::Side::Dr)
                .as_map()
                .get("DR-Role")
                .map(String::as_str),
            Some("secondary")
        );
    }

    #[test]
    fn precedence_file_over_env_over_default() {
        let c = TransactionsDrConfig::load_from(None, Some("qa")).unwrap();
        assert_eq!(c.environment_suffix.as_str(), "qa");
        let c = load(r#"{"environment_suffix": "prod"}"#).unwrap();
        assert_eq!(c.environment_suffix.as_str(), "prod");
    }

    #[test]
    fn bad_input_names_the_field_and_the_rule() {
        let cases = [
            (r#"{"dr_region": "us-east-1"}"#, "dr_region", "must differ"),
            (
                r#"{"aurora_primary_min_acu": 4}"#,
                "aurora_primary_min_acu",
                "8 ACUs",
            ),
            (
                r#"{"aurora_engine_version": "8.0.mysql_aurora.3.01.0"}"#,
                "aurora_engine_version",
                "3.02.0",
            ),
            (
                r#"{"lag_warning_seconds": 300}"#,
                "lag_critical_seconds",
                "above lag_warning_seconds",
            ),
            (r#"{"cost_center": "a*b"}"#, "cost_center", ""),
            (
                r#"{"dr_vpc_cidr": "10.50.128.0/17"}"#,
                "dr_vpc_cidr",
                "overlaps",
            ),
            (
                r#"{"transaction_log_tiering": {"infrequent_access_after_days": 10, "archive": "GLACIER", "archive_after_days": 90}}"#,
                "transaction_log_tiering",
                "30",
            ),
            (
                r#"{"api_subdomain": "a.b"}"#,
                "api_subdomain",
                "one DNS label",
            ),
            (r#"{"sufix": "x"}"#, "", "unknown field `sufix`"),
        ];
        for (json, field, rule) in cases {
            let e = load(json).unwrap_err();
            if !field.is_empty() {
                assert!(e.field.starts_with(field), "{json}: {e}");
            }
            assert!(e.rule.contains(rule), "{json}: {e}");
        }
    }

    #[test]
    fn schema_lists_every_field() {
        let s = TransactionsDrConfig::json_schema().to_string();
        for field in [
            "aurora_primary_min_acu",
            "lag_warning_seconds",
            "transaction_log_tiering",
            "cost_center",
        ] {
            assert!(s.contains(field), "{field}");
        }
    }
}
