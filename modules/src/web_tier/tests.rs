//! Tests of the web tier (with the network edge, certificates and keys it builds on) on the
//! synthesized JSON, one real `terraform validate`, and the user data through a real
//! `terraform apply`.

use base64::Engine;
use serde_json::{json, Value};
use tfdr_dsl::aws::data::IamPolicyDocument;
use tfdr_dsl::aws::{
    AutoscalingGroup, AutoscalingPolicy, CloudwatchMetricAlarm, IamPolicy, KmsKey, LaunchTemplate,
    Lb, LbListener, LbTargetGroup, Subnet,
};
use tfdr_dsl::{Region, Stack, Untyped};
use tfdr_testing::{Found, Synthesized};

use super::*;
use crate::certificate::{Certificates, CertificatesProps};
use crate::context::DrContext;
use crate::hosted_zone::{HostedZone, HostedZoneProps, ZoneSource};
use crate::kms::KmsKeysProps;
use crate::network::{Internet, InternetEdge, NatGateways, NetworkProps};
use crate::s3_access_logs::AccessLogBucketsProps;
use crate::test_support::{at, cidrs, context, context_with_tags, dr_role_tags, r};
use crate::values::{AppPort, LogRetentionDays};

const SIDES: [(&str, &str); 2] = [("primary", "aws.primary"), ("dr", "aws.dr")];

/// A stack with everything the web tier takes, and the tier.
pub(crate) struct Web {
    pub(crate) stack: Stack,
    pub(crate) ctx: DrContext,
    pub(crate) tier: WebTier,
    /// The zone the certificates validate in (`trading.example.com`).
    pub(crate) zone: HostedZone,
}

fn keys(ctx: &DrContext, services: Vec<KeyService>) -> KmsKeys {
    KmsKeys::new(
        &ctx.root(),
        "kms",
        &KmsKeysProps {
            purpose: "trading".into(),
            services,
        },
    )
}

fn network(ctx: &DrContext, keys: &KmsKeys, internet: Internet) -> Network {
    Network::new(
        &ctx.root(),
        "network",
        &NetworkProps {
            cidrs: cidrs("10.10.0.0/16", "10.20.0.0/16"),
            engine: AuroraEngine::Postgresql,
            workload: "trading".into(),
            keys,
            flow_log_retention: LogRetentionDays::new(30).unwrap(),
            internet,
        },
    )
}

pub(crate) fn edge() -> Internet {
    Internet::Edge(InternetEdge {
        nat_gateways: PerRegion {
            primary: NatGateways::PerAz,
            dr: NatGateways::Single,
        },
        app_port: AppPort::new(8443).unwrap(),
    })
}

fn default_props<'a>(
    network: &'a Network,
    access_logs: &'a AccessLogBuckets,
    keys: &'a KmsKeys,
    certificate_arns: &'a PerRegion<Expr<String>>,
    database_endpoints: &'a PerRegion<Expr<String>>,
) -> WebTierProps<'a> {
    WebTierProps {
        name: "trading".into(),
        network,
        access_logs,
        keys,
        certificate_arns,
        database_endpoints,
        database_engine: AuroraEngine::Postgresql,
        instance_type: "t3.small".parse().unwrap(),
        capacity: FleetCapacity::new(GroupCapacity::new(2, 3, 6).unwrap(), 1, 6).unwrap(),
        warmup: WarmupSeconds::new(180).unwrap(),
        grace_period: GracePeriodSeconds::new(300).unwrap(),
        health_path: "/health".parse().unwrap(),
        liveness_path: "/live".parse().unwrap(),
        tls_policy: TlsPolicy::default(),
        load_target: LoadTarget::Cpu(CpuTargetPercent::new(50).unwrap()),
        standby_traffic_threshold: RequestsPerMinute::new(300).unwrap(),
        instance_refresh: Some(HealthyPercent::new(90).unwrap()),
    }
}

/// Each region's database endpoint as a data source on that region's provider, so the
/// cross-region guard sees every use of it.
fn database_endpoints(ctx: &DrContext) -> PerRegion<Expr<String>> {
    let db = ctx.root().child("db");
    PerRegion::from_fn(|side| {
        db.region(side)
            .add(
                "cluster",
                Untyped::data("aws_rds_cluster")
                    .attr::<String>("cluster_identifier", format!("trading-{}", side.alias())),
            )
            .attr("endpoint")
    })
}

