//! Terraform JSON as the `graph`, `diff` and `report` commands read it: any `*.tf.json`
//! in the layout `cdktf synth` (and tfdr) writes — top-level blocks as objects,
//! `resource.<type>.<name>` bodies, `provider.<name>` as a list of configurations.
//!
//! [`parse`] is the only way in. It guarantees that every [`Block`] it returns has a
//! Terraform type and name that are identifiers and a body that is a JSON object, so the
//! commands never meet a shape they would have to guess at; anything else is an
//! [`InputError`] naming the JSON path and the rule (`error: <file>: <path>: <rule>`).
//! Order is the document's own (object keys sorted, as tfdr writes them), so every
//! command's output is deterministic.

use indexmap::IndexMap;
use serde_json::{Map, Value};

/// Top-level keys Terraform accepts in a `.tf.json` file, plus CDKTF's `"//"` metadata.
pub const TOP_LEVEL_KEYS: &[&str] = &[
    "//",
    "check",
    "data",
    "ephemeral",
    "import",
    "locals",
    "module",
    "moved",
    "output",
    "provider",
    "removed",
    "resource",
    "terraform",
    "variable",
];

/// Input that is not Terraform JSON: which file, where in it, and the rule it breaks.
/// Printed as `error: <file>: <path>: <rule>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The file as the user named it (`-` for stdin).
    pub file: String,
    /// JSON path of the offending value (`$` for the document).
    pub path: String,
    /// What is wrong, in a sentence.
    pub rule: String,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "error: {}: {}: {}", self.file, self.path, self.rule)
    }
}

/// Which top-level section a block comes from; part of its address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mode {
    /// `resource` (address `type.name`).
    Managed,
    /// `data` (address `data.type.name`).
    Data,
    /// `ephemeral` (address `ephemeral.type.name`).
    Ephemeral,
}

impl Mode {
    /// The top-level key of this section.
    pub fn section(self) -> &'static str {
        match self {
            Mode::Managed => "resource",
            Mode::Data => "data",
            Mode::Ephemeral => "ephemeral",
        }
    }
}

/// One resource, data source or ephemeral resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// Section it comes from.
    pub mode: Mode,
    /// Terraform type, e.g. `aws_rds_cluster`.
    pub rtype: String,
    /// Terraform name (the CDKTF logical id).
    pub name: String,
    /// The body, `"//"` metadata included.
    pub body: Map<String, Value>,
}

impl Block {
    /// The Terraform address: `type.name`, `data.type.name`, `ephemeral.type.name`.
    pub fn address(&self) -> String {
        match self.mode {
            Mode::Managed => format!("{}.{}", self.rtype, self.name),
            Mode::Data => format!("data.{}.{}", self.rtype, self.name),
            Mode::Ephemeral => format!("ephemeral.{}.{}", self.rtype, self.name),
        }
    }

    /// `provider` meta-argument (`aws.dr`), when it is a string.
    pub fn provider(&self) -> Option<&str> {
        self.body.get("provider").and_then(Value::as_str)
    }

    /// The construct path CDKTF records in `//.metadata.path`, when present.
    pub fn construct_path(&self) -> Option<&str> {
        self.body
            .get("//")
            .and_then(|m| m.get("metadata"))
            .and_then(|m| m.get("path"))
            .and_then(Value::as_str)
    }

    /// A string argument of the body.
    pub fn str_arg(&self, name: &str) -> Option<&str> {
        self.body.get(name).and_then(Value::as_str)
    }
}

/// A requirement the stack meets differently (`"//".metadata.deviations`, written by
/// synth from `Stack::note_deviation`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Deviation {
    /// The requirement as written.
    pub requirement: String,
    /// What the stack does instead, and why.
    pub design: String,
}

/// Objectives a stack declared (`"//".metadata.objectives`, written by synth).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Objectives {
    /// Recovery point objective, seconds.
    pub rpo_seconds: Option<f64>,
    /// Recovery time objective, seconds.
    pub rto_seconds: Option<f64>,
    /// Monthly budget, USD.
    pub monthly_budget_usd: Option<f64>,
}

/// A parsed Terraform JSON document.
#[derive(Debug, Clone)]
pub struct TfDoc {
    /// The file as the user named it.
    pub file: String,
    /// `"//".metadata.stackName`, when present.
    pub stack_name: Option<String>,
    /// Provider configurations by their reference (`aws`, `aws.dr`) → region literal.
    pub providers: IndexMap<String, Option<String>>,
    /// Every block, resources first, then data sources, then ephemeral resources.
    pub blocks: Vec<Block>,
    /// Declared objectives, when the stack recorded any.
    pub objectives: Option<Objectives>,
    /// Requirements the stack meets differently, as it recorded them.
    pub deviations: Vec<Deviation>,
    /// The whole document.
    pub raw: Map<String, Value>,
}

