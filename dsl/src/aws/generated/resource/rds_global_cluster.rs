//! `aws_rds_global_cluster` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_global_cluster>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_rds_global_cluster`: required arguments in [`RdsGlobalCluster::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`RdsGlobalClusterRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_global_cluster>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RdsGlobalCluster {
    body: Body,
}
impl RdsGlobalCluster {
    /// A new `RdsGlobalCluster` with the required arguments.
    /// - `global_cluster_identifier`: Terraform type `string`
    pub fn new(global_cluster_identifier: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("global_cluster_identifier", global_cluster_identifier);
        RdsGlobalCluster { body }
    }
    /// `database_name`: optional, computed; Terraform type `string`.
    pub fn database_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("database_name", value);
        self
    }
    /// `deletion_protection`: optional; Terraform type `bool`.
    pub fn deletion_protection(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("deletion_protection", value);
        self
    }
    /// `engine`: optional, computed; Terraform type `string`.
    pub fn engine(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("engine", value);
        self
    }
    /// `engine_lifecycle_support`: optional, computed; Terraform type `string`.
    pub fn engine_lifecycle_support(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("engine_lifecycle_support", value);
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
    /// `source_db_cluster_identifier`: optional, computed; Terraform type `string`.
    pub fn source_db_cluster_identifier(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("source_db_cluster_identifier", value);
        self
    }
    /// `storage_encrypted`: optional, computed; Terraform type `bool`.
    pub fn storage_encrypted(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("storage_encrypted", value);
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
impl Builder for RdsGlobalCluster {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_rds_global_cluster`.
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
impl RdsGlobalCluster {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_rds_global_cluster";
}
impl TypedSpec for RdsGlobalCluster {
    const TYPE: &'static str = "aws_rds_global_cluster";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for RdsGlobalCluster {
    type Handle = RdsGlobalClusterRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_rds_global_cluster"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for RdsGlobalCluster {}
/// A resource `aws_rds_global_cluster` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_global_cluster>
#[derive(Debug, Clone)]
pub struct RdsGlobalClusterRef(NodeHandle);
impl From<NodeHandle> for RdsGlobalClusterRef {
    fn from(node: NodeHandle) -> Self {
        RdsGlobalClusterRef(node)
    }
}
impl std::ops::Deref for RdsGlobalClusterRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl RdsGlobalClusterRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `database_name`: optional, computed; Terraform type `string`.
    pub fn database_name(&self) -> Expr<String> {
        self.0.attr("database_name")
    }
    /// `deletion_protection`: optional; Terraform type `bool`.
    pub fn deletion_protection(&self) -> Expr<bool> {
        self.0.attr("deletion_protection")
    }
    /// `endpoint`: computed; Terraform type `string`.
    pub fn endpoint(&self) -> Expr<String> {
        self.0.attr("endpoint")
    }
    /// `engine`: optional, computed; Terraform type `string`.
    pub fn engine(&self) -> Expr<String> {
        self.0.attr("engine")
    }
    /// `engine_lifecycle_support`: optional, computed; Terraform type `string`.
    pub fn engine_lifecycle_support(&self) -> Expr<String> {
        self.0.attr("engine_lifecycle_support")
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
    /// `global_cluster_identifier`: required; Terraform type `string`.
    pub fn global_cluster_identifier(&self) -> Expr<String> {
        self.0.attr("global_cluster_identifier")
    }
    /// `global_cluster_members`: computed; Terraform type `set(object({db_cluster_arn = string, is_writer = bool}))`.
    pub fn global_cluster_members(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("global_cluster_members")
    }
    /// `global_cluster_resource_id`: computed; Terraform type `string`.
    pub fn global_cluster_resource_id(&self) -> Expr<String> {
        self.0.attr("global_cluster_resource_id")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `source_db_cluster_identifier`: optional, computed; Terraform type `string`.
    pub fn source_db_cluster_identifier(&self) -> Expr<String> {
        self.0.attr("source_db_cluster_identifier")
    }
    /// `storage_encrypted`: optional, computed; Terraform type `bool`.
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
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
}
