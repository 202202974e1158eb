//! `tfdr-emulate`: plan, apply, re-plan (must be empty) and destroy
//! synthesized stacks against a local, patched moto server.
//!
//! ```text
//! tfdr-emulate [OPTIONS] STACK.tf.json...
//! ```
//!
//! Exit status: 0 when every stack passed, 1 when one failed, 2 for usage
//! errors or when the environment is missing something (terraform, mirror,
//! moto).

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use tfdr_emulator::{
    default_exclusions_path, enter_loopback_netns, find_python, interrupted,
    kill_own_processes_on_signal, load_exclusions, run_stack, RunOptions, ENV_MOTO_PYTHON,
};
use tfdr_testing::terraform::Terraform;

const USAGE: &str = "\
usage: tfdr-emulate [OPTIONS] STACK.tf.json...

Runs each stack against a fresh, patched moto server on 127.0.0.1 with the real
hashicorp/aws provider: terraform init, plan, apply, a second plan that must be
empty, destroy. Reports per resource what failed. After apply, scans the stack
JSON, `terraform show -json` of the state and terraform.tfstate for secrets
(attributes named like passwords/secret strings/write-only arguments that hold a
value, and every value read back from the emulator's Secrets Manager): a finding
fails the stack and names resource and attribute, never the value.

options:
  --netns=auto|require|off  run inside a new network namespace holding only
                            loopback (default auto: use it when the kernel
                            allows, otherwise warn and rely on every endpoint
                            being 127.0.0.1)
  --exclusions FILE         exclusion list (default emulator/moto/exclusions.json)
  --apply-timeout SECS      limit for apply and for destroy (default 1200)
  --plan-timeout SECS       limit for each plan (default 600)
  -j, --jobs N              run up to N stacks at once, each with its own moto
                            (default 1; the provider mostly waits, so 2-3 fit
                            on 2 cores)
  --keep                    keep the terraform and moto directories
  --no-secret-scan          skip the secret scan after apply (debugging only)
  -h, --help                this text

environment:
  TFDR_MOTO_PYTHON          Python with moto[server] (default emulator/moto/.venv,
                            made by scripts/emulator/setup-venv.sh)
  TFDR_TERRAFORM, TFDR_PROVIDER_MIRROR   as for tfdr-testing

Passing against moto is not AWS acceptance: moto checks no IAM or KMS policy
and runs no Lambda code.";

struct Args {
    netns: String,
    exclusions: PathBuf,
    apply_timeout: Duration,
    plan_timeout: Duration,
    keep: bool,
    scan_secrets: bool,
    jobs: usize,
    stacks: Vec<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        netns: "auto".into(),
        exclusions: default_exclusions_path(),
        apply_timeout: Duration::from_secs(1200),
        plan_timeout: Duration::from_secs(600),
        keep: false,
        scan_secrets: true,
        jobs: 1,
        stacks: Vec::new(),
    };
    let mut it = std::env::args_os().skip(1);
    let secs = |v: Option<std::ffi::OsString>, flag: &str| -> Result<Duration, String> {
        v.and_then(|v| v.to_str()?.parse::<u64>().ok())
            .filter(|s| *s > 0)
            .map(Duration::from_secs)
            .ok_or_else(|| format!("{flag} needs a positive number of seconds"))
    };
    while let Some(a) = it.next() {
        let s = a.to_string_lossy().to_string();
        match s.as_str() {
            "-h" | "--help" => return Err(String::new()),
            "--keep" => args.keep = true,
            "--no-secret-scan" => args.scan_secrets = false,
            "--exclusions" => {
                args.exclusions = it
                    .next()
                    .map(PathBuf::from)
                    .ok_or("--exclusions needs a file")?
            }
            "--apply-timeout" => args.apply_timeout = secs(it.next(), "--apply-timeout")?,
            "--plan-timeout" => args.plan_timeout = secs(it.next(), "--plan-timeout")?,
            "--jobs" | "-j" => {
                args.jobs = it
                    .next()
                    .and_then(|v| v.to_str()?.parse::<usize>().ok())
                    .filter(|n| *n > 0)
                    .ok_or("--jobs needs a positive number")?
            }
            _ if s.starts_with("--netns=") => {
                let v = &s["--netns=".len()..];
                if !["auto", "require", "off"].contains(&v) {
                    return Err(format!("--netns must be auto, require or off, not {v:?}"));
                }
                args.netns = v.to_string();
            }
            _ if s.starts_with('-') => return Err(format!("unknown option {s}")),
            _ => args.stacks.push(PathBuf::from(a)),
        }
    }
    if args.stacks.is_empty() {
        return Err("no stack given".into());
    }
    Ok(args)
}

/// Removes everything from the environment that could make terraform or the
/// provider use real AWS configuration or a proxy. Called while the process
/// is single-threaded.
fn scrub_environment() {
    let doomed: Vec<std::ffi::OsString> = std::env::vars_os()
        .map(|(k, _)| k)
        .filter(|k| {
            let k = k.to_string_lossy();
            k.starts_with("AWS_")
                || k.eq_ignore_ascii_case("http_proxy")
                || k.eq_ignore_ascii_case("https_proxy")
                || k.eq_ignore_ascii_case("all_proxy")
                || k.eq_ignore_ascii_case("no_proxy")
        })
        .collect();
    for k in doomed {
        std::env::remove_var(k);
    }
    for (k, v) in [
        ("AWS_EC2_METADATA_DISABLED", "true"),
        ("AWS_CONFIG_FILE", "/dev/null"),
        ("AWS_SHARED_CREDENTIALS_FILE", "/dev/null"),
        ("CHECKPOINT_DISABLE", "1"),
        ("NO_PROXY", "127.0.0.1,localhost"),
        ("MOTO_IAM_LOAD_MANAGED_POLICIES", "true"),
    ] {
        std::env::set_var(k, v);
    }
}

