//! The example programs as processes: determinism across runs and working directories,
//! output targets, `validate`, and the error contract (stderr, exit 2, nothing on stdout,
//! files kept).

mod support;

use std::process::Command;

fn run_in(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(support::example_binary("quickstart"))
        .args(args)
        .current_dir(dir)
        .env_remove("ENVIRONMENT_SUFFIX")
        .output()
        .expect("run quickstart")
}

#[test]
fn two_processes_in_different_directories_give_identical_bytes() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let first = run_in(a.path(), &[]);
    let second = run_in(b.path(), &[]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(second.status.success());
    assert!(!first.stdout.is_empty());
    assert_eq!(first.stdout, second.stdout, "output differs between runs");
    assert!(first.stdout.ends_with(b"}\n"), "trailing newline");
}

#[test]
fn synth_dash_o_and_out_dir_write_the_same_json() {
    let dir = tempfile::tempdir().unwrap();
    let stdout = run_in(dir.path(), &[]).stdout;
    let o = run_in(dir.path(), &["synth", "-o", "main.tf.json"]);
    assert!(o.status.success());
    assert!(o.stdout.is_empty(), "nothing on stdout with -o");
    assert_eq!(
        std::fs::read(dir.path().join("main.tf.json")).unwrap(),
        stdout
    );

    let out = run_in(dir.path(), &["synth", "--out", "cdktf.out"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stack_file = dir.path().join("cdktf.out/stacks/quickstart/cdk.tf.json");
    assert_eq!(std::fs::read(stack_file).unwrap(), stdout);
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("cdktf.out/manifest.json")).unwrap())
            .unwrap();
    assert_eq!(
        manifest["stacks"]["quickstart"]["synthesizedStackPath"],
        "stacks/quickstart/cdk.tf.json"
    );
}

#[test]
fn errors_go_to_stderr_with_exit_2_and_leave_files_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("main.tf.json");
    std::fs::write(&target, "previous").unwrap();
    // An unknown flag is bad input.
    let bad = run_in(dir.path(), &["synth", "-o", "main.tf.json", "--bogus"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(bad.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "previous");
    // Asking for a stack that does not exist.
    let missing = run_in(
        dir.path(),
        &["synth", "-o", "main.tf.json", "--stack", "nope"],
    );
    assert_eq!(missing.status.code(), Some(2));
    assert!(missing.stdout.is_empty());
    let err = String::from_utf8_lossy(&missing.stderr);
    assert!(
        err.contains("error: --stack: no stack is named `nope`"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "previous");
}

#[test]
fn help_works_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["--help"][..],
        &["synth", "--help"][..],
        &["validate", "--help"][..],
    ] {
        let out = run_in(dir.path(), args);
        assert!(out.status.success());
        assert!(String::from_utf8_lossy(&out.stdout).contains("Usage"));
    }
}

#[test]
fn payments_dr_bad_config_is_exit_2_with_the_field_and_leaves_output_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("main.tf.json");
    std::fs::write(&target, "previous").unwrap();
    let config = dir.path().join("config.json");
    std::fs::write(&config, r#"{"dr_region": "us-east-1"}"#).unwrap();
    let out = Command::new(support::example_binary("payments-dr"))
        .args([
            "--config",
            config.to_str().unwrap(),
            "synth",
            "-o",
            "main.tf.json",
        ])
        .current_dir(dir.path())
        .env_remove("ENVIRONMENT_SUFFIX")
        .output()
        .expect("run payments-dr");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("error: dr_region: the DR region must differ from the primary region"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "previous");
}

