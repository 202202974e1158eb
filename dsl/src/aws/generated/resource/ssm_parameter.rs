//! `aws_ssm_parameter` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ssm_parameter>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The resource `aws_ssm_parameter`: required arguments in [`SsmParameter::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`SsmParameterRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ssm_parameter>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct SsmParameter {
    body: Body,
}
impl SsmParameter {
    /// A new `SsmParameter` with the required arguments.
    /// - `name`: Terraform type `string`
    /// - `type`: Terraform type `string`, one of [`SsmParameterType`](enums::SsmParameterType)
    pub fn new(
        name: impl Into<Expr<String>>,
        r#type: impl Into<Expr<enums::SsmParameterType>>,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("name", name);
        body.set_attr::<enums::SsmParameterType>("type", r#type);
        SsmParameter { body }
    }
    /// `allowed_pattern`: optional; Terraform type `string`.
    pub fn allowed_pattern(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("allowed_pattern", value);
        self
    }
    /// `arn`: optional, computed; Terraform type `string`.
    pub fn arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("arn", value);
        self
    }
    /// `data_type`: optional, computed; Terraform type `string`.
    pub fn data_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("data_type", value);
        self
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("description", value);
        self
    }
    /// `insecure_value`: optional, computed; Terraform type `string`.
    pub fn insecure_value(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("insecure_value", value);
        self
    }
    /// `key_id`: optional, computed; Terraform type `string`.
    pub fn key_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("key_id", value);
        self
    }
    /// `overwrite`: optional; Terraform type `bool`.
    pub fn overwrite(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("overwrite", value);
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
    /// `tier`: optional, computed; Terraform type `string`.
    pub fn tier(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("tier", value);
        self
    }
    /// `value`: optional, computed, sensitive; Terraform type `string`.
    pub fn value(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("value", value);
        self
    }
    /// `value_wo`: optional, sensitive, write-only; Terraform type `string`.
    pub fn value_wo(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("value_wo", value);
        self
    }
    /// `value_wo_version`: optional; Terraform type `number`.
    pub fn value_wo_version(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("value_wo_version", value);
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
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for SsmParameter {
    type Handle = SsmParameterRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_ssm_parameter"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for SsmParameter {}
/// A resource `aws_ssm_parameter` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ssm_parameter>
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
    /// `allowed_pattern`: optional; Terraform type `string`.
    pub fn allowed_pattern(&self) -> Expr<String> {
        self.0.attr("allowed_pattern")
    }
    /// `arn`: optional, computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `data_type`: optional, computed; Terraform type `string`.
    pub fn data_type(&self) -> Expr<String> {
        self.0.attr("data_type")
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(&self) -> Expr<String> {
        self.0.attr("description")
    }
    /// `has_value_wo`: computed; Terraform type `bool`.
    pub fn has_value_wo(&self) -> Expr<bool> {
        self.0.attr("has_value_wo")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `insecure_value`: optional, computed; Terraform type `string`.
    pub fn insecure_value(&self) -> Expr<String> {
        self.0.attr("insecure_value")
    }
    /// `key_id`: optional, computed; Terraform type `string`.
    pub fn key_id(&self) -> Expr<String> {
        self.0.attr("key_id")
    }
    /// `name`: required; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `overwrite`: optional; Terraform type `bool`.
    pub fn overwrite(&self) -> Expr<bool> {
        self.0.attr("overwrite")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `tier`: optional, computed; Terraform type `string`.
    pub fn tier(&self) -> Expr<String> {
        self.0.attr("tier")
    }
    /// `type`: required; Terraform type `string`, one of [`SsmParameterType`](enums::SsmParameterType).
    pub fn r#type(&self) -> Expr<enums::SsmParameterType> {
        self.0.attr("type")
    }
    /// `value`: optional, computed, sensitive; Terraform type `string`.
    pub fn value(&self) -> Expr<String> {
        self.0.attr("value")
    }
    /// `value_wo_version`: optional; Terraform type `number`.
    pub fn value_wo_version(&self) -> Expr<Number> {
        self.0.attr("value_wo_version")
    }
    /// `version`: computed; Terraform type `number`.
    pub fn version(&self) -> Expr<Number> {
        self.0.attr("version")
    }
}
