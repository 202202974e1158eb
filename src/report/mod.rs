//! `report`: what recovery a stack gives and what it costs, from the Terraform JSON alone.
//!
//! - **Objectives** come from `"//".metadata.objectives` (written by synth from
//!   [`tfdr_dsl::Objectives`]).
//! - **RPO** per data store: the replication mechanism found in the file (Aurora global
//!   database, DynamoDB replicas, S3 replication with or without RTC, Secrets Manager
//!   replicas, AWS Backup with cross-Region copies) and the bound the cited AWS figure
//!   gives (`data/dr-figures.toml`).
//! - **RTO**: detection (health check interval × failure threshold) + DNS TTL from the
//!   Route 53 checks and failover records actually configured, plus database promotion;
//!   without failover records the RTO is "not estimable" and said so.
//! - **Cost**: per resource and per service from `data/aws-prices.toml` and the usage
//!   assumptions; what has no price row is listed as not priced, never guessed.
//! - **Findings**: every objective the configuration cannot meet, with the reason.

mod cost;
pub mod data;
mod recovery;
mod render;

use indexmap::IndexMap;
use serde::Serialize;

pub use data::Assumptions;
pub use render::render;

use crate::tfjson::{Objectives, TfDoc};

/// Output format of `report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// Aligned text tables.
    Table,
    /// Markdown tables.
    Markdown,
    /// JSON.
    Json,
}

/// One data store and how it reaches the DR Region.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StoreRow {
    /// Address of the resource holding the data.
    pub store: String,
    /// Replication (or backup) mechanism.
    pub mechanism: String,
    /// RPO bound in seconds (`None`: no bound published).
    pub rpo_seconds: Option<f64>,
    /// The bound in words.
    pub rpo: String,
    /// Figure id and source.
    pub source: String,
    /// Whether this row counts against the RPO objective (replication does; a backup
    /// of a store that is also replicated does not).
    pub counts: bool,
}

/// One part of the RTO estimate.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RtoPart {
    /// What takes time.
    pub step: String,
    /// Seconds (`None`: cannot be estimated from the file).
    pub seconds: Option<f64>,
    /// How the number was computed, and its source.
    pub basis: String,
    /// The step follows the restoration of service (e.g. scaling the standby from its
    /// minimum to full capacity) and is not part of the total.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub after_restore: bool,
}

/// One cost line.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CostRow {
    /// Resource address.
    pub resource: String,
    /// Service (for the per-service totals).
    pub service: String,
    /// What is billed: quantity × unit price.
    pub item: String,
    /// USD per month.
    pub usd: f64,
    /// Price source.
    pub source: String,
    /// The price row is zero: the source says this has no charge of its own.
    pub free: bool,
}

/// A finding: an objective the configuration cannot meet, or cannot be shown to meet.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Finding {
    /// `rpo`, `rto` or `budget`.
    pub objective: String,
    /// Why.
    pub reason: String,
}

/// Everything `report` says about one document, in the order it is printed.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Stack name or file.
    pub stack: String,
    /// Declared objectives.
    pub objectives: Option<ObjectivesOut>,
    /// Data stores.
    pub stores: Vec<StoreRow>,
    /// RTO parts.
    pub rto: Vec<RtoPart>,
    /// RTO estimate in seconds (`None`: not estimable).
    pub rto_seconds: Option<f64>,
    /// Cost lines.
    pub cost: Vec<CostRow>,
    /// USD per service.
    pub cost_by_service: IndexMap<String, f64>,
    /// Total of the priced lines.
    pub cost_total_usd: f64,
    /// Resource types without a price row, with counts.
    pub not_priced: IndexMap<String, usize>,
    /// Notes under the cost table (the standby's savings).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cost_notes: Vec<String>,
    /// Assumptions in effect (what the estimate rests on).
    pub assumptions: Assumptions,
    /// Findings.
    pub findings: Vec<Finding>,
    /// Requirements the stack meets differently, as the stack recorded them.
    pub deviations: Vec<crate::tfjson::Deviation>,
}

