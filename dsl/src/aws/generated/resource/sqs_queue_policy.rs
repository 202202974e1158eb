//! `aws_sqs_queue_policy` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue_policy>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_sqs_queue_policy`: required arguments in [`SqsQueuePolicy::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`SqsQueuePolicyRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue_policy>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct SqsQueuePolicy {
    body: Body,
}
/// The required arguments of [`SqsQueuePolicy::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct SqsQueuePolicyArgs {
    /// `policy`: Terraform type `string`
    pub policy: Expr<String>,
    /// `queue_url`: Terraform type `string`
    pub queue_url: Expr<String>,
}
impl SqsQueuePolicy {
    /// A new `SqsQueuePolicy` with the required arguments, named in [`SqsQueuePolicyArgs`].
    pub fn new(args: SqsQueuePolicyArgs) -> Self {
        let SqsQueuePolicyArgs { policy, queue_url } = args;
        let mut body = Body::new();
        body.set_attr::<String>("policy", policy);
        body.set_attr::<String>("queue_url", queue_url);
        SqsQueuePolicy { body }
    }
}
impl Builder for SqsQueuePolicy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl SqsQueuePolicy {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_sqs_queue_policy";
}
impl TypedSpec for SqsQueuePolicy {
    const TYPE: &'static str = "aws_sqs_queue_policy";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for SqsQueuePolicy {
    type Handle = SqsQueuePolicyRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_sqs_queue_policy"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_sqs_queue_policy` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue_policy>
#[derive(Debug, Clone)]
pub struct SqsQueuePolicyRef(NodeHandle);
impl From<NodeHandle> for SqsQueuePolicyRef {
    fn from(node: NodeHandle) -> Self {
        SqsQueuePolicyRef(node)
    }
}
impl std::ops::Deref for SqsQueuePolicyRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl SqsQueuePolicyRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `policy`: required; Terraform type `string`.
    pub fn policy(&self) -> Expr<String> {
        self.0.attr("policy")
    }
    /// `queue_url`: required; Terraform type `string`.
    pub fn queue_url(&self) -> Expr<String> {
        self.0.attr("queue_url")
    }
}
