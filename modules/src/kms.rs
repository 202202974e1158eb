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
use crate::context::{DrContext, DrScope, PerRegion, Side};

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
    /// EventBridge delivering rule matches to encrypted SNS topics (`events.amazonaws.com`):
    /// `kms:GenerateDataKey*` and `kms:Decrypt` only. Without source conditions: AWS does
    /// not pass `aws:SourceAccount`/`aws:SourceArn` to KMS for this delivery, so a
    /// condition would silently drop every event; the topic policy carries
    /// `aws:SourceAccount` instead.
    EventBridge,
    /// Encrypted EBS volumes of EC2 instances, including those an Auto Scaling group
    /// launches (through `kms:ViaService` `ec2.<region>`): the use actions, and
    /// `kms:CreateGrant` only for AWS resources (`kms:GrantIsForAWSResource`), which EC2
    /// needs to attach the volume. The same shape as the AWS-managed `aws/ebs` key's
    /// policy, so the Auto Scaling service-linked role (which launches the instances) is
    /// covered without being named — a key policy naming that role fails while the role
    /// does not exist yet in a fresh account.
    Ebs,
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
            KeyService::Ebs => Some("ec2"),
            KeyService::CloudWatchLogs | KeyService::CloudWatchAlarms | KeyService::EventBridge => {
                None
            }
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
    /// The services the key policy grants (sorted, without duplicates), so a component
    /// that needs a grant can report its absence at synth instead of failing at runtime.
    pub services: Vec<KeyService>,
}

impl RegionalKey {
    /// Whether the key policy grants `service`.
    pub fn grants(&self, service: KeyService) -> bool {
        self.services.contains(&service)
    }
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
    let services = sorted(services);
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
    if services.contains(&KeyService::EventBridge) {
        doc = doc.statement(
            Statement::new()
                .sid("AllowEventBridgeToEncryptedTopics")
                .actions(vec!["kms:Decrypt", "kms:GenerateDataKey*"])
                .resources(vec!["*"])
                .principals(StatementPrincipals::new(
                    vec!["events.amazonaws.com"],
                    PrincipalType::Service,
                )),
        );
    }
    if services.contains(&KeyService::Ebs) {
        doc = doc.statement(
            Statement::new()
                .sid("AllowEbsAttachmentGrantsThroughEc2")
                .actions(vec!["kms:CreateGrant"])
                .resources(vec!["*"])
                .principals(StatementPrincipals::new(vec!["*"], PrincipalType::Aws))
                .condition(StatementCondition::new(
                    ConditionOperator::StringEquals,
                    vec![format!("ec2.{r}.amazonaws.com")],
                    "kms:ViaService",
                ))
                .condition(StatementCondition::new(
                    ConditionOperator::StringEquals,
                    vec![account.account_id.clone()],
                    "kms:CallerAccount",
                ))
                .condition(StatementCondition::new(
                    ConditionOperator::Bool,
                    vec!["true"],
                    "kms:GrantIsForAWSResource",
                )),
        );
    }
    scope.add("policy", doc).json()
}

fn sorted(services: &[KeyService]) -> Vec<KeyService> {
    let mut services = services.to_vec();
    services.sort();
    services.dedup();
    services
}

/// One key in `region` under `at` (`policy`, `key`, `alias`), named from `props` in
/// `region`: what [`KmsKeys::new`] builds per side, and what a component builds where the
/// pair has no key (the alert topic in us-east-1, [`crate::alerting`]).
pub(crate) fn regional_key(
    ctx: &DrContext,
    at: &Scope,
    region: Region,
    account: &RegionalAccount,
    props: &KmsKeysProps,
) -> RegionalKey {
    let purpose = props.purpose.as_str();
    let name = ctx.name_in::<KmsKey>(&format!("{purpose}-key"), region);
    let policy = key_policy(at, region, account, &props.services);
    let key = at.add(
        "key",
        KmsKey::new()
            .description(format!(
                "{name}: encrypts {purpose} data at rest in {region}"
            ))
            .enable_key_rotation(true)
            .deletion_window_in_days(7)
            .policy(policy)
            .tags(BTreeMap::from([("Name".to_string(), name)])),
    );
    let alias = ctx.name_in::<KmsAlias>(&format!("alias/{purpose}"), region);
    at.add("alias", KmsAlias::new(key.key_id()).name(alias.clone()));
    RegionalKey {
        region,
        arn: key.arn(),
        key_id: key.key_id(),
        alias,
        services: sorted(&props.services),
    }
}

impl KmsKeys {
    /// Creates the key, its policy and its alias in both regions under `scope/<id>`.
    pub fn new(scope: &DrScope, id: &str, props: &KmsKeysProps) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        KmsKeys(PerRegion::from_fn(|side: Side| {
            regional_key(
                ctx,
                &me.region(side),
                ctx.region(side),
                ctx.accounts().get(side),
                props,
            )
        }))
    }
}
