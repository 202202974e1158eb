//! # xtask — tfdr's build tooling
//!
//! Everything that *produces* checked-in artefacts, kept out of the runtime crates so a
//! stack program links only the model, synth and the validator:
//!
//! - [`merge`]: the rules that derive the effective schema from the two vendored provider
//!   schemas (what both hashicorp/aws versions accept);
//! - [`bindings`]: the typed-bindings generator (effective schema → `dsl/src/aws/generated/`);
//! - [`codegen`]: both, end to end: `cargo xtask codegen` writes them, the `fresh` test
//!   checks that the checked-in copies are what they would be.
#![warn(missing_docs)]

pub mod bindings;
pub mod codegen;
pub mod merge;
