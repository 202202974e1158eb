//! # tfdr-codegen — generation in both directions
//!
//! - [`synth`]: a [`tfdr_dsl::Stack`] → Terraform JSON in CDKTF's layout, byte-stable.
//! - [`bindings`]: provider schema → typed Rust bindings (checked in under `dsl/src/aws/`).
//! - [`schema`]: the vendored provider schemas and the effective schema derived from them.
//! - [`validate`]: checks Terraform JSON against the effective schema before terraform runs.
#![warn(missing_docs)]

pub mod bindings;
pub mod schema;
pub mod synth;
pub mod validate;

pub use synth::Synthesizer;
