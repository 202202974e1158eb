//! The account and partition a region's provider deploys into, looked up once per region.

use tfdr_dsl::aws::data::{CallerIdentity, Partition};
use tfdr_dsl::{interpolate, Expr, RegionPair, RegionScope};

/// Account id and partition of one region's provider, as data sources.
#[derive(Debug, Clone)]
pub struct RegionalAccount {
    /// The account id (`data.aws_caller_identity.*.account_id`).
    pub account_id: Expr<String>,
    /// The partition (`aws`, `aws-us-gov`, `aws-cn`).
    pub partition: Expr<String>,
}

impl RegionalAccount {
    /// Looks up the account of `region`'s provider (under `<alias>/account`).
    pub fn new(region: &RegionScope) -> Self {
        let scope = region.child(region.alias()).child("account");
        let me = scope.add("caller", CallerIdentity::new());
        let partition = scope.add("partition", Partition::new());
        RegionalAccount {
            account_id: me.account_id(),
            partition: partition.partition(),
        }
    }

    /// `arn:<partition>:iam::<account>:root`.
    pub fn root_arn(&self) -> Expr<String> {
        interpolate!["arn:", &self.partition, ":iam::", &self.account_id, ":root"]
    }
}

/// The accounts of both regions.
#[derive(Debug, Clone)]
pub struct Accounts {
    /// Primary region.
    pub primary: RegionalAccount,
    /// DR region.
    pub dr: RegionalAccount,
}

impl Accounts {
    /// Looks up both regions.
    pub fn new(pair: &RegionPair) -> Self {
        Accounts {
            primary: RegionalAccount::new(&pair.primary),
            dr: RegionalAccount::new(&pair.dr),
        }
    }
}
