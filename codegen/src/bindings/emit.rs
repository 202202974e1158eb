//! Rust source for one resource, data source or ephemeral resource type.

use std::collections::BTreeSet;
use std::fmt::Write;

use crate::schema::{Attribute, Block, CtyType, NestedBlock, NestingMode};

use super::naming::{method_name, type_name};

/// Which kind of type is generated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// `resource`.
    Resource,
    /// `data`.
    Data,
    /// `ephemeral`.
    Ephemeral,
}

impl Kind {
    /// The word used in the bindings list and in Terraform.
    pub fn word(self) -> &'static str {
        match self {
            Kind::Resource => "resource",
            Kind::Data => "data",
            Kind::Ephemeral => "ephemeral",
        }
    }

    fn element_kind(self) -> &'static str {
        match self {
            Kind::Resource => "Resource",
            Kind::Data => "Data",
            Kind::Ephemeral => "Ephemeral",
        }
    }
}

/// The Rust marker type for a cty type.
fn rust_type(t: &CtyType) -> String {
    match t {
        CtyType::String => "String".into(),
        CtyType::Number => "Number".into(),
        CtyType::Bool => "bool".into(),
        CtyType::List(e) | CtyType::Set(e) => format!("Vec<{}>", rust_type(e)),
        CtyType::Map(e) => format!("Map<{}>", rust_type(e)),
        CtyType::Dynamic | CtyType::Object(_) | CtyType::Tuple(_) => "Dynamic".into(),
    }
}

/// One line of documentation text: whitespace collapsed, nothing that rustdoc or clippy
/// would read as structure.
fn doc_text(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn flags(a: &Attribute) -> String {
    let mut f = Vec::new();
    if a.required {
        f.push("required");
    }
    if a.optional {
        f.push("optional");
    }
    if a.computed {
        f.push("computed");
    }
    if a.sensitive {
        f.push("sensitive");
    }
    if a.write_only {
        f.push("write-only");
    }
    if a.deprecated {
        f.push("deprecated");
    }
    f.join(", ")
}

fn attr_doc(out: &mut String, indent: &str, name: &str, a: &Attribute) {
    if let Some(d) = a.description.as_deref().filter(|d| !d.trim().is_empty()) {
        let _ = writeln!(out, "{indent}/// {}", doc_text(d));
        let _ = writeln!(out, "{indent}///");
    }
    let _ = writeln!(
        out,
        "{indent}/// `{name}`: {}; Terraform type `{}`.",
        flags(a),
        a.value_type()
    );
}

fn block_doc(out: &mut String, indent: &str, name: &str, b: &NestedBlock) {
    if let Some(d) = b
        .block
        .description
        .as_deref()
        .filter(|d| !d.trim().is_empty())
    {
        let _ = writeln!(out, "{indent}/// {}", doc_text(d));
        let _ = writeln!(out, "{indent}///");
    }
    let limits = limits(b);
    let _ = writeln!(
        out,
        "{indent}/// Block `{name}` ({} nesting, {limits}).",
        format!("{:?}", b.nesting_mode).to_lowercase()
    );
}

/// How many blocks may appear, in words.
fn limits(b: &NestedBlock) -> String {
    match (b.min_items, b.max_items) {
        (0, 0) => "any number".to_string(),
        (min, 0) => format!("at least {min}"),
        (0, max) => format!("at most {max}"),
        (min, max) if min == max => format!("exactly {min}"),
        (min, max) => format!("{min} to {max}"),
    }
}

/// Whether a block is emitted as one object (single/group or at most one item).
fn is_single(b: &NestedBlock) -> bool {
    matches!(b.nesting_mode, NestingMode::Single | NestingMode::Group) || b.max_items == 1
}

fn settable_block(b: &NestedBlock) -> bool {
    b.nesting_mode != NestingMode::Map && !b.block.is_computed_only()
}

/// Names already taken by methods of the builder and handle types.
const BUILDER_RESERVED: &[&str] = &["new", "into_body", "body_mut"];
const HANDLE_RESERVED: &[&str] = &[
    "node",
    "attr",
    "whole",
    "node_ref",
    "stack",
    "depends_on",
    "count",
    "for_each",
    "lifecycle",
    "provider",
    "override_logical_id",
    "with_body",
];

fn setter_name(name: &str) -> String {
    if BUILDER_RESERVED.contains(&name) {
        format!("{name}_attr")
    } else {
        method_name(name)
    }
}

fn accessor_name(name: &str) -> String {
    if HANDLE_RESERVED.contains(&name) {
        format!("{name}_attr")
    } else {
        method_name(name)
    }
}

/// A builder struct (for the type itself or a nested block) and its nested blocks.
struct BuilderGen<'a> {
    out: String,
    kind_label: String,
    taken: BTreeSet<String>,
    _marker: std::marker::PhantomData<&'a ()>,
}

