//! `aws_lambda_event_source_mapping` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_event_source_mapping>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_lambda_event_source_mapping`: required arguments in [`LambdaEventSourceMapping::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`LambdaEventSourceMappingRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_event_source_mapping>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct LambdaEventSourceMapping {
    body: Body,
}
impl LambdaEventSourceMapping {
    /// A new `LambdaEventSourceMapping` with the required arguments.
    /// - `function_name`: Terraform type `string`
    pub fn new(function_name: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("function_name", function_name);
        LambdaEventSourceMapping { body }
    }
    /// `batch_size`: optional; Terraform type `number`.
    pub fn batch_size(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("batch_size", value);
        self
    }
    /// `bisect_batch_on_function_error`: optional; Terraform type `bool`.
    pub fn bisect_batch_on_function_error(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("bisect_batch_on_function_error", value);
        self
    }
    /// `enabled`: optional; Terraform type `bool`.
    pub fn enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enabled", value);
        self
    }
    /// `event_source_arn`: optional; Terraform type `string`.
    pub fn event_source_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("event_source_arn", value);
        self
    }
    /// `function_response_types`: optional; Terraform type `set(string)`.
    pub fn function_response_types(
        mut self,
        value: impl Into<Expr<Vec<String>>>,
    ) -> Self {
        self.body.set_attr::<Vec<String>>("function_response_types", value);
        self
    }
    /// `kms_key_arn`: optional; Terraform type `string`.
    pub fn kms_key_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("kms_key_arn", value);
        self
    }
    /// `maximum_batching_window_in_seconds`: optional; Terraform type `number`.
    pub fn maximum_batching_window_in_seconds(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body.set_attr::<Number>("maximum_batching_window_in_seconds", value);
        self
    }
    /// `maximum_record_age_in_seconds`: optional, computed; Terraform type `number`.
    pub fn maximum_record_age_in_seconds(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body.set_attr::<Number>("maximum_record_age_in_seconds", value);
        self
    }
    /// `maximum_retry_attempts`: optional, computed; Terraform type `number`.
    pub fn maximum_retry_attempts(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("maximum_retry_attempts", value);
        self
    }
    /// `parallelization_factor`: optional, computed; Terraform type `number`.
    pub fn parallelization_factor(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("parallelization_factor", value);
        self
    }
    /// `queues`: optional; Terraform type `list(string)`.
    pub fn queues(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("queues", value);
        self
    }
    /// `starting_position`: optional; Terraform type `string`.
    pub fn starting_position(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("starting_position", value);
        self
    }
    /// `starting_position_timestamp`: optional; Terraform type `string`.
    pub fn starting_position_timestamp(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("starting_position_timestamp", value);
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
    /// `topics`: optional; Terraform type `set(string)`.
    pub fn topics(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("topics", value);
        self
    }
    /// `tumbling_window_in_seconds`: optional; Terraform type `number`.
    pub fn tumbling_window_in_seconds(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("tumbling_window_in_seconds", value);
        self
    }
    /// Block `amazon_managed_kafka_event_source_config` (list nesting, at most 1).
    ///
    /// Sets block; see [`AmazonManagedKafkaEventSourceConfig`].
    pub fn amazon_managed_kafka_event_source_config(
        mut self,
        block: AmazonManagedKafkaEventSourceConfig,
    ) -> Self {
        self.body
            .set_block("amazon_managed_kafka_event_source_config", block.into_body());
        self
    }
    /// Block `destination_config` (list nesting, at most 1).
    ///
    /// Sets block; see [`DestinationConfig`].
    pub fn destination_config(mut self, block: DestinationConfig) -> Self {
        self.body.set_block("destination_config", block.into_body());
        self
    }
    /// Block `document_db_event_source_config` (list nesting, at most 1).
    ///
    /// Sets block; see [`DocumentDbEventSourceConfig`].
    pub fn document_db_event_source_config(
        mut self,
        block: DocumentDbEventSourceConfig,
    ) -> Self {
        self.body.set_block("document_db_event_source_config", block.into_body());
        self
    }
    /// Block `filter_criteria` (list nesting, at most 1).
    ///
    /// Sets block; see [`FilterCriteria`].
    pub fn filter_criteria(mut self, block: FilterCriteria) -> Self {
        self.body.set_block("filter_criteria", block.into_body());
        self
    }
    /// Block `metrics_config` (list nesting, at most 1).
    ///
    /// Sets block; see [`MetricsConfig`].
    pub fn metrics_config(mut self, block: MetricsConfig) -> Self {
        self.body.set_block("metrics_config", block.into_body());
        self
    }
    /// Block `provisioned_poller_config` (list nesting, at most 1).
    ///
    /// Sets block; see [`ProvisionedPollerConfig`].
    pub fn provisioned_poller_config(mut self, block: ProvisionedPollerConfig) -> Self {
        self.body.set_block("provisioned_poller_config", block.into_body());
        self
    }
    /// Block `scaling_config` (list nesting, at most 1).
    ///
    /// Sets block; see [`ScalingConfig`].
    pub fn scaling_config(mut self, block: ScalingConfig) -> Self {
        self.body.set_block("scaling_config", block.into_body());
        self
    }
    /// Block `self_managed_event_source` (list nesting, at most 1).
    ///
    /// Sets block; see [`SelfManagedEventSource`].
    pub fn self_managed_event_source(mut self, block: SelfManagedEventSource) -> Self {
        self.body.set_block("self_managed_event_source", block.into_body());
        self
    }
    /// Block `self_managed_kafka_event_source_config` (list nesting, at most 1).
    ///
    /// Sets block; see [`SelfManagedKafkaEventSourceConfig`].
    pub fn self_managed_kafka_event_source_config(
        mut self,
        block: SelfManagedKafkaEventSourceConfig,
    ) -> Self {
        self.body.set_block("self_managed_kafka_event_source_config", block.into_body());
        self
    }
    /// Block `source_access_configuration` (set nesting, at most 22).
    ///
    /// Adds one block; see [`SourceAccessConfiguration`].
    pub fn source_access_configuration(
        mut self,
        block: SourceAccessConfiguration,
    ) -> Self {
        self.body.push_block("source_access_configuration", block.into_body());
        self
    }
}
impl Builder for LambdaEventSourceMapping {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `amazon_managed_kafka_event_source_config` of resource `aws_lambda_event_source_mapping`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct AmazonManagedKafkaEventSourceConfig {
    body: Body,
}
impl AmazonManagedKafkaEventSourceConfig {
    /// A new `AmazonManagedKafkaEventSourceConfig` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `consumer_group_id`: optional, computed; Terraform type `string`.
    pub fn consumer_group_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("consumer_group_id", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for AmazonManagedKafkaEventSourceConfig {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `destination_config` of resource `aws_lambda_event_source_mapping`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct DestinationConfig {
    body: Body,
}
impl DestinationConfig {
    /// A new `DestinationConfig` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// Block `on_failure` (list nesting, at most 1).
    ///
    /// Sets block; see [`DestinationConfigOnFailure`].
    pub fn on_failure(mut self, block: DestinationConfigOnFailure) -> Self {
        self.body.set_block("on_failure", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for DestinationConfig {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `on_failure` of resource `aws_lambda_event_source_mapping`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct DestinationConfigOnFailure {
    body: Body,
}
impl DestinationConfigOnFailure {
    /// A new `DestinationConfigOnFailure` with the required arguments.
    /// - `destination_arn`: Terraform type `string`
    pub fn new(destination_arn: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("destination_arn", destination_arn);
        DestinationConfigOnFailure { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for DestinationConfigOnFailure {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `document_db_event_source_config` of resource `aws_lambda_event_source_mapping`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct DocumentDbEventSourceConfig {
    body: Body,
}
impl DocumentDbEventSourceConfig {
    /// A new `DocumentDbEventSourceConfig` with the required arguments.
    /// - `database_name`: Terraform type `string`
    pub fn new(database_name: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("database_name", database_name);
        DocumentDbEventSourceConfig {
            body,
        }
    }
    /// `collection_name`: optional; Terraform type `string`.
    pub fn collection_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("collection_name", value);
        self
    }
    /// `full_document`: optional; Terraform type `string`.
    pub fn full_document(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("full_document", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for DocumentDbEventSourceConfig {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `filter_criteria` of resource `aws_lambda_event_source_mapping`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct FilterCriteria {
    body: Body,
}
impl FilterCriteria {
    /// A new `FilterCriteria` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// Block `filter` (set nesting, at most 10).
    ///
    /// Adds one block; see [`FilterCriteriaFilter`].
    pub fn filter(mut self, block: FilterCriteriaFilter) -> Self {
        self.body.push_block("filter", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for FilterCriteria {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `filter` of resource `aws_lambda_event_source_mapping`.
///
/// Nesting: set; at most 10.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct FilterCriteriaFilter {
    body: Body,
}
impl FilterCriteriaFilter {
    /// A new `FilterCriteriaFilter` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `pattern`: optional; Terraform type `string`.
    pub fn pattern(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("pattern", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for FilterCriteriaFilter {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `metrics_config` of resource `aws_lambda_event_source_mapping`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct MetricsConfig {
    body: Body,
}
impl MetricsConfig {
    /// A new `MetricsConfig` with the required arguments.
    /// - `metrics`: Terraform type `set(string)`
    pub fn new(metrics: impl Into<Expr<Vec<String>>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Vec<String>>("metrics", metrics);
        MetricsConfig { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for MetricsConfig {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `provisioned_poller_config` of resource `aws_lambda_event_source_mapping`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct ProvisionedPollerConfig {
    body: Body,
}
impl ProvisionedPollerConfig {
    /// A new `ProvisionedPollerConfig` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `maximum_pollers`: optional, computed; Terraform type `number`.
    pub fn maximum_pollers(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("maximum_pollers", value);
        self
    }
    /// `minimum_pollers`: optional, computed; Terraform type `number`.
    pub fn minimum_pollers(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("minimum_pollers", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ProvisionedPollerConfig {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `scaling_config` of resource `aws_lambda_event_source_mapping`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct ScalingConfig {
    body: Body,
}
impl ScalingConfig {
    /// A new `ScalingConfig` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `maximum_concurrency`: optional; Terraform type `number`.
    pub fn maximum_concurrency(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("maximum_concurrency", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ScalingConfig {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `self_managed_event_source` of resource `aws_lambda_event_source_mapping`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct SelfManagedEventSource {
    body: Body,
}
impl SelfManagedEventSource {
    /// A new `SelfManagedEventSource` with the required arguments.
    /// - `endpoints`: Terraform type `map(string)`
    pub fn new(endpoints: impl Into<Expr<Map<String>>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Map<String>>("endpoints", endpoints);
        SelfManagedEventSource { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for SelfManagedEventSource {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `self_managed_kafka_event_source_config` of resource `aws_lambda_event_source_mapping`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct SelfManagedKafkaEventSourceConfig {
    body: Body,
}
impl SelfManagedKafkaEventSourceConfig {
    /// A new `SelfManagedKafkaEventSourceConfig` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `consumer_group_id`: optional, computed; Terraform type `string`.
    pub fn consumer_group_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("consumer_group_id", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for SelfManagedKafkaEventSourceConfig {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `source_access_configuration` of resource `aws_lambda_event_source_mapping`.
///
/// Nesting: set; at most 22.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct SourceAccessConfiguration {
    body: Body,
}
/// The required arguments of [`SourceAccessConfiguration::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceAccessConfigurationArgs {
    /// `type`: Terraform type `string`
    pub r#type: Expr<String>,
    /// `uri`: Terraform type `string`
    pub uri: Expr<String>,
}
impl SourceAccessConfiguration {
    /// A new `SourceAccessConfiguration` with the required arguments, named in [`SourceAccessConfigurationArgs`].
    pub fn new(args: SourceAccessConfigurationArgs) -> Self {
        let SourceAccessConfigurationArgs { r#type, uri } = args;
        let mut body = Body::new();
        body.set_attr::<String>("type", r#type);
        body.set_attr::<String>("uri", uri);
        SourceAccessConfiguration { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for SourceAccessConfiguration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl LambdaEventSourceMapping {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_lambda_event_source_mapping";
}
impl TypedSpec for LambdaEventSourceMapping {
    const TYPE: &'static str = "aws_lambda_event_source_mapping";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for LambdaEventSourceMapping {
    type Handle = LambdaEventSourceMappingRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_lambda_event_source_mapping"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for LambdaEventSourceMapping {}
/// A resource `aws_lambda_event_source_mapping` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_event_source_mapping>
#[derive(Debug, Clone)]
pub struct LambdaEventSourceMappingRef(NodeHandle);
impl From<NodeHandle> for LambdaEventSourceMappingRef {
    fn from(node: NodeHandle) -> Self {
        LambdaEventSourceMappingRef(node)
    }
}
impl std::ops::Deref for LambdaEventSourceMappingRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl LambdaEventSourceMappingRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `batch_size`: optional; Terraform type `number`.
    pub fn batch_size(&self) -> Expr<Number> {
        self.0.attr("batch_size")
    }
    /// `bisect_batch_on_function_error`: optional; Terraform type `bool`.
    pub fn bisect_batch_on_function_error(&self) -> Expr<bool> {
        self.0.attr("bisect_batch_on_function_error")
    }
    /// `enabled`: optional; Terraform type `bool`.
    pub fn enabled(&self) -> Expr<bool> {
        self.0.attr("enabled")
    }
    /// `event_source_arn`: optional; Terraform type `string`.
    pub fn event_source_arn(&self) -> Expr<String> {
        self.0.attr("event_source_arn")
    }
    /// `function_arn`: computed; Terraform type `string`.
    pub fn function_arn(&self) -> Expr<String> {
        self.0.attr("function_arn")
    }
    /// `function_name`: required; Terraform type `string`.
    pub fn function_name(&self) -> Expr<String> {
        self.0.attr("function_name")
    }
    /// `function_response_types`: optional; Terraform type `set(string)`.
    pub fn function_response_types(&self) -> Expr<Vec<String>> {
        self.0.attr("function_response_types")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `kms_key_arn`: optional; Terraform type `string`.
    pub fn kms_key_arn(&self) -> Expr<String> {
        self.0.attr("kms_key_arn")
    }
    /// `last_modified`: computed; Terraform type `string`.
    pub fn last_modified(&self) -> Expr<String> {
        self.0.attr("last_modified")
    }
    /// `last_processing_result`: computed; Terraform type `string`.
    pub fn last_processing_result(&self) -> Expr<String> {
        self.0.attr("last_processing_result")
    }
    /// `maximum_batching_window_in_seconds`: optional; Terraform type `number`.
    pub fn maximum_batching_window_in_seconds(&self) -> Expr<Number> {
        self.0.attr("maximum_batching_window_in_seconds")
    }
    /// `maximum_record_age_in_seconds`: optional, computed; Terraform type `number`.
    pub fn maximum_record_age_in_seconds(&self) -> Expr<Number> {
        self.0.attr("maximum_record_age_in_seconds")
    }
    /// `maximum_retry_attempts`: optional, computed; Terraform type `number`.
    pub fn maximum_retry_attempts(&self) -> Expr<Number> {
        self.0.attr("maximum_retry_attempts")
    }
    /// `parallelization_factor`: optional, computed; Terraform type `number`.
    pub fn parallelization_factor(&self) -> Expr<Number> {
        self.0.attr("parallelization_factor")
    }
    /// `queues`: optional; Terraform type `list(string)`.
    pub fn queues(&self) -> Expr<Vec<String>> {
        self.0.attr("queues")
    }
    /// `starting_position`: optional; Terraform type `string`.
    pub fn starting_position(&self) -> Expr<String> {
        self.0.attr("starting_position")
    }
    /// `starting_position_timestamp`: optional; Terraform type `string`.
    pub fn starting_position_timestamp(&self) -> Expr<String> {
        self.0.attr("starting_position_timestamp")
    }
    /// `state`: computed; Terraform type `string`.
    pub fn state(&self) -> Expr<String> {
        self.0.attr("state")
    }
    /// `state_transition_reason`: computed; Terraform type `string`.
    pub fn state_transition_reason(&self) -> Expr<String> {
        self.0.attr("state_transition_reason")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `topics`: optional; Terraform type `set(string)`.
    pub fn topics(&self) -> Expr<Vec<String>> {
        self.0.attr("topics")
    }
    /// `tumbling_window_in_seconds`: optional; Terraform type `number`.
    pub fn tumbling_window_in_seconds(&self) -> Expr<Number> {
        self.0.attr("tumbling_window_in_seconds")
    }
    /// `uuid`: computed; Terraform type `string`.
    pub fn uuid(&self) -> Expr<String> {
        self.0.attr("uuid")
    }
    /// Block `amazon_managed_kafka_event_source_config` (list nesting, at most 1).
    pub fn amazon_managed_kafka_event_source_config(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("amazon_managed_kafka_event_source_config")
    }
    /// Block `destination_config` (list nesting, at most 1).
    pub fn destination_config(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("destination_config")
    }
    /// Block `document_db_event_source_config` (list nesting, at most 1).
    pub fn document_db_event_source_config(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("document_db_event_source_config")
    }
    /// Block `filter_criteria` (list nesting, at most 1).
    pub fn filter_criteria(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("filter_criteria")
    }
    /// Block `metrics_config` (list nesting, at most 1).
    pub fn metrics_config(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("metrics_config")
    }
    /// Block `provisioned_poller_config` (list nesting, at most 1).
    pub fn provisioned_poller_config(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("provisioned_poller_config")
    }
    /// Block `scaling_config` (list nesting, at most 1).
    pub fn scaling_config(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("scaling_config")
    }
    /// Block `self_managed_event_source` (list nesting, at most 1).
    pub fn self_managed_event_source(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("self_managed_event_source")
    }
    /// Block `self_managed_kafka_event_source_config` (list nesting, at most 1).
    pub fn self_managed_kafka_event_source_config(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("self_managed_kafka_event_source_config")
    }
    /// Block `source_access_configuration` (set nesting, at most 22).
    pub fn source_access_configuration(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("source_access_configuration")
    }
}
