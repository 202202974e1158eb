//! `aws_cloudwatch_log_group` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_cloudwatch_log_group`: required arguments in [`CloudwatchLogGroup::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`CloudwatchLogGroupRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct CloudwatchLogGroup {
    body: Body,
}
impl CloudwatchLogGroup {
    /// A new `CloudwatchLogGroup` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `kms_key_id`: optional; Terraform type `string`.
    pub fn kms_key_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("kms_key_id", value);
        self
    }
    /// `log_group_class`: optional, computed; Terraform type `string`.
    pub fn log_group_class(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("log_group_class", value);
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
    /// `retention_in_days`: optional; Terraform type `number`.
    pub fn retention_in_days(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("retention_in_days", value);
        self
    }
    /// `skip_destroy`: optional; Terraform type `bool`.
    pub fn skip_destroy(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("skip_destroy", value);
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
}
impl Builder for CloudwatchLogGroup {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl CloudwatchLogGroup {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_cloudwatch_log_group";
}
impl TypedSpec for CloudwatchLogGroup {
    const TYPE: &'static str = "aws_cloudwatch_log_group";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for CloudwatchLogGroup {
    type Handle = CloudwatchLogGroupRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_cloudwatch_log_group"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for CloudwatchLogGroup {}
/// A resource `aws_cloudwatch_log_group` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group>
#[derive(Debug, Clone)]
pub struct CloudwatchLogGroupRef(NodeHandle);
impl From<NodeHandle> for CloudwatchLogGroupRef {
    fn from(node: NodeHandle) -> Self {
        CloudwatchLogGroupRef(node)
    }
}
impl std::ops::Deref for CloudwatchLogGroupRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl CloudwatchLogGroupRef {
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
    /// `kms_key_id`: optional; Terraform type `string`.
    pub fn kms_key_id(&self) -> Expr<String> {
        self.0.attr("kms_key_id")
    }
    /// `log_group_class`: optional, computed; Terraform type `string`.
    pub fn log_group_class(&self) -> Expr<String> {
        self.0.attr("log_group_class")
    }
    /// `name`: optional, computed; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `name_prefix`: optional, computed; Terraform type `string`.
    pub fn name_prefix(&self) -> Expr<String> {
        self.0.attr("name_prefix")
    }
    /// `retention_in_days`: optional; Terraform type `number`.
    pub fn retention_in_days(&self) -> Expr<Number> {
        self.0.attr("retention_in_days")
    }
    /// `skip_destroy`: optional; Terraform type `bool`.
    pub fn skip_destroy(&self) -> Expr<bool> {
        self.0.attr("skip_destroy")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
}
