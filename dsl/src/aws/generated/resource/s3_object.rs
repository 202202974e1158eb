//! `aws_s3_object` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_object>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_s3_object`: required arguments in [`S3Object::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`S3ObjectRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_object>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct S3Object {
    body: Body,
}
/// The required arguments of [`S3Object::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct S3ObjectArgs {
    /// `bucket`: Terraform type `string`
    pub bucket: Expr<String>,
    /// `key`: Terraform type `string`
    pub key: Expr<String>,
}
impl S3Object {
    /// A new `S3Object` with the required arguments, named in [`S3ObjectArgs`].
    pub fn new(args: S3ObjectArgs) -> Self {
        let S3ObjectArgs { bucket, key } = args;
        let mut body = Body::new();
        body.set_attr::<String>("bucket", bucket);
        body.set_attr::<String>("key", key);
        S3Object { body }
    }
    /// `acl`: optional, computed; Terraform type `string`.
    pub fn acl(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("acl", value);
        self
    }
    /// `bucket_key_enabled`: optional, computed; Terraform type `bool`.
    pub fn bucket_key_enabled(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("bucket_key_enabled", value);
        self
    }
    /// `cache_control`: optional; Terraform type `string`.
    pub fn cache_control(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("cache_control", value);
        self
    }
    /// `checksum_algorithm`: optional; Terraform type `string`.
    pub fn checksum_algorithm(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("checksum_algorithm", value);
        self
    }
    /// `content`: optional; Terraform type `string`.
    pub fn content(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("content", value);
        self
    }
    /// `content_base64`: optional; Terraform type `string`.
    pub fn content_base64(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("content_base64", value);
        self
    }
    /// `content_disposition`: optional; Terraform type `string`.
    pub fn content_disposition(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("content_disposition", value);
        self
    }
    /// `content_encoding`: optional; Terraform type `string`.
    pub fn content_encoding(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("content_encoding", value);
        self
    }
    /// `content_language`: optional; Terraform type `string`.
    pub fn content_language(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("content_language", value);
        self
    }
    /// `content_type`: optional, computed; Terraform type `string`.
    pub fn content_type(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("content_type", value);
        self
    }
    /// `etag`: optional, computed; Terraform type `string`.
    pub fn etag(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("etag", value);
        self
    }
    /// `force_destroy`: optional; Terraform type `bool`.
    pub fn force_destroy(mut self, value: impl Into<Expr<bool>>) -> Self {
        self.body.set_attr::<bool>("force_destroy", value);
        self
    }
    /// `kms_key_id`: optional, computed; Terraform type `string`.
    pub fn kms_key_id(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("kms_key_id", value);
        self
    }
    /// `metadata`: optional; Terraform type `map(string)`.
    pub fn metadata(mut self, value: impl Into<Expr<Map<String>>>) -> Self {
        self.body.set_attr::<Map<String>>("metadata", value);
        self
    }
    /// `object_lock_legal_hold_status`: optional; Terraform type `string`.
    pub fn object_lock_legal_hold_status(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("object_lock_legal_hold_status", value);
        self
    }
    /// `object_lock_mode`: optional; Terraform type `string`.
    pub fn object_lock_mode(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("object_lock_mode", value);
        self
    }
    /// `object_lock_retain_until_date`: optional; Terraform type `string`.
    pub fn object_lock_retain_until_date(
        mut self,
        value: impl Into<Expr<String>>,
    ) -> Self {
        self.body.set_attr::<String>("object_lock_retain_until_date", value);
        self
    }
    /// `server_side_encryption`: optional, computed; Terraform type `string`.
    pub fn server_side_encryption(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("server_side_encryption", value);
        self
    }
    /// `source`: optional; Terraform type `string`.
    pub fn source(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("source", value);
        self
    }
    /// `source_hash`: optional; Terraform type `string`.
    pub fn source_hash(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("source_hash", value);
        self
    }
    /// `storage_class`: optional, computed; Terraform type `string`.
    pub fn storage_class(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("storage_class", value);
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
    /// `website_redirect`: optional; Terraform type `string`.
    pub fn website_redirect(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("website_redirect", value);
        self
    }
    /// Block `override_provider` (list nesting, at most 1).
    ///
    /// Sets block; see [`OverrideProvider`].
    pub fn override_provider(mut self, block: OverrideProvider) -> Self {
        self.body.set_block("override_provider", block.into_body());
        self
    }
}
impl Builder for S3Object {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `override_provider` of resource `aws_s3_object`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct OverrideProvider {
    body: Body,
}
impl OverrideProvider {
    /// A new `OverrideProvider` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
    /// Block `default_tags` (list nesting, at most 1).
    ///
    /// Sets block; see [`OverrideProviderDefaultTags`].
    pub fn default_tags(mut self, block: OverrideProviderDefaultTags) -> Self {
        self.body.set_block("default_tags", block.into_body());
        self
    }
    /// The block's arguments and nested blocks.
    pub fn into_body(self) -> Body {
        self.body
    }
}
impl Builder for OverrideProvider {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
/// Block `default_tags` of resource `aws_s3_object`.
///
/// Nesting: list; at most 1.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct OverrideProviderDefaultTags {
    body: Body,
}
impl OverrideProviderDefaultTags {
    /// A new `OverrideProviderDefaultTags` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
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
impl Builder for OverrideProviderDefaultTags {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl S3Object {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_s3_object";
}
impl TypedSpec for S3Object {
    const TYPE: &'static str = "aws_s3_object";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for S3Object {
    type Handle = S3ObjectRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_s3_object"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
impl Taggable for S3Object {}
/// A resource `aws_s3_object` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_object>
#[derive(Debug, Clone)]
pub struct S3ObjectRef(NodeHandle);
impl From<NodeHandle> for S3ObjectRef {
    fn from(node: NodeHandle) -> Self {
        S3ObjectRef(node)
    }
}
impl std::ops::Deref for S3ObjectRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl S3ObjectRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `acl`: optional, computed; Terraform type `string`.
    pub fn acl(&self) -> Expr<String> {
        self.0.attr("acl")
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `bucket`: required; Terraform type `string`.
    pub fn bucket(&self) -> Expr<String> {
        self.0.attr("bucket")
    }
    /// `bucket_key_enabled`: optional, computed; Terraform type `bool`.
    pub fn bucket_key_enabled(&self) -> Expr<bool> {
        self.0.attr("bucket_key_enabled")
    }
    /// `cache_control`: optional; Terraform type `string`.
    pub fn cache_control(&self) -> Expr<String> {
        self.0.attr("cache_control")
    }
    /// `checksum_algorithm`: optional; Terraform type `string`.
    pub fn checksum_algorithm(&self) -> Expr<String> {
        self.0.attr("checksum_algorithm")
    }
    /// `checksum_crc32`: computed; Terraform type `string`.
    pub fn checksum_crc32(&self) -> Expr<String> {
        self.0.attr("checksum_crc32")
    }
    /// `checksum_crc32c`: computed; Terraform type `string`.
    pub fn checksum_crc32c(&self) -> Expr<String> {
        self.0.attr("checksum_crc32c")
    }
    /// `checksum_crc64nvme`: computed; Terraform type `string`.
    pub fn checksum_crc64nvme(&self) -> Expr<String> {
        self.0.attr("checksum_crc64nvme")
    }
    /// `checksum_sha1`: computed; Terraform type `string`.
    pub fn checksum_sha1(&self) -> Expr<String> {
        self.0.attr("checksum_sha1")
    }
    /// `checksum_sha256`: computed; Terraform type `string`.
    pub fn checksum_sha256(&self) -> Expr<String> {
        self.0.attr("checksum_sha256")
    }
    /// `content`: optional; Terraform type `string`.
    pub fn content(&self) -> Expr<String> {
        self.0.attr("content")
    }
    /// `content_base64`: optional; Terraform type `string`.
    pub fn content_base64(&self) -> Expr<String> {
        self.0.attr("content_base64")
    }
    /// `content_disposition`: optional; Terraform type `string`.
    pub fn content_disposition(&self) -> Expr<String> {
        self.0.attr("content_disposition")
    }
    /// `content_encoding`: optional; Terraform type `string`.
    pub fn content_encoding(&self) -> Expr<String> {
        self.0.attr("content_encoding")
    }
    /// `content_language`: optional; Terraform type `string`.
    pub fn content_language(&self) -> Expr<String> {
        self.0.attr("content_language")
    }
    /// `content_type`: optional, computed; Terraform type `string`.
    pub fn content_type(&self) -> Expr<String> {
        self.0.attr("content_type")
    }
    /// `etag`: optional, computed; Terraform type `string`.
    pub fn etag(&self) -> Expr<String> {
        self.0.attr("etag")
    }
    /// `force_destroy`: optional; Terraform type `bool`.
    pub fn force_destroy(&self) -> Expr<bool> {
        self.0.attr("force_destroy")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `key`: required; Terraform type `string`.
    pub fn key(&self) -> Expr<String> {
        self.0.attr("key")
    }
    /// `kms_key_id`: optional, computed; Terraform type `string`.
    pub fn kms_key_id(&self) -> Expr<String> {
        self.0.attr("kms_key_id")
    }
    /// `metadata`: optional; Terraform type `map(string)`.
    pub fn metadata(&self) -> Expr<Map<String>> {
        self.0.attr("metadata")
    }
    /// `object_lock_legal_hold_status`: optional; Terraform type `string`.
    pub fn object_lock_legal_hold_status(&self) -> Expr<String> {
        self.0.attr("object_lock_legal_hold_status")
    }
    /// `object_lock_mode`: optional; Terraform type `string`.
    pub fn object_lock_mode(&self) -> Expr<String> {
        self.0.attr("object_lock_mode")
    }
    /// `object_lock_retain_until_date`: optional; Terraform type `string`.
    pub fn object_lock_retain_until_date(&self) -> Expr<String> {
        self.0.attr("object_lock_retain_until_date")
    }
    /// `server_side_encryption`: optional, computed; Terraform type `string`.
    pub fn server_side_encryption(&self) -> Expr<String> {
        self.0.attr("server_side_encryption")
    }
    /// `source`: optional; Terraform type `string`.
    pub fn source(&self) -> Expr<String> {
        self.0.attr("source")
    }
    /// `source_hash`: optional; Terraform type `string`.
    pub fn source_hash(&self) -> Expr<String> {
        self.0.attr("source_hash")
    }
    /// `storage_class`: optional, computed; Terraform type `string`.
    pub fn storage_class(&self) -> Expr<String> {
        self.0.attr("storage_class")
    }
    /// `tags`: optional; Terraform type `map(string)`.
    pub fn tags(&self) -> Expr<Map<String>> {
        self.0.attr("tags")
    }
    /// `tags_all`: optional, computed; Terraform type `map(string)`.
    pub fn tags_all(&self) -> Expr<Map<String>> {
        self.0.attr("tags_all")
    }
    /// `version_id`: computed; Terraform type `string`.
    pub fn version_id(&self) -> Expr<String> {
        self.0.attr("version_id")
    }
    /// `website_redirect`: optional; Terraform type `string`.
    pub fn website_redirect(&self) -> Expr<String> {
        self.0.attr("website_redirect")
    }
    /// Block `override_provider` (list nesting, at most 1).
    pub fn override_provider(&self) -> Expr<Vec<Dynamic>> {
        self.0.attr("override_provider")
    }
}
