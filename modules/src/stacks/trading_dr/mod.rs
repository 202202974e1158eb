//! The trading-dr reference stack (`../shared/requirements/trading-dr.md`): eu-central-1
//! primary, eu-central-2 standby, for a trading platform served by EC2 instances behind an
//! Application Load Balancer in each region.
//!
//! - **network**: a VPC per region over 3 AZs with public and private subnets, an
//!   internet gateway, a NAT gateway per AZ in the primary and `standby_nat_gateways`
//!   (default one) in the standby, flow logs, least-privilege security groups.
//! - **application tier** ([`WebTier`]): an internet-facing ALB per region (HTTPS with a
//!   per-region ACM certificate, TLS 1.2+, HTTP → HTTPS, access logs), a launch template
//!   (IMDSv2 only, KMS-encrypted EBS, no public IP, the three tags on instances and
//!   volumes), an Auto Scaling group in the private subnets. The standby runs at its
//!   minimum.
//! - **data**: the Aurora PostgreSQL global database across both regions (with the Data
//!   API for the lag monitor), S3 replication of the artifact and configuration bucket,
//!   and daily AWS Backup recovery points copied into the standby's vault (replication
//!   copies bad writes too).
//! - **failover**: Route 53 `HTTPS_STR_MATCH` checks on each region's own load balancer
//!   (the app answers the string only when it reaches its database), failover aliases
//!   to the two load balancers; the failover function in the standby region polls Route
//!   53's verdict every minute and, when the primary is down, scales the standby out to
//!   the primary's size and switches (or fails) the database over.
//! - **operations**: alert topics in both regions and in us-east-1 (the third provider:
//!   Route 53 health-check metrics exist only there), alarms (health checks, Aurora lag,
//!   the 30-second lag monitor, S3 replication, the web tier, the operations functions),
//!   one dashboard, DNS query logs.
//!
//! **eu-central-2 is an opt-in region**: an account must enable it before the first
//! apply, or every call there fails with an authorization error. It also decides how the
//! standby learns of a primary outage: SNS does not deliver from us-east-1 (where the
//! health alarms are) to a Lambda function in an opt-in region, so the failover function
//! polls (see [`crate::failover_automation`]).
//!
//! **Recovery time** (defaults): Route 53 declares the primary unhealthy after 10 s × 3 =
//! 30 s and answers with the standby's load balancer; resolvers follow within the ALB
//! name's 60 s TTL. The failover function sees the verdict at its next poll (≤ 60 s) and
//! starts the database switchover (≈ 60 s) and the standby's scale-out in parallel. The
//! standby serves at its minimum as soon as DNS switches; full capacity adds instance
//! launch and warm-up (`instance_warmup_seconds`), which can exceed the 5 minutes — a
//! recorded deviation, with the cost of removing it (a standby minimum at the primary's
//! size) in `tfdr report`'s savings line.
//!
//! **Replication lag every 30 s**: EventBridge schedules run at most once a minute, so the
//! lag monitor ([`crate::lag_monitor`]) runs every minute in the standby region and
//! samples twice, 30 s apart, publishing a high-resolution metric its alarm watches.
//!
//! Where the requirements cannot hold as written are recorded with
//! [`Stack::note_deviation`] (see `tfdr report`): S3's sub-minute RPO, 99.99 % uptime as a
//! property of infrastructure alone, "encrypted in transit using KMS" (TLS), full standby
//! capacity within the RTO, and the placeholder zone.

mod config;

pub use config::TradingDrConfig;

use tfdr_dsl::{Error, Expr, Output, Stack};

