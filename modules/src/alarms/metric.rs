//! The CloudWatch metrics a DR stack alarms on and shows, typed: each constructor takes
//! exactly the dimensions AWS publishes the metric with and the region it is published
//! in, so an alarm or a dashboard line cannot name a metric that does not exist (a wrong
//! dimension name or region gives an alarm that never leaves `INSUFFICIENT_DATA`).

use tfdr_dsl::aws::enums::AlarmStatistic;
use tfdr_dsl::{Expr, Region};

use crate::alerting::ROUTE53_METRICS_REGION;

/// A metric: its CloudWatch namespace and name (fixed per variant).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MetricName {
    /// `AWS/Route53 HealthCheckStatus`: 1 healthy, 0 unhealthy, per minute (us-east-1).
    HealthCheckStatus,
    /// `AWS/RDS AuroraGlobalDBReplicationLag`: milliseconds the secondary cluster is
    /// behind the primary (published for the secondary, in its region).
    AuroraGlobalDbReplicationLag,
    /// `AWS/DynamoDB ReplicationLatency`: milliseconds from a write in this region to its
    /// appearance in the receiving region (published in the source region).
    DynamoDbReplicationLatency,
    /// `AWS/S3 OperationsFailedReplication`: objects that failed to replicate (source
    /// region, with replication metrics enabled).
    S3OperationsFailedReplication,
    /// `AWS/S3 ReplicationLatency`: seconds the destination is behind the source (source
    /// region, with replication metrics enabled).
    S3ReplicationLatency,
    /// `AWS/Lambda Invocations`.
    LambdaInvocations,
    /// `AWS/Lambda Errors`: invocations that ended in a function error.
    LambdaErrors,
    /// `AWS/Lambda Throttles`: invocations refused for lack of concurrency.
    LambdaThrottles,
    /// `AWS/ApiGateway Count`: requests.
    ApiCount,
    /// `AWS/ApiGateway 5XXError`: server errors (its average is the error rate).
    Api5xxError,
    /// `AWS/ApiGateway Latency`: milliseconds from request to response.
    ApiLatency,
    /// `AWS/SQS ApproximateNumberOfMessagesVisible`: messages waiting in a queue (e.g.
    /// failed asynchronous invocations in a function's failure queue).
    SqsMessagesVisible,
    /// `AWS/ApplicationELB RequestCount`: requests the load balancer processed.
    AlbRequestCount,
    /// `AWS/ApplicationELB HTTPCode_Target_5XX_Count`: 5XX answers of the targets.
    AlbTarget5xxCount,
    /// `AWS/ApplicationELB TargetResponseTime`: seconds from the request leaving the
    /// load balancer until the target's answer starts.
    AlbTargetResponseTime,
    /// `AWS/ApplicationELB HealthyHostCount`: targets passing the load balancer's health
    /// check (per target group and load balancer).
    AlbHealthyHostCount,
    /// `AWS/AutoScaling GroupDesiredCapacity` (with group metrics collection enabled).
    GroupDesiredCapacity,
    /// `AWS/AutoScaling GroupInServiceInstances` (with group metrics collection enabled).
    GroupInServiceInstances,
    /// `tfdr/AuroraGlobal ReplicationLagSeconds`: the lag monitor's high-resolution samples
    /// ([`crate::lag_monitor`]), published in the DR region.
    LagMonitorReplicationLag,
    /// `tfdr/PrimaryWatch PrimaryHealthy`: 1 when a watcher's probe of the primary's
    /// health endpoint succeeded, 0 when it failed ([`crate::primary_watch`]), published
    /// in the watcher's region.
    PrimaryWatchHealthy,
}

