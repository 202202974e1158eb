//! `aws_acm_certificate_validation` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/acm_certificate_validation>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_acm_certificate_validation`: required arguments in [`AcmCertificateValidation::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`AcmCertificateValidationRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/acm_certificate_validation>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct AcmCertificateValidation {
    body: Body,
}
impl AcmCertificateValidation {
    /// A new `AcmCertificateValidation` with the required arguments.
    /// - `certificate_arn`: Terraform type `string`
    pub fn new(certificate_arn: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("certificate_arn", certificate_arn);
        AcmCertificateValidation { body }
    }
    /// `validation_record_fqdns`: optional; Terraform type `set(string)`.
    pub fn validation_record_fqdns(
        mut self,
        value: impl Into<Expr<Vec<String>>>,
    ) -> Self {
        self.body.set_attr::<Vec<String>>("validation_record_fqdns", value);
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
impl Builder for AcmCertificateValidation {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_acm_certificate_validation`.
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
impl AcmCertificateValidation {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_acm_certificate_validation";
}
impl TypedSpec for AcmCertificateValidation {
    const TYPE: &'static str = "aws_acm_certificate_validation";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for AcmCertificateValidation {
    type Handle = AcmCertificateValidationRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_acm_certificate_validation"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_acm_certificate_validation` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/acm_certificate_validation>
#[derive(Debug, Clone)]
pub struct AcmCertificateValidationRef(NodeHandle);
impl From<NodeHandle> for AcmCertificateValidationRef {
    fn from(node: NodeHandle) -> Self {
        AcmCertificateValidationRef(node)
    }
}
impl std::ops::Deref for AcmCertificateValidationRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl AcmCertificateValidationRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `certificate_arn`: required; Terraform type `string`.
    pub fn certificate_arn(&self) -> Expr<String> {
        self.0.attr("certificate_arn")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `validation_record_fqdns`: optional; Terraform type `set(string)`.
    pub fn validation_record_fqdns(&self) -> Expr<Vec<String>> {
        self.0.attr("validation_record_fqdns")
    }
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
}
