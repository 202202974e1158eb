//! The vendored tables behind `report` (compiled in from `data/`): recovery figures,
//! prices and usage assumptions, each figure and price with its source and date.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// One recovery figure (`data/dr-figures.toml`).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct Figure {
    /// Stable id the report refers to.
    pub id: String,
    /// What the figure says.
    pub what: String,
    /// The bound in seconds (`-1`: no bound published).
    pub seconds: f64,
    /// `aws` or `third-party`.
    pub kind: String,
    /// Where it comes from.
    pub source: String,
    /// When it was read.
    pub read: String,
}

/// One price (`data/aws-prices.toml`).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct Price {
    /// SKU id the report refers to.
    pub sku: String,
    /// Billing unit.
    pub unit: String,
    /// USD per unit, us-east-1.
    pub usd: f64,
    /// `aws` or `third-party`.
    pub kind: String,
    /// Where it comes from.
    pub source: String,
    /// When it was read.
    pub read: String,
}

#[derive(Deserialize)]
struct Figures {
    figure: Vec<Figure>,
}

#[derive(Deserialize)]
struct Prices {
    price: Vec<Price>,
}

/// `data/dr-figures.toml` as committed.
pub const FIGURES_TOML: &str = include_str!("../../data/dr-figures.toml");
/// `data/aws-prices.toml` as committed.
pub const PRICES_TOML: &str = include_str!("../../data/aws-prices.toml");
/// `data/usage-assumptions.toml` as committed.
pub const ASSUMPTIONS_TOML: &str = include_str!("../../data/usage-assumptions.toml");

/// The figures (a test guarantees the compiled-in file parses).
pub fn figures() -> Vec<Figure> {
    toml::from_str::<Figures>(FIGURES_TOML)
        .map(|f| f.figure)
        .unwrap_or_default()
}

/// The prices (a test guarantees the compiled-in file parses).
pub fn prices() -> Vec<Price> {
    toml::from_str::<Prices>(PRICES_TOML)
        .map(|p| p.price)
        .unwrap_or_default()
}

/// Usage the cost estimate assumes; every field can be overridden by a file.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Assumptions {
    /// Hours billed per month.
    pub hours_per_month: f64,
    /// Aurora cluster volume, GB (per cluster).
    pub aurora_storage_gb: f64,
    /// Aurora I/O requests per month, millions (per cluster).
    pub aurora_io_millions_per_month: f64,
    /// Aurora backup storage beyond the free allowance, GB (per backed-up cluster).
    pub aurora_backup_gb: f64,
    /// DynamoDB writes per month, millions (per table; billed once per replica).
    pub dynamodb_writes_millions_per_month: f64,
    /// DynamoDB backup storage, GB (per backed-up table).
    pub dynamodb_backup_gb: f64,
    /// S3 Standard storage, GB per bucket.
    pub s3_storage_gb_per_bucket: f64,
    /// Data replicated across Regions, GB per replication configuration per month.
    pub s3_replicated_gb_per_month: f64,
    /// Requests a serving REST API receives per month, millions (per API; the standby
    /// API behind a SECONDARY failover record serves none until a failover).
    pub api_requests_millions_per_month: f64,
    /// Invocations of a serving function per month, millions (per function; a function
    /// only the standby API invokes gets none until a failover).
    pub lambda_requests_millions_per_month: f64,
    /// Average billed duration of one invocation, milliseconds (memory comes from the
    /// function's `memory_size`).
    pub lambda_avg_duration_ms: f64,
    /// Log data ingested per month, GB per CloudWatch log group (kept for the group's
    /// `retention_in_days`).
    pub logs_gb_ingested_per_group_per_month: f64,
    /// DNS queries answered per month, millions per Route 53 hosted zone.
    pub dns_queries_millions_per_month: f64,
    /// Messages published per month, millions per SNS topic.
    pub sns_publishes_millions_per_month: f64,
    /// Requests per month, millions per SQS queue.
    pub sqs_requests_millions_per_month: f64,
    /// API requests per month, millions per KMS key.
    pub kms_requests_millions_per_month: f64,
    /// Root volume per Auto Scaling instance, GB, when the launch template sets no size.
    pub ebs_root_volume_gb: f64,
    /// Load balancer capacity units per hour of a serving Application Load Balancer.
    pub alb_lcu_per_hour: f64,
    /// Data processed per month, GB per NAT gateway.
    pub nat_gb_processed_per_gateway_per_month: f64,
    /// Price factor per Region relative to us-east-1.
    pub region_factor: BTreeMap<String, f64>,
}

