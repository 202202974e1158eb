//! `aws_sqs_queue` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_sqs_queue`: required arguments in [`SqsQueue::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`SqsQueueRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct SqsQueue {
    body: Body,
}
impl SqsQueue {
    /// A new `SqsQueue` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `content_based_deduplication`: optional; Terraform type `bool`.
    pub fn content_based_deduplication(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("content_based_deduplication", value);
        self
    }
    /// `deduplication_scope`: optional, computed; Terraform type `string`.
    pub fn deduplication_scope(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("deduplication_scope", value);
        self
    }
    /// `delay_seconds`: optional; Terraform type `number`.
    pub fn delay_seconds(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("delay_seconds", value);
        self
    }
    /// `fifo_queue`: optional; Terraform type `bool`.
    pub fn fifo_queue(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("fifo_queue", value);
        self
    }
    /// `fifo_throughput_limit`: optional, computed; Terraform type `string`.
    pub fn fifo_throughput_limit(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("fifo_throughput_limit", value);
        self
    }
    /// `kms_data_key_reuse_period_seconds`: optional, computed; Terraform type `number`.
    pub fn kms_data_key_reuse_period_seconds(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body.set_attr::<Number>("kms_data_key_reuse_period_seconds", value);
        self
    }
    /// `kms_master_key_id`: optional; Terraform type `string`.
    pub fn kms_master_key_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("kms_master_key_id", value);
        self
    }
    /// `max_message_size`: optional; Terraform type `number`.
    pub fn max_message_size(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("max_message_size", value);
        self
    }
    /// `message_retention_seconds`: optional; Terraform type `number`.
    pub fn message_retention_seconds(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("message_retention_seconds", value);
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
    /// `policy`: optional, computed; Terraform type `string`.
    pub fn policy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("policy", value);
        self
    }
    /// `receive_wait_time_seconds`: optional; Terraform type `number`.
    pub fn receive_wait_time_seconds(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("receive_wait_time_seconds", value);
        self
    }
    /// `redrive_allow_policy`: optional, computed; Terraform type `string`.
    pub fn redrive_allow_policy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("redrive_allow_policy", value);
        self
    }
    /// `redrive_policy`: optional, computed; Terraform type `string`.
    pub fn redrive_policy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("redrive_policy", value);
        self
    }
    /// `sqs_managed_sse_enabled`: optional, computed; Terraform type `bool`.
    pub fn sqs_managed_sse_enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("sqs_managed_sse_enabled", value);
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
    /// `visibility_timeout_seconds`: optional; Terraform type `number`.
    pub fn visibility_timeout_seconds(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("visibility_timeout_seconds", value);
        self
    }
    /// Block `timeouts` (single nesting, any number).
    ///
    /// Sets block; see [`Timeouts`].
    pub fn timeouts(mut self, block: Timeouts) -> Self {
        self.body.set_block("timeouts", block.into_body());
        self
    }
}
impl Builder for SqsQueue {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_sqs_queue`.
///
/// Nesting: single; any number.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Timeouts {
    body: Body,
}
impl Timeouts {
    /// A new `Timeouts` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `create`: optional; Terraform type `string`.
    pub fn create(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("create", value);
        self
    }
    /// `delete`: optional; Terraform type `string`.
    pub fn delete(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("delete", value);
        self
    }
    /// `update`: optional; Terraform type `string`.
    pub fn update(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("update", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Timeouts {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl SqsQueue {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_sqs_queue";
}
impl TypedSpec for SqsQueue {
    const TYPE: &'static str = "aws_sqs_queue";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for SqsQueue {
    type Handle = SqsQueueRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_sqs_queue"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for SqsQueue {}
/// A resource `aws_sqs_queue` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue>
#[derive(Debug, Clone)]
pub struct SqsQueueRef(NodeHandle);
impl From<NodeHandle> for SqsQueueRef {
    fn from(node: NodeHandle) -> Self {
        SqsQueueRef(node)
    }
}
impl std::ops::Deref for SqsQueueRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl SqsQueueRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `content_based_deduplication`: optional; Terraform type `bool`.
    pub fn content_based_deduplication(&self) -> Expr<bool> {
        self.0.attr("content_based_deduplication")
    }
    /// `deduplication_scope`: optional, computed; Terraform type `string`.
    pub fn deduplication_scope(&self) -> Expr<String> {
        self.0.attr("deduplication_scope")
    }
    /// `delay_seconds`: optional; Terraform type `number`.
    pub fn delay_seconds(&self) -> Expr<Number> {
        self.0.attr("delay_seconds")
    }
    /// `fifo_queue`: optional; Terraform type `bool`.
    pub fn fifo_queue(&self) -> Expr<bool> {
        self.0.attr("fifo_queue")
    }
    /// `fifo_throughput_limit`: optional, computed; Terraform type `string`.
    pub fn fifo_throughput_limit(&self) -> Expr<String> {
        self.0.attr("fifo_throughput_limit")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `kms_data_key_reuse_period_seconds`: optional, computed; Terraform type `number`.
    pub fn kms_data_key_reuse_period_seconds(&self) -> Expr<Number> {
        self.0.attr("kms_data_key_reuse_period_seconds")
    }
    /// `kms_master_key_id`: optional; Terraform type `string`.
    pub fn kms_master_key_id(&self) -> Expr<String> {
        self.0.attr("kms_master_key_id")
    }
    /// `max_message_size`: optional; Terraform type `number`.
    pub fn max_message_size(&self) -> Expr<Number> {
        self.0.attr("max_message_size")
    }
    /// `message_retention_seconds`: optional; Terraform type `number`.
    pub fn message_retention_seconds(&self) -> Expr<Number> {
        self.0.attr("message_retention_seconds")
    }
    /// `name`: optional, computed; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `name_prefix`: optional, computed; Terraform type `string`.
    pub fn name_prefix(&self) -> Expr<String> {
        self.0.attr("name_prefix")
    }
    /// `policy`: optional, computed; Terraform type `string`.
    pub fn policy(&self) -> Expr<String> {
        self.0.attr("policy")
    }
    /// `receive_wait_time_seconds`: optional; Terraform type `number`.
    pub fn receive_wait_time_seconds(&self) -> Expr<Number> {
        self.0.attr("receive_wait_time_seconds")
    }
    /// `redrive_allow_policy`: optional, computed; Terraform type `string`.
    pub fn redrive_allow_policy(&self) -> Expr<String> {
        self.0.attr("redrive_allow_policy")
    }
    /// `redrive_policy`: optional, computed; Terraform type `string`.
    pub fn redrive_policy(&self) -> Expr<String> {
        self.0.attr("redrive_policy")
    }
    /// `sqs_managed_sse_enabled`: optional, computed; Terraform type `bool`.
    pub fn sqs_managed_sse_enabled(&self) -> Expr<bool> {
        self.0.attr("sqs_managed_sse_enabled")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `url`: computed; Terraform type `string`.
    pub fn url(&self) -> Expr<String> {
        self.0.attr("url")
    }
    /// `visibility_timeout_seconds`: optional; Terraform type `number`.
    pub fn visibility_timeout_seconds(&self) -> Expr<Number> {
        self.0.attr("visibility_timeout_seconds")
    }
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
}
