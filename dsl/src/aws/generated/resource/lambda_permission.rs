//! `aws_lambda_permission` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_permission>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_lambda_permission`: required arguments in [`LambdaPermission::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`LambdaPermissionRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_permission>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct LambdaPermission {
    body: Body,
}
/// The required arguments of [`LambdaPermission::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaPermissionArgs {
    /// `action`: Terraform type `string`
    pub action: Expr<String>,
    /// `function_name`: Terraform type `string`
    pub function_name: Expr<String>,
    /// `principal`: Terraform type `string`
    pub principal: Expr<String>,
}
impl LambdaPermission {
    /// A new `LambdaPermission` with the required arguments, named in [`LambdaPermissionArgs`].
    pub fn new(args: LambdaPermissionArgs) -> Self {
        let LambdaPermissionArgs { action, function_name, principal } = args;
        let mut body = Body::new();
        body.set_attr::<String>("action", action);
        body.set_attr::<String>("function_name", function_name);
        body.set_attr::<String>("principal", principal);
        LambdaPermission { body }
    }
    /// `event_source_token`: optional; Terraform type `string`.
    pub fn event_source_token(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("event_source_token", value);
        self
    }
    /// `function_url_auth_type`: optional; Terraform type `string`.
    pub fn function_url_auth_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("function_url_auth_type", value);
        self
    }
    /// `principal_org_id`: optional; Terraform type `string`.
    pub fn principal_org_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("principal_org_id", value);
        self
    }
    /// `qualifier`: optional; Terraform type `string`.
    pub fn qualifier(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("qualifier", value);
        self
    }
    /// `source_account`: optional; Terraform type `string`.
    pub fn source_account(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("source_account", value);
        self
    }
    /// `source_arn`: optional; Terraform type `string`.
    pub fn source_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("source_arn", value);
        self
    }
    /// `statement_id`: optional, computed; Terraform type `string`.
    pub fn statement_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("statement_id", value);
        self
    }
    /// `statement_id_prefix`: optional, computed; Terraform type `string`.
    pub fn statement_id_prefix(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("statement_id_prefix", value);
        self
    }
}
impl Builder for LambdaPermission {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl LambdaPermission {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_lambda_permission";
}
impl TypedSpec for LambdaPermission {
    const TYPE: &'static str = "aws_lambda_permission";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for LambdaPermission {
    type Handle = LambdaPermissionRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_lambda_permission"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_lambda_permission` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_permission>
#[derive(Debug, Clone)]
pub struct LambdaPermissionRef(NodeHandle);
impl From<NodeHandle> for LambdaPermissionRef {
    fn from(node: NodeHandle) -> Self {
        LambdaPermissionRef(node)
    }
}
impl std::ops::Deref for LambdaPermissionRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl LambdaPermissionRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `action`: required; Terraform type `string`.
    pub fn action(&self) -> Expr<String> {
        self.0.attr("action")
    }
    /// `event_source_token`: optional; Terraform type `string`.
    pub fn event_source_token(&self) -> Expr<String> {
        self.0.attr("event_source_token")
    }
    /// `function_name`: required; Terraform type `string`.
    pub fn function_name(&self) -> Expr<String> {
        self.0.attr("function_name")
    }
    /// `function_url_auth_type`: optional; Terraform type `string`.
    pub fn function_url_auth_type(&self) -> Expr<String> {
        self.0.attr("function_url_auth_type")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `principal`: required; Terraform type `string`.
    pub fn principal(&self) -> Expr<String> {
        self.0.attr("principal")
    }
    /// `principal_org_id`: optional; Terraform type `string`.
    pub fn principal_org_id(&self) -> Expr<String> {
        self.0.attr("principal_org_id")
    }
    /// `qualifier`: optional; Terraform type `string`.
    pub fn qualifier(&self) -> Expr<String> {
        self.0.attr("qualifier")
    }
    /// `source_account`: optional; Terraform type `string`.
    pub fn source_account(&self) -> Expr<String> {
        self.0.attr("source_account")
    }
    /// `source_arn`: optional; Terraform type `string`.
    pub fn source_arn(&self) -> Expr<String> {
        self.0.attr("source_arn")
    }
    /// `statement_id`: optional, computed; Terraform type `string`.
    pub fn statement_id(&self) -> Expr<String> {
        self.0.attr("statement_id")
    }
    /// `statement_id_prefix`: optional, computed; Terraform type `string`.
    pub fn statement_id_prefix(&self) -> Expr<String> {
        self.0.attr("statement_id_prefix")
    }
}
