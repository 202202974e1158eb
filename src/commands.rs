//! `graph`, `diff` and `report`, shared by the `tfdr` binary (`tfdr graph FILE…`) and
//! every stack program (`payments-dr graph`): the same arguments, the same output, the
//! same exit codes. Each command is a pure function from parsed documents to an
//! [`Outcome`]; bad input is an `error: <field>: <rule>` line for stderr, exit 2, and
//! nothing for stdout.
//!
//! Feature `commands`; the argument types are also clap arguments with feature `cli`.

use std::io::Read;
use std::path::{Path, PathBuf};

#[cfg(feature = "cli")]
use clap::{Args, ValueEnum};

use crate::graph::{self, GraphFormat, GraphOptions};
use crate::report::{self, ReportFormat};
use crate::tfjson::{self, TfDoc};

/// What a command produced: text for stdout and the exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Everything for standard output.
    pub stdout: String,
    /// Process exit code (0 success; `diff`: 1 changes; `report --check`: 1 objective missed).
    pub code: u8,
}

/// `--format` of `graph`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "cli", derive(ValueEnum))]
pub enum GraphFormatArg {
    /// Mermaid flowchart.
    #[default]
    Mermaid,
    /// Graphviz DOT.
    Dot,
}

/// Arguments of `graph`.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "cli", derive(Args))]
pub struct GraphArgs {
    /// Output format.
    #[cfg_attr(feature = "cli", arg(long, value_enum, default_value_t = GraphFormatArg::Mermaid))]
    pub format: GraphFormatArg,
    /// Collapse resources below the first N construct-path components into one node
    /// (N ≥ 1).
    #[cfg_attr(
        feature = "cli",
        arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))
    )]
    pub depth: Option<u32>,
    /// Draw data sources (hidden by default; references through them are followed).
    #[cfg_attr(feature = "cli", arg(long))]
    pub data_sources: bool,
}

/// `--format` of `report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "cli", derive(ValueEnum))]
pub enum ReportFormatArg {
    /// Aligned text tables for a terminal.
    #[default]
    Table,
    /// Markdown (what the READMEs embed).
    Markdown,
    /// JSON, keys in report order.
    Json,
}

/// Arguments of `report`.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "cli", derive(Args))]
pub struct ReportArgs {
    /// Output format.
    #[cfg_attr(feature = "cli", arg(long, value_enum, default_value_t = ReportFormatArg::Table))]
    pub format: ReportFormatArg,
    /// Exit 1 when any declared objective (RPO, RTO, budget) is not met.
    #[cfg_attr(feature = "cli", arg(long))]
    pub check: bool,
    /// A TOML file overriding usage assumptions (see `data/usage-assumptions.toml`).
    #[cfg_attr(feature = "cli", arg(long, value_name = "FILE"))]
    pub assumptions: Option<PathBuf>,
}

/// Reads and parses one file (`-`: standard input).
///
/// # Errors
/// `error: <file>: …` when it cannot be read or is not Terraform JSON.
pub fn read_doc(path: &Path) -> Result<TfDoc, String> {
    let name = path.display().to_string();
    let mut text = String::new();
    let read = if name == "-" {
        std::io::stdin().read_to_string(&mut text).map(|_| ())
    } else {
        std::fs::read_to_string(path).map(|t| text = t)
    };
    read.map_err(|e| format!("error: {name}: cannot read the file: {e}"))?;
    tfjson::parse(&name, &text).map_err(|e| e.to_string())
}

/// `graph`: one diagram per document, separated by a blank line.
pub fn graph(docs: &[TfDoc], args: &GraphArgs) -> Outcome {
    let opts = GraphOptions {
        format: match args.format {
            GraphFormatArg::Mermaid => GraphFormat::Mermaid,
            GraphFormatArg::Dot => GraphFormat::Dot,
        },
        depth: args.depth.map(|d| d as usize),
        data_sources: args.data_sources,
    };
    let stdout = docs
        .iter()
        .map(|d| graph::render(d, &opts))
        .collect::<Vec<_>>()
        .join("\n");
    Outcome { stdout, code: 0 }
}

/// `diff OLD NEW`: exit 0 no change, 1 changes.
pub fn diff(old: &TfDoc, new: &TfDoc) -> Outcome {
    let report = crate::diff::diff(old, new);
    Outcome {
        stdout: crate::diff::render(&report, &old.file, &new.file),
        code: report.exit_code(),
    }
}

/// `report`: one report per document; with `--check`, exit 1 when an objective is missed.
///
/// # Errors
/// The assumptions file cannot be read or does not fit its schema.
pub fn report(docs: &[TfDoc], args: &ReportArgs) -> Result<Outcome, String> {
    let assumptions = match &args.assumptions {
        Some(p) => report::Assumptions::load(p)?,
        None => report::Assumptions::default_set(),
    };
    let format = match args.format {
        ReportFormatArg::Table => ReportFormat::Table,
        ReportFormatArg::Markdown => ReportFormat::Markdown,
        ReportFormatArg::Json => ReportFormat::Json,
    };
    let mut out = Vec::new();
    let mut missed = false;
    for d in docs {
        let r = report::build(d, &assumptions);
        missed |= r.objective_missed();
        out.push(report::render(&r, format));
    }
    Ok(Outcome {
        stdout: out.join("\n"),
        code: u8::from(args.check && missed),
    })
}
