//! Robustness: arbitrary JSON documents and mutations of the payments-dr golden fed to
//! `graph`, `diff`, `report` and `validate` never panic; what the reader rejects gets a
//! one-line `error: <file>: <path>: <rule>`.

use proptest::prelude::*;
use serde_json::{Map, Value};
use tfdr::commands::{self, GraphArgs, GraphFormatArg, ReportArgs, ReportFormatArg};
use tfdr::tfjson::parse;

fn arb_json() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("resource".to_string()),
        Just("data".to_string()),
        Just("provider".to_string()),
        Just("//".to_string()),
        Just("aws_s3_bucket".to_string()),
        Just("replica".to_string()),
        Just("rule".to_string()),
        Just("metadata".to_string()),
        Just("path".to_string()),
        "[a-z_]{1,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "(\\$\\{[a-z_.]{0,30}\\}?|[ -~]{0,20}|cron\\([0-9 ?*]{0,16}\\)|us-east-[12])"
            .prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..5)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

fn exercise(text: &str) {
    let golden = parse(
        "golden",
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/golden/payments-dr.tf.json"
        ))
        .unwrap(),
    )
    .unwrap();
    match parse("f.tf.json", text) {
        Ok(doc) => {
            for depth in [None, Some(1), Some(3)] {
                for format in [GraphFormatArg::Mermaid, GraphFormatArg::Dot] {
                    let _ = commands::graph(
                        std::slice::from_ref(&doc),
                        &GraphArgs {
                            format,
                            depth,
                            data_sources: depth.is_none(),
                        },
                    );
                }
            }
            for format in [
                ReportFormatArg::Table,
                ReportFormatArg::Markdown,
                ReportFormatArg::Json,
            ] {
                let r = commands::report(
                    std::slice::from_ref(&doc),
                    &ReportArgs {
                        format,
                        check: true,
                        assumptions: None,
                    },
                )
                .expect("default assumptions");
                assert!(r.code <= 1);
            }
            assert!(commands::diff(&doc, &golden).code <= 1);
            assert!(commands::diff(&golden, &doc).code <= 1);
            assert_eq!(
                commands::diff(&doc, &doc).code,
                0,
                "a document equals itself"
            );
        }
        Err(e) => {
            let line = e.to_string();
            assert!(line.starts_with("error: f.tf.json: $"), "{line}");
            assert!(!line.contains('\n'), "{line}");
        }
    }
    if let Ok(v) = serde_json::from_str::<Value>(text) {
        let _ = tfdr::codegen::validate::validate(&v);
    }
}

/// Applies one mutation, chosen by `pick`, at a node chosen by `at`, to the golden.
fn mutate(v: &mut Value, at: usize, pick: u8, replacement: &Value) {
    let mut n = at;
    fn walk(v: &mut Value, n: &mut usize, pick: u8, r: &Value) -> bool {
        if *n == 0 {
            match pick % 3 {
                0 => *v = r.clone(),
                1 => {
                    if let Value::Object(o) = v {
                        if let Some(k) = o.keys().next().cloned() {
                            o.remove(&k);
                        }
                    }
                }
                _ => *v = Value::Array(vec![v.clone()]),
            }
            return true;
        }
        *n -= 1;
        match v {
            Value::Object(o) => o.values_mut().any(|c| walk(c, n, pick, r)),
            Value::Array(a) => a.iter_mut().any(|c| walk(c, n, pick, r)),
            _ => false,
        }
    }
    walk(v, &mut n, pick, replacement);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_json_never_panics(v in arb_json()) {
        exercise(&v.to_string());
    }

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,40}") {
        exercise(&s);
    }

    #[test]
    fn golden_mutations_never_panic(at in 0usize..4000, pick in any::<u8>(), r in arb_json()) {
        let mut v: Value = serde_json::from_str(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/payments-dr.tf.json")).unwrap()).unwrap();
        mutate(&mut v, at, pick, &r);
        exercise(&v.to_string());
    }
}
