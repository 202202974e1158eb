//! No secret in the output: a scan of a stack's Terraform JSON and of its
//! state after the emulator apply (`terraform show -json`).
//!
//! Two rules, applied to both documents:
//!
//! * **Secret-named attributes.** An attribute (at any depth of a resource,
//!   data source, ephemeral resource or provider body, a variable's
//!   `default`, a local, or an output) whose name matches
//!   [`is_secret_attribute`] (`*password*`, `secret_string*`, `*_wo`; not the
//!   `*_version` counters) must hold nothing: `null`, `""`, or empty. In the
//!   stack JSON a value that is only Terraform interpolation (`${…}`, e.g. a
//!   reference to an ephemeral random password) is allowed: it is not the
//!   secret, and the scan of the state checks what it became. Booleans and
//!   numbers are never secret material (`manage_master_user_password`,
//!   `password_length`).
//! * **Known secret values.** Every value read back from the emulator's
//!   Secrets Manager after the apply (see [`read_moto_secrets`]: the whole
//!   `SecretString` and its password-like JSON members) must appear nowhere:
//!   not in any string of either document (also JSON-escaped, i.e. inside a
//!   JSON-encoded string) and not in the raw `terraform.tfstate`.
//!
//! A [`SecretFinding`] names the document, the resource (or section) and the
//! attribute path, and why; it never holds or prints the value itself, and
//! [`KnownSecret`]'s `Debug` is redacted.

use std::fmt;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// True for attribute names that hold secret material: containing
/// `password`, starting with `secret_string`, or ending in `_wo`
/// (write-only arguments) — except the `*_version` counters that go with
/// write-only arguments (`master_password_wo_version`).
pub fn is_secret_attribute(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    if n.ends_with("_version") {
        return false;
    }
    n.contains("password") || n.starts_with("secret_string") || n.ends_with("_wo")
}

/// A secret value read back from the emulator. Its `Debug` and `Display`
/// never show the value.
#[derive(Clone)]
pub struct KnownSecret {
    /// Where the value comes from, e.g.
    /// `Secrets Manager secret aurora-master-use1-ci (us-east-1)`.
    pub origin: String,
    value: String,
}

impl KnownSecret {
    /// Values shorter than this are not searched for (too likely to occur
    /// by chance); the secret generators of the stacks make 32 characters.
    pub const MIN_LEN: usize = 8;

    /// A known secret; `None` when `value` is too short to search for.
    pub fn new(origin: impl Into<String>, value: impl Into<String>) -> Option<KnownSecret> {
        let value = value.into();
        (value.chars().count() >= Self::MIN_LEN).then(|| KnownSecret {
            origin: origin.into(),
            value,
        })
    }

    /// True when `text` contains the value, as is or JSON-escaped.
    fn found_in(&self, text: &str) -> bool {
        if text.contains(&self.value) {
            return true;
        }
        // serde_json writes a string as `"…"`: the inside is the escaped form.
        let quoted = serde_json::to_string(&self.value).unwrap_or_default();
        let escaped = quoted
            .strip_prefix('"')
            .and_then(|q| q.strip_suffix('"'))
            .unwrap_or(&quoted);
        escaped != self.value && text.contains(escaped)
    }
}

impl fmt::Debug for KnownSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KnownSecret({}, <redacted>)", self.origin)
    }
}

/// Which document a finding is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretSource {
    /// The stack's Terraform JSON, as synthesized.
    StackJson,
    /// The state after apply, `terraform show -json`.
    State,
    /// The raw `terraform.tfstate` file.
    RawState,
}

impl fmt::Display for SecretSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SecretSource::StackJson => "stack JSON",
            SecretSource::State => "state",
            SecretSource::RawState => "terraform.tfstate",
        })
    }
}

/// Why a value counts as a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretKind {
    /// A non-empty literal in an attribute named like a secret.
    SecretAttribute,
    /// The value of a [`KnownSecret`] (its origin).
    KnownValue(String),
}

