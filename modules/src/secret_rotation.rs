//! Rotation of the Aurora global database's master credentials
//! ([`AuroraGlobal`]'s secret, replicated to the DR region and encrypted with KMS) by a
//! Lambda function that needs **no database driver**: `modules/functions/rotation/`
//! (Python 3.12, boto3 only; its README is the contract).
//!
//! # The design, and why
//!
//! The issue asks for rotation by a function we write, with no vendored MySQL driver.
//! The options, checked against AWS's documentation:
//!
//! - **RDS-managed master password** (`manage_master_user_password`): not available —
//!   "Managing master user passwords with Secrets Manager isn't supported for [...] DB
//!   clusters that are part of an Aurora global database" (AWS Aurora User Guide,
//!   "Password management with Amazon Aurora and AWS Secrets Manager", Limitations).
//! - **AWS's single-user rotation templates** connect to the database with a bundled
//!   driver (PyMySQL / PyGreSQL), which is what the issue rules out.
//! - **The RDS Data API** runs SQL without a driver, but not on every engine version,
//!   instance class and topology (AWS Aurora User Guide, "Limitations for the Amazon RDS
//!   Data API": no T classes, only a cluster with a writer), and a master password is not
//!   changed by SQL in Aurora anyway: it is a cluster setting.
//! - **Chosen: the RDS control plane.** `setSecret` calls `rds:ModifyDBCluster` with
//!   `MasterUserPassword` and `ApplyImmediately = true` on the global database's
//!   **writer** cluster (found with `rds:DescribeGlobalClusters`, the member with
//!   `IsWriter`: after a failover, the DR cluster). It works for Aurora MySQL and Aurora
//!   PostgreSQL alike, needs only boto3, and is the same call the console makes. The four
//!   steps Secrets Manager calls (`createSecret`, `setSecret`, `testSecret`,
//!   `finishSecret`: AWS Secrets Manager User Guide, "Rotation by Lambda function" and
//!   "Lambda rotation functions") follow AWS's rotation template, idempotent per step.
//!   `createSecret` generates the password with `secretsmanager:GetRandomPassword`,
//!   [`PASSWORD_LENGTH`](crate::aurora_global::PASSWORD_LENGTH) characters without
//!   [`PASSWORD_EXCLUDED_CHARACTERS`](crate::aurora_global::PASSWORD_EXCLUDED_CHARACTERS)
//!   (RDS: a master password "can contain any printable ASCII character except "/", """,
//!   or "@"" and, for an Aurora cluster, 8 to 41 characters: RDS API Reference,
//!   CreateDBCluster / ModifyDBCluster `MasterUserPassword`; space is excluded too).
//!   `testSecret` is driver-free: `DescribeDBClusters` on the writer until its status is
//!   `available` and `PendingModifiedValues` holds no `MasterUserPassword` (RDS API
//!   Reference, `ClusterPendingModifiedValues`), at most 60 s.
//!
//! # Limits (also in the function's README)
//!
//! - `ModifyDBCluster` applies **asynchronously**: between `setSecret` and `finishSecret`
//!   the database already has the new password while `AWSCURRENT` still has the old one.
//!   Applications must re-read the secret (and may try `AWSPENDING`) when a login fails
//!   (AWS Secrets Manager User Guide, "Lambda function rotation strategies", single
//!   user: "a short period of time between when the password in the database changes and
//!   when the secret is updated [...] You can mitigate this risk with an appropriate retry
//!   strategy"). Open connections are not dropped.
//! - `testSecret` proves that RDS applied a password change, not that the new password
//!   logs in (that needs a connection).
//! - The secret's **replica in the DR region follows the primary secret**: "If you turn on
//!   rotation for your primary secret, Secrets Manager rotates the secret in the primary
//!   Region, and the new secret value propagates to all of the associated replica secrets"
//!   (AWS Secrets Manager User Guide, "Replicate secrets across Regions"). Rotation is
//!   configured on the primary secret only; a replica cannot be rotated on its own.
//! - A **global secondary has no master password of its own**: the password lives in the
//!   global database and reaches the secondary through replication (the secondary takes no
//!   master credentials: [`crate::aurora_global`]). So only the writer is modified.
//! - Rotation runs in the primary region: while that region is down there is no rotation
//!   (and none is needed: the secret cannot change either). After a **detach-and-promote**
//!   failover the promoted cluster is no longer a member of the global cluster; the
//!   function then fails (no writer among the configured clusters, or the old primary is
//!   still named writer): disable rotation until the global database is rebuilt.
//! - With [`Placement::PrivateSubnets`] the function must reach the Secrets Manager and RDS
//!   endpoints of the primary region and, after a failover, the RDS endpoint of the DR
//!   region: a network without NAT needs [`Placement::LambdaNetwork`].
//!
//! # Terraform
//!
//! `aws_secretsmanager_secret_rotation` on the primary secret, `rotate_immediately =
//! false`: the apply that creates it does not change the password (the cluster and its
//! instances may still be settling); Secrets Manager then only runs `testSecret` to check
//! the configuration (API Reference, `RotateSecret` `RotateImmediately`), and the first
//! rotation comes after [`SecretRotationProps::rotation_days`] (or `aws secretsmanager
//! rotate-secret` now). It depends on the invoke permission, which Secrets Manager checks
//! when rotation is configured (aws/aws-cdk pull request 26512, "rotation resource
//! creation can fail due to race condition").
//!
//! A re-plan after a rotation is empty: `master_password_wo` (cluster) and
//! `secret_string_wo` (secret version) are write-only, so Terraform holds no value to
//! compare, and the version's `version_stages` is optional and computed (the provider reads
//! `AWSPREVIOUS`, then none, without a diff). One hazard remains, **outside this
//! component**: once two rotations have passed, the version Terraform created has no
//! staging label, and Secrets Manager deletes unlabeled ("deprecated") versions (API
//! Reference, `ListSecretVersionIds` `IncludeDeprecated`); the provider then drops it from
//! state (`resourceSecretVersionRead`: not found → removed) and the next apply would
//! **create a new version with a new ephemeral password as `AWSCURRENT`, without changing
//! the database** (its `master_password_wo_version` is unchanged): every client locked
//! out. terraform-aws-modules/terraform-aws-secrets-manager pull request 26 describes the
//! same failure. A stack that rotates must therefore give the initial version a custom
//! staging label that no rotation moves, and ignore later changes of the stages:
//! `version_stages = ["AWSCURRENT", "TFDR_INITIAL"]` plus
//! `lifecycle { ignore_changes = [version_stages] }` on
//! `aurora_global`'s `master-secret-version`: build the database with
//! [`AuroraGlobalOptions::rotatable_secret`](crate::aurora_global::AuroraGlobalOptions)
//! (a database without it is reported at synth).
//!
//! # Permissions (exactly)
//!
//! Besides what every tfdr function's role has ([`crate::lambda_function`]):
//! `secretsmanager:DescribeSecret`, `GetSecretValue`, `PutSecretValue`,
//! `UpdateSecretVersionStage` on the one secret; `secretsmanager:GetRandomPassword` on `*`
//! (it has no resource type: AWS Service Authorization Reference, "Actions, resources, and
//! condition keys for AWS Secrets Manager"; AWS's own example policy grants it on `*`:
//! Secrets Manager User Guide, "Lambda rotation function execution role permissions");
//! `rds:ModifyDBCluster` and `rds:DescribeDBClusters` on the two cluster ARNs (either may
//! be the writer); `rds:DescribeGlobalClusters` on the global cluster ARN;
//! `kms:Decrypt`, `kms:Encrypt`, `kms:GenerateDataKey` on the secret's key (a secret
//! encrypted with a customer managed key: same User Guide page). The function may be
//! invoked by `secretsmanager.amazonaws.com` for this secret only (`source_arn`).
//!
//! Construct paths: `<id>/primary/…` (the function's, see [`crate::lambda_function`]),
//! `<id>/primary/rotation-permission`, `<id>/primary/rotation`.

