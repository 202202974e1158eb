//! A customer-managed KMS key per region: rotation on, 7-day deletion window, an alias, and
//! a key policy that grants exactly the services the stack uses.

use std::collections::BTreeMap;

use tfdr_dsl::aws::data::iam_policy_document::{
    Statement, StatementCondition, StatementPrincipals,
};
use tfdr_dsl::aws::data::IamPolicyDocument;
use tfdr_dsl::aws::enums::{ConditionOperator, PrincipalType};
use tfdr_dsl::aws::{KmsAlias, KmsKey};
use tfdr_dsl::{interpolate, Error, Expr, Region, RegionPair, RegionScope};

use crate::account::{Accounts, RegionalAccount};
use crate::policy::Naming;

/// A service allowed to use the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum KeyService {
    /// Amazon RDS / Aurora (through `kms:ViaService`).
    Rds,
    /// Amazon S3 (through `kms:ViaService`).
    S3,
    /// Amazon DynamoDB (through `kms:ViaService`).
    DynamoDb,
    /// AWS Secrets Manager (through `kms:ViaService`).
    SecretsManager,
    /// Amazon SNS (through `kms:ViaService`).
    Sns,
    /// CloudWatch Logs: the regional service principal `logs.<region>.amazonaws.com`,
    /// limited to this account's log groups by encryption context.
    CloudWatchLogs,
    /// CloudWatch alarms publishing to encrypted SNS topics (`cloudwatch.amazonaws.com`).
    CloudWatchAlarms,
}

impl KeyService {
    /// The service endpoint prefix used in `kms:ViaService`, for via-service grants.
    fn via_service(self) -> Option<&'static str> {
        match self {
            KeyService::Rds => Some("rds"),
            KeyService::S3 => Some("s3"),
            KeyService::DynamoDb => Some("dynamodb"),
            KeyService::SecretsManager => Some("secretsmanager"),
            KeyService::Sns => Some("sns"),
            KeyService::CloudWatchLogs | KeyService::CloudWatchAlarms => None,
        }
    }
}

/// The key of one region.
#[derive(Debug, Clone)]
pub struct RegionalKey {
    /// The region.
    pub region: Region,
    /// Key ARN.
    pub arn: Expr<String>,
    /// Key id.
    pub key_id: Expr<String>,
    /// The alias name, e.g. `alias/payments-dev`.
    pub alias: String,
}

/// One key per region of a [`RegionPair`].
#[derive(Debug, Clone)]
pub struct KmsKeys {
    /// The primary region's key.
    pub primary: RegionalKey,
    /// The DR region's key.
    pub dr: RegionalKey,
}

const USE_ACTIONS: [&str; 5] = [
    "kms:Encrypt",
    "kms:Decrypt",
    "kms:ReEncrypt*",
    "kms:GenerateDataKey*",
    "kms:DescribeKey",
];

fn key_policy(
    region: &RegionScope,
    account: &RegionalAccount,
    services: &[KeyService],
) -> Expr<String> {
    let r = region.aws_region().as_str();
    let scope = region.child(region.alias()).child("kms");
    let mut doc = IamPolicyDocument::new().statement(
        Statement::new()
            .sid("AccountAdministration")
            .actions(vec!["kms:*"])
            .resources(vec!["*"])
            .principals(StatementPrincipals::new(
                vec![account.root_arn()],
                PrincipalType::Aws,
            )),
    );
    let mut services: Vec<KeyService> = services.to_vec();
    services.sort();
    services.dedup();
    let via: Vec<String> = services
        .iter()
        .filter_map(|s| s.via_service())
        .map(|s| format!("{s}.{r}.amazonaws.com"))
        .collect();
    if !via.is_empty() {
        doc = doc.statement(
            Statement::new()
                .sid("AllowUseThroughStackServices")
                .actions(USE_ACTIONS.to_vec())
                .resources(vec!["*"])
                .principals(StatementPrincipals::new(vec!["*"], PrincipalType::Aws))
                .condition(StatementCondition::new(
                    ConditionOperator::StringEquals,
                    via,
                    "kms:ViaService",
                ))
                .condition(StatementCondition::new(
                    ConditionOperator::StringEquals,
                    vec![account.account_id.clone()],
                    "kms:CallerAccount",
                )),
        );
    }
    if services.contains(&KeyService::CloudWatchLogs) {
        doc = doc.statement(
            Statement::new()
                .sid("AllowCloudWatchLogs")
                .actions(USE_ACTIONS.to_vec())
                .resources(vec!["*"])
                .principals(StatementPrincipals::new(
                    vec![format!("logs.{r}.amazonaws.com")],
                    PrincipalType::Service,
                ))
                .condition(StatementCondition::new(
                    ConditionOperator::ArnLike,
                    vec![interpolate![
                        "arn:",
                        &account.partition,
                        ":logs:",
                        r,
                        ":",
                        &account.account_id,
                        ":*"
                    ]],
                    "kms:EncryptionContext:aws:logs:arn",
                )),
        );
    }
    if services.contains(&KeyService::CloudWatchAlarms) {
        doc = doc.statement(
            Statement::new()
                .sid("AllowCloudWatchAlarmsToEncryptedTopics")
                .actions(vec!["kms:Decrypt", "kms:GenerateDataKey*"])
                .resources(vec!["*"])
                .principals(StatementPrincipals::new(
                    vec!["cloudwatch.amazonaws.com"],
                    PrincipalType::Service,
                )),
        );
    }
    scope.add("policy", doc).json()
}

impl KmsKeys {
    /// Creates the key, its policy and its alias in both regions (paths
    /// `<alias>/kms/{policy,key,alias}`). `base` names the alias (`alias/<base>-<suffix>`).
    ///
    /// # Errors
    /// A name that breaks its rule (see [`Naming::name`]).
    pub fn new(
        pair: &RegionPair,
        accounts: &Accounts,
        names: &Naming,
        base: &str,
        services: &[KeyService],
    ) -> Result<Self, Error> {
        let one = |region: &RegionScope, account: &RegionalAccount| -> Result<RegionalKey, Error> {
            let r = region.aws_region();
            let scope = region.child(region.alias()).child("kms");
            let name = names.tag_name("aws_kms_key", &format!("{base}-key"), r)?;
            let key = scope.add(
                "key",
                KmsKey::new()
                    .description(format!("{name}: encrypts {base} data at rest in {r}"))
                    .enable_key_rotation(true)
                    .deletion_window_in_days(7)
                    .policy(key_policy(region, account, services))
                    .tags(BTreeMap::from([("Name".to_string(), name)])),
            );
            let alias = names.name("aws_kms_alias", &format!("alias/{base}"), r)?;
            scope.add("alias", KmsAlias::new(key.key_id()).name(alias.clone()));
            Ok(RegionalKey {
                region: r,
                arn: key.arn(),
                key_id: key.key_id(),
                alias,
            })
        };
        Ok(KmsKeys {
            primary: one(&pair.primary, &accounts.primary)?,
            dr: one(&pair.dr, &accounts.dr)?,
        })
    }
}
