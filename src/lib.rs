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
//!             load_balancers: false,
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
//!
//! ## Features
//!
//! | feature | what it adds | dependencies |
//! | --- | --- | --- |
//! | *(none)* | the model, the typed bindings ([`aws`]), [`Synthesizer`], [`emit`] (a stack's JSON on stdout) | `tfdr-dsl`, `tfdr-codegen` (synth only) |
//! | `cli` | `App` (`synth`, `-o`, `--out`, `--config`), `write` | clap, tempfile |
//! | `validate` | the schema validator (`codegen::validate`, `codegen::schema`); `App`'s `validate` | flate2 |
//! | `commands` | `tfjson`, `graph`, `diff`, `report`, `commands`; `App`'s `graph`, `diff`, `report` | indexmap, similar, toml |
//! | `modules` | the DR components (`modules`, `DrContext`, …, their prelude) | `tfdr-modules` |
//! | `stacks` | the three reference stacks (`modules::stacks`), their config files and JSON Schemas | schemars, serde_path_to_error |
//!
//! All are on by default. A stack program that only builds a stack and writes its JSON
//! depends on `tfdr = { default-features = false }` (plus `features = ["modules"]` when it
//! uses the components) and ends with [`emit::synth_stdout`]. `tfdr-modules`' features
//! `payments-dr`, `trading-dr` and `transactions-dr` name the reference stacks one at a
//! time.
#![warn(missing_docs)]

#[cfg(feature = "cli")]
pub mod app;
#[cfg(feature = "commands")]
pub mod commands;
#[cfg(feature = "commands")]
pub mod diff;
pub mod emit;
#[cfg(feature = "commands")]
pub mod graph;
#[cfg(feature = "commands")]
pub mod report;
#[cfg(feature = "commands")]
pub mod tfjson;
#[cfg(feature = "cli")]
pub mod write;

#[cfg(feature = "cli")]
pub use app::{App, Invocation};
pub use emit::IntoStacks;
pub use tfdr_codegen as codegen;
pub use tfdr_codegen::Synthesizer;
pub use tfdr_dsl as dsl;
pub use tfdr_dsl::{
    aws, interpolate, template, Backend, Body, Dynamic, Error, Errors, Expr, Lifecycle, Map,
    NodeHandle, Number, Output, Region, RegionPair, RegionScope, S3Backend, Scope, Spec, Stack,
    TypedSpec, Untyped, Variable,
};
#[cfg(feature = "modules")]
pub use tfdr_modules as modules;
#[cfg(feature = "modules")]
pub use tfdr_modules::{DrContext, DrScope, PerRegion, Side};

/// Everything a stack program usually needs: the model, the CLI (feature `cli`), the DR
/// components and their value types (feature `modules`).
pub mod prelude {
    #[cfg(feature = "cli")]
    pub use crate::app::{App, Invocation};
    pub use tfdr_dsl::{
        interpolate, Backend, Body, Dynamic, Error, Errors, Expr, Lifecycle, Map, Number, Output,
        Region, RegionPair, RegionScope, S3Backend, Scope, Stack, TypedSpec, Untyped, Variable,
    };
    #[cfg(feature = "modules")]
    pub use tfdr_modules::prelude::*;
}

/// The README's Rust snippets, compiled as doc tests so the README cannot drift from the
/// API.
#[cfg(all(doctest, feature = "cli", feature = "modules"))]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
