//! Interface VPC endpoints (AWS PrivateLink), only with [`super::NetworkOptions`] asking
//! for them: one `aws_vpc_endpoint` of type `Interface` per service in the private subnets,
//! private DNS on, behind one security group (`sg-endpoints`) that admits HTTPS from the
//! app security group only.
//!
//! Service names are `com.amazonaws.<region>.<service>` as listed in the AWS PrivateLink
//! Guide, "AWS services that integrate with AWS PrivateLink"
//! (<https://docs.aws.amazon.com/vpc/latest/privatelink/aws-services-privatelink-support.html>).
//! In the China partition (`aws-cn`) some services are named `cn.com.amazonaws.<region>.…`
//! instead (same guide, China edition); which ones is not encoded here, so a network with
//! interface endpoints in an `aws-cn` region is reported as a problem at synth.

use std::collections::BTreeMap;

use tfdr_dsl::aws::enums::VpcEndpointType;
use tfdr_dsl::aws::{
    SecurityGroup, VpcEndpoint, VpcSecurityGroupIngressRule, VpcSecurityGroupIngressRuleArgs,
};
use tfdr_dsl::{Expr, Region, Scope};

use super::name_tag;
use crate::context::{DrContext, DrScope, Side};

/// An AWS service reached through an interface VPC endpoint (AWS PrivateLink).
///
/// Each maps to its PrivateLink service name `com.amazonaws.<region>.<service>`
/// ([`InterfaceService::service`] is the last part), as listed in the AWS PrivateLink
/// Guide, "AWS services that integrate with AWS PrivateLink".
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "config", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum InterfaceService {
    /// AWS Secrets Manager (`secretsmanager`).
    SecretsManager,
    /// The Amazon RDS API (`rds`): control-plane calls such as `rds:ModifyDBCluster`.
    Rds,
    /// The Amazon RDS Data API (`rds-data`): SQL over HTTPS, for clusters with the Data
    /// API on.
    RdsData,
    /// Amazon CloudWatch Logs (`logs`).
    Logs,
    /// Amazon CloudWatch metrics (`monitoring`).
    Monitoring,
    /// Amazon SNS (`sns`).
    Sns,
    /// AWS STS (`sts`), the regional endpoint.
    Sts,
    /// Amazon EventBridge (`events`).
    Events,
    /// AWS Lambda (`lambda`): the API, e.g. invoking a function from the VPC.
    Lambda,
    /// AWS KMS (`kms`).
    Kms,
    /// Amazon SQS (`sqs`).
    Sqs,
    /// AWS Systems Manager (`ssm`), e.g. Parameter Store.
    Ssm,
}

impl InterfaceService {
    /// Every service, in declaration order.
    pub const ALL: [InterfaceService; 12] = [
        InterfaceService::SecretsManager,
        InterfaceService::Rds,
        InterfaceService::RdsData,
        InterfaceService::Logs,
        InterfaceService::Monitoring,
        InterfaceService::Sns,
        InterfaceService::Sts,
        InterfaceService::Events,
        InterfaceService::Lambda,
        InterfaceService::Kms,
        InterfaceService::Sqs,
        InterfaceService::Ssm,
    ];

    /// The last part of the service name (`secretsmanager`, `rds-data`, `monitoring`, …);
    /// also the construct id suffix of its endpoint (`endpoint-<service>`).
    pub fn service(self) -> &'static str {
        match self {
            InterfaceService::SecretsManager => "secretsmanager",
            InterfaceService::Rds => "rds",
            InterfaceService::RdsData => "rds-data",
            InterfaceService::Logs => "logs",
            InterfaceService::Monitoring => "monitoring",
            InterfaceService::Sns => "sns",
            InterfaceService::Sts => "sts",
            InterfaceService::Events => "events",
            InterfaceService::Lambda => "lambda",
            InterfaceService::Kms => "kms",
            InterfaceService::Sqs => "sqs",
            InterfaceService::Ssm => "ssm",
        }
    }

    /// The PrivateLink service name in `region`: `com.amazonaws.<region>.<service>`.
    ///
    /// Right for the `aws` and `aws-us-gov` partitions; in `aws-cn` some services use a
    /// `cn.` prefix, which this does not add (the network reports such a region at synth).
    pub fn service_name(self, region: Region) -> String {
        format!("com.amazonaws.{region}.{}", self.service())
    }
}

/// The interface endpoints of one region, as built.
pub(super) struct Built {
    pub endpoint_ids: BTreeMap<InterfaceService, Expr<String>>,
    pub security_group_id: Expr<String>,
}

/// Where the endpoints go.
pub(super) struct At<'a> {
    pub me: &'a DrScope,
    pub side: Side,
    pub scope: &'a Scope,
    pub vpc_id: &'a Expr<String>,
    pub subnet_ids: &'a [Expr<String>],
    pub app_security_group_id: &'a Expr<String>,
    pub workload: &'a str,
}

/// Adds the endpoints security group, its one ingress rule and one interface endpoint per
/// service in `services` (deduplicated); `None` (nothing added) when `services` is empty.
pub(super) fn interface_endpoints(at: &At<'_>, services: &[InterfaceService]) -> Option<Built> {
    if services.is_empty() {
        return None;
    }
    let ctx: &DrContext = at.me.ctx();
    let side = at.side;
    let r = ctx.region(side);
    if r.partition() == "aws-cn" {
        crate::api_domain::record_problem(
            at.me,
            format!(
                "interface endpoint service names in {r} (partition aws-cn) are not all \
                 com.amazonaws.<region>.<service>: some are cn.com.amazonaws.<region>.<service> \
                 (AWS PrivateLink Guide, China edition); tfdr does not encode which"
            ),
        );
    }
    let name = ctx.name::<SecurityGroup>("endpoints-sg", side);
    let sg = at.scope.add(
        "sg-endpoints",
        SecurityGroup::new()
            .name(name.clone())
            .description(format!(
                "{name}: {} interface VPC endpoints in {r}; HTTPS from the app security group only",
                at.workload
            ))
            .vpc_id(at.vpc_id.clone())
            .tags(name_tag(name)),
    );
    at.scope.add(
        "sg-endpoints-ingress-https-from-app",
        VpcSecurityGroupIngressRule::new(VpcSecurityGroupIngressRuleArgs {
            ip_protocol: "tcp".into(),
            security_group_id: sg.id(),
        })
        .from_port(443)
        .to_port(443)
        .referenced_security_group_id(at.app_security_group_id.clone())
        .description("HTTPS from the app security group")
        .tags(name_tag(
            ctx.name::<VpcSecurityGroupIngressRule>("endpoints-from-app-https", side),
        )),
    );
    let mut endpoint_ids = BTreeMap::new();
    for &service in services {
        if endpoint_ids.contains_key(&service) {
            continue;
        }
        let s = service.service();
        let endpoint = at.scope.add(
            &format!("endpoint-{s}"),
            VpcEndpoint::new(at.vpc_id.clone())
                .service_name(service.service_name(r))
                .vpc_endpoint_type(VpcEndpointType::Interface)
                .private_dns_enabled(true)
                .subnet_ids(at.subnet_ids.to_vec())
                .security_group_ids(vec![sg.id()])
                .tags(name_tag(
                    ctx.name::<VpcEndpoint>(&format!("{s}-endpoint"), side),
                )),
        );
        endpoint_ids.insert(service, endpoint.id());
    }
    Some(Built {
        endpoint_ids,
        security_group_id: sg.id(),
    })
}
