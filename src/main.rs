//! The `tfdr` command: tools that work on Terraform JSON and construct paths without a
//! stack program. Stack programs get their own command line from [`tfdr::App`].

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use tfdr::app::EXIT_BAD_INPUT;
use tfdr::codegen::validate::{validate, Report};
use tfdr::commands::{self, GraphArgs, Outcome, ReportArgs};

#[derive(Debug, Parser)]
#[command(
    name = "tfdr",
    version,
    about = "tfdr: typed Terraform for multi-region DR on AWS"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the logical id (Terraform name) CDKTF and tfdr give a construct path.
    LogicalId {
        /// The path below the stack, e.g. `network/primary/vpc`.
        path: String,
    },
    /// Check a Terraform JSON file against the hashicorp/aws schema (5.100.0 ∩ 6.25.0)
    /// without running terraform.
    ///
    /// Diagnostics go to stderr as `error: <json path>: <message> [<rule>]` (and `warning:`
    /// lines), followed by a count. Exit status 2 if there is any error, or if the file
    /// cannot be read or is not JSON; 0 otherwise, with a one-line summary on stdout.
    Validate {
        /// The `*.tf.json` file to check; `-` reads standard input.
        file: PathBuf,
    },
    /// Draw the stack: a box per region (provider configuration) and a global box,
    /// resources grouped by construct path, reference edges, cross-region edges dashed.
    /// Mermaid by default, `--format dot` for Graphviz.
    Graph {
        /// `*.tf.json` files (`-`: standard input); one diagram each.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[command(flatten)]
        args: GraphArgs,
    },
    /// What a change does before terraform runs: added, removed, renamed (with the
    /// `moved` blocks that keep them) and changed resources with the changed attribute
    /// paths; stateful removals and replacements flagged `!!`. Exit 0 no change, 1
    /// changes, 2 error.
    Diff {
        /// The Terraform JSON before the change.
        old: PathBuf,
        /// The Terraform JSON after the change.
        new: PathBuf,
    },
    /// RPO per data store, the RTO estimate and the monthly cost with their sources,
    /// against the objectives the stack declared; findings for what cannot be met.
    Report {
        /// `*.tf.json` files (`-`: standard input); one report each.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[command(flatten)]
        args: ReportArgs,
    },
}

/// Prints an outcome (stdout, exit code) or an error (stderr, exit 2).
fn finish(result: Result<Outcome, String>) -> ExitCode {
    match result {
        Ok(o) => {
            print!("{}", o.stdout);
            ExitCode::from(o.code)
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(EXIT_BAD_INPUT)
        }
    }
}

fn read_all(files: &[PathBuf]) -> Result<Vec<tfdr::tfjson::TfDoc>, String> {
    files.iter().map(|f| commands::read_doc(f)).collect()
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::LogicalId { path } => {
            let components: Vec<&str> = path.split('/').collect();
            match tfdr::codegen::synth::make_unique_id(&components) {
                Some(id) => {
                    println!("{id}");
                    ExitCode::SUCCESS
                }
                None => {
                    eprintln!("error: path: `{path}` has no component other than `Default`");
                    ExitCode::from(tfdr::app::EXIT_BAD_INPUT)
                }
            }
        }
        Command::Validate { file } => validate_file(&file),
        Command::Graph { files, args } => {
            finish(read_all(&files).map(|docs| commands::graph(&docs, &args)))
        }
        Command::Diff { old, new } => finish((|| {
            let old = commands::read_doc(&old)?;
            let new = commands::read_doc(&new)?;
            Ok(commands::diff(&old, &new))
        })()),
        Command::Report { files, args } => {
            finish(read_all(&files).and_then(|docs| commands::report(&docs, &args)))
        }
    }
}

/// `tfdr validate FILE`: see [`Command::Validate`].
fn validate_file(file: &std::path::Path) -> ExitCode {
    let name = file.display().to_string();
    let mut text = String::new();
    let read = if name == "-" {
        std::io::stdin().read_to_string(&mut text).map(|_| ())
    } else {
        std::fs::read_to_string(file).map(|t| text = t)
    };
    if let Err(e) = read {
        eprintln!("error: {name}: cannot read the file: {e}");
        return ExitCode::from(EXIT_BAD_INPUT);
    }
    let doc: serde_json::Value = match serde_json::from_str(&text) {
        Ok(doc) => doc,
        Err(e) => {
            let (line, column) = (e.line(), e.column());
            let full = e.to_string();
            let why = full
                .strip_suffix(&format!(" at line {line} column {column}"))
                .unwrap_or(&full);
            eprintln!("error: {name}: not valid JSON at line {line}, column {column}: {why}");
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    let report: Report = validate(&doc);
    for d in &report.diagnostics {
        eprintln!("{d}");
    }
    if let Some(tally) = report.tally(&name) {
        eprintln!("{tally}");
    }
    if !report.is_valid() {
        return ExitCode::from(EXIT_BAD_INPUT);
    }
    println!("{}", report.summary(&name));
    ExitCode::SUCCESS
}
