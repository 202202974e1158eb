//! `aws_rds_cluster_instance` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster_instance>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_rds_cluster_instance`: required arguments in [`RdsClusterInstance::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`RdsClusterInstanceRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster_instance>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RdsClusterInstance {
    body: Body,
}
/// The required arguments of [`RdsClusterInstance::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct RdsClusterInstanceArgs {
    /// `cluster_identifier`: Terraform type `string`
    pub cluster_identifier: Expr<String>,
    /// `engine`: Terraform type `string`
    pub engine: Expr<String>,
    /// `instance_class`: Terraform type `string`
    pub instance_class: Expr<String>,
}
impl RdsClusterInstance {
    /// A new `RdsClusterInstance` with the required arguments, named in [`RdsClusterInstanceArgs`].
    pub fn new(args: RdsClusterInstanceArgs) -> Self {
        let RdsClusterInstanceArgs { cluster_identifier, engine, instance_class } = args;
        let mut body = Body::new();
        body.set_attr::<String>("cluster_identifier", cluster_identifier);
        body.set_attr::<String>("engine", engine);
        body.set_attr::<String>("instance_class", instance_class);
        RdsClusterInstance { body }
    }
    /// `apply_immediately`: optional, computed; Terraform type `bool`.
    pub fn apply_immediately(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("apply_immediately", value);
        self
    }
    /// `auto_minor_version_upgrade`: optional; Terraform type `bool`.
    pub fn auto_minor_version_upgrade(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("auto_minor_version_upgrade", value);
        self
    }
    /// `availability_zone`: optional, computed; Terraform type `string`.
    pub fn availability_zone(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("availability_zone", value);
        self
    }
    /// `ca_cert_identifier`: optional, computed; Terraform type `string`.
    pub fn ca_cert_identifier(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("ca_cert_identifier", value);
        self
    }
    /// `copy_tags_to_snapshot`: optional; Terraform type `bool`.
    pub fn copy_tags_to_snapshot(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("copy_tags_to_snapshot", value);
        self
    }
    /// `custom_iam_instance_profile`: optional; Terraform type `string`.
    pub fn custom_iam_instance_profile(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("custom_iam_instance_profile", value);
        self
    }
    /// `db_parameter_group_name`: optional, computed; Terraform type `string`.
    pub fn db_parameter_group_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("db_parameter_group_name", value);
        self
    }
    /// `db_subnet_group_name`: optional, computed; Terraform type `string`.
    pub fn db_subnet_group_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("db_subnet_group_name", value);
        self
    }
    /// `engine_version`: optional, computed; Terraform type `string`.
    pub fn engine_version(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("engine_version", value);
        self
    }
    /// `force_destroy`: optional; Terraform type `bool`.
    pub fn force_destroy(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("force_destroy", value);
        self
    }
    /// `identifier`: optional, computed; Terraform type `string`.
    pub fn identifier(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("identifier", value);
        self
    }
    /// `identifier_prefix`: optional, computed; Terraform type `string`.
    pub fn identifier_prefix(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("identifier_prefix", value);
        self
    }
    /// `monitoring_interval`: optional; Terraform type `number`.
    pub fn monitoring_interval(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("monitoring_interval", value);
        self
    }
    /// `monitoring_role_arn`: optional, computed; Terraform type `string`.
    pub fn monitoring_role_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("monitoring_role_arn", value);
        self
    }
    /// `performance_insights_enabled`: optional, computed; Terraform type `bool`.
    pub fn performance_insights_enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("performance_insights_enabled", value);
        self
    }
    /// `performance_insights_kms_key_id`: optional, computed; Terraform type `string`.
    pub fn performance_insights_kms_key_id(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("performance_insights_kms_key_id", value);
        self
    }
    /// `performance_insights_retention_period`: optional, computed; Terraform type `number`.
    pub fn performance_insights_retention_period(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body.set_attr::<Number>("performance_insights_retention_period", value);
        self
    }
    /// `preferred_backup_window`: optional, computed; Terraform type `string`.
    pub fn preferred_backup_window(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("preferred_backup_window", value);
        self
    }
    /// `preferred_maintenance_window`: optional, computed; Terraform type `string`.
    pub fn preferred_maintenance_window(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("preferred_maintenance_window", value);
        self
    }
    /// `promotion_tier`: optional; Terraform type `number`.
    pub fn promotion_tier(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("promotion_tier", value);
        self
    }
    /// `publicly_accessible`: optional, computed; Terraform type `bool`.
    pub fn publicly_accessible(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("publicly_accessible", value);
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
    /// Block `timeouts` (single nesting, any number).
    ///
    /// Sets block; see [`Timeouts`].
    pub fn timeouts(mut self, block: Timeouts) -> Self {
        self.body.set_block("timeouts", block.into_body());
        self
    }
}
impl Builder for RdsClusterInstance {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_rds_cluster_instance`.
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
impl RdsClusterInstance {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_rds_cluster_instance";
}
impl TypedSpec for RdsClusterInstance {
    const TYPE: &'static str = "aws_rds_cluster_instance";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for RdsClusterInstance {
    type Handle = RdsClusterInstanceRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_rds_cluster_instance"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for RdsClusterInstance {}
/// A resource `aws_rds_cluster_instance` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster_instance>
#[derive(Debug, Clone)]
pub struct RdsClusterInstanceRef(NodeHandle);
impl From<NodeHandle> for RdsClusterInstanceRef {
    fn from(node: NodeHandle) -> Self {
        RdsClusterInstanceRef(node)
    }
}
impl std::ops::Deref for RdsClusterInstanceRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl RdsClusterInstanceRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `apply_immediately`: optional, computed; Terraform type `bool`.
    pub fn apply_immediately(&self) -> Expr<bool> {
        self.0.attr("apply_immediately")
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `auto_minor_version_upgrade`: optional; Terraform type `bool`.
    pub fn auto_minor_version_upgrade(&self) -> Expr<bool> {
        self.0.attr("auto_minor_version_upgrade")
    }
    /// `availability_zone`: optional, computed; Terraform type `string`.
    pub fn availability_zone(&self) -> Expr<String> {
        self.0.attr("availability_zone")
    }
    /// `ca_cert_identifier`: optional, computed; Terraform type `string`.
    pub fn ca_cert_identifier(&self) -> Expr<String> {
        self.0.attr("ca_cert_identifier")
    }
    /// `cluster_identifier`: required; Terraform type `string`.
    pub fn cluster_identifier(&self) -> Expr<String> {
        self.0.attr("cluster_identifier")
    }
    /// `copy_tags_to_snapshot`: optional; Terraform type `bool`.
    pub fn copy_tags_to_snapshot(&self) -> Expr<bool> {
        self.0.attr("copy_tags_to_snapshot")
    }
    /// `custom_iam_instance_profile`: optional; Terraform type `string`.
    pub fn custom_iam_instance_profile(&self) -> Expr<String> {
        self.0.attr("custom_iam_instance_profile")
    }
    /// `db_parameter_group_name`: optional, computed; Terraform type `string`.
    pub fn db_parameter_group_name(&self) -> Expr<String> {
        self.0.attr("db_parameter_group_name")
    }
    /// `db_subnet_group_name`: optional, computed; Terraform type `string`.
    pub fn db_subnet_group_name(&self) -> Expr<String> {
        self.0.attr("db_subnet_group_name")
    }
    /// `dbi_resource_id`: computed; Terraform type `string`.
    pub fn dbi_resource_id(&self) -> Expr<String> {
        self.0.attr("dbi_resource_id")
    }
    /// `endpoint`: computed; Terraform type `string`.
    pub fn endpoint(&self) -> Expr<String> {
        self.0.attr("endpoint")
    }
    /// `engine`: required; Terraform type `string`.
    pub fn engine(&self) -> Expr<String> {
        self.0.attr("engine")
    }
    /// `engine_version`: optional, computed; Terraform type `string`.
    pub fn engine_version(&self) -> Expr<String> {
        self.0.attr("engine_version")
    }
    /// `engine_version_actual`: computed; Terraform type `string`.
    pub fn engine_version_actual(&self) -> Expr<String> {
        self.0.attr("engine_version_actual")
    }
    /// `force_destroy`: optional; Terraform type `bool`.
    pub fn force_destroy(&self) -> Expr<bool> {
        self.0.attr("force_destroy")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `identifier`: optional, computed; Terraform type `string`.
    pub fn identifier(&self) -> Expr<String> {
        self.0.attr("identifier")
    }
    /// `identifier_prefix`: optional, computed; Terraform type `string`.
    pub fn identifier_prefix(&self) -> Expr<String> {
        self.0.attr("identifier_prefix")
    }
    /// `instance_class`: required; Terraform type `string`.
    pub fn instance_class(&self) -> Expr<String> {
        self.0.attr("instance_class")
    }
    /// `kms_key_id`: computed; Terraform type `string`.
    pub fn kms_key_id(&self) -> Expr<String> {
        self.0.attr("kms_key_id")
    }
    /// `monitoring_interval`: optional; Terraform type `number`.
    pub fn monitoring_interval(&self) -> Expr<Number> {
        self.0.attr("monitoring_interval")
    }
    /// `monitoring_role_arn`: optional, computed; Terraform type `string`.
    pub fn monitoring_role_arn(&self) -> Expr<String> {
        self.0.attr("monitoring_role_arn")
    }
    /// `network_type`: computed; Terraform type `string`.
    pub fn network_type(&self) -> Expr<String> {
        self.0.attr("network_type")
    }
    /// `performance_insights_enabled`: optional, computed; Terraform type `bool`.
    pub fn performance_insights_enabled(&self) -> Expr<bool> {
        self.0.attr("performance_insights_enabled")
    }
    /// `performance_insights_kms_key_id`: optional, computed; Terraform type `string`.
    pub fn performance_insights_kms_key_id(&self) -> Expr<String> {
        self.0.attr("performance_insights_kms_key_id")
    }
    /// `performance_insights_retention_period`: optional, computed; Terraform type `number`.
    pub fn performance_insights_retention_period(&self) -> Expr<Number> {
        self.0.attr("performance_insights_retention_period")
    }
    /// `port`: computed; Terraform type `number`.
    pub fn port(&self) -> Expr<Number> {
        self.0.attr("port")
    }
    /// `preferred_backup_window`: optional, computed; Terraform type `string`.
    pub fn preferred_backup_window(&self) -> Expr<String> {
        self.0.attr("preferred_backup_window")
    }
    /// `preferred_maintenance_window`: optional, computed; Terraform type `string`.
    pub fn preferred_maintenance_window(&self) -> Expr<String> {
        self.0.attr("preferred_maintenance_window")
    }
    /// `promotion_tier`: optional; Terraform type `number`.
    pub fn promotion_tier(&self) -> Expr<Number> {
        self.0.attr("promotion_tier")
    }
    /// `publicly_accessible`: optional, computed; Terraform type `bool`.
    pub fn publicly_accessible(&self) -> Expr<bool> {
        self.0.attr("publicly_accessible")
    }
    /// `storage_encrypted`: computed; Terraform type `bool`.
    pub fn storage_encrypted(&self) -> Expr<bool> {
        self.0.attr("storage_encrypted")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `writer`: computed; Terraform type `bool`.
    pub fn writer(&self) -> Expr<bool> {
        self.0.attr("writer")
    }
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
}