/// One secret found. Never holds the secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretFinding {
    /// The document.
    pub source: SecretSource,
    /// Resource address (`aws_rds_cluster.primary`,
    /// `data.aws_x.y`, `ephemeral.aws_x.y`), or the section
    /// (`output.name`, `variable.name`, `locals`, `provider.aws[0]`).
    pub location: String,
    /// Attribute path inside it, e.g. `master_password` or
    /// `replica[0].kms_key_id`; empty for the raw state file.
    pub path: String,
    /// Why it is a secret.
    pub kind: SecretKind,
}

impl fmt::Display for SecretFinding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.source, self.location)?;
        if !self.path.is_empty() {
            write!(f, ": {}", self.path)?;
        }
        match &self.kind {
            SecretKind::SecretAttribute => {
                f.write_str(" holds a value (attribute named like a secret must be null or empty)")
            }
            SecretKind::KnownValue(origin) => write!(f, " contains the value of {origin}"),
        }
    }
}

/// True when `s` is nothing but Terraform interpolations/directives
/// (`${…}`, `%{…}`) and whitespace: a reference, not a literal.
pub fn is_pure_interpolation(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let mut saw = false;
    while i < b.len() {
        if b[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if i + 1 < b.len() && (b[i] == b'$' || b[i] == b'%') && b[i + 1] == b'{' {
            // Find the matching brace, skipping quoted strings.
            let mut depth = 0usize;
            let mut j = i + 1;
            let mut in_str = false;
            while j < b.len() {
                let c = b[j];
                if in_str {
                    if c == b'\\' {
                        j += 1;
                    } else if c == b'"' {
                        in_str = false;
                    }
                } else if c == b'"' {
                    in_str = true;
                } else if c == b'{' {
                    depth += 1;
                } else if c == b'}' {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                j += 1;
            }
            if j >= b.len() {
                return false; // unterminated
            }
            saw = true;
            i = j + 1;
            continue;
        }
        return false;
    }
    saw
}

/// Walks `v` (a resource body or attribute value) at `path`, recording
/// findings. `secret` is true below a secret-named attribute.
struct Walker<'a> {
    source: SecretSource,
    location: String,
    known: &'a [KnownSecret],
    literal_only: bool,
    out: &'a mut Vec<SecretFinding>,
}

impl Walker<'_> {
    fn push(&mut self, path: &str, kind: SecretKind) {
        let f = SecretFinding {
            source: self.source,
            location: self.location.clone(),
            path: path.to_string(),
            kind,
        };
        if !self.out.contains(&f) {
            self.out.push(f);
        }
    }

    fn walk(&mut self, v: &Value, path: &str, secret: bool) {
        match v {
            Value::String(s) => {
                for k in self.known {
                    if k.found_in(s) {
                        self.push(path, SecretKind::KnownValue(k.origin.clone()));
                    }
                }
                if secret && !s.is_empty() && !(self.literal_only && is_pure_interpolation(s)) {
                    self.push(path, SecretKind::SecretAttribute);
                }
            }
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    self.walk(x, &format!("{path}[{i}]"), secret);
                }
            }
            Value::Object(o) => {
                for (k, x) in o {
                    if k == "//" {
                        continue; // synth metadata
                    }
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    self.walk(x, &p, secret || is_secret_attribute(k));
                }
            }
            Value::Null | Value::Bool(_) | Value::Number(_) => {}
        }
    }
}

