//! `aws_api_gateway_account` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_account>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_api_gateway_account`: required arguments in [`ApiGatewayAccount::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`ApiGatewayAccountRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_account>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct ApiGatewayAccount {
    body: Body,
}
impl ApiGatewayAccount {
    /// A new `ApiGatewayAccount` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `cloudwatch_role_arn`: optional, computed; Terraform type `string`.
    pub fn cloudwatch_role_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("cloudwatch_role_arn", value);
        self
    }
}
impl Builder for ApiGatewayAccount {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl ApiGatewayAccount {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_api_gateway_account";
}
impl TypedSpec for ApiGatewayAccount {
    const TYPE: &'static str = "aws_api_gateway_account";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for ApiGatewayAccount {
    type Handle = ApiGatewayAccountRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_api_gateway_account"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_api_gateway_account` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_account>
#[derive(Debug, Clone)]
pub struct ApiGatewayAccountRef(NodeHandle);
impl From<NodeHandle> for ApiGatewayAccountRef {
    fn from(node: NodeHandle) -> Self {
        ApiGatewayAccountRef(node)
    }
}
impl std::ops::Deref for ApiGatewayAccountRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl ApiGatewayAccountRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `api_key_version`: computed; Terraform type `string`.
    pub fn api_key_version(&self) -> Expr<String> {
        self.0.attr("api_key_version")
    }
    /// `cloudwatch_role_arn`: optional, computed; Terraform type `string`.
    pub fn cloudwatch_role_arn(&self) -> Expr<String> {
        self.0.attr("cloudwatch_role_arn")
    }
    /// `features`: computed; Terraform type `set(string)`.
    pub fn features(&self) -> Expr<Vec<String>> {
        self.0.attr("features")
    }
    /// `id`: computed, deprecated; Terraform type `string`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `throttle_settings`: computed; Terraform type `list(object({burst_limit = number, rate_limit = number}))`.
    pub fn throttle_settings(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("throttle_settings")
    }
}
