//! `aws_api_gateway_domain_name` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_domain_name>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_api_gateway_domain_name`: required arguments in [`ApiGatewayDomainName::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`ApiGatewayDomainNameRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_domain_name>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ApiGatewayDomainName {
    body: Body,
}
impl ApiGatewayDomainName {
    /// A new `ApiGatewayDomainName` with the required arguments.
    /// - `domain_name`: Terraform type `string`
    pub fn new(domain_name: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("domain_name", domain_name);
        ApiGatewayDomainName { body }
    }
    /// `certificate_arn`: optional; Terraform type `string`.
    pub fn certificate_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("certificate_arn", value);
        self
    }
    /// `certificate_body`: optional; Terraform type `string`.
    pub fn certificate_body(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("certificate_body", value);
        self
    }
    /// `certificate_chain`: optional; Terraform type `string`.
    pub fn certificate_chain(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("certificate_chain", value);
        self
    }
    /// `certificate_name`: optional; Terraform type `string`.
    pub fn certificate_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("certificate_name", value);
        self
    }
    /// `certificate_private_key`: optional, sensitive; Terraform type `string`.
    pub fn certificate_private_key(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("certificate_private_key", value);
        self
    }
    /// `ownership_verification_certificate_arn`: optional, computed; Terraform type `string`.
    pub fn ownership_verification_certificate_arn(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("ownership_verification_certificate_arn", value);
        self
    }
    /// `policy`: optional; Terraform type `string`.
    pub fn policy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("policy", value);
        self
    }
    /// `regional_certificate_arn`: optional; Terraform type `string`.
    pub fn regional_certificate_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("regional_certificate_arn", value);
        self
    }
    /// `regional_certificate_name`: optional; Terraform type `string`.
    pub fn regional_certificate_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("regional_certificate_name", value);
        self
    }
    /// `security_policy`: optional, computed; Terraform type `string`.
    pub fn security_policy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("security_policy", value);
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
    /// Block `endpoint_configuration` (list nesting, at most 1).
    ///
    /// Sets block; see [`EndpointConfiguration`].
    pub fn endpoint_configuration(mut self, block: EndpointConfiguration) -> Self {
        self.body.set_block("endpoint_configuration", block.into_body());
        self
    }
    /// Block `mutual_tls_authentication` (list nesting, at most 1).
    ///
    /// Sets block; see [`MutualTlsAuthentication`].
    pub fn mutual_tls_authentication(mut self, block: MutualTlsAuthentication) -> Self {
        self.body.set_block("mutual_tls_authentication", block.into_body());
        self
    }
}
impl Builder for ApiGatewayDomainName {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `endpoint_configuration` of resource `aws_api_gateway_domain_name`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct EndpointConfiguration {
    body: Body,
}
impl EndpointConfiguration {
    /// A new `EndpointConfiguration` with the required arguments.
    /// - `types`: Terraform type `list(string)`
    pub fn new(types: impl Into<Expr<Vec<String>>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Vec<String>>("types", types);
        EndpointConfiguration { body }
    }
    /// `ip_address_type`: optional, computed; Terraform type `string`.
    pub fn ip_address_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("ip_address_type", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for EndpointConfiguration {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `mutual_tls_authentication` of resource `aws_api_gateway_domain_name`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct MutualTlsAuthentication {
    body: Body,
}
impl MutualTlsAuthentication {
    /// A new `MutualTlsAuthentication` with the required arguments.
    /// - `truststore_uri`: Terraform type `string`
    pub fn new(truststore_uri: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("truststore_uri", truststore_uri);
        MutualTlsAuthentication { body }
    }
    /// `truststore_version`: optional; Terraform type `string`.
    pub fn truststore_version(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("truststore_version", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for MutualTlsAuthentication {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl ApiGatewayDomainName {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_api_gateway_domain_name";
}
impl TypedSpec for ApiGatewayDomainName {
    const TYPE: &'static str = "aws_api_gateway_domain_name";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for ApiGatewayDomainName {
    type Handle = ApiGatewayDomainNameRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_api_gateway_domain_name"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for ApiGatewayDomainName {}
/// A resource `aws_api_gateway_domain_name` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_domain_name>
#[derive(Debug, Clone)]
pub struct ApiGatewayDomainNameRef(NodeHandle);
impl From<NodeHandle> for ApiGatewayDomainNameRef {
    fn from(node: NodeHandle) -> Self {
        ApiGatewayDomainNameRef(node)
    }
}
impl std::ops::Deref for ApiGatewayDomainNameRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl ApiGatewayDomainNameRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `certificate_arn`: optional; Terraform type `string`.
    pub fn certificate_arn(&self) -> Expr<String> {
        self.0.attr("certificate_arn")
    }
    /// `certificate_body`: optional; Terraform type `string`.
    pub fn certificate_body(&self) -> Expr<String> {
        self.0.attr("certificate_body")
    }
    /// `certificate_chain`: optional; Terraform type `string`.
    pub fn certificate_chain(&self) -> Expr<String> {
        self.0.attr("certificate_chain")
    }
    /// `certificate_name`: optional; Terraform type `string`.
    pub fn certificate_name(&self) -> Expr<String> {
        self.0.attr("certificate_name")
    }
    /// `certificate_private_key`: optional, sensitive; Terraform type `string`.
    pub fn certificate_private_key(&self) -> Expr<String> {
        self.0.attr("certificate_private_key")
    }
    /// `certificate_upload_date`: computed; Terraform type `string`.
    pub fn certificate_upload_date(&self) -> Expr<String> {
        self.0.attr("certificate_upload_date")
    }
    /// `cloudfront_domain_name`: computed; Terraform type `string`.
    pub fn cloudfront_domain_name(&self) -> Expr<String> {
        self.0.attr("cloudfront_domain_name")
    }
    /// `cloudfront_zone_id`: computed; Terraform type `string`.
    pub fn cloudfront_zone_id(&self) -> Expr<String> {
        self.0.attr("cloudfront_zone_id")
    }
    /// `domain_name`: required; Terraform type `string`.
    pub fn domain_name(&self) -> Expr<String> {
        self.0.attr("domain_name")
    }
    /// `domain_name_id`: computed; Terraform type `string`.
    pub fn domain_name_id(&self) -> Expr<String> {
        self.0.attr("domain_name_id")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `ownership_verification_certificate_arn`: optional, computed; Terraform type `string`.
    pub fn ownership_verification_certificate_arn(&self) -> Expr<String> {
        self.0.attr("ownership_verification_certificate_arn")
    }
    /// `policy`: optional; Terraform type `string`.
    pub fn policy(&self) -> Expr<String> {
        self.0.attr("policy")
    }
    /// `regional_certificate_arn`: optional; Terraform type `string`.
    pub fn regional_certificate_arn(&self) -> Expr<String> {
        self.0.attr("regional_certificate_arn")
    }
    /// `regional_certificate_name`: optional; Terraform type `string`.
    pub fn regional_certificate_name(&self) -> Expr<String> {
        self.0.attr("regional_certificate_name")
    }
    /// `regional_domain_name`: computed; Terraform type `string`.
    pub fn regional_domain_name(&self) -> Expr<String> {
        self.0.attr("regional_domain_name")
    }
    /// `regional_zone_id`: computed; Terraform type `string`.
    pub fn regional_zone_id(&self) -> Expr<String> {
        self.0.attr("regional_zone_id")
    }
    /// `security_policy`: optional, computed; Terraform type `string`.
    pub fn security_policy(&self) -> Expr<String> {
        self.0.attr("security_policy")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// Block `endpoint_configuration` (list nesting, at most 1).
    pub fn endpoint_configuration(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("endpoint_configuration")
    }
    /// Block `mutual_tls_authentication` (list nesting, at most 1).
    pub fn mutual_tls_authentication(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("mutual_tls_authentication")
    }
}