use crate::alarms::{
    AuroraLagAlarm, AuroraLagAlarmProps, BucketReplicationAlarms, BucketReplicationAlarmsProps,
    HealthCheckAlarms, HealthCheckAlarmsProps, OpsFunctionAlarms, OpsFunctionAlarmsProps,
    WebAlarms, WebAlarmsProps, DEFAULT_WEB_5XX_COUNT, DEFAULT_WEB_LATENCY_P99,
};
use crate::alerting::{AlertTopics, AlertTopicsProps, Subscription};
use crate::aurora_global::{AuroraGlobal, AuroraGlobalOptions, AuroraGlobalProps};
use crate::backup::{Backups, BackupsProps};
use crate::certificate::{Certificates, CertificatesProps};
use crate::context::{DrContext, PerRegion};
use crate::dashboard::{DrDashboard, DrDashboardProps};
use crate::dns_query_log::{DnsQueryLog, DnsQueryLogProps};
use crate::failover_automation::{
    FailoverAutomation, FailoverAutomationProps, NotifyTopic, Trigger,
};
use crate::failover_dns::{health_check_urls, FailoverDns, LoadBalancerFailoverProps};
use crate::hosted_zone::{HostedZone, HostedZoneProps};
use crate::kms::{KeyService, KmsKeys, KmsKeysProps};
use crate::lag_monitor::{LagMonitor, LagMonitorProps};
use crate::lambda_function::Placement;
use crate::network::{Internet, InternetEdge, NatGateways, Network, NetworkProps};
use crate::s3_access_logs::{AccessLogBuckets, AccessLogBucketsProps};
use crate::s3_replication::{ReplicatedBucket, ReplicatedBucketProps};
use crate::values::AuroraEngine;
use crate::web_tier::{LoadTarget, TlsPolicy, WebTier, WebTierProps};

/// The stack name.
pub const STACK_NAME: &str = "trading-dr";

/// The services the trading keys grant (exactly those the stack uses).
pub const KEY_SERVICES: &[KeyService] = &[
    KeyService::Rds,
    KeyService::S3,
    KeyService::SecretsManager,
    KeyService::Sns,
    KeyService::CloudWatchLogs,
    KeyService::CloudWatchAlarms,
    KeyService::EventBridge,
    KeyService::Ebs,
    KeyService::Backup,
];

/// When AWS Backup runs: 03:00 UTC daily (after the European trading day's batch, before
/// the markets open).
pub const BACKUP_SCHEDULE: &str = "cron(0 3 ? * * *)";

/// The app's deep health route: what Route 53 checks for the trading string.
pub const HEALTH_PATH: &str = "/health";

/// The app's liveness route: what the load balancers (and so Auto Scaling) check.
pub const LIVENESS_PATH: &str = "/live";

