//! A customer-managed KMS key per region: rotation on, 7-day deletion window, an alias, and
//! a key policy that grants exactly the services the stack uses.
//!
//! Construct paths: `<id>/<primary|dr>/{policy,key,alias}`.

use std::collections::BTreeMap;

use tfdr_dsl::aws::data::iam_policy_document::{
    Statement, StatementCondition, StatementPrincipals,
};
use tfdr_dsl::aws::data::IamPolicyDocument;
use tfdr_dsl::aws::enums::{ConditionOperator, PrincipalType};
use tfdr_dsl::aws::{KmsAlias, KmsKey};
use tfdr_dsl::{interpolate, Expr, Region, Scope};

use crate::account::RegionalAccount;
use crate::context::{DrScope, PerRegion, Side};

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
    /// CloudWatch alarms publishing to encrypted SNS topics (`cloudwatch.amazonaws.com`),
    /// only on behalf of this account (`aws:SourceAccount`).
    CloudWatchAlarms,
    /// AWS Backup vaults and the recovery points in them (through `kms:ViaService`).
    Backup,
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
            KeyService::Backup => Some("backup"),
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

/// What the keys are for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KmsKeysProps {
    /// Names the alias (`alias/<purpose>-<suffix>`) and the key's `Name` tag
    /// (`<purpose>-key-<suffix>`), e.g. `payments`.
    pub purpose: String,
    /// The services allowed to use the key (exactly those the stack uses).
    pub services: Vec<KeyService>,
}

/// One key per region of the pair; `keys.primary`, `keys.dr`, `keys.get(side)` through
/// [`PerRegion`].
#[derive(Debug, Clone)]
pub struct KmsKeys(PerRegion<RegionalKey>);

impl std::ops::Deref for KmsKeys {
    type Target = PerRegion<RegionalKey>;
    fn deref(&self) -> &PerRegion<RegionalKey> {
        &self.0
    }
}

const USE_ACTIONS: [&str; 5] = [
    "kms:Encrypt",
    "kms:Decrypt",
    "kms:ReEncrypt*",
    "kms:GenerateDataKey*",
    "kms:DescribeKey",
];

fn key_policy(
    scope: &Scope,
    region: Region,
    account: &RegionalAccount,
    services: &[KeyService],
) -> Expr<String> {
    let r = region.as_str();
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
                ))
                .condition(StatementCondition::new(
                    ConditionOperator::StringEquals,
                    vec![account.account_id.clone()],
                    "aws:SourceAccount",
                )),
        );
    }
    scope.add("policy", doc).json()
}

impl KmsKeys {
    /// Creates the key, its policy and its alias in both regions under `scope/<id>`.
    pub fn new(scope: &DrScope, id: &str, props: &KmsKeysProps) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        let purpose = props.purpose.as_str();
        KmsKeys(PerRegion::from_fn(|side: Side| {
            let r = ctx.region(side);
            let at = me.region(side);
            let name = ctx.name::<KmsKey>(&format!("{purpose}-key"), side);
            let policy = key_policy(&at, r, ctx.accounts().get(side), &props.services);
            let key = at.add(
                "key",
                KmsKey::new()
                    .description(format!("{name}: encrypts {purpose} data at rest in {r}"))
                    .enable_key_rotation(true)
                    .deletion_window_in_days(7)
                    .policy(policy)
                    .tags(BTreeMap::from([("Name".to_string(), name)])),
            );
            let alias = ctx.name::<KmsAlias>(&format!("alias/{purpose}"), side);
            at.add("alias", KmsAlias::new(key.key_id()).name(alias.clone()));
            RegionalKey {
                region: r,
                arn: key.arn(),
                key_id: key.key_id(),
                alias,
            }
        }))
    }
}
