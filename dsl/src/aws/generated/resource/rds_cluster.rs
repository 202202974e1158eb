//! `aws_rds_cluster` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_rds_cluster`: required arguments in [`RdsCluster::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`RdsClusterRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RdsCluster {
    body: Body,
}
impl RdsCluster {
    /// A new `RdsCluster` with the required arguments.
    /// - `engine`: Terraform type `string`
    pub fn new(engine: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("engine", engine);
        RdsCluster { body }
    }
    /// `allocated_storage`: optional, computed; Terraform type `number`.
    pub fn allocated_storage(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("allocated_storage", value);
        self
    }
    /// `allow_major_version_upgrade`: optional; Terraform type `bool`.
    pub fn allow_major_version_upgrade(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("allow_major_version_upgrade", value);
        self
    }
    /// `apply_immediately`: optional, computed; Terraform type `bool`.
    pub fn apply_immediately(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("apply_immediately", value);
        self
    }
    /// `availability_zones`: optional, computed; Terraform type `set(string)`.
    pub fn availability_zones(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("availability_zones", value);
        self
    }
    /// `backtrack_window`: optional; Terraform type `number`.
    pub fn backtrack_window(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("backtrack_window", value);
        self
    }
    /// `backup_retention_period`: optional, computed; Terraform type `number`.
    pub fn backup_retention_period(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("backup_retention_period", value);
        self
    }
    /// `ca_certificate_identifier`: optional, computed; Terraform type `string`.
    pub fn ca_certificate_identifier(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("ca_certificate_identifier", value);
        self
    }
    /// `cluster_identifier`: optional, computed; Terraform type `string`.
    pub fn cluster_identifier(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("cluster_identifier", value);
        self
    }
    /// `cluster_identifier_prefix`: optional, computed; Terraform type `string`.
    pub fn cluster_identifier_prefix(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("cluster_identifier_prefix", value);
        self
    }
    /// `cluster_members`: optional, computed; Terraform type `set(string)`.
    pub fn cluster_members(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("cluster_members", value);
        self
    }
    /// `cluster_scalability_type`: optional, computed; Terraform type `string`.
    pub fn cluster_scalability_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("cluster_scalability_type", value);
        self
    }
    /// `copy_tags_to_snapshot`: optional; Terraform type `bool`.
    pub fn copy_tags_to_snapshot(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("copy_tags_to_snapshot", value);
        self
    }
    /// `database_insights_mode`: optional, computed; Terraform type `string`.
    pub fn database_insights_mode(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("database_insights_mode", value);
        self
    }
    /// `database_name`: optional, computed; Terraform type `string`.
    pub fn database_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("database_name", value);
        self
    }
    /// `db_cluster_instance_class`: optional; Terraform type `string`.
    pub fn db_cluster_instance_class(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("db_cluster_instance_class", value);
        self
    }
    /// `db_cluster_parameter_group_name`: optional, computed; Terraform type `string`.
    pub fn db_cluster_parameter_group_name(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("db_cluster_parameter_group_name", value);
        self
    }
    /// `db_instance_parameter_group_name`: optional; Terraform type `string`.
    pub fn db_instance_parameter_group_name(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("db_instance_parameter_group_name", value);
        self
    }
    /// `db_subnet_group_name`: optional, computed; Terraform type `string`.
    pub fn db_subnet_group_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("db_subnet_group_name", value);
        self
    }
    /// `db_system_id`: optional, computed; Terraform type `string`.
    pub fn db_system_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("db_system_id", value);
        self
    }
    /// `delete_automated_backups`: optional; Terraform type `bool`.
    pub fn delete_automated_backups(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("delete_automated_backups", value);
        self
    }
    /// `deletion_protection`: optional; Terraform type `bool`.
    pub fn deletion_protection(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("deletion_protection", value);
        self
    }
    /// `domain`: optional; Terraform type `string`.
    pub fn domain(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("domain", value);
        self
    }
    /// `domain_iam_role_name`: optional; Terraform type `string`.
    pub fn domain_iam_role_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("domain_iam_role_name", value);
        self
    }
    /// `enable_global_write_forwarding`: optional; Terraform type `bool`.
    pub fn enable_global_write_forwarding(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("enable_global_write_forwarding", value);
        self
    }
    /// `enable_http_endpoint`: optional; Terraform type `bool`.
    pub fn enable_http_endpoint(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enable_http_endpoint", value);
        self
    }
    /// `enable_local_write_forwarding`: optional; Terraform type `bool`.
    pub fn enable_local_write_forwarding(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("enable_local_write_forwarding", value);
        self
    }
    /// `enabled_cloudwatch_logs_exports`: optional; Terraform type `set(string)`.
    pub fn enabled_cloudwatch_logs_exports(
        mut self,
        value: impl Into<Expr<Vec<String>>>,
    ) -> Self {
        self.body.set_attr::<Vec<String>>("enabled_cloudwatch_logs_exports", value);
        self
    }
    /// `engine_lifecycle_support`: optional, computed; Terraform type `string`.
    pub fn engine_lifecycle_support(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("engine_lifecycle_support", value);
        self
    }
    /// `engine_mode`: optional; Terraform type `string`.
    pub fn engine_mode(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("engine_mode", value);
        self
    }
    /// `engine_version`: optional, computed; Terraform type `string`.
    pub fn engine_version(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("engine_version", value);
        self
    }
    /// `final_snapshot_identifier`: optional; Terraform type `string`.
    pub fn final_snapshot_identifier(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("final_snapshot_identifier", value);
        self
    }
    /// `global_cluster_identifier`: optional; Terraform type `string`.
    pub fn global_cluster_identifier(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("global_cluster_identifier", value);
        self
    }
    /// `iam_database_authentication_enabled`: optional; Terraform type `bool`.
    pub fn iam_database_authentication_enabled(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("iam_database_authentication_enabled", value);
        self
    }
    /// `iam_roles`: optional, computed; Terraform type `set(string)`.
    pub fn iam_roles(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("iam_roles", value);
        self
    }
    /// `iops`: optional; Terraform type `number`.
    pub fn iops(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("iops", value);
        self
    }
    /// `kms_key_id`: optional, computed; Terraform type `string`.
    pub fn kms_key_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("kms_key_id", value);
        self
    }
    /// `manage_master_user_password`: optional; Terraform type `bool`.
    pub fn manage_master_user_password(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("manage_master_user_password", value);
        self
    }
    /// `master_password`: optional, sensitive; Terraform type `string`.
    pub fn master_password(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("master_password", value);
        self
    }
    /// `master_password_wo`: optional, sensitive, write-only; Terraform type `string`.
    pub fn master_password_wo(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("master_password_wo", value);
        self
    }
    /// `master_password_wo_version`: optional; Terraform type `number`.
    pub fn master_password_wo_version(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("master_password_wo_version", value);
        self
    }
    /// `master_user_secret_kms_key_id`: optional, computed; Terraform type `string`.
    pub fn master_user_secret_kms_key_id(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("master_user_secret_kms_key_id", value);
        self
    }
    /// `master_username`: optional, computed; Terraform type `string`.
    pub fn master_username(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("master_username", value);
        self
    }
    /// `monitoring_interval`: optional, computed; Terraform type `number`.
    pub fn monitoring_interval(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("monitoring_interval", value);
        self
    }
    /// `monitoring_role_arn`: optional, computed; Terraform type `string`.
    pub fn monitoring_role_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("monitoring_role_arn", value);
        self
    }
    /// `network_type`: optional, computed; Terraform type `string`.
    pub fn network_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("network_type", value);
        self
    }
    /// `performance_insights_enabled`: optional; Terraform type `bool`.
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
    /// `port`: optional, computed; Terraform type `number`.
    pub fn port(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("port", value);
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
    /// `replication_source_identifier`: optional; Terraform type `string`.
    pub fn replication_source_identifier(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("replication_source_identifier", value);
        self
    }
    /// `skip_final_snapshot`: optional; Terraform type `bool`.
    pub fn skip_final_snapshot(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("skip_final_snapshot", value);
        self
    }
    /// `snapshot_identifier`: optional; Terraform type `string`.
    pub fn snapshot_identifier(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("snapshot_identifier", value);
        self
    }
    /// `source_region`: optional; Terraform type `string`.
    pub fn source_region(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("source_region", value);
        self
    }
    /// `storage_encrypted`: optional, computed; Terraform type `bool`.
    pub fn storage_encrypted(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("storage_encrypted", value);
        self
    }
    /// `storage_type`: optional, computed; Terraform type `string`.
    pub fn storage_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("storage_type", value);
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
    /// `vpc_security_group_ids`: optional, computed; Terraform type `set(string)`.
    pub fn vpc_security_group_ids(
        mut self,
        value: impl Into<Expr<Vec<String>>>,
    ) -> Self {
        self.body.set_attr::<Vec<String>>("vpc_security_group_ids", value);
        self
    }
    /// Block `restore_to_point_in_time` (list nesting, at most 1).
    ///
    /// Sets block; see [`RestoreToPointInTime`].
    pub fn restore_to_point_in_time(mut self, block: RestoreToPointInTime) -> Self {
        self.body.set_block("restore_to_point_in_time", block.into_body());
        self
    }
    /// Block `s3_import` (list nesting, at most 1).
    ///
    /// Sets block; see [`S3Import`].
    pub fn s3_import(mut self, block: S3Import) -> Self {
        self.body.set_block("s3_import", block.into_body());
        self
    }
    /// Block `scaling_configuration` (list nesting, at most 1).
    ///
    /// Sets block; see [`ScalingConfiguration`].
    pub fn scaling_configuration(mut self, block: ScalingConfiguration) -> Self {
        self.body.set_block("scaling_configuration", block.into_body());
        self
    }
    /// Block `serverlessv2_scaling_configuration` (list nesting, at most 1).
    ///
    /// Sets block; see [`Serverlessv2ScalingConfiguration`].
    pub fn serverlessv2_scaling_configuration(
        mut self,
        block: Serverlessv2ScalingConfiguration,
    ) -> Self {
        self.body.set_block("serverlessv2_scaling_configuration", block.into_body());
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
impl Builder for RdsCluster {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `restore_to_point_in_time` of resource `aws_rds_cluster`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct RestoreToPointInTime {
    body: Body,
}
impl RestoreToPointInTime {
    /// A new `RestoreToPointInTime` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `restore_to_time`: optional; Terraform type `string`.
    pub fn restore_to_time(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("restore_to_time", value);
        self
    }
    /// `restore_type`: optional; Terraform type `string`.
    pub fn restore_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("restore_type", value);
        self
    }
    /// `source_cluster_identifier`: optional; Terraform type `string`.
    pub fn source_cluster_identifier(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("source_cluster_identifier", value);
        self
    }
    /// `source_cluster_resource_id`: optional; Terraform type `string`.
    pub fn source_cluster_resource_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("source_cluster_resource_id", value);
        self
    }
    /// `use_latest_restorable_time`: optional; Terraform type `bool`.
    pub fn use_latest_restorable_time(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("use_latest_restorable_time", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RestoreToPointInTime {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `s3_import` of resource `aws_rds_cluster`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct S3Import {
    body: Body,
}
/// The required arguments of [`S3Import::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct S3ImportArgs {
    /// `bucket_name`: Terraform type `string`
    pub bucket_name: Expr<String>,
    /// `ingestion_role`: Terraform type `string`
    pub ingestion_role: Expr<String>,
    /// `source_engine`: Terraform type `string`
    pub source_engine: Expr<String>,
    /// `source_engine_version`: Terraform type `string`
    pub source_engine_version: Expr<String>,
}
impl S3Import {
    /// A new `S3Import` with the required arguments, named in [`S3ImportArgs`].
    pub fn new(args: S3ImportArgs) -> Self {
        let S3ImportArgs {
            bucket_name,
            ingestion_role,
            source_engine,
            source_engine_version,
        } = args;
        let mut body = Body::new();
        body.set_attr::<String>("bucket_name", bucket_name);
        body.set_attr::<String>("ingestion_role", ingestion_role);
        body.set_attr::<String>("source_engine", source_engine);
        body.set_attr::<String>("source_engine_version", source_engine_version);
        S3Import { body }
    }
    /// `bucket_prefix`: optional; Terraform type `string`.
    pub fn bucket_prefix(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("bucket_prefix", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for S3Import {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `scaling_configuration` of resource `aws_rds_cluster`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct ScalingConfiguration {
    body: Body,
}
impl ScalingConfiguration {
    /// A new `ScalingConfiguration` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `auto_pause`: optional; Terraform type `bool`.
    pub fn auto_pause(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("auto_pause", value);
        self
    }
    /// `max_capacity`: optional; Terraform type `number`.
    pub fn max_capacity(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("max_capacity", value);
        self
    }
    /// `min_capacity`: optional; Terraform type `number`.
    pub fn min_capacity(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("min_capacity", value);
        self
    }
    /// `seconds_before_timeout`: optional; Terraform type `number`.
    pub fn seconds_before_timeout(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("seconds_before_timeout", value);
        self
    }
    /// `seconds_until_auto_pause`: optional; Terraform type `number`.
    pub fn seconds_until_auto_pause(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("seconds_until_auto_pause", value);
        self
    }
    /// `timeout_action`: optional; Terraform type `string`.
    pub fn timeout_action(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("timeout_action", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ScalingConfiguration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `serverlessv2_scaling_configuration` of resource `aws_rds_cluster`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Serverlessv2ScalingConfiguration {
    body: Body,
}
/// The required arguments of [`Serverlessv2ScalingConfiguration::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct Serverlessv2ScalingConfigurationArgs {
    /// `max_capacity`: Terraform type `number`
    pub max_capacity: Expr<Number>,
    /// `min_capacity`: Terraform type `number`
    pub min_capacity: Expr<Number>,
}
impl Serverlessv2ScalingConfiguration {
    /// A new `Serverlessv2ScalingConfiguration` with the required arguments, named in [`Serverlessv2ScalingConfigurationArgs`].
    pub fn new(args: Serverlessv2ScalingConfigurationArgs) -> Self {
        let Serverlessv2ScalingConfigurationArgs { max_capacity, min_capacity } = args;
        let mut body = Body::new();
        body.set_attr::<Number>("max_capacity", max_capacity);
        body.set_attr::<Number>("min_capacity", min_capacity);
        Serverlessv2ScalingConfiguration {
            body,
        }
    }
    /// `seconds_until_auto_pause`: optional, computed; Terraform type `number`.
    pub fn seconds_until_auto_pause(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("seconds_until_auto_pause", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Serverlessv2ScalingConfiguration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_rds_cluster`.
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
impl RdsCluster {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_rds_cluster";
}
impl TypedSpec for RdsCluster {
    const TYPE: &'static str = "aws_rds_cluster";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for RdsCluster {
    type Handle = RdsClusterRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_rds_cluster"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for RdsCluster {}
/// A resource `aws_rds_cluster` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster>
#[derive(Debug, Clone)]
pub struct RdsClusterRef(NodeHandle);
impl From<NodeHandle> for RdsClusterRef {
    fn from(node: NodeHandle) -> Self {
        RdsClusterRef(node)
    }
}
impl std::ops::Deref for RdsClusterRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl RdsClusterRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `allocated_storage`: optional, computed; Terraform type `number`.
    pub fn allocated_storage(&self) -> Expr<Number> {
        self.0.attr("allocated_storage")
    }
    /// `allow_major_version_upgrade`: optional; Terraform type `bool`.
    pub fn allow_major_version_upgrade(&self) -> Expr<bool> {
        self.0.attr("allow_major_version_upgrade")
    }
    /// `apply_immediately`: optional, computed; Terraform type `bool`.
    pub fn apply_immediately(&self) -> Expr<bool> {
        self.0.attr("apply_immediately")
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `availability_zones`: optional, computed; Terraform type `set(string)`.
    pub fn availability_zones(&self) -> Expr<Vec<String>> {
        self.0.attr("availability_zones")
    }
    /// `backtrack_window`: optional; Terraform type `number`.
    pub fn backtrack_window(&self) -> Expr<Number> {
        self.0.attr("backtrack_window")
    }
    /// `backup_retention_period`: optional, computed; Terraform type `number`.
    pub fn backup_retention_period(&self) -> Expr<Number> {
        self.0.attr("backup_retention_period")
    }
    /// `ca_certificate_identifier`: optional, computed; Terraform type `string`.
    pub fn ca_certificate_identifier(&self) -> Expr<String> {
        self.0.attr("ca_certificate_identifier")
    }
    /// `ca_certificate_valid_till`: computed; Terraform type `string`.
    pub fn ca_certificate_valid_till(&self) -> Expr<String> {
        self.0.attr("ca_certificate_valid_till")
    }
    /// `cluster_identifier`: optional, computed; Terraform type `string`.
    pub fn cluster_identifier(&self) -> Expr<String> {
        self.0.attr("cluster_identifier")
    }
    /// `cluster_identifier_prefix`: optional, computed; Terraform type `string`.
    pub fn cluster_identifier_prefix(&self) -> Expr<String> {
        self.0.attr("cluster_identifier_prefix")
    }
    /// `cluster_members`: optional, computed; Terraform type `set(string)`.
    pub fn cluster_members(&self) -> Expr<Vec<String>> {
        self.0.attr("cluster_members")
    }
    /// `cluster_resource_id`: computed; Terraform type `string`.
    pub fn cluster_resource_id(&self) -> Expr<String> {
        self.0.attr("cluster_resource_id")
    }
    /// `cluster_scalability_type`: optional, computed; Terraform type `string`.
    pub fn cluster_scalability_type(&self) -> Expr<String> {
        self.0.attr("cluster_scalability_type")
    }
    /// `copy_tags_to_snapshot`: optional; Terraform type `bool`.
    pub fn copy_tags_to_snapshot(&self) -> Expr<bool> {
        self.0.attr("copy_tags_to_snapshot")
    }
    /// `database_insights_mode`: optional, computed; Terraform type `string`.
    pub fn database_insights_mode(&self) -> Expr<String> {
        self.0.attr("database_insights_mode")
    }
    /// `database_name`: optional, computed; Terraform type `string`.
    pub fn database_name(&self) -> Expr<String> {
        self.0.attr("database_name")
    }
    /// `db_cluster_instance_class`: optional; Terraform type `string`.
    pub fn db_cluster_instance_class(&self) -> Expr<String> {
        self.0.attr("db_cluster_instance_class")
    }
    /// `db_cluster_parameter_group_name`: optional, computed; Terraform type `string`.
    pub fn db_cluster_parameter_group_name(&self) -> Expr<String> {
        self.0.attr("db_cluster_parameter_group_name")
    }
    /// `db_instance_parameter_group_name`: optional; Terraform type `string`.
    pub fn db_instance_parameter_group_name(&self) -> Expr<String> {
        self.0.attr("db_instance_parameter_group_name")
    }
    /// `db_subnet_group_name`: optional, computed; Terraform type `string`.
    pub fn db_subnet_group_name(&self) -> Expr<String> {
        self.0.attr("db_subnet_group_name")
    }
    /// `db_system_id`: optional, computed; Terraform type `string`.
    pub fn db_system_id(&self) -> Expr<String> {
        self.0.attr("db_system_id")
    }
    /// `delete_automated_backups`: optional; Terraform type `bool`.
    pub fn delete_automated_backups(&self) -> Expr<bool> {
        self.0.attr("delete_automated_backups")
    }
    /// `deletion_protection`: optional; Terraform type `bool`.
    pub fn deletion_protection(&self) -> Expr<bool> {
        self.0.attr("deletion_protection")
    }
    /// `domain`: optional; Terraform type `string`.
    pub fn domain(&self) -> Expr<String> {
        self.0.attr("domain")
    }
    /// `domain_iam_role_name`: optional; Terraform type `string`.
    pub fn domain_iam_role_name(&self) -> Expr<String> {
        self.0.attr("domain_iam_role_name")
    }
    /// `enable_global_write_forwarding`: optional; Terraform type `bool`.
    pub fn enable_global_write_forwarding(&self) -> Expr<bool> {
        self.0.attr("enable_global_write_forwarding")
    }
    /// `enable_http_endpoint`: optional; Terraform type `bool`.
    pub fn enable_http_endpoint(&self) -> Expr<bool> {
        self.0.attr("enable_http_endpoint")
    }
    /// `enable_local_write_forwarding`: optional; Terraform type `bool`.
    pub fn enable_local_write_forwarding(&self) -> Expr<bool> {
        self.0.attr("enable_local_write_forwarding")
    }
    /// `enabled_cloudwatch_logs_exports`: optional; Terraform type `set(string)`.
    pub fn enabled_cloudwatch_logs_exports(&self) -> Expr<Vec<String>> {
        self.0.attr("enabled_cloudwatch_logs_exports")
    }
    /// `endpoint`: computed; Terraform type `string`.
    pub fn endpoint(&self) -> Expr<String> {
        self.0.attr("endpoint")
    }
    /// `engine`: required; Terraform type `string`.
    pub fn engine(&self) -> Expr<String> {
        self.0.attr("engine")
    }
    /// `engine_lifecycle_support`: optional, computed; Terraform type `string`.
    pub fn engine_lifecycle_support(&self) -> Expr<String> {
        self.0.attr("engine_lifecycle_support")
    }
    /// `engine_mode`: optional; Terraform type `string`.
    pub fn engine_mode(&self) -> Expr<String> {
        self.0.attr("engine_mode")
    }
    /// `engine_version`: optional, computed; Terraform type `string`.
    pub fn engine_version(&self) -> Expr<String> {
        self.0.attr("engine_version")
    }
    /// `engine_version_actual`: computed; Terraform type `string`.
    pub fn engine_version_actual(&self) -> Expr<String> {
        self.0.attr("engine_version_actual")
    }
    /// `final_snapshot_identifier`: optional; Terraform type `string`.
    pub fn final_snapshot_identifier(&self) -> Expr<String> {
        self.0.attr("final_snapshot_identifier")
    }
    /// `global_cluster_identifier`: optional; Terraform type `string`.
    pub fn global_cluster_identifier(&self) -> Expr<String> {
        self.0.attr("global_cluster_identifier")
    }
    /// `hosted_zone_id`: computed; Terraform type `string`.
    pub fn hosted_zone_id(&self) -> Expr<String> {
        self.0.attr("hosted_zone_id")
    }
    /// `iam_database_authentication_enabled`: optional; Terraform type `bool`.
    pub fn iam_database_authentication_enabled(&self) -> Expr<bool> {
        self.0.attr("iam_database_authentication_enabled")
    }
    /// `iam_roles`: optional, computed; Terraform type `set(string)`.
    pub fn iam_roles(&self) -> Expr<Vec<String>> {
        self.0.attr("iam_roles")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `iops`: optional; Terraform type `number`.
    pub fn iops(&self) -> Expr<Number> {
        self.0.attr("iops")
    }
    /// `kms_key_id`: optional, computed; Terraform type `string`.
    pub fn kms_key_id(&self) -> Expr<String> {
        self.0.attr("kms_key_id")
    }
    /// `manage_master_user_password`: optional; Terraform type `bool`.
    pub fn manage_master_user_password(&self) -> Expr<bool> {
        self.0.attr("manage_master_user_password")
    }
    /// `master_password`: optional, sensitive; Terraform type `string`.
    pub fn master_password(&self) -> Expr<String> {
        self.0.attr("master_password")
    }
    /// `master_password_wo_version`: optional; Terraform type `number`.
    pub fn master_password_wo_version(&self) -> Expr<Number> {
        self.0.attr("master_password_wo_version")
    }
    /// `master_user_secret`: computed; Terraform type `list(object({kms_key_id = string, secret_arn = string, secret_status = string}))`.
    pub fn master_user_secret(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("master_user_secret")
    }
    /// `master_user_secret_kms_key_id`: optional, computed; Terraform type `string`.
    pub fn master_user_secret_kms_key_id(&self) -> Expr<String> {
        self.0.attr("master_user_secret_kms_key_id")
    }
    /// `master_username`: optional, computed; Terraform type `string`.
    pub fn master_username(&self) -> Expr<String> {
        self.0.attr("master_username")
    }
    /// `monitoring_interval`: optional, computed; Terraform type `number`.
    pub fn monitoring_interval(&self) -> Expr<Number> {
        self.0.attr("monitoring_interval")
    }
    /// `monitoring_role_arn`: optional, computed; Terraform type `string`.
    pub fn monitoring_role_arn(&self) -> Expr<String> {
        self.0.attr("monitoring_role_arn")
    }
    /// `network_type`: optional, computed; Terraform type `string`.
    pub fn network_type(&self) -> Expr<String> {
        self.0.attr("network_type")
    }
    /// `performance_insights_enabled`: optional; Terraform type `bool`.
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
    /// `port`: optional, computed; Terraform type `number`.
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
    /// `reader_endpoint`: computed; Terraform type `string`.
    pub fn reader_endpoint(&self) -> Expr<String> {
        self.0.attr("reader_endpoint")
    }
    /// `replication_source_identifier`: optional; Terraform type `string`.
    pub fn replication_source_identifier(&self) -> Expr<String> {
        self.0.attr("replication_source_identifier")
    }
    /// `skip_final_snapshot`: optional; Terraform type `bool`.
    pub fn skip_final_snapshot(&self) -> Expr<bool> {
        self.0.attr("skip_final_snapshot")
    }
    /// `snapshot_identifier`: optional; Terraform type `string`.
    pub fn snapshot_identifier(&self) -> Expr<String> {
        self.0.attr("snapshot_identifier")
    }
    /// `source_region`: optional; Terraform type `string`.
    pub fn source_region(&self) -> Expr<String> {
        self.0.attr("source_region")
    }
    /// `storage_encrypted`: optional, computed; Terraform type `bool`.
    pub fn storage_encrypted(&self) -> Expr<bool> {
        self.0.attr("storage_encrypted")
    }
    /// `storage_type`: optional, computed; Terraform type `string`.
    pub fn storage_type(&self) -> Expr<String> {
        self.0.attr("storage_type")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `vpc_security_group_ids`: optional, computed; Terraform type `set(string)`.
    pub fn vpc_security_group_ids(&self) -> Expr<Vec<String>> {
        self.0.attr("vpc_security_group_ids")
    }
    /// Block `restore_to_point_in_time` (list nesting, at most 1).
    pub fn restore_to_point_in_time(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("restore_to_point_in_time")
    }
    /// Block `s3_import` (list nesting, at most 1).
    pub fn s3_import(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("s3_import")
    }
    /// Block `scaling_configuration` (list nesting, at most 1).
    pub fn scaling_configuration(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("scaling_configuration")
    }
    /// Block `serverlessv2_scaling_configuration` (list nesting, at most 1).
    pub fn serverlessv2_scaling_configuration(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("serverlessv2_scaling_configuration")
    }
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
}
