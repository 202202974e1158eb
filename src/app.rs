//! [`App`]: the command line every stack program gets for free.
//!
//! ```text
//! my-stack                       # Terraform JSON of the (single) stack on stdout
//! my-stack synth -o main.tf.json # the same, written atomically to a file
//! my-stack synth --out DIR       # DIR/manifest.json + DIR/stacks/<stack>/cdk.tf.json
//! my-stack --config FILE.json …  # passes a config file to the stack builder
//! my-stack validate              # synth + schema check of every stack, nothing written
//! my-stack validate --stack NAME # only that stack
//! my-stack graph [--depth N]     # the stack as a Mermaid (or --format dot) diagram
//! my-stack diff OLD.tf.json      # what the current program changes against OLD
//! my-stack report [--check]      # RPO, RTO and monthly cost against the objectives
//! ```
//!
//! `graph`, `diff` and `report` are `crate::commands`, run on the JSON `synth` would
//! write: the same output as `tfdr graph|diff|report FILE`.
//!
//! Feature `cli`. The `validate` subcommand needs the `validate` feature too, `graph`,
//! `diff` and `report` the `commands` feature (all on by default); without them the
//! subcommand does not exist.
//!
//! Errors (bad config, invalid stacks) go to stderr, one `error: <field>: <rule>` line
//! each, with exit code 2 and nothing on stdout; files already on disk stay untouched.
//!
//! `validate` runs the same checks as `tfdr validate FILE` (`tfdr_codegen::validate`)
//! on the JSON `synth` would write, and reports in the same format: diagnostics on
//! stderr (`error: <json path>: <message> [<rule>]`, warnings as `warning: …`), then a
//! `<stack>: N errors, N warnings` line per stack that has any; on success one
//! `valid: <stack>: …` line per stack on stdout. Any error: exit 2, stdout empty.

use std::ffi::OsString;
use std::fmt::Display;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use tfdr_codegen::Synthesizer;

#[cfg(feature = "commands")]
use crate::commands::{self, GraphArgs, Outcome, ReportArgs};
use crate::emit::{prefix_error, synthesize_all};
use crate::write::write_atomic;

pub use crate::emit::{IntoStacks, EXIT_BAD_INPUT, EXIT_IO};

#[derive(Debug, Parser)]
#[command(about = "Synthesize this tfdr program's stacks to Terraform JSON")]
struct Cli {
    /// A JSON config file for the stack builder (stacks that take a config read it).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Write Terraform JSON: to stdout, to one file (-o) or to a CDKTF-style directory (--out).
    Synth {
        /// Write the stack's JSON to FILE (atomically) instead of stdout.
        #[arg(
            short = 'o',
            long = "output",
            value_name = "FILE",
            conflicts_with = "out"
        )]
        output: Option<PathBuf>,
        /// Write DIR/manifest.json and DIR/stacks/<stack>/cdk.tf.json, like `cdktf synth`.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// With several stacks: which one to write to stdout or -o.
        #[arg(long, value_name = "NAME")]
        stack: Option<String>,
    },
    /// Synthesize and check every stack against the hashicorp/aws schema (as `tfdr
    /// validate FILE` does), writing nothing.
    ///
    /// Diagnostics go to stderr as `error: <json path>: <message> [<rule>]`, then
    /// `<stack>: N errors, N warnings`. Exit status 2 on any error (stdout empty); 0
    /// otherwise, with one `valid: <stack>: …` line per stack on stdout.
    #[cfg(feature = "validate")]
    Validate {
        /// Check only this stack (default: every stack of the program).
        #[arg(long, value_name = "NAME")]
        stack: Option<String>,
    },
    /// Draw the stack (see `tfdr graph`): regions, components, references.
    #[cfg(feature = "commands")]
    Graph {
        /// Only this stack (default: every stack, one diagram each).
        #[arg(long, value_name = "NAME")]
        stack: Option<String>,
        #[command(flatten)]
        args: GraphArgs,
    },
    /// What the current program changes against OLD (see `tfdr diff`). Exit 0 no
    /// change, 1 changes, 2 error.
    #[cfg(feature = "commands")]
    Diff {
        /// The Terraform JSON to compare against (e.g. the last applied synth).
        old: PathBuf,
        /// With several stacks: which one.
        #[arg(long, value_name = "NAME")]
        stack: Option<String>,
    },
    /// RPO, RTO and monthly cost against the declared objectives (see `tfdr report`).
    #[cfg(feature = "commands")]
    Report {
        /// Only this stack (default: every stack).
        #[arg(long, value_name = "NAME")]
        stack: Option<String>,
        #[command(flatten)]
        args: ReportArgs,
    },
}

