//! `aws_cloudwatch_metric_alarm` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_metric_alarm>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The resource `aws_cloudwatch_metric_alarm`: required arguments in [`CloudwatchMetricAlarm::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`CloudwatchMetricAlarmRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_metric_alarm>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct CloudwatchMetricAlarm {
    body: Body,
}
impl CloudwatchMetricAlarm {
    /// A new `CloudwatchMetricAlarm` with the required arguments.
    /// - `alarm_name`: Terraform type `string`
    /// - `comparison_operator`: Terraform type `string`, one of [`ComparisonOperator`](enums::ComparisonOperator)
    /// - `evaluation_periods`: Terraform type `number`
    pub fn new(
        alarm_name: impl Into<Expr<String>>,
        comparison_operator: impl Into<Expr<enums::ComparisonOperator>>,
        evaluation_periods: impl Into<Expr<Number>>,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("alarm_name", alarm_name);
        body.set_attr::<
                enums::ComparisonOperator,
            >("comparison_operator", comparison_operator);
        body.set_attr::<Number>("evaluation_periods", evaluation_periods);
        CloudwatchMetricAlarm { body }
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
    /// `datapoints_to_alarm`: optional; Terraform type `number`.
    pub fn datapoints_to_alarm(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("datapoints_to_alarm", value);
        self
    }
    /// `dimensions`: optional; Terraform type `map(string)`.
    pub fn dimensions(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("dimensions", value);
        self
    }
    /// `evaluate_low_sample_count_percentiles`: optional, computed; Terraform type `string`.
    pub fn evaluate_low_sample_count_percentiles(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("evaluate_low_sample_count_percentiles", value);
        self
    }
    /// `extended_statistic`: optional; Terraform type `string`.
    pub fn extended_statistic(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("extended_statistic", value);
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
    /// `metric_name`: optional; Terraform type `string`.
    pub fn metric_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("metric_name", value);
        self
    }
    /// `namespace`: optional; Terraform type `string`.
    pub fn namespace(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("namespace", value);
        self
    }
    /// `ok_actions`: optional; Terraform type `set(string)`.
    pub fn ok_actions(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("ok_actions", value);
        self
    }
    /// `period`: optional; Terraform type `number`.
    pub fn period(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("period", value);
        self
    }
    /// `statistic`: optional; Terraform type `string`, one of [`AlarmStatistic`](enums::AlarmStatistic).
    pub fn statistic(mut self, value: impl Into<Expr<enums::AlarmStatistic>>) -> Self {
        self.body.set_attr::<enums::AlarmStatistic>("statistic", value);
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
    /// `threshold`: optional; Terraform type `number`.
    pub fn threshold(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("threshold", value);
        self
    }
    /// `threshold_metric_id`: optional; Terraform type `string`.
    pub fn threshold_metric_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("threshold_metric_id", value);
        self
    }
    /// `treat_missing_data`: optional; Terraform type `string`, one of [`TreatMissingData`](enums::TreatMissingData).
    pub fn treat_missing_data(
        mut self,
        value: impl Into<Expr<enums::TreatMissingData>>,
    ) -> Self {
        self.body.set_attr::<enums::TreatMissingData>("treat_missing_data", value);
        self
    }
    /// `unit`: optional; Terraform type `string`.
    pub fn unit(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("unit", value);
        self
    }
    /// Block `metric_query` (set nesting, any number).
    ///
    /// Adds one block; see [`MetricQuery`].
    pub fn metric_query(mut self, block: MetricQuery) -> Self {
        self.body.push_block("metric_query", block.into_body());
        self
    }
}
impl Builder for CloudwatchMetricAlarm {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `metric_query` of resource `aws_cloudwatch_metric_alarm`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct MetricQuery {
    body: Body,
}
impl MetricQuery {
    /// A new `MetricQuery` with the required arguments.
    /// - `id`: Terraform type `string`
    pub fn new(id: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("id", id);
        MetricQuery { body }
    }
    /// `account_id`: optional; Terraform type `string`.
    pub fn account_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("account_id", value);
        self
    }
    /// `expression`: optional; Terraform type `string`.
    pub fn expression(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("expression", value);
        self
    }
    /// `label`: optional; Terraform type `string`.
    pub fn label(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("label", value);
        self
    }
    /// `period`: optional; Terraform type `number`.
    pub fn period(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("period", value);
        self
    }
    /// `return_data`: optional; Terraform type `bool`.
    pub fn return_data(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("return_data", value);
        self
    }
    /// Block `metric` (list nesting, at most 1).
    ///
    /// Sets block; see [`MetricQueryMetric`].
    pub fn metric(mut self, block: MetricQueryMetric) -> Self {
        self.body.set_block("metric", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for MetricQuery {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `metric` of resource `aws_cloudwatch_metric_alarm`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct MetricQueryMetric {
    body: Body,
}
/// The required arguments of [`MetricQueryMetric::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricQueryMetricArgs {
    /// `metric_name`: Terraform type `string`
    pub metric_name: Expr<String>,
    /// `period`: Terraform type `number`
    pub period: Expr<Number>,
    /// `stat`: Terraform type `string`
    pub stat: Expr<String>,
}
impl MetricQueryMetric {
    /// A new `MetricQueryMetric` with the required arguments, named in [`MetricQueryMetricArgs`].
    pub fn new(args: MetricQueryMetricArgs) -> Self {
        let MetricQueryMetricArgs { metric_name, period, stat } = args;
        let mut body = Body::new();
        body.set_attr::<String>("metric_name", metric_name);
        body.set_attr::<Number>("period", period);
        body.set_attr::<String>("stat", stat);
        MetricQueryMetric { body }
    }
    /// `dimensions`: optional; Terraform type `map(string)`.
    pub fn dimensions(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("dimensions", value);
        self
    }
    /// `namespace`: optional; Terraform type `string`.
    pub fn namespace(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("namespace", value);
        self
    }
    /// `unit`: optional; Terraform type `string`.
    pub fn unit(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("unit", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for MetricQueryMetric {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl CloudwatchMetricAlarm {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_cloudwatch_metric_alarm";
}
impl TypedSpec for CloudwatchMetricAlarm {
    const TYPE: &'static str = "aws_cloudwatch_metric_alarm";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for CloudwatchMetricAlarm {
    type Handle = CloudwatchMetricAlarmRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_cloudwatch_metric_alarm"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for CloudwatchMetricAlarm {}
/// A resource `aws_cloudwatch_metric_alarm` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_metric_alarm>
#[derive(Debug, Clone)]
pub struct CloudwatchMetricAlarmRef(NodeHandle);
impl From<NodeHandle> for CloudwatchMetricAlarmRef {
    fn from(node: NodeHandle) -> Self {
        CloudwatchMetricAlarmRef(node)
    }
}
impl std::ops::Deref for CloudwatchMetricAlarmRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl CloudwatchMetricAlarmRef {
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
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `comparison_operator`: required; Terraform type `string`, one of [`ComparisonOperator`](enums::ComparisonOperator).
    pub fn comparison_operator(&self) -> Expr<enums::ComparisonOperator> {
        self.0.attr("comparison_operator")
    }
    /// `datapoints_to_alarm`: optional; Terraform type `number`.
    pub fn datapoints_to_alarm(&self) -> Expr<Number> {
        self.0.attr("datapoints_to_alarm")
    }
    /// `dimensions`: optional; Terraform type `map(string)`.
    pub fn dimensions(&self) -> Expr<Map<String>> {
        self.0.attr("dimensions")
    }
    /// `evaluate_low_sample_count_percentiles`: optional, computed; Terraform type `string`.
    pub fn evaluate_low_sample_count_percentiles(&self) -> Expr<String> {
        self.0.attr("evaluate_low_sample_count_percentiles")
    }
    /// `evaluation_periods`: required; Terraform type `number`.
    pub fn evaluation_periods(&self) -> Expr<Number> {
        self.0.attr("evaluation_periods")
    }
    /// `extended_statistic`: optional; Terraform type `string`.
    pub fn extended_statistic(&self) -> Expr<String> {
        self.0.attr("extended_statistic")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `insufficient_data_actions`: optional; Terraform type `set(string)`.
    pub fn insufficient_data_actions(&self) -> Expr<Vec<String>> {
        self.0.attr("insufficient_data_actions")
    }
    /// `metric_name`: optional; Terraform type `string`.
    pub fn metric_name(&self) -> Expr<String> {
        self.0.attr("metric_name")
    }
    /// `namespace`: optional; Terraform type `string`.
    pub fn namespace(&self) -> Expr<String> {
        self.0.attr("namespace")
    }
    /// `ok_actions`: optional; Terraform type `set(string)`.
    pub fn ok_actions(&self) -> Expr<Vec<String>> {
        self.0.attr("ok_actions")
    }
    /// `period`: optional; Terraform type `number`.
    pub fn period(&self) -> Expr<Number> {
        self.0.attr("period")
    }
    /// `statistic`: optional; Terraform type `string`, one of [`AlarmStatistic`](enums::AlarmStatistic).
    pub fn statistic(&self) -> Expr<enums::AlarmStatistic> {
        self.0.attr("statistic")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `threshold`: optional; Terraform type `number`.
    pub fn threshold(&self) -> Expr<Number> {
        self.0.attr("threshold")
    }
    /// `threshold_metric_id`: optional; Terraform type `string`.
    pub fn threshold_metric_id(&self) -> Expr<String> {
        self.0.attr("threshold_metric_id")
    }
    /// `treat_missing_data`: optional; Terraform type `string`, one of [`TreatMissingData`](enums::TreatMissingData).
    pub fn treat_missing_data(&self) -> Expr<enums::TreatMissingData> {
        self.0.attr("treat_missing_data")
    }
    /// `unit`: optional; Terraform type `string`.
    pub fn unit(&self) -> Expr<String> {
        self.0.attr("unit")
    }
    /// Block `metric_query` (set nesting, any number).
    pub fn metric_query(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("metric_query")
    }
}
