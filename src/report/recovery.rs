//! RPO per data store and the RTO estimate, from what the file contains.

use serde_json::Value;

use super::data::Figure;
use super::{human_seconds, RtoPart, StoreRow};
use crate::tfjson::{Block, Mode, TfDoc};

fn figure<'a>(figures: &'a [Figure], id: &str) -> Option<&'a Figure> {
    figures.iter().find(|f| f.id == id)
}

fn cite(f: Option<&Figure>) -> String {
    match f {
        Some(f) => format!("{} [{}, {}, read {}]", f.id, f.source, f.kind, f.read),
        None => "no figure".into(),
    }
}

fn bound(f: Option<&Figure>) -> Option<f64> {
    f.map(|f| f.seconds).filter(|s| *s >= 0.0)
}

fn row(store: String, mechanism: &str, f: Option<&Figure>, counts: bool) -> StoreRow {
    let rpo_seconds = bound(f);
    StoreRow {
        store,
        mechanism: mechanism.to_string(),
        rpo: match rpo_seconds {
            Some(s) => format!("≤ {}", human_seconds(s)),
            None => "no published bound".into(),
        },
        rpo_seconds,
        source: cite(f),
        counts,
    }
}

fn blocks<'a>(doc: &'a TfDoc, rtype: &'a str) -> impl Iterator<Item = &'a Block> + 'a {
    doc.blocks
        .iter()
        .filter(move |b| b.mode == Mode::Managed && b.rtype == rtype)
}

fn refers_to(b: &Block, address: &str) -> bool {
    let body = Value::Object(b.body.clone());
    let mut strings = Vec::new();
    crate::tfjson::strings_in(&body, &mut strings);
    strings.iter().any(|s| s.contains(&format!("{address}.")))
}

fn list(v: Option<&Value>) -> Vec<&Value> {
    match v {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(o @ Value::Object(_)) => vec![o],
        _ => Vec::new(),
    }
}

/// Seconds between runs of a simple AWS cron (`cron(M H ? * * *)` daily, `cron(M * …)`
/// hourly, `rate(N unit)`); `None` for anything else.
pub fn schedule_interval(expr: &str) -> Option<f64> {
    if let Some(r) = expr.strip_prefix("rate(").and_then(|r| r.strip_suffix(')')) {
        let mut it = r.split_whitespace();
        let n: f64 = it.next()?.parse().ok()?;
        let unit = match it.next()?.trim_end_matches('s') {
            "minute" => 60.0,
            "hour" => 3600.0,
            "day" => 86400.0,
            _ => return None,
        };
        return Some(n * unit);
    }
    let c = expr.strip_prefix("cron(")?.strip_suffix(')')?;
    let f: Vec<&str> = c.split_whitespace().collect();
    if f.len() != 6 || f[0].parse::<u32>().is_err() {
        return None;
    }
    let wild = |s: &str| s == "*" || s == "?";
    if !(wild(f[2]) && wild(f[3]) && wild(f[4])) {
        return None;
    }
    if f[1].parse::<u32>().is_ok() {
        Some(86400.0)
    } else if f[1] == "*" {
        Some(3600.0)
    } else {
        None
    }
}

