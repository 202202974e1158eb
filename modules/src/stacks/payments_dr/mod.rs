//! The payments-dr reference stack (`../shared/requirements/payments-dr.md`): us-east-1
//! primary, us-east-2 DR, for a payment processing system.
//!
//! Built so far:
//! - **data tier**: network, KMS, the Aurora PostgreSQL global database, S3 cross-region
//!   replication and the DynamoDB global session table, with the security baseline of the
//!   components (flow logs, emptied default security group, access logs, lifecycle rules,
//!   IAM database auth, exported and encrypted database logs, enhanced monitoring,
//!   Performance Insights) and AWS Backup;
//! - **compute and traffic tier**: the payment service (`modules/functions/payments`,
//!   packaged at synth) as a Lambda function per region in the private subnets, a
//!   regional REST API per region (`POST /payments` with AWS_IAM, `GET /health` open for
//!   Route 53), the same custom domain `api.<zone>` on both, certificates validated
//!   through one Route 53 record, failover alias records and a health check per region's
//!   own endpoint, and the failover operator role (see [`crate::operator_role`]).
//!
//! - **operations**: alert topics in both regions, alarms (health checks in us-east-1,
//!   Aurora lag on the secondary, DynamoDB and S3 replication, functions and APIs per
//!   region), one dashboard of both regions, DNS query logs, and automated database
//!   failover (`failover_automation`: the primary's health alarm triggers a function in
//!   the DR region that switches or fails the global database over).
//!
//! **Detection and switch time.** With the defaults (30 s interval, 3 failures) Route 53
//! declares the primary unhealthy about 90 s after it stops answering `/health`
//! (interval × threshold; checkers in many locations vote, each allowing 4 s to connect
//! and 2 s to answer), then answers with the DR region; resolvers holding the old answer
//! keep it for the alias target's TTL (AWS publishes none for API Gateway domains; tfdr
//! assumes 60 s). That is ≈ 150 s of the 300 s RTO, leaving ≈ 150 s for the database:
//! promoting the Aurora secondary takes under a minute once started. A 10 s interval
//! (`health_check_interval_seconds`) brings detection to ≈ 30 s. `tfdr report` computes
//! the same figures from the synthesized JSON, with their sources.
//!
//! **Backups are not replication.** Aurora Global Database, DynamoDB global tables and S3
//! replication copy every write to the DR region within seconds — including a bad write, a
//! dropped table or an encrypted-by-ransomware object. Only a copy taken before the damage
//! brings the data back, so AWS Backup takes daily recovery points of the primary Aurora
//! cluster and the session table (05:00 UTC), keeps them in the primary region's vault and
//! copies each into the DR region's vault (retentions `backup_retention_days_primary` and
//! `backup_retention_days_dr`, 35 days by default), both vaults encrypted with their
//! region's key and destroyable with the stack. The S3 buckets keep noncurrent versions for
//! `noncurrent_version_days` (30) so an overwrite or delete can be undone.
//!
//! Where the requirements cannot be met as written on AWS:
//! - **RPO < 1 minute for S3.** S3 Replication Time Control replicates 99.99% of objects
//!   within 15 minutes (its SLA); most objects replicate in seconds, but no S3 setting
//!   guarantees under one minute. The stack enables RTC with its 15-minute metrics so lag is
//!   visible; Aurora Global Database (typically < 1 s lag) and DynamoDB global tables
//!   (typically < 1 s) carry the data that needs the sub-minute RPO.
//! - **Custom domains.** ACM issues a public certificate only for a domain whose zone
//!   resolves publicly. Without `dns_zone_name` the stack uses the placeholder zone
//!   `payments-<suffix>.example.net` (emulator only: Route 53 rejects it on AWS); with a
//!   created zone, delegate it before the certificates can validate
//!   (`docs/payments-dr-operations.md`). Both are recorded with
//!   [`Stack::note_deviation`] so `tfdr report` lists them.

mod config;

pub use config::PaymentsDrConfig;

use tfdr_dsl::{Error, Output, Stack};

use std::collections::BTreeMap;

