//! `aws_network_acl_rule` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl_rule>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The resource `aws_network_acl_rule`: required arguments in [`NetworkAclRule::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`NetworkAclRuleRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl_rule>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct NetworkAclRule {
    body: Body,
}
/// The required arguments of [`NetworkAclRule::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkAclRuleArgs {
    /// `network_acl_id`: Terraform type `string`
    pub network_acl_id: Expr<String>,
    /// `protocol`: Terraform type `string`
    pub protocol: Expr<String>,
    /// `rule_action`: Terraform type `string`, one of [`RuleAction`](enums::RuleAction)
    pub rule_action: Expr<enums::RuleAction>,
    /// `rule_number`: Terraform type `number`
    pub rule_number: Expr<Number>,
}
impl NetworkAclRule {
    /// A new `NetworkAclRule` with the required arguments, named in [`NetworkAclRuleArgs`].
    pub fn new(args: NetworkAclRuleArgs) -> Self {
        let NetworkAclRuleArgs { network_acl_id, protocol, rule_action, rule_number } = args;
        let mut body = Body::new();
        body.set_attr::<String>("network_acl_id", network_acl_id);
        body.set_attr::<String>("protocol", protocol);
        body.set_attr::<enums::RuleAction>("rule_action", rule_action);
        body.set_attr::<Number>("rule_number", rule_number);
        NetworkAclRule { body }
    }
    /// `cidr_block`: optional; Terraform type `string`.
    pub fn cidr_block(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("cidr_block", value);
        self
    }
    /// `egress`: optional; Terraform type `bool`.
    pub fn egress(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("egress", value);
        self
    }
    /// `from_port`: optional; Terraform type `number`.
    pub fn from_port(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("from_port", value);
        self
    }
    /// `icmp_code`: optional; Terraform type `number`.
    pub fn icmp_code(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("icmp_code", value);
        self
    }
    /// `icmp_type`: optional; Terraform type `number`.
    pub fn icmp_type(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("icmp_type", value);
        self
    }
    /// `ipv6_cidr_block`: optional; Terraform type `string`.
    pub fn ipv6_cidr_block(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("ipv6_cidr_block", value);
        self
    }
    /// `to_port`: optional; Terraform type `number`.
    pub fn to_port(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("to_port", value);
        self
    }
}
impl Builder for NetworkAclRule {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl NetworkAclRule {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_network_acl_rule";
}
impl TypedSpec for NetworkAclRule {
    const TYPE: &'static str = "aws_network_acl_rule";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for NetworkAclRule {
    type Handle = NetworkAclRuleRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_network_acl_rule"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_network_acl_rule` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl_rule>
#[derive(Debug, Clone)]
pub struct NetworkAclRuleRef(NodeHandle);
impl From<NodeHandle> for NetworkAclRuleRef {
    fn from(node: NodeHandle) -> Self {
        NetworkAclRuleRef(node)
    }
}
impl std::ops::Deref for NetworkAclRuleRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl NetworkAclRuleRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `cidr_block`: optional; Terraform type `string`.
    pub fn cidr_block(&self) -> Expr<String> {
        self.0.attr("cidr_block")
    }
    /// `egress`: optional; Terraform type `bool`.
    pub fn egress(&self) -> Expr<bool> {
        self.0.attr("egress")
    }
    /// `from_port`: optional; Terraform type `number`.
    pub fn from_port(&self) -> Expr<Number> {
        self.0.attr("from_port")
    }
    /// `icmp_code`: optional; Terraform type `number`.
    pub fn icmp_code(&self) -> Expr<Number> {
        self.0.attr("icmp_code")
    }
    /// `icmp_type`: optional; Terraform type `number`.
    pub fn icmp_type(&self) -> Expr<Number> {
        self.0.attr("icmp_type")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `ipv6_cidr_block`: optional; Terraform type `string`.
    pub fn ipv6_cidr_block(&self) -> Expr<String> {
        self.0.attr("ipv6_cidr_block")
    }
    /// `network_acl_id`: required; Terraform type `string`.
    pub fn network_acl_id(&self) -> Expr<String> {
        self.0.attr("network_acl_id")
    }
    /// `protocol`: required; Terraform type `string`.
    pub fn protocol(&self) -> Expr<String> {
        self.0.attr("protocol")
    }
    /// `rule_action`: required; Terraform type `string`, one of [`RuleAction`](enums::RuleAction).
    pub fn rule_action(&self) -> Expr<enums::RuleAction> {
        self.0.attr("rule_action")
    }
    /// `rule_number`: required; Terraform type `number`.
    pub fn rule_number(&self) -> Expr<Number> {
        self.0.attr("rule_number")
    }
    /// `to_port`: optional; Terraform type `number`.
    pub fn to_port(&self) -> Expr<Number> {
        self.0.attr("to_port")
    }
}
