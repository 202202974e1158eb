//! Against a real, patched moto server: the server's lifecycle, a passing
//! run of the `tfdr-emulate` binary, per-resource failure reports, and the
//! secret scan after apply.
//!
//! Needs the moto virtualenv (`scripts/emulator/setup-venv.sh`, or
//! `TFDR_MOTO_PYTHON`). Without it these tests skip loudly, even under
//! `CI=true`, because `.ci/run` sets the venv up only after
//! `cargo test --workspace`; it then runs this file again with
//! `TFDR_EMULATOR_REQUIRED=1`, which turns a skip into a failure.

use std::net::TcpStream;
use std::path::PathBuf;
use std::process::Command;

use serde_json::{json, Value};
use tfdr_emulator::{find_python, run_stack, MotoServer, Phase, PhaseStatus, RunOptions};
use tfdr_testing::terraform::{live_processes_in_group, Terraform};

const ENV_REQUIRED: &str = "TFDR_EMULATOR_REQUIRED";

/// (terraform, python) or a loud skip (a failure with TFDR_EMULATOR_REQUIRED=1).
fn setup() -> Option<(Terraform, PathBuf)> {
    let required = std::env::var(ENV_REQUIRED).is_ok_and(|v| v == "1");
    let tf = if required {
        Some(Terraform::require())
    } else {
        Terraform::require_or_skip()
    }?;
    match find_python() {
        Ok(p) => Some((tf, p)),
        Err(e) if required => panic!("{ENV_REQUIRED}=1 but moto is missing: {e}"),
        Err(e) => {
            let bar = "!".repeat(78);
            eprintln!("\n{bar}\n!!! SKIPPING emulator test: {e}\n{bar}\n");
            None
        }
    }
}

/// Small, fast two-region stack (no KMS, no RDS: seconds, not minutes).
fn small_stack() -> Value {
    json!({
        "terraform": {"required_providers": {"aws": {"source": "hashicorp/aws", "version": ">= 5.100.0, < 7.0.0"}}},
        "provider": {"aws": [
            {"alias": "primary", "region": "us-east-1", "default_tags": {"tags": {"ManagedBy": "tfdr"}}},
            {"alias": "dr", "region": "us-east-2", "default_tags": {"tags": {"ManagedBy": "tfdr"}}}
        ]},
        "data": {"aws_caller_identity": {"me": {"provider": "aws.primary"}}},
        "resource": {
            "aws_s3_bucket": {"b": {"provider": "aws.dr", "bucket_prefix": "tfdr-live-", "force_destroy": true}},
            "aws_s3_bucket_versioning": {"b": {"provider": "aws.dr", "bucket": "${aws_s3_bucket.b.id}", "versioning_configuration": {"status": "Enabled"}}},
            "aws_dynamodb_table": {"t": {
                "provider": "aws.primary", "name": "tfdr-live", "billing_mode": "PAY_PER_REQUEST",
                "hash_key": "id", "attribute": [{"name": "id", "type": "S"}],
                "stream_enabled": true, "stream_view_type": "NEW_AND_OLD_IMAGES",
                "replica": [{"region_name": "us-east-2"}]
            }}
        },
        "output": {"account": {"value": "${data.aws_caller_identity.me.account_id}"}}
    })
}

#[test]
fn moto_listens_on_loopback_and_dies_with_its_group() {
    let Some((tf, python)) = setup() else { return };
    let mut moto = MotoServer::start(&python, tf.mirror()).unwrap();
    assert!(moto.endpoint().starts_with("http://127.0.0.1:"));
    assert_eq!(moto.moto_version(), tfdr_emulator::PINNED_MOTO_VERSION);
    assert!(
        moto.patches()
            .iter()
            .any(|p| p == "dynamodb_replica_updates"),
        "{:?}",
        moto.patches()
    );
    TcpStream::connect(("127.0.0.1", moto.port())).expect("moto accepts connections");
    let pgid = moto.pgid().unwrap();
    assert!(!live_processes_in_group(pgid).is_empty());
    moto.stop();
    assert!(
        live_processes_in_group(pgid).is_empty(),
        "{:?}",
        live_processes_in_group(pgid)
    );
    assert!(TcpStream::connect(("127.0.0.1", moto.port())).is_err());
}

/// The patches' own unit tests (`emulator/moto/tests/`, Python `unittest`
/// with moto in-process): each patch restores the AWS behaviour it names,
/// and stock moto still lacks it. Seconds, not minutes.
#[test]
fn moto_patch_unit_tests_pass() {
    let Some((_, python)) = setup() else { return };
    let tests = tfdr_emulator::emulator_dir().join("tests");
    let out = Command::new(&python)
        .args(["-m", "unittest", "discover", "-s"])
        .arg(&tests)
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("\nOK"), "{stderr}");
}

