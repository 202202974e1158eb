//! `aws_default_security_group` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_default_security_group`: required arguments in [`DefaultSecurityGroup::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`DefaultSecurityGroupRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct DefaultSecurityGroup {
    body: Body,
}
impl DefaultSecurityGroup {
    /// A new `DefaultSecurityGroup` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `egress`: optional, computed; Terraform type `set(object({cidr_blocks = list(string), description = string, from_port = number, ipv6_cidr_blocks = list(string), prefix_list_ids = list(string), protocol = string, security_groups = set(string), self = bool, to_port = number}))`.
    pub fn egress(mut self, value: impl Into<Expr<Vec<Dynamic>>>) -> Self {
        self.body.set_attr::<Vec<Dynamic>>("egress", value);
        self
    }
    /// `ingress`: optional, computed; Terraform type `set(object({cidr_blocks = list(string), description = string, from_port = number, ipv6_cidr_blocks = list(string), prefix_list_ids = list(string), protocol = string, security_groups = set(string), self = bool, to_port = number}))`.
    pub fn ingress(mut self, value: impl Into<Expr<Vec<Dynamic>>>) -> Self {
        self.body.set_attr::<Vec<Dynamic>>("ingress", value);
        self
    }
    /// `revoke_rules_on_delete`: optional; Terraform type `bool`.
    pub fn revoke_rules_on_delete(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("revoke_rules_on_delete", value);
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
    /// `vpc_id`: optional, computed; Terraform type `string`.
    pub fn vpc_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("vpc_id", value);
        self
    }
}
impl Builder for DefaultSecurityGroup {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl DefaultSecurityGroup {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_default_security_group";
}
impl TypedSpec for DefaultSecurityGroup {
    const TYPE: &'static str = "aws_default_security_group";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for DefaultSecurityGroup {
    type Handle = DefaultSecurityGroupRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_default_security_group"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for DefaultSecurityGroup {}
/// A resource `aws_default_security_group` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group>
#[derive(Debug, Clone)]
pub struct DefaultSecurityGroupRef(NodeHandle);
impl From<NodeHandle> for DefaultSecurityGroupRef {
    fn from(node: NodeHandle) -> Self {
        DefaultSecurityGroupRef(node)
    }
}
impl std::ops::Deref for DefaultSecurityGroupRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl DefaultSecurityGroupRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `description`: computed; Terraform type `string`.
    pub fn description(&self) -> Expr<String> {
        self.0.attr("description")
    }
    /// `egress`: optional, computed; Terraform type `set(object({cidr_blocks = list(string), description = string, from_port = number, ipv6_cidr_blocks = list(string), prefix_list_ids = list(string), protocol = string, security_groups = set(string), self = bool, to_port = number}))`.
    pub fn egress(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("egress")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `ingress`: optional, computed; Terraform type `set(object({cidr_blocks = list(string), description = string, from_port = number, ipv6_cidr_blocks = list(string), prefix_list_ids = list(string), protocol = string, security_groups = set(string), self = bool, to_port = number}))`.
    pub fn ingress(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("ingress")
    }
    /// `name`: computed; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `name_prefix`: computed; Terraform type `string`.
    pub fn name_prefix(&self) -> Expr<String> {
        self.0.attr("name_prefix")
    }
    /// `owner_id`: computed; Terraform type `string`.
    pub fn owner_id(&self) -> Expr<String> {
        self.0.attr("owner_id")
    }
    /// `revoke_rules_on_delete`: optional; Terraform type `bool`.
    pub fn revoke_rules_on_delete(&self) -> Expr<bool> {
        self.0.attr("revoke_rules_on_delete")
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
}
