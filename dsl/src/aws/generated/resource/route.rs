//! `aws_route` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_route`: required arguments in [`Route::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`RouteRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Route {
    body: Body,
}
impl Route {
    /// A new `Route` with the required arguments.
    /// - `route_table_id`: Terraform type `string`
    pub fn new(route_table_id: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("route_table_id", route_table_id);
        Route { body }
    }
    /// `carrier_gateway_id`: optional; Terraform type `string`.
    pub fn carrier_gateway_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("carrier_gateway_id", value);
        self
    }
    /// `core_network_arn`: optional; Terraform type `string`.
    pub fn core_network_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("core_network_arn", value);
        self
    }
    /// `destination_cidr_block`: optional; Terraform type `string`.
    pub fn destination_cidr_block(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("destination_cidr_block", value);
        self
    }
    /// `destination_ipv6_cidr_block`: optional; Terraform type `string`.
    pub fn destination_ipv6_cidr_block(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("destination_ipv6_cidr_block", value);
        self
    }
    /// `destination_prefix_list_id`: optional; Terraform type `string`.
    pub fn destination_prefix_list_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("destination_prefix_list_id", value);
        self
    }
    /// `egress_only_gateway_id`: optional; Terraform type `string`.
    pub fn egress_only_gateway_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("egress_only_gateway_id", value);
        self
    }
    /// `gateway_id`: optional; Terraform type `string`.
    pub fn gateway_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("gateway_id", value);
        self
    }
    /// `local_gateway_id`: optional; Terraform type `string`.
    pub fn local_gateway_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("local_gateway_id", value);
        self
    }
    /// `nat_gateway_id`: optional; Terraform type `string`.
    pub fn nat_gateway_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("nat_gateway_id", value);
        self
    }
    /// `network_interface_id`: optional, computed; Terraform type `string`.
    pub fn network_interface_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("network_interface_id", value);
        self
    }
    /// `transit_gateway_id`: optional; Terraform type `string`.
    pub fn transit_gateway_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("transit_gateway_id", value);
        self
    }
    /// `vpc_endpoint_id`: optional; Terraform type `string`.
    pub fn vpc_endpoint_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("vpc_endpoint_id", value);
        self
    }
    /// `vpc_peering_connection_id`: optional; Terraform type `string`.
    pub fn vpc_peering_connection_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("vpc_peering_connection_id", value);
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
impl Builder for Route {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_route`.
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
impl Route {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_route";
}
impl TypedSpec for Route {
    const TYPE: &'static str = "aws_route";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for Route {
    type Handle = RouteRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_route"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_route` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route>
#[derive(Debug, Clone)]
pub struct RouteRef(NodeHandle);
impl From<NodeHandle> for RouteRef {
    fn from(node: NodeHandle) -> Self {
        RouteRef(node)
    }
}
impl std::ops::Deref for RouteRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl RouteRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `carrier_gateway_id`: optional; Terraform type `string`.
    pub fn carrier_gateway_id(&self) -> Expr<String> {
        self.0.attr("carrier_gateway_id")
    }
    /// `core_network_arn`: optional; Terraform type `string`.
    pub fn core_network_arn(&self) -> Expr<String> {
        self.0.attr("core_network_arn")
    }
    /// `destination_cidr_block`: optional; Terraform type `string`.
    pub fn destination_cidr_block(&self) -> Expr<String> {
        self.0.attr("destination_cidr_block")
    }
    /// `destination_ipv6_cidr_block`: optional; Terraform type `string`.
    pub fn destination_ipv6_cidr_block(&self) -> Expr<String> {
        self.0.attr("destination_ipv6_cidr_block")
    }
    /// `destination_prefix_list_id`: optional; Terraform type `string`.
    pub fn destination_prefix_list_id(&self) -> Expr<String> {
        self.0.attr("destination_prefix_list_id")
    }
    /// `egress_only_gateway_id`: optional; Terraform type `string`.
    pub fn egress_only_gateway_id(&self) -> Expr<String> {
        self.0.attr("egress_only_gateway_id")
    }
    /// `gateway_id`: optional; Terraform type `string`.
    pub fn gateway_id(&self) -> Expr<String> {
        self.0.attr("gateway_id")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `instance_id`: computed; Terraform type `string`.
    pub fn instance_id(&self) -> Expr<String> {
        self.0.attr("instance_id")
    }
    /// `instance_owner_id`: computed; Terraform type `string`.
    pub fn instance_owner_id(&self) -> Expr<String> {
        self.0.attr("instance_owner_id")
    }
    /// `local_gateway_id`: optional; Terraform type `string`.
    pub fn local_gateway_id(&self) -> Expr<String> {
        self.0.attr("local_gateway_id")
    }
    /// `nat_gateway_id`: optional; Terraform type `string`.
    pub fn nat_gateway_id(&self) -> Expr<String> {
        self.0.attr("nat_gateway_id")
    }
    /// `network_interface_id`: optional, computed; Terraform type `string`.
    pub fn network_interface_id(&self) -> Expr<String> {
        self.0.attr("network_interface_id")
    }
    /// `origin`: computed; Terraform type `string`.
    pub fn origin(&self) -> Expr<String> {
        self.0.attr("origin")
    }
    /// `route_table_id`: required; Terraform type `string`.
    pub fn route_table_id(&self) -> Expr<String> {
        self.0.attr("route_table_id")
    }
    /// `state`: computed; Terraform type `string`.
    pub fn state(&self) -> Expr<String> {
        self.0.attr("state")
    }
    /// `transit_gateway_id`: optional; Terraform type `string`.
    pub fn transit_gateway_id(&self) -> Expr<String> {
        self.0.attr("transit_gateway_id")
    }
    /// `vpc_endpoint_id`: optional; Terraform type `string`.
    pub fn vpc_endpoint_id(&self) -> Expr<String> {
        self.0.attr("vpc_endpoint_id")
    }
    /// `vpc_peering_connection_id`: optional; Terraform type `string`.
    pub fn vpc_peering_connection_id(&self) -> Expr<String> {
        self.0.attr("vpc_peering_connection_id")
    }
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
}
