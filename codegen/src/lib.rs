//! # tfdr-codegen — generation in both directions
//!
//! - [`synth`]: a [`tfdr_dsl::Stack`] → Terraform JSON in CDKTF's layout, byte-stable.
//! - `schema`: the schema model and the committed effective schema (loaded lazily).
//! - `validate`: checks Terraform JSON against the effective schema before terraform runs.
//!
//! `schema` and `validate` are behind the `validate` feature (on by default). Without it
//! the crate is synth only, which is all a stack program that writes Terraform JSON needs.
//!
//! The generators (schema merge, bindings generator) are tooling: they live in the `xtask`
//! crate (`cargo xtask codegen`), so a stack program links only the model, synth and the
//! validator.
#![warn(missing_docs)]

#[cfg(feature = "validate")]
pub mod schema;
pub mod synth;
#[cfg(feature = "validate")]
pub mod validate;

pub use synth::Synthesizer;
