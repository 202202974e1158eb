//! Tests of the health endpoint on the synthesized JSON (payments' pair: us-east-1 →
//! us-east-2).

use tfdr_dsl::aws::LambdaFunction;
use tfdr_dsl::{RawExpr, TemplatePart};
use tfdr_testing::Synthesized;

use super::*;
use crate::apigw_account::ApiGatewayAccountProps;
use crate::test_support::{at, aurora_props, fixture};
use crate::values::{ThrottleBurst, ThrottleRate};

fn build() -> (Synthesized, HealthEndpoint) {
    let f = fixture();
    let db = AuroraGlobal::new(&f.root(), "aurora", &aurora_props(&f));
    let account = ApiGatewayAccount::new(
        &f.root(),
        "apigw",
        &ApiGatewayAccountProps {
            name: "transactions".into(),
        },
    );
    let h = HealthEndpoint::new(
        &f.root(),
        "health",
        &HealthEndpointProps {
            name: "transactions-health".into(),
            database: &db,
            engine: AuroraEngine::Mysql,
            max_lag: LagSeconds::new(60).unwrap(),
            network: &f.network,
            keys: &f.keys,
            access_logs: &f.access_logs,
            stage: "live".parse().unwrap(),
            throttle: Throttle {
                rate: ThrottleRate::new(50).unwrap(),
                burst: ThrottleBurst::new(100).unwrap(),
            },
            account: &account,
            log_retention: LogRetentionDays::new(30).unwrap(),
            code_expiry: ExpiryDays::new(30).unwrap(),
        },
    )
    .unwrap();
    let s = tfdr_testing::try_synth(&f.stack).unwrap_or_else(|e| panic!("{e}"));
    (s, h)
}

#[test]
fn each_region_checks_its_own_cluster_on_the_engines_port() {
    let (s, _) = build();
    for side in ["primary", "dr"] {
        let function = at(
            s.resources_of::<LambdaFunction>(),
            &format!("health/fn/{side}/function"),
        );
        assert_eq!(function.body["handler"], HEALTH_API_HANDLER);
        assert_eq!(
            function.body["reserved_concurrent_executions"],
            HEALTH_RESERVED_CONCURRENCY
        );
        assert_eq!(function.body["timeout"], HEALTH_TIMEOUT_SECONDS);
        assert!(function.body.get("vpc_config").is_some());
        let vars = &function.body["environment"]["variables"];
        assert_eq!(vars[env::DB_PORT], "3306");
        assert_eq!(vars[env::MAX_LAG_SECONDS], "60");
    }
    // The two regions check different clusters.
    let ids: Vec<String> = ["primary", "dr"]
        .iter()
        .map(|side| {
            at(
                s.resources_of::<LambdaFunction>(),
                &format!("health/fn/{side}/function"),
            )
            .body["environment"]["variables"][env::CLUSTER_ID]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_ne!(ids[0], ids[1]);
}

#[test]
fn the_health_route_is_open_and_the_urls_end_in_it() {
    let (s, h) = build();
    let methods = s.resources("aws_api_gateway_method");
    assert_eq!(methods.len(), 2, "one GET /health per region");
    for m in methods {
        assert_eq!(m.body["http_method"], "GET");
        assert_eq!(m.body["authorization"], "NONE");
    }
    // Each region's URL is its own stage's invoke URL followed by the route's path.
    for side in [Side::Primary, Side::Dr] {
        let url = h.health_urls.get(side).raw();
        let RawExpr::Template(parts) = url else {
            panic!("{side:?}: the health URL is a template, got {url:?}");
        };
        assert_eq!(
            parts.as_slice(),
            [
                TemplatePart::Interp(h.api.get(side).invoke_url.raw().clone()),
                TemplatePart::Literal(HEALTH_PATH.to_string()),
            ],
            "{side:?}"
        );
    }
    assert_ne!(
        h.health_urls.get(Side::Primary),
        h.health_urls.get(Side::Dr)
    );
    if let Some(v) = s.assert_valid_terraform() {
        eprintln!("{v}");
    }
}
