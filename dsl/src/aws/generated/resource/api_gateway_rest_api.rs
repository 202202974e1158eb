//! `aws_api_gateway_rest_api` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_rest_api>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_api_gateway_rest_api`: required arguments in [`ApiGatewayRestApi::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`ApiGatewayRestApiRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_rest_api>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ApiGatewayRestApi {
    body: Body,
}
impl ApiGatewayRestApi {
    /// A new `ApiGatewayRestApi` with the required arguments.
    /// - `name`: Terraform type `string`
    pub fn new(name: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("name", name);
        ApiGatewayRestApi { body }
    }
    /// `api_key_source`: optional, computed; Terraform type `string`.
    pub fn api_key_source(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("api_key_source", value);
        self
    }
    /// `binary_media_types`: optional, computed; Terraform type `list(string)`.
    pub fn binary_media_types(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("binary_media_types", value);
        self
    }
    /// `body`: optional; Terraform type `string`.
    pub fn body(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("body", value);
        self
    }
    /// `description`: optional, computed; Terraform type `string`.
    pub fn description(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("description", value);
        self
    }
    /// `disable_execute_api_endpoint`: optional, computed; Terraform type `bool`.
    pub fn disable_execute_api_endpoint(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("disable_execute_api_endpoint", value);
        self
    }
    /// `fail_on_warnings`: optional; Terraform type `bool`.
    pub fn fail_on_warnings(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("fail_on_warnings", value);
        self
    }
    /// `minimum_compression_size`: optional, computed; Terraform type `string`.
    pub fn minimum_compression_size(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("minimum_compression_size", value);
        self
    }
    /// `parameters`: optional; Terraform type `map(string)`.
    pub fn parameters(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("parameters", value);
        self
    }
    /// `policy`: optional, computed; Terraform type `string`.
    pub fn policy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("policy", value);
        self
    }
    /// `put_rest_api_mode`: optional; Terraform type `string`.
    pub fn put_rest_api_mode(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("put_rest_api_mode", value);
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
    /// Block `endpoint_configuration` (list nesting, at most 1).
    ///
    /// Sets block; see [`EndpointConfiguration`].
    pub fn endpoint_configuration(mut self, block: EndpointConfiguration) -> Self {
        self.body.set_block("endpoint_configuration", block.into_body());
        self
    }
}
impl Builder for ApiGatewayRestApi {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `endpoint_configuration` of resource `aws_api_gateway_rest_api`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct EndpointConfiguration {
    body: Body,
}
impl EndpointConfiguration {
    /// A new `EndpointConfiguration` with the required arguments.
    /// - `types`: Terraform type `list(string)`
    pub fn new(types: impl Into<Expr<Vec<String>>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Vec<String>>("types", types);
        EndpointConfiguration { body }
    }
    /// `ip_address_type`: optional, computed; Terraform type `string`.
    pub fn ip_address_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("ip_address_type", value);
        self
    }
    /// `vpc_endpoint_ids`: optional, computed; Terraform type `set(string)`.
    pub fn vpc_endpoint_ids(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("vpc_endpoint_ids", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for EndpointConfiguration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl ApiGatewayRestApi {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_api_gateway_rest_api";
}
impl TypedSpec for ApiGatewayRestApi {
    const TYPE: &'static str = "aws_api_gateway_rest_api";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for ApiGatewayRestApi {
    type Handle = ApiGatewayRestApiRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_api_gateway_rest_api"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for ApiGatewayRestApi {}
/// A resource `aws_api_gateway_rest_api` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_rest_api>
#[derive(Debug, Clone)]
pub struct ApiGatewayRestApiRef(NodeHandle);
impl From<NodeHandle> for ApiGatewayRestApiRef {
    fn from(node: NodeHandle) -> Self {
        ApiGatewayRestApiRef(node)
    }
}
impl std::ops::Deref for ApiGatewayRestApiRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl ApiGatewayRestApiRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `api_key_source`: optional, computed; Terraform type `string`.
    pub fn api_key_source(&self) -> Expr<String> {
        self.0.attr("api_key_source")
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `binary_media_types`: optional, computed; Terraform type `list(string)`.
    pub fn binary_media_types(&self) -> Expr<Vec<String>> {
        self.0.attr("binary_media_types")
    }
    /// `body`: optional; Terraform type `string`.
    pub fn body(&self) -> Expr<String> {
        self.0.attr("body")
    }
    /// `created_date`: computed; Terraform type `string`.
    pub fn created_date(&self) -> Expr<String> {
        self.0.attr("created_date")
    }
    /// `description`: optional, computed; Terraform type `string`.
    pub fn description(&self) -> Expr<String> {
        self.0.attr("description")
    }
    /// `disable_execute_api_endpoint`: optional, computed; Terraform type `bool`.
    pub fn disable_execute_api_endpoint(&self) -> Expr<bool> {
        self.0.attr("disable_execute_api_endpoint")
    }
    /// `execution_arn`: computed; Terraform type `string`.
    pub fn execution_arn(&self) -> Expr<String> {
        self.0.attr("execution_arn")
    }
    /// `fail_on_warnings`: optional; Terraform type `bool`.
    pub fn fail_on_warnings(&self) -> Expr<bool> {
        self.0.attr("fail_on_warnings")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `minimum_compression_size`: optional, computed; Terraform type `string`.
    pub fn minimum_compression_size(&self) -> Expr<String> {
        self.0.attr("minimum_compression_size")
    }
    /// `name`: required; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `parameters`: optional; Terraform type `map(string)`.
    pub fn parameters(&self) -> Expr<Map<String>> {
        self.0.attr("parameters")
    }
    /// `policy`: optional, computed; Terraform type `string`.
    pub fn policy(&self) -> Expr<String> {
        self.0.attr("policy")
    }
    /// `put_rest_api_mode`: optional; Terraform type `string`.
    pub fn put_rest_api_mode(&self) -> Expr<String> {
        self.0.attr("put_rest_api_mode")
    }
    /// `root_resource_id`: computed; Terraform type `string`.
    pub fn root_resource_id(&self) -> Expr<String> {
        self.0.attr("root_resource_id")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// Block `endpoint_configuration` (list nesting, at most 1).
    pub fn endpoint_configuration(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("endpoint_configuration")
    }
}
