//! `emulator/fixtures/web-fixture.tf.json` is what this file builds with the public
//! component API, byte for byte: the internet edge of the network and the web tier that
//! trading-dr (eu-central-1 → eu-central-2) builds on, with what the stack will put in
//! front of it (certificates validated in a zone, Route 53 `HTTPS_STR_MATCH` health check,
//! failover ALIAS records to the load balancers) and an EventBridge schedule invoking a
//! small function.
//!
//! The fixture is checked in so that CI's emulator block runs it without building a stack
//! program (like `dr-fixture.tf.json`). Re-bless after a component change with
//! `TFDR_BLESS=1 cargo test -p tfdr-emulator --test web_fixture` and say why in the commit.

use std::collections::BTreeMap;
use std::path::Path;

use tfdr_codegen::Synthesizer;
use tfdr_dsl::aws::enums::{FailoverType, LambdaRuntime};
use tfdr_dsl::aws::route53_record::{Alias, AliasArgs, FailoverRoutingPolicy};
use tfdr_dsl::aws::{
    CloudwatchEventRule, CloudwatchEventTarget, CloudwatchEventTargetArgs, IamRole, LambdaFunction,
    LambdaFunctionArgs, LambdaPermission, LambdaPermissionArgs, Route53HealthCheck, Route53Record,
    Route53RecordArgs, S3Bucket, S3Object, S3ObjectArgs,
};
use tfdr_dsl::{Expr, Region, Stack};
use tfdr_modules::certificate::{Certificates, CertificatesProps};
use tfdr_modules::context::{DrContext, PerRegion, Side};
use tfdr_modules::hosted_zone::{HostedZone, HostedZoneProps, ZoneSource};
use tfdr_modules::kms::{KeyService, KmsKeys, KmsKeysProps};
use tfdr_modules::lambda_package::{build_zip, SourceFile};
use tfdr_modules::network::{Internet, InternetEdge, NatGateways, Network, NetworkProps};
use tfdr_modules::policy::{EnvironmentSuffix, TagPolicy};
use tfdr_modules::s3_access_logs::{AccessLogBuckets, AccessLogBucketsProps};
use tfdr_modules::values::ExpiryDays;
use tfdr_modules::values::{
    AppPort, AuroraEngine, FleetCapacity, GracePeriodSeconds, GroupCapacity, HealthyPercent,
    LogRetentionDays, RequestsPerMinute, RequestsPerTarget, VpcCidrs, WarmupSeconds,
};
use tfdr_modules::web_tier::{LoadTarget, TlsPolicy, WebTier, WebTierProps};

const FIXTURE: &str = "fixtures/web-fixture.tf.json";
const ZONE: &str = "trading.example.com";
const FQDN: &str = "www.trading.example.com";

fn build() -> Stack {
    let stack = Stack::new("web-fixture");
    let ctx = DrContext::new(
        &stack,
        Region::EuCentral1,
        Region::EuCentral2,
        EnvironmentSuffix::new("emu").unwrap(),
    )
    .unwrap();
    let root = ctx.root();
    let keys = KmsKeys::new(
        &root,
        "kms",
        &KmsKeysProps {
            purpose: "trading".into(),
            services: vec![KeyService::Ebs, KeyService::CloudWatchLogs],
        },
    );
    let network = Network::new(
        &root,
        "network",
        &NetworkProps {
            cidrs: VpcCidrs::new(
                "10.40.0.0/16".parse().unwrap(),
                "10.41.0.0/16".parse().unwrap(),
            )
            .unwrap(),
            engine: AuroraEngine::Postgresql,
            workload: "trading".into(),
            keys: &keys,
            flow_log_retention: LogRetentionDays::new(30).unwrap(),
            internet: Internet::Edge(InternetEdge {
                nat_gateways: PerRegion {
                    primary: NatGateways::PerAz,
                    dr: NatGateways::Single,
                },
                app_port: AppPort::new(8443).unwrap(),
            }),
        },
    );
    let zone = HostedZone::new(
        &root,
        "zone",
        &HostedZoneProps {
            zone: ZoneSource::Create {
                name: ZONE.parse().unwrap(),
            },
        },
    );
    let certs = Certificates::new(
        &root,
        "cert",
        &CertificatesProps {
            fqdn: FQDN.parse().unwrap(),
            zone: &zone,
        },
    );
    let arns = certs.arns();
    // The fixture has no database: literal endpoints, only written into the user data.
    let endpoints = PerRegion::from_fn(|side| {
        Expr::from(format!(
            "trading-{}.cluster-emu.{}.rds.amazonaws.com",
            side.alias(),
            ctx.region(side)
        ))
    });
    let access_logs = AccessLogBuckets::new(
        &root,
        "access-logs",
        &AccessLogBucketsProps {
            name: "trading-logs".into(),
            retention: ExpiryDays::new(30).unwrap(),
            load_balancers: true,
        },
    );
    let tier = WebTier::new(
        &root,
        "web",
        &WebTierProps {
            name: "trading".into(),
            network: &network,
            access_logs: &access_logs,
            keys: &keys,
            certificate_arns: &arns,
            database_endpoints: &endpoints,
            database_engine: AuroraEngine::Postgresql,
            instance_type: "t3.small".parse().unwrap(),
            capacity: FleetCapacity::new(GroupCapacity::new(1, 2, 4).unwrap(), 1, 4).unwrap(),
            warmup: WarmupSeconds::new(180).unwrap(),
            grace_period: GracePeriodSeconds::new(300).unwrap(),
            health_path: "/health".parse().unwrap(),
            liveness_path: "/live".parse().unwrap(),
            tls_policy: TlsPolicy::default(),
            load_target: LoadTarget::RequestsPerTarget(RequestsPerTarget::new(1000).unwrap()),
            standby_traffic_threshold: RequestsPerMinute::new(300).unwrap(),
            instance_refresh: Some(HealthyPercent::new(90).unwrap()),
        },
    );
    failover(&ctx, &zone, &tier);
    stack
}

