//! [`PaymentsDrConfig`]: the typed config of the payments-dr stack.
//!
//! Precedence: `--config FILE.json` > `ENVIRONMENT_SUFFIX` > default `dev` (for the
//! suffix; every other field comes from the file or its default). Every field has a
//! validating type, so a value that breaks its rule fails at load time naming the field;
//! the two cross-field rules (distinct regions, disjoint VPCs) are checked by
//! [`PaymentsDrConfig::validate`] with the rules the types that own them define.

use std::path::Path;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use tfdr_dsl::{Error, Region, RegionPair};

use crate::failover_automation::{DataLossPolicy, FailoverMode};
use crate::hosted_zone::ZoneSource;
use crate::policy::EnvironmentSuffix;
use crate::values::{
    BackupRetentionDays, DomainName, EngineVersion, ExpiryDays, FailureThreshold,
    FunctionTimeoutSeconds, HealthCheckInterval, HostedZoneId, InstanceClass, LogRetentionDays,
    MemoryMb, PgIdentifier, ReservedConcurrency, RetentionDays, StageName, ThresholdMs,
    ThrottleBurst, ThrottleRate, VpcCidr, VpcCidrs,
};

/// The shortest timeout the payment function may have: a `POST` makes at most two store
/// calls with bounded retries (see `modules/functions/payments/README.md`).
pub const PAYMENTS_MIN_TIMEOUT_SECONDS: u32 = 20;

/// The longest useful timeout behind API Gateway: its integration timeout is 29 s, after
/// which the caller gets a 504 while the function would go on.
pub const API_INTEGRATION_TIMEOUT_SECONDS: u32 = 29;

/// The config of the payments-dr stack, with defaults matching its requirements.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct PaymentsDrConfig {
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
    /// VPC CIDR of the primary region (/16–/26; must not overlap the DR one).
    #[schemars(with = "String")]
    pub primary_vpc_cidr: VpcCidr,
    /// VPC CIDR of the DR region.
    #[schemars(with = "String")]
    pub dr_vpc_cidr: VpcCidr,
    /// Aurora instance class (`db.<family>.<size>`).
    #[schemars(with = "String")]
    pub aurora_instance_class: InstanceClass,
    /// Aurora PostgreSQL engine version (must support global databases).
    #[schemars(with = "String")]
    pub aurora_engine_version: EngineVersion,
    /// Automated backup retention, days (1–35; the requirement is 7).
    #[schemars(with = "u32")]
    pub backup_retention_days: RetentionDays,
    /// Name of the initial database (a PostgreSQL identifier).
    #[schemars(with = "String")]
    pub database_name: PgIdentifier,
    /// Days VPC flow logs and exported database logs are kept (a CloudWatch Logs
    /// retention value: 1, 3, 5, 7, 14, 30, 60, 90, …).
    #[schemars(with = "u32")]
    pub log_retention_days: LogRetentionDays,
    /// Days S3 server access logs are kept.
    #[schemars(with = "u32")]
    pub access_log_retention_days: ExpiryDays,
    /// Days a noncurrent (overwritten or deleted) object version is kept in the data
    /// buckets.
    #[schemars(with = "u32")]
    pub noncurrent_version_days: ExpiryDays,
    /// Days an AWS Backup recovery point is kept in the primary vault.
    #[schemars(with = "u32")]
    pub backup_retention_days_primary: BackupRetentionDays,
    /// Days its copy is kept in the DR vault.
    #[schemars(with = "u32")]
    pub backup_retention_days_dr: BackupRetentionDays,
    /// Memory of the payment function, MB (128–10240).
    #[schemars(with = "u32")]
    pub function_memory_mb: MemoryMb,
    /// Timeout of the payment function, seconds (20–29: its retries need 20, API
    /// Gateway gives up at 29).
    #[schemars(with = "u32")]
    pub function_timeout_seconds: FunctionTimeoutSeconds,
    /// Concurrency reserved for the payment function in each region (1–900): its floor
    /// and its ceiling.
    #[schemars(with = "u32")]
    pub function_reserved_concurrency: ReservedConcurrency,
    /// The API stage (`A-Za-z0-9_`, 1–128): the first path segment on the regional
    /// endpoints.
    #[schemars(with = "String")]
    pub api_stage: StageName,
    /// Requests per second each region's API accepts before answering 429.
    #[schemars(with = "u32")]
    pub api_throttle_rate: ThrottleRate,
    /// Burst size above that rate.
    #[schemars(with = "u32")]
    pub api_throttle_burst: ThrottleBurst,
    /// The principal tag (`key=value`, e.g. `dr-operator=true`) that lets an IAM
    /// principal of this account assume the failover operator role (on-call engineers'
    /// roles carry it; nothing else may assume the role).
    pub on_call_principal_tag: String,
    /// The public hosted zone the API's name lives in. Unset: the stack creates the zone
    /// `payments-<environment_suffix>.example.net`, a placeholder that only works against
    /// an emulator — for AWS, set a domain you control (delegated to the created zone, or
    /// the name of `dns_existing_zone_id`), or ACM cannot validate the certificates.
    #[schemars(with = "Option<String>")]
    pub dns_zone_name: Option<DomainName>,
    /// Use this existing public hosted zone (its name is `dns_zone_name`, which must then
    /// be set) instead of creating one.
    #[schemars(with = "Option<String>")]
    pub dns_existing_zone_id: Option<HostedZoneId>,
    /// The label of the API's name in the zone: the API answers at
    /// `<api_subdomain>.<zone>` in both regions, and DNS failover moves that name.
    pub api_subdomain: String,
    /// Seconds between a Route 53 checker's probes of each region's `/health` (10 or 30).
    #[schemars(with = "u32")]
    pub health_check_interval_seconds: HealthCheckInterval,
    /// Consecutive failed probes before a region counts as unhealthy (1–10).
    #[schemars(with = "u32")]
    pub health_check_failure_threshold: FailureThreshold,
    /// Email addresses subscribed to both regions' alert topics (each must confirm the
    /// mail AWS sends).
    pub alert_emails: Vec<String>,
    /// HTTPS endpoints (e.g. a paging service's integration URL) subscribed to both
    /// regions' alert topics.
    pub alert_https_endpoints: Vec<String>,
    /// Aurora global replication lag, in milliseconds, above which the lag alarm fires
    /// (default 1000: far inside the 60 s RPO, so a growing lag is seen long before it
    /// threatens the objective).
    #[schemars(with = "u32")]
    pub aurora_lag_alarm_ms: ThresholdMs,
    /// What the failover function does when the primary's health alarm fires:
    /// `automatic` (the requirement: switch over, or fail over per
    /// `failover_data_loss`) or `notify-only` (reports what it would do; a human decides).
    pub failover_mode: FailoverMode,
    /// Whether an automatic failover may lose the last writes when the primary database
    /// is unreachable: `never` (default: such an outage waits for an operator) or
    /// `allow-on-outage` (FailoverGlobalCluster with AllowDataLoss; writes not yet
    /// replicated, typically under a second, are lost).
    pub failover_data_loss: DataLossPolicy,
}

