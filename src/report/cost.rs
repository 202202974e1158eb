//! Monthly cost: each billable resource × its price row × the usage assumptions.
//! Resources without a price row are counted by type as "not priced".

use indexmap::IndexMap;
use serde_json::Value;

use std::collections::BTreeSet;

use super::data::{prices, Assumptions, Price};
use super::CostRow;
use crate::tfjson::{Block, TfDoc};

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
    "aws_lambda_function",
    "aws_api_gateway_rest_api",
    "aws_route53_zone",
    "aws_route53_health_check",
    "aws_cloudwatch_metric_alarm",
    "aws_cloudwatch_dashboard",
    "aws_cloudwatch_log_group",
    "aws_sns_topic",
    "aws_sqs_queue",
    "aws_vpc_endpoint",
    "aws_acm_certificate",
    "aws_api_gateway_stage",
    "aws_autoscaling_group",
    "aws_launch_template",
    "aws_autoscaling_policy",
    "aws_lb",
    "aws_lb_listener",
    "aws_lb_target_group",
    "aws_nat_gateway",
    "aws_eip",
    "aws_flow_log",
    "aws_cloudwatch_event_rule",
    "aws_cloudwatch_event_target",
];

/// Types AWS (or a page quoting it) says carry no charge of their own, with the zero
/// price row that says so and what the charge is instead.
const FREE: &[(&str, &str, &str)] = &[
    (
        "aws_acm_certificate_validation",
        "acm:validation",
        "no AWS resource (Terraform's validation waiter)",
    ),
    (
        "aws_api_gateway_account",
        "apigateway:configuration",
        "no charge of its own (REST APIs bill calls and data out)",
    ),
    (
        "aws_api_gateway_base_path_mapping",
        "apigateway:configuration",
        "no charge of its own (REST APIs bill calls and data out)",
    ),
    (
        "aws_api_gateway_deployment",
        "apigateway:configuration",
        "no charge of its own (REST APIs bill calls and data out)",
    ),
    (
        "aws_api_gateway_domain_name",
        "apigateway:configuration",
        "no charge of its own (REST APIs bill calls and data out)",
    ),
    (
        "aws_api_gateway_integration",
        "apigateway:configuration",
        "no charge of its own (REST APIs bill calls and data out)",
    ),
    (
        "aws_api_gateway_method",
        "apigateway:configuration",
        "no charge of its own (REST APIs bill calls and data out)",
    ),
    (
        "aws_api_gateway_method_settings",
        "apigateway:configuration",
        "no charge of its own (REST APIs bill calls and data out)",
    ),
    (
        "aws_api_gateway_resource",
        "apigateway:configuration",
        "no charge of its own (REST APIs bill calls and data out)",
    ),
    ("aws_iam_role", "iam:entity", "no charge (IAM)"),
    ("aws_iam_role_policy", "iam:entity", "no charge (IAM)"),
    (
        "aws_iam_role_policy_attachment",
        "iam:entity",
        "no charge (IAM)",
    ),
    ("aws_iam_policy", "iam:entity", "no charge (IAM)"),
    (
        "aws_lambda_permission",
        "lambda:configuration",
        "no charge of its own (Lambda bills requests and duration)",
    ),
    (
        "aws_lambda_function_event_invoke_config",
        "lambda:configuration",
        "no charge of its own (Lambda bills requests and duration)",
    ),
    (
        "aws_route53_record",
        "route53:record",
        "included in the hosted zone (queries priced on the zone)",
    ),
    ("aws_vpc", "vpc:network", "no charge (VPC)"),
    ("aws_subnet", "vpc:network", "no charge (VPC)"),
    ("aws_route_table", "vpc:network", "no charge (VPC)"),
    ("aws_route", "vpc:network", "no charge (VPC)"),
    (
        "aws_route_table_association",
        "vpc:network",
        "no charge (VPC)",
    ),
    ("aws_default_route_table", "vpc:network", "no charge (VPC)"),
    ("aws_internet_gateway", "vpc:network", "no charge (VPC)"),
    ("aws_security_group", "vpc:network", "no charge (VPC)"),
    (
        "aws_default_security_group",
        "vpc:network",
        "no charge (VPC)",
    ),
    ("aws_security_group_rule", "vpc:network", "no charge (VPC)"),
    (
        "aws_vpc_security_group_egress_rule",
        "vpc:network",
        "no charge (VPC)",
    ),
    (
        "aws_vpc_security_group_ingress_rule",
        "vpc:network",
        "no charge (VPC)",
    ),
    ("aws_network_acl", "vpc:network", "no charge (VPC)"),
    ("aws_default_network_acl", "vpc:network", "no charge (VPC)"),
    (
        "aws_network_acl_association",
        "vpc:network",
        "no charge (VPC)",
    ),
    ("aws_network_acl_rule", "vpc:network", "no charge (VPC)"),
];

/// Objects and single objects alike, as a list.
fn list(v: Option<&Value>) -> Vec<&Value> {
    match v {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(o @ Value::Object(_)) => vec![o],
        _ => Vec::new(),
    }
}

/// The instance class of Aurora Serverless v2 instances.
const SERVERLESS_CLASS: &str = "db.serverless";

/// The `min_capacity` (ACUs) of the `serverlessv2_scaling_configuration` of the
/// `aws_rds_cluster` that the instance `b` belongs to (its `cluster_identifier` refers to
/// it); `None` when the cluster or its minimum cannot be found.
fn serverless_min_acu(doc: &TfDoc, b: &Block) -> Option<f64> {
    let cluster = refs_of(doc, b, "aws_rds_cluster").into_iter().next()?;
    let scaling = doc
        .block(&cluster)?
        .body
        .get("serverlessv2_scaling_configuration");
    list(scaling)
        .first()
        .and_then(|c| c.get("min_capacity"))
        .and_then(Value::as_f64)
}

/// Addresses of the managed resources of type `rtype` that `b` refers to.
pub(super) fn refs_of(doc: &TfDoc, b: &Block, rtype: &str) -> Vec<String> {
    let known = |a: &str| a.starts_with(&format!("{rtype}.")) && doc.block(a).is_some();
    crate::tfjson::block_references(b, &known)
}

/// The REST APIs and functions that serve no traffic until a failover: the API behind a
/// SECONDARY Route 53 failover record (alias → custom domain → base path mapping → API)
/// and not behind a PRIMARY one, and the functions only such APIs integrate with.
fn standby(doc: &TfDoc) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut primary = BTreeSet::new();
    let mut secondary = BTreeSet::new();
    for r in doc.resources().filter(|b| b.rtype == "aws_route53_record") {
        let role = list(r.body.get("failover_routing_policy"))
            .into_iter()
            .find_map(|p| p.get("type").and_then(Value::as_str));
        let Some(role) = role else { continue };
        for domain in refs_of(doc, r, "aws_api_gateway_domain_name") {
            for m in doc
                .resources()
                .filter(|m| m.rtype == "aws_api_gateway_base_path_mapping")
                .filter(|m| refs_of(doc, m, "aws_api_gateway_domain_name").contains(&domain))
            {
                for api in refs_of(doc, m, "aws_api_gateway_rest_api") {
                    if role == "PRIMARY" {
                        primary.insert(api);
                    } else {
                        secondary.insert(api);
                    }
                }
            }
        }
    }
    let apis: BTreeSet<String> = secondary.difference(&primary).cloned().collect();
    let mut serving_fns = BTreeSet::new();
    let mut standby_fns = BTreeSet::new();
    for i in doc
        .resources()
        .filter(|b| b.rtype == "aws_api_gateway_integration")
    {
        let on_standby = refs_of(doc, i, "aws_api_gateway_rest_api")
            .iter()
            .any(|a| apis.contains(a));
        for f in refs_of(doc, i, "aws_lambda_function") {
            if on_standby {
                standby_fns.insert(f);
            } else {
                serving_fns.insert(f);
            }
        }
    }
    let fns = standby_fns.difference(&serving_fns).cloned().collect();
    (apis, fns)
}

