//! `aws_vpc_security_group_ingress_rule` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_security_group_ingress_rule>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_vpc_security_group_ingress_rule`: required arguments in [`VpcSecurityGroupIngressRule::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`VpcSecurityGroupIngressRuleRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_security_group_ingress_rule>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct VpcSecurityGroupIngressRule {
    body: Body,
}
/// The required arguments of [`VpcSecurityGroupIngressRule::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcSecurityGroupIngressRuleArgs {
    /// `ip_protocol`: Terraform type `string`
    pub ip_protocol: Expr<String>,
    /// `security_group_id`: Terraform type `string`
    pub security_group_id: Expr<String>,
}
impl VpcSecurityGroupIngressRule {
    /// A new `VpcSecurityGroupIngressRule` with the required arguments, named in [`VpcSecurityGroupIngressRuleArgs`].
    pub fn new(args: VpcSecurityGroupIngressRuleArgs) -> Self {
        let VpcSecurityGroupIngressRuleArgs { ip_protocol, security_group_id } = args;
        let mut body = Body::new();
        body.set_attr::<String>("ip_protocol", ip_protocol);
        body.set_attr::<String>("security_group_id", security_group_id);
        VpcSecurityGroupIngressRule {
            body,
        }
    }
    /// `cidr_ipv4`: optional; Terraform type `string`.
    pub fn cidr_ipv4(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("cidr_ipv4", value);
        self
    }
    /// `cidr_ipv6`: optional; Terraform type `string`.
    pub fn cidr_ipv6(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("cidr_ipv6", value);
        self
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("description", value);
        self
    }
    /// `from_port`: optional; Terraform type `number`.
    pub fn from_port(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("from_port", value);
        self
    }
    /// `prefix_list_id`: optional; Terraform type `string`.
    pub fn prefix_list_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("prefix_list_id", value);
        self
    }
    /// `referenced_security_group_id`: optional; Terraform type `string`.
    pub fn referenced_security_group_id(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("referenced_security_group_id", value);
        self
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("tags", value);
        self
    }
    /// `to_port`: optional; Terraform type `number`.
    pub fn to_port(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("to_port", value);
        self
    }
}
impl Builder for VpcSecurityGroupIngressRule {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl VpcSecurityGroupIngressRule {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_vpc_security_group_ingress_rule";
}
impl TypedSpec for VpcSecurityGroupIngressRule {
    const TYPE: &'static str = "aws_vpc_security_group_ingress_rule";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for VpcSecurityGroupIngressRule {
    type Handle = VpcSecurityGroupIngressRuleRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_vpc_security_group_ingress_rule"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for VpcSecurityGroupIngressRule {}
/// A resource `aws_vpc_security_group_ingress_rule` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_security_group_ingress_rule>
#[derive(Debug, Clone)]
pub struct VpcSecurityGroupIngressRuleRef(NodeHandle);
impl From<NodeHandle> for VpcSecurityGroupIngressRuleRef {
    fn from(node: NodeHandle) -> Self {
        VpcSecurityGroupIngressRuleRef(node)
    }
}
impl std::ops::Deref for VpcSecurityGroupIngressRuleRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl VpcSecurityGroupIngressRuleRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `cidr_ipv4`: optional; Terraform type `string`.
    pub fn cidr_ipv4(&self) -> Expr<String> {
        self.0.attr("cidr_ipv4")
    }
    /// `cidr_ipv6`: optional; Terraform type `string`.
    pub fn cidr_ipv6(&self) -> Expr<String> {
        self.0.attr("cidr_ipv6")
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(&self) -> Expr<String> {
        self.0.attr("description")
    }
    /// `from_port`: optional; Terraform type `number`.
    pub fn from_port(&self) -> Expr<Number> {
        self.0.attr("from_port")
    }
    /// `id`: computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `ip_protocol`: required; Terraform type `string`.
    pub fn ip_protocol(&self) -> Expr<String> {
        self.0.attr("ip_protocol")
    }
    /// `prefix_list_id`: optional; Terraform type `string`.
    pub fn prefix_list_id(&self) -> Expr<String> {
        self.0.attr("prefix_list_id")
    }
    /// `referenced_security_group_id`: optional; Terraform type `string`.
    pub fn referenced_security_group_id(&self) -> Expr<String> {
        self.0.attr("referenced_security_group_id")
    }
    /// `security_group_id`: required; Terraform type `string`.
    pub fn security_group_id(&self) -> Expr<String> {
        self.0.attr("security_group_id")
    }
    /// `security_group_rule_id`: computed; Terraform type `string`.
    pub fn security_group_rule_id(&self) -> Expr<String> {
        self.0.attr("security_group_rule_id")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `to_port`: optional; Terraform type `number`.
    pub fn to_port(&self) -> Expr<Number> {
        self.0.attr("to_port")
    }
}
