//! The transactions-dr reference stack (`../shared/requirements/transactions-dr.md`):
//! us-east-1 primary, us-west-2 DR, for a transaction processing application, built from
//! separate components per concern (the requirements' "separate modules for CloudWatch,
//! Route 53, S3 and the regional infrastructure"):
//!
//! - **regional infrastructure**: a VPC per region over 3 AZs with public and private
//!   subnets, NAT gateways for the functions' egress ([`Internet::Egress`]: per AZ in the
//!   primary, `dr_nat_gateways` in the DR region), interface endpoints (Secrets Manager,
//!   RDS, CloudWatch Logs and metrics, SNS, STS, EventBridge) and the S3/DynamoDB gateway
//!   endpoints, least-privilege security groups, flow logs; KMS keys per region.
//! - **database**: the Aurora MySQL global database with Serverless v2 (the primary's
//!   minimum at least AWS's 8 ACUs for a global primary, enforced at config load), a
//!   writer and readers spread over the 3 AZs, a secondary cluster in us-west-2, 7 days
//!   of automated backups plus daily AWS Backup recovery points copied to us-west-2
//!   (replication copies bad writes too), no public endpoint; the master secret in Secrets Manager (replicated,
//!   KMS) rotated by `modules/functions/rotation` through the RDS control plane (no
//!   database driver; [`crate::secret_rotation`]).
//! - **S3**: transaction logs and application data, each replicated to us-west-2 with
//!   versioning, Replication Time Control and storage-class tiering (STANDARD →
//!   STANDARD_IA → Glacier Instant Retrieval) with noncurrent expiry.
//! - **Route 53**: a health endpoint per region ([`HealthEndpoint`]: a function behind a
//!   regional API that checks the region's database path), failover alias records on
//!   the name `health.<zone>`, health checks at a 10 s interval × 3 failures = 30 s.
//! - **CloudWatch and failover**: alert topics, alarms (health checks, replication lag at
//!   the RPO (60 s, warning) and at 5 minutes (critical), S3 replication, the functions
//!   and APIs), a dashboard, a watcher per region probing the primary every minute
//!   ([`PrimaryWatch`]), and the EventBridge-coordinated failover
//!   ([`Trigger::Events`]): detect (the Route 53 alarm's state change, forwarded from
//!   us-east-1 to us-west-2's bus, or the DR watcher's event) → confirm (the failover
//!   function reads Route 53's checkers) → promote (switchover, or failover when the
//!   primary is gone and the data-loss policy allows) → what points at the database
//!   follows by itself (the global writer endpoint) → notify (both regions' topics).
//!
//! **Tags**: `Environment`, `CostCenter` and `DR-Role` (`primary` / `secondary` per
//! region), through [`DrContext::with_tags`].
//!
//! Where the requirements cannot hold as written are recorded with
//! [`Stack::note_deviation`] (see `tfdr report`).

mod config;

pub use config::TransactionsDrConfig;

use tfdr_dsl::{Error, Expr, Output, Stack};

