//! # tfdr — typed Terraform for multi-region disaster recovery on AWS
//!
//! A thin facade over the workspace crates: [`tfdr_dsl`] (the model), [`tfdr_codegen`]
//! (synthesis, schema work) and the [`App`] every stack program uses as its `main`.
//!
//! ```no_run
//! use std::process::ExitCode;
//! use tfdr::prelude::*;
//!
//! fn main() -> ExitCode {
//!     App::new().run(|_| -> Result<Stack, Error> {
//!         let stack = Stack::new("demo");
//!         let regions = stack.region_pair(Region::UsEast1, Region::UsWest2)?;
//!         regions.dr.add("bucket", Untyped::resource("aws_s3_bucket"));
//!         Ok(stack)
//!     })
//! }
//! ```
#![warn(missing_docs)]

pub mod app;
pub mod write;

pub use app::{App, IntoStacks, Invocation};
pub use tfdr_codegen as codegen;
pub use tfdr_codegen::Synthesizer;
pub use tfdr_dsl as dsl;
pub use tfdr_dsl::*;
pub use tfdr_modules as modules;

/// Everything a stack program usually needs.
pub mod prelude {
    pub use crate::app::{App, Invocation};
    pub use tfdr_dsl::{
        interpolate, Backend, Body, Dynamic, Error, Errors, Expr, Lifecycle, Map, Number, Output,
        Region, RegionPair, RegionScope, S3Backend, Scope, Stack, Untyped, Variable,
    };
}
