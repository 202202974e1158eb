//! # tfdr-modules — disaster-recovery components
//!
//! - [`DrContext`] / [`DrScope`]: the one context every component takes (stack, region
//!   pair, naming policy, tag policy, account lookups) and the scope it builds under.
//!   Creating the context installs the [`policy`] as a synth-time validation; the tags of
//!   each region come from the stack's [`policy::TagPolicy`] ([`policy::TagPolicy::dr`]
//!   unless it chose its own with [`DrContext::with_tags`]).
//! - Components (CDK-construct shaped: `Component::new(&scope, "id", &Props { .. })`):
//!   [`kms::KmsKeys`], [`network::Network`], [`aurora_global::AuroraGlobal`],
//!   [`s3_replication::ReplicatedBucket`], [`s3_access_logs::AccessLogBuckets`],
//!   [`dynamodb_global::GlobalTable`], [`backup::Backups`]; compute and traffic:
//!   [`lambda_function::Function`], [`regional_api::RegionalApi`] (with
//!   [`apigw_account::ApiGatewayAccount`]), [`hosted_zone::HostedZone`],
//!   [`api_domain::ApiDomain`], [`failover_dns::FailoverDns`],
//!   [`operator_role::OperatorRole`], [`failover_automation::FailoverAutomation`] (the
//!   automated database failover, DR region only), [`lag_monitor::LagMonitor`] (the
//!   database's replication lag sampled every 30 s, DR region only),
//!   [`secret_rotation::SecretRotation`] (the database's master secret rotated without a
//!   database driver, primary region only), [`health_endpoint::HealthEndpoint`] (a
//!   `GET /health` per region that checks the region's database path, for Route 53),
//!   [`primary_watch::PrimaryWatch`] (a watcher per region probing the primary every
//!   minute; the DR one publishes the events the failover rules match); alerting and
//!   operations:
//!   [`alerting::AlertTopics`] (an encrypted topic per region and in us-east-1), the typed
//!   [`alarms`] (health checks, replication, functions, APIs) and
//!   [`dashboard::DrDashboard`]. Per-region results are [`PerRegion`] values.
//! - The web tier of an active-passive stack with an internet edge (a
//!   [`network::Network`] built with [`network::Internet::Edge`]):
//!   [`certificate::Certificates`] (an ACM certificate per region, one validation record)
//!   and [`web_tier::WebTier`] (ALB, launch template, Auto Scaling group per region, the
//!   standby's scale-out).
//! - [`values`]: validated value types (`Cidr`, `VpcCidr`, `InstanceClass`, …) that
//!   components take and configs deserialize into; each rule is written once, there.
//! - `stacks`: the reference stacks, each with its own config type next to it, each behind
//!   the feature of its name (`payments-dr`, `trading-dr`, `transactions-dr`; all on by
//!   default), so that a program of its own stack compiles none of them. Components never
//!   read a stack's config.
#![warn(missing_docs)]

pub mod account;
pub mod alarms;
pub mod alerting;
pub mod api_domain;
pub mod api_endpoint;
pub mod apigw_account;
pub mod aurora_global;
pub mod backup;
pub mod context;
pub mod dashboard;
pub mod dns_query_log;
pub mod dynamodb_global;
pub mod failover_automation;
pub mod failover_dns;
pub mod health_endpoint;
pub mod hosted_zone;
mod iam;
pub mod kms;
pub mod lag_monitor;
pub mod lambda_function;
pub mod lambda_package;
pub mod network;
pub mod operator_role;
pub mod policy;
pub mod primary_watch;
pub mod regional_api;
pub mod s3_access_logs;
mod s3_bucket;
pub mod s3_replication;
pub mod secret_rotation;
#[cfg(any(
    feature = "payments-dr",
    feature = "trading-dr",
    feature = "transactions-dr"
))]
pub mod stacks;
pub mod values;

#[cfg(test)]
mod test_support;

pub use context::{DrContext, DrScope, PerRegion, Side};

// The web tier (ALB + Auto Scaling) of an active-passive stack.
pub mod certificate;
pub mod web_tier;

