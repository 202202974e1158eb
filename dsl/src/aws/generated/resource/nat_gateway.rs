//! `aws_nat_gateway` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/nat_gateway>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_nat_gateway`: required arguments in [`NatGateway::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`NatGatewayRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/nat_gateway>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct NatGateway {
    body: Body,
}
impl NatGateway {
    /// A new `NatGateway` with the required arguments.
    /// - `subnet_id`: Terraform type `string`
    pub fn new(subnet_id: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("subnet_id", subnet_id);
        NatGateway { body }
    }
    /// `allocation_id`: optional; Terraform type `string`.
    pub fn allocation_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("allocation_id", value);
        self
    }
    /// `connectivity_type`: optional; Terraform type `string`.
    pub fn connectivity_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("connectivity_type", value);
        self
    }
    /// `private_ip`: optional, computed; Terraform type `string`.
    pub fn private_ip(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("private_ip", value);
        self
    }
    /// `secondary_allocation_ids`: optional, computed; Terraform type `set(string)`.
    pub fn secondary_allocation_ids(
        mut self,
        value: impl Into<Expr<Vec<String>>>,
    ) -> Self {
        self.body.set_attr::<Vec<String>>("secondary_allocation_ids", value);
        self
    }
    /// `secondary_private_ip_address_count`: optional, computed; Terraform type `number`.
    pub fn secondary_private_ip_address_count(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body.set_attr::<Number>("secondary_private_ip_address_count", value);
        self
    }
    /// `secondary_private_ip_addresses`: optional, computed; Terraform type `set(string)`.
    pub fn secondary_private_ip_addresses(
        mut self,
        value: impl Into<Expr<Vec<String>>>,
    ) -> Self {
        self.body.set_attr::<Vec<String>>("secondary_private_ip_addresses", value);
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
impl Builder for NatGateway {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_nat_gateway`.
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
impl NatGateway {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_nat_gateway";
}
impl TypedSpec for NatGateway {
    const TYPE: &'static str = "aws_nat_gateway";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for NatGateway {
    type Handle = NatGatewayRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_nat_gateway"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for NatGateway {}
/// A resource `aws_nat_gateway` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/nat_gateway>
#[derive(Debug, Clone)]
pub struct NatGatewayRef(NodeHandle);
impl From<NodeHandle> for NatGatewayRef {
    fn from(node: NodeHandle) -> Self {
        NatGatewayRef(node)
    }
}
impl std::ops::Deref for NatGatewayRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl NatGatewayRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `allocation_id`: optional; Terraform type `string`.
    pub fn allocation_id(&self) -> Expr<String> {
        self.0.attr("allocation_id")
    }
    /// `association_id`: computed; Terraform type `string`.
    pub fn association_id(&self) -> Expr<String> {
        self.0.attr("association_id")
    }
    /// `connectivity_type`: optional; Terraform type `string`.
    pub fn connectivity_type(&self) -> Expr<String> {
        self.0.attr("connectivity_type")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `network_interface_id`: computed; Terraform type `string`.
    pub fn network_interface_id(&self) -> Expr<String> {
        self.0.attr("network_interface_id")
    }
    /// `private_ip`: optional, computed; Terraform type `string`.
    pub fn private_ip(&self) -> Expr<String> {
        self.0.attr("private_ip")
    }
    /// `public_ip`: computed; Terraform type `string`.
    pub fn public_ip(&self) -> Expr<String> {
        self.0.attr("public_ip")
    }
    /// `secondary_allocation_ids`: optional, computed; Terraform type `set(string)`.
    pub fn secondary_allocation_ids(&self) -> Expr<Vec<String>> {
        self.0.attr("secondary_allocation_ids")
    }
    /// `secondary_private_ip_address_count`: optional, computed; Terraform type `number`.
    pub fn secondary_private_ip_address_count(&self) -> Expr<Number> {
        self.0.attr("secondary_private_ip_address_count")
    }
    /// `secondary_private_ip_addresses`: optional, computed; Terraform type `set(string)`.
    pub fn secondary_private_ip_addresses(&self) -> Expr<Vec<String>> {
        self.0.attr("secondary_private_ip_addresses")
    }
    /// `subnet_id`: required; Terraform type `string`.
    pub fn subnet_id(&self) -> Expr<String> {
        self.0.attr("subnet_id")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
}
