//! The account and partition a region's provider deploys into, looked up once per region
//! (through [`DrContext::accounts`](crate::DrContext::accounts)).

use tfdr_dsl::aws::data::{CallerIdentity, Partition};
use tfdr_dsl::{interpolate, Expr, Scope};

/// Account id and partition of one region's provider, as data sources.
#[derive(Debug, Clone)]
pub struct RegionalAccount {
    /// The account id (`data.aws_caller_identity.*.account_id`).
    pub account_id: Expr<String>,
    /// The partition (`aws`, `aws-us-gov`, `aws-cn`).
    pub partition: Expr<String>,
}

impl RegionalAccount {
    /// Looks up the account of `scope`'s provider (data sources `caller` and `partition`
    /// under `scope`).
    pub fn new(scope: &Scope) -> Self {
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
