//! `aws_iam_role` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_iam_role`: required arguments in [`IamRole::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`IamRoleRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct IamRole {
    body: Body,
}
impl IamRole {
    /// A new `IamRole` with the required arguments.
    /// - `assume_role_policy`: Terraform type `string`
    pub fn new(assume_role_policy: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("assume_role_policy", assume_role_policy);
        IamRole { body }
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("description", value);
        self
    }
    /// `force_detach_policies`: optional; Terraform type `bool`.
    pub fn force_detach_policies(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("force_detach_policies", value);
        self
    }
    /// `managed_policy_arns`: optional, computed, deprecated; Terraform type `set(string)`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn managed_policy_arns(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("managed_policy_arns", value);
        self
    }
    /// `max_session_duration`: optional; Terraform type `number`.
    pub fn max_session_duration(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("max_session_duration", value);
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
    /// `permissions_boundary`: optional; Terraform type `string`.
    pub fn permissions_boundary(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("permissions_boundary", value);
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
    /// Block `inline_policy` (set nesting, any number).
    ///
    /// Adds one block; see [`InlinePolicy`].
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn inline_policy(mut self, block: InlinePolicy) -> Self {
        self.body.push_block("inline_policy", block.into_body());
        self
    }
}
impl Builder for IamRole {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `inline_policy` of resource `aws_iam_role`.
///
/// Nesting: set; any number.
#[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct InlinePolicy {
    body: Body,
}
impl InlinePolicy {
    /// A new `InlinePolicy` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `name`: optional; Terraform type `string`.
    pub fn name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("name", value);
        self
    }
    /// `policy`: optional; Terraform type `string`.
    pub fn policy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("policy", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for InlinePolicy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl IamRole {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_iam_role";
}
impl TypedSpec for IamRole {
    const TYPE: &'static str = "aws_iam_role";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for IamRole {
    type Handle = IamRoleRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_iam_role"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for IamRole {}
/// A resource `aws_iam_role` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role>
#[derive(Debug, Clone)]
pub struct IamRoleRef(NodeHandle);
impl From<NodeHandle> for IamRoleRef {
    fn from(node: NodeHandle) -> Self {
        IamRoleRef(node)
    }
}
impl std::ops::Deref for IamRoleRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl IamRoleRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `assume_role_policy`: required; Terraform type `string`.
    pub fn assume_role_policy(&self) -> Expr<String> {
        self.0.attr("assume_role_policy")
    }
    /// `create_date`: computed; Terraform type `string`.
    pub fn create_date(&self) -> Expr<String> {
        self.0.attr("create_date")
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(&self) -> Expr<String> {
        self.0.attr("description")
    }
    /// `force_detach_policies`: optional; Terraform type `bool`.
    pub fn force_detach_policies(&self) -> Expr<bool> {
        self.0.attr("force_detach_policies")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `managed_policy_arns`: optional, computed, deprecated; Terraform type `set(string)`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn managed_policy_arns(&self) -> Expr<Vec<String>> {
        self.0.attr("managed_policy_arns")
    }
    /// `max_session_duration`: optional; Terraform type `number`.
    pub fn max_session_duration(&self) -> Expr<Number> {
        self.0.attr("max_session_duration")
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
    /// `permissions_boundary`: optional; Terraform type `string`.
    pub fn permissions_boundary(&self) -> Expr<String> {
        self.0.attr("permissions_boundary")
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
    /// Block `inline_policy` (set nesting, any number).
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn inline_policy(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("inline_policy")
    }
}
