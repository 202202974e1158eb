//! How long validation takes, printed, never asserted (timings depend on the machine).
//! This binary holds one test, so the first validation runs in a fresh process and pays for
//! loading the effective schema's header and decoding each type it uses.
//!
//! ```text
//! cargo test --release -p tfdr-codegen --test validate_timing -- --nocapture
//! ```
//!
//! The figures in `codegen/schema/README.md` ("Validation cost") come from this.

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tfdr_codegen::schema::EffectiveSchema;
use tfdr_codegen::validate::validate;

/// A 60-resource stack with 60 *different* resource types (the worst case: every type's
/// schema is decoded), each referencing the previous one, plus a data source and an
/// ephemeral resource.
fn sixty_distinct_types() -> Value {
    let types: Vec<&str> = EffectiveSchema::load()
        .resource_types()
        .filter(|t| t.starts_with("aws_"))
        .step_by(23)
        .take(60)
        .collect();
    assert_eq!(types.len(), 60);
    let mut resources = serde_json::Map::new();
    for (i, ty) in types.iter().enumerate() {
        let mut body = json!({"provider": if i % 2 == 0 { "aws.primary" } else { "aws.dr" }});
        if i > 0 {
            body["depends_on"] = json!([format!("{}.r{}", types[i - 1], i - 1)]);
        }
        resources.insert(ty.to_string(), json!({ format!("r{i}"): body }));
    }
    json!({
        "terraform": {"required_providers": {"aws": {"source": "hashicorp/aws", "version": ">= 5.100.0, < 7.0.0"}}},
        "provider": {"aws": [
            {"alias": "primary", "region": "us-east-1"},
            {"alias": "dr", "region": "us-west-2"}
        ]},
        "data": {"aws_region": {"current": {"provider": "aws.primary"}}},
        "ephemeral": {"aws_secretsmanager_random_password": {"pw": {"provider": "aws.primary"}}},
        "resource": resources,
        "output": {"first": {"value": format!("${{{}.r0.id}}", types[0])}}
    })
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

#[test]
fn validation_cost() {
    let t = Instant::now();
    let schema = EffectiveSchema::load();
    let header = t.elapsed();

    // The real payments-dr stack (when the golden file is there), validated first: cold.
    let golden = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/golden/payments-dr.tf.json");
    if let Ok(text) = std::fs::read_to_string(&golden) {
        let doc: Value = serde_json::from_str(&text).unwrap();
        let t = Instant::now();
        let r = validate(&doc);
        let cold = t.elapsed();
        let t = Instant::now();
        let r2 = validate(&doc);
        let warm = t.elapsed();
        assert!(r.is_valid() && r == r2, "{r}");
        eprintln!(
            "payments-dr ({} resources, {} data sources, {} ephemeral): first validate {} (schema header already loaded), again {}",
            r.resources,
            r.data_sources,
            r.ephemeral_resources,
            ms(cold),
            ms(warm)
        );
    }

    let doc = sixty_distinct_types();
    let t = Instant::now();
    let r = validate(&doc);
    let cold = t.elapsed();
    let t = Instant::now();
    let _ = validate(&doc);
    let warm = t.elapsed();
    eprintln!(
        "60 distinct resource types: first validate {} (decodes 60+ type schemas), again {}; {} diagnostics",
        ms(cold),
        ms(warm),
        r.diagnostics.len()
    );
    eprintln!(
        "effective schema header load: {} ({} resource types known)",
        ms(header),
        schema.resource_types().count()
    );
}
