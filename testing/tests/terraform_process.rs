//! Process hygiene (timeouts, panics), apply/output round trips, and the
//! skip-or-fail semantics of `Terraform::require_or_skip`.

use std::fs;
use std::io::{BufRead, BufReader};
use std::os::unix::process::ExitStatusExt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tfdr_testing::terraform::{
    kill_orphaned_processes, live_processes_in_group, ProcInfo, Terraform, TfError, Workdir,
    OWNER_ENV,
};

/// Live (non-zombie) processes whose environment carries this workdir's
/// `TF_CLI_CONFIG_FILE`: terraform, its provider plugins and provisioner
/// children all inherit it, and it is unique per workdir.
fn processes_of(wd: &Workdir) -> Vec<(i32, String)> {
    let needle = format!("TF_CLI_CONFIG_FILE={}", wd.cli_config_path().display());
    let mut found = Vec::new();
    for e in fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = e.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let Ok(env) = fs::read(format!("/proc/{pid}/environ")) else {
            continue;
        };
        if !env.split(|b| *b == 0).any(|kv| kv == needle.as_bytes()) {
            continue;
        }
        let stat = fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        let state = stat
            .rsplit_once(") ")
            .and_then(|(_, r)| r.chars().next())
            .unwrap_or('?');
        if state != 'Z' && state != 'X' && state != '?' {
            found.push((pid, stat));
        }
    }
    found
}