impl Default for PaymentsDrConfig {
    /// The requirements' values: us-east-1 → us-east-2, `db.r6g.large`, Aurora
    /// PostgreSQL 15.4, 7 days of automated backups; 90 days of logs, 30 days of
    /// noncurrent object versions, 35 days of AWS Backup recovery points in each region.
    fn default() -> Self {
        let parse = |s: &str| s.parse().expect("the defaults satisfy their rules");
        PaymentsDrConfig {
            environment_suffix: EnvironmentSuffix::new("dev").expect("`dev` is a valid suffix"),
            primary_region: Region::UsEast1,
            dr_region: Region::UsEast2,
            primary_vpc_cidr: parse("10.10.0.0/16"),
            dr_vpc_cidr: parse("10.20.0.0/16"),
            aurora_instance_class: "db.r6g.large".parse().expect("valid default"),
            aurora_engine_version: "15.4".parse().expect("valid default"),
            backup_retention_days: RetentionDays::new(7).expect("valid default"),
            database_name: "payments".parse().expect("valid default"),
            log_retention_days: LogRetentionDays::new(90).expect("valid default"),
            access_log_retention_days: ExpiryDays::new(90).expect("valid default"),
            noncurrent_version_days: ExpiryDays::new(30).expect("valid default"),
            backup_retention_days_primary: BackupRetentionDays::new(35).expect("valid default"),
            backup_retention_days_dr: BackupRetentionDays::new(35).expect("valid default"),
            function_memory_mb: MemoryMb::new(512).expect("valid default"),
            function_timeout_seconds: FunctionTimeoutSeconds::new(25).expect("valid default"),
            function_reserved_concurrency: ReservedConcurrency::new(50).expect("valid default"),
            api_stage: "v1".parse().expect("valid default"),
            api_throttle_rate: ThrottleRate::new(100).expect("valid default"),
            api_throttle_burst: ThrottleBurst::new(200).expect("valid default"),
            on_call_principal_tag: "dr-operator=true".into(),
            dns_zone_name: None,
            dns_existing_zone_id: None,
            api_subdomain: "api".into(),
            health_check_interval_seconds: HealthCheckInterval::Standard30,
            health_check_failure_threshold: FailureThreshold::new(3).expect("valid default"),
            alert_emails: Vec::new(),
            alert_https_endpoints: Vec::new(),
            aurora_lag_alarm_ms: crate::alarms::DEFAULT_AURORA_LAG,
            failover_mode: FailoverMode::Automatic,
            failover_data_loss: DataLossPolicy::Never,
        }
    }
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
    pub fn load(config_file: Option<&Path>) -> Result<PaymentsDrConfig, Error> {
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
    ) -> Result<PaymentsDrConfig, Error> {
        let config: PaymentsDrConfig =
            crate::stacks::config_file::load_json(config_file, env_suffix)?;
        config.validate()?;
        Ok(config)
    }

