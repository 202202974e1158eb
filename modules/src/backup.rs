//! Backups, because replication is not a backup: an AWS Backup vault per region
//! (encrypted with the region's key, destroyable), a plan in the primary region that backs
//! up the given resources on a schedule and copies every recovery point into the DR
//! region's vault, and the role AWS Backup uses.
//!
//! Replication (Aurora Global Database, DynamoDB global tables, S3 CRR) copies a bad write,
//! a dropped table or a ransomware encryption to the DR region within a second; only a
//! point-in-time copy taken before it brings the data back. The copy in the DR vault also
//! survives the loss of the primary region.
//!
//! Construct paths: `<id>/<primary|dr>/vault`, `<id>/primary/{plan,selection,role,…}`.

use tfdr_dsl::aws::backup_plan::{
    Rule, RuleArgs, RuleCopyAction, RuleCopyActionLifecycle, RuleLifecycle,
};
use tfdr_dsl::aws::{
    BackupPlan, BackupSelection, BackupSelectionArgs, BackupVault, IamRole,
    IamRolePolicyAttachment, IamRolePolicyAttachmentArgs,
};
use tfdr_dsl::{interpolate, Expr};

use crate::context::{DrScope, PerRegion, Side};
use crate::iam::{service_role, Trust};
use crate::kms::KmsKeys;
use crate::values::BackupRetentionDays;

/// The AWS-managed policies the backup role carries: taking backups and restoring them.
pub const BACKUP_ROLE_POLICIES: [&str; 2] = [
    "service-role/AWSBackupServiceRolePolicyForBackup",
    "service-role/AWSBackupServiceRolePolicyForRestores",
];

/// What is backed up, how often and for how long.
#[derive(Debug, Clone)]
pub struct BackupsProps<'a> {
    /// The base of the vault, plan and selection names (e.g. `payments`).
    pub name: String,
    /// Each region's vault is encrypted with that region's key (the key must grant
    /// [`KeyService::Backup`](crate::kms::KeyService::Backup)).
    pub keys: &'a KmsKeys,
    /// ARNs of the resources to back up, in the primary region (Aurora clusters, DynamoDB
    /// tables, …).
    pub resources: Vec<Expr<String>>,
    /// When backups run: an AWS Backup schedule expression, e.g. `cron(0 5 ? * * *)`
    /// (05:00 UTC daily).
    pub schedule: String,
    /// How long a recovery point is kept in the primary vault.
    pub retention: BackupRetentionDays,
    /// How long its copy is kept in the DR vault.
    pub copy_retention: BackupRetentionDays,
}

/// One region's vault.
#[derive(Debug, Clone)]
pub struct Vault {
    /// The vault name.
    pub name: Expr<String>,
    /// The vault ARN.
    pub arn: Expr<String>,
}

/// The vaults of both regions and the plan.
#[derive(Debug, Clone)]
pub struct Backups {
    /// The vault of each region.
    pub vaults: PerRegion<Vault>,
    /// The plan id.
    pub plan_id: Expr<String>,
    /// ARN of the role AWS Backup assumes.
    pub role_arn: Expr<String>,
}

impl Backups {
    /// Builds the vaults, the role, the plan and its selection under `scope/<id>`.
    pub fn new(scope: &DrScope, id: &str, props: &BackupsProps<'_>) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        let vaults = PerRegion::from_fn(|side| {
            let vault = me.region(side).add(
                "vault",
                BackupVault::new(ctx.name::<BackupVault>(&props.name, side))
                    .kms_key_arn(props.keys.get(side).arn.clone())
                    .force_destroy(true),
            );
            Vault {
                name: vault.name(),
                arn: vault.arn(),
            }
        });
        let primary = me.region(Side::Primary);
        let account = ctx.accounts().get(Side::Primary);
        let role = service_role(
            &primary,
            "role",
            ctx.name::<IamRole>(&format!("{}-backup", props.name), Side::Primary),
            format!("AWS Backup of {} (backup, copy to DR, restore)", props.name),
            Trust {
                service: "backup.amazonaws.com",
                source_account: None,
                source_arn: None,
            },
        );
        for (i, policy) in BACKUP_ROLE_POLICIES.iter().enumerate() {
            primary.add(
                &format!("role-policy-{i}"),
                IamRolePolicyAttachment::new(IamRolePolicyAttachmentArgs {
                    policy_arn: interpolate![
                        "arn:",
                        &account.partition,
                        ":iam::aws:policy/",
                        *policy
                    ],
                    role: role.name(),
                }),
            );
        }
        let rule = Rule::new(RuleArgs {
            rule_name: format!("{}-daily-with-dr-copy", props.name).into(),
            target_vault_name: vaults.primary.name.clone(),
        })
        .schedule(props.schedule.as_str())
        .lifecycle(RuleLifecycle::new().delete_after(props.retention.days()))
        .copy_action(
            // The copy lands in the DR region's vault: an intended cross-region value.
            RuleCopyAction::new(vaults.dr.arn.clone().cross_region()).lifecycle(
                RuleCopyActionLifecycle::new().delete_after(props.copy_retention.days()),
            ),
        );
        let plan = primary.add(
            "plan",
            BackupPlan::new(ctx.name::<BackupPlan>(&props.name, Side::Primary), rule),
        );
        primary.add(
            "selection",
            BackupSelection::new(BackupSelectionArgs {
                iam_role_arn: role.arn(),
                name: ctx
                    .name::<BackupSelection>(&props.name, Side::Primary)
                    .into(),
                plan_id: plan.id(),
            })
            .resources(props.resources.clone()),
        );
        Backups {
            vaults,
            plan_id: plan.id(),
            role_arn: role.arn(),
        }
    }
}
