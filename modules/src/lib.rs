//! # tfdr-modules — disaster-recovery building blocks
//!
//! Reusable modules (network, KMS, Aurora global database, S3 replication, DynamoDB global
//! tables, …) and the reference stacks. A module that needs both regions takes a
//! [`tfdr_dsl::RegionPair`], so it cannot be built with one. (The modules arrive with the
//! reference-stack issues.)
#![warn(missing_docs)]
