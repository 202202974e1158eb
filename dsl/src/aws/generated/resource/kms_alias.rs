//! `aws_kms_alias` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_alias>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_kms_alias`: required arguments in [`KmsAlias::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`KmsAliasRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_alias>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct KmsAlias {
    body: Body,
}
impl KmsAlias {
    /// A new `KmsAlias` with the required arguments.
    /// - `target_key_id`: Terraform type `string`
    pub fn new(target_key_id: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("target_key_id", target_key_id);
        KmsAlias { body }
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
}
impl Builder for KmsAlias {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl KmsAlias {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_kms_alias";
}
impl TypedSpec for KmsAlias {
    const TYPE: &'static str = "aws_kms_alias";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for KmsAlias {
    type Handle = KmsAliasRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_kms_alias"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_kms_alias` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_alias>
#[derive(Debug, Clone)]
pub struct KmsAliasRef(NodeHandle);
impl From<NodeHandle> for KmsAliasRef {
    fn from(node: NodeHandle) -> Self {
        KmsAliasRef(node)
    }
}
impl std::ops::Deref for KmsAliasRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl KmsAliasRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `name`: optional, computed; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `name_prefix`: optional, computed; Terraform type `string`.
    pub fn name_prefix(&self) -> Expr<String> {
        self.0.attr("name_prefix")
    }
    /// `target_key_arn`: computed; Terraform type `string`.
    pub fn target_key_arn(&self) -> Expr<String> {
        self.0.attr("target_key_arn")
    }
    /// `target_key_id`: required; Terraform type `string`.
    pub fn target_key_id(&self) -> Expr<String> {
        self.0.attr("target_key_id")
    }
}