impl MetricName {
    /// The CloudWatch namespace, e.g. `AWS/Lambda`.
    pub fn namespace(self) -> &'static str {
        match self {
            MetricName::HealthCheckStatus => "AWS/Route53",
            MetricName::AuroraGlobalDbReplicationLag => "AWS/RDS",
            MetricName::DynamoDbReplicationLatency => "AWS/DynamoDB",
            MetricName::S3OperationsFailedReplication | MetricName::S3ReplicationLatency => {
                "AWS/S3"
            }
            MetricName::LambdaInvocations
            | MetricName::LambdaErrors
            | MetricName::LambdaThrottles => "AWS/Lambda",
            MetricName::ApiCount | MetricName::Api5xxError | MetricName::ApiLatency => {
                "AWS/ApiGateway"
            }
            MetricName::SqsMessagesVisible => "AWS/SQS",
            MetricName::AlbRequestCount
            | MetricName::AlbTarget5xxCount
            | MetricName::AlbTargetResponseTime
            | MetricName::AlbHealthyHostCount => "AWS/ApplicationELB",
            MetricName::GroupDesiredCapacity | MetricName::GroupInServiceInstances => {
                "AWS/AutoScaling"
            }
            MetricName::LagMonitorReplicationLag => crate::lag_monitor::METRIC_NAMESPACE,
            MetricName::PrimaryWatchHealthy => crate::primary_watch::METRIC_NAMESPACE,
        }
    }

    /// The metric name as CloudWatch spells it, e.g. `5XXError`.
    pub fn as_str(self) -> &'static str {
        match self {
            MetricName::HealthCheckStatus => "HealthCheckStatus",
            MetricName::AuroraGlobalDbReplicationLag => "AuroraGlobalDBReplicationLag",
            MetricName::DynamoDbReplicationLatency | MetricName::S3ReplicationLatency => {
                "ReplicationLatency"
            }
            MetricName::S3OperationsFailedReplication => "OperationsFailedReplication",
            MetricName::LambdaInvocations => "Invocations",
            MetricName::LambdaErrors => "Errors",
            MetricName::LambdaThrottles => "Throttles",
            MetricName::ApiCount => "Count",
            MetricName::Api5xxError => "5XXError",
            MetricName::ApiLatency => "Latency",
            MetricName::SqsMessagesVisible => "ApproximateNumberOfMessagesVisible",
            MetricName::AlbRequestCount => "RequestCount",
            MetricName::AlbTarget5xxCount => "HTTPCode_Target_5XX_Count",
            MetricName::AlbTargetResponseTime => "TargetResponseTime",
            MetricName::AlbHealthyHostCount => "HealthyHostCount",
            MetricName::GroupDesiredCapacity => "GroupDesiredCapacity",
            MetricName::GroupInServiceInstances => "GroupInServiceInstances",
            MetricName::LagMonitorReplicationLag => crate::lag_monitor::METRIC_NAME,
            MetricName::PrimaryWatchHealthy => crate::primary_watch::METRIC_NAME,
        }
    }
}

/// The S3 replication metrics (published with replication metrics enabled).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum S3ReplicationMetric {
    /// `OperationsFailedReplication`.
    OperationsFailed,
    /// `ReplicationLatency` (seconds).
    Latency,
}

/// The Lambda metrics a DR stack watches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LambdaMetric {
    /// `Invocations`.
    Invocations,
    /// `Errors`.
    Errors,
    /// `Throttles`.
    Throttles,
}

/// The API Gateway (REST) metrics a DR stack watches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ApiMetric {
    /// `Count`.
    Count,
    /// `5XXError`.
    ServerErrors,
    /// `Latency` (milliseconds).
    Latency,
}

/// The Application Load Balancer metrics a DR stack watches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AlbMetric {
    /// `RequestCount` (per load balancer).
    Requests,
    /// `HTTPCode_Target_5XX_Count` (per load balancer).
    Target5xx,
    /// `TargetResponseTime` (seconds, per load balancer).
    TargetResponseTime,
}

/// The Auto Scaling group metrics a DR stack shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GroupMetric {
    /// `GroupDesiredCapacity`.
    Desired,
    /// `GroupInServiceInstances`.
    InService,
}

/// How data points of a period are combined.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Statistic {
    /// The number of data points.
    SampleCount,
    /// The mean.
    Average,
    /// The sum.
    Sum,
    /// The smallest value.
    Minimum,
    /// The largest value.
    Maximum,
    /// The 99th percentile (an alarm's `extended_statistic`).
    P99,
}

