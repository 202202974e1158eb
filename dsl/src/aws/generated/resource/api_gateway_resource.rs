//! `aws_api_gateway_resource` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_resource>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_api_gateway_resource`: required arguments in [`ApiGatewayResource::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`ApiGatewayResourceRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_resource>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ApiGatewayResource {
    body: Body,
}
/// The required arguments of [`ApiGatewayResource::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiGatewayResourceArgs {
    /// `parent_id`: Terraform type `string`
    pub parent_id: Expr<String>,
    /// `path_part`: Terraform type `string`
    pub path_part: Expr<String>,
    /// `rest_api_id`: Terraform type `string`
    pub rest_api_id: Expr<String>,
}
impl ApiGatewayResource {
    /// A new `ApiGatewayResource` with the required arguments, named in [`ApiGatewayResourceArgs`].
    pub fn new(args: ApiGatewayResourceArgs) -> Self {
        let ApiGatewayResourceArgs { parent_id, path_part, rest_api_id } = args;
        let mut body = Body::new();
        body.set_attr::<String>("parent_id", parent_id);
        body.set_attr::<String>("path_part", path_part);
        body.set_attr::<String>("rest_api_id", rest_api_id);
        ApiGatewayResource { body }
    }
}
impl Builder for ApiGatewayResource {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl ApiGatewayResource {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_api_gateway_resource";
}
impl TypedSpec for ApiGatewayResource {
    const TYPE: &'static str = "aws_api_gateway_resource";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for ApiGatewayResource {
    type Handle = ApiGatewayResourceRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_api_gateway_resource"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_api_gateway_resource` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_resource>
#[derive(Debug, Clone)]
pub struct ApiGatewayResourceRef(NodeHandle);
impl From<NodeHandle> for ApiGatewayResourceRef {
    fn from(node: NodeHandle) -> Self {
        ApiGatewayResourceRef(node)
    }
}
impl std::ops::Deref for ApiGatewayResourceRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl ApiGatewayResourceRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `parent_id`: required; Terraform type `string`.
    pub fn parent_id(&self) -> Expr<String> {
        self.0.attr("parent_id")
    }
    /// `path`: computed; Terraform type `string`.
    pub fn path(&self) -> Expr<String> {
        self.0.attr("path")
    }
    /// `path_part`: required; Terraform type `string`.
    pub fn path_part(&self) -> Expr<String> {
        self.0.attr("path_part")
    }
    /// `rest_api_id`: required; Terraform type `string`.
    pub fn rest_api_id(&self) -> Expr<String> {
        self.0.attr("rest_api_id")
    }
}
