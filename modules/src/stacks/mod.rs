//! The reference stacks.

mod config_file;
pub mod payments_dr;
pub mod trading_dr;
pub mod transactions_dr;
