//! `aws_ami` (data): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ami>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The data `aws_ami`: required arguments in [`Ami::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`AmiRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ami>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Ami {
    body: Body,
}
impl Ami {
    /// A new `Ami` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `executable_users`: optional; Terraform type `list(string)`.
    pub fn executable_users(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("executable_users", value);
        self
    }
    /// `include_deprecated`: optional; Terraform type `bool`.
    pub fn include_deprecated(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("include_deprecated", value);
        self
    }
    /// `most_recent`: optional; Terraform type `bool`.
    pub fn most_recent(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("most_recent", value);
        self
    }
    /// `name_regex`: optional; Terraform type `string`.
    pub fn name_regex(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("name_regex", value);
        self
    }
    /// `owners`: optional; Terraform type `list(string)`.
    pub fn owners(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("owners", value);
        self
    }
    /// `tags`: optional, computed; Terraform type `map(string)`.
    pub fn tags(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("tags", value);
        self
    }
    /// `uefi_data`: optional; Terraform type `string`.
    pub fn uefi_data(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("uefi_data", value);
        self
    }
    /// Block `filter` (set nesting, any number).
    ///
    /// Adds one block; see [`Filter`].
    pub fn filter(mut self, block: Filter) -> Self {
        self.body.push_block("filter", block.into_body());
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
impl Builder for Ami {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `filter` of data `aws_ami`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Filter {
    body: Body,
}
impl Filter {
    /// A new `Filter` with the required arguments.
    /// - `name`: Terraform type `string`
    /// - `values`: Terraform type `set(string)`
    pub fn new(
        name: impl Into<Expr<String>>,
        values: impl Into<Expr<Vec<String>>>,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("name", name);
        body.set_attr::<Vec<String>>("values", values);
        Filter { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Filter {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of data `aws_ami`.
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
    /// `read`: optional; Terraform type `string`.
    pub fn read(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("read", value);
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
impl Ami {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_ami";
}
impl TypedSpec for Ami {
    const TYPE: &'static str = "aws_ami";
    const KIND: ElementKind = ElementKind::Data;
}
impl Spec for Ami {
    type Handle = AmiRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Data
    }
    fn type_name(&self) -> &str {
        "aws_ami"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for Ami {}
/// A data `aws_ami` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ami>
#[derive(Debug, Clone)]
pub struct AmiRef(NodeHandle);
impl From<NodeHandle> for AmiRef {
    fn from(node: NodeHandle) -> Self {
        AmiRef(node)
    }
}
impl std::ops::Deref for AmiRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl AmiRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `architecture`: computed; Terraform type `string`.
    pub fn architecture(&self) -> Expr<String> {
        self.0.attr("architecture")
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `block_device_mappings`: computed; Terraform type `set(object({device_name = string, ebs = map(string), no_device = string, virtual_name = string}))`.
    pub fn block_device_mappings(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("block_device_mappings")
    }
    /// `boot_mode`: computed; Terraform type `string`.
    pub fn boot_mode(&self) -> Expr<String> {
        self.0.attr("boot_mode")
    }
    /// `creation_date`: computed; Terraform type `string`.
    pub fn creation_date(&self) -> Expr<String> {
        self.0.attr("creation_date")
    }
    /// `deprecation_time`: computed; Terraform type `string`.
    pub fn deprecation_time(&self) -> Expr<String> {
        self.0.attr("deprecation_time")
    }
    /// `description`: computed; Terraform type `string`.
    pub fn description(&self) -> Expr<String> {
        self.0.attr("description")
    }
    /// `ena_support`: computed; Terraform type `bool`.
    pub fn ena_support(&self) -> Expr<bool> {
        self.0.attr("ena_support")
    }
    /// `executable_users`: optional; Terraform type `list(string)`.
    pub fn executable_users(&self) -> Expr<Vec<String>> {
        self.0.attr("executable_users")
    }
    /// `hypervisor`: computed; Terraform type `string`.
    pub fn hypervisor(&self) -> Expr<String> {
        self.0.attr("hypervisor")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `image_id`: computed; Terraform type `string`.
    pub fn image_id(&self) -> Expr<String> {
        self.0.attr("image_id")
    }
    /// `image_location`: computed; Terraform type `string`.
    pub fn image_location(&self) -> Expr<String> {
        self.0.attr("image_location")
    }
    /// `image_owner_alias`: computed; Terraform type `string`.
    pub fn image_owner_alias(&self) -> Expr<String> {
        self.0.attr("image_owner_alias")
    }
    /// `image_type`: computed; Terraform type `string`.
    pub fn image_type(&self) -> Expr<String> {
        self.0.attr("image_type")
    }
    /// `imds_support`: computed; Terraform type `string`.
    pub fn imds_support(&self) -> Expr<String> {
        self.0.attr("imds_support")
    }
    /// `include_deprecated`: optional; Terraform type `bool`.
    pub fn include_deprecated(&self) -> Expr<bool> {
        self.0.attr("include_deprecated")
    }
    /// `kernel_id`: computed; Terraform type `string`.
    pub fn kernel_id(&self) -> Expr<String> {
        self.0.attr("kernel_id")
    }
    /// `last_launched_time`: computed; Terraform type `string`.
    pub fn last_launched_time(&self) -> Expr<String> {
        self.0.attr("last_launched_time")
    }
    /// `most_recent`: optional; Terraform type `bool`.
    pub fn most_recent(&self) -> Expr<bool> {
        self.0.attr("most_recent")
    }
    /// `name`: computed; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `name_regex`: optional; Terraform type `string`.
    pub fn name_regex(&self) -> Expr<String> {
        self.0.attr("name_regex")
    }
    /// `owner_id`: computed; Terraform type `string`.
    pub fn owner_id(&self) -> Expr<String> {
        self.0.attr("owner_id")
    }
    /// `owners`: optional; Terraform type `list(string)`.
    pub fn owners(&self) -> Expr<Vec<String>> {
        self.0.attr("owners")
    }
    /// `platform`: computed; Terraform type `string`.
    pub fn platform(&self) -> Expr<String> {
        self.0.attr("platform")
    }
    /// `platform_details`: computed; Terraform type `string`.
    pub fn platform_details(&self) -> Expr<String> {
        self.0.attr("platform_details")
    }
    /// `product_codes`: computed; Terraform type `set(object({product_code_id = string, product_code_type = string}))`.
    pub fn product_codes(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("product_codes")
    }
    /// `public`: computed; Terraform type `bool`.
    pub fn public(&self) -> Expr<bool> {
        self.0.attr("public")
    }
    /// `ramdisk_id`: computed; Terraform type `string`.
    pub fn ramdisk_id(&self) -> Expr<String> {
        self.0.attr("ramdisk_id")
    }
    /// `root_device_name`: computed; Terraform type `string`.
    pub fn root_device_name(&self) -> Expr<String> {
        self.0.attr("root_device_name")
    }
    /// `root_device_type`: computed; Terraform type `string`.
    pub fn root_device_type(&self) -> Expr<String> {
        self.0.attr("root_device_type")
    }
    /// `root_snapshot_id`: computed; Terraform type `string`.
    pub fn root_snapshot_id(&self) -> Expr<String> {
        self.0.attr("root_snapshot_id")
    }
    /// `sriov_net_support`: computed; Terraform type `string`.
    pub fn sriov_net_support(&self) -> Expr<String> {
        self.0.attr("sriov_net_support")
    }
    /// `state`: computed; Terraform type `string`.
    pub fn state(&self) -> Expr<String> {
        self.0.attr("state")
    }
    /// `state_reason`: computed; Terraform type `map(string)`.
    pub fn state_reason(&self) -> Expr<Map<String>> {
        self.0.attr("state_reason")
    }
    /// `tags`: optional, computed; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tpm_support`: computed; Terraform type `string`.
    pub fn tpm_support(&self) -> Expr<String> {
        self.0.attr("tpm_support")
    }
    /// `uefi_data`: optional; Terraform type `string`.
    pub fn uefi_data(&self) -> Expr<String> {
        self.0.attr("uefi_data")
    }
    /// `usage_operation`: computed; Terraform type `string`.
    pub fn usage_operation(&self) -> Expr<String> {
        self.0.attr("usage_operation")
    }
    /// `virtualization_type`: computed; Terraform type `string`.
    pub fn virtualization_type(&self) -> Expr<String> {
        self.0.attr("virtualization_type")
    }
    /// Block `filter` (set nesting, any number).
    pub fn filter(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("filter")
    }
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
}
