//! `aws_vpc_endpoint` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_endpoint>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The resource `aws_vpc_endpoint`: required arguments in [`VpcEndpoint::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`VpcEndpointRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_endpoint>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct VpcEndpoint {
    body: Body,
}
impl VpcEndpoint {
    /// A new `VpcEndpoint` with the required arguments.
    /// - `vpc_id`: Terraform type `string`
    pub fn new(vpc_id: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("vpc_id", vpc_id);
        VpcEndpoint { body }
    }
    /// `auto_accept`: optional; Terraform type `bool`.
    pub fn auto_accept(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("auto_accept", value);
        self
    }
    /// `ip_address_type`: optional, computed; Terraform type `string`.
    pub fn ip_address_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("ip_address_type", value);
        self
    }
    /// `policy`: optional, computed; Terraform type `string`.
    pub fn policy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("policy", value);
        self
    }
    /// `private_dns_enabled`: optional, computed; Terraform type `bool`.
    pub fn private_dns_enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("private_dns_enabled", value);
        self
    }
    /// `resource_configuration_arn`: optional; Terraform type `string`.
    pub fn resource_configuration_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("resource_configuration_arn", value);
        self
    }
    /// `route_table_ids`: optional, computed; Terraform type `set(string)`.
    pub fn route_table_ids(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("route_table_ids", value);
        self
    }
    /// `security_group_ids`: optional, computed; Terraform type `set(string)`.
    pub fn security_group_ids(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("security_group_ids", value);
        self
    }
    /// `service_name`: optional; Terraform type `string`.
    pub fn service_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("service_name", value);
        self
    }
    /// `service_network_arn`: optional; Terraform type `string`.
    pub fn service_network_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("service_network_arn", value);
        self
    }
    /// `service_region`: optional, computed; Terraform type `string`.
    pub fn service_region(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("service_region", value);
        self
    }
    /// `subnet_ids`: optional, computed; Terraform type `set(string)`.
    pub fn subnet_ids(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("subnet_ids", value);
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
    /// `vpc_endpoint_type`: optional; Terraform type `string`, one of [`VpcEndpointType`](enums::VpcEndpointType).
    pub fn vpc_endpoint_type(
        mut self,
        value: impl Into<Expr<enums::VpcEndpointType>>,
    ) -> Self {
        self.body.set_attr::<enums::VpcEndpointType>("vpc_endpoint_type", value);
        self
    }
    /// Block `dns_options` (list nesting, at most 1).
    ///
    /// Sets block; see [`DnsOptions`].
    pub fn dns_options(mut self, block: DnsOptions) -> Self {
        self.body.set_block("dns_options", block.into_body());
        self
    }
    /// Block `subnet_configuration` (set nesting, any number).
    ///
    /// Adds one block; see [`SubnetConfiguration`].
    pub fn subnet_configuration(mut self, block: SubnetConfiguration) -> Self {
        self.body.push_block("subnet_configuration", block.into_body());
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
impl Builder for VpcEndpoint {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `dns_options` of resource `aws_vpc_endpoint`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct DnsOptions {
    body: Body,
}
impl DnsOptions {
    /// A new `DnsOptions` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `dns_record_ip_type`: optional, computed; Terraform type `string`.
    pub fn dns_record_ip_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("dns_record_ip_type", value);
        self
    }
    /// `private_dns_only_for_inbound_resolver_endpoint`: optional; Terraform type `bool`.
    pub fn private_dns_only_for_inbound_resolver_endpoint(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body
            .set_attr::<bool>("private_dns_only_for_inbound_resolver_endpoint", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for DnsOptions {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `subnet_configuration` of resource `aws_vpc_endpoint`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct SubnetConfiguration {
    body: Body,
}
impl SubnetConfiguration {
    /// A new `SubnetConfiguration` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `ipv4`: optional; Terraform type `string`.
    pub fn ipv4(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("ipv4", value);
        self
    }
    /// `ipv6`: optional; Terraform type `string`.
    pub fn ipv6(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("ipv6", value);
        self
    }
    /// `subnet_id`: optional; Terraform type `string`.
    pub fn subnet_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("subnet_id", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for SubnetConfiguration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_vpc_endpoint`.
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
impl VpcEndpoint {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_vpc_endpoint";
}
impl TypedSpec for VpcEndpoint {
    const TYPE: &'static str = "aws_vpc_endpoint";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for VpcEndpoint {
    type Handle = VpcEndpointRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_vpc_endpoint"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for VpcEndpoint {}
/// A resource `aws_vpc_endpoint` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_endpoint>
#[derive(Debug, Clone)]
pub struct VpcEndpointRef(NodeHandle);
impl From<NodeHandle> for VpcEndpointRef {
    fn from(node: NodeHandle) -> Self {
        VpcEndpointRef(node)
    }
}
impl std::ops::Deref for VpcEndpointRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl VpcEndpointRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `auto_accept`: optional; Terraform type `bool`.
    pub fn auto_accept(&self) -> Expr<bool> {
        self.0.attr("auto_accept")
    }
    /// `cidr_blocks`: computed; Terraform type `list(string)`.
    pub fn cidr_blocks(&self) -> Expr<Vec<String>> {
        self.0.attr("cidr_blocks")
    }
    /// `dns_entry`: computed; Terraform type `list(object({dns_name = string, hosted_zone_id = string}))`.
    pub fn dns_entry(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("dns_entry")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `ip_address_type`: optional, computed; Terraform type `string`.
    pub fn ip_address_type(&self) -> Expr<String> {
        self.0.attr("ip_address_type")
    }
    /// `network_interface_ids`: computed; Terraform type `set(string)`.
    pub fn network_interface_ids(&self) -> Expr<Vec<String>> {
        self.0.attr("network_interface_ids")
    }
    /// `owner_id`: computed; Terraform type `string`.
    pub fn owner_id(&self) -> Expr<String> {
        self.0.attr("owner_id")
    }
    /// `policy`: optional, computed; Terraform type `string`.
    pub fn policy(&self) -> Expr<String> {
        self.0.attr("policy")
    }
    /// `prefix_list_id`: computed; Terraform type `string`.
    pub fn prefix_list_id(&self) -> Expr<String> {
        self.0.attr("prefix_list_id")
    }
    /// `private_dns_enabled`: optional, computed; Terraform type `bool`.
    pub fn private_dns_enabled(&self) -> Expr<bool> {
        self.0.attr("private_dns_enabled")
    }
    /// `requester_managed`: computed; Terraform type `bool`.
    pub fn requester_managed(&self) -> Expr<bool> {
        self.0.attr("requester_managed")
    }
    /// `resource_configuration_arn`: optional; Terraform type `string`.
    pub fn resource_configuration_arn(&self) -> Expr<String> {
        self.0.attr("resource_configuration_arn")
    }
    /// `route_table_ids`: optional, computed; Terraform type `set(string)`.
    pub fn route_table_ids(&self) -> Expr<Vec<String>> {
        self.0.attr("route_table_ids")
    }
    /// `security_group_ids`: optional, computed; Terraform type `set(string)`.
    pub fn security_group_ids(&self) -> Expr<Vec<String>> {
        self.0.attr("security_group_ids")
    }
    /// `service_name`: optional; Terraform type `string`.
    pub fn service_name(&self) -> Expr<String> {
        self.0.attr("service_name")
    }
    /// `service_network_arn`: optional; Terraform type `string`.
    pub fn service_network_arn(&self) -> Expr<String> {
        self.0.attr("service_network_arn")
    }
    /// `service_region`: optional, computed; Terraform type `string`.
    pub fn service_region(&self) -> Expr<String> {
        self.0.attr("service_region")
    }
    /// `state`: computed; Terraform type `string`.
    pub fn state(&self) -> Expr<String> {
        self.0.attr("state")
    }
    /// `subnet_ids`: optional, computed; Terraform type `set(string)`.
    pub fn subnet_ids(&self) -> Expr<Vec<String>> {
        self.0.attr("subnet_ids")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `vpc_endpoint_type`: optional; Terraform type `string`, one of [`VpcEndpointType`](enums::VpcEndpointType).
    pub fn vpc_endpoint_type(&self) -> Expr<enums::VpcEndpointType> {
        self.0.attr("vpc_endpoint_type")
    }
    /// `vpc_id`: required; Terraform type `string`.
    pub fn vpc_id(&self) -> Expr<String> {
        self.0.attr("vpc_id")
    }
    /// Block `dns_options` (list nesting, at most 1).
    pub fn dns_options(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("dns_options")
    }
    /// Block `subnet_configuration` (set nesting, any number).
    pub fn subnet_configuration(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("subnet_configuration")
    }
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
}