/// Builds the tier with `edit` applied to the default props.
pub(crate) fn build_with(
    suffix: &str,
    services: Vec<KeyService>,
    internet: Internet,
    edit: impl FnOnce(&mut WebTierProps<'_>),
) -> Web {
    build_logged(suffix, services, internet, true, edit)
}

/// [`build_with`] with the log buckets' `load_balancers` setting chosen.
fn build_logged(
    suffix: &str,
    services: Vec<KeyService>,
    internet: Internet,
    load_balancer_logs: bool,
    edit: impl FnOnce(&mut WebTierProps<'_>),
) -> Web {
    build_on(
        context(suffix),
        services,
        internet,
        load_balancer_logs,
        edit,
    )
}

/// [`build_logged`] on a given stack and context (e.g. one with its own tag policy).
fn build_on(
    (stack, ctx): (Stack, DrContext),
    services: Vec<KeyService>,
    internet: Internet,
    load_balancer_logs: bool,
    edit: impl FnOnce(&mut WebTierProps<'_>),
) -> Web {
    let keys = keys(&ctx, services);
    let network = network(&ctx, &keys, internet);
    let zone = HostedZone::new(
        &ctx.root(),
        "zone",
        &HostedZoneProps {
            zone: ZoneSource::Create {
                name: "trading.example.com".parse().unwrap(),
            },
        },
    );
    let certs = Certificates::new(
        &ctx.root(),
        "cert",
        &CertificatesProps {
            fqdn: "api.trading.example.com".parse().unwrap(),
            zone: &zone,
        },
    );
    let arns = certs.arns();
    let endpoints = database_endpoints(&ctx);
    let logs = AccessLogBuckets::new(
        &ctx.root(),
        "access-logs",
        &AccessLogBucketsProps {
            name: "trading-logs".into(),
            retention: crate::values::ExpiryDays::new(30).unwrap(),
            load_balancers: load_balancer_logs,
        },
    );
    let mut props = default_props(&network, &logs, &keys, &arns, &endpoints);
    edit(&mut props);
    let tier = WebTier::new(&ctx.root(), "web", &props);
    Web {
        stack,
        ctx,
        tier,
        zone,
    }
}

pub(crate) fn ebs_keys() -> Vec<KeyService> {
    vec![KeyService::Ebs, KeyService::CloudWatchLogs]
}

fn build() -> (Web, Synthesized) {
    let w = build_with("dev", ebs_keys(), edge(), |_| {});
    let s = tfdr_testing::try_synth(&w.stack).unwrap_or_else(|e| panic!("{e}"));
    (w, s)
}

fn in_region<'a>(found: &'a [Found], provider: &str) -> Vec<&'a Found> {
    found
        .iter()
        .filter(|f| f.body["provider"] == provider)
        .collect()
}

/// The `${…}` references of `v`, sorted (list order of subnets does not matter).
fn sorted(v: &Value) -> Vec<String> {
    let mut out: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect();
    out.sort();
    out
}

fn subnets(s: &Synthesized, provider: &str, prefix: &str) -> Vec<String> {
    let mut out: Vec<String> = s
        .resources_of::<Subnet>()
        .into_iter()
        .filter(|f| {
            f.body["provider"] == provider
                && f.body["tags"]["Name"]
                    .as_str()
                    .unwrap_or_default()
                    .starts_with(prefix)
        })
        .map(|f| format!("${{{}.id}}", f.address))
        .collect();
    out.sort();
    out
}

#[test]
fn every_regional_resource_exists_once_per_region_on_its_provider() {
    let (_, s) = build();
    for (ty, per_region) in [
        (Lb::TYPE, 1),
        (LbListener::TYPE, 2),
        (LbTargetGroup::TYPE, 1),
        (LaunchTemplate::TYPE, 1),
        (AutoscalingGroup::TYPE, 1),
    ] {
        let all = s.resources(ty);
        assert_eq!(all.len(), 2 * per_region, "{ty}");
        for (_, p) in SIDES {
            assert_eq!(in_region(&all, p).len(), per_region, "{ty} in {p}");
        }
    }
    let amis = s.data_sources("aws_ssm_parameter");
    for (side, p) in SIDES {
        let ami = at(amis.clone(), &format!("web/{side}/ami"));
        assert_eq!(ami.body["provider"], p);
        assert_eq!(
            ami.body["name"],
            "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
        );
    }
    // Target tracking in both regions; the scale-out policy and its alarm in the DR region
    // only (the standby is the side that grows).
    let policies = s.resources_of::<AutoscalingPolicy>();
    assert_eq!(in_region(&policies, "aws.primary").len(), 1);
    assert_eq!(in_region(&policies, "aws.dr").len(), 2);
    let alarm = s.assert_count::<CloudwatchMetricAlarm>(1).remove(0);
    assert_eq!(alarm.body["provider"], "aws.dr");
}

#[test]
fn the_alb_is_internet_facing_in_the_public_subnets_and_destroyable() {
    let (_, s) = build();
    for (side, p) in SIDES {
        let alb = at(s.resources_of::<Lb>(), &format!("web/{side}/alb"));
        let sg = s
            .resources_of_with::<tfdr_dsl::aws::SecurityGroup>(
                &json!({"provider": p, "name": "alb-sg-dev"}),
            )
            .remove(0);
        assert!(
            tfdr_testing::matches(
                &alb.body,
                &json!({
                    "provider": p,
                    "name": "trading-web-dev",
                    "internal": false,
                    "load_balancer_type": "application",
                    "security_groups": [r(&sg.address, "id")],
                    "drop_invalid_header_fields": true,
                    "desync_mitigation_mode": "defensive",
                    "enable_deletion_protection": false,
                })
            ),
            "{:#}",
            alb.body
        );
        assert_eq!(
            sorted(&alb.body["subnets"]),
            subnets(&s, p, "public-subnet-")
        );
    }
}

#[test]
fn https_listener_uses_the_regions_certificate_and_a_tls_1_2_policy() {
    let (_, s) = build();
    for (side, p) in SIDES {
        let alb = at(s.resources_of::<Lb>(), &format!("web/{side}/alb"));
        let tg = at(
            s.resources_of::<LbTargetGroup>(),
            &format!("web/{side}/target-group"),
        );
        let validation = at(
            s.resources("aws_acm_certificate_validation"),
            &format!("cert/{side}/validation"),
        );
        let https = at(
            s.resources_of::<LbListener>(),
            &format!("web/{side}/listener-https"),
        );
        assert!(
            tfdr_testing::matches(
                &https.body,
                &json!({
                    "provider": p,
                    "load_balancer_arn": r(&alb.address, "arn"),
                    "port": 443,
                    "protocol": "HTTPS",
                    "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06",
                    "certificate_arn": r(&validation.address, "certificate_arn"),
                    "default_action": [{"type": "forward", "target_group_arn": r(&tg.address, "arn")}],
                    "tags": {"Name": "trading-web-https-dev"},
                })
            ),
            "{:#}",
            https.body
        );
    }
}

#[test]
fn http_only_redirects_to_https() {
    let (_, s) = build();
    for (side, p) in SIDES {
        let http = at(
            s.resources_of::<LbListener>(),
            &format!("web/{side}/listener-http"),
        );
        assert!(
            tfdr_testing::matches(
                &http.body,
                &json!({
                    "provider": p,
                    "port": 80,
                    "protocol": "HTTP",
                    "default_action": [{
                        "type": "redirect",
                        "redirect": {"protocol": "HTTPS", "port": "443", "status_code": "HTTP_301"},
                    }],
                })
            ),
            "{:#}",
            http.body
        );
        let action = &http.body["default_action"][0];
        assert!(action.get("target_group_arn").is_none() && action.get("forward").is_none());
        assert!(http.body.get("certificate_arn").is_none());
    }
}

#[test]
fn the_target_group_speaks_https_to_the_app_port_and_checks_liveness() {
    let (_, s) = build();
    for (side, p) in SIDES {
        let tg = at(
            s.resources_of::<LbTargetGroup>(),
            &format!("web/{side}/target-group"),
        );
        assert!(
            tfdr_testing::matches(
                &tg.body,
                &json!({
                    "provider": p,
                    "name": "trading-web-dev",
                    "target_type": "instance",
                    "protocol": "HTTPS",
                    "port": 8443,
                    "deregistration_delay": "30",
                    "health_check": {
                        "enabled": true,
                        "protocol": "HTTPS",
                        "port": "traffic-port",
                        "path": "/live",
                        "matcher": "200",
                        "interval": 10,
                        "healthy_threshold": 2,
                        "unhealthy_threshold": 3,
                    },
                })
            ),
            "{:#}",
            tg.body
        );
    }
}

#[test]
fn instances_require_imdsv2_and_get_no_public_ip() {
    let (_, s) = build();
    for (side, p) in SIDES {
        let lt = at(
            s.resources_of::<LaunchTemplate>(),
            &format!("web/{side}/launch-template"),
        );
        let app_sg = s
            .resources_of_with::<tfdr_dsl::aws::SecurityGroup>(
                &json!({"provider": p, "name": "app-sg-dev"}),
            )
            .remove(0);
        let ami = at(
            s.data_sources("aws_ssm_parameter"),
            &format!("web/{side}/ami"),
        );
        assert!(
            tfdr_testing::matches(
                &lt.body,
                &json!({
                    "provider": p,
                    "name": "trading-web-dev",
                    "image_id": r(&ami.address, "insecure_value"),
                    "instance_type": "t3.small",
                    "metadata_options": {
                        "http_endpoint": "enabled",
                        "http_tokens": "required",
                        "http_put_response_hop_limit": 1,
                        "instance_metadata_tags": "disabled",
                    },
                    "network_interfaces": [{
                        "device_index": 0,
                        "associate_public_ip_address": "false",
                        "security_groups": [r(&app_sg.address, "id")],
                    }],
                    "monitoring": {"enabled": true},
                })
            ),
            "{:#}",
            lt.body
        );
        // The interface is the only place groups are set (both would be an API error).
        assert!(lt.body.get("vpc_security_group_ids").is_none());
        assert!(lt.body.get("key_name").is_none(), "no SSH key");
    }
}

#[test]
fn volumes_are_encrypted_with_the_regions_own_key() {
    let (_, s) = build();
    for (side, p) in SIDES {
        let lt = at(
            s.resources_of::<LaunchTemplate>(),
            &format!("web/{side}/launch-template"),
        );
        let key = at(s.resources_of::<KmsKey>(), &format!("kms/{side}/key"));
        assert_eq!(key.body["provider"], p);
        assert_eq!(
            lt.body["block_device_mappings"],
            json!([{
                "device_name": "/dev/xvda",
                "ebs": {
                    "encrypted": "true",
                    "kms_key_id": r(&key.address, "arn"),
                    "volume_type": "gp3",
                    "delete_on_termination": "true",
                },
            }])
        );
    }
}

#[test]
fn the_key_policy_lets_ec2_use_the_key_for_attached_volumes_only() {
    let (_, s) = build();
    for side in ["primary", "dr"] {
        let doc = at(
            s.data_sources("aws_iam_policy_document"),
            &format!("kms/{side}/policy"),
        );
        let statements = doc.body["statement"].as_array().unwrap();
        let region = if side == "primary" {
            "us-east-1"
        } else {
            "us-east-2"
        };
        let via = statements
            .iter()
            .find(|st| st["sid"] == "AllowUseThroughStackServices")
            .unwrap();
        assert_eq!(
            via["condition"][0]["values"],
            json!([format!("ec2.{region}.amazonaws.com")])
        );
        let grant = statements
            .iter()
            .find(|st| st["sid"] == "AllowEbsAttachmentGrantsThroughEc2")
            .unwrap();
        assert_eq!(grant["actions"], json!(["kms:CreateGrant"]));
        let conditions = grant["condition"].as_array().unwrap();
        assert!(conditions
            .iter()
            .any(|c| c["variable"] == "kms:GrantIsForAWSResource"
                && c["test"] == "Bool"
                && c["values"] == json!(["true"])));
        assert!(conditions.iter().any(|c| c["variable"] == "kms:ViaService"
            && c["values"] == json!([format!("ec2.{region}.amazonaws.com")])));
    }
}

#[test]
fn instances_volumes_and_interfaces_carry_the_dr_tags_and_a_name() {
    let (_, s) = build();
    for side in ["primary", "dr"] {
        let lt = at(
            s.resources_of::<LaunchTemplate>(),
            &format!("web/{side}/launch-template"),
        );
        let specs = lt.body["tag_specifications"].as_array().unwrap();
        let mut kinds: Vec<&str> = specs
            .iter()
            .map(|t| t["resource_type"].as_str().unwrap())
            .collect();
        kinds.sort();
        assert_eq!(kinds, ["instance", "network-interface", "volume"]);
        for spec in specs {
            assert_eq!(
                spec["tags"],
                json!({
                    "Environment": "DR",
                    "CostCenter": "Operations",
                    "Criticality": "High",
                    "Name": "trading-web-dev",
                }),
                "{spec}"
            );
        }
        // The group propagates the same tags at launch too.
        let group = at(
            s.resources_of::<AutoscalingGroup>(),
            &format!("web/{side}/group"),
        );
        let mut tags: Vec<(String, String, bool)> = group.body["tag"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                (
                    t["key"].as_str().unwrap().to_string(),
                    t["value"].as_str().unwrap().to_string(),
                    t["propagate_at_launch"].as_bool().unwrap(),
                )
            })
            .collect();
        tags.sort();
        assert_eq!(
            tags,
            [
                ("CostCenter", "Operations"),
                ("Criticality", "High"),
                ("Environment", "DR"),
                ("Name", "trading-web-dev"),
            ]
            .map(|(k, v)| (k.to_string(), v.to_string(), true))
        );
    }
}

