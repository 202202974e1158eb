//! `aws_internet_gateway` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/internet_gateway>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_internet_gateway`: required arguments in [`InternetGateway::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`InternetGatewayRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/internet_gateway>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct InternetGateway {
    body: Body,
}
impl InternetGateway {
    /// A new `InternetGateway` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("tags", value);
        self
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("tags_all", value);
        self
    }
    /// `vpc_id`: optional, computed; Terraform type `string`.
    pub fn vpc_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("vpc_id", value);
        self
    }
    /// Block `timeouts` (single nesting, any number).
    ///
    /// Sets block; see [`Timeouts`].
    pub fn timeouts(mut self, block: Timeouts) -> Self {
        self.body.set_block("timeouts", block.into_body());
        self
    }
}
impl Builder for InternetGateway {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_internet_gateway`.
///
/// Nesting: single; any number.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Timeouts {
    body: Body,
}
impl Timeouts {
    /// A new `Timeouts` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `create`: optional; Terraform type `string`.
    pub fn create(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("create", value);
        self
    }
    /// `delete`: optional; Terraform type `string`.
    pub fn delete(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("delete", value);
        self
    }
    /// `update`: optional; Terraform type `string`.
    pub fn update(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("update", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Timeouts {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl InternetGateway {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_internet_gateway";
}
impl TypedSpec for InternetGateway {
    const TYPE: &'static str = "aws_internet_gateway";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for InternetGateway {
    type Handle = InternetGatewayRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_internet_gateway"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for InternetGateway {}
/// A resource `aws_internet_gateway` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/internet_gateway>
#[derive(Debug, Clone)]
pub struct InternetGatewayRef(NodeHandle);
impl From<NodeHandle> for InternetGatewayRef {
    fn from(node: NodeHandle) -> Self {
        InternetGatewayRef(node)
    }
}
impl std::ops::Deref for InternetGatewayRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl InternetGatewayRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `owner_id`: computed; Terraform type `string`.
    pub fn owner_id(&self) -> Expr<String> {
        self.0.attr("owner_id")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `vpc_id`: optional, computed; Terraform type `string`.
    pub fn vpc_id(&self) -> Expr<String> {
        self.0.attr("vpc_id")
    }
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
}
