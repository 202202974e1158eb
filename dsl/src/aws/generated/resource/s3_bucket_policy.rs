//! `aws_s3_bucket_policy` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_policy>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_s3_bucket_policy`: required arguments in [`S3BucketPolicy::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`S3BucketPolicyRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_policy>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct S3BucketPolicy {
    body: Body,
}
/// The required arguments of [`S3BucketPolicy::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct S3BucketPolicyArgs {
    /// `bucket`: Terraform type `string`
    pub bucket: Expr<String>,
    /// `policy`: Terraform type `string`
    pub policy: Expr<String>,
}
impl S3BucketPolicy {
    /// A new `S3BucketPolicy` with the required arguments, named in [`S3BucketPolicyArgs`].
    pub fn new(args: S3BucketPolicyArgs) -> Self {
        let S3BucketPolicyArgs { bucket, policy } = args;
        let mut body = Body::new();
        body.set_attr::<String>("bucket", bucket);
        body.set_attr::<String>("policy", policy);
        S3BucketPolicy { body }
    }
}
impl Builder for S3BucketPolicy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl S3BucketPolicy {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_s3_bucket_policy";
}
impl TypedSpec for S3BucketPolicy {
    const TYPE: &'static str = "aws_s3_bucket_policy";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for S3BucketPolicy {
    type Handle = S3BucketPolicyRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_s3_bucket_policy"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_s3_bucket_policy` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_policy>
#[derive(Debug, Clone)]
pub struct S3BucketPolicyRef(NodeHandle);
impl From<NodeHandle> for S3BucketPolicyRef {
    fn from(node: NodeHandle) -> Self {
        S3BucketPolicyRef(node)
    }
}
impl std::ops::Deref for S3BucketPolicyRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl S3BucketPolicyRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `bucket`: required; Terraform type `string`.
    pub fn bucket(&self) -> Expr<String> {
        self.0.attr("bucket")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `policy`: required; Terraform type `string`.
    pub fn policy(&self) -> Expr<String> {
        self.0.attr("policy")
    }
}