impl Statistic {
    /// As CloudWatch spells it (`Sum`, `p99`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Statistic::SampleCount => "SampleCount",
            Statistic::Average => "Average",
            Statistic::Sum => "Sum",
            Statistic::Minimum => "Minimum",
            Statistic::Maximum => "Maximum",
            Statistic::P99 => "p99",
        }
    }

    /// The alarm `statistic` of a basic statistic; `None` for a percentile (which goes
    /// into `extended_statistic`).
    pub fn basic(self) -> Option<AlarmStatistic> {
        match self {
            Statistic::SampleCount => Some(AlarmStatistic::SampleCount),
            Statistic::Average => Some(AlarmStatistic::Average),
            Statistic::Sum => Some(AlarmStatistic::Sum),
            Statistic::Minimum => Some(AlarmStatistic::Minimum),
            Statistic::Maximum => Some(AlarmStatistic::Maximum),
            Statistic::P99 => None,
        }
    }
}

/// One metric with its dimensions, and the region CloudWatch publishes it in (every
/// metric has one: a dashboard line or alarm without it would look in the wrong region).
#[derive(Debug, Clone, PartialEq)]
pub struct Metric {
    /// Namespace and name.
    pub name: MetricName,
    /// Dimension name and value, in the order CloudWatch lists them.
    pub dimensions: Vec<(&'static str, Expr<String>)>,
    /// Where the metric is published.
    pub region: Region,
}

impl Metric {
    fn new(
        name: MetricName,
        region: Region,
        dimensions: Vec<(&'static str, Expr<String>)>,
    ) -> Self {
        Metric {
            name,
            dimensions,
            region,
        }
    }

    /// `HealthCheckStatus` of one Route 53 health check, in us-east-1 (the only region
    /// Route 53 publishes it in).
    pub fn health_check_status(health_check_id: Expr<String>) -> Self {
        Metric::new(
            MetricName::HealthCheckStatus,
            ROUTE53_METRICS_REGION,
            vec![("HealthCheckId", health_check_id)],
        )
    }

    /// `AuroraGlobalDBReplicationLag` of the secondary cluster `cluster_identifier` in its
    /// region.
    pub fn aurora_global_replication_lag(cluster_identifier: &str, region: Region) -> Self {
        Metric::new(
            MetricName::AuroraGlobalDbReplicationLag,
            region,
            vec![("DBClusterIdentifier", cluster_identifier.into())],
        )
    }

    /// `ReplicationLatency` of the global table `table` from `source` (where the metric
    /// is published) to `receiving`.
    pub fn dynamodb_replication_latency(table: &str, source: Region, receiving: Region) -> Self {
        Metric::new(
            MetricName::DynamoDbReplicationLatency,
            source,
            vec![
                ("TableName", table.into()),
                ("ReceivingRegion", receiving.as_str().into()),
            ],
        )
    }

    /// An S3 replication metric of rule `rule_id` from `source_bucket` (in `region`,
    /// where it is published) to `destination_bucket`.
    pub fn s3_replication(
        which: S3ReplicationMetric,
        source_bucket: Expr<String>,
        destination_bucket: Expr<String>,
        rule_id: &str,
        region: Region,
    ) -> Self {
        let name = match which {
            S3ReplicationMetric::OperationsFailed => MetricName::S3OperationsFailedReplication,
            S3ReplicationMetric::Latency => MetricName::S3ReplicationLatency,
        };
        Metric::new(
            name,
            region,
            vec![
                ("SourceBucket", source_bucket),
                ("DestinationBucket", destination_bucket),
                ("RuleId", rule_id.into()),
            ],
        )
    }

    /// A Lambda metric of the function named `function` in `region`.
    pub fn lambda(which: LambdaMetric, function: &str, region: Region) -> Self {
        let name = match which {
            LambdaMetric::Invocations => MetricName::LambdaInvocations,
            LambdaMetric::Errors => MetricName::LambdaErrors,
            LambdaMetric::Throttles => MetricName::LambdaThrottles,
        };
        Metric::new(name, region, vec![("FunctionName", function.into())])
    }

    /// Messages waiting in the SQS queue named `queue` in `region`.
    pub fn sqs_messages_visible(queue: &str, region: Region) -> Self {
        Metric::new(
            MetricName::SqsMessagesVisible,
            region,
            vec![("QueueName", queue.into())],
        )
    }

    /// An API Gateway metric of the REST API named `api` at stage `stage` in `region`.
    pub fn api(which: ApiMetric, api: &str, stage: &str, region: Region) -> Self {
        let name = match which {
            ApiMetric::Count => MetricName::ApiCount,
            ApiMetric::ServerErrors => MetricName::Api5xxError,
            ApiMetric::Latency => MetricName::ApiLatency,
        };
        Metric::new(
            name,
            region,
            vec![("ApiName", api.into()), ("Stage", stage.into())],
        )
    }

    /// A load balancer metric of the ALB whose ARN suffix (`app/<name>/<id>`, the
    /// `LoadBalancer` dimension) is `alb_arn_suffix`, in `region`.
    pub fn alb(which: AlbMetric, alb_arn_suffix: Expr<String>, region: Region) -> Self {
        let name = match which {
            AlbMetric::Requests => MetricName::AlbRequestCount,
            AlbMetric::Target5xx => MetricName::AlbTarget5xxCount,
            AlbMetric::TargetResponseTime => MetricName::AlbTargetResponseTime,
        };
        Metric::new(name, region, vec![("LoadBalancer", alb_arn_suffix)])
    }

    /// `HealthyHostCount` of a target group behind a load balancer (both ARN suffixes:
    /// AWS publishes it per target group *and* load balancer), in `region`.
    pub fn alb_healthy_hosts(
        target_group_arn_suffix: Expr<String>,
        alb_arn_suffix: Expr<String>,
        region: Region,
    ) -> Self {
        Metric::new(
            MetricName::AlbHealthyHostCount,
            region,
            vec![
                ("TargetGroup", target_group_arn_suffix),
                ("LoadBalancer", alb_arn_suffix),
            ],
        )
    }

    /// An Auto Scaling group metric of the group named `group`, in `region` (published
    /// when the group collects its metrics).
    pub fn group(which: GroupMetric, group: &str, region: Region) -> Self {
        let name = match which {
            GroupMetric::Desired => MetricName::GroupDesiredCapacity,
            GroupMetric::InService => MetricName::GroupInServiceInstances,
        };
        Metric::new(name, region, vec![("AutoScalingGroupName", group.into())])
    }

    /// The series a lag monitor publishes and alarms on (its cluster dimension), in its
    /// region.
    pub fn lag_monitor(monitor: &crate::lag_monitor::LagMonitor) -> Self {
        use crate::lag_monitor::CLUSTER_DIMENSION;
        let dimensions = monitor
            .metric_dimensions
            .iter()
            .filter(|(k, _)| k == CLUSTER_DIMENSION)
            .map(|(_, v)| (CLUSTER_DIMENSION, Expr::from(v.as_str())))
            .collect();
        Metric::new(
            MetricName::LagMonitorReplicationLag,
            monitor.region,
            dimensions,
        )
    }

    /// What the watcher in `observer` published about the primary (its `Observer`
    /// series), in that region.
    pub fn primary_watch(observer: Region) -> Self {
        Metric::new(
            MetricName::PrimaryWatchHealthy,
            observer,
            vec![(
                crate::primary_watch::OBSERVER_DIMENSION,
                Expr::from(observer.as_str()),
            )],
        )
    }

    /// The same metric with every dimension value marked as an intended cross-region
    /// reference (for a dashboard, which is global and shows both regions by design).
    pub fn cross_region(&self) -> Self {
        Metric {
            name: self.name,
            dimensions: self
                .dimensions
                .iter()
                .map(|(k, v)| (*k, v.clone().cross_region()))
                .collect(),
            region: self.region,
        }
    }
}
