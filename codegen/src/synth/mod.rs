//! Stack → Terraform JSON in CDKTF's layout.
//!
//! Layout (what `cdktf synth` writes, with the differences noted):
//! - stack-level `"//": {"metadata": {"backend", "stackName", "version"}, "outputs": {…}}`
//!   where `outputs` nests output ids by construct path, leaves being logical ids;
//! - per resource, data source and ephemeral resource
//!   `"//": {"metadata": {"path", "uniqueId"}}`;
//! - `provider.<type>` is an array of configurations, each with its `alias`;
//! - `terraform.required_providers.<name> = {"source", "version"}` (always fully
//!   qualified) and `terraform.backend`; the default local backend path is relative
//!   (`terraform.<stack>.tfstate`; CDKTF makes it absolute, which breaks determinism);
//! - keys sorted at every level, 2-space indent, trailing newline (CDKTF writes none).
//!
//! Every problem is collected and reported together; nothing is returned on error.

mod escape;
mod ids;
mod json;
mod regions;
mod render;
mod stream;

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};
use std::time::{Duration, Instant};

use serde_json::{json, Map, Value};
use tfdr_dsl::{
    Backend, Blocks, Body, ElementKind, Entry, Error, Errors, IgnoreChanges, Meta, Node, NodeKind,
    Reference, Root, Stack, StackModel,
};

pub use escape::{escape_template_literal, hcl_quoted_string, TemplateWriter};
pub use ids::{make_unique_id, HIDDEN_FROM_HUMAN_ID, HIDDEN_ID};
pub use json::{cmp_keys, to_canonical_string};
pub use render::{to_hcl, to_json, Resolver};

use render::{to_json_at, Field};

/// The version written to `//.metadata.version` and `manifest.json`.
pub const TFDR_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Settings for synthesis. Build with [`Synthesizer::new`] and the `with_*` methods.
#[derive(Debug, Clone)]
pub struct Synthesizer {
    version: String,
}

impl Default for Synthesizer {
    fn default() -> Self {
        Synthesizer {
            version: format!("tfdr-{TFDR_VERSION}"),
        }
    }
}

impl Synthesizer {
    /// Default settings.
    pub fn new() -> Self {
        Synthesizer::default()
    }

    /// Overrides the version string written into the stack metadata (golden tests pin it).
    pub fn with_version(mut self, version: impl Into<String>) -> Self {
        self.version = version.into();
        self
    }

    /// Synthesizes `stack` into a Terraform JSON document.
    ///
    /// # Errors
    /// Every problem found, each naming the field (construct path or JSON path) and the
    /// rule: problems recorded while building, a resource without a provider, duplicate
    /// logical ids or paths, references to nodes of another stack or to outputs,
    /// non-finite numbers, invalid logical ids, a reference from one region's resource to
    /// another region's node that is not marked `.cross_region()`, and every error of the
    /// stack's registered validations ([`Stack::add_validation`]).
    pub fn synthesize(&self, stack: &Stack) -> Result<Value, Errors> {
        let (ids, mut errors) = resolve(stack);
        let model = stack.model();
        let ctx = Ctx {
            model: &model,
            ids: &ids,
        };
        let doc = ctx.document(&self.version, &mut errors);
        if errors.is_empty() {
            Ok(doc)
        } else {
            Err(Errors(errors))
        }
    }

    /// Synthesizes `stack` and writes it canonically (sorted keys, 2-space indent,
    /// trailing newline). Same stack → same bytes.
    pub fn synthesize_to_string(&self, stack: &Stack) -> Result<String, Errors> {
        self.synthesize_to_string_timed(stack).0
    }

