//! `aws_lb` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The resource `aws_lb`: required arguments in [`Lb::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`LbRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Lb {
    body: Body,
}
impl Lb {
    /// A new `Lb` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `client_keep_alive`: optional; Terraform type `number`.
    pub fn client_keep_alive(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("client_keep_alive", value);
        self
    }
    /// `customer_owned_ipv4_pool`: optional; Terraform type `string`.
    pub fn customer_owned_ipv4_pool(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("customer_owned_ipv4_pool", value);
        self
    }
    /// `desync_mitigation_mode`: optional; Terraform type `string`, one of [`DesyncMitigationMode`](enums::DesyncMitigationMode).
    pub fn desync_mitigation_mode(
        mut self,
        value: impl Into<Expr<enums::DesyncMitigationMode>>,
    ) -> Self {
        self.body
            .set_attr::<enums::DesyncMitigationMode>("desync_mitigation_mode", value);
        self
    }
    /// `dns_record_client_routing_policy`: optional; Terraform type `string`.
    pub fn dns_record_client_routing_policy(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("dns_record_client_routing_policy", value);
        self
    }
    /// `drop_invalid_header_fields`: optional; Terraform type `bool`.
    pub fn drop_invalid_header_fields(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("drop_invalid_header_fields", value);
        self
    }
    /// `enable_cross_zone_load_balancing`: optional; Terraform type `bool`.
    pub fn enable_cross_zone_load_balancing(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("enable_cross_zone_load_balancing", value);
        self
    }
    /// `enable_deletion_protection`: optional; Terraform type `bool`.
    pub fn enable_deletion_protection(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enable_deletion_protection", value);
        self
    }
    /// `enable_http2`: optional; Terraform type `bool`.
    pub fn enable_http2(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enable_http2", value);
        self
    }
    /// `enable_tls_version_and_cipher_suite_headers`: optional; Terraform type `bool`.
    pub fn enable_tls_version_and_cipher_suite_headers(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("enable_tls_version_and_cipher_suite_headers", value);
        self
    }
    /// `enable_waf_fail_open`: optional; Terraform type `bool`.
    pub fn enable_waf_fail_open(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enable_waf_fail_open", value);
        self
    }
    /// `enable_xff_client_port`: optional; Terraform type `bool`.
    pub fn enable_xff_client_port(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enable_xff_client_port", value);
        self
    }
    /// `enable_zonal_shift`: optional; Terraform type `bool`.
    pub fn enable_zonal_shift(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enable_zonal_shift", value);
        self
    }
    /// `enforce_security_group_inbound_rules_on_private_link_traffic`: optional, computed; Terraform type `string`.
    pub fn enforce_security_group_inbound_rules_on_private_link_traffic(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body
            .set_attr::<
                String,
            >("enforce_security_group_inbound_rules_on_private_link_traffic", value);
        self
    }
    /// `idle_timeout`: optional; Terraform type `number`.
    pub fn idle_timeout(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("idle_timeout", value);
        self
    }
    /// `internal`: optional, computed; Terraform type `bool`.
    pub fn internal(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("internal", value);
        self
    }
    /// `ip_address_type`: optional, computed; Terraform type `string`.
    pub fn ip_address_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("ip_address_type", value);
        self
    }
    /// `load_balancer_type`: optional; Terraform type `string`, one of [`LoadBalancerType`](enums::LoadBalancerType).
    pub fn load_balancer_type(
        mut self,
        value: impl Into<Expr<enums::LoadBalancerType>>,
    ) -> Self {
        self.body.set_attr::<enums::LoadBalancerType>("load_balancer_type", value);
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
    /// `preserve_host_header`: optional; Terraform type `bool`.
    pub fn preserve_host_header(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("preserve_host_header", value);
        self
    }
    /// `security_groups`: optional, computed; Terraform type `set(string)`.
    pub fn security_groups(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("security_groups", value);
        self
    }
    /// `subnets`: optional, computed; Terraform type `set(string)`.
    pub fn subnets(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("subnets", value);
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
    /// `xff_header_processing_mode`: optional; Terraform type `string`.
    pub fn xff_header_processing_mode(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("xff_header_processing_mode", value);
        self
    }
    /// Block `access_logs` (list nesting, at most 1).
    ///
    /// Sets block; see [`AccessLogs`].
    pub fn access_logs(mut self, block: AccessLogs) -> Self {
        self.body.set_block("access_logs", block.into_body());
        self
    }
    /// Block `connection_logs` (list nesting, at most 1).
    ///
    /// Sets block; see [`ConnectionLogs`].
    pub fn connection_logs(mut self, block: ConnectionLogs) -> Self {
        self.body.set_block("connection_logs", block.into_body());
        self
    }
    /// Block `ipam_pools` (list nesting, at most 1).
    ///
    /// Sets block; see [`IpamPools`].
    pub fn ipam_pools(mut self, block: IpamPools) -> Self {
        self.body.set_block("ipam_pools", block.into_body());
        self
    }
    /// Block `minimum_load_balancer_capacity` (list nesting, at most 1).
    ///
    /// Sets block; see [`MinimumLoadBalancerCapacity`].
    pub fn minimum_load_balancer_capacity(
        mut self,
        block: MinimumLoadBalancerCapacity,
    ) -> Self {
        self.body.set_block("minimum_load_balancer_capacity", block.into_body());
        self
    }
    /// Block `subnet_mapping` (set nesting, any number).
    ///
    /// Adds one block; see [`SubnetMapping`].
    pub fn subnet_mapping(mut self, block: SubnetMapping) -> Self {
        self.body.push_block("subnet_mapping", block.into_body());
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
impl Builder for Lb {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `access_logs` of resource `aws_lb`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct AccessLogs {
    body: Body,
}
impl AccessLogs {
    /// A new `AccessLogs` with the required arguments.
    /// - `bucket`: Terraform type `string`
    pub fn new(bucket: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("bucket", bucket);
        AccessLogs { body }
    }
    /// `enabled`: optional; Terraform type `bool`.
    pub fn enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enabled", value);
        self
    }
    /// `prefix`: optional; Terraform type `string`.
    pub fn prefix(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("prefix", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for AccessLogs {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `connection_logs` of resource `aws_lb`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ConnectionLogs {
    body: Body,
}
impl ConnectionLogs {
    /// A new `ConnectionLogs` with the required arguments.
    /// - `bucket`: Terraform type `string`
    pub fn new(bucket: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("bucket", bucket);
        ConnectionLogs { body }
    }
    /// `enabled`: optional; Terraform type `bool`.
    pub fn enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enabled", value);
        self
    }
    /// `prefix`: optional; Terraform type `string`.
    pub fn prefix(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("prefix", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ConnectionLogs {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `ipam_pools` of resource `aws_lb`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct IpamPools {
    body: Body,
}
impl IpamPools {
    /// A new `IpamPools` with the required arguments.
    /// - `ipv4_ipam_pool_id`: Terraform type `string`
    pub fn new(ipv4_ipam_pool_id: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("ipv4_ipam_pool_id", ipv4_ipam_pool_id);
        IpamPools { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for IpamPools {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `minimum_load_balancer_capacity` of resource `aws_lb`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct MinimumLoadBalancerCapacity {
    body: Body,
}
impl MinimumLoadBalancerCapacity {
    /// A new `MinimumLoadBalancerCapacity` with the required arguments.
    /// - `capacity_units`: Terraform type `number`
    pub fn new(capacity_units: impl Into<Expr<Number>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Number>("capacity_units", capacity_units);
        MinimumLoadBalancerCapacity {
            body,
        }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for MinimumLoadBalancerCapacity {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `subnet_mapping` of resource `aws_lb`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct SubnetMapping {
    body: Body,
}
impl SubnetMapping {
    /// A new `SubnetMapping` with the required arguments.
    /// - `subnet_id`: Terraform type `string`
    pub fn new(subnet_id: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("subnet_id", subnet_id);
        SubnetMapping { body }
    }
    /// `allocation_id`: optional; Terraform type `string`.
    pub fn allocation_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("allocation_id", value);
        self
    }
    /// `ipv6_address`: optional; Terraform type `string`.
    pub fn ipv6_address(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("ipv6_address", value);
        self
    }
    /// `private_ipv4_address`: optional; Terraform type `string`.
    pub fn private_ipv4_address(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("private_ipv4_address", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for SubnetMapping {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_lb`.
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
impl Lb {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_lb";
}
impl TypedSpec for Lb {
    const TYPE: &'static str = "aws_lb";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for Lb {
    type Handle = LbRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_lb"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for Lb {}
/// A resource `aws_lb` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb>
#[derive(Debug, Clone)]
pub struct LbRef(NodeHandle);
impl From<NodeHandle> for LbRef {
    fn from(node: NodeHandle) -> Self {
        LbRef(node)
    }
}
impl std::ops::Deref for LbRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl LbRef {
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
    /// `client_keep_alive`: optional; Terraform type `number`.
    pub fn client_keep_alive(&self) -> Expr<Number> {
        self.0.attr("client_keep_alive")
    }
    /// `customer_owned_ipv4_pool`: optional; Terraform type `string`.
    pub fn customer_owned_ipv4_pool(&self) -> Expr<String> {
        self.0.attr("customer_owned_ipv4_pool")
    }
    /// `desync_mitigation_mode`: optional; Terraform type `string`, one of [`DesyncMitigationMode`](enums::DesyncMitigationMode).
    pub fn desync_mitigation_mode(&self) -> Expr<enums::DesyncMitigationMode> {
        self.0.attr("desync_mitigation_mode")
    }
    /// `dns_name`: computed; Terraform type `string`.
    pub fn dns_name(&self) -> Expr<String> {
        self.0.attr("dns_name")
    }
    /// `dns_record_client_routing_policy`: optional; Terraform type `string`.
    pub fn dns_record_client_routing_policy(&self) -> Expr<String> {
        self.0.attr("dns_record_client_routing_policy")
    }
    /// `drop_invalid_header_fields`: optional; Terraform type `bool`.
    pub fn drop_invalid_header_fields(&self) -> Expr<bool> {
        self.0.attr("drop_invalid_header_fields")
    }
    /// `enable_cross_zone_load_balancing`: optional; Terraform type `bool`.
    pub fn enable_cross_zone_load_balancing(&self) -> Expr<bool> {
        self.0.attr("enable_cross_zone_load_balancing")
    }
    /// `enable_deletion_protection`: optional; Terraform type `bool`.
    pub fn enable_deletion_protection(&self) -> Expr<bool> {
        self.0.attr("enable_deletion_protection")
    }
    /// `enable_http2`: optional; Terraform type `bool`.
    pub fn enable_http2(&self) -> Expr<bool> {
        self.0.attr("enable_http2")
    }
    /// `enable_tls_version_and_cipher_suite_headers`: optional; Terraform type `bool`.
    pub fn enable_tls_version_and_cipher_suite_headers(&self) -> Expr<bool> {
        self.0.attr("enable_tls_version_and_cipher_suite_headers")
    }
    /// `enable_waf_fail_open`: optional; Terraform type `bool`.
    pub fn enable_waf_fail_open(&self) -> Expr<bool> {
        self.0.attr("enable_waf_fail_open")
    }
    /// `enable_xff_client_port`: optional; Terraform type `bool`.
    pub fn enable_xff_client_port(&self) -> Expr<bool> {
        self.0.attr("enable_xff_client_port")
    }
    /// `enable_zonal_shift`: optional; Terraform type `bool`.
    pub fn enable_zonal_shift(&self) -> Expr<bool> {
        self.0.attr("enable_zonal_shift")
    }
    /// `enforce_security_group_inbound_rules_on_private_link_traffic`: optional, computed; Terraform type `string`.
    pub fn enforce_security_group_inbound_rules_on_private_link_traffic(
        &self,
    ) -> Expr<String> {
        self.0.attr("enforce_security_group_inbound_rules_on_private_link_traffic")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `idle_timeout`: optional; Terraform type `number`.
    pub fn idle_timeout(&self) -> Expr<Number> {
        self.0.attr("idle_timeout")
    }
    /// `internal`: optional, computed; Terraform type `bool`.
    pub fn internal(&self) -> Expr<bool> {
        self.0.attr("internal")
    }
    /// `ip_address_type`: optional, computed; Terraform type `string`.
    pub fn ip_address_type(&self) -> Expr<String> {
        self.0.attr("ip_address_type")
    }
    /// `load_balancer_type`: optional; Terraform type `string`, one of [`LoadBalancerType`](enums::LoadBalancerType).
    pub fn load_balancer_type(&self) -> Expr<enums::LoadBalancerType> {
        self.0.attr("load_balancer_type")
    }
    /// `name`: optional, computed; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `name_prefix`: optional, computed; Terraform type `string`.
    pub fn name_prefix(&self) -> Expr<String> {
        self.0.attr("name_prefix")
    }
    /// `preserve_host_header`: optional; Terraform type `bool`.
    pub fn preserve_host_header(&self) -> Expr<bool> {
        self.0.attr("preserve_host_header")
    }
    /// `security_groups`: optional, computed; Terraform type `set(string)`.
    pub fn security_groups(&self) -> Expr<Vec<String>> {
        self.0.attr("security_groups")
    }
    /// `subnets`: optional, computed; Terraform type `set(string)`.
    pub fn subnets(&self) -> Expr<Vec<String>> {
        self.0.attr("subnets")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `vpc_id`: computed; Terraform type `string`.
    pub fn vpc_id(&self) -> Expr<String> {
        self.0.attr("vpc_id")
    }
    /// `xff_header_processing_mode`: optional; Terraform type `string`.
    pub fn xff_header_processing_mode(&self) -> Expr<String> {
        self.0.attr("xff_header_processing_mode")
    }
    /// `zone_id`: computed; Terraform type `string`.
    pub fn zone_id(&self) -> Expr<String> {
        self.0.attr("zone_id")
    }
    /// Block `access_logs` (list nesting, at most 1).
    pub fn access_logs(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("access_logs")
    }
    /// Block `connection_logs` (list nesting, at most 1).
    pub fn connection_logs(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("connection_logs")
    }
    /// Block `ipam_pools` (list nesting, at most 1).
    pub fn ipam_pools(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("ipam_pools")
    }
    /// Block `minimum_load_balancer_capacity` (list nesting, at most 1).
    pub fn minimum_load_balancer_capacity(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("minimum_load_balancer_capacity")
    }
    /// Block `subnet_mapping` (set nesting, any number).
    pub fn subnet_mapping(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("subnet_mapping")
    }
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
}
