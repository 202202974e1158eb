//! One emulator run of one stack: moto up, `init`, `plan`, `apply`, a
//! second `plan` that must be empty, `destroy`, moto down.

use std::fmt;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::cleanup::interrupted;
use super::exclusions::Exclusion;
use super::moto::MotoServer;
use super::report::{one_line, parse_stream, planned_diffs, PlannedDiff, StreamSummary};
use super::rewrite::{emulator_mode_with, EmulatorSettings, Skipped};
use super::secrets::{
    count_state_resources, read_moto_secrets, scan_stack_json, scan_state_json, scan_text,
    stack_regions, SecretScanReport, SecretSource,
};
use tfdr_testing::terraform::{RunOutput, Terraform, TfError, Workdir};

/// Settings of an emulator run.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Python with `moto[server]` (see [`super::moto::find_python`]).
    pub python: PathBuf,
    /// Resource types left out of the run (see [`super::exclusions`]).
    pub exclusions: Vec<Exclusion>,
    /// How the process is isolated from the network, if it is (see
    /// [`super::netns::enter_loopback_netns`]); without isolation a stack
    /// with resource types that have no emulator endpoint is refused.
    pub isolation: Option<String>,
    /// Limit for `terraform init`.
    pub init_timeout: Duration,
    /// Limit for each `terraform plan` (and `show`).
    pub plan_timeout: Duration,
    /// Limit for `terraform apply`.
    pub apply_timeout: Duration,
    /// Limit for `terraform destroy`.
    pub destroy_timeout: Duration,
    /// The provider's `max_retries` in emulator mode.
    pub max_retries: u32,
    /// Keep the terraform and moto directories (paths in the report).
    pub keep: bool,
    /// After `apply`, scan the stack JSON and the state for secrets (see
    /// [`super::secrets`]); a finding fails the run.
    pub scan_secrets: bool,
}

impl RunOptions {
    /// Defaults: init 3 min, plan 10 min, apply and destroy 20 min each,
    /// `max_retries` 2, nothing excluded, not isolated, nothing kept,
    /// secret scan on.
    pub fn new(python: PathBuf) -> RunOptions {
        RunOptions {
            python,
            exclusions: Vec::new(),
            isolation: None,
            init_timeout: Duration::from_secs(180),
            plan_timeout: Duration::from_secs(600),
            apply_timeout: Duration::from_secs(1200),
            destroy_timeout: Duration::from_secs(1200),
            max_retries: 2,
            keep: false,
            scan_secrets: true,
        }
    }
}

/// The steps of a run, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// `terraform init` (providers from the offline mirror).
    Init,
    /// `terraform plan -out=…`.
    Plan,
    /// `terraform apply` of that plan.
    Apply,
    /// `terraform plan -detailed-exitcode`, which must show no changes.
    Replan,
    /// `terraform destroy` (run whenever `apply` ran, also after a failure).
    Destroy,
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Phase::Init => "init",
            Phase::Plan => "plan",
            Phase::Apply => "apply",
            Phase::Replan => "re-plan",
            Phase::Destroy => "destroy",
        })
    }
}

/// How a phase ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhaseStatus {
    /// Terraform succeeded (and, for [`Phase::Replan`], planned nothing).
    Passed,
    /// Terraform failed, or the re-plan was not empty.
    Failed,
    /// Terraform hit the phase's time limit and was killed.
    TimedOut,
}

/// The result of one phase.
#[derive(Debug, Clone)]
pub struct PhaseReport {
    /// Which phase.
    pub phase: Phase,
    /// How it ended.
    pub status: PhaseStatus,
    /// Wall-clock time.
    pub elapsed: Duration,
    /// The parsed `-json` stream (empty for `init`).
    pub stream: StreamSummary,
    /// For a non-empty re-plan: what would change.
    pub diffs: Vec<PlannedDiff>,
    /// Extra text for a failure (stderr tail, timeout, I/O error).
    pub message: Option<String>,
}

impl PhaseReport {
    /// True when the phase passed.
    pub fn passed(&self) -> bool {
        self.status == PhaseStatus::Passed
    }
}

