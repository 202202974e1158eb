//! `aws_lambda_function` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The resource `aws_lambda_function`: required arguments in [`LambdaFunction::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`LambdaFunctionRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct LambdaFunction {
    body: Body,
}
/// The required arguments of [`LambdaFunction::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaFunctionArgs {
    /// `function_name`: Terraform type `string`
    pub function_name: Expr<String>,
    /// `role`: Terraform type `string`
    pub role: Expr<String>,
}
impl LambdaFunction {
    /// A new `LambdaFunction` with the required arguments, named in [`LambdaFunctionArgs`].
    pub fn new(args: LambdaFunctionArgs) -> Self {
        let LambdaFunctionArgs { function_name, role } = args;
        let mut body = Body::new();
        body.set_attr::<String>("function_name", function_name);
        body.set_attr::<String>("role", role);
        LambdaFunction { body }
    }
    /// `architectures`: optional, computed; Terraform type `list(string)`, one of [`LambdaArchitecture`](enums::LambdaArchitecture).
    pub fn architectures(
        mut self,
        value: impl Into<Expr<Vec<enums::LambdaArchitecture>>>,
    ) -> Self {
        self.body.set_attr::<Vec<enums::LambdaArchitecture>>("architectures", value);
        self
    }
    /// `code_signing_config_arn`: optional; Terraform type `string`.
    pub fn code_signing_config_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("code_signing_config_arn", value);
        self
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("description", value);
        self
    }
    /// `filename`: optional; Terraform type `string`.
    pub fn filename(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("filename", value);
        self
    }
    /// `handler`: optional; Terraform type `string`.
    pub fn handler(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("handler", value);
        self
    }
    /// `image_uri`: optional; Terraform type `string`.
    pub fn image_uri(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("image_uri", value);
        self
    }
    /// `kms_key_arn`: optional; Terraform type `string`.
    pub fn kms_key_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("kms_key_arn", value);
        self
    }
    /// `layers`: optional; Terraform type `list(string)`.
    pub fn layers(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("layers", value);
        self
    }
    /// `memory_size`: optional; Terraform type `number`.
    pub fn memory_size(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("memory_size", value);
        self
    }
    /// `package_type`: optional; Terraform type `string`.
    pub fn package_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("package_type", value);
        self
    }
    /// `publish`: optional; Terraform type `bool`.
    pub fn publish(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("publish", value);
        self
    }
    /// `replace_security_groups_on_destroy`: optional; Terraform type `bool`.
    pub fn replace_security_groups_on_destroy(
        mut self,
        value: impl Into<Expr<bool>>,
    ) -> Self {
        self.body.set_attr::<bool>("replace_security_groups_on_destroy", value);
        self
    }
    /// `replacement_security_group_ids`: optional; Terraform type `set(string)`.
    pub fn replacement_security_group_ids(
        mut self,
        value: impl Into<Expr<Vec<String>>>,
    ) -> Self {
        self.body.set_attr::<Vec<String>>("replacement_security_group_ids", value);
        self
    }
    /// `reserved_concurrent_executions`: optional; Terraform type `number`.
    pub fn reserved_concurrent_executions(
        mut self,
        value: impl Into<Expr<Number>>,
    ) -> Self {
        self.body.set_attr::<Number>("reserved_concurrent_executions", value);
        self
    }
    /// `runtime`: optional; Terraform type `string`, one of [`LambdaRuntime`](enums::LambdaRuntime).
    pub fn runtime(mut self, value: impl Into<Expr<enums::LambdaRuntime>>) -> Self {
        self.body.set_attr::<enums::LambdaRuntime>("runtime", value);
        self
    }
    /// `s3_bucket`: optional; Terraform type `string`.
    pub fn s3_bucket(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("s3_bucket", value);
        self
    }
    /// `s3_key`: optional; Terraform type `string`.
    pub fn s3_key(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("s3_key", value);
        self
    }
    /// `s3_object_version`: optional; Terraform type `string`.
    pub fn s3_object_version(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("s3_object_version", value);
        self
    }
    /// `skip_destroy`: optional; Terraform type `bool`.
    pub fn skip_destroy(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("skip_destroy", value);
        self
    }
    /// `source_code_hash`: optional, computed; Terraform type `string`.
    pub fn source_code_hash(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("source_code_hash", value);
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
    /// `timeout`: optional; Terraform type `number`.
    pub fn timeout(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("timeout", value);
        self
    }
    /// Block `dead_letter_config` (list nesting, at most 1).
    ///
    /// Sets block; see [`DeadLetterConfig`].
    pub fn dead_letter_config(mut self, block: DeadLetterConfig) -> Self {
        self.body.set_block("dead_letter_config", block.into_body());
        self
    }
    /// Block `environment` (list nesting, at most 1).
    ///
    /// Sets block; see [`Environment`].
    pub fn environment(mut self, block: Environment) -> Self {
        self.body.set_block("environment", block.into_body());
        self
    }
    /// Block `ephemeral_storage` (list nesting, at most 1).
    ///
    /// Sets block; see [`EphemeralStorage`].
    pub fn ephemeral_storage(mut self, block: EphemeralStorage) -> Self {
        self.body.set_block("ephemeral_storage", block.into_body());
        self
    }
    /// Block `file_system_config` (list nesting, at most 1).
    ///
    /// Sets block; see [`FileSystemConfig`].
    pub fn file_system_config(mut self, block: FileSystemConfig) -> Self {
        self.body.set_block("file_system_config", block.into_body());
        self
    }
    /// Block `image_config` (list nesting, at most 1).
    ///
    /// Sets block; see [`ImageConfig`].
    pub fn image_config(mut self, block: ImageConfig) -> Self {
        self.body.set_block("image_config", block.into_body());
        self
    }
    /// Block `logging_config` (list nesting, at most 1).
    ///
    /// Sets block; see [`LoggingConfig`].
    pub fn logging_config(mut self, block: LoggingConfig) -> Self {
        self.body.set_block("logging_config", block.into_body());
        self
    }
    /// Block `snap_start` (list nesting, at most 1).
    ///
    /// Sets block; see [`SnapStart`].
    pub fn snap_start(mut self, block: SnapStart) -> Self {
        self.body.set_block("snap_start", block.into_body());
        self
    }
    /// Block `timeouts` (single nesting, any number).
    ///
    /// Sets block; see [`Timeouts`].
    pub fn timeouts(mut self, block: Timeouts) -> Self {
        self.body.set_block("timeouts", block.into_body());
        self
    }
    /// Block `tracing_config` (list nesting, at most 1).
    ///
    /// Sets block; see [`TracingConfig`].
    pub fn tracing_config(mut self, block: TracingConfig) -> Self {
        self.body.set_block("tracing_config", block.into_body());
        self
    }
    /// Block `vpc_config` (list nesting, at most 1).
    ///
    /// Sets block; see [`VpcConfig`].
    pub fn vpc_config(mut self, block: VpcConfig) -> Self {
        self.body.set_block("vpc_config", block.into_body());
        self
    }
}
impl Builder for LambdaFunction {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `dead_letter_config` of resource `aws_lambda_function`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct DeadLetterConfig {
    body: Body,
}
impl DeadLetterConfig {
    /// A new `DeadLetterConfig` with the required arguments.
    /// - `target_arn`: Terraform type `string`
    pub fn new(target_arn: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("target_arn", target_arn);
        DeadLetterConfig { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for DeadLetterConfig {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `environment` of resource `aws_lambda_function`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Environment {
    body: Body,
}
impl Environment {
    /// A new `Environment` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `variables`: optional; Terraform type `map(string)`.
    pub fn variables(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("variables", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Environment {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `ephemeral_storage` of resource `aws_lambda_function`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct EphemeralStorage {
    body: Body,
}
impl EphemeralStorage {
    /// A new `EphemeralStorage` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `size`: optional, computed; Terraform type `number`.
    pub fn size(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("size", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for EphemeralStorage {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `file_system_config` of resource `aws_lambda_function`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct FileSystemConfig {
    body: Body,
}
/// The required arguments of [`FileSystemConfig::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct FileSystemConfigArgs {
    /// `arn`: Terraform type `string`
    pub arn: Expr<String>,
    /// `local_mount_path`: Terraform type `string`
    pub local_mount_path: Expr<String>,
}
impl FileSystemConfig {
    /// A new `FileSystemConfig` with the required arguments, named in [`FileSystemConfigArgs`].
    pub fn new(args: FileSystemConfigArgs) -> Self {
        let FileSystemConfigArgs { arn, local_mount_path } = args;
        let mut body = Body::new();
        body.set_attr::<String>("arn", arn);
        body.set_attr::<String>("local_mount_path", local_mount_path);
        FileSystemConfig { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for FileSystemConfig {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `image_config` of resource `aws_lambda_function`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct ImageConfig {
    body: Body,
}
impl ImageConfig {
    /// A new `ImageConfig` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `command`: optional; Terraform type `list(string)`.
    pub fn command(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("command", value);
        self
    }
    /// `entry_point`: optional; Terraform type `list(string)`.
    pub fn entry_point(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("entry_point", value);
        self
    }
    /// `working_directory`: optional; Terraform type `string`.
    pub fn working_directory(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("working_directory", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ImageConfig {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `logging_config` of resource `aws_lambda_function`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct LoggingConfig {
    body: Body,
}
impl LoggingConfig {
    /// A new `LoggingConfig` with the required arguments.
    /// - `log_format`: Terraform type `string`, one of [`LambdaLogFormat`](enums::LambdaLogFormat)
    pub fn new(log_format: impl Into<Expr<enums::LambdaLogFormat>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<enums::LambdaLogFormat>("log_format", log_format);
        LoggingConfig { body }
    }
    /// `application_log_level`: optional; Terraform type `string`.
    pub fn application_log_level(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("application_log_level", value);
        self
    }
    /// `log_group`: optional, computed; Terraform type `string`.
    pub fn log_group(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("log_group", value);
        self
    }
    /// `system_log_level`: optional; Terraform type `string`.
    pub fn system_log_level(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("system_log_level", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for LoggingConfig {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `snap_start` of resource `aws_lambda_function`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct SnapStart {
    body: Body,
}
impl SnapStart {
    /// A new `SnapStart` with the required arguments.
    /// - `apply_on`: Terraform type `string`
    pub fn new(apply_on: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("apply_on", apply_on);
        SnapStart { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for SnapStart {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_lambda_function`.
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
    /// `create`: optional; Terraform type `string`.
    pub fn create(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("create", value);
        self
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
/// Block `tracing_config` of resource `aws_lambda_function`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct TracingConfig {
    body: Body,
}
impl TracingConfig {
    /// A new `TracingConfig` with the required arguments.
    /// - `mode`: Terraform type `string`, one of [`LambdaTracingMode`](enums::LambdaTracingMode)
    pub fn new(mode: impl Into<Expr<enums::LambdaTracingMode>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<enums::LambdaTracingMode>("mode", mode);
        TracingConfig { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for TracingConfig {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `vpc_config` of resource `aws_lambda_function`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct VpcConfig {
    body: Body,
}
/// The required arguments of [`VpcConfig::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConfigArgs {
    /// `security_group_ids`: Terraform type `set(string)`
    pub security_group_ids: Expr<Vec<String>>,
    /// `subnet_ids`: Terraform type `set(string)`
    pub subnet_ids: Expr<Vec<String>>,
}
impl VpcConfig {
    /// A new `VpcConfig` with the required arguments, named in [`VpcConfigArgs`].
    pub fn new(args: VpcConfigArgs) -> Self {
        let VpcConfigArgs { security_group_ids, subnet_ids } = args;
        let mut body = Body::new();
        body.set_attr::<Vec<String>>("security_group_ids", security_group_ids);
        body.set_attr::<Vec<String>>("subnet_ids", subnet_ids);
        VpcConfig { body }
    }
    /// `ipv6_allowed_for_dual_stack`: optional; Terraform type `bool`.
    pub fn ipv6_allowed_for_dual_stack(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("ipv6_allowed_for_dual_stack", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for VpcConfig {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl LambdaFunction {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_lambda_function";
}
impl TypedSpec for LambdaFunction {
    const TYPE: &'static str = "aws_lambda_function";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for LambdaFunction {
    type Handle = LambdaFunctionRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_lambda_function"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for LambdaFunction {}
/// A resource `aws_lambda_function` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function>
#[derive(Debug, Clone)]
pub struct LambdaFunctionRef(NodeHandle);
impl From<NodeHandle> for LambdaFunctionRef {
    fn from(node: NodeHandle) -> Self {
        LambdaFunctionRef(node)
    }
}
impl std::ops::Deref for LambdaFunctionRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl LambdaFunctionRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `architectures`: optional, computed; Terraform type `list(string)`, one of [`LambdaArchitecture`](enums::LambdaArchitecture).
    pub fn architectures(&self) -> Expr<Vec<enums::LambdaArchitecture>> {
        self.0.attr("architectures")
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `code_sha256`: computed; Terraform type `string`.
    pub fn code_sha256(&self) -> Expr<String> {
        self.0.attr("code_sha256")
    }
    /// `code_signing_config_arn`: optional; Terraform type `string`.
    pub fn code_signing_config_arn(&self) -> Expr<String> {
        self.0.attr("code_signing_config_arn")
    }
    /// `description`: optional; Terraform type `string`.
    pub fn description(&self) -> Expr<String> {
        self.0.attr("description")
    }
    /// `filename`: optional; Terraform type `string`.
    pub fn filename(&self) -> Expr<String> {
        self.0.attr("filename")
    }
    /// `function_name`: required; Terraform type `string`.
    pub fn function_name(&self) -> Expr<String> {
        self.0.attr("function_name")
    }
    /// `handler`: optional; Terraform type `string`.
    pub fn handler(&self) -> Expr<String> {
        self.0.attr("handler")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `image_uri`: optional; Terraform type `string`.
    pub fn image_uri(&self) -> Expr<String> {
        self.0.attr("image_uri")
    }
    /// `invoke_arn`: computed; Terraform type `string`.
    pub fn invoke_arn(&self) -> Expr<String> {
        self.0.attr("invoke_arn")
    }
    /// `kms_key_arn`: optional; Terraform type `string`.
    pub fn kms_key_arn(&self) -> Expr<String> {
        self.0.attr("kms_key_arn")
    }
    /// `last_modified`: computed; Terraform type `string`.
    pub fn last_modified(&self) -> Expr<String> {
        self.0.attr("last_modified")
    }
    /// `layers`: optional; Terraform type `list(string)`.
    pub fn layers(&self) -> Expr<Vec<String>> {
        self.0.attr("layers")
    }
    /// `memory_size`: optional; Terraform type `number`.
    pub fn memory_size(&self) -> Expr<Number> {
        self.0.attr("memory_size")
    }
    /// `package_type`: optional; Terraform type `string`.
    pub fn package_type(&self) -> Expr<String> {
        self.0.attr("package_type")
    }
    /// `publish`: optional; Terraform type `bool`.
    pub fn publish(&self) -> Expr<bool> {
        self.0.attr("publish")
    }
    /// `qualified_arn`: computed; Terraform type `string`.
    pub fn qualified_arn(&self) -> Expr<String> {
        self.0.attr("qualified_arn")
    }
    /// `qualified_invoke_arn`: computed; Terraform type `string`.
    pub fn qualified_invoke_arn(&self) -> Expr<String> {
        self.0.attr("qualified_invoke_arn")
    }
    /// `replace_security_groups_on_destroy`: optional; Terraform type `bool`.
    pub fn replace_security_groups_on_destroy(&self) -> Expr<bool> {
        self.0.attr("replace_security_groups_on_destroy")
    }
    /// `replacement_security_group_ids`: optional; Terraform type `set(string)`.
    pub fn replacement_security_group_ids(&self) -> Expr<Vec<String>> {
        self.0.attr("replacement_security_group_ids")
    }
    /// `reserved_concurrent_executions`: optional; Terraform type `number`.
    pub fn reserved_concurrent_executions(&self) -> Expr<Number> {
        self.0.attr("reserved_concurrent_executions")
    }
    /// `role`: required; Terraform type `string`.
    pub fn role(&self) -> Expr<String> {
        self.0.attr("role")
    }
    /// `runtime`: optional; Terraform type `string`, one of [`LambdaRuntime`](enums::LambdaRuntime).
    pub fn runtime(&self) -> Expr<enums::LambdaRuntime> {
        self.0.attr("runtime")
    }
    /// `s3_bucket`: optional; Terraform type `string`.
    pub fn s3_bucket(&self) -> Expr<String> {
        self.0.attr("s3_bucket")
    }
    /// `s3_key`: optional; Terraform type `string`.
    pub fn s3_key(&self) -> Expr<String> {
        self.0.attr("s3_key")
    }
    /// `s3_object_version`: optional; Terraform type `string`.
    pub fn s3_object_version(&self) -> Expr<String> {
        self.0.attr("s3_object_version")
    }
    /// `signing_job_arn`: computed; Terraform type `string`.
    pub fn signing_job_arn(&self) -> Expr<String> {
        self.0.attr("signing_job_arn")
    }
    /// `signing_profile_version_arn`: computed; Terraform type `string`.
    pub fn signing_profile_version_arn(&self) -> Expr<String> {
        self.0.attr("signing_profile_version_arn")
    }
    /// `skip_destroy`: optional; Terraform type `bool`.
    pub fn skip_destroy(&self) -> Expr<bool> {
        self.0.attr("skip_destroy")
    }
    /// `source_code_hash`: optional, computed; Terraform type `string`.
    pub fn source_code_hash(&self) -> Expr<String> {
        self.0.attr("source_code_hash")
    }
    /// `source_code_size`: computed; Terraform type `number`.
    pub fn source_code_size(&self) -> Expr<Number> {
        self.0.attr("source_code_size")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `timeout`: optional; Terraform type `number`.
    pub fn timeout(&self) -> Expr<Number> {
        self.0.attr("timeout")
    }
    /// `version`: computed; Terraform type `string`.
    pub fn version(&self) -> Expr<String> {
        self.0.attr("version")
    }
    /// Block `dead_letter_config` (list nesting, at most 1).
    pub fn dead_letter_config(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("dead_letter_config")
    }
    /// Block `environment` (list nesting, at most 1).
    pub fn environment(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("environment")
    }
    /// Block `ephemeral_storage` (list nesting, at most 1).
    pub fn ephemeral_storage(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("ephemeral_storage")
    }
    /// Block `file_system_config` (list nesting, at most 1).
    pub fn file_system_config(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("file_system_config")
    }
    /// Block `image_config` (list nesting, at most 1).
    pub fn image_config(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("image_config")
    }
    /// Block `logging_config` (list nesting, at most 1).
    pub fn logging_config(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("logging_config")
    }
    /// Block `snap_start` (list nesting, at most 1).
    pub fn snap_start(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("snap_start")
    }
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
    /// Block `tracing_config` (list nesting, at most 1).
    pub fn tracing_config(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("tracing_config")
    }
    /// Block `vpc_config` (list nesting, at most 1).
    pub fn vpc_config(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("vpc_config")
    }
}
