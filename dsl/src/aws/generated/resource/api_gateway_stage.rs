//! `aws_api_gateway_stage` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_stage>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_api_gateway_stage`: required arguments in [`ApiGatewayStage::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`ApiGatewayStageRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_stage>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ApiGatewayStage {
    body: Body,
}
/// The required arguments of [`ApiGatewayStage::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiGatewayStageArgs {
    /// `deployment_id`: Terraform type `string`
    pub deployment_id: Expr<String>,
    /// `rest_api_id`: Terraform type `string`
    pub rest_api_id: Expr<String>,
    /// `stage_name`: Terraform type `string`
    pub stage_name: Expr<String>,
}
impl ApiGatewayStage {
    /// A new `ApiGatewayStage` with the required arguments, named in [`ApiGatewayStageArgs`].
    pub fn new(args: ApiGatewayStageArgs) -> Self {
        let ApiGatewayStageArgs { deployment_id, rest_api_id, stage_name } = args;
        let mut body = Body::new();
        body.set_attr::<String>("deployment_id", deployment_id);
        body.set_attr::<String>("rest_api_id", rest_api_id);
        body.set_attr::<String>("stage_name", stage_name);
        ApiGatewayStage { body }
    }
    /// `cache_cluster_enabled`: optional; Terraform type `bool`.
    pub fn cache_cluster_enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("cache_cluster_enabled", value);
        self
    }
    /// `cache_cluster_size`: optional; Terraform type `string`.
    pub fn cache_cluster_size(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("cache_cluster_size", value);
        self
    }
    /// `client_certificate_id`: optional; Terraform type `string`.
    pub fn client_certificate_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("client_certificate_id", value);
        self
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("description", value);
        self
    }
    /// `documentation_version`: optional; Terraform type `string`.
    pub fn documentation_version(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("documentation_version", value);
        self
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("tags", value);
        self
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("tags_all", value);
        self
    }
    /// `variables`: optional; Terraform type `map(string)`.
    pub fn variables(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("variables", value);
        self
    }
    /// `xray_tracing_enabled`: optional; Terraform type `bool`.
    pub fn xray_tracing_enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("xray_tracing_enabled", value);
        self
    }
    /// Block `access_log_settings` (list nesting, at most 1).
    ///
    /// Sets block; see [`AccessLogSettings`].
    pub fn access_log_settings(mut self, block: AccessLogSettings) -> Self {
        self.body.set_block("access_log_settings", block.into_body());
        self
    }
    /// Block `canary_settings` (list nesting, at most 1).
    ///
    /// Sets block; see [`CanarySettings`].
    pub fn canary_settings(mut self, block: CanarySettings) -> Self {
        self.body.set_block("canary_settings", block.into_body());
        self
    }
}
impl Builder for ApiGatewayStage {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `access_log_settings` of resource `aws_api_gateway_stage`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct AccessLogSettings {
    body: Body,
}
/// The required arguments of [`AccessLogSettings::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessLogSettingsArgs {
    /// `destination_arn`: Terraform type `string`
    pub destination_arn: Expr<String>,
    /// `format`: Terraform type `string`
    pub format: Expr<String>,
}
impl AccessLogSettings {
    /// A new `AccessLogSettings` with the required arguments, named in [`AccessLogSettingsArgs`].
    pub fn new(args: AccessLogSettingsArgs) -> Self {
        let AccessLogSettingsArgs { destination_arn, format } = args;
        let mut body = Body::new();
        body.set_attr::<String>("destination_arn", destination_arn);
        body.set_attr::<String>("format", format);
        AccessLogSettings { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for AccessLogSettings {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `canary_settings` of resource `aws_api_gateway_stage`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct CanarySettings {
    body: Body,
}
impl CanarySettings {
    /// A new `CanarySettings` with the required arguments.
    /// - `deployment_id`: Terraform type `string`
    pub fn new(deployment_id: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("deployment_id", deployment_id);
        CanarySettings { body }
    }
    /// `percent_traffic`: optional; Terraform type `number`.
    pub fn percent_traffic(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("percent_traffic", value);
        self
    }
    /// `stage_variable_overrides`: optional; Terraform type `map(string)`.
    pub fn stage_variable_overrides(
        mut self,
        value: impl Into<Expr<Map<String>>>,
    ) -> Self {
        self.body.set_attr::<Map<String>>("stage_variable_overrides", value);
        self
    }
    /// `use_stage_cache`: optional; Terraform type `bool`.
    pub fn use_stage_cache(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("use_stage_cache", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for CanarySettings {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl ApiGatewayStage {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_api_gateway_stage";
}
impl TypedSpec for ApiGatewayStage {
    const TYPE: &'static str = "aws_api_gateway_stage";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for ApiGatewayStage {
    type Handle = ApiGatewayStageRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_api_gateway_stage"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for ApiGatewayStage {}
/// A resource `aws_api_gateway_stage` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_stage>
#[derive(Debug, Clone)]
pub struct ApiGatewayStageRef(NodeHandle);
impl From<NodeHandle> for ApiGatewayStageRef {
    fn from(node: NodeHandle) -> Self {
        ApiGatewayStageRef(node)
    }
}
impl std::ops::Deref for ApiGatewayStageRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl ApiGatewayStageRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `cache_cluster_enabled`: optional; Terraform type `bool`.
    pub fn cache_cluster_enabled(&self) -> Expr<bool> {
        self.0.attr("cache_cluster_enabled")
    }
    /// `cache_cluster_size`: optional; Terraform type `string`.
    pub fn cache_cluster_size(&self) -> Expr<String> {
        self.0.attr("cache_cluster_size")
    }
    /// `client_certificate_id`: optional; Terraform type `string`.
    pub fn client_certificate_id(&self) -> Expr<String> {
        self.0.attr("client_certificate_id")
    }
    /// `deployment_id`: required; Terraform type `string`.
    pub fn deployment_id(&self) -> Expr<String> {
        self.0.attr("deployment_id")
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(&self) -> Expr<String> {
        self.0.attr("description")
    }
    /// `documentation_version`: optional; Terraform type `string`.
    pub fn documentation_version(&self) -> Expr<String> {
        self.0.attr("documentation_version")
    }
    /// `execution_arn`: computed; Terraform type `string`.
    pub fn execution_arn(&self) -> Expr<String> {
        self.0.attr("execution_arn")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `invoke_url`: computed; Terraform type `string`.
    pub fn invoke_url(&self) -> Expr<String> {
        self.0.attr("invoke_url")
    }
    /// `rest_api_id`: required; Terraform type `string`.
    pub fn rest_api_id(&self) -> Expr<String> {
        self.0.attr("rest_api_id")
    }
    /// `stage_name`: required; Terraform type `string`.
    pub fn stage_name(&self) -> Expr<String> {
        self.0.attr("stage_name")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `variables`: optional; Terraform type `map(string)`.
    pub fn variables(&self) -> Expr<Map<String>> {
        self.0.attr("variables")
    }
    /// `web_acl_arn`: computed; Terraform type `string`.
    pub fn web_acl_arn(&self) -> Expr<String> {
        self.0.attr("web_acl_arn")
    }
    /// `xray_tracing_enabled`: optional; Terraform type `bool`.
    pub fn xray_tracing_enabled(&self) -> Expr<bool> {
        self.0.attr("xray_tracing_enabled")
    }
    /// Block `access_log_settings` (list nesting, at most 1).
    pub fn access_log_settings(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("access_log_settings")
    }
    /// Block `canary_settings` (list nesting, at most 1).
    pub fn canary_settings(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("canary_settings")
    }
}
