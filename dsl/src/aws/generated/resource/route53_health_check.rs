//! `aws_route53_health_check` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_health_check>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_route53_health_check`: required arguments in [`Route53HealthCheck::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`Route53HealthCheckRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_health_check>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Route53HealthCheck {
    body: Body,
}
impl Route53HealthCheck {
    /// A new `Route53HealthCheck` with the required arguments.
    /// - `type`: Terraform type `string`
    pub fn new(r#type: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("type", r#type);
        Route53HealthCheck { body }
    }
    /// `child_health_threshold`: optional; Terraform type `number`.
    pub fn child_health_threshold(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("child_health_threshold", value);
        self
    }
    /// `child_healthchecks`: optional; Terraform type `set(string)`.
    pub fn child_healthchecks(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("child_healthchecks", value);
        self
    }
    /// `cloudwatch_alarm_name`: optional; Terraform type `string`.
    pub fn cloudwatch_alarm_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("cloudwatch_alarm_name", value);
        self
    }
    /// `cloudwatch_alarm_region`: optional; Terraform type `string`.
    pub fn cloudwatch_alarm_region(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("cloudwatch_alarm_region", value);
        self
    }
    /// `disabled`: optional; Terraform type `bool`.
    pub fn disabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("disabled", value);
        self
    }
    /// `enable_sni`: optional, computed; Terraform type `bool`.
    pub fn enable_sni(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enable_sni", value);
        self
    }
    /// `failure_threshold`: optional, computed; Terraform type `number`.
    pub fn failure_threshold(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("failure_threshold", value);
        self
    }
    /// `fqdn`: optional; Terraform type `string`.
    pub fn fqdn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("fqdn", value);
        self
    }
    /// `insufficient_data_health_status`: optional; Terraform type `string`.
    pub fn insufficient_data_health_status(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("insufficient_data_health_status", value);
        self
    }
    /// `invert_healthcheck`: optional; Terraform type `bool`.
    pub fn invert_healthcheck(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("invert_healthcheck", value);
        self
    }
    /// `ip_address`: optional; Terraform type `string`.
    pub fn ip_address(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("ip_address", value);
        self
    }
    /// `measure_latency`: optional; Terraform type `bool`.
    pub fn measure_latency(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("measure_latency", value);
        self
    }
    /// `port`: optional; Terraform type `number`.
    pub fn port(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("port", value);
        self
    }
    /// `reference_name`: optional; Terraform type `string`.
    pub fn reference_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("reference_name", value);
        self
    }
    /// `regions`: optional; Terraform type `set(string)`.
    pub fn regions(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("regions", value);
        self
    }
    /// `request_interval`: optional; Terraform type `number`.
    pub fn request_interval(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("request_interval", value);
        self
    }
    /// `resource_path`: optional; Terraform type `string`.
    pub fn resource_path(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("resource_path", value);
        self
    }
    /// `routing_control_arn`: optional; Terraform type `string`.
    pub fn routing_control_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("routing_control_arn", value);
        self
    }
    /// `search_string`: optional; Terraform type `string`.
    pub fn search_string(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("search_string", value);
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
    /// `triggers`: optional, computed; Terraform type `map(string)`.
    pub fn triggers(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("triggers", value);
        self
    }
}
impl Builder for Route53HealthCheck {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl Route53HealthCheck {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_route53_health_check";
}
impl TypedSpec for Route53HealthCheck {
    const TYPE: &'static str = "aws_route53_health_check";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for Route53HealthCheck {
    type Handle = Route53HealthCheckRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_route53_health_check"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for Route53HealthCheck {}
/// A resource `aws_route53_health_check` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_health_check>
#[derive(Debug, Clone)]
pub struct Route53HealthCheckRef(NodeHandle);
impl From<NodeHandle> for Route53HealthCheckRef {
    fn from(node: NodeHandle) -> Self {
        Route53HealthCheckRef(node)
    }
}
impl std::ops::Deref for Route53HealthCheckRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl Route53HealthCheckRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `child_health_threshold`: optional; Terraform type `number`.
    pub fn child_health_threshold(&self) -> Expr<Number> {
        self.0.attr("child_health_threshold")
    }
    /// `child_healthchecks`: optional; Terraform type `set(string)`.
    pub fn child_healthchecks(&self) -> Expr<Vec<String>> {
        self.0.attr("child_healthchecks")
    }
    /// `cloudwatch_alarm_name`: optional; Terraform type `string`.
    pub fn cloudwatch_alarm_name(&self) -> Expr<String> {
        self.0.attr("cloudwatch_alarm_name")
    }
    /// `cloudwatch_alarm_region`: optional; Terraform type `string`.
    pub fn cloudwatch_alarm_region(&self) -> Expr<String> {
        self.0.attr("cloudwatch_alarm_region")
    }
    /// `disabled`: optional; Terraform type `bool`.
    pub fn disabled(&self) -> Expr<bool> {
        self.0.attr("disabled")
    }
    /// `enable_sni`: optional, computed; Terraform type `bool`.
    pub fn enable_sni(&self) -> Expr<bool> {
        self.0.attr("enable_sni")
    }
    /// `failure_threshold`: optional, computed; Terraform type `number`.
    pub fn failure_threshold(&self) -> Expr<Number> {
        self.0.attr("failure_threshold")
    }
    /// `fqdn`: optional; Terraform type `string`.
    pub fn fqdn(&self) -> Expr<String> {
        self.0.attr("fqdn")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `insufficient_data_health_status`: optional; Terraform type `string`.
    pub fn insufficient_data_health_status(&self) -> Expr<String> {
        self.0.attr("insufficient_data_health_status")
    }
    /// `invert_healthcheck`: optional; Terraform type `bool`.
    pub fn invert_healthcheck(&self) -> Expr<bool> {
        self.0.attr("invert_healthcheck")
    }
    /// `ip_address`: optional; Terraform type `string`.
    pub fn ip_address(&self) -> Expr<String> {
        self.0.attr("ip_address")
    }
    /// `measure_latency`: optional; Terraform type `bool`.
    pub fn measure_latency(&self) -> Expr<bool> {
        self.0.attr("measure_latency")
    }
    /// `port`: optional; Terraform type `number`.
    pub fn port(&self) -> Expr<Number> {
        self.0.attr("port")
    }
    /// `reference_name`: optional; Terraform type `string`.
    pub fn reference_name(&self) -> Expr<String> {
        self.0.attr("reference_name")
    }
    /// `regions`: optional; Terraform type `set(string)`.
    pub fn regions(&self) -> Expr<Vec<String>> {
        self.0.attr("regions")
    }
    /// `request_interval`: optional; Terraform type `number`.
    pub fn request_interval(&self) -> Expr<Number> {
        self.0.attr("request_interval")
    }
    /// `resource_path`: optional; Terraform type `string`.
    pub fn resource_path(&self) -> Expr<String> {
        self.0.attr("resource_path")
    }
    /// `routing_control_arn`: optional; Terraform type `string`.
    pub fn routing_control_arn(&self) -> Expr<String> {
        self.0.attr("routing_control_arn")
    }
    /// `search_string`: optional; Terraform type `string`.
    pub fn search_string(&self) -> Expr<String> {
        self.0.attr("search_string")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `triggers`: optional, computed; Terraform type `map(string)`.
    pub fn triggers(&self) -> Expr<Map<String>> {
        self.0.attr("triggers")
    }
    /// `type`: required; Terraform type `string`.
    pub fn r#type(&self) -> Expr<String> {
        self.0.attr("type")
    }
}
