//! The fast path of [`Synthesizer::synthesize_to_string`](super::Synthesizer): the document
//! written straight from the model into its canonical text, without building a
//! `serde_json::Value` tree for resources, data sources and ephemeral resources (nearly all
//! of a large stack).
//!
//! It writes exactly what the reference path writes (the `Value` tree of
//! [`Ctx::document`](super::Ctx) through the canonical writer of `json.rs`): keys sorted by
//! UTF-16 code units at every level, 2-space indent, trailing newline. It reports no
//! errors: at the first problem it gives up (`None`) and the caller runs the reference
//! path, which collects and reports every problem. The small, rarely large parts of the
//! document (outputs, variables, locals, providers, `terraform`, stack metadata) come from
//! the reference code itself.

use std::fmt::Write as _;

use serde_json::Value;
use tfdr_dsl::{
    Blocks, Body, ElementKind, Entry, IgnoreChanges, Lifecycle, Meta, Node, NodeKind, RawExpr,
    TemplatePart,
};

use super::escape::{escape_template_literal, TemplateWriter};
use super::json::{indent, key_order, sort_keys, write_string as push_json_str, write_value};
use super::render::{template_source, write_hcl};
use super::Ctx;

/// True when template escaping leaves `text` unchanged (no `{`, carriage return or
/// byte-order mark; see `escape.rs`).
fn plain_literal(text: &str) -> bool {
    !text.bytes().any(|b| matches!(b, b'{' | b'\r' | 0xEF))
}

/// Writes the members of one JSON object: call [`ObjectWriter::key`] before each value,
/// then [`ObjectWriter::end`].
struct ObjectWriter {
    level: usize,
    first: bool,
}

impl ObjectWriter {
    fn key(&mut self, out: &mut String, key: &str) {
        out.push_str(if self.first { "{\n" } else { ",\n" });
        self.first = false;
        indent(out, self.level + 1);
        push_json_str(out, key);
        out.push_str(": ");
    }

    fn end(self, out: &mut String) {
        if self.first {
            out.push_str("{}");
        } else {
            out.push('\n');
            indent(out, self.level);
            out.push('}');
        }
    }
}

fn object(level: usize) -> ObjectWriter {
    ObjectWriter { level, first: true }
}