/// Parses the rendered stacks (all, or the one `--stack` names) back as Terraform JSON.
#[cfg(feature = "commands")]
fn docs_of(
    rendered: &[(String, String)],
    stack: Option<&str>,
) -> Result<Vec<crate::tfjson::TfDoc>, Failure> {
    let chosen: Vec<(&str, &str)> = match stack {
        Some(n) => vec![(n, pick(rendered, Some(n))?)],
        None => rendered
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect(),
    };
    chosen
        .into_iter()
        .map(|(n, t)| {
            crate::tfjson::parse(n, t)
                .map_err(|e| Failure::Io(format!("{e} (synthesized JSON does not parse back)")))
        })
        .collect()
}

/// Prints a command's stdout and maps its exit code.
#[cfg(feature = "commands")]
fn emit(outcome: Outcome) -> Result<(), Failure> {
    print_stdout(&outcome.stdout)?;
    if outcome.code == 0 {
        Ok(())
    } else {
        Err(Failure::Status(outcome.code))
    }
}

/// What the command line asked for, handed to the stack builder.
#[derive(Debug, Clone, Default)]
pub struct Invocation {
    /// `--config FILE`, if given.
    pub config: Option<PathBuf>,
}

/// The command-line application of a tfdr program. Settings via `with_*`.
#[derive(Debug, Clone, Default)]
pub struct App {
    synthesizer: Synthesizer,
}

enum Failure {
    BadInput(String),
    Io(String),
    /// Bad input whose diagnostics are already on stderr.
    #[cfg_attr(not(feature = "validate"), allow(dead_code))]
    Reported,
    /// Output written; exit with this status (`diff`: 1 changes, `report --check`).
    #[cfg_attr(not(feature = "commands"), allow(dead_code))]
    Status(u8),
}

/// What `validate` has to say about a set of synthesized stacks.
#[cfg(feature = "validate")]
#[derive(Debug, Default)]
struct ValidateOutcome {
    /// True when no stack has an error (warnings allowed).
    valid: bool,
    /// One `valid: <stack>: …` line per stack when `valid`; empty otherwise.
    stdout: String,
    /// Every diagnostic, each stack's followed by its `<stack>: N errors, N warnings` line.
    stderr: String,
}

/// Checks each `(stack name, canonical JSON text)` with [`tfdr_codegen::validate`]: the
/// text is parsed back, so the result is exactly what `tfdr validate` says about the file
/// `synth -o` would write.
#[cfg(feature = "validate")]
fn validate_rendered(rendered: &[(String, String)]) -> Result<ValidateOutcome, Failure> {
    let mut out = ValidateOutcome {
        valid: true,
        ..ValidateOutcome::default()
    };
    for (name, text) in rendered {
        let doc: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            Failure::Io(format!(
                "error: {name}: synthesized JSON does not parse back: {e}"
            ))
        })?;
        let report = tfdr_codegen::validate::validate(&doc);
        for d in &report.diagnostics {
            out.stderr.push_str(&format!("{d}\n"));
        }
        if let Some(tally) = report.tally(name) {
            out.stderr.push_str(&format!("{tally}\n"));
        }
        out.valid &= report.is_valid();
        out.stdout.push_str(&format!("{}\n", report.summary(name)));
    }
    if !out.valid {
        out.stdout.clear();
    }
    Ok(out)
}

impl App {
    /// An app with default settings.
    pub fn new() -> Self {
        App::default()
    }

    /// Uses these synthesis settings.
    pub fn with_synthesizer(mut self, synthesizer: Synthesizer) -> Self {
        self.synthesizer = synthesizer;
        self
    }

    /// Parses the process arguments, builds the stacks with `build` and does what was
    /// asked. Returns the exit code for `main` to return.
    pub fn run<F, S, E>(self, build: F) -> ExitCode
    where
        F: FnOnce(&Invocation) -> Result<S, E>,
        S: IntoStacks,
        E: Display,
    {
        self.run_with_args(std::env::args_os(), build)
    }

