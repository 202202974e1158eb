//! `aws_s3_bucket_versioning` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_versioning>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The resource `aws_s3_bucket_versioning`: required arguments in [`S3BucketVersioning::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`S3BucketVersioningRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_versioning>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct S3BucketVersioning {
    body: Body,
}
impl S3BucketVersioning {
    /// A new `S3BucketVersioning` with the required arguments.
    /// - `bucket`: Terraform type `string`
    /// - `versioning_configuration`: block [`VersioningConfiguration`]
    pub fn new(
        bucket: impl Into<Expr<String>>,
        versioning_configuration: VersioningConfiguration,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("bucket", bucket);
        body.set_block("versioning_configuration", versioning_configuration.into_body());
        S3BucketVersioning { body }
    }
    /// `expected_bucket_owner`: optional; Terraform type `string`.
    pub fn expected_bucket_owner(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("expected_bucket_owner", value);
        self
    }
    /// `mfa`: optional; Terraform type `string`.
    pub fn mfa(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("mfa", value);
        self
    }
    /// Block `versioning_configuration` (list nesting, exactly 1).
    ///
    /// Sets block; see [`VersioningConfiguration`].
    pub fn versioning_configuration(mut self, block: VersioningConfiguration) -> Self {
        self.body.set_block("versioning_configuration", block.into_body());
        self
    }
}
impl Builder for S3BucketVersioning {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `versioning_configuration` of resource `aws_s3_bucket_versioning`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct VersioningConfiguration {
    body: Body,
}
impl VersioningConfiguration {
    /// A new `VersioningConfiguration` with the required arguments.
    /// - `status`: Terraform type `string`, one of [`VersioningStatus`](enums::VersioningStatus)
    pub fn new(status: impl Into<Expr<enums::VersioningStatus>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<enums::VersioningStatus>("status", status);
        VersioningConfiguration { body }
    }
    /// `mfa_delete`: optional, computed; Terraform type `string`, one of [`MfaDeleteStatus`](enums::MfaDeleteStatus).
    pub fn mfa_delete(mut self, value: impl Into<Expr<enums::MfaDeleteStatus>>) -> Self {
        self.body.set_attr::<enums::MfaDeleteStatus>("mfa_delete", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for VersioningConfiguration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl S3BucketVersioning {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_s3_bucket_versioning";
}
impl TypedSpec for S3BucketVersioning {
    const TYPE: &'static str = "aws_s3_bucket_versioning";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for S3BucketVersioning {
    type Handle = S3BucketVersioningRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_s3_bucket_versioning"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_s3_bucket_versioning` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_versioning>
#[derive(Debug, Clone)]
pub struct S3BucketVersioningRef(NodeHandle);
impl From<NodeHandle> for S3BucketVersioningRef {
    fn from(node: NodeHandle) -> Self {
        S3BucketVersioningRef(node)
    }
}
impl std::ops::Deref for S3BucketVersioningRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl S3BucketVersioningRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `bucket`: required; Terraform type `string`.
    pub fn bucket(&self) -> Expr<String> {
        self.0.attr("bucket")
    }
    /// `expected_bucket_owner`: optional; Terraform type `string`.
    pub fn expected_bucket_owner(&self) -> Expr<String> {
        self.0.attr("expected_bucket_owner")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `mfa`: optional; Terraform type `string`.
    pub fn mfa(&self) -> Expr<String> {
        self.0.attr("mfa")
    }
    /// Block `versioning_configuration` (list nesting, exactly 1).
    pub fn versioning_configuration(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("versioning_configuration")
    }
}
