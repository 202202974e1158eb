//! Monthly cost: each billable resource × its price row × the usage assumptions.
//! Resources without a price row are counted by type as "not priced".

use indexmap::IndexMap;
use serde_json::Value;

use super::data::{prices, Assumptions, Price};
use super::CostRow;
use crate::tfjson::TfDoc;

/// Types with a cost model below (everything else is "not priced").
const MODELLED: &[&str] = &[
    "aws_rds_cluster_instance",
    "aws_rds_cluster",
    "aws_kms_key",
    "aws_secretsmanager_secret",
    "aws_dynamodb_table",
    "aws_s3_bucket",
    "aws_s3_bucket_replication_configuration",
    "aws_backup_selection",
];

/// The cost lines and the not-priced types.
pub fn estimate(doc: &TfDoc, a: &Assumptions) -> (Vec<CostRow>, IndexMap<String, usize>) {
    let table = prices();
    let find = |sku: &str| table.iter().find(|p| p.sku == sku);
    let mut rows = Vec::new();
    let mut not_priced: IndexMap<String, usize> = IndexMap::new();
    let mut line = |resource: &str,
                    service: &str,
                    price: Option<&Price>,
                    qty: f64,
                    what: &str,
                    factor: f64|
     -> bool {
        match price {
            Some(p) => {
                rows.push(CostRow {
                    resource: resource.to_string(),
                    service: service.to_string(),
                    item: format!("{what}: {qty} {} × ${} (×{factor} region)", p.unit, p.usd),
                    usd: qty * p.usd * factor,
                    source: format!("{} [{}, read {}]", p.source, p.kind, p.read),
                });
                true
            }
            None => false,
        }
    };
    for b in doc.resources() {
        let addr = b.address();
        let region = doc.region_of(b).unwrap_or("");
        let factor = a.region_factor.get(region).copied();
        let Some(factor) = factor.filter(|_| MODELLED.contains(&b.rtype.as_str())) else {
            *not_priced.entry(b.rtype.clone()).or_default() += 1;
            continue;
        };
        let priced = match b.rtype.as_str() {
            "aws_rds_cluster_instance" => {
                let class = b.str_arg("instance_class").unwrap_or("");
                let engine = b.str_arg("engine").unwrap_or("");
                line(
                    &addr,
                    "Aurora",
                    find(&format!("{engine}:{class}")),
                    a.hours_per_month,
                    "instance hours",
                    factor,
                )
            }
            "aws_rds_cluster" => {
                let s = line(
                    &addr,
                    "Aurora",
                    find("aurora:storage"),
                    a.aurora_storage_gb,
                    "storage",
                    factor,
                );
                let i = line(
                    &addr,
                    "Aurora",
                    find("aurora:io"),
                    a.aurora_io_millions_per_month,
                    "I/O",
                    factor,
                );
                s && i
            }
            "aws_kms_key" => line(&addr, "KMS", find("kms:key"), 1.0, "key", factor),
            "aws_secretsmanager_secret" => {
                let replicas = match b.body.get("replica") {
                    Some(Value::Array(r)) => r.len(),
                    Some(Value::Object(_)) => 1,
                    _ => 0,
                };
                line(
                    &addr,
                    "Secrets Manager",
                    find("secretsmanager:secret"),
                    1.0 + replicas as f64,
                    "secret + replicas",
                    factor,
                )
            }
            "aws_dynamodb_table" => {
                let replicas = match b.body.get("replica") {
                    Some(Value::Array(r)) => r.len(),
                    _ => 0,
                };
                let sku = if replicas > 0 {
                    "dynamodb:replicated-write"
                } else {
                    "dynamodb:on-demand-write"
                };
                let on_demand = b.str_arg("billing_mode") == Some("PAY_PER_REQUEST");
                on_demand
                    && line(
                        &addr,
                        "DynamoDB",
                        find(sku),
                        a.dynamodb_writes_millions_per_month * (1 + replicas) as f64,
                        "writes in every replica",
                        factor,
                    )
            }
            "aws_s3_bucket" => line(
                &addr,
                "S3",
                find("s3:standard-storage"),
                a.s3_storage_gb_per_bucket,
                "Standard storage",
                factor,
            ),
            "aws_s3_bucket_replication_configuration" => line(
                &addr,
                "S3",
                find("transfer:inter-region"),
                a.s3_replicated_gb_per_month,
                "inter-Region replication transfer (RTC fee not priced: no sourced row)",
                factor,
            ),
            "aws_backup_selection" => {
                let res: Vec<&str> = match b.body.get("resources") {
                    Some(Value::Array(r)) => r.iter().filter_map(Value::as_str).collect(),
                    _ => Vec::new(),
                };
                let mut ok = true;
                for r in res {
                    if r.contains("aws_rds_cluster.") {
                        ok &= line(
                            &addr,
                            "AWS Backup",
                            find("aurora:backup-storage"),
                            a.aurora_backup_gb * 2.0,
                            "Aurora recovery points, source + DR copy",
                            factor,
                        );
                        ok &= line(
                            &addr,
                            "AWS Backup",
                            find("transfer:inter-region"),
                            a.aurora_backup_gb,
                            "cross-Region copy transfer",
                            factor,
                        );
                    } else if r.contains("aws_dynamodb_table.") {
                        ok &= line(
                            &addr,
                            "AWS Backup",
                            find("dynamodb:backup-storage"),
                            a.dynamodb_backup_gb * 2.0,
                            "DynamoDB recovery points, source + DR copy",
                            factor,
                        );
                    } else {
                        ok = false;
                    }
                }
                ok
            }
            _ => false,
        };
        if !priced {
            *not_priced.entry(b.rtype.clone()).or_default() += 1;
        }
    }
    not_priced.sort_keys();
    (rows, not_priced)
}
