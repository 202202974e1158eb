//! [`TradingDrConfig`]: the typed config of the trading-dr stack.
//!
//! Precedence: `--config FILE.json` > `ENVIRONMENT_SUFFIX` > default `dev` (for the
//! suffix; every other field comes from the file or its default). Every field has a
//! validating type, so a value that breaks its rule fails at load time naming the field;
//! the cross-field rules are checked by [`TradingDrConfig::validate`].

use std::path::Path;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use tfdr_dsl::{Error, Region, RegionPair};

use crate::failover_automation::{DataLossPolicy, FailoverMode};
use crate::hosted_zone::ZoneSource;
use crate::network::NatGateways;
use crate::policy::EnvironmentSuffix;
use crate::values::{
    AppPort, BackupRetentionDays, DomainName, Ec2InstanceType, EngineVersion, ExpiryDays,
    FailureThreshold, FleetCapacity, GracePeriodSeconds, GroupCapacity, HealthCheckInterval,
    HealthyPercent, HostedZoneId, InstanceClass, LagSeconds, LogRetentionDays, PgIdentifier,
    RequestsPerMinute, RequestsPerTarget, RetentionDays, ThresholdMs, VpcCidr, VpcCidrs,
    WarmupSeconds,
};

/// The config of the trading-dr stack, with defaults matching its requirements.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct TradingDrConfig {
    /// Suffix of every name (`{resource-type}-{environmentSuffix}`): 1–16 characters of
    /// `a-z0-9-`, starting with a letter.
    #[schemars(with = "String")]
    pub environment_suffix: EnvironmentSuffix,
    /// Primary (active) region.
    #[schemars(with = "String")]
    pub primary_region: Region,
    /// Standby region; must differ from the primary. The default, eu-central-2, is an
    /// opt-in region: enable it for the account before the first apply.
    #[schemars(with = "String")]
    pub dr_region: Region,
    /// VPC CIDR of the primary region (/16–/26; must not overlap the standby one).
    #[schemars(with = "String")]
    pub primary_vpc_cidr: VpcCidr,
    /// VPC CIDR of the standby region.
    #[schemars(with = "String")]
    pub dr_vpc_cidr: VpcCidr,
    /// NAT gateways of the standby's private subnets: `per-az` (as the primary; 3 hourly
    /// charges), `single` (default: one, a third of the cost; all AZs' egress depends on
    /// it until it is raised after a failover) or `none` (free; the standby's instances
    /// then reach only the VPC and the S3/DynamoDB gateway endpoints). The primary
    /// always has one per AZ.
    pub standby_nat_gateways: NatGateways,
    /// Aurora instance class (`db.<family>.<size>`; global databases need r-class or
    /// larger for production lag).
    #[schemars(with = "String")]
    pub aurora_instance_class: InstanceClass,
    /// Aurora PostgreSQL engine version (must support global databases).
    #[schemars(with = "String")]
    pub aurora_engine_version: EngineVersion,
    /// Automated backup retention, days (1–35).
    #[schemars(with = "u32")]
    pub backup_retention_days: RetentionDays,
    /// Days an AWS Backup recovery point of the primary cluster is kept in the primary
    /// vault (replication copies bad writes too; only a backup taken before brings the
    /// data back).
    #[schemars(with = "u32")]
    pub backup_retention_days_primary: BackupRetentionDays,
    /// Days its copy is kept in the standby region's vault.
    #[schemars(with = "u32")]
    pub backup_retention_days_dr: BackupRetentionDays,
    /// Name of the initial database (a PostgreSQL identifier).
    #[schemars(with = "String")]
    pub database_name: PgIdentifier,
    /// Days logs are kept (a CloudWatch Logs retention value: 1, 3, 5, 7, 14, 30, …).
    #[schemars(with = "u32")]
    pub log_retention_days: LogRetentionDays,
    /// Days S3 server access logs are kept.
    #[schemars(with = "u32")]
    pub access_log_retention_days: ExpiryDays,
    /// Days a noncurrent object version is kept in the artifact buckets.
    #[schemars(with = "u32")]
    pub noncurrent_version_days: ExpiryDays,
    /// The EC2 instance type of the trading app (its architecture picks the image).
    #[schemars(with = "String")]
    pub instance_type: Ec2InstanceType,
    /// Group sizes: `{"primary": {"min", "desired", "max"}, "standby": {"min", "max"}}`.
    /// The standby runs at its minimum until failover raises it to the primary's
    /// desired size, so its max must be at least that.
    #[schemars(with = "serde_json::Value")]
    pub capacity: FleetCapacity,
    /// The port the app listens on behind the load balancers (1024–65535).
    #[schemars(with = "u32")]
    pub app_port: AppPort,
    /// Seconds from launch until an instance serves: the groups' default warm-up, the
    /// scale-out cooldown, and the launch term of the RTO.
    #[schemars(with = "u32")]
    pub instance_warmup_seconds: WarmupSeconds,
    /// Seconds Auto Scaling ignores a new instance's failed load balancer checks.
    #[schemars(with = "u32")]
    pub health_check_grace_seconds: GracePeriodSeconds,
    /// Requests per minute per instance target tracking keeps each group at.
    #[schemars(with = "u32")]
    pub requests_per_instance: RequestsPerTarget,
    /// Requests per minute at the standby's load balancer that mean traffic has failed
    /// over (the backstop trigger of the standby scale-out).
    #[schemars(with = "u32")]
    pub standby_traffic_threshold: RequestsPerMinute,
    /// Share of a group kept in service while a changed launch template rolls out.
    #[schemars(with = "u32")]
    pub instance_refresh_min_healthy_percent: HealthyPercent,
    /// The public hosted zone the trading name lives in. Unset: the stack creates the
    /// placeholder zone `trading-<environment_suffix>.example.net`, which only works
    /// against an emulator — for AWS, set a domain you control.
    #[schemars(with = "Option<String>")]
    pub dns_zone_name: Option<DomainName>,
    /// Use this existing public hosted zone (its name is `dns_zone_name`, which must then
    /// be set) instead of creating one.
    #[schemars(with = "Option<String>")]
    pub dns_existing_zone_id: Option<HostedZoneId>,
    /// The label of the trading name in the zone (`<app_subdomain>.<zone>`).
    pub app_subdomain: String,
    /// Seconds between a Route 53 checker's probes of each region (10 or 30; default 10
    /// for the 5-minute RTO).
    #[schemars(with = "u32")]
    pub health_check_interval_seconds: HealthCheckInterval,
    /// Consecutive failed probes before a region counts as unhealthy (1–10).
    #[schemars(with = "u32")]
    pub health_check_failure_threshold: FailureThreshold,
    /// Email addresses subscribed to every alert topic.
    pub alert_emails: Vec<String>,
    /// HTTPS endpoints subscribed to every alert topic.
    pub alert_https_endpoints: Vec<String>,
    /// Aurora's own `AuroraGlobalDBReplicationLag` (1-minute metric) above which the
    /// early-warning lag alarm fires, in milliseconds.
    #[schemars(with = "u32")]
    pub aurora_lag_alarm_ms: ThresholdMs,
    /// Replication lag, in seconds, above which the 30-second lag monitor's alarm fires
    /// (1–3600; the requirement is 30).
    #[schemars(with = "u32")]
    pub replication_lag_alarm_seconds: LagSeconds,
    /// What the failover function does when the primary is declared down: `automatic`
    /// or `notify-only`.
    pub failover_mode: FailoverMode,
    /// Whether an automatic database failover may lose the last writes when the primary
    /// database is unreachable: `never` (default) or `allow-on-outage`.
    pub failover_data_loss: DataLossPolicy,
}