/// Everything about one stack's emulator run.
#[derive(Debug, Clone)]
pub struct StackReport {
    /// A name for the stack (e.g. the file stem).
    pub name: String,
    /// Resources in the emulator-mode document.
    pub resource_count: usize,
    /// moto's version, once it started.
    pub moto_version: Option<String>,
    /// The patches the launcher applied.
    pub patches: Vec<String>,
    /// How the run was isolated from the network, if it was.
    pub isolation: Option<String>,
    /// What was left out because of exclusions.
    pub skipped: Vec<Skipped>,
    /// Types of the stack without an emulator endpoint.
    pub uncovered_types: Vec<String>,
    /// Warnings that do not fail the run (e.g. an exclusion recorded for
    /// another moto version: re-check whether it is still needed).
    pub notes: Vec<String>,
    /// Why the run could not start (moto, workdir, isolation), if so.
    pub setup_error: Option<String>,
    /// The phases that ran, in order.
    pub phases: Vec<PhaseReport>,
    /// The secret scan after `apply` (when `apply` ran and the scan is on).
    pub secret_scan: Option<SecretScanReport>,
    /// Error-looking lines from moto's log, when something failed.
    pub moto_errors: Vec<String>,
    /// Total wall-clock time, moto start to stop.
    pub elapsed: Duration,
    /// Directories kept on disk (`keep`).
    pub kept: Vec<PathBuf>,
}

impl StackReport {
    /// True when the run started and every phase passed, including an
    /// empty re-plan and a successful destroy, and the secret scan (if it
    /// ran) found nothing.
    pub fn passed(&self) -> bool {
        self.setup_error.is_none()
            && self.phases.len() == 5
            && self.phases.iter().all(PhaseReport::passed)
            && self
                .secret_scan
                .as_ref()
                .is_none_or(SecretScanReport::passed)
    }

    /// The report of `phase`, if it ran.
    pub fn phase(&self, phase: Phase) -> Option<&PhaseReport> {
        self.phases.iter().find(|p| p.phase == phase)
    }
}

fn secs(d: Duration) -> String {
    format!("{:.1}s", d.as_secs_f64())
}

impl fmt::Display for StackReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "== {}: {} resources, moto {}, {} patches, {}",
            self.name,
            self.resource_count,
            self.moto_version.as_deref().unwrap_or("?"),
            self.patches.len(),
            match &self.isolation {
                Some(i) => format!("isolation: {i}"),
                None => "NOT isolated (all endpoints are 127.0.0.1)".into(),
            }
        )?;
        for n in &self.notes {
            writeln!(f, "  note: {n}")?;
        }
        for s in &self.skipped {
            writeln!(f, "  skipped {}: {}", s.address, s.reason)?;
        }
        if !self.uncovered_types.is_empty() {
            writeln!(
                f,
                "  no emulator endpoint known for: {}",
                self.uncovered_types.join(", ")
            )?;
        }
        if let Some(e) = &self.setup_error {
            writeln!(f, "  setup FAILED: {e}")?;
        }
        // The scan runs right after apply: print it there.
        let mut scan_printed = false;
        for p in &self.phases {
            if !scan_printed && matches!(p.phase, Phase::Replan | Phase::Destroy) {
                self.write_secret_scan(f)?;
                scan_printed = true;
            }
            let status = match p.status {
                PhaseStatus::Passed => "passed",
                PhaseStatus::Failed => "FAILED",
                PhaseStatus::TimedOut => "TIMED OUT",
            };
            write!(
                f,
                "  {:<8} {:<9} {:>7}",
                p.phase.to_string(),
                status,
                secs(p.elapsed)
            )?;
            match p.phase {
                Phase::Plan | Phase::Replan => {
                    if let Some((a, c, r)) = p.stream.change_summary {
                        write!(f, "  ({a} to add, {c} to change, {r} to destroy)")?;
                    }
                }
                Phase::Apply | Phase::Destroy => {
                    let done = p
                        .stream
                        .resources
                        .iter()
                        .filter(|r| r.outcome == super::report::ResourceOutcome::Complete)
                        .count();
                    write!(f, "  ({done} done")?;
                    let slow = p.stream.slowest(3);
                    if !slow.is_empty() {
                        write!(f, "; slowest:")?;
                        for r in slow {
                            write!(f, " {} {}", r.address, secs(r.elapsed.unwrap_or_default()))?;
                        }
                    }
                    write!(f, ")")?;
                }
                Phase::Init => {}
            }
            writeln!(f)?;
            if p.passed() {
                continue;
            }
            for r in p.stream.unfinished() {
                let how = match r.outcome {
                    super::report::ResourceOutcome::Started => "never finished",
                    _ => "errored",
                };
                writeln!(f, "      {} ({}): {how}", r.address, r.action)?;
                for d in p
                    .stream
                    .errors()
                    .filter(|d| d.address.as_deref() == Some(r.address.as_str()))
                {
                    writeln!(f, "          {}", d.text())?;
                }
            }
            let listed: Vec<&str> = p.stream.unfinished().map(|r| r.address.as_str()).collect();
            for d in p
                .stream
                .errors()
                .filter(|d| d.address.as_deref().is_none_or(|a| !listed.contains(&a)))
            {
                writeln!(f, "      {d}")?;
            }
            if !p.diffs.is_empty() {
                writeln!(f, "      the second plan is not empty:")?;
                for d in &p.diffs {
                    writeln!(f, "      {} ({})", d.address, d.actions.join(", "))?;
                    for a in &d.attributes {
                        writeln!(f, "          {a}")?;
                    }
                }
            }
            if let Some(m) = &p.message {
                for line in m.lines().take(40) {
                    writeln!(f, "      | {line}")?;
                }
            }
        }
        if !scan_printed {
            self.write_secret_scan(f)?;
        }
        if !self.moto_errors.is_empty() {
            writeln!(f, "  moto log (errors, last lines):")?;
            for l in &self.moto_errors {
                writeln!(f, "      | {}", one_line(l, 300))?;
            }
        }
        for k in &self.kept {
            writeln!(f, "  kept {}", k.display())?;
        }
        writeln!(
            f,
            "  result: {} in {}",
            if self.passed() { "PASSED" } else { "FAILED" },
            secs(self.elapsed)
        )
    }
}

