//! Typed bindings for `hashicorp/aws`, generated from the effective schema (what both
//! 5.100.0 and 6.x accept) for the types listed in `codegen/bindings/aws.txt`.
//!
//! Each type has a builder (`S3Bucket::new(required..).optional(..)`), structs for its
//! nested blocks in its module (`s3_bucket_versioning::VersioningConfiguration`), and a
//! handle (`S3BucketRef`) with typed accessors, returned by `scope.add(id, builder)`.
//! Resources are re-exported here; data sources live in [`data`], ephemeral resources in
//! [`ephemeral`]. Closed value sets (S3 versioning status, IAM effect, DynamoDB billing
//! mode, …) are enums in [`enums`], also re-exported here: a setter of such an argument
//! takes `VersioningStatus::Enabled`, not a string.
//!
//! The tree under `generated/` is written by `cargo xtask codegen` (formatted by
//! `prettyplease`) and is skipped by `cargo fmt`.

/// What generated code imports. Public so that bindings generated into another crate
/// (the generator's test fixtures do this) compile against `tfdr_dsl` unchanged.
pub mod prelude {
    pub use crate::body::Body;
    pub use crate::builder::{Builder, Taggable, TfEnum};
    pub use crate::expr::{Dynamic, Expr, Map, Number, RawExpr};
    pub use crate::stack::{ElementKind, NodeHandle, Spec, TypedSpec};
}

#[rustfmt::skip]
#[allow(missing_docs)]
mod generated;

pub use generated::enums::*;
pub use generated::resource::*;
pub use generated::{data, enums, ephemeral, resource, NAME_ARGUMENTS, TAGGABLE_RESOURCE_TYPES};

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
