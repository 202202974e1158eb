//! `aws_iam_policy` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_policy>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_iam_policy`: required arguments in [`IamPolicy::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`IamPolicyRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_policy>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct IamPolicy {
    body: Body,
}
impl IamPolicy {
    /// A new `IamPolicy` with the required arguments.
    /// - `policy`: Terraform type `string`
    pub fn new(policy: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("policy", policy);
        IamPolicy { body }
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("description", value);
        self
    }
    /// `name`: optional, computed; Terraform type `string`.
    pub fn name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("name", value);
        self
    }
    /// `name_prefix`: optional, computed; Terraform type `string`.
    pub fn name_prefix(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("name_prefix", value);
        self
    }
    /// `path`: optional; Terraform type `string`.
    pub fn path(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("path", value);
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
}
impl Builder for IamPolicy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl IamPolicy {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_iam_policy";
}
impl TypedSpec for IamPolicy {
    const TYPE: &'static str = "aws_iam_policy";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for IamPolicy {
    type Handle = IamPolicyRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_iam_policy"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for IamPolicy {}
/// A resource `aws_iam_policy` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_policy>
#[derive(Debug, Clone)]
pub struct IamPolicyRef(NodeHandle);
impl From<NodeHandle> for IamPolicyRef {
    fn from(node: NodeHandle) -> Self {
        IamPolicyRef(node)
    }
}
impl std::ops::Deref for IamPolicyRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl IamPolicyRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `attachment_count`: computed; Terraform type `number`.
    pub fn attachment_count(&self) -> Expr<Number> {
        self.0.attr("attachment_count")
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(&self) -> Expr<String> {
        self.0.attr("description")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `name`: optional, computed; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `name_prefix`: optional, computed; Terraform type `string`.
    pub fn name_prefix(&self) -> Expr<String> {
        self.0.attr("name_prefix")
    }
    /// `path`: optional; Terraform type `string`.
    pub fn path(&self) -> Expr<String> {
        self.0.attr("path")
    }
    /// `policy`: required; Terraform type `string`.
    pub fn policy(&self) -> Expr<String> {
        self.0.attr("policy")
    }
    /// `policy_id`: computed; Terraform type `string`.
    pub fn policy_id(&self) -> Expr<String> {
        self.0.attr("policy_id")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
}