#[test]
fn groups_run_in_the_private_subnets_behind_the_target_group_sized_per_side() {
    let (w, s) = build();
    for ((side, p), (min, desired, max)) in SIDES.into_iter().zip([(2, 3, 6), (1, 1, 6)]) {
        let group = at(
            s.resources_of::<AutoscalingGroup>(),
            &format!("web/{side}/group"),
        );
        let tg = at(
            s.resources_of::<LbTargetGroup>(),
            &format!("web/{side}/target-group"),
        );
        let lt = at(
            s.resources_of::<LaunchTemplate>(),
            &format!("web/{side}/launch-template"),
        );
        assert!(
            tfdr_testing::matches(
                &group.body,
                &json!({
                    "provider": p,
                    "name": "trading-web-dev",
                    "min_size": min,
                    "desired_capacity": desired,
                    "max_size": max,
                    "target_group_arns": [r(&tg.address, "arn")],
                    "health_check_type": "ELB",
                    "health_check_grace_period": 300,
                    "default_instance_warmup": 180,
                    "metrics_granularity": "1Minute",
                    "launch_template": {
                        "id": r(&lt.address, "id"),
                        "version": r(&lt.address, "latest_version"),
                    },
                    "instance_refresh": {
                        "strategy": "Rolling",
                        "preferences": {"min_healthy_percentage": 90},
                    },
                    "lifecycle": {"ignore_changes": ["desired_capacity"]},
                })
            ),
            "{:#}",
            group.body
        );
        assert_eq!(
            sorted(&group.body["vpc_zone_identifier"]),
            subnets(&s, p, "private-subnet-")
        );
        assert_eq!(group.body["enabled_metrics"], json!(GROUP_METRICS));
    }
    assert_eq!(w.tier.primary.capacity.desired(), 3);
    assert_eq!(w.tier.dr.capacity.desired(), 1);
    assert_eq!(w.tier.dr.group_name, "trading-web-dev");
}