    /// [`Synthesizer::synthesize_to_string`], also returning how long its phases took (for
    /// benchmarks; the output is the same).
    pub fn synthesize_to_string_timed(
        &self,
        stack: &Stack,
    ) -> (Result<String, Errors>, SynthTimings) {
        let start = Instant::now();
        let (ids, mut errors) = resolve(stack);
        let resolved = Instant::now();
        let model = stack.model();
        let ctx = Ctx {
            model: &model,
            ids: &ids,
        };
        // The fast path writes the text straight from the model; at any problem it gives
        // up and the reference path (the `Value` tree of `synthesize`) reports them all.
        let fast = if errors.is_empty() {
            stream::document(&ctx, &self.version)
        } else {
            None
        };
        let fast_path = fast.is_some();
        let result = match fast {
            Some(text) => Ok(text),
            None => {
                let doc = ctx.document(&self.version, &mut errors);
                if errors.is_empty() {
                    Ok(to_canonical_string(&doc))
                } else {
                    Err(Errors(errors))
                }
            }
        };
        let timings = SynthTimings {
            resolve: resolved - start,
            render: resolved.elapsed(),
            fast_path,
        };
        (result, timings)
    }

    /// The `manifest.json` for a `synth --out DIR` of these stacks (CDKTF's format:
    /// `version` and per stack `name`, `constructPath`, `workingDirectory`,
    /// `synthesizedStackPath`, `annotations`, `dependencies`).
    pub fn manifest(&self, stack_names: &[String]) -> Value {
        let stacks: Map<String, Value> = stack_names
            .iter()
            .map(|name| {
                (
                    name.clone(),
                    json!({
                        "name": name,
                        "constructPath": name,
                        "workingDirectory": format!("stacks/{name}"),
                        "synthesizedStackPath": format!("stacks/{name}/cdk.tf.json"),
                        "annotations": [],
                        "dependencies": [],
                    }),
                )
            })
            .collect();
        json!({"version": self.version, "stacks": stacks})
    }
}

/// How long the phases of one synthesis took (see
/// [`Synthesizer::synthesize_to_string_timed`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SynthTimings {
    /// Logical ids, the cross-region guard and the registered validations.
    pub resolve: Duration,
    /// The document written as canonical text (including freeing what rendering built).
    pub render: Duration,
    /// The text came from the fast writer (false: from the reference path, the
    /// `serde_json::Value` tree of [`Synthesizer::synthesize`] written canonically, which
    /// synthesis falls back to whenever there is an error to report).
    pub fast_path: bool,
}

/// Phase 1: the logical id of every node and every problem found before rendering
/// (recorded while building, ids, cross-region references, registered validations).
fn resolve(stack: &Stack) -> (Vec<String>, Vec<Error>) {
    let model = stack.model();
    let mut errors: Vec<Error> = model.errors.clone();
    let ids = logical_ids(&model, &mut errors);
    errors.extend(regions::cross_region_errors(&model, &ids));
    drop(model);
    errors.extend(stack.run_validations());
    (ids, errors)
}

fn is_tf_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

fn node_field(model: &StackModel, node: &Node) -> String {
    format!("{}/{}", model.name, node.path.join("/"))
}

/// The namespace in which Terraform requires names to be unique.
fn namespace(node: &Node) -> String {
    match &node.kind {
        NodeKind::Element {
            kind, type_name, ..
        } => format!("{} \"{type_name}\"", kind.block_name()),
        NodeKind::Output(_) => "output".into(),
        NodeKind::Variable(_) => "variable".into(),
        NodeKind::Local(_) => "locals".into(),
    }
}

/// [`namespace`] as a key: equal exactly when the namespaces are.
#[derive(PartialEq, Eq, Hash)]
enum NamespaceKey<'a> {
    Element(&'static str, &'a str),
    Output,
    Variable,
    Locals,
}

fn namespace_key(node: &Node) -> NamespaceKey<'_> {
    match &node.kind {
        NodeKind::Element {
            kind, type_name, ..
        } => NamespaceKey::Element(kind.block_name(), type_name),
        NodeKind::Output(_) => NamespaceKey::Output,
        NodeKind::Variable(_) => NamespaceKey::Variable,
        NodeKind::Local(_) => NamespaceKey::Locals,
    }
}