use crate::alarms::{
    ApiAlarms, ApiAlarmsProps, AuroraLagAlarm, AuroraLagAlarmProps, BucketReplicationAlarms,
    BucketReplicationAlarmsProps, FunctionAlarms, FunctionAlarmsProps, HealthCheckAlarms,
    HealthCheckAlarmsProps, OpsFunctionAlarms, OpsFunctionAlarmsProps, PrimaryWatchAlarms,
    PrimaryWatchAlarmsProps, DEFAULT_API_ERROR_RATE, DEFAULT_API_LATENCY_P99,
    DEFAULT_FUNCTION_COUNT,
};
use crate::alerting::{AlertTopics, AlertTopicsProps, Subscription};
use crate::api_domain::{ApiDomain, ApiDomainProps};
use crate::apigw_account::{ApiGatewayAccount, ApiGatewayAccountProps};
use crate::aurora_global::{AuroraGlobal, AuroraGlobalOptions, AuroraGlobalProps, AuroraLayout};
use crate::backup::{Backups, BackupsProps};
use crate::context::{DrContext, PerRegion};
use crate::dashboard::{DrDashboard, DrDashboardProps};
use crate::dns_query_log::{DnsQueryLog, DnsQueryLogProps};
use crate::failover_automation::{
    EventTriggers, FailoverAutomation, FailoverAutomationProps, NotifyTopic, Trigger,
};
use crate::failover_dns::{FailoverDns, FailoverDnsProps};
use crate::health_endpoint::{HealthEndpoint, HealthEndpointProps, HEALTH_PATH};
use crate::hosted_zone::{HostedZone, HostedZoneProps};
use crate::kms::{KeyService, KmsKeys, KmsKeysProps};
use crate::lambda_function::Placement;
use crate::network::{
    InterfaceService, Internet, NatGateways, Network, NetworkOptions, NetworkProps,
};
use crate::primary_watch::{PrimaryWatch, PrimaryWatchProps};
use crate::regional_api::Throttle;
use crate::s3_access_logs::{AccessLogBuckets, AccessLogBucketsProps};
use crate::s3_replication::{ReplicatedBucket, ReplicatedBucketOptions, ReplicatedBucketProps};
use crate::secret_rotation::{SecretRotation, SecretRotationProps};
use crate::values::{AuroraEngine, ThresholdMs};

/// The stack name.
pub const STACK_NAME: &str = "transactions-dr";

/// The services the transactions keys grant (exactly those the stack uses).
pub const KEY_SERVICES: &[KeyService] = &[
    KeyService::Rds,
    KeyService::S3,
    KeyService::SecretsManager,
    KeyService::Sns,
    KeyService::CloudWatchLogs,
    KeyService::CloudWatchAlarms,
    KeyService::EventBridge,
    KeyService::Backup,
];

/// When AWS Backup runs: 06:00 UTC daily (the quietest hour of a US business day's
/// transaction volume, before the East Coast opens).
pub const BACKUP_SCHEDULE: &str = "cron(0 6 ? * * *)";

/// The AWS services the functions reach through interface endpoints in each region: the
/// rotation's Secrets Manager, the health checks' RDS and CloudWatch, the functions' logs,
/// the reports' SNS, STS for the SDKs' credentials, the watcher's events.
pub const INTERFACE_SERVICES: &[InterfaceService] = &[
    InterfaceService::SecretsManager,
    InterfaceService::Rds,
    InterfaceService::Logs,
    InterfaceService::Monitoring,
    InterfaceService::Sns,
    InterfaceService::Sts,
    InterfaceService::Events,
];

