//! Agreement with real terraform on many small mistakes: deterministic mutations of valid
//! stacks (the `valid` fixture and, when present, the payments-dr golden file) — a key
//! deleted or misspelt, a value of another type, a value doubled into an array, a reference
//! to a misspelt type, attribute or sub-attribute — each validated by tfdr and, in one batch,
//! by `terraform validate`.
//!
//! What must hold for every mutant:
//! - **no false positives**: if tfdr reports an error, terraform rejects the mutant too;
//! - **no missed schema errors**: if terraform reports an error of a schema-level kind (see
//!   [`schema_level`]), tfdr reports an error too.
//!
//! Errors from the provider's own validation functions (`expected type to be one of …`,
//! `Exactly one of these attributes must be configured`, invalid JSON policies) are outside
//! the schema, and tfdr does not attempt them.

use std::path::PathBuf;

use serde_json::Value;
use tfdr_codegen::validate::validate;
use tfdr_testing::terraform::{Diagnostic, Severity, Terraform};
use validate_common::{root_providers, with_providers_passed_in};

mod validate_common;

/// Mutants per base stack (`TFDR_MUTANTS` overrides, for exploring).
const PER_BASE: usize = 24;

/// The generator's seed (`TFDR_MUTATION_SEED` overrides, for exploring).
const SEED: u64 = 0x7fd2;

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A tiny deterministic generator (PCG-style LCG; no dependency, same mutants every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn pointer_escape(k: &str) -> String {
    k.replace('~', "~0").replace('/', "~1")
}

/// JSON pointers of every value below `resource.<type>.<name>.<argument>`, skipping
/// meta-arguments and comments.
fn mutable_pointers(doc: &Value) -> Vec<String> {
    fn walk(v: &Value, at: String, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    let p = format!("{at}/{}", pointer_escape(k));
                    out.push(p.clone());
                    walk(x, p, out);
                }
            }
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    let p = format!("{at}/{i}");
                    out.push(p.clone());
                    walk(x, p, out);
                }
            }
            _ => {}
        }
    }
    const SKIP: &[&str] = &[
        "//",
        "provider",
        "depends_on",
        "count",
        "for_each",
        "lifecycle",
    ];
    let mut out = Vec::new();
    for (ty, by_name) in doc["resource"].as_object().into_iter().flatten() {
        for (name, body) in by_name.as_object().into_iter().flatten() {
            for (arg, v) in body.as_object().into_iter().flatten() {
                if SKIP.contains(&arg.as_str()) {
                    continue;
                }
                let p = format!(
                    "/resource/{}/{}/{}",
                    pointer_escape(ty),
                    pointer_escape(name),
                    pointer_escape(arg)
                );
                out.push(p.clone());
                walk(v, p, &mut out);
            }
        }
    }
    out
}

/// True for a string that is exactly one interpolated reference, `${a.b.c}`.
fn single_reference(s: &str) -> bool {
    s.strip_prefix("${")
        .and_then(|r| r.strip_suffix('}'))
        .is_some_and(|inner| {
            !inner.is_empty()
                && inner
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_-.[]".contains(c))
        })
}

/// One mutant of `base`, and what was done.
fn mutate(base: &Value, rng: &mut Lcg) -> Option<(Value, String)> {
    let mut doc = base.clone();
    let pointers = mutable_pointers(&doc);
    let refs: Vec<&String> = pointers
        .iter()
        .filter(|p| {
            base.pointer(p)
                .and_then(Value::as_str)
                .is_some_and(single_reference)
        })
        .collect();
    let kind = rng.below(6);
    if kind >= 3 {
        let p = refs.get(rng.below(refs.len().max(1)))?.to_string();
        let s = doc.pointer(&p)?.as_str()?.to_string();
        let inner = &s[2..s.len() - 1];
        let changed = match kind {
            3 if inner.starts_with("aws_") => format!("${{aws_x{}}}", &inner[4..]),
            3 => format!("${{{inner}_x}}"),
            4 => format!("${{{inner}z}}"),
            _ => format!("${{{inner}.nope}}"),
        };
        *doc.pointer_mut(&p)? = Value::String(changed.clone());
        return Some((doc, format!("{p} = {changed}")));
    }
    let p = pointers.get(rng.below(pointers.len()))?.clone();
    let (parent, last) = p.rsplit_once('/')?;
    let what = match kind {
        0 => match doc.pointer_mut(parent)? {
            Value::Object(m) => {
                let key = last.replace("~1", "/").replace("~0", "~");
                let v = m.remove(&key)?;
                if rng.below(2) == 0 {
                    m.insert(format!("{key}x"), v);
                    format!("{p} renamed to {key}x")
                } else {
                    format!("{p} deleted")
                }
            }
            Value::Array(a) => {
                a.remove(last.parse().ok()?);
                format!("{p} deleted")
            }
            _ => return None,
        },
        1 => {
            let literals = [
                Value::from("yes"),
                Value::from(12),
                Value::from(true),
                serde_json::json!(["a"]),
                serde_json::json!({"a": "b"}),
                Value::from("12"),
                serde_json::json!([{"a": 1}]),
                Value::from("true"),
            ];
            let v = literals[rng.below(literals.len())].clone();
            let shown = v.to_string();
            *doc.pointer_mut(&p)? = v;
            format!("{p} = {shown}")
        }
        _ => {
            let v = doc.pointer(&p)?.clone();
            let doubled = match v {
                Value::Array(a) => Value::Array(a.iter().chain(a.iter()).cloned().collect()),
                other => Value::Array(vec![other.clone(), other]),
            };
            *doc.pointer_mut(&p)? = doubled;
            format!("{p} doubled")
        }
    };
    Some((doc, what))
}