impl BuilderGen<'_> {
    /// Emits builder `struct_name` for `block`, recursing into nested blocks whose struct
    /// names are `prefix + CamelCase(block name)`.
    fn builder(
        &mut self,
        struct_name: &str,
        prefix: &str,
        block: &Block,
        doc: &[String],
        top: bool,
    ) {
        // Nested block struct names.
        let mut nested: Vec<(&String, &NestedBlock, String)> = Vec::new();
        for (name, b) in &block.block_types {
            if !settable_block(b) {
                continue;
            }
            let mut sname = format!("{prefix}{}", type_name(name));
            while self.taken.contains(&sname) {
                sname.push_str("Block");
            }
            self.taken.insert(sname.clone());
            nested.push((name, b, sname));
        }

        let required_attrs: Vec<(&String, &Attribute)> = block
            .attributes
            .iter()
            .filter(|(_, a)| a.required)
            .collect();
        let required_blocks: Vec<&(&String, &NestedBlock, String)> =
            nested.iter().filter(|(_, b, _)| b.min_items >= 1).collect();
        let no_args = required_attrs.is_empty() && required_blocks.is_empty();

        let out = &mut self.out;
        for line in doc {
            let _ = writeln!(out, "///{}{line}", if line.is_empty() { "" } else { " " });
        }
        if no_args {
            let _ = writeln!(out, "#[derive(Debug, Clone, PartialEq, Default)]");
        } else {
            let _ = writeln!(out, "#[derive(Debug, Clone, PartialEq)]");
        }
        let _ = writeln!(out, "#[must_use]");
        let _ = writeln!(out, "pub struct {struct_name} {{\n    body: Body,\n}}\n");
        let _ = writeln!(out, "impl {struct_name} {{");
        // Constructor.
        let _ = writeln!(
            out,
            "    /// A new `{struct_name}` with the required arguments{}.",
            if no_args { " (none)" } else { "" }
        );
        for (name, a) in &required_attrs {
            let _ = writeln!(
                out,
                "    /// - `{}`: Terraform type `{}`{}",
                name,
                a.value_type(),
                a.description
                    .as_deref()
                    .map(|d| format!(". {}", doc_text(d)))
                    .unwrap_or_default()
            );
        }
        for (name, _, sname) in &required_blocks {
            let _ = writeln!(out, "    /// - `{name}`: block [`{sname}`]");
        }
        if required_attrs.len() + required_blocks.len() > 7 {
            let _ = writeln!(out, "    #[allow(clippy::too_many_arguments)]");
        }
        let params: Vec<String> = required_attrs
            .iter()
            .map(|(n, a)| {
                format!(
                    "{}: impl Into<Expr<{}>>",
                    setter_name(n),
                    rust_type(&a.value_type())
                )
            })
            .chain(
                required_blocks
                    .iter()
                    .map(|(n, _, s)| format!("{}: {s}", setter_name(n))),
            )
            .collect();
        if no_args {
            let _ = writeln!(
                out,
                "    pub fn new() -> Self {{\n        Self::default()\n    }}\n"
            );
        } else {
            let _ = writeln!(out, "    pub fn new({}) -> Self {{", params.join(", "));
            let _ = writeln!(out, "        let mut body = Body::new();");
            for (n, a) in &required_attrs {
                let _ = writeln!(
                    out,
                    "        body.set_attr::<{}>({n:?}, {});",
                    rust_type(&a.value_type()),
                    setter_name(n)
                );
            }
            for (n, b, _) in &required_blocks {
                let call = if is_single(b) {
                    "set_block"
                } else {
                    "push_block"
                };
                let _ = writeln!(
                    out,
                    "        body.{call}({n:?}, {}.into_body());",
                    setter_name(n)
                );
            }
            let _ = writeln!(out, "        {struct_name} {{ body }}\n    }}\n");
        }
        // Optional attribute setters.
        for (name, a) in &block.attributes {
            // A top-level `id` is optional+computed in many SDKv2 schemas, but setting it is
            // never meant; nested `id`s (e.g. replication rule ids) are real arguments.
            if a.required || !a.optional || (top && name.as_str() == "id" && a.computed) {
                continue;
            }
            attr_doc(out, "    ", name, a);
            let _ = writeln!(
                out,
                "    pub fn {}(mut self, value: impl Into<Expr<{}>>) -> Self {{\n        self.body.set_attr::<{}>({name:?}, value);\n        self\n    }}\n",
                setter_name(name),
                rust_type(&a.value_type()),
                rust_type(&a.value_type()),
            );
        }
        // Block setters (required ones too, to add more items or replace).
        for (name, b, sname) in &nested {
            block_doc(out, "    ", name, b);
            let (call, verb) = if is_single(b) {
                ("set_block", "Sets")
            } else {
                ("push_block", "Adds one")
            };
            let _ = writeln!(out, "    ///\n    /// {verb} block; see [`{sname}`].");
            let _ = writeln!(
                out,
                "    pub fn {}(mut self, block: {sname}) -> Self {{\n        self.body.{call}({name:?}, block.into_body());\n        self\n    }}\n",
                setter_name(name)
            );
        }
        if !top {
            let _ = writeln!(
                out,
                "    /// The block's arguments and nested blocks.\n    pub fn into_body(self) -> Body {{\n        self.body\n    }}\n"
            );
        }
        let _ = writeln!(out, "}}\n");
        let _ = writeln!(
            out,
            "impl Builder for {struct_name} {{\n    fn body_mut(&mut self) -> &mut Body {{\n        &mut self.body\n    }}\n}}\n"
        );
        let label = self.kind_label.clone();
        for (name, b, sname) in nested {
            let doc = vec![
                format!("Block `{name}` of {label}."),
                String::new(),
                format!(
                    "Nesting: {}; {}.",
                    format!("{:?}", b.nesting_mode).to_lowercase(),
                    limits(b)
                ),
            ];
            self.builder(&sname, &sname, &b.block, &doc, false);
        }
    }
}

