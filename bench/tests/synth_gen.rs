//! `synth-gen K` is a stack program ending in `tfdr::emit::synth_stdout`: its stdout is
//! exactly the synthesized document (nothing added, nothing lost on the way out), and a
//! bad K is bad input (exit 2, nothing on stdout).

use std::process::Command;

use tfdr::Synthesizer;

fn synth_gen(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_synth-gen"))
        .args(args)
        .output()
        .expect("synth-gen runs")
}

#[test]
fn stdout_is_the_synthesized_document() {
    let out = synth_gen(&["3"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stack = tfdr_bench::build(3).expect("the benchmark stack builds");
    let expected = Synthesizer::new()
        .synthesize_to_string(&stack)
        .expect("the benchmark stack synthesizes");
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
    let doc: serde_json::Value = serde_json::from_str(&expected).unwrap();
    let resources: usize = doc["resource"]
        .as_object()
        .unwrap()
        .values()
        .map(|of_type| of_type.as_object().unwrap().len())
        .sum();
    assert_eq!(resources, 3 * tfdr_bench::RESOURCES_PER_COPY);
}

#[test]
fn a_bad_size_is_bad_input() {
    let out = synth_gen(&["many"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("usage: synth-gen K"));
}
