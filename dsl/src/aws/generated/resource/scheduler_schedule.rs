//! `aws_scheduler_schedule` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/scheduler_schedule>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_scheduler_schedule`: required arguments in [`SchedulerSchedule::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`SchedulerScheduleRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/scheduler_schedule>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct SchedulerSchedule {
    body: Body,
}
impl SchedulerSchedule {
    /// A new `SchedulerSchedule` with the required arguments.
    /// - `schedule_expression`: Terraform type `string`
    /// - `flexible_time_window`: block [`FlexibleTimeWindow`]
    /// - `target`: block [`Target`]
    pub fn new(
        schedule_expression: impl Into<Expr<String>>,
        flexible_time_window: FlexibleTimeWindow,
        target: Target,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("schedule_expression", schedule_expression);
        body.set_block("flexible_time_window", flexible_time_window.into_body());
        body.set_block("target", target.into_body());
        SchedulerSchedule { body }
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("description", value);
        self
    }
    /// `end_date`: optional; Terraform type `string`.
    pub fn end_date(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("end_date", value);
        self
    }
    /// `group_name`: optional, computed; Terraform type `string`.
    pub fn group_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("group_name", value);
        self
    }
    /// `kms_key_arn`: optional; Terraform type `string`.
    pub fn kms_key_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("kms_key_arn", value);
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
    /// `schedule_expression_timezone`: optional; Terraform type `string`.
    pub fn schedule_expression_timezone(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("schedule_expression_timezone", value);
        self
    }
    /// `start_date`: optional; Terraform type `string`.
    pub fn start_date(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("start_date", value);
        self
    }
    /// `state`: optional; Terraform type `string`.
    pub fn state(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("state", value);
        self
    }
    /// Block `flexible_time_window` (list nesting, exactly 1).
    ///
    /// Sets block; see [`FlexibleTimeWindow`].
    pub fn flexible_time_window(mut self, block: FlexibleTimeWindow) -> Self {
        self.body.set_block("flexible_time_window", block.into_body());
        self
    }
    /// Block `target` (list nesting, exactly 1).
    ///
    /// Sets block; see [`Target`].
    pub fn target(mut self, block: Target) -> Self {
        self.body.set_block("target", block.into_body());
        self
    }
}
impl Builder for SchedulerSchedule {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `flexible_time_window` of resource `aws_scheduler_schedule`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct FlexibleTimeWindow {
    body: Body,
}
impl FlexibleTimeWindow {
    /// A new `FlexibleTimeWindow` with the required arguments.
    /// - `mode`: Terraform type `string`
    pub fn new(mode: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("mode", mode);
        FlexibleTimeWindow { body }
    }
    /// `maximum_window_in_minutes`: optional; Terraform type `number`.
    pub fn maximum_window_in_minutes(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("maximum_window_in_minutes", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for FlexibleTimeWindow {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `target` of resource `aws_scheduler_schedule`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Target {
    body: Body,
}
/// The required arguments of [`Target::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetArgs {
    /// `arn`: Terraform type `string`
    pub arn: Expr<String>,
    /// `role_arn`: Terraform type `string`
    pub role_arn: Expr<String>,
}
impl Target {
    /// A new `Target` with the required arguments, named in [`TargetArgs`].
    pub fn new(args: TargetArgs) -> Self {
        let TargetArgs { arn, role_arn } = args;
        let mut body = Body::new();
        body.set_attr::<String>("arn", arn);
        body.set_attr::<String>("role_arn", role_arn);
        Target { body }
    }
    /// `input`: optional; Terraform type `string`.
    pub fn input(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("input", value);
        self
    }
    /// Block `dead_letter_config` (list nesting, at most 1).
    ///
    /// Sets block; see [`TargetDeadLetterConfig`].
    pub fn dead_letter_config(mut self, block: TargetDeadLetterConfig) -> Self {
        self.body.set_block("dead_letter_config", block.into_body());
        self
    }
    /// Block `ecs_parameters` (list nesting, at most 1).
    ///
    /// Sets block; see [`TargetEcsParameters`].
    pub fn ecs_parameters(mut self, block: TargetEcsParameters) -> Self {
        self.body.set_block("ecs_parameters", block.into_body());
        self
    }
    /// Block `eventbridge_parameters` (list nesting, at most 1).
    ///
    /// Sets block; see [`TargetEventbridgeParameters`].
    pub fn eventbridge_parameters(mut self, block: TargetEventbridgeParameters) -> Self {
        self.body.set_block("eventbridge_parameters", block.into_body());
        self
    }
    /// Block `kinesis_parameters` (list nesting, at most 1).
    ///
    /// Sets block; see [`TargetKinesisParameters`].
    pub fn kinesis_parameters(mut self, block: TargetKinesisParameters) -> Self {
        self.body.set_block("kinesis_parameters", block.into_body());
        self
    }
    /// Block `retry_policy` (list nesting, at most 1).
    ///
    /// Sets block; see [`TargetRetryPolicy`].
    pub fn retry_policy(mut self, block: TargetRetryPolicy) -> Self {
        self.body.set_block("retry_policy", block.into_body());
        self
    }
    /// Block `sagemaker_pipeline_parameters` (list nesting, at most 1).
    ///
    /// Sets block; see [`TargetSagemakerPipelineParameters`].
    pub fn sagemaker_pipeline_parameters(
        mut self,
        block: TargetSagemakerPipelineParameters,
    ) -> Self {
        self.body.set_block("sagemaker_pipeline_parameters", block.into_body());
        self
    }
    /// Block `sqs_parameters` (list nesting, at most 1).
    ///
    /// Sets block; see [`TargetSqsParameters`].
    pub fn sqs_parameters(mut self, block: TargetSqsParameters) -> Self {
        self.body.set_block("sqs_parameters", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Target {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `dead_letter_config` of resource `aws_scheduler_schedule`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TargetDeadLetterConfig {
    body: Body,
}
impl TargetDeadLetterConfig {
    /// A new `TargetDeadLetterConfig` with the required arguments.
    /// - `arn`: Terraform type `string`
    pub fn new(arn: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("arn", arn);
        TargetDeadLetterConfig { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetDeadLetterConfig {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `ecs_parameters` of resource `aws_scheduler_schedule`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TargetEcsParameters {
    body: Body,
}
impl TargetEcsParameters {
    /// A new `TargetEcsParameters` with the required arguments.
    /// - `task_definition_arn`: Terraform type `string`
    pub fn new(task_definition_arn: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("task_definition_arn", task_definition_arn);
        TargetEcsParameters { body }
    }
    /// `enable_ecs_managed_tags`: optional; Terraform type `bool`.
    pub fn enable_ecs_managed_tags(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enable_ecs_managed_tags", value);
        self
    }
    /// `enable_execute_command`: optional; Terraform type `bool`.
    pub fn enable_execute_command(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enable_execute_command", value);
        self
    }
    /// `group`: optional; Terraform type `string`.
    pub fn group(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("group", value);
        self
    }
    /// `launch_type`: optional; Terraform type `string`.
    pub fn launch_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("launch_type", value);
        self
    }
    /// `platform_version`: optional; Terraform type `string`.
    pub fn platform_version(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("platform_version", value);
        self
    }
    /// `propagate_tags`: optional; Terraform type `string`.
    pub fn propagate_tags(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("propagate_tags", value);
        self
    }
    /// `reference_id`: optional; Terraform type `string`.
    pub fn reference_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("reference_id", value);
        self
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("tags", value);
        self
    }
    /// `task_count`: optional; Terraform type `number`.
    pub fn task_count(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("task_count", value);
        self
    }
    /// Block `capacity_provider_strategy` (set nesting, at most 6).
    ///
    /// Adds one block; see [`TargetEcsParametersCapacityProviderStrategy`].
    pub fn capacity_provider_strategy(
        mut self,
        block: TargetEcsParametersCapacityProviderStrategy,
    ) -> Self {
        self.body.push_block("capacity_provider_strategy", block.into_body());
        self
    }
    /// Block `network_configuration` (list nesting, at most 1).
    ///
    /// Sets block; see [`TargetEcsParametersNetworkConfiguration`].
    pub fn network_configuration(
        mut self,
        block: TargetEcsParametersNetworkConfiguration,
    ) -> Self {
        self.body.set_block("network_configuration", block.into_body());
        self
    }
    /// Block `placement_constraints` (set nesting, at most 10).
    ///
    /// Adds one block; see [`TargetEcsParametersPlacementConstraints`].
    pub fn placement_constraints(
        mut self,
        block: TargetEcsParametersPlacementConstraints,
    ) -> Self {
        self.body.push_block("placement_constraints", block.into_body());
        self
    }
    /// Block `placement_strategy` (set nesting, at most 5).
    ///
    /// Adds one block; see [`TargetEcsParametersPlacementStrategy`].
    pub fn placement_strategy(
        mut self,
        block: TargetEcsParametersPlacementStrategy,
    ) -> Self {
        self.body.push_block("placement_strategy", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetEcsParameters {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `capacity_provider_strategy` of resource `aws_scheduler_schedule`.
///
/// Nesting: set; at most 6.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TargetEcsParametersCapacityProviderStrategy {
    body: Body,
}
impl TargetEcsParametersCapacityProviderStrategy {
    /// A new `TargetEcsParametersCapacityProviderStrategy` with the required arguments.
    /// - `capacity_provider`: Terraform type `string`
    pub fn new(capacity_provider: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("capacity_provider", capacity_provider);
        TargetEcsParametersCapacityProviderStrategy {
            body,
        }
    }
    /// `base`: optional; Terraform type `number`.
    pub fn base(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("base", value);
        self
    }
    /// `weight`: optional; Terraform type `number`.
    pub fn weight(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("weight", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetEcsParametersCapacityProviderStrategy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `network_configuration` of resource `aws_scheduler_schedule`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TargetEcsParametersNetworkConfiguration {
    body: Body,
}
impl TargetEcsParametersNetworkConfiguration {
    /// A new `TargetEcsParametersNetworkConfiguration` with the required arguments.
    /// - `subnets`: Terraform type `set(string)`
    pub fn new(subnets: impl Into<Expr<Vec<String>>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Vec<String>>("subnets", subnets);
        TargetEcsParametersNetworkConfiguration {
            body,
        }
    }
    /// `assign_public_ip`: optional; Terraform type `bool`.
    pub fn assign_public_ip(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("assign_public_ip", value);
        self
    }
    /// `security_groups`: optional; Terraform type `set(string)`.
    pub fn security_groups(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("security_groups", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetEcsParametersNetworkConfiguration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `placement_constraints` of resource `aws_scheduler_schedule`.
///
/// Nesting: set; at most 10.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TargetEcsParametersPlacementConstraints {
    body: Body,
}
impl TargetEcsParametersPlacementConstraints {
    /// A new `TargetEcsParametersPlacementConstraints` with the required arguments.
    /// - `type`: Terraform type `string`
    pub fn new(r#type: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("type", r#type);
        TargetEcsParametersPlacementConstraints {
            body,
        }
    }
    /// `expression`: optional; Terraform type `string`.
    pub fn expression(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("expression", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetEcsParametersPlacementConstraints {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `placement_strategy` of resource `aws_scheduler_schedule`.
///
/// Nesting: set; at most 5.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TargetEcsParametersPlacementStrategy {
    body: Body,
}
impl TargetEcsParametersPlacementStrategy {
    /// A new `TargetEcsParametersPlacementStrategy` with the required arguments.
    /// - `type`: Terraform type `string`
    pub fn new(r#type: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("type", r#type);
        TargetEcsParametersPlacementStrategy {
            body,
        }
    }
    /// `field`: optional; Terraform type `string`.
    pub fn field(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("field", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetEcsParametersPlacementStrategy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `eventbridge_parameters` of resource `aws_scheduler_schedule`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TargetEventbridgeParameters {
    body: Body,
}
/// The required arguments of [`TargetEventbridgeParameters::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetEventbridgeParametersArgs {
    /// `detail_type`: Terraform type `string`
    pub detail_type: Expr<String>,
    /// `source`: Terraform type `string`
    pub source: Expr<String>,
}
impl TargetEventbridgeParameters {
    /// A new `TargetEventbridgeParameters` with the required arguments, named in [`TargetEventbridgeParametersArgs`].
    pub fn new(args: TargetEventbridgeParametersArgs) -> Self {
        let TargetEventbridgeParametersArgs { detail_type, source } = args;
        let mut body = Body::new();
        body.set_attr::<String>("detail_type", detail_type);
        body.set_attr::<String>("source", source);
        TargetEventbridgeParameters {
            body,
        }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetEventbridgeParameters {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `kinesis_parameters` of resource `aws_scheduler_schedule`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TargetKinesisParameters {
    body: Body,
}
impl TargetKinesisParameters {
    /// A new `TargetKinesisParameters` with the required arguments.
    /// - `partition_key`: Terraform type `string`
    pub fn new(partition_key: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("partition_key", partition_key);
        TargetKinesisParameters { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetKinesisParameters {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `retry_policy` of resource `aws_scheduler_schedule`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct TargetRetryPolicy {
    body: Body,
}
impl TargetRetryPolicy {
    /// A new `TargetRetryPolicy` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `maximum_event_age_in_seconds`: optional; Terraform type `number`.
    pub fn maximum_event_age_in_seconds(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body.set_attr::<Number>("maximum_event_age_in_seconds", value);
        self
    }
    /// `maximum_retry_attempts`: optional; Terraform type `number`.
    pub fn maximum_retry_attempts(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("maximum_retry_attempts", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetRetryPolicy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `sagemaker_pipeline_parameters` of resource `aws_scheduler_schedule`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct TargetSagemakerPipelineParameters {
    body: Body,
}
impl TargetSagemakerPipelineParameters {
    /// A new `TargetSagemakerPipelineParameters` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// Block `pipeline_parameter` (set nesting, at most 200).
    ///
    /// Adds one block; see [`TargetSagemakerPipelineParametersPipelineParameter`].
    pub fn pipeline_parameter(
        mut self,
        block: TargetSagemakerPipelineParametersPipelineParameter,
    ) -> Self {
        self.body.push_block("pipeline_parameter", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetSagemakerPipelineParameters {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `pipeline_parameter` of resource `aws_scheduler_schedule`.
///
/// Nesting: set; at most 200.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TargetSagemakerPipelineParametersPipelineParameter {
    body: Body,
}
/// The required arguments of [`TargetSagemakerPipelineParametersPipelineParameter::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetSagemakerPipelineParametersPipelineParameterArgs {
    /// `name`: Terraform type `string`
    pub name: Expr<String>,
    /// `value`: Terraform type `string`
    pub value: Expr<String>,
}
impl TargetSagemakerPipelineParametersPipelineParameter {
    /// A new `TargetSagemakerPipelineParametersPipelineParameter` with the required arguments, named in [`TargetSagemakerPipelineParametersPipelineParameterArgs`].
    pub fn new(args: TargetSagemakerPipelineParametersPipelineParameterArgs) -> Self {
        let TargetSagemakerPipelineParametersPipelineParameterArgs { name, value } = args;
        let mut body = Body::new();
        body.set_attr::<String>("name", name);
        body.set_attr::<String>("value", value);
        TargetSagemakerPipelineParametersPipelineParameter {
            body,
        }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetSagemakerPipelineParametersPipelineParameter {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `sqs_parameters` of resource `aws_scheduler_schedule`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct TargetSqsParameters {
    body: Body,
}
impl TargetSqsParameters {
    /// A new `TargetSqsParameters` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `message_group_id`: optional; Terraform type `string`.
    pub fn message_group_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("message_group_id", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetSqsParameters {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl SchedulerSchedule {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_scheduler_schedule";
}
impl TypedSpec for SchedulerSchedule {
    const TYPE: &'static str = "aws_scheduler_schedule";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for SchedulerSchedule {
    type Handle = SchedulerScheduleRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_scheduler_schedule"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_scheduler_schedule` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/scheduler_schedule>
#[derive(Debug, Clone)]
pub struct SchedulerScheduleRef(NodeHandle);
impl From<NodeHandle> for SchedulerScheduleRef {
    fn from(node: NodeHandle) -> Self {
        SchedulerScheduleRef(node)
    }
}
impl std::ops::Deref for SchedulerScheduleRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl SchedulerScheduleRef {
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
    /// `end_date`: optional; Terraform type `string`.
    pub fn end_date(&self) -> Expr<String> {
        self.0.attr("end_date")
    }
    /// `group_name`: optional, computed; Terraform type `string`.
    pub fn group_name(&self) -> Expr<String> {
        self.0.attr("group_name")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `kms_key_arn`: optional; Terraform type `string`.
    pub fn kms_key_arn(&self) -> Expr<String> {
        self.0.attr("kms_key_arn")
    }
    /// `name`: optional, computed; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `name_prefix`: optional, computed; Terraform type `string`.
    pub fn name_prefix(&self) -> Expr<String> {
        self.0.attr("name_prefix")
    }
    /// `schedule_expression`: required; Terraform type `string`.
    pub fn schedule_expression(&self) -> Expr<String> {
        self.0.attr("schedule_expression")
    }
    /// `schedule_expression_timezone`: optional; Terraform type `string`.
    pub fn schedule_expression_timezone(&self) -> Expr<String> {
        self.0.attr("schedule_expression_timezone")
    }
    /// `start_date`: optional; Terraform type `string`.
    pub fn start_date(&self) -> Expr<String> {
        self.0.attr("start_date")
    }
    /// `state`: optional; Terraform type `string`.
    pub fn state(&self) -> Expr<String> {
        self.0.attr("state")
    }
    /// Block `flexible_time_window` (list nesting, exactly 1).
    pub fn flexible_time_window(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("flexible_time_window")
    }
    /// Block `target` (list nesting, exactly 1).
    pub fn target(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("target")
    }
}