/// Scans a stack's Terraform JSON (as synthesized, before emulator mode).
/// `known` may be empty (no emulator run).
pub fn scan_stack_json(doc: &Value, known: &[KnownSecret]) -> Vec<SecretFinding> {
    let mut out = Vec::new();
    let mut walk = |location: String, v: &Value, path: &str, secret: bool| {
        Walker {
            source: SecretSource::StackJson,
            location,
            known,
            literal_only: true,
            out: &mut out,
        }
        .walk(v, path, secret);
    };
    for (section, prefix) in [
        ("resource", ""),
        ("data", "data."),
        ("ephemeral", "ephemeral."),
    ] {
        let Some(types) = doc.get(section).and_then(Value::as_object) else {
            continue;
        };
        for (ty, named) in types {
            let Some(named) = named.as_object() else {
                continue;
            };
            for (name, body) in named {
                walk(format!("{prefix}{ty}.{name}"), body, "", false);
            }
        }
    }
    if let Some(vars) = doc.get("variable").and_then(Value::as_object) {
        for (name, var) in vars {
            if let Some(default) = var.get("default") {
                walk(
                    format!("variable.{name}"),
                    default,
                    "default",
                    is_secret_attribute(name),
                );
            }
        }
    }
    if let Some(locals) = doc.get("locals") {
        walk("locals".into(), locals, "", false);
    }
    if let Some(outputs) = doc.get("output").and_then(Value::as_object) {
        for (name, o) in outputs {
            if let Some(v) = o.get("value") {
                walk(
                    format!("output.{name}"),
                    v,
                    "value",
                    is_secret_attribute(name),
                );
            }
        }
    }
    if let Some(providers) = doc.get("provider").and_then(Value::as_object) {
        for (name, configs) in providers {
            match configs {
                Value::Array(a) => {
                    for (i, c) in a.iter().enumerate() {
                        walk(format!("provider.{name}[{i}]"), c, "", false);
                    }
                }
                c => walk(format!("provider.{name}"), c, "", false),
            }
        }
    }
    out
}

/// Scans `terraform show -json` of the state (`values.root_module`, its
/// child modules, and `values.outputs`).
pub fn scan_state_json(doc: &Value, known: &[KnownSecret]) -> Vec<SecretFinding> {
    fn module(m: &Value, known: &[KnownSecret], out: &mut Vec<SecretFinding>) {
        for r in m
            .get("resources")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let address = r
                .get("address")
                .and_then(Value::as_str)
                .unwrap_or("?")
                .to_string();
            if let Some(values) = r.get("values") {
                Walker {
                    source: SecretSource::State,
                    location: address,
                    known,
                    literal_only: false,
                    out,
                }
                .walk(values, "", false);
            }
        }
        for c in m
            .get("child_modules")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            module(c, known, out);
        }
    }
    let mut out = Vec::new();
    let Some(values) = doc.get("values") else {
        return out; // empty state
    };
    if let Some(root) = values.get("root_module") {
        module(root, known, &mut out);
    }
    if let Some(outputs) = values.get("outputs").and_then(Value::as_object) {
        for (name, o) in outputs {
            if let Some(v) = o.get("value") {
                Walker {
                    source: SecretSource::State,
                    location: format!("output.{name}"),
                    known,
                    literal_only: false,
                    out: &mut out,
                }
                .walk(v, "value", is_secret_attribute(name));
            }
        }
    }
    out
}

/// Searches raw text (the `terraform.tfstate` file) for the known values.
pub fn scan_text(text: &str, source: SecretSource, known: &[KnownSecret]) -> Vec<SecretFinding> {
    known
        .iter()
        .filter(|k| k.found_in(text))
        .map(|k| SecretFinding {
            source,
            location: "(whole file)".into(),
            path: String::new(),
            kind: SecretKind::KnownValue(k.origin.clone()),
        })
        .collect()
}

/// The regions of a stack's `aws` provider configurations (default
/// `us-east-1` when none sets one), sorted, without duplicates.
pub fn stack_regions(doc: &Value) -> Vec<String> {
    let mut regions: Vec<String> = match doc.pointer("/provider/aws") {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|c| c.get("region").and_then(Value::as_str))
            .map(str::to_string)
            .collect(),
        Some(c) => c
            .get("region")
            .and_then(Value::as_str)
            .map(|r| vec![r.to_string()])
            .unwrap_or_default(),
        None => Vec::new(),
    };
    regions.retain(|r| !r.contains("${"));
    if regions.is_empty() {
        regions.push("us-east-1".into());
    }
    regions.sort();
    regions.dedup();
    regions
}

