//! `aws_secretsmanager_secret_rotation` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_rotation>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_secretsmanager_secret_rotation`: required arguments in [`SecretsmanagerSecretRotation::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`SecretsmanagerSecretRotationRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_rotation>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct SecretsmanagerSecretRotation {
    body: Body,
}
impl SecretsmanagerSecretRotation {
    /// A new `SecretsmanagerSecretRotation` with the required arguments.
    /// - `secret_id`: Terraform type `string`
    /// - `rotation_rules`: block [`RotationRules`]
    pub fn new(
        secret_id: impl Into<Expr<String>>,
        rotation_rules: RotationRules,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("secret_id", secret_id);
        body.set_block("rotation_rules", rotation_rules.into_body());
        SecretsmanagerSecretRotation {
            body,
        }
    }
    /// `rotate_immediately`: optional; Terraform type `bool`.
    pub fn rotate_immediately(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("rotate_immediately", value);
        self
    }
    /// `rotation_lambda_arn`: optional; Terraform type `string`.
    pub fn rotation_lambda_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("rotation_lambda_arn", value);
        self
    }
    /// Block `rotation_rules` (list nesting, exactly 1).
    ///
    /// Sets block; see [`RotationRules`].
    pub fn rotation_rules(mut self, block: RotationRules) -> Self {
        self.body.set_block("rotation_rules", block.into_body());
        self
    }
}
impl Builder for SecretsmanagerSecretRotation {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `rotation_rules` of resource `aws_secretsmanager_secret_rotation`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct RotationRules {
    body: Body,
}
impl RotationRules {
    /// A new `RotationRules` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `automatically_after_days`: optional; Terraform type `number`.
    pub fn automatically_after_days(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("automatically_after_days", value);
        self
    }
    /// `duration`: optional; Terraform type `string`.
    pub fn duration(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("duration", value);
        self
    }
    /// `schedule_expression`: optional; Terraform type `string`.
    pub fn schedule_expression(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("schedule_expression", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RotationRules {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl SecretsmanagerSecretRotation {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_secretsmanager_secret_rotation";
}
impl TypedSpec for SecretsmanagerSecretRotation {
    const TYPE: &'static str = "aws_secretsmanager_secret_rotation";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for SecretsmanagerSecretRotation {
    type Handle = SecretsmanagerSecretRotationRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_secretsmanager_secret_rotation"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_secretsmanager_secret_rotation` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_rotation>
#[derive(Debug, Clone)]
pub struct SecretsmanagerSecretRotationRef(NodeHandle);
impl From<NodeHandle> for SecretsmanagerSecretRotationRef {
    fn from(node: NodeHandle) -> Self {
        SecretsmanagerSecretRotationRef(node)
    }
}
impl std::ops::Deref for SecretsmanagerSecretRotationRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl SecretsmanagerSecretRotationRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `rotate_immediately`: optional; Terraform type `bool`.
    pub fn rotate_immediately(&self) -> Expr<bool> {
        self.0.attr("rotate_immediately")
    }
    /// `rotation_enabled`: computed; Terraform type `bool`.
    pub fn rotation_enabled(&self) -> Expr<bool> {
        self.0.attr("rotation_enabled")
    }
    /// `rotation_lambda_arn`: optional; Terraform type `string`.
    pub fn rotation_lambda_arn(&self) -> Expr<String> {
        self.0.attr("rotation_lambda_arn")
    }
    /// `secret_id`: required; Terraform type `string`.
    pub fn secret_id(&self) -> Expr<String> {
        self.0.attr("secret_id")
    }
    /// Block `rotation_rules` (list nesting, exactly 1).
    pub fn rotation_rules(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("rotation_rules")
    }
}
