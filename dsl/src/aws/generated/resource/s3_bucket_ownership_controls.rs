//! `aws_s3_bucket_ownership_controls` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_ownership_controls>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The resource `aws_s3_bucket_ownership_controls`: required arguments in [`S3BucketOwnershipControls::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`S3BucketOwnershipControlsRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_ownership_controls>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct S3BucketOwnershipControls {
    body: Body,
}
impl S3BucketOwnershipControls {
    /// A new `S3BucketOwnershipControls` with the required arguments.
    /// - `bucket`: Terraform type `string`
    /// - `rule`: block [`Rule`]
    pub fn new(bucket: impl Into<Expr<String>>, rule: Rule) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("bucket", bucket);
        body.set_block("rule", rule.into_body());
        S3BucketOwnershipControls { body }
    }
    /// Block `rule` (list nesting, exactly 1).
    ///
    /// Sets block; see [`Rule`].
    pub fn rule(mut self, block: Rule) -> Self {
        self.body.set_block("rule", block.into_body());
        self
    }
}
impl Builder for S3BucketOwnershipControls {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `rule` of resource `aws_s3_bucket_ownership_controls`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Rule {
    body: Body,
}
impl Rule {
    /// A new `Rule` with the required arguments.
    /// - `object_ownership`: Terraform type `string`, one of [`ObjectOwnership`](enums::ObjectOwnership)
    pub fn new(object_ownership: impl Into<Expr<enums::ObjectOwnership>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<enums::ObjectOwnership>("object_ownership", object_ownership);
        Rule { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Rule {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl S3BucketOwnershipControls {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_s3_bucket_ownership_controls";
}
impl TypedSpec for S3BucketOwnershipControls {
    const TYPE: &'static str = "aws_s3_bucket_ownership_controls";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for S3BucketOwnershipControls {
    type Handle = S3BucketOwnershipControlsRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_s3_bucket_ownership_controls"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_s3_bucket_ownership_controls` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_ownership_controls>
#[derive(Debug, Clone)]
pub struct S3BucketOwnershipControlsRef(NodeHandle);
impl From<NodeHandle> for S3BucketOwnershipControlsRef {
    fn from(node: NodeHandle) -> Self {
        S3BucketOwnershipControlsRef(node)
    }
}
impl std::ops::Deref for S3BucketOwnershipControlsRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl S3BucketOwnershipControlsRef {
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
    /// Block `rule` (list nesting, exactly 1).
    pub fn rule(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("rule")
    }
}
