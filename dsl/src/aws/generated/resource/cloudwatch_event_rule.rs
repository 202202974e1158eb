//! `aws_cloudwatch_event_rule` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_event_rule>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_cloudwatch_event_rule`: required arguments in [`CloudwatchEventRule::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`CloudwatchEventRuleRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_event_rule>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct CloudwatchEventRule {
    body: Body,
}
impl CloudwatchEventRule {
    /// A new `CloudwatchEventRule` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("description", value);
        self
    }
    /// `event_bus_name`: optional; Terraform type `string`.
    pub fn event_bus_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("event_bus_name", value);
        self
    }
    /// `event_pattern`: optional; Terraform type `string`.
    pub fn event_pattern(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("event_pattern", value);
        self
    }
    /// `force_destroy`: optional; Terraform type `bool`.
    pub fn force_destroy(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("force_destroy", value);
        self
    }
    /// `is_enabled`: optional, deprecated; Terraform type `bool`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn is_enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("is_enabled", value);
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
    /// `role_arn`: optional; Terraform type `string`.
    pub fn role_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("role_arn", value);
        self
    }
    /// `schedule_expression`: optional; Terraform type `string`.
    pub fn schedule_expression(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("schedule_expression", value);
        self
    }
    /// `state`: optional; Terraform type `string`.
    pub fn state(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("state", value);
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
impl Builder for CloudwatchEventRule {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl CloudwatchEventRule {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_cloudwatch_event_rule";
}
impl TypedSpec for CloudwatchEventRule {
    const TYPE: &'static str = "aws_cloudwatch_event_rule";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for CloudwatchEventRule {
    type Handle = CloudwatchEventRuleRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_cloudwatch_event_rule"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for CloudwatchEventRule {}
/// A resource `aws_cloudwatch_event_rule` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_event_rule>
#[derive(Debug, Clone)]
pub struct CloudwatchEventRuleRef(NodeHandle);
impl From<NodeHandle> for CloudwatchEventRuleRef {
    fn from(node: NodeHandle) -> Self {
        CloudwatchEventRuleRef(node)
    }
}
impl std::ops::Deref for CloudwatchEventRuleRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl CloudwatchEventRuleRef {
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
    /// `event_bus_name`: optional; Terraform type `string`.
    pub fn event_bus_name(&self) -> Expr<String> {
        self.0.attr("event_bus_name")
    }
    /// `event_pattern`: optional; Terraform type `string`.
    pub fn event_pattern(&self) -> Expr<String> {
        self.0.attr("event_pattern")
    }
    /// `force_destroy`: optional; Terraform type `bool`.
    pub fn force_destroy(&self) -> Expr<bool> {
        self.0.attr("force_destroy")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `is_enabled`: optional, deprecated; Terraform type `bool`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn is_enabled(&self) -> Expr<bool> {
        self.0.attr("is_enabled")
    }
    /// `name`: optional, computed; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `name_prefix`: optional, computed; Terraform type `string`.
    pub fn name_prefix(&self) -> Expr<String> {
        self.0.attr("name_prefix")
    }
    /// `role_arn`: optional; Terraform type `string`.
    pub fn role_arn(&self) -> Expr<String> {
        self.0.attr("role_arn")
    }
    /// `schedule_expression`: optional; Terraform type `string`.
    pub fn schedule_expression(&self) -> Expr<String> {
        self.0.attr("schedule_expression")
    }
    /// `state`: optional; Terraform type `string`.
    pub fn state(&self) -> Expr<String> {
        self.0.attr("state")
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