/// Reads every secret value from the emulator's Secrets Manager in
/// `regions`, with `emulator/moto/read_secrets.py` run by `python` (boto3
/// comes with moto). Killed after `timeout`. The error text never contains
/// a value (the script prints values only on stdout, which is dropped on
/// failure).
pub fn read_moto_secrets(
    python: &Path,
    endpoint: &str,
    regions: &[String],
    timeout: Duration,
) -> Result<Vec<KnownSecret>, String> {
    let script = super::moto::emulator_dir().join("read_secrets.py");
    let mut child = Command::new(python)
        .arg(&script)
        .arg(endpoint)
        .args(regions)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("starting {}: {e}", script.display()))?;
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let out_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout.read_to_string(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let deadline = Instant::now() + timeout;
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "{} did not finish within {timeout:?}",
                    script.display()
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            Err(e) => return Err(format!("waiting for {}: {e}", script.display())),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    if !status.success() {
        let tail: Vec<&str> = stderr.trim_end().lines().rev().take(5).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        return Err(format!(
            "{} failed ({status}): {}",
            script.display(),
            tail.join(" | ")
        ));
    }
    parse_secrets_document(&stdout)
}

/// Parses `read_secrets.py`'s output into known secrets (deduplicated by
/// value; values shorter than [`KnownSecret::MIN_LEN`] are dropped).
pub fn parse_secrets_document(text: &str) -> Result<Vec<KnownSecret>, String> {
    let doc: Value = serde_json::from_str(text)
        .map_err(|e| format!("read_secrets.py printed no JSON document: {e}"))?;
    let mut known: Vec<KnownSecret> = Vec::new();
    for s in doc
        .get("secrets")
        .and_then(Value::as_array)
        .ok_or("read_secrets.py: no \"secrets\" list")?
    {
        let name = s.get("name").and_then(Value::as_str).unwrap_or("?");
        let region = s.get("region").and_then(Value::as_str).unwrap_or("?");
        for v in s
            .get("values")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if known.iter().any(|k| k.value == v) {
                continue;
            }
            if let Some(k) =
                KnownSecret::new(format!("Secrets Manager secret {name} ({region})"), v)
            {
                known.push(k);
            }
        }
    }
    Ok(known)
}

/// The outcome of the secret scan of one stack run.
#[derive(Debug, Clone, Default)]
pub struct SecretScanReport {
    /// Wall-clock time.
    pub elapsed: Duration,
    /// Resources in the state that were scanned.
    pub state_resources: usize,
    /// Secret values read back from the emulator and searched for.
    pub known_values: usize,
    /// Everything found; the scan passes only when empty.
    pub findings: Vec<SecretFinding>,
    /// Why the scan could not run completely (fails the scan too).
    pub error: Option<String>,
}

impl SecretScanReport {
    /// True when the scan ran completely and found nothing.
    pub fn passed(&self) -> bool {
        self.error.is_none() && self.findings.is_empty()
    }
}