fn stack_name(p: &std::path::Path) -> String {
    let file = p
        .file_name()
        .map(|f| f.to_string_lossy().to_string())
        .unwrap_or_else(|| p.display().to_string());
    let stem = file
        .strip_suffix(".tf.json")
        .or_else(|| file.strip_suffix(".json"))
        .unwrap_or(&file)
        .to_string();
    if stem == "main" || stem == "cdk" {
        // main.tf.json / cdk.tf.json: name it after its directory.
        if let Some(dir) = p.parent().and_then(|d| d.file_name()) {
            return format!("{}/{stem}", dir.to_string_lossy());
        }
    }
    stem
}

fn main() -> ExitCode {
    // First, while single-threaded: namespaces and environment.
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if e.is_empty() {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let isolation = if args.netns == "off" {
        eprintln!("tfdr-emulate: --netns=off: not isolated; every emulator endpoint is 127.0.0.1");
        None
    } else {
        match enter_loopback_netns() {
            Ok(i) => Some(i.to_string()),
            Err(e) if args.netns == "require" => {
                eprintln!(
                    "error: --netns=require: cannot enter a loopback-only network namespace: {e}"
                );
                return ExitCode::from(2);
            }
            Err(e) => {
                eprintln!(
                    "tfdr-emulate: warning: no network namespace ({e}); relying on every endpoint being 127.0.0.1"
                );
                None
            }
        }
    };
    scrub_environment();
    if let Err(e) = kill_own_processes_on_signal() {
        eprintln!("tfdr-emulate: warning: no signal handlers ({e}); a signal may leave provider processes behind until the next run sweeps them");
    }

    let tf = match Terraform::discover() {
        Ok(t) => t,
        Err(u) => {
            eprintln!("error: {u}");
            return ExitCode::from(2);
        }
    };
    let python = match find_python() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let exclusions = match load_exclusions(&args.exclusions) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("error: exclusion list: {e}");
            return ExitCode::from(2);
        }
    };
    let mut opts = RunOptions::new(python.clone());
    opts.exclusions = exclusions;
    opts.isolation = isolation.clone();
    opts.apply_timeout = args.apply_timeout;
    opts.destroy_timeout = args.apply_timeout;
    opts.plan_timeout = args.plan_timeout;
    opts.keep = args.keep;
    opts.scan_secrets = args.scan_secrets;

    println!(
        "tfdr-emulate: terraform {}, provider mirror {}, python {} ({ENV_MOTO_PYTHON}), {}",
        tf.binary().display(),
        tf.mirror().display(),
        python.display(),
        isolation.as_deref().unwrap_or("not isolated")
    );
    let started = Instant::now();
    // Each stack runs on its own thread with its own moto and workdir (the
    // threads inherit the network namespace; each keeps the process guards
    // it creates, as PR_SET_PDEATHSIG requires). Most of a run is the
    // provider's waiters sleeping, so stacks overlap well on 2 cores.
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<(bool, String)>>> = Mutex::new(vec![None; args.stacks.len()]);
    let print_lock = Mutex::new(());
    std::thread::scope(|scope| {
        for _ in 0..args.jobs.min(args.stacks.len()) {
            scope.spawn(|| loop {
                if interrupted().is_some() {
                    return;
                }
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(path) = args.stacks.get(i) else {
                    return;
                };
                let name = stack_name(path);
                let stack: serde_json::Value = match std::fs::read_to_string(path)
                    .map_err(|e| e.to_string())
                    .and_then(|t| serde_json::from_str(&t).map_err(|e| format!("not JSON: {e}")))
                {
                    Ok(v) => v,
                    Err(e) => {
                        let _g = print_lock.lock();
                        println!("== {name}: cannot read {}: {e}", path.display());
                        results.lock().unwrap()[i] =
                            Some((false, format!("{name}: FAILED (unreadable)")));
                        continue;
                    }
                };
                {
                    let _g = print_lock.lock();
                    println!("-- {name}: running ({})", path.display());
                }
                let report = run_stack(&tf, &name, &stack, &opts);
                {
                    let _g = print_lock.lock();
                    print!("{report}");
                }
                results.lock().unwrap()[i] = Some((
                    report.passed(),
                    format!(
                        "{name}: {} in {:.1}s",
                        if report.passed() { "passed" } else { "FAILED" },
                        report.elapsed.as_secs_f64()
                    ),
                ));
            });
        }
    });
    if let Some(sig) = interrupted() {
        // Temp dirs and processes of the runs are gone (run_stack returned).
        eprintln!("tfdr-emulate: interrupted by signal {sig}");
        std::process::exit(128 + sig);
    }
    let results = results.into_inner().unwrap();
    let failed = results
        .iter()
        .filter(|r| !matches!(r, Some((true, _))))
        .count();
    let summary: Vec<String> = results
        .into_iter()
        .zip(&args.stacks)
        .map(|(r, p)| {
            r.map(|(_, s)| s)
                .unwrap_or_else(|| format!("{}: not run", stack_name(p)))
        })
        .collect();
    for s in summary {
        println!("  {s}");
    }
    println!(
        "tfdr-emulate: total {:.1}s",
        started.elapsed().as_secs_f64()
    );
    // Last line, in the plain `N passed, N failed` form.
    println!(
        "tfdr-emulate: {} passed, {failed} failed",
        args.stacks.len() - failed
    );
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
