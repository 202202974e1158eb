//! `aws_cloudwatch_log_resource_policy` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_resource_policy>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_cloudwatch_log_resource_policy`: required arguments in [`CloudwatchLogResourcePolicy::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`CloudwatchLogResourcePolicyRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_resource_policy>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct CloudwatchLogResourcePolicy {
    body: Body,
}
/// The required arguments of [`CloudwatchLogResourcePolicy::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudwatchLogResourcePolicyArgs {
    /// `policy_document`: Terraform type `string`
    pub policy_document: Expr<String>,
    /// `policy_name`: Terraform type `string`
    pub policy_name: Expr<String>,
}
impl CloudwatchLogResourcePolicy {
    /// A new `CloudwatchLogResourcePolicy` with the required arguments, named in [`CloudwatchLogResourcePolicyArgs`].
    pub fn new(args: CloudwatchLogResourcePolicyArgs) -> Self {
        let CloudwatchLogResourcePolicyArgs { policy_document, policy_name } = args;
        let mut body = Body::new();
        body.set_attr::<String>("policy_document", policy_document);
        body.set_attr::<String>("policy_name", policy_name);
        CloudwatchLogResourcePolicy {
            body,
        }
    }
}
impl Builder for CloudwatchLogResourcePolicy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl CloudwatchLogResourcePolicy {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_cloudwatch_log_resource_policy";
}
impl TypedSpec for CloudwatchLogResourcePolicy {
    const TYPE: &'static str = "aws_cloudwatch_log_resource_policy";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for CloudwatchLogResourcePolicy {
    type Handle = CloudwatchLogResourcePolicyRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_cloudwatch_log_resource_policy"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_cloudwatch_log_resource_policy` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_resource_policy>
#[derive(Debug, Clone)]
pub struct CloudwatchLogResourcePolicyRef(NodeHandle);
impl From<NodeHandle> for CloudwatchLogResourcePolicyRef {
    fn from(node: NodeHandle) -> Self {
        CloudwatchLogResourcePolicyRef(node)
    }
}
impl std::ops::Deref for CloudwatchLogResourcePolicyRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl CloudwatchLogResourcePolicyRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `policy_document`: required; Terraform type `string`.
    pub fn policy_document(&self) -> Expr<String> {
        self.0.attr("policy_document")
    }
    /// `policy_name`: required; Terraform type `string`.
    pub fn policy_name(&self) -> Expr<String> {
        self.0.attr("policy_name")
    }
}
