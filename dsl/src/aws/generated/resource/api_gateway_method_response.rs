//! `aws_api_gateway_method_response` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method_response>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_api_gateway_method_response`: required arguments in [`ApiGatewayMethodResponse::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`ApiGatewayMethodResponseRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method_response>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ApiGatewayMethodResponse {
    body: Body,
}
/// The required arguments of [`ApiGatewayMethodResponse::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiGatewayMethodResponseArgs {
    /// `http_method`: Terraform type `string`
    pub http_method: Expr<String>,
    /// `resource_id`: Terraform type `string`
    pub resource_id: Expr<String>,
    /// `rest_api_id`: Terraform type `string`
    pub rest_api_id: Expr<String>,
    /// `status_code`: Terraform type `string`
    pub status_code: Expr<String>,
}
impl ApiGatewayMethodResponse {
    /// A new `ApiGatewayMethodResponse` with the required arguments, named in [`ApiGatewayMethodResponseArgs`].
    pub fn new(args: ApiGatewayMethodResponseArgs) -> Self {
        let ApiGatewayMethodResponseArgs {
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
        ApiGatewayMethodResponse { body }
    }
    /// `response_models`: optional; Terraform type `map(string)`.
    pub fn response_models(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("response_models", value);
        self
    }
    /// `response_parameters`: optional; Terraform type `map(bool)`.
    pub fn response_parameters(mut self, value: impl Into<Expr<Map<bool>>>) -> Self {
        self.body.set_attr::<Map<bool>>("response_parameters", value);
        self
    }
}
impl Builder for ApiGatewayMethodResponse {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl ApiGatewayMethodResponse {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_api_gateway_method_response";
}
impl TypedSpec for ApiGatewayMethodResponse {
    const TYPE: &'static str = "aws_api_gateway_method_response";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for ApiGatewayMethodResponse {
    type Handle = ApiGatewayMethodResponseRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_api_gateway_method_response"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_api_gateway_method_response` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method_response>
#[derive(Debug, Clone)]
pub struct ApiGatewayMethodResponseRef(NodeHandle);
impl From<NodeHandle> for ApiGatewayMethodResponseRef {
    fn from(node: NodeHandle) -> Self {
        ApiGatewayMethodResponseRef(node)
    }
}
impl std::ops::Deref for ApiGatewayMethodResponseRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl ApiGatewayMethodResponseRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
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
    /// `response_models`: optional; Terraform type `map(string)`.
    pub fn response_models(&self) -> Expr<Map<String>> {
        self.0.attr("response_models")
    }
    /// `response_parameters`: optional; Terraform type `map(bool)`.
    pub fn response_parameters(&self) -> Expr<Map<bool>> {
        self.0.attr("response_parameters")
    }
    /// `rest_api_id`: required; Terraform type `string`.
    pub fn rest_api_id(&self) -> Expr<String> {
        self.0.attr("rest_api_id")
    }
    /// `status_code`: required; Terraform type `string`.
    pub fn status_code(&self) -> Expr<String> {
        self.0.attr("status_code")
    }
}