/// Terraform diagnostics that come from the schema (or terraform's own static checks), not
/// from a provider's validation functions.
fn schema_level(d: &Diagnostic) -> bool {
    const SUMMARIES: &[&str] = &[
        "Extraneous JSON object property",
        "Unsupported attribute",
        "Reference to undeclared resource",
        "Incorrect attribute value type",
        "Value for unconfigurable attribute",
        "Unexpected resource instance key",
        "Missing resource instance key",
        "Invalid use of ephemeral value",
        "Incorrect JSON value type",
        "Invalid resource type",
        "Cannot index a set value",
        "Invalid index",
        "Invalid operation",
    ];
    d.severity == Severity::Error
        && (SUMMARIES.contains(&d.summary.as_str())
            || (d.summary.starts_with("Insufficient ") && d.summary.ends_with(" blocks"))
            || (d.summary.starts_with("Too many ") && d.summary.ends_with(" blocks"))
            || (d.summary == "Missing required argument"
                && d.detail
                    .ends_with("is required, but no definition was found.")))
}

fn bases() -> Vec<(&'static str, Value)> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for (name, path) in [
        (
            "valid",
            manifest.join("tests/fixtures/validate/valid.tf.json"),
        ),
        (
            "payments",
            manifest.join("../tests/golden/payments-dr.tf.json"),
        ),
    ] {
        if let Ok(text) = std::fs::read_to_string(&path) {
            out.push((name, serde_json::from_str(&text).expect("base parses")));
        }
    }
    out
}

#[test]
fn mutants_are_judged_alike_by_tfdr_and_terraform() {
    let per_base = env_or("TFDR_MUTANTS", PER_BASE);
    let seed = env_or("TFDR_MUTATION_SEED", SEED);
    let mut mutants: Vec<(String, Value, String)> = Vec::new();
    for (base_name, base) in bases() {
        assert!(validate(&base).is_valid(), "{base_name} must be valid");
        let mut rng = Lcg(seed ^ base_name.len() as u64);
        let mut attempts = 0;
        while mutants
            .iter()
            .filter(|m| m.0.starts_with(base_name))
            .count()
            < per_base
        {
            attempts += 1;
            assert!(attempts < 10 * per_base, "cannot mutate {base_name}");
            if let Some((doc, what)) = mutate(&base, &mut rng) {
                let n = mutants.len();
                mutants.push((format!("{base_name}_{n}"), doc, what));
            }
        }
    }
    // tfdr's verdicts need no terraform.
    let verdicts: Vec<bool> = mutants.iter().map(|m| validate(&m.1).is_valid()).collect();

    let Some(tf) = Terraform::require_or_skip() else {
        return;
    };
    let mut wd = tf.workdir().expect("workdir");
    wd.write_json("providers.tf.json", &root_providers())
        .expect("write root providers");
    for (name, doc, _) in &mutants {
        let (child, inputs) = with_providers_passed_in(doc.clone());
        wd.add_module_with_inputs(name, &child, inputs)
            .expect("add module");
    }
    let v = wd.init_and_validate().expect("terraform validate ran");
    let mut problems = Vec::new();
    let (mut tfdr_rejects, mut tf_rejects) = (0, 0);
    for ((name, doc, what), tfdr_valid) in mutants.iter().zip(verdicts) {
        let tf_errors: Vec<&Diagnostic> = v
            .for_module(name)
            .filter(|d| d.severity == Severity::Error)
            .collect();
        let tfdr = validate(doc);
        tfdr_rejects += usize::from(!tfdr_valid);
        tf_rejects += usize::from(!tf_errors.is_empty());
        if !tfdr_valid && tf_errors.is_empty() {
            problems.push(format!(
                "{name} ({what}): tfdr rejects, terraform accepts:\n{tfdr}"
            ));
        }
        if tfdr_valid && tf_errors.iter().any(|d| schema_level(d)) {
            let tf_text: Vec<String> = tf_errors.iter().map(|d| d.to_string()).collect();
            problems.push(format!(
                "{name} ({what}): terraform rejects, tfdr accepts:\n{}",
                tf_text.join("")
            ));
        }
    }
    eprintln!(
        "{} mutants: tfdr rejects {tfdr_rejects}, terraform rejects {tf_rejects}",
        mutants.len()
    );
    assert!(
        problems.is_empty(),
        "{} of {} mutants judged differently:\n{}",
        problems.len(),
        mutants.len(),
        problems.join("\n")
    );
}
