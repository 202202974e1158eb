//! `graph`, `diff`, `report` on the payments-dr golden file: the stack's docs embed the
//! diagram and the report and are regenerated here (stale → fail; `TFDR_BLESS=1`
//! rewrites them), renames propose the right `moved` blocks, a changed Aurora cluster
//! identifier is flagged as a replacement, and the error contract holds.

use std::path::Path;
use std::process::Command;

use tfdr::commands::{self, GraphArgs, ReportArgs, ReportFormatArg};
use tfdr::tfjson::{parse, TfDoc};

fn golden_text() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/payments-dr.tf.json"),
    )
    .expect("golden payments-dr")
}

fn golden() -> TfDoc {
    parse("payments-dr.tf.json", &golden_text()).expect("golden parses")
}

/// Replaces the text between `<!-- BEGIN name -->` and `<!-- END name -->`.
fn splice(doc: &str, name: &str, body: &str) -> String {
    let (b, e) = (
        format!("<!-- BEGIN {name} -->\n"),
        format!("<!-- END {name} -->"),
    );
    let start = doc
        .find(&b)
        .unwrap_or_else(|| panic!("docs lack the `{name}` markers"))
        + b.len();
    let end = doc[start..].find(&e).expect("end marker") + start;
    format!("{}{body}{}", &doc[..start], &doc[end..])
}

/// Regenerates `docs/<stack>.md`'s diagram and report from `tests/golden/<stack>.tf.json`
/// and fails when the page is stale (`TFDR_BLESS=1` rewrites it).
fn assert_docs_current(stack: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join(format!("tests/golden/{stack}.tf.json")))
        .unwrap_or_else(|e| panic!("golden {stack}: {e}"));
    let doc = parse(&format!("{stack}.tf.json"), &text).expect("golden parses");
    let graph = commands::graph(
        std::slice::from_ref(&doc),
        &GraphArgs {
            depth: Some(2),
            ..GraphArgs::default()
        },
    )
    .stdout;
    let report = commands::report(
        std::slice::from_ref(&doc),
        &ReportArgs {
            format: ReportFormatArg::Markdown,
            ..ReportArgs::default()
        },
    )
    .expect("report")
    .stdout;
    let name = format!("docs/{stack}.md");
    let path = root.join(&name);
    let current = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let fresh = splice(&current, "graph", &format!("```mermaid\n{graph}```\n"));
    let fresh = splice(&fresh, "report", &report);
    if std::env::var("TFDR_BLESS").as_deref() == Ok("1") {
        std::fs::write(&path, &fresh).expect("write docs");
        return;
    }
    if fresh != current {
        let d = similar::TextDiff::from_lines(current.as_str(), fresh.as_str())
            .unified_diff()
            .header(&name, "regenerated")
            .to_string();
        panic!("{name} is stale:\n{d}\nRe-bless with TFDR_BLESS=1.");
    }
}

#[test]
fn payments_dr_docs_embed_the_current_graph_and_report() {
    assert_docs_current("payments-dr");
}

#[test]
fn trading_dr_docs_embed_the_current_graph_and_report() {
    assert_docs_current("trading-dr");
}

/// The golden with component `audit` renamed to `audit-trail`: new paths, new logical
/// ids (CDKTF's makeUniqueId), every reference and `depends_on` rewritten.
fn rename_component(text: &str, from: &str, to: &str) -> String {
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
    let mut ids = Vec::new();
    for section in ["resource", "data"] {
        let Some(types) = v.get_mut(section).and_then(|t| t.as_object_mut()) else {
            continue;
        };
        for (_, named) in types.iter_mut() {
            let named = named.as_object_mut().unwrap();
            let names: Vec<String> = named.keys().cloned().collect();
            for name in names {
                let path = named[&name]["//"]["metadata"]["path"]
                    .as_str()
                    .unwrap()
                    .to_string();
                let prefix = format!("payments-dr/{from}/");
                if let Some(rest) = path.strip_prefix(&prefix) {
                    let new_path = format!("payments-dr/{to}/{rest}");
                    let parts: Vec<&str> = new_path.split('/').skip(1).collect();
                    let id = tfdr::codegen::synth::make_unique_id(&parts).unwrap();
                    let mut body = named.remove(&name).unwrap();
                    body["//"]["metadata"]["path"] = new_path.into();
                    body["//"]["metadata"]["uniqueId"] = id.clone().into();
                    named.insert(id.clone(), body);
                    ids.push((name, id));
                }
            }
        }
    }
    let mut out = serde_json::to_string_pretty(&v).unwrap();
    for (old, new) in ids {
        out = out.replace(&format!(".{old}."), &format!(".{new}."));
        out = out.replace(&format!(".{old}\""), &format!(".{new}\""));
    }
    out
}