/// Every data store with its mechanism and RPO bound.
pub fn stores(doc: &TfDoc, figures: &[Figure]) -> Vec<StoreRow> {
    let mut out = Vec::new();
    let mut replicated: Vec<String> = Vec::new();
    for g in blocks(doc, "aws_rds_global_cluster") {
        let members: Vec<&Block> = blocks(doc, "aws_rds_cluster")
            .filter(|c| refers_to(c, &g.address()))
            .collect();
        let regions: std::collections::BTreeSet<&str> =
            members.iter().filter_map(|c| doc.region_of(c)).collect();
        if regions.len() >= 2 {
            for c in &members {
                replicated.push(c.address());
            }
            out.push(row(
                format!(
                    "{} ({} clusters: {})",
                    g.address(),
                    members.len(),
                    regions.into_iter().collect::<Vec<_>>().join(", ")
                ),
                "Aurora Global Database (asynchronous storage replication)",
                figure(figures, "aurora-global-lag"),
                true,
            ));
        }
    }
    for t in blocks(doc, "aws_dynamodb_table") {
        let replicas: Vec<String> = list(t.body.get("replica"))
            .iter()
            .filter_map(|r| {
                r.get("region_name")
                    .and_then(Value::as_str)
                    .map(str::to_string)
            })
            .collect();
        if !replicas.is_empty() {
            replicated.push(t.address());
            out.push(row(
                format!("{} (replicas: {})", t.address(), replicas.join(", ")),
                "DynamoDB global table (asynchronous)",
                figure(figures, "dynamodb-global-lag"),
                true,
            ));
        }
    }
    for r in blocks(doc, "aws_s3_bucket_replication_configuration") {
        // `${aws_s3_bucket.x.id}` → `aws_s3_bucket.x`.
        let source = r.str_arg("bucket").unwrap_or("?");
        let source = source
            .strip_prefix("${")
            .and_then(|s| s.strip_suffix('}'))
            .map(|s| s.trim_end_matches(".id").trim_end_matches(".bucket"))
            .unwrap_or(source)
            .to_string();
        for (i, rule) in list(r.body.get("rule")).into_iter().enumerate() {
            let rtc = rule
                .get("destination")
                .and_then(|d| d.get("replication_time"))
                .and_then(|t| t.get("status"))
                .and_then(Value::as_str)
                == Some("Enabled");
            let (mech, fig) = if rtc {
                ("S3 replication with Replication Time Control", "s3-rtc-sla")
            } else {
                ("S3 replication without RTC", "s3-crr-no-rtc")
            };
            out.push(row(
                format!("{} rule[{i}] (bucket {source})", r.address()),
                mech,
                figure(figures, fig),
                true,
            ));
        }
    }
    for s in blocks(doc, "aws_secretsmanager_secret") {
        let replicas: Vec<String> = list(s.body.get("replica"))
            .iter()
            .filter_map(|r| r.get("region").and_then(Value::as_str).map(str::to_string))
            .collect();
        if !replicas.is_empty() {
            out.push(row(
                format!("{} (replicas: {})", s.address(), replicas.join(", ")),
                "Secrets Manager replica secret",
                figure(figures, "secrets-replication"),
                false,
            ));
        }
    }
    for p in blocks(doc, "aws_backup_plan") {
        for (i, rule) in list(p.body.get("rule")).into_iter().enumerate() {
            let schedule = rule.get("schedule").and_then(Value::as_str).unwrap_or("");
            let copies = !list(rule.get("copy_action")).is_empty();
            let interval = schedule_interval(schedule);
            let selected: Vec<String> = blocks(doc, "aws_backup_selection")
                .filter(|s| refers_to(s, &p.address()))
                .flat_map(|s| {
                    list(s.body.get("resources"))
                        .into_iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                })
                .collect();
            let only_backup = selected
                .iter()
                .any(|s| !replicated.iter().any(|r| s.contains(&format!("{r}."))));
            out.push(StoreRow {
                store: format!(
                    "{} rule[{i}] ({} selected resource{})",
                    p.address(),
                    selected.len(),
                    if selected.len() == 1 { "" } else { "s" }
                ),
                mechanism: format!(
                    "AWS Backup `{schedule}`{} — point-in-time copies, not failover",
                    if copies { " with cross-Region copy" } else { ", no cross-Region copy" }
                ),
                rpo_seconds: interval,
                rpo: match interval {
                    Some(s) => format!("≤ {} + copy time (one schedule interval)", human_seconds(s)),
                    None => "schedule not understood".into(),
                },
                source: "model: RPO of a periodic backup = its schedule interval (rerun: the cron in the file)".into(),
                counts: only_backup && copies,
            });
        }
    }
    out
}

