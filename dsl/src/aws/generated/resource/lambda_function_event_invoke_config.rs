//! `aws_lambda_function_event_invoke_config` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function_event_invoke_config>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_lambda_function_event_invoke_config`: required arguments in [`LambdaFunctionEventInvokeConfig::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`LambdaFunctionEventInvokeConfigRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function_event_invoke_config>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct LambdaFunctionEventInvokeConfig {
    body: Body,
}
impl LambdaFunctionEventInvokeConfig {
    /// A new `LambdaFunctionEventInvokeConfig` with the required arguments.
    /// - `function_name`: Terraform type `string`
    pub fn new(function_name: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("function_name", function_name);
        LambdaFunctionEventInvokeConfig {
            body,
        }
    }
    /// `maximum_event_age_in_seconds`: optional; Terraform type `number`.
    pub fn maximum_event_age_in_seconds(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body.set_attr::<Number>("maximum_event_age_in_seconds", value);
        self
    }
    /// `maximum_retry_attempts`: optional; Terraform type `number`.
    pub fn maximum_retry_attempts(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("maximum_retry_attempts", value);
        self
    }
    /// `qualifier`: optional; Terraform type `string`.
    pub fn qualifier(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("qualifier", value);
        self
    }
    /// Block `destination_config` (list nesting, at most 1).
    ///
    /// Sets block; see [`DestinationConfig`].
    pub fn destination_config(mut self, block: DestinationConfig) -> Self {
        self.body.set_block("destination_config", block.into_body());
        self
    }
}
impl Builder for LambdaFunctionEventInvokeConfig {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `destination_config` of resource `aws_lambda_function_event_invoke_config`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct DestinationConfig {
    body: Body,
}
impl DestinationConfig {
    /// A new `DestinationConfig` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// Block `on_failure` (list nesting, at most 1).
    ///
    /// Sets block; see [`DestinationConfigOnFailure`].
    pub fn on_failure(mut self, block: DestinationConfigOnFailure) -> Self {
        self.body.set_block("on_failure", block.into_body());
        self
    }
    /// Block `on_success` (list nesting, at most 1).
    ///
    /// Sets block; see [`DestinationConfigOnSuccess`].
    pub fn on_success(mut self, block: DestinationConfigOnSuccess) -> Self {
        self.body.set_block("on_success", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for DestinationConfig {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `on_failure` of resource `aws_lambda_function_event_invoke_config`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct DestinationConfigOnFailure {
    body: Body,
}
impl DestinationConfigOnFailure {
    /// A new `DestinationConfigOnFailure` with the required arguments.
    /// - `destination`: Terraform type `string`
    pub fn new(destination: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("destination", destination);
        DestinationConfigOnFailure { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for DestinationConfigOnFailure {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `on_success` of resource `aws_lambda_function_event_invoke_config`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct DestinationConfigOnSuccess {
    body: Body,
}
impl DestinationConfigOnSuccess {
    /// A new `DestinationConfigOnSuccess` with the required arguments.
    /// - `destination`: Terraform type `string`
    pub fn new(destination: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("destination", destination);
        DestinationConfigOnSuccess { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for DestinationConfigOnSuccess {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl LambdaFunctionEventInvokeConfig {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_lambda_function_event_invoke_config";
}
impl TypedSpec for LambdaFunctionEventInvokeConfig {
    const TYPE: &'static str = "aws_lambda_function_event_invoke_config";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for LambdaFunctionEventInvokeConfig {
    type Handle = LambdaFunctionEventInvokeConfigRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_lambda_function_event_invoke_config"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_lambda_function_event_invoke_config` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function_event_invoke_config>
#[derive(Debug, Clone)]
pub struct LambdaFunctionEventInvokeConfigRef(NodeHandle);
impl From<NodeHandle> for LambdaFunctionEventInvokeConfigRef {
    fn from(node: NodeHandle) -> Self {
        LambdaFunctionEventInvokeConfigRef(node)
    }
}
impl std::ops::Deref for LambdaFunctionEventInvokeConfigRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl LambdaFunctionEventInvokeConfigRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `function_name`: required; Terraform type `string`.
    pub fn function_name(&self) -> Expr<String> {
        self.0.attr("function_name")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `maximum_event_age_in_seconds`: optional; Terraform type `number`.
    pub fn maximum_event_age_in_seconds(&self) -> Expr<Number> {
        self.0.attr("maximum_event_age_in_seconds")
    }
    /// `maximum_retry_attempts`: optional; Terraform type `number`.
    pub fn maximum_retry_attempts(&self) -> Expr<Number> {
        self.0.attr("maximum_retry_attempts")
    }
    /// `qualifier`: optional; Terraform type `string`.
    pub fn qualifier(&self) -> Expr<String> {
        self.0.attr("qualifier")
    }
    /// Block `destination_config` (list nesting, at most 1).
    pub fn destination_config(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("destination_config")
    }
}