#[test]
fn renamed_component_proposes_moved_blocks() {
    let old = golden();
    let new = parse(
        "renamed.tf.json",
        &rename_component(&golden_text(), "audit", "audit-trail"),
    )
    .unwrap();
    let report = tfdr::diff::diff(&old, &new);
    assert!(report.added.is_empty(), "{:?}", report.added);
    assert!(report.removed.is_empty(), "{:?}", report.removed);
    let audit_count = old
        .blocks
        .iter()
        .filter(|b| {
            b.construct_path()
                .is_some_and(|p| p.starts_with("payments-dr/audit/"))
        })
        .count();
    assert_eq!(report.renamed.len(), audit_count, "{:#?}", report.renamed);
    let bucket = report
        .renamed
        .iter()
        .find(|r| r.from == "aws_s3_bucket.audit_primary_bucket_95FE75A4")
        .expect("the primary audit bucket is a rename");
    let expected_to = format!(
        "aws_s3_bucket.{}",
        tfdr::codegen::synth::make_unique_id(&["audit-trail", "primary", "bucket"]).unwrap()
    );
    assert_eq!(bucket.to, expected_to);
    let hcl = report.moved_hcl();
    assert!(
        hcl.contains(&format!(
            "moved {{\n  from = aws_s3_bucket.audit_primary_bucket_95FE75A4\n  to   = {expected_to}\n}}"
        )),
        "{hcl}"
    );
    // References that only follow the rename are no change.
    assert!(report.changed.is_empty(), "{:#?}", report.changed);
    let out = commands::diff(&old, &new);
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("\"moved\""), "{}", out.stdout);
}

#[test]
fn changed_aurora_cluster_identifier_is_a_replacement() {
    let text = golden_text().replace(
        "\"cluster_identifier\": \"aurora-use1-dev\"",
        "\"cluster_identifier\": \"aurora-main-use1-dev\"",
    );
    let out = commands::diff(&golden(), &parse("new", &text).unwrap());
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains(
            "!! aws_rds_cluster.aurora_primary_cluster_0209C5E8 is REPLACED: `cluster_identifier` forces a new resource"
        ),
        "{}",
        out.stdout
    );
    // A non-replacing change is not flagged.
    let text = golden_text().replace(
        "\"backup_retention_period\": 7",
        "\"backup_retention_period\": 8",
    );
    let out = commands::diff(&golden(), &parse("new", &text).unwrap());
    assert_eq!(out.code, 1);
    assert!(!out.stdout.contains("!!"), "{}", out.stdout);
    assert_eq!(commands::diff(&golden(), &golden()).code, 0);
}

#[test]
fn removing_a_stateful_resource_is_loud() {
    let mut v: serde_json::Value = serde_json::from_str(&golden_text()).unwrap();
    v["resource"]["aws_dynamodb_table"]
        .as_object_mut()
        .unwrap()
        .remove("sessions_primary_table_BE815F83");
    let new = parse("new", &v.to_string()).unwrap();
    let out = commands::diff(&golden(), &new);
    assert!(
        out.stdout
            .contains("!! aws_dynamodb_table.sessions_primary_table_BE815F83 is removed"),
        "{}",
        out.stdout
    );
}

#[test]
fn report_flags_the_s3_rpo_and_check_fails() {
    let doc = golden();
    let r = tfdr::report::build(&doc, &tfdr::report::Assumptions::default_set());
    assert!(
        r.findings.iter().any(|f| f.objective == "rpo"
            && f.reason.contains("Replication Time Control")
            && f.reason.contains("900 s")),
        "{:#?}",
        r.findings
    );
    // Traffic failover exists: 30 s × 3 checks + the alias target's assumed 60 s TTL,
    // plus the Aurora promotion; within the 300 s objective, so no RTO finding.
    let dns = r
        .rto
        .iter()
        .find(|p| p.step == "detection + DNS switch")
        .expect("a DNS failover step");
    assert_eq!(dns.seconds, Some(150.0), "{dns:#?}");
    assert!(
        dns.basis.contains("alias: target's TTL, assumed"),
        "{}",
        dns.basis
    );
    assert_eq!(r.rto_seconds, Some(210.0));
    assert!(
        !r.findings.iter().any(|f| f.objective == "rto"),
        "{:#?}",
        r.findings
    );
    // The stack's own deviations are listed.
    assert!(r
        .deviations
        .iter()
        .any(|d| d.requirement.contains("RPO under 1 minute")));
    assert!(r
        .deviations
        .iter()
        .any(|d| d.requirement.contains("Custom domain") && d.design.contains("dns_zone_name")));
    assert!(r.cost_total_usd > 0.0);
    let check = commands::report(
        std::slice::from_ref(&doc),
        &ReportArgs {
            check: true,
            format: ReportFormatArg::Json,
            ..ReportArgs::default()
        },
    )
    .unwrap();
    assert_eq!(check.code, 1);
    let json: serde_json::Value =
        serde_json::from_str(&check.stdout).expect("--format json is JSON");
    assert_eq!(json["objectives"]["rpo_seconds"], 60.0);
}

