//! `aws_cloudwatch_event_target` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_event_target>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_cloudwatch_event_target`: required arguments in [`CloudwatchEventTarget::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`CloudwatchEventTargetRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_event_target>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct CloudwatchEventTarget {
    body: Body,
}
/// The required arguments of [`CloudwatchEventTarget::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudwatchEventTargetArgs {
    /// `arn`: Terraform type `string`
    pub arn: Expr<String>,
    /// `rule`: Terraform type `string`
    pub rule: Expr<String>,
}
impl CloudwatchEventTarget {
    /// A new `CloudwatchEventTarget` with the required arguments, named in [`CloudwatchEventTargetArgs`].
    pub fn new(args: CloudwatchEventTargetArgs) -> Self {
        let CloudwatchEventTargetArgs { arn, rule } = args;
        let mut body = Body::new();
        body.set_attr::<String>("arn", arn);
        body.set_attr::<String>("rule", rule);
        CloudwatchEventTarget { body }
    }
    /// `event_bus_name`: optional; Terraform type `string`.
    pub fn event_bus_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("event_bus_name", value);
        self
    }
    /// `force_destroy`: optional; Terraform type `bool`.
    pub fn force_destroy(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("force_destroy", value);
        self
    }
    /// `input`: optional; Terraform type `string`.
    pub fn input(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("input", value);
        self
    }
    /// `input_path`: optional; Terraform type `string`.
    pub fn input_path(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("input_path", value);
        self
    }
    /// `role_arn`: optional; Terraform type `string`.
    pub fn role_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("role_arn", value);
        self
    }
    /// `target_id`: optional, computed; Terraform type `string`.
    pub fn target_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("target_id", value);
        self
    }
    /// Block `appsync_target` (list nesting, at most 1).
    ///
    /// Sets block; see [`AppsyncTarget`].
    pub fn appsync_target(mut self, block: AppsyncTarget) -> Self {
        self.body.set_block("appsync_target", block.into_body());
        self
    }
    /// Block `batch_target` (list nesting, at most 1).
    ///
    /// Sets block; see [`BatchTarget`].
    pub fn batch_target(mut self, block: BatchTarget) -> Self {
        self.body.set_block("batch_target", block.into_body());
        self
    }
    /// Block `dead_letter_config` (list nesting, at most 1).
    ///
    /// Sets block; see [`DeadLetterConfig`].
    pub fn dead_letter_config(mut self, block: DeadLetterConfig) -> Self {
        self.body.set_block("dead_letter_config", block.into_body());
        self
    }
    /// Block `ecs_target` (list nesting, at most 1).
    ///
    /// Sets block; see [`EcsTarget`].
    pub fn ecs_target(mut self, block: EcsTarget) -> Self {
        self.body.set_block("ecs_target", block.into_body());
        self
    }
    /// Block `http_target` (list nesting, at most 1).
    ///
    /// Sets block; see [`HttpTarget`].
    pub fn http_target(mut self, block: HttpTarget) -> Self {
        self.body.set_block("http_target", block.into_body());
        self
    }
    /// Block `input_transformer` (list nesting, at most 1).
    ///
    /// Sets block; see [`InputTransformer`].
    pub fn input_transformer(mut self, block: InputTransformer) -> Self {
        self.body.set_block("input_transformer", block.into_body());
        self
    }
    /// Block `kinesis_target` (list nesting, at most 1).
    ///
    /// Sets block; see [`KinesisTarget`].
    pub fn kinesis_target(mut self, block: KinesisTarget) -> Self {
        self.body.set_block("kinesis_target", block.into_body());
        self
    }
    /// Block `redshift_target` (list nesting, at most 1).
    ///
    /// Sets block; see [`RedshiftTarget`].
    pub fn redshift_target(mut self, block: RedshiftTarget) -> Self {
        self.body.set_block("redshift_target", block.into_body());
        self
    }
    /// Block `retry_policy` (list nesting, at most 1).
    ///
    /// Sets block; see [`RetryPolicy`].
    pub fn retry_policy(mut self, block: RetryPolicy) -> Self {
        self.body.set_block("retry_policy", block.into_body());
        self
    }
    /// Block `run_command_targets` (list nesting, at most 5).
    ///
    /// Adds one block; see [`RunCommandTargets`].
    pub fn run_command_targets(mut self, block: RunCommandTargets) -> Self {
        self.body.push_block("run_command_targets", block.into_body());
        self
    }
    /// Block `sagemaker_pipeline_target` (list nesting, at most 1).
    ///
    /// Sets block; see [`SagemakerPipelineTarget`].
    pub fn sagemaker_pipeline_target(mut self, block: SagemakerPipelineTarget) -> Self {
        self.body.set_block("sagemaker_pipeline_target", block.into_body());
        self
    }
    /// Block `sqs_target` (list nesting, at most 1).
    ///
    /// Sets block; see [`SqsTarget`].
    pub fn sqs_target(mut self, block: SqsTarget) -> Self {
        self.body.set_block("sqs_target", block.into_body());
        self
    }
}
impl Builder for CloudwatchEventTarget {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `appsync_target` of resource `aws_cloudwatch_event_target`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct AppsyncTarget {
    body: Body,
}
impl AppsyncTarget {
    /// A new `AppsyncTarget` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `graphql_operation`: optional; Terraform type `string`.
    pub fn graphql_operation(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("graphql_operation", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for AppsyncTarget {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `batch_target` of resource `aws_cloudwatch_event_target`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct BatchTarget {
    body: Body,
}
/// The required arguments of [`BatchTarget::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchTargetArgs {
    /// `job_definition`: Terraform type `string`
    pub job_definition: Expr<String>,
    /// `job_name`: Terraform type `string`
    pub job_name: Expr<String>,
}
impl BatchTarget {
    /// A new `BatchTarget` with the required arguments, named in [`BatchTargetArgs`].
    pub fn new(args: BatchTargetArgs) -> Self {
        let BatchTargetArgs { job_definition, job_name } = args;
        let mut body = Body::new();
        body.set_attr::<String>("job_definition", job_definition);
        body.set_attr::<String>("job_name", job_name);
        BatchTarget { body }
    }
    /// `array_size`: optional; Terraform type `number`.
    pub fn array_size(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("array_size", value);
        self
    }
    /// `job_attempts`: optional; Terraform type `number`.
    pub fn job_attempts(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("job_attempts", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for BatchTarget {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `dead_letter_config` of resource `aws_cloudwatch_event_target`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct DeadLetterConfig {
    body: Body,
}
impl DeadLetterConfig {
    /// A new `DeadLetterConfig` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `arn`: optional; Terraform type `string`.
    pub fn arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("arn", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for DeadLetterConfig {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `ecs_target` of resource `aws_cloudwatch_event_target`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct EcsTarget {
    body: Body,
}
impl EcsTarget {
    /// A new `EcsTarget` with the required arguments.
    /// - `task_definition_arn`: Terraform type `string`
    pub fn new(task_definition_arn: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("task_definition_arn", task_definition_arn);
        EcsTarget { body }
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
    /// Block `capacity_provider_strategy` (set nesting, any number).
    ///
    /// Adds one block; see [`EcsTargetCapacityProviderStrategy`].
    pub fn capacity_provider_strategy(
        mut self,
        block: EcsTargetCapacityProviderStrategy,
    ) -> Self {
        self.body.push_block("capacity_provider_strategy", block.into_body());
        self
    }
    /// Block `network_configuration` (list nesting, at most 1).
    ///
    /// Sets block; see [`EcsTargetNetworkConfiguration`].
    pub fn network_configuration(
        mut self,
        block: EcsTargetNetworkConfiguration,
    ) -> Self {
        self.body.set_block("network_configuration", block.into_body());
        self
    }
    /// Block `ordered_placement_strategy` (list nesting, at most 5).
    ///
    /// Adds one block; see [`EcsTargetOrderedPlacementStrategy`].
    pub fn ordered_placement_strategy(
        mut self,
        block: EcsTargetOrderedPlacementStrategy,
    ) -> Self {
        self.body.push_block("ordered_placement_strategy", block.into_body());
        self
    }
    /// Block `placement_constraint` (set nesting, at most 10).
    ///
    /// Adds one block; see [`EcsTargetPlacementConstraint`].
    pub fn placement_constraint(mut self, block: EcsTargetPlacementConstraint) -> Self {
        self.body.push_block("placement_constraint", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for EcsTarget {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `capacity_provider_strategy` of resource `aws_cloudwatch_event_target`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct EcsTargetCapacityProviderStrategy {
    body: Body,
}
impl EcsTargetCapacityProviderStrategy {
    /// A new `EcsTargetCapacityProviderStrategy` with the required arguments.
    /// - `capacity_provider`: Terraform type `string`
    pub fn new(capacity_provider: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("capacity_provider", capacity_provider);
        EcsTargetCapacityProviderStrategy {
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
impl Builder for EcsTargetCapacityProviderStrategy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `network_configuration` of resource `aws_cloudwatch_event_target`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct EcsTargetNetworkConfiguration {
    body: Body,
}
impl EcsTargetNetworkConfiguration {
    /// A new `EcsTargetNetworkConfiguration` with the required arguments.
    /// - `subnets`: Terraform type `set(string)`
    pub fn new(subnets: impl Into<Expr<Vec<String>>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Vec<String>>("subnets", subnets);
        EcsTargetNetworkConfiguration {
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
impl Builder for EcsTargetNetworkConfiguration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `ordered_placement_strategy` of resource `aws_cloudwatch_event_target`.
///
/// Nesting: list; at most 5.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct EcsTargetOrderedPlacementStrategy {
    body: Body,
}
impl EcsTargetOrderedPlacementStrategy {
    /// A new `EcsTargetOrderedPlacementStrategy` with the required arguments.
    /// - `type`: Terraform type `string`
    pub fn new(r#type: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("type", r#type);
        EcsTargetOrderedPlacementStrategy {
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
impl Builder for EcsTargetOrderedPlacementStrategy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `placement_constraint` of resource `aws_cloudwatch_event_target`.
///
/// Nesting: set; at most 10.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct EcsTargetPlacementConstraint {
    body: Body,
}
impl EcsTargetPlacementConstraint {
    /// A new `EcsTargetPlacementConstraint` with the required arguments.
    /// - `type`: Terraform type `string`
    pub fn new(r#type: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("type", r#type);
        EcsTargetPlacementConstraint {
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
impl Builder for EcsTargetPlacementConstraint {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `http_target` of resource `aws_cloudwatch_event_target`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct HttpTarget {
    body: Body,
}
impl HttpTarget {
    /// A new `HttpTarget` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `header_parameters`: optional; Terraform type `map(string)`.
    pub fn header_parameters(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("header_parameters", value);
        self
    }
    /// `path_parameter_values`: optional; Terraform type `list(string)`.
    pub fn path_parameter_values(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("path_parameter_values", value);
        self
    }
    /// `query_string_parameters`: optional; Terraform type `map(string)`.
    pub fn query_string_parameters(
        mut self,
        value: impl Into<Expr<Map<String>>>,
    ) -> Self {
        self.body.set_attr::<Map<String>>("query_string_parameters", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for HttpTarget {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `input_transformer` of resource `aws_cloudwatch_event_target`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct InputTransformer {
    body: Body,
}
impl InputTransformer {
    /// A new `InputTransformer` with the required arguments.
    /// - `input_template`: Terraform type `string`
    pub fn new(input_template: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("input_template", input_template);
        InputTransformer { body }
    }
    /// `input_paths`: optional; Terraform type `map(string)`.
    pub fn input_paths(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("input_paths", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for InputTransformer {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `kinesis_target` of resource `aws_cloudwatch_event_target`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct KinesisTarget {
    body: Body,
}
impl KinesisTarget {
    /// A new `KinesisTarget` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `partition_key_path`: optional; Terraform type `string`.
    pub fn partition_key_path(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("partition_key_path", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for KinesisTarget {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `redshift_target` of resource `aws_cloudwatch_event_target`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RedshiftTarget {
    body: Body,
}
impl RedshiftTarget {
    /// A new `RedshiftTarget` with the required arguments.
    /// - `database`: Terraform type `string`
    pub fn new(database: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("database", database);
        RedshiftTarget { body }
    }
    /// `db_user`: optional; Terraform type `string`.
    pub fn db_user(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("db_user", value);
        self
    }
    /// `secrets_manager_arn`: optional; Terraform type `string`.
    pub fn secrets_manager_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("secrets_manager_arn", value);
        self
    }
    /// `sql`: optional; Terraform type `string`.
    pub fn sql(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("sql", value);
        self
    }
    /// `statement_name`: optional; Terraform type `string`.
    pub fn statement_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("statement_name", value);
        self
    }
    /// `with_event`: optional; Terraform type `bool`.
    pub fn with_event(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("with_event", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RedshiftTarget {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `retry_policy` of resource `aws_cloudwatch_event_target`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct RetryPolicy {
    body: Body,
}
impl RetryPolicy {
    /// A new `RetryPolicy` (it has no required arguments).
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
impl Builder for RetryPolicy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `run_command_targets` of resource `aws_cloudwatch_event_target`.
///
/// Nesting: list; at most 5.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RunCommandTargets {
    body: Body,
}
impl RunCommandTargets {
    /// A new `RunCommandTargets` with the required arguments.
    /// - `key`: Terraform type `string`
    /// - `values`: Terraform type `list(string)`
    pub fn new(
        key: impl Into<Expr<String>>,
        values: impl Into<Expr<Vec<String>>>,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("key", key);
        body.set_attr::<Vec<String>>("values", values);
        RunCommandTargets { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RunCommandTargets {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `sagemaker_pipeline_target` of resource `aws_cloudwatch_event_target`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct SagemakerPipelineTarget {
    body: Body,
}
impl SagemakerPipelineTarget {
    /// A new `SagemakerPipelineTarget` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// Block `pipeline_parameter_list` (set nesting, at most 200).
    ///
    /// Adds one block; see [`SagemakerPipelineTargetPipelineParameterList`].
    pub fn pipeline_parameter_list(
        mut self,
        block: SagemakerPipelineTargetPipelineParameterList,
    ) -> Self {
        self.body.push_block("pipeline_parameter_list", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for SagemakerPipelineTarget {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `pipeline_parameter_list` of resource `aws_cloudwatch_event_target`.
///
/// Nesting: set; at most 200.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct SagemakerPipelineTargetPipelineParameterList {
    body: Body,
}
/// The required arguments of [`SagemakerPipelineTargetPipelineParameterList::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct SagemakerPipelineTargetPipelineParameterListArgs {
    /// `name`: Terraform type `string`
    pub name: Expr<String>,
    /// `value`: Terraform type `string`
    pub value: Expr<String>,
}
impl SagemakerPipelineTargetPipelineParameterList {
    /// A new `SagemakerPipelineTargetPipelineParameterList` with the required arguments, named in [`SagemakerPipelineTargetPipelineParameterListArgs`].
    pub fn new(args: SagemakerPipelineTargetPipelineParameterListArgs) -> Self {
        let SagemakerPipelineTargetPipelineParameterListArgs { name, value } = args;
        let mut body = Body::new();
        body.set_attr::<String>("name", name);
        body.set_attr::<String>("value", value);
        SagemakerPipelineTargetPipelineParameterList {
            body,
        }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for SagemakerPipelineTargetPipelineParameterList {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `sqs_target` of resource `aws_cloudwatch_event_target`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct SqsTarget {
    body: Body,
}
impl SqsTarget {
    /// A new `SqsTarget` (it has no required arguments).
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
impl Builder for SqsTarget {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl CloudwatchEventTarget {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_cloudwatch_event_target";
}
impl TypedSpec for CloudwatchEventTarget {
    const TYPE: &'static str = "aws_cloudwatch_event_target";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for CloudwatchEventTarget {
    type Handle = CloudwatchEventTargetRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_cloudwatch_event_target"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_cloudwatch_event_target` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_event_target>
#[derive(Debug, Clone)]
pub struct CloudwatchEventTargetRef(NodeHandle);
impl From<NodeHandle> for CloudwatchEventTargetRef {
    fn from(node: NodeHandle) -> Self {
        CloudwatchEventTargetRef(node)
    }
}
impl std::ops::Deref for CloudwatchEventTargetRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl CloudwatchEventTargetRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: required; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `event_bus_name`: optional; Terraform type `string`.
    pub fn event_bus_name(&self) -> Expr<String> {
        self.0.attr("event_bus_name")
    }
    /// `force_destroy`: optional; Terraform type `bool`.
    pub fn force_destroy(&self) -> Expr<bool> {
        self.0.attr("force_destroy")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `input`: optional; Terraform type `string`.
    pub fn input(&self) -> Expr<String> {
        self.0.attr("input")
    }
    /// `input_path`: optional; Terraform type `string`.
    pub fn input_path(&self) -> Expr<String> {
        self.0.attr("input_path")
    }
    /// `role_arn`: optional; Terraform type `string`.
    pub fn role_arn(&self) -> Expr<String> {
        self.0.attr("role_arn")
    }
    /// `rule`: required; Terraform type `string`.
    pub fn rule(&self) -> Expr<String> {
        self.0.attr("rule")
    }
    /// `target_id`: optional, computed; Terraform type `string`.
    pub fn target_id(&self) -> Expr<String> {
        self.0.attr("target_id")
    }
    /// Block `appsync_target` (list nesting, at most 1).
    pub fn appsync_target(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("appsync_target")
    }
    /// Block `batch_target` (list nesting, at most 1).
    pub fn batch_target(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("batch_target")
    }
    /// Block `dead_letter_config` (list nesting, at most 1).
    pub fn dead_letter_config(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("dead_letter_config")
    }
    /// Block `ecs_target` (list nesting, at most 1).
    pub fn ecs_target(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("ecs_target")
    }
    /// Block `http_target` (list nesting, at most 1).
    pub fn http_target(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("http_target")
    }
    /// Block `input_transformer` (list nesting, at most 1).
    pub fn input_transformer(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("input_transformer")
    }
    /// Block `kinesis_target` (list nesting, at most 1).
    pub fn kinesis_target(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("kinesis_target")
    }
    /// Block `redshift_target` (list nesting, at most 1).
    pub fn redshift_target(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("redshift_target")
    }
    /// Block `retry_policy` (list nesting, at most 1).
    pub fn retry_policy(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("retry_policy")
    }
    /// Block `run_command_targets` (list nesting, at most 5).
    pub fn run_command_targets(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("run_command_targets")
    }
    /// Block `sagemaker_pipeline_target` (list nesting, at most 1).
    pub fn sagemaker_pipeline_target(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("sagemaker_pipeline_target")
    }
    /// Block `sqs_target` (list nesting, at most 1).
    pub fn sqs_target(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("sqs_target")
    }
}
