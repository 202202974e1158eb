//! # tfdr-dsl — the model
//!
//! Stacks, provider configurations (one aws configuration per region, each with an alias),
//! resources, data sources, ephemeral resources, outputs, variables and locals, and the
//! typed expression AST that connects them. Nothing here produces JSON: `tfdr-codegen`
//! turns a [`Stack`] into Terraform JSON.
//!
//! ```
//! use tfdr_dsl::{Region, Stack, Untyped};
//!
//! let stack = Stack::new("demo");
//! let regions = stack.region_pair(Region::UsEast1, Region::UsWest2).unwrap();
//! let bucket = regions.dr.add("bucket", Untyped::resource("aws_s3_bucket"));
//! stack.root().output("bucket_arn", bucket.attr::<String>("arn"));
//! ```
#![warn(missing_docs)]

pub mod aws;
pub mod backend;
pub mod body;
pub mod builder;
pub mod error;
pub mod expr;
pub mod meta;
pub mod objectives;
pub mod region;
pub mod stack;

pub use backend::{Backend, S3Backend};
pub use body::{Blocks, Body, Entry};
pub use builder::{Builder, Taggable, TfEnum};
pub use error::{Error, Errors};
pub use expr::{
    template, Dynamic, Expr, IntoTemplatePart, Map, Number, RawExpr, Reference, Root, Step,
    TemplatePart,
};
pub use meta::{IgnoreChanges, Lifecycle, Meta};
pub use objectives::{Deviation, Objectives};
pub use region::Region;
pub use stack::{
    ElementKind, Node, NodeHandle, NodeKind, NodeRef, Output, ProviderConfig, ProviderRef,
    RegionPair, RegionScope, RequiredProvider, Scope, Spec, Stack, StackModel, TypedSpec, Untyped,
    Validation, Variable, AWS_PROVIDER_CONSTRAINT,
};