#[test]
fn target_tracking_in_both_regions() {
    let (_, s) = build();
    for (side, p) in SIDES {
        let group = at(
            s.resources_of::<AutoscalingGroup>(),
            &format!("web/{side}/group"),
        );
        let tt = at(
            s.resources_of::<AutoscalingPolicy>(),
            &format!("web/{side}/scale-target-tracking"),
        );
        assert!(
            tfdr_testing::matches(
                &tt.body,
                &json!({
                    "provider": p,
                    "autoscaling_group_name": r(&group.address, "name"),
                    "name": "trading-web-target-tracking-dev",
                    "policy_type": "TargetTrackingScaling",
                    "target_tracking_configuration": {
                        "target_value": 50,
                        "predefined_metric_specification": {
                            "predefined_metric_type": "ASGAverageCPUUtilization",
                        },
                    },
                })
            ),
            "{:#}",
            tt.body
        );
    }
}

#[test]
fn request_count_tracking_is_labelled_with_the_alb_and_target_group() {
    let w = build_with("dev", ebs_keys(), edge(), |p| {
        p.load_target = LoadTarget::RequestsPerTarget(RequestsPerTarget::new(1000).unwrap());
        p.instance_refresh = None;
    });
    let s = tfdr_testing::synth(&w.stack);
    let alb = at(s.resources_of::<Lb>(), "web/dr/alb");
    let tg = at(s.resources_of::<LbTargetGroup>(), "web/dr/target-group");
    let tt = at(
        s.resources_of::<AutoscalingPolicy>(),
        "web/dr/scale-target-tracking",
    );
    assert_eq!(
        tt.body["target_tracking_configuration"],
        json!({
            "target_value": 1000,
            "predefined_metric_specification": {
                "predefined_metric_type": "ALBRequestCountPerTarget",
                "resource_label": format!("${{{}.arn_suffix}}/${{{}.arn_suffix}}", alb.address, tg.address),
            },
        })
    );
    let group = at(s.resources_of::<AutoscalingGroup>(), "web/dr/group");
    assert!(group.body.get("instance_refresh").is_none());
}

