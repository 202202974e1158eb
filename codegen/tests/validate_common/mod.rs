//! Helpers shared by the validator's terraform agreement tests.

use serde_json::Value;

/// The root's provider configurations for the batch: the fixtures' two aliases.
pub fn root_providers() -> Value {
    serde_json::json!({
        "terraform": {"required_providers": {"aws": {
            "source": "hashicorp/aws", "version": ">= 5.100.0, < 7.0.0"
        }}},
        "provider": {"aws": [
            {"alias": "primary", "region": "us-east-1"},
            {"alias": "dr", "region": "us-west-2"}
        ]}
    })
}

/// A fixture as a child module that receives `aws.primary` and `aws.dr` from the root
/// instead of declaring them, and the module-call arguments that pass them in.
pub fn with_providers_passed_in(mut doc: Value) -> (Value, serde_json::Map<String, Value>) {
    let top = doc.as_object_mut().expect("fixture is an object");
    let providers = top.remove("provider").expect("fixture declares providers");
    let aliases: Vec<String> = providers["aws"]
        .as_array()
        .expect("provider.aws is an array")
        .iter()
        .map(|p| format!("aws.{}", p["alias"].as_str().expect("aliased")))
        .collect();
    assert_eq!(
        aliases,
        ["aws.primary", "aws.dr"],
        "root_providers() matches"
    );
    top["terraform"]["required_providers"]["aws"]["configuration_aliases"] =
        serde_json::json!(aliases);
    let passed: serde_json::Map<String, Value> = aliases
        .iter()
        .map(|a| (a.clone(), Value::String(a.clone())))
        .collect();
    let mut inputs = serde_json::Map::new();
    inputs.insert("providers".into(), Value::Object(passed));
    (doc, inputs)
}
