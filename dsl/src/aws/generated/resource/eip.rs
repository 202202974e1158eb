//! `aws_eip` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eip>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_eip`: required arguments in [`Eip::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`EipRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eip>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Eip {
    body: Body,
}
impl Eip {
    /// A new `Eip` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `address`: optional; Terraform type `string`.
    pub fn address(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("address", value);
        self
    }
    /// `associate_with_private_ip`: optional; Terraform type `string`.
    pub fn associate_with_private_ip(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("associate_with_private_ip", value);
        self
    }
    /// `customer_owned_ipv4_pool`: optional; Terraform type `string`.
    pub fn customer_owned_ipv4_pool(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("customer_owned_ipv4_pool", value);
        self
    }
    /// `domain`: optional, computed; Terraform type `string`.
    pub fn domain(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("domain", value);
        self
    }
    /// `instance`: optional, computed; Terraform type `string`.
    pub fn instance(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("instance", value);
        self
    }
    /// `ipam_pool_id`: optional, computed; Terraform type `string`.
    pub fn ipam_pool_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("ipam_pool_id", value);
        self
    }
    /// `network_border_group`: optional, computed; Terraform type `string`.
    pub fn network_border_group(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("network_border_group", value);
        self
    }
    /// `network_interface`: optional, computed; Terraform type `string`.
    pub fn network_interface(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("network_interface", value);
        self
    }
    /// `public_ipv4_pool`: optional, computed; Terraform type `string`.
    pub fn public_ipv4_pool(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("public_ipv4_pool", value);
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
impl Builder for Eip {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_eip`.
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
    /// `delete`: optional; Terraform type `string`.
    pub fn delete(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("delete", value);
        self
    }
    /// `read`: optional; Terraform type `string`.
    pub fn read(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("read", value);
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
impl Eip {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_eip";
}
impl TypedSpec for Eip {
    const TYPE: &'static str = "aws_eip";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for Eip {
    type Handle = EipRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_eip"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for Eip {}
/// A resource `aws_eip` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eip>
#[derive(Debug, Clone)]
pub struct EipRef(NodeHandle);
impl From<NodeHandle> for EipRef {
    fn from(node: NodeHandle) -> Self {
        EipRef(node)
    }
}
impl std::ops::Deref for EipRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl EipRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `address`: optional; Terraform type `string`.
    pub fn address(&self) -> Expr<String> {
        self.0.attr("address")
    }
    /// `allocation_id`: computed; Terraform type `string`.
    pub fn allocation_id(&self) -> Expr<String> {
        self.0.attr("allocation_id")
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `associate_with_private_ip`: optional; Terraform type `string`.
    pub fn associate_with_private_ip(&self) -> Expr<String> {
        self.0.attr("associate_with_private_ip")
    }
    /// `association_id`: computed; Terraform type `string`.
    pub fn association_id(&self) -> Expr<String> {
        self.0.attr("association_id")
    }
    /// `carrier_ip`: computed; Terraform type `string`.
    pub fn carrier_ip(&self) -> Expr<String> {
        self.0.attr("carrier_ip")
    }
    /// `customer_owned_ip`: computed; Terraform type `string`.
    pub fn customer_owned_ip(&self) -> Expr<String> {
        self.0.attr("customer_owned_ip")
    }
    /// `customer_owned_ipv4_pool`: optional; Terraform type `string`.
    pub fn customer_owned_ipv4_pool(&self) -> Expr<String> {
        self.0.attr("customer_owned_ipv4_pool")
    }
    /// `domain`: optional, computed; Terraform type `string`.
    pub fn domain(&self) -> Expr<String> {
        self.0.attr("domain")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `instance`: optional, computed; Terraform type `string`.
    pub fn instance(&self) -> Expr<String> {
        self.0.attr("instance")
    }
    /// `ipam_pool_id`: optional, computed; Terraform type `string`.
    pub fn ipam_pool_id(&self) -> Expr<String> {
        self.0.attr("ipam_pool_id")
    }
    /// `network_border_group`: optional, computed; Terraform type `string`.
    pub fn network_border_group(&self) -> Expr<String> {
        self.0.attr("network_border_group")
    }
    /// `network_interface`: optional, computed; Terraform type `string`.
    pub fn network_interface(&self) -> Expr<String> {
        self.0.attr("network_interface")
    }
    /// `private_dns`: computed; Terraform type `string`.
    pub fn private_dns(&self) -> Expr<String> {
        self.0.attr("private_dns")
    }
    /// `private_ip`: computed; Terraform type `string`.
    pub fn private_ip(&self) -> Expr<String> {
        self.0.attr("private_ip")
    }
    /// `ptr_record`: computed; Terraform type `string`.
    pub fn ptr_record(&self) -> Expr<String> {
        self.0.attr("ptr_record")
    }
    /// `public_dns`: computed; Terraform type `string`.
    pub fn public_dns(&self) -> Expr<String> {
        self.0.attr("public_dns")
    }
    /// `public_ip`: computed; Terraform type `string`.
    pub fn public_ip(&self) -> Expr<String> {
        self.0.attr("public_ip")
    }
    /// `public_ipv4_pool`: optional, computed; Terraform type `string`.
    pub fn public_ipv4_pool(&self) -> Expr<String> {
        self.0.attr("public_ipv4_pool")
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
