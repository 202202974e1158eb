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

/// A closed set of values of a string argument (an *enum overlay* of the generated
/// bindings, e.g. `VersioningStatus`). Setters of such arguments take
/// `impl Into<Expr<TheEnum>>`, which a variant or `TheEnum::from_expr(reference)` satisfies
/// and a plain string does not: a typo or a value from another set fails to compile.
/// Every variant also converts into `Expr<String>`, so it can be used where any string is.
pub trait TfEnum: Copy + 'static {
    /// Every value, exactly as Terraform and AWS spell it, in the order AWS documents them.
    const VALUES: &'static [&'static str];

    /// This value as Terraform and AWS spell it (one of [`TfEnum::VALUES`]).
    fn as_str(self) -> &'static str;
}
