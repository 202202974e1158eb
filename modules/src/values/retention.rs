//! How long logs, recovery points and object versions are kept.

use serde::{Deserialize, Serialize};
use tfdr_dsl::Error;

/// Retention of a CloudWatch Logs log group in days: one of the values CloudWatch Logs
/// accepts (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827,
/// 2192, 2557, 2922, 3288, 3653). "Never expire" is deliberately not representable: logs
/// of a DR stack are kept for a chosen time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LogRetentionDays(u16);

/// The retention values CloudWatch Logs accepts (`PutRetentionPolicy`).
pub const LOG_RETENTION_VALUES: [u16; 22] = [
    1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922,
    3288, 3653,
];

impl LogRetentionDays {
    /// Checks `days`.
    ///
    /// # Errors
    /// Not one of [`LOG_RETENTION_VALUES`].
    pub fn new(days: u32) -> Result<Self, Error> {
        match LOG_RETENTION_VALUES.iter().find(|v| u32::from(**v) == days) {
            Some(v) => Ok(LogRetentionDays(*v)),
            None => Err(Error::new(
                "log retention days",
                format!("{days} is not a CloudWatch Logs retention; use one of {LOG_RETENTION_VALUES:?}"),
            )),
        }
    }

    /// The number of days.
    pub fn days(&self) -> u32 {
        u32::from(self.0)
    }
}

days_value!(LogRetentionDays);

/// Days an AWS Backup recovery point is kept: 1–36500 (AWS Backup's lifecycle limit,
/// 100 years), in both the source and the copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BackupRetentionDays(u32);

impl BackupRetentionDays {
    /// Checks `days`.
    ///
    /// # Errors
    /// Outside 1–36500.
    pub fn new(days: u32) -> Result<Self, Error> {
        if !(1..=36_500).contains(&days) {
            return Err(Error::new(
                "backup retention days",
                format!("{days} is outside 1–36500 (AWS Backup lifecycle limits)"),
            ));
        }
        Ok(BackupRetentionDays(days))
    }

    /// The number of days.
    pub fn days(&self) -> u32 {
        self.0
    }
}

days_value!(BackupRetentionDays);

/// Days until S3 expires an object or an object version: 1–36500 (a lifecycle
/// expiration must be a positive number of days; 100 years bounds typos).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExpiryDays(u32);

impl ExpiryDays {
    /// Checks `days`.
    ///
    /// # Errors
    /// Outside 1–36500.
    pub fn new(days: u32) -> Result<Self, Error> {
        if !(1..=36_500).contains(&days) {
            return Err(Error::new(
                "expiry days",
                format!("{days} is outside 1–36500 (S3 lifecycle expiration days)"),
            ));
        }
        Ok(ExpiryDays(days))
    }

    /// The number of days.
    pub fn days(&self) -> u32 {
        self.0
    }
}

days_value!(ExpiryDays);