/// Polls until a process whose comm starts with `comm` is alive in `pgid`.
fn wait_for_in_group(pgid: i32, comm: &str, limit: Duration) -> ProcInfo {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(p) = live_processes_in_group(pgid)
            .into_iter()
            .find(|p| p.comm.starts_with(comm))
        {
            return p;
        }
        assert!(
            Instant::now() < deadline,
            "no `{comm}` process appeared in group {pgid}: {:?}",
            live_processes_in_group(pgid)
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn is_alive(pid: i32) -> bool {
    match fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(s) => !matches!(
            s.rsplit_once(") ").and_then(|(_, r)| r.chars().next()),
            Some('Z' | 'X')
        ),
        Err(_) => false,
    }
}

fn slow_config() -> Value {
    // terraform_data is built into terraform: no provider, no network.
    json!({"resource": {"terraform_data": {"slow": {
        "provisioner": [{"local-exec": {"command": "sleep 600"}}]
    }}}})
}

fn aws_config() -> Value {
    json!({
        "terraform": {"required_providers": {"aws": {"source": "hashicorp/aws", "version": ">= 5.100.0, < 7.0.0"}}},
        "provider": {"aws": [{"alias": "primary", "region": "us-east-1"}, {"alias": "dr", "region": "us-east-2"}]},
        "resource": {"aws_s3_bucket": {"b": {"provider": "aws.dr", "bucket": "tfdr-b"}}}
    })
}

#[test]
fn d_timeout_kills_the_whole_process_group() {
    let Some(tf) = Terraform::require_or_skip() else {
        return;
    };
    let mut wd = tf.workdir().unwrap();
    wd.write_stack(&slow_config()).unwrap();
    wd.init().unwrap();
    wd.set_timeout(Duration::from_secs(8));
    let started = Instant::now();
    let err = wd.apply_auto_approve().unwrap_err();
    let elapsed = started.elapsed();
    let TfError::Timeout {
        pgid,
        timeout,
        stdout,
        ..
    } = &err
    else {
        panic!("expected a timeout, got: {err}")
    };
    assert_eq!(*timeout, Duration::from_secs(8));
    assert!(elapsed < Duration::from_secs(8 + 10), "{elapsed:?}");
    assert!(err.to_string().contains("timed out"), "{err}");
    assert!(live_processes_in_group(*pgid).is_empty());
    assert!(
        processes_of(&wd).is_empty(),
        "left behind: {:?}",
        processes_of(&wd)
    );
    // Evidence that the slow child really ran (and was killed, not finished).
    assert!(stdout.contains("local-exec"), "{stdout}");
}

#[test]
fn d_timeout_kills_provider_plugins_too() {
    let Some(tf) = Terraform::require_or_skip() else {
        return;
    };
    let mut wd = tf.workdir().unwrap();
    wd.write_stack(&aws_config()).unwrap();
    wd.init().unwrap();
    let running = wd.spawn(&["validate", "-json", "-no-color"]).unwrap();
    let pgid = running.pgid();
    let provider = wait_for_in_group(pgid, "terraform-prov", Duration::from_secs(60));
    let err = running.wait_timeout(Duration::from_millis(1)).unwrap_err();
    assert!(
        matches!(err, TfError::Timeout { pgid: p, .. } if p == pgid),
        "{err}"
    );
    assert!(!is_alive(provider.pid), "provider {provider:?} survived");
    assert!(live_processes_in_group(pgid).is_empty());
    assert!(
        processes_of(&wd).is_empty(),
        "left behind: {:?}",
        processes_of(&wd)
    );
}

#[test]
fn d_panic_in_the_caller_kills_the_process_group() {
    let Some(tf) = Terraform::require_or_skip() else {
        return;
    };
    let mut wd = tf.workdir().unwrap();
    wd.write_stack(&slow_config()).unwrap();
    wd.init().unwrap();
    let mut seen = None;
    let result = catch_unwind(AssertUnwindSafe(|| {
        let running = wd.spawn(&["apply", "-auto-approve", "-no-color"]).unwrap();
        let sleeper = wait_for_in_group(running.pgid(), "sleep", Duration::from_secs(60));
        seen = Some((running.pgid(), sleeper));
        panic!("the test fails while terraform is running");
    }));
    assert!(result.is_err());
    let (pgid, sleeper) = seen.unwrap();
    assert!(!is_alive(sleeper.pid));
    assert!(live_processes_in_group(pgid).is_empty());
    assert!(
        processes_of(&wd).is_empty(),
        "left behind: {:?}",
        processes_of(&wd)
    );
}

#[test]
fn successful_runs_leave_nothing_behind() {
    let Some(tf) = Terraform::require_or_skip() else {
        return;
    };
    let mut wd = tf.workdir().unwrap();
    wd.write_stack(&aws_config()).unwrap();
    wd.assert_valid();
    assert!(
        processes_of(&wd).is_empty(),
        "left behind: {:?}",
        processes_of(&wd)
    );
}

/// Escapes a literal for a terraform template string (JSON syntax).
fn template_literal(s: &str) -> String {
    s.replace("${", "$${").replace("%{", "%%{")
}

#[test]
fn e_locals_and_outputs_round_trip_byte_for_byte() {
    let Some(tf) = Terraform::require_or_skip() else {
        return;
    };
    let tricky =
        "quote \" backslash \\ interp ${x} directive %{y} escaped $${z} %%{w} lone $ % { } \
                  unicode é ☃ 🦀 newline \n tab \t cr \r ctrl \u{1} html <>& trailing  ";
    let mut wd = tf.workdir().unwrap();
    wd.write_stack(&json!({
        "locals": {"s": template_literal(tricky)},
        "output": {
            "via_local": {"value": "${local.s}"},
            "direct": {"value": template_literal(tricky)}
        }
    }))
    .unwrap();
    let init = wd.init().unwrap();
    assert!(
        init.stdout.contains("successfully initialized"),
        "{}",
        init.stdout
    );
    wd.apply_auto_approve().unwrap();
    let out = wd.output_json().unwrap();
    assert_eq!(out["via_local"]["type"], "string");
    for name in ["via_local", "direct"] {
        let got = wd.output_value(name).unwrap();
        assert_eq!(
            got.as_str().map(str::as_bytes),
            Some(tricky.as_bytes()),
            "output {name}"
        );
    }
    assert_eq!(wd.output_value("missing").unwrap(), Value::Null);
    wd.destroy_auto_approve().unwrap();
    assert_eq!(wd.output_json().unwrap(), json!({}));
}

#[test]
fn run_returns_failures_without_erroring() {
    let Some(tf) = Terraform::require_or_skip() else {
        return;
    };
    let wd = tf.workdir().unwrap();
    let out = wd.run(&["no-such-subcommand"]).unwrap();
    assert!(!out.success());
    let err = wd.run_checked(&["no-such-subcommand"]).unwrap_err();
    assert!(matches!(err, TfError::Failed(_)), "{err}");
    assert!(
        err.to_string().contains("terraform no-such-subcommand"),
        "{err}"
    );
    assert!(tf.version().unwrap().starts_with("Terraform v"));
}

#[test]
fn cli_config_points_only_at_the_mirror() {
    let Some(tf) = Terraform::require_or_skip() else {
        return;
    };
    let wd = tf.workdir().unwrap();
    let text = fs::read_to_string(wd.cli_config_path()).unwrap();
    assert!(text.contains("disable_checkpoint = true"), "{text}");
    assert!(
        text.contains(&format!("path    = \"{}\"", tf.mirror().display())),
        "{text}"
    );
    assert!(!text.contains("direct"), "{text}");
    assert!(Path::new(&tf.mirror())
        .join("registry.terraform.io/hashicorp/aws")
        .is_dir());
}

const HELPER_ENV: &str = "TFDR_TESTING_REQUIRE_HELPER";

#[test]
fn helper_require_or_skip() {
    if std::env::var_os(HELPER_ENV).is_none() {
        return;
    }
    assert!(
        Terraform::require_or_skip().is_none(),
        "mirror should be missing"
    );
}

#[test]
fn require_or_skip_fails_only_under_ci() {
    let run = |ci: Option<&str>| {
        let mut cmd = Command::new(std::env::current_exe().unwrap());
        cmd.args([
            "--exact",
            "helper_require_or_skip",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(HELPER_ENV, "1")
        .env("TFDR_PROVIDER_MIRROR", "/nonexistent/tfdr-mirror");
        match ci {
            Some(v) => cmd.env("CI", v),
            None => cmd.env_remove("CI"),
        };
        let out = cmd.output().unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (ok, stderr) = run(None);
    assert!(ok, "{stderr}");
    assert!(stderr.contains("SKIPPING"), "{stderr}");
    assert!(
        stderr.contains("TFDR_PROVIDER_MIRROR=/nonexistent/tfdr-mirror does not hold"),
        "{stderr}"
    );
    let (ok, stderr) = run(Some("true"));
    assert!(!ok, "must fail under CI=true:\n{stderr}");
    assert!(stderr.contains("cannot run under CI=true"), "{stderr}");
}

#[test]
fn orphans_of_dead_test_processes_are_killed_and_others_are_not() {
    // No terraform needed: plain `sleep`s marked as started by a test
    // process that no longer exists (pid above pid_max) and by this one.
    let mine = format!(
        "{}:{}",
        std::process::id(),
        fs::read_to_string(format!("/proc/{}/stat", std::process::id()))
            .unwrap()
            .rsplit_once(") ")
            .unwrap()
            .1
            .split_whitespace()
            .nth(19)
            .unwrap()
    );
    let mut orphan = Command::new("sleep")
        .arg("600")
        .env(OWNER_ENV, "2147483646:12345")
        .spawn()
        .unwrap();
    let mut owned = Command::new("sleep")
        .arg("600")
        .env(OWNER_ENV, &mine)
        .spawn()
        .unwrap();
    // Wait until both have exec'd (environ is final).
    std::thread::sleep(Duration::from_millis(200));
    // (Another test's first Workdir may run the same sweep concurrently, so
    // the count returned here may be 0; what matters is the outcome.)
    kill_orphaned_processes();
    let status = orphan.wait().unwrap();
    assert_eq!(status.signal(), Some(libc_sigkill()), "{status:?}");
    assert!(
        owned.try_wait().unwrap().is_none(),
        "a live owner's process was killed"
    );
    owned.kill().unwrap();
    owned.wait().unwrap();
}

fn libc_sigkill() -> i32 {
    9
}

const HANG_ENV: &str = "TFDR_TESTING_HANG_HELPER";

#[test]
fn helper_spawn_validate_and_hang() {
    if std::env::var_os(HANG_ENV).is_none() {
        return;
    }
    let tf = Terraform::require();
    let mut wd = tf.workdir().unwrap();
    wd.write_stack(&aws_config()).unwrap();
    wd.init().unwrap();
    let running = wd.spawn(&["validate", "-json", "-no-color"]).unwrap();
    let provider = wait_for_in_group(running.pgid(), "terraform-prov", Duration::from_secs(60));
    println!(
        "READY terraform={} provider={} dir={}",
        running.pid(),
        provider.pid,
        wd.path().parent().unwrap().display()
    );
    std::thread::sleep(Duration::from_secs(600));
}

/// The test binary itself is SIGKILLed (as a harness timeout would do):
/// terraform dies by PR_SET_PDEATHSIG; the provider plugin survives as an
/// orphan and is cleaned up by the orphan sweep of the next test process.
#[test]
fn killed_test_process_leaves_no_provider_after_the_sweep() {
    let Some(_tf) = Terraform::require_or_skip() else {
        return;
    };
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "helper_spawn_validate_and_hang", "--nocapture"])
        .env(HANG_ENV, "1")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut ready = None;
    for line in BufReader::new(child.stdout.take().unwrap()).lines() {
        let line = line.unwrap();
        if let Some(rest) = line.strip_prefix("READY ") {
            ready = Some(rest.to_string());
            break;
        }
    }
    let ready = ready.expect("helper did not get ready");
    let field = |k: &str| {
        ready
            .split_whitespace()
            .find_map(|kv| kv.strip_prefix(&format!("{k}=")))
            .unwrap()
            .to_string()
    };
    let terraform: i32 = field("terraform").parse().unwrap();
    let provider: i32 = field("provider").parse().unwrap();
    let dir = field("dir");
    child.kill().unwrap();
    child.wait().unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while is_alive(terraform) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(!is_alive(terraform), "terraform survived its parent");
    kill_orphaned_processes();
    let deadline = Instant::now() + Duration::from_secs(10);
    while is_alive(provider) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        !is_alive(provider),
        "orphaned provider {provider} survived the sweep"
    );
    let _ = fs::remove_dir_all(dir);
}
