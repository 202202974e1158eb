//! The report as a terminal table, Markdown or JSON. Same content, same order.

use super::{human_seconds, Report, ReportFormat};

fn opt_seconds(s: Option<f64>) -> String {
    s.map(human_seconds)
        .unwrap_or_else(|| "not estimable".into())
}

/// Rows of a table: header then lines.
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn new(header: &[&str]) -> Self {
        Table {
            header: header.iter().map(|s| s.to_string()).collect(),
            rows: Vec::new(),
        }
    }
    fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }
    fn markdown(&self) -> String {
        let esc = |s: &str| s.replace('|', "\\|");
        let mut out = format!("| {} |\n", self.header.join(" | "));
        out.push_str(&format!("|{}\n", " --- |".repeat(self.header.len())));
        for r in &self.rows {
            out.push_str(&format!(
                "| {} |\n",
                r.iter().map(|c| esc(c)).collect::<Vec<_>>().join(" | ")
            ));
        }
        out
    }
    fn text(&self) -> String {
        let n = self.header.len();
        let mut w = vec![0; n];
        for r in std::iter::once(&self.header).chain(&self.rows) {
            for (i, c) in r.iter().enumerate() {
                w[i] = w[i].max(c.chars().count());
            }
        }
        let line = |r: &Vec<String>| {
            r.iter()
                .enumerate()
                .map(|(i, c)| {
                    if i + 1 == n {
                        c.clone()
                    } else {
                        format!("{c}{}", " ".repeat(w[i] - c.chars().count()))
                    }
                })
                .collect::<Vec<_>>()
                .join("  ")
        };
        let mut out = format!("{}\n", line(&self.header));
        out.push_str(&format!(
            "{}\n",
            w.iter()
                .map(|x| "-".repeat(*x))
                .collect::<Vec<_>>()
                .join("  ")
        ));
        for r in &self.rows {
            out.push_str(&format!("{}\n", line(r)));
        }
        out
    }
}

