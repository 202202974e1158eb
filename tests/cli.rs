//! The example programs as processes: determinism across runs and working directories,
//! output targets, and the error contract (stderr, exit 2, nothing on stdout, files kept).

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
    for args in [&["--help"][..], &["synth", "--help"][..]] {
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