/// Load balancers behind a SECONDARY Route 53 failover record and not behind a PRIMARY
/// one (they serve no traffic until a failover), and the Auto Scaling groups serving
/// behind them (group → target group ← listener → load balancer).
pub(super) fn standby_compute(doc: &TfDoc) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut primary = BTreeSet::new();
    let mut secondary = BTreeSet::new();
    for r in doc.resources().filter(|b| b.rtype == "aws_route53_record") {
        let role = list(r.body.get("failover_routing_policy"))
            .into_iter()
            .find_map(|p| p.get("type").and_then(Value::as_str));
        let Some(role) = role else { continue };
        for lb in refs_of(doc, r, "aws_lb") {
            if role == "PRIMARY" {
                primary.insert(lb);
            } else {
                secondary.insert(lb);
            }
        }
    }
    let lbs: BTreeSet<String> = secondary.difference(&primary).cloned().collect();
    let target_groups: BTreeSet<String> = doc
        .resources()
        .filter(|l| l.rtype == "aws_lb_listener")
        .filter(|l| refs_of(doc, l, "aws_lb").iter().any(|a| lbs.contains(a)))
        .flat_map(|l| refs_of(doc, l, "aws_lb_target_group"))
        .collect();
    let groups = doc
        .resources()
        .filter(|g| g.rtype == "aws_autoscaling_group")
        .filter(|g| {
            refs_of(doc, g, "aws_lb_target_group")
                .iter()
                .any(|t| target_groups.contains(t))
        })
        .map(Block::address)
        .collect();
    (lbs, groups)
}

/// Seconds between runs of the scheduled EventBridge rules that target `function`
/// (the shortest), if any.
pub(super) fn schedule_of(doc: &TfDoc, function: &str) -> Option<f64> {
    doc.resources()
        .filter(|t| t.rtype == "aws_cloudwatch_event_target")
        .filter(|t| {
            refs_of(doc, t, "aws_lambda_function")
                .iter()
                .any(|f| f == function)
        })
        .flat_map(|t| refs_of(doc, t, "aws_cloudwatch_event_rule"))
        .filter_map(|r| doc.block(&r))
        .filter_map(|r| r.str_arg("schedule_expression"))
        .filter_map(super::recovery::schedule_interval)
        .reduce(f64::min)
}

/// Instance type, instance count and root volumes (type, GB each; `None` type: not in the
/// launch template) of an Auto Scaling group.
struct Fleet<'a> {
    instance_type: Option<&'a str>,
    desired: f64,
    volumes: Vec<(Option<&'a str>, f64)>,
}

fn fleet<'a>(doc: &'a TfDoc, g: &'a Block, default_gb: f64) -> Fleet<'a> {
    let template = refs_of(doc, g, "aws_launch_template")
        .first()
        .and_then(|t| doc.block(t));
    let num = |k: &str| g.body.get(k).and_then(Value::as_f64);
    let desired = num("desired_capacity")
        .or_else(|| num("min_size"))
        .unwrap_or(0.0);
    let mut volumes: Vec<(Option<&str>, f64)> = template
        .map(|t| list(t.body.get("block_device_mappings")))
        .unwrap_or_default()
        .into_iter()
        .filter_map(|m| m.get("ebs"))
        .map(|e| {
            let gb = e
                .get("volume_size")
                .and_then(|v| v.as_f64().or_else(|| v.as_str()?.parse().ok()))
                .unwrap_or(default_gb);
            (e.get("volume_type").and_then(Value::as_str), gb)
        })
        .collect();
    if volumes.is_empty() {
        volumes.push((None, default_gb));
    }
    Fleet {
        instance_type: template.and_then(|t| t.str_arg("instance_type")),
        desired,
        volumes,
    }
}

/// The standby's savings: each standby Auto Scaling group at its desired capacity
/// against the same group at the size of the serving group of the same name (or the
/// only other group), in the standby's Region.
fn standby_savings(
    doc: &TfDoc,
    a: &Assumptions,
    standby_groups: &BTreeSet<String>,
    table: &[Price],
) -> Vec<String> {
    let mut notes = Vec::new();
    let groups: Vec<&Block> = doc
        .resources()
        .filter(|g| g.rtype == "aws_autoscaling_group")
        .collect();
    for s in groups
        .iter()
        .filter(|g| standby_groups.contains(&g.address()))
    {
        let others: Vec<&&Block> = groups
            .iter()
            .filter(|g| !standby_groups.contains(&g.address()))
            .collect();
        let primary = others
            .iter()
            .find(|g| g.str_arg("name").is_some() && g.str_arg("name") == s.str_arg("name"))
            .or(if others.len() == 1 {
                others.first()
            } else {
                None
            });
        let Some(primary) = primary else { continue };
        let sf = fleet(doc, s, a.ebs_root_volume_gb);
        let pf = fleet(doc, primary, a.ebs_root_volume_gb);
        let factor = doc
            .region_of(s)
            .and_then(|r| a.region_factor.get(r))
            .copied();
        let instance = sf
            .instance_type
            .and_then(|t| table.iter().find(|p| p.sku == format!("ec2:{t}")));
        let gp3 = table.iter().find(|p| p.sku == "ebs:gp3-storage");
        let (Some(factor), Some(instance), Some(gp3)) = (factor, instance, gp3) else {
            continue;
        };
        let gb: f64 = sf.volumes.iter().map(|(_, gb)| gb).sum();
        let per_instance = (instance.usd * a.hours_per_month + gp3.usd * gb) * factor;
        let now = sf.desired * per_instance;
        let full = pf.desired * per_instance;
        notes.push(format!(
            "standby savings: {} runs {} × {} while on standby (${now:.2}/month); at the size of {} ({} instances) it would cost ${full:.2}/month: ${:.2}/month saved (instances and root volumes, standby Region prices)",
            s.address(),
            sf.desired,
            sf.instance_type.unwrap_or("?"),
            primary.address(),
            pf.desired,
            full - now
        ));
    }
    notes
}

