//! `aws_sns_topic` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_sns_topic`: required arguments in [`SnsTopic::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`SnsTopicRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct SnsTopic {
    body: Body,
}
impl SnsTopic {
    /// A new `SnsTopic` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `application_failure_feedback_role_arn`: optional; Terraform type `string`.
    pub fn application_failure_feedback_role_arn(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("application_failure_feedback_role_arn", value);
        self
    }
    /// `application_success_feedback_role_arn`: optional; Terraform type `string`.
    pub fn application_success_feedback_role_arn(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("application_success_feedback_role_arn", value);
        self
    }
    /// `application_success_feedback_sample_rate`: optional; Terraform type `number`.
    pub fn application_success_feedback_sample_rate(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body.set_attr::<Number>("application_success_feedback_sample_rate", value);
        self
    }
    /// `archive_policy`: optional; Terraform type `string`.
    pub fn archive_policy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("archive_policy", value);
        self
    }
    /// `content_based_deduplication`: optional; Terraform type `bool`.
    pub fn content_based_deduplication(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("content_based_deduplication", value);
        self
    }
    /// `delivery_policy`: optional; Terraform type `string`.
    pub fn delivery_policy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("delivery_policy", value);
        self
    }
    /// `display_name`: optional; Terraform type `string`.
    pub fn display_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("display_name", value);
        self
    }
    /// `fifo_throughput_scope`: optional, computed; Terraform type `string`.
    pub fn fifo_throughput_scope(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("fifo_throughput_scope", value);
        self
    }
    /// `fifo_topic`: optional; Terraform type `bool`.
    pub fn fifo_topic(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("fifo_topic", value);
        self
    }
    /// `firehose_failure_feedback_role_arn`: optional; Terraform type `string`.
    pub fn firehose_failure_feedback_role_arn(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("firehose_failure_feedback_role_arn", value);
        self
    }
    /// `firehose_success_feedback_role_arn`: optional; Terraform type `string`.
    pub fn firehose_success_feedback_role_arn(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("firehose_success_feedback_role_arn", value);
        self
    }
    /// `firehose_success_feedback_sample_rate`: optional; Terraform type `number`.
    pub fn firehose_success_feedback_sample_rate(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body.set_attr::<Number>("firehose_success_feedback_sample_rate", value);
        self
    }
    /// `http_failure_feedback_role_arn`: optional; Terraform type `string`.
    pub fn http_failure_feedback_role_arn(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("http_failure_feedback_role_arn", value);
        self
    }
    /// `http_success_feedback_role_arn`: optional; Terraform type `string`.
    pub fn http_success_feedback_role_arn(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("http_success_feedback_role_arn", value);
        self
    }
    /// `http_success_feedback_sample_rate`: optional; Terraform type `number`.
    pub fn http_success_feedback_sample_rate(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body.set_attr::<Number>("http_success_feedback_sample_rate", value);
        self
    }
    /// `kms_master_key_id`: optional; Terraform type `string`.
    pub fn kms_master_key_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("kms_master_key_id", value);
        self
    }
    /// `lambda_failure_feedback_role_arn`: optional; Terraform type `string`.
    pub fn lambda_failure_feedback_role_arn(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("lambda_failure_feedback_role_arn", value);
        self
    }
    /// `lambda_success_feedback_role_arn`: optional; Terraform type `string`.
    pub fn lambda_success_feedback_role_arn(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("lambda_success_feedback_role_arn", value);
        self
    }
    /// `lambda_success_feedback_sample_rate`: optional; Terraform type `number`.
    pub fn lambda_success_feedback_sample_rate(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body.set_attr::<Number>("lambda_success_feedback_sample_rate", value);
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
    /// `signature_version`: optional, computed; Terraform type `number`.
    pub fn signature_version(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("signature_version", value);
        self
    }
    /// `sqs_failure_feedback_role_arn`: optional; Terraform type `string`.
    pub fn sqs_failure_feedback_role_arn(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("sqs_failure_feedback_role_arn", value);
        self
    }
    /// `sqs_success_feedback_role_arn`: optional; Terraform type `string`.
    pub fn sqs_success_feedback_role_arn(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("sqs_success_feedback_role_arn", value);
        self
    }
    /// `sqs_success_feedback_sample_rate`: optional; Terraform type `number`.
    pub fn sqs_success_feedback_sample_rate(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body.set_attr::<Number>("sqs_success_feedback_sample_rate", value);
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
    /// `tracing_config`: optional, computed; Terraform type `string`.
    pub fn tracing_config(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("tracing_config", value);
        self
    }
}
impl Builder for SnsTopic {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl SnsTopic {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_sns_topic";
}
impl TypedSpec for SnsTopic {
    const TYPE: &'static str = "aws_sns_topic";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for SnsTopic {
    type Handle = SnsTopicRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_sns_topic"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for SnsTopic {}
/// A resource `aws_sns_topic` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic>
#[derive(Debug, Clone)]
pub struct SnsTopicRef(NodeHandle);
impl From<NodeHandle> for SnsTopicRef {
    fn from(node: NodeHandle) -> Self {
        SnsTopicRef(node)
    }
}
impl std::ops::Deref for SnsTopicRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl SnsTopicRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `application_failure_feedback_role_arn`: optional; Terraform type `string`.
    pub fn application_failure_feedback_role_arn(&self) -> Expr<String> {
        self.0.attr("application_failure_feedback_role_arn")
    }
    /// `application_success_feedback_role_arn`: optional; Terraform type `string`.
    pub fn application_success_feedback_role_arn(&self) -> Expr<String> {
        self.0.attr("application_success_feedback_role_arn")
    }
    /// `application_success_feedback_sample_rate`: optional; Terraform type `number`.
    pub fn application_success_feedback_sample_rate(&self) -> Expr<Number> {
        self.0.attr("application_success_feedback_sample_rate")
    }
    /// `archive_policy`: optional; Terraform type `string`.
    pub fn archive_policy(&self) -> Expr<String> {
        self.0.attr("archive_policy")
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `beginning_archive_time`: computed; Terraform type `string`.
    pub fn beginning_archive_time(&self) -> Expr<String> {
        self.0.attr("beginning_archive_time")
    }
    /// `content_based_deduplication`: optional; Terraform type `bool`.
    pub fn content_based_deduplication(&self) -> Expr<bool> {
        self.0.attr("content_based_deduplication")
    }
    /// `delivery_policy`: optional; Terraform type `string`.
    pub fn delivery_policy(&self) -> Expr<String> {
        self.0.attr("delivery_policy")
    }
    /// `display_name`: optional; Terraform type `string`.
    pub fn display_name(&self) -> Expr<String> {
        self.0.attr("display_name")
    }
    /// `fifo_throughput_scope`: optional, computed; Terraform type `string`.
    pub fn fifo_throughput_scope(&self) -> Expr<String> {
        self.0.attr("fifo_throughput_scope")
    }
    /// `fifo_topic`: optional; Terraform type `bool`.
    pub fn fifo_topic(&self) -> Expr<bool> {
        self.0.attr("fifo_topic")
    }
    /// `firehose_failure_feedback_role_arn`: optional; Terraform type `string`.
    pub fn firehose_failure_feedback_role_arn(&self) -> Expr<String> {
        self.0.attr("firehose_failure_feedback_role_arn")
    }
    /// `firehose_success_feedback_role_arn`: optional; Terraform type `string`.
    pub fn firehose_success_feedback_role_arn(&self) -> Expr<String> {
        self.0.attr("firehose_success_feedback_role_arn")
    }
    /// `firehose_success_feedback_sample_rate`: optional; Terraform type `number`.
    pub fn firehose_success_feedback_sample_rate(&self) -> Expr<Number> {
        self.0.attr("firehose_success_feedback_sample_rate")
    }
    /// `http_failure_feedback_role_arn`: optional; Terraform type `string`.
    pub fn http_failure_feedback_role_arn(&self) -> Expr<String> {
        self.0.attr("http_failure_feedback_role_arn")
    }
    /// `http_success_feedback_role_arn`: optional; Terraform type `string`.
    pub fn http_success_feedback_role_arn(&self) -> Expr<String> {
        self.0.attr("http_success_feedback_role_arn")
    }
    /// `http_success_feedback_sample_rate`: optional; Terraform type `number`.
    pub fn http_success_feedback_sample_rate(&self) -> Expr<Number> {
        self.0.attr("http_success_feedback_sample_rate")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `kms_master_key_id`: optional; Terraform type `string`.
    pub fn kms_master_key_id(&self) -> Expr<String> {
        self.0.attr("kms_master_key_id")
    }
    /// `lambda_failure_feedback_role_arn`: optional; Terraform type `string`.
    pub fn lambda_failure_feedback_role_arn(&self) -> Expr<String> {
        self.0.attr("lambda_failure_feedback_role_arn")
    }
    /// `lambda_success_feedback_role_arn`: optional; Terraform type `string`.
    pub fn lambda_success_feedback_role_arn(&self) -> Expr<String> {
        self.0.attr("lambda_success_feedback_role_arn")
    }
    /// `lambda_success_feedback_sample_rate`: optional; Terraform type `number`.
    pub fn lambda_success_feedback_sample_rate(&self) -> Expr<Number> {
        self.0.attr("lambda_success_feedback_sample_rate")
    }
    /// `name`: optional, computed; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `name_prefix`: optional, computed; Terraform type `string`.
    pub fn name_prefix(&self) -> Expr<String> {
        self.0.attr("name_prefix")
    }
    /// `owner`: computed; Terraform type `string`.
    pub fn owner(&self) -> Expr<String> {
        self.0.attr("owner")
    }
    /// `policy`: optional, computed; Terraform type `string`.
    pub fn policy(&self) -> Expr<String> {
        self.0.attr("policy")
    }
    /// `signature_version`: optional, computed; Terraform type `number`.
    pub fn signature_version(&self) -> Expr<Number> {
        self.0.attr("signature_version")
    }
    /// `sqs_failure_feedback_role_arn`: optional; Terraform type `string`.
    pub fn sqs_failure_feedback_role_arn(&self) -> Expr<String> {
        self.0.attr("sqs_failure_feedback_role_arn")
    }
    /// `sqs_success_feedback_role_arn`: optional; Terraform type `string`.
    pub fn sqs_success_feedback_role_arn(&self) -> Expr<String> {
        self.0.attr("sqs_success_feedback_role_arn")
    }
    /// `sqs_success_feedback_sample_rate`: optional; Terraform type `number`.
    pub fn sqs_success_feedback_sample_rate(&self) -> Expr<Number> {
        self.0.attr("sqs_success_feedback_sample_rate")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `tracing_config`: optional, computed; Terraform type `string`.
    pub fn tracing_config(&self) -> Expr<String> {
        self.0.attr("tracing_config")
    }
}
