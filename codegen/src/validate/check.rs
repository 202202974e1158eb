//! The document walk behind [`super::validate`].
//!
//! Two passes: the first collects what the document declares (resources with their
//! `count`/`for_each`, variables, locals, modules, provider configurations), the second
//! checks every section against the schema and every reference against the declarations.
//!
//! This file holds the walk's state ([`Checker`]), the first pass and the top-level
//! dispatch; the second pass is split by concern:
//! - [`declarations`]: the `resource`/`data`/`ephemeral` sections, unknown types and the
//!   meta-arguments (`provider`, `depends_on`, `lifecycle`);
//! - [`blocks`]: bodies against schema blocks (arguments, types, nested and `dynamic`
//!   blocks) and the `provider`, `variable` and `output` sections;
//! - [`references`]: every `${…}` reference, resolved and traversed through the schema.

mod blocks;
mod declarations;
mod references;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use serde_json::{Map, Value};

use super::{Diagnostic, Report, Rule};
use crate::schema::{Block, EffectiveSchema};

/// Meta-arguments of resources, data sources and ephemeral resources: not schema attributes.
const META: &[&str] = &[
    "provider",
    "depends_on",
    "count",
    "for_each",
    "lifecycle",
    "connection",
    "provisioner",
];

/// Top-level keys of a Terraform JSON file.
const TOP_LEVEL: &[&str] = &[
    "terraform",
    "provider",
    "variable",
    "locals",
    "output",
    "resource",
    "data",
    "ephemeral",
    "module",
    "moved",
    "import",
    "removed",
    "check",
];

const VARIABLE_KEYS: &[&str] = &[
    "type",
    "default",
    "description",
    "sensitive",
    "nullable",
    "validation",
    "ephemeral",
];

const OUTPUT_KEYS: &[&str] = &[
    "value",
    "description",
    "sensitive",
    "depends_on",
    "precondition",
    "ephemeral",
];

/// Root names of references that are never resources.
const SPECIAL_ROOTS: &[&str] = &["each", "count", "path", "terraform", "self"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Managed,
    Data,
    Ephemeral,
}

impl Kind {
    fn section(self) -> &'static str {
        match self {
            Kind::Managed => "resource",
            Kind::Data => "data",
            Kind::Ephemeral => "ephemeral",
        }
    }

    fn addr_prefix(self) -> &'static str {
        match self {
            Kind::Managed => "",
            Kind::Data => "data.",
            Kind::Ephemeral => "ephemeral.",
        }
    }

    /// `A managed resource`, as in terraform's "undeclared" messages.
    fn article_noun(self) -> &'static str {
        match self {
            Kind::Managed => "A managed resource",
            Kind::Data => "A data resource",
            Kind::Ephemeral => "An ephemeral resource",
        }
    }

    /// Terraform's summary and noun for an unknown type.
    fn unknown_type(self) -> (&'static str, &'static str) {
        match self {
            Kind::Managed => ("Invalid resource type", "resource type"),
            Kind::Data => ("Invalid data source", "data source"),
            Kind::Ephemeral => ("Invalid ephemeral resource", "ephemeral resource"),
        }
    }
}

/// Where an attribute value sits, for the rules that depend on it.
#[derive(Debug, Clone, Default)]
struct Ctx {
    /// The kind of the enclosing resource (`None` in provider blocks).
    kind: Option<Kind>,
    /// The top-level nested block this body is inside, if any.
    top_block: Option<String>,
    /// Names bound by enclosing `dynamic` blocks (their iterators).
    iterators: Vec<String>,
}

impl Ctx {
    fn nested(&self, block: &str) -> Ctx {
        Ctx {
            top_block: Some(self.top_block.clone().unwrap_or_else(|| block.to_string())),
            ..self.clone()
        }
    }
}

#[derive(Debug, Default)]
struct ProviderDecl {
    default: bool,
    aliases: Vec<String>,
}

/// How a reference is used: in an expression, or as a `depends_on` entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Use {
    Expression,
    DependsOn,
}

/// The JSON path of `key` below `base`.
pub(super) fn key_path(base: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && !key
            .chars()
            .any(|c| matches!(c, '.' | '[' | ']' | '"') || c.is_whitespace() || c.is_control());
    match (plain, base.is_empty()) {
        (true, true) => key.to_string(),
        (true, false) => format!("{base}.{key}"),
        (false, _) => format!(
            "{base}[{}]",
            serde_json::to_string(key).expect("strings serialize")
        ),
    }
}

fn index_path(base: &str, i: usize) -> String {
    format!("{base}[{i}]")
}

/// Levenshtein distance, for "Did you mean" suggestions.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(cur).min(row[j])
            };
            prev = cur;
        }
    }
    row[b.len()]
}

