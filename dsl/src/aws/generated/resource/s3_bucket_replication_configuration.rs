//! `aws_s3_bucket_replication_configuration` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_replication_configuration>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The resource `aws_s3_bucket_replication_configuration`: required arguments in [`S3BucketReplicationConfiguration::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`S3BucketReplicationConfigurationRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_replication_configuration>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct S3BucketReplicationConfiguration {
    body: Body,
}
/// The required arguments of [`S3BucketReplicationConfiguration::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct S3BucketReplicationConfigurationArgs {
    /// `bucket`: Terraform type `string`
    pub bucket: Expr<String>,
    /// `role`: Terraform type `string`
    pub role: Expr<String>,
    /// `rule`: block [`Rule`]
    pub rule: Rule,
}
impl S3BucketReplicationConfiguration {
    /// A new `S3BucketReplicationConfiguration` with the required arguments, named in [`S3BucketReplicationConfigurationArgs`].
    pub fn new(args: S3BucketReplicationConfigurationArgs) -> Self {
        let S3BucketReplicationConfigurationArgs { bucket, role, rule } = args;
        let mut body = Body::new();
        body.set_attr::<String>("bucket", bucket);
        body.set_attr::<String>("role", role);
        body.push_block("rule", rule.into_body());
        S3BucketReplicationConfiguration {
            body,
        }
    }
    /// `token`: optional, sensitive; Terraform type `string`.
    pub fn token(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("token", value);
        self
    }
    /// Block `rule` (list nesting, 1 to 1000).
    ///
    /// Adds one block; see [`Rule`].
    pub fn rule(mut self, block: Rule) -> Self {
        self.body.push_block("rule", block.into_body());
        self
    }
}
impl Builder for S3BucketReplicationConfiguration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `rule` of resource `aws_s3_bucket_replication_configuration`.
///
/// Nesting: list; 1 to 1000.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Rule {
    body: Body,
}
impl Rule {
    /// A new `Rule` with the required arguments.
    /// - `status`: Terraform type `string`, one of [`ReplicationStatus`](enums::ReplicationStatus)
    /// - `destination`: block [`RuleDestination`]
    pub fn new(
        status: impl Into<Expr<enums::ReplicationStatus>>,
        destination: RuleDestination,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<enums::ReplicationStatus>("status", status);
        body.set_block("destination", destination.into_body());
        Rule { body }
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("id", value);
        self
    }
    /// `prefix`: optional, deprecated; Terraform type `string`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn prefix(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("prefix", value);
        self
    }
    /// `priority`: optional; Terraform type `number`.
    pub fn priority(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("priority", value);
        self
    }
    /// Block `delete_marker_replication` (list nesting, at most 1).
    ///
    /// Sets block; see [`RuleDeleteMarkerReplication`].
    pub fn delete_marker_replication(
        mut self,
        block: RuleDeleteMarkerReplication,
    ) -> Self {
        self.body.set_block("delete_marker_replication", block.into_body());
        self
    }
    /// Block `destination` (list nesting, exactly 1).
    ///
    /// Sets block; see [`RuleDestination`].
    pub fn destination(mut self, block: RuleDestination) -> Self {
        self.body.set_block("destination", block.into_body());
        self
    }
    /// Block `existing_object_replication` (list nesting, at most 1).
    ///
    /// Sets block; see [`RuleExistingObjectReplication`].
    pub fn existing_object_replication(
        mut self,
        block: RuleExistingObjectReplication,
    ) -> Self {
        self.body.set_block("existing_object_replication", block.into_body());
        self
    }
    /// Block `filter` (list nesting, at most 1).
    ///
    /// Sets block; see [`RuleFilter`].
    pub fn filter(mut self, block: RuleFilter) -> Self {
        self.body.set_block("filter", block.into_body());
        self
    }
    /// Block `source_selection_criteria` (list nesting, at most 1).
    ///
    /// Sets block; see [`RuleSourceSelectionCriteria`].
    pub fn source_selection_criteria(
        mut self,
        block: RuleSourceSelectionCriteria,
    ) -> Self {
        self.body.set_block("source_selection_criteria", block.into_body());
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
/// Block `delete_marker_replication` of resource `aws_s3_bucket_replication_configuration`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RuleDeleteMarkerReplication {
    body: Body,
}
impl RuleDeleteMarkerReplication {
    /// A new `RuleDeleteMarkerReplication` with the required arguments.
    /// - `status`: Terraform type `string`, one of [`ReplicationStatus`](enums::ReplicationStatus)
    pub fn new(status: impl Into<Expr<enums::ReplicationStatus>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<enums::ReplicationStatus>("status", status);
        RuleDeleteMarkerReplication {
            body,
        }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleDeleteMarkerReplication {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `destination` of resource `aws_s3_bucket_replication_configuration`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RuleDestination {
    body: Body,
}
impl RuleDestination {
    /// A new `RuleDestination` with the required arguments.
    /// - `bucket`: Terraform type `string`
    pub fn new(bucket: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("bucket", bucket);
        RuleDestination { body }
    }
    /// `account`: optional; Terraform type `string`.
    pub fn account(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("account", value);
        self
    }
    /// `storage_class`: optional; Terraform type `string`.
    pub fn storage_class(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("storage_class", value);
        self
    }
    /// Block `access_control_translation` (list nesting, at most 1).
    ///
    /// Sets block; see [`RuleDestinationAccessControlTranslation`].
    pub fn access_control_translation(
        mut self,
        block: RuleDestinationAccessControlTranslation,
    ) -> Self {
        self.body.set_block("access_control_translation", block.into_body());
        self
    }
    /// Block `encryption_configuration` (list nesting, at most 1).
    ///
    /// Sets block; see [`RuleDestinationEncryptionConfiguration`].
    pub fn encryption_configuration(
        mut self,
        block: RuleDestinationEncryptionConfiguration,
    ) -> Self {
        self.body.set_block("encryption_configuration", block.into_body());
        self
    }
    /// Block `metrics` (list nesting, at most 1).
    ///
    /// Sets block; see [`RuleDestinationMetrics`].
    pub fn metrics(mut self, block: RuleDestinationMetrics) -> Self {
        self.body.set_block("metrics", block.into_body());
        self
    }
    /// Block `replication_time` (list nesting, at most 1).
    ///
    /// Sets block; see [`RuleDestinationReplicationTime`].
    pub fn replication_time(mut self, block: RuleDestinationReplicationTime) -> Self {
        self.body.set_block("replication_time", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleDestination {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `access_control_translation` of resource `aws_s3_bucket_replication_configuration`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RuleDestinationAccessControlTranslation {
    body: Body,
}
impl RuleDestinationAccessControlTranslation {
    /// A new `RuleDestinationAccessControlTranslation` with the required arguments.
    /// - `owner`: Terraform type `string`
    pub fn new(owner: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("owner", owner);
        RuleDestinationAccessControlTranslation {
            body,
        }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleDestinationAccessControlTranslation {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `encryption_configuration` of resource `aws_s3_bucket_replication_configuration`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RuleDestinationEncryptionConfiguration {
    body: Body,
}
impl RuleDestinationEncryptionConfiguration {
    /// A new `RuleDestinationEncryptionConfiguration` with the required arguments.
    /// - `replica_kms_key_id`: Terraform type `string`
    pub fn new(replica_kms_key_id: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("replica_kms_key_id", replica_kms_key_id);
        RuleDestinationEncryptionConfiguration {
            body,
        }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleDestinationEncryptionConfiguration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `metrics` of resource `aws_s3_bucket_replication_configuration`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RuleDestinationMetrics {
    body: Body,
}
impl RuleDestinationMetrics {
    /// A new `RuleDestinationMetrics` with the required arguments.
    /// - `status`: Terraform type `string`, one of [`ReplicationStatus`](enums::ReplicationStatus)
    pub fn new(status: impl Into<Expr<enums::ReplicationStatus>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<enums::ReplicationStatus>("status", status);
        RuleDestinationMetrics { body }
    }
    /// Block `event_threshold` (list nesting, at most 1).
    ///
    /// Sets block; see [`RuleDestinationMetricsEventThreshold`].
    pub fn event_threshold(
        mut self,
        block: RuleDestinationMetricsEventThreshold,
    ) -> Self {
        self.body.set_block("event_threshold", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleDestinationMetrics {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `event_threshold` of resource `aws_s3_bucket_replication_configuration`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RuleDestinationMetricsEventThreshold {
    body: Body,
}
impl RuleDestinationMetricsEventThreshold {
    /// A new `RuleDestinationMetricsEventThreshold` with the required arguments.
    /// - `minutes`: Terraform type `number`
    pub fn new(minutes: impl Into<Expr<Number>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Number>("minutes", minutes);
        RuleDestinationMetricsEventThreshold {
            body,
        }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleDestinationMetricsEventThreshold {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `replication_time` of resource `aws_s3_bucket_replication_configuration`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RuleDestinationReplicationTime {
    body: Body,
}
impl RuleDestinationReplicationTime {
    /// A new `RuleDestinationReplicationTime` with the required arguments.
    /// - `status`: Terraform type `string`, one of [`ReplicationStatus`](enums::ReplicationStatus)
    /// - `time`: block [`RuleDestinationReplicationTimeTime`]
    pub fn new(
        status: impl Into<Expr<enums::ReplicationStatus>>,
        time: RuleDestinationReplicationTimeTime,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<enums::ReplicationStatus>("status", status);
        body.set_block("time", time.into_body());
        RuleDestinationReplicationTime {
            body,
        }
    }
    /// Block `time` (list nesting, exactly 1).
    ///
    /// Sets block; see [`RuleDestinationReplicationTimeTime`].
    pub fn time(mut self, block: RuleDestinationReplicationTimeTime) -> Self {
        self.body.set_block("time", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleDestinationReplicationTime {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `time` of resource `aws_s3_bucket_replication_configuration`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RuleDestinationReplicationTimeTime {
    body: Body,
}
impl RuleDestinationReplicationTimeTime {
    /// A new `RuleDestinationReplicationTimeTime` with the required arguments.
    /// - `minutes`: Terraform type `number`
    pub fn new(minutes: impl Into<Expr<Number>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Number>("minutes", minutes);
        RuleDestinationReplicationTimeTime {
            body,
        }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleDestinationReplicationTimeTime {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `existing_object_replication` of resource `aws_s3_bucket_replication_configuration`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RuleExistingObjectReplication {
    body: Body,
}
impl RuleExistingObjectReplication {
    /// A new `RuleExistingObjectReplication` with the required arguments.
    /// - `status`: Terraform type `string`, one of [`ReplicationStatus`](enums::ReplicationStatus)
    pub fn new(status: impl Into<Expr<enums::ReplicationStatus>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<enums::ReplicationStatus>("status", status);
        RuleExistingObjectReplication {
            body,
        }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleExistingObjectReplication {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `filter` of resource `aws_s3_bucket_replication_configuration`.
///
/// Nesting: list; at most 1.
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
    /// `prefix`: optional; Terraform type `string`.
    pub fn prefix(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("prefix", value);
        self
    }
    /// Block `and` (list nesting, at most 1).
    ///
    /// Sets block; see [`RuleFilterAnd`].
    pub fn and(mut self, block: RuleFilterAnd) -> Self {
        self.body.set_block("and", block.into_body());
        self
    }
    /// Block `tag` (list nesting, at most 1).
    ///
    /// Sets block; see [`RuleFilterTag`].
    pub fn tag(mut self, block: RuleFilterTag) -> Self {
        self.body.set_block("tag", block.into_body());
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
/// Block `and` of resource `aws_s3_bucket_replication_configuration`.
///
/// Nesting: list; at most 1.
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
    /// `prefix`: optional; Terraform type `string`.
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
/// Block `tag` of resource `aws_s3_bucket_replication_configuration`.
///
/// Nesting: list; at most 1.
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
/// Block `source_selection_criteria` of resource `aws_s3_bucket_replication_configuration`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct RuleSourceSelectionCriteria {
    body: Body,
}
impl RuleSourceSelectionCriteria {
    /// A new `RuleSourceSelectionCriteria` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// Block `replica_modifications` (list nesting, at most 1).
    ///
    /// Sets block; see [`RuleSourceSelectionCriteriaReplicaModifications`].
    pub fn replica_modifications(
        mut self,
        block: RuleSourceSelectionCriteriaReplicaModifications,
    ) -> Self {
        self.body.set_block("replica_modifications", block.into_body());
        self
    }
    /// Block `sse_kms_encrypted_objects` (list nesting, at most 1).
    ///
    /// Sets block; see [`RuleSourceSelectionCriteriaSseKmsEncryptedObjects`].
    pub fn sse_kms_encrypted_objects(
        mut self,
        block: RuleSourceSelectionCriteriaSseKmsEncryptedObjects,
    ) -> Self {
        self.body.set_block("sse_kms_encrypted_objects", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleSourceSelectionCriteria {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `replica_modifications` of resource `aws_s3_bucket_replication_configuration`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RuleSourceSelectionCriteriaReplicaModifications {
    body: Body,
}
impl RuleSourceSelectionCriteriaReplicaModifications {
    /// A new `RuleSourceSelectionCriteriaReplicaModifications` with the required arguments.
    /// - `status`: Terraform type `string`, one of [`ReplicationStatus`](enums::ReplicationStatus)
    pub fn new(status: impl Into<Expr<enums::ReplicationStatus>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<enums::ReplicationStatus>("status", status);
        RuleSourceSelectionCriteriaReplicaModifications {
            body,
        }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleSourceSelectionCriteriaReplicaModifications {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `sse_kms_encrypted_objects` of resource `aws_s3_bucket_replication_configuration`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RuleSourceSelectionCriteriaSseKmsEncryptedObjects {
    body: Body,
}
impl RuleSourceSelectionCriteriaSseKmsEncryptedObjects {
    /// A new `RuleSourceSelectionCriteriaSseKmsEncryptedObjects` with the required arguments.
    /// - `status`: Terraform type `string`, one of [`ReplicationStatus`](enums::ReplicationStatus)
    pub fn new(status: impl Into<Expr<enums::ReplicationStatus>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<enums::ReplicationStatus>("status", status);
        RuleSourceSelectionCriteriaSseKmsEncryptedObjects {
            body,
        }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleSourceSelectionCriteriaSseKmsEncryptedObjects {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl S3BucketReplicationConfiguration {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_s3_bucket_replication_configuration";
}
impl TypedSpec for S3BucketReplicationConfiguration {
    const TYPE: &'static str = "aws_s3_bucket_replication_configuration";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for S3BucketReplicationConfiguration {
    type Handle = S3BucketReplicationConfigurationRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_s3_bucket_replication_configuration"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_s3_bucket_replication_configuration` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_replication_configuration>
#[derive(Debug, Clone)]
pub struct S3BucketReplicationConfigurationRef(NodeHandle);
impl From<NodeHandle> for S3BucketReplicationConfigurationRef {
    fn from(node: NodeHandle) -> Self {
        S3BucketReplicationConfigurationRef(node)
    }
}
impl std::ops::Deref for S3BucketReplicationConfigurationRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl S3BucketReplicationConfigurationRef {
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
    /// `role`: required; Terraform type `string`.
    pub fn role(&self) -> Expr<String> {
        self.0.attr("role")
    }
    /// `token`: optional, sensitive; Terraform type `string`.
    pub fn token(&self) -> Expr<String> {
        self.0.attr("token")
    }
    /// Block `rule` (list nesting, 1 to 1000).
    pub fn rule(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("rule")
    }
}
