//! `aws_secretsmanager_secret_version` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_version>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_secretsmanager_secret_version`: required arguments in [`SecretsmanagerSecretVersion::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`SecretsmanagerSecretVersionRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_version>
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
    /// `secret_binary`: optional, sensitive; Terraform type `string`.
    pub fn secret_binary(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("secret_binary", value);
        self
    }
    /// `secret_string`: optional, sensitive; Terraform type `string`.
    pub fn secret_string(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("secret_string", value);
        self
    }
    /// `secret_string_wo`: optional, sensitive, write-only; Terraform type `string`.
    pub fn secret_string_wo(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("secret_string_wo", value);
        self
    }
    /// `secret_string_wo_version`: optional; Terraform type `number`.
    pub fn secret_string_wo_version(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("secret_string_wo_version", value);
        self
    }
    /// `version_stages`: optional, computed; Terraform type `set(string)`.
    pub fn version_stages(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("version_stages", value);
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
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for SecretsmanagerSecretVersion {
    type Handle = SecretsmanagerSecretVersionRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_secretsmanager_secret_version"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_secretsmanager_secret_version` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_version>
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
    /// `has_secret_string_wo`: computed; Terraform type `bool`.
    pub fn has_secret_string_wo(&self) -> Expr<bool> {
        self.0.attr("has_secret_string_wo")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `secret_binary`: optional, sensitive; Terraform type `string`.
    pub fn secret_binary(&self) -> Expr<String> {
        self.0.attr("secret_binary")
    }
    /// `secret_id`: required; Terraform type `string`.
    pub fn secret_id(&self) -> Expr<String> {
        self.0.attr("secret_id")
    }
    /// `secret_string`: optional, sensitive; Terraform type `string`.
    pub fn secret_string(&self) -> Expr<String> {
        self.0.attr("secret_string")
    }
    /// `secret_string_wo_version`: optional; Terraform type `number`.
    pub fn secret_string_wo_version(&self) -> Expr<Number> {
        self.0.attr("secret_string_wo_version")
    }
    /// `version_id`: computed; Terraform type `string`.
    pub fn version_id(&self) -> Expr<String> {
        self.0.attr("version_id")
    }
    /// `version_stages`: optional, computed; Terraform type `set(string)`.
    pub fn version_stages(&self) -> Expr<Vec<String>> {
        self.0.attr("version_stages")
    }
}
