//! `aws_backup_plan` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_plan>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_backup_plan`: required arguments in [`BackupPlan::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`BackupPlanRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_plan>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct BackupPlan {
    body: Body,
}
impl BackupPlan {
    /// A new `BackupPlan` with the required arguments.
    /// - `name`: Terraform type `string`
    /// - `rule`: block [`Rule`]
    pub fn new(name: impl Into<Expr<String>>, rule: Rule) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("name", name);
        body.push_block("rule", rule.into_body());
        BackupPlan { body }
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
    /// Block `advanced_backup_setting` (set nesting, any number).
    ///
    /// Adds one block; see [`AdvancedBackupSetting`].
    pub fn advanced_backup_setting(mut self, block: AdvancedBackupSetting) -> Self {
        self.body.push_block("advanced_backup_setting", block.into_body());
        self
    }
    /// Block `rule` (set nesting, at least 1).
    ///
    /// Adds one block; see [`Rule`].
    pub fn rule(mut self, block: Rule) -> Self {
        self.body.push_block("rule", block.into_body());
        self
    }
}
impl Builder for BackupPlan {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `advanced_backup_setting` of resource `aws_backup_plan`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct AdvancedBackupSetting {
    body: Body,
}
impl AdvancedBackupSetting {
    /// A new `AdvancedBackupSetting` with the required arguments.
    /// - `backup_options`: Terraform type `map(string)`
    /// - `resource_type`: Terraform type `string`
    pub fn new(
        backup_options: impl Into<Expr<Map<String>>>,
        resource_type: impl Into<Expr<String>>,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<Map<String>>("backup_options", backup_options);
        body.set_attr::<String>("resource_type", resource_type);
        AdvancedBackupSetting { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for AdvancedBackupSetting {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `rule` of resource `aws_backup_plan`.
///
/// Nesting: set; at least 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Rule {
    body: Body,
}
/// The required arguments of [`Rule::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleArgs {
    /// `rule_name`: Terraform type `string`
    pub rule_name: Expr<String>,
    /// `target_vault_name`: Terraform type `string`
    pub target_vault_name: Expr<String>,
}
impl Rule {
    /// A new `Rule` with the required arguments, named in [`RuleArgs`].
    pub fn new(args: RuleArgs) -> Self {
        let RuleArgs { rule_name, target_vault_name } = args;
        let mut body = Body::new();
        body.set_attr::<String>("rule_name", rule_name);
        body.set_attr::<String>("target_vault_name", target_vault_name);
        Rule { body }
    }
    /// `completion_window`: optional; Terraform type `number`.
    pub fn completion_window(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("completion_window", value);
        self
    }
    /// `enable_continuous_backup`: optional; Terraform type `bool`.
    pub fn enable_continuous_backup(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enable_continuous_backup", value);
        self
    }
    /// `recovery_point_tags`: optional; Terraform type `map(string)`.
    pub fn recovery_point_tags(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("recovery_point_tags", value);
        self
    }
    /// `schedule`: optional; Terraform type `string`.
    pub fn schedule(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("schedule", value);
        self
    }
    /// `schedule_expression_timezone`: optional; Terraform type `string`.
    pub fn schedule_expression_timezone(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("schedule_expression_timezone", value);
        self
    }
    /// `start_window`: optional; Terraform type `number`.
    pub fn start_window(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("start_window", value);
        self
    }
    /// Block `copy_action` (set nesting, any number).
    ///
    /// Adds one block; see [`RuleCopyAction`].
    pub fn copy_action(mut self, block: RuleCopyAction) -> Self {
        self.body.push_block("copy_action", block.into_body());
        self
    }
    /// Block `lifecycle` (list nesting, at most 1).
    ///
    /// Sets block; see [`RuleLifecycle`].
    pub fn lifecycle(mut self, block: RuleLifecycle) -> Self {
        self.body.set_block("lifecycle", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Rule {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `copy_action` of resource `aws_backup_plan`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RuleCopyAction {
    body: Body,
}
impl RuleCopyAction {
    /// A new `RuleCopyAction` with the required arguments.
    /// - `destination_vault_arn`: Terraform type `string`
    pub fn new(destination_vault_arn: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("destination_vault_arn", destination_vault_arn);
        RuleCopyAction { body }
    }
    /// Block `lifecycle` (list nesting, at most 1).
    ///
    /// Sets block; see [`RuleCopyActionLifecycle`].
    pub fn lifecycle(mut self, block: RuleCopyActionLifecycle) -> Self {
        self.body.set_block("lifecycle", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleCopyAction {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `lifecycle` of resource `aws_backup_plan`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct RuleCopyActionLifecycle {
    body: Body,
}
impl RuleCopyActionLifecycle {
    /// A new `RuleCopyActionLifecycle` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `cold_storage_after`: optional; Terraform type `number`.
    pub fn cold_storage_after(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("cold_storage_after", value);
        self
    }
    /// `delete_after`: optional; Terraform type `number`.
    pub fn delete_after(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("delete_after", value);
        self
    }
    /// `opt_in_to_archive_for_supported_resources`: optional, computed; Terraform type `bool`.
    pub fn opt_in_to_archive_for_supported_resources(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("opt_in_to_archive_for_supported_resources", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleCopyActionLifecycle {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `lifecycle` of resource `aws_backup_plan`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct RuleLifecycle {
    body: Body,
}
impl RuleLifecycle {
    /// A new `RuleLifecycle` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `cold_storage_after`: optional; Terraform type `number`.
    pub fn cold_storage_after(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("cold_storage_after", value);
        self
    }
    /// `delete_after`: optional; Terraform type `number`.
    pub fn delete_after(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("delete_after", value);
        self
    }
    /// `opt_in_to_archive_for_supported_resources`: optional, computed; Terraform type `bool`.
    pub fn opt_in_to_archive_for_supported_resources(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("opt_in_to_archive_for_supported_resources", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for RuleLifecycle {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl BackupPlan {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_backup_plan";
}
impl TypedSpec for BackupPlan {
    const TYPE: &'static str = "aws_backup_plan";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for BackupPlan {
    type Handle = BackupPlanRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_backup_plan"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for BackupPlan {}
/// A resource `aws_backup_plan` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_plan>
#[derive(Debug, Clone)]
pub struct BackupPlanRef(NodeHandle);
impl From<NodeHandle> for BackupPlanRef {
    fn from(node: NodeHandle) -> Self {
        BackupPlanRef(node)
    }
}
impl std::ops::Deref for BackupPlanRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl BackupPlanRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `name`: required; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `version`: computed; Terraform type `string`.
    pub fn version(&self) -> Expr<String> {
        self.0.attr("version")
    }
    /// Block `advanced_backup_setting` (set nesting, any number).
    pub fn advanced_backup_setting(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("advanced_backup_setting")
    }
    /// Block `rule` (set nesting, at least 1).
    pub fn rule(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("rule")
    }
}
