//! The document walk behind [`super::validate`].
//!
//! Two passes: the first collects what the document declares (resources with their
//! `count`/`for_each`, variables, locals, modules, provider configurations), the second
//! checks every section against the schema and every reference against the declarations.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use serde_json::{Map, Value};

use super::template::{self, is_identifier, parse_traversal, Step, Traversal};
use super::types::{conversion_error, friendly_name};
use super::{Diagnostic, Report, Rule};
use crate::schema::{Attribute, Block, CtyType, EffectiveSchema, NestedBlock, NestingMode};

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

    /// `resource`, `data` or `ephemeral`.
    fn section(&mut self, kind: Kind, v: &Value, path: &str) {
        let s = kind.section();
        for (ty, tv, tpath) in self.entries(v, path, Some(&format!("{s} block's type"))) {
            for (name, body, npath) in self.entries(tv, &tpath, Some(&format!("{s} block's name")))
            {
                match kind {
                    Kind::Managed => self.report.resources += 1,
                    Kind::Data => self.report.data_sources += 1,
                    Kind::Ephemeral => self.report.ephemeral_resources += 1,
                }
                match body {
                    Value::Null => self.declaration(kind, ty, &Map::new(), &npath),
                    Value::Object(m) => self.declaration(kind, ty, m, &npath),
                    Value::Array(a) if a.iter().all(Value::is_object) => {
                        if a.len() > 1 {
                            self.push(
                                Rule::Structure,
                                &npath,
                                &format!("Duplicate {s} \"{ty}\" configuration"),
                                format!("A {ty} {s} named {name:?} is declared {} times in this array.", a.len()),
                            );
                        }
                        for (i, m) in a.iter().filter_map(Value::as_object).enumerate() {
                            self.declaration(kind, ty, m, &index_path(&npath, i));
                        }
                    }
                    _ => self.push(
                        Rule::Structure,
                        &npath,
                        "Incorrect JSON value type",
                        "Either a JSON object or JSON array of objects is required here, to define arguments and child blocks.".into(),
                    ),
                }
            }
        }
    }

    /// The schema block of a type, if tfdr knows it.
    fn block_of(&self, kind: Kind, ty: &str) -> Option<&'a Block> {
        let schema = self.schema;
        match implied_provider(ty) {
            "aws" => match kind {
                Kind::Managed => schema.resource(ty),
                Kind::Data => schema.data_source(ty),
                Kind::Ephemeral => schema.ephemeral(ty),
            }
            .map(|s| &s.block),
            "terraform" => builtin_block(kind, ty),
            _ => None,
        }
    }

    /// One resource, data source or ephemeral resource body.
    fn declaration(&mut self, kind: Kind, ty: &str, body: &Map<String, Value>, path: &str) {
        let provider = implied_provider(ty);
        let block = self.block_of(kind, ty);
        if block.is_none() {
            let (summary, noun) = kind.unknown_type();
            match provider {
                "aws" | "terraform" => {
                    let (source, candidates): (&str, Vec<&str>) = if provider == "aws" {
                        let names: Vec<&str> = match kind {
                            Kind::Managed => self.schema.resource_types().collect(),
                            Kind::Data => self.schema.data_source_types().collect(),
                            Kind::Ephemeral => self.schema.ephemeral_types().collect(),
                        };
                        ("hashicorp/aws", names)
                    } else {
                        ("terraform.io/builtin/terraform", vec![])
                    };
                    let hint = suggestion(ty, candidates);
                    self.push(
                        Rule::UnknownType,
                        path,
                        summary,
                        format!("The provider {source} does not support {noun} {ty:?}.{hint}"),
                    );
                }
                other => self.push(
                    Rule::UncheckedProvider,
                    path,
                    "Type of another provider",
                    format!(
                        "tfdr checks only hashicorp/aws; {noun} {ty:?} belongs to provider {other:?} and is not checked."
                    ),
                ),
            }
        }
        if provider != "terraform" {
            self.provider_argument(body.get("provider"), provider, path, provider == "aws");
        }
        if let Some(d) = body.get("depends_on") {
            self.depends_on(d, &key_path(path, "depends_on"));
        }
        for meta in [
            "count",
            "for_each",
            "lifecycle",
            "connection",
            "provisioner",
        ] {
            if let Some(v) = body.get(meta) {
                self.scan_value(v, &key_path(path, meta), &[]);
            }
        }
        if let Some(v) = body.get("lifecycle") {
            self.lifecycle(v, block, &key_path(path, "lifecycle"));
        }
        let ctx = Ctx {
            kind: Some(kind),
            ..Ctx::default()
        };
        match block {
            Some(b) => self.body(body, b, path, &ctx, META),
            None => {
                for (k, v) in body {
                    if k != "//" && !META.contains(&k.as_str()) {
                        self.scan_value(v, &key_path(path, k), &[]);
                    }
                }
            }
        }
    }

    /// The `provider` meta-argument of a declaration at `path`. With `strict` (aws types),
    /// it must be present and a bare provider name needs an unaliased configuration;
    /// otherwise only a named alias must exist.
    fn provider_argument(&mut self, v: Option<&Value>, implied: &str, path: &str, strict: bool) {
        let p = key_path(path, "provider");
        let declared = |decl: Option<&ProviderDecl>, name: &str| -> String {
            let mut names: Vec<String> = Vec::new();
            if let Some(d) = decl {
                if d.default {
                    names.push(name.to_string());
                }
                names.extend(d.aliases.iter().map(|a| format!("{name}.{a}")));
            }
            if names.is_empty() {
                format!("no provider {name:?} block is declared")
            } else {
                format!("declared: {}", names.join(", "))
            }
        };
        match v {
            None | Some(Value::Null) if !strict => {}
            None | Some(Value::Null) => {
                let decl = self.providers.get(implied);
                let example = decl
                    .and_then(|d| d.aliases.first())
                    .map(|a| format!("{implied}.{a}"))
                    .unwrap_or_else(|| format!("{implied}.<alias>"));
                let fallback = if decl.is_some_and(|d| d.default) {
                    format!("the default {implied} provider configuration")
                } else {
                    format!("an empty default {implied} provider configuration")
                };
                let msg = format!(
                    "No \"provider\" argument: terraform would silently use {fallback}; tfdr requires every resource, data source and ephemeral resource to name its provider configuration, e.g. {example:?} ({}).",
                    declared(decl, implied)
                );
                self.push(Rule::MissingProvider, &p, "Missing provider", msg);
            }
            Some(Value::String(s)) => {
                let (name, alias) = match s.split_once('.') {
                    Some((n, a)) => (n, Some(a)),
                    None => (s.as_str(), None),
                };
                if !is_identifier(name) || alias.is_some_and(|a| !is_identifier(a)) {
                    self.push(
                        Rule::UndeclaredProvider,
                        &p,
                        "Invalid provider configuration reference",
                        "The provider argument requires a provider type name, optionally followed by a period and then a configuration alias.".into(),
                    );
                    return;
                }
                let decl = self.providers.get(name);
                match alias {
                    Some(a) if !decl.is_some_and(|d| d.aliases.iter().any(|x| x == a)) => {
                        let msg = format!(
                            "There is no provider {name:?} configuration with alias {a:?} ({}).",
                            declared(decl, name)
                        );
                        self.push(
                            Rule::UndeclaredProvider,
                            &p,
                            "Provider configuration not present",
                            msg,
                        );
                    }
                    None if strict && !decl.is_some_and(|d| d.default) => {
                        let msg = format!(
                            "There is no default provider {name:?} configuration (a provider block without alias); terraform would silently use an empty one ({}).",
                            declared(decl, name)
                        );
                        self.push(
                            Rule::UndeclaredProvider,
                            &p,
                            "Provider configuration not present",
                            msg,
                        );
                    }
                    _ => {}
                }
            }
            Some(_) => self.push(
                Rule::UndeclaredProvider,
                &p,
                "Invalid provider configuration reference",
                "The provider argument requires a provider type name, optionally followed by a period and then a configuration alias.".into(),
            ),
        }
    }

    /// The `lifecycle` block: known keys only; `ignore_changes` is `"all"` or a list of
    /// attribute paths that exist in the schema (terraform checks them at validate).
    fn lifecycle(&mut self, v: &Value, block: Option<&Block>, path: &str) {
        const KEYS: &[&str] = &[
            "create_before_destroy",
            "prevent_destroy",
            "ignore_changes",
            "replace_triggered_by",
            "precondition",
            "postcondition",
        ];
        for m in label_objects(v) {
            for (k, x) in m {
                let kp = key_path(path, k);
                if k == "//" {
                    continue;
                }
                if !KEYS.contains(&k.as_str()) {
                    let hint = suggestion(k, KEYS.iter().copied());
                    self.push(
                        Rule::UnknownArgument,
                        &kp,
                        "Extraneous JSON object property",
                        format!("No argument or block type is named {k:?}.{hint}"),
                    );
                    continue;
                }
                if k != "ignore_changes" {
                    continue;
                }
                let items = match x {
                    Value::Null => continue,
                    Value::String(s) if s == "all" => continue,
                    Value::Array(items) => items,
                    _ => {
                        self.push(
                            Rule::Structure,
                            &kp,
                            "Invalid expression",
                            "A static list expression is required.".into(),
                        );
                        continue;
                    }
                };
                for (i, item) in items.iter().enumerate() {
                    let ip = index_path(&kp, i);
                    let t = item
                        .as_str()
                        .filter(|s| !template::is_template(s))
                        .and_then(parse_traversal);
                    match (t, block) {
                        (None, _) => self.push(
                            Rule::Structure,
                            &ip,
                            "Invalid expression",
                            "A single static variable reference is required: only attribute access and indexing with constant keys. No calculations, function calls, template expressions, etc are allowed here.".into(),
                        ),
                        (Some(t), Some(b)) => {
                            let mut steps = vec![Step::Attr(t.root)];
                            steps.extend(t.steps);
                            self.block_traversal(b, &steps, &ip);
                        }
                        (Some(_), None) => {}
                    }
                }
            }
        }
    }

    fn depends_on(&mut self, v: &Value, path: &str) {
        const STATIC: &str = "A single static variable reference is required: only attribute access and indexing with constant keys. No calculations, function calls, template expressions, etc are allowed here.";
        let items = match v {
            Value::Null => return,
            Value::Array(a) => a,
            _ => {
                self.push(
                    Rule::InvalidDependsOn,
                    path,
                    "Invalid expression",
                    "A static list expression is required.".into(),
                );
                return;
            }
        };
        for (i, item) in items.iter().enumerate() {
            let p = index_path(path, i);
            let t = item
                .as_str()
                .filter(|s| !template::is_template(s))
                .and_then(parse_traversal);
            let Some(t) = t else {
                self.push(
                    Rule::InvalidDependsOn,
                    &p,
                    "Invalid expression",
                    STATIC.into(),
                );
                continue;
            };
            let special = matches!(
                t.root.as_str(),
                "var" | "local" | "module" | "data" | "ephemeral"
            ) || SPECIAL_ROOTS.contains(&t.root.as_str());
            if t.steps.is_empty() && !special {
                self.push(
                    Rule::InvalidDependsOn,
                    &p,
                    "Invalid reference",
                    "A reference to a resource type must be followed by at least one attribute access, specifying the resource name.".into(),
                );
                continue;
            }
            self.reference(&t, &p, Use::DependsOn);
        }
    }

    /// Checks a body against a schema block. `skip` are keys handled by the caller.
    fn body(
        &mut self,
        m: &Map<String, Value>,
        block: &'a Block,
        path: &str,
        ctx: &Ctx,
        skip: &[&str],
    ) {
        let has_own_dynamic =
            block.attributes.contains_key("dynamic") || block.block_types.contains_key("dynamic");
        let dynamic: BTreeSet<&str> = if has_own_dynamic {
            BTreeSet::new()
        } else {
            m.get("dynamic")
                .map(|d| labelled(d).map(|(k, _)| k.as_str()).collect())
                .unwrap_or_default()
        };
        for (k, v) in m {
            if k == "//" || skip.contains(&k.as_str()) {
                continue;
            }
            let p = key_path(path, k);
            if let Some(a) = block.attributes.get(k) {
                self.attribute(k, a, v, &p, ctx);
            } else if let Some(nb) = block.block_types.get(k) {
                self.blocks(k, nb, v, &p, ctx, dynamic.contains(k.as_str()));
            } else if k == "dynamic" && !has_own_dynamic {
                self.dynamic_blocks(v, block, &p, ctx);
            } else {
                let hint = suggestion(
                    k,
                    block
                        .attributes
                        .keys()
                        .chain(block.block_types.keys())
                        .map(String::as_str),
                );
                self.push(
                    Rule::UnknownArgument,
                    &p,
                    "Extraneous JSON object property",
                    format!("No argument or block type is named {k:?}.{hint}"),
                );
            }
        }
        for (name, a) in &block.attributes {
            if a.required && m.get(name).is_none_or(Value::is_null) {
                self.push(
                    Rule::MissingArgument,
                    &key_path(path, name),
                    "Missing required argument",
                    format!("The argument {name:?} is required, but no definition was found."),
                );
            }
        }
        for (name, nb) in &block.block_types {
            let absent = m.get(name).is_none_or(Value::is_null);
            if absent
                && nb.min_items > 0
                && matches!(nb.nesting_mode, NestingMode::List | NestingMode::Set)
                && !dynamic.contains(name.as_str())
            {
                self.push(
                    Rule::TooFewBlocks,
                    &key_path(path, name),
                    &format!("Insufficient {name} blocks"),
                    format!("At least {} {name:?} blocks are required.", nb.min_items),
                );
            }
        }
    }

    fn attribute(&mut self, name: &str, a: &Attribute, v: &Value, path: &str, ctx: &Ctx) {
        let ephemeral = self.scan_value(v, path, &ctx.iterators);
        if !a.is_settable() {
            if !v.is_null() {
                self.push(
                    Rule::ComputedOnly,
                    path,
                    "Value for unconfigurable attribute",
                    format!("Can't configure a value for {name:?}: its value will be decided automatically based on the result of applying this configuration."),
                );
            }
            return;
        }
        if let Some(why) = conversion_error(v, &a.value_type()) {
            self.push(
                Rule::WrongType,
                path,
                "Incorrect attribute value type",
                format!("Inappropriate value for attribute {name:?}: {why}."),
            );
        }
        if a.deprecated && !v.is_null() {
            self.push(
                Rule::Deprecated,
                path,
                "Argument is deprecated",
                format!("The argument {name:?} is deprecated (hashicorp/aws 5.100.0); see the provider documentation."),
            );
        }
        if ephemeral && matches!(ctx.kind, Some(Kind::Managed | Kind::Data)) && !a.write_only {
            let msg = match &ctx.top_block {
                None => format!("Ephemeral values are not valid for {name:?}, because it is not a write-only attribute and must be persisted to state."),
                Some(top) => format!("Ephemeral values are not valid for {top:?}, because it is not an assignable attribute."),
            };
            self.push(
                Rule::EphemeralValue,
                path,
                "Invalid use of ephemeral value",
                msg,
            );
        }
    }

    fn blocks(
        &mut self,
        name: &str,
        nb: &'a NestedBlock,
        v: &Value,
        path: &str,
        ctx: &Ctx,
        has_dynamic: bool,
    ) {
        const NOT_OBJECT: &str = "Either a JSON object or JSON array of objects is required here, to define arguments and child blocks.";
        let mut items: Vec<(&Map<String, Value>, String)> = Vec::new();
        match v {
            Value::Null => {}
            Value::Object(m) if nb.nesting_mode == NestingMode::Map => {
                for (label, lv) in m.iter().filter(|(k, _)| k.as_str() != "//") {
                    let p = key_path(path, label);
                    match lv.as_object() {
                        Some(body) => items.push((body, p)),
                        None => self.push(
                            Rule::Structure,
                            &p,
                            "Incorrect JSON value type",
                            NOT_OBJECT.into(),
                        ),
                    }
                }
            }
            Value::Object(m) => items.push((m, path.to_string())),
            Value::Array(a) => {
                for (i, e) in a.iter().enumerate() {
                    let p = index_path(path, i);
                    match e {
                        Value::Object(m) => items.push((m, p)),
                        _ => self.push(
                            Rule::Structure,
                            &p,
                            "Incorrect JSON value type",
                            NOT_OBJECT.into(),
                        ),
                    }
                }
            }
            _ => self.push(
                Rule::Structure,
                path,
                "Incorrect JSON value type",
                format!("Either a JSON object or a JSON array is required, representing the contents of one or more {name:?} blocks."),
            ),
        }
        let n = items.len() as u64;
        if !has_dynamic {
            match nb.nesting_mode {
                NestingMode::Single | NestingMode::Group if n > 1 => self.push(
                    Rule::TooManyBlocks,
                    path,
                    &format!("Duplicate {name} block"),
                    format!("Only one block of type {name:?} is allowed."),
                ),
                NestingMode::List | NestingMode::Set => {
                    if n < nb.min_items {
                        self.push(
                            Rule::TooFewBlocks,
                            path,
                            &format!("Insufficient {name} blocks"),
                            format!("At least {} {name:?} blocks are required.", nb.min_items),
                        );
                    }
                    if nb.max_items > 0 && n > nb.max_items {
                        self.push(
                            Rule::TooManyBlocks,
                            path,
                            &format!("Too many {name} blocks"),
                            format!("No more than {} {name:?} blocks are allowed", nb.max_items),
                        );
                    }
                }
                _ => {}
            }
        }
        let inner = ctx.nested(name);
        for (m, p) in items {
            self.body(m, &nb.block, &p, &inner, &[]);
        }
    }

    /// `"dynamic": {"<block type>": {"for_each": …, "iterator": …, "content": {…}}}`.
    fn dynamic_blocks(&mut self, v: &Value, block: &'a Block, path: &str, ctx: &Ctx) {
        for (label, spec, p) in self.entries(v, path, None) {
            let Some(nb) = block.block_types.get(label) else {
                self.push(
                    Rule::UnknownArgument,
                    &p,
                    "Unsupported block type",
                    format!("Blocks of type {label:?} are not expected here."),
                );
                self.scan_value(spec, &p, &ctx.iterators);
                continue;
            };
            for spec in label_objects(spec) {
                let iterator = spec
                    .get("iterator")
                    .and_then(Value::as_str)
                    .unwrap_or(label)
                    .to_string();
                for (k, x) in spec {
                    let kp = key_path(&p, k);
                    match (k.as_str(), x) {
                        ("content", Value::Object(content)) => {
                            let mut inner = ctx.nested(label);
                            inner.iterators.push(iterator.clone());
                            self.body(content, &nb.block, &kp, &inner, &[]);
                        }
                        ("//" | "iterator", _) => {}
                        _ => {
                            self.scan_value(x, &kp, &ctx.iterators);
                        }
                    }
                }
            }
        }
    }

    fn providers_section(&mut self, v: &Value, path: &str) {
        let aws = &self.schema.provider().block;
        for (name, configs, p) in self.entries(v, path, None) {
            let list: Vec<(&Map<String, Value>, String)> = match configs {
                Value::Object(m) => vec![(m, p.clone())],
                Value::Array(a) => a
                    .iter()
                    .enumerate()
                    .filter_map(|(i, c)| c.as_object().map(|m| (m, index_path(&p, i))))
                    .collect(),
                _ => Vec::new(),
            };
            for (m, cp) in list {
                if let Some(alias) = m.get("alias") {
                    if !alias.as_str().is_some_and(is_identifier) {
                        self.push(
                            Rule::Structure,
                            &key_path(&cp, "alias"),
                            "Invalid provider configuration alias",
                            "An alias must be a valid name. A name must start with a letter or underscore and may contain only letters, digits, underscores, and dashes.".into(),
                        );
                    }
                }
                if name == "aws" {
                    self.body(m, aws, &cp, &Ctx::default(), &["alias", "version"]);
                } else {
                    for (k, x) in m {
                        self.scan_value(x, &key_path(&cp, k), &[]);
                    }
                }
            }
        }
    }

    fn variables_section(&mut self, v: &Value, path: &str) {
        for (_, body, p) in self.entries(v, path, None) {
            let Some(m) = body.as_object() else { continue };
            for (k, x) in m {
                let kp = key_path(&p, k);
                if k == "//" {
                    continue;
                }
                if !VARIABLE_KEYS.contains(&k.as_str()) {
                    let hint = suggestion(k, VARIABLE_KEYS.iter().copied());
                    self.push(
                        Rule::UnknownArgument,
                        &kp,
                        "Extraneous JSON object property",
                        format!("No argument or block type is named {k:?}.{hint}"),
                    );
                } else if k == "validation" {
                    self.scan_value(x, &kp, &[]);
                }
            }
        }
    }

    fn outputs_section(&mut self, v: &Value, path: &str) {
        for (_, body, p) in self.entries(v, path, None) {
            let Some(m) = body.as_object() else {
                self.push(
                    Rule::Structure,
                    &p,
                    "Incorrect JSON value type",
                    "A JSON object is required here, to define arguments and child blocks.".into(),
                );
                continue;
            };
            for (k, x) in m {
                let kp = key_path(&p, k);
                match k.as_str() {
                    "//" => {}
                    "depends_on" => self.depends_on(x, &kp),
                    "value" | "precondition" => {
                        self.scan_value(x, &kp, &[]);
                    }
                    k if OUTPUT_KEYS.contains(&k) => {}
                    _ => {
                        let hint = suggestion(k, OUTPUT_KEYS.iter().copied());
                        self.push(
                            Rule::UnknownArgument,
                            &kp,
                            "Extraneous JSON object property",
                            format!("No argument or block type is named {k:?}.{hint}"),
                        );
                    }
                }
            }
            if !m.contains_key("value") {
                self.push(
                    Rule::MissingArgument,
                    &key_path(&p, "value"),
                    "Missing required argument",
                    "The argument \"value\" is required, but no definition was found.".into(),
                );
            }
        }
    }

    /// Checks the references in every string (and object key) of `v`; returns true if some
    /// string's value is ephemeral (it references an ephemeral resource or variable and does
    /// not call `ephemeralasnull`).
    fn scan_value(&mut self, v: &Value, path: &str, iterators: &[String]) -> bool {
        match v {
            Value::String(s) => self.string(s, path, iterators),
            Value::Array(a) => {
                let mut eph = false;
                for (i, x) in a.iter().enumerate() {
                    eph |= self.scan_value(x, &index_path(path, i), iterators);
                }
                eph
            }
            Value::Object(m) => {
                let mut eph = false;
                for (k, x) in m {
                    let p = key_path(path, k);
                    eph |= self.string(k, &p, iterators);
                    eph |= self.scan_value(x, &p, iterators);
                }
                eph
            }
            _ => false,
        }
    }

    fn string(&mut self, s: &str, path: &str, iterators: &[String]) -> bool {
        if !s.contains("${") && !s.contains("%{") {
            return false;
        }
        let refs = template::scan(s);
        let mut eph = false;
        for t in &refs.traversals {
            if refs.iteration_vars.contains(&t.root) || iterators.contains(&t.root) {
                continue;
            }
            eph |= self.reference(t, path, Use::Expression);
        }
        eph && !refs.calls.iter().any(|c| c == "ephemeralasnull")
    }

    /// Checks one reference; returns true if its value is ephemeral.
    fn reference(&mut self, t: &Traversal, path: &str, use_: Use) -> bool {
        let undeclared = match use_ {
            Use::Expression => Rule::UndeclaredReference,
            Use::DependsOn => Rule::InvalidDependsOn,
        };
        match t.root.as_str() {
            "var" => {
                let Some(name) = t.attr(0) else { return false };
                match self.variables.get(name) {
                    Some(eph) => *eph,
                    None => {
                        self.push(
                            undeclared,
                            path,
                            "Reference to undeclared input variable",
                            format!("An input variable with the name {name:?} has not been declared. This variable can be declared with a variable {name:?} {{}} block."),
                        );
                        false
                    }
                }
            }
            "local" => {
                if let Some(name) = t.attr(0) {
                    if !self.locals.contains(name) {
                        self.push(
                            undeclared,
                            path,
                            "Reference to undeclared local value",
                            format!("A local value with the name {name:?} has not been declared."),
                        );
                    }
                }
                false
            }
            "module" => {
                if let Some(name) = t.attr(0) {
                    if !self.modules.contains(name) {
                        self.push(
                            undeclared,
                            path,
                            "Reference to undeclared module",
                            format!(
                                "No module call named {name:?} is declared in the root module."
                            ),
                        );
                    }
                }
                false
            }
            "data" | "ephemeral" => {
                let kind = if t.root == "data" {
                    Kind::Data
                } else {
                    Kind::Ephemeral
                };
                match (t.attr(0), t.attr(1)) {
                    (Some(ty), Some(name)) => {
                        self.resource_reference(kind, ty, name, &t.steps[2..], path, use_)
                    }
                    _ => false,
                }
            }
            r if SPECIAL_ROOTS.contains(&r) => false,
            ty => match t.attr(0) {
                Some(name) => {
                    self.resource_reference(Kind::Managed, ty, name, &t.steps[1..], path, use_)
                }
                None => false,
            },
        }
    }

    fn resource_reference(
        &mut self,
        kind: Kind,
        ty: &str,
        name: &str,
        rest: &[Step],
        path: &str,
        use_: Use,
    ) -> bool {
        let Some(&repetition) = self.decls.get(&(kind, ty, name)) else {
            let rule = match use_ {
                Use::Expression => Rule::UndeclaredReference,
                Use::DependsOn => Rule::InvalidDependsOn,
            };
            self.push(
                rule,
                path,
                "Reference to undeclared resource",
                format!(
                    "{} {ty:?} {name:?} has not been declared in the root module.",
                    kind.article_noun()
                ),
            );
            return false;
        };
        let ephemeral = kind == Kind::Ephemeral;
        let addr = format!("{}{ty}.{name}", kind.addr_prefix());
        let indexed = matches!(rest.first(), Some(Step::Number(_) | Step::Key(_)));
        let rule = match use_ {
            Use::Expression => Rule::InstanceKey,
            Use::DependsOn => Rule::InvalidDependsOn,
        };
        if use_ == Use::DependsOn && rest.len() > usize::from(indexed) {
            self.push(
                Rule::InvalidDependsOn,
                path,
                "Invalid depends_on reference",
                "References in depends_on must be to a whole object (resource, etc), not to an attribute of an object.".into(),
            );
            return ephemeral;
        }
        if indexed && repetition.is_none() {
            self.push(
                rule,
                path,
                "Unexpected resource instance key",
                format!("Because {addr} does not have \"count\" or \"for_each\" set, references to it must not include an index key. Remove the bracketed index to refer to the single instance of this resource."),
            );
            return ephemeral;
        }
        let rest = if indexed { &rest[1..] } else { rest };
        if use_ == Use::DependsOn {
            return ephemeral;
        }
        if let (Some(meta), false, Some(Step::Attr(_))) = (repetition, indexed, rest.first()) {
            let key = if meta == "count" {
                "count.index"
            } else {
                "each.key"
            };
            self.push(
                Rule::InstanceKey,
                path,
                "Missing resource instance key",
                format!("Because {addr} has {meta:?} set, its attributes must be accessed on specific instances. For example, to correlate with indices of a referring resource, use: {addr}[{key}]"),
            );
            return ephemeral;
        }
        if let Some(Step::Attr(a)) = rest.first() {
            if a == "count" {
                self.push(
                    Rule::UnsupportedAttribute,
                    path,
                    "Invalid resource count attribute",
                    format!("The special \"count\" attribute is no longer supported after Terraform v0.12. Instead, use length({addr}) to count resource instances."),
                );
                return ephemeral;
            }
        }
        if let Some(block) = self.block_of(kind, ty) {
            self.block_traversal(block, rest, path);
        }
        ephemeral
    }

    /// Terraform's `Block.StaticValidateTraversal`.
    fn block_traversal(&mut self, block: &Block, steps: &[Step], path: &str) {
        let Some(first) = steps.first() else { return };
        let name = match first {
            Step::Key(k) if is_identifier(k) => {
                self.push(
                    Rule::UnsupportedAttribute,
                    path,
                    "Invalid index operation",
                    format!("Only attribute access is allowed here. Did you mean to access attribute {k:?} using the dot operator?"),
                );
                return;
            }
            Step::Key(_) | Step::Number(_) => {
                self.push(
                    Rule::UnsupportedAttribute,
                    path,
                    "Invalid index operation",
                    "Only attribute access is allowed here, using the dot operator.".into(),
                );
                return;
            }
            Step::Attr(name) => name,
        };
        if let Some(a) = block.attributes.get(name) {
            if a.deprecated {
                self.push(
                    Rule::Deprecated,
                    path,
                    "Deprecated attribute",
                    format!("The attribute {name:?} is deprecated. Refer to the provider documentation for details."),
                );
            }
            self.type_traversal(&a.value_type(), &steps[1..], path);
        } else if let Some(nb) = block.block_types.get(name) {
            self.nested_traversal(name, nb, &steps[1..], path);
        } else {
            let hint = suggestion(
                name,
                block
                    .attributes
                    .keys()
                    .chain(block.block_types.keys())
                    .map(String::as_str),
            );
            self.push(
                Rule::UnsupportedAttribute,
                path,
                "Unsupported attribute",
                format!("This object has no argument, nested block, or exported attribute named {name:?}.{hint}"),
            );
        }
    }

    /// Terraform's `NestedBlock.staticValidateTraversal`.
    fn nested_traversal(&mut self, name: &str, nb: &NestedBlock, steps: &[Step], path: &str) {
        match nb.nesting_mode {
            NestingMode::Single | NestingMode::Group => self.block_traversal(&nb.block, steps, path),
            _ if steps.is_empty() => {}
            NestingMode::Set => self.push(
                Rule::UnsupportedAttribute,
                path,
                "Cannot index a set value",
                format!("Block type {name:?} is represented by a set of objects, and set elements do not have addressable keys. To find elements matching specific criteria, use a \"for\" expression with an \"if\" clause."),
            ),
            NestingMode::List => match steps[0] {
                Step::Number(_) | Step::Key(_) => self.block_traversal(&nb.block, &steps[1..], path),
                Step::Attr(_) => self.push(
                    Rule::UnsupportedAttribute,
                    path,
                    "Invalid operation",
                    format!("Block type {name:?} is represented by a list of objects, so it must be indexed using a numeric key, like .{name}[0]."),
                ),
            },
            NestingMode::Map => self.block_traversal(&nb.block, &steps[1..], path),
        }
    }

    /// HCL's traversal of an unknown value of type `ty`: only the failures certain from the
    /// type.
    fn type_traversal(&mut self, ty: &CtyType, steps: &[Step], path: &str) {
        let mut ty = ty;
        for step in steps {
            let fail = |this: &mut Self, summary: &str, msg: String| {
                this.push(Rule::UnsupportedAttribute, path, summary, msg);
            };
            ty = match (ty, step) {
                (CtyType::Dynamic | CtyType::Tuple(_), _) => return,
                (CtyType::Object(m), Step::Attr(n)) => match m.get(n) {
                    Some(t) => t,
                    None => {
                        let hint = suggestion(n, m.keys().map(String::as_str));
                        fail(
                            self,
                            "Unsupported attribute",
                            format!("This object does not have an attribute named {n:?}.{hint}"),
                        );
                        return;
                    }
                },
                (CtyType::Object(m), Step::Key(k)) => match m.get(k) {
                    Some(t) => t,
                    None => return,
                },
                (CtyType::Object(_), Step::Number(_)) => return,
                (CtyType::Map(e), _) => e,
                (CtyType::List(e), Step::Number(_)) => e,
                (CtyType::List(_), Step::Key(_)) => return,
                (CtyType::Set(_), Step::Number(_) | Step::Key(_)) => {
                    fail(
                        self,
                        "Invalid index",
                        "Elements of a set are identified only by their value and don't have any separate index or key to select with, so it's only possible to perform operations across all elements of the set.".into(),
                    );
                    return;
                }
                (p, Step::Attr(_)) if p.is_primitive() => {
                    fail(
                        self,
                        "Unsupported attribute",
                        format!(
                            "Can't access attributes on a primitive-typed value ({}).",
                            friendly_name(p)
                        ),
                    );
                    return;
                }
                (p, _) if p.is_primitive() => {
                    fail(
                        self,
                        "Invalid index",
                        "This value does not have any indices.".into(),
                    );
                    return;
                }
                (CtyType::List(e), Step::Attr(n)) if matches!(**e, CtyType::Object(_)) => {
                    fail(
                        self,
                        "Unsupported attribute",
                        format!("Can't access attributes on a list of objects. Did you mean to access attribute {n:?} for a specific element of the list, or across all elements of the list?"),
                    );
                    return;
                }
                (CtyType::Set(e), Step::Attr(_)) if matches!(**e, CtyType::Object(_)) => {
                    fail(
                        self,
                        "Unsupported attribute",
                        "Can't access attributes on a set of objects. Did you mean to access an attribute across all elements of the set?".into(),
                    );
                    return;
                }
                (_, Step::Attr(_)) => {
                    fail(
                        self,
                        "Unsupported attribute",
                        "This value does not have any attributes.".into(),
                    );
                    return;
                }
                _ => return,
            };
        }
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
