//! `aws_route_table_association` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route_table_association>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_route_table_association`: required arguments in [`RouteTableAssociation::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`RouteTableAssociationRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route_table_association>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RouteTableAssociation {
    body: Body,
}
impl RouteTableAssociation {
    /// A new `RouteTableAssociation` with the required arguments.
    /// - `route_table_id`: Terraform type `string`
    pub fn new(route_table_id: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("route_table_id", route_table_id);
        RouteTableAssociation { body }
    }
    /// `gateway_id`: optional; Terraform type `string`.
    pub fn gateway_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("gateway_id", value);
        self
    }
    /// `subnet_id`: optional; Terraform type `string`.
    pub fn subnet_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("subnet_id", value);
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
impl Builder for RouteTableAssociation {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_route_table_association`.
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
impl RouteTableAssociation {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_route_table_association";
}
impl TypedSpec for RouteTableAssociation {
    const TYPE: &'static str = "aws_route_table_association";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for RouteTableAssociation {
    type Handle = RouteTableAssociationRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_route_table_association"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_route_table_association` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route_table_association>
#[derive(Debug, Clone)]
pub struct RouteTableAssociationRef(NodeHandle);
impl From<NodeHandle> for RouteTableAssociationRef {
    fn from(node: NodeHandle) -> Self {
        RouteTableAssociationRef(node)
    }
}
impl std::ops::Deref for RouteTableAssociationRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl RouteTableAssociationRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `gateway_id`: optional; Terraform type `string`.
    pub fn gateway_id(&self) -> Expr<String> {
        self.0.attr("gateway_id")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `route_table_id`: required; Terraform type `string`.
    pub fn route_table_id(&self) -> Expr<String> {
        self.0.attr("route_table_id")
    }
    /// `subnet_id`: optional; Terraform type `string`.
    pub fn subnet_id(&self) -> Expr<String> {
        self.0.attr("subnet_id")
    }
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
}
