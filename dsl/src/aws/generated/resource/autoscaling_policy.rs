//! `aws_autoscaling_policy` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/autoscaling_policy>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The resource `aws_autoscaling_policy`: required arguments in [`AutoscalingPolicy::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`AutoscalingPolicyRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/autoscaling_policy>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct AutoscalingPolicy {
    body: Body,
}
/// The required arguments of [`AutoscalingPolicy::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoscalingPolicyArgs {
    /// `autoscaling_group_name`: Terraform type `string`
    pub autoscaling_group_name: Expr<String>,
    /// `name`: Terraform type `string`
    pub name: Expr<String>,
}
impl AutoscalingPolicy {
    /// A new `AutoscalingPolicy` with the required arguments, named in [`AutoscalingPolicyArgs`].
    pub fn new(args: AutoscalingPolicyArgs) -> Self {
        let AutoscalingPolicyArgs { autoscaling_group_name, name } = args;
        let mut body = Body::new();
        body.set_attr::<String>("autoscaling_group_name", autoscaling_group_name);
        body.set_attr::<String>("name", name);
        AutoscalingPolicy { body }
    }
    /// `adjustment_type`: optional; Terraform type `string`, one of [`AdjustmentType`](enums::AdjustmentType).
    pub fn adjustment_type(
        mut self,
        value: impl Into<Expr<enums::AdjustmentType>>,
    ) -> Self {
        self.body.set_attr::<enums::AdjustmentType>("adjustment_type", value);
        self
    }
    /// `cooldown`: optional; Terraform type `number`.
    pub fn cooldown(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("cooldown", value);
        self
    }
    /// `enabled`: optional; Terraform type `bool`.
    pub fn enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enabled", value);
        self
    }
    /// `estimated_instance_warmup`: optional; Terraform type `number`.
    pub fn estimated_instance_warmup(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("estimated_instance_warmup", value);
        self
    }
    /// `metric_aggregation_type`: optional, computed; Terraform type `string`.
    pub fn metric_aggregation_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("metric_aggregation_type", value);
        self
    }
    /// `min_adjustment_magnitude`: optional; Terraform type `number`.
    pub fn min_adjustment_magnitude(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("min_adjustment_magnitude", value);
        self
    }
    /// `policy_type`: optional; Terraform type `string`, one of [`ScalingPolicyType`](enums::ScalingPolicyType).
    pub fn policy_type(
        mut self,
        value: impl Into<Expr<enums::ScalingPolicyType>>,
    ) -> Self {
        self.body.set_attr::<enums::ScalingPolicyType>("policy_type", value);
        self
    }
    /// `scaling_adjustment`: optional; Terraform type `number`.
    pub fn scaling_adjustment(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("scaling_adjustment", value);
        self
    }
    /// Block `predictive_scaling_configuration` (list nesting, at most 1).
    ///
    /// Sets block; see [`PredictiveScalingConfiguration`].
    pub fn predictive_scaling_configuration(
        mut self,
        block: PredictiveScalingConfiguration,
    ) -> Self {
        self.body.set_block("predictive_scaling_configuration", block.into_body());
        self
    }
    /// Block `step_adjustment` (set nesting, any number).
    ///
    /// Adds one block; see [`StepAdjustment`].
    pub fn step_adjustment(mut self, block: StepAdjustment) -> Self {
        self.body.push_block("step_adjustment", block.into_body());
        self
    }
    /// Block `target_tracking_configuration` (list nesting, at most 1).
    ///
    /// Sets block; see [`TargetTrackingConfiguration`].
    pub fn target_tracking_configuration(
        mut self,
        block: TargetTrackingConfiguration,
    ) -> Self {
        self.body.set_block("target_tracking_configuration", block.into_body());
        self
    }
}
impl Builder for AutoscalingPolicy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `predictive_scaling_configuration` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct PredictiveScalingConfiguration {
    body: Body,
}
impl PredictiveScalingConfiguration {
    /// A new `PredictiveScalingConfiguration` with the required arguments.
    /// - `metric_specification`: block [`PredictiveScalingConfigurationMetricSpecification`]
    pub fn new(
        metric_specification: PredictiveScalingConfigurationMetricSpecification,
    ) -> Self {
        let mut body = Body::new();
        body.set_block("metric_specification", metric_specification.into_body());
        PredictiveScalingConfiguration {
            body,
        }
    }
    /// `max_capacity_breach_behavior`: optional; Terraform type `string`.
    pub fn max_capacity_breach_behavior(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("max_capacity_breach_behavior", value);
        self
    }
    /// `max_capacity_buffer`: optional; Terraform type `string`.
    pub fn max_capacity_buffer(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("max_capacity_buffer", value);
        self
    }
    /// `mode`: optional; Terraform type `string`.
    pub fn mode(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("mode", value);
        self
    }
    /// `scheduling_buffer_time`: optional; Terraform type `string`.
    pub fn scheduling_buffer_time(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("scheduling_buffer_time", value);
        self
    }
    /// Block `metric_specification` (list nesting, exactly 1).
    ///
    /// Sets block; see [`PredictiveScalingConfigurationMetricSpecification`].
    pub fn metric_specification(
        mut self,
        block: PredictiveScalingConfigurationMetricSpecification,
    ) -> Self {
        self.body.set_block("metric_specification", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for PredictiveScalingConfiguration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `metric_specification` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct PredictiveScalingConfigurationMetricSpecification {
    body: Body,
}
impl PredictiveScalingConfigurationMetricSpecification {
    /// A new `PredictiveScalingConfigurationMetricSpecification` with the required arguments.
    /// - `target_value`: Terraform type `number`
    pub fn new(target_value: impl Into<Expr<Number>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Number>("target_value", target_value);
        PredictiveScalingConfigurationMetricSpecification {
            body,
        }
    }
    /// Block `customized_capacity_metric_specification` (list nesting, at most 1).
    ///
    /// Sets block; see [`PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecification`].
    pub fn customized_capacity_metric_specification(
        mut self,
        block: PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecification,
    ) -> Self {
        self.body
            .set_block("customized_capacity_metric_specification", block.into_body());
        self
    }
    /// Block `customized_load_metric_specification` (list nesting, at most 1).
    ///
    /// Sets block; see [`PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecification`].
    pub fn customized_load_metric_specification(
        mut self,
        block: PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecification,
    ) -> Self {
        self.body.set_block("customized_load_metric_specification", block.into_body());
        self
    }
    /// Block `customized_scaling_metric_specification` (list nesting, at most 1).
    ///
    /// Sets block; see [`PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecification`].
    pub fn customized_scaling_metric_specification(
        mut self,
        block: PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecification,
    ) -> Self {
        self.body
            .set_block("customized_scaling_metric_specification", block.into_body());
        self
    }
    /// Block `predefined_load_metric_specification` (list nesting, at most 1).
    ///
    /// Sets block; see [`PredictiveScalingConfigurationMetricSpecificationPredefinedLoadMetricSpecification`].
    pub fn predefined_load_metric_specification(
        mut self,
        block: PredictiveScalingConfigurationMetricSpecificationPredefinedLoadMetricSpecification,
    ) -> Self {
        self.body.set_block("predefined_load_metric_specification", block.into_body());
        self
    }
    /// Block `predefined_metric_pair_specification` (list nesting, at most 1).
    ///
    /// Sets block; see [`PredictiveScalingConfigurationMetricSpecificationPredefinedMetricPairSpecification`].
    pub fn predefined_metric_pair_specification(
        mut self,
        block: PredictiveScalingConfigurationMetricSpecificationPredefinedMetricPairSpecification,
    ) -> Self {
        self.body.set_block("predefined_metric_pair_specification", block.into_body());
        self
    }
    /// Block `predefined_scaling_metric_specification` (list nesting, at most 1).
    ///
    /// Sets block; see [`PredictiveScalingConfigurationMetricSpecificationPredefinedScalingMetricSpecification`].
    pub fn predefined_scaling_metric_specification(
        mut self,
        block: PredictiveScalingConfigurationMetricSpecificationPredefinedScalingMetricSpecification,
    ) -> Self {
        self.body
            .set_block("predefined_scaling_metric_specification", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for PredictiveScalingConfigurationMetricSpecification {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `customized_capacity_metric_specification` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecification {
    body: Body,
}
impl PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecification {
    /// A new `PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecification` with the required arguments.
    /// - `metric_data_queries`: block [`PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueries`]
    pub fn new(
        metric_data_queries: PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueries,
    ) -> Self {
        let mut body = Body::new();
        body.push_block("metric_data_queries", metric_data_queries.into_body());
        PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecification {
            body,
        }
    }
    /// Block `metric_data_queries` (list nesting, 1 to 10).
    ///
    /// Adds one block; see [`PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueries`].
    pub fn metric_data_queries(
        mut self,
        block: PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueries,
    ) -> Self {
        self.body.push_block("metric_data_queries", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecification {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `metric_data_queries` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; 1 to 10.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueries {
    body: Body,
}
impl PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueries {
    /// A new `PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueries` with the required arguments.
    /// - `id`: Terraform type `string`
    pub fn new(id: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("id", id);
        PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueries {
            body,
        }
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
    /// `return_data`: optional; Terraform type `bool`.
    pub fn return_data(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("return_data", value);
        self
    }
    /// Block `metric_stat` (list nesting, at most 1).
    ///
    /// Sets block; see [`PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStat`].
    pub fn metric_stat(
        mut self,
        block: PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStat,
    ) -> Self {
        self.body.set_block("metric_stat", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueries {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `metric_stat` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStat {
    body: Body,
}
impl PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStat {
    /// A new `PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStat` with the required arguments.
    /// - `stat`: Terraform type `string`
    /// - `metric`: block [`PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetric`]
    pub fn new(
        stat: impl Into<Expr<String>>,
        metric: PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetric,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("stat", stat);
        body.set_block("metric", metric.into_body());
        PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStat {
            body,
        }
    }
    /// `unit`: optional; Terraform type `string`.
    pub fn unit(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("unit", value);
        self
    }
    /// Block `metric` (list nesting, exactly 1).
    ///
    /// Sets block; see [`PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetric`].
    pub fn metric(
        mut self,
        block: PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetric,
    ) -> Self {
        self.body.set_block("metric", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStat {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `metric` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetric {
    body: Body,
}
/// The required arguments of [`PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetric::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetricArgs {
    /// `metric_name`: Terraform type `string`
    pub metric_name: Expr<String>,
    /// `namespace`: Terraform type `string`
    pub namespace: Expr<String>,
}
impl PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetric {
    /// A new `PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetric` with the required arguments, named in [`PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetricArgs`].
    pub fn new(
        args: PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetricArgs,
    ) -> Self {
        let PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetricArgs {
            metric_name,
            namespace,
        } = args;
        let mut body = Body::new();
        body.set_attr::<String>("metric_name", metric_name);
        body.set_attr::<String>("namespace", namespace);
        PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetric {
            body,
        }
    }
    /// Block `dimensions` (set nesting, any number).
    ///
    /// Adds one block; see [`PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetricDimensions`].
    pub fn dimensions(
        mut self,
        block: PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetricDimensions,
    ) -> Self {
        self.body.push_block("dimensions", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetric {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `dimensions` of resource `aws_autoscaling_policy`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetricDimensions {
    body: Body,
}
/// The required arguments of [`PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetricDimensions::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetricDimensionsArgs {
    /// `name`: Terraform type `string`
    pub name: Expr<String>,
    /// `value`: Terraform type `string`
    pub value: Expr<String>,
}
impl PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetricDimensions {
    /// A new `PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetricDimensions` with the required arguments, named in [`PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetricDimensionsArgs`].
    pub fn new(
        args: PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetricDimensionsArgs,
    ) -> Self {
        let PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetricDimensionsArgs {
            name,
            value,
        } = args;
        let mut body = Body::new();
        body.set_attr::<String>("name", name);
        body.set_attr::<String>("value", value);
        PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetricDimensions {
            body,
        }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for PredictiveScalingConfigurationMetricSpecificationCustomizedCapacityMetricSpecificationMetricDataQueriesMetricStatMetricDimensions {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `customized_load_metric_specification` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecification {
    body: Body,
}
impl PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecification {
    /// A new `PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecification` with the required arguments.
    /// - `metric_data_queries`: block [`PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueries`]
    pub fn new(
        metric_data_queries: PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueries,
    ) -> Self {
        let mut body = Body::new();
        body.push_block("metric_data_queries", metric_data_queries.into_body());
        PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecification {
            body,
        }
    }
    /// Block `metric_data_queries` (list nesting, 1 to 10).
    ///
    /// Adds one block; see [`PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueries`].
    pub fn metric_data_queries(
        mut self,
        block: PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueries,
    ) -> Self {
        self.body.push_block("metric_data_queries", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecification {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `metric_data_queries` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; 1 to 10.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueries {
    body: Body,
}
impl PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueries {
    /// A new `PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueries` with the required arguments.
    /// - `id`: Terraform type `string`
    pub fn new(id: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("id", id);
        PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueries {
            body,
        }
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
    /// `return_data`: optional; Terraform type `bool`.
    pub fn return_data(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("return_data", value);
        self
    }
    /// Block `metric_stat` (list nesting, at most 1).
    ///
    /// Sets block; see [`PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStat`].
    pub fn metric_stat(
        mut self,
        block: PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStat,
    ) -> Self {
        self.body.set_block("metric_stat", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueries {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `metric_stat` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStat {
    body: Body,
}
impl PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStat {
    /// A new `PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStat` with the required arguments.
    /// - `stat`: Terraform type `string`
    /// - `metric`: block [`PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetric`]
    pub fn new(
        stat: impl Into<Expr<String>>,
        metric: PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetric,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("stat", stat);
        body.set_block("metric", metric.into_body());
        PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStat {
            body,
        }
    }
    /// `unit`: optional; Terraform type `string`.
    pub fn unit(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("unit", value);
        self
    }
    /// Block `metric` (list nesting, exactly 1).
    ///
    /// Sets block; see [`PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetric`].
    pub fn metric(
        mut self,
        block: PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetric,
    ) -> Self {
        self.body.set_block("metric", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStat {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `metric` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetric {
    body: Body,
}
/// The required arguments of [`PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetric::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetricArgs {
    /// `metric_name`: Terraform type `string`
    pub metric_name: Expr<String>,
    /// `namespace`: Terraform type `string`
    pub namespace: Expr<String>,
}
impl PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetric {
    /// A new `PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetric` with the required arguments, named in [`PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetricArgs`].
    pub fn new(
        args: PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetricArgs,
    ) -> Self {
        let PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetricArgs {
            metric_name,
            namespace,
        } = args;
        let mut body = Body::new();
        body.set_attr::<String>("metric_name", metric_name);
        body.set_attr::<String>("namespace", namespace);
        PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetric {
            body,
        }
    }
    /// Block `dimensions` (set nesting, any number).
    ///
    /// Adds one block; see [`PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetricDimensions`].
    pub fn dimensions(
        mut self,
        block: PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetricDimensions,
    ) -> Self {
        self.body.push_block("dimensions", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetric {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `dimensions` of resource `aws_autoscaling_policy`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetricDimensions {
    body: Body,
}
/// The required arguments of [`PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetricDimensions::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetricDimensionsArgs {
    /// `name`: Terraform type `string`
    pub name: Expr<String>,
    /// `value`: Terraform type `string`
    pub value: Expr<String>,
}
impl PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetricDimensions {
    /// A new `PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetricDimensions` with the required arguments, named in [`PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetricDimensionsArgs`].
    pub fn new(
        args: PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetricDimensionsArgs,
    ) -> Self {
        let PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetricDimensionsArgs {
            name,
            value,
        } = args;
        let mut body = Body::new();
        body.set_attr::<String>("name", name);
        body.set_attr::<String>("value", value);
        PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetricDimensions {
            body,
        }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for PredictiveScalingConfigurationMetricSpecificationCustomizedLoadMetricSpecificationMetricDataQueriesMetricStatMetricDimensions {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `customized_scaling_metric_specification` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecification {
    body: Body,
}
impl PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecification {
    /// A new `PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecification` with the required arguments.
    /// - `metric_data_queries`: block [`PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueries`]
    pub fn new(
        metric_data_queries: PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueries,
    ) -> Self {
        let mut body = Body::new();
        body.push_block("metric_data_queries", metric_data_queries.into_body());
        PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecification {
            body,
        }
    }
    /// Block `metric_data_queries` (list nesting, 1 to 10).
    ///
    /// Adds one block; see [`PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueries`].
    pub fn metric_data_queries(
        mut self,
        block: PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueries,
    ) -> Self {
        self.body.push_block("metric_data_queries", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecification {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `metric_data_queries` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; 1 to 10.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueries {
    body: Body,
}
impl PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueries {
    /// A new `PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueries` with the required arguments.
    /// - `id`: Terraform type `string`
    pub fn new(id: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("id", id);
        PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueries {
            body,
        }
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
    /// `return_data`: optional; Terraform type `bool`.
    pub fn return_data(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("return_data", value);
        self
    }
    /// Block `metric_stat` (list nesting, at most 1).
    ///
    /// Sets block; see [`PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStat`].
    pub fn metric_stat(
        mut self,
        block: PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStat,
    ) -> Self {
        self.body.set_block("metric_stat", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueries {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `metric_stat` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStat {
    body: Body,
}
impl PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStat {
    /// A new `PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStat` with the required arguments.
    /// - `stat`: Terraform type `string`
    /// - `metric`: block [`PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetric`]
    pub fn new(
        stat: impl Into<Expr<String>>,
        metric: PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetric,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("stat", stat);
        body.set_block("metric", metric.into_body());
        PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStat {
            body,
        }
    }
    /// `unit`: optional; Terraform type `string`.
    pub fn unit(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("unit", value);
        self
    }
    /// Block `metric` (list nesting, exactly 1).
    ///
    /// Sets block; see [`PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetric`].
    pub fn metric(
        mut self,
        block: PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetric,
    ) -> Self {
        self.body.set_block("metric", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStat {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `metric` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetric {
    body: Body,
}
/// The required arguments of [`PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetric::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetricArgs {
    /// `metric_name`: Terraform type `string`
    pub metric_name: Expr<String>,
    /// `namespace`: Terraform type `string`
    pub namespace: Expr<String>,
}
impl PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetric {
    /// A new `PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetric` with the required arguments, named in [`PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetricArgs`].
    pub fn new(
        args: PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetricArgs,
    ) -> Self {
        let PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetricArgs {
            metric_name,
            namespace,
        } = args;
        let mut body = Body::new();
        body.set_attr::<String>("metric_name", metric_name);
        body.set_attr::<String>("namespace", namespace);
        PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetric {
            body,
        }
    }
    /// Block `dimensions` (set nesting, any number).
    ///
    /// Adds one block; see [`PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetricDimensions`].
    pub fn dimensions(
        mut self,
        block: PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetricDimensions,
    ) -> Self {
        self.body.push_block("dimensions", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetric {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `dimensions` of resource `aws_autoscaling_policy`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetricDimensions {
    body: Body,
}
/// The required arguments of [`PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetricDimensions::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetricDimensionsArgs {
    /// `name`: Terraform type `string`
    pub name: Expr<String>,
    /// `value`: Terraform type `string`
    pub value: Expr<String>,
}
impl PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetricDimensions {
    /// A new `PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetricDimensions` with the required arguments, named in [`PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetricDimensionsArgs`].
    pub fn new(
        args: PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetricDimensionsArgs,
    ) -> Self {
        let PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetricDimensionsArgs {
            name,
            value,
        } = args;
        let mut body = Body::new();
        body.set_attr::<String>("name", name);
        body.set_attr::<String>("value", value);
        PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetricDimensions {
            body,
        }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for PredictiveScalingConfigurationMetricSpecificationCustomizedScalingMetricSpecificationMetricDataQueriesMetricStatMetricDimensions {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `predefined_load_metric_specification` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct PredictiveScalingConfigurationMetricSpecificationPredefinedLoadMetricSpecification {
    body: Body,
}
impl PredictiveScalingConfigurationMetricSpecificationPredefinedLoadMetricSpecification {
    /// A new `PredictiveScalingConfigurationMetricSpecificationPredefinedLoadMetricSpecification` with the required arguments.
    /// - `predefined_metric_type`: Terraform type `string`
    pub fn new(predefined_metric_type: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("predefined_metric_type", predefined_metric_type);
        PredictiveScalingConfigurationMetricSpecificationPredefinedLoadMetricSpecification {
            body,
        }
    }
    /// `resource_label`: optional; Terraform type `string`.
    pub fn resource_label(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("resource_label", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for PredictiveScalingConfigurationMetricSpecificationPredefinedLoadMetricSpecification {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `predefined_metric_pair_specification` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct PredictiveScalingConfigurationMetricSpecificationPredefinedMetricPairSpecification {
    body: Body,
}
impl PredictiveScalingConfigurationMetricSpecificationPredefinedMetricPairSpecification {
    /// A new `PredictiveScalingConfigurationMetricSpecificationPredefinedMetricPairSpecification` with the required arguments.
    /// - `predefined_metric_type`: Terraform type `string`
    pub fn new(predefined_metric_type: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("predefined_metric_type", predefined_metric_type);
        PredictiveScalingConfigurationMetricSpecificationPredefinedMetricPairSpecification {
            body,
        }
    }
    /// `resource_label`: optional; Terraform type `string`.
    pub fn resource_label(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("resource_label", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for PredictiveScalingConfigurationMetricSpecificationPredefinedMetricPairSpecification {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `predefined_scaling_metric_specification` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct PredictiveScalingConfigurationMetricSpecificationPredefinedScalingMetricSpecification {
    body: Body,
}
impl PredictiveScalingConfigurationMetricSpecificationPredefinedScalingMetricSpecification {
    /// A new `PredictiveScalingConfigurationMetricSpecificationPredefinedScalingMetricSpecification` with the required arguments.
    /// - `predefined_metric_type`: Terraform type `string`
    pub fn new(predefined_metric_type: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("predefined_metric_type", predefined_metric_type);
        PredictiveScalingConfigurationMetricSpecificationPredefinedScalingMetricSpecification {
            body,
        }
    }
    /// `resource_label`: optional; Terraform type `string`.
    pub fn resource_label(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("resource_label", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for PredictiveScalingConfigurationMetricSpecificationPredefinedScalingMetricSpecification {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `step_adjustment` of resource `aws_autoscaling_policy`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct StepAdjustment {
    body: Body,
}
impl StepAdjustment {
    /// A new `StepAdjustment` with the required arguments.
    /// - `scaling_adjustment`: Terraform type `number`
    pub fn new(scaling_adjustment: impl Into<Expr<Number>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Number>("scaling_adjustment", scaling_adjustment);
        StepAdjustment { body }
    }
    /// `metric_interval_lower_bound`: optional; Terraform type `string`.
    pub fn metric_interval_lower_bound(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("metric_interval_lower_bound", value);
        self
    }
    /// `metric_interval_upper_bound`: optional; Terraform type `string`.
    pub fn metric_interval_upper_bound(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("metric_interval_upper_bound", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for StepAdjustment {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `target_tracking_configuration` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TargetTrackingConfiguration {
    body: Body,
}
impl TargetTrackingConfiguration {
    /// A new `TargetTrackingConfiguration` with the required arguments.
    /// - `target_value`: Terraform type `number`
    pub fn new(target_value: impl Into<Expr<Number>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Number>("target_value", target_value);
        TargetTrackingConfiguration {
            body,
        }
    }
    /// `disable_scale_in`: optional; Terraform type `bool`.
    pub fn disable_scale_in(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("disable_scale_in", value);
        self
    }
    /// Block `customized_metric_specification` (list nesting, at most 1).
    ///
    /// Sets block; see [`TargetTrackingConfigurationCustomizedMetricSpecification`].
    pub fn customized_metric_specification(
        mut self,
        block: TargetTrackingConfigurationCustomizedMetricSpecification,
    ) -> Self {
        self.body.set_block("customized_metric_specification", block.into_body());
        self
    }
    /// Block `predefined_metric_specification` (list nesting, at most 1).
    ///
    /// Sets block; see [`TargetTrackingConfigurationPredefinedMetricSpecification`].
    pub fn predefined_metric_specification(
        mut self,
        block: TargetTrackingConfigurationPredefinedMetricSpecification,
    ) -> Self {
        self.body.set_block("predefined_metric_specification", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetTrackingConfiguration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `customized_metric_specification` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct TargetTrackingConfigurationCustomizedMetricSpecification {
    body: Body,
}
impl TargetTrackingConfigurationCustomizedMetricSpecification {
    /// A new `TargetTrackingConfigurationCustomizedMetricSpecification` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
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
    /// `period`: optional; Terraform type `number`.
    pub fn period(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("period", value);
        self
    }
    /// `statistic`: optional; Terraform type `string`.
    pub fn statistic(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("statistic", value);
        self
    }
    /// `unit`: optional; Terraform type `string`.
    pub fn unit(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("unit", value);
        self
    }
    /// Block `metric_dimension` (list nesting, any number).
    ///
    /// Adds one block; see [`TargetTrackingConfigurationCustomizedMetricSpecificationMetricDimension`].
    pub fn metric_dimension(
        mut self,
        block: TargetTrackingConfigurationCustomizedMetricSpecificationMetricDimension,
    ) -> Self {
        self.body.push_block("metric_dimension", block.into_body());
        self
    }
    /// Block `metrics` (set nesting, any number).
    ///
    /// Adds one block; see [`TargetTrackingConfigurationCustomizedMetricSpecificationMetrics`].
    pub fn metrics(
        mut self,
        block: TargetTrackingConfigurationCustomizedMetricSpecificationMetrics,
    ) -> Self {
        self.body.push_block("metrics", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetTrackingConfigurationCustomizedMetricSpecification {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `metric_dimension` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TargetTrackingConfigurationCustomizedMetricSpecificationMetricDimension {
    body: Body,
}
/// The required arguments of [`TargetTrackingConfigurationCustomizedMetricSpecificationMetricDimension::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetTrackingConfigurationCustomizedMetricSpecificationMetricDimensionArgs {
    /// `name`: Terraform type `string`
    pub name: Expr<String>,
    /// `value`: Terraform type `string`
    pub value: Expr<String>,
}
impl TargetTrackingConfigurationCustomizedMetricSpecificationMetricDimension {
    /// A new `TargetTrackingConfigurationCustomizedMetricSpecificationMetricDimension` with the required arguments, named in [`TargetTrackingConfigurationCustomizedMetricSpecificationMetricDimensionArgs`].
    pub fn new(
        args: TargetTrackingConfigurationCustomizedMetricSpecificationMetricDimensionArgs,
    ) -> Self {
        let TargetTrackingConfigurationCustomizedMetricSpecificationMetricDimensionArgs {
            name,
            value,
        } = args;
        let mut body = Body::new();
        body.set_attr::<String>("name", name);
        body.set_attr::<String>("value", value);
        TargetTrackingConfigurationCustomizedMetricSpecificationMetricDimension {
            body,
        }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for TargetTrackingConfigurationCustomizedMetricSpecificationMetricDimension {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `metrics` of resource `aws_autoscaling_policy`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TargetTrackingConfigurationCustomizedMetricSpecificationMetrics {
    body: Body,
}
impl TargetTrackingConfigurationCustomizedMetricSpecificationMetrics {
    /// A new `TargetTrackingConfigurationCustomizedMetricSpecificationMetrics` with the required arguments.
    /// - `id`: Terraform type `string`
    pub fn new(id: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("id", id);
        TargetTrackingConfigurationCustomizedMetricSpecificationMetrics {
            body,
        }
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
    /// `return_data`: optional; Terraform type `bool`.
    pub fn return_data(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("return_data", value);
        self
    }
    /// Block `metric_stat` (list nesting, at most 1).
    ///
    /// Sets block; see [`TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStat`].
    pub fn metric_stat(
        mut self,
        block: TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStat,
    ) -> Self {
        self.body.set_block("metric_stat", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetTrackingConfigurationCustomizedMetricSpecificationMetrics {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `metric_stat` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStat {
    body: Body,
}
impl TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStat {
    /// A new `TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStat` with the required arguments.
    /// - `stat`: Terraform type `string`
    /// - `metric`: block [`TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetric`]
    pub fn new(
        stat: impl Into<Expr<String>>,
        metric: TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetric,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("stat", stat);
        body.set_block("metric", metric.into_body());
        TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStat {
            body,
        }
    }
    /// `period`: optional; Terraform type `number`.
    pub fn period(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("period", value);
        self
    }
    /// `unit`: optional; Terraform type `string`.
    pub fn unit(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("unit", value);
        self
    }
    /// Block `metric` (list nesting, exactly 1).
    ///
    /// Sets block; see [`TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetric`].
    pub fn metric(
        mut self,
        block: TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetric,
    ) -> Self {
        self.body.set_block("metric", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStat {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `metric` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetric {
    body: Body,
}
/// The required arguments of [`TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetric::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetricArgs {
    /// `metric_name`: Terraform type `string`
    pub metric_name: Expr<String>,
    /// `namespace`: Terraform type `string`
    pub namespace: Expr<String>,
}
impl TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetric {
    /// A new `TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetric` with the required arguments, named in [`TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetricArgs`].
    pub fn new(
        args: TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetricArgs,
    ) -> Self {
        let TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetricArgs {
            metric_name,
            namespace,
        } = args;
        let mut body = Body::new();
        body.set_attr::<String>("metric_name", metric_name);
        body.set_attr::<String>("namespace", namespace);
        TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetric {
            body,
        }
    }
    /// Block `dimensions` (set nesting, any number).
    ///
    /// Adds one block; see [`TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetricDimensions`].
    pub fn dimensions(
        mut self,
        block: TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetricDimensions,
    ) -> Self {
        self.body.push_block("dimensions", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetric {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `dimensions` of resource `aws_autoscaling_policy`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetricDimensions {
    body: Body,
}
/// The required arguments of [`TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetricDimensions::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetricDimensionsArgs {
    /// `name`: Terraform type `string`
    pub name: Expr<String>,
    /// `value`: Terraform type `string`
    pub value: Expr<String>,
}
impl TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetricDimensions {
    /// A new `TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetricDimensions` with the required arguments, named in [`TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetricDimensionsArgs`].
    pub fn new(
        args: TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetricDimensionsArgs,
    ) -> Self {
        let TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetricDimensionsArgs {
            name,
            value,
        } = args;
        let mut body = Body::new();
        body.set_attr::<String>("name", name);
        body.set_attr::<String>("value", value);
        TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetricDimensions {
            body,
        }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder
for TargetTrackingConfigurationCustomizedMetricSpecificationMetricsMetricStatMetricDimensions {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `predefined_metric_specification` of resource `aws_autoscaling_policy`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TargetTrackingConfigurationPredefinedMetricSpecification {
    body: Body,
}
impl TargetTrackingConfigurationPredefinedMetricSpecification {
    /// A new `TargetTrackingConfigurationPredefinedMetricSpecification` with the required arguments.
    /// - `predefined_metric_type`: Terraform type `string`, one of [`PredefinedScalingMetric`](enums::PredefinedScalingMetric)
    pub fn new(
        predefined_metric_type: impl Into<Expr<enums::PredefinedScalingMetric>>,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<
                enums::PredefinedScalingMetric,
            >("predefined_metric_type", predefined_metric_type);
        TargetTrackingConfigurationPredefinedMetricSpecification {
            body,
        }
    }
    /// `resource_label`: optional; Terraform type `string`.
    pub fn resource_label(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("resource_label", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetTrackingConfigurationPredefinedMetricSpecification {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl AutoscalingPolicy {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_autoscaling_policy";
}
impl TypedSpec for AutoscalingPolicy {
    const TYPE: &'static str = "aws_autoscaling_policy";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for AutoscalingPolicy {
    type Handle = AutoscalingPolicyRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_autoscaling_policy"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_autoscaling_policy` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/autoscaling_policy>
#[derive(Debug, Clone)]
pub struct AutoscalingPolicyRef(NodeHandle);
impl From<NodeHandle> for AutoscalingPolicyRef {
    fn from(node: NodeHandle) -> Self {
        AutoscalingPolicyRef(node)
    }
}
impl std::ops::Deref for AutoscalingPolicyRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl AutoscalingPolicyRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `adjustment_type`: optional; Terraform type `string`, one of [`AdjustmentType`](enums::AdjustmentType).
    pub fn adjustment_type(&self) -> Expr<enums::AdjustmentType> {
        self.0.attr("adjustment_type")
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `autoscaling_group_name`: required; Terraform type `string`.
    pub fn autoscaling_group_name(&self) -> Expr<String> {
        self.0.attr("autoscaling_group_name")
    }
    /// `cooldown`: optional; Terraform type `number`.
    pub fn cooldown(&self) -> Expr<Number> {
        self.0.attr("cooldown")
    }
    /// `enabled`: optional; Terraform type `bool`.
    pub fn enabled(&self) -> Expr<bool> {
        self.0.attr("enabled")
    }
    /// `estimated_instance_warmup`: optional; Terraform type `number`.
    pub fn estimated_instance_warmup(&self) -> Expr<Number> {
        self.0.attr("estimated_instance_warmup")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `metric_aggregation_type`: optional, computed; Terraform type `string`.
    pub fn metric_aggregation_type(&self) -> Expr<String> {
        self.0.attr("metric_aggregation_type")
    }
    /// `min_adjustment_magnitude`: optional; Terraform type `number`.
    pub fn min_adjustment_magnitude(&self) -> Expr<Number> {
        self.0.attr("min_adjustment_magnitude")
    }
    /// `name`: required; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `policy_type`: optional; Terraform type `string`, one of [`ScalingPolicyType`](enums::ScalingPolicyType).
    pub fn policy_type(&self) -> Expr<enums::ScalingPolicyType> {
        self.0.attr("policy_type")
    }
    /// `scaling_adjustment`: optional; Terraform type `number`.
    pub fn scaling_adjustment(&self) -> Expr<Number> {
        self.0.attr("scaling_adjustment")
    }
    /// Block `predictive_scaling_configuration` (list nesting, at most 1).
    pub fn predictive_scaling_configuration(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("predictive_scaling_configuration")
    }
    /// Block `step_adjustment` (set nesting, any number).
    pub fn step_adjustment(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("step_adjustment")
    }
    /// Block `target_tracking_configuration` (list nesting, at most 1).
    pub fn target_tracking_configuration(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("target_tracking_configuration")
    }
}
