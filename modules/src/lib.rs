//! # tfdr-modules — disaster-recovery building blocks
//!
//! - [`policy`]: the stack policy shared by all reference stacks (environment suffix,
//!   names, tags, destroyability) and its check.
//! - Modules (network, KMS, Aurora global database, S3 replication, DynamoDB global
//!   tables, …): a module that needs both regions takes a [`tfdr_dsl::RegionPair`], so it
//!   cannot be built with one.
#![warn(missing_docs)]

pub mod account;
pub mod aurora_global;
pub mod config;
pub mod dynamodb_global;
pub mod kms;
pub mod network;
pub mod policy;
pub mod s3_replication;
pub mod stacks;

#[cfg(test)]
mod test_support;

pub use config::{PaymentsDrConfig, ValidConfig};