/// Renders `r` in `format`.
pub fn render(r: &Report, format: ReportFormat) -> String {
    if format == ReportFormat::Json {
        return serde_json::to_string_pretty(r).unwrap_or_default() + "\n";
    }
    let md = format == ReportFormat::Markdown;
    let heading = |t: &str| {
        if md {
            format!("\n#### {t}\n\n")
        } else {
            format!("\n{t}\n\n")
        }
    };
    let table = |t: &Table| if md { t.markdown() } else { t.text() };
    let mut out = if md {
        format!("### DR report: {}\n", r.stack)
    } else {
        format!("DR report: {}\n", r.stack)
    };

    out.push_str(&heading("Objectives"));
    match &r.objectives {
        Some(o) => {
            let mut t = Table::new(&["objective", "declared", "estimate"]);
            let worst_rpo = r
                .stores
                .iter()
                .filter(|s| s.counts)
                .map(|s| s.rpo_seconds)
                .try_fold(0.0_f64, |acc, s| s.map(|s| acc.max(s)));
            t.push(vec![
                "RPO".into(),
                opt_seconds(o.rpo_seconds),
                opt_seconds(worst_rpo),
            ]);
            t.push(vec![
                "RTO".into(),
                opt_seconds(o.rto_seconds),
                opt_seconds(r.rto_seconds),
            ]);
            t.push(vec![
                "monthly cost".into(),
                o.monthly_budget_usd
                    .map(|b| format!("${b:.2}"))
                    .unwrap_or_else(|| "none".into()),
                format!("${:.2} (priced items)", r.cost_total_usd),
            ]);
            out.push_str(&table(&t));
        }
        None => out.push_str("none declared (no \"//\".metadata.objectives in the file)\n"),
    }

    out.push_str(&heading("Findings"));
    if r.findings.is_empty() {
        out.push_str("none: every declared objective is met by the configuration\n");
    } else {
        for f in &r.findings {
            out.push_str(
                &format!("- **{}**: {}\n", f.objective.to_uppercase(), f.reason)
                    .replace("**", if md { "**" } else { "" }),
            );
        }
    }

    out.push_str(&heading("Deviations from the requirements"));
    if r.deviations.is_empty() {
        out.push_str("none recorded by the stack\n");
    } else {
        for d in &r.deviations {
            out.push_str(
                &format!("- **{}**: {}\n", d.requirement, d.design)
                    .replace("**", if md { "**" } else { "" }),
            );
        }
    }

    out.push_str(&heading("RPO per data store"));
    let mut t = Table::new(&["data store", "mechanism", "RPO bound", "source"]);
    for s in &r.stores {
        t.push(vec![
            s.store.clone(),
            s.mechanism.clone(),
            s.rpo.clone(),
            s.source.clone(),
        ]);
    }
    out.push_str(&table(&t));

    out.push_str(&heading("RTO estimate"));
    let mut t = Table::new(&["step", "time", "basis"]);
    for p in &r.rto {
        t.push(vec![
            p.step.clone(),
            if p.after_restore {
                format!("{} (not in total)", opt_seconds(p.seconds))
            } else {
                opt_seconds(p.seconds)
            },
            p.basis.clone(),
        ]);
    }
    t.push(vec![
        "total".into(),
        opt_seconds(r.rto_seconds),
        if r.rto.iter().any(|p| p.after_restore) {
            "service restored, at the standby's minimum capacity".into()
        } else {
            String::new()
        },
    ]);
    out.push_str(&table(&t));

    out.push_str(&heading("Monthly cost (on-demand, USD)"));
    let mut t = Table::new(&["service", "USD/month"]);
    for (s, usd) in &r.cost_by_service {
        t.push(vec![s.clone(), format!("{usd:.2}")]);
    }
    t.push(vec![
        "total (priced items)".into(),
        format!("{:.2}", r.cost_total_usd),
    ]);
    out.push_str(&table(&t));
    out.push('\n');
    let mut t = Table::new(&["resource", "item", "USD/month", "price source"]);
    for c in r.cost.iter().filter(|c| !c.free) {
        t.push(vec![
            c.resource.clone(),
            c.item.clone(),
            format!("{:.2}", c.usd),
            c.source.clone(),
        ]);
    }
    out.push_str(&table(&t));
    // Resources whose price row is zero, grouped by type and source: one line each.
    let mut free: Vec<(&str, &str, &str, usize)> = Vec::new();
    for c in r.cost.iter().filter(|c| c.free) {
        let rtype = c.resource.split('.').next().unwrap_or("");
        match free
            .iter_mut()
            .find(|(t, i, s, _)| *t == rtype && *i == c.item && *s == c.source)
        {
            Some(f) => f.3 += 1,
            None => free.push((rtype, &c.item, &c.source, 1)),
        }
    }
    if !free.is_empty() {
        out.push_str("\npriced at zero (no charge of their own, per the source):\n\n");
        for (t, i, s, n) in &free {
            out.push_str(&format!("- {t} ×{n}: {i} — {s}\n"));
        }
    }
    for n in &r.cost_notes {
        out.push_str(&format!("\n{n}\n"));
    }
    out.push_str(&format!(
        "\nnot priced (no price row: free, or no sourced price yet): {}\n",
        r.not_priced
            .iter()
            .map(|(t, n)| format!("{t} ×{n}"))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    let a = &r.assumptions;
    out.push_str(&format!(
        "\nassumptions (override with --assumptions FILE): {} h/month; Aurora {} GB, {} M I/O, {} GB backups per cluster; DynamoDB {} M writes, {} GB backups per table; S3 {} GB per bucket, {} GB replicated/month; {} M requests per serving REST API, {} M invocations of {} ms per serving function (standby ones: 0), one run per period of a scheduled function, at its timeout (an upper bound); {} GB logs ingested per log group; {} M DNS queries per hosted zone; {} M publishes per SNS topic, {} M requests per SQS queue, {} M requests per KMS key; {} GB root volume per Auto Scaling instance when the launch template sets none; {} LCU per serving ALB; {} GB processed per NAT gateway; region price factors {} (Route 53: global)\n",
        a.hours_per_month,
        a.aurora_storage_gb,
        a.aurora_io_millions_per_month,
        a.aurora_backup_gb,
        a.dynamodb_writes_millions_per_month,
        a.dynamodb_backup_gb,
        a.s3_storage_gb_per_bucket,
        a.s3_replicated_gb_per_month,
        a.api_requests_millions_per_month,
        a.lambda_requests_millions_per_month,
        a.lambda_avg_duration_ms,
        a.logs_gb_ingested_per_group_per_month,
        a.dns_queries_millions_per_month,
        a.sns_publishes_millions_per_month,
        a.sqs_requests_millions_per_month,
        a.kms_requests_millions_per_month,
        a.ebs_root_volume_gb,
        a.alb_lcu_per_hour,
        a.nat_gb_processed_per_gateway_per_month,
        a.region_factor
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    out
}
