//! `aws_caller_identity` (data): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/caller_identity>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The data `aws_caller_identity`: required arguments in [`CallerIdentity::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`CallerIdentityRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/caller_identity>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct CallerIdentity {
    body: Body,
}
impl CallerIdentity {
    /// A new `CallerIdentity` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
}
impl Builder for CallerIdentity {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl CallerIdentity {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_caller_identity";
}
impl TypedSpec for CallerIdentity {
    const TYPE: &'static str = "aws_caller_identity";
    const KIND: ElementKind = ElementKind::Data;
}
impl Spec for CallerIdentity {
    type Handle = CallerIdentityRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Data
    }
    fn type_name(&self) -> &str {
        "aws_caller_identity"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A data `aws_caller_identity` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/caller_identity>
#[derive(Debug, Clone)]
pub struct CallerIdentityRef(NodeHandle);
impl From<NodeHandle> for CallerIdentityRef {
    fn from(node: NodeHandle) -> Self {
        CallerIdentityRef(node)
    }
}
impl std::ops::Deref for CallerIdentityRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl CallerIdentityRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `account_id`: computed; Terraform type `string`.
    pub fn account_id(&self) -> Expr<String> {
        self.0.attr("account_id")
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `user_id`: computed; Terraform type `string`.
    pub fn user_id(&self) -> Expr<String> {
        self.0.attr("user_id")
    }
}