use std::collections::BTreeMap;

use tfdr_dsl::aws::data::iam_policy_document::Statement;
use tfdr_dsl::aws::enums::{IamEffect, LambdaRuntime};
use tfdr_dsl::aws::secretsmanager_secret_rotation::RotationRules;
use tfdr_dsl::aws::{LambdaPermission, LambdaPermissionArgs, SecretsmanagerSecretRotation};
use tfdr_dsl::{Expr, Region};

use crate::aurora_global::AuroraGlobal;
use crate::context::{DrScope, PerRegion, Side};
use crate::kms::KmsKeys;
use crate::lambda_function::{FunctionProps, Placement, RegionalFunction};
use crate::lambda_package::{rotation_zip, ROTATION_HANDLER};
use crate::network::Network;
use crate::s3_access_logs::AccessLogBuckets;
use crate::values::{
    ExpiryDays, FunctionTimeoutSeconds, LogRetentionDays, MemoryMb, ReservedConcurrency,
    RotationDays,
};

/// The function's timeout: above the worst case of its longest step, `testSecret` (three
/// Secrets Manager calls of at most 15 s, one `DescribeGlobalClusters` and a last poll of
/// at most 21 s each, 60 s of waiting for RDS: 147 s) plus 5 s (`aws.MIN_FUNCTION_TIMEOUT_S`
/// = 152 in the function, checked by its tests against this constant).
pub const ROTATION_TIMEOUT_SECONDS: u32 = 180;