#[test]
fn the_standby_scales_out_to_the_primarys_size_from_its_own_traffic_alarm() {
    let (w, s) = build();
    let group = at(s.resources_of::<AutoscalingGroup>(), "web/dr/group");
    let policy = at(
        s.resources_of::<AutoscalingPolicy>(),
        "web/dr/scale-out-standby",
    );
    assert!(
        tfdr_testing::matches(
            &policy.body,
            &json!({
                "provider": "aws.dr",
                "autoscaling_group_name": r(&group.address, "name"),
                "name": "trading-web-standby-scale-out-dev",
                "policy_type": "SimpleScaling",
                "adjustment_type": "ExactCapacity",
                "scaling_adjustment": 3,
                "cooldown": 180,
            })
        ),
        "{:#}",
        policy.body
    );
    let alb = at(s.resources_of::<Lb>(), "web/dr/alb");
    let alarm = at(
        s.resources_of::<CloudwatchMetricAlarm>(),
        "web/dr/standby-traffic-alarm",
    );
    assert!(
        tfdr_testing::matches(
            &alarm.body,
            &json!({
                "provider": "aws.dr",
                "alarm_name": "trading-web-standby-traffic-dev",
                "evaluation_periods": 1,
                "datapoints_to_alarm": 1,
                "threshold": 1,
                "comparison_operator": "GreaterThanOrEqualToThreshold",
                "treat_missing_data": "notBreaching",
                "alarm_actions": [r(&policy.address, "arn")],
                "metric_query": [
                    {
                        "id": "requests",
                        "metric": {
                            "namespace": "AWS/ApplicationELB",
                            "metric_name": "RequestCount",
                            "stat": "Sum",
                            "period": 60,
                            "dimensions": {"LoadBalancer": r(&alb.address, "arn_suffix")},
                        },
                    },
                    {
                        "id": "desired",
                        "metric": {
                            "namespace": "AWS/AutoScaling",
                            "metric_name": "GroupDesiredCapacity",
                            "stat": "Maximum",
                            "period": 60,
                            "dimensions": {"AutoScalingGroupName": r(&group.address, "name")},
                        },
                    },
                    {
                        "id": "failed_over",
                        "expression": "IF(requests > 300 AND desired < 3, 1, 0)",
                        "return_data": true,
                    },
                ],
            })
        ),
        "{:#}",
        alarm.body
    );
    // Only the expression returns data (an alarm on metric math watches exactly one).
    for q in alarm.body["metric_query"].as_array().unwrap() {
        assert_eq!(
            q.get("return_data") == Some(&json!(true)),
            q["id"] == "failed_over"
        );
    }
    for k in [
        "metric_name",
        "namespace",
        "statistic",
        "period",
        "dimensions",
    ] {
        assert!(alarm.body.get(k).is_none(), "{k}: metric math only");
    }
    let out = &w.tier.standby_scale_out;
    assert_eq!(out.region, Region::UsEast2);
    assert_eq!(out.target_capacity, 3);
    assert_eq!(out.policy_name, "trading-web-standby-scale-out-dev");
    assert_eq!(out.group_name, "trading-web-dev");
    assert_eq!(w.tier.warmup.get(), 180);
    assert_eq!(w.tier.health_match, HEALTH_MATCH);
}