/// Whether a health check's target is an AWS endpoint: an `*.amazonaws.com` name, or a
/// resource this stack creates in AWS (a load balancer, an API Gateway domain or API,
/// an Elastic IP, an instance). Route 53 prices health checks of AWS endpoints lower;
/// its developer guide points to the pricing page for the definition of an AWS endpoint
/// (a resource in AWS in the same account as the health check), which the stored
/// copies did not contain. A resource of the same stack is in the same account.
fn aws_endpoint(doc: &TfDoc, h: &Block) -> bool {
    let named = h
        .str_arg("fqdn")
        .is_some_and(|f| f.trim_end_matches('.').ends_with(".amazonaws.com"));
    named
        || [
            "aws_lb",
            "aws_api_gateway_domain_name",
            "aws_api_gateway_rest_api",
            "aws_eip",
            "aws_instance",
        ]
        .iter()
        .any(|t| !refs_of(doc, h, t).is_empty())
}

/// The cost lines, the not-priced types and notes under the cost table.
pub fn estimate(
    doc: &TfDoc,
    a: &Assumptions,
) -> (Vec<CostRow>, IndexMap<String, usize>, Vec<String>) {
    let table = prices();
    let find = |sku: &str| table.iter().find(|p| p.sku == sku);
    let (standby_apis, standby_fns) = standby(doc);
    // The functions an API integrates with: the ones the per-request assumption describes.
    let api_fns: BTreeSet<String> = doc
        .resources()
        .filter(|b| b.rtype == "aws_api_gateway_integration")
        .flat_map(|i| refs_of(doc, i, "aws_lambda_function"))
        .collect();
    let (standby_lbs, standby_groups) = standby_compute(doc);
    let mut notes = standby_savings(doc, a, &standby_groups, &table);
    // A Region without a price factor leaves all its resources unpriced: say which, once,
    // rather than let its resources disappear into the not-priced counts.
    let unfactored: std::collections::BTreeSet<&str> = doc
        .resources()
        .filter(|b| !b.rtype.starts_with("aws_route53_"))
        .filter_map(|b| doc.region_of(b))
        .filter(|r| !a.region_factor.contains_key(*r))
        .collect();
    if !unfactored.is_empty() {
        notes.push(format!(
            "not priced: every resource in {} (no region price factor; add one under \
             [region_factor] with --assumptions FILE)",
            unfactored.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
    let mut rows = Vec::new();
    let mut not_priced: IndexMap<String, usize> = IndexMap::new();
    // Resources with no charge of their own whose cost is on another line: (resource,
    // service, price row, what), written at zero after the loop.
    let mut included: Vec<(String, &'static str, &Price, String)> = Vec::new();
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
                    item: if p.usd == 0.0 {
                        what.to_string()
                    } else {
                        format!("{what}: {qty} {} × ${} (×{factor} region)", p.unit, p.usd)
                    },
                    usd: qty * p.usd * factor,
                    source: format!("{} [{}, read {}]", p.source, p.kind, p.read),
                    free: p.usd == 0.0,
                });
                true
            }
            None => false,
        }
    };
    for b in doc.resources() {
        let addr = b.address();
        let region = doc.region_of(b).unwrap_or("");
        // Route 53 is global: one price whichever provider (Region) manages it.
        let factor = if b.rtype.starts_with("aws_route53_") {
            Some(1.0)
        } else {
            a.region_factor.get(region).copied()
        };
        let free = FREE.iter().any(|(t, _, _)| *t == b.rtype);
        let modelled = MODELLED.contains(&b.rtype.as_str()) || free;
        // Zero is zero in every Region: a free type needs no region factor.
        let factor = factor.or(free.then_some(1.0));
        let Some(factor) = factor.filter(|_| modelled) else {
            *not_priced.entry(b.rtype.clone()).or_default() += 1;
            continue;
        };
        let priced = match b.rtype.as_str() {
            "aws_rds_cluster_instance" => {
                let class = b.str_arg("instance_class").unwrap_or("");
                let engine = b.str_arg("engine").unwrap_or("");
                if class == SERVERLESS_CLASS {
                    // ACU-hours at the cluster's minimum: the floor every Serverless v2
                    // instance pays however idle; a cluster without a minimum is not
                    // priced (not guessed).
                    match serverless_min_acu(doc, b) {
                        Some(min) => line(
                            &addr,
                            "Aurora",
                            find(&format!("{engine}:{SERVERLESS_CLASS}")),
                            a.hours_per_month * min,
                            &format!(
                                "Serverless v2 floor: {min} ACU minimum × {} h (usage above \
                                 the minimum costs more)",
                                a.hours_per_month
                            ),
                            factor,
                        ),
                        None => false,
                    }
                } else {
                    line(
                        &addr,
                        "Aurora",
                        find(&format!("{engine}:{class}")),
                        a.hours_per_month,
                        "instance hours",
                        factor,
                    )
                }
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
            "aws_kms_key" => {
                let k = line(&addr, "KMS", find("kms:key"), 1.0, "key", factor);
                let r = line(
                    &addr,
                    "KMS",
                    find("kms:request"),
                    a.kms_requests_millions_per_month * 100.0,
                    "requests",
                    factor,
                );
                k && r
            }
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
            "aws_lambda_function" => {
                let arm = list(b.body.get("architectures"))
                    .iter()
                    .any(|v| v.as_str() == Some("arm64"));
                let memory_mb = b
                    .body
                    .get("memory_size")
                    .and_then(Value::as_f64)
                    .unwrap_or(128.0);
                let on_standby = standby_fns.contains(&addr);
                let schedule = schedule_of(doc, &addr);
                let api_served = api_fns.contains(&addr);
                let requests = match schedule {
                    _ if on_standby => 0.0,
                    // Invoked by a schedule: one request per run.
                    Some(period) => a.hours_per_month * 3600.0 / period / 1e6,
                    None if api_served => a.lambda_requests_millions_per_month,
                    // Invoked by events (an alarm, a rotation, a queue): how often is not
                    // in the stack, and the API-request assumption does not describe it.
                    None => 0.0,
                };
                let traced = list(b.body.get("tracing_config"))
                    .iter()
                    .any(|t| t.get("mode").and_then(Value::as_str) == Some("Active"));
                let note = match (on_standby, traced, schedule) {
                    (true, _, _) => {
                        " (standby: only the SECONDARY failover API invokes it)".to_string()
                    }
                    (false, _, Some(p)) => format!(
                        " (one per scheduled run every {p:.0} s{})",
                        if traced {
                            "; X-Ray traces not priced: no sourced row"
                        } else {
                            ""
                        }
                    ),
                    (false, _, None) if !api_served => format!(
                        " (invoked by events, not by an API or a schedule: its invocations \
                         are not modelled{})",
                        if traced {
                            "; X-Ray traces not priced: no sourced row"
                        } else {
                            ""
                        }
                    ),
                    (false, true, None) => " (X-Ray traces not priced: no sourced row)".into(),
                    _ => String::new(),
                };
                // A scheduled run is billed for as long as it runs, which the per-request
                // average (an API's requests) does not describe: a monitor that samples
                // twice 30 s apart runs 31 s. It is priced at its `timeout` (3 s, the
                // provider default, when absent): an upper bound, read from the stack.
                let (duration_ms, duration_note) = match schedule {
                    Some(_) if !on_standby => (
                        b.body.get("timeout").and_then(Value::as_f64).unwrap_or(3.0) * 1000.0,
                        " (a scheduled run at its timeout: an upper bound)",
                    ),
                    _ => (a.lambda_avg_duration_ms, ""),
                };
                let gb_s = requests * 1e6 * duration_ms / 1000.0 * memory_mb / 1024.0;
                !arm && line(
                    &addr,
                    "Lambda",
                    find("lambda:request"),
                    requests,
                    &format!("requests{note}"),
                    factor,
                ) && line(
                    &addr,
                    "Lambda",
                    find("lambda:duration-x86"),
                    gb_s,
                    &format!(
                        "duration, {duration_ms} ms × {memory_mb} MB per request{duration_note}"
                    ),
                    factor,
                )
            }
            "aws_api_gateway_rest_api" => {
                let on_standby = standby_apis.contains(&addr);
                line(
                    &addr,
                    "API Gateway",
                    find("apigateway:rest-request"),
                    if on_standby {
                        0.0
                    } else {
                        a.api_requests_millions_per_month
                    },
                    if on_standby {
                        "requests (standby: behind the SECONDARY failover record)"
                    } else {
                        "requests (data transfer out not priced)"
                    },
                    factor,
                )
            }
            "aws_api_gateway_stage" => {
                let cached =
                    b.body.get("cache_cluster_enabled").and_then(Value::as_bool) == Some(true);
                let traced =
                    b.body.get("xray_tracing_enabled").and_then(Value::as_bool) == Some(true);
                !cached
                    && line(
                        &addr,
                        "API Gateway",
                        find("apigateway:configuration"),
                        1.0,
                        if traced {
                            "no charge of its own (X-Ray traces not priced: no sourced row)"
                        } else {
                            "no charge of its own (REST APIs bill calls and data out)"
                        },
                        factor,
                    )
            }
            "aws_route53_zone" => {
                let z = line(
                    &addr,
                    "Route 53",
                    find("route53:hosted-zone"),
                    1.0,
                    "hosted zone",
                    factor,
                );
                let q = line(
                    &addr,
                    "Route 53",
                    find("route53:standard-query"),
                    a.dns_queries_millions_per_month,
                    "queries, all at the standard rate",
                    factor,
                );
                z && q
            }
            "aws_route53_health_check" => {
                let kind = b.str_arg("type").unwrap_or("");
                let endpoint = matches!(
                    kind,
                    "HTTP" | "HTTPS" | "HTTP_STR_MATCH" | "HTTPS_STR_MATCH" | "TCP"
                );
                let mut options = Vec::new();
                if kind.starts_with("HTTPS") {
                    options.push("HTTPS");
                }
                if kind.ends_with("STR_MATCH") {
                    options.push("string matching");
                }
                if b.body.get("request_interval").and_then(Value::as_f64) == Some(10.0) {
                    options.push("10 s interval");
                }
                if b.body.get("measure_latency").and_then(Value::as_bool) == Some(true) {
                    options.push("latency measurement");
                }
                let (base, option, who) = if aws_endpoint(doc, b) {
                    (
                        "route53:health-check-aws",
                        "route53:health-check-option-aws",
                        "AWS endpoint (*.amazonaws.com or a resource of this stack)",
                    )
                } else {
                    (
                        "route53:health-check-non-aws",
                        "route53:health-check-option-non-aws",
                        "non-AWS endpoint",
                    )
                };
                endpoint
                    && line(
                        &addr,
                        "Route 53",
                        find(base),
                        1.0,
                        &format!("{kind} health check, {who}"),
                        factor,
                    )
                    && (options.is_empty()
                        || line(
                            &addr,
                            "Route 53",
                            find(option),
                            options.len() as f64,
                            &format!("optional features ({})", options.join(", ")),
                            factor,
                        ))
            }
            "aws_cloudwatch_metric_alarm" => {
                let queries = list(b.body.get("metric_query"));
                let metrics = if queries.is_empty() {
                    1
                } else {
                    queries.iter().filter(|q| q.get("metric").is_some()).count()
                };
                let period = b.body.get("period").and_then(Value::as_f64).or_else(|| {
                    queries
                        .iter()
                        .filter_map(|q| q.get("metric"))
                        .flat_map(|m| list(Some(m)))
                        .filter_map(|m| m.get("period").and_then(Value::as_f64))
                        .reduce(f64::min)
                });
                let sku = if period.is_some_and(|p| p < 60.0) {
                    "cloudwatch:alarm-high-resolution"
                } else {
                    "cloudwatch:alarm-standard"
                };
                !b.body.contains_key("threshold_metric_id")
                    && line(
                        &addr,
                        "CloudWatch",
                        find(sku),
                        metrics as f64,
                        "alarm metrics",
                        factor,
                    )
            }
            "aws_cloudwatch_dashboard" => line(
                &addr,
                "CloudWatch",
                find("cloudwatch:dashboard"),
                1.0,
                "dashboard",
                factor,
            ),
            "aws_cloudwatch_log_group" => {
                let standard = b.str_arg("log_group_class").is_none_or(|c| c == "STANDARD");
                let gb = a.logs_gb_ingested_per_group_per_month;
                let retention = b
                    .body
                    .get("retention_in_days")
                    .and_then(Value::as_f64)
                    .filter(|d| *d > 0.0);
                standard
                    && line(
                        &addr,
                        "CloudWatch Logs",
                        find("logs:ingestion"),
                        gb,
                        if retention.is_some() {
                            "ingestion"
                        } else {
                            "ingestion (kept forever: storage grows every month, not priced)"
                        },
                        factor,
                    )
                    && retention.is_none_or(|days| {
                        line(
                            &addr,
                            "CloudWatch Logs",
                            find("logs:storage"),
                            gb * days / 30.0,
                            &format!("storage, {days} days kept (steady state)"),
                            factor,
                        )
                    })
            }
            "aws_sns_topic" => {
                b.body.get("fifo_topic").and_then(Value::as_bool) != Some(true)
                    && line(
                        &addr,
                        "SNS",
                        find("sns:publish"),
                        a.sns_publishes_millions_per_month,
                        "publishes",
                        factor,
                    )
            }
            "aws_sqs_queue" => {
                b.body.get("fifo_queue").and_then(Value::as_bool) != Some(true)
                    && line(
                        &addr,
                        "SQS",
                        find("sqs:request"),
                        a.sqs_requests_millions_per_month,
                        "requests",
                        factor,
                    )
            }
            "aws_vpc_endpoint" => match b.str_arg("vpc_endpoint_type") {
                Some("Gateway") => line(
                    &addr,
                    "VPC",
                    find("vpc:gateway-endpoint"),
                    1.0,
                    "gateway endpoint, no charge",
                    factor,
                ),
                // Billed per hour in each AZ it has a network interface in: one per subnet.
                // A subnet list that is one expression (not countable here) is not priced.
                Some("Interface") => match b.body.get("subnet_ids").and_then(Value::as_array) {
                    Some(subnets) if !subnets.is_empty() => line(
                        &addr,
                        "VPC",
                        find("vpc:interface-endpoint-hour"),
                        a.hours_per_month * subnets.len() as f64,
                        &format!(
                            "interface endpoint in {} AZs × {} h (data processed not priced)",
                            subnets.len(),
                            a.hours_per_month
                        ),
                        factor,
                    ),
                    _ => false,
                },
                _ => false,
            },
            "aws_autoscaling_group" => {
                let f = fleet(doc, b, a.ebs_root_volume_gb);
                let on_standby = standby_groups.contains(&addr);
                let who = if on_standby {
                    "standby group (behind the SECONDARY failover record): desired capacity"
                } else {
                    "desired capacity"
                };
                let i = f.instance_type.is_some_and(|t| {
                    line(
                        &addr,
                        "EC2",
                        find(&format!("ec2:{t}")),
                        f.desired * a.hours_per_month,
                        &format!(
                            "{} × {t} instances ({who}) × {} h",
                            f.desired, a.hours_per_month
                        ),
                        factor,
                    )
                });
                let mut v = true;
                for (kind, gb) in &f.volumes {
                    v &= match kind {
                        Some("gp3") => line(
                            &addr,
                            "EBS",
                            find("ebs:gp3-storage"),
                            f.desired * gb,
                            &format!("gp3 root volume, {gb} GB × {} instances", f.desired),
                            factor,
                        ),
                        // Not in the launch template (the AMI decides) or another
                        // volume type: no sourced row.
                        _ => false,
                    };
                }
                i && v
            }
            "aws_launch_template" => {
                let users: Vec<String> = doc
                    .resources()
                    .filter(|g| g.rtype == "aws_autoscaling_group")
                    .filter(|g| refs_of(doc, g, "aws_launch_template").contains(&addr))
                    .map(Block::address)
                    .collect();
                let t = b.str_arg("instance_type").unwrap_or("");
                match find(&format!("ec2:{t}")) {
                    Some(p) if !users.is_empty() => {
                        included.push((
                            addr.clone(),
                            "EC2",
                            p,
                            format!(
                                "no charge of its own: its instances are priced on {}",
                                users.join(", ")
                            ),
                        ));
                        true
                    }
                    _ => false,
                }
            }
            "aws_autoscaling_policy" => {
                let groups = refs_of(doc, b, "aws_autoscaling_group");
                let group = groups.first().and_then(|g| doc.block(g));
                let price = group
                    .map(|g| fleet(doc, g, 0.0))
                    .and_then(|f| f.instance_type)
                    .and_then(|t| find(&format!("ec2:{t}")));
                match (group, price) {
                    (Some(g), Some(p)) => {
                        included.push((
                            addr.clone(),
                            "EC2",
                            p,
                            format!(
                                "no charge of its own: the instances it adds are billed as instances of {}",
                                g.address()
                            ),
                        ));
                        true
                    }
                    _ => false,
                }
            }
            "aws_lb" => {
                let application = b
                    .str_arg("load_balancer_type")
                    .is_none_or(|t| t == "application");
                let on_standby = standby_lbs.contains(&addr);
                application
                    && line(
                        &addr,
                        "ELB",
                        find("elb:alb-hour"),
                        a.hours_per_month,
                        "Application Load Balancer hours",
                        factor,
                    )
                    && line(
                        &addr,
                        "ELB",
                        find("elb:alb-lcu"),
                        if on_standby {
                            0.0
                        } else {
                            a.alb_lcu_per_hour * a.hours_per_month
                        },
                        if on_standby {
                            "LCU (standby: behind the SECONDARY failover record, health checks only)"
                        } else {
                            "LCU (assumed average)"
                        },
                        factor,
                    )
            }
            "aws_lb_listener" | "aws_lb_target_group" => match find("elb:alb-hour") {
                Some(p) => {
                    included.push((
                        addr.clone(),
                        "ELB",
                        p,
                        "no charge of its own (a load balancer bills hours and LCUs)".into(),
                    ));
                    true
                }
                None => false,
            },
            "aws_nat_gateway" => {
                let private = b.str_arg("connectivity_type") == Some("private");
                !private
                    && line(
                        &addr,
                        "VPC",
                        find("vpc:nat-gateway-hour"),
                        a.hours_per_month,
                        "NAT gateway hours (its Elastic IP is priced on the EIP)",
                        factor,
                    )
                    && line(
                        &addr,
                        "VPC",
                        find("vpc:nat-gateway-gb"),
                        a.nat_gb_processed_per_gateway_per_month,
                        "data processed",
                        factor,
                    )
            }
            "aws_eip" => line(
                &addr,
                "VPC",
                find("vpc:public-ipv4"),
                a.hours_per_month,
                "public IPv4 address hours",
                factor,
            ),
            "aws_flow_log" => {
                let groups = refs_of(doc, b, "aws_cloudwatch_log_group");
                match (groups.first(), find("logs:ingestion")) {
                    (Some(g), Some(p)) => {
                        included.push((
                            addr.clone(),
                            "CloudWatch Logs",
                            p,
                            format!(
                                "no charge of its own: its records are priced as ingestion on {g}"
                            ),
                        ));
                        true
                    }
                    _ => false,
                }
            }
            "aws_cloudwatch_event_rule" => {
                let scheduled = b.body.contains_key("schedule_expression")
                    && !b.body.contains_key("event_bus_name");
                scheduled
                    && line(
                        &addr,
                        "EventBridge",
                        find("events:schedule"),
                        1.0,
                        "scheduled rule on the default bus: no charge (the target is billed by its service)",
                        factor,
                    )
            }
            "aws_cloudwatch_event_target" => {
                let scheduled = refs_of(doc, b, "aws_cloudwatch_event_rule")
                    .iter()
                    .filter_map(|r| doc.block(r))
                    .any(|r| r.body.contains_key("schedule_expression"));
                scheduled
                    && line(
                        &addr,
                        "EventBridge",
                        find("events:schedule"),
                        1.0,
                        "target of a scheduled rule: no charge (the target is billed by its service)",
                        factor,
                    )
            }
            "aws_acm_certificate" => {
                let private = b.body.contains_key("certificate_authority_arn");
                let exportable = list(b.body.get("options"))
                    .iter()
                    .any(|o| o.get("export").and_then(Value::as_str) == Some("ENABLED"));
                !private
                    && !exportable
                    && line(
                        &addr,
                        "ACM",
                        find("acm:public-certificate"),
                        1.0,
                        "public certificate, no charge",
                        factor,
                    )
            }
            t => match FREE.iter().find(|(free, _, _)| *free == t) {
                Some((_, sku, what)) => line(&addr, service_of(t), find(sku), 1.0, what, factor),
                None => false,
            },
        };
        if !priced {
            *not_priced.entry(b.rtype.clone()).or_default() += 1;
        }
    }
    for (resource, service, p, what) in included {
        rows.push(CostRow {
            resource,
            service: service.to_string(),
            item: what,
            usd: 0.0,
            source: format!("{} [{}, read {}]", p.source, p.kind, p.read),
            free: true,
        });
    }
    not_priced.sort_keys();
    (rows, not_priced, notes)
}

