//! An internet-facing web tier in both regions of the pair: an Application Load Balancer
//! in the public subnets, EC2 instances of an Auto Scaling group in the private subnets
//! serving a small trading API, and the scaling that lets the standby run at its minimum
//! until it is needed.
//!
//! Per region (`<id>/<primary|dr>/…`):
//! - `ami`: `data aws_ssm_parameter` of the latest Amazon Linux 2023 image for the
//!   instance type's architecture (AWS's public parameter; read per region, since AMI ids
//!   are regional).
//! - `alb`: internet-facing, in the network's public subnets with its load balancer
//!   security group; invalid header fields dropped, desync mitigation `defensive`,
//!   deletion protection off (the stack must stay destroyable), access logs to the
//!   region's log bucket under `load-balancers/` (created after the bucket policy that
//!   lets Elastic Load Balancing write there).
//! - `listener-https`: 443, [`TlsPolicy`] (TLS 1.2 or later), the caller's certificate of
//!   that region, forwarding to `target-group`. `listener-http`: 80, a permanent redirect
//!   to HTTPS and nothing else.
//! - `target-group`: HTTPS to the instances on the app's port (the instances answer TLS
//!   with a self-signed certificate: encryption in transit inside the VPC), health check
//!   on the **liveness** path. The load balancer's check decides which instances Auto
//!   Scaling replaces, so it must not depend on the database: with a deep check, a
//!   database outage would make Auto Scaling replace every instance of the region at once.
//!   The deep check ([`WebTierProps::health_path`], [`HEALTH_MATCH`]) is for Route 53.
//! - `launch-template`: the instance type, the AMI, the app security group on the only
//!   network interface with no public IP, IMDSv2 only (`http_tokens = required`, hop
//!   limit 1: a container or a forwarded request cannot reach the credentials), an
//!   encrypted gp3 root volume with the region's key, detailed monitoring, the user data
//!   (`user_data.rs`), and `tag_specifications` that put the region's tags of the stack's
//!   tag policy ([`DrContext::tags`](crate::DrContext::tags): the DR tags by default, a
//!   per-region `DR-Role` where the stack has one) and a `Name` on the instances, their
//!   volumes and network interfaces: provider `default_tags` reach the launch template
//!   itself, never what an Auto Scaling group launches from it.
//! - `group`: the Auto Scaling group over the private subnets, sized by
//!   [`FleetCapacity`] (the standby at its minimum), `ELB` health checks with the grace
//!   period, default instance warm-up, the group metrics, tags propagated at launch, and
//!   an optional rolling instance refresh; `desired_capacity` is left to the scaling
//!   policies after creation (`ignore_changes`), so applying again never undoes a
//!   scale-out.
//! - `scale-target-tracking`: target tracking on CPU or on requests per target
//!   ([`LoadTarget`]), for load in either region.
//!
//! And in the DR region only (the standby is the side that must grow; the primary already
//! runs at its size):
//! - `scale-out-standby`: a simple scaling policy setting the group to exactly the
//!   primary's desired size ([`FleetCapacity::scale_out_target`]), cooldown = warm-up.
//! - `standby-traffic-alarm`: the load balancer's `RequestCount` above
//!   [`WebTierProps::standby_traffic_threshold`] in one minute while the group is below
//!   that size ([`standby_trigger_expression`]) → that policy.
//!
//! ## How the standby learns that the primary is down
//!
//! Route 53 publishes health-check metrics only in us-east-1, so the alarm that declares
//! the primary down lives there; a CloudWatch alarm can only act in its own region (an
//! Auto Scaling action names a policy of the alarm's region), and an alarm cannot watch
//! another region's metric (metric math and cross-account alarms stay within one
//! region). So the DR region cannot alarm on the primary's health itself, and the us-east-1
//! alarm cannot scale the DR group directly. Two paths remain, and the component provides
//! the pieces for both:
//!
//! 1. **Fast, before traffic moves** (wired by the stack): the DR region's failover
//!    function ([`FailoverAutomation`](crate::failover_automation::FailoverAutomation),
//!    given this [`StandbyScaleOut`] as `standby`) calls Auto Scaling `ExecutePolicy` on
//!    [`StandbyScaleOut::policy_name`] as soon as Route 53's checkers declare the primary
//!    down, whatever its database decision, and only while the group is below the target
//!    ([`StandbyScaleOut::execute_statement`] is its permission, plus
//!    `autoscaling:DescribeAutoScalingGroups`). The scale-out then starts in parallel with
//!    the DNS switch. For a DR region enabled by default the function can be triggered by
//!    the us-east-1 alarm's SNS topic (`Trigger::Topic`). For an opt-in DR region
//!    (eu-central-2, for instance) SNS cannot deliver from us-east-1 (AWS SNS Developer
//!    Guide, "Prerequisites for integrating Amazon SNS with Lambda functions across
//!    regions"), so the function polls Route 53's verdict every minute from the DR region
//!    (`Trigger::Schedule`), at the price of up to one minute of detection.
//! 2. **Self-contained backstop** (built here): once DNS has failed over, clients reach
//!    the DR load balancer; its own `RequestCount` (in the DR region) crosses the
//!    threshold while the group is still below the primary's size, and the DR alarm
//!    executes the same policy directly. No cross-region hop and
//!    no dependency on us-east-1, at the price of starting a minute after traffic arrived.
//!    Route 53's own probes of the DR load balancer (roughly 15 checkers per interval)
//!    must stay below the threshold.
//!
//! Target tracking then sizes both regions for the load. The standby's recovery time
//! includes launching and warming up instances: [`WebTier::warmup`] is that term.

