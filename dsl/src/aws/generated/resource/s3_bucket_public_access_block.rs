//! `aws_s3_bucket_public_access_block` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_public_access_block>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_s3_bucket_public_access_block`: required arguments in [`S3BucketPublicAccessBlock::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`S3BucketPublicAccessBlockRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_public_access_block>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct S3BucketPublicAccessBlock {
    body: Body,
}
impl S3BucketPublicAccessBlock {
    /// A new `S3BucketPublicAccessBlock` with the required arguments.
    /// - `bucket`: Terraform type `string`
    pub fn new(bucket: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("bucket", bucket);
        S3BucketPublicAccessBlock { body }
    }
    /// `block_public_acls`: optional; Terraform type `bool`.
    pub fn block_public_acls(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("block_public_acls", value);
        self
    }
    /// `block_public_policy`: optional; Terraform type `bool`.
    pub fn block_public_policy(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("block_public_policy", value);
        self
    }
    /// `ignore_public_acls`: optional; Terraform type `bool`.
    pub fn ignore_public_acls(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("ignore_public_acls", value);
        self
    }
    /// `restrict_public_buckets`: optional; Terraform type `bool`.
    pub fn restrict_public_buckets(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("restrict_public_buckets", value);
        self
    }
}
impl Builder for S3BucketPublicAccessBlock {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl S3BucketPublicAccessBlock {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_s3_bucket_public_access_block";
}
impl TypedSpec for S3BucketPublicAccessBlock {
    const TYPE: &'static str = "aws_s3_bucket_public_access_block";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for S3BucketPublicAccessBlock {
    type Handle = S3BucketPublicAccessBlockRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_s3_bucket_public_access_block"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_s3_bucket_public_access_block` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_public_access_block>
#[derive(Debug, Clone)]
pub struct S3BucketPublicAccessBlockRef(NodeHandle);
impl From<NodeHandle> for S3BucketPublicAccessBlockRef {
    fn from(node: NodeHandle) -> Self {
        S3BucketPublicAccessBlockRef(node)
    }
}
impl std::ops::Deref for S3BucketPublicAccessBlockRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl S3BucketPublicAccessBlockRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `block_public_acls`: optional; Terraform type `bool`.
    pub fn block_public_acls(&self) -> Expr<bool> {
        self.0.attr("block_public_acls")
    }
    /// `block_public_policy`: optional; Terraform type `bool`.
    pub fn block_public_policy(&self) -> Expr<bool> {
        self.0.attr("block_public_policy")
    }
    /// `bucket`: required; Terraform type `string`.
    pub fn bucket(&self) -> Expr<String> {
        self.0.attr("bucket")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `ignore_public_acls`: optional; Terraform type `bool`.
    pub fn ignore_public_acls(&self) -> Expr<bool> {
        self.0.attr("ignore_public_acls")
    }
    /// `restrict_public_buckets`: optional; Terraform type `bool`.
    pub fn restrict_public_buckets(&self) -> Expr<bool> {
        self.0.attr("restrict_public_buckets")
    }
}
