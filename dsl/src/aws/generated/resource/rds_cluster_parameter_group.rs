//! `aws_rds_cluster_parameter_group` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster_parameter_group>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_rds_cluster_parameter_group`: required arguments in [`RdsClusterParameterGroup::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`RdsClusterParameterGroupRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster_parameter_group>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RdsClusterParameterGroup {
    body: Body,
}
impl RdsClusterParameterGroup {
    /// A new `RdsClusterParameterGroup` with the required arguments.
    /// - `family`: Terraform type `string`
    pub fn new(family: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("family", family);
        RdsClusterParameterGroup { body }
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
    /// Block `parameter` (set nesting, any number).
    ///
    /// Adds one block; see [`Parameter`].
    pub fn parameter(mut self, block: Parameter) -> Self {
        self.body.push_block("parameter", block.into_body());
        self
    }
}
impl Builder for RdsClusterParameterGroup {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `parameter` of resource `aws_rds_cluster_parameter_group`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Parameter {
    body: Body,
}
/// The required arguments of [`Parameter::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct ParameterArgs {
    /// `name`: Terraform type `string`
    pub name: Expr<String>,
    /// `value`: Terraform type `string`
    pub value: Expr<String>,
}
impl Parameter {
    /// A new `Parameter` with the required arguments, named in [`ParameterArgs`].
    pub fn new(args: ParameterArgs) -> Self {
        let ParameterArgs { name, value } = args;
        let mut body = Body::new();
        body.set_attr::<String>("name", name);
        body.set_attr::<String>("value", value);
        Parameter { body }
    }
    /// `apply_method`: optional; Terraform type `string`.
    pub fn apply_method(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("apply_method", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Parameter {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl RdsClusterParameterGroup {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_rds_cluster_parameter_group";
}
impl TypedSpec for RdsClusterParameterGroup {
    const TYPE: &'static str = "aws_rds_cluster_parameter_group";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for RdsClusterParameterGroup {
    type Handle = RdsClusterParameterGroupRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_rds_cluster_parameter_group"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for RdsClusterParameterGroup {}
/// A resource `aws_rds_cluster_parameter_group` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster_parameter_group>
#[derive(Debug, Clone)]
pub struct RdsClusterParameterGroupRef(NodeHandle);
impl From<NodeHandle> for RdsClusterParameterGroupRef {
    fn from(node: NodeHandle) -> Self {
        RdsClusterParameterGroupRef(node)
    }
}
impl std::ops::Deref for RdsClusterParameterGroupRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl RdsClusterParameterGroupRef {
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
    /// `family`: required; Terraform type `string`.
    pub fn family(&self) -> Expr<String> {
        self.0.attr("family")
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
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// Block `parameter` (set nesting, any number).
    pub fn parameter(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("parameter")
    }
}