/// The Route 53 layer trading-dr puts in front of the load balancers: an `HTTPS_STR_MATCH`
/// check of each region's load balancer (SNI on, the deep health route, the match string
/// the app answers) and PRIMARY/SECONDARY ALIAS records to them.
fn failover(ctx: &DrContext, zone: &HostedZone, tier: &WebTier) {
    let dns = ctx.root().child("dns");
    let primary = dns.region(Side::Primary);
    for side in Side::BOTH {
        let alb = tier.get(side);
        let cross = |e: Expr<String>| match side {
            Side::Primary => e,
            Side::Dr => e.cross_region(),
        };
        let check = primary.add(
            &format!("check-{}", side.alias()),
            Route53HealthCheck::new("HTTPS_STR_MATCH")
                .fqdn(cross(alb.alb_dns_name.clone()))
                .port(443)
                .resource_path(tier.health_path.as_str())
                .search_string(tier.health_match)
                .enable_sni(true)
                .request_interval(10)
                .failure_threshold(3)
                .measure_latency(false)
                .tags(BTreeMap::from([(
                    "Name".to_string(),
                    ctx.name::<Route53HealthCheck>(
                        &format!("{FQDN}-{}-health", side.alias()),
                        side,
                    ),
                )])),
        );
        primary.add(
            &format!("record-{}", side.alias()),
            Route53Record::new(Route53RecordArgs {
                name: FQDN.into(),
                r#type: "A".into(),
                zone_id: zone.zone_id.clone(),
            })
            .set_identifier(side.alias())
            .failover_routing_policy(FailoverRoutingPolicy::new(match side {
                Side::Primary => FailoverType::Primary,
                Side::Dr => FailoverType::Secondary,
            }))
            .alias(Alias::new(AliasArgs {
                evaluate_target_health: true.into(),
                name: cross(alb.alb_dns_name.clone()),
                zone_id: cross(alb.alb_zone_id.clone()),
            }))
            .health_check_id(check.id()),
        );
    }
}

const TICK_PY: &str = "def handler(event, context):\n    return {\"ok\": True}\n";

/// An EventBridge schedule (`rate(1 minute)`) invoking a small function in the primary
/// region: rule, target and the permission that lets EventBridge invoke it. The code is a
/// zip uploaded as an S3 object (the emulator run has no local files).
///
/// Built on a stack of its own, outside the DR context: the stack policy has no name rule
/// for `aws_cloudwatch_event_rule` yet (`modules/src/policy/naming/rules.rs`), so a
/// `DrContext` stack with a rule does not synthesize. Its resources are merged into the
/// fixture (same provider aliases and default tags).
fn schedule() -> Stack {
    let stack = Stack::new("web-fixture-schedule");
    let pair = stack
        .region_pair(Region::EuCentral1, Region::EuCentral2)
        .unwrap()
        .with_default_tags(TagPolicy::dr().region(Side::Primary).as_map());
    let scope = pair.primary.child("tick");
    let zip = build_zip(&[SourceFile {
        path: "tick.py",
        contents: TICK_PY.as_bytes(),
    }])
    .unwrap();
    let name = "trading-tick-emu";
    let bucket = scope.add(
        "code-bucket",
        S3Bucket::new()
            .bucket("trading-tick-code-emu")
            .force_destroy(true),
    );
    let object = scope.add(
        "code",
        S3Object::new(S3ObjectArgs {
            bucket: bucket.id(),
            key: "tick.zip".into(),
        })
        .content_base64(zip.content_base64()),
    );
    let role = scope.add(
        "role",
        IamRole::new(
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#,
        )
        .name(name),
    );
    let function = scope.add(
        "function",
        LambdaFunction::new(LambdaFunctionArgs {
            function_name: name.into(),
            role: role.arn(),
        })
        .runtime(LambdaRuntime::Python312)
        .handler("tick.handler")
        .s3_bucket(bucket.id())
        .s3_key(object.key())
        .source_code_hash(zip.source_code_hash()),
    );
    let rule = scope.add(
        "rule",
        CloudwatchEventRule::new()
            .name(name)
            .description("Invokes the tick function every minute")
            .schedule_expression("rate(1 minute)"),
    );
    scope.add(
        "target",
        CloudwatchEventTarget::new(CloudwatchEventTargetArgs {
            arn: function.arn(),
            rule: rule.name(),
        })
        .target_id("tick"),
    );
    scope.add(
        "permission",
        LambdaPermission::new(LambdaPermissionArgs {
            action: "lambda:InvokeFunction".into(),
            function_name: function.function_name(),
            principal: "events.amazonaws.com".into(),
        })
        .statement_id("events-tick")
        .source_arn(rule.arn()),
    );
    stack
}