impl TfDoc {
    /// The region a block runs in: its provider configuration's `region` literal, or
    /// `None` when the provider is unknown or has no literal region.
    pub fn region_of(&self, block: &Block) -> Option<&str> {
        let key = block
            .provider()
            .map(str::to_string)
            .unwrap_or_else(|| provider_local_name(&block.rtype).to_string());
        self.providers.get(&key).and_then(|r| r.as_deref())
    }

    /// Managed resources only.
    pub fn resources(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| b.mode == Mode::Managed)
    }

    /// The block at `address`, if any.
    pub fn block(&self, address: &str) -> Option<&Block> {
        self.blocks.iter().find(|b| b.address() == address)
    }
}

/// The provider local name Terraform infers from a type (`aws_s3_bucket` → `aws`).
pub fn provider_local_name(rtype: &str) -> &str {
    rtype.split('_').next().unwrap_or(rtype)
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// Reads `text` (from `file`) as Terraform JSON.
///
/// # Errors
/// Not JSON, not an object at the top, an unknown top-level block, or a
/// `resource`/`data`/`ephemeral`/`provider` section of the wrong shape.
pub fn parse(file: &str, text: &str) -> Result<TfDoc, InputError> {
    let err = |path: &str, rule: String| InputError {
        file: file.to_string(),
        path: path.to_string(),
        rule,
    };
    let value: Value = serde_json::from_str(text).map_err(|e| {
        err(
            "$",
            format!(
                "not valid JSON at line {}, column {}: {}",
                e.line(),
                e.column(),
                strip_position(&e.to_string())
            ),
        )
    })?;
    let Value::Object(raw) = value else {
        return Err(err(
            "$",
            format!(
                "a Terraform JSON document is an object of top-level blocks, not {}",
                kind(&value)
            ),
        ));
    };
    for key in raw.keys() {
        if !TOP_LEVEL_KEYS.contains(&key.as_str()) {
            return Err(err(
                &format!("$.{key}"),
                format!(
                    "`{key}` is not a Terraform top-level block (expected one of {})",
                    TOP_LEVEL_KEYS.join(", ")
                ),
            ));
        }
    }
    let mut blocks = Vec::new();
    for mode in [Mode::Managed, Mode::Data, Mode::Ephemeral] {
        let section = mode.section();
        let Some(types) = raw.get(section) else {
            continue;
        };
        let types = types.as_object().ok_or_else(|| {
            err(
                &format!("$.{section}"),
                format!("must be an object of {section} types, not {}", kind(types)),
            )
        })?;
        for (rtype, named) in types {
            let here = format!("$.{section}.{rtype}");
            if !is_identifier(rtype) {
                return Err(err(&here, format!("`{rtype}` is not a valid type name")));
            }
            let named = named.as_object().ok_or_else(|| {
                err(
                    &here,
                    format!("must be an object of named blocks, not {}", kind(named)),
                )
            })?;
            for (name, body) in named {
                let here = format!("{here}.{name}");
                if !is_identifier(name) {
                    return Err(err(&here, format!("`{name}` is not a valid block name")));
                }
                let body = body.as_object().ok_or_else(|| {
                    err(
                        &here,
                        format!("a block body must be an object, not {}", kind(body)),
                    )
                })?;
                blocks.push(Block {
                    mode,
                    rtype: rtype.clone(),
                    name: name.clone(),
                    body: body.clone(),
                });
            }
        }
    }
    let mut providers = IndexMap::new();
    if let Some(p) = raw.get("provider") {
        let p = p.as_object().ok_or_else(|| {
            err(
                "$.provider",
                format!("must be an object of providers, not {}", kind(p)),
            )
        })?;
        for (local, configs) in p {
            let list: Vec<&Value> = match configs {
                Value::Array(a) => a.iter().collect(),
                Value::Object(_) => vec![configs],
                other => {
                    return Err(err(
                        &format!("$.provider.{local}"),
                        format!(
                            "must be a configuration object or a list of them, not {}",
                            kind(other)
                        ),
                    ))
                }
            };
            for (i, c) in list.into_iter().enumerate() {
                let c = c.as_object().ok_or_else(|| {
                    err(
                        &format!("$.provider.{local}[{i}]"),
                        format!(
                            "a provider configuration must be an object, not {}",
                            kind(c)
                        ),
                    )
                })?;
                let key = match c.get("alias").and_then(Value::as_str) {
                    Some(alias) => format!("{local}.{alias}"),
                    None => local.clone(),
                };
                let region = c.get("region").and_then(Value::as_str).map(str::to_string);
                providers.insert(key, region);
            }
        }
    }
    let metadata = raw.get("//").and_then(|m| m.get("metadata"));
    let stack_name = metadata
        .and_then(|m| m.get("stackName"))
        .and_then(Value::as_str)
        .map(str::to_string);
    let objectives = metadata
        .and_then(|m| m.get("objectives"))
        .and_then(Value::as_object)
        .map(|o| Objectives {
            rpo_seconds: o.get("rpoSeconds").and_then(Value::as_f64),
            rto_seconds: o.get("rtoSeconds").and_then(Value::as_f64),
            monthly_budget_usd: o.get("monthlyBudgetUsd").and_then(Value::as_f64),
        });
    let deviations = metadata
        .and_then(|m| m.get("deviations"))
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(|d| {
                    Some(Deviation {
                        requirement: d.get("requirement")?.as_str()?.to_string(),
                        design: d.get("design")?.as_str()?.to_string(),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(TfDoc {
        file: file.to_string(),
        stack_name,
        providers,
        blocks,
        objectives,
        deviations,
        raw,
    })
}

fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// A JSON value's kind, for messages.
pub fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Every block address `text` refers to inside `${…}` interpolations (escaped `$${` is
/// literal text): `type.name`, `data.type.name`, `ephemeral.type.name`, in order of
/// appearance, each once. Only addresses for which `known` is true are returned, so
/// `var.x`, `local.y` and attribute chains never become false edges.
pub fn references_in(text: &str, known: &dyn Fn(&str) -> bool, out: &mut Vec<String>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] == b'$' && bytes[i + 1] == b'$' {
            i += 2;
            continue;
        }
        if bytes[i] == b'$' && bytes[i + 1] == b'{' {
            let start = i + 2;
            let end = text[start..].find('}').map_or(text.len(), |e| start + e);
            scan_expression(&text[start..end], known, out);
            i = end;
            continue;
        }
        i += 1;
    }
}

fn scan_expression(expr: &str, known: &dyn Fn(&str) -> bool, out: &mut Vec<String>) {
    // Split into dotted identifier chains; try the 3-part form (data./ephemeral.) first.
    let mut chain = String::new();
    let flush = |chain: &mut String, out: &mut Vec<String>| {
        let parts: Vec<&str> = chain.split('.').filter(|p| !p.is_empty()).collect();
        let candidates = [
            (parts.len() >= 3).then(|| parts[..3].join(".")),
            (parts.len() >= 2).then(|| parts[..2].join(".")),
        ];
        for c in candidates.into_iter().flatten() {
            if known(&c) {
                if !out.contains(&c) {
                    out.push(c);
                }
                break;
            }
        }
        chain.clear();
    };
    for c in expr.chars() {
        if c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.' {
            chain.push(c);
        } else {
            flush(&mut chain, out);
        }
    }
    flush(&mut chain, out);
}

/// Every string inside `value` (keys `"//"` skipped), depth first in document order.
pub fn strings_in<'a>(value: &'a Value, out: &mut Vec<&'a str>) {
    match value {
        Value::String(s) => out.push(s),
        Value::Array(a) => a.iter().for_each(|v| strings_in(v, out)),
        Value::Object(o) => o
            .iter()
            .filter(|(k, _)| k.as_str() != "//")
            .for_each(|(_, v)| strings_in(v, out)),
        _ => {}
    }
}

/// The addresses `block` refers to through interpolations in its arguments.
pub fn block_references(block: &Block, known: &dyn Fn(&str) -> bool) -> Vec<String> {
    let mut strings = Vec::new();
    for (k, v) in &block.body {
        if k != "//" && k != "depends_on" {
            strings_in(v, &mut strings);
        }
    }
    let mut out = Vec::new();
    for s in strings {
        references_in(s, known, &mut out);
    }
    let own = block.address();
    out.retain(|a| *a != own);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_skip_escapes_and_unknown_roots() {
        let known = |a: &str| a == "aws_kms_key.k" || a == "data.aws_iam_policy_document.p";
        let mut out = Vec::new();
        references_in(
            "$${aws_kms_key.k.arn} ${aws_kms_key.k.arn} ${var.x} ${data.aws_iam_policy_document.p.json}",
            &known,
            &mut out,
        );
        assert_eq!(out, ["aws_kms_key.k", "data.aws_iam_policy_document.p"]);
    }

    #[test]
    fn rejects_non_terraform_shapes() {
        for (text, path) in [
            ("[1]", "$"),
            ("{\"resources\": {}}", "$.resources"),
            ("{\"resource\": []}", "$.resource"),
            (
                "{\"resource\": {\"aws_x\": {\"a\": 1}}}",
                "$.resource.aws_x.a",
            ),
            ("{\"provider\": {\"aws\": 3}}", "$.provider.aws"),
        ] {
            let e = parse("f", text).unwrap_err();
            assert_eq!(e.path, path, "{text}: {e}");
        }
        assert!(parse("f", "{}").is_ok());
    }
}
