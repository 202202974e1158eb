//! `aws_launch_template` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_template>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The resource `aws_launch_template`: required arguments in [`LaunchTemplate::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`LaunchTemplateRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_template>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct LaunchTemplate {
    body: Body,
}
impl LaunchTemplate {
    /// A new `LaunchTemplate` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `default_version`: optional, computed; Terraform type `number`.
    pub fn default_version(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("default_version", value);
        self
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("description", value);
        self
    }
    /// `disable_api_stop`: optional; Terraform type `bool`.
    pub fn disable_api_stop(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("disable_api_stop", value);
        self
    }
    /// `disable_api_termination`: optional; Terraform type `bool`.
    pub fn disable_api_termination(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("disable_api_termination", value);
        self
    }
    /// `ebs_optimized`: optional; Terraform type `string`.
    pub fn ebs_optimized(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("ebs_optimized", value);
        self
    }
    /// `image_id`: optional; Terraform type `string`.
    pub fn image_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("image_id", value);
        self
    }
    /// `instance_initiated_shutdown_behavior`: optional; Terraform type `string`.
    pub fn instance_initiated_shutdown_behavior(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("instance_initiated_shutdown_behavior", value);
        self
    }
    /// `instance_type`: optional; Terraform type `string`.
    pub fn instance_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("instance_type", value);
        self
    }
    /// `kernel_id`: optional; Terraform type `string`.
    pub fn kernel_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("kernel_id", value);
        self
    }
    /// `key_name`: optional; Terraform type `string`.
    pub fn key_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("key_name", value);
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
    /// `ram_disk_id`: optional; Terraform type `string`.
    pub fn ram_disk_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("ram_disk_id", value);
        self
    }
    /// `security_group_names`: optional; Terraform type `set(string)`.
    pub fn security_group_names(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("security_group_names", value);
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
    /// `update_default_version`: optional; Terraform type `bool`.
    pub fn update_default_version(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("update_default_version", value);
        self
    }
    /// `user_data`: optional; Terraform type `string`.
    pub fn user_data(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("user_data", value);
        self
    }
    /// `vpc_security_group_ids`: optional; Terraform type `set(string)`.
    pub fn vpc_security_group_ids(
        mut self,
        value: impl Into<Expr<Vec<String>>>,
    ) -> Self {
        self.body.set_attr::<Vec<String>>("vpc_security_group_ids", value);
        self
    }
    /// Block `block_device_mappings` (list nesting, any number).
    ///
    /// Adds one block; see [`BlockDeviceMappings`].
    pub fn block_device_mappings(mut self, block: BlockDeviceMappings) -> Self {
        self.body.push_block("block_device_mappings", block.into_body());
        self
    }
    /// Block `capacity_reservation_specification` (list nesting, at most 1).
    ///
    /// Sets block; see [`CapacityReservationSpecification`].
    pub fn capacity_reservation_specification(
        mut self,
        block: CapacityReservationSpecification,
    ) -> Self {
        self.body.set_block("capacity_reservation_specification", block.into_body());
        self
    }
    /// Block `cpu_options` (list nesting, at most 1).
    ///
    /// Sets block; see [`CpuOptions`].
    pub fn cpu_options(mut self, block: CpuOptions) -> Self {
        self.body.set_block("cpu_options", block.into_body());
        self
    }
    /// Block `credit_specification` (list nesting, at most 1).
    ///
    /// Sets block; see [`CreditSpecification`].
    pub fn credit_specification(mut self, block: CreditSpecification) -> Self {
        self.body.set_block("credit_specification", block.into_body());
        self
    }
    /// Block `enclave_options` (list nesting, at most 1).
    ///
    /// Sets block; see [`EnclaveOptions`].
    pub fn enclave_options(mut self, block: EnclaveOptions) -> Self {
        self.body.set_block("enclave_options", block.into_body());
        self
    }
    /// Block `hibernation_options` (list nesting, at most 1).
    ///
    /// Sets block; see [`HibernationOptions`].
    pub fn hibernation_options(mut self, block: HibernationOptions) -> Self {
        self.body.set_block("hibernation_options", block.into_body());
        self
    }
    /// Block `iam_instance_profile` (list nesting, at most 1).
    ///
    /// Sets block; see [`IamInstanceProfile`].
    pub fn iam_instance_profile(mut self, block: IamInstanceProfile) -> Self {
        self.body.set_block("iam_instance_profile", block.into_body());
        self
    }
    /// Block `instance_market_options` (list nesting, at most 1).
    ///
    /// Sets block; see [`InstanceMarketOptions`].
    pub fn instance_market_options(mut self, block: InstanceMarketOptions) -> Self {
        self.body.set_block("instance_market_options", block.into_body());
        self
    }
    /// Block `instance_requirements` (list nesting, at most 1).
    ///
    /// Sets block; see [`InstanceRequirements`].
    pub fn instance_requirements(mut self, block: InstanceRequirements) -> Self {
        self.body.set_block("instance_requirements", block.into_body());
        self
    }
    /// Block `license_specification` (set nesting, any number).
    ///
    /// Adds one block; see [`LicenseSpecification`].
    pub fn license_specification(mut self, block: LicenseSpecification) -> Self {
        self.body.push_block("license_specification", block.into_body());
        self
    }
    /// Block `maintenance_options` (list nesting, at most 1).
    ///
    /// Sets block; see [`MaintenanceOptions`].
    pub fn maintenance_options(mut self, block: MaintenanceOptions) -> Self {
        self.body.set_block("maintenance_options", block.into_body());
        self
    }
    /// Block `metadata_options` (list nesting, at most 1).
    ///
    /// Sets block; see [`MetadataOptions`].
    pub fn metadata_options(mut self, block: MetadataOptions) -> Self {
        self.body.set_block("metadata_options", block.into_body());
        self
    }
    /// Block `monitoring` (list nesting, at most 1).
    ///
    /// Sets block; see [`Monitoring`].
    pub fn monitoring(mut self, block: Monitoring) -> Self {
        self.body.set_block("monitoring", block.into_body());
        self
    }
    /// Block `network_interfaces` (list nesting, any number).
    ///
    /// Adds one block; see [`NetworkInterfaces`].
    pub fn network_interfaces(mut self, block: NetworkInterfaces) -> Self {
        self.body.push_block("network_interfaces", block.into_body());
        self
    }
    /// Block `placement` (list nesting, at most 1).
    ///
    /// Sets block; see [`Placement`].
    pub fn placement(mut self, block: Placement) -> Self {
        self.body.set_block("placement", block.into_body());
        self
    }
    /// Block `private_dns_name_options` (list nesting, at most 1).
    ///
    /// Sets block; see [`PrivateDnsNameOptions`].
    pub fn private_dns_name_options(mut self, block: PrivateDnsNameOptions) -> Self {
        self.body.set_block("private_dns_name_options", block.into_body());
        self
    }
    /// Block `tag_specifications` (list nesting, any number).
    ///
    /// Adds one block; see [`TagSpecifications`].
    pub fn tag_specifications(mut self, block: TagSpecifications) -> Self {
        self.body.push_block("tag_specifications", block.into_body());
        self
    }
}
impl Builder for LaunchTemplate {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `block_device_mappings` of resource `aws_launch_template`.
///
/// Nesting: list; any number.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct BlockDeviceMappings {
    body: Body,
}
impl BlockDeviceMappings {
    /// A new `BlockDeviceMappings` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `device_name`: optional; Terraform type `string`.
    pub fn device_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("device_name", value);
        self
    }
    /// `no_device`: optional; Terraform type `string`.
    pub fn no_device(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("no_device", value);
        self
    }
    /// `virtual_name`: optional; Terraform type `string`.
    pub fn virtual_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("virtual_name", value);
        self
    }
    /// Block `ebs` (list nesting, at most 1).
    ///
    /// Sets block; see [`BlockDeviceMappingsEbs`].
    pub fn ebs(mut self, block: BlockDeviceMappingsEbs) -> Self {
        self.body.set_block("ebs", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for BlockDeviceMappings {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `ebs` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct BlockDeviceMappingsEbs {
    body: Body,
}
impl BlockDeviceMappingsEbs {
    /// A new `BlockDeviceMappingsEbs` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `delete_on_termination`: optional; Terraform type `string`.
    pub fn delete_on_termination(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("delete_on_termination", value);
        self
    }
    /// `encrypted`: optional; Terraform type `string`.
    pub fn encrypted(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("encrypted", value);
        self
    }
    /// `iops`: optional, computed; Terraform type `number`.
    pub fn iops(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("iops", value);
        self
    }
    /// `kms_key_id`: optional; Terraform type `string`.
    pub fn kms_key_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("kms_key_id", value);
        self
    }
    /// `snapshot_id`: optional; Terraform type `string`.
    pub fn snapshot_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("snapshot_id", value);
        self
    }
    /// `throughput`: optional, computed; Terraform type `number`.
    pub fn throughput(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("throughput", value);
        self
    }
    /// `volume_initialization_rate`: optional, computed; Terraform type `number`.
    pub fn volume_initialization_rate(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("volume_initialization_rate", value);
        self
    }
    /// `volume_size`: optional, computed; Terraform type `number`.
    pub fn volume_size(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("volume_size", value);
        self
    }
    /// `volume_type`: optional, computed; Terraform type `string`, one of [`EbsVolumeType`](enums::EbsVolumeType).
    pub fn volume_type(mut self, value: impl Into<Expr<enums::EbsVolumeType>>) -> Self {
        self.body.set_attr::<enums::EbsVolumeType>("volume_type", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for BlockDeviceMappingsEbs {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `capacity_reservation_specification` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct CapacityReservationSpecification {
    body: Body,
}
impl CapacityReservationSpecification {
    /// A new `CapacityReservationSpecification` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `capacity_reservation_preference`: optional; Terraform type `string`.
    pub fn capacity_reservation_preference(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("capacity_reservation_preference", value);
        self
    }
    /// Block `capacity_reservation_target` (list nesting, at most 1).
    ///
    /// Sets block; see [`CapacityReservationSpecificationCapacityReservationTarget`].
    pub fn capacity_reservation_target(
        mut self,
        block: CapacityReservationSpecificationCapacityReservationTarget,
    ) -> Self {
        self.body.set_block("capacity_reservation_target", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for CapacityReservationSpecification {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `capacity_reservation_target` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct CapacityReservationSpecificationCapacityReservationTarget {
    body: Body,
}
impl CapacityReservationSpecificationCapacityReservationTarget {
    /// A new `CapacityReservationSpecificationCapacityReservationTarget` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `capacity_reservation_id`: optional; Terraform type `string`.
    pub fn capacity_reservation_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("capacity_reservation_id", value);
        self
    }
    /// `capacity_reservation_resource_group_arn`: optional; Terraform type `string`.
    pub fn capacity_reservation_resource_group_arn(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("capacity_reservation_resource_group_arn", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for CapacityReservationSpecificationCapacityReservationTarget {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `cpu_options` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct CpuOptions {
    body: Body,
}
impl CpuOptions {
    /// A new `CpuOptions` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `amd_sev_snp`: optional; Terraform type `string`.
    pub fn amd_sev_snp(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("amd_sev_snp", value);
        self
    }
    /// `core_count`: optional; Terraform type `number`.
    pub fn core_count(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("core_count", value);
        self
    }
    /// `threads_per_core`: optional; Terraform type `number`.
    pub fn threads_per_core(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("threads_per_core", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for CpuOptions {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `credit_specification` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct CreditSpecification {
    body: Body,
}
impl CreditSpecification {
    /// A new `CreditSpecification` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `cpu_credits`: optional; Terraform type `string`.
    pub fn cpu_credits(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("cpu_credits", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for CreditSpecification {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `enclave_options` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct EnclaveOptions {
    body: Body,
}
impl EnclaveOptions {
    /// A new `EnclaveOptions` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `enabled`: optional; Terraform type `bool`.
    pub fn enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enabled", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for EnclaveOptions {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `hibernation_options` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct HibernationOptions {
    body: Body,
}
impl HibernationOptions {
    /// A new `HibernationOptions` with the required arguments.
    /// - `configured`: Terraform type `bool`
    pub fn new(configured: impl Into<Expr<bool>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<bool>("configured", configured);
        HibernationOptions { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for HibernationOptions {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `iam_instance_profile` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
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
    /// `arn`: optional; Terraform type `string`.
    pub fn arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("arn", value);
        self
    }
    /// `name`: optional; Terraform type `string`.
    pub fn name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("name", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for IamInstanceProfile {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `instance_market_options` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct InstanceMarketOptions {
    body: Body,
}
impl InstanceMarketOptions {
    /// A new `InstanceMarketOptions` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `market_type`: optional; Terraform type `string`.
    pub fn market_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("market_type", value);
        self
    }
    /// Block `spot_options` (list nesting, at most 1).
    ///
    /// Sets block; see [`InstanceMarketOptionsSpotOptions`].
    pub fn spot_options(mut self, block: InstanceMarketOptionsSpotOptions) -> Self {
        self.body.set_block("spot_options", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for InstanceMarketOptions {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `spot_options` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct InstanceMarketOptionsSpotOptions {
    body: Body,
}
impl InstanceMarketOptionsSpotOptions {
    /// A new `InstanceMarketOptionsSpotOptions` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `block_duration_minutes`: optional; Terraform type `number`.
    pub fn block_duration_minutes(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("block_duration_minutes", value);
        self
    }
    /// `instance_interruption_behavior`: optional; Terraform type `string`.
    pub fn instance_interruption_behavior(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("instance_interruption_behavior", value);
        self
    }
    /// `max_price`: optional; Terraform type `string`.
    pub fn max_price(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("max_price", value);
        self
    }
    /// `spot_instance_type`: optional; Terraform type `string`.
    pub fn spot_instance_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("spot_instance_type", value);
        self
    }
    /// `valid_until`: optional, computed; Terraform type `string`.
    pub fn valid_until(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("valid_until", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for InstanceMarketOptionsSpotOptions {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `instance_requirements` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct InstanceRequirements {
    body: Body,
}
impl InstanceRequirements {
    /// A new `InstanceRequirements` with the required arguments.
    /// - `memory_mib`: block [`InstanceRequirementsMemoryMib`]
    /// - `vcpu_count`: block [`InstanceRequirementsVcpuCount`]
    pub fn new(
        memory_mib: InstanceRequirementsMemoryMib,
        vcpu_count: InstanceRequirementsVcpuCount,
    ) -> Self {
        let mut body = Body::new();
        body.set_block("memory_mib", memory_mib.into_body());
        body.set_block("vcpu_count", vcpu_count.into_body());
        InstanceRequirements { body }
    }
    /// `accelerator_manufacturers`: optional; Terraform type `set(string)`.
    pub fn accelerator_manufacturers(
        mut self,
        value: impl Into<Expr<Vec<String>>>,
    ) -> Self {
        self.body.set_attr::<Vec<String>>("accelerator_manufacturers", value);
        self
    }
    /// `accelerator_names`: optional; Terraform type `set(string)`.
    pub fn accelerator_names(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("accelerator_names", value);
        self
    }
    /// `accelerator_types`: optional; Terraform type `set(string)`.
    pub fn accelerator_types(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("accelerator_types", value);
        self
    }
    /// `allowed_instance_types`: optional; Terraform type `set(string)`.
    pub fn allowed_instance_types(
        mut self,
        value: impl Into<Expr<Vec<String>>>,
    ) -> Self {
        self.body.set_attr::<Vec<String>>("allowed_instance_types", value);
        self
    }
    /// `bare_metal`: optional; Terraform type `string`.
    pub fn bare_metal(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("bare_metal", value);
        self
    }
    /// `burstable_performance`: optional; Terraform type `string`.
    pub fn burstable_performance(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("burstable_performance", value);
        self
    }
    /// `cpu_manufacturers`: optional; Terraform type `set(string)`.
    pub fn cpu_manufacturers(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("cpu_manufacturers", value);
        self
    }
    /// `excluded_instance_types`: optional; Terraform type `set(string)`.
    pub fn excluded_instance_types(
        mut self,
        value: impl Into<Expr<Vec<String>>>,
    ) -> Self {
        self.body.set_attr::<Vec<String>>("excluded_instance_types", value);
        self
    }
    /// `instance_generations`: optional; Terraform type `set(string)`.
    pub fn instance_generations(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("instance_generations", value);
        self
    }
    /// `local_storage`: optional; Terraform type `string`.
    pub fn local_storage(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("local_storage", value);
        self
    }
    /// `local_storage_types`: optional; Terraform type `set(string)`.
    pub fn local_storage_types(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("local_storage_types", value);
        self
    }
    /// `max_spot_price_as_percentage_of_optimal_on_demand_price`: optional; Terraform type `number`.
    pub fn max_spot_price_as_percentage_of_optimal_on_demand_price(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body
            .set_attr::<
                Number,
            >("max_spot_price_as_percentage_of_optimal_on_demand_price", value);
        self
    }
    /// `on_demand_max_price_percentage_over_lowest_price`: optional; Terraform type `number`.
    pub fn on_demand_max_price_percentage_over_lowest_price(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body
            .set_attr::<
                Number,
            >("on_demand_max_price_percentage_over_lowest_price", value);
        self
    }
    /// `require_hibernate_support`: optional; Terraform type `bool`.
    pub fn require_hibernate_support(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("require_hibernate_support", value);
        self
    }
    /// `spot_max_price_percentage_over_lowest_price`: optional; Terraform type `number`.
    pub fn spot_max_price_percentage_over_lowest_price(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body
            .set_attr::<Number>("spot_max_price_percentage_over_lowest_price", value);
        self
    }
    /// Block `accelerator_count` (list nesting, at most 1).
    ///
    /// Sets block; see [`InstanceRequirementsAcceleratorCount`].
    pub fn accelerator_count(
        mut self,
        block: InstanceRequirementsAcceleratorCount,
    ) -> Self {
        self.body.set_block("accelerator_count", block.into_body());
        self
    }
    /// Block `accelerator_total_memory_mib` (list nesting, at most 1).
    ///
    /// Sets block; see [`InstanceRequirementsAcceleratorTotalMemoryMib`].
    pub fn accelerator_total_memory_mib(
        mut self,
        block: InstanceRequirementsAcceleratorTotalMemoryMib,
    ) -> Self {
        self.body.set_block("accelerator_total_memory_mib", block.into_body());
        self
    }
    /// Block `baseline_ebs_bandwidth_mbps` (list nesting, at most 1).
    ///
    /// Sets block; see [`InstanceRequirementsBaselineEbsBandwidthMbps`].
    pub fn baseline_ebs_bandwidth_mbps(
        mut self,
        block: InstanceRequirementsBaselineEbsBandwidthMbps,
    ) -> Self {
        self.body.set_block("baseline_ebs_bandwidth_mbps", block.into_body());
        self
    }
    /// Block `memory_gib_per_vcpu` (list nesting, at most 1).
    ///
    /// Sets block; see [`InstanceRequirementsMemoryGibPerVcpu`].
    pub fn memory_gib_per_vcpu(
        mut self,
        block: InstanceRequirementsMemoryGibPerVcpu,
    ) -> Self {
        self.body.set_block("memory_gib_per_vcpu", block.into_body());
        self
    }
    /// Block `memory_mib` (list nesting, exactly 1).
    ///
    /// Sets block; see [`InstanceRequirementsMemoryMib`].
    pub fn memory_mib(mut self, block: InstanceRequirementsMemoryMib) -> Self {
        self.body.set_block("memory_mib", block.into_body());
        self
    }
    /// Block `network_bandwidth_gbps` (list nesting, at most 1).
    ///
    /// Sets block; see [`InstanceRequirementsNetworkBandwidthGbps`].
    pub fn network_bandwidth_gbps(
        mut self,
        block: InstanceRequirementsNetworkBandwidthGbps,
    ) -> Self {
        self.body.set_block("network_bandwidth_gbps", block.into_body());
        self
    }
    /// Block `network_interface_count` (list nesting, at most 1).
    ///
    /// Sets block; see [`InstanceRequirementsNetworkInterfaceCount`].
    pub fn network_interface_count(
        mut self,
        block: InstanceRequirementsNetworkInterfaceCount,
    ) -> Self {
        self.body.set_block("network_interface_count", block.into_body());
        self
    }
    /// Block `total_local_storage_gb` (list nesting, at most 1).
    ///
    /// Sets block; see [`InstanceRequirementsTotalLocalStorageGb`].
    pub fn total_local_storage_gb(
        mut self,
        block: InstanceRequirementsTotalLocalStorageGb,
    ) -> Self {
        self.body.set_block("total_local_storage_gb", block.into_body());
        self
    }
    /// Block `vcpu_count` (list nesting, exactly 1).
    ///
    /// Sets block; see [`InstanceRequirementsVcpuCount`].
    pub fn vcpu_count(mut self, block: InstanceRequirementsVcpuCount) -> Self {
        self.body.set_block("vcpu_count", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for InstanceRequirements {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `accelerator_count` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct InstanceRequirementsAcceleratorCount {
    body: Body,
}
impl InstanceRequirementsAcceleratorCount {
    /// A new `InstanceRequirementsAcceleratorCount` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `max`: optional; Terraform type `number`.
    pub fn max(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("max", value);
        self
    }
    /// `min`: optional; Terraform type `number`.
    pub fn min(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("min", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for InstanceRequirementsAcceleratorCount {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `accelerator_total_memory_mib` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct InstanceRequirementsAcceleratorTotalMemoryMib {
    body: Body,
}
impl InstanceRequirementsAcceleratorTotalMemoryMib {
    /// A new `InstanceRequirementsAcceleratorTotalMemoryMib` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `max`: optional; Terraform type `number`.
    pub fn max(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("max", value);
        self
    }
    /// `min`: optional; Terraform type `number`.
    pub fn min(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("min", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for InstanceRequirementsAcceleratorTotalMemoryMib {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `baseline_ebs_bandwidth_mbps` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct InstanceRequirementsBaselineEbsBandwidthMbps {
    body: Body,
}
impl InstanceRequirementsBaselineEbsBandwidthMbps {
    /// A new `InstanceRequirementsBaselineEbsBandwidthMbps` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `max`: optional; Terraform type `number`.
    pub fn max(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("max", value);
        self
    }
    /// `min`: optional; Terraform type `number`.
    pub fn min(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("min", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for InstanceRequirementsBaselineEbsBandwidthMbps {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `memory_gib_per_vcpu` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct InstanceRequirementsMemoryGibPerVcpu {
    body: Body,
}
impl InstanceRequirementsMemoryGibPerVcpu {
    /// A new `InstanceRequirementsMemoryGibPerVcpu` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `max`: optional; Terraform type `number`.
    pub fn max(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("max", value);
        self
    }
    /// `min`: optional; Terraform type `number`.
    pub fn min(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("min", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for InstanceRequirementsMemoryGibPerVcpu {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `memory_mib` of resource `aws_launch_template`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct InstanceRequirementsMemoryMib {
    body: Body,
}
impl InstanceRequirementsMemoryMib {
    /// A new `InstanceRequirementsMemoryMib` with the required arguments.
    /// - `min`: Terraform type `number`
    pub fn new(min: impl Into<Expr<Number>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Number>("min", min);
        InstanceRequirementsMemoryMib {
            body,
        }
    }
    /// `max`: optional; Terraform type `number`.
    pub fn max(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("max", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for InstanceRequirementsMemoryMib {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `network_bandwidth_gbps` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct InstanceRequirementsNetworkBandwidthGbps {
    body: Body,
}
impl InstanceRequirementsNetworkBandwidthGbps {
    /// A new `InstanceRequirementsNetworkBandwidthGbps` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `max`: optional; Terraform type `number`.
    pub fn max(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("max", value);
        self
    }
    /// `min`: optional; Terraform type `number`.
    pub fn min(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("min", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for InstanceRequirementsNetworkBandwidthGbps {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `network_interface_count` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct InstanceRequirementsNetworkInterfaceCount {
    body: Body,
}
impl InstanceRequirementsNetworkInterfaceCount {
    /// A new `InstanceRequirementsNetworkInterfaceCount` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `max`: optional; Terraform type `number`.
    pub fn max(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("max", value);
        self
    }
    /// `min`: optional; Terraform type `number`.
    pub fn min(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("min", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for InstanceRequirementsNetworkInterfaceCount {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `total_local_storage_gb` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct InstanceRequirementsTotalLocalStorageGb {
    body: Body,
}
impl InstanceRequirementsTotalLocalStorageGb {
    /// A new `InstanceRequirementsTotalLocalStorageGb` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `max`: optional; Terraform type `number`.
    pub fn max(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("max", value);
        self
    }
    /// `min`: optional; Terraform type `number`.
    pub fn min(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("min", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for InstanceRequirementsTotalLocalStorageGb {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `vcpu_count` of resource `aws_launch_template`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct InstanceRequirementsVcpuCount {
    body: Body,
}
impl InstanceRequirementsVcpuCount {
    /// A new `InstanceRequirementsVcpuCount` with the required arguments.
    /// - `min`: Terraform type `number`
    pub fn new(min: impl Into<Expr<Number>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<Number>("min", min);
        InstanceRequirementsVcpuCount {
            body,
        }
    }
    /// `max`: optional; Terraform type `number`.
    pub fn max(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("max", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for InstanceRequirementsVcpuCount {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `license_specification` of resource `aws_launch_template`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct LicenseSpecification {
    body: Body,
}
impl LicenseSpecification {
    /// A new `LicenseSpecification` with the required arguments.
    /// - `license_configuration_arn`: Terraform type `string`
    pub fn new(license_configuration_arn: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("license_configuration_arn", license_configuration_arn);
        LicenseSpecification { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for LicenseSpecification {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `maintenance_options` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct MaintenanceOptions {
    body: Body,
}
impl MaintenanceOptions {
    /// A new `MaintenanceOptions` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `auto_recovery`: optional; Terraform type `string`.
    pub fn auto_recovery(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("auto_recovery", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for MaintenanceOptions {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `metadata_options` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct MetadataOptions {
    body: Body,
}
impl MetadataOptions {
    /// A new `MetadataOptions` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `http_endpoint`: optional, computed; Terraform type `string`, one of [`InstanceMetadataSwitch`](enums::InstanceMetadataSwitch).
    pub fn http_endpoint(
        mut self,
        value: impl Into<Expr<enums::InstanceMetadataSwitch>>,
    ) -> Self {
        self.body.set_attr::<enums::InstanceMetadataSwitch>("http_endpoint", value);
        self
    }
    /// `http_protocol_ipv6`: optional, computed; Terraform type `string`, one of [`InstanceMetadataSwitch`](enums::InstanceMetadataSwitch).
    pub fn http_protocol_ipv6(
        mut self,
        value: impl Into<Expr<enums::InstanceMetadataSwitch>>,
    ) -> Self {
        self.body.set_attr::<enums::InstanceMetadataSwitch>("http_protocol_ipv6", value);
        self
    }
    /// `http_put_response_hop_limit`: optional, computed; Terraform type `number`.
    pub fn http_put_response_hop_limit(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body.set_attr::<Number>("http_put_response_hop_limit", value);
        self
    }
    /// `http_tokens`: optional, computed; Terraform type `string`, one of [`HttpTokensState`](enums::HttpTokensState).
    pub fn http_tokens(
        mut self,
        value: impl Into<Expr<enums::HttpTokensState>>,
    ) -> Self {
        self.body.set_attr::<enums::HttpTokensState>("http_tokens", value);
        self
    }
    /// `instance_metadata_tags`: optional, computed; Terraform type `string`, one of [`InstanceMetadataSwitch`](enums::InstanceMetadataSwitch).
    pub fn instance_metadata_tags(
        mut self,
        value: impl Into<Expr<enums::InstanceMetadataSwitch>>,
    ) -> Self {
        self.body
            .set_attr::<enums::InstanceMetadataSwitch>("instance_metadata_tags", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for MetadataOptions {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `monitoring` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Monitoring {
    body: Body,
}
impl Monitoring {
    /// A new `Monitoring` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `enabled`: optional; Terraform type `bool`.
    pub fn enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("enabled", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Monitoring {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `network_interfaces` of resource `aws_launch_template`.
///
/// Nesting: list; any number.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct NetworkInterfaces {
    body: Body,
}
impl NetworkInterfaces {
    /// A new `NetworkInterfaces` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `associate_carrier_ip_address`: optional; Terraform type `string`.
    pub fn associate_carrier_ip_address(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("associate_carrier_ip_address", value);
        self
    }
    /// `associate_public_ip_address`: optional; Terraform type `string`.
    pub fn associate_public_ip_address(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("associate_public_ip_address", value);
        self
    }
    /// `delete_on_termination`: optional; Terraform type `string`.
    pub fn delete_on_termination(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("delete_on_termination", value);
        self
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("description", value);
        self
    }
    /// `device_index`: optional; Terraform type `number`.
    pub fn device_index(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("device_index", value);
        self
    }
    /// `interface_type`: optional; Terraform type `string`.
    pub fn interface_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("interface_type", value);
        self
    }
    /// `ipv4_address_count`: optional; Terraform type `number`.
    pub fn ipv4_address_count(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("ipv4_address_count", value);
        self
    }
    /// `ipv4_addresses`: optional; Terraform type `set(string)`.
    pub fn ipv4_addresses(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("ipv4_addresses", value);
        self
    }
    /// `ipv4_prefix_count`: optional; Terraform type `number`.
    pub fn ipv4_prefix_count(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("ipv4_prefix_count", value);
        self
    }
    /// `ipv4_prefixes`: optional; Terraform type `set(string)`.
    pub fn ipv4_prefixes(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("ipv4_prefixes", value);
        self
    }
    /// `ipv6_address_count`: optional; Terraform type `number`.
    pub fn ipv6_address_count(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("ipv6_address_count", value);
        self
    }
    /// `ipv6_addresses`: optional; Terraform type `set(string)`.
    pub fn ipv6_addresses(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("ipv6_addresses", value);
        self
    }
    /// `ipv6_prefix_count`: optional; Terraform type `number`.
    pub fn ipv6_prefix_count(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("ipv6_prefix_count", value);
        self
    }
    /// `ipv6_prefixes`: optional; Terraform type `set(string)`.
    pub fn ipv6_prefixes(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("ipv6_prefixes", value);
        self
    }
    /// `network_card_index`: optional; Terraform type `number`.
    pub fn network_card_index(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("network_card_index", value);
        self
    }
    /// `network_interface_id`: optional; Terraform type `string`.
    pub fn network_interface_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("network_interface_id", value);
        self
    }
    /// `primary_ipv6`: optional; Terraform type `string`.
    pub fn primary_ipv6(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("primary_ipv6", value);
        self
    }
    /// `private_ip_address`: optional; Terraform type `string`.
    pub fn private_ip_address(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("private_ip_address", value);
        self
    }
    /// `security_groups`: optional; Terraform type `set(string)`.
    pub fn security_groups(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("security_groups", value);
        self
    }
    /// `subnet_id`: optional; Terraform type `string`.
    pub fn subnet_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("subnet_id", value);
        self
    }
    /// Block `connection_tracking_specification` (list nesting, at most 1).
    ///
    /// Sets block; see [`NetworkInterfacesConnectionTrackingSpecification`].
    pub fn connection_tracking_specification(
        mut self,
        block: NetworkInterfacesConnectionTrackingSpecification,
    ) -> Self {
        self.body.set_block("connection_tracking_specification", block.into_body());
        self
    }
    /// Block `ena_srd_specification` (list nesting, at most 1).
    ///
    /// Sets block; see [`NetworkInterfacesEnaSrdSpecification`].
    pub fn ena_srd_specification(
        mut self,
        block: NetworkInterfacesEnaSrdSpecification,
    ) -> Self {
        self.body.set_block("ena_srd_specification", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for NetworkInterfaces {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `connection_tracking_specification` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct NetworkInterfacesConnectionTrackingSpecification {
    body: Body,
}
impl NetworkInterfacesConnectionTrackingSpecification {
    /// A new `NetworkInterfacesConnectionTrackingSpecification` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `tcp_established_timeout`: optional; Terraform type `number`.
    pub fn tcp_established_timeout(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("tcp_established_timeout", value);
        self
    }
    /// `udp_stream_timeout`: optional; Terraform type `number`.
    pub fn udp_stream_timeout(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("udp_stream_timeout", value);
        self
    }
    /// `udp_timeout`: optional; Terraform type `number`.
    pub fn udp_timeout(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("udp_timeout", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for NetworkInterfacesConnectionTrackingSpecification {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `ena_srd_specification` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct NetworkInterfacesEnaSrdSpecification {
    body: Body,
}
impl NetworkInterfacesEnaSrdSpecification {
    /// A new `NetworkInterfacesEnaSrdSpecification` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `ena_srd_enabled`: optional; Terraform type `bool`.
    pub fn ena_srd_enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("ena_srd_enabled", value);
        self
    }
    /// Block `ena_srd_udp_specification` (list nesting, at most 1).
    ///
    /// Sets block; see [`NetworkInterfacesEnaSrdSpecificationEnaSrdUdpSpecification`].
    pub fn ena_srd_udp_specification(
        mut self,
        block: NetworkInterfacesEnaSrdSpecificationEnaSrdUdpSpecification,
    ) -> Self {
        self.body.set_block("ena_srd_udp_specification", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for NetworkInterfacesEnaSrdSpecification {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `ena_srd_udp_specification` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct NetworkInterfacesEnaSrdSpecificationEnaSrdUdpSpecification {
    body: Body,
}
impl NetworkInterfacesEnaSrdSpecificationEnaSrdUdpSpecification {
    /// A new `NetworkInterfacesEnaSrdSpecificationEnaSrdUdpSpecification` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `ena_srd_udp_enabled`: optional; Terraform type `bool`.
    pub fn ena_srd_udp_enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("ena_srd_udp_enabled", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for NetworkInterfacesEnaSrdSpecificationEnaSrdUdpSpecification {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `placement` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Placement {
    body: Body,
}
impl Placement {
    /// A new `Placement` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `affinity`: optional; Terraform type `string`.
    pub fn affinity(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("affinity", value);
        self
    }
    /// `availability_zone`: optional; Terraform type `string`.
    pub fn availability_zone(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("availability_zone", value);
        self
    }
    /// `group_name`: optional; Terraform type `string`.
    pub fn group_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("group_name", value);
        self
    }
    /// `host_id`: optional; Terraform type `string`.
    pub fn host_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("host_id", value);
        self
    }
    /// `host_resource_group_arn`: optional; Terraform type `string`.
    pub fn host_resource_group_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("host_resource_group_arn", value);
        self
    }
    /// `partition_number`: optional; Terraform type `number`.
    pub fn partition_number(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("partition_number", value);
        self
    }
    /// `spread_domain`: optional; Terraform type `string`.
    pub fn spread_domain(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("spread_domain", value);
        self
    }
    /// `tenancy`: optional; Terraform type `string`.
    pub fn tenancy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("tenancy", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Placement {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `private_dns_name_options` of resource `aws_launch_template`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct PrivateDnsNameOptions {
    body: Body,
}
impl PrivateDnsNameOptions {
    /// A new `PrivateDnsNameOptions` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `enable_resource_name_dns_a_record`: optional; Terraform type `bool`.
    pub fn enable_resource_name_dns_a_record(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("enable_resource_name_dns_a_record", value);
        self
    }
    /// `enable_resource_name_dns_aaaa_record`: optional; Terraform type `bool`.
    pub fn enable_resource_name_dns_aaaa_record(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("enable_resource_name_dns_aaaa_record", value);
        self
    }
    /// `hostname_type`: optional; Terraform type `string`.
    pub fn hostname_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("hostname_type", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for PrivateDnsNameOptions {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `tag_specifications` of resource `aws_launch_template`.
///
/// Nesting: list; any number.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct TagSpecifications {
    body: Body,
}
impl TagSpecifications {
    /// A new `TagSpecifications` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `resource_type`: optional; Terraform type `string`, one of [`LaunchTemplateTagResource`](enums::LaunchTemplateTagResource).
    pub fn resource_type(
        mut self,
        value: impl Into<Expr<enums::LaunchTemplateTagResource>>,
    ) -> Self {
        self.body.set_attr::<enums::LaunchTemplateTagResource>("resource_type", value);
        self
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("tags", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TagSpecifications {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl LaunchTemplate {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_launch_template";
}
impl TypedSpec for LaunchTemplate {
    const TYPE: &'static str = "aws_launch_template";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for LaunchTemplate {
    type Handle = LaunchTemplateRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_launch_template"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for LaunchTemplate {}
/// A resource `aws_launch_template` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_template>
#[derive(Debug, Clone)]
pub struct LaunchTemplateRef(NodeHandle);
impl From<NodeHandle> for LaunchTemplateRef {
    fn from(node: NodeHandle) -> Self {
        LaunchTemplateRef(node)
    }
}
impl std::ops::Deref for LaunchTemplateRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl LaunchTemplateRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `default_version`: optional, computed; Terraform type `number`.
    pub fn default_version(&self) -> Expr<Number> {
        self.0.attr("default_version")
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(&self) -> Expr<String> {
        self.0.attr("description")
    }
    /// `disable_api_stop`: optional; Terraform type `bool`.
    pub fn disable_api_stop(&self) -> Expr<bool> {
        self.0.attr("disable_api_stop")
    }
    /// `disable_api_termination`: optional; Terraform type `bool`.
    pub fn disable_api_termination(&self) -> Expr<bool> {
        self.0.attr("disable_api_termination")
    }
    /// `ebs_optimized`: optional; Terraform type `string`.
    pub fn ebs_optimized(&self) -> Expr<String> {
        self.0.attr("ebs_optimized")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `image_id`: optional; Terraform type `string`.
    pub fn image_id(&self) -> Expr<String> {
        self.0.attr("image_id")
    }
    /// `instance_initiated_shutdown_behavior`: optional; Terraform type `string`.
    pub fn instance_initiated_shutdown_behavior(&self) -> Expr<String> {
        self.0.attr("instance_initiated_shutdown_behavior")
    }
    /// `instance_type`: optional; Terraform type `string`.
    pub fn instance_type(&self) -> Expr<String> {
        self.0.attr("instance_type")
    }
    /// `kernel_id`: optional; Terraform type `string`.
    pub fn kernel_id(&self) -> Expr<String> {
        self.0.attr("kernel_id")
    }
    /// `key_name`: optional; Terraform type `string`.
    pub fn key_name(&self) -> Expr<String> {
        self.0.attr("key_name")
    }
    /// `latest_version`: computed; Terraform type `number`.
    pub fn latest_version(&self) -> Expr<Number> {
        self.0.attr("latest_version")
    }
    /// `name`: optional, computed; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `name_prefix`: optional, computed; Terraform type `string`.
    pub fn name_prefix(&self) -> Expr<String> {
        self.0.attr("name_prefix")
    }
    /// `ram_disk_id`: optional; Terraform type `string`.
    pub fn ram_disk_id(&self) -> Expr<String> {
        self.0.attr("ram_disk_id")
    }
    /// `security_group_names`: optional; Terraform type `set(string)`.
    pub fn security_group_names(&self) -> Expr<Vec<String>> {
        self.0.attr("security_group_names")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `update_default_version`: optional; Terraform type `bool`.
    pub fn update_default_version(&self) -> Expr<bool> {
        self.0.attr("update_default_version")
    }
    /// `user_data`: optional; Terraform type `string`.
    pub fn user_data(&self) -> Expr<String> {
        self.0.attr("user_data")
    }
    /// `vpc_security_group_ids`: optional; Terraform type `set(string)`.
    pub fn vpc_security_group_ids(&self) -> Expr<Vec<String>> {
        self.0.attr("vpc_security_group_ids")
    }
    /// Block `block_device_mappings` (list nesting, any number).
    pub fn block_device_mappings(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("block_device_mappings")
    }
    /// Block `capacity_reservation_specification` (list nesting, at most 1).
    pub fn capacity_reservation_specification(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("capacity_reservation_specification")
    }
    /// Block `cpu_options` (list nesting, at most 1).
    pub fn cpu_options(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("cpu_options")
    }
    /// Block `credit_specification` (list nesting, at most 1).
    pub fn credit_specification(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("credit_specification")
    }
    /// Block `enclave_options` (list nesting, at most 1).
    pub fn enclave_options(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("enclave_options")
    }
    /// Block `hibernation_options` (list nesting, at most 1).
    pub fn hibernation_options(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("hibernation_options")
    }
    /// Block `iam_instance_profile` (list nesting, at most 1).
    pub fn iam_instance_profile(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("iam_instance_profile")
    }
    /// Block `instance_market_options` (list nesting, at most 1).
    pub fn instance_market_options(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("instance_market_options")
    }
    /// Block `instance_requirements` (list nesting, at most 1).
    pub fn instance_requirements(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("instance_requirements")
    }
    /// Block `license_specification` (set nesting, any number).
    pub fn license_specification(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("license_specification")
    }
    /// Block `maintenance_options` (list nesting, at most 1).
    pub fn maintenance_options(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("maintenance_options")
    }
    /// Block `metadata_options` (list nesting, at most 1).
    pub fn metadata_options(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("metadata_options")
    }
    /// Block `monitoring` (list nesting, at most 1).
    pub fn monitoring(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("monitoring")
    }
    /// Block `network_interfaces` (list nesting, any number).
    pub fn network_interfaces(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("network_interfaces")
    }
    /// Block `placement` (list nesting, at most 1).
    pub fn placement(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("placement")
    }
    /// Block `private_dns_name_options` (list nesting, at most 1).
    pub fn private_dns_name_options(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("private_dns_name_options")
    }
    /// Block `tag_specifications` (list nesting, any number).
    pub fn tag_specifications(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("tag_specifications")
    }
}
