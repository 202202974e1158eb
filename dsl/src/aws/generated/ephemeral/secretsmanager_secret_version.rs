//! `aws_secretsmanager_secret_version` (ephemeral): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/ephemeral-resources/secretsmanager_secret_version>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The ephemeral `aws_secretsmanager_secret_version`: required arguments in [`SecretsmanagerSecretVersion::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`SecretsmanagerSecretVersionRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/ephemeral-resources/secretsmanager_secret_version>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct SecretsmanagerSecretVersion {
    body: Body,
}
impl SecretsmanagerSecretVersion {
    /// A new `SecretsmanagerSecretVersion` with the required arguments.
    /// - `secret_id`: Terraform type `string`
    pub fn new(secret_id: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("secret_id", secret_id);
        SecretsmanagerSecretVersion {
            body,
        }
    }
    /// `version_id`: optional, computed; Terraform type `string`.
    pub fn version_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("version_id", value);
        self
    }
    /// `version_stage`: optional, computed; Terraform type `string`.
    pub fn version_stage(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("version_stage", value);
        self
    }
}
impl Builder for SecretsmanagerSecretVersion {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl SecretsmanagerSecretVersion {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_secretsmanager_secret_version";
}
impl TypedSpec for SecretsmanagerSecretVersion {
    const TYPE: &'static str = "aws_secretsmanager_secret_version";
    const KIND: ElementKind = ElementKind::Ephemeral;
}
impl Spec for SecretsmanagerSecretVersion {
    type Handle = SecretsmanagerSecretVersionRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Ephemeral
    }
    fn type_name(&self) -> &str {
        "aws_secretsmanager_secret_version"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A ephemeral `aws_secretsmanager_secret_version` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/ephemeral-resources/secretsmanager_secret_version>
#[derive(Debug, Clone)]
pub struct SecretsmanagerSecretVersionRef(NodeHandle);
impl From<NodeHandle> for SecretsmanagerSecretVersionRef {
    fn from(node: NodeHandle) -> Self {
        SecretsmanagerSecretVersionRef(node)
    }
}
impl std::ops::Deref for SecretsmanagerSecretVersionRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl SecretsmanagerSecretVersionRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `created_date`: computed; Terraform type `string`.
    pub fn created_date(&self) -> Expr<String> {
        self.0.attr("created_date")
    }
    /// `secret_binary`: computed, sensitive; Terraform type `string`.
    pub fn secret_binary(&self) -> Expr<String> {
        self.0.attr("secret_binary")
    }
    /// `secret_id`: required; Terraform type `string`.
    pub fn secret_id(&self) -> Expr<String> {
        self.0.attr("secret_id")
    }
    /// `secret_string`: computed, sensitive; Terraform type `string`.
    pub fn secret_string(&self) -> Expr<String> {
        self.0.attr("secret_string")
    }
    /// `version_id`: optional, computed; Terraform type `string`.
    pub fn version_id(&self) -> Expr<String> {
        self.0.attr("version_id")
    }
    /// `version_stage`: optional, computed; Terraform type `string`.
    pub fn version_stage(&self) -> Expr<String> {
        self.0.attr("version_stage")
    }
    /// `version_stages`: computed; Terraform type `list(string)`.
    pub fn version_stages(&self) -> Expr<Vec<String>> {
        self.0.attr("version_stages")
    }
}
