//! The reference stacks.

mod config_file;
#[cfg(feature = "payments-dr")]
pub mod payments_dr;
#[cfg(feature = "trading-dr")]
pub mod trading_dr;
#[cfg(feature = "transactions-dr")]
pub mod transactions_dr;
