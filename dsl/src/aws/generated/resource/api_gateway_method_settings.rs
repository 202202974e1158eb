//! `aws_api_gateway_method_settings` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method_settings>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The resource `aws_api_gateway_method_settings`: required arguments in [`ApiGatewayMethodSettings::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`ApiGatewayMethodSettingsRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method_settings>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ApiGatewayMethodSettings {
    body: Body,
}
/// The required arguments of [`ApiGatewayMethodSettings::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiGatewayMethodSettingsArgs {
    /// `method_path`: Terraform type `string`
    pub method_path: Expr<String>,
    /// `rest_api_id`: Terraform type `string`
    pub rest_api_id: Expr<String>,
    /// `stage_name`: Terraform type `string`
    pub stage_name: Expr<String>,
    /// `settings`: block [`Settings`]
    pub settings: Settings,
}
impl ApiGatewayMethodSettings {
    /// A new `ApiGatewayMethodSettings` with the required arguments, named in [`ApiGatewayMethodSettingsArgs`].
    pub fn new(args: ApiGatewayMethodSettingsArgs) -> Self {
        let ApiGatewayMethodSettingsArgs {
            method_path,
            rest_api_id,
            stage_name,
            settings,
        } = args;
        let mut body = Body::new();
        body.set_attr::<String>("method_path", method_path);
        body.set_attr::<String>("rest_api_id", rest_api_id);
        body.set_attr::<String>("stage_name", stage_name);
        body.set_block("settings", settings.into_body());
        ApiGatewayMethodSettings { body }
    }
    /// Block `settings` (list nesting, exactly 1).
    ///
    /// Sets block; see [`Settings`].
    pub fn settings(mut self, block: Settings) -> Self {
        self.body.set_block("settings", block.into_body());
        self
    }
}
impl Builder for ApiGatewayMethodSettings {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `settings` of resource `aws_api_gateway_method_settings`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Settings {
    body: Body,
}
impl Settings {
    /// A new `Settings` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `cache_data_encrypted`: optional, computed; Terraform type `bool`.
    pub fn cache_data_encrypted(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("cache_data_encrypted", value);
        self
    }
    /// `cache_ttl_in_seconds`: optional, computed; Terraform type `number`.
    pub fn cache_ttl_in_seconds(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("cache_ttl_in_seconds", value);
        self
    }
    /// `caching_enabled`: optional, computed; Terraform type `bool`.
    pub fn caching_enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("caching_enabled", value);
        self
    }
    /// `data_trace_enabled`: optional, computed; Terraform type `bool`.
    pub fn data_trace_enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("data_trace_enabled", value);
        self
    }
    /// `logging_level`: optional, computed; Terraform type `string`, one of [`ApiLoggingLevel`](enums::ApiLoggingLevel).
    pub fn logging_level(
        mut self,
        value: impl Into<Expr<enums::ApiLoggingLevel>>,
    ) -> Self {
        self.body.set_attr::<enums::ApiLoggingLevel>("logging_level", value);
        self
    }
    /// `metrics_enabled`: optional, computed; Terraform type `bool`.
    pub fn metrics_enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("metrics_enabled", value);
        self
    }
    /// `require_authorization_for_cache_control`: optional, computed; Terraform type `bool`.
    pub fn require_authorization_for_cache_control(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("require_authorization_for_cache_control", value);
        self
    }
    /// `throttling_burst_limit`: optional; Terraform type `number`.
    pub fn throttling_burst_limit(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("throttling_burst_limit", value);
        self
    }
    /// `throttling_rate_limit`: optional; Terraform type `number`.
    pub fn throttling_rate_limit(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("throttling_rate_limit", value);
        self
    }
    /// `unauthorized_cache_control_header_strategy`: optional, computed; Terraform type `string`.
    pub fn unauthorized_cache_control_header_strategy(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body
            .set_attr::<String>("unauthorized_cache_control_header_strategy", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Settings {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl ApiGatewayMethodSettings {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_api_gateway_method_settings";
}
impl TypedSpec for ApiGatewayMethodSettings {
    const TYPE: &'static str = "aws_api_gateway_method_settings";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for ApiGatewayMethodSettings {
    type Handle = ApiGatewayMethodSettingsRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_api_gateway_method_settings"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_api_gateway_method_settings` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method_settings>
#[derive(Debug, Clone)]
pub struct ApiGatewayMethodSettingsRef(NodeHandle);
impl From<NodeHandle> for ApiGatewayMethodSettingsRef {
    fn from(node: NodeHandle) -> Self {
        ApiGatewayMethodSettingsRef(node)
    }
}
impl std::ops::Deref for ApiGatewayMethodSettingsRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl ApiGatewayMethodSettingsRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `method_path`: required; Terraform type `string`.
    pub fn method_path(&self) -> Expr<String> {
        self.0.attr("method_path")
    }
    /// `rest_api_id`: required; Terraform type `string`.
    pub fn rest_api_id(&self) -> Expr<String> {
        self.0.attr("rest_api_id")
    }
    /// `stage_name`: required; Terraform type `string`.
    pub fn stage_name(&self) -> Expr<String> {
        self.0.attr("stage_name")
    }
    /// Block `settings` (list nesting, exactly 1).
    pub fn settings(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("settings")
    }
}