/// ` Did you mean "x"?` for the closest candidate at distance < 3 (terraform's rule), or "".
fn suggestion<'a>(given: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    candidates
        .into_iter()
        .map(|c| (distance(given, c), c))
        .filter(|(d, _)| *d < 3)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| format!(" Did you mean {c:?}?"))
        .unwrap_or_default()
}

fn builtin_block(kind: Kind, ty: &str) -> Option<&'static Block> {
    static DATA: OnceLock<Block> = OnceLock::new();
    static REMOTE_STATE: OnceLock<Block> = OnceLock::new();
    let parse = |v: Value| serde_json::from_value::<Block>(v).expect("builtin schema parses");
    match (kind, ty) {
        (Kind::Managed, "terraform_data") => Some(DATA.get_or_init(|| {
            parse(serde_json::json!({"attributes": {
                "id": {"type": "string", "computed": true},
                "input": {"type": "dynamic", "optional": true},
                "output": {"type": "dynamic", "computed": true},
                "triggers_replace": {"type": "dynamic", "optional": true}
            }}))
        })),
        (Kind::Data, "terraform_remote_state") => Some(REMOTE_STATE.get_or_init(|| {
            parse(serde_json::json!({"attributes": {
                "backend": {"type": "string", "required": true},
                "config": {"type": "dynamic", "optional": true},
                "defaults": {"type": "dynamic", "optional": true},
                "outputs": {"type": "dynamic", "computed": true},
                "workspace": {"type": "string", "optional": true}
            }}))
        })),
        _ => None,
    }
}

/// The provider local name a type name implies: the part before the first `_`.
fn implied_provider(ty: &str) -> &str {
    ty.split('_').next().unwrap_or(ty)
}

pub(super) struct Checker<'a> {
    schema: &'a EffectiveSchema,
    doc: &'a Value,
    report: Report,
    decls: BTreeMap<(Kind, &'a str, &'a str), Option<&'static str>>,
    variables: BTreeMap<&'a str, bool>,
    locals: BTreeSet<&'a str>,
    modules: BTreeSet<&'a str>,
    providers: BTreeMap<&'a str, ProviderDecl>,
}

/// The objects at a label level: an object, or an array of objects (HCL's JSON syntax
/// allows both); `//` keys skipped. Malformed parts are ignored here (reported elsewhere).
fn label_objects(v: &Value) -> Vec<&Map<String, Value>> {
    match v {
        Value::Object(m) => vec![m],
        Value::Array(a) => a.iter().filter_map(Value::as_object).collect(),
        _ => Vec::new(),
    }
}

fn labelled(v: &Value) -> impl Iterator<Item = (&String, &Value)> {
    label_objects(v)
        .into_iter()
        .flat_map(|m| m.iter())
        .filter(|(k, _)| k.as_str() != "//")
}

impl<'a> Checker<'a> {
    pub(super) fn new(schema: &'a EffectiveSchema, doc: &'a Value) -> Self {
        let mut c = Checker {
            schema,
            doc,
            report: Report::default(),
            decls: BTreeMap::new(),
            variables: BTreeMap::new(),
            locals: BTreeSet::new(),
            modules: BTreeSet::new(),
            providers: BTreeMap::new(),
        };
        c.collect();
        c
    }

    /// First pass: what the document declares.
    fn collect(&mut self) {
        let Some(top) = self.doc.as_object() else {
            return;
        };
        for (section, kind) in [
            ("resource", Kind::Managed),
            ("data", Kind::Data),
            ("ephemeral", Kind::Ephemeral),
        ] {
            let Some(v) = top.get(section) else { continue };
            for (ty, tv) in labelled(v) {
                for (name, body) in labelled(tv) {
                    let repetition = label_objects(body).into_iter().find_map(|m| {
                        if m.contains_key("count") {
                            Some("count")
                        } else if m.contains_key("for_each") {
                            Some("for_each")
                        } else {
                            None
                        }
                    });
                    self.decls.insert((kind, ty, name), repetition);
                }
            }
        }
        if let Some(v) = top.get("variable") {
            for (name, body) in labelled(v) {
                let eph = body.get("ephemeral") == Some(&Value::Bool(true));
                self.variables.insert(name, eph);
            }
        }
        if let Some(v) = top.get("locals") {
            for (name, _) in labelled(v) {
                self.locals.insert(name);
            }
        }
        if let Some(v) = top.get("module") {
            for (name, _) in labelled(v) {
                self.modules.insert(name);
            }
        }
        if let Some(v) = top.get("provider") {
            for (name, configs) in labelled(v) {
                let decl = self.providers.entry(name).or_default();
                for cfg in label_objects(configs) {
                    match cfg.get("alias").and_then(Value::as_str) {
                        Some(a) => decl.aliases.push(a.to_string()),
                        None => decl.default = true,
                    }
                }
            }
        }
    }

