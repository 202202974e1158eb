//! `aws_lambda_alias` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_alias>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_lambda_alias`: required arguments in [`LambdaAlias::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`LambdaAliasRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_alias>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct LambdaAlias {
    body: Body,
}
/// The required arguments of [`LambdaAlias::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaAliasArgs {
    /// `function_name`: Terraform type `string`
    pub function_name: Expr<String>,
    /// `function_version`: Terraform type `string`
    pub function_version: Expr<String>,
    /// `name`: Terraform type `string`
    pub name: Expr<String>,
}
impl LambdaAlias {
    /// A new `LambdaAlias` with the required arguments, named in [`LambdaAliasArgs`].
    pub fn new(args: LambdaAliasArgs) -> Self {
        let LambdaAliasArgs { function_name, function_version, name } = args;
        let mut body = Body::new();
        body.set_attr::<String>("function_name", function_name);
        body.set_attr::<String>("function_version", function_version);
        body.set_attr::<String>("name", name);
        LambdaAlias { body }
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("description", value);
        self
    }
    /// Block `routing_config` (list nesting, at most 1).
    ///
    /// Sets block; see [`RoutingConfig`].
    pub fn routing_config(mut self, block: RoutingConfig) -> Self {
        self.body.set_block("routing_config", block.into_body());
        self
    }
}
impl Builder for LambdaAlias {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `routing_config` of resource `aws_lambda_alias`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct RoutingConfig {
    body: Body,
}
impl RoutingConfig {
    /// A new `RoutingConfig` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `additional_version_weights`: optional; Terraform type `map(number)`.
    pub fn additional_version_weights(
        mut self,
        value: impl Into<Expr<Map<Number>>>,
    ) -> Self {
        self.body.set_attr::<Map<Number>>("additional_version_weights", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RoutingConfig {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl LambdaAlias {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_lambda_alias";
}
impl TypedSpec for LambdaAlias {
    const TYPE: &'static str = "aws_lambda_alias";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for LambdaAlias {
    type Handle = LambdaAliasRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_lambda_alias"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_lambda_alias` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_alias>
#[derive(Debug, Clone)]
pub struct LambdaAliasRef(NodeHandle);
impl From<NodeHandle> for LambdaAliasRef {
    fn from(node: NodeHandle) -> Self {
        LambdaAliasRef(node)
    }
}
impl std::ops::Deref for LambdaAliasRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl LambdaAliasRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(&self) -> Expr<String> {
        self.0.attr("description")
    }
    /// `function_name`: required; Terraform type `string`.
    pub fn function_name(&self) -> Expr<String> {
        self.0.attr("function_name")
    }
    /// `function_version`: required; Terraform type `string`.
    pub fn function_version(&self) -> Expr<String> {
        self.0.attr("function_version")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `invoke_arn`: computed; Terraform type `string`.
    pub fn invoke_arn(&self) -> Expr<String> {
        self.0.attr("invoke_arn")
    }
    /// `name`: required; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// Block `routing_config` (list nesting, at most 1).
    pub fn routing_config(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("routing_config")
    }
}
