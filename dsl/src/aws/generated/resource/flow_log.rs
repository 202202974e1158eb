//! `aws_flow_log` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/flow_log>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The resource `aws_flow_log`: required arguments in [`FlowLog::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`FlowLogRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/flow_log>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct FlowLog {
    body: Body,
}
impl FlowLog {
    /// A new `FlowLog` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `deliver_cross_account_role`: optional; Terraform type `string`.
    pub fn deliver_cross_account_role(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("deliver_cross_account_role", value);
        self
    }
    /// `eni_id`: optional; Terraform type `string`.
    pub fn eni_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("eni_id", value);
        self
    }
    /// `iam_role_arn`: optional; Terraform type `string`.
    pub fn iam_role_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("iam_role_arn", value);
        self
    }
    /// `log_destination`: optional, computed; Terraform type `string`.
    pub fn log_destination(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("log_destination", value);
        self
    }
    /// `log_destination_type`: optional; Terraform type `string`, one of [`FlowLogDestinationType`](enums::FlowLogDestinationType).
    pub fn log_destination_type(
        mut self,
        value: impl Into<Expr<enums::FlowLogDestinationType>>,
    ) -> Self {
        self.body
            .set_attr::<enums::FlowLogDestinationType>("log_destination_type", value);
        self
    }
    /// `log_format`: optional, computed; Terraform type `string`.
    pub fn log_format(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("log_format", value);
        self
    }
    /// `max_aggregation_interval`: optional; Terraform type `number`.
    pub fn max_aggregation_interval(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("max_aggregation_interval", value);
        self
    }
    /// `subnet_id`: optional; Terraform type `string`.
    pub fn subnet_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("subnet_id", value);
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
    /// `traffic_type`: optional; Terraform type `string`, one of [`FlowLogTrafficType`](enums::FlowLogTrafficType).
    pub fn traffic_type(
        mut self,
        value: impl Into<Expr<enums::FlowLogTrafficType>>,
    ) -> Self {
        self.body.set_attr::<enums::FlowLogTrafficType>("traffic_type", value);
        self
    }
    /// `transit_gateway_attachment_id`: optional; Terraform type `string`.
    pub fn transit_gateway_attachment_id(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("transit_gateway_attachment_id", value);
        self
    }
    /// `transit_gateway_id`: optional; Terraform type `string`.
    pub fn transit_gateway_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("transit_gateway_id", value);
        self
    }
    /// `vpc_id`: optional; Terraform type `string`.
    pub fn vpc_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("vpc_id", value);
        self
    }
    /// Block `destination_options` (list nesting, at most 1).
    ///
    /// Sets block; see [`DestinationOptions`].
    pub fn destination_options(mut self, block: DestinationOptions) -> Self {
        self.body.set_block("destination_options", block.into_body());
        self
    }
}
impl Builder for FlowLog {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `destination_options` of resource `aws_flow_log`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct DestinationOptions {
    body: Body,
}
impl DestinationOptions {
    /// A new `DestinationOptions` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `file_format`: optional; Terraform type `string`.
    pub fn file_format(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("file_format", value);
        self
    }
    /// `hive_compatible_partitions`: optional; Terraform type `bool`.
    pub fn hive_compatible_partitions(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("hive_compatible_partitions", value);
        self
    }
    /// `per_hour_partition`: optional; Terraform type `bool`.
    pub fn per_hour_partition(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("per_hour_partition", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for DestinationOptions {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl FlowLog {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_flow_log";
}
impl TypedSpec for FlowLog {
    const TYPE: &'static str = "aws_flow_log";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for FlowLog {
    type Handle = FlowLogRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_flow_log"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for FlowLog {}
/// A resource `aws_flow_log` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/flow_log>
#[derive(Debug, Clone)]
pub struct FlowLogRef(NodeHandle);
impl From<NodeHandle> for FlowLogRef {
    fn from(node: NodeHandle) -> Self {
        FlowLogRef(node)
    }
}
impl std::ops::Deref for FlowLogRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl FlowLogRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `deliver_cross_account_role`: optional; Terraform type `string`.
    pub fn deliver_cross_account_role(&self) -> Expr<String> {
        self.0.attr("deliver_cross_account_role")
    }
    /// `eni_id`: optional; Terraform type `string`.
    pub fn eni_id(&self) -> Expr<String> {
        self.0.attr("eni_id")
    }
    /// `iam_role_arn`: optional; Terraform type `string`.
    pub fn iam_role_arn(&self) -> Expr<String> {
        self.0.attr("iam_role_arn")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `log_destination`: optional, computed; Terraform type `string`.
    pub fn log_destination(&self) -> Expr<String> {
        self.0.attr("log_destination")
    }
    /// `log_destination_type`: optional; Terraform type `string`, one of [`FlowLogDestinationType`](enums::FlowLogDestinationType).
    pub fn log_destination_type(&self) -> Expr<enums::FlowLogDestinationType> {
        self.0.attr("log_destination_type")
    }
    /// `log_format`: optional, computed; Terraform type `string`.
    pub fn log_format(&self) -> Expr<String> {
        self.0.attr("log_format")
    }
    /// `max_aggregation_interval`: optional; Terraform type `number`.
    pub fn max_aggregation_interval(&self) -> Expr<Number> {
        self.0.attr("max_aggregation_interval")
    }
    /// `subnet_id`: optional; Terraform type `string`.
    pub fn subnet_id(&self) -> Expr<String> {
        self.0.attr("subnet_id")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `traffic_type`: optional; Terraform type `string`, one of [`FlowLogTrafficType`](enums::FlowLogTrafficType).
    pub fn traffic_type(&self) -> Expr<enums::FlowLogTrafficType> {
        self.0.attr("traffic_type")
    }
    /// `transit_gateway_attachment_id`: optional; Terraform type `string`.
    pub fn transit_gateway_attachment_id(&self) -> Expr<String> {
        self.0.attr("transit_gateway_attachment_id")
    }
    /// `transit_gateway_id`: optional; Terraform type `string`.
    pub fn transit_gateway_id(&self) -> Expr<String> {
        self.0.attr("transit_gateway_id")
    }
    /// `vpc_id`: optional; Terraform type `string`.
    pub fn vpc_id(&self) -> Expr<String> {
        self.0.attr("vpc_id")
    }
    /// Block `destination_options` (list nesting, at most 1).
    pub fn destination_options(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("destination_options")
    }
}
