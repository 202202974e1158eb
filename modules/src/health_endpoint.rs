//! A health endpoint per region for a stack whose application has none of its own: a
//! function (`modules/functions/health/api.py`, Python 3.12, boto3 only; its README is
//! the contract) behind a regional REST API, `GET /health`, open (Route 53's checkers
//! cannot sign requests), that answers **200** when the region's Aurora cluster is
//! `available` and its endpoint accepts a TCP connection on the engine's port from the
//! application's subnets, **503** otherwise, with a JSON body saying what it checked.
//!
//! # Why these checks
//!
//! "Database reachable" from the application's place in the network is what an
//! application of the region needs before it can serve. The connect proves the route,
//! the security groups and a listening endpoint; it does not prove that a login works
//! (that needs credentials and a driver, which the function has neither of, on purpose).
//! The replication lag of a secondary is **reported** (`replication_lag_seconds`,
//! `lag_within_bound` against `max_lag`) but never makes the region unhealthy: Route 53
//! answers with the primary when both regions are unhealthy, and a lagging secondary is
//! still the best place to go once the primary is gone. The lag has its own alarms.
//!
//! # What runs
//!
//! Under `<id>/…`: the function in both regions (private subnets, the app security
//! group, which the database group admits on the engine's port; reserved concurrency
//! [`HEALTH_RESERVED_CONCURRENCY`] so Route 53's checkers cannot starve other functions,
//! and a short timeout), and a [`RegionalApi`] with the one route. Route 53 checks at a
//! 10 s interval from about 15 locations: ≈ 1.5 requests/s per region, 3.9 million
//! invocations a month per region at ≈ 100 ms and 128 MB ≈ $0.80 + $0.78 of requests
//! (Lambda prices in `data/aws-prices.toml`), plus API Gateway's $3.50 per million
//! requests ≈ $13.6 per region.
//!
//! # Permissions (exactly)
//!
//! Besides what every tfdr function's role has: `rds:DescribeDBClusters` on the region's
//! own cluster, `rds:DescribeGlobalClusters` on the global cluster, and
//! `cloudwatch:GetMetricData` on `*` (no resource-level permissions, no condition keys).
//! The network must reach the RDS and CloudWatch APIs (interface endpoints or NAT).

use std::collections::BTreeMap;

use tfdr_dsl::aws::data::iam_policy_document::Statement;
use tfdr_dsl::aws::enums::{ApiHttpMethod, IamEffect, LambdaRuntime};
use tfdr_dsl::{Error, Expr};

use crate::apigw_account::ApiGatewayAccount;
use crate::aurora_global::AuroraGlobal;
use crate::context::{DrScope, PerRegion, Side};
use crate::kms::KmsKeys;
use crate::lambda_function::{Function, FunctionProps};
use crate::lambda_package::{health_zip, HEALTH_API_HANDLER};
use crate::network::Network;
use crate::regional_api::{RegionalApi, RegionalApiProps, Route, RouteAuthorization, Throttle};
use crate::s3_access_logs::AccessLogBuckets;
use crate::values::{
    AuroraEngine, ExpiryDays, FunctionTimeoutSeconds, LagSeconds, LogRetentionDays, MemoryMb,
    ReservedConcurrency, StageName,
};

/// The route Route 53 probes.
pub const HEALTH_PATH: &str = "/health";

/// The function's timeout: Route 53 waits 4 s to connect and 2 s for the first byte, so
/// an answer later than that is a failure anyway.
pub const HEALTH_TIMEOUT_SECONDS: u32 = 5;

/// The function's memory.
pub const HEALTH_MEMORY_MB: u32 = 128;

/// Concurrency reserved per region: ≈ 1.5 requests/s at ≈ 0.1 s need one; 5 absorbs cold
/// starts and slow database answers without letting the checks take the account's pool.
pub const HEALTH_RESERVED_CONCURRENCY: u32 = 5;

/// The environment variables of the API handler (its README's contract).
pub mod env {
    /// This region's cluster identifier.
    pub const CLUSTER_ID: &str = "CLUSTER_ID";
    /// The global cluster identifier.
    pub const GLOBAL_CLUSTER_ID: &str = "GLOBAL_CLUSTER_ID";
    /// The database port.
    pub const DB_PORT: &str = "DB_PORT";
    /// The reported lag bound, seconds.
    pub const MAX_LAG_SECONDS: &str = "MAX_LAG_SECONDS";
}

/// What the endpoint checks and how it is served.
#[derive(Debug, Clone)]
pub struct HealthEndpointProps<'a> {
    /// The base of the function, API and log names (e.g. `transactions-health`).
    pub name: String,
    /// The global database whose regional clusters are checked.
    pub database: &'a AuroraGlobal,
    /// The engine (decides the port probed).
    pub engine: AuroraEngine,
    /// The lag bound reported in the body.
    pub max_lag: LagSeconds,
    /// The network (the functions run in its private subnets with the app group).
    pub network: &'a Network,
    /// Each region's key.
    pub keys: &'a KmsKeys,
    /// Where the code buckets' access logs go.
    pub access_logs: &'a AccessLogBuckets,
    /// The API stage.
    pub stage: StageName,
    /// Stage-wide throttling.
    pub throttle: Throttle,
    /// The account-level API Gateway logging role of each region.
    pub account: &'a ApiGatewayAccount,
    /// Retention of the functions' logs and the API's access logs.
    pub log_retention: LogRetentionDays,
    /// Days an old code package is kept after it is replaced.
    pub code_expiry: ExpiryDays,
}