#[test]
fn a_function_role_in_another_region_may_execute_the_scale_out() {
    let w = build_with("dev", ebs_keys(), edge(), |_| {});
    // E.g. the function next to the us-east-1 health-check alarm of a pair elsewhere: here
    // the primary's provider, which is another region than the DR group's.
    let doc = w.ctx.root().child("trigger").region(Side::Primary).add(
        "permissions",
        IamPolicyDocument::new().statement(w.tier.standby_scale_out.execute_statement()),
    );
    w.ctx.root().child("trigger").region(Side::Primary).add(
        "policy",
        IamPolicy::new(doc.json()).name(w.ctx.name::<IamPolicy>("scale-out", Side::Primary)),
    );
    let s = tfdr_testing::try_synth(&w.stack).unwrap_or_else(|e| panic!("{e}"));
    let group = at(s.resources_of::<AutoscalingGroup>(), "web/dr/group");
    let doc = at(
        s.data_sources("aws_iam_policy_document"),
        "trigger/primary/permissions",
    );
    assert_eq!(
        doc.body["statement"][0],
        json!({
            "sid": "ScaleOutTheStandbyWebTier",
            "effect": "Allow",
            "actions": ["autoscaling:ExecutePolicy"],
            "resources": [r(&group.address, "arn")],
        })
    );
}

#[test]
fn outputs_reference_the_built_resources() {
    let (w, _) = build();
    let root = w.stack.root();
    for (side, t) in w.tier.iter() {
        let a = side.alias();
        root.output(&format!("{a}_dns"), t.alb_dns_name.clone());
        root.output(&format!("{a}_zone"), t.alb_zone_id.clone());
        root.output(&format!("{a}_alb_suffix"), t.alb_arn_suffix.clone());
        root.output(&format!("{a}_tg_suffix"), t.target_group_arn_suffix.clone());
        root.output(&format!("{a}_listener"), t.https_listener_arn.clone());
        root.output(&format!("{a}_group"), t.group_arn.clone());
    }
    root.output("scale_out", w.tier.standby_scale_out.policy_arn.clone());
    let s = tfdr_testing::synth(&w.stack);
    for (side, _) in SIDES {
        let alb = at(s.resources_of::<Lb>(), &format!("web/{side}/alb"));
        let tg = at(
            s.resources_of::<LbTargetGroup>(),
            &format!("web/{side}/target-group"),
        );
        let group = at(
            s.resources_of::<AutoscalingGroup>(),
            &format!("web/{side}/group"),
        );
        let https = at(
            s.resources_of::<LbListener>(),
            &format!("web/{side}/listener-https"),
        );
        for (name, want) in [
            ("dns", r(&alb.address, "dns_name")),
            ("zone", r(&alb.address, "zone_id")),
            ("alb_suffix", r(&alb.address, "arn_suffix")),
            ("tg_suffix", r(&tg.address, "arn_suffix")),
            ("listener", r(&https.address, "arn")),
            ("group", r(&group.address, "arn")),
        ] {
            assert_eq!(
                s.output_value(&format!("{side}_{name}")),
                Some(&want),
                "{side}_{name}"
            );
        }
    }
    let policy = at(
        s.resources_of::<AutoscalingPolicy>(),
        "web/dr/scale-out-standby",
    );
    assert_eq!(
        s.output_value("scale_out"),
        Some(&r(&policy.address, "arn"))
    );
}