    /// Checks the cross-field rules: the regions differ (`dr_region`) and the VPC blocks
    /// do not overlap (`dr_vpc_cidr`).
    ///
    /// # Errors
    /// The first broken rule, naming the field.
    pub fn validate(&self) -> Result<(), Error> {
        RegionPair::check(self.primary_region, self.dr_region)
            .map_err(|e| Error::new("dr_region", e.rule))?;
        let timeout = self.function_timeout_seconds.get();
        if !(PAYMENTS_MIN_TIMEOUT_SECONDS..=API_INTEGRATION_TIMEOUT_SECONDS).contains(&timeout) {
            return Err(Error::new(
                "function_timeout_seconds",
                format!(
                    "{timeout} is out of range: {PAYMENTS_MIN_TIMEOUT_SECONDS} to {API_INTEGRATION_TIMEOUT_SECONDS} (the payment service's bounded retries need {PAYMENTS_MIN_TIMEOUT_SECONDS} s; API Gateway's integration timeout is {API_INTEGRATION_TIMEOUT_SECONDS} s)"
                ),
            ));
        }
        self.on_call()?;
        self.api_domain_name()?;
        self.vpc_cidrs().map(|_| ())
    }

    /// Where the API's hosted zone comes from: the existing zone, or one the stack
    /// creates (by default the placeholder `payments-<suffix>.example.net`).
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
        crate::stacks::config_file::placeholder_zone("payments", &self.environment_suffix)
    }

    /// The API's name: `<api_subdomain>.<zone>`.
    ///
    /// # Errors
    /// The label is not a DNS label, or the name breaks the domain-name rule.
    pub fn api_domain_name(&self) -> Result<DomainName, Error> {
        let zone = match &self.dns_zone_name {
            Some(z) => z.clone(),
            None => self.placeholder_zone()?,
        };
        crate::stacks::config_file::name_in_zone(&self.api_subdomain, "api_subdomain", "api", &zone)
    }

    /// Who may assume the failover operator role, from `on_call_principal_tag`.
    ///
    /// # Errors
    /// Not `key=value` with a non-empty key and value.
    pub fn on_call(&self) -> Result<crate::operator_role::OnCall, Error> {
        use crate::operator_role::OnCall;
        let t = self.on_call_principal_tag.trim();
        match t.split_once('=') {
            Some((k, v)) if !k.is_empty() && !v.is_empty() && !v.contains('=') => {
                Ok(OnCall::TaggedPrincipals {
                    key: k.to_string(),
                    value: v.to_string(),
                })
            }
            _ => Err(Error::new(
                "on_call_principal_tag",
                format!("`{t}` is not `key=value` (e.g. `dr-operator=true`): the operator role needs someone to assume it"),
            )),
        }
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

    fn write(json: &str) -> tempfile::NamedTempFile {
        let f = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(f.path(), json).unwrap();
        f
    }

    fn load(json: &str) -> Result<PaymentsDrConfig, Error> {
        let f = write(json);
        PaymentsDrConfig::load_from(Some(f.path()), None)
    }

    #[test]
    fn defaults_match_the_requirements() {
        let c = PaymentsDrConfig::load_from(None, None).unwrap();
        assert_eq!(c.environment_suffix.as_str(), "dev");
        assert_eq!(
            (c.primary_region, c.dr_region),
            (Region::UsEast1, Region::UsEast2)
        );
        assert_eq!(c.backup_retention_days.days(), 7);
        assert_eq!(c.aurora_instance_class.as_str(), "db.r6g.large");
    }

    #[test]
    fn precedence_file_over_env_over_default() {
        let suffix = |c: PaymentsDrConfig| c.environment_suffix.as_str().to_string();
        assert_eq!(
            suffix(PaymentsDrConfig::load_from(None, Some("qa")).unwrap()),
            "qa"
        );
        let f = write(r#"{"environment_suffix": "prod"}"#);
        let c = PaymentsDrConfig::load_from(Some(f.path()), Some("qa")).unwrap();
        assert_eq!(suffix(c), "prod");
        let f = write(r#"{"backup_retention_days": 10}"#);
        let c = PaymentsDrConfig::load_from(Some(f.path()), Some("qa")).unwrap();
        assert_eq!(c.backup_retention_days.days(), 10);
        assert_eq!(suffix(c), "qa");
    }

    #[test]
    fn bad_input_names_the_field_and_the_rule() {
        let e = load(r#"{"environment_sufix": "x"}"#).unwrap_err();
        assert!(e.rule.contains("unknown field `environment_sufix`"), "{e}");
        let cases = [
            (r#"{"dr_region": "us-east-1"}"#, "dr_region", "must differ"),
            (
                r#"{"dr_region": "mars-1"}"#,
                "dr_region",
                "not a known AWS region",
            ),
            (
                r#"{"dr_vpc_cidr": "10.10.128.0/17"}"#,
                "dr_vpc_cidr",
                "overlaps",
            ),
            (
                r#"{"primary_vpc_cidr": "10.10.0.0/27"}"#,
                "primary_vpc_cidr",
                "/16 to /26",
            ),
            (
                r#"{"primary_vpc_cidr": "10.10.0.1/16"}"#,
                "primary_vpc_cidr",
                "host bits",
            ),
            (
                r#"{"backup_retention_days": 0}"#,
                "backup_retention_days",
                "1–35",
            ),
            (
                r#"{"aurora_instance_class": "r6g"}"#,
                "aurora_instance_class",
                "instance class",
            ),
            (
                r#"{"database_name": "9x"}"#,
                "database_name",
                "starting with a letter",
            ),
            (
                r#"{"environment_suffix": "Bad"}"#,
                "environment_suffix",
                "lowercase",
            ),
            (
                r#"{"aurora_engine_version": "latest"}"#,
                "aurora_engine_version",
                "engine version",
            ),
            (
                r#"{"log_retention_days": 31}"#,
                "log_retention_days",
                "CloudWatch Logs retention",
            ),
            (
                r#"{"backup_retention_days_dr": 0}"#,
                "backup_retention_days_dr",
                "1–36500",
            ),
        ];
        for (json, field, rule) in cases {
            let e = load(json).unwrap_err();
            assert_eq!(e.field, field, "{json}: {e}");
            assert!(e.rule.contains(rule), "{json}: {e}");
        }
        let e = PaymentsDrConfig::load_from(None, Some("Bad")).unwrap_err();
        assert_eq!(e.field, "environment_suffix");
        assert!(load("{not json").unwrap_err().rule.contains("invalid JSON"));
    }

    #[test]
    fn bad_compute_traffic_and_operations_input_names_the_field_and_the_rule() {
        let cases = [
            (
                r#"{"function_timeout_seconds": 10}"#,
                "function_timeout_seconds",
                "20 to 29",
            ),
            (
                r#"{"function_timeout_seconds": 0}"#,
                "function_timeout_seconds",
                "1 to 900",
            ),
            (
                r#"{"function_reserved_concurrency": 901}"#,
                "function_reserved_concurrency",
                "1 to 900",
            ),
            (r#"{"api_stage": "v-1"}"#, "api_stage", "1–128"),
            (
                r#"{"on_call_principal_tag": "nobody"}"#,
                "on_call_principal_tag",
                "key=value",
            ),
            (
                r#"{"dns_existing_zone_id": "Z123ABC"}"#,
                "dns_zone_name",
                "must be set",
            ),
            (
                r#"{"api_subdomain": "a.b"}"#,
                "api_subdomain",
                "one DNS label",
            ),
            (
                r#"{"health_check_interval_seconds": 20}"#,
                "health_check_interval_seconds",
                "30 or 10",
            ),
            (
                r#"{"health_check_failure_threshold": 11}"#,
                "health_check_failure_threshold",
                "1",
            ),
            (
                r#"{"failover_mode": "sometimes"}"#,
                "failover_mode",
                "unknown variant",
            ),
        ];
        for (json, field, rule) in cases {
            let e = match load(json) {
                Ok(c) => c.zone().map(|_| ()).unwrap_err(),
                Err(e) => e,
            };
            assert_eq!(e.field, field, "{json}: {e}");
            assert!(e.rule.contains(rule), "{json}: {e}");
        }
    }

    #[test]
    fn a_top_level_that_is_not_an_object_is_rejected() {
        for json in ["[]", "[\"dev\"]", "\"dev\"", "7", "null"] {
            let e = load(json).unwrap_err();
            assert!(e.field.starts_with("--config "), "{json}: {e}");
            assert!(e.rule.contains("must be a JSON object"), "{json}: {e}");
        }
    }

    #[test]
    fn schema_lists_every_field() {
        let s = PaymentsDrConfig::json_schema().to_string();
        assert!(s.contains("environment_suffix") && s.contains("backup_retention_days"));
    }
}