/// The RTO parts and the estimate (sum), `None` when a part cannot be estimated.
pub fn rto(doc: &TfDoc, figures: &[Figure]) -> (Vec<RtoPart>, Option<f64>) {
    let mut parts = Vec::new();
    let failover_records: Vec<&Block> = blocks(doc, "aws_route53_record")
        .filter(|r| r.body.contains_key("failover_routing_policy"))
        .collect();
    if failover_records.is_empty() {
        parts.push(RtoPart {
            step: "traffic failover".into(),
            seconds: None,
            basis: "no traffic failover configured (no Route 53 failover record)".into(),
            after_restore: false,
        });
    } else {
        let mut worst: f64 = 0.0;
        let mut basis = Vec::new();
        for r in &failover_records {
            // An alias record takes its target's TTL (not in the file): the assumed figure.
            let alias = r.body.contains_key("alias");
            let ttl = match r.body.get("ttl").and_then(Value::as_f64) {
                Some(t) => t,
                None if alias => bound(figure(figures, "r53-alias-ttl")).unwrap_or(60.0),
                None => 0.0,
            };
            let hc = r.str_arg("health_check_id").and_then(|id| {
                blocks(doc, "aws_route53_health_check")
                    .find(|h| id.contains(&format!("{}.", h.address())))
            });
            let (interval, threshold) = match hc {
                Some(h) => (
                    h.body
                        .get("request_interval")
                        .and_then(Value::as_f64)
                        .unwrap_or_else(|| {
                            bound(figure(figures, "r53-request-interval-default")).unwrap_or(30.0)
                        }),
                    h.body
                        .get("failure_threshold")
                        .and_then(Value::as_f64)
                        .unwrap_or(3.0),
                ),
                None => (0.0, 0.0),
            };
            let t = interval * threshold + ttl;
            worst = worst.max(t);
            basis.push(format!(
                "{}: {interval:.0} s × {threshold:.0} + TTL {ttl:.0} s{}",
                r.address(),
                if alias {
                    " (alias: target's TTL, assumed)"
                } else {
                    ""
                }
            ));
        }
        parts.push(RtoPart {
            step: "detection + DNS switch".into(),
            seconds: Some(worst),
            basis: format!(
                "request interval × failure threshold + TTL ({}; {}; {})",
                basis.join("; "),
                cite(figure(figures, "r53-request-interval-default")),
                cite(figure(figures, "r53-alias-ttl"))
            ),
            after_restore: false,
        });
    }
    if blocks(doc, "aws_rds_global_cluster").next().is_some() {
        // Automated: something event-driven (EventBridge, SNS, a CloudWatch alarm) invokes
        // a function, and some policy in the stack allows the failover call. A function
        // alone (e.g. the payment service) does not fail a database over.
        let event_invoked = blocks(doc, "aws_lambda_permission").any(|p| {
            matches!(
                p.str_arg("principal"),
                Some(
                    "events.amazonaws.com"
                        | "sns.amazonaws.com"
                        | "lambda.alarms.cloudwatch.amazonaws.com"
                )
            )
        });
        let may_fail_over = doc.blocks.iter().any(|b| {
            serde_json::to_string(&b.body).is_ok_and(|t| t.contains("rds:FailoverGlobalCluster"))
        });
        let automated = (event_invoked && may_fail_over)
            || doc
                .resources()
                .any(|b| b.rtype.starts_with("aws_arcregionswitch"));
        // A function EventBridge may invoke, run by a scheduled rule: it acts at its next
        // run after the failure, so one schedule period is part of the detection.
        let scheduled = if event_invoked && may_fail_over {
            scheduled_trigger(doc)
        } else {
            None
        };
        if let Some((rule, expr, period)) = &scheduled {
            parts.push(RtoPart {
                step: "automation trigger (schedule)".into(),
                seconds: Some(*period),
                basis: format!(
                    "the failover function runs on `{expr}` ({rule}, events.amazonaws.com may invoke it): up to one period after the failure is visible before it acts"
                ),
                after_restore: false,
            });
        }
        let f = figure(figures, "aurora-global-promotion");
        parts.push(RtoPart {
            step: "Aurora global database failover".into(),
            seconds: bound(f),
            basis: format!(
                "{}; {} ({})",
                match (automated, &scheduled) {
                    (true, Some(_)) => "automation present in the stack, started by a schedule (not verified to trigger failover)",
                    (true, None) => "automation present in the stack (not verified to trigger failover)",
                    _ => "manual: nothing in this stack starts FailoverGlobalCluster, an operator must",
                },
                "promotion under a minute once started",
                cite(f)
            ),
            after_restore: false,
        });
    }
    let mut capacity = Vec::new();
    for g in standby_groups(doc) {
        let num = |k: &str| g.body.get(k).and_then(Value::as_f64);
        let launch_f = figure(figures, "ec2-launch");
        let launch = bound(launch_f);
        let warmup = num("default_instance_warmup").filter(|w| *w >= 0.0);
        let seconds = launch.zip(warmup).map(|(l, w)| l + w);
        let min = num("min_size").unwrap_or(0.0);
        let full = full_size(doc, g);
        let warm = match warmup {
            Some(w) => format!(
                "warm-up {w:.0} s (default_instance_warmup of {}; {})",
                g.address(),
                cite(figure(figures, "asg-default-instance-warmup"))
            ),
            None => format!(
                "warm-up not estimable: {} sets no default_instance_warmup",
                g.address()
            ),
        };
        let policies: Vec<&Block> = blocks(doc, "aws_autoscaling_policy")
            .filter(|p| refers_to(p, &g.address()))
            .collect();
        let alarmed: Vec<String> = blocks(doc, "aws_cloudwatch_metric_alarm")
            .filter(|a| policies.iter().any(|p| refers_to(a, &p.address())))
            .map(Block::address)
            .collect();
        let tracking = policies
            .iter()
            .any(|p| p.str_arg("policy_type") == Some("TargetTrackingScaling"));
        let trigger = match (alarmed.is_empty(), tracking) {
            (false, _) => format!("scale-out started by {}", alarmed.join(", ")),
            (true, true) => "no alarm in this stack starts the scale-out: only target tracking, on the load that arrives after DNS switches".into(),
            (true, false) => "nothing in this stack starts the scale-out".into(),
        };
        let launch_text = format!(
            "launch {} ({})",
            launch.map(human_seconds).unwrap_or_else(|| "?".into()),
            cite(launch_f)
        );
        // min_size instances are always in service, whatever desired_capacity drifts to.
        let serving = min >= 1.0;
        capacity.push((
            serving,
            seconds,
            RtoPart {
                step: if serving {
                    "full capacity in the DR Region (scale-out)".into()
                } else {
                    "capacity in the DR Region".into()
                },
                seconds,
                basis: if serving {
                    format!(
                        "the standby serves at its minimum ({min:.0} instance(s) in service before the failover, min_size {min:.0}) when DNS switches; reaching {} takes a scale-out ({trigger}): {launch_text} + {warm}",
                        match full {
                            Some((p, n)) => format!("the primary's size ({n:.0} instances, {p})"),
                            None => "full capacity".into(),
                        }
                    )
                } else {
                    format!(
                        "no instance in service before the failover (min_size {min:.0}): traffic waits for {launch_text} + {warm}"
                    )
                },
                after_restore: serving,
            },
        ));
    }
    let restored: Option<f64> = parts
        .iter()
        .map(|p| p.seconds)
        .chain(capacity.iter().filter(|c| !c.0).map(|c| c.1))
        .sum();
    for (serving, seconds, mut part) in capacity {
        if serving {
            part.basis.push_str(&match (restored, seconds) {
                (Some(r), Some(s)) => format!(
                    "; not in the total, which is service restored at minimum capacity: full capacity ≈ {} if the scale-out starts when DNS switches",
                    human_seconds(r + s)
                ),
                _ => "; not in the total, which is service restored at minimum capacity".into(),
            });
        }
        parts.push(part);
    }
    let total = parts
        .iter()
        .filter(|p| !p.after_restore)
        .map(|p| p.seconds)
        .sum::<Option<f64>>();
    (parts, total)
}

