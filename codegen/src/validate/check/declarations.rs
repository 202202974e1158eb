//! Resource, data source and ephemeral resource declarations: the sections, unknown
//! types, and the meta-arguments (`provider`, `depends_on`, `lifecycle`).

use serde_json::{Map, Value};

use super::super::template::{self, is_identifier, parse_traversal, Step};
use super::{
    builtin_block, implied_provider, index_path, key_path, label_objects, suggestion, Checker, Ctx,
    Kind, ProviderDecl, Use, META, SPECIAL_ROOTS,
};
use crate::schema::Block;
use crate::validate::Rule;

impl<'a> Checker<'a> {
    /// `resource`, `data` or `ephemeral`.
    pub(super) fn section(&mut self, kind: Kind, v: &Value, path: &str) {
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
    pub(super) fn block_of(&self, kind: Kind, ty: &str) -> Option<&'a Block> {
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
    pub(super) fn declaration(
        &mut self,
        kind: Kind,
        ty: &str,
        body: &Map<String, Value>,
        path: &str,
    ) {
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
    pub(super) fn provider_argument(
        &mut self,
        v: Option<&Value>,
        implied: &str,
        path: &str,
        strict: bool,
    ) {
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
    pub(super) fn lifecycle(&mut self, v: &Value, block: Option<&Block>, path: &str) {
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

    pub(super) fn depends_on(&mut self, v: &Value, path: &str) {
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
}
