//! `aws_lb_listener_rule` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener_rule>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The resource `aws_lb_listener_rule`: required arguments in [`LbListenerRule::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`LbListenerRuleRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener_rule>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct LbListenerRule {
    body: Body,
}
impl LbListenerRule {
    /// A new `LbListenerRule` with the required arguments.
    /// - `listener_arn`: Terraform type `string`
    /// - `action`: block [`Action`]
    /// - `condition`: block [`Condition`]
    pub fn new(
        listener_arn: impl Into<Expr<String>>,
        action: Action,
        condition: Condition,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("listener_arn", listener_arn);
        body.push_block("action", action.into_body());
        body.push_block("condition", condition.into_body());
        LbListenerRule { body }
    }
    /// `priority`: optional, computed; Terraform type `number`.
    pub fn priority(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("priority", value);
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
    /// Block `action` (list nesting, at least 1).
    ///
    /// Adds one block; see [`Action`].
    pub fn action(mut self, block: Action) -> Self {
        self.body.push_block("action", block.into_body());
        self
    }
    /// Block `condition` (set nesting, at least 1).
    ///
    /// Adds one block; see [`Condition`].
    pub fn condition(mut self, block: Condition) -> Self {
        self.body.push_block("condition", block.into_body());
        self
    }
}
impl Builder for LbListenerRule {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `action` of resource `aws_lb_listener_rule`.
///
/// Nesting: list; at least 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Action {
    body: Body,
}
impl Action {
    /// A new `Action` with the required arguments.
    /// - `type`: Terraform type `string`, one of [`ListenerActionType`](enums::ListenerActionType)
    pub fn new(r#type: impl Into<Expr<enums::ListenerActionType>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<enums::ListenerActionType>("type", r#type);
        Action { body }
    }
    /// `order`: optional, computed; Terraform type `number`.
    pub fn order(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("order", value);
        self
    }
    /// `target_group_arn`: optional; Terraform type `string`.
    pub fn target_group_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("target_group_arn", value);
        self
    }
    /// Block `authenticate_cognito` (list nesting, at most 1).
    ///
    /// Sets block; see [`ActionAuthenticateCognito`].
    pub fn authenticate_cognito(mut self, block: ActionAuthenticateCognito) -> Self {
        self.body.set_block("authenticate_cognito", block.into_body());
        self
    }
    /// Block `authenticate_oidc` (list nesting, at most 1).
    ///
    /// Sets block; see [`ActionAuthenticateOidc`].
    pub fn authenticate_oidc(mut self, block: ActionAuthenticateOidc) -> Self {
        self.body.set_block("authenticate_oidc", block.into_body());
        self
    }
    /// Block `fixed_response` (list nesting, at most 1).
    ///
    /// Sets block; see [`ActionFixedResponse`].
    pub fn fixed_response(mut self, block: ActionFixedResponse) -> Self {
        self.body.set_block("fixed_response", block.into_body());
        self
    }
    /// Block `forward` (list nesting, at most 1).
    ///
    /// Sets block; see [`ActionForward`].
    pub fn forward(mut self, block: ActionForward) -> Self {
        self.body.set_block("forward", block.into_body());
        self
    }
    /// Block `redirect` (list nesting, at most 1).
    ///
    /// Sets block; see [`ActionRedirect`].
    pub fn redirect(mut self, block: ActionRedirect) -> Self {
        self.body.set_block("redirect", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Action {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `authenticate_cognito` of resource `aws_lb_listener_rule`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ActionAuthenticateCognito {
    body: Body,
}
/// The required arguments of [`ActionAuthenticateCognito::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionAuthenticateCognitoArgs {
    /// `user_pool_arn`: Terraform type `string`
    pub user_pool_arn: Expr<String>,
    /// `user_pool_client_id`: Terraform type `string`
    pub user_pool_client_id: Expr<String>,
    /// `user_pool_domain`: Terraform type `string`
    pub user_pool_domain: Expr<String>,
}
impl ActionAuthenticateCognito {
    /// A new `ActionAuthenticateCognito` with the required arguments, named in [`ActionAuthenticateCognitoArgs`].
    pub fn new(args: ActionAuthenticateCognitoArgs) -> Self {
        let ActionAuthenticateCognitoArgs {
            user_pool_arn,
            user_pool_client_id,
            user_pool_domain,
        } = args;
        let mut body = Body::new();
        body.set_attr::<String>("user_pool_arn", user_pool_arn);
        body.set_attr::<String>("user_pool_client_id", user_pool_client_id);
        body.set_attr::<String>("user_pool_domain", user_pool_domain);
        ActionAuthenticateCognito { body }
    }
    /// `authentication_request_extra_params`: optional; Terraform type `map(string)`.
    pub fn authentication_request_extra_params(
        mut self,
        value: impl Into<Expr<Map<String>>>,
    ) -> Self {
        self.body.set_attr::<Map<String>>("authentication_request_extra_params", value);
        self
    }
    /// `on_unauthenticated_request`: optional, computed; Terraform type `string`.
    pub fn on_unauthenticated_request(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("on_unauthenticated_request", value);
        self
    }
    /// `scope`: optional; Terraform type `string`.
    pub fn scope(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("scope", value);
        self
    }
    /// `session_cookie_name`: optional; Terraform type `string`.
    pub fn session_cookie_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("session_cookie_name", value);
        self
    }
    /// `session_timeout`: optional; Terraform type `number`.
    pub fn session_timeout(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("session_timeout", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ActionAuthenticateCognito {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `authenticate_oidc` of resource `aws_lb_listener_rule`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ActionAuthenticateOidc {
    body: Body,
}
/// The required arguments of [`ActionAuthenticateOidc::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionAuthenticateOidcArgs {
    /// `authorization_endpoint`: Terraform type `string`
    pub authorization_endpoint: Expr<String>,
    /// `client_id`: Terraform type `string`
    pub client_id: Expr<String>,
    /// `client_secret`: Terraform type `string`
    pub client_secret: Expr<String>,
    /// `issuer`: Terraform type `string`
    pub issuer: Expr<String>,
    /// `token_endpoint`: Terraform type `string`
    pub token_endpoint: Expr<String>,
    /// `user_info_endpoint`: Terraform type `string`
    pub user_info_endpoint: Expr<String>,
}
impl ActionAuthenticateOidc {
    /// A new `ActionAuthenticateOidc` with the required arguments, named in [`ActionAuthenticateOidcArgs`].
    pub fn new(args: ActionAuthenticateOidcArgs) -> Self {
        let ActionAuthenticateOidcArgs {
            authorization_endpoint,
            client_id,
            client_secret,
            issuer,
            token_endpoint,
            user_info_endpoint,
        } = args;
        let mut body = Body::new();
        body.set_attr::<String>("authorization_endpoint", authorization_endpoint);
        body.set_attr::<String>("client_id", client_id);
        body.set_attr::<String>("client_secret", client_secret);
        body.set_attr::<String>("issuer", issuer);
        body.set_attr::<String>("token_endpoint", token_endpoint);
        body.set_attr::<String>("user_info_endpoint", user_info_endpoint);
        ActionAuthenticateOidc { body }
    }
    /// `authentication_request_extra_params`: optional; Terraform type `map(string)`.
    pub fn authentication_request_extra_params(
        mut self,
        value: impl Into<Expr<Map<String>>>,
    ) -> Self {
        self.body.set_attr::<Map<String>>("authentication_request_extra_params", value);
        self
    }
    /// `on_unauthenticated_request`: optional, computed; Terraform type `string`.
    pub fn on_unauthenticated_request(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("on_unauthenticated_request", value);
        self
    }
    /// `scope`: optional; Terraform type `string`.
    pub fn scope(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("scope", value);
        self
    }
    /// `session_cookie_name`: optional; Terraform type `string`.
    pub fn session_cookie_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("session_cookie_name", value);
        self
    }
    /// `session_timeout`: optional; Terraform type `number`.
    pub fn session_timeout(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("session_timeout", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ActionAuthenticateOidc {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `fixed_response` of resource `aws_lb_listener_rule`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ActionFixedResponse {
    body: Body,
}
impl ActionFixedResponse {
    /// A new `ActionFixedResponse` with the required arguments.
    /// - `content_type`: Terraform type `string`
    pub fn new(content_type: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("content_type", content_type);
        ActionFixedResponse { body }
    }
    /// `message_body`: optional; Terraform type `string`.
    pub fn message_body(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("message_body", value);
        self
    }
    /// `status_code`: optional, computed; Terraform type `string`.
    pub fn status_code(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("status_code", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ActionFixedResponse {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `forward` of resource `aws_lb_listener_rule`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ActionForward {
    body: Body,
}
impl ActionForward {
    /// A new `ActionForward` with the required arguments.
    /// - `target_group`: block [`ActionForwardTargetGroup`]
    pub fn new(target_group: ActionForwardTargetGroup) -> Self {
        let mut body = Body::new();
        body.push_block("target_group", target_group.into_body());
        ActionForward { body }
    }
    /// Block `stickiness` (list nesting, at most 1).
    ///
    /// Sets block; see [`ActionForwardStickiness`].
    pub fn stickiness(mut self, block: ActionForwardStickiness) -> Self {
        self.body.set_block("stickiness", block.into_body());
        self
    }
    /// Block `target_group` (set nesting, 1 to 5).
    ///
    /// Adds one block; see [`ActionForwardTargetGroup`].
    pub fn target_group(mut self, block: ActionForwardTargetGroup) -> Self {
        self.body.push_block("target_group", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ActionForward {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `stickiness` of resource `aws_lb_listener_rule`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ActionForwardStickiness {
    body: Body,
}
impl ActionForwardStickiness {
    /// A new `ActionForwardStickiness` with the required arguments.
    /// - `duration`: Terraform type `number`
    pub fn new(duration: impl Into<Expr<Number>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Number>("duration", duration);
        ActionForwardStickiness { body }
    }
    /// `enabled`: optional; Terraform type `bool`.
    pub fn enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enabled", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ActionForwardStickiness {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `target_group` of resource `aws_lb_listener_rule`.
///
/// Nesting: set; 1 to 5.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ActionForwardTargetGroup {
    body: Body,
}
impl ActionForwardTargetGroup {
    /// A new `ActionForwardTargetGroup` with the required arguments.
    /// - `arn`: Terraform type `string`
    pub fn new(arn: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("arn", arn);
        ActionForwardTargetGroup { body }
    }
    /// `weight`: optional; Terraform type `number`.
    pub fn weight(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("weight", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ActionForwardTargetGroup {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `redirect` of resource `aws_lb_listener_rule`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ActionRedirect {
    body: Body,
}
impl ActionRedirect {
    /// A new `ActionRedirect` with the required arguments.
    /// - `status_code`: Terraform type `string`, one of [`RedirectStatusCode`](enums::RedirectStatusCode)
    pub fn new(status_code: impl Into<Expr<enums::RedirectStatusCode>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<enums::RedirectStatusCode>("status_code", status_code);
        ActionRedirect { body }
    }
    /// `host`: optional; Terraform type `string`.
    pub fn host(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("host", value);
        self
    }
    /// `path`: optional; Terraform type `string`.
    pub fn path(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("path", value);
        self
    }
    /// `port`: optional; Terraform type `string`.
    pub fn port(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("port", value);
        self
    }
    /// `protocol`: optional; Terraform type `string`.
    pub fn protocol(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("protocol", value);
        self
    }
    /// `query`: optional; Terraform type `string`.
    pub fn query(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("query", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ActionRedirect {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `condition` of resource `aws_lb_listener_rule`.
///
/// Nesting: set; at least 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Condition {
    body: Body,
}
impl Condition {
    /// A new `Condition` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// Block `host_header` (list nesting, at most 1).
    ///
    /// Sets block; see [`ConditionHostHeader`].
    pub fn host_header(mut self, block: ConditionHostHeader) -> Self {
        self.body.set_block("host_header", block.into_body());
        self
    }
    /// Block `http_header` (list nesting, at most 1).
    ///
    /// Sets block; see [`ConditionHttpHeader`].
    pub fn http_header(mut self, block: ConditionHttpHeader) -> Self {
        self.body.set_block("http_header", block.into_body());
        self
    }
    /// Block `http_request_method` (list nesting, at most 1).
    ///
    /// Sets block; see [`ConditionHttpRequestMethod`].
    pub fn http_request_method(mut self, block: ConditionHttpRequestMethod) -> Self {
        self.body.set_block("http_request_method", block.into_body());
        self
    }
    /// Block `path_pattern` (list nesting, at most 1).
    ///
    /// Sets block; see [`ConditionPathPattern`].
    pub fn path_pattern(mut self, block: ConditionPathPattern) -> Self {
        self.body.set_block("path_pattern", block.into_body());
        self
    }
    /// Block `query_string` (set nesting, any number).
    ///
    /// Adds one block; see [`ConditionQueryString`].
    pub fn query_string(mut self, block: ConditionQueryString) -> Self {
        self.body.push_block("query_string", block.into_body());
        self
    }
    /// Block `source_ip` (list nesting, at most 1).
    ///
    /// Sets block; see [`ConditionSourceIp`].
    pub fn source_ip(mut self, block: ConditionSourceIp) -> Self {
        self.body.set_block("source_ip", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Condition {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `host_header` of resource `aws_lb_listener_rule`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ConditionHostHeader {
    body: Body,
}
impl ConditionHostHeader {
    /// A new `ConditionHostHeader` with the required arguments.
    /// - `values`: Terraform type `set(string)`
    pub fn new(values: impl Into<Expr<Vec<String>>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Vec<String>>("values", values);
        ConditionHostHeader { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ConditionHostHeader {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `http_header` of resource `aws_lb_listener_rule`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ConditionHttpHeader {
    body: Body,
}
impl ConditionHttpHeader {
    /// A new `ConditionHttpHeader` with the required arguments.
    /// - `http_header_name`: Terraform type `string`
    /// - `values`: Terraform type `set(string)`
    pub fn new(
        http_header_name: impl Into<Expr<String>>,
        values: impl Into<Expr<Vec<String>>>,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("http_header_name", http_header_name);
        body.set_attr::<Vec<String>>("values", values);
        ConditionHttpHeader { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ConditionHttpHeader {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `http_request_method` of resource `aws_lb_listener_rule`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ConditionHttpRequestMethod {
    body: Body,
}
impl ConditionHttpRequestMethod {
    /// A new `ConditionHttpRequestMethod` with the required arguments.
    /// - `values`: Terraform type `set(string)`
    pub fn new(values: impl Into<Expr<Vec<String>>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Vec<String>>("values", values);
        ConditionHttpRequestMethod { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ConditionHttpRequestMethod {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `path_pattern` of resource `aws_lb_listener_rule`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ConditionPathPattern {
    body: Body,
}
impl ConditionPathPattern {
    /// A new `ConditionPathPattern` with the required arguments.
    /// - `values`: Terraform type `set(string)`
    pub fn new(values: impl Into<Expr<Vec<String>>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Vec<String>>("values", values);
        ConditionPathPattern { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ConditionPathPattern {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `query_string` of resource `aws_lb_listener_rule`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ConditionQueryString {
    body: Body,
}
impl ConditionQueryString {
    /// A new `ConditionQueryString` with the required arguments.
    /// - `value`: Terraform type `string`
    pub fn new(value: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("value", value);
        ConditionQueryString { body }
    }
    /// `key`: optional; Terraform type `string`.
    pub fn key(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("key", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ConditionQueryString {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `source_ip` of resource `aws_lb_listener_rule`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ConditionSourceIp {
    body: Body,
}
impl ConditionSourceIp {
    /// A new `ConditionSourceIp` with the required arguments.
    /// - `values`: Terraform type `set(string)`
    pub fn new(values: impl Into<Expr<Vec<String>>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Vec<String>>("values", values);
        ConditionSourceIp { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ConditionSourceIp {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl LbListenerRule {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_lb_listener_rule";
}
impl TypedSpec for LbListenerRule {
    const TYPE: &'static str = "aws_lb_listener_rule";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for LbListenerRule {
    type Handle = LbListenerRuleRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_lb_listener_rule"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for LbListenerRule {}
/// A resource `aws_lb_listener_rule` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener_rule>
#[derive(Debug, Clone)]
pub struct LbListenerRuleRef(NodeHandle);
impl From<NodeHandle> for LbListenerRuleRef {
    fn from(node: NodeHandle) -> Self {
        LbListenerRuleRef(node)
    }
}
impl std::ops::Deref for LbListenerRuleRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl LbListenerRuleRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `listener_arn`: required; Terraform type `string`.
    pub fn listener_arn(&self) -> Expr<String> {
        self.0.attr("listener_arn")
    }
    /// `priority`: optional, computed; Terraform type `number`.
    pub fn priority(&self) -> Expr<Number> {
        self.0.attr("priority")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// Block `action` (list nesting, at least 1).
    pub fn action(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("action")
    }
    /// Block `condition` (set nesting, at least 1).
    pub fn condition(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("condition")
    }
}
