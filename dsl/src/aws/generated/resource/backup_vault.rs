//! `aws_backup_vault` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_vault>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_backup_vault`: required arguments in [`BackupVault::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`BackupVaultRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_vault>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct BackupVault {
    body: Body,
}
impl BackupVault {
    /// A new `BackupVault` with the required arguments.
    /// - `name`: Terraform type `string`
    pub fn new(name: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("name", name);
        BackupVault { body }
    }
    /// `force_destroy`: optional; Terraform type `bool`.
    pub fn force_destroy(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("force_destroy", value);
        self
    }
    /// `kms_key_arn`: optional, computed; Terraform type `string`.
    pub fn kms_key_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("kms_key_arn", value);
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
impl Builder for BackupVault {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_backup_vault`.
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
    /// `delete`: optional; Terraform type `string`.
    pub fn delete(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("delete", value);
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
impl BackupVault {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_backup_vault";
}
impl TypedSpec for BackupVault {
    const TYPE: &'static str = "aws_backup_vault";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for BackupVault {
    type Handle = BackupVaultRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_backup_vault"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for BackupVault {}
/// A resource `aws_backup_vault` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_vault>
#[derive(Debug, Clone)]
pub struct BackupVaultRef(NodeHandle);
impl From<NodeHandle> for BackupVaultRef {
    fn from(node: NodeHandle) -> Self {
        BackupVaultRef(node)
    }
}
impl std::ops::Deref for BackupVaultRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl BackupVaultRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `force_destroy`: optional; Terraform type `bool`.
    pub fn force_destroy(&self) -> Expr<bool> {
        self.0.attr("force_destroy")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `kms_key_arn`: optional, computed; Terraform type `string`.
    pub fn kms_key_arn(&self) -> Expr<String> {
        self.0.attr("kms_key_arn")
    }
    /// `name`: required; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `recovery_points`: computed; Terraform type `number`.
    pub fn recovery_points(&self) -> Expr<Number> {
        self.0.attr("recovery_points")
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
