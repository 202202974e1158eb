//! `aws_kms_replica_key` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_replica_key>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_kms_replica_key`: required arguments in [`KmsReplicaKey::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`KmsReplicaKeyRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_replica_key>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct KmsReplicaKey {
    body: Body,
}
impl KmsReplicaKey {
    /// A new `KmsReplicaKey` with the required arguments.
    /// - `primary_key_arn`: Terraform type `string`
    pub fn new(primary_key_arn: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("primary_key_arn", primary_key_arn);
        KmsReplicaKey { body }
    }
    /// `bypass_policy_lockout_safety_check`: optional; Terraform type `bool`.
    pub fn bypass_policy_lockout_safety_check(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("bypass_policy_lockout_safety_check", value);
        self
    }
    /// `deletion_window_in_days`: optional; Terraform type `number`.
    pub fn deletion_window_in_days(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("deletion_window_in_days", value);
        self
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("description", value);
        self
    }
    /// `enabled`: optional; Terraform type `bool`.
    pub fn enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enabled", value);
        self
    }
    /// `policy`: optional, computed; Terraform type `string`.
    pub fn policy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("policy", value);
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
}
impl Builder for KmsReplicaKey {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl KmsReplicaKey {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_kms_replica_key";
}
impl TypedSpec for KmsReplicaKey {
    const TYPE: &'static str = "aws_kms_replica_key";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for KmsReplicaKey {
    type Handle = KmsReplicaKeyRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_kms_replica_key"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for KmsReplicaKey {}
/// A resource `aws_kms_replica_key` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_replica_key>
#[derive(Debug, Clone)]
pub struct KmsReplicaKeyRef(NodeHandle);
impl From<NodeHandle> for KmsReplicaKeyRef {
    fn from(node: NodeHandle) -> Self {
        KmsReplicaKeyRef(node)
    }
}
impl std::ops::Deref for KmsReplicaKeyRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl KmsReplicaKeyRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `bypass_policy_lockout_safety_check`: optional; Terraform type `bool`.
    pub fn bypass_policy_lockout_safety_check(&self) -> Expr<bool> {
        self.0.attr("bypass_policy_lockout_safety_check")
    }
    /// `deletion_window_in_days`: optional; Terraform type `number`.
    pub fn deletion_window_in_days(&self) -> Expr<Number> {
        self.0.attr("deletion_window_in_days")
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(&self) -> Expr<String> {
        self.0.attr("description")
    }
    /// `enabled`: optional; Terraform type `bool`.
    pub fn enabled(&self) -> Expr<bool> {
        self.0.attr("enabled")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `key_id`: computed; Terraform type `string`.
    pub fn key_id(&self) -> Expr<String> {
        self.0.attr("key_id")
    }
    /// `key_rotation_enabled`: computed; Terraform type `bool`.
    pub fn key_rotation_enabled(&self) -> Expr<bool> {
        self.0.attr("key_rotation_enabled")
    }
    /// `key_spec`: computed; Terraform type `string`.
    pub fn key_spec(&self) -> Expr<String> {
        self.0.attr("key_spec")
    }
    /// `key_usage`: computed; Terraform type `string`.
    pub fn key_usage(&self) -> Expr<String> {
        self.0.attr("key_usage")
    }
    /// `policy`: optional, computed; Terraform type `string`.
    pub fn policy(&self) -> Expr<String> {
        self.0.attr("policy")
    }
    /// `primary_key_arn`: required; Terraform type `string`.
    pub fn primary_key_arn(&self) -> Expr<String> {
        self.0.attr("primary_key_arn")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
}