/// Everything a stack program built from the components usually needs.
pub mod prelude {
    pub use crate::alarms::{
        ApiAlarms, ApiAlarmsProps, AuroraLagAlarm, AuroraLagAlarmProps, BucketReplicationAlarms,
        BucketReplicationAlarmsProps, FunctionAlarms, FunctionAlarmsProps, HealthCheckAlarms,
        HealthCheckAlarmsProps, TableReplicationAlarm, TableReplicationAlarmProps,
    };
    pub use crate::alerting::{AlertTopics, AlertTopicsProps, Subscription};
    pub use crate::api_domain::{ApiDomain, ApiDomainProps};
    pub use crate::apigw_account::{ApiGatewayAccount, ApiGatewayAccountProps};
    pub use crate::aurora_global::{
        AuroraCapacity, AuroraGlobal, AuroraGlobalOptions, AuroraGlobalProps, AuroraLayout,
    };
    pub use crate::backup::{Backups, BackupsProps};
    pub use crate::context::{DrContext, DrScope, PerRegion, Side};
    pub use crate::dashboard::{DrDashboard, DrDashboardProps};
    pub use crate::dynamodb_global::{GlobalTable, GlobalTableProps, KeyAttributeName};
    pub use crate::failover_automation::{
        DataLossPolicy, FailoverAutomation, FailoverAutomationProps, FailoverMode, GlobalDatabase,
        NotifyTopic, Trigger, TriggerKind, TriggerTopic,
    };
    pub use crate::failover_dns::{FailoverDns, FailoverDnsProps};
    pub use crate::hosted_zone::{HostedZone, HostedZoneProps, ZoneSource};
    pub use crate::kms::{KeyService, KmsKeys, KmsKeysProps};
    pub use crate::lag_monitor::{LagMonitor, LagMonitorProps};
    pub use crate::lambda_function::{Function, FunctionProps, Placement, RegionalFunction};
    pub use crate::lambda_package::{build_zip, LambdaZip, SourceFile};
    pub use crate::network::{InterfaceService, Network, NetworkOptions, NetworkProps};
    pub use crate::operator_role::{FailoverTargets, OnCall, OperatorRole, OperatorRoleProps};
    pub use crate::policy::EnvironmentSuffix;
    pub use crate::regional_api::{
        RegionalApi, RegionalApiProps, Route, RouteAuthorization, Throttle,
    };
    pub use crate::s3_access_logs::{AccessLogBuckets, AccessLogBucketsProps};
    pub use crate::s3_replication::{
        ReplicatedBucket, ReplicatedBucketOptions, ReplicatedBucketProps,
    };
    pub use crate::secret_rotation::{SecretRotation, SecretRotationProps};
    pub use crate::values::{AlarmCount, ErrorRatePercent, LagSeconds, ThresholdMs};
    pub use crate::values::{
        ApiPath, FunctionTimeoutSeconds, MemoryMb, ReservedConcurrency, StageName, ThrottleBurst,
        ThrottleRate,
    };
    pub use crate::values::{ArchiveClass, NoncurrentTransition, TierClass, Tiering, TieringSpec};
    pub use crate::values::{
        AuroraEngine, BackupRetentionDays, Cidr, EngineVersion, ExpiryDays, InstanceClass,
        LogRetentionDays, MasterUsername, PgIdentifier, RetentionDays, RotationDays, VpcCidr,
        VpcCidrs,
    };
    pub use crate::values::{DomainName, FailureThreshold, HealthCheckInterval, HostedZoneId};

    // The web tier (ALB + Auto Scaling) of an active-passive stack.
    pub use crate::certificate::{Certificates, CertificatesProps};
    pub use crate::network::{Internet, InternetEdge, NatGateways};
    pub use crate::values::{
        AppPort, CpuTargetPercent, Ec2InstanceType, FleetCapacity, GracePeriodSeconds,
        GroupCapacity, HealthyPercent, RequestsPerMinute, RequestsPerTarget, WarmupSeconds,
    };
    pub use crate::web_tier::{LoadTarget, TlsPolicy, WebTier, WebTierProps};
}
