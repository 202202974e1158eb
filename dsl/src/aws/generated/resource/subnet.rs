//! `aws_subnet` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/subnet>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_subnet`: required arguments in [`Subnet::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`SubnetRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/subnet>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Subnet {
    body: Body,
}
impl Subnet {
    /// A new `Subnet` with the required arguments.
    /// - `vpc_id`: Terraform type `string`
    pub fn new(vpc_id: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("vpc_id", vpc_id);
        Subnet { body }
    }
    /// `assign_ipv6_address_on_creation`: optional; Terraform type `bool`.
    pub fn assign_ipv6_address_on_creation(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("assign_ipv6_address_on_creation", value);
        self
    }
    /// `availability_zone`: optional, computed; Terraform type `string`.
    pub fn availability_zone(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("availability_zone", value);
        self
    }
    /// `availability_zone_id`: optional, computed; Terraform type `string`.
    pub fn availability_zone_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("availability_zone_id", value);
        self
    }
    /// `cidr_block`: optional; Terraform type `string`.
    pub fn cidr_block(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("cidr_block", value);
        self
    }
    /// `customer_owned_ipv4_pool`: optional; Terraform type `string`.
    pub fn customer_owned_ipv4_pool(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("customer_owned_ipv4_pool", value);
        self
    }
    /// `enable_dns64`: optional; Terraform type `bool`.
    pub fn enable_dns64(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enable_dns64", value);
        self
    }
    /// `enable_lni_at_device_index`: optional; Terraform type `number`.
    pub fn enable_lni_at_device_index(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("enable_lni_at_device_index", value);
        self
    }
    /// `enable_resource_name_dns_a_record_on_launch`: optional; Terraform type `bool`.
    pub fn enable_resource_name_dns_a_record_on_launch(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("enable_resource_name_dns_a_record_on_launch", value);
        self
    }
    /// `enable_resource_name_dns_aaaa_record_on_launch`: optional; Terraform type `bool`.
    pub fn enable_resource_name_dns_aaaa_record_on_launch(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body
            .set_attr::<bool>("enable_resource_name_dns_aaaa_record_on_launch", value);
        self
    }
    /// `ipv6_cidr_block`: optional; Terraform type `string`.
    pub fn ipv6_cidr_block(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("ipv6_cidr_block", value);
        self
    }
    /// `ipv6_native`: optional; Terraform type `bool`.
    pub fn ipv6_native(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("ipv6_native", value);
        self
    }
    /// `map_customer_owned_ip_on_launch`: optional; Terraform type `bool`.
    pub fn map_customer_owned_ip_on_launch(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("map_customer_owned_ip_on_launch", value);
        self
    }
    /// `map_public_ip_on_launch`: optional; Terraform type `bool`.
    pub fn map_public_ip_on_launch(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("map_public_ip_on_launch", value);
        self
    }
    /// `outpost_arn`: optional; Terraform type `string`.
    pub fn outpost_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("outpost_arn", value);
        self
    }
    /// `private_dns_hostname_type_on_launch`: optional, computed; Terraform type `string`.
    pub fn private_dns_hostname_type_on_launch(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("private_dns_hostname_type_on_launch", value);
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
impl Builder for Subnet {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_subnet`.
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
impl Subnet {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_subnet";
}
impl TypedSpec for Subnet {
    const TYPE: &'static str = "aws_subnet";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for Subnet {
    type Handle = SubnetRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_subnet"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for Subnet {}
/// A resource `aws_subnet` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/subnet>
#[derive(Debug, Clone)]
pub struct SubnetRef(NodeHandle);
impl From<NodeHandle> for SubnetRef {
    fn from(node: NodeHandle) -> Self {
        SubnetRef(node)
    }
}
impl std::ops::Deref for SubnetRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl SubnetRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `assign_ipv6_address_on_creation`: optional; Terraform type `bool`.
    pub fn assign_ipv6_address_on_creation(&self) -> Expr<bool> {
        self.0.attr("assign_ipv6_address_on_creation")
    }
    /// `availability_zone`: optional, computed; Terraform type `string`.
    pub fn availability_zone(&self) -> Expr<String> {
        self.0.attr("availability_zone")
    }
    /// `availability_zone_id`: optional, computed; Terraform type `string`.
    pub fn availability_zone_id(&self) -> Expr<String> {
        self.0.attr("availability_zone_id")
    }
    /// `cidr_block`: optional; Terraform type `string`.
    pub fn cidr_block(&self) -> Expr<String> {
        self.0.attr("cidr_block")
    }
    /// `customer_owned_ipv4_pool`: optional; Terraform type `string`.
    pub fn customer_owned_ipv4_pool(&self) -> Expr<String> {
        self.0.attr("customer_owned_ipv4_pool")
    }
    /// `enable_dns64`: optional; Terraform type `bool`.
    pub fn enable_dns64(&self) -> Expr<bool> {
        self.0.attr("enable_dns64")
    }
    /// `enable_lni_at_device_index`: optional; Terraform type `number`.
    pub fn enable_lni_at_device_index(&self) -> Expr<Number> {
        self.0.attr("enable_lni_at_device_index")
    }
    /// `enable_resource_name_dns_a_record_on_launch`: optional; Terraform type `bool`.
    pub fn enable_resource_name_dns_a_record_on_launch(&self) -> Expr<bool> {
        self.0.attr("enable_resource_name_dns_a_record_on_launch")
    }
    /// `enable_resource_name_dns_aaaa_record_on_launch`: optional; Terraform type `bool`.
    pub fn enable_resource_name_dns_aaaa_record_on_launch(&self) -> Expr<bool> {
        self.0.attr("enable_resource_name_dns_aaaa_record_on_launch")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `ipv6_cidr_block`: optional; Terraform type `string`.
    pub fn ipv6_cidr_block(&self) -> Expr<String> {
        self.0.attr("ipv6_cidr_block")
    }
    /// `ipv6_cidr_block_association_id`: computed; Terraform type `string`.
    pub fn ipv6_cidr_block_association_id(&self) -> Expr<String> {
        self.0.attr("ipv6_cidr_block_association_id")
    }
    /// `ipv6_native`: optional; Terraform type `bool`.
    pub fn ipv6_native(&self) -> Expr<bool> {
        self.0.attr("ipv6_native")
    }
    /// `map_customer_owned_ip_on_launch`: optional; Terraform type `bool`.
    pub fn map_customer_owned_ip_on_launch(&self) -> Expr<bool> {
        self.0.attr("map_customer_owned_ip_on_launch")
    }
    /// `map_public_ip_on_launch`: optional; Terraform type `bool`.
    pub fn map_public_ip_on_launch(&self) -> Expr<bool> {
        self.0.attr("map_public_ip_on_launch")
    }
    /// `outpost_arn`: optional; Terraform type `string`.
    pub fn outpost_arn(&self) -> Expr<String> {
        self.0.attr("outpost_arn")
    }
    /// `owner_id`: computed; Terraform type `string`.
    pub fn owner_id(&self) -> Expr<String> {
        self.0.attr("owner_id")
    }
    /// `private_dns_hostname_type_on_launch`: optional, computed; Terraform type `string`.
    pub fn private_dns_hostname_type_on_launch(&self) -> Expr<String> {
        self.0.attr("private_dns_hostname_type_on_launch")
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
