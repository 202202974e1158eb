//! `aws_sns_topic_subscription` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic_subscription>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The resource `aws_sns_topic_subscription`: required arguments in [`SnsTopicSubscription::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`SnsTopicSubscriptionRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic_subscription>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct SnsTopicSubscription {
    body: Body,
}
/// The required arguments of [`SnsTopicSubscription::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct SnsTopicSubscriptionArgs {
    /// `endpoint`: Terraform type `string`
    pub endpoint: Expr<String>,
    /// `protocol`: Terraform type `string`, one of [`SnsProtocol`](enums::SnsProtocol)
    pub protocol: Expr<enums::SnsProtocol>,
    /// `topic_arn`: Terraform type `string`
    pub topic_arn: Expr<String>,
}
impl SnsTopicSubscription {
    /// A new `SnsTopicSubscription` with the required arguments, named in [`SnsTopicSubscriptionArgs`].
    pub fn new(args: SnsTopicSubscriptionArgs) -> Self {
        let SnsTopicSubscriptionArgs { endpoint, protocol, topic_arn } = args;
        let mut body = Body::new();
        body.set_attr::<String>("endpoint", endpoint);
        body.set_attr::<enums::SnsProtocol>("protocol", protocol);
        body.set_attr::<String>("topic_arn", topic_arn);
        SnsTopicSubscription { body }
    }
    /// `confirmation_timeout_in_minutes`: optional; Terraform type `number`.
    pub fn confirmation_timeout_in_minutes(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body.set_attr::<Number>("confirmation_timeout_in_minutes", value);
        self
    }
    /// `delivery_policy`: optional; Terraform type `string`.
    pub fn delivery_policy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("delivery_policy", value);
        self
    }
    /// `endpoint_auto_confirms`: optional; Terraform type `bool`.
    pub fn endpoint_auto_confirms(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("endpoint_auto_confirms", value);
        self
    }
    /// `filter_policy`: optional; Terraform type `string`.
    pub fn filter_policy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("filter_policy", value);
        self
    }
    /// `filter_policy_scope`: optional, computed; Terraform type `string`.
    pub fn filter_policy_scope(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("filter_policy_scope", value);
        self
    }
    /// `raw_message_delivery`: optional; Terraform type `bool`.
    pub fn raw_message_delivery(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("raw_message_delivery", value);
        self
    }
    /// `redrive_policy`: optional; Terraform type `string`.
    pub fn redrive_policy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("redrive_policy", value);
        self
    }
    /// `replay_policy`: optional; Terraform type `string`.
    pub fn replay_policy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("replay_policy", value);
        self
    }
    /// `subscription_role_arn`: optional; Terraform type `string`.
    pub fn subscription_role_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("subscription_role_arn", value);
        self
    }
}
impl Builder for SnsTopicSubscription {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl SnsTopicSubscription {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_sns_topic_subscription";
}
impl TypedSpec for SnsTopicSubscription {
    const TYPE: &'static str = "aws_sns_topic_subscription";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for SnsTopicSubscription {
    type Handle = SnsTopicSubscriptionRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_sns_topic_subscription"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_sns_topic_subscription` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic_subscription>
#[derive(Debug, Clone)]
pub struct SnsTopicSubscriptionRef(NodeHandle);
impl From<NodeHandle> for SnsTopicSubscriptionRef {
    fn from(node: NodeHandle) -> Self {
        SnsTopicSubscriptionRef(node)
    }
}
impl std::ops::Deref for SnsTopicSubscriptionRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl SnsTopicSubscriptionRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `confirmation_timeout_in_minutes`: optional; Terraform type `number`.
    pub fn confirmation_timeout_in_minutes(&self) -> Expr<Number> {
        self.0.attr("confirmation_timeout_in_minutes")
    }
    /// `confirmation_was_authenticated`: computed; Terraform type `bool`.
    pub fn confirmation_was_authenticated(&self) -> Expr<bool> {
        self.0.attr("confirmation_was_authenticated")
    }
    /// `delivery_policy`: optional; Terraform type `string`.
    pub fn delivery_policy(&self) -> Expr<String> {
        self.0.attr("delivery_policy")
    }
    /// `endpoint`: required; Terraform type `string`.
    pub fn endpoint(&self) -> Expr<String> {
        self.0.attr("endpoint")
    }
    /// `endpoint_auto_confirms`: optional; Terraform type `bool`.
    pub fn endpoint_auto_confirms(&self) -> Expr<bool> {
        self.0.attr("endpoint_auto_confirms")
    }
    /// `filter_policy`: optional; Terraform type `string`.
    pub fn filter_policy(&self) -> Expr<String> {
        self.0.attr("filter_policy")
    }
    /// `filter_policy_scope`: optional, computed; Terraform type `string`.
    pub fn filter_policy_scope(&self) -> Expr<String> {
        self.0.attr("filter_policy_scope")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `owner_id`: computed; Terraform type `string`.
    pub fn owner_id(&self) -> Expr<String> {
        self.0.attr("owner_id")
    }
    /// `pending_confirmation`: computed; Terraform type `bool`.
    pub fn pending_confirmation(&self) -> Expr<bool> {
        self.0.attr("pending_confirmation")
    }
    /// `protocol`: required; Terraform type `string`, one of [`SnsProtocol`](enums::SnsProtocol).
    pub fn protocol(&self) -> Expr<enums::SnsProtocol> {
        self.0.attr("protocol")
    }
    /// `raw_message_delivery`: optional; Terraform type `bool`.
    pub fn raw_message_delivery(&self) -> Expr<bool> {
        self.0.attr("raw_message_delivery")
    }
    /// `redrive_policy`: optional; Terraform type `string`.
    pub fn redrive_policy(&self) -> Expr<String> {
        self.0.attr("redrive_policy")
    }
    /// `replay_policy`: optional; Terraform type `string`.
    pub fn replay_policy(&self) -> Expr<String> {
        self.0.attr("replay_policy")
    }
    /// `subscription_role_arn`: optional; Terraform type `string`.
    pub fn subscription_role_arn(&self) -> Expr<String> {
        self.0.attr("subscription_role_arn")
    }
    /// `topic_arn`: required; Terraform type `string`.
    pub fn topic_arn(&self) -> Expr<String> {
        self.0.attr("topic_arn")
    }
}