/// Builds the trading-dr stack from its config. The stack policy (names, tags,
/// destroyability) is installed by [`DrContext::new`] and runs when the stack is
/// synthesized.
///
/// # Errors
/// A cross-field rule of the config is broken (regions, VPC blocks, zone).
pub fn build(config: &TradingDrConfig) -> Result<Stack, Error> {
    config.validate()?;
    let stack = Stack::new(STACK_NAME);
    stack.set_objectives(tfdr_dsl::Objectives {
        rpo_seconds: Some(60),
        rto_seconds: Some(300),
        monthly_budget_usd: None,
    });
    record_deviations(&stack, config);
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
            purpose: "trading".into(),
            services: KEY_SERVICES.to_vec(),
        },
    );
    let network = Network::new(
        &root,
        "network",
        &NetworkProps {
            cidrs: config.vpc_cidrs()?,
            engine: AuroraEngine::Postgresql,
            workload: "trading".into(),
            keys: &keys,
            flow_log_retention: config.log_retention_days,
            internet: Internet::Edge(InternetEdge {
                nat_gateways: PerRegion {
                    primary: NatGateways::PerAz,
                    dr: config.standby_nat_gateways,
                },
                app_port: config.app_port,
            }),
        },
    );
    let access_logs = AccessLogBuckets::new(
        &root,
        "access-logs",
        &AccessLogBucketsProps {
            name: "trading-access-logs".into(),
            retention: config.access_log_retention_days,
            load_balancers: true,
        },
    );
    // The Data API on the primary lets the lag monitor read the replication lag every 30 s
    // (see crate::lag_monitor).
    let database = AuroraGlobal::new_with(
        &root,
        "aurora",
        &AuroraGlobalProps {
            engine: AuroraEngine::Postgresql,
            engine_version: config.aurora_engine_version.clone(),
            instance_class: config.aurora_instance_class.clone(),
            backup_retention: config.backup_retention_days,
            database_name: config.database_name.clone(),
            master_username: "trading_admin".parse()?,
            network: &network,
            keys: &keys,
            log_retention: config.log_retention_days,
        },
        AuroraGlobalOptions {
            data_api: true,
            ..AuroraGlobalOptions::default()
        },
    );
    let artifacts = ReplicatedBucket::new(
        &root,
        "artifacts",
        &ReplicatedBucketProps {
            name: "trading-artifacts".into(),
            keys: &keys,
            access_logs: &access_logs,
            noncurrent_version_expiry: config.noncurrent_version_days,
        },
    );

    // Replication is not a backup: daily recovery points of the primary cluster, copied
    // into the standby region's vault.
    Backups::new(
        &root,
        "backup",
        &BackupsProps {
            name: "trading".into(),
            keys: &keys,
            resources: vec![database.primary_cluster_arn.clone()],
            schedule: BACKUP_SCHEDULE.into(),
            retention: config.backup_retention_days_primary,
            copy_retention: config.backup_retention_days_dr,
        },
    );

    // The name clients use, its zone and a certificate for it in each region.
    let fqdn = config.app_domain_name()?;
    let zone = HostedZone::new(
        &root,
        "dns-zone",
        &HostedZoneProps {
            zone: config.zone()?,
        },
    );
    let certificates = Certificates::new(
        &root,
        "certificate",
        &CertificatesProps {
            fqdn: fqdn.clone(),
            zone: &zone,
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

    // The application tier: each region's instances check their own region's cluster
    // endpoint (the writer in the primary, the secondary's in the standby).
    let database_endpoints = PerRegion {
        primary: database.primary_endpoint.clone(),
        dr: database.dr_endpoint.clone(),
    };
    let certificate_arns = certificates.arns();
    let web = WebTier::new(
        &root,
        "web",
        &WebTierProps {
            name: "trading".into(),
            network: &network,
            access_logs: &access_logs,
            keys: &keys,
            certificate_arns: &certificate_arns,
            database_endpoints: &database_endpoints,
            database_engine: AuroraEngine::Postgresql,
            instance_type: config.instance_type.clone(),
            capacity: config.capacity,
            warmup: config.instance_warmup_seconds,
            grace_period: config.health_check_grace_seconds,
            health_path: HEALTH_PATH.parse()?,
            liveness_path: LIVENESS_PATH.parse()?,
            tls_policy: TlsPolicy::default(),
            load_target: LoadTarget::RequestsPerTarget(config.requests_per_instance),
            standby_traffic_threshold: config.standby_traffic_threshold,
            instance_refresh: Some(config.instance_refresh_min_healthy_percent),
        },
    );
    let failover = FailoverDns::for_load_balancers(
        &root,
        "failover-dns",
        &LoadBalancerFailoverProps {
            zone: &zone,
            fqdn,
            web: &web,
            interval: config.health_check_interval_seconds,
            failure_threshold: config.health_check_failure_threshold,
        },
    );

    // Alerting: a topic per region and one in us-east-1 for the Route 53 health alarms.
    let topics = AlertTopics::new(
        &root,
        "alerts",
        &AlertTopicsProps {
            name: "trading-alerts".into(),
            keys: &keys,
            subscriptions: Subscription::all(&config.alert_emails, &config.alert_https_endpoints),
        },
    );
    let health_alarms = HealthCheckAlarms::new(
        &root,
        "health-alarms",
        &HealthCheckAlarmsProps {
            name: "trading".into(),
            dns: &failover,
            topics: &topics,
        },
    );
    let lag_alarm = AuroraLagAlarm::new(
        &root,
        "aurora-lag-alarm",
        &AuroraLagAlarmProps {
            name: "trading".into(),
            database: &database,
            topics: &topics,
            threshold: config.aurora_lag_alarm_ms,
        },
    );
    let bucket_alarms = BucketReplicationAlarms::new(
        &root,
        "artifacts-replication-alarms",
        &BucketReplicationAlarmsProps {
            name: "trading-artifacts".into(),
            bucket: &artifacts,
            topics: &topics,
        },
    );
    // Replication lag every 30 s: a once-a-minute schedule whose function samples twice
    // (EventBridge schedules run at most once a minute), in the standby region so it keeps
    // reporting when the primary region is down.
    let lag_monitor = LagMonitor::new(
        &root,
        "lag-monitor",
        &LagMonitorProps {
            name: "trading-lag-monitor".into(),
            database: &database,
            threshold: config.replication_lag_alarm_seconds,
            topics: &topics,
            placement: function_placement(config),
            network: &network,
            keys: &keys,
            access_logs: &access_logs,
            log_retention: config.log_retention_days,
            code_expiry: config.noncurrent_version_days,
        },
    );
    let lag_monitor_alarms = OpsFunctionAlarms::new(
        &root,
        "lag-monitor-alarms",
        &OpsFunctionAlarmsProps {
            name: "trading-lag-monitor".into(),
            function: &lag_monitor.function,
            topics: &topics,
            runbook: "The replication lag is not being measured: read the function's logs; \
                      until it is fixed, watch AuroraGlobalDBReplicationLag (1-minute) on the \
                      dashboard."
                .into(),
        },
    );
    // Automated failover: the failover function in the standby region polls Route 53's
    // verdict on the primary every minute (SNS cannot deliver from us-east-1 to an opt-in
    // region such as eu-central-2); when the primary is down it raises the standby group
    // to the primary's size and switches (or fails) the global database over.
    let automation = FailoverAutomation::new(
        &root,
        "failover-automation",
        &FailoverAutomationProps {
            name: "trading-failover".into(),
            mode: config.failover_mode,
            data_loss: config.failover_data_loss,
            database: (&database).into(),
            primary_health_check_id: failover.health_check_ids.primary.clone(),
            trigger: Trigger::Schedule,
            standby: Some(&web.standby_scale_out),
            notify_topics: topics.topics.map(|side, topic| NotifyTopic {
                arn: topic.arn.clone(),
                key_arn: keys.get(side).arn.clone(),
            }),
            // Lambda's own network: the function must reach Route 53 and the primary
            // region's RDS even when the standby's NAT gateway is down or absent.
            placement: Placement::LambdaNetwork,
            network: &network,
            keys: &keys,
            access_logs: &access_logs,
            log_retention: config.log_retention_days,
            code_expiry: config.noncurrent_version_days,
        },
    );
    let failover_alarms = OpsFunctionAlarms::new(
        &root,
        "failover-automation-alarms",
        &OpsFunctionAlarmsProps {
            name: "trading-failover".into(),
            function: &automation.function,
            topics: &topics,
            runbook: "If the primary region is down, the database may not have been moved and \
                      the standby not scaled out: do both by hand (README, trading-dr runbook, \
                      drill step 3)."
                .into(),
        },
    );
    let web_alarms = WebAlarms::new(
        &root,
        "web-alarms",
        &WebAlarmsProps {
            name: "trading".into(),
            web: &web,
            topics: &topics,
            server_errors: DEFAULT_WEB_5XX_COUNT,
            latency_p99: DEFAULT_WEB_LATENCY_P99,
        },
    );
    let dashboard = DrDashboard::new(
        &root,
        "dashboard",
        &DrDashboardProps {
            name: "trading".into(),
            apis: vec![],
            functions: vec![],
            health_checks: vec![&health_alarms],
            databases: vec![&lag_alarm],
            tables: vec![],
            buckets: vec![&bucket_alarms],
            web: vec![&web_alarms],
            lag_monitors: vec![&lag_monitor],
            ops: vec![&failover_alarms, &lag_monitor_alarms],
            watchers: vec![],
        },
    );

    let out = stack.root();
    for (side, tier) in web.iter() {
        let which = match side {
            crate::Side::Primary => "primary",
            crate::Side::Dr => "secondary",
        };
        out.output_with(
            &format!("{which}_endpoint"),
            Output::new(interpolate_url(&tier.alb_dns_name)).description(&format!(
                "The {which} region's load balancer (its own name; the certificate is for the failover name)"
            )),
        );
    }
    for (side, url) in health_check_urls(&web).iter() {
        out.output_with(
            &format!("{}_health_check_url", side.alias()),
            Output::new(url.clone()).description(&format!(
                "What Route 53 requests in the {} region (HTTPS_STR_MATCH on the trading string)",
                side.alias()
            )),
        );
    }
    for (side, id) in failover.health_check_ids.iter() {
        out.output_with(
            &format!("{}_health_check_id", side.alias()),
            Output::new(id.clone()).description(&format!(
                "Route 53 health check of the {} region's load balancer",
                side.alias()
            )),
        );
    }
    out.output_with(
        "failover_url",
        Output::new(Expr::from(failover.failover_url.as_str())).description(
            "The trading name: Route 53 sends it to the primary while its check passes, else to the standby",
        ),
    );
    out.output_with(
        "dashboard_url",
        Output::new(Expr::from(dashboard.url.as_str()))
            .description("CloudWatch dashboard of both regions"),
    );
    out.output_with(
        "aurora_primary_endpoint",
        Output::new(database.primary_endpoint.clone())
            .description("Aurora writer endpoint (primary)"),
    );
    out.output_with(
        "aurora_dr_endpoint",
        Output::new(database.dr_endpoint.clone())
            .description("Aurora endpoint of the standby cluster (read-only until failover)"),
    );
    out.output_with(
        "artifacts_bucket_primary",
        Output::new(artifacts.primary_bucket.clone())
            .description("Artifact and configuration bucket (primary, replicated)"),
    );
    out.output_with(
        "artifacts_bucket_dr",
        Output::new(artifacts.dr_bucket.clone())
            .description("Artifact and configuration bucket (standby replica)"),
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
    if let Some(ns) = &zone.name_servers {
        out.output_with(
            "dns_zone_name_servers",
            Output::new(ns.clone())
                .description("Name servers of the created zone: delegate the zone to them"),
        );
    }
    Ok(stack)
}

/// Where the standby's operations functions run: in its private subnets when they have a
/// NAT gateway (they call the primary region's APIs), else on Lambda's own network.
fn function_placement(config: &TradingDrConfig) -> Placement {
    match config.standby_nat_gateways {
        NatGateways::None => Placement::LambdaNetwork,
        NatGateways::PerAz | NatGateways::Single => Placement::PrivateSubnets,
    }
}

/// `https://<load balancer name>/`.
fn interpolate_url(host: &Expr<String>) -> Expr<String> {
    tfdr_dsl::interpolate!["https://", host, "/"]
}

/// The requirements that cannot hold as written on AWS, recorded for `tfdr report`.
fn record_deviations(stack: &Stack, config: &TradingDrConfig) {
    stack.note_deviation(
        "S3 cross-region replication with RPO under 1 minute",
        "S3 Replication Time Control is on (99.99% of objects within 15 minutes, its SLA; most in seconds); no S3 setting guarantees under one minute, so the trading data that needs the sub-minute RPO lives in the Aurora global database (typically under 1 s of lag)",
    );
    stack.note_deviation(
        "99.99% uptime with automated failover",
        "99.99% (about 4.3 minutes a month) is a property of the application, its deployments and its operations, not of infrastructure alone; the stack provides the failover path (detection, DNS switch, standby scale-out, database promotion) whose time `tfdr report` computes",
    );
    stack.note_deviation(
        "All sensitive data encrypted in transit using AWS KMS",
        "KMS encrypts data at rest (Aurora, S3, EBS, logs, SNS, secrets); data in transit is encrypted with TLS (HTTPS listeners with TLS 1.2+, HTTPS to the instances, TLS to Aurora and every AWS API), which is how AWS encrypts traffic: KMS keys are not used for transport",
    );
    let standby = config.capacity.standby().min();
    let primary = config.capacity.scale_out_target();
    if standby < primary {
        stack.note_deviation(
            "RTO under 5 minutes (with the standby scaled up rapidly)",
            &format!(
                "the standby serves at its minimum ({standby} instance(s)) as soon as DNS switches, within the RTO; reaching the primary's size ({primary}) adds instance launch and warm-up after the scale-out starts, which `tfdr report` shows as its own step and which can exceed the 5 minutes; a standby minimum equal to the primary's size (config capacity.standby.min) removes that step at the cost `tfdr report` lists as the standby's savings"
            ),
        );
    }
    if config.uses_placeholder_zone() {
        stack.note_deviation(
            "Route53 health checks and DNS failover for the trading API",
            "no dns_zone_name is configured, so the stack creates the placeholder zone trading-<suffix>.example.net: enough for an emulator, but Route 53 rejects example.net names on AWS and ACM could not validate the certificates; set dns_zone_name to a domain you control (or dns_existing_zone_id)",
        );
    } else if config.dns_existing_zone_id.is_none() {
        stack.note_deviation(
            "Route53 health checks and DNS failover for the trading API",
            "the stack creates the hosted zone, and ACM validates the certificates through it only once the parent domain delegates to it: apply the zone first (terraform apply -target on the dns-zone resource), add its name servers (output dns_zone_name_servers) at the parent, then apply the rest",
        );
    }
}
