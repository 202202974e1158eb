//! `aws_dynamodb_table` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
#[allow(unused_imports)]
use super::super::enums;
/// The resource `aws_dynamodb_table`: required arguments in [`DynamodbTable::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`DynamodbTableRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct DynamodbTable {
    body: Body,
}
impl DynamodbTable {
    /// A new `DynamodbTable` with the required arguments.
    /// - `name`: Terraform type `string`
    pub fn new(name: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("name", name);
        DynamodbTable { body }
    }
    /// `billing_mode`: optional; Terraform type `string`, one of [`BillingMode`](enums::BillingMode).
    pub fn billing_mode(mut self, value: impl Into<Expr<enums::BillingMode>>) -> Self {
        self.body.set_attr::<enums::BillingMode>("billing_mode", value);
        self
    }
    /// `deletion_protection_enabled`: optional; Terraform type `bool`.
    pub fn deletion_protection_enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("deletion_protection_enabled", value);
        self
    }
    /// `hash_key`: optional, computed; Terraform type `string`.
    pub fn hash_key(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("hash_key", value);
        self
    }
    /// `range_key`: optional; Terraform type `string`.
    pub fn range_key(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("range_key", value);
        self
    }
    /// `read_capacity`: optional, computed; Terraform type `number`.
    pub fn read_capacity(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("read_capacity", value);
        self
    }
    /// `restore_date_time`: optional; Terraform type `string`.
    pub fn restore_date_time(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("restore_date_time", value);
        self
    }
    /// `restore_source_name`: optional; Terraform type `string`.
    pub fn restore_source_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("restore_source_name", value);
        self
    }
    /// `restore_source_table_arn`: optional; Terraform type `string`.
    pub fn restore_source_table_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("restore_source_table_arn", value);
        self
    }
    /// `restore_to_latest_time`: optional; Terraform type `bool`.
    pub fn restore_to_latest_time(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("restore_to_latest_time", value);
        self
    }
    /// `stream_enabled`: optional; Terraform type `bool`.
    pub fn stream_enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("stream_enabled", value);
        self
    }
    /// `stream_view_type`: optional, computed; Terraform type `string`, one of [`StreamViewType`](enums::StreamViewType).
    pub fn stream_view_type(
        mut self,
        value: impl Into<Expr<enums::StreamViewType>>,
    ) -> Self {
        self.body.set_attr::<enums::StreamViewType>("stream_view_type", value);
        self
    }
    /// `table_class`: optional; Terraform type `string`, one of [`TableClass`](enums::TableClass).
    pub fn table_class(mut self, value: impl Into<Expr<enums::TableClass>>) -> Self {
        self.body.set_attr::<enums::TableClass>("table_class", value);
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
    /// `write_capacity`: optional, computed; Terraform type `number`.
    pub fn write_capacity(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("write_capacity", value);
        self
    }
    /// Block `attribute` (set nesting, any number).
    ///
    /// Adds one block; see [`Attribute`].
    pub fn attribute(mut self, block: Attribute) -> Self {
        self.body.push_block("attribute", block.into_body());
        self
    }
    /// Block `global_secondary_index` (set nesting, any number).
    ///
    /// Adds one block; see [`GlobalSecondaryIndex`].
    pub fn global_secondary_index(mut self, block: GlobalSecondaryIndex) -> Self {
        self.body.push_block("global_secondary_index", block.into_body());
        self
    }
    /// Block `import_table` (list nesting, at most 1).
    ///
    /// Sets block; see [`ImportTable`].
    pub fn import_table(mut self, block: ImportTable) -> Self {
        self.body.set_block("import_table", block.into_body());
        self
    }
    /// Block `local_secondary_index` (set nesting, any number).
    ///
    /// Adds one block; see [`LocalSecondaryIndex`].
    pub fn local_secondary_index(mut self, block: LocalSecondaryIndex) -> Self {
        self.body.push_block("local_secondary_index", block.into_body());
        self
    }
    /// Block `on_demand_throughput` (list nesting, at most 1).
    ///
    /// Sets block; see [`OnDemandThroughput`].
    pub fn on_demand_throughput(mut self, block: OnDemandThroughput) -> Self {
        self.body.set_block("on_demand_throughput", block.into_body());
        self
    }
    /// Block `point_in_time_recovery` (list nesting, at most 1).
    ///
    /// Sets block; see [`PointInTimeRecovery`].
    pub fn point_in_time_recovery(mut self, block: PointInTimeRecovery) -> Self {
        self.body.set_block("point_in_time_recovery", block.into_body());
        self
    }
    /// Block `replica` (set nesting, any number).
    ///
    /// Adds one block; see [`Replica`].
    pub fn replica(mut self, block: Replica) -> Self {
        self.body.push_block("replica", block.into_body());
        self
    }
    /// Block `server_side_encryption` (list nesting, at most 1).
    ///
    /// Sets block; see [`ServerSideEncryption`].
    pub fn server_side_encryption(mut self, block: ServerSideEncryption) -> Self {
        self.body.set_block("server_side_encryption", block.into_body());
        self
    }
    /// Block `timeouts` (single nesting, any number).
    ///
    /// Sets block; see [`Timeouts`].
    pub fn timeouts(mut self, block: Timeouts) -> Self {
        self.body.set_block("timeouts", block.into_body());
        self
    }
    /// Block `ttl` (list nesting, at most 1).
    ///
    /// Sets block; see [`Ttl`].
    pub fn ttl(mut self, block: Ttl) -> Self {
        self.body.set_block("ttl", block.into_body());
        self
    }
}
impl Builder for DynamodbTable {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `attribute` of resource `aws_dynamodb_table`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Attribute {
    body: Body,
}
impl Attribute {
    /// A new `Attribute` with the required arguments.
    /// - `name`: Terraform type `string`
    /// - `type`: Terraform type `string`, one of [`ScalarAttributeType`](enums::ScalarAttributeType)
    pub fn new(
        name: impl Into<Expr<String>>,
        r#type: impl Into<Expr<enums::ScalarAttributeType>>,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("name", name);
        body.set_attr::<enums::ScalarAttributeType>("type", r#type);
        Attribute { body }
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Attribute {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `global_secondary_index` of resource `aws_dynamodb_table`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct GlobalSecondaryIndex {
    body: Body,
}
/// The required arguments of [`GlobalSecondaryIndex::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct GlobalSecondaryIndexArgs {
    /// `hash_key`: Terraform type `string`
    pub hash_key: Expr<String>,
    /// `name`: Terraform type `string`
    pub name: Expr<String>,
    /// `projection_type`: Terraform type `string`, one of [`ProjectionType`](enums::ProjectionType)
    pub projection_type: Expr<enums::ProjectionType>,
}
impl GlobalSecondaryIndex {
    /// A new `GlobalSecondaryIndex` with the required arguments, named in [`GlobalSecondaryIndexArgs`].
    pub fn new(args: GlobalSecondaryIndexArgs) -> Self {
        let GlobalSecondaryIndexArgs { hash_key, name, projection_type } = args;
        let mut body = Body::new();
        body.set_attr::<String>("hash_key", hash_key);
        body.set_attr::<String>("name", name);
        body.set_attr::<enums::ProjectionType>("projection_type", projection_type);
        GlobalSecondaryIndex { body }
    }
    /// `non_key_attributes`: optional; Terraform type `set(string)`.
    pub fn non_key_attributes(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("non_key_attributes", value);
        self
    }
    /// `range_key`: optional; Terraform type `string`.
    pub fn range_key(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("range_key", value);
        self
    }
    /// `read_capacity`: optional, computed; Terraform type `number`.
    pub fn read_capacity(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("read_capacity", value);
        self
    }
    /// `write_capacity`: optional, computed; Terraform type `number`.
    pub fn write_capacity(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("write_capacity", value);
        self
    }
    /// Block `on_demand_throughput` (list nesting, at most 1).
    ///
    /// Sets block; see [`GlobalSecondaryIndexOnDemandThroughput`].
    pub fn on_demand_throughput(
        mut self,
        block: GlobalSecondaryIndexOnDemandThroughput,
    ) -> Self {
        self.body.set_block("on_demand_throughput", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for GlobalSecondaryIndex {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `on_demand_throughput` of resource `aws_dynamodb_table`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct GlobalSecondaryIndexOnDemandThroughput {
    body: Body,
}
impl GlobalSecondaryIndexOnDemandThroughput {
    /// A new `GlobalSecondaryIndexOnDemandThroughput` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `max_read_request_units`: optional, computed; Terraform type `number`.
    pub fn max_read_request_units(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("max_read_request_units", value);
        self
    }
    /// `max_write_request_units`: optional, computed; Terraform type `number`.
    pub fn max_write_request_units(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("max_write_request_units", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for GlobalSecondaryIndexOnDemandThroughput {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `import_table` of resource `aws_dynamodb_table`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ImportTable {
    body: Body,
}
impl ImportTable {
    /// A new `ImportTable` with the required arguments.
    /// - `input_format`: Terraform type `string`
    /// - `s3_bucket_source`: block [`ImportTableS3BucketSource`]
    pub fn new(
        input_format: impl Into<Expr<String>>,
        s3_bucket_source: ImportTableS3BucketSource,
    ) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("input_format", input_format);
        body.set_block("s3_bucket_source", s3_bucket_source.into_body());
        ImportTable { body }
    }
    /// `input_compression_type`: optional; Terraform type `string`.
    pub fn input_compression_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("input_compression_type", value);
        self
    }
    /// Block `input_format_options` (list nesting, at most 1).
    ///
    /// Sets block; see [`ImportTableInputFormatOptions`].
    pub fn input_format_options(mut self, block: ImportTableInputFormatOptions) -> Self {
        self.body.set_block("input_format_options", block.into_body());
        self
    }
    /// Block `s3_bucket_source` (list nesting, exactly 1).
    ///
    /// Sets block; see [`ImportTableS3BucketSource`].
    pub fn s3_bucket_source(mut self, block: ImportTableS3BucketSource) -> Self {
        self.body.set_block("s3_bucket_source", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ImportTable {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `input_format_options` of resource `aws_dynamodb_table`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct ImportTableInputFormatOptions {
    body: Body,
}
impl ImportTableInputFormatOptions {
    /// A new `ImportTableInputFormatOptions` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// Block `csv` (list nesting, at most 1).
    ///
    /// Sets block; see [`ImportTableInputFormatOptionsCsv`].
    pub fn csv(mut self, block: ImportTableInputFormatOptionsCsv) -> Self {
        self.body.set_block("csv", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ImportTableInputFormatOptions {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `csv` of resource `aws_dynamodb_table`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct ImportTableInputFormatOptionsCsv {
    body: Body,
}
impl ImportTableInputFormatOptionsCsv {
    /// A new `ImportTableInputFormatOptionsCsv` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `delimiter`: optional; Terraform type `string`.
    pub fn delimiter(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("delimiter", value);
        self
    }
    /// `header_list`: optional; Terraform type `set(string)`.
    pub fn header_list(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("header_list", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ImportTableInputFormatOptionsCsv {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `s3_bucket_source` of resource `aws_dynamodb_table`.
///
/// Nesting: list; exactly 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ImportTableS3BucketSource {
    body: Body,
}
impl ImportTableS3BucketSource {
    /// A new `ImportTableS3BucketSource` with the required arguments.
    /// - `bucket`: Terraform type `string`
    pub fn new(bucket: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("bucket", bucket);
        ImportTableS3BucketSource { body }
    }
    /// `bucket_owner`: optional; Terraform type `string`.
    pub fn bucket_owner(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("bucket_owner", value);
        self
    }
    /// `key_prefix`: optional; Terraform type `string`.
    pub fn key_prefix(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("key_prefix", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ImportTableS3BucketSource {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `local_secondary_index` of resource `aws_dynamodb_table`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct LocalSecondaryIndex {
    body: Body,
}
/// The required arguments of [`LocalSecondaryIndex::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalSecondaryIndexArgs {
    /// `name`: Terraform type `string`
    pub name: Expr<String>,
    /// `projection_type`: Terraform type `string`, one of [`ProjectionType`](enums::ProjectionType)
    pub projection_type: Expr<enums::ProjectionType>,
    /// `range_key`: Terraform type `string`
    pub range_key: Expr<String>,
}
impl LocalSecondaryIndex {
    /// A new `LocalSecondaryIndex` with the required arguments, named in [`LocalSecondaryIndexArgs`].
    pub fn new(args: LocalSecondaryIndexArgs) -> Self {
        let LocalSecondaryIndexArgs { name, projection_type, range_key } = args;
        let mut body = Body::new();
        body.set_attr::<String>("name", name);
        body.set_attr::<enums::ProjectionType>("projection_type", projection_type);
        body.set_attr::<String>("range_key", range_key);
        LocalSecondaryIndex { body }
    }
    /// `non_key_attributes`: optional; Terraform type `list(string)`.
    pub fn non_key_attributes(mut self, value: impl Into<Expr<Vec<String>>>) -> Self {
        self.body.set_attr::<Vec<String>>("non_key_attributes", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for LocalSecondaryIndex {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `on_demand_throughput` of resource `aws_dynamodb_table`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct OnDemandThroughput {
    body: Body,
}
impl OnDemandThroughput {
    /// A new `OnDemandThroughput` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `max_read_request_units`: optional, computed; Terraform type `number`.
    pub fn max_read_request_units(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("max_read_request_units", value);
        self
    }
    /// `max_write_request_units`: optional, computed; Terraform type `number`.
    pub fn max_write_request_units(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("max_write_request_units", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for OnDemandThroughput {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `point_in_time_recovery` of resource `aws_dynamodb_table`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct PointInTimeRecovery {
    body: Body,
}
impl PointInTimeRecovery {
    /// A new `PointInTimeRecovery` with the required arguments.
    /// - `enabled`: Terraform type `bool`
    pub fn new(enabled: impl Into<Expr<bool>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<bool>("enabled", enabled);
        PointInTimeRecovery { body }
    }
    /// `recovery_period_in_days`: optional, computed; Terraform type `number`.
    pub fn recovery_period_in_days(mut self, value: impl Into<Expr<Number>>) -> Self {
        self.body.set_attr::<Number>("recovery_period_in_days", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for PointInTimeRecovery {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `replica` of resource `aws_dynamodb_table`.
///
/// Nesting: set; any number.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Replica {
    body: Body,
}
impl Replica {
    /// A new `Replica` with the required arguments.
    /// - `region_name`: Terraform type `string`
    pub fn new(region_name: impl Into<Expr<String>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<String>("region_name", region_name);
        Replica { body }
    }
    /// `kms_key_arn`: optional, computed; Terraform type `string`.
    pub fn kms_key_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("kms_key_arn", value);
        self
    }
    /// `point_in_time_recovery`: optional; Terraform type `bool`.
    pub fn point_in_time_recovery(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("point_in_time_recovery", value);
        self
    }
    /// `propagate_tags`: optional; Terraform type `bool`.
    pub fn propagate_tags(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("propagate_tags", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for Replica {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `server_side_encryption` of resource `aws_dynamodb_table`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ServerSideEncryption {
    body: Body,
}
impl ServerSideEncryption {
    /// A new `ServerSideEncryption` with the required arguments.
    /// - `enabled`: Terraform type `bool`
    pub fn new(enabled: impl Into<Expr<bool>>) -> Self {
        let mut body = Body::new();
        body.set_attr::<bool>("enabled", enabled);
        ServerSideEncryption { body }
    }
    /// `kms_key_arn`: optional, computed; Terraform type `string`.
    pub fn kms_key_arn(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("kms_key_arn", value);
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for ServerSideEncryption {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `timeouts` of resource `aws_dynamodb_table`.
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
/// Block `ttl` of resource `aws_dynamodb_table`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Ttl {
    body: Body,
}
impl Ttl {
    /// A new `Ttl` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// `attribute_name`: optional; Terraform type `string`.
    pub fn attribute_name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("attribute_name", value);
        self
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
impl Builder for Ttl {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl DynamodbTable {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_dynamodb_table";
}
impl TypedSpec for DynamodbTable {
    const TYPE: &'static str = "aws_dynamodb_table";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for DynamodbTable {
    type Handle = DynamodbTableRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_dynamodb_table"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for DynamodbTable {}
/// A resource `aws_dynamodb_table` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table>
#[derive(Debug, Clone)]
pub struct DynamodbTableRef(NodeHandle);
impl From<NodeHandle> for DynamodbTableRef {
    fn from(node: NodeHandle) -> Self {
        DynamodbTableRef(node)
    }
}
impl std::ops::Deref for DynamodbTableRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl DynamodbTableRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `billing_mode`: optional; Terraform type `string`, one of [`BillingMode`](enums::BillingMode).
    pub fn billing_mode(&self) -> Expr<enums::BillingMode> {
        self.0.attr("billing_mode")
    }
    /// `deletion_protection_enabled`: optional; Terraform type `bool`.
    pub fn deletion_protection_enabled(&self) -> Expr<bool> {
        self.0.attr("deletion_protection_enabled")
    }
    /// `hash_key`: optional, computed; Terraform type `string`.
    pub fn hash_key(&self) -> Expr<String> {
        self.0.attr("hash_key")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `name`: required; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `range_key`: optional; Terraform type `string`.
    pub fn range_key(&self) -> Expr<String> {
        self.0.attr("range_key")
    }
    /// `read_capacity`: optional, computed; Terraform type `number`.
    pub fn read_capacity(&self) -> Expr<Number> {
        self.0.attr("read_capacity")
    }
    /// `restore_date_time`: optional; Terraform type `string`.
    pub fn restore_date_time(&self) -> Expr<String> {
        self.0.attr("restore_date_time")
    }
    /// `restore_source_name`: optional; Terraform type `string`.
    pub fn restore_source_name(&self) -> Expr<String> {
        self.0.attr("restore_source_name")
    }
    /// `restore_source_table_arn`: optional; Terraform type `string`.
    pub fn restore_source_table_arn(&self) -> Expr<String> {
        self.0.attr("restore_source_table_arn")
    }
    /// `restore_to_latest_time`: optional; Terraform type `bool`.
    pub fn restore_to_latest_time(&self) -> Expr<bool> {
        self.0.attr("restore_to_latest_time")
    }
    /// `stream_arn`: computed; Terraform type `string`.
    pub fn stream_arn(&self) -> Expr<String> {
        self.0.attr("stream_arn")
    }
    /// `stream_enabled`: optional; Terraform type `bool`.
    pub fn stream_enabled(&self) -> Expr<bool> {
        self.0.attr("stream_enabled")
    }
    /// `stream_label`: computed; Terraform type `string`.
    pub fn stream_label(&self) -> Expr<String> {
        self.0.attr("stream_label")
    }
    /// `stream_view_type`: optional, computed; Terraform type `string`, one of [`StreamViewType`](enums::StreamViewType).
    pub fn stream_view_type(&self) -> Expr<enums::StreamViewType> {
        self.0.attr("stream_view_type")
    }
    /// `table_class`: optional; Terraform type `string`, one of [`TableClass`](enums::TableClass).
    pub fn table_class(&self) -> Expr<enums::TableClass> {
        self.0.attr("table_class")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `write_capacity`: optional, computed; Terraform type `number`.
    pub fn write_capacity(&self) -> Expr<Number> {
        self.0.attr("write_capacity")
    }
    /// Block `attribute` (set nesting, any number).
    pub fn attribute(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("attribute")
    }
    /// Block `global_secondary_index` (set nesting, any number).
    pub fn global_secondary_index(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("global_secondary_index")
    }
    /// Block `import_table` (list nesting, at most 1).
    pub fn import_table(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("import_table")
    }
    /// Block `local_secondary_index` (set nesting, any number).
    pub fn local_secondary_index(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("local_secondary_index")
    }
    /// Block `on_demand_throughput` (list nesting, at most 1).
    pub fn on_demand_throughput(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("on_demand_throughput")
    }
    /// Block `point_in_time_recovery` (list nesting, at most 1).
    pub fn point_in_time_recovery(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("point_in_time_recovery")
    }
    /// Block `replica` (set nesting, any number).
    pub fn replica(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("replica")
    }
    /// Block `server_side_encryption` (list nesting, at most 1).
    pub fn server_side_encryption(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("server_side_encryption")
    }
    /// Block `timeouts` (single nesting, any number).
    pub fn timeouts(&self) -> Expr<Dynamic> {
        self.0.attr("timeouts")
    }
    /// Block `ttl` (list nesting, at most 1).
    pub fn ttl(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("ttl")
    }
}