mod user_data;

#[cfg(test)]
pub(crate) mod tests;

use std::collections::BTreeMap;

use tfdr_dsl::aws::autoscaling_group::{
    InstanceRefresh, InstanceRefreshPreferences, LaunchTemplate as GroupLaunchTemplate, Tag,
    TagArgs,
};
use tfdr_dsl::aws::autoscaling_policy::{
    TargetTrackingConfiguration, TargetTrackingConfigurationPredefinedMetricSpecification,
};
use tfdr_dsl::aws::cloudwatch_metric_alarm::{
    MetricQuery, MetricQueryMetric, MetricQueryMetricArgs,
};
use tfdr_dsl::aws::data::iam_policy_document::Statement;
use tfdr_dsl::aws::data::SsmParameter;
use tfdr_dsl::aws::enums::{
    AdjustmentType, ComparisonOperator, DesyncMitigationMode, EbsVolumeType, HttpTokensState,
    IamEffect, InstanceMetadataSwitch, LaunchTemplateTagResource, LbProtocol, ListenerActionType,
    LoadBalancerType, PredefinedScalingMetric, RedirectStatusCode, ScalingPolicyType, TargetType,
    TreatMissingData,
};
use tfdr_dsl::aws::launch_template::{
    BlockDeviceMappings, BlockDeviceMappingsEbs, MetadataOptions, Monitoring, NetworkInterfaces,
    TagSpecifications,
};
use tfdr_dsl::aws::lb::AccessLogs as LbAccessLogs;
use tfdr_dsl::aws::lb_listener::{DefaultAction, DefaultActionRedirect};
use tfdr_dsl::aws::lb_target_group::HealthCheck;
use tfdr_dsl::aws::{
    AutoscalingGroup, AutoscalingGroupArgs, AutoscalingPolicy, AutoscalingPolicyArgs,
    CloudwatchMetricAlarm, LaunchTemplate, Lb, LbListener, LbTargetGroup,
};
use tfdr_dsl::{interpolate, Expr, Lifecycle, Region};

use crate::api_domain::record_problem;
use crate::context::{DrScope, PerRegion, Side};
use crate::kms::{KeyService, KmsKeys};
use crate::network::{Network, RegionalEdge};
use crate::s3_access_logs::{AccessLogBuckets, LOAD_BALANCER_LOG_PREFIX};
use crate::values::{
    ApiPath, AppPort, AuroraEngine, CpuTargetPercent, Ec2InstanceType, FleetCapacity,
    GracePeriodSeconds, GroupCapacity, HealthyPercent, RequestsPerMinute, RequestsPerTarget,
    WarmupSeconds,
};

