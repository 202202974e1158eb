//! `aws_route53_record` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_record>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The resource `aws_route53_record`: required arguments in [`Route53Record::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`Route53RecordRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_record>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Route53Record {
    body: Body,
}
/// The required arguments of [`Route53Record::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct Route53RecordArgs {
    /// `name`: Terraform type `string`
    pub name: Expr<String>,
    /// `type`: Terraform type `string`
    pub r#type: Expr<String>,
    /// `zone_id`: Terraform type `string`
    pub zone_id: Expr<String>,
}
impl Route53Record {
    /// A new `Route53Record` with the required arguments, named in [`Route53RecordArgs`].
    pub fn new(args: Route53RecordArgs) -> Self {
        let Route53RecordArgs { name, r#type, zone_id } = args;
        let mut body = Body::new();
        body.set_attr::<String>("name", name);
        body.set_attr::<String>("type", r#type);
        body.set_attr::<String>("zone_id", zone_id);
        Route53Record { body }
    }
    /// `allow_overwrite`: optional, computed; Terraform type `bool`.
    pub fn allow_overwrite(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("allow_overwrite", value);
        self
    }
    /// `health_check_id`: optional; Terraform type `string`.
    pub fn health_check_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("health_check_id", value);
        self
    }
    /// `multivalue_answer_routing_policy`: optional; Terraform type `bool`.
    pub fn multivalue_answer_routing_policy(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("multivalue_answer_routing_policy", value);
        self
    }
    /// `records`: optional; Terraform type `set(string)`.
    pub fn records(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("records", value);
        self
    }
    /// `set_identifier`: optional; Terraform type `string`.
    pub fn set_identifier(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("set_identifier", value);
        self
    }
    /// `ttl`: optional; Terraform type `number`.
    pub fn ttl(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("ttl", value);
        self
    }
    /// Block `alias` (list nesting, at most 1).
    ///
    /// Sets block; see [`Alias`].
    pub fn alias(mut self, block: Alias) -> Self {
        self.body.set_block("alias", block.into_body());
        self
    }
    /// Block `cidr_routing_policy` (list nesting, at most 1).
    ///
    /// Sets block; see [`CidrRoutingPolicy`].
    pub fn cidr_routing_policy(mut self, block: CidrRoutingPolicy) -> Self {
        self.body.set_block("cidr_routing_policy", block.into_body());
        self
    }
    /// Block `failover_routing_policy` (list nesting, at most 1).
    ///
    /// Sets block; see [`FailoverRoutingPolicy`].
    pub fn failover_routing_policy(mut self, block: FailoverRoutingPolicy) -> Self {
        self.body.set_block("failover_routing_policy", block.into_body());
        self
    }
    /// Block `geolocation_routing_policy` (list nesting, at most 1).
    ///
    /// Sets block; see [`GeolocationRoutingPolicy`].
    pub fn geolocation_routing_policy(
        mut self,
        block: GeolocationRoutingPolicy,
    ) -> Self {
        self.body.set_block("geolocation_routing_policy", block.into_body());
        self
    }
    /// Block `geoproximity_routing_policy` (list nesting, at most 1).
    ///
    /// Sets block; see [`GeoproximityRoutingPolicy`].
    pub fn geoproximity_routing_policy(
        mut self,
        block: GeoproximityRoutingPolicy,
    ) -> Self {
        self.body.set_block("geoproximity_routing_policy", block.into_body());
        self
    }
    /// Block `latency_routing_policy` (list nesting, at most 1).
    ///
    /// Sets block; see [`LatencyRoutingPolicy`].
    pub fn latency_routing_policy(mut self, block: LatencyRoutingPolicy) -> Self {
        self.body.set_block("latency_routing_policy", block.into_body());
        self
    }
    /// Block `timeouts` (single nesting, any number).
    ///
    /// Sets block; see [`Timeouts`].
    pub fn timeouts(mut self, block: Timeouts) -> Self {
        self.body.set_block("timeouts", block.into_body());
        self
    }
    /// Block `weighted_routing_policy` (list nesting, at most 1).
    ///
    /// Sets block; see [`WeightedRoutingPolicy`].
    pub fn weighted_routing_policy(mut self, block: WeightedRoutingPolicy) -> Self {
        self.body.set_block("weighted_routing_policy", block.into_body());
        self
    }
}
impl Builder for Route53Record {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `alias` of resource `aws_route53_record`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Alias {
    body: Body,
}
/// The required arguments of [`Alias::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct AliasArgs {
    /// `evaluate_target_health`: Terraform type `bool`
    pub evaluate_target_health: Expr<bool>,
    /// `name`: Terraform type `string`
    pub name: Expr<String>,
    /// `zone_id`: Terraform type `string`
    pub zone_id: Expr<String>,
}
impl Alias {
    /// A new `Alias` with the required arguments, named in [`AliasArgs`].
    pub fn new(args: AliasArgs) -> Self {
        let AliasArgs { evaluate_target_health, name, zone_id } = args;
        let mut body = Body::new();
        body.set_attr::<bool>("evaluate_target_health", evaluate_target_health);
        body.set_attr::<String>("name", name);
        body.set_attr::<String>("zone_id", zone_id);
        Alias { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Alias {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `cidr_routing_policy` of resource `aws_route53_record`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct CidrRoutingPolicy {
    body: Body,
}
/// The required arguments of [`CidrRoutingPolicy::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct CidrRoutingPolicyArgs {
    /// `collection_id`: Terraform type `string`
    pub collection_id: Expr<String>,
    /// `location_name`: Terraform type `string`
    pub location_name: Expr<String>,
}
impl CidrRoutingPolicy {
    /// A new `CidrRoutingPolicy` with the required arguments, named in [`CidrRoutingPolicyArgs`].
    pub fn new(args: CidrRoutingPolicyArgs) -> Self {
        let CidrRoutingPolicyArgs { collection_id, location_name } = args;
        let mut body = Body::new();
        body.set_attr::<String>("collection_id", collection_id);
        body.set_attr::<String>("location_name", location_name);
        CidrRoutingPolicy { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for CidrRoutingPolicy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `failover_routing_policy` of resource `aws_route53_record`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct FailoverRoutingPolicy {
    body: Body,
}
impl FailoverRoutingPolicy {
    /// A new `FailoverRoutingPolicy` with the required arguments.
    /// - `type`: Terraform type `string`, one of [`FailoverType`](enums::FailoverType)
    pub fn new(r#type: impl Into<Expr<enums::FailoverType>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<enums::FailoverType>("type", r#type);
        FailoverRoutingPolicy { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for FailoverRoutingPolicy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `geolocation_routing_policy` of resource `aws_route53_record`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct GeolocationRoutingPolicy {
    body: Body,
}
impl GeolocationRoutingPolicy {
    /// A new `GeolocationRoutingPolicy` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `continent`: optional; Terraform type `string`.
    pub fn continent(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("continent", value);
        self
    }
    /// `country`: optional; Terraform type `string`.
    pub fn country(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("country", value);
        self
    }
    /// `subdivision`: optional; Terraform type `string`.
    pub fn subdivision(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("subdivision", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for GeolocationRoutingPolicy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `geoproximity_routing_policy` of resource `aws_route53_record`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct GeoproximityRoutingPolicy {
    body: Body,
}
impl GeoproximityRoutingPolicy {
    /// A new `GeoproximityRoutingPolicy` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `aws_region`: optional; Terraform type `string`.
    pub fn aws_region(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("aws_region", value);
        self
    }
    /// `bias`: optional; Terraform type `number`.
    pub fn bias(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("bias", value);
        self
    }
    /// `local_zone_group`: optional; Terraform type `string`.
    pub fn local_zone_group(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("local_zone_group", value);
        self
    }
    /// Block `coordinates` (set nesting, any number).
    ///
    /// Adds one block; see [`GeoproximityRoutingPolicyCoordinates`].
    pub fn coordinates(mut self, block: GeoproximityRoutingPolicyCoordinates) -> Self {
        self.body.push_block("coordinates", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for GeoproximityRoutingPolicy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `coordinates` of resource `aws_route53_record`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct GeoproximityRoutingPolicyCoordinates {
    body: Body,
}
/// The required arguments of [`GeoproximityRoutingPolicyCoordinates::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct GeoproximityRoutingPolicyCoordinatesArgs {
    /// `latitude`: Terraform type `string`
    pub latitude: Expr<String>,
    /// `longitude`: Terraform type `string`
    pub longitude: Expr<String>,
}
impl GeoproximityRoutingPolicyCoordinates {
    /// A new `GeoproximityRoutingPolicyCoordinates` with the required arguments, named in [`GeoproximityRoutingPolicyCoordinatesArgs`].
    pub fn new(args: GeoproximityRoutingPolicyCoordinatesArgs) -> Self {
        let GeoproximityRoutingPolicyCoordinatesArgs { latitude, longitude } = args;
        let mut body = Body::new();
        body.set_attr::<String>("latitude", latitude);
        body.set_attr::<String>("longitude", longitude);
        GeoproximityRoutingPolicyCoordinates {
            body,
        }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for GeoproximityRoutingPolicyCoordinates {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `latency_routing_policy` of resource `aws_route53_record`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct LatencyRoutingPolicy {
    body: Body,
}
impl LatencyRoutingPolicy {
    /// A new `LatencyRoutingPolicy` with the required arguments.
    /// - `region`: Terraform type `string`
    pub fn new(region: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("region", region);
        LatencyRoutingPolicy { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for LatencyRoutingPolicy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_route53_record`.
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
/// Block `weighted_routing_policy` of resource `aws_route53_record`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct WeightedRoutingPolicy {
    body: Body,
}
impl WeightedRoutingPolicy {
    /// A new `WeightedRoutingPolicy` with the required arguments.
    /// - `weight`: Terraform type `number`
    pub fn new(weight: impl Into<Expr<Number>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Number>("weight", weight);
        WeightedRoutingPolicy { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for WeightedRoutingPolicy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl Route53Record {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_route53_record";
}
impl TypedSpec for Route53Record {
    const TYPE: &'static str = "aws_route53_record";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for Route53Record {
    type Handle = Route53RecordRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_route53_record"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_route53_record` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_record>
#[derive(Debug, Clone)]
pub struct Route53RecordRef(NodeHandle);
impl From<NodeHandle> for Route53RecordRef {
    fn from(node: NodeHandle) -> Self {
        Route53RecordRef(node)
    }
}
impl std::ops::Deref for Route53RecordRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl Route53RecordRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `allow_overwrite`: optional, computed; Terraform type `bool`.
    pub fn allow_overwrite(&self) -> Expr<bool> {
        self.0.attr("allow_overwrite")
    }
    /// `fqdn`: computed; Terraform type `string`.
    pub fn fqdn(&self) -> Expr<String> {
        self.0.attr("fqdn")
    }
    /// `health_check_id`: optional; Terraform type `string`.
    pub fn health_check_id(&self) -> Expr<String> {
        self.0.attr("health_check_id")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `multivalue_answer_routing_policy`: optional; Terraform type `bool`.
    pub fn multivalue_answer_routing_policy(&self) -> Expr<bool> {
        self.0.attr("multivalue_answer_routing_policy")
    }
    /// `name`: required; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `records`: optional; Terraform type `set(string)`.
    pub fn records(&self) -> Expr<Vec<String>> {
        self.0.attr("records")
    }
    /// `set_identifier`: optional; Terraform type `string`.
    pub fn set_identifier(&self) -> Expr<String> {
        self.0.attr("set_identifier")
    }
    /// `ttl`: optional; Terraform type `number`.
    pub fn ttl(&self) -> Expr<Number> {
        self.0.attr("ttl")
    }
    /// `type`: required; Terraform type `string`.
    pub fn r#type(&self) -> Expr<String> {
        self.0.attr("type")
    }
    /// `zone_id`: required; Terraform type `string`.
    pub fn zone_id(&self) -> Expr<String> {
        self.0.attr("zone_id")
    }
    /// Block `alias` (list nesting, at most 1).
    pub fn alias(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("alias")
    }
    /// Block `cidr_routing_policy` (list nesting, at most 1).
    pub fn cidr_routing_policy(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("cidr_routing_policy")
    }
    /// Block `failover_routing_policy` (list nesting, at most 1).
    pub fn failover_routing_policy(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("failover_routing_policy")
    }
    /// Block `geolocation_routing_policy` (list nesting, at most 1).
    pub fn geolocation_routing_policy(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("geolocation_routing_policy")
    }
    /// Block `geoproximity_routing_policy` (list nesting, at most 1).
    pub fn geoproximity_routing_policy(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("geoproximity_routing_policy")
    }
    /// Block `latency_routing_policy` (list nesting, at most 1).
    pub fn latency_routing_policy(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("latency_routing_policy")
    }
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
    /// Block `weighted_routing_policy` (list nesting, at most 1).
    pub fn weighted_routing_policy(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("weighted_routing_policy")
    }
}