    /// Like [`App::run`] with explicit arguments (the first is the program name).
    pub fn run_with_args<I, T, F, S, E>(self, args: I, build: F) -> ExitCode
    where
        I: IntoIterator<Item = T>,
        T: Into<OsString> + Clone,
        F: FnOnce(&Invocation) -> Result<S, E>,
        S: IntoStacks,
        E: Display,
    {
        let cli = match Cli::try_parse_from(args) {
            Ok(cli) => cli,
            Err(e) => {
                let _ = e.print();
                return ExitCode::from(if e.use_stderr() { EXIT_BAD_INPUT } else { 0 });
            }
        };
        match self.execute(cli, build) {
            Ok(()) => ExitCode::SUCCESS,
            Err(Failure::BadInput(msg)) => {
                eprintln!("{msg}");
                ExitCode::from(EXIT_BAD_INPUT)
            }
            Err(Failure::Io(msg)) => {
                eprintln!("{msg}");
                ExitCode::from(EXIT_IO)
            }
            Err(Failure::Reported) => ExitCode::from(EXIT_BAD_INPUT),
            Err(Failure::Status(code)) => ExitCode::from(code),
        }
    }

    fn execute<F, S, E>(&self, cli: Cli, build: F) -> Result<(), Failure>
    where
        F: FnOnce(&Invocation) -> Result<S, E>,
        S: IntoStacks,
        E: Display,
    {
        let invocation = Invocation {
            config: cli.config.clone(),
        };
        let stacks = build(&invocation)
            .map_err(|e| Failure::BadInput(prefix_error(&e.to_string())))?
            .into_stacks();
        // Synthesize everything before writing anything.
        let rendered = synthesize_all(&self.synthesizer, stacks).map_err(Failure::BadInput)?;
        match cli.command {
            None => print_stdout(pick(&rendered, None)?),
            Some(Command::Synth {
                output: None,
                out: None,
                stack,
            }) => print_stdout(pick(&rendered, stack.as_deref())?),
            Some(Command::Synth {
                output: Some(file),
                stack,
                ..
            }) => {
                let text = pick(&rendered, stack.as_deref())?;
                write_atomic(&file, text.as_bytes())
                    .map_err(|e| Failure::Io(format!("error: {}: {e}", file.display())))
            }
            Some(Command::Synth { out: Some(dir), .. }) => self.write_dir(&dir, &rendered),
            #[cfg(feature = "validate")]
            Some(Command::Validate { stack }) => {
                let chosen: Vec<(String, String)> = match stack {
                    Some(name) => {
                        let text = pick(&rendered, Some(&name))?;
                        vec![(name, text.to_string())]
                    }
                    None => rendered,
                };
                let outcome = validate_rendered(&chosen)?;
                if !outcome.stderr.is_empty() {
                    eprint!("{}", outcome.stderr);
                }
                if !outcome.valid {
                    return Err(Failure::Reported);
                }
                print_stdout(&outcome.stdout)
            }
            #[cfg(feature = "commands")]
            Some(Command::Graph { stack, args }) => {
                let docs = docs_of(&rendered, stack.as_deref())?;
                emit(commands::graph(&docs, &args))
            }
            #[cfg(feature = "commands")]
            Some(Command::Diff { old, stack }) => {
                let new = pick(&rendered, stack.as_deref())?;
                let name = stack.unwrap_or_else(|| rendered[0].0.clone());
                let new = docs_of(&[(name.clone(), new.to_string())], Some(&name))?;
                let old = commands::read_doc(&old).map_err(Failure::BadInput)?;
                emit(commands::diff(&old, &new[0]))
            }
            #[cfg(feature = "commands")]
            Some(Command::Report { stack, args }) => {
                let docs = docs_of(&rendered, stack.as_deref())?;
                emit(commands::report(&docs, &args).map_err(Failure::BadInput)?)
            }
        }
    }

    fn write_dir(&self, dir: &Path, rendered: &[(String, String)]) -> Result<(), Failure> {
        let io = |p: &Path, e: std::io::Error| Failure::Io(format!("error: {}: {e}", p.display()));
        for (name, text) in rendered {
            let stack_dir = dir.join("stacks").join(name);
            std::fs::create_dir_all(&stack_dir).map_err(|e| io(&stack_dir, e))?;
            let file = stack_dir.join("cdk.tf.json");
            write_atomic(&file, text.as_bytes()).map_err(|e| io(&file, e))?;
        }
        let names: Vec<String> = rendered.iter().map(|(n, _)| n.clone()).collect();
        let manifest = tfdr_codegen::synth::to_canonical_string(&self.synthesizer.manifest(&names));
        let file = dir.join("manifest.json");
        write_atomic(&file, manifest.as_bytes()).map_err(|e| io(&file, e))
    }
}

