//! Testing helpers for tfdr stacks.
//!
//! * [`synth()`] / [`try_synth`]: synthesize a stack into a [`Synthesized`]
//!   document (CDKTF's `Testing.synthScope`) and look inside it.
//! * [`assertions`]: CDKTF-style assertions on it (`assert_has_resource_with`,
//!   `assert_valid_terraform`, …) and the subset matcher [`matches()`].
//! * [`terraform`]: run the real terraform binary offline (init, validate,
//!   apply of provider-less configs) with strict process cleanup.
//! * [`emulator`]: plan/apply/re-plan/destroy whole stacks against a local,
//!   patched AWS emulator (moto) on loopback.

pub mod assertions;
pub mod emulator;
pub mod synth;
pub mod terraform;

pub use assertions::{matches, mismatches, Mismatch};
pub use synth::{synth, try_synth, Found, Synthesized};
