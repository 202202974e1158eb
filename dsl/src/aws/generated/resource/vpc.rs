//! `aws_vpc` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_vpc`: required arguments in [`Vpc::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`VpcRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Vpc {
    body: Body,
}
impl Vpc {
    /// A new `Vpc` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `assign_generated_ipv6_cidr_block`: optional; Terraform type `bool`.
    pub fn assign_generated_ipv6_cidr_block(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("assign_generated_ipv6_cidr_block", value);
        self
    }
    /// `cidr_block`: optional, computed; Terraform type `string`.
    pub fn cidr_block(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("cidr_block", value);
        self
    }
    /// `enable_dns_hostnames`: optional, computed; Terraform type `bool`.
    pub fn enable_dns_hostnames(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enable_dns_hostnames", value);
        self
    }
    /// `enable_dns_support`: optional; Terraform type `bool`.
    pub fn enable_dns_support(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enable_dns_support", value);
        self
    }
    /// `enable_network_address_usage_metrics`: optional, computed; Terraform type `bool`.
    pub fn enable_network_address_usage_metrics(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("enable_network_address_usage_metrics", value);
        self
    }
    /// `instance_tenancy`: optional; Terraform type `string`.
    pub fn instance_tenancy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("instance_tenancy", value);
        self
    }
    /// `ipv4_ipam_pool_id`: optional; Terraform type `string`.
    pub fn ipv4_ipam_pool_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("ipv4_ipam_pool_id", value);
        self
    }
    /// `ipv4_netmask_length`: optional; Terraform type `number`.
    pub fn ipv4_netmask_length(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("ipv4_netmask_length", value);
        self
    }
    /// `ipv6_cidr_block`: optional, computed; Terraform type `string`.
    pub fn ipv6_cidr_block(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("ipv6_cidr_block", value);
        self
    }
    /// `ipv6_cidr_block_network_border_group`: optional, computed; Terraform type `string`.
    pub fn ipv6_cidr_block_network_border_group(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("ipv6_cidr_block_network_border_group", value);
        self
    }
    /// `ipv6_ipam_pool_id`: optional; Terraform type `string`.
    pub fn ipv6_ipam_pool_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("ipv6_ipam_pool_id", value);
        self
    }
    /// `ipv6_netmask_length`: optional; Terraform type `number`.
    pub fn ipv6_netmask_length(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("ipv6_netmask_length", value);
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
}
impl Builder for Vpc {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl Vpc {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_vpc";
}
impl TypedSpec for Vpc {
    const TYPE: &'static str = "aws_vpc";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for Vpc {
    type Handle = VpcRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_vpc"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for Vpc {}
/// A resource `aws_vpc` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc>
#[derive(Debug, Clone)]
pub struct VpcRef(NodeHandle);
impl From<NodeHandle> for VpcRef {
    fn from(node: NodeHandle) -> Self {
        VpcRef(node)
    }
}
impl std::ops::Deref for VpcRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl VpcRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `assign_generated_ipv6_cidr_block`: optional; Terraform type `bool`.
    pub fn assign_generated_ipv6_cidr_block(&self) -> Expr<bool> {
        self.0.attr("assign_generated_ipv6_cidr_block")
    }
    /// `cidr_block`: optional, computed; Terraform type `string`.
    pub fn cidr_block(&self) -> Expr<String> {
        self.0.attr("cidr_block")
    }
    /// `default_network_acl_id`: computed; Terraform type `string`.
    pub fn default_network_acl_id(&self) -> Expr<String> {
        self.0.attr("default_network_acl_id")
    }
    /// `default_route_table_id`: computed; Terraform type `string`.
    pub fn default_route_table_id(&self) -> Expr<String> {
        self.0.attr("default_route_table_id")
    }
    /// `default_security_group_id`: computed; Terraform type `string`.
    pub fn default_security_group_id(&self) -> Expr<String> {
        self.0.attr("default_security_group_id")
    }
    /// `dhcp_options_id`: computed; Terraform type `string`.
    pub fn dhcp_options_id(&self) -> Expr<String> {
        self.0.attr("dhcp_options_id")
    }
    /// `enable_dns_hostnames`: optional, computed; Terraform type `bool`.
    pub fn enable_dns_hostnames(&self) -> Expr<bool> {
        self.0.attr("enable_dns_hostnames")
    }
    /// `enable_dns_support`: optional; Terraform type `bool`.
    pub fn enable_dns_support(&self) -> Expr<bool> {
        self.0.attr("enable_dns_support")
    }
    /// `enable_network_address_usage_metrics`: optional, computed; Terraform type `bool`.
    pub fn enable_network_address_usage_metrics(&self) -> Expr<bool> {
        self.0.attr("enable_network_address_usage_metrics")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `instance_tenancy`: optional; Terraform type `string`.
    pub fn instance_tenancy(&self) -> Expr<String> {
        self.0.attr("instance_tenancy")
    }
    /// `ipv4_ipam_pool_id`: optional; Terraform type `string`.
    pub fn ipv4_ipam_pool_id(&self) -> Expr<String> {
        self.0.attr("ipv4_ipam_pool_id")
    }
    /// `ipv4_netmask_length`: optional; Terraform type `number`.
    pub fn ipv4_netmask_length(&self) -> Expr<Number> {
        self.0.attr("ipv4_netmask_length")
    }
    /// `ipv6_association_id`: computed; Terraform type `string`.
    pub fn ipv6_association_id(&self) -> Expr<String> {
        self.0.attr("ipv6_association_id")
    }
    /// `ipv6_cidr_block`: optional, computed; Terraform type `string`.
    pub fn ipv6_cidr_block(&self) -> Expr<String> {
        self.0.attr("ipv6_cidr_block")
    }
    /// `ipv6_cidr_block_network_border_group`: optional, computed; Terraform type `string`.
    pub fn ipv6_cidr_block_network_border_group(&self) -> Expr<String> {
        self.0.attr("ipv6_cidr_block_network_border_group")
    }
    /// `ipv6_ipam_pool_id`: optional; Terraform type `string`.
    pub fn ipv6_ipam_pool_id(&self) -> Expr<String> {
        self.0.attr("ipv6_ipam_pool_id")
    }
    /// `ipv6_netmask_length`: optional; Terraform type `number`.
    pub fn ipv6_netmask_length(&self) -> Expr<Number> {
        self.0.attr("ipv6_netmask_length")
    }
    /// `main_route_table_id`: computed; Terraform type `string`.
    pub fn main_route_table_id(&self) -> Expr<String> {
        self.0.attr("main_route_table_id")
    }
    /// `owner_id`: computed; Terraform type `string`.
    pub fn owner_id(&self) -> Expr<String> {
        self.0.attr("owner_id")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
}
