//! Testing helpers for tfdr stacks.
//!
//! * [`synth()`] / [`try_synth`]: synthesize a stack into a [`Synthesized`]
//!   document (CDKTF's `Testing.synthScope`) and look inside it.
//! * [`assertions`]: CDKTF-style assertions on it (`assert_has_resource_with`,
//!   `assert_valid_terraform`, …) and the subset matcher [`matches()`].
//! * [`terraform`]: run the real terraform binary offline (init, validate,
//!   apply of provider-less configs) with strict process cleanup.
//!
//! The emulator harness (plan/apply/re-plan/destroy against a local, patched
//! moto) is a separate crate, `tfdr-emulator`, so a dev-dependency on this
//! testing API never builds or ships it.

pub mod assertions;
pub mod synth;
pub mod terraform;

pub use assertions::{matches, mismatches, Mismatch};
pub use synth::{synth, try_synth, Found, Synthesized};