/// The multiply-rotate hash of rustc (`FxHasher`): much faster than the default SipHash
/// on the short keys of [`logical_ids`], whose maps only ever hold the stack's own paths
/// and ids (no untrusted input to defend against).
#[derive(Default)]
struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in chunks.by_ref() {
            self.add(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
        }
        let mut last = [0u8; 8];
        let rest = chunks.remainder();
        last[..rest.len()].copy_from_slice(rest);
        self.add(u64::from_le_bytes(last) ^ ((rest.len() as u64) << 56));
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type FxBuild = BuildHasherDefault<FxHasher>;

fn logical_ids(model: &StackModel, errors: &mut Vec<Error>) -> Vec<String> {
    let ids: Vec<String> = model
        .nodes
        .iter()
        .map(|node| match &node.pinned_id {
            Some(id) => id.clone(),
            None => make_unique_id(&node.path).unwrap_or_default(),
        })
        .collect();
    let mut by_path: HashMap<&[String], usize, FxBuild> =
        HashMap::with_capacity_and_hasher(ids.len(), FxBuild::default());
    let mut by_name: HashMap<(NamespaceKey, &str), usize, FxBuild> =
        HashMap::with_capacity_and_hasher(ids.len(), FxBuild::default());
    for (i, node) in model.nodes.iter().enumerate() {
        let field = || node_field(model, node);
        if by_path.insert(&node.path, i).is_some() {
            errors.push(Error::new(
                field(),
                "construct path is used twice; construct ids must be unique within their scope",
            ));
        }
        let id = &ids[i];
        if !is_tf_identifier(id) {
            errors.push(Error::new(
                field(),
                format!(
                    "logical id `{id}` is not a Terraform name (must start with a letter or `_` and use only letters, digits, `_`, `-`); rename the construct or pin an id"
                ),
            ));
        } else if let Some(other) = by_name.insert((namespace_key(node), id), i) {
            errors.push(Error::new(
                field(),
                format!(
                    "logical id `{id}` is already used by {} in {}; pin a different id",
                    node_field(model, &model.nodes[other]),
                    namespace(node)
                ),
            ));
        }
    }
    ids
}

struct Ctx<'a> {
    model: &'a StackModel,
    ids: &'a [String],
}

impl Resolver for Ctx<'_> {
    fn address(&self, reference: &Reference) -> Result<String, String> {
        let Root::Node(node_ref) = reference.root else {
            return Err("not a node reference".into());
        };
        self.node_address(node_ref, false)
    }

    fn write_address(&self, reference: &Reference, out: &mut String) -> Result<(), String> {
        match reference.root {
            Root::Node(r) if r.stack == self.model.id => {
                if let Some(NodeKind::Element {
                    kind, type_name, ..
                }) = self.model.nodes.get(r.index).map(|n| &n.kind)
                {
                    match kind {
                        ElementKind::Resource => {}
                        ElementKind::Data => out.push_str("data."),
                        ElementKind::Ephemeral => out.push_str("ephemeral."),
                    }
                    out.push_str(type_name);
                    out.push('.');
                    out.push_str(&self.ids[r.index]);
                    return Ok(());
                }
                out.push_str(&self.address(reference)?);
                Ok(())
            }
            _ => {
                out.push_str(&self.address(reference)?);
                Ok(())
            }
        }
    }
}

