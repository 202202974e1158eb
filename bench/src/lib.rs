//! The synthetic DR stack of the synth benchmark (issue 16), written with the public API
//! only: typed bindings, two aliased regions from [`Stack::region_pair`], references
//! between the regions marked `.cross_region()`.
//!
//! One copy ("service") is 23 resources of 23 types in each region (46 per copy): a key and
//! its alias, an encrypted, versioned, locked-down bucket with a policy, a queue and a topic
//! with their policy and subscription, a log group, an alarm, a role with a policy, a
//! secret, a table, a schedule rule and its target, a backup vault. The primary bucket
//! replicates to the DR bucket (cross-region destination and replica key); the DR region
//! keeps a parameter naming the primary bucket (cross-region). `K` copies give `46·K`
//! resources: K = 2200 is about 100k.

use std::collections::BTreeMap;

use tfdr::aws::{
    dynamodb_table as ddb, s3_bucket_ownership_controls as own,
    s3_bucket_replication_configuration as repl,
    s3_bucket_server_side_encryption_configuration as sse, s3_bucket_versioning as versioning,
    BackupVault, BillingMode, CloudwatchEventRule, CloudwatchEventTarget,
    CloudwatchEventTargetArgs, CloudwatchLogGroup, CloudwatchMetricAlarm, ComparisonOperator,
    DynamodbTable, IamPolicy, IamRole, IamRolePolicyAttachment, IamRolePolicyAttachmentArgs,
    KmsAlias, KmsKey, ObjectOwnership, ReplicationStatus, S3Bucket, S3BucketOwnershipControls,
    S3BucketPolicy, S3BucketPolicyArgs, S3BucketPublicAccessBlock,
    S3BucketReplicationConfiguration, S3BucketReplicationConfigurationArgs,
    S3BucketServerSideEncryptionConfiguration, S3BucketVersioning, ScalarAttributeType,
    SecretsmanagerSecret, SnsTopic, SnsTopicSubscription, SnsTopicSubscriptionArgs, SqsQueue,
    SqsQueuePolicy, SqsQueuePolicyArgs, SseAlgorithm, SsmParameter, SsmParameterType,
    VersioningStatus,
};
use tfdr::prelude::*;

/// Resources per copy (both regions).
pub const RESOURCES_PER_COPY: usize = 46;