#[test]
fn trading_dr_bad_config_is_exit_2_with_the_field_and_leaves_output_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("main.tf.json");
    std::fs::write(&target, "previous").unwrap();
    let config = dir.path().join("config.json");
    std::fs::write(
        &config,
        r#"{"capacity": {"primary": {"min": 2, "desired": 4, "max": 6}, "standby": {"min": 1, "max": 2}}}"#,
    )
    .unwrap();
    let out = run_program(
        "trading-dr",
        dir.path(),
        &[
            "--config",
            config.to_str().unwrap(),
            "synth",
            "-o",
            "main.tf.json",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("error: capacity: standby: max 2 is below the primary's desired 4"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "previous");
}

#[test]
fn transactions_dr_bad_config_is_exit_2_with_the_field_and_leaves_output_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("main.tf.json");
    std::fs::write(&target, "previous").unwrap();
    let config = dir.path().join("config.json");
    std::fs::write(&config, r#"{"aurora_primary_min_acu": 2}"#).unwrap();
    let out = run_program(
        "transactions-dr",
        dir.path(),
        &[
            "--config",
            config.to_str().unwrap(),
            "synth",
            "-o",
            "main.tf.json",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("error: aurora_primary_min_acu: 2 ACU is below 8 ACUs"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "previous");
}

fn run_program(name: &str, dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(support::example_binary(name))
        .args(args)
        .current_dir(dir)
        .env_remove("ENVIRONMENT_SUFFIX")
        .output()
        .unwrap_or_else(|e| panic!("run {name}: {e}"))
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).expect("UTF-8 output")
}

#[test]
fn payments_dr_validate_prints_what_tfdr_validate_prints_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_program("payments-dr", dir.path(), &["validate"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "validate wrote a file"
    );
    let summary = text(&out.stdout);
    assert!(
        summary.starts_with("valid: payments-dr: ") && summary.lines().count() == 1,
        "{summary}"
    );

    // The same line `tfdr validate FILE` prints for the file `synth -o` writes.
    let synth = run_program("payments-dr", dir.path(), &["synth", "-o", "main.tf.json"]);
    assert!(synth.status.success(), "{}", text(&synth.stderr));
    let file = dir.path().join("main.tf.json");
    let tfdr = Command::new(env!("CARGO_BIN_EXE_tfdr"))
        .args(["validate", file.to_str().unwrap()])
        .output()
        .expect("run tfdr validate");
    assert_eq!(tfdr.status.code(), Some(0), "{}", text(&tfdr.stderr));
    assert_eq!(
        text(&tfdr.stdout).replace(&file.display().to_string(), "payments-dr"),
        summary
    );
}

#[test]
fn a_stack_the_validator_rejects_makes_validate_exit_2_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    // `synth` does not check the schema: the bad stack synthesizes.
    let synth = run_program("test-two-stacks", dir.path(), &["synth", "--stack", "bad"]);
    assert!(synth.status.success(), "{}", text(&synth.stderr));

    for args in [&["validate"][..], &["validate", "--stack", "bad"][..]] {
        let out = run_program("test-two-stacks", dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(text(&out.stdout), "", "{args:?}: nothing on stdout");
        assert_eq!(
            text(&out.stderr).lines().collect::<Vec<_>>(),
            [
                r#"error: resource.aws_s3_bucket.logs.bucket_name: No argument or block type is named "bucket_name". [unknown-argument]"#,
                "bad: 1 error, 0 warnings",
            ],
            "{args:?}"
        );
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn validate_stack_picks_one_stack_and_names_a_missing_one() {
    let dir = tempfile::tempdir().unwrap();
    let good = run_program(
        "test-two-stacks",
        dir.path(),
        &["validate", "--stack", "good"],
    );
    assert_eq!(good.status.code(), Some(0), "{}", text(&good.stderr));
    assert_eq!(text(&good.stderr), "");
    assert_eq!(
        text(&good.stdout),
        "valid: good: 1 resource, 0 data sources, 0 ephemeral resources checked against hashicorp/aws 5.100.0 ∩ 6.25.0\n"
    );

    let missing = run_program(
        "test-two-stacks",
        dir.path(),
        &["validate", "--stack", "nope"],
    );
    assert_eq!(missing.status.code(), Some(2));
    assert_eq!(text(&missing.stdout), "");
    assert_eq!(
        text(&missing.stderr),
        "error: --stack: no stack is named `nope` (stacks: good, bad)\n"
    );
}