/// The HCL string literal inside `${base64encode("…")}`, unescaped, with the one
/// interpolation replaced by `@@DB@@`.
fn user_data_template(user_data: &str) -> String {
    let inner = user_data
        .strip_prefix("${base64encode(\"")
        .and_then(|x| x.strip_suffix("\")}"))
        .unwrap_or_else(|| panic!("not base64encode(\"…\"): {}", &user_data[..60]));
    let mut out = String::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('"') => out.push('"'),
                Some('\\') => out.push('\\'),
                other => panic!("unexpected escape \\{other:?}"),
            },
            '$' if chars.peek() == Some(&'{') => {
                for c in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                }
                out.push_str("@@DB@@");
            }
            c => out.push(c),
        }
    }
    out
}

#[test]
fn user_data_is_the_script_with_the_regions_database_endpoint() {
    let (_, s) = build();
    for (side, region) in [("primary", Region::UsEast1), ("dr", Region::UsEast2)] {
        let lt = at(
            s.resources_of::<LaunchTemplate>(),
            &format!("web/{side}/launch-template"),
        );
        let db = at(
            s.data_sources("aws_rds_cluster"),
            &format!("db/{side}/cluster"),
        );
        let user_data = lt.body["user_data"].as_str().unwrap();
        assert_eq!(
            user_data.matches("${").count(),
            2,
            "the call and one interpolation inside it: the endpoint"
        );
        assert!(user_data.contains(&format!("${{{}.endpoint}}", db.address)));
        let (health, live) = ("/health".parse().unwrap(), "/live".parse().unwrap());
        let mut settings = user_data::tests::settings_for(&health, &live);
        settings.region = region;
        assert_eq!(
            user_data_template(user_data),
            user_data::script_text(&settings, "@@DB@@")
        );
        assert!(user_data.contains("trading_status"));
    }
}

#[test]
fn terraform_decodes_the_user_data_to_the_script() {
    let Some(tf) = tfdr_testing::terraform::Terraform::require_or_skip() else {
        return;
    };
    // Only the expression: a local stands in for the database endpoint, so `apply` needs
    // no provider and `output` returns what EC2 would receive.
    let stack = Stack::new("user-data");
    let root = stack.root();
    let host = root.local::<String>(
        "db_host",
        "trading.cluster-abc.eu-central-1.rds.amazonaws.com",
    );
    let (health, live) = ("/health".parse().unwrap(), "/live".parse().unwrap());
    let settings = user_data::tests::settings_for(&health, &live);
    root.output("user_data", user_data::user_data(&settings, &host));
    let doc = tfdr_codegen::Synthesizer::new()
        .synthesize(&stack)
        .expect("synthesizes");
    let mut wd = tf.workdir().expect("workdir");
    wd.write_stack(&doc).expect("write");
    wd.run_checked(&["init", "-input=false", "-no-color"])
        .expect("terraform init");
    wd.apply_auto_approve().expect("terraform apply");
    let outputs = wd.output_json().expect("terraform output -json");
    let encoded = outputs["user_data"]["value"].as_str().unwrap();
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .expect("base64");
    let script = String::from_utf8(decoded).unwrap();
    assert_eq!(
        script,
        user_data::script_text(
            &settings,
            "trading.cluster-abc.eu-central-1.rds.amazonaws.com"
        )
    );
    assert!(script.contains("\"trading_status\": \"OPEN\""));
    assert!(script.len() < MAX_USER_DATA_BYTES);
}

#[test]
fn a_graviton_type_gets_the_arm64_image() {
    let w = build_with("dev", ebs_keys(), edge(), |p| {
        p.instance_type = "t4g.small".parse().unwrap();
    });
    let s = tfdr_testing::synth(&w.stack);
    for ami in s.data_sources("aws_ssm_parameter") {
        assert!(ami.body["name"]
            .as_str()
            .unwrap()
            .ends_with("al2023-ami-kernel-default-arm64"));
    }
}

#[test]
fn the_alb_logs_to_its_regions_log_bucket_once_it_may_write_there() {
    let (_, s) = build();
    for (side, p) in SIDES {
        let alb = at(s.resources_of::<Lb>(), &format!("web/{side}/alb"));
        let bucket = at(
            s.resources("aws_s3_bucket"),
            &format!("access-logs/{side}/bucket"),
        );
        let policy = at(
            s.resources("aws_s3_bucket_policy"),
            &format!("access-logs/{side}/policy"),
        );
        assert_eq!(alb.body["provider"], p);
        assert_eq!(
            alb.body["access_logs"],
            json!({"bucket": r(&bucket.address, "id"), "enabled": true, "prefix": "load-balancers"}),
            "{side}"
        );
        let deps = alb.body["depends_on"].to_string();
        assert!(deps.contains(&policy.address), "{side}: {deps}");
    }
    // Both regions opened before August 2022: each region's ELB account writes (the
    // service principal of newer regions: `s3_access_logs` tests).
    let docs = s.data_sources("aws_iam_policy_document");
    for (side, account) in [("primary", "127311923021"), ("dr", "033677994240")] {
        let doc = at(docs.clone(), &format!("access-logs/{side}/tls-only"))
            .body
            .to_string();
        assert!(
            doc.contains(&format!("arn:aws:iam::{account}:root")),
            "{side}: {doc}"
        );
        assert!(doc.contains("/load-balancers/AWSLogs/"), "{side}: {doc}");
    }
}

