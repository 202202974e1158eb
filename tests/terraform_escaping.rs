//! Escaping, proven against real terraform: a config with only `locals` and `output`s needs
//! no provider, so `terraform apply` + `terraform output -json` must return every
//! generated string byte for byte — as a plain value, as an object key, around an
//! interpolation in a template, inside a function call, and as a map index.
//!
//! Terraform (cty) normalizes every string to Unicode NFC, so "byte for byte" means: the
//! NFC form of what was written. No escaping can avoid that; it is Terraform's semantics.

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{json, Value};
use tfdr::prelude::*;
use tfdr_testing::terraform::Terraform;

/// Strings rich in what Terraform treats specially.
fn tricky_string() -> impl Strategy<Value = String> {
    let atoms = prop_oneof![
        4 => Just("${".to_string()),
        4 => Just("%{".to_string()),
        3 => Just("$${".to_string()),
        3 => Just("%%{".to_string()),
        2 => Just("$".to_string()),
        2 => Just("%".to_string()),
        2 => Just("{".to_string()),
        2 => Just("}".to_string()),
        1 => Just("~".to_string()),
        2 => Just("\\".to_string()),
        2 => Just("\"".to_string()),
        1 => Just("\n".to_string()),
        1 => Just("\t".to_string()),
        1 => Just("${var.x}".to_string()),
        1 => Just("%{ if true }x%{ endif }".to_string()),
        1 => Just("é日😀".to_string()),
        6 => "[a-zA-Z0-9 ._-]{0,4}",
        3 => any::<char>().prop_filter("no NUL", |c| *c != '\0').prop_map(String::from),
    ];
    prop::collection::vec(atoms, 0..8).prop_map(|parts| parts.concat())
}

/// Deterministic by default; `TFDR_ESCAPE_SEED=<0-255>` explores another sequence.
fn generate(n: usize) -> Vec<String> {
    let seed = std::env::var("TFDR_ESCAPE_SEED")
        .ok()
        .and_then(|s| s.parse::<u8>().ok())
        .unwrap_or(7);
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &[seed; 32]),
    );
    let strategy = tricky_string();
    let mut out: Vec<String> = (0..n)
        .map(|_| strategy.new_tree(&mut runner).expect("generate").current())
        .collect();
    // The cases that broke other tools, always included.
    out.extend(
        [
            "${", "%{", "$${", "%%{", "$$${", "$", "%", "a$", "${a}", "%{a}", "$${a}", "\\${",
        ]
        .map(String::from),
    );
    out
}

#[test]
fn terraform_returns_every_string_byte_for_byte() {
    let Some(tf) = Terraform::require_or_skip() else {
        return;
    };
    let strings = generate(400);
    let stack = Stack::new("escaping");
    let root = stack.root();
    let sep = root.local::<String>("sep", "|");
    let mut expected = serde_json::Map::new();
    for (i, s) in strings.iter().enumerate() {
        // 1. a plain literal value
        root.output(&format!("plain_{i}"), s.as_str());
        expected.insert(format!("plain_{i}"), json!(s));
        // 2. an object key (and value) in a local, read back through a traversal
        let obj: Expr<Map<String>> = [(s.clone(), s.clone())].into();
        let local = root.local(&format!("obj_{i}"), obj);
        root.output(
            &format!("key_{i}"),
            Expr::<Dynamic>::call("keys", [local.raw().clone()]),
        );
        expected.insert(format!("key_{i}"), json!([s]));
        root.output(&format!("index_{i}"), local.key(s));
        expected.insert(format!("index_{i}"), json!(s));
        // 3. literal text around an interpolation in a template
        root.output(&format!("tmpl_{i}"), interpolate![s, sep.clone(), s]);
        expected.insert(format!("tmpl_{i}"), json!(format!("{s}|{s}")));
        // 4. a string literal inside a function call (HCL native syntax)
        root.output(
            &format!("call_{i}"),
            Expr::<String>::join("", Expr::<Vec<String>>::from(vec![s.as_str()])),
        );
        expected.insert(format!("call_{i}"), json!(s));
    }
    let doc = tfdr::Synthesizer::new()
        .synthesize(&stack)
        .expect("synthesizes");

    let mut wd = tf.workdir().expect("workdir");
    wd.write_stack(&doc).expect("write");
    wd.run_checked(&["init", "-input=false", "-no-color"])
        .expect("terraform init");
    wd.apply_auto_approve().expect("terraform apply");
    let outputs = wd.output_json().expect("terraform output -json");

    let mut mismatches = Vec::new();
    for (name, want) in &expected {
        let want = &nfc(want);
        let got = outputs
            .get(name)
            .and_then(|o| o.get("value"))
            .cloned()
            .unwrap_or(Value::Null);
        if &got != want {
            mismatches.push(format!("{name}: wrote {want}, terraform returned {got}"));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {} values did not round-trip:\n{}",
        mismatches.len(),
        expected.len(),
        mismatches.join("\n")
    );
}

/// The NFC form of every string in `v` (what Terraform's cty makes of it).
fn nfc(v: &Value) -> Value {
    use unicode_normalization::UnicodeNormalization;
    match v {
        Value::String(s) => Value::String(s.nfc().collect()),
        Value::Array(items) => Value::Array(items.iter().map(nfc).collect()),
        other => other.clone(),
    }
}