/// One member of a resource object: an entry of its body or a meta-argument.
#[derive(Clone, Copy)]
enum Member<'m> {
    Entry(&'m Entry),
    Provider,
    DependsOn,
    Count(&'m RawExpr),
    ForEach(&'m RawExpr),
    Lifecycle(&'m Lifecycle),
    Metadata,
}

/// The fast writer over one model (see the module docs).
pub(super) struct Writer<'c, 'm> {
    ctx: &'c Ctx<'m>,
    out: String,
    /// Scratch text for `${...}` expressions and templates.
    scratch: String,
    /// Scratch lists of the members of one element and their names with positions
    /// (kept for their allocations).
    members: Vec<Member<'m>>,
    order: Vec<(&'m str, usize)>,
}

/// Writes the document of `ctx` (no errors found so far) or gives up at the first problem.
pub(super) fn document(ctx: &Ctx<'_>, version: &str) -> Option<String> {
    let m = ctx.model;
    // Everything but resources, data sources and ephemeral resources, from the reference.
    let mut errors = Vec::new();
    let Value::Object(rest) = ctx.document_without_elements(version, &mut errors) else {
        return None;
    };
    if !errors.is_empty() {
        return None;
    }
    // Elements by section, type and logical id.
    let mut elements: Vec<(&'static str, &str, &str, usize)> = m
        .nodes
        .iter()
        .enumerate()
        .filter_map(|(i, node)| match &node.kind {
            NodeKind::Element {
                kind, type_name, ..
            } => Some((
                kind.block_name(),
                type_name.as_str(),
                ctx.ids[i].as_str(),
                i,
            )),
            _ => None,
        })
        .collect();
    elements.sort_unstable_by(|a, b| {
        key_order(a.0, b.0)
            .then_with(|| key_order(a.1, b.1))
            .then_with(|| key_order(a.2, b.2))
    });
    if elements
        .windows(2)
        .any(|w| (w[0].0, w[0].1, w[0].2) == (w[1].0, w[1].1, w[1].2))
    {
        return None;
    }
    // Root members: `(name, position in rest or usize::MAX for an element section)`.
    let mut sections: Vec<(&str, usize)> = Vec::new();
    let rest_values: Vec<&Value> = rest.values().collect();
    for (i, k) in rest.keys().enumerate() {
        sections.push((k.as_str(), i));
    }
    for kind in [
        ElementKind::Data,
        ElementKind::Ephemeral,
        ElementKind::Resource,
    ] {
        let name = kind.block_name();
        if elements.iter().any(|e| e.0 == name) {
            if rest.contains_key(name) {
                return None;
            }
            sections.push((name, usize::MAX));
        }
    }
    sort_keys(&mut sections);

    let mut w = Writer {
        ctx,
        out: String::with_capacity(m.nodes.len() * 640 + 4096),
        scratch: String::new(),
        members: Vec::with_capacity(16),
        order: Vec::with_capacity(16),
    };
    let mut root = object(0);
    for (name, at) in sections {
        root.key(&mut w.out, name);
        match rest_values.get(at) {
            Some(v) => write_value(&mut w.out, v, 1),
            None => {
                let group: Vec<_> = elements.iter().filter(|e| e.0 == name).collect();
                w.section(&group)?;
            }
        }
    }
    root.end(&mut w.out);
    w.out.push('\n');
    Some(w.out)
}

impl<'m> Writer<'_, 'm> {
    /// `{"<type>": {"<id>": {...}, ...}, ...}` at level 1.
    fn section(&mut self, elements: &[&(&str, &str, &str, usize)]) -> Option<()> {
        let mut types = object(1);
        let mut i = 0;
        while i < elements.len() {
            let type_name = elements[i].1;
            types.key(&mut self.out, type_name);
            let mut ids = object(2);
            while i < elements.len() && elements[i].1 == type_name {
                let (_, _, id, index) = *elements[i];
                ids.key(&mut self.out, id);
                self.element(&self.ctx.model.nodes[index], id)?;
                i += 1;
            }
            ids.end(&mut self.out);
        }
        types.end(&mut self.out);
        Some(())
    }

    /// One resource, data source or ephemeral resource at level 3: its body merged with
    /// its meta-arguments (which win over body entries of the same name) and `//`.
    fn element(&mut self, node: &'m Node, id: &str) -> Option<()> {
        let NodeKind::Element { body, .. } = &node.kind else {
            return None;
        };
        let meta = &node.meta;
        let mut members = std::mem::take(&mut self.members);
        let mut order = std::mem::take(&mut self.order);
        members.clear();
        order.clear();
        let mut push = |name: &'m str, member: Member<'m>| {
            order.push((name, members.len()));
            members.push(member);
        };
        let taken = |name: &str| match name {
            "provider" | "//" => true,
            "depends_on" => !meta.depends_on.is_empty(),
            "count" => meta.count.is_some(),
            "for_each" => meta.for_each.is_some(),
            "lifecycle" => meta.lifecycle.is_some(),
            _ => false,
        };
        for (name, entry) in body.entries() {
            if taken(name) {
                // Replaced by the meta-argument, but its problems are still problems:
                // render it and throw the text away.
                let mark = self.out.len();
                self.entry(entry, 4)?;
                self.out.truncate(mark);
            } else {
                push(name, Member::Entry(entry));
            }
        }
        push("provider", Member::Provider);
        if !meta.depends_on.is_empty() {
            push("depends_on", Member::DependsOn);
        }
        if let Some(c) = &meta.count {
            push("count", Member::Count(c));
        }
        if let Some(c) = &meta.for_each {
            push("for_each", Member::ForEach(c));
        }
        if meta.count.is_some() && meta.for_each.is_some() {
            return None;
        }
        if let Some(l) = &meta.lifecycle {
            push("lifecycle", Member::Lifecycle(l));
        }
        push("//", Member::Metadata);
        sort_keys(&mut order);

        let level = 3;
        let mut obj = object(level);
        for &(name, at) in &order {
            obj.key(&mut self.out, name);
            match members[at] {
                Member::Entry(entry) => self.entry(entry, level + 1)?,
                Member::Provider => self.provider(meta)?,
                Member::DependsOn => {
                    let mut addresses = Vec::with_capacity(meta.depends_on.len());
                    for d in &meta.depends_on {
                        addresses.push(Value::String(self.ctx.node_address(*d, true).ok()?));
                    }
                    write_value(&mut self.out, &Value::Array(addresses), level + 1);
                }
                Member::Count(e) | Member::ForEach(e) => self.expr(e, level + 1)?,
                Member::Lifecycle(l) => self.lifecycle(l, level + 1),
                Member::Metadata => self.metadata(node, id, level + 1),
            }
        }
        self.members = members;
        self.order = order;
        obj.end(&mut self.out);
        Some(())
    }

    fn provider(&mut self, meta: &Meta) -> Option<()> {
        let p = meta.provider?;
        if p.stack != self.ctx.model.id {
            return None;
        }
        let cfg = self.ctx.model.providers.get(p.index)?;
        self.scratch.clear();
        self.scratch.push_str(&cfg.provider_type);
        if let Some(a) = &cfg.alias {
            self.scratch.push('.');
            self.scratch.push_str(a);
        }
        push_json_str(&mut self.out, &self.scratch);
        Some(())
    }

    fn lifecycle(&mut self, l: &Lifecycle, level: usize) {
        let mut obj = object(level);
        if let Some(v) = l.create_before_destroy {
            obj.key(&mut self.out, "create_before_destroy");
            self.out.push_str(if v { "true" } else { "false" });
        }
        match &l.ignore_changes {
            Some(IgnoreChanges::All) => {
                obj.key(&mut self.out, "ignore_changes");
                push_json_str(&mut self.out, "all");
            }
            Some(IgnoreChanges::Attrs(attrs)) => {
                obj.key(&mut self.out, "ignore_changes");
                let list = Value::Array(attrs.iter().cloned().map(Value::String).collect());
                write_value(&mut self.out, &list, level + 1);
            }
            None => {}
        }
        if let Some(v) = l.prevent_destroy {
            obj.key(&mut self.out, "prevent_destroy");
            self.out.push_str(if v { "true" } else { "false" });
        }
        obj.end(&mut self.out);
    }

    /// `{"metadata": {"path": "<stack>/<path>", "uniqueId": "<id>"}}`.
    fn metadata(&mut self, node: &Node, id: &str, level: usize) {
        let mut outer = object(level);
        outer.key(&mut self.out, "metadata");
        let mut inner = object(level + 1);
        inner.key(&mut self.out, "path");
        self.scratch.clear();
        self.scratch.push_str(&self.ctx.model.name);
        self.scratch.push('/');
        for (i, c) in node.path.iter().enumerate() {
            if i > 0 {
                self.scratch.push('/');
            }
            self.scratch.push_str(c);
        }
        push_json_str(&mut self.out, &self.scratch);
        inner.key(&mut self.out, "uniqueId");
        push_json_str(&mut self.out, id);
        inner.end(&mut self.out);
        outer.end(&mut self.out);
    }

    fn entry(&mut self, entry: &Entry, level: usize) -> Option<()> {
        match entry {
            Entry::Attr(e) => self.expr(e, level),
            Entry::Blocks(Blocks::Single(b)) => self.body(b, level),
            Entry::Blocks(Blocks::List(list)) => {
                if list.is_empty() {
                    self.out.push_str("[]");
                    return Some(());
                }
                self.out.push_str("[\n");
                for (i, b) in list.iter().enumerate() {
                    indent(&mut self.out, level + 1);
                    self.body(b, level + 1)?;
                    if i + 1 < list.len() {
                        self.out.push(',');
                    }
                    self.out.push('\n');
                }
                indent(&mut self.out, level);
                self.out.push(']');
                Some(())
            }
            Entry::RawJson(v) => {
                write_value(&mut self.out, v, level);
                Some(())
            }
        }
    }

    /// A nested block: its entries as an object.
    fn body(&mut self, body: &Body, level: usize) -> Option<()> {
        let mut obj = object(level);
        if body.entries().all(|(k, _)| k.is_ascii()) {
            // Sorted by byte order, which is UTF-16 order for ASCII.
            for (name, entry) in body.entries() {
                obj.key(&mut self.out, name);
                self.entry(entry, level + 1)?;
            }
        } else {
            let entries: Vec<(&str, &Entry)> = body.entries().collect();
            let mut order: Vec<(&str, usize)> = entries
                .iter()
                .enumerate()
                .map(|(i, (k, _))| (*k, i))
                .collect();
            sort_keys(&mut order);
            for (name, at) in order {
                obj.key(&mut self.out, name);
                self.entry(entries[at].1, level + 1)?;
            }
        }
        obj.end(&mut self.out);
        Some(())
    }

    /// An expression in an expression position (what `render::to_json` gives, written).
    fn expr(&mut self, expr: &RawExpr, level: usize) -> Option<()> {
        match expr {
            RawExpr::Null => self.out.push_str("null"),
            RawExpr::Bool(b) => self.out.push_str(if *b { "true" } else { "false" }),
            RawExpr::Number(n) => {
                let _ = write!(self.out, "{n}");
            }
            RawExpr::NonFinite(_) => return None,
            RawExpr::String(s) => self.literal(s),
            RawExpr::List(items) => {
                if items.is_empty() {
                    self.out.push_str("[]");
                    return Some(());
                }
                self.out.push_str("[\n");
                for (i, item) in items.iter().enumerate() {
                    indent(&mut self.out, level + 1);
                    self.expr(item, level + 1)?;
                    if i + 1 < items.len() {
                        self.out.push(',');
                    }
                    self.out.push('\n');
                }
                indent(&mut self.out, level);
                self.out.push(']');
            }
            RawExpr::Object(map) => {
                let mut obj = object(level);
                if map.keys().all(|k| k.is_ascii() && plain_literal(k)) {
                    for (k, v) in map {
                        obj.key(&mut self.out, k);
                        self.expr(v, level + 1)?;
                    }
                } else {
                    let entries: Vec<(String, &RawExpr)> = map
                        .iter()
                        .map(|(k, v)| (escape_template_literal(k), v))
                        .collect();
                    let mut order: Vec<(&str, usize)> = entries
                        .iter()
                        .enumerate()
                        .map(|(i, (k, _))| (k.as_str(), i))
                        .collect();
                    sort_keys(&mut order);
                    for (k, at) in order {
                        obj.key(&mut self.out, k);
                        self.expr(entries[at].1, level + 1)?;
                    }
                }
                obj.end(&mut self.out);
            }
            RawExpr::Template(parts) => self.template(parts)?,
            RawExpr::Ref(_) | RawExpr::Call { .. } | RawExpr::Traverse { .. } | RawExpr::Hcl(_) => {
                let mut text = std::mem::take(&mut self.scratch);
                text.clear();
                text.push_str("${");
                let written = write_hcl(&mut text, expr, self.ctx, &String::new).is_ok();
                text.push('}');
                if written {
                    push_json_str(&mut self.out, &text);
                }
                self.scratch = text;
                if !written {
                    return None;
                }
            }
        }
        Some(())
    }

    fn literal(&mut self, s: &str) {
        if plain_literal(s) {
            push_json_str(&mut self.out, s);
        } else {
            push_json_str(&mut self.out, &escape_template_literal(s));
        }
    }

    fn template(&mut self, parts: &[TemplatePart]) -> Option<()> {
        let mut w = TemplateWriter::json_into(std::mem::take(&mut self.scratch));
        let written = template_source(parts, self.ctx, &String::new, &mut w).is_ok();
        let text = w.finish();
        if written {
            push_json_str(&mut self.out, &text);
        }
        self.scratch = text;
        written.then_some(())
    }
}
