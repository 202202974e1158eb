//! Traits shared by the generated typed bindings.

use crate::body::Body;
use crate::expr::{Expr, Map};

/// A typed builder of a resource, data source, ephemeral resource or nested block.
/// The provided methods are the escape hatch for arguments the bindings do not cover.
pub trait Builder: Sized {
    /// The arguments and nested blocks set so far.
    fn body_mut(&mut self) -> &mut Body;

    /// Sets argument `name` untyped (literals are escaped like typed ones).
    fn with_attr<T>(mut self, name: &str, value: impl Into<Expr<T>>) -> Self {
        self.body_mut().set_attr(name, value);
        self
    }

    /// Sets `name` to verbatim JSON (nothing escaped).
    fn with_json(mut self, name: &str, value: serde_json::Value) -> Self {
        self.body_mut().set_json(name, value);
        self
    }
}

/// A builder whose schema has a settable `tags` argument. Generated for exactly those
/// types; tagging policy code uses it instead of a hand-written list.
pub trait Taggable: Builder {
    /// Sets `tags` (replacing any set before).
    fn with_tags(mut self, tags: impl Into<Expr<Map<String>>>) -> Self {
        self.body_mut().set_attr("tags", tags);
        self
    }
}