/// Builds the transactions-dr stack from its config. The stack policy (names, this
/// stack's tags, destroyability) is installed by [`DrContext::with_tags`] and runs when
/// the stack is synthesized.
///
/// # Errors
/// A cross-field rule of the config is broken (regions, VPC blocks, capacity, tags,
/// zone).
pub fn build(config: &TransactionsDrConfig) -> Result<Stack, Error> {
    config.validate()?;
    let stack = Stack::new(STACK_NAME);
    stack.set_objectives(tfdr_dsl::Objectives {
        rpo_seconds: Some(60),
        rto_seconds: Some(300),
        monthly_budget_usd: None,
    });
    record_deviations(&stack, config);
    let ctx = DrContext::with_tags(
        &stack,
        config.primary_region,
        config.dr_region,
        config.environment_suffix.clone(),
        config.tags()?,
    )?;
    let root = ctx.root();
    let keys = KmsKeys::new(
        &root,
        "kms",
        &KmsKeysProps {
            purpose: "transactions".into(),
            services: KEY_SERVICES.to_vec(),
        },
    );
    let network = Network::new_with(
        &root,
        "network",
        &NetworkProps {
            cidrs: config.vpc_cidrs()?,
            engine: AuroraEngine::Mysql,
            workload: "transactions".into(),
            keys: &keys,
            flow_log_retention: config.log_retention_days,
            internet: Internet::Egress(PerRegion {
                primary: NatGateways::PerAz,
                dr: config.dr_nat_gateways,
            }),
        },
        NetworkOptions {
            interface_endpoints: INTERFACE_SERVICES.to_vec(),
        },
    );
    let access_logs = AccessLogBuckets::new(
        &root,
        "access-logs",
        &AccessLogBucketsProps {
            name: "transactions-access-logs".into(),
            retention: config.access_log_retention_days,
            load_balancers: false,
        },
    );

    // The database: Aurora MySQL Serverless v2, writer + readers over the 3 AZs.
    let database = AuroraGlobal::new_with_layout(
        &root,
        "aurora",
        &AuroraGlobalProps {
            engine: AuroraEngine::Mysql,
            engine_version: config.aurora_engine_version.clone(),
            // Unused with Serverless v2 (every instance is db.serverless).
            instance_class: "db.r6g.large".parse()?,
            backup_retention: config.backup_retention_days,
            database_name: config.database_name.clone(),
            master_username: "transactions_admin".parse()?,
            network: &network,
            keys: &keys,
            log_retention: config.log_retention_days,
        },
        AuroraGlobalOptions {
            rotatable_secret: true,
            ..AuroraGlobalOptions::default()
        },
        AuroraLayout {
            capacity: config.capacity()?,
            primary_readers: config.aurora_primary_readers,
            spread_primary_across_azs: true,
            dr_instances: config.aurora_dr_instances,
        },
    );
    // Replication is not a backup: daily recovery points of the primary cluster, copied
    // into the DR region's vault.
    Backups::new(
        &root,
        "backup",
        &BackupsProps {
            name: "transactions".into(),
            keys: &keys,
            resources: vec![database.primary_cluster_arn.clone()],
            schedule: BACKUP_SCHEDULE.into(),
            retention: config.backup_retention_days_primary,
            copy_retention: config.backup_retention_days_dr,
        },
    );
    let rotation = SecretRotation::new(
        &root,
        "secret-rotation",
        &SecretRotationProps {
            database: &database,
            rotation_days: config.secret_rotation_days,
            placement: Placement::PrivateSubnets,
            network: &network,
            keys: &keys,
            access_logs: &access_logs,
            log_retention: config.log_retention_days,
            code_expiry: config.noncurrent_version_days,
        },
    );

    // S3: transaction logs and application data, replicated and tiered.
    let bucket = |id: &str, name: &str, tiering| {
        ReplicatedBucket::new_with(
            &root,
            id,
            &ReplicatedBucketProps {
                name: name.into(),
                keys: &keys,
                access_logs: &access_logs,
                noncurrent_version_expiry: config.noncurrent_version_days,
            },
            ReplicatedBucketOptions {
                tiering: Some(tiering),
            },
        )
    };
    let transaction_logs = bucket(
        "transaction-logs",
        "transactions-logs",
        config.transaction_log_tiering,
    );
    let app_data = bucket("app-data", "transactions-data", config.app_data_tiering);

    // Route 53: the health endpoint of each region and DNS failover on it.
    let api_account = ApiGatewayAccount::new(
        &root,
        "apigw-account",
        &ApiGatewayAccountProps {
            name: "transactions".into(),
        },
    );
    let health = HealthEndpoint::new(
        &root,
        "health",
        &HealthEndpointProps {
            name: "transactions-health".into(),
            database: &database,
            engine: AuroraEngine::Mysql,
            max_lag: config.lag_warning_seconds,
            network: &network,
            keys: &keys,
            access_logs: &access_logs,
            stage: config.api_stage.clone(),
            throttle: Throttle {
                rate: config.api_throttle_rate,
                burst: config.api_throttle_burst,
            },
            account: &api_account,
            log_retention: config.log_retention_days,
            code_expiry: config.noncurrent_version_days,
        },
    )?;
    let endpoints = health.api.endpoints();
    let zone = HostedZone::new(
        &root,
        "dns-zone",
        &HostedZoneProps {
            zone: config.zone()?,
        },
    );
    let domain = ApiDomain::new(
        &root,
        "api-domain",
        &ApiDomainProps {
            fqdn: config.api_domain_name()?,
            zone: &zone,
            endpoints: &endpoints,
        },
    );
    DnsQueryLog::new(
        &root,
        "dns-query-log",
        &DnsQueryLogProps {
            zone: &zone,
            keys: &keys,
            retention: config.log_retention_days,
        },
    );
    let failover = FailoverDns::new(
        &root,
        "failover-dns",
        &FailoverDnsProps {
            zone: &zone,
            domain: &domain,
            endpoints: &endpoints,
            health_path: HEALTH_PATH.into(),
            interval: config.health_check_interval_seconds,
            failure_threshold: config.health_check_failure_threshold,
        },
    );

    // CloudWatch: topics and alarms.
    let topics = AlertTopics::new(
        &root,
        "alerts",
        &AlertTopicsProps {
            name: "transactions-alerts".into(),
            keys: &keys,
            subscriptions: Subscription::all(&config.alert_emails, &config.alert_https_endpoints),
        },
    );
    let health_alarms = HealthCheckAlarms::new(
        &root,
        "health-alarms",
        &HealthCheckAlarmsProps {
            name: "transactions".into(),
            dns: &failover,
            topics: &topics,
        },
    );
    // Two lag thresholds: a warning at the RPO (60 s) and the requirement's 5-minute
    // critical alarm.
    let lag_alarm = |id: &str, name: &str, seconds: u32| -> Result<AuroraLagAlarm, Error> {
        Ok(AuroraLagAlarm::new(
            &root,
            id,
            &AuroraLagAlarmProps {
                name: name.into(),
                database: &database,
                topics: &topics,
                threshold: ThresholdMs::new(seconds.saturating_mul(1000))?,
            },
        ))
    };
    let lag_warning = lag_alarm(
        "aurora-lag-warning",
        "transactions-warning",
        config.lag_warning_seconds.get(),
    )?;
    let lag_critical = lag_alarm(
        "aurora-lag-critical",
        "transactions-critical",
        config.lag_critical_seconds.get(),
    )?;
    let bucket_alarms = |id: &str, name: &str, bucket: &ReplicatedBucket| {
        BucketReplicationAlarms::new(
            &root,
            id,
            &BucketReplicationAlarmsProps {
                name: name.into(),
                bucket,
                topics: &topics,
            },
        )
    };
    let log_alarms = bucket_alarms(
        "transaction-logs-replication-alarms",
        "transactions-logs",
        &transaction_logs,
    );
    let data_alarms = bucket_alarms(
        "app-data-replication-alarms",
        "transactions-data",
        &app_data,
    );
    let health_fn_alarms = FunctionAlarms::new(
        &root,
        "health-fn-alarms",
        &FunctionAlarmsProps {
            name: "transactions-health".into(),
            function: &health.function,
            topics: &topics,
            errors: DEFAULT_FUNCTION_COUNT,
            throttles: DEFAULT_FUNCTION_COUNT,
        },
    );
    let api_alarms = ApiAlarms::new(
        &root,
        "health-api-alarms",
        &ApiAlarmsProps {
            name: "transactions-health".into(),
            api: &health.api,
            topics: &topics,
            error_rate: DEFAULT_API_ERROR_RATE,
            latency_p99: DEFAULT_API_LATENCY_P99,
        },
    );

    // The watchers and the EventBridge-coordinated failover.
    let dr_placement = match config.dr_nat_gateways {
        NatGateways::None => Placement::LambdaNetwork,
        NatGateways::PerAz | NatGateways::Single => Placement::PrivateSubnets,
    };
    let watch = PrimaryWatch::new(
        &root,
        "primary-watch",
        &PrimaryWatchProps {
            name: "transactions-watch".into(),
            primary_health_url: health.health_urls.primary.clone(),
            database: &database,
            placement: dr_placement,
            network: &network,
            keys: &keys,
            access_logs: &access_logs,
            log_retention: config.log_retention_days,
            code_expiry: config.noncurrent_version_days,
        },
    );
    let watch_alarms = PrimaryWatchAlarms::new(
        &root,
        "primary-watch-alarms",
        &PrimaryWatchAlarmsProps {
            name: "transactions".into(),
            watch: &watch,
            topics: &topics,
        },
    );
    let automation = FailoverAutomation::new(
        &root,
        "failover-automation",
        &FailoverAutomationProps {
            name: "transactions-failover".into(),
            mode: config.failover_mode,
            data_loss: config.failover_data_loss,
            database: (&database).into(),
            primary_health_check_id: failover.health_check_ids.primary.clone(),
            trigger: Trigger::Events(EventTriggers {
                alarms: vec![&health_alarms.primary],
                watch_source: watch.event_source.clone(),
            }),
            standby: None,
            notify_topics: topics.topics.map(|side, topic| NotifyTopic {
                arn: topic.arn.clone(),
                key_arn: keys.get(side).arn.clone(),
            }),
            placement: dr_placement,
            network: &network,
            keys: &keys,
            access_logs: &access_logs,
            log_retention: config.log_retention_days,
            code_expiry: config.noncurrent_version_days,
        },
    );
    let ops = |id: &str, name: &str, function, runbook: &str| {
        OpsFunctionAlarms::new(
            &root,
            id,
            &OpsFunctionAlarmsProps {
                name: name.into(),
                function,
                topics: &topics,
                runbook: runbook.into(),
            },
        )
    };
    let failover_alarms = ops(
        "failover-automation-alarms",
        "transactions-failover",
        &automation.function,
        "If the primary region is down, the database may not have been moved: fail it over \
         by hand (README, transactions-dr runbook, drill step 3).",
    );
    let rotation_alarms = ops(
        "secret-rotation-alarms",
        "transactions-rotation",
        &rotation.function,
        "The master secret was not rotated: read the function's logs; AWSPENDING may differ \
         from the database until the rotation is retried (aws secretsmanager rotate-secret).",
    );
    let watch_function_alarms: Vec<OpsFunctionAlarms> = watch
        .functions
        .iter()
        .map(|(side, function)| {
            ops(
                &format!("primary-watch-fn-alarms-{}", side.alias()),
                &format!("transactions-watch-{}", side.alias()),
                function,
                "The primary is not being watched from this region: read the function's logs; \
                 Route 53's checks still decide DNS failover.",
            )
        })
        .collect();
    let mut ops_alarms = vec![&failover_alarms, &rotation_alarms];
    ops_alarms.extend(watch_function_alarms.iter());
    let dashboard = DrDashboard::new(
        &root,
        "dashboard",
        &DrDashboardProps {
            name: "transactions".into(),
            apis: vec![&api_alarms],
            functions: vec![&health_fn_alarms],
            health_checks: vec![&health_alarms],
            databases: vec![&lag_warning, &lag_critical],
            tables: vec![],
            buckets: vec![&log_alarms, &data_alarms],
            web: vec![],
            lag_monitors: vec![],
            ops: ops_alarms,
            watchers: vec![&watch_alarms],
        },
    );

    let out = stack.root();
    for (side, url) in health.health_urls.iter() {
        out.output_with(
            &format!("{}_health_url", side.alias()),
            Output::new(url.clone()).description(&format!(
                "The {} region's health endpoint (what its Route 53 check requests)",
                side.alias()
            )),
        );
    }
    for (side, id) in failover.health_check_ids.iter() {
        out.output_with(
            &format!("{}_health_check_id", side.alias()),
            Output::new(id.clone()).description(&format!(
                "Route 53 health check of the {} region",
                side.alias()
            )),
        );
    }
    out.output_with(
        "failover_url",
        Output::new(Expr::from(failover.failover_url.as_str())).description(
            "The failover name: the primary while its check passes, else the DR region",
        ),
    );
    out.output_with(
        "dashboard_url",
        Output::new(Expr::from(dashboard.url.as_str()))
            .description("CloudWatch dashboard of both regions"),
    );
    out.output_with(
        "aurora_global_writer_endpoint",
        Output::new(database.global_writer_endpoint.clone())
            .description("The global database's writer endpoint: follows the writer through a switchover or failover"),
    );
    out.output_with(
        "aurora_primary_endpoint",
        Output::new(database.primary_endpoint.clone())
            .description("Aurora writer endpoint of the primary cluster"),
    );
    out.output_with(
        "aurora_dr_endpoint",
        Output::new(database.dr_endpoint.clone())
            .description("Aurora endpoint of the secondary cluster (read-only until promoted)"),
    );
    out.output_with(
        "aurora_secret_arn",
        Output::new(database.secret_arn.clone())
            .description("Master credentials (rotated; replicated to the DR region)"),
    );
    for (name, bucket) in [
        ("transaction_logs", &transaction_logs),
        ("app_data", &app_data),
    ] {
        out.output_with(
            &format!("{name}_bucket_primary"),
            Output::new(bucket.primary_bucket.clone())
                .description("Primary bucket (replicated to the DR region)"),
        );
        out.output_with(
            &format!("{name}_bucket_dr"),
            Output::new(bucket.dr_bucket.clone()).description("DR replica bucket"),
        );
    }
    for (side, topic) in topics.topics.iter() {
        out.output_with(
            &format!("{}_alert_topic_arn", side.alias()),
            Output::new(topic.arn.clone()).description(&format!(
                "SNS topic of the {} region's alarms and failover reports",
                side.alias()
            )),
        );
    }
    if let Some(ns) = &zone.name_servers {
        out.output_with(
            "dns_zone_name_servers",
            Output::new(ns.clone())
                .description("Name servers of the created zone: delegate the zone to them"),
        );
    }
    Ok(stack)
}