/// The fixture's text: the DR stack, with the schedule stack's resources merged in.
fn fixture_text() -> String {
    let synth = |stack: &Stack| -> serde_json::Value {
        let text = Synthesizer::new()
            .synthesize_to_string(stack)
            .unwrap_or_else(|e| panic!("{e}"));
        serde_json::from_str(&text).unwrap()
    };
    let mut doc = synth(&build());
    let extra = synth(&schedule());
    for section in ["resource", "data"] {
        let Some(types) = extra.get(section).and_then(|v| v.as_object()) else {
            continue;
        };
        let target = doc
            .as_object_mut()
            .unwrap()
            .entry(section)
            .or_insert_with(|| serde_json::json!({}))
            .as_object_mut()
            .unwrap();
        for (ty, blocks) in types {
            let into = target
                .entry(ty.clone())
                .or_insert_with(|| serde_json::json!({}))
                .as_object_mut()
                .unwrap();
            for (id, block) in blocks.as_object().unwrap() {
                assert!(
                    into.insert(id.clone(), block.clone()).is_none(),
                    "{ty}.{id} twice"
                );
            }
        }
    }
    doc["//"]["fixture"] = serde_json::Value::String(DESCRIPTION.into());
    let mut text = serde_json::to_string_pretty(&sorted(doc)).unwrap();
    text.push('\n');
    text
}

const DESCRIPTION: &str = "tfdr emulator fixture, generated by emulator/tests/web_fixture.rs (TFDR_BLESS=1 cargo test -p tfdr-emulator --test web_fixture): the internet edge and web tier of trading-dr (eu-central-1 primary, eu-central-2 DR): KMS keys with EBS, network with public subnets, internet gateway, NAT gateways (per AZ in the primary, one in DR) and EIPs, ACM certificates validated through Route 53, ALB with HTTPS and HTTP-redirect listeners, HTTPS target group, launch template (IMDSv2, encrypted EBS, tag_specifications), Auto Scaling group, target-tracking and simple scaling policies, metric-math alarm; Route 53 HTTPS_STR_MATCH health checks with SNI and failover ALIAS records to the ALBs; an EventBridge rate(1 minute) rule invoking a Lambda function. Run: cargo run -p tfdr-emulator --bin tfdr-emulate -- emulator/fixtures/web-fixture.tf.json";

/// `v` with every object's keys sorted (whatever serde_json's map order is).
fn sorted(v: serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Object(m) => {
            let b: BTreeMap<String, serde_json::Value> =
                m.into_iter().map(|(k, v)| (k, sorted(v))).collect();
            serde_json::Value::Object(b.into_iter().collect())
        }
        serde_json::Value::Array(a) => {
            serde_json::Value::Array(a.into_iter().map(sorted).collect())
        }
        other => other,
    }
}

#[test]
fn web_fixture_is_fresh() {
    let text = fixture_text();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
    if std::env::var("TFDR_BLESS").as_deref() == Ok("1") {
        std::fs::write(&path, &text).expect("write fixture");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{} is missing ({e}); run with TFDR_BLESS=1 to create it",
            path.display()
        )
    });
    if expected != text {
        let diff = similar::TextDiff::from_lines(expected.as_str(), &text)
            .unified_diff()
            .context_radius(3)
            .header("checked in (expected)", "synthesized (actual)")
            .to_string();
        panic!(
            "{} is stale:\n{diff}\nIf the change is intended, re-bless with TFDR_BLESS=1 cargo test -p tfdr-emulator --test web_fixture and say why in the commit.",
            path.display()
        );
    }
}

/// The merged document (not only its parts) passes tfdr's schema validator: every
/// resource names its provider, every argument exists in the effective schema.
#[test]
fn web_fixture_is_valid() {
    let doc: serde_json::Value = serde_json::from_str(&fixture_text()).unwrap();
    let report = tfdr_codegen::validate::validate(&doc);
    assert!(report.is_valid(), "{}", report.summary("web-fixture"));
}