/// The Auto Scaling groups of the DR Region: those serving behind the SECONDARY failover
/// record's load balancer, else those bound to the `aws.dr` provider.
fn standby_groups(doc: &TfDoc) -> Vec<&Block> {
    let (_, by_dns) = super::cost::standby_compute(doc);
    let groups: Vec<&Block> = blocks(doc, "aws_autoscaling_group").collect();
    if by_dns.is_empty() {
        groups
            .into_iter()
            .filter(|g| g.provider() == Some("aws.dr"))
            .collect()
    } else {
        groups
            .into_iter()
            .filter(|g| by_dns.contains(&g.address()))
            .collect()
    }
}

/// The serving group of the same name as `standby` (or the only other group): its
/// address and desired capacity.
fn full_size(doc: &TfDoc, standby: &Block) -> Option<(String, f64)> {
    let others: Vec<&Block> = blocks(doc, "aws_autoscaling_group")
        .filter(|g| g.address() != standby.address() && g.provider() != standby.provider())
        .collect();
    let p = others
        .iter()
        .find(|g| g.str_arg("name").is_some() && g.str_arg("name") == standby.str_arg("name"))
        .or(if others.len() == 1 {
            others.first()
        } else {
            None
        })?;
    let n = p
        .body
        .get("desired_capacity")
        .or_else(|| p.body.get("min_size"))
        .and_then(Value::as_f64)?;
    Some((p.address(), n))
}