pub use user_data::{APP_PY, HEALTH_MATCH, MAX_USER_DATA_BYTES};

/// The root device of Amazon Linux 2023 images: the mapping that encrypts the root volume.
pub const ROOT_DEVICE: &str = "/dev/xvda";

/// Seconds between the load balancer's health checks of a target.
pub const TARGET_HEALTH_INTERVAL: u32 = 10;

/// Consecutive failed checks that take a target out of service (30 s at the interval).
pub const TARGET_UNHEALTHY_THRESHOLD: u32 = 3;

/// Consecutive passed checks that put a target in service.
pub const TARGET_HEALTHY_THRESHOLD: u32 = 2;

/// Seconds the load balancer lets in-flight requests finish on a target being removed
/// (AWS's default is 300; a trading API's requests are short, and a long drain slows every
/// scale-in and replacement).
pub const DEREGISTRATION_DELAY_SECONDS: u32 = 30;

/// The Auto Scaling group metrics the group publishes (every minute), for dashboards and
/// the failover drill: capacity bounds, desired, in service, pending, total.
pub const GROUP_METRICS: [&str; 6] = [
    "GroupMinSize",
    "GroupMaxSize",
    "GroupDesiredCapacity",
    "GroupInServiceInstances",
    "GroupPendingInstances",
    "GroupTotalInstances",
];

/// The TLS policy of the HTTPS listeners: TLS 1.2 or later in every case (the policies
/// that still allow TLS 1.0/1.1 are not offered).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TlsPolicy {
    /// `ELBSecurityPolicy-TLS13-1-2-2021-06`: TLS 1.3 and 1.2 with forward-secret ciphers;
    /// AWS's recommended policy.
    #[default]
    Tls13And12,
    /// `ELBSecurityPolicy-TLS13-1-2-Res-2021-06`: TLS 1.3 and 1.2, AEAD ciphers only.
    Tls13And12Restricted,
    /// `ELBSecurityPolicy-TLS13-1-3-2021-06`: TLS 1.3 only.
    Tls13Only,
    /// `ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04`: TLS 1.3 and 1.2 with FIPS 140-3
    /// validated cryptography.
    Fips,
}

impl TlsPolicy {
    /// The policy's name, as the listener takes it.
    /// Source: <https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html>.
    pub fn as_str(self) -> &'static str {
        match self {
            TlsPolicy::Tls13And12 => "ELBSecurityPolicy-TLS13-1-2-2021-06",
            TlsPolicy::Tls13And12Restricted => "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
            TlsPolicy::Tls13Only => "ELBSecurityPolicy-TLS13-1-3-2021-06",
            TlsPolicy::Fips => "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04",
        }
    }
}

/// What target tracking keeps steady in each region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LoadTarget {
    /// The group's average CPU utilisation.
    Cpu(CpuTargetPercent),
    /// Requests per minute per instance at the load balancer (`ALBRequestCountPerTarget`):
    /// follows traffic directly, the better signal for an I/O-bound API.
    RequestsPerTarget(RequestsPerTarget),
}