/// A partial override file: any subset of [`Assumptions`].
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Overrides {
    hours_per_month: Option<f64>,
    aurora_storage_gb: Option<f64>,
    aurora_io_millions_per_month: Option<f64>,
    aurora_backup_gb: Option<f64>,
    dynamodb_writes_millions_per_month: Option<f64>,
    dynamodb_backup_gb: Option<f64>,
    s3_storage_gb_per_bucket: Option<f64>,
    s3_replicated_gb_per_month: Option<f64>,
    api_requests_millions_per_month: Option<f64>,
    lambda_requests_millions_per_month: Option<f64>,
    lambda_avg_duration_ms: Option<f64>,
    logs_gb_ingested_per_group_per_month: Option<f64>,
    dns_queries_millions_per_month: Option<f64>,
    sns_publishes_millions_per_month: Option<f64>,
    sqs_requests_millions_per_month: Option<f64>,
    kms_requests_millions_per_month: Option<f64>,
    ebs_root_volume_gb: Option<f64>,
    alb_lcu_per_hour: Option<f64>,
    nat_gb_processed_per_gateway_per_month: Option<f64>,
    region_factor: Option<BTreeMap<String, f64>>,
}

impl Assumptions {
    /// The committed defaults (`data/usage-assumptions.toml`).
    pub fn default_set() -> Self {
        toml::from_str(ASSUMPTIONS_TOML).unwrap_or(Assumptions {
            hours_per_month: 730.0,
            aurora_storage_gb: 0.0,
            aurora_io_millions_per_month: 0.0,
            aurora_backup_gb: 0.0,
            dynamodb_writes_millions_per_month: 0.0,
            dynamodb_backup_gb: 0.0,
            s3_storage_gb_per_bucket: 0.0,
            s3_replicated_gb_per_month: 0.0,
            api_requests_millions_per_month: 0.0,
            lambda_requests_millions_per_month: 0.0,
            lambda_avg_duration_ms: 0.0,
            logs_gb_ingested_per_group_per_month: 0.0,
            dns_queries_millions_per_month: 0.0,
            sns_publishes_millions_per_month: 0.0,
            sqs_requests_millions_per_month: 0.0,
            kms_requests_millions_per_month: 0.0,
            ebs_root_volume_gb: 0.0,
            alb_lcu_per_hour: 0.0,
            nat_gb_processed_per_gateway_per_month: 0.0,
            region_factor: BTreeMap::new(),
        })
    }

