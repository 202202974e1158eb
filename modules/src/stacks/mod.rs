//! The reference stacks.

pub mod payments_dr;
