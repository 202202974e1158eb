//! Bodies against schema blocks: arguments and their types, nested blocks and their
//! counts, `dynamic` blocks, and the `provider`, `variable` and `output` sections.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::super::template::is_identifier;
use super::super::types::conversion_error;
use super::{
    index_path, key_path, label_objects, labelled, suggestion, Checker, Ctx, Kind, OUTPUT_KEYS,
    VARIABLE_KEYS,
};
use crate::schema::{Attribute, Block, NestedBlock, NestingMode};
use crate::validate::Rule;

impl<'a> Checker<'a> {
    /// Checks a body against a schema block. `skip` are keys handled by the caller.
    pub(super) fn body(
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

    pub(super) fn attribute(
        &mut self,
        name: &str,
        a: &Attribute,
        v: &Value,
        path: &str,
        ctx: &Ctx,
    ) {
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

    pub(super) fn blocks(
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
    pub(super) fn dynamic_blocks(&mut self, v: &Value, block: &'a Block, path: &str, ctx: &Ctx) {
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

    pub(super) fn providers_section(&mut self, v: &Value, path: &str) {
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

    pub(super) fn variables_section(&mut self, v: &Value, path: &str) {
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

    pub(super) fn outputs_section(&mut self, v: &Value, path: &str) {
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
}
