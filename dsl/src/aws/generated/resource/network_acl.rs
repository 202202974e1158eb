//! `aws_network_acl` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_network_acl`: required arguments in [`NetworkAcl::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`NetworkAclRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct NetworkAcl {
    body: Body,
}
impl NetworkAcl {
    /// A new `NetworkAcl` with the required arguments.
    /// - `vpc_id`: Terraform type `string`
    pub fn new(vpc_id: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("vpc_id", vpc_id);
        NetworkAcl { body }
    }
    /// `egress`: optional, computed; Terraform type `set(object({action = string, cidr_block = string, from_port = number, icmp_code = number, icmp_type = number, ipv6_cidr_block = string, protocol = string, rule_no = number, to_port = number}))`.
    pub fn egress(mut self, value: impl Into<Expr<Vec<Dynamic>>>) -> Self {
        self.body.set_attr::<Vec<Dynamic>>("egress", value);
        self
    }
    /// `ingress`: optional, computed; Terraform type `set(object({action = string, cidr_block = string, from_port = number, icmp_code = number, icmp_type = number, ipv6_cidr_block = string, protocol = string, rule_no = number, to_port = number}))`.
    pub fn ingress(mut self, value: impl Into<Expr<Vec<Dynamic>>>) -> Self {
        self.body.set_attr::<Vec<Dynamic>>("ingress", value);
        self
    }
    /// `subnet_ids`: optional, computed; Terraform type `set(string)`.
    pub fn subnet_ids(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("subnet_ids", value);
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
}
impl Builder for NetworkAcl {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl NetworkAcl {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_network_acl";
}
impl TypedSpec for NetworkAcl {
    const TYPE: &'static str = "aws_network_acl";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for NetworkAcl {
    type Handle = NetworkAclRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_network_acl"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for NetworkAcl {}
/// A resource `aws_network_acl` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl>
#[derive(Debug, Clone)]
pub struct NetworkAclRef(NodeHandle);
impl From<NodeHandle> for NetworkAclRef {
    fn from(node: NodeHandle) -> Self {
        NetworkAclRef(node)
    }
}
impl std::ops::Deref for NetworkAclRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl NetworkAclRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `egress`: optional, computed; Terraform type `set(object({action = string, cidr_block = string, from_port = number, icmp_code = number, icmp_type = number, ipv6_cidr_block = string, protocol = string, rule_no = number, to_port = number}))`.
    pub fn egress(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("egress")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `ingress`: optional, computed; Terraform type `set(object({action = string, cidr_block = string, from_port = number, icmp_code = number, icmp_type = number, ipv6_cidr_block = string, protocol = string, rule_no = number, to_port = number}))`.
    pub fn ingress(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("ingress")
    }
    /// `owner_id`: computed; Terraform type `string`.
    pub fn owner_id(&self) -> Expr<String> {
        self.0.attr("owner_id")
    }
    /// `subnet_ids`: optional, computed; Terraform type `set(string)`.
    pub fn subnet_ids(&self) -> Expr<Vec<String>> {
        self.0.attr("subnet_ids")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `vpc_id`: required; Terraform type `string`.
    pub fn vpc_id(&self) -> Expr<String> {
        self.0.attr("vpc_id")
    }
}
