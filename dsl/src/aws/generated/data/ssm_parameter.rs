//! `aws_ssm_parameter` (data): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ssm_parameter>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The data `aws_ssm_parameter`: required arguments in [`SsmParameter::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`SsmParameterRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ssm_parameter>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct SsmParameter {
    body: Body,
}
impl SsmParameter {
    /// A new `SsmParameter` with the required arguments.
    /// - `name`: Terraform type `string`
    pub fn new(name: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("name", name);
        SsmParameter { body }
    }
    /// `with_decryption`: optional; Terraform type `bool`.
    pub fn with_decryption(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("with_decryption", value);
        self
    }
}
impl Builder for SsmParameter {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl SsmParameter {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_ssm_parameter";
}
impl TypedSpec for SsmParameter {
    const TYPE: &'static str = "aws_ssm_parameter";
    const KIND: ElementKind = ElementKind::Data;
}
impl Spec for SsmParameter {
    type Handle = SsmParameterRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Data
    }
    fn type_name(&self) -> &str {
        "aws_ssm_parameter"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A data `aws_ssm_parameter` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ssm_parameter>
#[derive(Debug, Clone)]
pub struct SsmParameterRef(NodeHandle);
impl From<NodeHandle> for SsmParameterRef {
    fn from(node: NodeHandle) -> Self {
        SsmParameterRef(node)
    }
}
impl std::ops::Deref for SsmParameterRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl SsmParameterRef {
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
    /// `insecure_value`: computed; Terraform type `string`.
    pub fn insecure_value(&self) -> Expr<String> {
        self.0.attr("insecure_value")
    }
    /// `name`: required; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `type`: computed; Terraform type `string`.
    pub fn r#type(&self) -> Expr<String> {
        self.0.attr("type")
    }
    /// `value`: computed, sensitive; Terraform type `string`.
    pub fn value(&self) -> Expr<String> {
        self.0.attr("value")
    }
    /// `version`: computed; Terraform type `number`.
    pub fn version(&self) -> Expr<Number> {
        self.0.attr("version")
    }
    /// `with_decryption`: optional; Terraform type `bool`.
    pub fn with_decryption(&self) -> Expr<bool> {
        self.0.attr("with_decryption")
    }
}
