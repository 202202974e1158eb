//! `aws_backup_selection` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_selection>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_backup_selection`: required arguments in [`BackupSelection::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`BackupSelectionRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_selection>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct BackupSelection {
    body: Body,
}
/// The required arguments of [`BackupSelection::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct BackupSelectionArgs {
    /// `iam_role_arn`: Terraform type `string`
    pub iam_role_arn: Expr<String>,
    /// `name`: Terraform type `string`
    pub name: Expr<String>,
    /// `plan_id`: Terraform type `string`
    pub plan_id: Expr<String>,
}
impl BackupSelection {
    /// A new `BackupSelection` with the required arguments, named in [`BackupSelectionArgs`].
    pub fn new(args: BackupSelectionArgs) -> Self {
        let BackupSelectionArgs { iam_role_arn, name, plan_id } = args;
        let mut body = Body::new();
        body.set_attr::<String>("iam_role_arn", iam_role_arn);
        body.set_attr::<String>("name", name);
        body.set_attr::<String>("plan_id", plan_id);
        BackupSelection { body }
    }
    /// `not_resources`: optional, computed; Terraform type `set(string)`.
    pub fn not_resources(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("not_resources", value);
        self
    }
    /// `resources`: optional; Terraform type `set(string)`.
    pub fn resources(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("resources", value);
        self
    }
    /// Block `condition` (set nesting, any number).
    ///
    /// Adds one block; see [`Condition`].
    pub fn condition(mut self, block: Condition) -> Self {
        self.body.push_block("condition", block.into_body());
        self
    }
    /// Block `selection_tag` (set nesting, any number).
    ///
    /// Adds one block; see [`SelectionTag`].
    pub fn selection_tag(mut self, block: SelectionTag) -> Self {
        self.body.push_block("selection_tag", block.into_body());
        self
    }
}
impl Builder for BackupSelection {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `condition` of resource `aws_backup_selection`.
///
/// Nesting: set; any number.
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
    /// Block `string_equals` (set nesting, any number).
    ///
    /// Adds one block; see [`ConditionStringEquals`].
    pub fn string_equals(mut self, block: ConditionStringEquals) -> Self {
        self.body.push_block("string_equals", block.into_body());
        self
    }
    /// Block `string_like` (set nesting, any number).
    ///
    /// Adds one block; see [`ConditionStringLike`].
    pub fn string_like(mut self, block: ConditionStringLike) -> Self {
        self.body.push_block("string_like", block.into_body());
        self
    }
    /// Block `string_not_equals` (set nesting, any number).
    ///
    /// Adds one block; see [`ConditionStringNotEquals`].
    pub fn string_not_equals(mut self, block: ConditionStringNotEquals) -> Self {
        self.body.push_block("string_not_equals", block.into_body());
        self
    }
    /// Block `string_not_like` (set nesting, any number).
    ///
    /// Adds one block; see [`ConditionStringNotLike`].
    pub fn string_not_like(mut self, block: ConditionStringNotLike) -> Self {
        self.body.push_block("string_not_like", block.into_body());
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
/// Block `string_equals` of resource `aws_backup_selection`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ConditionStringEquals {
    body: Body,
}
/// The required arguments of [`ConditionStringEquals::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct ConditionStringEqualsArgs {
    /// `key`: Terraform type `string`
    pub key: Expr<String>,
    /// `value`: Terraform type `string`
    pub value: Expr<String>,
}
impl ConditionStringEquals {
    /// A new `ConditionStringEquals` with the required arguments, named in [`ConditionStringEqualsArgs`].
    pub fn new(args: ConditionStringEqualsArgs) -> Self {
        let ConditionStringEqualsArgs { key, value } = args;
        let mut body = Body::new();
        body.set_attr::<String>("key", key);
        body.set_attr::<String>("value", value);
        ConditionStringEquals { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ConditionStringEquals {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `string_like` of resource `aws_backup_selection`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ConditionStringLike {
    body: Body,
}
/// The required arguments of [`ConditionStringLike::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct ConditionStringLikeArgs {
    /// `key`: Terraform type `string`
    pub key: Expr<String>,
    /// `value`: Terraform type `string`
    pub value: Expr<String>,
}
impl ConditionStringLike {
    /// A new `ConditionStringLike` with the required arguments, named in [`ConditionStringLikeArgs`].
    pub fn new(args: ConditionStringLikeArgs) -> Self {
        let ConditionStringLikeArgs { key, value } = args;
        let mut body = Body::new();
        body.set_attr::<String>("key", key);
        body.set_attr::<String>("value", value);
        ConditionStringLike { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ConditionStringLike {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `string_not_equals` of resource `aws_backup_selection`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ConditionStringNotEquals {
    body: Body,
}
/// The required arguments of [`ConditionStringNotEquals::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct ConditionStringNotEqualsArgs {
    /// `key`: Terraform type `string`
    pub key: Expr<String>,
    /// `value`: Terraform type `string`
    pub value: Expr<String>,
}
impl ConditionStringNotEquals {
    /// A new `ConditionStringNotEquals` with the required arguments, named in [`ConditionStringNotEqualsArgs`].
    pub fn new(args: ConditionStringNotEqualsArgs) -> Self {
        let ConditionStringNotEqualsArgs { key, value } = args;
        let mut body = Body::new();
        body.set_attr::<String>("key", key);
        body.set_attr::<String>("value", value);
        ConditionStringNotEquals { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ConditionStringNotEquals {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `string_not_like` of resource `aws_backup_selection`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ConditionStringNotLike {
    body: Body,
}
/// The required arguments of [`ConditionStringNotLike::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct ConditionStringNotLikeArgs {
    /// `key`: Terraform type `string`
    pub key: Expr<String>,
    /// `value`: Terraform type `string`
    pub value: Expr<String>,
}
impl ConditionStringNotLike {
    /// A new `ConditionStringNotLike` with the required arguments, named in [`ConditionStringNotLikeArgs`].
    pub fn new(args: ConditionStringNotLikeArgs) -> Self {
        let ConditionStringNotLikeArgs { key, value } = args;
        let mut body = Body::new();
        body.set_attr::<String>("key", key);
        body.set_attr::<String>("value", value);
        ConditionStringNotLike { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ConditionStringNotLike {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `selection_tag` of resource `aws_backup_selection`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct SelectionTag {
    body: Body,
}
/// The required arguments of [`SelectionTag::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct SelectionTagArgs {
    /// `key`: Terraform type `string`
    pub key: Expr<String>,
    /// `type`: Terraform type `string`
    pub r#type: Expr<String>,
    /// `value`: Terraform type `string`
    pub value: Expr<String>,
}
impl SelectionTag {
    /// A new `SelectionTag` with the required arguments, named in [`SelectionTagArgs`].
    pub fn new(args: SelectionTagArgs) -> Self {
        let SelectionTagArgs { key, r#type, value } = args;
        let mut body = Body::new();
        body.set_attr::<String>("key", key);
        body.set_attr::<String>("type", r#type);
        body.set_attr::<String>("value", value);
        SelectionTag { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for SelectionTag {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl BackupSelection {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_backup_selection";
}
impl TypedSpec for BackupSelection {
    const TYPE: &'static str = "aws_backup_selection";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for BackupSelection {
    type Handle = BackupSelectionRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_backup_selection"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_backup_selection` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_selection>
#[derive(Debug, Clone)]
pub struct BackupSelectionRef(NodeHandle);
impl From<NodeHandle> for BackupSelectionRef {
    fn from(node: NodeHandle) -> Self {
        BackupSelectionRef(node)
    }
}
impl std::ops::Deref for BackupSelectionRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl BackupSelectionRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `iam_role_arn`: required; Terraform type `string`.
    pub fn iam_role_arn(&self) -> Expr<String> {
        self.0.attr("iam_role_arn")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `name`: required; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `not_resources`: optional, computed; Terraform type `set(string)`.
    pub fn not_resources(&self) -> Expr<Vec<String>> {
        self.0.attr("not_resources")
    }
    /// `plan_id`: required; Terraform type `string`.
    pub fn plan_id(&self) -> Expr<String> {
        self.0.attr("plan_id")
    }
    /// `resources`: optional; Terraform type `set(string)`.
    pub fn resources(&self) -> Expr<Vec<String>> {
        self.0.attr("resources")
    }
    /// Block `condition` (set nesting, any number).
    pub fn condition(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("condition")
    }
    /// Block `selection_tag` (set nesting, any number).
    pub fn selection_tag(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("selection_tag")
    }
}