#[test]
fn binary_applies_replans_and_destroys_small_stacks_in_parallel() {
    let Some((_, python)) = setup() else { return };
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<PathBuf> = ["small-a", "small-b"]
        .iter()
        .map(|n| {
            let f = dir.path().join(format!("{n}.tf.json"));
            std::fs::write(&f, serde_json::to_string_pretty(&small_stack()).unwrap()).unwrap();
            f
        })
        .collect();
    let out = Command::new(env!("CARGO_BIN_EXE_tfdr-emulate"))
        .args(["--jobs", "2"])
        .args(&files)
        .env("TFDR_MOTO_PYTHON", &python)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    for phase in ["init", "plan", "apply", "re-plan", "destroy"] {
        let passed = stdout
            .lines()
            .filter(|l| l.trim_start().starts_with(phase) && l.contains("passed"))
            .count();
        assert_eq!(passed, 2, "{phase}: {stdout}");
    }
    assert_eq!(stdout.matches("result: PASSED").count(), 2, "{stdout}");
    // The summary keeps the command line's order, whichever finished first.
    let a = stdout
        .find("  small-a: passed")
        .expect("small-a in summary");
    let b = stdout
        .find("  small-b: passed")
        .expect("small-b in summary");
    assert!(a < b, "{stdout}");
    assert_eq!(
        stdout.lines().last(),
        Some("tfdr-emulate: 2 passed, 0 failed"),
        "{stdout}"
    );
}

#[test]
fn failures_are_reported_per_resource_and_destroy_still_runs() {
    let Some((tf, python)) = setup() else { return };
    // A subnet outside its VPC's CIDR: moto rejects it at once (the
    // provider does not retry InvalidSubnet.Range).
    let stack = json!({
        "provider": {"aws": [{"alias": "primary", "region": "us-east-1"}]},
        "resource": {
            "aws_vpc": {"v": {"provider": "aws.primary", "cidr_block": "10.0.0.0/16"}},
            "aws_subnet": {"bad": {
                "provider": "aws.primary",
                "vpc_id": "${aws_vpc.v.id}",
                "cidr_block": "10.1.0.0/24"
            }}
        }
    });
    let report = run_stack(&tf, "failing", &stack, &RunOptions::new(python));
    let text = report.to_string();
    assert!(!report.passed(), "{text}");
    let apply = report.phase(Phase::Apply).expect("apply ran");
    assert_eq!(apply.status, PhaseStatus::Failed, "{text}");
    let bad: Vec<&str> = apply
        .stream
        .unfinished()
        .map(|r| r.address.as_str())
        .collect();
    assert_eq!(bad, ["aws_subnet.bad"], "{text}");
    assert!(
        apply
            .stream
            .errors()
            .any(|d| d.address.as_deref() == Some("aws_subnet.bad")),
        "{text}"
    );
    assert!(report.phase(Phase::Replan).is_none(), "{text}");
    assert_eq!(
        report.phase(Phase::Destroy).map(|p| p.status),
        Some(PhaseStatus::Passed),
        "{text}"
    );
    assert!(text.contains("aws_subnet.bad (create): errored"), "{text}");
}

/// Live processes whose environment says tfdr-testing started them on behalf
/// of process `owner_pid` (any start time).
fn processes_started_by(owner_pid: u32) -> Vec<(i32, String)> {
    let prefix = format!("TFDR_TESTING_OWNER={owner_pid}:");
    let mut found = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = e.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let Ok(env) = std::fs::read(format!("/proc/{pid}/environ")) else {
            continue;
        };
        if !env
            .split(|b| *b == 0)
            .any(|kv| kv.starts_with(prefix.as_bytes()))
        {
            continue;
        }
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        let state = stat
            .rsplit_once(") ")
            .and_then(|(_, r)| r.chars().next())
            .unwrap_or('?');
        if state != 'Z' && state != 'X' && state != '?' {
            let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
            found.push((pid, comm.trim().to_string()));
        }
    }
    found
}