#[test]
fn a_log_bucket_closed_to_load_balancers_is_reported_at_synth() {
    let w = build_logged("dev", ebs_keys(), edge(), false, |_| {});
    let e = tfdr_testing::try_synth(&w.stack).unwrap_err().to_string();
    for side in ["primary", "dr"] {
        assert!(
            e.contains(&format!(
                "access_logs.{side}: the log bucket does not let load balancers write"
            )),
            "{e}"
        );
    }
}

#[test]
fn a_network_without_an_edge_is_reported_at_synth() {
    let w = build_with("dev", ebs_keys(), Internet::None, |_| {});
    let e = tfdr_testing::try_synth(&w.stack).unwrap_err().to_string();
    assert!(
        e.contains("data-test/web: network has no internet edge"),
        "{e}"
    );
}

#[test]
fn a_key_that_does_not_grant_ebs_is_reported_at_synth() {
    let w = build_with("dev", vec![KeyService::CloudWatchLogs], edge(), |_| {});
    let e = tfdr_testing::try_synth(&w.stack).unwrap_err().to_string();
    for side in ["primary", "dr"] {
        assert!(
            e.contains(&format!(
                "keys.{side}: the key does not grant KeyService::Ebs"
            )),
            "{e}"
        );
    }
}

#[test]
fn a_certificate_of_the_wrong_region_fails_synth() {
    let w = build_with("dev", ebs_keys(), edge(), |p| {
        // Both listeners get the primary's certificate: the DR one is in the wrong region.
        let primary = p.certificate_arns.primary.clone();
        let swapped = Box::leak(Box::new(PerRegion {
            primary: primary.clone(),
            dr: primary,
        }));
        p.certificate_arns = swapped;
    });
    let e = tfdr_testing::try_synth(&w.stack).unwrap_err().to_string();
    assert!(e.contains("from another region"), "{e}");
}

#[test]
fn the_web_tier_passes_the_policy_for_any_suffix_and_is_valid_terraform() {
    for suffix in ["dev", "pr-1234", "abcdefghijklmnop"] {
        let w = build_with(suffix, ebs_keys(), edge(), |_| {});
        let s = tfdr_testing::try_synth(&w.stack).unwrap_or_else(|e| panic!("{suffix}: {e}"));
        for ty in [Lb::TYPE, LbTargetGroup::TYPE] {
            for f in s.resources(ty) {
                let name = f.body["name"].as_str().unwrap();
                assert!(name.len() <= 32 && name.ends_with(suffix), "{name}");
            }
        }
        for lt in s.resources_of::<LaunchTemplate>() {
            for spec in lt.body["tag_specifications"].as_array().unwrap() {
                let name = spec["tags"]["Name"].as_str().unwrap();
                assert!(name.ends_with(&format!("-{suffix}")), "{name}");
            }
        }
    }
    let (_, s) = build();
    if let Some(v) = s.assert_valid_terraform() {
        assert_eq!(v.warning_count, 0, "{v}");
    }
}

#[test]
fn what_a_group_launches_carries_its_regions_tags_of_the_stacks_policy() {
    let w = build_on(
        context_with_tags(Region::UsEast1, Region::UsWest2, "dev", dr_role_tags()),
        ebs_keys(),
        edge(),
        true,
        |_| {},
    );
    // The per-region policy holds on every resource, launched ones included.
    let s = tfdr_testing::try_synth(&w.stack).unwrap_or_else(|e| panic!("{e}"));
    for (side, role) in [("primary", "primary"), ("dr", "secondary")] {
        let want = json!({
            "Environment": "DR",
            "CostCenter": "Transactions",
            "DR-Role": role,
            "Name": "trading-web-dev",
        });
        let lt = at(
            s.resources_of::<LaunchTemplate>(),
            &format!("web/{side}/launch-template"),
        );
        let specs = lt.body["tag_specifications"].as_array().unwrap();
        assert_eq!(specs.len(), 3);
        for spec in specs {
            assert_eq!(spec["tags"], want, "{side}: {spec}");
        }
        let group = at(
            s.resources_of::<AutoscalingGroup>(),
            &format!("web/{side}/group"),
        );
        let tags: serde_json::Map<String, Value> = group.body["tag"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                assert_eq!(t["propagate_at_launch"], true, "{t}");
                (t["key"].as_str().unwrap().to_string(), t["value"].clone())
            })
            .collect();
        assert_eq!(Value::Object(tags), want, "{side}");
    }
}
