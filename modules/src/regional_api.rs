//! A REST API deployed identically in both regions in front of a [`Function`]: regional
//! endpoints, Lambda proxy routes, a deployment that is replaced whenever a route changes,
//! and a stage with JSON access logs, X-Ray tracing, metrics and throttling.
//!
//! Per region (`<id>/<primary|dr>/…`):
//! - `api`: the REST API (`REGIONAL` endpoint: served from its own region only, so each
//!   region fails independently and DNS failover decides where callers go).
//! - `resource-<path>` per path prefix, and per route `method-<METHOD>-<path>` +
//!   `integration-<METHOD>-<path>` (`AWS_PROXY` to the region's function).
//! - `permission`: lets this API (any stage, method and path of it, nothing else) invoke
//!   the region's function.
//! - `deployment`: `triggers.redeployment = sha1(jsonencode([...]))` over the ids of every
//!   resource, method and integration plus each route's method, path, authorization and
//!   target function (in-place changes keep the ids), with `create_before_destroy`, so a
//!   route change makes a new deployment and the stage moves to it before the old one is
//!   deleted.
//!   It depends on every method and integration (a deployment of a half-built API fails).
//! - `access-log-group` (region's key, retention) and `stage`: JSON access logs
//!   ([`ACCESS_LOG_FORMAT`]) and X-Ray; created after the region's [`ApiGatewayAccount`]
//!   so API Gateway may write logs.
//! - `method-settings`: for every method (`*/*`): metrics, no execution logging, and the
//!   throttling from the props. Execution logs would go to a log group API Gateway creates
//!   itself (`API-Gateway-Execution-Logs_<id>/<stage>`): unencrypted, never expiring and
//!   left behind by `terraform destroy`. The JSON access logs (encrypted, with retention),
//!   the function's logs and X-Ray traces cover what they would show.

use tfdr_dsl::aws::api_gateway_method_settings::Settings;
use tfdr_dsl::aws::api_gateway_rest_api::EndpointConfiguration;
use tfdr_dsl::aws::api_gateway_stage::{AccessLogSettings, AccessLogSettingsArgs};
use tfdr_dsl::aws::enums::{ApiAuthorization, ApiHttpMethod, ApiIntegrationType, ApiLoggingLevel};
use tfdr_dsl::aws::{
    ApiGatewayDeployment, ApiGatewayIntegration, ApiGatewayIntegrationArgs, ApiGatewayMethod,
    ApiGatewayMethodArgs, ApiGatewayMethodSettings, ApiGatewayMethodSettingsArgs,
    ApiGatewayResource, ApiGatewayResourceArgs, ApiGatewayRestApi, ApiGatewayStage,
    ApiGatewayStageArgs, CloudwatchLogGroup, LambdaPermission, LambdaPermissionArgs,
};
use tfdr_dsl::{interpolate, Expr, Lifecycle, NodeHandle};

use crate::api_endpoint::ApiEndpoint;
use crate::apigw_account::ApiGatewayAccount;
use crate::context::{DrScope, PerRegion};
use crate::kms::KmsKeys;
use crate::lambda_function::Function;
use crate::values::{ApiPath, LogRetentionDays, StageName, ThrottleBurst, ThrottleRate};

/// The JSON written per request to a stage's access log: who called what, the outcome and
/// the timings, with the request id that the function logs too and the X-Ray trace id.
pub const ACCESS_LOG_FORMAT: &str = concat!(
    r#"{"requestId":"$context.requestId","#,
    r#""extendedRequestId":"$context.extendedRequestId","#,
    r#""ip":"$context.identity.sourceIp","#,
    r#""caller":"$context.identity.caller","#,
    r#""userArn":"$context.identity.userArn","#,
    r#""requestTime":"$context.requestTime","#,
    r#""httpMethod":"$context.httpMethod","#,
    r#""resourcePath":"$context.resourcePath","#,
    r#""status":"$context.status","#,
    r#""protocol":"$context.protocol","#,
    r#""responseLength":"$context.responseLength","#,
    r#""responseLatency":"$context.responseLatency","#,
    r#""integrationLatency":"$context.integrationLatency","#,
    r#""integrationStatus":"$context.integrationStatus","#,
    // `messageString` is the message already quoted (and escaped) as a JSON string.
    r#""errorMessage":$context.error.messageString,"#,
    r#""xrayTraceId":"$context.xrayTraceId"}"#,
);