/// What the web tier serves, on what, and how it scales.
#[derive(Debug, Clone)]
pub struct WebTierProps<'a> {
    /// The base of every name (e.g. `trading`: `trading-web-<suffix>`).
    pub name: String,
    /// The network; it must have an internet edge ([`crate::network::Internet::Edge`]):
    /// the load balancer goes into its public subnets with its load balancer group, the
    /// instances into its private subnets with its app group, on its app port. Without an
    /// edge, synth reports it.
    pub network: &'a Network,
    /// Each region's log bucket receives that region's load balancer access logs (under
    /// [`LOAD_BALANCER_LOG_PREFIX`]); it must be built with
    /// [`AccessLogBucketsProps::load_balancers`](crate::s3_access_logs::AccessLogBucketsProps::load_balancers)
    /// (otherwise synth reports it).
    pub access_logs: &'a AccessLogBuckets,
    /// Each region's key encrypts that region's instance volumes; it must grant
    /// [`KeyService::Ebs`] (otherwise synth reports it: instances would fail to launch).
    pub keys: &'a KmsKeys,
    /// Each region's certificate ARN for the HTTPS listener (e.g.
    /// [`Certificates::arns`](crate::certificate::Certificates::arns)); a certificate of
    /// another region fails synth's region check.
    pub certificate_arns: &'a PerRegion<Expr<String>>,
    /// The database endpoint each region's instances check on their health route (e.g.
    /// the primary cluster's writer endpoint and the DR cluster's endpoint).
    pub database_endpoints: &'a PerRegion<Expr<String>>,
    /// The database engine: the port the health route connects to (the one the network's
    /// groups open between the app and the database).
    pub database_engine: AuroraEngine,
    /// The instance type; its architecture picks the image.
    pub instance_type: Ec2InstanceType,
    /// Both groups' sizes (the standby at its minimum).
    pub capacity: FleetCapacity,
    /// From launch until an instance serves: default instance warm-up and the scale-out
    /// policy's cooldown.
    pub warmup: WarmupSeconds,
    /// Health check grace period of the groups.
    pub grace_period: GracePeriodSeconds,
    /// The app's deep health route (Route 53 checks it for [`HEALTH_MATCH`]).
    pub health_path: ApiPath,
    /// The app's liveness route (the load balancer checks it).
    pub liveness_path: ApiPath,
    /// The HTTPS listeners' TLS policy.
    pub tls_policy: TlsPolicy,
    /// Target tracking in both regions.
    pub load_target: LoadTarget,
    /// Requests per minute at the standby's load balancer that mean traffic has failed
    /// over (the backstop trigger of the standby scale-out).
    pub standby_traffic_threshold: RequestsPerMinute,
    /// A rolling instance refresh whenever the launch template changes, keeping at least
    /// this share of the group in service; `None`: instances are replaced only by scaling
    /// and health.
    pub instance_refresh: Option<HealthyPercent>,
}

/// The web tier of one region.
#[derive(Debug, Clone)]
pub struct RegionalWebTier {
    /// The region.
    pub region: Region,
    /// The load balancer's ARN.
    pub alb_arn: Expr<String>,
    /// The load balancer's DNS name: the target of an ALIAS record, and the host a
    /// health check of this region alone probes.
    pub alb_dns_name: Expr<String>,
    /// The Route 53 zone id of that name (the ALIAS target's zone).
    pub alb_zone_id: Expr<String>,
    /// The load balancer's ARN suffix: the `LoadBalancer` dimension of its metrics.
    pub alb_arn_suffix: Expr<String>,
    /// The HTTPS listener's ARN.
    pub https_listener_arn: Expr<String>,
    /// The target group's ARN.
    pub target_group_arn: Expr<String>,
    /// The target group's ARN suffix: the `TargetGroup` dimension of its metrics.
    pub target_group_arn_suffix: Expr<String>,
    /// The Auto Scaling group's name (literal: metrics, dashboards and API calls need it
    /// at synth).
    pub group_name: String,
    /// The Auto Scaling group's ARN.
    pub group_arn: Expr<String>,
    /// The group's configured size.
    pub capacity: GroupCapacity,
    /// The target-tracking policy's ARN.
    pub target_tracking_policy_arn: Expr<String>,
}

/// The standby's scale-out: what raises the DR group to the primary's size, and what may
/// trigger it (see the module documentation for the signal paths).
#[derive(Debug, Clone)]
pub struct StandbyScaleOut {
    /// The DR region (where the group and the policy are).
    pub region: Region,
    /// The DR group's name.
    pub group_name: String,
    /// The DR group's ARN.
    pub group_arn: Expr<String>,
    /// The policy's name (literal: `ExecutePolicy` takes it with the group name).
    pub policy_name: String,
    /// The policy's ARN: an alarm action in the DR region.
    pub policy_arn: Expr<String>,
    /// The capacity the policy sets (the primary's desired size).
    pub target_capacity: u32,
    /// The DR-region backstop alarm's name.
    pub traffic_alarm_name: String,
    /// The DR-region backstop alarm's ARN.
    pub traffic_alarm_arn: Expr<String>,
}