impl Default for TradingDrConfig {
    /// The requirements' values: eu-central-1 → eu-central-2, Aurora PostgreSQL 15.4 on
    /// `db.r6g.large`, 7 days of backups, `t3.medium` instances, 3 (2–6) in the primary
    /// and 1 (up to 6) in the standby, a 10 s health check interval.
    fn default() -> Self {
        let parse = |s: &str| s.parse().expect("the defaults satisfy their rules");
        TradingDrConfig {
            environment_suffix: EnvironmentSuffix::new("dev").expect("`dev` is a valid suffix"),
            primary_region: Region::EuCentral1,
            dr_region: Region::EuCentral2,
            primary_vpc_cidr: parse("10.30.0.0/16"),
            dr_vpc_cidr: parse("10.40.0.0/16"),
            standby_nat_gateways: NatGateways::Single,
            aurora_instance_class: "db.r6g.large".parse().expect("valid default"),
            aurora_engine_version: "15.4".parse().expect("valid default"),
            backup_retention_days: RetentionDays::new(7).expect("valid default"),
            backup_retention_days_primary: BackupRetentionDays::new(35).expect("valid default"),
            backup_retention_days_dr: BackupRetentionDays::new(35).expect("valid default"),
            database_name: "trading".parse().expect("valid default"),
            log_retention_days: LogRetentionDays::new(90).expect("valid default"),
            access_log_retention_days: ExpiryDays::new(90).expect("valid default"),
            noncurrent_version_days: ExpiryDays::new(30).expect("valid default"),
            instance_type: "t3.medium".parse().expect("valid default"),
            capacity: FleetCapacity::new(GroupCapacity::new(2, 3, 6).expect("valid default"), 1, 6)
                .expect("valid default"),
            app_port: AppPort::DEFAULT,
            instance_warmup_seconds: WarmupSeconds::new(180).expect("valid default"),
            health_check_grace_seconds: GracePeriodSeconds::new(300).expect("valid default"),
            requests_per_instance: RequestsPerTarget::new(1000).expect("valid default"),
            standby_traffic_threshold: RequestsPerMinute::new(300).expect("valid default"),
            instance_refresh_min_healthy_percent: HealthyPercent::new(90).expect("valid default"),
            dns_zone_name: None,
            dns_existing_zone_id: None,
            app_subdomain: "trade".into(),
            health_check_interval_seconds: HealthCheckInterval::Fast10,
            health_check_failure_threshold: FailureThreshold::new(3).expect("valid default"),
            alert_emails: Vec::new(),
            alert_https_endpoints: Vec::new(),
            aurora_lag_alarm_ms: crate::alarms::DEFAULT_AURORA_LAG,
            replication_lag_alarm_seconds: crate::lag_monitor::DEFAULT_LAG_THRESHOLD,
            failover_mode: FailoverMode::Automatic,
            failover_data_loss: DataLossPolicy::Never,
        }
    }
}

