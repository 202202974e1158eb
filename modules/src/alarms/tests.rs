//! Tests of the alarms on the synthesized JSON. The fixture here (a small payments stack
//! with its alert topics, for any region pair) is shared with the alerting and dashboard
//! tests.

use std::collections::BTreeMap;

use serde_json::{json, Value};
use tfdr_dsl::aws::enums::ApiHttpMethod;
use tfdr_dsl::aws::{CloudwatchMetricAlarm, SnsTopic};
use tfdr_dsl::{Region, Stack};
use tfdr_testing::{Found, Synthesized};

use super::*;
use crate::alerting::{AlertTopics, AlertTopicsProps, Subscription};
use crate::api_domain::{ApiDomain, ApiDomainProps};
use crate::apigw_account::{ApiGatewayAccount, ApiGatewayAccountProps};
use crate::aurora_global::AuroraGlobal;
use crate::context::DrContext;
use crate::dynamodb_global::{GlobalTable, GlobalTableProps};
use crate::failover_dns::{FailoverDns, FailoverDnsProps};
use crate::hosted_zone::{HostedZone, HostedZoneProps, ZoneSource};
use crate::kms::{KeyService, KmsKeys, KmsKeysProps};
use crate::lambda_function::Function;
use crate::lambda_package::payments_zip;
use crate::network::Network;
use crate::regional_api::{RegionalApi, RegionalApiProps};
use crate::regional_api::{Route, RouteAuthorization, Throttle};
use crate::s3_access_logs::{AccessLogBuckets, AccessLogBucketsProps};
use crate::s3_replication::{ReplicatedBucket, ReplicatedBucketProps};
use crate::test_support::{aurora_props, network_props, Fixture};
use crate::values::{
    ExpiryDays, FailureThreshold, HealthCheckInterval, LogRetentionDays, ThrottleBurst,
    ThrottleRate,
};

