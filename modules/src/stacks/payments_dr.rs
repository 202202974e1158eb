//! The payments-dr reference stack (`../shared/requirements/payments-dr.md`): us-east-1
//! primary, us-east-2 DR, for a payment processing system.
//!
//! Built so far (the data tier): network, KMS, the Aurora PostgreSQL global database, S3
//! cross-region replication and the DynamoDB global session table. The compute/traffic
//! half (Lambda, API Gateway, Route 53 failover) and operations (dashboards, alarms) follow.
//!
//! Where the requirements cannot be met as written on AWS:
//! - **RPO < 1 minute for S3.** S3 Replication Time Control replicates 99.99% of objects
//!   within 15 minutes (its SLA); most objects replicate in seconds, but no S3 setting
//!   guarantees under one minute. The stack enables RTC with its 15-minute metrics so lag is
//!   visible; Aurora Global Database (typically < 1 s lag) and DynamoDB global tables
//!   (typically < 1 s) carry the data that needs the sub-minute RPO.

use tfdr_dsl::{Errors, Output, Stack};

use crate::account::Accounts;
use crate::aurora_global::{AuroraGlobal, AuroraGlobalConfig};
use crate::config::ValidConfig;
use crate::dynamodb_global::GlobalTable;
use crate::kms::{KeyService, KmsKeys};
use crate::network::{Network, NetworkConfig};
use crate::policy::{check_stack, dr_tags, Naming};
use crate::s3_replication::ReplicatedBucket;

/// The stack name.
pub const STACK_NAME: &str = "payments-dr";

/// The services the payments key grants (exactly those the stack uses).
pub const KEY_SERVICES: &[KeyService] = &[
    KeyService::Rds,
    KeyService::S3,
    KeyService::DynamoDb,
    KeyService::SecretsManager,
    KeyService::Sns,
    KeyService::CloudWatchLogs,
    KeyService::CloudWatchAlarms,
];

/// Builds the payments-dr stack from a validated config, then runs the policy check.
///
/// # Errors
/// A config value or name that breaks its rule, or any policy violation (all of them).
pub fn build(config: &ValidConfig) -> Result<Stack, Errors> {
    let stack = Stack::new(STACK_NAME);
    let pair = stack
        .region_pair(config.primary, config.dr)?
        .with_default_tags(&dr_tags());
    let names = Naming::new(config.suffix.clone());
    let accounts = Accounts::new(&pair);
    let keys = KmsKeys::new(&pair, &accounts, &names, "payments", KEY_SERVICES)?;
    let network = Network::new(
        &pair,
        &names,
        &NetworkConfig {
            primary_cidr: config.primary_cidr,
            dr_cidr: config.dr_cidr,
        },
    )?;
    let database = AuroraGlobal::new(
        &pair,
        &names,
        &network,
        &keys,
        &AuroraGlobalConfig {
            engine_version: config.raw.aurora_engine_version.clone(),
            instance_class: config.raw.aurora_instance_class.clone(),
            backup_retention_days: config.raw.backup_retention_days,
            database_name: config.raw.database_name.clone(),
            master_username: "payments_admin".into(),
        },
    )?;
    let audit = ReplicatedBucket::new(&pair, &accounts, &names, &keys, "payments-audit")?;
    let sessions = GlobalTable::new(&pair, &names, &keys, "payments-sessions", "session_id")?;

    let out = stack.root();
    out.output_with(
        "primary_vpc_id",
        Output::new(network.primary.vpc_id.clone()).description("VPC of the primary region"),
    );
    out.output_with(
        "dr_vpc_id",
        Output::new(network.dr.vpc_id.clone()).description("VPC of the DR region"),
    );
    out.output_with(
        "aurora_primary_endpoint",
        Output::new(database.primary_endpoint.clone())
            .description("Aurora writer endpoint (primary)"),
    );
    out.output_with(
        "aurora_dr_endpoint",
        Output::new(database.dr_endpoint.clone())
            .description("Aurora endpoint of the DR cluster (read-only until failover)"),
    );
    out.output_with(
        "aurora_secret_arn",
        Output::new(database.secret_arn.clone())
            .description("Secrets Manager secret with the master credentials"),
    );
    out.output_with(
        "audit_bucket_primary",
        Output::new(audit.primary_bucket.clone()).description("Audit bucket (primary, replicated)"),
    );
    out.output_with(
        "audit_bucket_dr",
        Output::new(audit.dr_bucket.clone()).description("Audit bucket (DR replica)"),
    );
    out.output_with(
        "session_table",
        Output::new(sessions.name.clone()).description("DynamoDB global table for sessions"),
    );

    check_stack(&stack, config.suffix.as_str())?;
    Ok(stack)
}