/// Who may call a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RouteAuthorization {
    /// Anyone (e.g. a health check: Route 53's checkers cannot sign requests).
    Open,
    /// Only requests signed (SigV4) by an IAM principal allowed `execute-api:Invoke`.
    Iam,
}

impl RouteAuthorization {
    fn method_authorization(self) -> ApiAuthorization {
        match self {
            RouteAuthorization::Open => ApiAuthorization::Open,
            RouteAuthorization::Iam => ApiAuthorization::AwsIam,
        }
    }
}

/// One route: a method on a path, proxied to the function.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Route {
    /// The HTTP method.
    pub method: ApiHttpMethod,
    /// The path.
    pub path: ApiPath,
    /// Who may call it.
    pub authorization: RouteAuthorization,
}

/// Steady-state rate and burst a stage accepts before answering 429.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Throttle {
    /// Requests per second.
    pub rate: ThrottleRate,
    /// Burst size.
    pub burst: ThrottleBurst,
}

/// What the API serves and how it is operated.
#[derive(Debug, Clone)]
pub struct RegionalApiProps<'a> {
    /// The base of the API name (e.g. `payments`).
    pub name: String,
    /// What the API is for (the API description).
    pub description: String,
    /// The function every route proxies to, in the same region.
    pub function: &'a Function,
    /// The routes. Each (method, path) pair at most once.
    pub routes: Vec<Route>,
    /// The stage.
    pub stage: StageName,
    /// Stage-wide throttling.
    pub throttle: Throttle,
    /// Each region's key encrypts its access logs.
    pub keys: &'a KmsKeys,
    /// Retention of the access logs.
    pub log_retention: LogRetentionDays,
    /// The account-level logging role of each region (must exist before a stage logs).
    pub account: &'a ApiGatewayAccount,
}

/// One region's API.
#[derive(Debug, Clone)]
pub struct RegionalApiOutputs {
    /// Where the API answers and which stage serves it.
    pub endpoint: ApiEndpoint,
    /// The stage's invoke URL on the API's own endpoint
    /// (`https://<id>.execute-api.<region>.amazonaws.com/<stage>`).
    pub invoke_url: Expr<String>,
    /// The API's execution ARN (`arn:…:execute-api:<region>:<account>:<id>`).
    pub execution_arn: Expr<String>,
    /// The access log group's name (literal).
    pub access_log_group_name: String,
    /// The REST API's name (literal: API Gateway metrics are dimensioned by `ApiName`).
    pub name: String,
}

/// The API in both regions. Dereferences to [`PerRegion<RegionalApiOutputs>`].
#[derive(Debug, Clone)]
pub struct RegionalApi(PerRegion<RegionalApiOutputs>);

impl std::ops::Deref for RegionalApi {
    type Target = PerRegion<RegionalApiOutputs>;
    fn deref(&self) -> &PerRegion<RegionalApiOutputs> {
        &self.0
    }
}