/// Objectives, for output.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct ObjectivesOut {
    /// RPO seconds.
    pub rpo_seconds: Option<f64>,
    /// RTO seconds.
    pub rto_seconds: Option<f64>,
    /// Budget USD/month.
    pub monthly_budget_usd: Option<f64>,
}

impl From<Objectives> for ObjectivesOut {
    fn from(o: Objectives) -> Self {
        ObjectivesOut {
            rpo_seconds: o.rpo_seconds,
            rto_seconds: o.rto_seconds,
            monthly_budget_usd: o.monthly_budget_usd,
        }
    }
}

impl Report {
    /// True when any finding exists (`report --check` exits 1).
    pub fn objective_missed(&self) -> bool {
        !self.findings.is_empty()
    }
}

/// Formats seconds for people: `900 s (15 min)`.
pub fn human_seconds(s: f64) -> String {
    if s >= 3600.0 {
        format!("{s:.0} s ({:.1} h)", s / 3600.0)
    } else if s >= 60.0 {
        format!("{s:.0} s ({:.1} min)", s / 60.0)
    } else {
        format!("{s:.0} s")
    }
}

/// Builds the report of `doc`.
pub fn build(doc: &TfDoc, assumptions: &Assumptions) -> Report {
    let figures = data::figures();
    let stores = recovery::stores(doc, &figures);
    let (rto, rto_seconds) = recovery::rto(doc, &figures);
    let (cost, not_priced, cost_notes) = cost::estimate(doc, assumptions);
    let mut by_service: IndexMap<String, f64> = IndexMap::new();
    for c in &cost {
        *by_service.entry(c.service.clone()).or_default() += c.usd;
    }
    let total: f64 = cost.iter().map(|c| c.usd).sum();
    let objectives = doc.objectives;
    let mut findings = Vec::new();
    if let Some(o) = objectives {
        if let Some(rpo) = o.rpo_seconds {
            for s in stores.iter().filter(|s| s.counts) {
                match s.rpo_seconds {
                    Some(b) if b <= rpo => {}
                    Some(b) => findings.push(Finding {
                        objective: "rpo".into(),
                        reason: format!(
                            "{}: {} bounds the RPO at {}, above the {} objective ({})",
                            s.store,
                            s.mechanism,
                            human_seconds(b),
                            human_seconds(rpo),
                            s.source
                        ),
                    }),
                    None => findings.push(Finding {
                        objective: "rpo".into(),
                        reason: format!(
                            "{}: {} has no published time bound, so the {} objective cannot be shown to hold ({})",
                            s.store, s.mechanism, human_seconds(rpo), s.source
                        ),
                    }),
                }
            }
        }
        if let Some(obj) = o.rto_seconds {
            match rto_seconds {
                Some(est) if est <= obj => {}
                Some(est) => findings.push(Finding {
                    objective: "rto".into(),
                    reason: format!(
                        "estimated RTO {} is above the {} objective",
                        human_seconds(est),
                        human_seconds(obj)
                    ),
                }),
                None => findings.push(Finding {
                    objective: "rto".into(),
                    reason: format!(
                        "the {} objective cannot be shown to hold: {}",
                        human_seconds(obj),
                        rto.iter()
                            .filter(|p| p.seconds.is_none() && !p.after_restore)
                            .map(|p| format!("{} ({})", p.step, p.basis))
                            .collect::<Vec<_>>()
                            .join("; ")
                    ),
                }),
            }
        }
        if let Some(budget) = o.monthly_budget_usd {
            if total > budget {
                findings.push(Finding {
                    objective: "budget".into(),
                    reason: format!(
                        "estimated ${total:.2}/month (priced items only) is above the ${budget:.2} budget"
                    ),
                });
            }
        }
    }
    Report {
        stack: doc.stack_name.clone().unwrap_or_else(|| doc.file.clone()),
        objectives: objectives.map(ObjectivesOut::from),
        stores,
        rto,
        rto_seconds,
        cost,
        cost_by_service: by_service,
        cost_total_usd: total,
        not_priced,
        cost_notes,
        assumptions: assumptions.clone(),
        findings,
        deviations: doc.deviations.clone(),
    }
}
