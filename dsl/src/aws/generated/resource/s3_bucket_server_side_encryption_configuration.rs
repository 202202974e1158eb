//! `aws_s3_bucket_server_side_encryption_configuration` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_server_side_encryption_configuration>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The resource `aws_s3_bucket_server_side_encryption_configuration`: required arguments in [`S3BucketServerSideEncryptionConfiguration::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`S3BucketServerSideEncryptionConfigurationRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_server_side_encryption_configuration>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct S3BucketServerSideEncryptionConfiguration {
    body: Body,
}
impl S3BucketServerSideEncryptionConfiguration {
    /// A new `S3BucketServerSideEncryptionConfiguration` with the required arguments.
    /// - `bucket`: Terraform type `string`
    /// - `rule`: block [`Rule`]
    pub fn new(bucket: impl Into<Expr<String>>, rule: Rule) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("bucket", bucket);
        body.push_block("rule", rule.into_body());
        S3BucketServerSideEncryptionConfiguration {
            body,
        }
    }
    /// `expected_bucket_owner`: optional; Terraform type `string`.
    pub fn expected_bucket_owner(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("expected_bucket_owner", value);
        self
    }
    /// Block `rule` (set nesting, at least 1).
    ///
    /// Adds one block; see [`Rule`].
    pub fn rule(mut self, block: Rule) -> Self {
        self.body.push_block("rule", block.into_body());
        self
    }
}
impl Builder for S3BucketServerSideEncryptionConfiguration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `rule` of resource `aws_s3_bucket_server_side_encryption_configuration`.
///
/// Nesting: set; at least 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Rule {
    body: Body,
}
impl Rule {
    /// A new `Rule` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `bucket_key_enabled`: optional; Terraform type `bool`.
    pub fn bucket_key_enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("bucket_key_enabled", value);
        self
    }
    /// Block `apply_server_side_encryption_by_default` (list nesting, at most 1).
    ///
    /// Sets block; see [`RuleApplyServerSideEncryptionByDefault`].
    pub fn apply_server_side_encryption_by_default(
        mut self,
        block: RuleApplyServerSideEncryptionByDefault,
    ) -> Self {
        self.body
            .set_block("apply_server_side_encryption_by_default", block.into_body());
        self
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
/// Block `apply_server_side_encryption_by_default` of resource `aws_s3_bucket_server_side_encryption_configuration`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RuleApplyServerSideEncryptionByDefault {
    body: Body,
}
impl RuleApplyServerSideEncryptionByDefault {
    /// A new `RuleApplyServerSideEncryptionByDefault` with the required arguments.
    /// - `sse_algorithm`: Terraform type `string`, one of [`SseAlgorithm`](enums::SseAlgorithm)
    pub fn new(sse_algorithm: impl Into<Expr<enums::SseAlgorithm>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<enums::SseAlgorithm>("sse_algorithm", sse_algorithm);
        RuleApplyServerSideEncryptionByDefault {
            body,
        }
    }
    /// `kms_master_key_id`: optional; Terraform type `string`.
    pub fn kms_master_key_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("kms_master_key_id", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleApplyServerSideEncryptionByDefault {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl S3BucketServerSideEncryptionConfiguration {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_s3_bucket_server_side_encryption_configuration";
}
impl TypedSpec for S3BucketServerSideEncryptionConfiguration {
    const TYPE: &'static str = "aws_s3_bucket_server_side_encryption_configuration";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for S3BucketServerSideEncryptionConfiguration {
    type Handle = S3BucketServerSideEncryptionConfigurationRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_s3_bucket_server_side_encryption_configuration"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_s3_bucket_server_side_encryption_configuration` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_server_side_encryption_configuration>
#[derive(Debug, Clone)]
pub struct S3BucketServerSideEncryptionConfigurationRef(NodeHandle);
impl From<NodeHandle> for S3BucketServerSideEncryptionConfigurationRef {
    fn from(node: NodeHandle) -> Self {
        S3BucketServerSideEncryptionConfigurationRef(node)
    }
}
impl std::ops::Deref for S3BucketServerSideEncryptionConfigurationRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl S3BucketServerSideEncryptionConfigurationRef {
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
    /// Block `rule` (set nesting, at least 1).
    pub fn rule(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("rule")
    }
}
