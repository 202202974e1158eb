//! `aws_availability_zones` (data): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/availability_zones>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The data `aws_availability_zones`: required arguments in [`AvailabilityZones::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`AvailabilityZonesRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/availability_zones>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct AvailabilityZones {
    body: Body,
}
impl AvailabilityZones {
    /// A new `AvailabilityZones` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `all_availability_zones`: optional; Terraform type `bool`.
    pub fn all_availability_zones(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("all_availability_zones", value);
        self
    }
    /// `exclude_names`: optional; Terraform type `set(string)`.
    pub fn exclude_names(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("exclude_names", value);
        self
    }
    /// `exclude_zone_ids`: optional; Terraform type `set(string)`.
    pub fn exclude_zone_ids(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("exclude_zone_ids", value);
        self
    }
    /// `state`: optional; Terraform type `string`, one of [`AvailabilityZoneState`](enums::AvailabilityZoneState).
    pub fn state(
        mut self,
        value: impl Into<Expr<enums::AvailabilityZoneState>>,
    ) -> Self {
        self.body.set_attr::<enums::AvailabilityZoneState>("state", value);
        self
    }
    /// Block `filter` (set nesting, any number).
    ///
    /// Adds one block; see [`Filter`].
    pub fn filter(mut self, block: Filter) -> Self {
        self.body.push_block("filter", block.into_body());
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
impl Builder for AvailabilityZones {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `filter` of data `aws_availability_zones`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Filter {
    body: Body,
}
impl Filter {
    /// A new `Filter` with the required arguments.
    /// - `name`: Terraform type `string`
    /// - `values`: Terraform type `set(string)`
    pub fn new(
        name: impl Into<Expr<String>>,
        values: impl Into<Expr<Vec<String>>>,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("name", name);
        body.set_attr::<Vec<String>>("values", values);
        Filter { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Filter {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of data `aws_availability_zones`.
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
    /// `read`: optional; Terraform type `string`.
    pub fn read(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("read", value);
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
impl AvailabilityZones {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_availability_zones";
}
impl TypedSpec for AvailabilityZones {
    const TYPE: &'static str = "aws_availability_zones";
    const KIND: ElementKind = ElementKind::Data;
}
impl Spec for AvailabilityZones {
    type Handle = AvailabilityZonesRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Data
    }
    fn type_name(&self) -> &str {
        "aws_availability_zones"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A data `aws_availability_zones` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/availability_zones>
#[derive(Debug, Clone)]
pub struct AvailabilityZonesRef(NodeHandle);
impl From<NodeHandle> for AvailabilityZonesRef {
    fn from(node: NodeHandle) -> Self {
        AvailabilityZonesRef(node)
    }
}
impl std::ops::Deref for AvailabilityZonesRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl AvailabilityZonesRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `all_availability_zones`: optional; Terraform type `bool`.
    pub fn all_availability_zones(&self) -> Expr<bool> {
        self.0.attr("all_availability_zones")
    }
    /// `exclude_names`: optional; Terraform type `set(string)`.
    pub fn exclude_names(&self) -> Expr<Vec<String>> {
        self.0.attr("exclude_names")
    }
    /// `exclude_zone_ids`: optional; Terraform type `set(string)`.
    pub fn exclude_zone_ids(&self) -> Expr<Vec<String>> {
        self.0.attr("exclude_zone_ids")
    }
    /// `group_names`: computed; Terraform type `set(string)`.
    pub fn group_names(&self) -> Expr<Vec<String>> {
        self.0.attr("group_names")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `names`: computed; Terraform type `list(string)`.
    pub fn names(&self) -> Expr<Vec<String>> {
        self.0.attr("names")
    }
    /// `state`: optional; Terraform type `string`, one of [`AvailabilityZoneState`](enums::AvailabilityZoneState).
    pub fn state(&self) -> Expr<enums::AvailabilityZoneState> {
        self.0.attr("state")
    }
    /// `zone_ids`: computed; Terraform type `list(string)`.
    pub fn zone_ids(&self) -> Expr<Vec<String>> {
        self.0.attr("zone_ids")
    }
    /// Block `filter` (set nesting, any number).
    pub fn filter(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("filter")
    }
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
}