/// The requirements that cannot hold as written on AWS, recorded for `tfdr report`.
fn record_deviations(stack: &Stack, config: &TransactionsDrConfig) {
    stack.note_deviation(
        "Monitoring replication lag with alert threshold of 5 minutes",
        "the same document demands RPO <= 1 minute, which a 5-minute alert cannot protect: the stack alarms at both thresholds on AuroraGlobalDBReplicationLag (warning at lag_warning_seconds = the RPO, critical at lag_critical_seconds = 5 minutes)",
    );
    stack.note_deviation(
        "Health checks for primary and secondary endpoints",
        "the requirements name no endpoint: each region gets a health endpoint (a function behind a regional REST API, GET /health) that answers 200 only when the region's Aurora cluster is available and accepts a TCP connection from the application's subnets; the replication lag is reported in its body but never fails it (Route 53 answers with the primary when both regions are unhealthy)",
    );
    stack.note_deviation(
        "S3 buckets with cross-region replication (transaction logs replicated continuously, RPO 1 minute)",
        "S3 Replication Time Control is on (99.99% of objects within 15 minutes, its SLA; most in seconds); no S3 setting guarantees under one minute, so data that needs the 1-minute RPO belongs in the Aurora global database",
    );
    stack.note_deviation(
        "Route 53 health check status updates (failover automation)",
        "the failover function reads Route 53's checkers to confirm an outage and never edits or inverts a health check: Route 53 updates the status itself, and an automatic inversion could keep traffic on a dead region; operators can invert a check by hand",
    );
    stack.note_deviation(
        "Failover trigger within 60 seconds of failure detection",
        "Route 53 declares the primary unhealthy after interval x threshold (10 s x 3 = 30 s by default) and switches DNS at once; the database switchover starts when the forwarded alarm or the DR watcher's event reaches the failover function (seconds to one minute later: the alarm evaluates one-minute periods of HealthCheckStatus)",
    );
    if config.uses_placeholder_zone() {
        stack.note_deviation(
            "Route 53 hosted zone with health-based failover routing policy",
            "no dns_zone_name is configured, so the stack creates the placeholder zone transactions-<suffix>.example.net: enough for an emulator, but Route 53 rejects example.net names on AWS and ACM could not validate the certificates; set dns_zone_name to a domain you control (or dns_existing_zone_id)",
        );
    } else if config.dns_existing_zone_id.is_none() {
        stack.note_deviation(
            "Route 53 hosted zone with health-based failover routing policy",
            "the stack creates the hosted zone, and ACM validates the certificates through it only once the parent domain delegates to it: apply the zone first (terraform apply -target on the dns-zone resource), add its name servers (output dns_zone_name_servers) at the parent, then apply the rest",
        );
    }
}
