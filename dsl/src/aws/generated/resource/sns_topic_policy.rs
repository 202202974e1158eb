//! `aws_sns_topic_policy` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic_policy>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_sns_topic_policy`: required arguments in [`SnsTopicPolicy::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`SnsTopicPolicyRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic_policy>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct SnsTopicPolicy {
    body: Body,
}
/// The required arguments of [`SnsTopicPolicy::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct SnsTopicPolicyArgs {
    /// `arn`: Terraform type `string`
    pub arn: Expr<String>,
    /// `policy`: Terraform type `string`
    pub policy: Expr<String>,
}
impl SnsTopicPolicy {
    /// A new `SnsTopicPolicy` with the required arguments, named in [`SnsTopicPolicyArgs`].
    pub fn new(args: SnsTopicPolicyArgs) -> Self {
        let SnsTopicPolicyArgs { arn, policy } = args;
        let mut body = Body::new();
        body.set_attr::<String>("arn", arn);
        body.set_attr::<String>("policy", policy);
        SnsTopicPolicy { body }
    }
}
impl Builder for SnsTopicPolicy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl SnsTopicPolicy {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_sns_topic_policy";
}
impl TypedSpec for SnsTopicPolicy {
    const TYPE: &'static str = "aws_sns_topic_policy";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for SnsTopicPolicy {
    type Handle = SnsTopicPolicyRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_sns_topic_policy"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_sns_topic_policy` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic_policy>
#[derive(Debug, Clone)]
pub struct SnsTopicPolicyRef(NodeHandle);
impl From<NodeHandle> for SnsTopicPolicyRef {
    fn from(node: NodeHandle) -> Self {
        SnsTopicPolicyRef(node)
    }
}
impl std::ops::Deref for SnsTopicPolicyRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl SnsTopicPolicyRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: required; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `owner`: computed; Terraform type `string`.
    pub fn owner(&self) -> Expr<String> {
        self.0.attr("owner")
    }
    /// `policy`: required; Terraform type `string`.
    pub fn policy(&self) -> Expr<String> {
        self.0.attr("policy")
    }
}
