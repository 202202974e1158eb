//! `aws_iam_policy_document` (data): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The data `aws_iam_policy_document`: required arguments in [`IamPolicyDocument::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`IamPolicyDocumentRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct IamPolicyDocument {
    body: Body,
}
impl IamPolicyDocument {
    /// A new `IamPolicyDocument` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `override_json`: optional, deprecated; Terraform type `string`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn override_json(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("override_json", value);
        self
    }
    /// `override_policy_documents`: optional; Terraform type `list(string)`.
    pub fn override_policy_documents(
        mut self,
        value: impl Into<Expr<Vec<String>>>,
    ) -> Self {
        self.body.set_attr::<Vec<String>>("override_policy_documents", value);
        self
    }
    /// `policy_id`: optional; Terraform type `string`.
    pub fn policy_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("policy_id", value);
        self
    }
    /// `source_json`: optional, deprecated; Terraform type `string`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn source_json(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("source_json", value);
        self
    }
    /// `source_policy_documents`: optional; Terraform type `list(string)`.
    pub fn source_policy_documents(
        mut self,
        value: impl Into<Expr<Vec<String>>>,
    ) -> Self {
        self.body.set_attr::<Vec<String>>("source_policy_documents", value);
        self
    }
    /// `version`: optional; Terraform type `string`.
    pub fn version(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("version", value);
        self
    }
    /// Block `statement` (list nesting, any number).
    ///
    /// Adds one block; see [`Statement`].
    pub fn statement(mut self, block: Statement) -> Self {
        self.body.push_block("statement", block.into_body());
        self
    }
}
impl Builder for IamPolicyDocument {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `statement` of data `aws_iam_policy_document`.
///
/// Nesting: list; any number.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Statement {
    body: Body,
}
impl Statement {
    /// A new `Statement` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `actions`: optional; Terraform type `set(string)`.
    pub fn actions(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("actions", value);
        self
    }
    /// `effect`: optional; Terraform type `string`, one of [`IamEffect`](enums::IamEffect).
    pub fn effect(mut self, value: impl Into<Expr<enums::IamEffect>>) -> Self {
        self.body.set_attr::<enums::IamEffect>("effect", value);
        self
    }
    /// `not_actions`: optional; Terraform type `set(string)`.
    pub fn not_actions(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("not_actions", value);
        self
    }
    /// `not_resources`: optional; Terraform type `set(string)`.
    pub fn not_resources(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("not_resources", value);
        self
    }
    /// `resources`: optional; Terraform type `set(string)`.
    pub fn resources(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("resources", value);
        self
    }
    /// `sid`: optional; Terraform type `string`.
    pub fn sid(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("sid", value);
        self
    }
    /// Block `condition` (set nesting, any number).
    ///
    /// Adds one block; see [`StatementCondition`].
    pub fn condition(mut self, block: StatementCondition) -> Self {
        self.body.push_block("condition", block.into_body());
        self
    }
    /// Block `not_principals` (set nesting, any number).
    ///
    /// Adds one block; see [`StatementNotPrincipals`].
    pub fn not_principals(mut self, block: StatementNotPrincipals) -> Self {
        self.body.push_block("not_principals", block.into_body());
        self
    }
    /// Block `principals` (set nesting, any number).
    ///
    /// Adds one block; see [`StatementPrincipals`].
    pub fn principals(mut self, block: StatementPrincipals) -> Self {
        self.body.push_block("principals", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Statement {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `condition` of data `aws_iam_policy_document`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct StatementCondition {
    body: Body,
}
impl StatementCondition {
    /// A new `StatementCondition` with the required arguments.
    /// - `test`: Terraform type `string`, one of [`ConditionOperator`](enums::ConditionOperator)
    /// - `values`: Terraform type `list(string)`
    /// - `variable`: Terraform type `string`
    pub fn new(
        test: impl Into<Expr<enums::ConditionOperator>>,
        values: impl Into<Expr<Vec<String>>>,
        variable: impl Into<Expr<String>>,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<enums::ConditionOperator>("test", test);
        body.set_attr::<Vec<String>>("values", values);
        body.set_attr::<String>("variable", variable);
        StatementCondition { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for StatementCondition {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `not_principals` of data `aws_iam_policy_document`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct StatementNotPrincipals {
    body: Body,
}
impl StatementNotPrincipals {
    /// A new `StatementNotPrincipals` with the required arguments.
    /// - `identifiers`: Terraform type `set(string)`
    /// - `type`: Terraform type `string`, one of [`PrincipalType`](enums::PrincipalType)
    pub fn new(
        identifiers: impl Into<Expr<Vec<String>>>,
        r#type: impl Into<Expr<enums::PrincipalType>>,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<Vec<String>>("identifiers", identifiers);
        body.set_attr::<enums::PrincipalType>("type", r#type);
        StatementNotPrincipals { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for StatementNotPrincipals {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `principals` of data `aws_iam_policy_document`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct StatementPrincipals {
    body: Body,
}
impl StatementPrincipals {
    /// A new `StatementPrincipals` with the required arguments.
    /// - `identifiers`: Terraform type `set(string)`
    /// - `type`: Terraform type `string`, one of [`PrincipalType`](enums::PrincipalType)
    pub fn new(
        identifiers: impl Into<Expr<Vec<String>>>,
        r#type: impl Into<Expr<enums::PrincipalType>>,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<Vec<String>>("identifiers", identifiers);
        body.set_attr::<enums::PrincipalType>("type", r#type);
        StatementPrincipals { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for StatementPrincipals {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl IamPolicyDocument {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_iam_policy_document";
}
impl TypedSpec for IamPolicyDocument {
    const TYPE: &'static str = "aws_iam_policy_document";
    const KIND: ElementKind = ElementKind::Data;
}
impl Spec for IamPolicyDocument {
    type Handle = IamPolicyDocumentRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Data
    }
    fn type_name(&self) -> &str {
        "aws_iam_policy_document"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A data `aws_iam_policy_document` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document>
#[derive(Debug, Clone)]
pub struct IamPolicyDocumentRef(NodeHandle);
impl From<NodeHandle> for IamPolicyDocumentRef {
    fn from(node: NodeHandle) -> Self {
        IamPolicyDocumentRef(node)
    }
}
impl std::ops::Deref for IamPolicyDocumentRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl IamPolicyDocumentRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `json`: computed; Terraform type `string`.
    pub fn json(&self) -> Expr<String> {
        self.0.attr("json")
    }
    /// `minified_json`: computed; Terraform type `string`.
    pub fn minified_json(&self) -> Expr<String> {
        self.0.attr("minified_json")
    }
    /// `override_json`: optional, deprecated; Terraform type `string`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn override_json(&self) -> Expr<String> {
        self.0.attr("override_json")
    }
    /// `override_policy_documents`: optional; Terraform type `list(string)`.
    pub fn override_policy_documents(&self) -> Expr<Vec<String>> {
        self.0.attr("override_policy_documents")
    }
    /// `policy_id`: optional; Terraform type `string`.
    pub fn policy_id(&self) -> Expr<String> {
        self.0.attr("policy_id")
    }
    /// `source_json`: optional, deprecated; Terraform type `string`.
    #[deprecated(note = "deprecated in the hashicorp/aws provider schema")]
    pub fn source_json(&self) -> Expr<String> {
        self.0.attr("source_json")
    }
    /// `source_policy_documents`: optional; Terraform type `list(string)`.
    pub fn source_policy_documents(&self) -> Expr<Vec<String>> {
        self.0.attr("source_policy_documents")
    }
    /// `version`: optional; Terraform type `string`.
    pub fn version(&self) -> Expr<String> {
        self.0.attr("version")
    }
    /// Block `statement` (list nesting, any number).
    pub fn statement(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("statement")
    }
}