/// A scheduled EventBridge rule that targets a function EventBridge may invoke:
/// (rule address, schedule expression, period in seconds), the shortest period.
fn scheduled_trigger(doc: &TfDoc) -> Option<(String, String, f64)> {
    let refs = super::cost::refs_of;
    let failover = failover_functions(doc);
    let functions: Vec<String> = blocks(doc, "aws_lambda_permission")
        .filter(|p| p.str_arg("principal") == Some("events.amazonaws.com"))
        .flat_map(|p| refs(doc, p, "aws_lambda_function"))
        // Only a function that may fail the database over: a schedule that runs another
        // function (a monitor) does not delay the failover.
        .filter(|f| failover.is_empty() || failover.contains(f))
        .collect();
    blocks(doc, "aws_cloudwatch_event_target")
        .filter(|t| {
            refs(doc, t, "aws_lambda_function")
                .iter()
                .any(|f| functions.contains(f))
        })
        .flat_map(|t| refs(doc, t, "aws_cloudwatch_event_rule"))
        .filter_map(|r| doc.block(&r))
        .filter_map(|r| {
            let expr = r.str_arg("schedule_expression")?;
            Some((r.address(), expr.to_string(), schedule_interval(expr)?))
        })
        .min_by(|a, b| a.2.total_cmp(&b.2))
}