use tfdr_dsl::aws::enums::{ApiHttpMethod, LambdaRuntime};

use crate::alarms::{
    ApiAlarms, ApiAlarmsProps, AuroraLagAlarm, AuroraLagAlarmProps, BucketReplicationAlarms,
    BucketReplicationAlarmsProps, FunctionAlarms, FunctionAlarmsProps, HealthCheckAlarms,
    HealthCheckAlarmsProps, OpsFunctionAlarms, OpsFunctionAlarmsProps, TableReplicationAlarm,
    TableReplicationAlarmProps, DEFAULT_API_ERROR_RATE, DEFAULT_API_LATENCY_P99,
    DEFAULT_FUNCTION_COUNT, DEFAULT_TABLE_LATENCY,
};
use crate::alerting::{AlertTopics, AlertTopicsProps, Subscription};
use crate::api_domain::{ApiDomain, ApiDomainProps};
use crate::apigw_account::{ApiGatewayAccount, ApiGatewayAccountProps};
use crate::aurora_global::{AuroraGlobal, AuroraGlobalProps};
use crate::backup::{Backups, BackupsProps};
use crate::context::DrContext;
use crate::context::PerRegion;
use crate::dashboard::{DrDashboard, DrDashboardProps};
use crate::dns_query_log::{DnsQueryLog, DnsQueryLogProps};
use crate::dynamodb_global::{GlobalTable, GlobalTableProps};
use crate::failover_automation::{
    FailoverAutomation, FailoverAutomationProps, NotifyTopic, TriggerTopic,
};
use crate::failover_dns::{FailoverDns, FailoverDnsProps};
use crate::hosted_zone::{HostedZone, HostedZoneProps};
use crate::kms::{KeyService, KmsKeys, KmsKeysProps};
use crate::lambda_function::{Function, FunctionProps, Placement};
use crate::lambda_package::{payments_zip, PAYMENTS_HANDLER};
use crate::network::{Network, NetworkProps};
use crate::operator_role::{FailoverTargets, OperatorRole, OperatorRoleProps};
use crate::regional_api::{RegionalApi, RegionalApiProps, Route, RouteAuthorization, Throttle};
use crate::s3_access_logs::{AccessLogBuckets, AccessLogBucketsProps};
use crate::s3_replication::{ReplicatedBucket, ReplicatedBucketProps};
use crate::values::AuroraEngine;

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
    KeyService::Backup,
    KeyService::EventBridge,
];

/// The DynamoDB actions the payment function needs on its region's replica: the
/// conditional put of a payment and the reads of a replay and of the health probe.
pub const PAYMENTS_TABLE_ACTIONS: [&str; 2] = ["dynamodb:GetItem", "dynamodb:PutItem"];

/// The route Route 53 probes in each region.
pub const HEALTH_PATH: &str = "/health";

/// When AWS Backup runs: 05:00 UTC daily (after the nightly batch, before business hours
/// in the Americas).
pub const BACKUP_SCHEDULE: &str = "cron(0 5 ? * * *)";

