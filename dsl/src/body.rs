//! The body of a resource, data source, ephemeral resource, provider or nested block:
//! arguments and nested blocks by name.

use std::collections::BTreeMap;

use crate::expr::{Expr, RawExpr};

/// How a nested block is written: one object (nesting `single`, or a list/set with at most
/// one item) or a list of objects.
#[derive(Debug, Clone, PartialEq)]
pub enum Blocks {
    /// One block, emitted as a JSON object.
    Single(Body),
    /// Zero or more blocks, emitted as a JSON array of objects.
    List(Vec<Body>),
}

/// One entry of a [`Body`].
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    /// An argument with an expression value.
    Attr(RawExpr),
    /// Nested blocks.
    Blocks(Blocks),
    /// Verbatim JSON (escape hatch): emitted exactly as given, nothing escaped.
    RawJson(serde_json::Value),
}

/// Arguments and nested blocks by name. Keys are unique; setting one again replaces it.
/// Iteration (and hence output) order is sorted by name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Body {
    entries: BTreeMap<String, Entry>,
}

impl Body {
    /// An empty body.
    pub fn new() -> Self {
        Body::default()
    }

    /// Sets argument `name` to `value` (untyped escape hatch; literals are escaped).
    /// Only the conversion is generic; the insertion is [`Body::set_raw`], compiled once in
    /// this crate rather than in every stack program for every setter.
    pub fn set_attr<T>(&mut self, name: &str, value: impl Into<Expr<T>>) -> &mut Self {
        self.set_raw(name, value.into().into_raw())
    }

    /// Sets argument `name` to an untyped expression tree.
    pub fn set_raw(&mut self, name: &str, value: RawExpr) -> &mut Self {
        self.entries.insert(name.to_string(), Entry::Attr(value));
        self
    }

    /// Sets `name` to one nested block, emitted as an object.
    pub fn set_block(&mut self, name: &str, block: Body) -> &mut Self {
        self.entries
            .insert(name.to_string(), Entry::Blocks(Blocks::Single(block)));
        self
    }

    /// Appends a nested block to the list `name` (creating it), emitted as an array.
    /// A `name` previously set as a single block becomes a list holding it and `block`.
    pub fn push_block(&mut self, name: &str, block: Body) -> &mut Self {
        match self.entries.get_mut(name) {
            Some(Entry::Blocks(Blocks::List(list))) => list.push(block),
            Some(Entry::Blocks(Blocks::Single(first))) => {
                let first = std::mem::take(first);
                self.entries.insert(
                    name.to_string(),
                    Entry::Blocks(Blocks::List(vec![first, block])),
                );
            }
            _ => {
                self.entries
                    .insert(name.to_string(), Entry::Blocks(Blocks::List(vec![block])));
            }
        }
        self
    }

    /// Sets `name` to verbatim JSON (escape hatch): nothing in it is escaped, so it may
    /// contain Terraform `${...}` interpolations.
    pub fn set_json(&mut self, name: &str, value: serde_json::Value) -> &mut Self {
        self.entries.insert(name.to_string(), Entry::RawJson(value));
        self
    }

    /// Removes `name`, returning what it held.
    pub fn remove(&mut self, name: &str) -> Option<Entry> {
        self.entries.remove(name)
    }

    /// The entry called `name`, if set.
    pub fn get(&self, name: &str) -> Option<&Entry> {
        self.entries.get(name)
    }

    /// A mutable handle on the entry called `name`, if set.
    pub fn get_mut(&mut self, name: &str) -> Option<&mut Entry> {
        self.entries.get_mut(name)
    }

    /// All entries, sorted by name.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &Entry)> {
        self.entries.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// True when nothing is set.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Calls `f` on every expression in this body and its nested blocks.
    pub fn visit_exprs(&self, f: &mut dyn FnMut(&RawExpr)) {
        for entry in self.entries.values() {
            match entry {
                Entry::Attr(e) => f(e),
                Entry::Blocks(Blocks::Single(b)) => b.visit_exprs(f),
                Entry::Blocks(Blocks::List(list)) => list.iter().for_each(|b| b.visit_exprs(f)),
                Entry::RawJson(_) => {}
            }
        }
    }
}

/// Builder-style construction of a [`Body`] (the untyped escape hatch).
impl Body {
    /// With argument `name` set to `value`.
    pub fn attr<T>(mut self, name: &str, value: impl Into<Expr<T>>) -> Self {
        self.set_attr(name, value);
        self
    }

    /// With one nested block `name`, emitted as an object.
    pub fn block(mut self, name: &str, block: Body) -> Self {
        self.set_block(name, block);
        self
    }

    /// With `block` appended to the block list `name`, emitted as an array.
    pub fn blocks(mut self, name: &str, block: Body) -> Self {
        self.push_block(name, block);
        self
    }

    /// With `name` set to verbatim JSON.
    pub fn json(mut self, name: &str, value: serde_json::Value) -> Self {
        self.set_json(name, value);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_block_turns_single_into_list() {
        let mut b = Body::new();
        b.set_block("rule", Body::new().attr("id", "a"));
        b.push_block("rule", Body::new().attr("id", "b"));
        match b.get("rule") {
            Some(Entry::Blocks(Blocks::List(l))) => assert_eq!(l.len(), 2),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn entries_are_sorted() {
        let b = Body::new().attr("z", "1").attr("a", true);
        let names: Vec<_> = b.entries().map(|(k, _)| k).collect();
        assert_eq!(names, ["a", "z"]);
    }
}
