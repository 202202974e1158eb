//! The handle (`<Type>Ref`) of a generated type: typed accessors for every readable
//! attribute and block, returned by `scope.add(..)`.

use std::collections::BTreeMap;
use std::fmt::Write;

use tfdr_codegen::schema::{Block, NestingMode};

use super::emit::{attr_doc, block_doc, deprecated_attr, registry_url, rust_type, Kind};
use super::naming::{method_name, type_name};

/// Names already taken by methods of the handle type (and `Deref` to `NodeHandle`).
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

fn accessor_name(name: &str) -> String {
    if HANDLE_RESERVED.contains(&name) {
        format!("{name}_attr")
    } else {
        method_name(name)
    }
}

/// Emits the handle of `tf_type` into `out`: the struct, `From<NodeHandle>`, `Deref` and
/// one accessor per attribute (write-only ones excluded: never in state) and block.
/// `enum_types` maps top-level attributes to their overlay enum.
pub(super) fn emit(
    out: &mut String,
    kind: Kind,
    tf_type: &str,
    schema_block: &Block,
    enum_types: &BTreeMap<String, String>,
    type_deprecated: &str,
) {
    let handle_name = format!("{}Ref", type_name(tf_type));
    let kind_label = format!("{} `{tf_type}`", kind.word());
    let url = registry_url(kind, tf_type);
    let _ = writeln!(
        out,
        "/// A {kind_label} added to a stack: typed references to its attributes.\n///\n/// Terraform docs: <{url}>\n{type_deprecated}#[derive(Debug, Clone)]\npub struct {handle_name}(NodeHandle);\n"
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
        let enum_name = enum_types.get(name).map(String::as_str);
        attr_doc(out, "    ", name, a, enum_name);
        out.push_str(&deprecated_attr(a.deprecated, a.description.as_deref()));
        let _ = writeln!(
            out,
            "    pub fn {}(&self) -> Expr<{}> {{\n        self.0.attr({name:?})\n    }}\n",
            accessor_name(name),
            rust_type(&a.value_type(), enum_name)
        );
    }
    for (name, b) in &schema_block.block_types {
        block_doc(out, "    ", name, b);
        out.push_str(&deprecated_attr(
            b.block.deprecated,
            b.block.description.as_deref(),
        ));
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
}
