//! `aws_api_gateway_method` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The resource `aws_api_gateway_method`: required arguments in [`ApiGatewayMethod::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`ApiGatewayMethodRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ApiGatewayMethod {
    body: Body,
}
/// The required arguments of [`ApiGatewayMethod::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiGatewayMethodArgs {
    /// `authorization`: Terraform type `string`, one of [`ApiAuthorization`](enums::ApiAuthorization)
    pub authorization: Expr<enums::ApiAuthorization>,
    /// `http_method`: Terraform type `string`, one of [`ApiHttpMethod`](enums::ApiHttpMethod)
    pub http_method: Expr<enums::ApiHttpMethod>,
    /// `resource_id`: Terraform type `string`
    pub resource_id: Expr<String>,
    /// `rest_api_id`: Terraform type `string`
    pub rest_api_id: Expr<String>,
}
impl ApiGatewayMethod {
    /// A new `ApiGatewayMethod` with the required arguments, named in [`ApiGatewayMethodArgs`].
    pub fn new(args: ApiGatewayMethodArgs) -> Self {
        let ApiGatewayMethodArgs {
            authorization,
            http_method,
            resource_id,
            rest_api_id,
        } = args;
        let mut body = Body::new();
        body.set_attr::<enums::ApiAuthorization>("authorization", authorization);
        body.set_attr::<enums::ApiHttpMethod>("http_method", http_method);
        body.set_attr::<String>("resource_id", resource_id);
        body.set_attr::<String>("rest_api_id", rest_api_id);
        ApiGatewayMethod { body }
    }
    /// `api_key_required`: optional; Terraform type `bool`.
    pub fn api_key_required(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("api_key_required", value);
        self
    }
    /// `authorization_scopes`: optional; Terraform type `set(string)`.
    pub fn authorization_scopes(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("authorization_scopes", value);
        self
    }
    /// `authorizer_id`: optional; Terraform type `string`.
    pub fn authorizer_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("authorizer_id", value);
        self
    }
    /// `operation_name`: optional; Terraform type `string`.
    pub fn operation_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("operation_name", value);
        self
    }
    /// `request_models`: optional; Terraform type `map(string)`.
    pub fn request_models(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("request_models", value);
        self
    }
    /// `request_parameters`: optional; Terraform type `map(bool)`.
    pub fn request_parameters(mut self, value: impl Into<Expr<Map<bool>>>) -> Self {
        self.body.set_attr::<Map<bool>>("request_parameters", value);
        self
    }
    /// `request_validator_id`: optional; Terraform type `string`.
    pub fn request_validator_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("request_validator_id", value);
        self
    }
}
impl Builder for ApiGatewayMethod {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl ApiGatewayMethod {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_api_gateway_method";
}
impl TypedSpec for ApiGatewayMethod {
    const TYPE: &'static str = "aws_api_gateway_method";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for ApiGatewayMethod {
    type Handle = ApiGatewayMethodRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_api_gateway_method"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_api_gateway_method` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method>
#[derive(Debug, Clone)]
pub struct ApiGatewayMethodRef(NodeHandle);
impl From<NodeHandle> for ApiGatewayMethodRef {
    fn from(node: NodeHandle) -> Self {
        ApiGatewayMethodRef(node)
    }
}
impl std::ops::Deref for ApiGatewayMethodRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl ApiGatewayMethodRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `api_key_required`: optional; Terraform type `bool`.
    pub fn api_key_required(&self) -> Expr<bool> {
        self.0.attr("api_key_required")
    }
    /// `authorization`: required; Terraform type `string`, one of [`ApiAuthorization`](enums::ApiAuthorization).
    pub fn authorization(&self) -> Expr<enums::ApiAuthorization> {
        self.0.attr("authorization")
    }
    /// `authorization_scopes`: optional; Terraform type `set(string)`.
    pub fn authorization_scopes(&self) -> Expr<Vec<String>> {
        self.0.attr("authorization_scopes")
    }
    /// `authorizer_id`: optional; Terraform type `string`.
    pub fn authorizer_id(&self) -> Expr<String> {
        self.0.attr("authorizer_id")
    }
    /// `http_method`: required; Terraform type `string`, one of [`ApiHttpMethod`](enums::ApiHttpMethod).
    pub fn http_method(&self) -> Expr<enums::ApiHttpMethod> {
        self.0.attr("http_method")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `operation_name`: optional; Terraform type `string`.
    pub fn operation_name(&self) -> Expr<String> {
        self.0.attr("operation_name")
    }
    /// `request_models`: optional; Terraform type `map(string)`.
    pub fn request_models(&self) -> Expr<Map<String>> {
        self.0.attr("request_models")
    }
    /// `request_parameters`: optional; Terraform type `map(bool)`.
    pub fn request_parameters(&self) -> Expr<Map<bool>> {
        self.0.attr("request_parameters")
    }
    /// `request_validator_id`: optional; Terraform type `string`.
    pub fn request_validator_id(&self) -> Expr<String> {
        self.0.attr("request_validator_id")
    }
    /// `resource_id`: required; Terraform type `string`.
    pub fn resource_id(&self) -> Expr<String> {
        self.0.attr("resource_id")
    }
    /// `rest_api_id`: required; Terraform type `string`.
    pub fn rest_api_id(&self) -> Expr<String> {
        self.0.attr("rest_api_id")
    }
}
