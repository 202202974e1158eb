//! `aws_api_gateway_integration_response` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_integration_response>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_api_gateway_integration_response`: required arguments in [`ApiGatewayIntegrationResponse::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`ApiGatewayIntegrationResponseRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_integration_response>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ApiGatewayIntegrationResponse {
    body: Body,
}
/// The required arguments of [`ApiGatewayIntegrationResponse::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiGatewayIntegrationResponseArgs {
    /// `http_method`: Terraform type `string`
    pub http_method: Expr<String>,
    /// `resource_id`: Terraform type `string`
    pub resource_id: Expr<String>,
    /// `rest_api_id`: Terraform type `string`
    pub rest_api_id: Expr<String>,
    /// `status_code`: Terraform type `string`
    pub status_code: Expr<String>,
}
impl ApiGatewayIntegrationResponse {
    /// A new `ApiGatewayIntegrationResponse` with the required arguments, named in [`ApiGatewayIntegrationResponseArgs`].
    pub fn new(args: ApiGatewayIntegrationResponseArgs) -> Self {
        let ApiGatewayIntegrationResponseArgs {
            http_method,
            resource_id,
            rest_api_id,
            status_code,
        } = args;
        let mut body = Body::new();
        body.set_attr::<String>("http_method", http_method);
        body.set_attr::<String>("resource_id", resource_id);
        body.set_attr::<String>("rest_api_id", rest_api_id);
        body.set_attr::<String>("status_code", status_code);
        ApiGatewayIntegrationResponse {
            body,
        }
    }
    /// `content_handling`: optional; Terraform type `string`.
    pub fn content_handling(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("content_handling", value);
        self
    }
    /// `response_parameters`: optional; Terraform type `map(string)`.
    pub fn response_parameters(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("response_parameters", value);
        self
    }
    /// `response_templates`: optional; Terraform type `map(string)`.
    pub fn response_templates(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("response_templates", value);
        self
    }
    /// `selection_pattern`: optional; Terraform type `string`.
    pub fn selection_pattern(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("selection_pattern", value);
        self
    }
}
impl Builder for ApiGatewayIntegrationResponse {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl ApiGatewayIntegrationResponse {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_api_gateway_integration_response";
}
impl TypedSpec for ApiGatewayIntegrationResponse {
    const TYPE: &'static str = "aws_api_gateway_integration_response";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for ApiGatewayIntegrationResponse {
    type Handle = ApiGatewayIntegrationResponseRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_api_gateway_integration_response"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_api_gateway_integration_response` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_integration_response>
#[derive(Debug, Clone)]
pub struct ApiGatewayIntegrationResponseRef(NodeHandle);
impl From<NodeHandle> for ApiGatewayIntegrationResponseRef {
    fn from(node: NodeHandle) -> Self {
        ApiGatewayIntegrationResponseRef(node)
    }
}
impl std::ops::Deref for ApiGatewayIntegrationResponseRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl ApiGatewayIntegrationResponseRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `content_handling`: optional; Terraform type `string`.
    pub fn content_handling(&self) -> Expr<String> {
        self.0.attr("content_handling")
    }
    /// `http_method`: required; Terraform type `string`.
    pub fn http_method(&self) -> Expr<String> {
        self.0.attr("http_method")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `resource_id`: required; Terraform type `string`.
    pub fn resource_id(&self) -> Expr<String> {
        self.0.attr("resource_id")
    }
    /// `response_parameters`: optional; Terraform type `map(string)`.
    pub fn response_parameters(&self) -> Expr<Map<String>> {
        self.0.attr("response_parameters")
    }
    /// `response_templates`: optional; Terraform type `map(string)`.
    pub fn response_templates(&self) -> Expr<Map<String>> {
        self.0.attr("response_templates")
    }
    /// `rest_api_id`: required; Terraform type `string`.
    pub fn rest_api_id(&self) -> Expr<String> {
        self.0.attr("rest_api_id")
    }
    /// `selection_pattern`: optional; Terraform type `string`.
    pub fn selection_pattern(&self) -> Expr<String> {
        self.0.attr("selection_pattern")
    }
    /// `status_code`: required; Terraform type `string`.
    pub fn status_code(&self) -> Expr<String> {
        self.0.attr("status_code")
    }
}