/// Builds the payments-dr stack from its config. The stack policy (names, tags,
/// destroyability) is installed by [`DrContext::new`] and runs when the stack is
/// synthesized.
///
/// # Errors
/// A cross-field rule of the config is broken (regions, VPC blocks).
pub fn build(config: &PaymentsDrConfig) -> Result<Stack, Error> {
    config.validate()?;
    let stack = Stack::new(STACK_NAME);
    // The requirements' objectives (RPO < 1 min, RTO < 5 min, $5000/month), recorded in
    // the JSON for `report`.
    stack.set_objectives(tfdr_dsl::Objectives {
        rpo_seconds: Some(60),
        rto_seconds: Some(300),
        monthly_budget_usd: Some(5000),
    });
    stack.note_deviation(
        "S3 cross-region replication with RPO under 1 minute",
        "S3 Replication Time Control is on (99.99% of objects within 15 minutes, its SLA; most in seconds); no S3 setting guarantees under one minute, so the data that needs the sub-minute RPO lives in Aurora Global Database and the DynamoDB global table",
    );
    if config.uses_placeholder_zone() {
        stack.note_deviation(
            "Custom domain names for each regional API endpoint",
            "no dns_zone_name is configured, so the stack creates the placeholder zone payments-<suffix>.example.net: enough for an emulator, but Route 53 rejects example.net names on AWS and ACM could not validate them; set dns_zone_name to a domain you control (or dns_existing_zone_id)",
        );
    } else if config.dns_existing_zone_id.is_none() {
        stack.note_deviation(
            "Custom domain names for each regional API endpoint",
            "the stack creates the hosted zone, and ACM validates the certificates through it only once the parent domain delegates to it: apply the zone first (terraform apply -target on the dns-zone resource), add its name servers (output dns_zone_name_servers) at the parent, then apply the rest",
        );
    }
    let ctx = DrContext::new(
        &stack,
        config.primary_region,
        config.dr_region,
        config.environment_suffix.clone(),
    )?;
    let root = ctx.root();
    let keys = KmsKeys::new(
        &root,
        "kms",
        &KmsKeysProps {
            purpose: "payments".into(),
            services: KEY_SERVICES.to_vec(),
        },
    );
    let network = Network::new(
        &root,
        "network",
        &NetworkProps {
            cidrs: config.vpc_cidrs()?,
            engine: AuroraEngine::Postgresql,
            workload: "payments".into(),
            keys: &keys,
            flow_log_retention: config.log_retention_days,
            internet: crate::network::Internet::None,
        },
    );
    let access_logs = AccessLogBuckets::new(
        &root,
        "access-logs",
        &AccessLogBucketsProps {
            name: "payments-access-logs".into(),
            retention: config.access_log_retention_days,
            load_balancers: false,
        },
    );
    let database = AuroraGlobal::new(
        &root,
        "aurora",
        &AuroraGlobalProps {
            engine: AuroraEngine::Postgresql,
            engine_version: config.aurora_engine_version.clone(),
            instance_class: config.aurora_instance_class.clone(),
            backup_retention: config.backup_retention_days,
            database_name: config.database_name.clone(),
            master_username: "payments_admin".parse()?,
            network: &network,
            keys: &keys,
            log_retention: config.log_retention_days,
        },
    );
    let audit = ReplicatedBucket::new(
        &root,
        "audit",
        &ReplicatedBucketProps {
            name: "payments-audit".into(),
            keys: &keys,
            access_logs: &access_logs,
            noncurrent_version_expiry: config.noncurrent_version_days,
        },
    );
    let sessions = GlobalTable::new(
        &root,
        "sessions",
        &GlobalTableProps {
            name: "payments-sessions".into(),
            partition_key: "session_id".parse()?,
            keys: &keys,
        },
    );
    // Replication is not a backup: daily recovery points of the database and the session
    // table, copied into the DR region's vault.
    Backups::new(
        &root,
        "backup",
        &BackupsProps {
            name: "payments".into(),
            keys: &keys,
            resources: vec![database.primary_cluster_arn.clone(), sessions.arn.clone()],
            schedule: BACKUP_SCHEDULE.into(),
            retention: config.backup_retention_days_primary,
            copy_retention: config.backup_retention_days_dr,
        },
    );

    // The payment service: the same function and API in both regions, each using its own
    // region's replica of the session table.
    let package = payments_zip();
    let function = Function::new(
        &root,
        "payments-fn",
        &FunctionProps {
            name: "payments".into(),
            description: "Payment service: POST /payments, GET /health".into(),
            package: &package,
            handler: PAYMENTS_HANDLER.into(),
            runtime: LambdaRuntime::Python312,
            memory: config.function_memory_mb,
            timeout: config.function_timeout_seconds,
            reserved_concurrency: config.function_reserved_concurrency,
            network: &network,
            keys: &keys,
            access_logs: &access_logs,
            log_retention: config.log_retention_days,
            code_expiry: config.noncurrent_version_days,
            environment: PerRegion::from_fn(|_| {
                BTreeMap::from([("TABLE_NAME".to_string(), sessions.name.as_str().into())])
            }),
            grants: PerRegion::from_fn(|side| {
                vec![sessions.item_access(&ctx, side, &PAYMENTS_TABLE_ACTIONS)]
            }),
        },
    );
    let api_account = ApiGatewayAccount::new(
        &root,
        "apigw-account",
        &ApiGatewayAccountProps {
            name: "payments".into(),
        },
    );
    let api = RegionalApi::new(
        &root,
        "api",
        &RegionalApiProps {
            name: "payments".into(),
            description: "Payment service (regional; DNS failover picks the region)".into(),
            function: &function,
            routes: vec![
                Route {
                    method: ApiHttpMethod::Post,
                    path: "/payments".parse()?,
                    authorization: RouteAuthorization::Iam,
                },
                Route {
                    method: ApiHttpMethod::Get,
                    path: HEALTH_PATH.parse()?,
                    authorization: RouteAuthorization::Open,
                },
            ],
            stage: config.api_stage.clone(),
            throttle: Throttle {
                rate: config.api_throttle_rate,
                burst: config.api_throttle_burst,
            },
            keys: &keys,
            log_retention: config.log_retention_days,
            account: &api_account,
        },
    );

    // DNS failover: one name for the API, served by a regional custom domain in each
    // region; Route 53 answers with the primary while its own endpoint is healthy.
    let endpoints = api.endpoints();
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

    let operator = OperatorRole::new(
        &root,
        "operator",
        &OperatorRoleProps {
            name: "payments-failover".into(),
            functions: &function,
            on_call: config.on_call()?,
            targets: FailoverTargets {
                global_cluster_arn: Some(database.global_cluster_arn.clone()),
                cluster_arns: vec![
                    database.primary_cluster_arn.clone(),
                    database.dr_cluster_arn.clone(),
                ],
                health_check_ids: vec![
                    failover.health_check_ids.primary.clone(),
                    failover.health_check_ids.dr.clone(),
                ],
            },
        },
    );

    // Alerting: a topic per region (and the Route 53 health alarms in us-east-1, where
    // their metrics are), alarms with actions on every replication path and per region,
    // and one dashboard of both regions.
    let topics = AlertTopics::new(
        &root,
        "alerts",
        &AlertTopicsProps {
            name: "payments-alerts".into(),
            keys: &keys,
            subscriptions: Subscription::all(&config.alert_emails, &config.alert_https_endpoints),
        },
    );
    let health_alarms = HealthCheckAlarms::new(
        &root,
        "health-alarms",
        &HealthCheckAlarmsProps {
            name: "payments".into(),
            dns: &failover,
            topics: &topics,
        },
    );
    let lag_alarm = AuroraLagAlarm::new(
        &root,
        "aurora-lag-alarm",
        &AuroraLagAlarmProps {
            name: "payments".into(),
            database: &database,
            topics: &topics,
            threshold: config.aurora_lag_alarm_ms,
        },
    );
    let table_alarm = TableReplicationAlarm::new(
        &root,
        "sessions-replication-alarm",
        &TableReplicationAlarmProps {
            name: "payments-sessions".into(),
            table: &sessions,
            topics: &topics,
            threshold: DEFAULT_TABLE_LATENCY,
        },
    );
    let bucket_alarms = BucketReplicationAlarms::new(
        &root,
        "audit-replication-alarms",
        &BucketReplicationAlarmsProps {
            name: "payments-audit".into(),
            bucket: &audit,
            topics: &topics,
        },
    );
    let function_alarms = FunctionAlarms::new(
        &root,
        "payments-fn-alarms",
        &FunctionAlarmsProps {
            name: "payments".into(),
            function: &function,
            topics: &topics,
            errors: DEFAULT_FUNCTION_COUNT,
            throttles: DEFAULT_FUNCTION_COUNT,
        },
    );
    let api_alarms = ApiAlarms::new(
        &root,
        "api-alarms",
        &ApiAlarmsProps {
            name: "payments".into(),
            api: &api,
            topics: &topics,
            error_rate: DEFAULT_API_ERROR_RATE,
            latency_p99: DEFAULT_API_LATENCY_P99,
        },
    );
    // Automated database failover: the primary's health alarm (us-east-1) → its topic →
    // the failover function in the DR region (see failover_automation for the decisions).
    // Outside the VPC: it calls RDS in both regions and Route 53, which the private
    // network (gateway endpoints only, no NAT) cannot reach.
    let automation = FailoverAutomation::new(
        &root,
        "failover-automation",
        &FailoverAutomationProps {
            name: "payments-db-failover".into(),
            mode: config.failover_mode,
            data_loss: config.failover_data_loss,
            database: (&database).into(),
            primary_health_check_id: failover.health_check_ids.primary.clone(),
            trigger: crate::failover_automation::Trigger::Topic(TriggerTopic {
                topic: &topics.us_east_1,
                alarm_names: vec![health_alarms.primary.name.clone()],
            }),
            standby: None,
            notify_topics: topics.topics.map(|side, topic| NotifyTopic {
                arn: topic.arn.clone(),
                key_arn: keys.get(side).arn.clone(),
            }),
            placement: Placement::LambdaNetwork,
            network: &network,
            keys: &keys,
            access_logs: &access_logs,
            log_retention: config.log_retention_days,
            code_expiry: config.noncurrent_version_days,
        },
    );
    // The failover function runs rarely and matters when it does: any error or any event
    // left after Lambda's retries pages the DR region's topic.
    let failover_alarms = OpsFunctionAlarms::new(
        &root,
        "failover-automation-alarms",
        &OpsFunctionAlarmsProps {
            name: "payments-db-failover".into(),
            function: &automation.function,
            topics: &topics,
            runbook: "If the primary region is down, the database has not been moved: promote \
                      the DR cluster by hand (docs/payments-dr-operations.md, game day step 3)."
                .into(),
        },
    );
    let dashboard = DrDashboard::new(
        &root,
        "dashboard",
        &DrDashboardProps {
            name: "payments".into(),
            apis: vec![&api_alarms],
            functions: vec![&function_alarms],
            health_checks: vec![&health_alarms],
            databases: vec![&lag_alarm],
            tables: vec![&table_alarm],
            buckets: vec![&bucket_alarms],
            web: vec![],
            lag_monitors: vec![],
            ops: vec![&failover_alarms],
            watchers: vec![],
        },
    );

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
    for (side, f) in function.iter() {
        out.output_with(
            &format!("{}_function_name", side.alias()),
            Output::new(tfdr_dsl::Expr::from(f.name.as_str()))
                .description(&format!("Payment function ({})", side.alias())),
        );
    }
    for (side, a) in api.iter() {
        out.output_with(
            &format!("{}_api_url", side.alias()),
            Output::new(a.invoke_url.clone()).description(&format!(
                "Regional API URL on the API's own endpoint ({})",
                side.alias()
            )),
        );
    }
    out.output_with(
        "failover_url",
        Output::new(tfdr_dsl::Expr::from(failover.failover_url.as_str())).description(
            "The API's one name: Route 53 sends it to the primary region while the primary's /health passes, else to the DR region",
        ),
    );
    for (side, id) in failover.health_check_ids.iter() {
        out.output_with(
            &format!("{}_health_check_id", side.alias()),
            Output::new(id.clone()).description(&format!(
                "Route 53 health check of the {} region's own endpoint",
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
    out.output_with(
        "dashboard_url",
        Output::new(tfdr_dsl::Expr::from(dashboard.url.as_str()))
            .description("CloudWatch dashboard of both regions"),
    );
    for (side, topic) in topics.topics.iter() {
        out.output_with(
            &format!("{}_alert_topic_arn", side.alias()),
            Output::new(topic.arn.clone()).description(&format!(
                "SNS topic of the {} region's alarms",
                side.alias()
            )),
        );
    }
    out.output_with(
        "operator_role_arn",
        Output::new(operator.arn.clone())
            .description("Failover operator role (both regions; see docs/payments-dr.md)"),
    );
    out.output_with(
        "session_table",
        Output::new(sessions.name.clone()).description("DynamoDB global table for sessions"),
    );

    Ok(stack)
}
