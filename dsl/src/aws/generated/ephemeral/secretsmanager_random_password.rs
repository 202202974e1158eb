//! `aws_secretsmanager_random_password` (ephemeral): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/ephemeral-resources/secretsmanager_random_password>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The ephemeral `aws_secretsmanager_random_password`: required arguments in [`SecretsmanagerRandomPassword::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`SecretsmanagerRandomPasswordRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/ephemeral-resources/secretsmanager_random_password>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct SecretsmanagerRandomPassword {
    body: Body,
}
impl SecretsmanagerRandomPassword {
    /// A new `SecretsmanagerRandomPassword` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `exclude_characters`: optional; Terraform type `string`.
    pub fn exclude_characters(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("exclude_characters", value);
        self
    }
    /// `exclude_lowercase`: optional; Terraform type `bool`.
    pub fn exclude_lowercase(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("exclude_lowercase", value);
        self
    }
    /// `exclude_numbers`: optional; Terraform type `bool`.
    pub fn exclude_numbers(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("exclude_numbers", value);
        self
    }
    /// `exclude_punctuation`: optional; Terraform type `bool`.
    pub fn exclude_punctuation(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("exclude_punctuation", value);
        self
    }
    /// `exclude_uppercase`: optional; Terraform type `bool`.
    pub fn exclude_uppercase(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("exclude_uppercase", value);
        self
    }
    /// `include_space`: optional; Terraform type `bool`.
    pub fn include_space(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("include_space", value);
        self
    }
    /// `password_length`: optional; Terraform type `number`.
    pub fn password_length(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("password_length", value);
        self
    }
    /// `require_each_included_type`: optional; Terraform type `bool`.
    pub fn require_each_included_type(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("require_each_included_type", value);
        self
    }
}
impl Builder for SecretsmanagerRandomPassword {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl SecretsmanagerRandomPassword {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_secretsmanager_random_password";
}
impl TypedSpec for SecretsmanagerRandomPassword {
    const TYPE: &'static str = "aws_secretsmanager_random_password";
    const KIND: ElementKind = ElementKind::Ephemeral;
}
impl Spec for SecretsmanagerRandomPassword {
    type Handle = SecretsmanagerRandomPasswordRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Ephemeral
    }
    fn type_name(&self) -> &str {
        "aws_secretsmanager_random_password"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A ephemeral `aws_secretsmanager_random_password` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/ephemeral-resources/secretsmanager_random_password>
#[derive(Debug, Clone)]
pub struct SecretsmanagerRandomPasswordRef(NodeHandle);
impl From<NodeHandle> for SecretsmanagerRandomPasswordRef {
    fn from(node: NodeHandle) -> Self {
        SecretsmanagerRandomPasswordRef(node)
    }
}
impl std::ops::Deref for SecretsmanagerRandomPasswordRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl SecretsmanagerRandomPasswordRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `exclude_characters`: optional; Terraform type `string`.
    pub fn exclude_characters(&self) -> Expr<String> {
        self.0.attr("exclude_characters")
    }
    /// `exclude_lowercase`: optional; Terraform type `bool`.
    pub fn exclude_lowercase(&self) -> Expr<bool> {
        self.0.attr("exclude_lowercase")
    }
    /// `exclude_numbers`: optional; Terraform type `bool`.
    pub fn exclude_numbers(&self) -> Expr<bool> {
        self.0.attr("exclude_numbers")
    }
    /// `exclude_punctuation`: optional; Terraform type `bool`.
    pub fn exclude_punctuation(&self) -> Expr<bool> {
        self.0.attr("exclude_punctuation")
    }
    /// `exclude_uppercase`: optional; Terraform type `bool`.
    pub fn exclude_uppercase(&self) -> Expr<bool> {
        self.0.attr("exclude_uppercase")
    }
    /// `include_space`: optional; Terraform type `bool`.
    pub fn include_space(&self) -> Expr<bool> {
        self.0.attr("include_space")
    }
    /// `password_length`: optional; Terraform type `number`.
    pub fn password_length(&self) -> Expr<Number> {
        self.0.attr("password_length")
    }
    /// `random_password`: computed, sensitive; Terraform type `string`.
    pub fn random_password(&self) -> Expr<String> {
        self.0.attr("random_password")
    }
    /// `require_each_included_type`: optional; Terraform type `bool`.
    pub fn require_each_included_type(&self) -> Expr<bool> {
        self.0.attr("require_each_included_type")
    }
}
