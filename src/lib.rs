//! # tfdr — typed Terraform for multi-region disaster recovery on AWS
//!
//! A thin facade over the workspace crates: [`tfdr_dsl`] (the model), [`tfdr_codegen`]
//! (synthesis, schema work) and the [`App`] every stack program uses as its `main`.
//!
//! Stacks are written with the DR components of [`tfdr_modules`] (one [`DrContext`],
//! scoped components with typed props) and the typed bindings in [`aws`]:
//!
//! ```no_run
//! use std::process::ExitCode;
//! use tfdr::prelude::*;
//!
//! fn main() -> ExitCode {
//!     App::new().run(|_| -> Result<Stack, Error> {
//!         let stack = Stack::new("demo");
//!         let ctx = DrContext::new(&stack, Region::UsEast1, Region::UsWest2, "dev".parse()?)?;
//!         let keys = KmsKeys::new(&ctx.root(), "kms", &KmsKeysProps {
//!             purpose: "demo".into(),
//!             services: vec![KeyService::S3],
//!         });
//!         let access_logs = AccessLogBuckets::new(&ctx.root(), "logs", &AccessLogBucketsProps {
//!             name: "demo-access-logs".into(),
//!             retention: ExpiryDays::new(90)?,
//!         });
//!         ReplicatedBucket::new(&ctx.root(), "docs", &ReplicatedBucketProps {
//!             name: "demo-docs".into(),
//!             keys: &keys,
//!             access_logs: &access_logs,
//!             noncurrent_version_expiry: ExpiryDays::new(30)?,
//!         });
//!         Ok(stack)
//!     })
//! }
//! ```
#![warn(missing_docs)]

pub mod app;
pub mod commands;
pub mod diff;
pub mod graph;
pub mod report;
pub mod tfjson;
pub mod write;

pub use app::{App, IntoStacks, Invocation};
pub use tfdr_codegen as codegen;
pub use tfdr_codegen::Synthesizer;
pub use tfdr_dsl as dsl;
pub use tfdr_dsl::{
    aws, interpolate, template, Backend, Body, Dynamic, Error, Errors, Expr, Lifecycle, Map,
    NodeHandle, Number, Output, Region, RegionPair, RegionScope, S3Backend, Scope, Spec, Stack,
    TypedSpec, Untyped, Variable,
};
pub use tfdr_modules as modules;
pub use tfdr_modules::{DrContext, DrScope, PerRegion, Side};

/// Everything a stack program usually needs: the model, the CLI, the DR components and
/// their value types.
pub mod prelude {
    pub use crate::app::{App, Invocation};
    pub use tfdr_dsl::{
        interpolate, Backend, Body, Dynamic, Error, Errors, Expr, Lifecycle, Map, Number, Output,
        Region, RegionPair, RegionScope, S3Backend, Scope, Stack, TypedSpec, Untyped, Variable,
    };
    pub use tfdr_modules::prelude::*;
}

/// The README's Rust snippets, compiled as doc tests so the README cannot drift from the
/// API.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
