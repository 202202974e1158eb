//! `aws_api_gateway_base_path_mapping` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_base_path_mapping>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_api_gateway_base_path_mapping`: required arguments in [`ApiGatewayBasePathMapping::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`ApiGatewayBasePathMappingRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_base_path_mapping>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ApiGatewayBasePathMapping {
    body: Body,
}
/// The required arguments of [`ApiGatewayBasePathMapping::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiGatewayBasePathMappingArgs {
    /// `api_id`: Terraform type `string`
    pub api_id: Expr<String>,
    /// `domain_name`: Terraform type `string`
    pub domain_name: Expr<String>,
}
impl ApiGatewayBasePathMapping {
    /// A new `ApiGatewayBasePathMapping` with the required arguments, named in [`ApiGatewayBasePathMappingArgs`].
    pub fn new(args: ApiGatewayBasePathMappingArgs) -> Self {
        let ApiGatewayBasePathMappingArgs { api_id, domain_name } = args;
        let mut body = Body::new();
        body.set_attr::<String>("api_id", api_id);
        body.set_attr::<String>("domain_name", domain_name);
        ApiGatewayBasePathMapping { body }
    }
    /// `base_path`: optional; Terraform type `string`.
    pub fn base_path(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("base_path", value);
        self
    }
    /// `domain_name_id`: optional; Terraform type `string`.
    pub fn domain_name_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("domain_name_id", value);
        self
    }
    /// `stage_name`: optional; Terraform type `string`.
    pub fn stage_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("stage_name", value);
        self
    }
}
impl Builder for ApiGatewayBasePathMapping {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl ApiGatewayBasePathMapping {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_api_gateway_base_path_mapping";
}
impl TypedSpec for ApiGatewayBasePathMapping {
    const TYPE: &'static str = "aws_api_gateway_base_path_mapping";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for ApiGatewayBasePathMapping {
    type Handle = ApiGatewayBasePathMappingRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_api_gateway_base_path_mapping"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_api_gateway_base_path_mapping` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_base_path_mapping>
#[derive(Debug, Clone)]
pub struct ApiGatewayBasePathMappingRef(NodeHandle);
impl From<NodeHandle> for ApiGatewayBasePathMappingRef {
    fn from(node: NodeHandle) -> Self {
        ApiGatewayBasePathMappingRef(node)
    }
}
impl std::ops::Deref for ApiGatewayBasePathMappingRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl ApiGatewayBasePathMappingRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `api_id`: required; Terraform type `string`.
    pub fn api_id(&self) -> Expr<String> {
        self.0.attr("api_id")
    }
    /// `base_path`: optional; Terraform type `string`.
    pub fn base_path(&self) -> Expr<String> {
        self.0.attr("base_path")
    }
    /// `domain_name`: required; Terraform type `string`.
    pub fn domain_name(&self) -> Expr<String> {
        self.0.attr("domain_name")
    }
    /// `domain_name_id`: optional; Terraform type `string`.
    pub fn domain_name_id(&self) -> Expr<String> {
        self.0.attr("domain_name_id")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `stage_name`: optional; Terraform type `string`.
    pub fn stage_name(&self) -> Expr<String> {
        self.0.attr("stage_name")
    }
}
