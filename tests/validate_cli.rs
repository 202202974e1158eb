//! `tfdr validate FILE` as a process (exit codes, stdout/stderr contract), and every
//! example's output validating clean with `tfdr_codegen::validate`.

#[allow(dead_code)]
#[path = "../examples/quickstart.rs"]
mod quickstart;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use tfdr::codegen::validate::validate;
use tfdr::prelude::*;

fn tfdr(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tfdr"))
        .args(args)
        .output()
        .expect("run tfdr")
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("codegen/tests/fixtures/validate")
        .join(format!("{name}.tf.json"))
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).expect("UTF-8 output")
}

#[test]
fn a_valid_file_exits_0_with_a_summary_on_stdout() {
    let file = fixture("valid");
    let out = tfdr(&["validate", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "");
    assert_eq!(
        text(&out.stdout),
        format!(
            "valid: {}: 4 resources, 1 data source, 1 ephemeral resource checked against hashicorp/aws 5.100.0 ∩ 6.25.0\n",
            file.display()
        )
    );
}

#[test]
fn errors_go_to_stderr_with_exit_2_and_nothing_on_stdout() {
    let file = fixture("structure");
    let out = tfdr(&["validate", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stdout), "");
    let err = text(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            r#"error: resource.aws_s3_bucket_versioning.v.versioning_configuration: Either a JSON object or a JSON array is required, representing the contents of one or more "versioning_configuration" blocks. [structure]"#,
            r#"error: resource.aws_s3_bucket_versioning.v.versioning_configuration: At least 1 "versioning_configuration" blocks are required. [too-few-blocks]"#,
            &format!("{}: 2 errors, 0 warnings", file.display()),
        ]
    );
}

#[test]
fn every_error_fixture_exits_2_and_names_its_path() {
    for (name, path) in [
        ("unknown_type", "resource.aws_s3_bucketz.b"),
        (
            "unknown_argument",
            "resource.aws_s3_bucket.logs.bucket_name",
        ),
        ("missing_provider", "resource.aws_s3_bucket.b.provider"),
        (
            "undeclared_reference",
            "resource.aws_s3_bucket_policy.p.bucket",
        ),
    ] {
        let out = tfdr(&["validate", fixture(name).to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = text(&out.stderr);
        assert!(
            err.lines()
                .next()
                .unwrap()
                .starts_with(&format!("error: {path}: ")),
            "{name}: {err}"
        );
    }
}

#[test]
fn warnings_alone_exit_0() {
    let file = fixture("deprecated");
    let out = tfdr(&["validate", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let err = text(&out.stderr);
    assert!(
        err.starts_with("warning: resource.aws_s3_bucket.b.acl: "),
        "{err}"
    );
    assert!(err.ends_with(": 0 errors, 1 warning\n"), "{err}");
    assert!(text(&out.stdout).starts_with("valid: "));
}

#[test]
fn unreadable_and_invalid_files_exit_2_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.tf.json");
    let out = tfdr(&["validate", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stdout), "");
    let err = text(&out.stderr);
    assert!(
        err.starts_with(&format!(
            "error: {}: cannot read the file: ",
            missing.display()
        )),
        "{err}"
    );

    let broken = dir.path().join("broken.tf.json");
    std::fs::write(&broken, "{\n  \"resource\": {,\n}\n").unwrap();
    let out = tfdr(&["validate", broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stdout), "");
    let err = text(&out.stderr);
    assert!(
        err.eq(&format!(
            "error: {}: not valid JSON at line 2, column 16: key must be a string\n",
            broken.display()
        )),
        "{err}"
    );

    // A directory is unreadable as a file.
    let out = tfdr(&["validate", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    // No file argument: clap's usage error, also exit 2.
    let out = tfdr(&["validate"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn dash_reads_standard_input() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tfdr"))
        .args(["validate", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(&std::fs::read(fixture("unknown_argument")).unwrap())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).ends_with("-: 1 error, 0 warnings\n"));
}

#[test]
fn the_quickstart_example_validates_clean() {
    let stack = quickstart::build(&Invocation::default()).expect("quickstart builds");
    let doc = tfdr::Synthesizer::new()
        .synthesize(&stack)
        .expect("quickstart synthesizes");
    let report = validate(&doc);
    assert!(report.diagnostics.is_empty(), "{report}");
    assert!(report.resources >= 10, "{} resources", report.resources);
}

#[test]
fn the_payments_dr_stack_validates_clean() {
    use tfdr::modules::stacks::payments_dr;
    use tfdr::modules::stacks::payments_dr::PaymentsDrConfig;
    let config = PaymentsDrConfig::load_from(None, Some("dev")).expect("default config");
    let stack = payments_dr::build(&config).unwrap_or_else(|e| panic!("{e}"));
    let doc = tfdr::Synthesizer::new()
        .synthesize(&stack)
        .expect("payments-dr synthesizes");
    let report = validate(&doc);
    assert!(report.diagnostics.is_empty(), "{report}");
    assert!(report.resources > 60, "{} resources", report.resources);
}

#[test]
fn every_golden_file_validates_clean_through_the_binary() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if !path.to_string_lossy().ends_with(".tf.json") {
            continue;
        }
        seen += 1;
        let out = tfdr(&["validate", path.to_str().unwrap()]);
        assert_eq!(
            (out.status.code(), text(&out.stderr)),
            (Some(0), String::new()),
            "{}",
            path.display()
        );
    }
    assert!(seen >= 1, "no golden files in {}", dir.display());
}
