//! `aws_s3_bucket_logging` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_logging>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_s3_bucket_logging`: required arguments in [`S3BucketLogging::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`S3BucketLoggingRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_logging>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct S3BucketLogging {
    body: Body,
}
/// The required arguments of [`S3BucketLogging::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct S3BucketLoggingArgs {
    /// `bucket`: Terraform type `string`
    pub bucket: Expr<String>,
    /// `target_bucket`: Terraform type `string`
    pub target_bucket: Expr<String>,
    /// `target_prefix`: Terraform type `string`
    pub target_prefix: Expr<String>,
}
impl S3BucketLogging {
    /// A new `S3BucketLogging` with the required arguments, named in [`S3BucketLoggingArgs`].
    pub fn new(args: S3BucketLoggingArgs) -> Self {
        let S3BucketLoggingArgs { bucket, target_bucket, target_prefix } = args;
        let mut body = Body::new();
        body.set_attr::<String>("bucket", bucket);
        body.set_attr::<String>("target_bucket", target_bucket);
        body.set_attr::<String>("target_prefix", target_prefix);
        S3BucketLogging { body }
    }
    /// `expected_bucket_owner`: optional; Terraform type `string`.
    pub fn expected_bucket_owner(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("expected_bucket_owner", value);
        self
    }
    /// Block `target_grant` (set nesting, any number).
    ///
    /// Adds one block; see [`TargetGrant`].
    pub fn target_grant(mut self, block: TargetGrant) -> Self {
        self.body.push_block("target_grant", block.into_body());
        self
    }
    /// Block `target_object_key_format` (list nesting, at most 1).
    ///
    /// Sets block; see [`TargetObjectKeyFormat`].
    pub fn target_object_key_format(mut self, block: TargetObjectKeyFormat) -> Self {
        self.body.set_block("target_object_key_format", block.into_body());
        self
    }
}
impl Builder for S3BucketLogging {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `target_grant` of resource `aws_s3_bucket_logging`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TargetGrant {
    body: Body,
}
impl TargetGrant {
    /// A new `TargetGrant` with the required arguments.
    /// - `permission`: Terraform type `string`
    /// - `grantee`: block [`TargetGrantGrantee`]
    pub fn new(
        permission: impl Into<Expr<String>>,
        grantee: TargetGrantGrantee,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("permission", permission);
        body.set_block("grantee", grantee.into_body());
        TargetGrant { body }
    }
    /// Block `grantee` (list nesting, exactly 1).
    ///
    /// Sets block; see [`TargetGrantGrantee`].
    pub fn grantee(mut self, block: TargetGrantGrantee) -> Self {
        self.body.set_block("grantee", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetGrant {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `grantee` of resource `aws_s3_bucket_logging`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TargetGrantGrantee {
    body: Body,
}
impl TargetGrantGrantee {
    /// A new `TargetGrantGrantee` with the required arguments.
    /// - `type`: Terraform type `string`
    pub fn new(r#type: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("type", r#type);
        TargetGrantGrantee { body }
    }
    /// `email_address`: optional; Terraform type `string`.
    pub fn email_address(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("email_address", value);
        self
    }
    /// `id`: optional; Terraform type `string`.
    pub fn id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("id", value);
        self
    }
    /// `uri`: optional; Terraform type `string`.
    pub fn uri(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("uri", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetGrantGrantee {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `target_object_key_format` of resource `aws_s3_bucket_logging`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct TargetObjectKeyFormat {
    body: Body,
}
impl TargetObjectKeyFormat {
    /// A new `TargetObjectKeyFormat` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// Block `partitioned_prefix` (list nesting, at most 1).
    ///
    /// Sets block; see [`TargetObjectKeyFormatPartitionedPrefix`].
    pub fn partitioned_prefix(
        mut self,
        block: TargetObjectKeyFormatPartitionedPrefix,
    ) -> Self {
        self.body.set_block("partitioned_prefix", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetObjectKeyFormat {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `partitioned_prefix` of resource `aws_s3_bucket_logging`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TargetObjectKeyFormatPartitionedPrefix {
    body: Body,
}
impl TargetObjectKeyFormatPartitionedPrefix {
    /// A new `TargetObjectKeyFormatPartitionedPrefix` with the required arguments.
    /// - `partition_date_source`: Terraform type `string`
    pub fn new(partition_date_source: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("partition_date_source", partition_date_source);
        TargetObjectKeyFormatPartitionedPrefix {
            body,
        }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetObjectKeyFormatPartitionedPrefix {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl S3BucketLogging {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_s3_bucket_logging";
}
impl TypedSpec for S3BucketLogging {
    const TYPE: &'static str = "aws_s3_bucket_logging";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for S3BucketLogging {
    type Handle = S3BucketLoggingRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_s3_bucket_logging"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_s3_bucket_logging` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_logging>
#[derive(Debug, Clone)]
pub struct S3BucketLoggingRef(NodeHandle);
impl From<NodeHandle> for S3BucketLoggingRef {
    fn from(node: NodeHandle) -> Self {
        S3BucketLoggingRef(node)
    }
}
impl std::ops::Deref for S3BucketLoggingRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl S3BucketLoggingRef {
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
    /// `target_bucket`: required; Terraform type `string`.
    pub fn target_bucket(&self) -> Expr<String> {
        self.0.attr("target_bucket")
    }
    /// `target_prefix`: required; Terraform type `string`.
    pub fn target_prefix(&self) -> Expr<String> {
        self.0.attr("target_prefix")
    }
    /// Block `target_grant` (set nesting, any number).
    pub fn target_grant(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("target_grant")
    }
    /// Block `target_object_key_format` (list nesting, at most 1).
    pub fn target_object_key_format(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("target_object_key_format")
    }
}