/// The functions whose role has an inline policy (`aws_iam_role_policy`) whose document
/// (inline JSON or an `aws_iam_policy_document` it references) allows
/// `rds:FailoverGlobalCluster`: the ones that can fail the database over.
fn failover_functions(doc: &TfDoc) -> Vec<String> {
    const ACTION: &str = "rds:FailoverGlobalCluster";
    let text = |b: &Block| serde_json::to_string(&b.body).unwrap_or_default();
    let documents: Vec<String> = doc
        .blocks
        .iter()
        .filter(|b| b.rtype == "aws_iam_policy_document" && text(b).contains(ACTION))
        .map(Block::address)
        .collect();
    let roles: Vec<String> = blocks(doc, "aws_iam_role_policy")
        .filter(|p| {
            let t = text(p);
            t.contains(ACTION) || documents.iter().any(|d| t.contains(&format!("{d}.")))
        })
        .flat_map(|p| super::cost::refs_of(doc, p, "aws_iam_role"))
        .collect();
    blocks(doc, "aws_lambda_function")
        .filter(|f| {
            super::cost::refs_of(doc, f, "aws_iam_role")
                .iter()
                .any(|r| roles.contains(r))
        })
        .map(Block::address)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedules() {
        assert_eq!(schedule_interval("cron(0 5 ? * * *)"), Some(86400.0));
        assert_eq!(schedule_interval("cron(0 * ? * * *)"), Some(3600.0));
        assert_eq!(schedule_interval("rate(12 hours)"), Some(43200.0));
        assert_eq!(schedule_interval("cron(0 5 1 * ? *)"), None);
        assert_eq!(schedule_interval("nonsense"), None);
    }
    const COMPUTE: &str = include_str!("testdata/compute.tf.json");

    fn rto_of(text: &str) -> (Vec<RtoPart>, Option<f64>) {
        let doc = crate::tfjson::parse("t.tf.json", text).unwrap();
        rto(&doc, &crate::report::data::figures())
    }

    #[test]
    fn a_standby_at_minimum_capacity_restores_service_before_full_capacity() {
        let (parts, total) = rto_of(COMPUTE);
        // 10 s × 3 + alias TTL 60 s; the scale-out is shown but not summed.
        assert_eq!(total, Some(90.0), "{parts:?}");
        let cap = parts
            .iter()
            .find(|p| p.step.starts_with("full capacity"))
            .expect("capacity step");
        // ec2-launch (300 s, assumption) + default_instance_warmup 180 s.
        assert_eq!(cap.seconds, Some(480.0));
        assert!(cap.after_restore);
        assert!(
            cap.basis.contains("aws_autoscaling_group.d"),
            "{}",
            cap.basis
        );
        assert!(cap.basis.contains("570 s"), "{}", cap.basis);
    }

    #[test]
    fn a_standby_without_instances_waits_for_launch_and_warmup() {
        let text = COMPUTE.replace(
            r#""min_size": 1, "max_size": 6, "desired_capacity": 1"#,
            r#""min_size": 0, "max_size": 6, "desired_capacity": 0"#,
        );
        let (parts, total) = rto_of(&text);
        assert_eq!(total, Some(570.0), "{parts:?}");
        // Without a warm-up in the file the capacity term is not estimable.
        let text = text.replace(
            "\"default_instance_warmup\": 180,\n            \"launch_template\": {\"id\": \"${aws_launch_template.d.id}\"}",
            "\"launch_template\": {\"id\": \"${aws_launch_template.d.id}\"}",
        );
        let (_, total) = rto_of(&text);
        assert_eq!(total, None);
    }

    #[test]
    fn a_scheduled_failover_function_is_automation_and_adds_its_period() {
        let with_db = COMPUTE.replace(
            r#""aws_eip": {"#,
            r#""aws_rds_global_cluster": {"g": {"global_cluster_identifier": "g"}},
    "aws_iam_role_policy": {"f": {"policy": "{\"Statement\":[{\"Action\":[\"rds:FailoverGlobalCluster\"],\"Effect\":\"Allow\",\"Resource\":\"*\"}]}"}},
    "aws_eip": {"#,
        );
        let (parts, total) = rto_of(&with_db);
        // 90 s detection + DNS, 60 s until the next run, 60 s promotion.
        assert_eq!(total, Some(210.0), "{parts:?}");
        let trigger = parts
            .iter()
            .find(|p| p.step == "automation trigger (schedule)")
            .expect("schedule term");
        assert!(
            trigger.basis.contains("rate(1 minute)"),
            "{}",
            trigger.basis
        );
        let db = parts.iter().find(|p| p.step.starts_with("Aurora")).unwrap();
        assert!(db.basis.starts_with("automation present"), "{}", db.basis);
        // An event pattern instead of a schedule: automation, no period term.
        let pattern = with_db.replace(
            r#""schedule_expression": "rate(1 minute)""#,
            r#""event_pattern": "{}""#,
        );
        let (parts, total) = rto_of(&pattern);
        assert_eq!(total, Some(150.0), "{parts:?}");
        assert!(parts
            .iter()
            .all(|p| p.step != "automation trigger (schedule)"));
    }
}