impl StackReport {
    /// The `secrets` line of the report and its findings, if the scan ran.
    fn write_secret_scan(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(s) = &self.secret_scan {
            writeln!(
                f,
                "  {:<8} {:<9} {:>7}  (stack JSON + {} state entries + terraform.tfstate; {} secret value(s) read back from Secrets Manager)",
                "secrets",
                if s.passed() { "passed" } else { "FAILED" },
                secs(s.elapsed),
                s.state_resources,
                s.known_values
            )?;
            for finding in &s.findings {
                writeln!(f, "      secret in the output: {finding}")?;
            }
            if let Some(e) = &s.error {
                writeln!(f, "      | secret scan incomplete: {e}")?;
            }
        }
        Ok(())
    }
}

fn count_resources(doc: &Value) -> usize {
    doc.get("resource")
        .and_then(Value::as_object)
        .map(|types| {
            types
                .values()
                .filter_map(Value::as_object)
                .map(|names| names.len())
                .sum()
        })
        .unwrap_or(0)
}

fn tail_lines(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.trim_end().lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

/// Runs `terraform <args>` for `phase` and turns the outcome into a report.
/// `ok_codes` are the exit codes that count as success; the output is
/// returned too (for the re-plan's exit code 2).
fn run_phase(
    wd: &Workdir,
    phase: Phase,
    args: &[&str],
    timeout: Duration,
    ok_codes: &[i32],
) -> (PhaseReport, Option<RunOutput>) {
    let started = Instant::now();
    let json = args.contains(&"-json");
    match wd.run_with_timeout(args, timeout) {
        Ok(out) => {
            let code = out.status.code().unwrap_or(-1);
            let status = if ok_codes.contains(&code) {
                PhaseStatus::Passed
            } else {
                PhaseStatus::Failed
            };
            let stream = if json {
                parse_stream(&out.stdout)
            } else {
                StreamSummary::default()
            };
            let message = (status != PhaseStatus::Passed).then(|| {
                let mut m = format!("`{}` exited with code {code}", out.command_line());
                let err = tail_lines(&out.stderr, 20);
                if !err.is_empty() {
                    m.push('\n');
                    m.push_str(&err);
                }
                if !json {
                    let o = tail_lines(&out.stdout, 20);
                    if !o.is_empty() {
                        m.push('\n');
                        m.push_str(&o);
                    }
                }
                m
            });
            (
                PhaseReport {
                    phase,
                    status,
                    elapsed: out.elapsed,
                    stream,
                    diffs: Vec::new(),
                    message,
                },
                Some(out),
            )
        }
        Err(TfError::Timeout {
            args,
            timeout,
            stdout,
            stderr,
            ..
        }) => (
            PhaseReport {
                phase,
                status: PhaseStatus::TimedOut,
                elapsed: started.elapsed(),
                stream: if json {
                    parse_stream(&stdout)
                } else {
                    StreamSummary::default()
                },
                diffs: Vec::new(),
                message: Some(format!(
                    "`terraform {}` was killed after {timeout:?}{}",
                    args.join(" "),
                    if stderr.trim().is_empty() {
                        String::new()
                    } else {
                        format!("\n{}", tail_lines(&stderr, 20))
                    }
                )),
            },
            None,
        ),
        Err(e) => (
            PhaseReport {
                phase,
                status: PhaseStatus::Failed,
                elapsed: started.elapsed(),
                stream: StreamSummary::default(),
                diffs: Vec::new(),
                message: Some(e.to_string()),
            },
            None,
        ),
    }
}

/// Runs one stack against a fresh moto server and reports every phase.
///
/// Guarantees: never panics on terraform or moto failures (they are in the
/// report); when it returns, moto and every terraform/provider process it
/// started have been killed; `destroy` ran whenever `apply` ran, unless the
/// process was [`interrupted`] (then no new phase starts and the report says
/// so).
pub fn run_stack(tf: &Terraform, name: &str, stack: &Value, opts: &RunOptions) -> StackReport {
    let started = Instant::now();
    let mut report = StackReport {
        name: name.to_string(),
        resource_count: 0,
        moto_version: None,
        patches: Vec::new(),
        isolation: opts.isolation.clone(),
        skipped: Vec::new(),
        uncovered_types: Vec::new(),
        notes: Vec::new(),
        setup_error: None,
        phases: Vec::new(),
        secret_scan: None,
        moto_errors: Vec::new(),
        elapsed: Duration::ZERO,
        kept: Vec::new(),
    };
    if stop_if_interrupted(&mut report) {
        report.elapsed = started.elapsed();
        return report;
    }
    let mut moto = match MotoServer::start(&opts.python, tf.mirror()) {
        Ok(m) => m,
        Err(e) => {
            report.setup_error = Some(format!("starting moto: {e}"));
            report.elapsed = started.elapsed();
            return report;
        }
    };
    report.moto_version = Some(moto.moto_version().to_string());
    report.patches = moto.patches().to_vec();
    for e in &opts.exclusions {
        if e.moto_version != moto.moto_version() {
            report.notes.push(format!(
                "exclusion of {} was recorded for moto {}, running {}: check whether it is still needed",
                e.resource_type,
                e.moto_version,
                moto.moto_version()
            ));
        }
    }
    let mut settings = EmulatorSettings::new(moto.endpoint());
    settings.max_retries = opts.max_retries;
    let es = emulator_mode_with(stack, &settings, &opts.exclusions);
    report.resource_count = count_resources(&es.document);
    report.skipped = es.skipped;
    report.uncovered_types = es.uncovered_types;
    if opts.isolation.is_none() && !report.uncovered_types.is_empty() {
        report.setup_error = Some(format!(
            "refusing to run without network isolation: no emulator endpoint is known for {} (their API calls could leave loopback)",
            report.uncovered_types.join(", ")
        ));
    }
    if report.setup_error.is_none() {
        match tf.workdir() {
            Ok(mut wd) => {
                match wd.write_stack(&es.document) {
                    Ok(_) => {
                        let scan = ScanInput {
                            stack,
                            endpoint: moto.endpoint().to_string(),
                        };
                        run_phases(&wd, opts, &mut report, &scan)
                    }
                    Err(e) => report.setup_error = Some(format!("writing the stack: {e}")),
                }
                if opts.keep {
                    report.kept.push(wd.keep());
                }
            }
            Err(e) => report.setup_error = Some(format!("creating the terraform workdir: {e}")),
        }
    }
    if !report.passed() {
        report.moto_errors = moto.log_errors(15);
    }
    moto.stop();
    if opts.keep {
        report.kept.push(moto.stop_and_keep());
    }
    report.elapsed = started.elapsed();
    report
}

/// Records an interruption in the report; true when interrupted.
fn stop_if_interrupted(report: &mut StackReport) -> bool {
    match interrupted() {
        Some(sig) => {
            if report.setup_error.is_none() {
                report.setup_error = Some(format!("interrupted by signal {sig}"));
            }
            true
        }
        None => false,
    }
}

/// What the secret scan needs besides the workdir.
struct ScanInput<'a> {
    /// The stack as given (before emulator mode).
    stack: &'a Value,
    /// The emulator's endpoint, to read the secrets back.
    endpoint: String,
}