/// The service a free type belongs to, for the per-service totals.
fn service_of(rtype: &str) -> &'static str {
    match rtype.split('_').nth(1) {
        Some("acm") => "ACM",
        Some("api") => "API Gateway",
        Some("iam") => "IAM",
        Some("lambda") => "Lambda",
        Some("route53") => "Route 53",
        _ => "VPC",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tfjson::parse;

    /// Two Regions behind failover DNS, each with a REST API and a function; health
    /// checks, alarms, a dashboard, a log group, IAM and an interface endpoint.
    const DOC: &str = r#"{
      "provider": {"aws": [
        {"alias": "primary", "region": "us-east-1"},
        {"alias": "dr", "region": "us-east-2"}
      ]},
      "resource": {
        "aws_api_gateway_rest_api": {
          "p": {"provider": "aws.primary", "name": "api"},
          "d": {"provider": "aws.dr", "name": "api"}
        },
        "aws_api_gateway_domain_name": {
          "p": {"provider": "aws.primary", "domain_name": "api.example.org"},
          "d": {"provider": "aws.dr", "domain_name": "api.example.org"}
        },
        "aws_api_gateway_base_path_mapping": {
          "p": {"provider": "aws.primary", "api_id": "${aws_api_gateway_rest_api.p.id}",
                "domain_name": "${aws_api_gateway_domain_name.p.domain_name}"},
          "d": {"provider": "aws.dr", "api_id": "${aws_api_gateway_rest_api.d.id}",
                "domain_name": "${aws_api_gateway_domain_name.d.domain_name}"}
        },
        "aws_route53_record": {
          "p": {"provider": "aws.primary", "name": "api.example.org", "type": "A",
                "failover_routing_policy": {"type": "PRIMARY"}, "set_identifier": "p",
                "alias": {"name": "${aws_api_gateway_domain_name.p.regional_domain_name}",
                          "zone_id": "Z", "evaluate_target_health": true}},
          "d": {"provider": "aws.primary", "name": "api.example.org", "type": "A",
                "failover_routing_policy": {"type": "SECONDARY"}, "set_identifier": "d",
                "alias": {"name": "${aws_api_gateway_domain_name.d.regional_domain_name}",
                          "zone_id": "Z", "evaluate_target_health": true}}
        },
        "aws_lambda_function": {
          "p": {"provider": "aws.primary", "function_name": "f", "memory_size": 1024},
          "d": {"provider": "aws.dr", "function_name": "f", "memory_size": 1024}
        },
        "aws_api_gateway_integration": {
          "p": {"provider": "aws.primary", "rest_api_id": "${aws_api_gateway_rest_api.p.id}",
                "uri": "${aws_lambda_function.p.invoke_arn}"},
          "d": {"provider": "aws.dr", "rest_api_id": "${aws_api_gateway_rest_api.d.id}",
                "uri": "${aws_lambda_function.d.invoke_arn}"}
        },
        "aws_route53_health_check": {
          "fast": {"provider": "aws.primary", "type": "HTTPS", "request_interval": 10,
                   "measure_latency": true, "port": 443,
                   "fqdn": "${aws_api_gateway_rest_api.p.id}.execute-api.us-east-1.amazonaws.com"},
          "ext": {"provider": "aws.primary", "type": "HTTP", "request_interval": 30,
                  "fqdn": "status.example.org", "port": 80}
        },
        "aws_cloudwatch_metric_alarm": {
          "standard": {"provider": "aws.primary", "metric_name": "Errors", "period": 60},
          "fast": {"provider": "aws.primary", "metric_name": "Errors", "period": 10},
          "math": {"provider": "aws.dr", "metric_query": [
            {"id": "m1", "metric": {"metric_name": "A", "period": 60}},
            {"id": "m2", "metric": {"metric_name": "B", "period": 60}},
            {"id": "e", "expression": "m1/m2", "return_data": true}
          ]}
        },
        "aws_cloudwatch_dashboard": {"d": {"provider": "aws.primary", "dashboard_name": "x"}},
        "aws_cloudwatch_log_group": {"l": {"provider": "aws.dr", "retention_in_days": 30}},
        "aws_iam_role": {"r": {"name": "role"}},
        "aws_vpc_endpoint": {"i": {"provider": "aws.dr", "vpc_endpoint_type": "Interface"},
                             "j": {"provider": "aws.primary", "vpc_endpoint_type": "Interface",
                                   "subnet_ids": ["s-a", "s-b", "s-c"]}}
      }
    }"#;

    fn assumptions() -> Assumptions {
        let mut a = Assumptions::default_set();
        a.api_requests_millions_per_month = 4.0;
        a.lambda_requests_millions_per_month = 2.0;
        a.lambda_avg_duration_ms = 100.0;
        a.logs_gb_ingested_per_group_per_month = 2.0;
        a.region_factor.insert("us-east-1".into(), 1.0);
        a.region_factor.insert("us-east-2".into(), 1.0);
        a
    }

    fn usd(rows: &[CostRow], resource: &str) -> f64 {
        rows.iter()
            .filter(|r| r.resource == resource)
            .map(|r| r.usd)
            .sum()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn a_known_stack_prices_to_its_arithmetic() {
        let doc = parse("t.tf.json", DOC).unwrap();
        let (rows, not_priced, _) = estimate(&doc, &assumptions());
        // The serving API: 4 M requests × $3.50; the SECONDARY's API serves none.
        assert!(close(usd(&rows, "aws_api_gateway_rest_api.p"), 14.0));
        assert!(close(usd(&rows, "aws_api_gateway_rest_api.d"), 0.0));
        // The serving function: 2 M × $0.20 + 2 M × 0.1 s × 1 GB × $0.00001667.
        assert!(close(
            usd(&rows, "aws_lambda_function.p"),
            0.4 + 200_000.0 * 0.00001667
        ));
        assert!(close(usd(&rows, "aws_lambda_function.d"), 0.0));
        // HTTPS + 10 s + latency on an AWS endpoint: $0.50 + 3 × $1.00.
        assert!(close(usd(&rows, "aws_route53_health_check.fast"), 3.5));
        // Plain HTTP to a non-AWS name: $0.75, no optional feature.
        assert!(close(usd(&rows, "aws_route53_health_check.ext"), 0.75));
        // Standard, high-resolution, and a metric-math alarm over two metrics.
        assert!(close(
            usd(&rows, "aws_cloudwatch_metric_alarm.standard"),
            0.1
        ));
        assert!(close(usd(&rows, "aws_cloudwatch_metric_alarm.fast"), 0.3));
        assert!(close(usd(&rows, "aws_cloudwatch_metric_alarm.math"), 0.2));
        assert!(close(usd(&rows, "aws_cloudwatch_dashboard.d"), 3.0));
        // 2 GB ingested, kept 30 days: 2 × $0.50 + 2 GB-month × $0.03.
        assert!(close(usd(&rows, "aws_cloudwatch_log_group.l"), 1.06));
        // Free things are priced, at zero, and marked so.
        let role = rows
            .iter()
            .find(|r| r.resource == "aws_iam_role.r")
            .expect("IAM role priced");
        assert!(role.free && role.usd == 0.0, "{role:?}");
        assert!(rows
            .iter()
            .filter(|r| r.resource.starts_with("aws_route53_record."))
            .all(|r| r.free));
        // An interface endpoint: 730 h in each of its subnets' AZs × $0.01. One whose
        // subnets are not a list here cannot be counted: not priced, not guessed.
        assert!(close(usd(&rows, "aws_vpc_endpoint.j"), 730.0 * 3.0 * 0.01));
        assert_eq!(not_priced.get("aws_vpc_endpoint"), Some(&1));
        assert!(!rows.iter().any(|r| r.resource == "aws_vpc_endpoint.i"));
    }

    #[test]
    fn every_line_carries_its_source_and_the_standby_reason() {
        let doc = parse("t.tf.json", DOC).unwrap();
        let (rows, _, _) = estimate(&doc, &assumptions());
        let table = prices();
        for r in &rows {
            let cited = table
                .iter()
                .any(|p| r.source == format!("{} [{}, read {}]", p.source, p.kind, p.read));
            assert!(cited, "{r:?}");
        }
        let lambda = rows
            .iter()
            .find(|r| r.resource == "aws_lambda_function.p")
            .unwrap();
        assert!(
            lambda
                .source
                .contains("how-aws-pricing-works/lambda.html [aws, read 2026-11-30]"),
            "{lambda:?}"
        );
        let standby = rows
            .iter()
            .find(|r| r.resource == "aws_api_gateway_rest_api.d")
            .unwrap();
        assert!(standby.item.contains("SECONDARY"), "{standby:?}");
        let check = rows
            .iter()
            .filter(|r| r.resource == "aws_route53_health_check.fast")
            .map(|r| r.item.as_str())
            .collect::<Vec<_>>()
            .join(" | ");
        assert!(
            check.contains("HTTPS, 10 s interval, latency measurement"),
            "{check}"
        );
    }

    #[test]
    fn without_failover_records_every_api_serves() {
        let text = DOC.replace("\"SECONDARY\"", "\"PRIMARY\"");
        let doc = parse("t.tf.json", &text).unwrap();
        let (rows, _, _) = estimate(&doc, &assumptions());
        assert!(close(usd(&rows, "aws_api_gateway_rest_api.d"), 14.0));
        assert!(usd(&rows, "aws_lambda_function.d") > 0.0);
    }
    /// Two Regions (eu-central-1 ×1, eu-central-2 ×2 in these tests) with an Auto
    /// Scaling group behind an ALB each, failover DNS, a NAT gateway, a flow log and a
    /// scheduled function.
    const COMPUTE: &str = include_str!("testdata/compute.tf.json");

    fn compute_assumptions() -> Assumptions {
        let mut a = Assumptions::default_set();
        a.hours_per_month = 730.0;
        a.ebs_root_volume_gb = 8.0;
        a.alb_lcu_per_hour = 1.0;
        a.nat_gb_processed_per_gateway_per_month = 20.0;
        a.lambda_avg_duration_ms = 200.0;
        a.region_factor.insert("eu-central-1".into(), 1.0);
        a.region_factor.insert("eu-central-2".into(), 2.0);
        a
    }

    #[test]
    fn auto_scaling_groups_price_desired_instances_and_root_volumes() {
        let doc = parse("t.tf.json", COMPUTE).unwrap();
        let (rows, not_priced, _) = estimate(&doc, &compute_assumptions());
        // 3 × t3.medium × 730 h × $0.0416 + 3 × 8 GB gp3 × $0.08.
        assert!(close(
            usd(&rows, "aws_autoscaling_group.p"),
            3.0 * 730.0 * 0.0416 + 3.0 * 8.0 * 0.08
        ));
        // The standby: its own desired capacity (1), at its Region's factor (×2).
        assert!(close(
            usd(&rows, "aws_autoscaling_group.d"),
            2.0 * (730.0 * 0.0416 + 8.0 * 0.08)
        ));
        // The launch template is billed through the group: zero, marked free.
        let lt = rows
            .iter()
            .find(|r| r.resource == "aws_launch_template.p")
            .unwrap();
        assert!(lt.free && lt.usd == 0.0 && lt.item.contains("aws_autoscaling_group.p"));
        assert!(
            !not_priced.contains_key("aws_autoscaling_group"),
            "{not_priced:?}"
        );
    }

    #[test]
    fn a_volume_the_template_does_not_type_is_not_guessed() {
        let text = COMPUTE.replace(r#""ebs": {"volume_type": "gp3"}"#, r#""ebs": {}"#);
        let doc = parse("t.tf.json", &text).unwrap();
        let (_, not_priced, _) = estimate(&doc, &compute_assumptions());
        assert_eq!(not_priced.get("aws_autoscaling_group"), Some(&2));
    }

    #[test]
    fn load_balancers_nat_and_public_ipv4() {
        let doc = parse("t.tf.json", COMPUTE).unwrap();
        let (rows, _, _) = estimate(&doc, &compute_assumptions());
        // Serving ALB: hours + 1 LCU every hour.
        assert!(close(
            usd(&rows, "aws_lb.p"),
            730.0 * 0.0225 + 730.0 * 0.008
        ));
        // Standby ALB (SECONDARY record): hours only, ×2.
        assert!(close(usd(&rows, "aws_lb.d"), 2.0 * 730.0 * 0.0225));
        assert!(close(usd(&rows, "aws_lb_listener.p"), 0.0));
        assert!(close(
            usd(&rows, "aws_nat_gateway.n"),
            730.0 * 0.045 + 20.0 * 0.045
        ));
        assert!(close(usd(&rows, "aws_eip.n"), 730.0 * 0.005));
        let flow = rows
            .iter()
            .find(|r| r.resource == "aws_flow_log.f")
            .unwrap();
        assert!(flow.free && flow.item.contains("aws_cloudwatch_log_group.f"));
    }

    #[test]
    fn health_check_of_the_stacks_alb_is_an_aws_endpoint_priced_globally() {
        let doc = parse("t.tf.json", COMPUTE).unwrap();
        let (rows, _, _) = estimate(&doc, &compute_assumptions());
        // $0.50 + HTTPS, string matching, 10 s interval at $1.00 each; the check sits
        // on the ×2 provider, but Route 53 has one price everywhere.
        assert!(close(usd(&rows, "aws_route53_health_check.p"), 3.5));
        // The same check of a name outside AWS: $0.75 + 3 × $2.00.
        let text = COMPUTE.replace(
            r#""fqdn": "${aws_lb.p.dns_name}""#,
            r#""fqdn": "app.example.org""#,
        );
        let doc = parse("t.tf.json", &text).unwrap();
        let (rows, _, _) = estimate(&doc, &compute_assumptions());
        assert!(close(usd(&rows, "aws_route53_health_check.p"), 6.75));
    }

    #[test]
    fn a_scheduled_function_is_invoked_once_per_run() {
        let doc = parse("t.tf.json", COMPUTE).unwrap();
        let (rows, _, _) = estimate(&doc, &compute_assumptions());
        // rate(1 minute): 730 × 60 runs; each at the provider's default timeout, 3 s ×
        // 128 MB (not the 0.2 s API-request average); ×2 Region.
        let runs = 730.0 * 60.0;
        let price = |seconds: f64| 2.0 * (runs / 1e6 * 0.20 + runs * seconds * 0.125 * 0.00001667);
        assert!(close(usd(&rows, "aws_lambda_function.f"), price(3.0)));
        let duration = rows
            .iter()
            .find(|r| r.resource == "aws_lambda_function.f" && r.item.starts_with("duration"))
            .unwrap();
        assert!(duration.item.contains("3000 ms"), "{duration:?}");
        assert!(duration.item.contains("upper bound"), "{duration:?}");
        // With a timeout of its own (the lag monitor's 40 s), that is the run's price.
        let timed = COMPUTE.replace(
            r#""memory_size": 128"#,
            r#""memory_size": 128, "timeout": 40"#,
        );
        assert_ne!(timed, COMPUTE);
        let doc = parse("t.tf.json", &timed).unwrap();
        let (rows, _, _) = estimate(&doc, &compute_assumptions());
        assert!(close(usd(&rows, "aws_lambda_function.f"), price(40.0)));
        let rule = rows
            .iter()
            .find(|r| r.resource == "aws_cloudwatch_event_rule.f")
            .unwrap();
        assert!(rule.free, "{rule:?}");
    }

    #[test]
    fn an_event_driven_function_is_not_priced_as_an_api_one() {
        // `p` is also integrated with an API: priced per request as before. An added
        // function no API integrates with and no schedule invokes (a rotation, an alarm
        // target) gets no requests, and the line says why.
        let text = DOC.replace(
            r#""d": {"provider": "aws.dr", "function_name": "f", "memory_size": 1024}"#,
            r#""d": {"provider": "aws.dr", "function_name": "f", "memory_size": 1024},
          "rot": {"provider": "aws.primary", "function_name": "rot", "memory_size": 128}"#,
        );
        assert_ne!(text, DOC);
        let doc = parse("t.tf.json", &text).unwrap();
        let (rows, _, _) = estimate(&doc, &assumptions());
        assert!(usd(&rows, "aws_lambda_function.p") > 0.4);
        assert!(close(usd(&rows, "aws_lambda_function.rot"), 0.0));
        let requests = rows
            .iter()
            .find(|r| r.resource == "aws_lambda_function.rot" && r.item.starts_with("requests"))
            .unwrap();
        assert!(
            requests.item.contains("invocations are not modelled"),
            "{requests:?}"
        );
    }

    #[test]
    fn a_region_without_a_price_factor_is_named() {
        let doc = parse("t.tf.json", COMPUTE).unwrap();
        let mut a = compute_assumptions();
        a.region_factor.remove("eu-central-2");
        let (rows, not_priced, notes) = estimate(&doc, &a);
        let note = notes
            .iter()
            .find(|n| n.contains("no region price factor"))
            .unwrap_or_else(|| panic!("{notes:?}"));
        assert!(note.contains("every resource in eu-central-2"), "{note}");
        assert!(!note.contains("eu-central-1"), "{note}");
        assert!(!not_priced.is_empty());
        assert!(!rows.iter().any(|r| r.resource == "aws_lambda_function.f"));
        // With both factors, no such note.
        let (_, _, notes) = estimate(&doc, &compute_assumptions());
        assert!(!notes.iter().any(|n| n.contains("no region price factor")));
    }

    #[test]
    fn the_standby_savings_are_computed_from_both_groups() {
        let doc = parse("t.tf.json", COMPUTE).unwrap();
        let (_, _, notes) = estimate(&doc, &compute_assumptions());
        // Per standby instance: 2 × (730 × $0.0416 + 8 GB × $0.08) = $62.016; the
        // standby runs 1, the primary 3: $124.03 saved.
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(
            notes[0].contains("aws_autoscaling_group.d runs 1 × t3.medium"),
            "{}",
            notes[0]
        );
        assert!(notes[0].contains("$62.02/month"), "{}", notes[0]);
        assert!(notes[0].contains("$186.05/month"), "{}", notes[0]);
        assert!(notes[0].contains("$124.03/month saved"), "{}", notes[0]);
    }

    /// A Serverless v2 global database: the primary cluster 8–64 ACUs with two
    /// instances, the secondary 2–32 with one, a provisioned instance next to them, and a
    /// db.serverless instance whose cluster has no scaling configuration.
    const SERVERLESS: &str = r#"{
      "provider": {"aws": [
        {"alias": "primary", "region": "us-east-1"},
        {"alias": "dr", "region": "us-east-2"}
      ]},
      "resource": {
        "aws_rds_cluster": {
          "p": {"provider": "aws.primary", "engine": "aurora-mysql",
                "serverlessv2_scaling_configuration": {"min_capacity": 8, "max_capacity": 64}},
          "d": {"provider": "aws.dr", "engine": "aurora-mysql",
                "serverlessv2_scaling_configuration": [{"min_capacity": 2.5, "max_capacity": 32}]},
          "bare": {"provider": "aws.primary", "engine": "aurora-mysql"}
        },
        "aws_rds_cluster_instance": {
          "p1": {"provider": "aws.primary", "engine": "aurora-mysql",
                 "instance_class": "db.serverless", "cluster_identifier": "${aws_rds_cluster.p.id}"},
          "p2": {"provider": "aws.primary", "engine": "aurora-mysql",
                 "instance_class": "db.serverless", "cluster_identifier": "${aws_rds_cluster.p.id}"},
          "d1": {"provider": "aws.dr", "engine": "aurora-mysql",
                 "instance_class": "db.serverless", "cluster_identifier": "${aws_rds_cluster.d.id}"},
          "orphan": {"provider": "aws.primary", "engine": "aurora-mysql",
                 "instance_class": "db.serverless", "cluster_identifier": "${aws_rds_cluster.bare.id}"},
          "pg": {"provider": "aws.primary", "engine": "aurora-postgresql",
                 "instance_class": "db.r6g.large", "cluster_identifier": "${aws_rds_cluster.bare.id}"}
        }
      }
    }"#;

    #[test]
    fn serverless_instances_are_priced_at_their_clusters_minimum_acus() {
        let doc = parse("t.tf.json", SERVERLESS).unwrap();
        let mut a = assumptions();
        a.hours_per_month = 730.0;
        a.region_factor.insert("us-east-2".into(), 2.0);
        let (rows, not_priced, _) = estimate(&doc, &a);
        // 8 ACU × 730 h × $0.12 per primary instance.
        assert!(close(
            usd(&rows, "aws_rds_cluster_instance.p1"),
            8.0 * 730.0 * 0.12
        ));
        assert!(close(
            usd(&rows, "aws_rds_cluster_instance.p2"),
            8.0 * 730.0 * 0.12
        ));
        // The secondary's own minimum (2.5), at its Region's factor (×2).
        assert!(close(
            usd(&rows, "aws_rds_cluster_instance.d1"),
            2.0 * 2.5 * 730.0 * 0.12
        ));
        let line = rows
            .iter()
            .find(|r| r.resource == "aws_rds_cluster_instance.p1")
            .unwrap();
        assert!(
            line.item.contains("Serverless v2 floor: 8 ACU minimum"),
            "{line:?}"
        );
        assert!(
            line.item.contains("usage above the minimum costs more"),
            "{line:?}"
        );
        assert!(line.item.contains("ACU-hour × $0.12"), "{line:?}");
        assert!(line.source.contains("acu_calculator.py"), "{line:?}");
        // No minimum to price from: not priced, not guessed.
        assert_eq!(not_priced.get("aws_rds_cluster_instance"), Some(&1));
        assert!(!rows
            .iter()
            .any(|r| r.resource == "aws_rds_cluster_instance.orphan"));
        // Provisioned instances are priced per instance-hour as before.
        assert!(close(
            usd(&rows, "aws_rds_cluster_instance.pg"),
            730.0 * 0.30
        ));
    }
}
