//! `aws_route53_zone` (data): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/route53_zone>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The data `aws_route53_zone`: required arguments in [`Route53Zone::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`Route53ZoneRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/route53_zone>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Route53Zone {
    body: Body,
}
impl Route53Zone {
    /// A new `Route53Zone` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `name`: optional, computed; Terraform type `string`.
    pub fn name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("name", value);
        self
    }
    /// `private_zone`: optional; Terraform type `bool`.
    pub fn private_zone(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("private_zone", value);
        self
    }
    /// `tags`: optional, computed; Terraform type `map(string)`.
    pub fn tags(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("tags", value);
        self
    }
    /// `vpc_id`: optional, computed; Terraform type `string`.
    pub fn vpc_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("vpc_id", value);
        self
    }
    /// `zone_id`: optional, computed; Terraform type `string`.
    pub fn zone_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("zone_id", value);
        self
    }
}
impl Builder for Route53Zone {
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
    const KIND: ElementKind = ElementKind::Data;
}
impl Spec for Route53Zone {
    type Handle = Route53ZoneRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Data
    }
    fn type_name(&self) -> &str {
        "aws_route53_zone"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for Route53Zone {}
/// A data `aws_route53_zone` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/route53_zone>
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
    /// `caller_reference`: computed; Terraform type `string`.
    pub fn caller_reference(&self) -> Expr<String> {
        self.0.attr("caller_reference")
    }
    /// `comment`: computed; Terraform type `string`.
    pub fn comment(&self) -> Expr<String> {
        self.0.attr("comment")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `linked_service_description`: computed; Terraform type `string`.
    pub fn linked_service_description(&self) -> Expr<String> {
        self.0.attr("linked_service_description")
    }
    /// `linked_service_principal`: computed; Terraform type `string`.
    pub fn linked_service_principal(&self) -> Expr<String> {
        self.0.attr("linked_service_principal")
    }
    /// `name`: optional, computed; Terraform type `string`.
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
    /// `private_zone`: optional; Terraform type `bool`.
    pub fn private_zone(&self) -> Expr<bool> {
        self.0.attr("private_zone")
    }
    /// `resource_record_set_count`: computed; Terraform type `number`.
    pub fn resource_record_set_count(&self) -> Expr<Number> {
        self.0.attr("resource_record_set_count")
    }
    /// `tags`: optional, computed; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `vpc_id`: optional, computed; Terraform type `string`.
    pub fn vpc_id(&self) -> Expr<String> {
        self.0.attr("vpc_id")
    }
    /// `zone_id`: optional, computed; Terraform type `string`.
    pub fn zone_id(&self) -> Expr<String> {
        self.0.attr("zone_id")
    }
}