impl StandbyScaleOut {
    /// The IAM statement that lets a function trigger the scale-out: `autoscaling:
    /// ExecutePolicy` on the DR group only (Auto Scaling authorizes `ExecutePolicy` on the
    /// group's ARN). The ARN is marked `.cross_region()`: the statement is meant for a
    /// role used in another region too (the us-east-1 function next to the health-check
    /// alarm).
    pub fn execute_statement(&self) -> Statement {
        Statement::new()
            .sid("ScaleOutTheStandbyWebTier")
            .effect(IamEffect::Allow)
            .actions(vec!["autoscaling:ExecutePolicy"])
            .resources(vec![self.group_arn.clone().cross_region()])
    }
}

/// The web tier in both regions. Dereferences to [`PerRegion<RegionalWebTier>`].
#[derive(Debug, Clone)]
pub struct WebTier {
    regions: PerRegion<RegionalWebTier>,
    /// The standby's scale-out policy and its backstop alarm (DR region).
    pub standby_scale_out: StandbyScaleOut,
    /// The deep health route (what a Route 53 check of a region requests).
    pub health_path: ApiPath,
    /// What only a healthy answer of the health route contains.
    pub health_match: &'static str,
    /// Launch-to-serving time of an instance: the warm-up term of the standby's RTO.
    pub warmup: WarmupSeconds,
}

impl std::ops::Deref for WebTier {
    type Target = PerRegion<RegionalWebTier>;
    fn deref(&self) -> &PerRegion<RegionalWebTier> {
        &self.regions
    }
}

fn name_tag(name: &str) -> BTreeMap<String, String> {
    BTreeMap::from([("Name".to_string(), name.to_string())])
}

impl WebTier {
    /// Builds the web tier of both regions under `scope/<id>` (see the module
    /// documentation).
    pub fn new(scope: &DrScope, id: &str, props: &WebTierProps<'_>) -> WebTier {
        let me = scope.child(id);
        let base = format!("{}-web", props.name);
        let primary = regional(&me, Side::Primary, &base, props);
        let dr = regional(&me, Side::Dr, &base, props);
        let standby_scale_out = standby(&me, &base, props, &dr);
        let regions = PerRegion {
            primary: primary.tier,
            dr: dr.tier,
        };
        WebTier {
            regions,
            standby_scale_out,
            health_path: props.health_path.clone(),
            health_match: HEALTH_MATCH,
            warmup: props.warmup,
        }
    }
}

/// One region's tier, with the group's name as a reference (what the standby's policy
/// names the group by, so it is created after the group).
struct Built {
    tier: RegionalWebTier,
    group_name_ref: Expr<String>,
}

