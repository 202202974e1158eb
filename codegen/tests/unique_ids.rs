//! Logical ids against vectors computed by CDKTF's own `makeUniqueId`
//! (`codegen/scripts/cdktf-unique-ids.mjs` regenerates the fixture from an installed cdktf).

use serde_json::Value;
use tfdr_codegen::synth::make_unique_id;

#[test]
fn matches_cdktf_make_unique_id() {
    let text = include_str!("fixtures/cdktf-unique-ids.json");
    let cases: Vec<Value> = serde_json::from_str(text).expect("fixture is JSON");
    assert!(cases.len() >= 60, "fixture has {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let components: Vec<String> = case["components"]
            .as_array()
            .expect("components")
            .iter()
            .map(|c| c.as_str().expect("string component").to_string())
            .collect();
        let got = make_unique_id(&components);
        let want = if case.get("error") == Some(&Value::Bool(true)) {
            None
        } else {
            Some(case["id"].as_str().expect("id").to_string())
        };
        if got != want {
            failures.push(format!("{components:?}: got {got:?}, cdktf {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