/// The secret scan after `apply` (see [`super::secrets`]): reads every
/// secret value back from the emulator's Secrets Manager, then scans the
/// stack JSON, `terraform show -json` of the state, and the raw
/// `terraform.tfstate`.
fn scan_for_secrets(wd: &Workdir, opts: &RunOptions, input: &ScanInput) -> SecretScanReport {
    let started = Instant::now();
    let mut scan = SecretScanReport::default();
    let known = match read_moto_secrets(
        &opts.python,
        &input.endpoint,
        &stack_regions(input.stack),
        Duration::from_secs(120),
    ) {
        Ok(k) => k,
        Err(e) => {
            scan.error = Some(format!("reading the secrets back from moto: {e}"));
            Vec::new()
        }
    };
    scan.known_values = known.len();
    scan.findings = scan_stack_json(input.stack, &known);
    match wd.run_with_timeout(&["show", "-json", "-no-color"], opts.plan_timeout) {
        Ok(show) if show.success() => match serde_json::from_str::<Value>(&show.stdout) {
            Ok(doc) => {
                scan.state_resources = count_state_resources(&doc);
                scan.findings.extend(scan_state_json(&doc, &known));
            }
            Err(e) => {
                scan.error = Some(format!("`terraform show -json` printed no JSON: {e}"));
            }
        },
        // stderr only: stdout would be the state itself.
        Ok(show) => {
            scan.error = Some(format!(
                "`terraform show -json` failed:\n{}",
                tail_lines(&show.stderr, 20)
            ))
        }
        Err(TfError::Timeout { timeout, .. }) => {
            scan.error = Some(format!(
                "`terraform show -json` was killed after {timeout:?}"
            ))
        }
        Err(TfError::Io { context, source }) => {
            scan.error = Some(format!("`terraform show -json`: {context}: {source}"))
        }
        // Never the error's text: it can carry stdout, i.e. the state.
        Err(_) => {
            scan.error = Some(
                "`terraform show -json` failed (its output is withheld: it is the state)".into(),
            )
        }
    }
    match std::fs::read_to_string(wd.path().join("terraform.tfstate")) {
        Ok(raw) => scan
            .findings
            .extend(scan_text(&raw, SecretSource::RawState, &known)),
        Err(e) => {
            if scan.error.is_none() {
                scan.error = Some(format!("reading terraform.tfstate: {e}"));
            }
        }
    }
    scan.elapsed = started.elapsed();
    scan
}

