//! Rust source for one resource, data source or ephemeral resource type.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use tfdr_codegen::schema::{Attribute, Block, CtyType, NestedBlock, NestingMode};

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

    /// The registry docs section: `resources`, `data-sources`, `ephemeral-resources`.
    fn docs_section(self) -> &'static str {
        match self {
            Kind::Resource => "resources",
            Kind::Data => "data-sources",
            Kind::Ephemeral => "ephemeral-resources",
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

/// The Terraform registry page of a type, e.g.
/// `https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket`.
pub fn registry_url(kind: Kind, tf_type: &str) -> String {
    format!(
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/{}/{}",
        kind.docs_section(),
        tf_type.strip_prefix("aws_").unwrap_or(tf_type)
    )
}

/// The Rust marker type for a cty type; `string` (also as a list/set element) becomes
/// `enums::<enum_name>` when an enum overlay applies.
pub(super) fn rust_type(t: &CtyType, enum_name: Option<&str>) -> String {
    match (t, enum_name) {
        (CtyType::String, Some(e)) => format!("enums::{e}"),
        (CtyType::String, None) => "String".into(),
        (CtyType::Number, _) => "Number".into(),
        (CtyType::Bool, _) => "bool".into(),
        (CtyType::List(e) | CtyType::Set(e), _) => format!("Vec<{}>", rust_type(e, enum_name)),
        (CtyType::Map(e), _) => format!("Map<{}>", rust_type(e, None)),
        (CtyType::Dynamic | CtyType::Object(_) | CtyType::Tuple(_), _) => "Dynamic".into(),
    }
}

/// Whether an enum overlay can apply to a value of this type (string, or list/set of string).
fn enum_applies(t: &CtyType) -> bool {
    match t {
        CtyType::String => true,
        CtyType::List(e) | CtyType::Set(e) => **e == CtyType::String,
        _ => false,
    }
}

/// The `#[deprecated]` attribute for a deprecated attribute or block: the description's
/// text when it speaks of the deprecation, else a generic note.
pub(super) fn deprecated_attr(deprecated: bool, description: Option<&str>) -> String {
    if !deprecated {
        return String::new();
    }
    let note = description
        .map(doc_text)
        .filter(|d| d.to_ascii_lowercase().contains("deprecat"))
        .unwrap_or_else(|| "deprecated in the hashicorp/aws provider schema".to_string());
    format!("#[deprecated(note = {note:?})]\n")
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

pub(super) fn attr_doc(
    out: &mut String,
    indent: &str,
    name: &str,
    a: &Attribute,
    enum_name: Option<&str>,
) {
    if let Some(d) = a.description.as_deref().filter(|d| !d.trim().is_empty()) {
        let _ = writeln!(out, "{indent}/// {}", doc_text(d));
        let _ = writeln!(out, "{indent}///");
    }
    let _ = writeln!(
        out,
        "{indent}/// `{name}`: {}; Terraform type `{}`{}.",
        flags(a),
        a.value_type(),
        enum_doc(enum_name)
    );
}

pub(super) fn block_doc(out: &mut String, indent: &str, name: &str, b: &NestedBlock) {
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

/// `, one of [`enums::X`]` when an enum overlay applies.
fn enum_doc(enum_name: Option<&str>) -> String {
    enum_name
        .map(|e| format!(", one of [`{e}`](enums::{e})"))
        .unwrap_or_default()
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

fn setter_name(name: &str) -> String {
    if BUILDER_RESERVED.contains(&name) {
        format!("{name}_attr")
    } else {
        method_name(name)
    }
}

/// What one type module needs from the generator's settings.
pub struct ModuleSettings<'a> {
    /// The module path generated code glob-imports (`crate::aws::prelude`).
    pub prelude: &'a str,
    /// Enum overlays of this type: path below the type (`block.attr`) → enum name.
    pub enums: &'a BTreeMap<String, String>,
}

/// A generated type module plus what the generator must know about it.
pub struct TypeModule {
    /// The Rust source.
    pub source: String,
    /// The overlay paths (below the type) that matched a string attribute.
    pub used_enums: BTreeSet<String>,
    /// The args struct of the type's own constructor, if it has one (re-exported next to
    /// the type).
    pub args: Option<String>,
}

/// A builder struct (for the type itself or a nested block) and its nested blocks.
struct BuilderGen<'a> {
    out: String,
    kind_label: String,
    taken: BTreeSet<String>,
    enums: &'a BTreeMap<String, String>,
    used_enums: BTreeSet<String>,
    top_args: Option<String>,
}

/// One required constructor input: an argument or a required block.
struct Required {
    /// Rust parameter / field name.
    ident: String,
    /// The Rust type the caller supplies (`Expr<String>`, a block struct).
    field_type: String,
    /// The parameter type of a positional constructor (`impl Into<Expr<String>>`).
    param_type: String,
    /// The statement storing it in `body`.
    store: String,
    /// One line of documentation.
    doc: String,
}

impl BuilderGen<'_> {
    /// The enum overlay at `path` (below the type), if any, recorded as used.
    fn enum_at(&mut self, path: &str, a: &Attribute) -> Option<String> {
        let e = self.enums.get(path)?;
        if !enum_applies(&a.value_type()) {
            return None; // reported as unmatched by the generator
        }
        self.used_enums.insert(path.to_string());
        Some(e.clone())
    }

    /// Emits builder `struct_name` for `block`, recursing into nested blocks whose struct
    /// names are `prefix + CamelCase(block name)`. `path` is the block's schema path below
    /// the type (empty at the top).
    #[allow(clippy::too_many_arguments)]
    fn builder(
        &mut self,
        struct_name: &str,
        prefix: &str,
        path: &str,
        block: &Block,
        doc: &[String],
        deprecated: &str,
        top: bool,
    ) {
        let sub = |name: &str| {
            if path.is_empty() {
                name.to_string()
            } else {
                format!("{path}.{name}")
            }
        };
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

        // Required inputs, in schema order: arguments, then blocks.
        let mut required: Vec<Required> = Vec::new();
        for (name, a) in block.attributes.iter().filter(|(_, a)| a.required) {
            let enum_name = self.enum_at(&sub(name), a);
            let t = rust_type(&a.value_type(), enum_name.as_deref());
            let ident = setter_name(name);
            required.push(Required {
                store: format!("body.set_attr::<{t}>({name:?}, {ident});"),
                ident,
                field_type: format!("Expr<{t}>"),
                param_type: format!("impl Into<Expr<{t}>>"),
                doc: format!(
                    "`{name}`: Terraform type `{}`{}{}",
                    a.value_type(),
                    enum_doc(enum_name.as_deref()),
                    a.description
                        .as_deref()
                        .map(|d| format!(". {}", doc_text(d)))
                        .unwrap_or_default()
                ),
            });
        }
        for (name, b, sname) in nested.iter().filter(|(_, b, _)| b.min_items >= 1) {
            let call = if is_single(b) {
                "set_block"
            } else {
                "push_block"
            };
            let ident = setter_name(name);
            required.push(Required {
                store: format!("body.{call}({name:?}, {ident}.into_body());"),
                ident,
                field_type: sname.clone(),
                param_type: sname.clone(),
                doc: format!("`{name}`: block [`{sname}`]"),
            });
        }
        // Two required inputs of the same Rust type could be swapped silently: take them
        // as named fields of an args struct instead.
        let mut seen = BTreeSet::new();
        let args_struct = required
            .iter()
            .any(|r| !seen.insert(r.field_type.as_str()))
            .then(|| {
                let mut name = format!("{struct_name}Args");
                while self.taken.contains(&name) {
                    name.push_str("Fields");
                }
                self.taken.insert(name.clone());
                name
            });
        let no_args = required.is_empty();
        if top {
            self.top_args.clone_from(&args_struct);
        }

        let out = &mut self.out;
        for line in doc {
            let _ = writeln!(out, "///{}{line}", if line.is_empty() { "" } else { " " });
        }
        out.push_str(deprecated);
        if no_args {
            let _ = writeln!(out, "#[derive(Debug, Clone, PartialEq, Default)]");
        } else {
            let _ = writeln!(out, "#[derive(Debug, Clone, PartialEq)]");
        }
        let _ = writeln!(out, "#[must_use]");
        let _ = writeln!(out, "pub struct {struct_name} {{\n    body: Body,\n}}\n");
        if let Some(args) = &args_struct {
            let _ = writeln!(
                out,
                "/// The required arguments of [`{struct_name}::new`], by name: several have the same\n/// Rust type, so positional parameters could be swapped without a compile error."
            );
            let _ = writeln!(
                out,
                "#[derive(Debug, Clone, PartialEq)]\npub struct {args} {{"
            );
            for r in &required {
                let _ = writeln!(
                    out,
                    "    /// {}\n    pub {}: {},",
                    r.doc, r.ident, r.field_type
                );
            }
            let _ = writeln!(out, "}}\n");
        }
        let _ = writeln!(out, "impl {struct_name} {{");
        // Constructor.
        if no_args {
            let _ = writeln!(
                out,
                "    /// A new `{struct_name}` (it has no required arguments).\n    pub fn new() -> Self {{\n        Self::default()\n    }}\n"
            );
        } else if let Some(args) = &args_struct {
            let _ = writeln!(
                out,
                "    /// A new `{struct_name}` with the required arguments, named in [`{args}`]."
            );
            let _ = writeln!(out, "    pub fn new(args: {args}) -> Self {{");
            let fields: Vec<&str> = required.iter().map(|r| r.ident.as_str()).collect();
            let _ = writeln!(
                out,
                "        let {args} {{ {} }} = args;\n        let mut body = Body::new();",
                fields.join(", ")
            );
            for r in &required {
                let _ = writeln!(out, "        {}", r.store);
            }
            let _ = writeln!(out, "        {struct_name} {{ body }}\n    }}\n");
        } else {
            let _ = writeln!(
                out,
                "    /// A new `{struct_name}` with the required arguments."
            );
            for r in &required {
                let _ = writeln!(out, "    /// - {}", r.doc);
            }
            if required.len() > 7 {
                let _ = writeln!(out, "    #[allow(clippy::too_many_arguments)]");
            }
            let params: Vec<String> = required
                .iter()
                .map(|r| format!("{}: {}", r.ident, r.param_type))
                .collect();
            let _ = writeln!(out, "    pub fn new({}) -> Self {{", params.join(", "));
            let _ = writeln!(out, "        let mut body = Body::new();");
            for r in &required {
                let _ = writeln!(out, "        {}", r.store);
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
            let enum_name = self.enum_at(&sub(name), a);
            let t = rust_type(&a.value_type(), enum_name.as_deref());
            let out = &mut self.out;
            attr_doc(out, "    ", name, a, enum_name.as_deref());
            out.push_str(&deprecated_attr(a.deprecated, a.description.as_deref()));
            let _ = writeln!(
                out,
                "    pub fn {}(mut self, value: impl Into<Expr<{t}>>) -> Self {{\n        self.body.set_attr::<{t}>({name:?}, value);\n        self\n    }}\n",
                setter_name(name),
            );
        }
        let out = &mut self.out;
        // Block setters (required ones too, to add more items or replace).
        for (name, b, sname) in &nested {
            block_doc(out, "    ", name, b);
            let (call, verb) = if is_single(b) {
                ("set_block", "Sets")
            } else {
                ("push_block", "Adds one")
            };
            let _ = writeln!(out, "    ///\n    /// {verb} block; see [`{sname}`].");
            out.push_str(&deprecated_attr(
                b.block.deprecated,
                b.block.description.as_deref(),
            ));
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
            let mut doc = Vec::new();
            if let Some(d) = b
                .block
                .description
                .as_deref()
                .filter(|d| !d.trim().is_empty())
            {
                doc.push(doc_text(d));
                doc.push(String::new());
            }
            doc.push(format!("Block `{name}` of {label}."));
            doc.push(String::new());
            doc.push(format!(
                "Nesting: {}; {}.",
                format!("{:?}", b.nesting_mode).to_lowercase(),
                limits(b)
            ));
            let dep = deprecated_attr(b.block.deprecated, b.block.description.as_deref());
            self.builder(&sname, &sname, &sub(name), &b.block, &doc, &dep, false);
        }
    }
}

/// Generates the module source for one type. `schema_block` is the type's top-level block.
pub fn type_module(
    settings: &ModuleSettings<'_>,
    kind: Kind,
    tf_type: &str,
    schema_block: &Block,
) -> TypeModule {
    let struct_name = type_name(tf_type);
    let handle_name = format!("{struct_name}Ref");
    let kind_label = format!("{} `{tf_type}`", kind.word());
    let mut g = BuilderGen {
        out: String::new(),
        kind_label: kind_label.clone(),
        taken: [struct_name.clone(), handle_name.clone()]
            .into_iter()
            .collect(),
        enums: settings.enums,
        used_enums: BTreeSet::new(),
        top_args: None,
    };
    let url = registry_url(kind, tf_type);
    let _ = writeln!(
        g.out,
        "//! `{tf_type}` ({}): typed bindings generated from the provider schema. Do not edit;\n//! regenerate with `cargo xtask codegen`.\n//!\n//! Terraform docs: <{url}>\n\n#![allow(deprecated)]\n",
        kind.word()
    );
    let _ = writeln!(
        g.out,
        "#[allow(unused_imports)]\nuse {}::*;\n",
        settings.prelude
    );
    if !settings.enums.is_empty() {
        let _ = writeln!(
            g.out,
            "#[allow(unused_imports)]\nuse super::super::enums;\n"
        );
    }
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
    doc.push(String::new());
    doc.push(format!("Terraform docs: <{url}>"));
    let type_deprecated =
        deprecated_attr(schema_block.deprecated, schema_block.description.as_deref());
    g.builder(
        &struct_name,
        "",
        "",
        schema_block,
        &doc,
        &type_deprecated,
        true,
    );

    let mut enum_types = BTreeMap::new();
    for (name, a) in &schema_block.attributes {
        if let Some(e) = g.enum_at(name, a) {
            enum_types.insert(name.clone(), e);
        }
    }
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
    super::handle::emit(
        out,
        kind,
        tf_type,
        schema_block,
        &enum_types,
        &type_deprecated,
    );
    TypeModule {
        source: g.out,
        used_enums: g.used_enums,
        args: g.top_args,
    }
}