/// The deployed endpoints.
#[derive(Debug, Clone)]
pub struct HealthEndpoint {
    /// The function of each region.
    pub function: Function,
    /// The API of each region.
    pub api: RegionalApi,
    /// `https://<api id>.execute-api.<region>.amazonaws.com/<stage>/health` per region:
    /// what a check of that region requests.
    pub health_urls: PerRegion<Expr<String>>,
}

fn allow(sid: &str, actions: Vec<&str>, resources: Vec<Expr<String>>) -> Statement {
    Statement::new()
        .sid(sid)
        .effect(IamEffect::Allow)
        .actions(actions)
        .resources(resources)
}

impl HealthEndpoint {
    /// Builds the functions under `scope/<id>/fn` and the APIs under `scope/<id>/api`.
    ///
    /// # Errors
    /// Never in practice: the route's path is a constant that satisfies its rule (the
    /// `Result` carries that parse).
    pub fn new(scope: &DrScope, id: &str, props: &HealthEndpointProps<'_>) -> Result<Self, Error> {
        let me = scope.child(id);
        let db = props.database;
        let cluster_arns = PerRegion {
            primary: db.primary_cluster_arn.clone(),
            dr: db.dr_cluster_arn.clone(),
        };
        let package = health_zip();
        let function = Function::new(
            &me,
            "fn",
            &FunctionProps {
                name: props.name.clone(),
                description: "GET /health: the region's Aurora cluster available and reachable (tfdr health_endpoint)".into(),
                package: &package,
                handler: HEALTH_API_HANDLER.into(),
                runtime: LambdaRuntime::Python312,
                memory: MemoryMb::new(HEALTH_MEMORY_MB).expect("a valid memory size"),
                timeout: FunctionTimeoutSeconds::new(HEALTH_TIMEOUT_SECONDS)
                    .expect("a valid timeout"),
                reserved_concurrency: ReservedConcurrency::new(HEALTH_RESERVED_CONCURRENCY)
                    .expect("a valid reserved concurrency"),
                network: props.network,
                keys: props.keys,
                access_logs: props.access_logs,
                log_retention: props.log_retention,
                code_expiry: props.code_expiry,
                environment: PerRegion::from_fn(|side| {
                    let global = match side {
                        Side::Primary => db.global_cluster_id.clone(),
                        Side::Dr => db.global_cluster_id.clone().cross_region(),
                    };
                    BTreeMap::from([
                        (
                            env::CLUSTER_ID.to_string(),
                            db.cluster_identifiers.get(side).as_str().into(),
                        ),
                        (env::GLOBAL_CLUSTER_ID.to_string(), global),
                        (
                            env::DB_PORT.to_string(),
                            props.engine.port().to_string().into(),
                        ),
                        (
                            env::MAX_LAG_SECONDS.to_string(),
                            props.max_lag.get().to_string().into(),
                        ),
                    ])
                }),
                grants: PerRegion::from_fn(|side| {
                    let global = match side {
                        Side::Primary => db.global_cluster_arn.clone(),
                        Side::Dr => db.global_cluster_arn.clone().cross_region(),
                    };
                    vec![
                        allow(
                            "ReadOwnCluster",
                            vec!["rds:DescribeDBClusters"],
                            vec![cluster_arns.get(side).clone()],
                        ),
                        allow(
                            "ReadGlobalCluster",
                            vec!["rds:DescribeGlobalClusters"],
                            vec![global],
                        ),
                        allow(
                            "ReadReplicationLag",
                            vec!["cloudwatch:GetMetricData"],
                            vec!["*".into()],
                        ),
                    ]
                }),
            },
        );
        let api = RegionalApi::new(
            &me,
            "api",
            &RegionalApiProps {
                name: props.name.clone(),
                description: "Health of the region's application path (Route 53 checks it)".into(),
                function: &function,
                routes: vec![Route {
                    method: ApiHttpMethod::Get,
                    path: HEALTH_PATH.parse()?,
                    authorization: RouteAuthorization::Open,
                }],
                stage: props.stage.clone(),
                throttle: props.throttle,
                keys: props.keys,
                log_retention: props.log_retention,
                account: props.account,
            },
        );
        let health_urls = PerRegion::from_fn(|side| {
            tfdr_dsl::interpolate![&api.get(side).invoke_url, HEALTH_PATH]
        });
        Ok(HealthEndpoint {
            function,
            api,
            health_urls,
        })
    }
}

#[cfg(test)]
mod tests;