/// Generates the module source for one type. `schema_block` is the type's top-level block.
pub fn type_module(kind: Kind, tf_type: &str, schema_block: &Block) -> String {
    let struct_name = type_name(tf_type);
    let handle_name = format!("{struct_name}Ref");
    let kind_label = format!("{} `{tf_type}`", kind.word());
    let mut g = BuilderGen {
        out: String::new(),
        kind_label: kind_label.clone(),
        taken: [struct_name.clone(), handle_name.clone()]
            .into_iter()
            .collect(),
        _marker: std::marker::PhantomData,
    };
    let _ = writeln!(
        g.out,
        "//! `{tf_type}` ({}): typed bindings generated by tfdr-codegen from the effective\n//! hashicorp/aws schema. Do not edit; regenerate (see `codegen/bindings/aws.txt`).\n",
        kind.word()
    );
    let _ = writeln!(
        g.out,
        "#[allow(unused_imports)]\nuse crate::aws::prelude::*;\n"
    );
    let mut doc = Vec::new();
    if let Some(d) = schema_block
        .description
        .as_deref()
        .filter(|d| !d.trim().is_empty())
    {
        doc.push(doc_text(d));
        doc.push(String::new());
    }
    doc.push(format!(
        "The {kind_label}: required arguments in [`{struct_name}::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`{handle_name}`]."
    ));
    g.builder(&struct_name, "", schema_block, &doc, true);

    let out = &mut g.out;
    let _ = writeln!(
        out,
        "impl {struct_name} {{\n    /// The Terraform type name.\n    pub const TYPE: &'static str = {tf_type:?};\n}}\n"
    );
    let _ = writeln!(
        out,
        "impl TypedSpec for {struct_name} {{\n    const TYPE: &'static str = {tf_type:?};\n    const KIND: ElementKind = ElementKind::{};\n}}\n",
        kind.element_kind()
    );
    let _ = writeln!(
        out,
        "impl Spec for {struct_name} {{\n    type Handle = {handle_name};\n\n    fn element_kind(&self) -> ElementKind {{\n        ElementKind::{}\n    }}\n\n    fn type_name(&self) -> &str {{\n        {tf_type:?}\n    }}\n\n    fn into_body(self) -> Body {{\n        self.body\n    }}\n}}\n",
        kind.element_kind()
    );
    if schema_block
        .attributes
        .get("tags")
        .is_some_and(|a| a.optional || a.required)
    {
        let _ = writeln!(out, "impl Taggable for {struct_name} {{}}\n");
    }
    // Handle with typed accessors.
    let _ = writeln!(
        out,
        "/// A {kind_label} added to a stack: typed references to its attributes.\n#[derive(Debug, Clone)]\npub struct {handle_name}(NodeHandle);\n"
    );
    let _ = writeln!(
        out,
        "impl From<NodeHandle> for {handle_name} {{\n    fn from(node: NodeHandle) -> Self {{\n        {handle_name}(node)\n    }}\n}}\n"
    );
    let _ = writeln!(
        out,
        "impl std::ops::Deref for {handle_name} {{\n    type Target = NodeHandle;\n\n    fn deref(&self) -> &NodeHandle {{\n        &self.0\n    }}\n}}\n"
    );
    let _ = writeln!(out, "impl {handle_name} {{");
    let _ = writeln!(
        out,
        "    /// The untyped node handle (meta-arguments, escape hatches).\n    pub fn node(&self) -> &NodeHandle {{\n        &self.0\n    }}\n"
    );
    for (name, a) in &schema_block.attributes {
        if a.write_only {
            continue; // never readable: not in state
        }
        attr_doc(out, "    ", name, a);
        let _ = writeln!(
            out,
            "    pub fn {}(&self) -> Expr<{}> {{\n        self.0.attr({name:?})\n    }}\n",
            accessor_name(name),
            rust_type(&a.value_type())
        );
    }
    for (name, b) in &schema_block.block_types {
        block_doc(out, "    ", name, b);
        let t = match b.nesting_mode {
            NestingMode::Single | NestingMode::Group => "Dynamic",
            NestingMode::Map => "Map<Dynamic>",
            NestingMode::List | NestingMode::Set => "Vec<Dynamic>",
        };
        let _ = writeln!(
            out,
            "    pub fn {}(&self) -> Expr<{t}> {{\n        self.0.attr({name:?})\n    }}\n",
            accessor_name(name)
        );
    }
    let _ = writeln!(out, "}}");
    g.out
}