fn tfdr(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_tfdr"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn bad_input_is_exit_2_with_the_reason_on_stderr_only() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("list.json", "[1, 2]"),
        ("text.json", "not json"),
        ("odd.json", "{\"resources\": {}}"),
    ];
    for (name, text) in cases {
        let f = dir.path().join(name);
        std::fs::write(&f, text).unwrap();
        let f = f.to_str().unwrap();
        for args in [vec!["graph", f], vec!["report", f], vec!["diff", f, f]] {
            let out = tfdr(&args);
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            assert!(out.stdout.is_empty(), "{args:?}");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(
                err.starts_with(&format!("error: {f}: $")),
                "{args:?}: {err}"
            );
        }
    }
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "unknown_key = 1\n").unwrap();
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/payments-dr.tf.json");
    let out = tfdr(&[
        "report",
        golden.to_str().unwrap(),
        "--assumptions",
        bad.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("error: "));
}

#[test]
fn report_prices_the_serverless_edge_and_monitoring_of_payments_dr() {
    let doc = golden();
    let r = tfdr::report::build(&doc, &tfdr::report::Assumptions::default_set());
    let lines = |prefix: &str| {
        r.cost
            .iter()
            .filter(|c| c.resource.starts_with(prefix))
            .collect::<Vec<_>>()
    };
    // Every alarm of the stack (standard resolution) at $0.10 each, one dashboard at $3.
    let alarms = lines("aws_cloudwatch_metric_alarm.");
    assert_eq!(
        alarms.len(),
        doc.resources()
            .filter(|b| b.rtype == "aws_cloudwatch_metric_alarm")
            .count()
    );
    assert_eq!(alarms.len(), 16);
    assert!(alarms.iter().all(|c| (c.usd - 0.10).abs() < 1e-9));
    assert_eq!(lines("aws_cloudwatch_dashboard.").len(), 1);
    // Two HTTPS checks of execute-api names: AWS-endpoint base + the HTTPS feature.
    let checks = lines("aws_route53_health_check.");
    assert_eq!(checks.len(), 4, "{checks:#?}");
    let total: f64 = checks.iter().map(|c| c.usd).sum();
    assert!((total - 3.0).abs() < 1e-9, "{checks:#?}");
    // The standby Region's API and function serve nothing until a failover.
    let standby: f64 = lines("aws_api_gateway_rest_api.api_dr_")
        .iter()
        .chain(lines("aws_lambda_function.payments-fn_dr_").iter())
        .map(|c| c.usd)
        .sum();
    assert_eq!(standby, 0.0);
    assert!(lines("aws_api_gateway_rest_api.api_primary_")[0].usd > 0.0);
    // Free things are priced at zero with a source, not left in "not priced".
    for t in [
        "aws_acm_certificate",
        "aws_api_gateway_account",
        "aws_api_gateway_base_path_mapping",
        "aws_iam_role",
        "aws_lambda_function",
        "aws_route53_health_check",
        "aws_cloudwatch_metric_alarm",
    ] {
        assert!(!r.not_priced.contains_key(t), "{t}: {:?}", r.not_priced);
    }
    assert!(r
        .cost
        .iter()
        .filter(|c| c.free)
        .all(|c| c.usd == 0.0 && c.source.contains("https://")));
}

#[test]
fn transactions_dr_docs_embed_the_current_graph_and_report() {
    assert_docs_current("transactions-dr");
}

#[test]
fn a_monitors_schedule_is_not_the_failover_trigger() {
    // transactions-dr's failover function is invoked by event-pattern rules; its watchers
    // run on a schedule, which must not be counted as a delay of the failover.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text =
        std::fs::read_to_string(root.join("tests/golden/transactions-dr.tf.json")).expect("golden");
    let doc = parse("transactions-dr.tf.json", &text).expect("golden parses");
    let report = commands::report(std::slice::from_ref(&doc), &ReportArgs::default())
        .expect("report")
        .stdout;
    assert!(
        !report.contains("automation trigger (schedule)"),
        "{report}"
    );
    assert!(
        report.contains("automation present in the stack"),
        "{report}"
    );
}
