//! `aws_lb_listener` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The resource `aws_lb_listener`: required arguments in [`LbListener::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`LbListenerRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct LbListener {
    body: Body,
}
impl LbListener {
    /// A new `LbListener` with the required arguments.
    /// - `load_balancer_arn`: Terraform type `string`
    /// - `default_action`: block [`DefaultAction`]
    pub fn new(
        load_balancer_arn: impl Into<Expr<String>>,
        default_action: DefaultAction,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("load_balancer_arn", load_balancer_arn);
        body.push_block("default_action", default_action.into_body());
        LbListener { body }
    }
    /// `alpn_policy`: optional; Terraform type `string`.
    pub fn alpn_policy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("alpn_policy", value);
        self
    }
    /// `certificate_arn`: optional; Terraform type `string`.
    pub fn certificate_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("certificate_arn", value);
        self
    }
    /// `port`: optional; Terraform type `number`.
    pub fn port(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("port", value);
        self
    }
    /// `protocol`: optional, computed; Terraform type `string`, one of [`LbProtocol`](enums::LbProtocol).
    pub fn protocol(mut self, value: impl Into<Expr<enums::LbProtocol>>) -> Self {
        self.body.set_attr::<enums::LbProtocol>("protocol", value);
        self
    }
    /// `routing_http_request_x_amzn_mtls_clientcert_header_name`: optional, computed; Terraform type `string`.
    pub fn routing_http_request_x_amzn_mtls_clientcert_header_name(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body
            .set_attr::<
                String,
            >("routing_http_request_x_amzn_mtls_clientcert_header_name", value);
        self
    }
    /// `routing_http_request_x_amzn_mtls_clientcert_issuer_header_name`: optional, computed; Terraform type `string`.
    pub fn routing_http_request_x_amzn_mtls_clientcert_issuer_header_name(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body
            .set_attr::<
                String,
            >("routing_http_request_x_amzn_mtls_clientcert_issuer_header_name", value);
        self
    }
    /// `routing_http_request_x_amzn_mtls_clientcert_leaf_header_name`: optional, computed; Terraform type `string`.
    pub fn routing_http_request_x_amzn_mtls_clientcert_leaf_header_name(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body
            .set_attr::<
                String,
            >("routing_http_request_x_amzn_mtls_clientcert_leaf_header_name", value);
        self
    }
    /// `routing_http_request_x_amzn_mtls_clientcert_serial_number_header_name`: optional, computed; Terraform type `string`.
    pub fn routing_http_request_x_amzn_mtls_clientcert_serial_number_header_name(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body
            .set_attr::<
                String,
            >(
                "routing_http_request_x_amzn_mtls_clientcert_serial_number_header_name",
                value,
            );
        self
    }
    /// `routing_http_request_x_amzn_mtls_clientcert_subject_header_name`: optional, computed; Terraform type `string`.
    pub fn routing_http_request_x_amzn_mtls_clientcert_subject_header_name(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body
            .set_attr::<
                String,
            >("routing_http_request_x_amzn_mtls_clientcert_subject_header_name", value);
        self
    }
    /// `routing_http_request_x_amzn_mtls_clientcert_validity_header_name`: optional, computed; Terraform type `string`.
    pub fn routing_http_request_x_amzn_mtls_clientcert_validity_header_name(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body
            .set_attr::<
                String,
            >("routing_http_request_x_amzn_mtls_clientcert_validity_header_name", value);
        self
    }
    /// `routing_http_request_x_amzn_tls_cipher_suite_header_name`: optional, computed; Terraform type `string`.
    pub fn routing_http_request_x_amzn_tls_cipher_suite_header_name(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body
            .set_attr::<
                String,
            >("routing_http_request_x_amzn_tls_cipher_suite_header_name", value);
        self
    }
    /// `routing_http_request_x_amzn_tls_version_header_name`: optional, computed; Terraform type `string`.
    pub fn routing_http_request_x_amzn_tls_version_header_name(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body
            .set_attr::<
                String,
            >("routing_http_request_x_amzn_tls_version_header_name", value);
        self
    }
    /// `routing_http_response_access_control_allow_credentials_header_value`: optional, computed; Terraform type `string`.
    pub fn routing_http_response_access_control_allow_credentials_header_value(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body
            .set_attr::<
                String,
            >(
                "routing_http_response_access_control_allow_credentials_header_value",
                value,
            );
        self
    }
    /// `routing_http_response_access_control_allow_headers_header_value`: optional, computed; Terraform type `string`.
    pub fn routing_http_response_access_control_allow_headers_header_value(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body
            .set_attr::<
                String,
            >("routing_http_response_access_control_allow_headers_header_value", value);
        self
    }
    /// `routing_http_response_access_control_allow_methods_header_value`: optional, computed; Terraform type `string`.
    pub fn routing_http_response_access_control_allow_methods_header_value(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body
            .set_attr::<
                String,
            >("routing_http_response_access_control_allow_methods_header_value", value);
        self
    }
    /// `routing_http_response_access_control_allow_origin_header_value`: optional, computed; Terraform type `string`.
    pub fn routing_http_response_access_control_allow_origin_header_value(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body
            .set_attr::<
                String,
            >("routing_http_response_access_control_allow_origin_header_value", value);
        self
    }
    /// `routing_http_response_access_control_expose_headers_header_value`: optional, computed; Terraform type `string`.
    pub fn routing_http_response_access_control_expose_headers_header_value(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body
            .set_attr::<
                String,
            >("routing_http_response_access_control_expose_headers_header_value", value);
        self
    }
    /// `routing_http_response_access_control_max_age_header_value`: optional, computed; Terraform type `string`.
    pub fn routing_http_response_access_control_max_age_header_value(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body
            .set_attr::<
                String,
            >("routing_http_response_access_control_max_age_header_value", value);
        self
    }
    /// `routing_http_response_content_security_policy_header_value`: optional, computed; Terraform type `string`.
    pub fn routing_http_response_content_security_policy_header_value(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body
            .set_attr::<
                String,
            >("routing_http_response_content_security_policy_header_value", value);
        self
    }
    /// `routing_http_response_server_enabled`: optional, computed; Terraform type `bool`.
    pub fn routing_http_response_server_enabled(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("routing_http_response_server_enabled", value);
        self
    }
    /// `routing_http_response_strict_transport_security_header_value`: optional, computed; Terraform type `string`.
    pub fn routing_http_response_strict_transport_security_header_value(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body
            .set_attr::<
                String,
            >("routing_http_response_strict_transport_security_header_value", value);
        self
    }
    /// `routing_http_response_x_content_type_options_header_value`: optional, computed; Terraform type `string`.
    pub fn routing_http_response_x_content_type_options_header_value(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body
            .set_attr::<
                String,
            >("routing_http_response_x_content_type_options_header_value", value);
        self
    }
    /// `routing_http_response_x_frame_options_header_value`: optional, computed; Terraform type `string`.
    pub fn routing_http_response_x_frame_options_header_value(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body
            .set_attr::<
                String,
            >("routing_http_response_x_frame_options_header_value", value);
        self
    }
    /// `ssl_policy`: optional, computed; Terraform type `string`.
    pub fn ssl_policy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("ssl_policy", value);
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
    /// `tcp_idle_timeout_seconds`: optional, computed; Terraform type `number`.
    pub fn tcp_idle_timeout_seconds(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("tcp_idle_timeout_seconds", value);
        self
    }
    /// Block `default_action` (list nesting, at least 1).
    ///
    /// Adds one block; see [`DefaultAction`].
    pub fn default_action(mut self, block: DefaultAction) -> Self {
        self.body.push_block("default_action", block.into_body());
        self
    }
    /// Block `mutual_authentication` (list nesting, at most 1).
    ///
    /// Sets block; see [`MutualAuthentication`].
    pub fn mutual_authentication(mut self, block: MutualAuthentication) -> Self {
        self.body.set_block("mutual_authentication", block.into_body());
        self
    }
    /// Block `timeouts` (single nesting, any number).
    ///
    /// Sets block; see [`Timeouts`].
    pub fn timeouts(mut self, block: Timeouts) -> Self {
        self.body.set_block("timeouts", block.into_body());
        self
    }
}
impl Builder for LbListener {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `default_action` of resource `aws_lb_listener`.
///
/// Nesting: list; at least 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct DefaultAction {
    body: Body,
}
impl DefaultAction {
    /// A new `DefaultAction` with the required arguments.
    /// - `type`: Terraform type `string`, one of [`ListenerActionType`](enums::ListenerActionType)
    pub fn new(r#type: impl Into<Expr<enums::ListenerActionType>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<enums::ListenerActionType>("type", r#type);
        DefaultAction { body }
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
    /// Sets block; see [`DefaultActionAuthenticateCognito`].
    pub fn authenticate_cognito(
        mut self,
        block: DefaultActionAuthenticateCognito,
    ) -> Self {
        self.body.set_block("authenticate_cognito", block.into_body());
        self
    }
    /// Block `authenticate_oidc` (list nesting, at most 1).
    ///
    /// Sets block; see [`DefaultActionAuthenticateOidc`].
    pub fn authenticate_oidc(mut self, block: DefaultActionAuthenticateOidc) -> Self {
        self.body.set_block("authenticate_oidc", block.into_body());
        self
    }
    /// Block `fixed_response` (list nesting, at most 1).
    ///
    /// Sets block; see [`DefaultActionFixedResponse`].
    pub fn fixed_response(mut self, block: DefaultActionFixedResponse) -> Self {
        self.body.set_block("fixed_response", block.into_body());
        self
    }
    /// Block `forward` (list nesting, at most 1).
    ///
    /// Sets block; see [`DefaultActionForward`].
    pub fn forward(mut self, block: DefaultActionForward) -> Self {
        self.body.set_block("forward", block.into_body());
        self
    }
    /// Block `redirect` (list nesting, at most 1).
    ///
    /// Sets block; see [`DefaultActionRedirect`].
    pub fn redirect(mut self, block: DefaultActionRedirect) -> Self {
        self.body.set_block("redirect", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for DefaultAction {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `authenticate_cognito` of resource `aws_lb_listener`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct DefaultActionAuthenticateCognito {
    body: Body,
}
/// The required arguments of [`DefaultActionAuthenticateCognito::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultActionAuthenticateCognitoArgs {
    /// `user_pool_arn`: Terraform type `string`
    pub user_pool_arn: Expr<String>,
    /// `user_pool_client_id`: Terraform type `string`
    pub user_pool_client_id: Expr<String>,
    /// `user_pool_domain`: Terraform type `string`
    pub user_pool_domain: Expr<String>,
}
impl DefaultActionAuthenticateCognito {
    /// A new `DefaultActionAuthenticateCognito` with the required arguments, named in [`DefaultActionAuthenticateCognitoArgs`].
    pub fn new(args: DefaultActionAuthenticateCognitoArgs) -> Self {
        let DefaultActionAuthenticateCognitoArgs {
            user_pool_arn,
            user_pool_client_id,
            user_pool_domain,
        } = args;
        let mut body = Body::new();
        body.set_attr::<String>("user_pool_arn", user_pool_arn);
        body.set_attr::<String>("user_pool_client_id", user_pool_client_id);
        body.set_attr::<String>("user_pool_domain", user_pool_domain);
        DefaultActionAuthenticateCognito {
            body,
        }
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
    /// `scope`: optional, computed; Terraform type `string`.
    pub fn scope(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("scope", value);
        self
    }
    /// `session_cookie_name`: optional, computed; Terraform type `string`.
    pub fn session_cookie_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("session_cookie_name", value);
        self
    }
    /// `session_timeout`: optional, computed; Terraform type `number`.
    pub fn session_timeout(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("session_timeout", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for DefaultActionAuthenticateCognito {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `authenticate_oidc` of resource `aws_lb_listener`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct DefaultActionAuthenticateOidc {
    body: Body,
}
/// The required arguments of [`DefaultActionAuthenticateOidc::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultActionAuthenticateOidcArgs {
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
impl DefaultActionAuthenticateOidc {
    /// A new `DefaultActionAuthenticateOidc` with the required arguments, named in [`DefaultActionAuthenticateOidcArgs`].
    pub fn new(args: DefaultActionAuthenticateOidcArgs) -> Self {
        let DefaultActionAuthenticateOidcArgs {
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
        DefaultActionAuthenticateOidc {
            body,
        }
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
    /// `scope`: optional, computed; Terraform type `string`.
    pub fn scope(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("scope", value);
        self
    }
    /// `session_cookie_name`: optional, computed; Terraform type `string`.
    pub fn session_cookie_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("session_cookie_name", value);
        self
    }
    /// `session_timeout`: optional, computed; Terraform type `number`.
    pub fn session_timeout(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("session_timeout", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for DefaultActionAuthenticateOidc {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `fixed_response` of resource `aws_lb_listener`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct DefaultActionFixedResponse {
    body: Body,
}
impl DefaultActionFixedResponse {
    /// A new `DefaultActionFixedResponse` with the required arguments.
    /// - `content_type`: Terraform type `string`
    pub fn new(content_type: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("content_type", content_type);
        DefaultActionFixedResponse { body }
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
impl Builder for DefaultActionFixedResponse {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `forward` of resource `aws_lb_listener`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct DefaultActionForward {
    body: Body,
}
impl DefaultActionForward {
    /// A new `DefaultActionForward` with the required arguments.
    /// - `target_group`: block [`DefaultActionForwardTargetGroup`]
    pub fn new(target_group: DefaultActionForwardTargetGroup) -> Self {
        let mut body = Body::new();
        body.push_block("target_group", target_group.into_body());
        DefaultActionForward { body }
    }
    /// Block `stickiness` (list nesting, at most 1).
    ///
    /// Sets block; see [`DefaultActionForwardStickiness`].
    pub fn stickiness(mut self, block: DefaultActionForwardStickiness) -> Self {
        self.body.set_block("stickiness", block.into_body());
        self
    }
    /// Block `target_group` (set nesting, 1 to 5).
    ///
    /// Adds one block; see [`DefaultActionForwardTargetGroup`].
    pub fn target_group(mut self, block: DefaultActionForwardTargetGroup) -> Self {
        self.body.push_block("target_group", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for DefaultActionForward {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `stickiness` of resource `aws_lb_listener`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct DefaultActionForwardStickiness {
    body: Body,
}
impl DefaultActionForwardStickiness {
    /// A new `DefaultActionForwardStickiness` with the required arguments.
    /// - `duration`: Terraform type `number`
    pub fn new(duration: impl Into<Expr<Number>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Number>("duration", duration);
        DefaultActionForwardStickiness {
            body,
        }
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
impl Builder for DefaultActionForwardStickiness {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `target_group` of resource `aws_lb_listener`.
///
/// Nesting: set; 1 to 5.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct DefaultActionForwardTargetGroup {
    body: Body,
}
impl DefaultActionForwardTargetGroup {
    /// A new `DefaultActionForwardTargetGroup` with the required arguments.
    /// - `arn`: Terraform type `string`
    pub fn new(arn: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("arn", arn);
        DefaultActionForwardTargetGroup {
            body,
        }
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
impl Builder for DefaultActionForwardTargetGroup {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `redirect` of resource `aws_lb_listener`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct DefaultActionRedirect {
    body: Body,
}
impl DefaultActionRedirect {
    /// A new `DefaultActionRedirect` with the required arguments.
    /// - `status_code`: Terraform type `string`, one of [`RedirectStatusCode`](enums::RedirectStatusCode)
    pub fn new(status_code: impl Into<Expr<enums::RedirectStatusCode>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<enums::RedirectStatusCode>("status_code", status_code);
        DefaultActionRedirect { body }
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
impl Builder for DefaultActionRedirect {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `mutual_authentication` of resource `aws_lb_listener`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct MutualAuthentication {
    body: Body,
}
impl MutualAuthentication {
    /// A new `MutualAuthentication` with the required arguments.
    /// - `mode`: Terraform type `string`
    pub fn new(mode: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("mode", mode);
        MutualAuthentication { body }
    }
    /// `advertise_trust_store_ca_names`: optional, computed; Terraform type `string`.
    pub fn advertise_trust_store_ca_names(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("advertise_trust_store_ca_names", value);
        self
    }
    /// `ignore_client_certificate_expiry`: optional; Terraform type `bool`.
    pub fn ignore_client_certificate_expiry(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("ignore_client_certificate_expiry", value);
        self
    }
    /// `trust_store_arn`: optional; Terraform type `string`.
    pub fn trust_store_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("trust_store_arn", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for MutualAuthentication {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_lb_listener`.
///
/// Nesting: single; any number.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Timeouts {
    body: Body,
}
impl Timeouts {
    /// A new `Timeouts` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `create`: optional; Terraform type `string`.
    pub fn create(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("create", value);
        self
    }
    /// `update`: optional; Terraform type `string`.
    pub fn update(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("update", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Timeouts {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl LbListener {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_lb_listener";
}
impl TypedSpec for LbListener {
    const TYPE: &'static str = "aws_lb_listener";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for LbListener {
    type Handle = LbListenerRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_lb_listener"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for LbListener {}
/// A resource `aws_lb_listener` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener>
#[derive(Debug, Clone)]
pub struct LbListenerRef(NodeHandle);
impl From<NodeHandle> for LbListenerRef {
    fn from(node: NodeHandle) -> Self {
        LbListenerRef(node)
    }
}
impl std::ops::Deref for LbListenerRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl LbListenerRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `alpn_policy`: optional; Terraform type `string`.
    pub fn alpn_policy(&self) -> Expr<String> {
        self.0.attr("alpn_policy")
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `certificate_arn`: optional; Terraform type `string`.
    pub fn certificate_arn(&self) -> Expr<String> {
        self.0.attr("certificate_arn")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `load_balancer_arn`: required; Terraform type `string`.
    pub fn load_balancer_arn(&self) -> Expr<String> {
        self.0.attr("load_balancer_arn")
    }
    /// `port`: optional; Terraform type `number`.
    pub fn port(&self) -> Expr<Number> {
        self.0.attr("port")
    }
    /// `protocol`: optional, computed; Terraform type `string`, one of [`LbProtocol`](enums::LbProtocol).
    pub fn protocol(&self) -> Expr<enums::LbProtocol> {
        self.0.attr("protocol")
    }
    /// `routing_http_request_x_amzn_mtls_clientcert_header_name`: optional, computed; Terraform type `string`.
    pub fn routing_http_request_x_amzn_mtls_clientcert_header_name(
        &self,
    ) -> Expr<String> {
        self.0.attr("routing_http_request_x_amzn_mtls_clientcert_header_name")
    }
    /// `routing_http_request_x_amzn_mtls_clientcert_issuer_header_name`: optional, computed; Terraform type `string`.
    pub fn routing_http_request_x_amzn_mtls_clientcert_issuer_header_name(
        &self,
    ) -> Expr<String> {
        self.0.attr("routing_http_request_x_amzn_mtls_clientcert_issuer_header_name")
    }
    /// `routing_http_request_x_amzn_mtls_clientcert_leaf_header_name`: optional, computed; Terraform type `string`.
    pub fn routing_http_request_x_amzn_mtls_clientcert_leaf_header_name(
        &self,
    ) -> Expr<String> {
        self.0.attr("routing_http_request_x_amzn_mtls_clientcert_leaf_header_name")
    }
    /// `routing_http_request_x_amzn_mtls_clientcert_serial_number_header_name`: optional, computed; Terraform type `string`.
    pub fn routing_http_request_x_amzn_mtls_clientcert_serial_number_header_name(
        &self,
    ) -> Expr<String> {
        self.0
            .attr(
                "routing_http_request_x_amzn_mtls_clientcert_serial_number_header_name",
            )
    }
    /// `routing_http_request_x_amzn_mtls_clientcert_subject_header_name`: optional, computed; Terraform type `string`.
    pub fn routing_http_request_x_amzn_mtls_clientcert_subject_header_name(
        &self,
    ) -> Expr<String> {
        self.0.attr("routing_http_request_x_amzn_mtls_clientcert_subject_header_name")
    }
    /// `routing_http_request_x_amzn_mtls_clientcert_validity_header_name`: optional, computed; Terraform type `string`.
    pub fn routing_http_request_x_amzn_mtls_clientcert_validity_header_name(
        &self,
    ) -> Expr<String> {
        self.0.attr("routing_http_request_x_amzn_mtls_clientcert_validity_header_name")
    }
    /// `routing_http_request_x_amzn_tls_cipher_suite_header_name`: optional, computed; Terraform type `string`.
    pub fn routing_http_request_x_amzn_tls_cipher_suite_header_name(
        &self,
    ) -> Expr<String> {
        self.0.attr("routing_http_request_x_amzn_tls_cipher_suite_header_name")
    }
    /// `routing_http_request_x_amzn_tls_version_header_name`: optional, computed; Terraform type `string`.
    pub fn routing_http_request_x_amzn_tls_version_header_name(&self) -> Expr<String> {
        self.0.attr("routing_http_request_x_amzn_tls_version_header_name")
    }
    /// `routing_http_response_access_control_allow_credentials_header_value`: optional, computed; Terraform type `string`.
    pub fn routing_http_response_access_control_allow_credentials_header_value(
        &self,
    ) -> Expr<String> {
        self.0
            .attr("routing_http_response_access_control_allow_credentials_header_value")
    }
    /// `routing_http_response_access_control_allow_headers_header_value`: optional, computed; Terraform type `string`.
    pub fn routing_http_response_access_control_allow_headers_header_value(
        &self,
    ) -> Expr<String> {
        self.0.attr("routing_http_response_access_control_allow_headers_header_value")
    }
    /// `routing_http_response_access_control_allow_methods_header_value`: optional, computed; Terraform type `string`.
    pub fn routing_http_response_access_control_allow_methods_header_value(
        &self,
    ) -> Expr<String> {
        self.0.attr("routing_http_response_access_control_allow_methods_header_value")
    }
    /// `routing_http_response_access_control_allow_origin_header_value`: optional, computed; Terraform type `string`.
    pub fn routing_http_response_access_control_allow_origin_header_value(
        &self,
    ) -> Expr<String> {
        self.0.attr("routing_http_response_access_control_allow_origin_header_value")
    }
    /// `routing_http_response_access_control_expose_headers_header_value`: optional, computed; Terraform type `string`.
    pub fn routing_http_response_access_control_expose_headers_header_value(
        &self,
    ) -> Expr<String> {
        self.0.attr("routing_http_response_access_control_expose_headers_header_value")
    }
    /// `routing_http_response_access_control_max_age_header_value`: optional, computed; Terraform type `string`.
    pub fn routing_http_response_access_control_max_age_header_value(
        &self,
    ) -> Expr<String> {
        self.0.attr("routing_http_response_access_control_max_age_header_value")
    }
    /// `routing_http_response_content_security_policy_header_value`: optional, computed; Terraform type `string`.
    pub fn routing_http_response_content_security_policy_header_value(
        &self,
    ) -> Expr<String> {
        self.0.attr("routing_http_response_content_security_policy_header_value")
    }
    /// `routing_http_response_server_enabled`: optional, computed; Terraform type `bool`.
    pub fn routing_http_response_server_enabled(&self) -> Expr<bool> {
        self.0.attr("routing_http_response_server_enabled")
    }
    /// `routing_http_response_strict_transport_security_header_value`: optional, computed; Terraform type `string`.
    pub fn routing_http_response_strict_transport_security_header_value(
        &self,
    ) -> Expr<String> {
        self.0.attr("routing_http_response_strict_transport_security_header_value")
    }
    /// `routing_http_response_x_content_type_options_header_value`: optional, computed; Terraform type `string`.
    pub fn routing_http_response_x_content_type_options_header_value(
        &self,
    ) -> Expr<String> {
        self.0.attr("routing_http_response_x_content_type_options_header_value")
    }
    /// `routing_http_response_x_frame_options_header_value`: optional, computed; Terraform type `string`.
    pub fn routing_http_response_x_frame_options_header_value(&self) -> Expr<String> {
        self.0.attr("routing_http_response_x_frame_options_header_value")
    }
    /// `ssl_policy`: optional, computed; Terraform type `string`.
    pub fn ssl_policy(&self) -> Expr<String> {
        self.0.attr("ssl_policy")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `tcp_idle_timeout_seconds`: optional, computed; Terraform type `number`.
    pub fn tcp_idle_timeout_seconds(&self) -> Expr<Number> {
        self.0.attr("tcp_idle_timeout_seconds")
    }
    /// Block `default_action` (list nesting, at least 1).
    pub fn default_action(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("default_action")
    }
    /// Block `mutual_authentication` (list nesting, at most 1).
    pub fn mutual_authentication(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("mutual_authentication")
    }
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
}
