//! `aws_s3_bucket_lifecycle_configuration` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_lifecycle_configuration>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_s3_bucket_lifecycle_configuration`: required arguments in [`S3BucketLifecycleConfiguration::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`S3BucketLifecycleConfigurationRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_lifecycle_configuration>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct S3BucketLifecycleConfiguration {
    body: Body,
}
impl S3BucketLifecycleConfiguration {
    /// A new `S3BucketLifecycleConfiguration` with the required arguments.
    /// - `bucket`: Terraform type `string`
    pub fn new(bucket: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("bucket", bucket);
        S3BucketLifecycleConfiguration {
            body,
        }
    }
    /// `expected_bucket_owner`: optional, computed; Terraform type `string`.
    pub fn expected_bucket_owner(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("expected_bucket_owner", value);
        self
    }
    /// `transition_default_minimum_object_size`: optional, computed; Terraform type `string`.
    pub fn transition_default_minimum_object_size(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("transition_default_minimum_object_size", value);
        self
    }
    /// Block `rule` (list nesting, any number).
    ///
    /// Adds one block; see [`Rule`].
    pub fn rule(mut self, block: Rule) -> Self {
        self.body.push_block("rule", block.into_body());
        self
    }
    /// Block `timeouts` (single nesting, any number).
    ///
    /// Sets block; see [`Timeouts`].
    pub fn timeouts(mut self, block: Timeouts) -> Self {
        self.body.set_block("timeouts", block.into_body());
        self
    }
}
impl Builder for S3BucketLifecycleConfiguration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `rule` of resource `aws_s3_bucket_lifecycle_configuration`.
///
/// Nesting: list; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Rule {
    body: Body,
}
/// The required arguments of [`Rule::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleArgs {
    /// `id`: Terraform type `string`
    pub id: Expr<String>,
    /// `status`: Terraform type `string`
    pub status: Expr<String>,
}
impl Rule {
    /// A new `Rule` with the required arguments, named in [`RuleArgs`].
    pub fn new(args: RuleArgs) -> Self {
        let RuleArgs { id, status } = args;
        let mut body = Body::new();
        body.set_attr::<String>("id", id);
        body.set_attr::<String>("status", status);
        Rule { body }
    }
    /// `prefix`: optional, computed, deprecated; Terraform type `string`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn prefix(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("prefix", value);
        self
    }
    /// Block `abort_incomplete_multipart_upload` (list nesting, any number).
    ///
    /// Adds one block; see [`RuleAbortIncompleteMultipartUpload`].
    pub fn abort_incomplete_multipart_upload(
        mut self,
        block: RuleAbortIncompleteMultipartUpload,
    ) -> Self {
        self.body.push_block("abort_incomplete_multipart_upload", block.into_body());
        self
    }
    /// Block `expiration` (list nesting, any number).
    ///
    /// Adds one block; see [`RuleExpiration`].
    pub fn expiration(mut self, block: RuleExpiration) -> Self {
        self.body.push_block("expiration", block.into_body());
        self
    }
    /// Block `filter` (list nesting, any number).
    ///
    /// Adds one block; see [`RuleFilter`].
    pub fn filter(mut self, block: RuleFilter) -> Self {
        self.body.push_block("filter", block.into_body());
        self
    }
    /// Block `noncurrent_version_expiration` (list nesting, any number).
    ///
    /// Adds one block; see [`RuleNoncurrentVersionExpiration`].
    pub fn noncurrent_version_expiration(
        mut self,
        block: RuleNoncurrentVersionExpiration,
    ) -> Self {
        self.body.push_block("noncurrent_version_expiration", block.into_body());
        self
    }
    /// Block `noncurrent_version_transition` (set nesting, any number).
    ///
    /// Adds one block; see [`RuleNoncurrentVersionTransition`].
    pub fn noncurrent_version_transition(
        mut self,
        block: RuleNoncurrentVersionTransition,
    ) -> Self {
        self.body.push_block("noncurrent_version_transition", block.into_body());
        self
    }
    /// Block `transition` (set nesting, any number).
    ///
    /// Adds one block; see [`RuleTransition`].
    pub fn transition(mut self, block: RuleTransition) -> Self {
        self.body.push_block("transition", block.into_body());
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
/// Block `abort_incomplete_multipart_upload` of resource `aws_s3_bucket_lifecycle_configuration`.
///
/// Nesting: list; any number.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct RuleAbortIncompleteMultipartUpload {
    body: Body,
}
impl RuleAbortIncompleteMultipartUpload {
    /// A new `RuleAbortIncompleteMultipartUpload` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `days_after_initiation`: optional; Terraform type `number`.
    pub fn days_after_initiation(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("days_after_initiation", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleAbortIncompleteMultipartUpload {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `expiration` of resource `aws_s3_bucket_lifecycle_configuration`.
///
/// Nesting: list; any number.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct RuleExpiration {
    body: Body,
}
impl RuleExpiration {
    /// A new `RuleExpiration` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `date`: optional; Terraform type `string`.
    pub fn date(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("date", value);
        self
    }
    /// `days`: optional, computed; Terraform type `number`.
    pub fn days(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("days", value);
        self
    }
    /// `expired_object_delete_marker`: optional, computed; Terraform type `bool`.
    pub fn expired_object_delete_marker(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("expired_object_delete_marker", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleExpiration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `filter` of resource `aws_s3_bucket_lifecycle_configuration`.
///
/// Nesting: list; any number.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct RuleFilter {
    body: Body,
}
impl RuleFilter {
    /// A new `RuleFilter` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `object_size_greater_than`: optional, computed; Terraform type `number`.
    pub fn object_size_greater_than(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("object_size_greater_than", value);
        self
    }
    /// `object_size_less_than`: optional, computed; Terraform type `number`.
    pub fn object_size_less_than(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("object_size_less_than", value);
        self
    }
    /// `prefix`: optional, computed; Terraform type `string`.
    pub fn prefix(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("prefix", value);
        self
    }
    /// Block `and` (list nesting, any number).
    ///
    /// Adds one block; see [`RuleFilterAnd`].
    pub fn and(mut self, block: RuleFilterAnd) -> Self {
        self.body.push_block("and", block.into_body());
        self
    }
    /// Block `tag` (list nesting, any number).
    ///
    /// Adds one block; see [`RuleFilterTag`].
    pub fn tag(mut self, block: RuleFilterTag) -> Self {
        self.body.push_block("tag", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleFilter {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `and` of resource `aws_s3_bucket_lifecycle_configuration`.
///
/// Nesting: list; any number.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct RuleFilterAnd {
    body: Body,
}
impl RuleFilterAnd {
    /// A new `RuleFilterAnd` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `object_size_greater_than`: optional, computed; Terraform type `number`.
    pub fn object_size_greater_than(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("object_size_greater_than", value);
        self
    }
    /// `object_size_less_than`: optional, computed; Terraform type `number`.
    pub fn object_size_less_than(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("object_size_less_than", value);
        self
    }
    /// `prefix`: optional, computed; Terraform type `string`.
    pub fn prefix(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("prefix", value);
        self
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("tags", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleFilterAnd {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `tag` of resource `aws_s3_bucket_lifecycle_configuration`.
///
/// Nesting: list; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RuleFilterTag {
    body: Body,
}
/// The required arguments of [`RuleFilterTag::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleFilterTagArgs {
    /// `key`: Terraform type `string`
    pub key: Expr<String>,
    /// `value`: Terraform type `string`
    pub value: Expr<String>,
}
impl RuleFilterTag {
    /// A new `RuleFilterTag` with the required arguments, named in [`RuleFilterTagArgs`].
    pub fn new(args: RuleFilterTagArgs) -> Self {
        let RuleFilterTagArgs { key, value } = args;
        let mut body = Body::new();
        body.set_attr::<String>("key", key);
        body.set_attr::<String>("value", value);
        RuleFilterTag { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleFilterTag {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `noncurrent_version_expiration` of resource `aws_s3_bucket_lifecycle_configuration`.
///
/// Nesting: list; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RuleNoncurrentVersionExpiration {
    body: Body,
}
impl RuleNoncurrentVersionExpiration {
    /// A new `RuleNoncurrentVersionExpiration` with the required arguments.
    /// - `noncurrent_days`: Terraform type `number`
    pub fn new(noncurrent_days: impl Into<Expr<Number>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Number>("noncurrent_days", noncurrent_days);
        RuleNoncurrentVersionExpiration {
            body,
        }
    }
    /// `newer_noncurrent_versions`: optional, computed; Terraform type `number`.
    pub fn newer_noncurrent_versions(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("newer_noncurrent_versions", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleNoncurrentVersionExpiration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `noncurrent_version_transition` of resource `aws_s3_bucket_lifecycle_configuration`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RuleNoncurrentVersionTransition {
    body: Body,
}
impl RuleNoncurrentVersionTransition {
    /// A new `RuleNoncurrentVersionTransition` with the required arguments.
    /// - `noncurrent_days`: Terraform type `number`
    /// - `storage_class`: Terraform type `string`
    pub fn new(
        noncurrent_days: impl Into<Expr<Number>>,
        storage_class: impl Into<Expr<String>>,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<Number>("noncurrent_days", noncurrent_days);
        body.set_attr::<String>("storage_class", storage_class);
        RuleNoncurrentVersionTransition {
            body,
        }
    }
    /// `newer_noncurrent_versions`: optional, computed; Terraform type `number`.
    pub fn newer_noncurrent_versions(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("newer_noncurrent_versions", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleNoncurrentVersionTransition {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `transition` of resource `aws_s3_bucket_lifecycle_configuration`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RuleTransition {
    body: Body,
}
impl RuleTransition {
    /// A new `RuleTransition` with the required arguments.
    /// - `storage_class`: Terraform type `string`
    pub fn new(storage_class: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("storage_class", storage_class);
        RuleTransition { body }
    }
    /// `date`: optional; Terraform type `string`.
    pub fn date(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("date", value);
        self
    }
    /// `days`: optional, computed; Terraform type `number`.
    pub fn days(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("days", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleTransition {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_s3_bucket_lifecycle_configuration`.
///
/// Nesting: single; any number.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Timeouts {
    body: Body,
}
impl Timeouts {
    /// A new `Timeouts` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
    ///
    /// `create`: optional; Terraform type `string`.
    pub fn create(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("create", value);
        self
    }
    /// A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
    ///
    /// `update`: optional; Terraform type `string`.
    pub fn update(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("update", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Timeouts {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl S3BucketLifecycleConfiguration {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_s3_bucket_lifecycle_configuration";
}
impl TypedSpec for S3BucketLifecycleConfiguration {
    const TYPE: &'static str = "aws_s3_bucket_lifecycle_configuration";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for S3BucketLifecycleConfiguration {
    type Handle = S3BucketLifecycleConfigurationRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_s3_bucket_lifecycle_configuration"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_s3_bucket_lifecycle_configuration` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_lifecycle_configuration>
#[derive(Debug, Clone)]
pub struct S3BucketLifecycleConfigurationRef(NodeHandle);
impl From<NodeHandle> for S3BucketLifecycleConfigurationRef {
    fn from(node: NodeHandle) -> Self {
        S3BucketLifecycleConfigurationRef(node)
    }
}
impl std::ops::Deref for S3BucketLifecycleConfigurationRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl S3BucketLifecycleConfigurationRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `bucket`: required; Terraform type `string`.
    pub fn bucket(&self) -> Expr<String> {
        self.0.attr("bucket")
    }
    /// `expected_bucket_owner`: optional, computed; Terraform type `string`.
    pub fn expected_bucket_owner(&self) -> Expr<String> {
        self.0.attr("expected_bucket_owner")
    }
    /// `id`: computed, deprecated; Terraform type `string`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `transition_default_minimum_object_size`: optional, computed; Terraform type `string`.
    pub fn transition_default_minimum_object_size(&self) -> Expr<String> {
        self.0.attr("transition_default_minimum_object_size")
    }
    /// Block `rule` (list nesting, any number).
    pub fn rule(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("rule")
    }
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
}
