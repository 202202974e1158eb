//! `aws_db_subnet_group` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_subnet_group>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_db_subnet_group`: required arguments in [`DbSubnetGroup::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`DbSubnetGroupRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_subnet_group>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct DbSubnetGroup {
    body: Body,
}
impl DbSubnetGroup {
    /// A new `DbSubnetGroup` with the required arguments.
    /// - `subnet_ids`: Terraform type `set(string)`
    pub fn new(subnet_ids: impl Into<Expr<Vec<String>>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Vec<String>>("subnet_ids", subnet_ids);
        DbSubnetGroup { body }
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("description", value);
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
impl Builder for DbSubnetGroup {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl DbSubnetGroup {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_db_subnet_group";
}
impl TypedSpec for DbSubnetGroup {
    const TYPE: &'static str = "aws_db_subnet_group";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for DbSubnetGroup {
    type Handle = DbSubnetGroupRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_db_subnet_group"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for DbSubnetGroup {}
/// A resource `aws_db_subnet_group` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_subnet_group>
#[derive(Debug, Clone)]
pub struct DbSubnetGroupRef(NodeHandle);
impl From<NodeHandle> for DbSubnetGroupRef {
    fn from(node: NodeHandle) -> Self {
        DbSubnetGroupRef(node)
    }
}
impl std::ops::Deref for DbSubnetGroupRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl DbSubnetGroupRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(&self) -> Expr<String> {
        self.0.attr("description")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `name`: optional, computed; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `name_prefix`: optional, computed; Terraform type `string`.
    pub fn name_prefix(&self) -> Expr<String> {
        self.0.attr("name_prefix")
    }
    /// `subnet_ids`: required; Terraform type `set(string)`.
    pub fn subnet_ids(&self) -> Expr<Vec<String>> {
        self.0.attr("subnet_ids")
    }
    /// `supported_network_types`: computed; Terraform type `set(string)`.
    pub fn supported_network_types(&self) -> Expr<Vec<String>> {
        self.0.attr("supported_network_types")
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
}