fn regional(me: &DrScope, side: Side, base: &str, props: &WebTierProps<'_>) -> Built {
    let ctx = me.ctx();
    let region = ctx.region(side);
    let scope = me.region(side);
    let network = props.network.get(side);
    let key = props.keys.get(side);
    let capacity = match side {
        Side::Primary => props.capacity.primary(),
        Side::Dr => props.capacity.standby(),
    };
    if !key.grants(KeyService::Ebs) {
        record_problem(
            me,
            format!(
                "keys.{}: the key does not grant KeyService::Ebs, so instances with volumes encrypted by it would fail to launch",
                side.alias()
            ),
        );
    }
    // Without an edge, record the problem and go on in the private subnets, so the rest
    // of the stack still builds and synth reports every problem at once.
    let (public_subnets, alb_group, app_port) = match &network.edge {
        Some(RegionalEdge {
            public_subnet_ids,
            alb_security_group_id: Some(alb_group),
            app_port: Some(app_port),
            ..
        }) => (public_subnet_ids.clone(), alb_group.clone(), *app_port),
        _ => {
            if side == Side::Primary {
                record_problem(
                    me,
                    "network has no internet edge with a load balancer group (NetworkProps.internet = Internet::Edge): an internet-facing load balancer needs public subnets".to_string(),
                );
            }
            (
                network.private_subnet_ids.clone(),
                network.app_security_group_id.clone(),
                AppPort::DEFAULT,
            )
        }
    };
    let port = app_port.get();
    let log_bucket = props.access_logs.get(side);
    if !log_bucket.load_balancers {
        record_problem(
            me,
            format!(
                "access_logs.{}: the log bucket does not let load balancers write \
                 (AccessLogBucketsProps.load_balancers = false), so the load balancer could \
                 not be created with access logs",
                side.alias()
            ),
        );
    }

    // The load balancer and its listeners.
    let alb = scope.add(
        "alb",
        Lb::new()
            .name(ctx.name::<Lb>(base, side))
            .internal(false)
            .load_balancer_type(LoadBalancerType::Application)
            .security_groups(vec![alb_group])
            .subnets(public_subnets)
            .drop_invalid_header_fields(true)
            .desync_mitigation_mode(DesyncMitigationMode::Defensive)
            .enable_deletion_protection(false)
            .access_logs(
                LbAccessLogs::new(log_bucket.bucket.clone())
                    .enabled(true)
                    .prefix(LOAD_BALANCER_LOG_PREFIX),
            ),
    );
    // The load balancer checks at creation that it may write to the bucket.
    for node in log_bucket.write_access() {
        alb.node().depends_on(node);
    }
    let target_group = scope.add(
        "target-group",
        LbTargetGroup::new()
            .name(ctx.name::<LbTargetGroup>(base, side))
            .vpc_id(network.vpc_id.clone())
            .target_type(TargetType::Instance)
            .protocol(LbProtocol::Https)
            .port(port)
            .deregistration_delay(DEREGISTRATION_DELAY_SECONDS.to_string())
            .health_check(
                HealthCheck::new()
                    .enabled(true)
                    .protocol(LbProtocol::Https)
                    .port("traffic-port")
                    .path(props.liveness_path.as_str())
                    .matcher("200")
                    .interval(TARGET_HEALTH_INTERVAL)
                    .timeout(5)
                    .healthy_threshold(TARGET_HEALTHY_THRESHOLD)
                    .unhealthy_threshold(TARGET_UNHEALTHY_THRESHOLD),
            ),
    );
    let https = scope.add(
        "listener-https",
        LbListener::new(
            alb.arn(),
            DefaultAction::new(ListenerActionType::Forward).target_group_arn(target_group.arn()),
        )
        .port(443)
        .protocol(LbProtocol::Https)
        .ssl_policy(props.tls_policy.as_str())
        .certificate_arn(props.certificate_arns.get(side).clone())
        .tags(name_tag(
            &ctx.name::<LbListener>(&format!("{base}-https"), side),
        )),
    );
    scope.add(
        "listener-http",
        LbListener::new(
            alb.arn(),
            DefaultAction::new(ListenerActionType::Redirect).redirect(
                DefaultActionRedirect::new(RedirectStatusCode::Permanent)
                    .protocol("HTTPS")
                    .port("443"),
            ),
        )
        .port(80)
        .protocol(LbProtocol::Http)
        .tags(name_tag(
            &ctx.name::<LbListener>(&format!("{base}-http"), side),
        )),
    );

    // The instances.
    let ami = scope.add(
        "ami",
        SsmParameter::new(props.instance_type.architecture().al2023_ami_parameter()),
    );
    let group_name = ctx.name::<AutoscalingGroup>(base, side);
    // The region's tags of the stack's tag policy and `Name`: what instances, volumes and
    // interfaces launched by the group carry (provider `default_tags` do not reach them).
    let launch_tags = ctx.tags(side).with_name(&group_name);
    let settings = user_data::Settings {
        region,
        db_port: props.database_engine.port(),
        app_port,
        health_path: &props.health_path,
        live_path: &props.liveness_path,
    };
    let mut template = LaunchTemplate::new()
        .name(ctx.name::<LaunchTemplate>(base, side))
        .description(format!(
            "{base} instances in {region}: IMDSv2 only, encrypted volumes, no public IP"
        ))
        .image_id(ami.insecure_value())
        .instance_type(props.instance_type.as_str())
        .update_default_version(true)
        .user_data(user_data::user_data(
            &settings,
            props.database_endpoints.get(side),
        ))
        .network_interfaces(
            NetworkInterfaces::new()
                .device_index(0)
                .associate_public_ip_address("false")
                .delete_on_termination("true")
                .security_groups(vec![network.app_security_group_id.clone()]),
        )
        .metadata_options(
            MetadataOptions::new()
                .http_endpoint(InstanceMetadataSwitch::Enabled)
                .http_tokens(HttpTokensState::Required)
                .http_put_response_hop_limit(1)
                .instance_metadata_tags(InstanceMetadataSwitch::Disabled),
        )
        .block_device_mappings(
            BlockDeviceMappings::new().device_name(ROOT_DEVICE).ebs(
                BlockDeviceMappingsEbs::new()
                    .encrypted("true")
                    .kms_key_id(key.arn.clone())
                    .volume_type(EbsVolumeType::Gp3)
                    .delete_on_termination("true"),
            ),
        )
        .monitoring(Monitoring::new().enabled(true));
    for resource in [
        LaunchTemplateTagResource::Instance,
        LaunchTemplateTagResource::Volume,
        LaunchTemplateTagResource::NetworkInterface,
    ] {
        template = template.tag_specifications(
            TagSpecifications::new()
                .resource_type(resource)
                .tags(launch_tags.clone()),
        );
    }
    let template = scope.add("launch-template", template);

    let mut group = AutoscalingGroup::new(AutoscalingGroupArgs {
        min_size: capacity.min().into(),
        max_size: capacity.max().into(),
    })
    .name(group_name.clone())
    .desired_capacity(capacity.desired())
    .vpc_zone_identifier(network.private_subnet_ids.clone())
    .target_group_arns(vec![target_group.arn()])
    .health_check_type("ELB")
    .health_check_grace_period(props.grace_period.get())
    .default_instance_warmup(props.warmup.get())
    .enabled_metrics(GROUP_METRICS.to_vec())
    .metrics_granularity("1Minute")
    .launch_template(
        GroupLaunchTemplate::new()
            .id(template.id())
            .version(template.latest_version().cast::<String>()),
    );
    for (key, value) in launch_tags {
        group = group.tag(Tag::new(TagArgs {
            key: key.into(),
            value: value.into(),
            propagate_at_launch: true.into(),
        }));
    }
    if let Some(healthy) = props.instance_refresh {
        group =
            group.instance_refresh(InstanceRefresh::new("Rolling").preferences(
                InstanceRefreshPreferences::new().min_healthy_percentage(healthy.get()),
            ));
    }
    let group = scope.add("group", group);
    group
        .node()
        .lifecycle(Lifecycle::new().ignore_changes(["desired_capacity"]));

    let tracking = match props.load_target {
        LoadTarget::Cpu(percent) => TargetTrackingConfiguration::new(percent.get())
            .predefined_metric_specification(
                TargetTrackingConfigurationPredefinedMetricSpecification::new(
                    PredefinedScalingMetric::AsgAverageCpuUtilization,
                ),
            ),
        LoadTarget::RequestsPerTarget(requests) => TargetTrackingConfiguration::new(requests.get())
            .predefined_metric_specification(
                TargetTrackingConfigurationPredefinedMetricSpecification::new(
                    PredefinedScalingMetric::AlbRequestCountPerTarget,
                )
                .resource_label(interpolate![
                    alb.arn_suffix(),
                    "/",
                    target_group.arn_suffix()
                ]),
            ),
    };
    let tracking = scope.add(
        "scale-target-tracking",
        AutoscalingPolicy::new(AutoscalingPolicyArgs {
            autoscaling_group_name: group.name(),
            name: ctx
                .name::<AutoscalingPolicy>(&format!("{base}-target-tracking"), side)
                .into(),
        })
        .policy_type(ScalingPolicyType::TargetTrackingScaling)
        .target_tracking_configuration(tracking),
    );

    Built {
        tier: RegionalWebTier {
            region,
            alb_arn: alb.arn(),
            alb_dns_name: alb.dns_name(),
            alb_zone_id: alb.zone_id(),
            alb_arn_suffix: alb.arn_suffix(),
            https_listener_arn: https.arn(),
            target_group_arn: target_group.arn(),
            target_group_arn_suffix: target_group.arn_suffix(),
            group_name,
            group_arn: group.arn(),
            capacity,
            target_tracking_policy_arn: tracking.arn(),
        },
        group_name_ref: group.name(),
    }
}

