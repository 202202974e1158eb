//! `aws_kms_key` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_kms_key`: required arguments in [`KmsKey::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`KmsKeyRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct KmsKey {
    body: Body,
}
impl KmsKey {
    /// A new `KmsKey` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `bypass_policy_lockout_safety_check`: optional; Terraform type `bool`.
    pub fn bypass_policy_lockout_safety_check(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("bypass_policy_lockout_safety_check", value);
        self
    }
    /// `custom_key_store_id`: optional; Terraform type `string`.
    pub fn custom_key_store_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("custom_key_store_id", value);
        self
    }
    /// `customer_master_key_spec`: optional; Terraform type `string`.
    pub fn customer_master_key_spec(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("customer_master_key_spec", value);
        self
    }
    /// `deletion_window_in_days`: optional; Terraform type `number`.
    pub fn deletion_window_in_days(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("deletion_window_in_days", value);
        self
    }
    /// `description`: optional, computed; Terraform type `string`.
    pub fn description(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("description", value);
        self
    }
    /// `enable_key_rotation`: optional; Terraform type `bool`.
    pub fn enable_key_rotation(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enable_key_rotation", value);
        self
    }
    /// `is_enabled`: optional; Terraform type `bool`.
    pub fn is_enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("is_enabled", value);
        self
    }
    /// `key_usage`: optional; Terraform type `string`.
    pub fn key_usage(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("key_usage", value);
        self
    }
    /// `multi_region`: optional, computed; Terraform type `bool`.
    pub fn multi_region(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("multi_region", value);
        self
    }
    /// `policy`: optional, computed; Terraform type `string`.
    pub fn policy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("policy", value);
        self
    }
    /// `rotation_period_in_days`: optional, computed; Terraform type `number`.
    pub fn rotation_period_in_days(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("rotation_period_in_days", value);
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
    /// `xks_key_id`: optional; Terraform type `string`.
    pub fn xks_key_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("xks_key_id", value);
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
impl Builder for KmsKey {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_kms_key`.
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
impl KmsKey {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_kms_key";
}
impl TypedSpec for KmsKey {
    const TYPE: &'static str = "aws_kms_key";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for KmsKey {
    type Handle = KmsKeyRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_kms_key"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for KmsKey {}
/// A resource `aws_kms_key` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key>
#[derive(Debug, Clone)]
pub struct KmsKeyRef(NodeHandle);
impl From<NodeHandle> for KmsKeyRef {
    fn from(node: NodeHandle) -> Self {
        KmsKeyRef(node)
    }
}
impl std::ops::Deref for KmsKeyRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl KmsKeyRef {
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
    /// `custom_key_store_id`: optional; Terraform type `string`.
    pub fn custom_key_store_id(&self) -> Expr<String> {
        self.0.attr("custom_key_store_id")
    }
    /// `customer_master_key_spec`: optional; Terraform type `string`.
    pub fn customer_master_key_spec(&self) -> Expr<String> {
        self.0.attr("customer_master_key_spec")
    }
    /// `deletion_window_in_days`: optional; Terraform type `number`.
    pub fn deletion_window_in_days(&self) -> Expr<Number> {
        self.0.attr("deletion_window_in_days")
    }
    /// `description`: optional, computed; Terraform type `string`.
    pub fn description(&self) -> Expr<String> {
        self.0.attr("description")
    }
    /// `enable_key_rotation`: optional; Terraform type `bool`.
    pub fn enable_key_rotation(&self) -> Expr<bool> {
        self.0.attr("enable_key_rotation")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `is_enabled`: optional; Terraform type `bool`.
    pub fn is_enabled(&self) -> Expr<bool> {
        self.0.attr("is_enabled")
    }
    /// `key_id`: computed; Terraform type `string`.
    pub fn key_id(&self) -> Expr<String> {
        self.0.attr("key_id")
    }
    /// `key_usage`: optional; Terraform type `string`.
    pub fn key_usage(&self) -> Expr<String> {
        self.0.attr("key_usage")
    }
    /// `multi_region`: optional, computed; Terraform type `bool`.
    pub fn multi_region(&self) -> Expr<bool> {
        self.0.attr("multi_region")
    }
    /// `policy`: optional, computed; Terraform type `string`.
    pub fn policy(&self) -> Expr<String> {
        self.0.attr("policy")
    }
    /// `rotation_period_in_days`: optional, computed; Terraform type `number`.
    pub fn rotation_period_in_days(&self) -> Expr<Number> {
        self.0.attr("rotation_period_in_days")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `xks_key_id`: optional; Terraform type `string`.
    pub fn xks_key_id(&self) -> Expr<String> {
        self.0.attr("xks_key_id")
    }
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
}