fn tags(service: &str, region: &RegionScope) -> BTreeMap<String, String> {
    [
        ("Service", service.to_string()),
        ("Side", region.alias().to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

/// What one region of one copy exposes to the other region.
struct RegionalCopy {
    key: tfdr::aws::KmsKeyRef,
    bucket: tfdr::aws::S3BucketRef,
    role: tfdr::aws::IamRoleRef,
}

fn regional_copy(i: usize, region: &RegionScope) -> RegionalCopy {
    let service = format!("svc{i:04}");
    let side = region.alias();
    let scope = region.child(&service).child(side);
    let name = |what: &str| format!("{service}-{what}-{side}");
    let tags = tags(&service, region);

    let key = scope.add(
        "key",
        KmsKey::new()
            .description(format!("{service} data key ({})", region.aws_region()))
            .enable_key_rotation(true)
            .deletion_window_in_days(30)
            .tags(tags.clone()),
    );
    scope.add(
        "key-alias",
        KmsAlias::new(key.key_id()).name(format!("alias/{}", name("data"))),
    );
    let bucket = scope.add(
        "bucket",
        S3Bucket::new()
            .bucket(name("data"))
            .force_destroy(false)
            .tags(tags.clone()),
    );
    scope.add(
        "versioning",
        S3BucketVersioning::new(
            bucket.id(),
            versioning::VersioningConfiguration::new(VersioningStatus::Enabled),
        ),
    );
    scope.add(
        "encryption",
        S3BucketServerSideEncryptionConfiguration::new(
            bucket.id(),
            sse::Rule::new()
                .bucket_key_enabled(true)
                .apply_server_side_encryption_by_default(
                    sse::RuleApplyServerSideEncryptionByDefault::new(SseAlgorithm::AwsKms)
                        .kms_master_key_id(key.arn()),
                ),
        ),
    );
    scope.add(
        "public-access",
        S3BucketPublicAccessBlock::new(bucket.id())
            .block_public_acls(true)
            .block_public_policy(true)
            .ignore_public_acls(true)
            .restrict_public_buckets(true),
    );
    scope.add(
        "ownership",
        S3BucketOwnershipControls::new(
            bucket.id(),
            own::Rule::new(ObjectOwnership::BucketOwnerEnforced),
        ),
    );
    let deny_insecure: Expr<Dynamic> = Expr::object([
        ("Version", Expr::<String>::from("2012-10-17").into_dynamic()),
        (
            "Statement",
            Expr::<Vec<Dynamic>>::from(vec![Expr::object([
                (
                    "Sid",
                    Expr::<String>::from("DenyInsecureTransport").into_dynamic(),
                ),
                ("Effect", Expr::<String>::from("Deny").into_dynamic()),
                ("Principal", Expr::<String>::from("*").into_dynamic()),
                ("Action", Expr::<String>::from("s3:*").into_dynamic()),
                (
                    "Resource",
                    Expr::<Vec<String>>::from(vec![bucket.arn(), interpolate![bucket.arn(), "/*"]])
                        .into_dynamic(),
                ),
                (
                    "Condition",
                    Expr::object([(
                        "Bool",
                        Expr::<Map<String>>::from([("aws:SecureTransport", "false")])
                            .into_dynamic(),
                    )]),
                ),
            ])])
            .into_dynamic(),
        ),
    ]);
    scope.add(
        "bucket-policy",
        S3BucketPolicy::new(S3BucketPolicyArgs {
            bucket: bucket.id(),
            policy: Expr::jsonencode(deny_insecure),
        }),
    );
    let queue = scope.add(
        "queue",
        SqsQueue::new()
            .name(name("events"))
            .kms_master_key_id(key.arn())
            .message_retention_seconds(1_209_600)
            .visibility_timeout_seconds(60)
            .tags(tags.clone()),
    );
    let topic = scope.add(
        "topic",
        SnsTopic::new()
            .name(name("alerts"))
            .kms_master_key_id(key.arn())
            .tags(tags.clone()),
    );
    let queue_policy: Expr<Dynamic> = Expr::object([
        ("Version", Expr::<String>::from("2012-10-17").into_dynamic()),
        (
            "Statement",
            Expr::<Vec<Dynamic>>::from(vec![Expr::object([
                ("Effect", Expr::<String>::from("Allow").into_dynamic()),
                (
                    "Principal",
                    Expr::<Map<String>>::from([("Service", "sns.amazonaws.com")]).into_dynamic(),
                ),
                (
                    "Action",
                    Expr::<String>::from("sqs:SendMessage").into_dynamic(),
                ),
                ("Resource", queue.arn().into_dynamic()),
                (
                    "Condition",
                    Expr::object([(
                        "ArnEquals",
                        Expr::object([("aws:SourceArn", topic.arn().into_dynamic())]),
                    )]),
                ),
            ])])
            .into_dynamic(),
        ),
    ]);
    scope.add(
        "queue-policy",
        SqsQueuePolicy::new(SqsQueuePolicyArgs {
            policy: Expr::jsonencode(queue_policy),
            queue_url: queue.url(),
        }),
    );
    scope.add(
        "subscription",
        SnsTopicSubscription::new(SnsTopicSubscriptionArgs {
            endpoint: queue.arn(),
            protocol: tfdr::aws::enums::SnsProtocol::Sqs.into(),
            topic_arn: topic.arn(),
        })
        .raw_message_delivery(true),
    );
    scope.add(
        "logs",
        CloudwatchLogGroup::new()
            .name(format!("/{service}/{side}/app"))
            .retention_in_days(90)
            .kms_key_id(key.arn())
            .tags(tags.clone()),
    );
    scope.add(
        "queue-age-alarm",
        CloudwatchMetricAlarm::new(
            name("queue-age"),
            ComparisonOperator::GreaterThanThreshold,
            3,
        )
        .metric_name("ApproximateAgeOfOldestMessage")
        .namespace("AWS/SQS")
        .period(300)
        .threshold(600)
        .statistic(tfdr::aws::AlarmStatistic::Maximum)
        .dimensions([("QueueName", queue.name())])
        .alarm_actions(vec![topic.arn()])
        .ok_actions(vec![topic.arn()])
        .alarm_description(format!(
            "{service}: events wait too long in {side} (> 10 min)"
        )),
    );
    let assume: Expr<Dynamic> = Expr::object([
        ("Version", Expr::<String>::from("2012-10-17").into_dynamic()),
        (
            "Statement",
            Expr::<Vec<Dynamic>>::from(vec![Expr::object([
                ("Effect", Expr::<String>::from("Allow").into_dynamic()),
                (
                    "Action",
                    Expr::<String>::from("sts:AssumeRole").into_dynamic(),
                ),
                (
                    "Principal",
                    Expr::<Map<String>>::from([("Service", "s3.amazonaws.com")]).into_dynamic(),
                ),
            ])])
            .into_dynamic(),
        ),
    ]);
    let role = scope.add(
        "role",
        IamRole::new(Expr::jsonencode(assume))
            .name(name("replication"))
            .tags(tags.clone()),
    );
    let policy_doc: Expr<Dynamic> = Expr::object([
        ("Version", Expr::<String>::from("2012-10-17").into_dynamic()),
        (
            "Statement",
            Expr::<Vec<Dynamic>>::from(vec![Expr::object([
                ("Effect", Expr::<String>::from("Allow").into_dynamic()),
                (
                    "Action",
                    Expr::<Vec<String>>::from(vec![
                        "s3:GetObject*",
                        "s3:ListBucket",
                        "s3:Replicate*",
                    ])
                    .into_dynamic(),
                ),
                (
                    "Resource",
                    Expr::<Vec<String>>::from(vec![bucket.arn(), interpolate![bucket.arn(), "/*"]])
                        .into_dynamic(),
                ),
            ])])
            .into_dynamic(),
        ),
    ]);
    let policy = scope.add(
        "role-policy",
        IamPolicy::new(Expr::jsonencode(policy_doc)).name(name("replication")),
    );
    scope.add(
        "role-policy-attachment",
        IamRolePolicyAttachment::new(IamRolePolicyAttachmentArgs {
            policy_arn: policy.arn(),
            role: role.name(),
        }),
    );
    scope.add(
        "secret",
        SecretsmanagerSecret::new()
            .name(name("db-credentials"))
            .kms_key_id(key.arn())
            .recovery_window_in_days(7)
            .tags(tags.clone()),
    );
    scope.add(
        "table",
        DynamodbTable::new(name("sessions"))
            .billing_mode(BillingMode::PayPerRequest)
            .hash_key("pk")
            .range_key("sk")
            .attribute(ddb::Attribute::new("pk", ScalarAttributeType::String))
            .attribute(ddb::Attribute::new("sk", ScalarAttributeType::String))
            .point_in_time_recovery(ddb::PointInTimeRecovery::new(true))
            .server_side_encryption(ddb::ServerSideEncryption::new(true).kms_key_arn(key.arn()))
            .tags(tags.clone()),
    );
    let schedule = scope.add(
        "schedule",
        CloudwatchEventRule::new()
            .name(name("nightly"))
            .schedule_expression("cron(0 3 * * ? *)")
            .description(format!("{service}: nightly jobs in {side}")),
    );
    scope.add(
        "schedule-target",
        CloudwatchEventTarget::new(CloudwatchEventTargetArgs {
            arn: topic.arn(),
            rule: schedule.name(),
        })
        .target_id("alerts"),
    );
    scope.add(
        "backup-vault",
        BackupVault::new(name("vault"))
            .kms_key_arn(key.arn())
            .tags(tags),
    );
    RegionalCopy { key, bucket, role }
}

/// Builds the benchmark stack with `k` copies of the regional block: `46·k` resources, one
/// output per copy.
///
/// # Errors
/// Never for valid input; the signature is that of a stack program's `build`.
pub fn build(k: usize) -> Result<Stack, Error> {
    let stack = Stack::new("synth-bench");
    let default_tags: BTreeMap<String, String> = [
        ("Environment", "DR"),
        ("CostCenter", "Operations"),
        ("ManagedBy", "tfdr"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let regions = stack
        .region_pair(Region::UsEast1, Region::UsWest2)?
        .with_default_tags(&default_tags);
    for i in 0..k {
        let primary = regional_copy(i, &regions.primary);
        let dr = regional_copy(i, &regions.dr);
        let service = format!("svc{i:04}");
        // Primary → DR replication: the destination bucket and the replica key live in the
        // DR region, on purpose.
        regions.primary.child(&service).child("primary").add(
            "replication",
            S3BucketReplicationConfiguration::new(S3BucketReplicationConfigurationArgs {
                bucket: primary.bucket.id(),
                role: primary.role.arn(),
                rule: repl::Rule::new(
                    ReplicationStatus::Enabled,
                    repl::RuleDestination::new(dr.bucket.arn().cross_region())
                        .storage_class("STANDARD_IA")
                        .encryption_configuration(
                            repl::RuleDestinationEncryptionConfiguration::new(
                                dr.key.arn().cross_region(),
                            ),
                        ),
                )
                .id("to-dr")
                .priority(1)
                .delete_marker_replication(repl::RuleDeleteMarkerReplication::new(
                    ReplicationStatus::Enabled,
                ))
                .filter(repl::RuleFilter::new().prefix("")),
            }),
        );
        // The DR side records where its data comes from (a primary-region value).
        regions.dr.child(&service).child("dr").add(
            "source-bucket",
            SsmParameter::new(
                format!("/{service}/dr/source-bucket"),
                SsmParameterType::String,
            )
            .value(primary.bucket.arn().cross_region())
            .description(format!("{service}: the primary bucket replicating here")),
        );
        stack.root().output(
            &format!("{service}_primary_bucket"),
            primary.bucket.bucket(),
        );
    }
    Ok(stack)
}