    fn push(&mut self, rule: Rule, path: &str, summary: &str, message: String) {
        self.report.diagnostics.push(Diagnostic {
            severity: rule.severity(),
            rule,
            path: path.to_string(),
            summary: summary.to_string(),
            message,
        });
    }

    /// Second pass.
    pub(super) fn run(mut self) -> Report {
        let Some(top) = self.doc.as_object() else {
            self.push(
                Rule::Structure,
                "(document)",
                "Incorrect JSON value type",
                "A Terraform JSON document must be a JSON object.".into(),
            );
            return self.report;
        };
        for (key, v) in top {
            let path = key_path("", key);
            match key.as_str() {
                "//" | "terraform" => {}
                "provider" => self.providers_section(v, &path),
                "variable" => self.variables_section(v, &path),
                "locals" => {
                    for m in label_objects(v) {
                        for (k, x) in m.iter().filter(|(k, _)| k.as_str() != "//") {
                            self.scan_value(x, &key_path(&path, k), &[]);
                        }
                    }
                }
                "resource" => self.section(Kind::Managed, v, &path),
                "data" => self.section(Kind::Data, v, &path),
                "ephemeral" => self.section(Kind::Ephemeral, v, &path),
                "output" => self.outputs_section(v, &path),
                "module" => {
                    for (name, body) in labelled(v) {
                        for m in label_objects(body) {
                            for (k, x) in m {
                                if !matches!(k.as_str(), "//" | "source" | "version" | "providers")
                                {
                                    let p = key_path(&key_path(&path, name), k);
                                    self.scan_value(x, &p, &[]);
                                }
                            }
                        }
                    }
                }
                "moved" | "import" | "removed" | "check" => {
                    self.scan_value(v, &path, &[]);
                }
                other => {
                    let hint = suggestion(other, TOP_LEVEL.iter().copied());
                    self.push(
                        Rule::UnknownArgument,
                        &path,
                        "Extraneous JSON object property",
                        format!("No argument or block type is named {other:?}.{hint}"),
                    );
                }
            }
        }
        self.report
    }

    /// The entries of a label level, reporting a wrong JSON kind and (with `what`) an empty
    /// level as terraform does ("Missing block label").
    fn entries<'v>(
        &mut self,
        v: &'v Value,
        path: &str,
        what: Option<&str>,
    ) -> Vec<(&'v str, &'v Value, String)> {
        let mut out = Vec::new();
        let mut add = |m: &'v Map<String, Value>, base: &str| {
            for (k, x) in m.iter().filter(|(k, _)| k.as_str() != "//") {
                out.push((k.as_str(), x, key_path(base, k)));
            }
        };
        match v {
            Value::Null => return out,
            Value::Object(m) => add(m, path),
            Value::Array(a) => {
                for (i, e) in a.iter().enumerate() {
                    match e.as_object() {
                        Some(m) => add(m, &index_path(path, i)),
                        None => self.push(
                            Rule::Structure,
                            &index_path(path, i),
                            "Incorrect JSON value type",
                            "A JSON object is required here.".into(),
                        ),
                    }
                }
            }
            _ => {
                self.push(
                    Rule::Structure,
                    path,
                    "Incorrect JSON value type",
                    "A JSON object is required here.".into(),
                );
                return out;
            }
        }
        if out.is_empty() {
            if let Some(what) = what {
                self.push(
                    Rule::Structure,
                    path,
                    "Missing block label",
                    format!(
                        "At least one object property is required, whose name represents the {what}."
                    ),
                );
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        assert_eq!(key_path("", "resource"), "resource");
        assert_eq!(
            key_path("resource", "aws_s3_bucket"),
            "resource.aws_s3_bucket"
        );
        assert_eq!(
            key_path("a", "dr_public-access_EB0641FA"),
            "a.dr_public-access_EB0641FA"
        );
        assert_eq!(key_path("a", "x.y"), "a[\"x.y\"]");
        assert_eq!(key_path("a", ""), "a[\"\"]");
        assert_eq!(key_path("a", "with space"), "a[\"with space\"]");
        assert_eq!(index_path("a", 3), "a[3]");
    }

    #[test]
    fn suggestions() {
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("", "ab"), 2);
        assert_eq!(
            suggestion("aws_s3_bucketz", ["aws_s3_bucket", "aws_s3_object"]),
            " Did you mean \"aws_s3_bucket\"?"
        );
        assert_eq!(suggestion("bucket_name", ["bucket", "acl"]), "");
    }
}
