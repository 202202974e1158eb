//! Testing helpers for tfdr stacks.
//!
//! * [`terraform`]: run the real terraform binary offline (init, validate,
//!   apply of provider-less configs) with strict process cleanup.

pub mod terraform;
