//! Typed bindings for `hashicorp/aws`, generated from the effective schema (what both
//! 5.100.0 and 6.x accept) for the types listed in `codegen/bindings/aws.txt`.
//!
//! Each type has a builder (`S3Bucket::new(required..).optional(..)`), structs for its
//! nested blocks in its module (`s3_bucket_versioning::VersioningConfiguration`), and a
//! handle (`S3BucketRef`) with typed accessors, returned by `scope.add(id, builder)`.
//! Resources are re-exported here; data sources live in [`data`], ephemeral resources in
//! [`ephemeral`].

/// What generated code imports.
pub(crate) mod prelude {
    pub(crate) use crate::body::Body;
    pub(crate) use crate::builder::{Builder, Taggable};
    pub(crate) use crate::expr::{Dynamic, Expr, Map, Number};
    pub(crate) use crate::stack::{ElementKind, NodeHandle, Spec, TypedSpec};
}

#[allow(missing_docs)]
mod generated;

pub use generated::resource::*;
pub use generated::{data, ephemeral, resource, NAME_ARGUMENTS, TAGGABLE_RESOURCE_TYPES};

/// True when `type_name` is a generated resource type whose schema has `tags`.
pub fn is_taggable(type_name: &str) -> bool {
    TAGGABLE_RESOURCE_TYPES.binary_search(&type_name).is_ok()
}

/// The name-like arguments of a generated resource type (empty for others).
pub fn name_arguments(type_name: &str) -> impl Iterator<Item = &'static str> + '_ {
    NAME_ARGUMENTS
        .iter()
        .filter(move |(t, _)| *t == type_name)
        .map(|(_, a)| *a)
}
