//! `aws_api_gateway_integration` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_integration>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The resource `aws_api_gateway_integration`: required arguments in [`ApiGatewayIntegration::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`ApiGatewayIntegrationRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_integration>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ApiGatewayIntegration {
    body: Body,
}
/// The required arguments of [`ApiGatewayIntegration::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiGatewayIntegrationArgs {
    /// `http_method`: Terraform type `string`, one of [`ApiHttpMethod`](enums::ApiHttpMethod)
    pub http_method: Expr<enums::ApiHttpMethod>,
    /// `resource_id`: Terraform type `string`
    pub resource_id: Expr<String>,
    /// `rest_api_id`: Terraform type `string`
    pub rest_api_id: Expr<String>,
    /// `type`: Terraform type `string`, one of [`ApiIntegrationType`](enums::ApiIntegrationType)
    pub r#type: Expr<enums::ApiIntegrationType>,
}
impl ApiGatewayIntegration {
    /// A new `ApiGatewayIntegration` with the required arguments, named in [`ApiGatewayIntegrationArgs`].
    pub fn new(args: ApiGatewayIntegrationArgs) -> Self {
        let ApiGatewayIntegrationArgs {
            http_method,
            resource_id,
            rest_api_id,
            r#type,
        } = args;
        let mut body = Body::new();
        body.set_attr::<enums::ApiHttpMethod>("http_method", http_method);
        body.set_attr::<String>("resource_id", resource_id);
        body.set_attr::<String>("rest_api_id", rest_api_id);
        body.set_attr::<enums::ApiIntegrationType>("type", r#type);
        ApiGatewayIntegration { body }
    }
    /// `cache_key_parameters`: optional; Terraform type `set(string)`.
    pub fn cache_key_parameters(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("cache_key_parameters", value);
        self
    }
    /// `cache_namespace`: optional, computed; Terraform type `string`.
    pub fn cache_namespace(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("cache_namespace", value);
        self
    }
    /// `connection_id`: optional; Terraform type `string`.
    pub fn connection_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("connection_id", value);
        self
    }
    /// `connection_type`: optional; Terraform type `string`.
    pub fn connection_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("connection_type", value);
        self
    }
    /// `content_handling`: optional; Terraform type `string`.
    pub fn content_handling(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("content_handling", value);
        self
    }
    /// `credentials`: optional; Terraform type `string`.
    pub fn credentials(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("credentials", value);
        self
    }
    /// `integration_http_method`: optional; Terraform type `string`, one of [`ApiHttpMethod`](enums::ApiHttpMethod).
    pub fn integration_http_method(
        mut self,
        value: impl Into<Expr<enums::ApiHttpMethod>>,
    ) -> Self {
        self.body.set_attr::<enums::ApiHttpMethod>("integration_http_method", value);
        self
    }
    /// `passthrough_behavior`: optional, computed; Terraform type `string`.
    pub fn passthrough_behavior(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("passthrough_behavior", value);
        self
    }
    /// `request_parameters`: optional; Terraform type `map(string)`.
    pub fn request_parameters(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("request_parameters", value);
        self
    }
    /// `request_templates`: optional; Terraform type `map(string)`.
    pub fn request_templates(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("request_templates", value);
        self
    }
    /// `timeout_milliseconds`: optional; Terraform type `number`.
    pub fn timeout_milliseconds(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("timeout_milliseconds", value);
        self
    }
    /// `uri`: optional; Terraform type `string`.
    pub fn uri(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("uri", value);
        self
    }
    /// Block `tls_config` (list nesting, at most 1).
    ///
    /// Sets block; see [`TlsConfig`].
    pub fn tls_config(mut self, block: TlsConfig) -> Self {
        self.body.set_block("tls_config", block.into_body());
        self
    }
}
impl Builder for ApiGatewayIntegration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `tls_config` of resource `aws_api_gateway_integration`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct TlsConfig {
    body: Body,
}
impl TlsConfig {
    /// A new `TlsConfig` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `insecure_skip_verification`: optional; Terraform type `bool`.
    pub fn insecure_skip_verification(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("insecure_skip_verification", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TlsConfig {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl ApiGatewayIntegration {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_api_gateway_integration";
}
impl TypedSpec for ApiGatewayIntegration {
    const TYPE: &'static str = "aws_api_gateway_integration";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for ApiGatewayIntegration {
    type Handle = ApiGatewayIntegrationRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_api_gateway_integration"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_api_gateway_integration` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_integration>
#[derive(Debug, Clone)]
pub struct ApiGatewayIntegrationRef(NodeHandle);
impl From<NodeHandle> for ApiGatewayIntegrationRef {
    fn from(node: NodeHandle) -> Self {
        ApiGatewayIntegrationRef(node)
    }
}
impl std::ops::Deref for ApiGatewayIntegrationRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl ApiGatewayIntegrationRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `cache_key_parameters`: optional; Terraform type `set(string)`.
    pub fn cache_key_parameters(&self) -> Expr<Vec<String>> {
        self.0.attr("cache_key_parameters")
    }
    /// `cache_namespace`: optional, computed; Terraform type `string`.
    pub fn cache_namespace(&self) -> Expr<String> {
        self.0.attr("cache_namespace")
    }
    /// `connection_id`: optional; Terraform type `string`.
    pub fn connection_id(&self) -> Expr<String> {
        self.0.attr("connection_id")
    }
    /// `connection_type`: optional; Terraform type `string`.
    pub fn connection_type(&self) -> Expr<String> {
        self.0.attr("connection_type")
    }
    /// `content_handling`: optional; Terraform type `string`.
    pub fn content_handling(&self) -> Expr<String> {
        self.0.attr("content_handling")
    }
    /// `credentials`: optional; Terraform type `string`.
    pub fn credentials(&self) -> Expr<String> {
        self.0.attr("credentials")
    }
    /// `http_method`: required; Terraform type `string`, one of [`ApiHttpMethod`](enums::ApiHttpMethod).
    pub fn http_method(&self) -> Expr<enums::ApiHttpMethod> {
        self.0.attr("http_method")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `integration_http_method`: optional; Terraform type `string`, one of [`ApiHttpMethod`](enums::ApiHttpMethod).
    pub fn integration_http_method(&self) -> Expr<enums::ApiHttpMethod> {
        self.0.attr("integration_http_method")
    }
    /// `passthrough_behavior`: optional, computed; Terraform type `string`.
    pub fn passthrough_behavior(&self) -> Expr<String> {
        self.0.attr("passthrough_behavior")
    }
    /// `request_parameters`: optional; Terraform type `map(string)`.
    pub fn request_parameters(&self) -> Expr<Map<String>> {
        self.0.attr("request_parameters")
    }
    /// `request_templates`: optional; Terraform type `map(string)`.
    pub fn request_templates(&self) -> Expr<Map<String>> {
        self.0.attr("request_templates")
    }
    /// `resource_id`: required; Terraform type `string`.
    pub fn resource_id(&self) -> Expr<String> {
        self.0.attr("resource_id")
    }
    /// `rest_api_id`: required; Terraform type `string`.
    pub fn rest_api_id(&self) -> Expr<String> {
        self.0.attr("rest_api_id")
    }
    /// `timeout_milliseconds`: optional; Terraform type `number`.
    pub fn timeout_milliseconds(&self) -> Expr<Number> {
        self.0.attr("timeout_milliseconds")
    }
    /// `type`: required; Terraform type `string`, one of [`ApiIntegrationType`](enums::ApiIntegrationType).
    pub fn r#type(&self) -> Expr<enums::ApiIntegrationType> {
        self.0.attr("type")
    }
    /// `uri`: optional; Terraform type `string`.
    pub fn uri(&self) -> Expr<String> {
        self.0.attr("uri")
    }
    /// Block `tls_config` (list nesting, at most 1).
    pub fn tls_config(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("tls_config")
    }
}
