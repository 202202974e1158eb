//! `aws_region` (data): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/region>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The data `aws_region`: required arguments in [`Region::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`RegionRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/region>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Region {
    body: Body,
}
impl Region {
    /// A new `Region` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `endpoint`: optional, computed; Terraform type `string`.
    pub fn endpoint(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("endpoint", value);
        self
    }
    /// `name`: optional, computed; Terraform type `string`.
    pub fn name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("name", value);
        self
    }
}
impl Builder for Region {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl Region {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_region";
}
impl TypedSpec for Region {
    const TYPE: &'static str = "aws_region";
    const KIND: ElementKind = ElementKind::Data;
}
impl Spec for Region {
    type Handle = RegionRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Data
    }
    fn type_name(&self) -> &str {
        "aws_region"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A data `aws_region` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/region>
#[derive(Debug, Clone)]
pub struct RegionRef(NodeHandle);
impl From<NodeHandle> for RegionRef {
    fn from(node: NodeHandle) -> Self {
        RegionRef(node)
    }
}
impl std::ops::Deref for RegionRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl RegionRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `description`: computed; Terraform type `string`.
    pub fn description(&self) -> Expr<String> {
        self.0.attr("description")
    }
    /// `endpoint`: optional, computed; Terraform type `string`.
    pub fn endpoint(&self) -> Expr<String> {
        self.0.attr("endpoint")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `name`: optional, computed; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
}