fn run_phases(wd: &Workdir, opts: &RunOptions, report: &mut StackReport, scan: &ScanInput) {
    if stop_if_interrupted(report) {
        return;
    }
    let (init, _) = run_phase(
        wd,
        Phase::Init,
        &["init", "-input=false", "-no-color"],
        opts.init_timeout,
        &[0],
    );
    let ok = init.passed();
    report.phases.push(init);
    if !ok || stop_if_interrupted(report) {
        return;
    }
    let (plan, _) = run_phase(
        wd,
        Phase::Plan,
        &[
            "plan",
            "-input=false",
            "-no-color",
            "-json",
            "-out=first.tfplan",
        ],
        opts.plan_timeout,
        &[0],
    );
    let ok = plan.passed();
    report.phases.push(plan);
    if !ok || stop_if_interrupted(report) {
        return;
    }
    let (apply, _) = run_phase(
        wd,
        Phase::Apply,
        &[
            "apply",
            "-input=false",
            "-no-color",
            "-json",
            "first.tfplan",
        ],
        opts.apply_timeout,
        &[0],
    );
    let applied = apply.passed();
    report.phases.push(apply);
    if stop_if_interrupted(report) {
        return;
    }
    // Also after a failed apply: a partial state can leak as well.
    if opts.scan_secrets {
        report.secret_scan = Some(scan_for_secrets(wd, opts, scan));
    }
    if applied {
        let (mut replan, out) = run_phase(
            wd,
            Phase::Replan,
            &[
                "plan",
                "-input=false",
                "-no-color",
                "-json",
                "-detailed-exitcode",
                "-out=second.tfplan",
            ],
            opts.plan_timeout,
            &[0],
        );
        if out.as_ref().and_then(|o| o.status.code()) == Some(2) {
            replan.message = None;
            match wd.run_with_timeout(
                &["show", "-json", "-no-color", "second.tfplan"],
                opts.plan_timeout,
            ) {
                Ok(show) if show.success() => match serde_json::from_str::<Value>(&show.stdout) {
                    Ok(doc) => replan.diffs = planned_diffs(&doc),
                    Err(e) => {
                        replan.message =
                            Some(format!("`terraform show -json` printed no JSON: {e}"))
                    }
                },
                Ok(show) => {
                    replan.message = Some(format!(
                        "`terraform show -json` failed:\n{}",
                        tail_lines(&show.stderr, 20)
                    ))
                }
                Err(e) => replan.message = Some(e.to_string()),
            }
            if replan.diffs.is_empty() && replan.message.is_none() {
                replan.message = Some("plan exited 2 (changes) but listed none".into());
            }
        }
        report.phases.push(replan);
    }
    if stop_if_interrupted(report) {
        return;
    }
    let (destroy, _) = run_phase(
        wd,
        Phase::Destroy,
        &[
            "destroy",
            "-auto-approve",
            "-input=false",
            "-no-color",
            "-json",
        ],
        opts.destroy_timeout,
        &[0],
    );
    report.phases.push(destroy);
}