#[test]
fn sigterm_ends_terraform_providers_and_moto() {
    use std::os::unix::process::ExitStatusExt;
    use std::time::{Duration, Instant};
    let Some((_, python)) = setup() else { return };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("small.tf.json");
    std::fs::write(&file, serde_json::to_string_pretty(&small_stack()).unwrap()).unwrap();
    let log = std::fs::File::create(dir.path().join("out.log")).unwrap();
    // The child's temp dirs (terraform and moto workdirs) go here.
    let tmp = dir.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_tfdr-emulate"))
        .arg(&file)
        .env("TFDR_MOTO_PYTHON", &python)
        .env("TMPDIR", &tmp)
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .spawn()
        .unwrap();
    let pid = child.id();
    // Wait until a provider plugin runs (terraform plan/apply under way).
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let procs = processes_started_by(pid);
        if procs.iter().any(|(_, c)| c.starts_with("terraform-prov"))
            && procs.iter().any(|(_, c)| c.starts_with("python"))
        {
            break;
        }
        if Instant::now() > deadline || child.try_wait().unwrap().is_some() {
            let _ = child.kill();
            panic!(
                "no provider plugin appeared: {procs:?}\n{}",
                std::fs::read_to_string(dir.path().join("out.log")).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    // SAFETY: signalling our own child.
    unsafe {
        libc::kill(pid as i32, libc::SIGTERM);
    }
    let status = child.wait().unwrap();
    let out = std::fs::read_to_string(dir.path().join("out.log")).unwrap_or_default();
    assert_eq!(
        status.code(),
        Some(128 + libc::SIGTERM),
        "{status:?}\n{out}"
    );
    assert_eq!(status.signal(), None);
    assert!(out.contains("interrupted by signal 15"), "{out}");
    // No phase started after the signal, and the temp dirs were removed.
    assert!(!out.contains("destroy "), "{out}");
    let left: Vec<_> = std::fs::read_dir(&tmp)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    assert!(left.is_empty(), "temp dirs left behind: {left:?}");
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let left = processes_started_by(pid);
        if left.is_empty() {
            break;
        }
        assert!(Instant::now() < deadline, "left behind: {left:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// With two of tfdr's moto patches left out, the second plan is not empty,
/// and the report names the resources and the attribute paths that differ:
/// proves both the diff report and that the patches are needed.
#[test]
fn without_readback_patches_the_replan_names_resources_and_attributes() {
    let Some((_, python)) = setup() else { return };
    let stack = json!({
        "provider": {"aws": [
            {"alias": "primary", "region": "us-east-1"},
            {"alias": "dr", "region": "us-east-2"}
        ]},
        "resource": {
            "aws_s3_bucket": {
                "src": {"provider": "aws.primary", "bucket_prefix": "tfdr-src-", "force_destroy": true},
                "dst": {"provider": "aws.dr", "bucket_prefix": "tfdr-dst-", "force_destroy": true}
            },
            "aws_s3_bucket_versioning": {
                "src": {"provider": "aws.primary", "bucket": "${aws_s3_bucket.src.id}", "versioning_configuration": {"status": "Enabled"}},
                "dst": {"provider": "aws.dr", "bucket": "${aws_s3_bucket.dst.id}", "versioning_configuration": {"status": "Enabled"}}
            },
            "aws_iam_role": {"repl": {
                "provider": "aws.primary",
                "name": "tfdr-live-repl",
                "assume_role_policy": "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Principal\":{\"Service\":\"s3.amazonaws.com\"}}]}"
            }},
            "aws_s3_bucket_replication_configuration": {"r": {
                "provider": "aws.primary",
                "bucket": "${aws_s3_bucket.src.id}",
                "role": "${aws_iam_role.repl.arn}",
                "rule": [{"id": "all", "status": "Enabled", "filter": {},
                          "delete_marker_replication": {"status": "Enabled"},
                          "destination": {"bucket": "${aws_s3_bucket.dst.arn}"}}],
                "depends_on": ["aws_s3_bucket_versioning.src", "aws_s3_bucket_versioning.dst"]
            }},
            "aws_launch_template": {"lt": {
                "provider": "aws.dr",
                "name": "tfdr-live-lt",
                "image_id": "ami-12c6146b",
                "tags": {"Team": "dr"},
                "tag_specifications": [{"resource_type": "instance", "tags": {"Role": "app"}}]
            }}
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("unpatched.tf.json");
    std::fs::write(&file, serde_json::to_string_pretty(&stack).unwrap()).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tfdr-emulate"))
        .arg(&file)
        .env("TFDR_MOTO_PYTHON", &python)
        .env(
            "TFDR_MOTO_DISABLE_PATCHES",
            "s3_replication_readback,ec2_launch_template_tag_specifications",
        )
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("re-plan  FAILED"), "{stdout}");
    assert!(
        stdout.contains("aws_s3_bucket_replication_configuration.r (update)"),
        "{stdout}"
    );
    assert!(
        stdout.contains(r#"rule[0].delete_marker_replication[0].status: "Disabled" -> "Enabled""#),
        "{stdout}"
    );
    assert!(
        stdout.contains("aws_launch_template.lt (update)"),
        "{stdout}"
    );
    assert!(stdout.contains("tag_specifications"), "{stdout}");
    assert!(
        stdout
            .lines()
            .any(|l| l.trim_start().starts_with("destroy") && l.contains("passed")),
        "{stdout}"
    );
    assert_eq!(
        stdout.lines().last(),
        Some("tfdr-emulate: 0 passed, 1 failed"),
        "{stdout}"
    );
}

/// A secret stored the way the reference stacks store it (ephemeral random
/// password, write-only `secret_string_wo`), or, with `leak`, as a literal
/// `secret_string` that ends up in the JSON and the state.
fn secret_stack(name: &str, leak: Option<&str>) -> Value {
    let version = match leak {
        Some(value) => json!({
            "provider": "aws.primary",
            "secret_id": "${aws_secretsmanager_secret.s.id}",
            "secret_string": value
        }),
        None => json!({
            "provider": "aws.primary",
            "secret_id": "${aws_secretsmanager_secret.s.id}",
            "secret_string_wo": "${jsonencode({\"password\" = ephemeral.aws_secretsmanager_random_password.p.random_password})}",
            "secret_string_wo_version": 1
        }),
    };
    json!({
        "provider": {"aws": [{"alias": "primary", "region": "us-east-1"}]},
        "ephemeral": {"aws_secretsmanager_random_password": {"p": {
            "provider": "aws.primary", "password_length": 32, "exclude_characters": "/\"@ '\\"
        }}},
        "resource": {
            "aws_secretsmanager_secret": {"s": {
                "provider": "aws.primary", "name": name, "recovery_window_in_days": 0
            }},
            "aws_secretsmanager_secret_version": {"v": version}
        },
        "output": {"secret_arn": {"value": "${aws_secretsmanager_secret.s.arn}"}}
    })
}

/// The secret scan passes a stack that keeps its secret out of JSON and
/// state, and fails one that plants it (naming resource and attribute, in
/// the stack JSON, the state and by value), without ever printing it.
#[test]
fn secret_scan_passes_write_only_secrets_and_fails_a_planted_one() {
    let Some((_, python)) = setup() else { return };
    let planted = "tfdr-PLANTED-secret-0123456789";
    let dir = tempfile::tempdir().unwrap();
    let clean = dir.path().join("clean.tf.json");
    let leaky = dir.path().join("leaky.tf.json");
    std::fs::write(&clean, secret_stack("tfdr-live-clean", None).to_string()).unwrap();
    std::fs::write(
        &leaky,
        secret_stack("tfdr-live-leaky", Some(planted)).to_string(),
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tfdr-emulate"))
        .args(["--jobs", "2"])
        .arg(&clean)
        .arg(&leaky)
        .env("TFDR_MOTO_PYTHON", &python)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    assert!(
        !stdout.contains(planted),
        "the secret was printed:\n{stdout}"
    );
    assert!(
        !stderr.contains(planted),
        "the secret was printed:\n{stderr}"
    );
    assert!(stdout.contains("  clean: passed"), "{stdout}");
    assert!(stdout.contains("  leaky: FAILED"), "{stdout}");
    let section = |name: &str| -> String {
        let start = stdout.find(&format!("== {name}:")).expect("report");
        let rest = &stdout[start..];
        rest[..rest.find("  result:").expect("result line")].to_string()
    };
    let clean_report = section("clean");
    assert!(
        clean_report
            .lines()
            .any(|l| l.trim_start().starts_with("secrets") && l.contains("passed")),
        "{clean_report}"
    );
    let leaky_report = section("leaky");
    // Every other phase passed: only the scan fails the stack.
    for phase in ["init", "plan", "apply", "re-plan", "destroy"] {
        assert!(
            leaky_report
                .lines()
                .any(|l| l.trim_start().starts_with(phase) && l.contains("passed")),
            "{phase}: {leaky_report}"
        );
    }
    for expected in [
        "secrets  FAILED",
        "secret in the output: stack JSON: aws_secretsmanager_secret_version.v: secret_string holds a value",
        "secret in the output: state: aws_secretsmanager_secret_version.v: secret_string holds a value",
        "secret in the output: state: aws_secretsmanager_secret_version.v: secret_string contains the value of Secrets Manager secret tfdr-live-leaky (us-east-1)",
        "secret in the output: terraform.tfstate: (whole file) contains the value of Secrets Manager secret tfdr-live-leaky (us-east-1)",
    ] {
        assert!(leaky_report.contains(expected), "missing {expected:?}:\n{leaky_report}");
    }
}