/// The function's memory: Lambda's minimum; it makes a handful of API calls per step.
pub const ROTATION_MEMORY_MB: u32 = 128;

/// Reserved concurrency: one invocation at a time. Secrets Manager calls the steps of a
/// rotation one after another, and this function rotates one secret, so a second
/// concurrent invocation would only be a duplicate (every step is idempotent).
pub const ROTATION_RESERVED_CONCURRENCY: u32 = 1;

/// The function's base name.
pub const FUNCTION_NAME: &str = "aurora-rotation";

/// The Secrets Manager actions the function needs on the one secret.
pub const SECRET_ACTIONS: [&str; 4] = [
    "secretsmanager:DescribeSecret",
    "secretsmanager:GetSecretValue",
    "secretsmanager:PutSecretValue",
    "secretsmanager:UpdateSecretVersionStage",
];

/// The RDS actions the function needs on both member clusters.
pub const CLUSTER_ACTIONS: [&str; 2] = ["rds:ModifyDBCluster", "rds:DescribeDBClusters"];

/// The KMS actions on the secret's key (reading and writing versions).
pub const KEY_ACTIONS: [&str; 3] = ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"];

/// The function's environment variables (its README, "Configuration").
pub mod env {
    /// The master-credentials secret (primary region): the one secret it rotates.
    pub const SECRET_ARN: &str = "SECRET_ARN";
    /// The global cluster identifier (its writer member is modified).
    pub const GLOBAL_CLUSTER_ID: &str = "GLOBAL_CLUSTER_ID";
    /// The primary cluster's ARN.
    pub const PRIMARY_CLUSTER_ARN: &str = "PRIMARY_CLUSTER_ARN";
    /// The DR cluster's ARN.
    pub const DR_CLUSTER_ARN: &str = "DR_CLUSTER_ARN";
}

/// What is rotated, how often, and where the function runs.
#[derive(Debug, Clone)]
pub struct SecretRotationProps<'a> {
    /// The global database whose master secret is rotated.
    pub database: &'a AuroraGlobal,
    /// Days between rotations.
    pub rotation_days: RotationDays,
    /// Where the function runs (module docs, "Limits": the RDS endpoint of the DR region
    /// must be reachable after a failover).
    pub placement: Placement,
    /// The network: with [`Placement::PrivateSubnets`], the function runs in the primary
    /// region's private subnets (unused otherwise).
    pub network: &'a Network,
    /// The primary region's key encrypts the function's environment, logs, queue and code.
    pub keys: &'a KmsKeys,
    /// Where the code bucket's access logs go.
    pub access_logs: &'a AccessLogBuckets,
    /// Retention of the function's logs.
    pub log_retention: LogRetentionDays,
    /// Days an old code package is kept after it is replaced.
    pub code_expiry: ExpiryDays,
}

/// The deployed rotation.
#[derive(Debug, Clone)]
pub struct SecretRotation {
    /// The rotation function (primary region).
    pub function: RegionalFunction,
    /// The region it runs in (the primary region, the secret's).
    pub region: Region,
    /// Days between rotations.
    pub rotation_days: RotationDays,
    /// `aws_secretsmanager_secret_rotation.id` (the secret's ARN).
    pub rotation_id: Expr<String>,
}

fn allow(sid: &str, actions: Vec<&str>, resources: Vec<Expr<String>>) -> Statement {
    Statement::new()
        .sid(sid)
        .effect(IamEffect::Allow)
        .actions(actions)
        .resources(resources)
}

