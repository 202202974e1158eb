//! References: every `${…}` in a value is checked against what the document declares
//! (resources with their `count`/`for_each`, variables, locals, modules) and traversed
//! through the schema of the type it names.

use serde_json::Value;

use super::super::template::{self, is_identifier, Step, Traversal};
use super::super::types::friendly_name;
use super::{index_path, key_path, suggestion, Checker, Kind, Use, SPECIAL_ROOTS};
use crate::schema::{Block, CtyType, NestedBlock, NestingMode};
use crate::validate::Rule;

impl<'a> Checker<'a> {
    /// Checks the references in every string (and object key) of `v`; returns true if some
    /// string's value is ephemeral (it references an ephemeral resource or variable and does
    /// not call `ephemeralasnull`).
    pub(super) fn scan_value(&mut self, v: &Value, path: &str, iterators: &[String]) -> bool {
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

    pub(super) fn string(&mut self, s: &str, path: &str, iterators: &[String]) -> bool {
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
    pub(super) fn reference(&mut self, t: &Traversal, path: &str, use_: Use) -> bool {
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

    pub(super) fn resource_reference(
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
    pub(super) fn block_traversal(&mut self, block: &Block, steps: &[Step], path: &str) {
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
    pub(super) fn nested_traversal(
        &mut self,
        name: &str,
        nb: &NestedBlock,
        steps: &[Step],
        path: &str,
    ) {
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
    pub(super) fn type_traversal(&mut self, ty: &CtyType, steps: &[Step], path: &str) {
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