impl Ctx<'_> {
    fn node_address(&self, r: tfdr_dsl::NodeRef, for_depends_on: bool) -> Result<String, String> {
        if r.stack != self.model.id {
            return Err(format!(
                "refers to a node of another stack; stack `{}` can only reference its own nodes",
                self.model.name
            ));
        }
        let node = self
            .model
            .nodes
            .get(r.index)
            .ok_or_else(|| "refers to a node that does not exist".to_string())?;
        let id = &self.ids[r.index];
        match &node.kind {
            NodeKind::Element {
                kind, type_name, ..
            } => Ok(match kind {
                ElementKind::Resource => format!("{type_name}.{id}"),
                ElementKind::Data => format!("data.{type_name}.{id}"),
                ElementKind::Ephemeral => format!("ephemeral.{type_name}.{id}"),
            }),
            NodeKind::Variable(_) if !for_depends_on => Ok(format!("var.{id}")),
            NodeKind::Local(_) if !for_depends_on => Ok(format!("local.{id}")),
            NodeKind::Output(_) => Err(format!(
                "refers to output `{id}`; outputs cannot be referenced inside their own stack"
            )),
            _ => Err(format!(
                "depends_on may only name resources, data sources and ephemeral resources, not `{id}`"
            )),
        }
    }

    /// The entries of `body` as a JSON object; `field` (formatted only when an error names
    /// it) is where the body is, e.g. `resource.aws_s3_bucket.logs`.
    fn body_json(&self, body: &Body, field: Field, errors: &mut Vec<Error>) -> Map<String, Value> {
        let mut out = Map::new();
        for (name, entry) in body.entries() {
            let f = || format!("{}.{name}", field());
            let value = match entry {
                Entry::Attr(e) => match to_json_at(e, self, &f) {
                    Ok(v) => v,
                    Err(e) => {
                        errors.push(e);
                        continue;
                    }
                },
                Entry::Blocks(Blocks::Single(b)) => Value::Object(self.body_json(b, &f, errors)),
                Entry::Blocks(Blocks::List(list)) => Value::Array(
                    list.iter()
                        .enumerate()
                        .map(|(i, b)| {
                            Value::Object(self.body_json(b, &|| format!("{}[{i}]", f()), errors))
                        })
                        .collect(),
                ),
                Entry::RawJson(v) => v.clone(),
            };
            out.insert(name.to_string(), value);
        }
        out
    }

    fn meta_json(
        &self,
        meta: &Meta,
        field: &str,
        out: &mut Map<String, Value>,
        errors: &mut Vec<Error>,
    ) {
        match meta.provider {
            Some(p) if p.stack != self.model.id => errors.push(Error::new(
                format!("{field}.provider"),
                "provider configuration belongs to another stack",
            )),
            Some(p) => match self.model.providers.get(p.index) {
                Some(cfg) => {
                    let value = match &cfg.alias {
                        Some(a) => format!("{}.{a}", cfg.provider_type),
                        None => cfg.provider_type.clone(),
                    };
                    out.insert("provider".into(), Value::String(value));
                }
                None => errors.push(Error::new(
                    format!("{field}.provider"),
                    "provider configuration does not exist",
                )),
            },
            None => errors.push(Error::new(
                field,
                "has no provider: add it through a region scope (e.g. `regions.primary.add(..)`) or set one; without it Terraform would silently use an unconfigured default provider",
            )),
        }
        self.common_meta(meta, field, out, errors);
    }

    fn common_meta(
        &self,
        meta: &Meta,
        field: &str,
        out: &mut Map<String, Value>,
        errors: &mut Vec<Error>,
    ) {
        if !meta.depends_on.is_empty() {
            let mut deps = Vec::new();
            for d in &meta.depends_on {
                match self.node_address(*d, true) {
                    Ok(a) => deps.push(Value::String(a)),
                    Err(rule) => errors.push(Error::new(format!("{field}.depends_on"), rule)),
                }
            }
            out.insert("depends_on".into(), Value::Array(deps));
        }
        if let Some(c) = &meta.count {
            match to_json(c, self, &format!("{field}.count")) {
                Ok(v) => {
                    out.insert("count".into(), v);
                }
                Err(e) => errors.push(e),
            }
        }
        if let Some(c) = &meta.for_each {
            match to_json(c, self, &format!("{field}.for_each")) {
                Ok(v) => {
                    out.insert("for_each".into(), v);
                }
                Err(e) => errors.push(e),
            }
        }
        if meta.count.is_some() && meta.for_each.is_some() {
            errors.push(Error::new(
                field,
                "sets both `count` and `for_each`; Terraform allows only one",
            ));
        }
        if let Some(l) = &meta.lifecycle {
            let mut lc = Map::new();
            if let Some(v) = l.create_before_destroy {
                lc.insert("create_before_destroy".into(), Value::Bool(v));
            }
            if let Some(v) = l.prevent_destroy {
                lc.insert("prevent_destroy".into(), Value::Bool(v));
            }
            match &l.ignore_changes {
                Some(IgnoreChanges::All) => {
                    lc.insert("ignore_changes".into(), Value::String("all".into()));
                }
                Some(IgnoreChanges::Attrs(attrs)) => {
                    lc.insert(
                        "ignore_changes".into(),
                        Value::Array(attrs.iter().cloned().map(Value::String).collect()),
                    );
                }
                None => {}
            }
            out.insert("lifecycle".into(), Value::Object(lc));
        }
    }

    /// The whole document as a `Value` tree: the reference the fast path is held to.
    fn document(&self, version: &str, errors: &mut Vec<Error>) -> Value {
        self.document_parts(version, errors, true)
    }

    /// The document without resources, data sources and ephemeral resources (which the
    /// fast path writes itself).
    fn document_without_elements(&self, version: &str, errors: &mut Vec<Error>) -> Value {
        self.document_parts(version, errors, false)
    }

    fn document_parts(&self, version: &str, errors: &mut Vec<Error>, elements: bool) -> Value {
        let m = self.model;
        let mut root = Map::new();
        let mut sections: BTreeMap<&'static str, Map<String, Value>> = BTreeMap::new();
        let mut output_meta = Map::new();

        for (i, node) in m.nodes.iter().enumerate() {
            if !elements && matches!(node.kind, NodeKind::Element { .. }) {
                continue;
            }
            let id = &self.ids[i];
            let path = node_field(m, node);
            match &node.kind {
                NodeKind::Element {
                    kind,
                    type_name,
                    body,
                } => {
                    let field = format!("{}.{type_name}.{id}", kind.block_name());
                    let mut obj = self.body_json(body, &|| field.clone(), errors);
                    self.meta_json(&node.meta, &field, &mut obj, errors);
                    obj.insert(
                        "//".into(),
                        json!({"metadata": {"path": path, "uniqueId": id}}),
                    );
                    let section = sections.entry(kind.block_name()).or_default();
                    let by_type = section
                        .entry(type_name.clone())
                        .or_insert_with(|| Value::Object(Map::new()));
                    if let Value::Object(t) = by_type {
                        t.insert(id.clone(), Value::Object(obj));
                    }
                }
                NodeKind::Output(o) => {
                    let field = format!("output.{id}");
                    let mut obj = Map::new();
                    match to_json(&o.value, self, &format!("{field}.value")) {
                        Ok(v) => {
                            obj.insert("value".into(), v);
                        }
                        Err(e) => errors.push(e),
                    }
                    if let Some(d) = &o.description {
                        obj.insert("description".into(), Value::String(d.clone()));
                    }
                    if o.sensitive {
                        obj.insert("sensitive".into(), Value::Bool(true));
                    }
                    if !node.meta.depends_on.is_empty() {
                        let mut deps = Vec::new();
                        for d in &node.meta.depends_on {
                            match self.node_address(*d, true) {
                                Ok(a) => deps.push(Value::String(format!("${{{a}}}"))),
                                Err(rule) => {
                                    errors.push(Error::new(format!("{field}.depends_on"), rule))
                                }
                            }
                        }
                        obj.insert("depends_on".into(), Value::Array(deps));
                    }
                    sections
                        .entry("output")
                        .or_default()
                        .insert(id.clone(), Value::Object(obj));
                    insert_nested(
                        &mut output_meta,
                        std::iter::once(m.name.as_str())
                            .chain(node.path.iter().map(String::as_str))
                            .collect(),
                        id,
                    );
                }
                NodeKind::Variable(v) => {
                    let mut obj = Map::new();
                    if let Some(t) = &v.type_constraint {
                        obj.insert("type".into(), Value::String(t.clone()));
                    }
                    if let Some(d) = &v.default {
                        obj.insert("default".into(), d.clone());
                    }
                    if let Some(d) = &v.description {
                        obj.insert("description".into(), Value::String(d.clone()));
                    }
                    if v.sensitive {
                        obj.insert("sensitive".into(), Value::Bool(true));
                    }
                    if let Some(n) = v.nullable {
                        obj.insert("nullable".into(), Value::Bool(n));
                    }
                    sections
                        .entry("variable")
                        .or_default()
                        .insert(id.clone(), Value::Object(obj));
                }
                NodeKind::Local(value) => match to_json(value, self, &format!("locals.{id}")) {
                    Ok(v) => {
                        sections.entry("locals").or_default().insert(id.clone(), v);
                    }
                    Err(e) => errors.push(e),
                },
            }
        }

        // Providers: `provider.<type>` is an array of configurations.
        let mut providers: BTreeMap<String, Vec<Value>> = BTreeMap::new();
        for cfg in &m.providers {
            let field = format!(
                "provider.{}{}",
                cfg.provider_type,
                cfg.alias
                    .as_deref()
                    .map(|a| format!(".{a}"))
                    .unwrap_or_default()
            );
            let mut obj = self.body_json(&cfg.body, &|| field.clone(), errors);
            if let Some(a) = &cfg.alias {
                obj.insert("alias".into(), Value::String(a.clone()));
            }
            providers
                .entry(cfg.provider_type.clone())
                .or_default()
                .push(Value::Object(obj));
            if !m.required_providers.contains_key(&cfg.provider_type) {
                errors.push(Error::new(
                    field,
                    format!(
                        "provider `{}` is configured but not declared in terraform.required_providers (with a fully qualified source)",
                        cfg.provider_type
                    ),
                ));
            }
        }
        if !providers.is_empty() {
            root.insert(
                "provider".into(),
                Value::Object(
                    providers
                        .into_iter()
                        .map(|(k, v)| (k, Value::Array(v)))
                        .collect(),
                ),
            );
        }

        for (name, section) in sections {
            root.insert(name.into(), Value::Object(section));
        }

        // terraform block.
        let mut terraform = Map::new();
        let backend = match &m.backend {
            Backend::Local => json!({"local": {"path": format!("terraform.{}.tfstate", m.name)}}),
            Backend::LocalPath(p) => json!({"local": {"path": p}}),
            Backend::S3(s3) => {
                let mut o = json!({
                    "bucket": s3.bucket,
                    "key": s3.key,
                    "region": s3.region,
                    "encrypt": s3.encrypt,
                    "use_lockfile": s3.use_lockfile,
                });
                if let Some(k) = &s3.kms_key_id {
                    o["kms_key_id"] = Value::String(k.clone());
                }
                json!({ "s3": o })
            }
        };
        terraform.insert("backend".into(), backend);
        if !m.required_providers.is_empty() {
            terraform.insert(
                "required_providers".into(),
                Value::Object(
                    m.required_providers
                        .iter()
                        .map(|(k, p)| {
                            (k.clone(), json!({"source": p.source, "version": p.version}))
                        })
                        .collect(),
                ),
            );
        }
        root.insert("terraform".into(), Value::Object(terraform));

        let mut meta = json!({"metadata": {
            "backend": m.backend.type_name(),
            "stackName": m.name,
            "version": version,
        }});
        if !output_meta.is_empty() {
            meta["outputs"] = Value::Object(output_meta);
        }
        // Declared objectives, for `tfdr report` (terraform ignores "//").
        if let Some(o) = &m.objectives {
            let mut obj = Map::new();
            let fields = [
                ("rpoSeconds", o.rpo_seconds),
                ("rtoSeconds", o.rto_seconds),
                ("monthlyBudgetUsd", o.monthly_budget_usd),
            ];
            for (k, v) in fields {
                if let Some(v) = v {
                    obj.insert(k.into(), v.into());
                }
            }
            meta["metadata"]["objectives"] = Value::Object(obj);
        }
        // Requirements met differently, for `tfdr report`.
        if !m.deviations.is_empty() {
            meta["metadata"]["deviations"] = Value::Array(
                m.deviations
                    .iter()
                    .map(|d| json!({"requirement": d.requirement, "design": d.design}))
                    .collect(),
            );
        }
        root.insert("//".into(), meta);
        Value::Object(root)
    }
}

/// Inserts `leaf` at the nested key path `keys` (the last key holds the leaf).
fn insert_nested(map: &mut Map<String, Value>, keys: Vec<&str>, leaf: &str) {
    let (last, parents) = keys.split_last().expect("path has the stack name at least");
    let mut cur = map;
    for k in parents {
        let entry = cur
            .entry(k.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
        if !entry.is_object() {
            *entry = Value::Object(Map::new());
        }
        cur = entry.as_object_mut().expect("just ensured");
    }
    cur.insert(last.to_string(), Value::String(leaf.to_string()));
}