/// Every service the fixture's components use, the alert topics' included.
pub(crate) const SERVICES: [KeyService; 9] = [
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

/// A small payments stack (`data-test`) in `primary`/`dr` with what the alarms watch.
pub(crate) struct Ops {
    pub stack: Stack,
    pub ctx: DrContext,
    pub topics: AlertTopics,
    pub dns: FailoverDns,
    pub database: AuroraGlobal,
    pub table: GlobalTable,
    pub bucket: ReplicatedBucket,
    pub function: Function,
    pub api: RegionalApi,
}

pub(crate) fn subscriptions() -> Vec<Subscription> {
    vec![
        Subscription::Email("oncall@payments.example.com".into()),
        Subscription::Https("https://events.pager.example.com/integration/abc".into()),
    ]
}

pub(crate) fn ops(primary: Region, dr: Region) -> Ops {
    let stack = Stack::new("data-test");
    let ctx = DrContext::new(&stack, primary, dr, "dev".parse().unwrap()).unwrap();
    let root = ctx.root();
    let keys = KmsKeys::new(
        &root,
        "kms",
        &KmsKeysProps {
            purpose: "payments".into(),
            services: SERVICES.to_vec(),
        },
    );
    let network = Network::new(&root, "network", &network_props(&keys));
    let access_logs = AccessLogBuckets::new(
        &root,
        "access-logs",
        &AccessLogBucketsProps {
            name: "access-logs".into(),
            retention: ExpiryDays::new(90).unwrap(),
            load_balancers: false,
        },
    );
    let f = Fixture {
        stack: stack.clone(),
        ctx: ctx.clone(),
        keys,
        network,
        access_logs,
    };
    let topics = AlertTopics::new(
        &root,
        "alerts",
        &AlertTopicsProps {
            name: "payments-alerts".into(),
            keys: &f.keys,
            subscriptions: subscriptions(),
        },
    );
    let database = AuroraGlobal::new(&root, "aurora", &aurora_props(&f));
    let table = GlobalTable::new(
        &root,
        "sessions",
        &GlobalTableProps {
            name: "payments-sessions".into(),
            partition_key: "session_id".parse().unwrap(),
            keys: &f.keys,
        },
    );
    let bucket = ReplicatedBucket::new(
        &root,
        "docs",
        &ReplicatedBucketProps {
            name: "payments-docs".into(),
            keys: &f.keys,
            access_logs: &f.access_logs,
            noncurrent_version_expiry: ExpiryDays::new(30).unwrap(),
        },
    );
    let zip = payments_zip();
    let function = Function::new(&root, "fn", &crate::test_support::function_props(&f, &zip));
    let account = ApiGatewayAccount::new(
        &root,
        "apigw",
        &ApiGatewayAccountProps {
            name: "payments".into(),
        },
    );
    let api = RegionalApi::new(
        &root,
        "api",
        &RegionalApiProps {
            name: "payments".into(),
            description: "test".into(),
            function: &function,
            routes: vec![
                Route {
                    method: ApiHttpMethod::Post,
                    path: "/payments".parse().unwrap(),
                    authorization: RouteAuthorization::Iam,
                },
                Route {
                    method: ApiHttpMethod::Get,
                    path: "/health".parse().unwrap(),
                    authorization: RouteAuthorization::Open,
                },
            ],
            stage: "v1".parse().unwrap(),
            throttle: Throttle {
                rate: ThrottleRate::new(100).unwrap(),
                burst: ThrottleBurst::new(200).unwrap(),
            },
            keys: &f.keys,
            log_retention: LogRetentionDays::new(30).unwrap(),
            account: &account,
        },
    );
    let zone = HostedZone::new(
        &root,
        "zone",
        &HostedZoneProps {
            zone: ZoneSource::Create {
                name: "payments.example.com".parse().unwrap(),
            },
        },
    );
    let endpoints = api.endpoints();
    let domain = ApiDomain::new(
        &root,
        "domain",
        &ApiDomainProps {
            fqdn: "api.payments.example.com".parse().unwrap(),
            zone: &zone,
            endpoints: &endpoints,
        },
    );
    let dns = FailoverDns::new(
        &root,
        "failover",
        &FailoverDnsProps {
            zone: &zone,
            domain: &domain,
            endpoints: &endpoints,
            health_path: "/health".into(),
            interval: HealthCheckInterval::Fast10,
            failure_threshold: FailureThreshold::new(3).unwrap(),
        },
    );
    Ops {
        stack,
        ctx,
        topics,
        dns,
        database,
        table,
        bucket,
        function,
        api,
    }
}

/// Every alarm component of `o`, under the ids `health`, `aurora-lag`, `table-lag`,
/// `docs-replication`, `fn-alarms`, `api-alarms`.
pub(crate) struct AllAlarms {
    pub health: HealthCheckAlarms,
    pub aurora: AuroraLagAlarm,
    pub table: TableReplicationAlarm,
    pub bucket: BucketReplicationAlarms,
    pub functions: FunctionAlarms,
    pub apis: ApiAlarms,
}

impl AllAlarms {
    pub fn all(&self) -> Vec<&Alarm> {
        let mut v = self.health.alarms();
        v.extend(self.aurora.alarms());
        v.extend(self.table.alarms());
        v.extend(self.bucket.alarms());
        v.extend(self.functions.alarms());
        v.extend(self.apis.alarms());
        v
    }
}

pub(crate) fn all_alarms(o: &Ops) -> AllAlarms {
    let root = o.ctx.root();
    let topics = &o.topics;
    AllAlarms {
        health: HealthCheckAlarms::new(
            &root,
            "health",
            &HealthCheckAlarmsProps {
                name: "payments".into(),
                dns: &o.dns,
                topics,
            },
        ),
        aurora: AuroraLagAlarm::new(
            &root,
            "aurora-lag",
            &AuroraLagAlarmProps {
                name: "payments".into(),
                database: &o.database,
                topics,
                threshold: DEFAULT_AURORA_LAG,
            },
        ),
        table: TableReplicationAlarm::new(
            &root,
            "table-lag",
            &TableReplicationAlarmProps {
                name: "payments-sessions".into(),
                table: &o.table,
                topics,
                threshold: DEFAULT_TABLE_LATENCY,
            },
        ),
        bucket: BucketReplicationAlarms::new(
            &root,
            "docs-replication",
            &BucketReplicationAlarmsProps {
                name: "payments-docs".into(),
                bucket: &o.bucket,
                topics,
            },
        ),
        functions: FunctionAlarms::new(
            &root,
            "fn-alarms",
            &FunctionAlarmsProps {
                name: "payments".into(),
                function: &o.function,
                topics,
                errors: DEFAULT_FUNCTION_COUNT,
                throttles: DEFAULT_FUNCTION_COUNT,
            },
        ),
        apis: ApiAlarms::new(
            &root,
            "api-alarms",
            &ApiAlarmsProps {
                name: "payments".into(),
                api: &o.api,
                topics,
                error_rate: DEFAULT_API_ERROR_RATE,
                latency_p99: DEFAULT_API_LATENCY_P99,
            },
        ),
    }
}

fn build(primary: Region, dr: Region) -> (Ops, AllAlarms, Synthesized) {
    let o = ops(primary, dr);
    let a = all_alarms(&o);
    let s = tfdr_testing::try_synth(&o.stack).unwrap_or_else(|e| panic!("{e}"));
    (o, a, s)
}

fn alarm_at(s: &Synthesized, path: &str) -> Found {
    crate::test_support::at(s.resources_of::<CloudwatchMetricAlarm>(), path)
}

/// The region of each aws provider alias of the synthesized stack.
fn provider_regions(s: &Synthesized) -> BTreeMap<String, String> {
    s.providers("aws")
        .iter()
        .map(|p| {
            (
                format!("aws.{}", p["alias"].as_str().unwrap()),
                p["region"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn every_alarm_notifies_its_own_regions_topic_on_alarm_and_on_ok() {
    for (p, d) in [
        (Region::UsEast1, Region::UsEast2),
        (Region::EuCentral1, Region::EuCentral2),
        (Region::UsWest2, Region::UsEast1),
    ] {
        let (_, a, s) = build(p, d);
        let alarms = s.resources_of::<CloudwatchMetricAlarm>();
        assert_eq!(
            alarms.len(),
            14,
            "2 health + 1 aurora + 1 table + 2 s3 + 4 fn + 4 api"
        );
        assert_eq!(a.all().len(), 14);
        let topics: BTreeMap<String, String> = s
            .resources_of::<SnsTopic>()
            .into_iter()
            .map(|t| {
                (
                    t.body["provider"].as_str().unwrap().to_string(),
                    format!("${{{}.arn}}", t.address),
                )
            })
            .collect();
        let regions = provider_regions(&s);
        for alarm in &alarms {
            let provider = alarm.body["provider"].as_str().unwrap();
            let topic = &topics[provider];
            assert_eq!(alarm.body["alarm_actions"], json!([topic]), "{alarm}");
            assert_eq!(alarm.body["ok_actions"], json!([topic]), "{alarm}");
            let description = alarm.body["alarm_description"].as_str().unwrap();
            assert!(
                description.len() > 100 && description.chars().count() <= MAX_DESCRIPTION_LEN,
                "{description}"
            );
            assert!(alarm.body["treat_missing_data"].is_string(), "{alarm}");
            assert_eq!(alarm.body["actions_enabled"], Value::Null);
            // The output says the same region as the provider the alarm is written with.
            let out = a
                .all()
                .into_iter()
                .find(|x| json!(x.name) == alarm.body["alarm_name"])
                .unwrap_or_else(|| panic!("no output for {alarm}"));
            assert_eq!(regions[provider], out.region.as_str(), "{alarm}");
            assert_eq!(out.metric.region, out.region);
        }
    }
}

#[test]
fn health_check_alarms_are_in_us_east_1_whatever_the_pair() {
    for (p, d, provider) in [
        (Region::UsEast1, Region::UsEast2, "aws.primary"),
        (Region::UsWest2, Region::UsEast1, "aws.dr"),
        (Region::EuCentral1, Region::EuCentral2, "aws.us-east-1"),
    ] {
        let (o, a, s) = build(p, d);
        let regions = provider_regions(&s);
        assert_eq!(regions[provider], "us-east-1");
        assert_eq!(
            regions.len(),
            if provider == "aws.us-east-1" { 3 } else { 2 }
        );
        let place = o.ctx.region_id(Region::UsEast1);
        for side in Side::BOTH {
            let alarm = alarm_at(&s, &format!("health/{place}/check-{}", side.alias()));
            let check = crate::test_support::at(
                s.resources_of::<tfdr_dsl::aws::Route53HealthCheck>(),
                &format!("failover/primary/check-{}", side.alias()),
            );
            assert!(
                tfdr_testing::matches(
                    &alarm.body,
                    &json!({
                        "provider": provider,
                        "namespace": "AWS/Route53",
                        "metric_name": "HealthCheckStatus",
                        "dimensions": {"HealthCheckId": format!("${{{}.id}}", check.address)},
                        "statistic": "Minimum",
                        "comparison_operator": "LessThanThreshold",
                        "threshold": 1,
                        "period": 60,
                        "evaluation_periods": 1,
                        "datapoints_to_alarm": 1,
                        "treat_missing_data": "breaching",
                        "alarm_name": format!("payments-{}-health-check-dev", side.alias()),
                    })
                ),
                "{:#}",
                alarm.body
            );
            assert_eq!(a.health.get(side).region, Region::UsEast1);
        }
        // Which side's check failed, and what to do about it, is in the text.
        let primary = alarm_at(&s, &format!("health/{place}/check-primary"));
        let text = primary.body["alarm_description"].as_str().unwrap();
        assert!(text.contains("api.payments.example.com"), "{text}");
        assert!(
            text.contains(p.as_str()) && text.contains("DR runbook"),
            "{text}"
        );
    }
}

#[test]
fn aurora_lag_is_watched_on_the_secondary_in_the_dr_region() {
    let (o, a, s) = build(Region::UsEast1, Region::UsEast2);
    let alarm = alarm_at(&s, "aurora-lag/dr/alarm");
    assert!(
        tfdr_testing::matches(
            &alarm.body,
            &json!({
                "provider": "aws.dr",
                "namespace": "AWS/RDS",
                "metric_name": "AuroraGlobalDBReplicationLag",
                "dimensions": {"DBClusterIdentifier": "aurora-use2-dev"},
                "statistic": "Maximum",
                "comparison_operator": "GreaterThanThreshold",
                "threshold": 1000,
                "evaluation_periods": 3,
                "datapoints_to_alarm": 3,
                "treat_missing_data": "breaching",
            })
        ),
        "{:#}",
        alarm.body
    );
    let secondary = crate::test_support::at(
        s.resources_of::<tfdr_dsl::aws::RdsCluster>(),
        "aurora/dr/cluster",
    );
    assert_eq!(
        secondary.body["cluster_identifier"],
        json!(o.database.cluster_identifiers.dr)
    );
    assert_eq!(a.aurora.alarm.threshold, 1000.0);

    // The threshold is configurable.
    let o = ops(Region::UsEast1, Region::UsEast2);
    AuroraLagAlarm::new(
        &o.ctx.root(),
        "aurora-lag",
        &AuroraLagAlarmProps {
            name: "payments".into(),
            database: &o.database,
            topics: &o.topics,
            threshold: ThresholdMs::new(250).unwrap(),
        },
    );
    let s = tfdr_testing::synth(&o.stack);
    assert_eq!(alarm_at(&s, "aurora-lag/dr/alarm").body["threshold"], 250);
}

#[test]
fn table_and_bucket_replication_are_watched_in_the_source_region() {
    let (_, _, s) = build(Region::EuCentral1, Region::EuCentral2);
    let table = alarm_at(&s, "table-lag/primary/alarm");
    assert!(
        tfdr_testing::matches(
            &table.body,
            &json!({
                "provider": "aws.primary",
                "namespace": "AWS/DynamoDB",
                "metric_name": "ReplicationLatency",
                "dimensions": {"TableName": "payments-sessions-dev", "ReceivingRegion": "eu-central-2"},
                "statistic": "Average",
                "threshold": 5000,
                "treat_missing_data": "notBreaching",
            })
        ),
        "{:#}",
        table.body
    );
    let src = crate::test_support::at(s.resources("aws_s3_bucket"), "docs/primary/bucket");
    let dst = crate::test_support::at(s.resources("aws_s3_bucket"), "docs/dr/bucket");
    let dimensions = json!({
        "SourceBucket": format!("${{{}.id}}", src.address),
        "DestinationBucket": format!("${{{}.id}}", dst.address),
        "RuleId": "replicate-everything",
    });
    let failed = alarm_at(&s, "docs-replication/primary/failed");
    assert!(
        tfdr_testing::matches(
            &failed.body,
            &json!({
                "provider": "aws.primary",
                "namespace": "AWS/S3",
                "metric_name": "OperationsFailedReplication",
                "dimensions": dimensions,
                "statistic": "Sum",
                "comparison_operator": "GreaterThanThreshold",
                "threshold": 0,
                "period": 300,
                "treat_missing_data": "notBreaching",
            })
        ),
        "{:#}",
        failed.body
    );
    let latency = alarm_at(&s, "docs-replication/primary/latency");
    assert!(
        tfdr_testing::matches(
            &latency.body,
            &json!({
                "metric_name": "ReplicationLatency",
                "dimensions": dimensions,
                "statistic": "Maximum",
                "threshold": 900,
            })
        ),
        "{:#}",
        latency.body
    );
    // The rule id the alarms use is the one replication is configured with.
    let replication = s
        .resources("aws_s3_bucket_replication_configuration")
        .remove(0);
    assert_eq!(replication.body["rule"][0]["id"], "replicate-everything");
}

#[test]
fn functions_and_apis_are_watched_in_each_region() {
    let (o, _, s) = build(Region::UsEast1, Region::UsEast2);
    for side in Side::BOTH {
        let a = side.alias();
        let function = &o.function.get(side).name;
        for (id, metric) in [("errors", "Errors"), ("throttles", "Throttles")] {
            let alarm = alarm_at(&s, &format!("fn-alarms/{a}/{id}"));
            assert!(
                tfdr_testing::matches(
                    &alarm.body,
                    &json!({
                        "provider": format!("aws.{a}"),
                        "namespace": "AWS/Lambda",
                        "metric_name": metric,
                        "dimensions": {"FunctionName": function},
                        "statistic": "Sum",
                        "comparison_operator": "GreaterThanOrEqualToThreshold",
                        "threshold": 1,
                        "evaluation_periods": 5,
                        "datapoints_to_alarm": 3,
                        "treat_missing_data": "notBreaching",
                    })
                ),
                "{:#}",
                alarm.body
            );
        }
        let api = &o.api.get(side).name;
        let errors = alarm_at(&s, &format!("api-alarms/{a}/server-errors"));
        assert!(
            tfdr_testing::matches(
                &errors.body,
                &json!({
                    "provider": format!("aws.{a}"),
                    "namespace": "AWS/ApiGateway",
                    "metric_name": "5XXError",
                    "dimensions": {"ApiName": api, "Stage": "v1"},
                    "statistic": "Average",
                    "threshold": 0.05,
                    "treat_missing_data": "notBreaching",
                })
            ),
            "{:#}",
            errors.body
        );
        let latency = alarm_at(&s, &format!("api-alarms/{a}/latency"));
        assert_eq!(latency.body["extended_statistic"], "p99");
        assert_eq!(latency.body["statistic"], Value::Null);
        assert_eq!(latency.body["threshold"], 2500);
        // The dimension names the API that exists.
        let rest = crate::test_support::at(
            s.resources("aws_api_gateway_rest_api"),
            &format!("api/{a}/api"),
        );
        assert_eq!(rest.body["name"], json!(api));
    }
}

#[test]
fn an_overlong_description_is_reported_at_synth() {
    let o = ops(Region::UsEast1, Region::UsEast2);
    TableReplicationAlarm::new(
        &o.ctx.root(),
        "table-lag",
        &TableReplicationAlarmProps {
            name: "t".repeat(30),
            table: &GlobalTable {
                name: "x".repeat(900),
                ..o.table.clone()
            },
            topics: &o.topics,
            threshold: DEFAULT_TABLE_LATENCY,
        },
    );
    let e = tfdr_testing::try_synth(&o.stack).unwrap_err().to_string();
    assert!(e.contains("CloudWatch allows 1024"), "{e}");
}