fn pick<'a>(rendered: &'a [(String, String)], name: Option<&str>) -> Result<&'a str, Failure> {
    match name {
        Some(n) => rendered
            .iter()
            .find(|(s, _)| s == n)
            .map(|(_, t)| t.as_str())
            .ok_or_else(|| {
                Failure::BadInput(format!(
                    "error: --stack: no stack is named `{n}` (stacks: {})",
                    rendered.iter().map(|(s, _)| s.as_str()).collect::<Vec<_>>().join(", ")
                ))
            }),
        None if rendered.len() == 1 => Ok(&rendered[0].1),
        None => Err(Failure::BadInput(format!(
            "error: --stack: this program has {} stacks ({}); pick one with --stack NAME or write all with synth --out DIR",
            rendered.len(),
            rendered.iter().map(|(s, _)| s.as_str()).collect::<Vec<_>>().join(", ")
        ))),
    }
}

fn print_stdout(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|_| out.flush())
        .map_err(|e| Failure::Io(format!("error: stdout: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use tfdr_dsl::{Error, Region, Stack, Untyped};

    fn invalid_stack(_: &Invocation) -> Result<Stack, Error> {
        let stack = Stack::new("bad");
        stack
            .root()
            .add("orphan", Untyped::resource("aws_sns_topic"));
        Ok(stack)
    }

    #[test]
    fn failing_synth_leaves_the_output_file_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("main.tf.json");
        std::fs::write(&file, "previous").unwrap();
        let code = App::new().run_with_args(
            ["prog", "synth", "-o", file.to_str().unwrap()],
            invalid_stack,
        );
        assert_eq!(code, ExitCode::from(EXIT_BAD_INPUT));
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "previous");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn failing_synth_writes_no_out_dir() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("cdktf.out");
        let code = App::new().run_with_args(
            ["prog", "synth", "--out", out.to_str().unwrap()],
            invalid_stack,
        );
        assert_eq!(code, ExitCode::from(EXIT_BAD_INPUT));
        assert!(!out.exists());
    }

    #[test]
    fn builder_errors_are_bad_input() {
        let code = App::new().run_with_args(["prog", "synth"], |_| -> Result<Stack, Error> {
            let stack = Stack::new("s");
            stack.region_pair(Region::UsEast1, Region::UsEast1)?;
            Ok(stack)
        });
        assert_eq!(code, ExitCode::from(EXIT_BAD_INPUT));
    }

    #[cfg(feature = "validate")]
    fn rendered(stacks: &[Stack]) -> Vec<(String, String)> {
        stacks
            .iter()
            .map(|s| {
                let text = Synthesizer::new().synthesize_to_string(s).unwrap();
                (s.name(), text)
            })
            .collect()
    }

    #[cfg(any(feature = "validate", feature = "commands"))]
    fn bucket_stack(name: &str, argument: &str) -> Stack {
        let stack = Stack::new(name);
        let regions = stack.region_pair(Region::UsEast1, Region::UsEast2).unwrap();
        regions.dr.add(
            "bucket",
            Untyped::resource("aws_s3_bucket").attr(argument, "x"),
        );
        stack
    }

    #[cfg(feature = "validate")]
    #[test]
    fn validate_checks_every_stack_and_prints_one_summary_each() {
        let out = validate_rendered(&rendered(&[
            bucket_stack("a", "bucket"),
            bucket_stack("b", "bucket_prefix"),
        ]))
        .unwrap_or_else(|_| panic!("validate failed"));
        assert!(out.valid);
        assert_eq!(out.stderr, "");
        let lines: Vec<&str> = out.stdout.lines().collect();
        assert_eq!(lines.len(), 2, "{}", out.stdout);
        assert!(lines[0].starts_with("valid: a: 1 resource, 0 data sources"));
        assert!(lines[1].starts_with("valid: b: 1 resource, 0 data sources"));
    }

    #[cfg(feature = "validate")]
    #[test]
    fn validate_fails_on_an_error_in_any_stack_with_nothing_for_stdout() {
        let out = validate_rendered(&rendered(&[
            bucket_stack("a", "bucket"),
            bucket_stack("b", "bucket_name"),
        ]))
        .unwrap_or_else(|_| panic!("validate could not run"));
        assert!(!out.valid);
        assert_eq!(out.stdout, "");
        let lines: Vec<&str> = out.stderr.lines().collect();
        assert_eq!(lines.len(), 2, "{}", out.stderr);
        assert!(
            lines[0].starts_with("error: resource.aws_s3_bucket.")
                && lines[0].contains(".bucket_name: "),
            "{}",
            lines[0]
        );
        assert_eq!(lines[1], "b: 1 error, 0 warnings");
    }

    #[cfg(feature = "validate")]
    #[test]
    fn validate_passes_with_warnings_on_stderr() {
        // `acl` on aws_s3_bucket is deprecated: a warning, not an error.
        let out = validate_rendered(&rendered(&[bucket_stack("w", "acl")]))
            .unwrap_or_else(|_| panic!("validate could not run"));
        assert!(out.valid, "{}", out.stderr);
        assert!(
            out.stderr.starts_with("warning: resource.aws_s3_bucket."),
            "{}",
            out.stderr
        );
        assert!(
            out.stderr.ends_with("w: 0 errors, 1 warning\n"),
            "{}",
            out.stderr
        );
        assert!(
            out.stdout.starts_with("valid: w: 1 resource"),
            "{}",
            out.stdout
        );
    }

    #[cfg(feature = "validate")]
    #[test]
    fn validate_exits_2_through_run_with_args() {
        let bad = |_: &Invocation| -> Result<Stack, Error> { Ok(bucket_stack("b", "bucket_name")) };
        let code = App::new().run_with_args(["prog", "validate"], bad);
        assert_eq!(code, ExitCode::from(EXIT_BAD_INPUT));
        let good = |_: &Invocation| -> Result<Stack, Error> { Ok(bucket_stack("g", "bucket")) };
        let code = App::new().run_with_args(["prog", "validate"], good);
        assert_eq!(code, ExitCode::SUCCESS);
    }

    #[cfg(feature = "commands")]
    #[test]
    fn graph_diff_report_run_on_the_programs_own_synth() {
        let good = |_: &Invocation| -> Result<Stack, Error> { Ok(bucket_stack("g", "bucket")) };
        let dir = tempfile::tempdir().unwrap();
        let same = dir.path().join("same.tf.json");
        let text = Synthesizer::new()
            .synthesize_to_string(&bucket_stack("g", "bucket"))
            .unwrap();
        std::fs::write(&same, &text).unwrap();
        let other = dir.path().join("other.tf.json");
        std::fs::write(&other, text.replace("\"x\"", "\"y\"")).unwrap();
        let run = |args: &[&str]| App::new().run_with_args(args.iter().copied(), good);
        assert_eq!(run(&["prog", "graph"]), ExitCode::SUCCESS);
        assert_eq!(run(&["prog", "report", "--check"]), ExitCode::SUCCESS);
        assert_eq!(
            run(&["prog", "diff", same.to_str().unwrap()]),
            ExitCode::SUCCESS
        );
        assert_eq!(
            run(&["prog", "diff", other.to_str().unwrap()]),
            ExitCode::from(1)
        );
        let missing = dir.path().join("missing.tf.json");
        assert_eq!(
            run(&["prog", "diff", missing.to_str().unwrap()]),
            ExitCode::from(EXIT_BAD_INPUT)
        );
    }

    #[test]
    fn several_stacks_need_a_choice_for_stdout() {
        let dir = tempfile::tempdir().unwrap();
        let two = |_: &Invocation| -> Result<Vec<Stack>, Error> {
            Ok(vec![Stack::new("a"), Stack::new("b")])
        };
        let file = dir.path().join("b.tf.json");
        let code = App::new().run_with_args(["prog", "synth"], two);
        assert_eq!(code, ExitCode::from(EXIT_BAD_INPUT));
        let code = App::new().run_with_args(
            [
                "prog",
                "synth",
                "--stack",
                "b",
                "-o",
                file.to_str().unwrap(),
            ],
            two,
        );
        assert_eq!(code, ExitCode::SUCCESS);
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(text.contains("\"stackName\": \"b\""), "{text}");
        let out = dir.path().join("out");
        let code = App::new().run_with_args(["prog", "synth", "--out", out.to_str().unwrap()], two);
        assert_eq!(code, ExitCode::SUCCESS);
        assert!(out.join("stacks/a/cdk.tf.json").exists());
        assert!(out.join("stacks/b/cdk.tf.json").exists());
        assert!(out.join("manifest.json").exists());
    }
}