impl TradingDrConfig {
    /// The JSON schema of the config file.
    pub fn json_schema() -> serde_json::Value {
        serde_json::to_value(schemars::schema_for!(TradingDrConfig)).expect("schemas serialize")
    }

    /// Loads with the documented precedence, reading `ENVIRONMENT_SUFFIX` from the process
    /// environment. Tests use [`TradingDrConfig::load_from`] instead.
    ///
    /// # Errors
    /// See [`TradingDrConfig::load_from`].
    pub fn load(config_file: Option<&Path>) -> Result<TradingDrConfig, Error> {
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
    ) -> Result<TradingDrConfig, Error> {
        let config: TradingDrConfig =
            crate::stacks::config_file::load_json(config_file, env_suffix)?;
        config.validate()?;
        Ok(config)
    }

    /// Checks the cross-field rules: the regions differ (`dr_region`), the VPC blocks do
    /// not overlap (`dr_vpc_cidr`), the zone settings agree, and the name is one label in
    /// the zone.
    ///
    /// # Errors
    /// The first broken rule, naming the field.
    pub fn validate(&self) -> Result<(), Error> {
        RegionPair::check(self.primary_region, self.dr_region)
            .map_err(|e| Error::new("dr_region", e.rule))?;
        self.zone()?;
        self.app_domain_name()?;
        self.vpc_cidrs().map(|_| ())
    }

