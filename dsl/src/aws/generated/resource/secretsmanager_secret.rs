//! `aws_secretsmanager_secret` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_secretsmanager_secret`: required arguments in [`SecretsmanagerSecret::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`SecretsmanagerSecretRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct SecretsmanagerSecret {
    body: Body,
}
impl SecretsmanagerSecret {
    /// A new `SecretsmanagerSecret` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("description", value);
        self
    }
    /// `force_overwrite_replica_secret`: optional; Terraform type `bool`.
    pub fn force_overwrite_replica_secret(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("force_overwrite_replica_secret", value);
        self
    }
    /// `kms_key_id`: optional; Terraform type `string`.
    pub fn kms_key_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("kms_key_id", value);
        self
    }
    /// `name`: optional, computed; Terraform type `string`.
    pub fn name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("name", value);
        self
    }
    /// `name_prefix`: optional, computed; Terraform type `string`.
    pub fn name_prefix(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("name_prefix", value);
        self
    }
    /// `policy`: optional, computed; Terraform type `string`.
    pub fn policy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("policy", value);
        self
    }
    /// `recovery_window_in_days`: optional; Terraform type `number`.
    pub fn recovery_window_in_days(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("recovery_window_in_days", value);
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
    /// Block `replica` (set nesting, any number).
    ///
    /// Adds one block; see [`Replica`].
    pub fn replica(mut self, block: Replica) -> Self {
        self.body.push_block("replica", block.into_body());
        self
    }
}
impl Builder for SecretsmanagerSecret {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `replica` of resource `aws_secretsmanager_secret`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Replica {
    body: Body,
}
impl Replica {
    /// A new `Replica` with the required arguments.
    /// - `region`: Terraform type `string`
    pub fn new(region: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("region", region);
        Replica { body }
    }
    /// `kms_key_id`: optional, computed; Terraform type `string`.
    pub fn kms_key_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("kms_key_id", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Replica {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl SecretsmanagerSecret {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_secretsmanager_secret";
}
impl TypedSpec for SecretsmanagerSecret {
    const TYPE: &'static str = "aws_secretsmanager_secret";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for SecretsmanagerSecret {
    type Handle = SecretsmanagerSecretRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_secretsmanager_secret"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for SecretsmanagerSecret {}
/// A resource `aws_secretsmanager_secret` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret>
#[derive(Debug, Clone)]
pub struct SecretsmanagerSecretRef(NodeHandle);
impl From<NodeHandle> for SecretsmanagerSecretRef {
    fn from(node: NodeHandle) -> Self {
        SecretsmanagerSecretRef(node)
    }
}
impl std::ops::Deref for SecretsmanagerSecretRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl SecretsmanagerSecretRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(&self) -> Expr<String> {
        self.0.attr("description")
    }
    /// `force_overwrite_replica_secret`: optional; Terraform type `bool`.
    pub fn force_overwrite_replica_secret(&self) -> Expr<bool> {
        self.0.attr("force_overwrite_replica_secret")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `kms_key_id`: optional; Terraform type `string`.
    pub fn kms_key_id(&self) -> Expr<String> {
        self.0.attr("kms_key_id")
    }
    /// `name`: optional, computed; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `name_prefix`: optional, computed; Terraform type `string`.
    pub fn name_prefix(&self) -> Expr<String> {
        self.0.attr("name_prefix")
    }
    /// `policy`: optional, computed; Terraform type `string`.
    pub fn policy(&self) -> Expr<String> {
        self.0.attr("policy")
    }
    /// `recovery_window_in_days`: optional; Terraform type `number`.
    pub fn recovery_window_in_days(&self) -> Expr<Number> {
        self.0.attr("recovery_window_in_days")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// Block `replica` (set nesting, any number).
    pub fn replica(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("replica")
    }
}
