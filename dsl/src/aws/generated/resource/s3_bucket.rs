//! `aws_s3_bucket` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_s3_bucket`: required arguments in [`S3Bucket::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`S3BucketRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct S3Bucket {
    body: Body,
}
impl S3Bucket {
    /// A new `S3Bucket` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `acceleration_status`: optional, computed, deprecated; Terraform type `string`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn acceleration_status(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("acceleration_status", value);
        self
    }
    /// `acl`: optional, computed, deprecated; Terraform type `string`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn acl(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("acl", value);
        self
    }
    /// `bucket`: optional, computed; Terraform type `string`.
    pub fn bucket(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("bucket", value);
        self
    }
    /// `bucket_prefix`: optional, computed; Terraform type `string`.
    pub fn bucket_prefix(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("bucket_prefix", value);
        self
    }
    /// `force_destroy`: optional; Terraform type `bool`.
    pub fn force_destroy(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("force_destroy", value);
        self
    }
    /// `object_lock_enabled`: optional, computed; Terraform type `bool`.
    pub fn object_lock_enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("object_lock_enabled", value);
        self
    }
    /// `policy`: optional, computed, deprecated; Terraform type `string`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn policy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("policy", value);
        self
    }
    /// `request_payer`: optional, computed, deprecated; Terraform type `string`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn request_payer(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("request_payer", value);
        self
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("tags", value);
        self
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("tags_all", value);
        self
    }
    /// Block `cors_rule` (list nesting, any number).
    ///
    /// Adds one block; see [`CorsRule`].
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn cors_rule(mut self, block: CorsRule) -> Self {
        self.body.push_block("cors_rule", block.into_body());
        self
    }
    /// Block `grant` (set nesting, any number).
    ///
    /// Adds one block; see [`Grant`].
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn grant(mut self, block: Grant) -> Self {
        self.body.push_block("grant", block.into_body());
        self
    }
    /// Block `lifecycle_rule` (list nesting, any number).
    ///
    /// Adds one block; see [`LifecycleRule`].
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn lifecycle_rule(mut self, block: LifecycleRule) -> Self {
        self.body.push_block("lifecycle_rule", block.into_body());
        self
    }
    /// Block `logging` (list nesting, at most 1).
    ///
    /// Sets block; see [`Logging`].
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn logging(mut self, block: Logging) -> Self {
        self.body.set_block("logging", block.into_body());
        self
    }
    /// Block `object_lock_configuration` (list nesting, at most 1).
    ///
    /// Sets block; see [`ObjectLockConfiguration`].
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn object_lock_configuration(mut self, block: ObjectLockConfiguration) -> Self {
        self.body.set_block("object_lock_configuration", block.into_body());
        self
    }
    /// Block `replication_configuration` (list nesting, at most 1).
    ///
    /// Sets block; see [`ReplicationConfiguration`].
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn replication_configuration(mut self, block: ReplicationConfiguration) -> Self {
        self.body.set_block("replication_configuration", block.into_body());
        self
    }
    /// Block `server_side_encryption_configuration` (list nesting, at most 1).
    ///
    /// Sets block; see [`ServerSideEncryptionConfiguration`].
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn server_side_encryption_configuration(
        mut self,
        block: ServerSideEncryptionConfiguration,
    ) -> Self {
        self.body.set_block("server_side_encryption_configuration", block.into_body());
        self
    }
    /// Block `timeouts` (single nesting, any number).
    ///
    /// Sets block; see [`Timeouts`].
    pub fn timeouts(mut self, block: Timeouts) -> Self {
        self.body.set_block("timeouts", block.into_body());
        self
    }
    /// Block `versioning` (list nesting, at most 1).
    ///
    /// Sets block; see [`Versioning`].
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn versioning(mut self, block: Versioning) -> Self {
        self.body.set_block("versioning", block.into_body());
        self
    }
    /// Block `website` (list nesting, at most 1).
    ///
    /// Sets block; see [`Website`].
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn website(mut self, block: Website) -> Self {
        self.body.set_block("website", block.into_body());
        self
    }
}
impl Builder for S3Bucket {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `cors_rule` of resource `aws_s3_bucket`.
///
/// Nesting: list; any number.
#[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct CorsRule {
    body: Body,
}
/// The required arguments of [`CorsRule::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct CorsRuleArgs {
    /// `allowed_methods`: Terraform type `list(string)`
    pub allowed_methods: Expr<Vec<String>>,
    /// `allowed_origins`: Terraform type `list(string)`
    pub allowed_origins: Expr<Vec<String>>,
}
impl CorsRule {
    /// A new `CorsRule` with the required arguments, named in [`CorsRuleArgs`].
    pub fn new(args: CorsRuleArgs) -> Self {
        let CorsRuleArgs { allowed_methods, allowed_origins } = args;
        let mut body = Body::new();
        body.set_attr::<Vec<String>>("allowed_methods", allowed_methods);
        body.set_attr::<Vec<String>>("allowed_origins", allowed_origins);
        CorsRule { body }
    }
    /// `allowed_headers`: optional; Terraform type `list(string)`.
    pub fn allowed_headers(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("allowed_headers", value);
        self
    }
    /// `expose_headers`: optional; Terraform type `list(string)`.
    pub fn expose_headers(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("expose_headers", value);
        self
    }
    /// `max_age_seconds`: optional; Terraform type `number`.
    pub fn max_age_seconds(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("max_age_seconds", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for CorsRule {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `grant` of resource `aws_s3_bucket`.
///
/// Nesting: set; any number.
#[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Grant {
    body: Body,
}
impl Grant {
    /// A new `Grant` with the required arguments.
    /// - `permissions`: Terraform type `set(string)`
    /// - `type`: Terraform type `string`
    pub fn new(
        permissions: impl Into<Expr<Vec<String>>>,
        r#type: impl Into<Expr<String>>,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<Vec<String>>("permissions", permissions);
        body.set_attr::<String>("type", r#type);
        Grant { body }
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
impl Builder for Grant {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `lifecycle_rule` of resource `aws_s3_bucket`.
///
/// Nesting: list; any number.
#[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct LifecycleRule {
    body: Body,
}
impl LifecycleRule {
    /// A new `LifecycleRule` with the required arguments.
    /// - `enabled`: Terraform type `bool`
    pub fn new(enabled: impl Into<Expr<bool>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<bool>("enabled", enabled);
        LifecycleRule { body }
    }
    /// `abort_incomplete_multipart_upload_days`: optional; Terraform type `number`.
    pub fn abort_incomplete_multipart_upload_days(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body.set_attr::<Number>("abort_incomplete_multipart_upload_days", value);
        self
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("id", value);
        self
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
    /// Block `expiration` (list nesting, at most 1).
    ///
    /// Sets block; see [`LifecycleRuleExpiration`].
    pub fn expiration(mut self, block: LifecycleRuleExpiration) -> Self {
        self.body.set_block("expiration", block.into_body());
        self
    }
    /// Block `noncurrent_version_expiration` (list nesting, at most 1).
    ///
    /// Sets block; see [`LifecycleRuleNoncurrentVersionExpiration`].
    pub fn noncurrent_version_expiration(
        mut self,
        block: LifecycleRuleNoncurrentVersionExpiration,
    ) -> Self {
        self.body.set_block("noncurrent_version_expiration", block.into_body());
        self
    }
    /// Block `noncurrent_version_transition` (set nesting, any number).
    ///
    /// Adds one block; see [`LifecycleRuleNoncurrentVersionTransition`].
    pub fn noncurrent_version_transition(
        mut self,
        block: LifecycleRuleNoncurrentVersionTransition,
    ) -> Self {
        self.body.push_block("noncurrent_version_transition", block.into_body());
        self
    }
    /// Block `transition` (set nesting, any number).
    ///
    /// Adds one block; see [`LifecycleRuleTransition`].
    pub fn transition(mut self, block: LifecycleRuleTransition) -> Self {
        self.body.push_block("transition", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for LifecycleRule {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `expiration` of resource `aws_s3_bucket`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct LifecycleRuleExpiration {
    body: Body,
}
impl LifecycleRuleExpiration {
    /// A new `LifecycleRuleExpiration` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `date`: optional; Terraform type `string`.
    pub fn date(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("date", value);
        self
    }
    /// `days`: optional; Terraform type `number`.
    pub fn days(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("days", value);
        self
    }
    /// `expired_object_delete_marker`: optional; Terraform type `bool`.
    pub fn expired_object_delete_marker(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("expired_object_delete_marker", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for LifecycleRuleExpiration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `noncurrent_version_expiration` of resource `aws_s3_bucket`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct LifecycleRuleNoncurrentVersionExpiration {
    body: Body,
}
impl LifecycleRuleNoncurrentVersionExpiration {
    /// A new `LifecycleRuleNoncurrentVersionExpiration` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `days`: optional; Terraform type `number`.
    pub fn days(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("days", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for LifecycleRuleNoncurrentVersionExpiration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `noncurrent_version_transition` of resource `aws_s3_bucket`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct LifecycleRuleNoncurrentVersionTransition {
    body: Body,
}
impl LifecycleRuleNoncurrentVersionTransition {
    /// A new `LifecycleRuleNoncurrentVersionTransition` with the required arguments.
    /// - `storage_class`: Terraform type `string`
    pub fn new(storage_class: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("storage_class", storage_class);
        LifecycleRuleNoncurrentVersionTransition {
            body,
        }
    }
    /// `days`: optional; Terraform type `number`.
    pub fn days(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("days", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for LifecycleRuleNoncurrentVersionTransition {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `transition` of resource `aws_s3_bucket`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct LifecycleRuleTransition {
    body: Body,
}
impl LifecycleRuleTransition {
    /// A new `LifecycleRuleTransition` with the required arguments.
    /// - `storage_class`: Terraform type `string`
    pub fn new(storage_class: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("storage_class", storage_class);
        LifecycleRuleTransition { body }
    }
    /// `date`: optional; Terraform type `string`.
    pub fn date(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("date", value);
        self
    }
    /// `days`: optional; Terraform type `number`.
    pub fn days(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("days", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for LifecycleRuleTransition {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `logging` of resource `aws_s3_bucket`.
///
/// Nesting: list; at most 1.
#[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Logging {
    body: Body,
}
impl Logging {
    /// A new `Logging` with the required arguments.
    /// - `target_bucket`: Terraform type `string`
    pub fn new(target_bucket: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("target_bucket", target_bucket);
        Logging { body }
    }
    /// `target_prefix`: optional; Terraform type `string`.
    pub fn target_prefix(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("target_prefix", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Logging {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `object_lock_configuration` of resource `aws_s3_bucket`.
///
/// Nesting: list; at most 1.
#[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct ObjectLockConfiguration {
    body: Body,
}
impl ObjectLockConfiguration {
    /// A new `ObjectLockConfiguration` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `object_lock_enabled`: optional, deprecated; Terraform type `string`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn object_lock_enabled(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("object_lock_enabled", value);
        self
    }
    /// Block `rule` (list nesting, at most 1).
    ///
    /// Sets block; see [`ObjectLockConfigurationRule`].
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn rule(mut self, block: ObjectLockConfigurationRule) -> Self {
        self.body.set_block("rule", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ObjectLockConfiguration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `rule` of resource `aws_s3_bucket`.
///
/// Nesting: list; at most 1.
#[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ObjectLockConfigurationRule {
    body: Body,
}
impl ObjectLockConfigurationRule {
    /// A new `ObjectLockConfigurationRule` with the required arguments.
    /// - `default_retention`: block [`ObjectLockConfigurationRuleDefaultRetention`]
    pub fn new(default_retention: ObjectLockConfigurationRuleDefaultRetention) -> Self {
        let mut body = Body::new();
        body.set_block("default_retention", default_retention.into_body());
        ObjectLockConfigurationRule {
            body,
        }
    }
    /// Block `default_retention` (list nesting, exactly 1).
    ///
    /// Sets block; see [`ObjectLockConfigurationRuleDefaultRetention`].
    pub fn default_retention(
        mut self,
        block: ObjectLockConfigurationRuleDefaultRetention,
    ) -> Self {
        self.body.set_block("default_retention", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ObjectLockConfigurationRule {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `default_retention` of resource `aws_s3_bucket`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ObjectLockConfigurationRuleDefaultRetention {
    body: Body,
}
impl ObjectLockConfigurationRuleDefaultRetention {
    /// A new `ObjectLockConfigurationRuleDefaultRetention` with the required arguments.
    /// - `mode`: Terraform type `string`
    pub fn new(mode: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("mode", mode);
        ObjectLockConfigurationRuleDefaultRetention {
            body,
        }
    }
    /// `days`: optional; Terraform type `number`.
    pub fn days(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("days", value);
        self
    }
    /// `years`: optional; Terraform type `number`.
    pub fn years(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("years", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ObjectLockConfigurationRuleDefaultRetention {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `replication_configuration` of resource `aws_s3_bucket`.
///
/// Nesting: list; at most 1.
#[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ReplicationConfiguration {
    body: Body,
}
impl ReplicationConfiguration {
    /// A new `ReplicationConfiguration` with the required arguments.
    /// - `role`: Terraform type `string`
    /// - `rules`: block [`ReplicationConfigurationRules`]
    pub fn new(
        role: impl Into<Expr<String>>,
        rules: ReplicationConfigurationRules,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("role", role);
        body.push_block("rules", rules.into_body());
        ReplicationConfiguration { body }
    }
    /// Block `rules` (set nesting, at least 1).
    ///
    /// Adds one block; see [`ReplicationConfigurationRules`].
    pub fn rules(mut self, block: ReplicationConfigurationRules) -> Self {
        self.body.push_block("rules", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ReplicationConfiguration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `rules` of resource `aws_s3_bucket`.
///
/// Nesting: set; at least 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ReplicationConfigurationRules {
    body: Body,
}
impl ReplicationConfigurationRules {
    /// A new `ReplicationConfigurationRules` with the required arguments.
    /// - `status`: Terraform type `string`
    /// - `destination`: block [`ReplicationConfigurationRulesDestination`]
    pub fn new(
        status: impl Into<Expr<String>>,
        destination: ReplicationConfigurationRulesDestination,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("status", status);
        body.set_block("destination", destination.into_body());
        ReplicationConfigurationRules {
            body,
        }
    }
    /// `delete_marker_replication_status`: optional; Terraform type `string`.
    pub fn delete_marker_replication_status(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("delete_marker_replication_status", value);
        self
    }
    /// `id`: optional; Terraform type `string`.
    pub fn id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("id", value);
        self
    }
    /// `prefix`: optional; Terraform type `string`.
    pub fn prefix(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("prefix", value);
        self
    }
    /// `priority`: optional; Terraform type `number`.
    pub fn priority(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("priority", value);
        self
    }
    /// Block `destination` (list nesting, exactly 1).
    ///
    /// Sets block; see [`ReplicationConfigurationRulesDestination`].
    pub fn destination(
        mut self,
        block: ReplicationConfigurationRulesDestination,
    ) -> Self {
        self.body.set_block("destination", block.into_body());
        self
    }
    /// Block `filter` (list nesting, at most 1).
    ///
    /// Sets block; see [`ReplicationConfigurationRulesFilter`].
    pub fn filter(mut self, block: ReplicationConfigurationRulesFilter) -> Self {
        self.body.set_block("filter", block.into_body());
        self
    }
    /// Block `source_selection_criteria` (list nesting, at most 1).
    ///
    /// Sets block; see [`ReplicationConfigurationRulesSourceSelectionCriteria`].
    pub fn source_selection_criteria(
        mut self,
        block: ReplicationConfigurationRulesSourceSelectionCriteria,
    ) -> Self {
        self.body.set_block("source_selection_criteria", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ReplicationConfigurationRules {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `destination` of resource `aws_s3_bucket`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ReplicationConfigurationRulesDestination {
    body: Body,
}
impl ReplicationConfigurationRulesDestination {
    /// A new `ReplicationConfigurationRulesDestination` with the required arguments.
    /// - `bucket`: Terraform type `string`
    pub fn new(bucket: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("bucket", bucket);
        ReplicationConfigurationRulesDestination {
            body,
        }
    }
    /// `account_id`: optional; Terraform type `string`.
    pub fn account_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("account_id", value);
        self
    }
    /// `replica_kms_key_id`: optional; Terraform type `string`.
    pub fn replica_kms_key_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("replica_kms_key_id", value);
        self
    }
    /// `storage_class`: optional; Terraform type `string`.
    pub fn storage_class(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("storage_class", value);
        self
    }
    /// Block `access_control_translation` (list nesting, at most 1).
    ///
    /// Sets block; see [`ReplicationConfigurationRulesDestinationAccessControlTranslation`].
    pub fn access_control_translation(
        mut self,
        block: ReplicationConfigurationRulesDestinationAccessControlTranslation,
    ) -> Self {
        self.body.set_block("access_control_translation", block.into_body());
        self
    }
    /// Block `metrics` (list nesting, at most 1).
    ///
    /// Sets block; see [`ReplicationConfigurationRulesDestinationMetrics`].
    pub fn metrics(
        mut self,
        block: ReplicationConfigurationRulesDestinationMetrics,
    ) -> Self {
        self.body.set_block("metrics", block.into_body());
        self
    }
    /// Block `replication_time` (list nesting, at most 1).
    ///
    /// Sets block; see [`ReplicationConfigurationRulesDestinationReplicationTime`].
    pub fn replication_time(
        mut self,
        block: ReplicationConfigurationRulesDestinationReplicationTime,
    ) -> Self {
        self.body.set_block("replication_time", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ReplicationConfigurationRulesDestination {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `access_control_translation` of resource `aws_s3_bucket`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ReplicationConfigurationRulesDestinationAccessControlTranslation {
    body: Body,
}
impl ReplicationConfigurationRulesDestinationAccessControlTranslation {
    /// A new `ReplicationConfigurationRulesDestinationAccessControlTranslation` with the required arguments.
    /// - `owner`: Terraform type `string`
    pub fn new(owner: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("owner", owner);
        ReplicationConfigurationRulesDestinationAccessControlTranslation {
            body,
        }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ReplicationConfigurationRulesDestinationAccessControlTranslation {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `metrics` of resource `aws_s3_bucket`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct ReplicationConfigurationRulesDestinationMetrics {
    body: Body,
}
impl ReplicationConfigurationRulesDestinationMetrics {
    /// A new `ReplicationConfigurationRulesDestinationMetrics` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `minutes`: optional; Terraform type `number`.
    pub fn minutes(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("minutes", value);
        self
    }
    /// `status`: optional; Terraform type `string`.
    pub fn status(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("status", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ReplicationConfigurationRulesDestinationMetrics {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `replication_time` of resource `aws_s3_bucket`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct ReplicationConfigurationRulesDestinationReplicationTime {
    body: Body,
}
impl ReplicationConfigurationRulesDestinationReplicationTime {
    /// A new `ReplicationConfigurationRulesDestinationReplicationTime` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `minutes`: optional; Terraform type `number`.
    pub fn minutes(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("minutes", value);
        self
    }
    /// `status`: optional; Terraform type `string`.
    pub fn status(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("status", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ReplicationConfigurationRulesDestinationReplicationTime {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `filter` of resource `aws_s3_bucket`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct ReplicationConfigurationRulesFilter {
    body: Body,
}
impl ReplicationConfigurationRulesFilter {
    /// A new `ReplicationConfigurationRulesFilter` (it has no required arguments).
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
impl Builder for ReplicationConfigurationRulesFilter {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `source_selection_criteria` of resource `aws_s3_bucket`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct ReplicationConfigurationRulesSourceSelectionCriteria {
    body: Body,
}
impl ReplicationConfigurationRulesSourceSelectionCriteria {
    /// A new `ReplicationConfigurationRulesSourceSelectionCriteria` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// Block `sse_kms_encrypted_objects` (list nesting, at most 1).
    ///
    /// Sets block; see [`ReplicationConfigurationRulesSourceSelectionCriteriaSseKmsEncryptedObjects`].
    pub fn sse_kms_encrypted_objects(
        mut self,
        block: ReplicationConfigurationRulesSourceSelectionCriteriaSseKmsEncryptedObjects,
    ) -> Self {
        self.body.set_block("sse_kms_encrypted_objects", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ReplicationConfigurationRulesSourceSelectionCriteria {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `sse_kms_encrypted_objects` of resource `aws_s3_bucket`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ReplicationConfigurationRulesSourceSelectionCriteriaSseKmsEncryptedObjects {
    body: Body,
}
impl ReplicationConfigurationRulesSourceSelectionCriteriaSseKmsEncryptedObjects {
    /// A new `ReplicationConfigurationRulesSourceSelectionCriteriaSseKmsEncryptedObjects` with the required arguments.
    /// - `enabled`: Terraform type `bool`
    pub fn new(enabled: impl Into<Expr<bool>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<bool>("enabled", enabled);
        ReplicationConfigurationRulesSourceSelectionCriteriaSseKmsEncryptedObjects {
            body,
        }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for ReplicationConfigurationRulesSourceSelectionCriteriaSseKmsEncryptedObjects {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `server_side_encryption_configuration` of resource `aws_s3_bucket`.
///
/// Nesting: list; at most 1.
#[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ServerSideEncryptionConfiguration {
    body: Body,
}
impl ServerSideEncryptionConfiguration {
    /// A new `ServerSideEncryptionConfiguration` with the required arguments.
    /// - `rule`: block [`ServerSideEncryptionConfigurationRule`]
    pub fn new(rule: ServerSideEncryptionConfigurationRule) -> Self {
        let mut body = Body::new();
        body.set_block("rule", rule.into_body());
        ServerSideEncryptionConfiguration {
            body,
        }
    }
    /// Block `rule` (list nesting, exactly 1).
    ///
    /// Sets block; see [`ServerSideEncryptionConfigurationRule`].
    pub fn rule(mut self, block: ServerSideEncryptionConfigurationRule) -> Self {
        self.body.set_block("rule", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ServerSideEncryptionConfiguration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `rule` of resource `aws_s3_bucket`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ServerSideEncryptionConfigurationRule {
    body: Body,
}
impl ServerSideEncryptionConfigurationRule {
    /// A new `ServerSideEncryptionConfigurationRule` with the required arguments.
    /// - `apply_server_side_encryption_by_default`: block [`ServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault`]
    pub fn new(
        apply_server_side_encryption_by_default: ServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault,
    ) -> Self {
        let mut body = Body::new();
        body.set_block(
            "apply_server_side_encryption_by_default",
            apply_server_side_encryption_by_default.into_body(),
        );
        ServerSideEncryptionConfigurationRule {
            body,
        }
    }
    /// `bucket_key_enabled`: optional; Terraform type `bool`.
    pub fn bucket_key_enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("bucket_key_enabled", value);
        self
    }
    /// Block `apply_server_side_encryption_by_default` (list nesting, exactly 1).
    ///
    /// Sets block; see [`ServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault`].
    pub fn apply_server_side_encryption_by_default(
        mut self,
        block: ServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault,
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
impl Builder for ServerSideEncryptionConfigurationRule {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `apply_server_side_encryption_by_default` of resource `aws_s3_bucket`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault {
    body: Body,
}
impl ServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault {
    /// A new `ServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault` with the required arguments.
    /// - `sse_algorithm`: Terraform type `string`
    pub fn new(sse_algorithm: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("sse_algorithm", sse_algorithm);
        ServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault {
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
impl Builder
for ServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_s3_bucket`.
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
    /// `create`: optional; Terraform type `string`.
    pub fn create(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("create", value);
        self
    }
    /// `delete`: optional; Terraform type `string`.
    pub fn delete(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("delete", value);
        self
    }
    /// `read`: optional; Terraform type `string`.
    pub fn read(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("read", value);
        self
    }
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
/// Block `versioning` of resource `aws_s3_bucket`.
///
/// Nesting: list; at most 1.
#[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Versioning {
    body: Body,
}
impl Versioning {
    /// A new `Versioning` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `enabled`: optional; Terraform type `bool`.
    pub fn enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enabled", value);
        self
    }
    /// `mfa_delete`: optional; Terraform type `bool`.
    pub fn mfa_delete(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("mfa_delete", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Versioning {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `website` of resource `aws_s3_bucket`.
///
/// Nesting: list; at most 1.
#[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Website {
    body: Body,
}
impl Website {
    /// A new `Website` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `error_document`: optional; Terraform type `string`.
    pub fn error_document(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("error_document", value);
        self
    }
    /// `index_document`: optional; Terraform type `string`.
    pub fn index_document(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("index_document", value);
        self
    }
    /// `redirect_all_requests_to`: optional; Terraform type `string`.
    pub fn redirect_all_requests_to(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("redirect_all_requests_to", value);
        self
    }
    /// `routing_rules`: optional; Terraform type `string`.
    pub fn routing_rules(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("routing_rules", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Website {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl S3Bucket {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_s3_bucket";
}
impl TypedSpec for S3Bucket {
    const TYPE: &'static str = "aws_s3_bucket";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for S3Bucket {
    type Handle = S3BucketRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_s3_bucket"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for S3Bucket {}
/// A resource `aws_s3_bucket` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket>
#[derive(Debug, Clone)]
pub struct S3BucketRef(NodeHandle);
impl From<NodeHandle> for S3BucketRef {
    fn from(node: NodeHandle) -> Self {
        S3BucketRef(node)
    }
}
impl std::ops::Deref for S3BucketRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl S3BucketRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `acceleration_status`: optional, computed, deprecated; Terraform type `string`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn acceleration_status(&self) -> Expr<String> {
        self.0.attr("acceleration_status")
    }
    /// `acl`: optional, computed, deprecated; Terraform type `string`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn acl(&self) -> Expr<String> {
        self.0.attr("acl")
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `bucket`: optional, computed; Terraform type `string`.
    pub fn bucket(&self) -> Expr<String> {
        self.0.attr("bucket")
    }
    /// `bucket_domain_name`: computed; Terraform type `string`.
    pub fn bucket_domain_name(&self) -> Expr<String> {
        self.0.attr("bucket_domain_name")
    }
    /// `bucket_prefix`: optional, computed; Terraform type `string`.
    pub fn bucket_prefix(&self) -> Expr<String> {
        self.0.attr("bucket_prefix")
    }
    /// `bucket_regional_domain_name`: computed; Terraform type `string`.
    pub fn bucket_regional_domain_name(&self) -> Expr<String> {
        self.0.attr("bucket_regional_domain_name")
    }
    /// `force_destroy`: optional; Terraform type `bool`.
    pub fn force_destroy(&self) -> Expr<bool> {
        self.0.attr("force_destroy")
    }
    /// `hosted_zone_id`: computed; Terraform type `string`.
    pub fn hosted_zone_id(&self) -> Expr<String> {
        self.0.attr("hosted_zone_id")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `object_lock_enabled`: optional, computed; Terraform type `bool`.
    pub fn object_lock_enabled(&self) -> Expr<bool> {
        self.0.attr("object_lock_enabled")
    }
    /// `policy`: optional, computed, deprecated; Terraform type `string`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn policy(&self) -> Expr<String> {
        self.0.attr("policy")
    }
    /// Region where this resource will be [managed](https://docs.aws.amazon.com/general/latest/gr/rande.html#regional-endpoints). Defaults to the Region set in the [provider configuration](https://registry.terraform.io/providers/hashicorp/aws/latest/docs#aws-configuration-reference).
    ///
    /// `region`: computed; Terraform type `string`.
    pub fn region(&self) -> Expr<String> {
        self.0.attr("region")
    }
    /// `request_payer`: optional, computed, deprecated; Terraform type `string`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn request_payer(&self) -> Expr<String> {
        self.0.attr("request_payer")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `website_domain`: computed, deprecated; Terraform type `string`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn website_domain(&self) -> Expr<String> {
        self.0.attr("website_domain")
    }
    /// `website_endpoint`: computed, deprecated; Terraform type `string`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn website_endpoint(&self) -> Expr<String> {
        self.0.attr("website_endpoint")
    }
    /// Block `cors_rule` (list nesting, any number).
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn cors_rule(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("cors_rule")
    }
    /// Block `grant` (set nesting, any number).
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn grant(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("grant")
    }
    /// Block `lifecycle_rule` (list nesting, any number).
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn lifecycle_rule(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("lifecycle_rule")
    }
    /// Block `logging` (list nesting, at most 1).
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn logging(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("logging")
    }
    /// Block `object_lock_configuration` (list nesting, at most 1).
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn object_lock_configuration(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("object_lock_configuration")
    }
    /// Block `replication_configuration` (list nesting, at most 1).
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn replication_configuration(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("replication_configuration")
    }
    /// Block `server_side_encryption_configuration` (list nesting, at most 1).
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn server_side_encryption_configuration(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("server_side_encryption_configuration")
    }
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
    /// Block `versioning` (list nesting, at most 1).
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn versioning(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("versioning")
    }
    /// Block `website` (list nesting, at most 1).
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn website(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("website")
    }
}