/// `/payments/{id}` → `payments-id`: a construct id for a path.
fn path_id(path: &str) -> String {
    path.trim_start_matches('/')
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

impl RegionalApi {
    /// Builds the API in both regions under `scope/<id>`.
    pub fn new(scope: &DrScope, id: &str, props: &RegionalApiProps<'_>) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        let base = props.name.as_str();
        RegionalApi(PerRegion::from_fn(|side| {
            let scope = me.region(side);
            let function = props.function.get(side);
            let api_name = ctx.name::<ApiGatewayRestApi>(base, side);
            let api = scope.add(
                "api",
                ApiGatewayRestApi::new(api_name.as_str())
                    .description(props.description.as_str())
                    .endpoint_configuration(EndpointConfiguration::new(vec!["REGIONAL"])),
            );
            // A replaced API (e.g. a new endpoint type) serves before the old one goes, so
            // the custom domain's mapping always has an API to point at.
            api.node()
                .lifecycle(Lifecycle::new().create_before_destroy(true));

            // Resources: one per distinct path prefix, parents first.
            let mut resources: std::collections::BTreeMap<String, Expr<String>> =
                std::collections::BTreeMap::new();
            let mut triggers: Vec<Expr<String>> = Vec::new();
            let mut wait_for: Vec<NodeHandle> = Vec::new();
            for route in &props.routes {
                let mut prefix = String::new();
                let mut parent = api.root_resource_id();
                for segment in route.path.segments() {
                    prefix = format!("{prefix}/{segment}");
                    parent = match resources.get(&prefix) {
                        Some(id) => id.clone(),
                        None => {
                            let resource = scope.add(
                                &format!("resource-{}", path_id(&prefix)),
                                ApiGatewayResource::new(ApiGatewayResourceArgs {
                                    parent_id: parent,
                                    path_part: segment.into(),
                                    rest_api_id: api.id(),
                                }),
                            );
                            triggers.push(resource.id());
                            resources.insert(prefix.clone(), resource.id());
                            resource.id()
                        }
                    };
                }
                let route_id =
                    format!("{}-{}", route.method.as_str(), path_id(route.path.as_str()));
                let method = scope.add(
                    &format!("method-{route_id}"),
                    ApiGatewayMethod::new(ApiGatewayMethodArgs {
                        authorization: route.authorization.method_authorization().into(),
                        http_method: route.method.into(),
                        resource_id: parent.clone(),
                        rest_api_id: api.id(),
                    }),
                );
                let integration = scope.add(
                    &format!("integration-{route_id}"),
                    ApiGatewayIntegration::new(ApiGatewayIntegrationArgs {
                        http_method: method.http_method(),
                        resource_id: parent,
                        rest_api_id: api.id(),
                        r#type: ApiIntegrationType::AwsProxy.into(),
                    })
                    // Lambda is always invoked with POST, whatever the route's method.
                    .integration_http_method(ApiHttpMethod::Post)
                    .uri(function.invoke_arn.clone()),
                );
                // In-place changes keep the ids (authorization, the function behind the
                // integration): the route's spec and target are hashed too.
                triggers.push(
                    format!(
                        "{} {} {:?}",
                        route.method.as_str(),
                        route.path,
                        route.authorization
                    )
                    .into(),
                );
                triggers.push(function.invoke_arn.clone());
                triggers.push(method.id());
                triggers.push(integration.id());
                wait_for.push(method.node().clone());
                wait_for.push(integration.node().clone());
            }

            scope.add(
                "permission",
                LambdaPermission::new(LambdaPermissionArgs {
                    action: "lambda:InvokeFunction".into(),
                    // A reference (the ARN is accepted as a function name), so the
                    // permission is created only once the function exists.
                    function_name: function.arn.clone(),
                    principal: "apigateway.amazonaws.com".into(),
                })
                .statement_id("AllowInvokeFromRegionalApi")
                .source_arn(interpolate![&api.execution_arn(), "/*/*"]),
            );

            let deployment = scope.add(
                "deployment",
                ApiGatewayDeployment::new(api.id())
                    .description(format!("{base}: routes as of this deployment"))
                    .triggers([(
                        "redeployment",
                        Expr::<String>::call(
                            "sha1",
                            [Expr::<String>::jsonencode::<Vec<String>>(triggers).into_raw()],
                        ),
                    )]),
            );
            deployment
                .node()
                .lifecycle(Lifecycle::new().create_before_destroy(true));
            for node in &wait_for {
                deployment.node().depends_on(node);
            }

            let log_group_name = format!("/aws/apigateway/{api_name}/{}", props.stage);
            let log_group = scope.add(
                "access-log-group",
                CloudwatchLogGroup::new()
                    .name(log_group_name.as_str())
                    .kms_key_id(props.keys.get(side).arn.clone())
                    .retention_in_days(props.log_retention.days()),
            );
            let stage = scope.add(
                "stage",
                ApiGatewayStage::new(ApiGatewayStageArgs {
                    deployment_id: deployment.id(),
                    rest_api_id: api.id(),
                    stage_name: props.stage.as_str().into(),
                })
                .description(format!("{base} ({})", ctx.region(side)))
                .xray_tracing_enabled(true)
                .access_log_settings(AccessLogSettings::new(AccessLogSettingsArgs {
                    destination_arn: log_group.arn(),
                    format: ACCESS_LOG_FORMAT.into(),
                }))
                .tags([("Name", format!("{api_name}-{}", props.stage))]),
            );
            stage.node().depends_on(props.account.get(side));

            scope.add(
                "method-settings",
                ApiGatewayMethodSettings::new(ApiGatewayMethodSettingsArgs {
                    method_path: "*/*".into(),
                    rest_api_id: api.id(),
                    stage_name: stage.stage_name(),
                    settings: Settings::new()
                        .metrics_enabled(true)
                        .logging_level(ApiLoggingLevel::Off)
                        .data_trace_enabled(false)
                        .throttling_rate_limit(props.throttle.rate.get())
                        .throttling_burst_limit(props.throttle.burst.get()),
                }),
            );

            RegionalApiOutputs {
                endpoint: ApiEndpoint {
                    region: ctx.region(side),
                    rest_api_id: api.id(),
                    stage_name: props.stage.as_str().to_string(),
                    stage: stage.stage_name(),
                },
                invoke_url: stage.invoke_url(),
                execution_arn: api.execution_arn(),
                access_log_group_name: log_group_name,
                name: api_name,
            }
        }))
    }

    /// Both regions' endpoints (what custom domains and health checks take).
    pub fn endpoints(&self) -> PerRegion<ApiEndpoint> {
        self.map(|_, api| api.endpoint.clone())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};
    use tfdr_dsl::aws::{
        ApiGatewayDeployment, ApiGatewayIntegration, ApiGatewayMethod, ApiGatewayMethodSettings,
        ApiGatewayStage, LambdaFunction, LambdaPermission,
    };
    use tfdr_testing::Found;

    use super::*;
    use crate::apigw_account::ApiGatewayAccountProps;
    use crate::context::Side;

    use crate::lambda_package::{payments_zip, LambdaZip};
    use crate::test_support::{fixture, Fixture};

    fn function(f: &Fixture, zip: &LambdaZip) -> Function {
        Function::new(
            &f.root(),
            "fn",
            &crate::test_support::function_props(f, zip),
        )
    }

    fn route(method: ApiHttpMethod, path: &str, authorization: RouteAuthorization) -> Route {
        Route {
            method,
            path: path.parse().unwrap(),
            authorization,
        }
    }

    fn build(routes: Vec<Route>) -> (Fixture, RegionalApi) {
        let f = fixture();
        let zip = payments_zip();
        let function = function(&f, &zip);
        let account = ApiGatewayAccount::new(
            &f.root(),
            "apigw",
            &ApiGatewayAccountProps {
                name: "payments".into(),
            },
        );
        let api = RegionalApi::new(
            &f.root(),
            "api",
            &RegionalApiProps {
                name: "payments".into(),
                description: "test".into(),
                function: &function,
                routes,
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
        (f, api)
    }

    fn routes() -> Vec<Route> {
        vec![
            route(ApiHttpMethod::Post, "/payments", RouteAuthorization::Iam),
            route(
                ApiHttpMethod::Get,
                "/payments/{id}",
                RouteAuthorization::Iam,
            ),
            route(ApiHttpMethod::Get, "/health", RouteAuthorization::Open),
        ]
    }

    fn at(found: Vec<Found>, path: &str) -> Found {
        found
            .into_iter()
            .find(|r| r.path.as_deref() == Some(path))
            .unwrap_or_else(|| panic!("nothing at {path}"))
    }

    fn reference(r: &Found, attr: &str) -> String {
        format!("${{{}.{attr}}}", r.address)
    }

    #[test]
    fn routes_proxy_to_the_same_regions_function_with_their_authorization() {
        let (f, api) = build(routes());
        assert_eq!(api.primary.endpoint.stage_name, "v1");
        let s = tfdr_testing::synth(&f.stack);
        s.assert_count::<ApiGatewayMethod>(6);
        s.assert_count::<ApiGatewayIntegration>(6);
        // One resource per distinct prefix: /payments, /payments/{id}, /health.
        assert_eq!(s.resources("aws_api_gateway_resource").len(), 6);
        for side in Side::BOTH {
            let a = side.alias();
            let p = |rest: &str| format!("data-test/api/{a}/{rest}");
            let function = at(
                s.resources_of::<LambdaFunction>(),
                &format!("data-test/fn/{a}/function"),
            );
            let post = at(
                s.resources_of::<ApiGatewayMethod>(),
                &p("method-POST-payments"),
            );
            let get = at(
                s.resources_of::<ApiGatewayMethod>(),
                &p("method-GET-payments-id"),
            );
            let health = at(
                s.resources_of::<ApiGatewayMethod>(),
                &p("method-GET-health"),
            );
            assert_eq!(post.body["authorization"], json!("AWS_IAM"));
            assert_eq!(get.body["authorization"], json!("AWS_IAM"));
            assert_eq!(health.body["authorization"], json!("NONE"));
            let by_id = at(
                s.resources("aws_api_gateway_resource"),
                &p("resource-payments-id"),
            );
            let payments = at(
                s.resources("aws_api_gateway_resource"),
                &p("resource-payments"),
            );
            assert_eq!(by_id.body["parent_id"], json!(reference(&payments, "id")));
            assert_eq!(by_id.body["path_part"], json!("{id}"));
            for m in ["POST-payments", "GET-payments-id", "GET-health"] {
                let i = at(
                    s.resources_of::<ApiGatewayIntegration>(),
                    &p(&format!("integration-{m}")),
                );
                assert_eq!(i.body["type"], json!("AWS_PROXY"));
                assert_eq!(i.body["integration_http_method"], json!("POST"));
                assert_eq!(i.body["uri"], json!(reference(&function, "invoke_arn")));
                assert_eq!(i.body["provider"], json!(format!("aws.{a}")));
            }
            let permission = at(s.resources_of::<LambdaPermission>(), &p("permission"));
            let rest = at(s.resources("aws_api_gateway_rest_api"), &p("api"));
            assert_eq!(
                permission.body["principal"],
                json!("apigateway.amazonaws.com")
            );
            // A reference, so terraform creates the permission after the function.
            assert_eq!(
                permission.body["function_name"],
                json!(reference(&function, "arn"))
            );
            assert_eq!(
                permission.body["source_arn"],
                json!(format!("{}/*/*", reference(&rest, "execution_arn")))
            );
            assert_eq!(
                rest.body["endpoint_configuration"]["types"],
                json!(["REGIONAL"])
            );
        }
    }

    #[test]
    fn any_route_change_replaces_the_deployment_before_the_old_one_goes() {
        let (f, _) = build(routes());
        let s = tfdr_testing::synth(&f.stack);
        let dep = at(
            s.resources_of::<ApiGatewayDeployment>(),
            "data-test/api/primary/deployment",
        );
        assert_eq!(dep.body["lifecycle"]["create_before_destroy"], json!(true));
        let trigger = dep.body["triggers"]["redeployment"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(trigger.starts_with("${sha1(jsonencode(["), "{trigger}");
        // Every resource, method and integration of the region is hashed and waited for.
        let deps: Vec<&Value> = dep.body["depends_on"].as_array().unwrap().iter().collect();
        for t in [
            "aws_api_gateway_resource",
            "aws_api_gateway_method",
            "aws_api_gateway_integration",
        ] {
            for r in s.resources(t).into_iter().filter(|r| {
                r.path
                    .as_deref()
                    .is_some_and(|p| p.starts_with("data-test/api/primary/"))
            }) {
                assert!(
                    trigger.contains(&format!("{}.id", r.address)),
                    "{} not hashed: {trigger}",
                    r.address
                );
                if t != "aws_api_gateway_resource" {
                    assert!(
                        deps.contains(&&json!(r.address)),
                        "{} not waited for",
                        r.address
                    );
                }
            }
        }
        // A new route adds its ids to the hash input (so the hash changes).
        let (g, _) = build({
            let mut r = routes();
            r.push(route(
                ApiHttpMethod::Delete,
                "/payments/{id}",
                RouteAuthorization::Iam,
            ));
            r
        });
        let t = tfdr_testing::synth(&g.stack);
        let dep2 = at(
            t.resources_of::<ApiGatewayDeployment>(),
            "data-test/api/primary/deployment",
        );
        let trigger2 = dep2.body["triggers"]["redeployment"].as_str().unwrap();
        assert_ne!(trigger, trigger2);
        assert!(trigger2.contains("method-DELETE-payments-id"), "{trigger2}");
    }

    #[test]
    fn the_stage_logs_json_traces_and_throttles_after_the_account_role_exists() {
        let (f, api) = build(routes());
        let s = tfdr_testing::synth(&f.stack);
        for side in Side::BOTH {
            let a = side.alias();
            let stage = at(
                s.resources_of::<ApiGatewayStage>(),
                &format!("data-test/api/{a}/stage"),
            );
            let account = at(
                s.resources("aws_api_gateway_account"),
                &format!("data-test/apigw/{a}/account"),
            );
            assert_eq!(stage.body["stage_name"], json!("v1"));
            assert_eq!(stage.body["xray_tracing_enabled"], json!(true));
            assert!(stage.body["depends_on"]
                .as_array()
                .unwrap()
                .contains(&json!(account.address)));
            let format = stage.body["access_log_settings"]["format"]
                .as_str()
                .unwrap();
            let parsed: Value = serde_json::from_str(
                &format.replace("$context.error.messageString", "\"quoted by API Gateway\""),
            )
            .expect("the access log format is JSON once API Gateway fills it in");
            assert_eq!(parsed["requestId"], json!("$context.requestId"));
            let settings = at(
                s.resources_of::<ApiGatewayMethodSettings>(),
                &format!("data-test/api/{a}/method-settings"),
            );
            assert_eq!(settings.body["method_path"], json!("*/*"));
            assert_eq!(
                settings.body["stage_name"],
                json!(reference(&stage, "stage_name"))
            );
            assert!(
                tfdr_testing::matches(
                    &settings.body["settings"],
                    &json!({
                        "metrics_enabled": true,
                        "logging_level": "OFF",
                        "data_trace_enabled": false,
                        "throttling_rate_limit": 100,
                        "throttling_burst_limit": 200,
                    })
                ),
                "{}",
                settings.body
            );
            // The endpoint hands mappings a reference to the stage (ordering), and health
            // checks the literal name.
            let endpoint = &api.get(side).endpoint;
            assert_eq!(endpoint.stage_path("/health"), "/v1/health");
            assert!(format!("{:?}", endpoint.stage).contains("stage_name"));
        }
    }
}
