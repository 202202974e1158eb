//! `aws_lb_target_group` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_target_group>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The resource `aws_lb_target_group`: required arguments in [`LbTargetGroup::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`LbTargetGroupRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_target_group>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct LbTargetGroup {
    body: Body,
}
impl LbTargetGroup {
    /// A new `LbTargetGroup` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `connection_termination`: optional, computed; Terraform type `bool`.
    pub fn connection_termination(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("connection_termination", value);
        self
    }
    /// `deregistration_delay`: optional; Terraform type `string`.
    pub fn deregistration_delay(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("deregistration_delay", value);
        self
    }
    /// `ip_address_type`: optional, computed; Terraform type `string`.
    pub fn ip_address_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("ip_address_type", value);
        self
    }
    /// `lambda_multi_value_headers_enabled`: optional; Terraform type `bool`.
    pub fn lambda_multi_value_headers_enabled(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("lambda_multi_value_headers_enabled", value);
        self
    }
    /// `load_balancing_algorithm_type`: optional, computed; Terraform type `string`.
    pub fn load_balancing_algorithm_type(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("load_balancing_algorithm_type", value);
        self
    }
    /// `load_balancing_anomaly_mitigation`: optional, computed; Terraform type `string`.
    pub fn load_balancing_anomaly_mitigation(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("load_balancing_anomaly_mitigation", value);
        self
    }
    /// `load_balancing_cross_zone_enabled`: optional, computed; Terraform type `string`.
    pub fn load_balancing_cross_zone_enabled(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("load_balancing_cross_zone_enabled", value);
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
    /// `port`: optional; Terraform type `number`.
    pub fn port(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("port", value);
        self
    }
    /// `preserve_client_ip`: optional, computed; Terraform type `string`.
    pub fn preserve_client_ip(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("preserve_client_ip", value);
        self
    }
    /// `protocol`: optional; Terraform type `string`, one of [`LbProtocol`](enums::LbProtocol).
    pub fn protocol(mut self, value: impl Into<Expr<enums::LbProtocol>>) -> Self {
        self.body.set_attr::<enums::LbProtocol>("protocol", value);
        self
    }
    /// `protocol_version`: optional, computed; Terraform type `string`.
    pub fn protocol_version(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("protocol_version", value);
        self
    }
    /// `proxy_protocol_v2`: optional; Terraform type `bool`.
    pub fn proxy_protocol_v2(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("proxy_protocol_v2", value);
        self
    }
    /// `slow_start`: optional; Terraform type `number`.
    pub fn slow_start(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("slow_start", value);
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
    /// `target_type`: optional; Terraform type `string`, one of [`TargetType`](enums::TargetType).
    pub fn target_type(mut self, value: impl Into<Expr<enums::TargetType>>) -> Self {
        self.body.set_attr::<enums::TargetType>("target_type", value);
        self
    }
    /// `vpc_id`: optional; Terraform type `string`.
    pub fn vpc_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("vpc_id", value);
        self
    }
    /// Block `health_check` (list nesting, at most 1).
    ///
    /// Sets block; see [`HealthCheck`].
    pub fn health_check(mut self, block: HealthCheck) -> Self {
        self.body.set_block("health_check", block.into_body());
        self
    }
    /// Block `stickiness` (list nesting, at most 1).
    ///
    /// Sets block; see [`Stickiness`].
    pub fn stickiness(mut self, block: Stickiness) -> Self {
        self.body.set_block("stickiness", block.into_body());
        self
    }
    /// Block `target_failover` (list nesting, any number).
    ///
    /// Adds one block; see [`TargetFailover`].
    pub fn target_failover(mut self, block: TargetFailover) -> Self {
        self.body.push_block("target_failover", block.into_body());
        self
    }
    /// Block `target_group_health` (list nesting, at most 1).
    ///
    /// Sets block; see [`TargetGroupHealth`].
    pub fn target_group_health(mut self, block: TargetGroupHealth) -> Self {
        self.body.set_block("target_group_health", block.into_body());
        self
    }
    /// Block `target_health_state` (list nesting, any number).
    ///
    /// Adds one block; see [`TargetHealthState`].
    pub fn target_health_state(mut self, block: TargetHealthState) -> Self {
        self.body.push_block("target_health_state", block.into_body());
        self
    }
}
impl Builder for LbTargetGroup {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `health_check` of resource `aws_lb_target_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct HealthCheck {
    body: Body,
}
impl HealthCheck {
    /// A new `HealthCheck` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `enabled`: optional; Terraform type `bool`.
    pub fn enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enabled", value);
        self
    }
    /// `healthy_threshold`: optional; Terraform type `number`.
    pub fn healthy_threshold(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("healthy_threshold", value);
        self
    }
    /// `interval`: optional; Terraform type `number`.
    pub fn interval(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("interval", value);
        self
    }
    /// `matcher`: optional, computed; Terraform type `string`.
    pub fn matcher(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("matcher", value);
        self
    }
    /// `path`: optional, computed; Terraform type `string`.
    pub fn path(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("path", value);
        self
    }
    /// `port`: optional; Terraform type `string`.
    pub fn port(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("port", value);
        self
    }
    /// `protocol`: optional; Terraform type `string`, one of [`LbProtocol`](enums::LbProtocol).
    pub fn protocol(mut self, value: impl Into<Expr<enums::LbProtocol>>) -> Self {
        self.body.set_attr::<enums::LbProtocol>("protocol", value);
        self
    }
    /// `timeout`: optional, computed; Terraform type `number`.
    pub fn timeout(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("timeout", value);
        self
    }
    /// `unhealthy_threshold`: optional; Terraform type `number`.
    pub fn unhealthy_threshold(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("unhealthy_threshold", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for HealthCheck {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `stickiness` of resource `aws_lb_target_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Stickiness {
    body: Body,
}
impl Stickiness {
    /// A new `Stickiness` with the required arguments.
    /// - `type`: Terraform type `string`
    pub fn new(r#type: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("type", r#type);
        Stickiness { body }
    }
    /// `cookie_duration`: optional; Terraform type `number`.
    pub fn cookie_duration(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("cookie_duration", value);
        self
    }
    /// `cookie_name`: optional; Terraform type `string`.
    pub fn cookie_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("cookie_name", value);
        self
    }
    /// `enabled`: optional; Terraform type `bool`.
    pub fn enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enabled", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Stickiness {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `target_failover` of resource `aws_lb_target_group`.
///
/// Nesting: list; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TargetFailover {
    body: Body,
}
/// The required arguments of [`TargetFailover::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetFailoverArgs {
    /// `on_deregistration`: Terraform type `string`
    pub on_deregistration: Expr<String>,
    /// `on_unhealthy`: Terraform type `string`
    pub on_unhealthy: Expr<String>,
}
impl TargetFailover {
    /// A new `TargetFailover` with the required arguments, named in [`TargetFailoverArgs`].
    pub fn new(args: TargetFailoverArgs) -> Self {
        let TargetFailoverArgs { on_deregistration, on_unhealthy } = args;
        let mut body = Body::new();
        body.set_attr::<String>("on_deregistration", on_deregistration);
        body.set_attr::<String>("on_unhealthy", on_unhealthy);
        TargetFailover { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetFailover {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `target_group_health` of resource `aws_lb_target_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct TargetGroupHealth {
    body: Body,
}
impl TargetGroupHealth {
    /// A new `TargetGroupHealth` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// Block `dns_failover` (list nesting, at most 1).
    ///
    /// Sets block; see [`TargetGroupHealthDnsFailover`].
    pub fn dns_failover(mut self, block: TargetGroupHealthDnsFailover) -> Self {
        self.body.set_block("dns_failover", block.into_body());
        self
    }
    /// Block `unhealthy_state_routing` (list nesting, at most 1).
    ///
    /// Sets block; see [`TargetGroupHealthUnhealthyStateRouting`].
    pub fn unhealthy_state_routing(
        mut self,
        block: TargetGroupHealthUnhealthyStateRouting,
    ) -> Self {
        self.body.set_block("unhealthy_state_routing", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetGroupHealth {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `dns_failover` of resource `aws_lb_target_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct TargetGroupHealthDnsFailover {
    body: Body,
}
impl TargetGroupHealthDnsFailover {
    /// A new `TargetGroupHealthDnsFailover` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `minimum_healthy_targets_count`: optional; Terraform type `string`.
    pub fn minimum_healthy_targets_count(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("minimum_healthy_targets_count", value);
        self
    }
    /// `minimum_healthy_targets_percentage`: optional; Terraform type `string`.
    pub fn minimum_healthy_targets_percentage(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("minimum_healthy_targets_percentage", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetGroupHealthDnsFailover {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `unhealthy_state_routing` of resource `aws_lb_target_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct TargetGroupHealthUnhealthyStateRouting {
    body: Body,
}
impl TargetGroupHealthUnhealthyStateRouting {
    /// A new `TargetGroupHealthUnhealthyStateRouting` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `minimum_healthy_targets_count`: optional; Terraform type `number`.
    pub fn minimum_healthy_targets_count(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body.set_attr::<Number>("minimum_healthy_targets_count", value);
        self
    }
    /// `minimum_healthy_targets_percentage`: optional; Terraform type `string`.
    pub fn minimum_healthy_targets_percentage(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("minimum_healthy_targets_percentage", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetGroupHealthUnhealthyStateRouting {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `target_health_state` of resource `aws_lb_target_group`.
///
/// Nesting: list; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TargetHealthState {
    body: Body,
}
impl TargetHealthState {
    /// A new `TargetHealthState` with the required arguments.
    /// - `enable_unhealthy_connection_termination`: Terraform type `bool`
    pub fn new(enable_unhealthy_connection_termination: impl Into<Expr<bool>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<
                bool,
            >(
            "enable_unhealthy_connection_termination",
            enable_unhealthy_connection_termination,
        );
        TargetHealthState { body }
    }
    /// `unhealthy_draining_interval`: optional; Terraform type `number`.
    pub fn unhealthy_draining_interval(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body.set_attr::<Number>("unhealthy_draining_interval", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TargetHealthState {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl LbTargetGroup {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_lb_target_group";
}
impl TypedSpec for LbTargetGroup {
    const TYPE: &'static str = "aws_lb_target_group";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for LbTargetGroup {
    type Handle = LbTargetGroupRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_lb_target_group"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for LbTargetGroup {}
/// A resource `aws_lb_target_group` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_target_group>
#[derive(Debug, Clone)]
pub struct LbTargetGroupRef(NodeHandle);
impl From<NodeHandle> for LbTargetGroupRef {
    fn from(node: NodeHandle) -> Self {
        LbTargetGroupRef(node)
    }
}
impl std::ops::Deref for LbTargetGroupRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl LbTargetGroupRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `arn_suffix`: computed; Terraform type `string`.
    pub fn arn_suffix(&self) -> Expr<String> {
        self.0.attr("arn_suffix")
    }
    /// `connection_termination`: optional, computed; Terraform type `bool`.
    pub fn connection_termination(&self) -> Expr<bool> {
        self.0.attr("connection_termination")
    }
    /// `deregistration_delay`: optional; Terraform type `string`.
    pub fn deregistration_delay(&self) -> Expr<String> {
        self.0.attr("deregistration_delay")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `ip_address_type`: optional, computed; Terraform type `string`.
    pub fn ip_address_type(&self) -> Expr<String> {
        self.0.attr("ip_address_type")
    }
    /// `lambda_multi_value_headers_enabled`: optional; Terraform type `bool`.
    pub fn lambda_multi_value_headers_enabled(&self) -> Expr<bool> {
        self.0.attr("lambda_multi_value_headers_enabled")
    }
    /// `load_balancer_arns`: computed; Terraform type `set(string)`.
    pub fn load_balancer_arns(&self) -> Expr<Vec<String>> {
        self.0.attr("load_balancer_arns")
    }
    /// `load_balancing_algorithm_type`: optional, computed; Terraform type `string`.
    pub fn load_balancing_algorithm_type(&self) -> Expr<String> {
        self.0.attr("load_balancing_algorithm_type")
    }
    /// `load_balancing_anomaly_mitigation`: optional, computed; Terraform type `string`.
    pub fn load_balancing_anomaly_mitigation(&self) -> Expr<String> {
        self.0.attr("load_balancing_anomaly_mitigation")
    }
    /// `load_balancing_cross_zone_enabled`: optional, computed; Terraform type `string`.
    pub fn load_balancing_cross_zone_enabled(&self) -> Expr<String> {
        self.0.attr("load_balancing_cross_zone_enabled")
    }
    /// `name`: optional, computed; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `name_prefix`: optional, computed; Terraform type `string`.
    pub fn name_prefix(&self) -> Expr<String> {
        self.0.attr("name_prefix")
    }
    /// `port`: optional; Terraform type `number`.
    pub fn port(&self) -> Expr<Number> {
        self.0.attr("port")
    }
    /// `preserve_client_ip`: optional, computed; Terraform type `string`.
    pub fn preserve_client_ip(&self) -> Expr<String> {
        self.0.attr("preserve_client_ip")
    }
    /// `protocol`: optional; Terraform type `string`, one of [`LbProtocol`](enums::LbProtocol).
    pub fn protocol(&self) -> Expr<enums::LbProtocol> {
        self.0.attr("protocol")
    }
    /// `protocol_version`: optional, computed; Terraform type `string`.
    pub fn protocol_version(&self) -> Expr<String> {
        self.0.attr("protocol_version")
    }
    /// `proxy_protocol_v2`: optional; Terraform type `bool`.
    pub fn proxy_protocol_v2(&self) -> Expr<bool> {
        self.0.attr("proxy_protocol_v2")
    }
    /// `slow_start`: optional; Terraform type `number`.
    pub fn slow_start(&self) -> Expr<Number> {
        self.0.attr("slow_start")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `target_type`: optional; Terraform type `string`, one of [`TargetType`](enums::TargetType).
    pub fn target_type(&self) -> Expr<enums::TargetType> {
        self.0.attr("target_type")
    }
    /// `vpc_id`: optional; Terraform type `string`.
    pub fn vpc_id(&self) -> Expr<String> {
        self.0.attr("vpc_id")
    }
    /// Block `health_check` (list nesting, at most 1).
    pub fn health_check(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("health_check")
    }
    /// Block `stickiness` (list nesting, at most 1).
    pub fn stickiness(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("stickiness")
    }
    /// Block `target_failover` (list nesting, any number).
    pub fn target_failover(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("target_failover")
    }
    /// Block `target_group_health` (list nesting, at most 1).
    pub fn target_group_health(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("target_group_health")
    }
    /// Block `target_health_state` (list nesting, any number).
    pub fn target_health_state(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("target_health_state")
    }
}