/// The metric math of the standby's backstop alarm: 1 while the standby's load balancer
/// serves more than `threshold` requests a minute (`requests`) **and** its group wants
/// fewer than `target` instances (`desired`), else 0.
///
/// The capacity condition matters: CloudWatch re-invokes an Auto Scaling action every
/// minute an alarm stays in ALARM, so an alarm on traffic alone would set the group back
/// to exactly `target` every cooldown, undoing target tracking's growth beyond it. With
/// the condition the alarm returns to OK as soon as the group has `target` instances (or
/// more), and fires again only if the group falls below while traffic still flows.
pub fn standby_trigger_expression(threshold: u32, target: u32) -> String {
    format!("IF(requests > {threshold} AND desired < {target}, 1, 0)")
}

/// The DR group's scale-out policy and its in-region backstop alarm.
fn standby(me: &DrScope, base: &str, props: &WebTierProps<'_>, built: &Built) -> StandbyScaleOut {
    let dr = &built.tier;
    let ctx = me.ctx();
    let scope = me.region(Side::Dr);
    let target = props.capacity.scale_out_target();
    let policy_name = ctx.name::<AutoscalingPolicy>(&format!("{base}-standby-scale-out"), Side::Dr);
    let policy = scope.add(
        "scale-out-standby",
        AutoscalingPolicy::new(AutoscalingPolicyArgs {
            autoscaling_group_name: built.group_name_ref.clone(),
            name: policy_name.as_str().into(),
        })
        .policy_type(ScalingPolicyType::SimpleScaling)
        .adjustment_type(AdjustmentType::ExactCapacity)
        .scaling_adjustment(target)
        .cooldown(props.warmup.get()),
    );
    let alarm_name =
        ctx.name::<CloudwatchMetricAlarm>(&format!("{base}-standby-traffic"), Side::Dr);
    let threshold = props.standby_traffic_threshold.get();
    let metric =
        |id: &str, namespace: &str, name: &str, stat: &str, dimension: (&str, Expr<String>)| {
            MetricQuery::new(id).metric(
                MetricQueryMetric::new(MetricQueryMetricArgs {
                    metric_name: name.into(),
                    period: 60.into(),
                    stat: stat.into(),
                })
                .namespace(namespace)
                .dimensions(BTreeMap::from([(dimension.0.to_string(), dimension.1)])),
            )
        };
    let alarm = scope.add(
        "standby-traffic-alarm",
        CloudwatchMetricAlarm::new(
            alarm_name.as_str(),
            ComparisonOperator::GreaterThanOrEqualToThreshold,
            1,
        )
        .metric_query(metric(
            "requests",
            "AWS/ApplicationELB",
            "RequestCount",
            "Sum",
            ("LoadBalancer", dr.alb_arn_suffix.clone()),
        ))
        .metric_query(metric(
            "desired",
            "AWS/AutoScaling",
            "GroupDesiredCapacity",
            "Maximum",
            ("AutoScalingGroupName", built.group_name_ref.clone()),
        ))
        .metric_query(
            MetricQuery::new("failed_over")
                .expression(standby_trigger_expression(threshold, target))
                .label("Traffic on the standby while it is below the primary's size")
                .return_data(true),
        )
        .datapoints_to_alarm(1)
        .threshold(1)
        .treat_missing_data(TreatMissingData::NotBreaching)
        .alarm_description(format!(
            "The standby load balancer in {} served more than {threshold} requests in a minute while its group {} had fewer than {target} instances: traffic has failed over. Raises the group to {target} instances (policy {policy_name}). Check the primary region and the Route 53 health checks.",
            dr.region, dr.group_name
        ))
        .alarm_actions(vec![policy.arn()]),
    );
    StandbyScaleOut {
        region: dr.region,
        group_name: dr.group_name.clone(),
        group_arn: dr.group_arn.clone(),
        policy_name,
        policy_arn: policy.arn(),
        target_capacity: target,
        traffic_alarm_name: alarm_name,
        traffic_alarm_arn: alarm.arn(),
    }
}
