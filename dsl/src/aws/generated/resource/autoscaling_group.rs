//! `aws_autoscaling_group` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/autoscaling_group>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_autoscaling_group`: required arguments in [`AutoscalingGroup::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`AutoscalingGroupRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/autoscaling_group>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct AutoscalingGroup {
    body: Body,
}
/// The required arguments of [`AutoscalingGroup::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoscalingGroupArgs {
    /// `max_size`: Terraform type `number`
    pub max_size: Expr<Number>,
    /// `min_size`: Terraform type `number`
    pub min_size: Expr<Number>,
}
impl AutoscalingGroup {
    /// A new `AutoscalingGroup` with the required arguments, named in [`AutoscalingGroupArgs`].
    pub fn new(args: AutoscalingGroupArgs) -> Self {
        let AutoscalingGroupArgs { max_size, min_size } = args;
        let mut body = Body::new();
        body.set_attr::<Number>("max_size", max_size);
        body.set_attr::<Number>("min_size", min_size);
        AutoscalingGroup { body }
    }
    /// `availability_zones`: optional, computed; Terraform type `set(string)`.
    pub fn availability_zones(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("availability_zones", value);
        self
    }
    /// `capacity_rebalance`: optional; Terraform type `bool`.
    pub fn capacity_rebalance(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("capacity_rebalance", value);
        self
    }
    /// `context`: optional; Terraform type `string`.
    pub fn context(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("context", value);
        self
    }
    /// `default_cooldown`: optional, computed; Terraform type `number`.
    pub fn default_cooldown(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("default_cooldown", value);
        self
    }
    /// `default_instance_warmup`: optional; Terraform type `number`.
    pub fn default_instance_warmup(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("default_instance_warmup", value);
        self
    }
    /// `desired_capacity`: optional, computed; Terraform type `number`.
    pub fn desired_capacity(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("desired_capacity", value);
        self
    }
    /// `desired_capacity_type`: optional; Terraform type `string`.
    pub fn desired_capacity_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("desired_capacity_type", value);
        self
    }
    /// `enabled_metrics`: optional; Terraform type `set(string)`.
    pub fn enabled_metrics(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("enabled_metrics", value);
        self
    }
    /// `force_delete`: optional; Terraform type `bool`.
    pub fn force_delete(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("force_delete", value);
        self
    }
    /// `force_delete_warm_pool`: optional; Terraform type `bool`.
    pub fn force_delete_warm_pool(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("force_delete_warm_pool", value);
        self
    }
    /// `health_check_grace_period`: optional; Terraform type `number`.
    pub fn health_check_grace_period(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("health_check_grace_period", value);
        self
    }
    /// `health_check_type`: optional, computed; Terraform type `string`.
    pub fn health_check_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("health_check_type", value);
        self
    }
    /// `ignore_failed_scaling_activities`: optional; Terraform type `bool`.
    pub fn ignore_failed_scaling_activities(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("ignore_failed_scaling_activities", value);
        self
    }
    /// `launch_configuration`: optional; Terraform type `string`.
    pub fn launch_configuration(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("launch_configuration", value);
        self
    }
    /// `load_balancers`: optional, computed; Terraform type `set(string)`.
    pub fn load_balancers(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("load_balancers", value);
        self
    }
    /// `max_instance_lifetime`: optional; Terraform type `number`.
    pub fn max_instance_lifetime(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("max_instance_lifetime", value);
        self
    }
    /// `metrics_granularity`: optional; Terraform type `string`.
    pub fn metrics_granularity(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("metrics_granularity", value);
        self
    }
    /// `min_elb_capacity`: optional; Terraform type `number`.
    pub fn min_elb_capacity(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("min_elb_capacity", value);
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
    /// `placement_group`: optional; Terraform type `string`.
    pub fn placement_group(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("placement_group", value);
        self
    }
    /// `protect_from_scale_in`: optional; Terraform type `bool`.
    pub fn protect_from_scale_in(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("protect_from_scale_in", value);
        self
    }
    /// `service_linked_role_arn`: optional, computed; Terraform type `string`.
    pub fn service_linked_role_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("service_linked_role_arn", value);
        self
    }
    /// `suspended_processes`: optional; Terraform type `set(string)`.
    pub fn suspended_processes(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("suspended_processes", value);
        self
    }
    /// `target_group_arns`: optional, computed; Terraform type `set(string)`.
    pub fn target_group_arns(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("target_group_arns", value);
        self
    }
    /// `termination_policies`: optional; Terraform type `list(string)`.
    pub fn termination_policies(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("termination_policies", value);
        self
    }
    /// `vpc_zone_identifier`: optional, computed; Terraform type `set(string)`.
    pub fn vpc_zone_identifier(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("vpc_zone_identifier", value);
        self
    }
    /// `wait_for_capacity_timeout`: optional; Terraform type `string`.
    pub fn wait_for_capacity_timeout(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("wait_for_capacity_timeout", value);
        self
    }
    /// `wait_for_elb_capacity`: optional; Terraform type `number`.
    pub fn wait_for_elb_capacity(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("wait_for_elb_capacity", value);
        self
    }
    /// Block `availability_zone_distribution` (list nesting, at most 1).
    ///
    /// Sets block; see [`AvailabilityZoneDistribution`].
    pub fn availability_zone_distribution(
        mut self,
        block: AvailabilityZoneDistribution,
    ) -> Self {
        self.body.set_block("availability_zone_distribution", block.into_body());
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
    /// Block `initial_lifecycle_hook` (set nesting, any number).
    ///
    /// Adds one block; see [`InitialLifecycleHook`].
    pub fn initial_lifecycle_hook(mut self, block: InitialLifecycleHook) -> Self {
        self.body.push_block("initial_lifecycle_hook", block.into_body());
        self
    }
    /// Block `instance_maintenance_policy` (list nesting, at most 1).
    ///
    /// Sets block; see [`InstanceMaintenancePolicy`].
    pub fn instance_maintenance_policy(
        mut self,
        block: InstanceMaintenancePolicy,
    ) -> Self {
        self.body.set_block("instance_maintenance_policy", block.into_body());
        self
    }
    /// Block `instance_refresh` (list nesting, at most 1).
    ///
    /// Sets block; see [`InstanceRefresh`].
    pub fn instance_refresh(mut self, block: InstanceRefresh) -> Self {
        self.body.set_block("instance_refresh", block.into_body());
        self
    }
    /// Block `launch_template` (list nesting, at most 1).
    ///
    /// Sets block; see [`LaunchTemplate`].
    pub fn launch_template(mut self, block: LaunchTemplate) -> Self {
        self.body.set_block("launch_template", block.into_body());
        self
    }
    /// Block `mixed_instances_policy` (list nesting, at most 1).
    ///
    /// Sets block; see [`MixedInstancesPolicy`].
    pub fn mixed_instances_policy(mut self, block: MixedInstancesPolicy) -> Self {
        self.body.set_block("mixed_instances_policy", block.into_body());
        self
    }
    /// Block `tag` (set nesting, any number).
    ///
    /// Adds one block; see [`Tag`].
    pub fn tag(mut self, block: Tag) -> Self {
        self.body.push_block("tag", block.into_body());
        self
    }
    /// Block `timeouts` (single nesting, any number).
    ///
    /// Sets block; see [`Timeouts`].
    pub fn timeouts(mut self, block: Timeouts) -> Self {
        self.body.set_block("timeouts", block.into_body());
        self
    }
    /// Block `traffic_source` (set nesting, any number).
    ///
    /// Adds one block; see [`TrafficSource`].
    pub fn traffic_source(mut self, block: TrafficSource) -> Self {
        self.body.push_block("traffic_source", block.into_body());
        self
    }
    /// Block `warm_pool` (list nesting, at most 1).
    ///
    /// Sets block; see [`WarmPool`].
    pub fn warm_pool(mut self, block: WarmPool) -> Self {
        self.body.set_block("warm_pool", block.into_body());
        self
    }
}
impl Builder for AutoscalingGroup {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `availability_zone_distribution` of resource `aws_autoscaling_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct AvailabilityZoneDistribution {
    body: Body,
}
impl AvailabilityZoneDistribution {
    /// A new `AvailabilityZoneDistribution` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `capacity_distribution_strategy`: optional; Terraform type `string`.
    pub fn capacity_distribution_strategy(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("capacity_distribution_strategy", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for AvailabilityZoneDistribution {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `capacity_reservation_specification` of resource `aws_autoscaling_group`.
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
    /// `capacity_reservation_preference`: optional, computed; Terraform type `string`.
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
/// Block `capacity_reservation_target` of resource `aws_autoscaling_group`.
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
    /// `capacity_reservation_ids`: optional; Terraform type `list(string)`.
    pub fn capacity_reservation_ids(
        mut self,
        value: impl Into<Expr<Vec<String>>>,
    ) -> Self {
        self.body.set_attr::<Vec<String>>("capacity_reservation_ids", value);
        self
    }
    /// `capacity_reservation_resource_group_arns`: optional; Terraform type `list(string)`.
    pub fn capacity_reservation_resource_group_arns(
        mut self,
        value: impl Into<Expr<Vec<String>>>,
    ) -> Self {
        self.body
            .set_attr::<Vec<String>>("capacity_reservation_resource_group_arns", value);
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
/// Block `initial_lifecycle_hook` of resource `aws_autoscaling_group`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct InitialLifecycleHook {
    body: Body,
}
/// The required arguments of [`InitialLifecycleHook::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct InitialLifecycleHookArgs {
    /// `lifecycle_transition`: Terraform type `string`
    pub lifecycle_transition: Expr<String>,
    /// `name`: Terraform type `string`
    pub name: Expr<String>,
}
impl InitialLifecycleHook {
    /// A new `InitialLifecycleHook` with the required arguments, named in [`InitialLifecycleHookArgs`].
    pub fn new(args: InitialLifecycleHookArgs) -> Self {
        let InitialLifecycleHookArgs { lifecycle_transition, name } = args;
        let mut body = Body::new();
        body.set_attr::<String>("lifecycle_transition", lifecycle_transition);
        body.set_attr::<String>("name", name);
        InitialLifecycleHook { body }
    }
    /// `default_result`: optional, computed; Terraform type `string`.
    pub fn default_result(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("default_result", value);
        self
    }
    /// `heartbeat_timeout`: optional; Terraform type `number`.
    pub fn heartbeat_timeout(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("heartbeat_timeout", value);
        self
    }
    /// `notification_metadata`: optional; Terraform type `string`.
    pub fn notification_metadata(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("notification_metadata", value);
        self
    }
    /// `notification_target_arn`: optional; Terraform type `string`.
    pub fn notification_target_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("notification_target_arn", value);
        self
    }
    /// `role_arn`: optional; Terraform type `string`.
    pub fn role_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("role_arn", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for InitialLifecycleHook {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `instance_maintenance_policy` of resource `aws_autoscaling_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct InstanceMaintenancePolicy {
    body: Body,
}
/// The required arguments of [`InstanceMaintenancePolicy::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceMaintenancePolicyArgs {
    /// `max_healthy_percentage`: Terraform type `number`
    pub max_healthy_percentage: Expr<Number>,
    /// `min_healthy_percentage`: Terraform type `number`
    pub min_healthy_percentage: Expr<Number>,
}
impl InstanceMaintenancePolicy {
    /// A new `InstanceMaintenancePolicy` with the required arguments, named in [`InstanceMaintenancePolicyArgs`].
    pub fn new(args: InstanceMaintenancePolicyArgs) -> Self {
        let InstanceMaintenancePolicyArgs {
            max_healthy_percentage,
            min_healthy_percentage,
        } = args;
        let mut body = Body::new();
        body.set_attr::<Number>("max_healthy_percentage", max_healthy_percentage);
        body.set_attr::<Number>("min_healthy_percentage", min_healthy_percentage);
        InstanceMaintenancePolicy { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for InstanceMaintenancePolicy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `instance_refresh` of resource `aws_autoscaling_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct InstanceRefresh {
    body: Body,
}
impl InstanceRefresh {
    /// A new `InstanceRefresh` with the required arguments.
    /// - `strategy`: Terraform type `string`
    pub fn new(strategy: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("strategy", strategy);
        InstanceRefresh { body }
    }
    /// `triggers`: optional; Terraform type `set(string)`.
    pub fn triggers(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("triggers", value);
        self
    }
    /// Block `preferences` (list nesting, at most 1).
    ///
    /// Sets block; see [`InstanceRefreshPreferences`].
    pub fn preferences(mut self, block: InstanceRefreshPreferences) -> Self {
        self.body.set_block("preferences", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for InstanceRefresh {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `preferences` of resource `aws_autoscaling_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct InstanceRefreshPreferences {
    body: Body,
}
impl InstanceRefreshPreferences {
    /// A new `InstanceRefreshPreferences` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `auto_rollback`: optional; Terraform type `bool`.
    pub fn auto_rollback(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("auto_rollback", value);
        self
    }
    /// `checkpoint_delay`: optional; Terraform type `string`.
    pub fn checkpoint_delay(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("checkpoint_delay", value);
        self
    }
    /// `checkpoint_percentages`: optional; Terraform type `list(number)`.
    pub fn checkpoint_percentages(
        mut self,
        value: impl Into<Expr<Vec<Number>>>,
    ) -> Self {
        self.body.set_attr::<Vec<Number>>("checkpoint_percentages", value);
        self
    }
    /// `instance_warmup`: optional; Terraform type `string`.
    pub fn instance_warmup(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("instance_warmup", value);
        self
    }
    /// `max_healthy_percentage`: optional; Terraform type `number`.
    pub fn max_healthy_percentage(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("max_healthy_percentage", value);
        self
    }
    /// `min_healthy_percentage`: optional; Terraform type `number`.
    pub fn min_healthy_percentage(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("min_healthy_percentage", value);
        self
    }
    /// `scale_in_protected_instances`: optional; Terraform type `string`.
    pub fn scale_in_protected_instances(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("scale_in_protected_instances", value);
        self
    }
    /// `skip_matching`: optional; Terraform type `bool`.
    pub fn skip_matching(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("skip_matching", value);
        self
    }
    /// `standby_instances`: optional; Terraform type `string`.
    pub fn standby_instances(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("standby_instances", value);
        self
    }
    /// Block `alarm_specification` (list nesting, at most 1).
    ///
    /// Sets block; see [`InstanceRefreshPreferencesAlarmSpecification`].
    pub fn alarm_specification(
        mut self,
        block: InstanceRefreshPreferencesAlarmSpecification,
    ) -> Self {
        self.body.set_block("alarm_specification", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for InstanceRefreshPreferences {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `alarm_specification` of resource `aws_autoscaling_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct InstanceRefreshPreferencesAlarmSpecification {
    body: Body,
}
impl InstanceRefreshPreferencesAlarmSpecification {
    /// A new `InstanceRefreshPreferencesAlarmSpecification` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `alarms`: optional; Terraform type `list(string)`.
    pub fn alarms(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("alarms", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for InstanceRefreshPreferencesAlarmSpecification {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `launch_template` of resource `aws_autoscaling_group`.
///
/// Nesting: list; at most 1.
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
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("id", value);
        self
    }
    /// `name`: optional, computed; Terraform type `string`.
    pub fn name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("name", value);
        self
    }
    /// `version`: optional, computed; Terraform type `string`.
    pub fn version(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("version", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for LaunchTemplate {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `mixed_instances_policy` of resource `aws_autoscaling_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct MixedInstancesPolicy {
    body: Body,
}
impl MixedInstancesPolicy {
    /// A new `MixedInstancesPolicy` with the required arguments.
    /// - `launch_template`: block [`MixedInstancesPolicyLaunchTemplate`]
    pub fn new(launch_template: MixedInstancesPolicyLaunchTemplate) -> Self {
        let mut body = Body::new();
        body.set_block("launch_template", launch_template.into_body());
        MixedInstancesPolicy { body }
    }
    /// Block `instances_distribution` (list nesting, at most 1).
    ///
    /// Sets block; see [`MixedInstancesPolicyInstancesDistribution`].
    pub fn instances_distribution(
        mut self,
        block: MixedInstancesPolicyInstancesDistribution,
    ) -> Self {
        self.body.set_block("instances_distribution", block.into_body());
        self
    }
    /// Block `launch_template` (list nesting, exactly 1).
    ///
    /// Sets block; see [`MixedInstancesPolicyLaunchTemplate`].
    pub fn launch_template(mut self, block: MixedInstancesPolicyLaunchTemplate) -> Self {
        self.body.set_block("launch_template", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for MixedInstancesPolicy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `instances_distribution` of resource `aws_autoscaling_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct MixedInstancesPolicyInstancesDistribution {
    body: Body,
}
impl MixedInstancesPolicyInstancesDistribution {
    /// A new `MixedInstancesPolicyInstancesDistribution` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `on_demand_allocation_strategy`: optional, computed; Terraform type `string`.
    pub fn on_demand_allocation_strategy(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("on_demand_allocation_strategy", value);
        self
    }
    /// `on_demand_base_capacity`: optional, computed; Terraform type `number`.
    pub fn on_demand_base_capacity(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("on_demand_base_capacity", value);
        self
    }
    /// `on_demand_percentage_above_base_capacity`: optional, computed; Terraform type `number`.
    pub fn on_demand_percentage_above_base_capacity(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body.set_attr::<Number>("on_demand_percentage_above_base_capacity", value);
        self
    }
    /// `spot_allocation_strategy`: optional, computed; Terraform type `string`.
    pub fn spot_allocation_strategy(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("spot_allocation_strategy", value);
        self
    }
    /// `spot_instance_pools`: optional, computed; Terraform type `number`.
    pub fn spot_instance_pools(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("spot_instance_pools", value);
        self
    }
    /// `spot_max_price`: optional; Terraform type `string`.
    pub fn spot_max_price(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("spot_max_price", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for MixedInstancesPolicyInstancesDistribution {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `launch_template` of resource `aws_autoscaling_group`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct MixedInstancesPolicyLaunchTemplate {
    body: Body,
}
impl MixedInstancesPolicyLaunchTemplate {
    /// A new `MixedInstancesPolicyLaunchTemplate` with the required arguments.
    /// - `launch_template_specification`: block [`MixedInstancesPolicyLaunchTemplateLaunchTemplateSpecification`]
    pub fn new(
        launch_template_specification: MixedInstancesPolicyLaunchTemplateLaunchTemplateSpecification,
    ) -> Self {
        let mut body = Body::new();
        body.set_block(
            "launch_template_specification",
            launch_template_specification.into_body(),
        );
        MixedInstancesPolicyLaunchTemplate {
            body,
        }
    }
    /// Block `launch_template_specification` (list nesting, exactly 1).
    ///
    /// Sets block; see [`MixedInstancesPolicyLaunchTemplateLaunchTemplateSpecification`].
    pub fn launch_template_specification(
        mut self,
        block: MixedInstancesPolicyLaunchTemplateLaunchTemplateSpecification,
    ) -> Self {
        self.body.set_block("launch_template_specification", block.into_body());
        self
    }
    /// Block `override` (list nesting, any number).
    ///
    /// Adds one block; see [`MixedInstancesPolicyLaunchTemplateOverride`].
    pub fn r#override(
        mut self,
        block: MixedInstancesPolicyLaunchTemplateOverride,
    ) -> Self {
        self.body.push_block("override", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for MixedInstancesPolicyLaunchTemplate {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `launch_template_specification` of resource `aws_autoscaling_group`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct MixedInstancesPolicyLaunchTemplateLaunchTemplateSpecification {
    body: Body,
}
impl MixedInstancesPolicyLaunchTemplateLaunchTemplateSpecification {
    /// A new `MixedInstancesPolicyLaunchTemplateLaunchTemplateSpecification` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `launch_template_id`: optional, computed; Terraform type `string`.
    pub fn launch_template_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("launch_template_id", value);
        self
    }
    /// `launch_template_name`: optional, computed; Terraform type `string`.
    pub fn launch_template_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("launch_template_name", value);
        self
    }
    /// `version`: optional, computed; Terraform type `string`.
    pub fn version(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("version", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for MixedInstancesPolicyLaunchTemplateLaunchTemplateSpecification {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `override` of resource `aws_autoscaling_group`.
///
/// Nesting: list; any number.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct MixedInstancesPolicyLaunchTemplateOverride {
    body: Body,
}
impl MixedInstancesPolicyLaunchTemplateOverride {
    /// A new `MixedInstancesPolicyLaunchTemplateOverride` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `instance_type`: optional; Terraform type `string`.
    pub fn instance_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("instance_type", value);
        self
    }
    /// `weighted_capacity`: optional; Terraform type `string`.
    pub fn weighted_capacity(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("weighted_capacity", value);
        self
    }
    /// Block `instance_requirements` (list nesting, at most 1).
    ///
    /// Sets block; see [`MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirements`].
    pub fn instance_requirements(
        mut self,
        block: MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirements,
    ) -> Self {
        self.body.set_block("instance_requirements", block.into_body());
        self
    }
    /// Block `launch_template_specification` (list nesting, at most 1).
    ///
    /// Sets block; see [`MixedInstancesPolicyLaunchTemplateOverrideLaunchTemplateSpecification`].
    pub fn launch_template_specification(
        mut self,
        block: MixedInstancesPolicyLaunchTemplateOverrideLaunchTemplateSpecification,
    ) -> Self {
        self.body.set_block("launch_template_specification", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for MixedInstancesPolicyLaunchTemplateOverride {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `instance_requirements` of resource `aws_autoscaling_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirements {
    body: Body,
}
impl MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirements {
    /// A new `MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirements` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
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
    /// Sets block; see [`MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsAcceleratorCount`].
    pub fn accelerator_count(
        mut self,
        block: MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsAcceleratorCount,
    ) -> Self {
        self.body.set_block("accelerator_count", block.into_body());
        self
    }
    /// Block `accelerator_total_memory_mib` (list nesting, at most 1).
    ///
    /// Sets block; see [`MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsAcceleratorTotalMemoryMib`].
    pub fn accelerator_total_memory_mib(
        mut self,
        block: MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsAcceleratorTotalMemoryMib,
    ) -> Self {
        self.body.set_block("accelerator_total_memory_mib", block.into_body());
        self
    }
    /// Block `baseline_ebs_bandwidth_mbps` (list nesting, at most 1).
    ///
    /// Sets block; see [`MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsBaselineEbsBandwidthMbps`].
    pub fn baseline_ebs_bandwidth_mbps(
        mut self,
        block: MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsBaselineEbsBandwidthMbps,
    ) -> Self {
        self.body.set_block("baseline_ebs_bandwidth_mbps", block.into_body());
        self
    }
    /// Block `memory_gib_per_vcpu` (list nesting, at most 1).
    ///
    /// Sets block; see [`MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsMemoryGibPerVcpu`].
    pub fn memory_gib_per_vcpu(
        mut self,
        block: MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsMemoryGibPerVcpu,
    ) -> Self {
        self.body.set_block("memory_gib_per_vcpu", block.into_body());
        self
    }
    /// Block `memory_mib` (list nesting, at most 1).
    ///
    /// Sets block; see [`MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsMemoryMib`].
    pub fn memory_mib(
        mut self,
        block: MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsMemoryMib,
    ) -> Self {
        self.body.set_block("memory_mib", block.into_body());
        self
    }
    /// Block `network_bandwidth_gbps` (list nesting, at most 1).
    ///
    /// Sets block; see [`MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsNetworkBandwidthGbps`].
    pub fn network_bandwidth_gbps(
        mut self,
        block: MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsNetworkBandwidthGbps,
    ) -> Self {
        self.body.set_block("network_bandwidth_gbps", block.into_body());
        self
    }
    /// Block `network_interface_count` (list nesting, at most 1).
    ///
    /// Sets block; see [`MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsNetworkInterfaceCount`].
    pub fn network_interface_count(
        mut self,
        block: MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsNetworkInterfaceCount,
    ) -> Self {
        self.body.set_block("network_interface_count", block.into_body());
        self
    }
    /// Block `total_local_storage_gb` (list nesting, at most 1).
    ///
    /// Sets block; see [`MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsTotalLocalStorageGb`].
    pub fn total_local_storage_gb(
        mut self,
        block: MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsTotalLocalStorageGb,
    ) -> Self {
        self.body.set_block("total_local_storage_gb", block.into_body());
        self
    }
    /// Block `vcpu_count` (list nesting, at most 1).
    ///
    /// Sets block; see [`MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsVcpuCount`].
    pub fn vcpu_count(
        mut self,
        block: MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsVcpuCount,
    ) -> Self {
        self.body.set_block("vcpu_count", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirements {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `accelerator_count` of resource `aws_autoscaling_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsAcceleratorCount {
    body: Body,
}
impl MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsAcceleratorCount {
    /// A new `MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsAcceleratorCount` (it has no required arguments).
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
impl Builder
for MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsAcceleratorCount {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `accelerator_total_memory_mib` of resource `aws_autoscaling_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsAcceleratorTotalMemoryMib {
    body: Body,
}
impl MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsAcceleratorTotalMemoryMib {
    /// A new `MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsAcceleratorTotalMemoryMib` (it has no required arguments).
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
impl Builder
for MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsAcceleratorTotalMemoryMib {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `baseline_ebs_bandwidth_mbps` of resource `aws_autoscaling_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsBaselineEbsBandwidthMbps {
    body: Body,
}
impl MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsBaselineEbsBandwidthMbps {
    /// A new `MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsBaselineEbsBandwidthMbps` (it has no required arguments).
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
impl Builder
for MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsBaselineEbsBandwidthMbps {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `memory_gib_per_vcpu` of resource `aws_autoscaling_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsMemoryGibPerVcpu {
    body: Body,
}
impl MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsMemoryGibPerVcpu {
    /// A new `MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsMemoryGibPerVcpu` (it has no required arguments).
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
impl Builder
for MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsMemoryGibPerVcpu {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `memory_mib` of resource `aws_autoscaling_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsMemoryMib {
    body: Body,
}
impl MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsMemoryMib {
    /// A new `MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsMemoryMib` (it has no required arguments).
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
impl Builder
for MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsMemoryMib {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `network_bandwidth_gbps` of resource `aws_autoscaling_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsNetworkBandwidthGbps {
    body: Body,
}
impl MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsNetworkBandwidthGbps {
    /// A new `MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsNetworkBandwidthGbps` (it has no required arguments).
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
impl Builder
for MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsNetworkBandwidthGbps {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `network_interface_count` of resource `aws_autoscaling_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsNetworkInterfaceCount {
    body: Body,
}
impl MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsNetworkInterfaceCount {
    /// A new `MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsNetworkInterfaceCount` (it has no required arguments).
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
impl Builder
for MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsNetworkInterfaceCount {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `total_local_storage_gb` of resource `aws_autoscaling_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsTotalLocalStorageGb {
    body: Body,
}
impl MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsTotalLocalStorageGb {
    /// A new `MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsTotalLocalStorageGb` (it has no required arguments).
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
impl Builder
for MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsTotalLocalStorageGb {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `vcpu_count` of resource `aws_autoscaling_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsVcpuCount {
    body: Body,
}
impl MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsVcpuCount {
    /// A new `MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsVcpuCount` (it has no required arguments).
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
impl Builder
for MixedInstancesPolicyLaunchTemplateOverrideInstanceRequirementsVcpuCount {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `launch_template_specification` of resource `aws_autoscaling_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct MixedInstancesPolicyLaunchTemplateOverrideLaunchTemplateSpecification {
    body: Body,
}
impl MixedInstancesPolicyLaunchTemplateOverrideLaunchTemplateSpecification {
    /// A new `MixedInstancesPolicyLaunchTemplateOverrideLaunchTemplateSpecification` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `launch_template_id`: optional, computed; Terraform type `string`.
    pub fn launch_template_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("launch_template_id", value);
        self
    }
    /// `launch_template_name`: optional, computed; Terraform type `string`.
    pub fn launch_template_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("launch_template_name", value);
        self
    }
    /// `version`: optional, computed; Terraform type `string`.
    pub fn version(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("version", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for MixedInstancesPolicyLaunchTemplateOverrideLaunchTemplateSpecification {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `tag` of resource `aws_autoscaling_group`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Tag {
    body: Body,
}
/// The required arguments of [`Tag::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct TagArgs {
    /// `key`: Terraform type `string`
    pub key: Expr<String>,
    /// `propagate_at_launch`: Terraform type `bool`
    pub propagate_at_launch: Expr<bool>,
    /// `value`: Terraform type `string`
    pub value: Expr<String>,
}
impl Tag {
    /// A new `Tag` with the required arguments, named in [`TagArgs`].
    pub fn new(args: TagArgs) -> Self {
        let TagArgs { key, propagate_at_launch, value } = args;
        let mut body = Body::new();
        body.set_attr::<String>("key", key);
        body.set_attr::<bool>("propagate_at_launch", propagate_at_launch);
        body.set_attr::<String>("value", value);
        Tag { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Tag {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_autoscaling_group`.
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
    /// `delete`: optional; Terraform type `string`.
    pub fn delete(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("delete", value);
        self
    }
    /// `update`: optional; Terraform type `string`.
    pub fn update(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("update", value);
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
/// Block `traffic_source` of resource `aws_autoscaling_group`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TrafficSource {
    body: Body,
}
impl TrafficSource {
    /// A new `TrafficSource` with the required arguments.
    /// - `identifier`: Terraform type `string`
    pub fn new(identifier: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("identifier", identifier);
        TrafficSource { body }
    }
    /// `type`: optional; Terraform type `string`.
    pub fn r#type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("type", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TrafficSource {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `warm_pool` of resource `aws_autoscaling_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct WarmPool {
    body: Body,
}
impl WarmPool {
    /// A new `WarmPool` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `max_group_prepared_capacity`: optional; Terraform type `number`.
    pub fn max_group_prepared_capacity(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body.set_attr::<Number>("max_group_prepared_capacity", value);
        self
    }
    /// `min_size`: optional; Terraform type `number`.
    pub fn min_size(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("min_size", value);
        self
    }
    /// `pool_state`: optional; Terraform type `string`.
    pub fn pool_state(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("pool_state", value);
        self
    }
    /// Block `instance_reuse_policy` (list nesting, at most 1).
    ///
    /// Sets block; see [`WarmPoolInstanceReusePolicy`].
    pub fn instance_reuse_policy(mut self, block: WarmPoolInstanceReusePolicy) -> Self {
        self.body.set_block("instance_reuse_policy", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for WarmPool {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `instance_reuse_policy` of resource `aws_autoscaling_group`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct WarmPoolInstanceReusePolicy {
    body: Body,
}
impl WarmPoolInstanceReusePolicy {
    /// A new `WarmPoolInstanceReusePolicy` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `reuse_on_scale_in`: optional; Terraform type `bool`.
    pub fn reuse_on_scale_in(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("reuse_on_scale_in", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for WarmPoolInstanceReusePolicy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl AutoscalingGroup {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_autoscaling_group";
}
impl TypedSpec for AutoscalingGroup {
    const TYPE: &'static str = "aws_autoscaling_group";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for AutoscalingGroup {
    type Handle = AutoscalingGroupRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_autoscaling_group"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_autoscaling_group` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/autoscaling_group>
#[derive(Debug, Clone)]
pub struct AutoscalingGroupRef(NodeHandle);
impl From<NodeHandle> for AutoscalingGroupRef {
    fn from(node: NodeHandle) -> Self {
        AutoscalingGroupRef(node)
    }
}
impl std::ops::Deref for AutoscalingGroupRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl AutoscalingGroupRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `availability_zones`: optional, computed; Terraform type `set(string)`.
    pub fn availability_zones(&self) -> Expr<Vec<String>> {
        self.0.attr("availability_zones")
    }
    /// `capacity_rebalance`: optional; Terraform type `bool`.
    pub fn capacity_rebalance(&self) -> Expr<bool> {
        self.0.attr("capacity_rebalance")
    }
    /// `context`: optional; Terraform type `string`.
    pub fn context(&self) -> Expr<String> {
        self.0.attr("context")
    }
    /// `default_cooldown`: optional, computed; Terraform type `number`.
    pub fn default_cooldown(&self) -> Expr<Number> {
        self.0.attr("default_cooldown")
    }
    /// `default_instance_warmup`: optional; Terraform type `number`.
    pub fn default_instance_warmup(&self) -> Expr<Number> {
        self.0.attr("default_instance_warmup")
    }
    /// `desired_capacity`: optional, computed; Terraform type `number`.
    pub fn desired_capacity(&self) -> Expr<Number> {
        self.0.attr("desired_capacity")
    }
    /// `desired_capacity_type`: optional; Terraform type `string`.
    pub fn desired_capacity_type(&self) -> Expr<String> {
        self.0.attr("desired_capacity_type")
    }
    /// `enabled_metrics`: optional; Terraform type `set(string)`.
    pub fn enabled_metrics(&self) -> Expr<Vec<String>> {
        self.0.attr("enabled_metrics")
    }
    /// `force_delete`: optional; Terraform type `bool`.
    pub fn force_delete(&self) -> Expr<bool> {
        self.0.attr("force_delete")
    }
    /// `force_delete_warm_pool`: optional; Terraform type `bool`.
    pub fn force_delete_warm_pool(&self) -> Expr<bool> {
        self.0.attr("force_delete_warm_pool")
    }
    /// `health_check_grace_period`: optional; Terraform type `number`.
    pub fn health_check_grace_period(&self) -> Expr<Number> {
        self.0.attr("health_check_grace_period")
    }
    /// `health_check_type`: optional, computed; Terraform type `string`.
    pub fn health_check_type(&self) -> Expr<String> {
        self.0.attr("health_check_type")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `ignore_failed_scaling_activities`: optional; Terraform type `bool`.
    pub fn ignore_failed_scaling_activities(&self) -> Expr<bool> {
        self.0.attr("ignore_failed_scaling_activities")
    }
    /// `launch_configuration`: optional; Terraform type `string`.
    pub fn launch_configuration(&self) -> Expr<String> {
        self.0.attr("launch_configuration")
    }
    /// `load_balancers`: optional, computed; Terraform type `set(string)`.
    pub fn load_balancers(&self) -> Expr<Vec<String>> {
        self.0.attr("load_balancers")
    }
    /// `max_instance_lifetime`: optional; Terraform type `number`.
    pub fn max_instance_lifetime(&self) -> Expr<Number> {
        self.0.attr("max_instance_lifetime")
    }
    /// `max_size`: required; Terraform type `number`.
    pub fn max_size(&self) -> Expr<Number> {
        self.0.attr("max_size")
    }
    /// `metrics_granularity`: optional; Terraform type `string`.
    pub fn metrics_granularity(&self) -> Expr<String> {
        self.0.attr("metrics_granularity")
    }
    /// `min_elb_capacity`: optional; Terraform type `number`.
    pub fn min_elb_capacity(&self) -> Expr<Number> {
        self.0.attr("min_elb_capacity")
    }
    /// `min_size`: required; Terraform type `number`.
    pub fn min_size(&self) -> Expr<Number> {
        self.0.attr("min_size")
    }
    /// `name`: optional, computed; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `name_prefix`: optional, computed; Terraform type `string`.
    pub fn name_prefix(&self) -> Expr<String> {
        self.0.attr("name_prefix")
    }
    /// `placement_group`: optional; Terraform type `string`.
    pub fn placement_group(&self) -> Expr<String> {
        self.0.attr("placement_group")
    }
    /// `predicted_capacity`: computed; Terraform type `number`.
    pub fn predicted_capacity(&self) -> Expr<Number> {
        self.0.attr("predicted_capacity")
    }
    /// `protect_from_scale_in`: optional; Terraform type `bool`.
    pub fn protect_from_scale_in(&self) -> Expr<bool> {
        self.0.attr("protect_from_scale_in")
    }
    /// `service_linked_role_arn`: optional, computed; Terraform type `string`.
    pub fn service_linked_role_arn(&self) -> Expr<String> {
        self.0.attr("service_linked_role_arn")
    }
    /// `suspended_processes`: optional; Terraform type `set(string)`.
    pub fn suspended_processes(&self) -> Expr<Vec<String>> {
        self.0.attr("suspended_processes")
    }
    /// `target_group_arns`: optional, computed; Terraform type `set(string)`.
    pub fn target_group_arns(&self) -> Expr<Vec<String>> {
        self.0.attr("target_group_arns")
    }
    /// `termination_policies`: optional; Terraform type `list(string)`.
    pub fn termination_policies(&self) -> Expr<Vec<String>> {
        self.0.attr("termination_policies")
    }
    /// `vpc_zone_identifier`: optional, computed; Terraform type `set(string)`.
    pub fn vpc_zone_identifier(&self) -> Expr<Vec<String>> {
        self.0.attr("vpc_zone_identifier")
    }
    /// `wait_for_capacity_timeout`: optional; Terraform type `string`.
    pub fn wait_for_capacity_timeout(&self) -> Expr<String> {
        self.0.attr("wait_for_capacity_timeout")
    }
    /// `wait_for_elb_capacity`: optional; Terraform type `number`.
    pub fn wait_for_elb_capacity(&self) -> Expr<Number> {
        self.0.attr("wait_for_elb_capacity")
    }
    /// `warm_pool_size`: computed; Terraform type `number`.
    pub fn warm_pool_size(&self) -> Expr<Number> {
        self.0.attr("warm_pool_size")
    }
    /// Block `availability_zone_distribution` (list nesting, at most 1).
    pub fn availability_zone_distribution(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("availability_zone_distribution")
    }
    /// Block `capacity_reservation_specification` (list nesting, at most 1).
    pub fn capacity_reservation_specification(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("capacity_reservation_specification")
    }
    /// Block `initial_lifecycle_hook` (set nesting, any number).
    pub fn initial_lifecycle_hook(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("initial_lifecycle_hook")
    }
    /// Block `instance_maintenance_policy` (list nesting, at most 1).
    pub fn instance_maintenance_policy(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("instance_maintenance_policy")
    }
    /// Block `instance_refresh` (list nesting, at most 1).
    pub fn instance_refresh(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("instance_refresh")
    }
    /// Block `launch_template` (list nesting, at most 1).
    pub fn launch_template(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("launch_template")
    }
    /// Block `mixed_instances_policy` (list nesting, at most 1).
    pub fn mixed_instances_policy(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("mixed_instances_policy")
    }
    /// Block `tag` (set nesting, any number).
    pub fn tag(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("tag")
    }
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
    /// Block `traffic_source` (set nesting, any number).
    pub fn traffic_source(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("traffic_source")
    }
    /// Block `warm_pool` (list nesting, at most 1).
    pub fn warm_pool(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("warm_pool")
    }
}
