//! `aws_route53_zone` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_zone>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_route53_zone`: required arguments in [`Route53Zone::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`Route53ZoneRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_zone>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Route53Zone {
    body: Body,
}
impl Route53Zone {
    /// A new `Route53Zone` with the required arguments.
    /// - `name`: Terraform type `string`
    pub fn new(name: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("name", name);
        Route53Zone { body }
    }
    /// `comment`: optional; Terraform type `string`.
    pub fn comment(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("comment", value);
        self
    }
    /// `delegation_set_id`: optional; Terraform type `string`.
    pub fn delegation_set_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("delegation_set_id", value);
        self
    }
    /// `force_destroy`: optional; Terraform type `bool`.
    pub fn force_destroy(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("force_destroy", value);
        self
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
    /// Block `timeouts` (single nesting, any number).
    ///
    /// Sets block; see [`Timeouts`].
    pub fn timeouts(mut self, block: Timeouts) -> Self {
        self.body.set_block("timeouts", block.into_body());
        self
    }
    /// Block `vpc` (set nesting, any number).
    ///
    /// Adds one block; see [`Vpc`].
    pub fn vpc(mut self, block: Vpc) -> Self {
        self.body.push_block("vpc", block.into_body());
        self
    }
}
impl Builder for Route53Zone {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_route53_zone`.
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
/// Block `vpc` of resource `aws_route53_zone`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Vpc {
    body: Body,
}
impl Vpc {
    /// A new `Vpc` with the required arguments.
    /// - `vpc_id`: Terraform type `string`
    pub fn new(vpc_id: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("vpc_id", vpc_id);
        Vpc { body }
    }
    /// `vpc_region`: optional, computed; Terraform type `string`.
    pub fn vpc_region(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("vpc_region", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Vpc {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl Route53Zone {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_route53_zone";
}
impl TypedSpec for Route53Zone {
    const TYPE: &'static str = "aws_route53_zone";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for Route53Zone {
    type Handle = Route53ZoneRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_route53_zone"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for Route53Zone {}
/// A resource `aws_route53_zone` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_zone>
#[derive(Debug, Clone)]
pub struct Route53ZoneRef(NodeHandle);
impl From<NodeHandle> for Route53ZoneRef {
    fn from(node: NodeHandle) -> Self {
        Route53ZoneRef(node)
    }
}
impl std::ops::Deref for Route53ZoneRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl Route53ZoneRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `comment`: optional; Terraform type `string`.
    pub fn comment(&self) -> Expr<String> {
        self.0.attr("comment")
    }
    /// `delegation_set_id`: optional; Terraform type `string`.
    pub fn delegation_set_id(&self) -> Expr<String> {
        self.0.attr("delegation_set_id")
    }
    /// `force_destroy`: optional; Terraform type `bool`.
    pub fn force_destroy(&self) -> Expr<bool> {
        self.0.attr("force_destroy")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `name`: required; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `name_servers`: computed; Terraform type `list(string)`.
    pub fn name_servers(&self) -> Expr<Vec<String>> {
        self.0.attr("name_servers")
    }
    /// `primary_name_server`: computed; Terraform type `string`.
    pub fn primary_name_server(&self) -> Expr<String> {
        self.0.attr("primary_name_server")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `zone_id`: computed; Terraform type `string`.
    pub fn zone_id(&self) -> Expr<String> {
        self.0.attr("zone_id")
    }
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
    /// Block `vpc` (set nesting, any number).
    pub fn vpc(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("vpc")
    }
}