    /// Where the hosted zone comes from: the existing zone, or one the stack creates (by
    /// default the placeholder `trading-<suffix>.example.net`).
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
        crate::stacks::config_file::placeholder_zone("trading", &self.environment_suffix)
    }

    /// The trading name: `<app_subdomain>.<zone>`.
    ///
    /// # Errors
    /// The label is not one DNS label, or the name breaks the domain-name rule.
    pub fn app_domain_name(&self) -> Result<DomainName, Error> {
        let zone = match &self.dns_zone_name {
            Some(z) => z.clone(),
            None => self.placeholder_zone()?,
        };
        crate::stacks::config_file::name_in_zone(
            &self.app_subdomain,
            "app_subdomain",
            "trade",
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

    fn load(json: &str) -> Result<TradingDrConfig, Error> {
        let f = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(f.path(), json).unwrap();
        TradingDrConfig::load_from(Some(f.path()), None)
    }

    #[test]
    fn defaults_match_the_requirements() {
        let c = TradingDrConfig::load_from(None, None).unwrap();
        assert_eq!(c.environment_suffix.as_str(), "dev");
        assert_eq!(
            (c.primary_region, c.dr_region),
            (Region::EuCentral1, Region::EuCentral2)
        );
        assert_eq!(c.capacity.standby().desired(), 1);
        assert_eq!(c.capacity.scale_out_target(), 3);
        assert_eq!(
            c.app_domain_name().unwrap().as_str(),
            "trade.trading-dev.example.net"
        );
    }

    #[test]
    fn precedence_file_over_env_over_default() {
        let c = TradingDrConfig::load_from(None, Some("qa")).unwrap();
        assert_eq!(c.environment_suffix.as_str(), "qa");
        let f = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(f.path(), r#"{"environment_suffix": "prod"}"#).unwrap();
        let c = TradingDrConfig::load_from(Some(f.path()), Some("qa")).unwrap();
        assert_eq!(c.environment_suffix.as_str(), "prod");
    }

    #[test]
    fn bad_input_names_the_field_and_the_rule() {
        let cases = [
            (
                r#"{"dr_region": "eu-central-1"}"#,
                "dr_region",
                "must differ",
            ),
            (
                r#"{"dr_vpc_cidr": "10.30.128.0/17"}"#,
                "dr_vpc_cidr",
                "overlaps",
            ),
            (
                r#"{"standby_nat_gateways": "two"}"#,
                "standby_nat_gateways",
                "unknown variant",
            ),
            (
                r#"{"instance_type": "t3"}"#,
                "instance_type",
                "not an EC2 instance type",
            ),
            (
                r#"{"capacity": {"primary": {"min": 2, "desired": 4, "max": 6}, "standby": {"min": 1, "max": 3}}}"#,
                "capacity",
                "below the primary's desired",
            ),
            (r#"{"app_port": 80}"#, "app_port", "1024"),
            (
                r#"{"instance_warmup_seconds": 5}"#,
                "instance_warmup_seconds",
                "30",
            ),
            (
                r#"{"app_subdomain": "a.b"}"#,
                "app_subdomain",
                "one DNS label",
            ),
            (
                r#"{"dns_existing_zone_id": "Z123ABC"}"#,
                "dns_zone_name",
                "must be set",
            ),
            (
                r#"{"health_check_interval_seconds": 20}"#,
                "health_check_interval_seconds",
                "30 or 10",
            ),
            (r#"{"sufix": "x"}"#, "", "unknown field `sufix`"),
        ];
        for (json, field, rule) in cases {
            let e = load(json).unwrap_err();
            if !field.is_empty() {
                assert_eq!(e.field, field, "{json}: {e}");
            }
            assert!(e.rule.contains(rule), "{json}: {e}");
        }
        assert!(load("[]").unwrap_err().rule.contains("JSON object"));
    }

    #[test]
    fn schema_lists_every_field() {
        let s = TradingDrConfig::json_schema().to_string();
        for field in ["standby_nat_gateways", "capacity", "app_subdomain"] {
            assert!(s.contains(field), "{field}");
        }
    }
}
