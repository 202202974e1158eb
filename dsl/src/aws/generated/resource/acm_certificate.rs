//! `aws_acm_certificate` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/acm_certificate>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_acm_certificate`: required arguments in [`AcmCertificate::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`AcmCertificateRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/acm_certificate>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct AcmCertificate {
    body: Body,
}
impl AcmCertificate {
    /// A new `AcmCertificate` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `certificate_authority_arn`: optional; Terraform type `string`.
    pub fn certificate_authority_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("certificate_authority_arn", value);
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
    /// `domain_name`: optional, computed; Terraform type `string`.
    pub fn domain_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("domain_name", value);
        self
    }
    /// `early_renewal_duration`: optional; Terraform type `string`.
    pub fn early_renewal_duration(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("early_renewal_duration", value);
        self
    }
    /// `key_algorithm`: optional, computed; Terraform type `string`.
    pub fn key_algorithm(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("key_algorithm", value);
        self
    }
    /// `private_key`: optional, sensitive; Terraform type `string`.
    pub fn private_key(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("private_key", value);
        self
    }
    /// `subject_alternative_names`: optional, computed; Terraform type `set(string)`.
    pub fn subject_alternative_names(
        mut self,
        value: impl Into<Expr<Vec<String>>>,
    ) -> Self {
        self.body.set_attr::<Vec<String>>("subject_alternative_names", value);
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
    /// `validation_method`: optional, computed; Terraform type `string`.
    pub fn validation_method(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("validation_method", value);
        self
    }
    /// Block `options` (list nesting, at most 1).
    ///
    /// Sets block; see [`Options`].
    pub fn options(mut self, block: Options) -> Self {
        self.body.set_block("options", block.into_body());
        self
    }
    /// Block `validation_option` (set nesting, any number).
    ///
    /// Adds one block; see [`ValidationOption`].
    pub fn validation_option(mut self, block: ValidationOption) -> Self {
        self.body.push_block("validation_option", block.into_body());
        self
    }
}
impl Builder for AcmCertificate {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `options` of resource `aws_acm_certificate`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Options {
    body: Body,
}
impl Options {
    /// A new `Options` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `certificate_transparency_logging_preference`: optional; Terraform type `string`.
    pub fn certificate_transparency_logging_preference(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body
            .set_attr::<String>("certificate_transparency_logging_preference", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Options {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `validation_option` of resource `aws_acm_certificate`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ValidationOption {
    body: Body,
}
/// The required arguments of [`ValidationOption::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidationOptionArgs {
    /// `domain_name`: Terraform type `string`
    pub domain_name: Expr<String>,
    /// `validation_domain`: Terraform type `string`
    pub validation_domain: Expr<String>,
}
impl ValidationOption {
    /// A new `ValidationOption` with the required arguments, named in [`ValidationOptionArgs`].
    pub fn new(args: ValidationOptionArgs) -> Self {
        let ValidationOptionArgs { domain_name, validation_domain } = args;
        let mut body = Body::new();
        body.set_attr::<String>("domain_name", domain_name);
        body.set_attr::<String>("validation_domain", validation_domain);
        ValidationOption { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ValidationOption {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl AcmCertificate {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_acm_certificate";
}
impl TypedSpec for AcmCertificate {
    const TYPE: &'static str = "aws_acm_certificate";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for AcmCertificate {
    type Handle = AcmCertificateRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_acm_certificate"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for AcmCertificate {}
/// A resource `aws_acm_certificate` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/acm_certificate>
#[derive(Debug, Clone)]
pub struct AcmCertificateRef(NodeHandle);
impl From<NodeHandle> for AcmCertificateRef {
    fn from(node: NodeHandle) -> Self {
        AcmCertificateRef(node)
    }
}
impl std::ops::Deref for AcmCertificateRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl AcmCertificateRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `certificate_authority_arn`: optional; Terraform type `string`.
    pub fn certificate_authority_arn(&self) -> Expr<String> {
        self.0.attr("certificate_authority_arn")
    }
    /// `certificate_body`: optional; Terraform type `string`.
    pub fn certificate_body(&self) -> Expr<String> {
        self.0.attr("certificate_body")
    }
    /// `certificate_chain`: optional; Terraform type `string`.
    pub fn certificate_chain(&self) -> Expr<String> {
        self.0.attr("certificate_chain")
    }
    /// `domain_name`: optional, computed; Terraform type `string`.
    pub fn domain_name(&self) -> Expr<String> {
        self.0.attr("domain_name")
    }
    /// `domain_validation_options`: computed; Terraform type `set(object({domain_name = string, resource_record_name = string, resource_record_type = string, resource_record_value = string}))`.
    pub fn domain_validation_options(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("domain_validation_options")
    }
    /// `early_renewal_duration`: optional; Terraform type `string`.
    pub fn early_renewal_duration(&self) -> Expr<String> {
        self.0.attr("early_renewal_duration")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `key_algorithm`: optional, computed; Terraform type `string`.
    pub fn key_algorithm(&self) -> Expr<String> {
        self.0.attr("key_algorithm")
    }
    /// `not_after`: computed; Terraform type `string`.
    pub fn not_after(&self) -> Expr<String> {
        self.0.attr("not_after")
    }
    /// `not_before`: computed; Terraform type `string`.
    pub fn not_before(&self) -> Expr<String> {
        self.0.attr("not_before")
    }
    /// `pending_renewal`: computed; Terraform type `bool`.
    pub fn pending_renewal(&self) -> Expr<bool> {
        self.0.attr("pending_renewal")
    }
    /// `private_key`: optional, sensitive; Terraform type `string`.
    pub fn private_key(&self) -> Expr<String> {
        self.0.attr("private_key")
    }
    /// `renewal_eligibility`: computed; Terraform type `string`.
    pub fn renewal_eligibility(&self) -> Expr<String> {
        self.0.attr("renewal_eligibility")
    }
    /// `renewal_summary`: computed; Terraform type `list(object({renewal_status = string, renewal_status_reason = string, updated_at = string}))`.
    pub fn renewal_summary(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("renewal_summary")
    }
    /// `status`: computed; Terraform type `string`.
    pub fn status(&self) -> Expr<String> {
        self.0.attr("status")
    }
    /// `subject_alternative_names`: optional, computed; Terraform type `set(string)`.
    pub fn subject_alternative_names(&self) -> Expr<Vec<String>> {
        self.0.attr("subject_alternative_names")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `type`: computed; Terraform type `string`.
    pub fn r#type(&self) -> Expr<String> {
        self.0.attr("type")
    }
    /// `validation_emails`: computed; Terraform type `list(string)`.
    pub fn validation_emails(&self) -> Expr<Vec<String>> {
        self.0.attr("validation_emails")
    }
    /// `validation_method`: optional, computed; Terraform type `string`.
    pub fn validation_method(&self) -> Expr<String> {
        self.0.attr("validation_method")
    }
    /// Block `options` (list nesting, at most 1).
    pub fn options(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("options")
    }
    /// Block `validation_option` (set nesting, any number).
    pub fn validation_option(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("validation_option")
    }
}