impl SecretRotation {
    /// Builds the function, its invoke permission and the rotation configuration in the
    /// primary region under `scope/<id>/primary/…` (see the module docs).
    pub fn new(scope: &DrScope, id: &str, props: &SecretRotationProps<'_>) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        let side = Side::Primary;
        let db = props.database;
        if !db.rotatable_secret {
            crate::api_domain::record_problem(
                &me,
                "the master secret is rotated, but the database was built without \
                 AuroraGlobalOptions { rotatable_secret: true, .. }: after two rotations \
                 Secrets Manager would delete the version Terraform manages and the next \
                 apply would lock every client out (see crate::secret_rotation, \"Terraform\")"
                    .to_string(),
            );
        }
        // The DR cluster lives in the DR region and is named here on purpose: after a
        // failover it is the writer.
        let dr_cluster = db.dr_cluster_arn.clone().cross_region();

        let environment = BTreeMap::from([
            (env::SECRET_ARN.to_string(), db.secret_arn.clone()),
            (
                env::GLOBAL_CLUSTER_ID.to_string(),
                db.global_cluster_id.clone(),
            ),
            (
                env::PRIMARY_CLUSTER_ARN.to_string(),
                db.primary_cluster_arn.clone(),
            ),
            (env::DR_CLUSTER_ARN.to_string(), dr_cluster.clone()),
        ]);
        let grants = vec![
            allow(
                "RotateMasterSecret",
                SECRET_ACTIONS.to_vec(),
                vec![db.secret_arn.clone()],
            ),
            allow(
                "GeneratePassword",
                vec!["secretsmanager:GetRandomPassword"],
                vec!["*".into()],
            ),
            allow(
                "ChangeWriterMasterPassword",
                CLUSTER_ACTIONS.to_vec(),
                vec![db.primary_cluster_arn.clone(), dr_cluster],
            ),
            allow(
                "FindWriter",
                vec!["rds:DescribeGlobalClusters"],
                vec![db.global_cluster_arn.clone()],
            ),
            allow(
                "UseSecretKey",
                KEY_ACTIONS.to_vec(),
                vec![db.secret_key_arn.clone()],
            ),
        ];

        let package = rotation_zip();
        let function = RegionalFunction::build_placed(
            &me,
            side,
            &FunctionProps {
                name: FUNCTION_NAME.into(),
                description: "Rotates the Aurora global database master password through \
                              ModifyDBCluster (tfdr secret_rotation)"
                    .into(),
                package: &package,
                handler: ROTATION_HANDLER.into(),
                runtime: LambdaRuntime::Python312,
                memory: MemoryMb::new(ROTATION_MEMORY_MB).expect("a valid memory size"),
                timeout: FunctionTimeoutSeconds::new(ROTATION_TIMEOUT_SECONDS)
                    .expect("a valid timeout"),
                reserved_concurrency: ReservedConcurrency::new(ROTATION_RESERVED_CONCURRENCY)
                    .expect("a valid reserved concurrency"),
                network: props.network,
                keys: props.keys,
                access_logs: props.access_logs,
                log_retention: props.log_retention,
                code_expiry: props.code_expiry,
                environment: PerRegion {
                    primary: environment,
                    dr: BTreeMap::new(),
                },
                grants: PerRegion {
                    primary: grants,
                    dr: Vec::new(),
                },
            },
            props.placement,
        );

        let primary = me.region(side);
        let permission = primary.add(
            "rotation-permission",
            LambdaPermission::new(LambdaPermissionArgs {
                action: "lambda:InvokeFunction".into(),
                function_name: function.arn.clone(),
                principal: "secretsmanager.amazonaws.com".into(),
            })
            .statement_id("AllowInvokeFromSecretsManagerRotation")
            .source_arn(db.secret_arn.clone()),
        );
        let rotation = primary.add(
            "rotation",
            SecretsmanagerSecretRotation::new(
                db.secret_arn.clone(),
                RotationRules::new().automatically_after_days(props.rotation_days.get()),
            )
            .rotation_lambda_arn(function.arn.clone())
            .rotate_immediately(false),
        );
        rotation.node().depends_on(permission.node());

        SecretRotation {
            function,
            region: ctx.region(side),
            rotation_days: props.rotation_days,
            rotation_id: rotation.id(),
        }
    }
}

#[cfg(test)]
mod tests;
