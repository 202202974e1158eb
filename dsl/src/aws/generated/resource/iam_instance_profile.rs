//! `aws_iam_instance_profile` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_instance_profile>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_iam_instance_profile`: required arguments in [`IamInstanceProfile::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`IamInstanceProfileRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_instance_profile>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct IamInstanceProfile {
    body: Body,
}
impl IamInstanceProfile {
    /// A new `IamInstanceProfile` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
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
    /// `role`: optional; Terraform type `string`.
    pub fn role(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("role", value);
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
impl Builder for IamInstanceProfile {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl IamInstanceProfile {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_iam_instance_profile";
}
impl TypedSpec for IamInstanceProfile {
    const TYPE: &'static str = "aws_iam_instance_profile";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for IamInstanceProfile {
    type Handle = IamInstanceProfileRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_iam_instance_profile"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for IamInstanceProfile {}
/// A resource `aws_iam_instance_profile` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_instance_profile>
#[derive(Debug, Clone)]
pub struct IamInstanceProfileRef(NodeHandle);
impl From<NodeHandle> for IamInstanceProfileRef {
    fn from(node: NodeHandle) -> Self {
        IamInstanceProfileRef(node)
    }
}
impl std::ops::Deref for IamInstanceProfileRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl IamInstanceProfileRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `create_date`: computed; Terraform type `string`.
    pub fn create_date(&self) -> Expr<String> {
        self.0.attr("create_date")
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
    /// `role`: optional; Terraform type `string`.
    pub fn role(&self) -> Expr<String> {
        self.0.attr("role")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `unique_id`: computed; Terraform type `string`.
    pub fn unique_id(&self) -> Expr<String> {
        self.0.attr("unique_id")
    }
}
