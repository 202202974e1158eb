//! What can be added to a scope: [`Spec`], its static form [`TypedSpec`], and the
//! [`Untyped`] escape hatch.

use super::node::ElementKind;
use super::NodeHandle;
use crate::body::Body;
use crate::expr::Expr;

/// Something that becomes a resource, data source or ephemeral resource when added to a
/// scope. Implemented by the generated typed bindings and by [`Untyped`].
pub trait Spec {
    /// The handle returned by [`Scope::add`]: typed attribute accessors.
    type Handle: From<NodeHandle>;
    /// Resource, data source or ephemeral resource.
    fn element_kind(&self) -> ElementKind;
    /// The Terraform type name, e.g. `aws_s3_bucket`.
    fn type_name(&self) -> &str;
    /// The arguments and blocks.
    fn into_body(self) -> Body;
}

/// A [`Spec`] whose Terraform type and block kind are known at compile time: every
/// generated binding. Lets policy code, name lookups and test assertions be keyed by the
/// Rust type (`names.of::<S3Bucket>(..)`, `synth.resources_of::<S3Bucket>()`) instead of a
/// type-name string that a typo silently breaks.
pub trait TypedSpec: Spec {
    /// The Terraform type name, e.g. `aws_s3_bucket`.
    const TYPE: &'static str;
    /// Resource, data source or ephemeral resource.
    const KIND: ElementKind;
}

/// An untyped resource, data source or ephemeral resource: the escape hatch for types or
/// attributes the typed bindings do not cover yet.
#[derive(Debug, Clone, PartialEq)]
pub struct Untyped {
    kind: ElementKind,
    type_name: String,
    body: Body,
}

impl Untyped {
    /// An untyped `resource` of `type_name`.
    pub fn resource(type_name: &str) -> Self {
        Untyped {
            kind: ElementKind::Resource,
            type_name: type_name.to_string(),
            body: Body::new(),
        }
    }

    /// An untyped `data` source of `type_name`.
    pub fn data(type_name: &str) -> Self {
        Untyped {
            kind: ElementKind::Data,
            type_name: type_name.to_string(),
            body: Body::new(),
        }
    }

    /// An untyped `ephemeral` resource of `type_name`.
    pub fn ephemeral(type_name: &str) -> Self {
        Untyped {
            kind: ElementKind::Ephemeral,
            type_name: type_name.to_string(),
            body: Body::new(),
        }
    }

    /// With argument `name` set to `value`.
    pub fn attr<T>(mut self, name: &str, value: impl Into<Expr<T>>) -> Self {
        self.body.set_attr(name, value);
        self
    }

    /// With one nested block `name` (emitted as an object).
    pub fn block(mut self, name: &str, block: Body) -> Self {
        self.body.set_block(name, block);
        self
    }

    /// With `block` appended to the list of nested blocks `name` (emitted as an array).
    pub fn blocks(mut self, name: &str, block: Body) -> Self {
        self.body.push_block(name, block);
        self
    }

    /// With `name` set to verbatim JSON (nothing escaped).
    pub fn json(mut self, name: &str, value: serde_json::Value) -> Self {
        self.body.set_json(name, value);
        self
    }
}

impl Spec for Untyped {
    type Handle = NodeHandle;
    fn element_kind(&self) -> ElementKind {
        self.kind
    }
    fn type_name(&self) -> &str {
        &self.type_name
    }
    fn into_body(self) -> Body {
        self.body
    }
}
