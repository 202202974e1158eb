//! `aws_route_table` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route_table>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_route_table`: required arguments in [`RouteTable::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`RouteTableRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route_table>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RouteTable {
    body: Body,
}
impl RouteTable {
    /// A new `RouteTable` with the required arguments.
    /// - `vpc_id`: Terraform type `string`
    pub fn new(vpc_id: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("vpc_id", vpc_id);
        RouteTable { body }
    }
    /// `propagating_vgws`: optional, computed; Terraform type `set(string)`.
    pub fn propagating_vgws(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("propagating_vgws", value);
        self
    }
    /// `route`: optional, computed; Terraform type `set(object({carrier_gateway_id = string, cidr_block = string, core_network_arn = string, destination_prefix_list_id = string, egress_only_gateway_id = string, gateway_id = string, ipv6_cidr_block = string, local_gateway_id = string, nat_gateway_id = string, network_interface_id = string, transit_gateway_id = string, vpc_endpoint_id = string, vpc_peering_connection_id = string}))`.
    pub fn route(mut self, value: impl Into<Expr<Vec<Dynamic>>>) -> Self {
        self.body.set_attr::<Vec<Dynamic>>("route", value);
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
    /// Block `timeouts` (single nesting, any number).
    ///
    /// Sets block; see [`Timeouts`].
    pub fn timeouts(mut self, block: Timeouts) -> Self {
        self.body.set_block("timeouts", block.into_body());
        self
    }
}
impl Builder for RouteTable {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_route_table`.
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
impl RouteTable {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_route_table";
}
impl TypedSpec for RouteTable {
    const TYPE: &'static str = "aws_route_table";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for RouteTable {
    type Handle = RouteTableRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_route_table"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for RouteTable {}
/// A resource `aws_route_table` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route_table>
#[derive(Debug, Clone)]
pub struct RouteTableRef(NodeHandle);
impl From<NodeHandle> for RouteTableRef {
    fn from(node: NodeHandle) -> Self {
        RouteTableRef(node)
    }
}
impl std::ops::Deref for RouteTableRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl RouteTableRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `owner_id`: computed; Terraform type `string`.
    pub fn owner_id(&self) -> Expr<String> {
        self.0.attr("owner_id")
    }
    /// `propagating_vgws`: optional, computed; Terraform type `set(string)`.
    pub fn propagating_vgws(&self) -> Expr<Vec<String>> {
        self.0.attr("propagating_vgws")
    }
    /// `route`: optional, computed; Terraform type `set(object({carrier_gateway_id = string, cidr_block = string, core_network_arn = string, destination_prefix_list_id = string, egress_only_gateway_id = string, gateway_id = string, ipv6_cidr_block = string, local_gateway_id = string, nat_gateway_id = string, network_interface_id = string, transit_gateway_id = string, vpc_endpoint_id = string, vpc_peering_connection_id = string}))`.
    pub fn route(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("route")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `vpc_id`: required; Terraform type `string`.
    pub fn vpc_id(&self) -> Expr<String> {
        self.0.attr("vpc_id")
    }
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
}