/// Number of resources in `terraform show -json` of a state.
pub fn count_state_resources(doc: &Value) -> usize {
    fn module(m: &Value) -> usize {
        m.get("resources")
            .and_then(Value::as_array)
            .map_or(0, Vec::len)
            + m.get("child_modules")
                .and_then(Value::as_array)
                .map_or(0, |c| c.iter().map(module).sum())
    }
    doc.pointer("/values/root_module").map_or(0, module)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn secret_attribute_names() {
        for n in [
            "master_password",
            "master_password_wo",
            "password",
            "secret_string",
            "secret_string_wo",
            "secret_binary_wo",
            "MasterUserPassword",
        ] {
            assert!(is_secret_attribute(n), "{n}");
        }
        for n in [
            "master_password_wo_version",
            "secret_string_wo_version",
            "master_username",
            "kms_key_id",
            "secret_id",
            "secret_key_arn",
        ] {
            assert!(!is_secret_attribute(n), "{n}");
        }
    }

    #[test]
    fn interpolation_only() {
        assert!(is_pure_interpolation(
            "${ephemeral.aws_secretsmanager_random_password.p.random_password}"
        ));
        assert!(is_pure_interpolation(
            r#"${jsonencode({"password" = ephemeral.x.y.random_password, "username" = "a}b"})}"#
        ));
        assert!(!is_pure_interpolation("hunter2-hunter2"));
        assert!(!is_pure_interpolation("prefix-${var.x}"));
        assert!(!is_pure_interpolation("${var.x"));
        assert!(!is_pure_interpolation(""));
    }

    #[test]
    fn known_secret_is_redacted_and_found_escaped() {
        let k = KnownSecret::new("s", r#"ab"cd\efgh"#).unwrap();
        assert!(!format!("{k:?}").contains("cd"));
        assert!(k.found_in(r#"xx ab"cd\efgh yy"#));
        // Inside a JSON-encoded string (e.g. a secret_string in state).
        assert!(k.found_in(r#"{"password":"ab\"cd\\efgh"}"#));
        assert!(!k.found_in("abcdefgh"));
        assert!(KnownSecret::new("s", "short").is_none());
    }

    #[test]
    fn stack_json_allows_references_and_rejects_literals() {
        let doc = json!({
            "ephemeral": {"aws_secretsmanager_random_password": {"master-password_6D2D40C2": {
                "provider": "aws.primary", "password_length": 32, "exclude_characters": "/\"@ "}}},
            "resource": {
                "aws_rds_cluster": {"c": {
                    "//": {"metadata": {"path": "x/master-password"}},
                    "master_password_wo": "${ephemeral.aws_secretsmanager_random_password.p.random_password}",
                    "master_password_wo_version": 1,
                    "manage_master_user_password": false,
                    "master_username": "admin"
                }},
                "aws_secretsmanager_secret_version": {"v": {
                    "secret_string_wo": "${jsonencode({\"password\" = ephemeral.a.b.random_password})}",
                    "secret_string_wo_version": 1
                }}
            },
            "variable": {"db_password": {"type": "string", "sensitive": true}},
            "output": {"secret_arn": {"value": "${aws_secretsmanager_secret.s.arn}"}}
        });
        assert_eq!(scan_stack_json(&doc, &[]), vec![]);

        let mut planted = doc.clone();
        planted["resource"]["aws_rds_cluster"]["c"]["master_password"] =
            json!("not-a-real-password-1");
        planted["variable"]["db_password"]["default"] = json!("hunter2hunter2");
        let found = scan_stack_json(&planted, &[]);
        assert_eq!(
            found,
            vec![
                SecretFinding {
                    source: SecretSource::StackJson,
                    location: "aws_rds_cluster.c".into(),
                    path: "master_password".into(),
                    kind: SecretKind::SecretAttribute,
                },
                SecretFinding {
                    source: SecretSource::StackJson,
                    location: "variable.db_password".into(),
                    path: "default".into(),
                    kind: SecretKind::SecretAttribute,
                },
            ]
        );
        for f in &found {
            let text = f.to_string();
            assert!(!text.contains("not-a-real"), "{text}");
            assert!(!text.contains("hunter2"), "{text}");
        }
    }

    /// The shape `terraform show -json` gives for payments-dr's cluster and
    /// secret version after an apply with write-only arguments.
    fn real_state() -> Value {
        json!({
            "format_version": "1.0",
            "values": {
                "outputs": {
                    "aurora_secret_arn": {"sensitive": false, "type": "string",
                        "value": "arn:aws:secretsmanager:us-east-1:123456789012:secret:aurora-master-use1-ci-AbCdEf"}
                },
                "root_module": {"resources": [
                    {"address": "aws_rds_cluster.aurora_primary_cluster_0209C5E8", "type": "aws_rds_cluster",
                     "values": {
                        "master_password": null, "master_password_wo": null,
                        "master_password_wo_version": 1, "manage_master_user_password": null,
                        "master_user_secret": [], "master_username": "payments_admin",
                        "iam_database_authentication_enabled": true
                     },
                     "sensitive_values": {"master_password": true}},
                    {"address": "aws_secretsmanager_secret_version.v", "type": "aws_secretsmanager_secret_version",
                     "values": {
                        "secret_string": "", "secret_string_wo": null, "secret_string_wo_version": 1,
                        "has_secret_string_wo": true, "secret_binary": "", "version_stages": ["AWSCURRENT"]
                     }}
                ]}
            }
        })
    }

    #[test]
    fn real_state_shape_passes() {
        let known = vec![KnownSecret::new(
            "Secrets Manager secret s (us-east-1)",
            "Zq8!kP2v9Lr4Tx7mWc3bNy6Hd1Gf5Sj0",
        )
        .unwrap()];
        let state = real_state();
        assert_eq!(scan_state_json(&state, &known), vec![]);
        assert_eq!(count_state_resources(&state), 2);
    }

    #[test]
    fn planted_password_in_state_fails_naming_resource_and_path() {
        let secret = "Zq8!kP2v9Lr4Tx7mWc3bNy6Hd1Gf5Sj0";
        let known = vec![KnownSecret::new("Secrets Manager secret s (us-east-1)", secret).unwrap()];
        // Planted 1: a secret-named attribute with a value.
        let mut state = real_state();
        state["values"]["root_module"]["resources"][0]["values"]["master_password"] = json!(secret);
        // Planted 2: the value hidden in an innocent attribute, JSON-encoded.
        state["values"]["root_module"]["resources"][1]["values"]["version_stages"] =
            json!([format!(
                "{{\"password\":{}}}",
                serde_json::to_string(secret).unwrap()
            )]);
        let found = scan_state_json(&state, &known);
        let cluster = "aws_rds_cluster.aurora_primary_cluster_0209C5E8";
        assert!(
            found.contains(&SecretFinding {
                source: SecretSource::State,
                location: cluster.into(),
                path: "master_password".into(),
                kind: SecretKind::SecretAttribute,
            }),
            "{found:?}"
        );
        assert!(
            found.contains(&SecretFinding {
                source: SecretSource::State,
                location: cluster.into(),
                path: "master_password".into(),
                kind: SecretKind::KnownValue("Secrets Manager secret s (us-east-1)".into()),
            }),
            "{found:?}"
        );
        assert!(
            found.contains(&SecretFinding {
                source: SecretSource::State,
                location: "aws_secretsmanager_secret_version.v".into(),
                path: "version_stages[0]".into(),
                kind: SecretKind::KnownValue("Secrets Manager secret s (us-east-1)".into()),
            }),
            "{found:?}"
        );
        assert_eq!(found.len(), 3, "{found:?}");
        for f in &found {
            assert!(!f.to_string().contains(secret), "{f}");
        }
        // A secret_string with the literal (no write-only argument).
        let mut state = real_state();
        state["values"]["root_module"]["resources"][1]["values"]["secret_string"] =
            json!("{\"username\":\"payments_admin\"}");
        let found = scan_state_json(&state, &[]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].path, "secret_string");
        // The raw state file.
        let raw = format!(
            "{{\"attributes\":{{\"x\":{}}}}}",
            serde_json::to_string(secret).unwrap()
        );
        assert_eq!(scan_text(&raw, SecretSource::RawState, &known).len(), 1);
        assert!(scan_text("{}", SecretSource::RawState, &known).is_empty());
    }

    #[test]
    fn secrets_document_parsing() {
        let known = parse_secrets_document(
            r#"{"secrets":[
                {"region":"us-east-1","name":"a","values":["{\"password\":\"p4ssw0rd-long-enough\"}","p4ssw0rd-long-enough"]},
                {"region":"us-east-2","name":"a","values":["p4ssw0rd-long-enough","tiny"]}]}"#,
        )
        .unwrap();
        assert_eq!(known.len(), 2, "{known:?}");
        assert_eq!(known[1].origin, "Secrets Manager secret a (us-east-1)");
        assert!(parse_secrets_document("oops").is_err());
    }

    #[test]
    fn regions_of_a_stack() {
        let doc = json!({"provider": {"aws": [{"region": "us-east-2"}, {"alias": "p", "region": "us-east-1"}, {"region": "us-east-1"}]}});
        assert_eq!(stack_regions(&doc), vec!["us-east-1", "us-east-2"]);
        assert_eq!(stack_regions(&json!({})), vec!["us-east-1"]);
    }
}
