//! `aws_api_gateway_deployment` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_deployment>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_api_gateway_deployment`: required arguments in [`ApiGatewayDeployment::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`ApiGatewayDeploymentRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_deployment>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ApiGatewayDeployment {
    body: Body,
}
impl ApiGatewayDeployment {
    /// A new `ApiGatewayDeployment` with the required arguments.
    /// - `rest_api_id`: Terraform type `string`
    pub fn new(rest_api_id: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("rest_api_id", rest_api_id);
        ApiGatewayDeployment { body }
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("description", value);
        self
    }
    /// `triggers`: optional; Terraform type `map(string)`.
    pub fn triggers(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("triggers", value);
        self
    }
    /// `variables`: optional; Terraform type `map(string)`.
    pub fn variables(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("variables", value);
        self
    }
}
impl Builder for ApiGatewayDeployment {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl ApiGatewayDeployment {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_api_gateway_deployment";
}
impl TypedSpec for ApiGatewayDeployment {
    const TYPE: &'static str = "aws_api_gateway_deployment";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for ApiGatewayDeployment {
    type Handle = ApiGatewayDeploymentRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_api_gateway_deployment"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_api_gateway_deployment` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_deployment>
#[derive(Debug, Clone)]
pub struct ApiGatewayDeploymentRef(NodeHandle);
impl From<NodeHandle> for ApiGatewayDeploymentRef {
    fn from(node: NodeHandle) -> Self {
        ApiGatewayDeploymentRef(node)
    }
}
impl std::ops::Deref for ApiGatewayDeploymentRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl ApiGatewayDeploymentRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `created_date`: computed; Terraform type `string`.
    pub fn created_date(&self) -> Expr<String> {
        self.0.attr("created_date")
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(&self) -> Expr<String> {
        self.0.attr("description")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `rest_api_id`: required; Terraform type `string`.
    pub fn rest_api_id(&self) -> Expr<String> {
        self.0.attr("rest_api_id")
    }
    /// `triggers`: optional; Terraform type `map(string)`.
    pub fn triggers(&self) -> Expr<Map<String>> {
        self.0.attr("triggers")
    }
    /// `variables`: optional; Terraform type `map(string)`.
    pub fn variables(&self) -> Expr<Map<String>> {
        self.0.attr("variables")
    }
}
