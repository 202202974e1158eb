//! `aws_cloudwatch_composite_alarm` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_composite_alarm>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_cloudwatch_composite_alarm`: required arguments in [`CloudwatchCompositeAlarm::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`CloudwatchCompositeAlarmRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_composite_alarm>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct CloudwatchCompositeAlarm {
    body: Body,
}
/// The required arguments of [`CloudwatchCompositeAlarm::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudwatchCompositeAlarmArgs {
    /// `alarm_name`: Terraform type `string`
    pub alarm_name: Expr<String>,
    /// `alarm_rule`: Terraform type `string`
    pub alarm_rule: Expr<String>,
}
impl CloudwatchCompositeAlarm {
    /// A new `CloudwatchCompositeAlarm` with the required arguments, named in [`CloudwatchCompositeAlarmArgs`].
    pub fn new(args: CloudwatchCompositeAlarmArgs) -> Self {
        let CloudwatchCompositeAlarmArgs { alarm_name, alarm_rule } = args;
        let mut body = Body::new();
        body.set_attr::<String>("alarm_name", alarm_name);
        body.set_attr::<String>("alarm_rule", alarm_rule);
        CloudwatchCompositeAlarm { body }
    }
    /// `actions_enabled`: optional; Terraform type `bool`.
    pub fn actions_enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("actions_enabled", value);
        self
    }
    /// `alarm_actions`: optional; Terraform type `set(string)`.
    pub fn alarm_actions(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("alarm_actions", value);
        self
    }
    /// `alarm_description`: optional; Terraform type `string`.
    pub fn alarm_description(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("alarm_description", value);
        self
    }
    /// `insufficient_data_actions`: optional; Terraform type `set(string)`.
    pub fn insufficient_data_actions(
        mut self,
        value: impl Into<Expr<Vec<String>>>,
    ) -> Self {
        self.body.set_attr::<Vec<String>>("insufficient_data_actions", value);
        self
    }
    /// `ok_actions`: optional; Terraform type `set(string)`.
    pub fn ok_actions(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("ok_actions", value);
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
    /// Block `actions_suppressor` (list nesting, at most 1).
    ///
    /// Sets block; see [`ActionsSuppressor`].
    pub fn actions_suppressor(mut self, block: ActionsSuppressor) -> Self {
        self.body.set_block("actions_suppressor", block.into_body());
        self
    }
}
impl Builder for CloudwatchCompositeAlarm {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `actions_suppressor` of resource `aws_cloudwatch_composite_alarm`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ActionsSuppressor {
    body: Body,
}
/// The required arguments of [`ActionsSuppressor::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionsSuppressorArgs {
    /// `alarm`: Terraform type `string`
    pub alarm: Expr<String>,
    /// `extension_period`: Terraform type `number`
    pub extension_period: Expr<Number>,
    /// `wait_period`: Terraform type `number`
    pub wait_period: Expr<Number>,
}
impl ActionsSuppressor {
    /// A new `ActionsSuppressor` with the required arguments, named in [`ActionsSuppressorArgs`].
    pub fn new(args: ActionsSuppressorArgs) -> Self {
        let ActionsSuppressorArgs { alarm, extension_period, wait_period } = args;
        let mut body = Body::new();
        body.set_attr::<String>("alarm", alarm);
        body.set_attr::<Number>("extension_period", extension_period);
        body.set_attr::<Number>("wait_period", wait_period);
        ActionsSuppressor { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ActionsSuppressor {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl CloudwatchCompositeAlarm {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_cloudwatch_composite_alarm";
}
impl TypedSpec for CloudwatchCompositeAlarm {
    const TYPE: &'static str = "aws_cloudwatch_composite_alarm";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for CloudwatchCompositeAlarm {
    type Handle = CloudwatchCompositeAlarmRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_cloudwatch_composite_alarm"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for CloudwatchCompositeAlarm {}
/// A resource `aws_cloudwatch_composite_alarm` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_composite_alarm>
#[derive(Debug, Clone)]
pub struct CloudwatchCompositeAlarmRef(NodeHandle);
impl From<NodeHandle> for CloudwatchCompositeAlarmRef {
    fn from(node: NodeHandle) -> Self {
        CloudwatchCompositeAlarmRef(node)
    }
}
impl std::ops::Deref for CloudwatchCompositeAlarmRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl CloudwatchCompositeAlarmRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `actions_enabled`: optional; Terraform type `bool`.
    pub fn actions_enabled(&self) -> Expr<bool> {
        self.0.attr("actions_enabled")
    }
    /// `alarm_actions`: optional; Terraform type `set(string)`.
    pub fn alarm_actions(&self) -> Expr<Vec<String>> {
        self.0.attr("alarm_actions")
    }
    /// `alarm_description`: optional; Terraform type `string`.
    pub fn alarm_description(&self) -> Expr<String> {
        self.0.attr("alarm_description")
    }
    /// `alarm_name`: required; Terraform type `string`.
    pub fn alarm_name(&self) -> Expr<String> {
        self.0.attr("alarm_name")
    }
    /// `alarm_rule`: required; Terraform type `string`.
    pub fn alarm_rule(&self) -> Expr<String> {
        self.0.attr("alarm_rule")
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `insufficient_data_actions`: optional; Terraform type `set(string)`.
    pub fn insufficient_data_actions(&self) -> Expr<Vec<String>> {
        self.0.attr("insufficient_data_actions")
    }
    /// `ok_actions`: optional; Terraform type `set(string)`.
    pub fn ok_actions(&self) -> Expr<Vec<String>> {
        self.0.attr("ok_actions")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// Block `actions_suppressor` (list nesting, at most 1).
    pub fn actions_suppressor(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("actions_suppressor")
    }
}