    /// The defaults with the keys of `path` (TOML) overriding them.
    ///
    /// # Errors
    /// `error: <file>: …` when the file cannot be read, is not TOML, has an unknown key,
    /// or a negative number.
    pub fn load(path: &Path) -> Result<Self, String> {
        let name = path.display();
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("error: {name}: cannot read the file: {e}"))?;
        let o: Overrides = toml::from_str(&text).map_err(|e| {
            format!(
                "error: {name}: not a usage-assumptions file: {}",
                e.message()
            )
        })?;
        let mut a = Self::default_set();
        let set = |slot: &mut f64, v: Option<f64>, key: &str| -> Result<(), String> {
            if let Some(v) = v {
                if !(v.is_finite() && v >= 0.0) {
                    return Err(format!(
                        "error: {name}: {key}: must be a number ≥ 0, not {v}"
                    ));
                }
                *slot = v;
            }
            Ok(())
        };
        let slots: [(&mut f64, Option<f64>, &str); 19] = [
            (&mut a.hours_per_month, o.hours_per_month, "hours_per_month"),
            (
                &mut a.aurora_storage_gb,
                o.aurora_storage_gb,
                "aurora_storage_gb",
            ),
            (
                &mut a.aurora_io_millions_per_month,
                o.aurora_io_millions_per_month,
                "aurora_io_millions_per_month",
            ),
            (
                &mut a.aurora_backup_gb,
                o.aurora_backup_gb,
                "aurora_backup_gb",
            ),
            (
                &mut a.dynamodb_writes_millions_per_month,
                o.dynamodb_writes_millions_per_month,
                "dynamodb_writes_millions_per_month",
            ),
            (
                &mut a.dynamodb_backup_gb,
                o.dynamodb_backup_gb,
                "dynamodb_backup_gb",
            ),
            (
                &mut a.s3_storage_gb_per_bucket,
                o.s3_storage_gb_per_bucket,
                "s3_storage_gb_per_bucket",
            ),
            (
                &mut a.s3_replicated_gb_per_month,
                o.s3_replicated_gb_per_month,
                "s3_replicated_gb_per_month",
            ),
            (
                &mut a.api_requests_millions_per_month,
                o.api_requests_millions_per_month,
                "api_requests_millions_per_month",
            ),
            (
                &mut a.lambda_requests_millions_per_month,
                o.lambda_requests_millions_per_month,
                "lambda_requests_millions_per_month",
            ),
            (
                &mut a.lambda_avg_duration_ms,
                o.lambda_avg_duration_ms,
                "lambda_avg_duration_ms",
            ),
            (
                &mut a.logs_gb_ingested_per_group_per_month,
                o.logs_gb_ingested_per_group_per_month,
                "logs_gb_ingested_per_group_per_month",
            ),
            (
                &mut a.dns_queries_millions_per_month,
                o.dns_queries_millions_per_month,
                "dns_queries_millions_per_month",
            ),
            (
                &mut a.sns_publishes_millions_per_month,
                o.sns_publishes_millions_per_month,
                "sns_publishes_millions_per_month",
            ),
            (
                &mut a.sqs_requests_millions_per_month,
                o.sqs_requests_millions_per_month,
                "sqs_requests_millions_per_month",
            ),
            (
                &mut a.kms_requests_millions_per_month,
                o.kms_requests_millions_per_month,
                "kms_requests_millions_per_month",
            ),
            (
                &mut a.ebs_root_volume_gb,
                o.ebs_root_volume_gb,
                "ebs_root_volume_gb",
            ),
            (
                &mut a.alb_lcu_per_hour,
                o.alb_lcu_per_hour,
                "alb_lcu_per_hour",
            ),
            (
                &mut a.nat_gb_processed_per_gateway_per_month,
                o.nat_gb_processed_per_gateway_per_month,
                "nat_gb_processed_per_gateway_per_month",
            ),
        ];
        for (slot, v, key) in slots {
            set(slot, v, key)?;
        }
        if let Some(f) = o.region_factor {
            for (region, v) in f {
                if !(v.is_finite() && v >= 0.0) {
                    return Err(format!(
                        "error: {name}: region_factor.{region}: must be a number ≥ 0, not {v}"
                    ));
                }
                a.region_factor.insert(region, v);
            }
        }
        Ok(a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vendored_tables_parse_and_cite() {
        let f: Figures = toml::from_str(FIGURES_TOML).expect("dr-figures.toml");
        let p: Prices = toml::from_str(PRICES_TOML).expect("aws-prices.toml");
        let _: Assumptions = toml::from_str(ASSUMPTIONS_TOML).expect("usage-assumptions.toml");
        for x in &f.figure {
            assert!(x.source.starts_with("https://"), "{}", x.id);
            assert!(!x.read.is_empty(), "{}", x.id);
        }
        for x in &p.price {
            assert!(x.source.starts_with("https://"), "{}", x.sku);
            // Zero is a price too (AWS says the thing is free), but never negative.
            assert!(x.usd >= 0.0 && !x.read.is_empty(), "{}", x.sku);
            assert!(
                matches!(x.kind.as_str(), "aws" | "third-party"),
                "{}",
                x.sku
            );
        }
    }

    #[test]
    fn usage_overrides_reach_the_new_keys() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("usage.toml");
        std::fs::write(
            &f,
            "api_requests_millions_per_month = 2\nlambda_avg_duration_ms = 50\n",
        )
        .unwrap();
        let a = Assumptions::load(&f).unwrap();
        let d = Assumptions::default_set();
        assert_eq!(a.api_requests_millions_per_month, 2.0);
        assert_eq!(a.lambda_avg_duration_ms, 50.0);
        assert_eq!(
            a.lambda_requests_millions_per_month,
            d.lambda_requests_millions_per_month
        );
        assert!(d.logs_gb_ingested_per_group_per_month > 0.0);
        std::fs::write(&f, "kms_requests_millions_per_month = -1\n").unwrap();
        let e = Assumptions::load(&f).unwrap_err();
        assert!(e.contains("kms_requests_millions_per_month"), "{e}");
    }
}
