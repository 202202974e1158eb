//! The network ACL of the private subnets: rules as separate `aws_network_acl_rule`
//! resources (all `allow`; the ACL's implicit final rule denies everything else).

use tfdr_dsl::aws::enums::RuleAction;
use tfdr_dsl::aws::{
    NetworkAcl, NetworkAclAssociation, NetworkAclAssociationArgs, NetworkAclRule,
    NetworkAclRuleArgs,
};
use tfdr_dsl::{Expr, Scope};

use super::{name_tag, AZ_LETTERS};
use crate::context::{DrContext, Side};

/// Where a network ACL rule's peer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum AclPeer {
    /// The region's VPC CIDR.
    Vpc,
    /// `0.0.0.0/0`. With no internet gateway and no NAT, the only addresses outside the
    /// VPC the subnets can exchange traffic with are the AWS services behind the gateway
    /// endpoints (public S3/DynamoDB ranges, which an ACL cannot name by prefix list).
    Anywhere,
}

/// One rule of the private subnets' network ACL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct AclRule {
    /// Construct id suffix (`nacl-<id>`).
    pub id: &'static str,
    /// Rule number (evaluation order).
    pub number: u16,
    /// Outbound (`true`) or inbound.
    pub egress: bool,
    /// `-1` (all) or `tcp`.
    pub protocol: &'static str,
    /// Port range for `tcp` (ignored for `-1`).
    pub ports: Option<(u16, u16)>,
    /// The peer.
    pub peer: AclPeer,
}

/// The first port of RDP, never admitted from outside the VPC.
pub(super) const RDP_PORT: u16 = 3389;

/// The private subnets' network ACL rules: traffic within the VPC both ways (the security
/// groups do the fine-grained filtering), HTTPS out (to S3/DynamoDB through the gateway
/// endpoints), and the return traffic of those connections on the ephemeral ports.
///
/// The ephemeral range is the one AWS documents for Lambda clients, 1024–65535, minus RDP
/// (3389): from outside the VPC the ACL admits no remote-administration port (SSH 22 and
/// FTP 20/21 are below 1024). The cost is one port in 64,512: a connection that the kernel
/// happens to give local port 3389 does not see its replies and is retried by the AWS SDKs.
pub(super) const NACL_RULES: [AclRule; 5] = [
    AclRule {
        id: "ingress-vpc",
        number: 100,
        egress: false,
        protocol: "-1",
        ports: None,
        peer: AclPeer::Vpc,
    },
    AclRule {
        id: "ingress-ephemeral-below-rdp",
        number: 110,
        egress: false,
        protocol: "tcp",
        ports: Some((1024, RDP_PORT - 1)),
        peer: AclPeer::Anywhere,
    },
    AclRule {
        id: "ingress-ephemeral-above-rdp",
        number: 120,
        egress: false,
        protocol: "tcp",
        ports: Some((RDP_PORT + 1, 65535)),
        peer: AclPeer::Anywhere,
    },
    AclRule {
        id: "egress-vpc",
        number: 100,
        egress: true,
        protocol: "-1",
        ports: None,
        peer: AclPeer::Vpc,
    },
    AclRule {
        id: "egress-https",
        number: 110,
        egress: true,
        protocol: "tcp",
        ports: Some((443, 443)),
        peer: AclPeer::Anywhere,
    },
];

/// Adds the ACL, its subnet associations and its rules under `scope`.
pub(super) fn private_acl(
    ctx: &DrContext,
    side: Side,
    scope: &Scope,
    vpc_id: &Expr<String>,
    vpc_cidr: &str,
    subnet_ids: &[Expr<String>],
) {
    let nacl = scope.add(
        "nacl",
        NetworkAcl::new(vpc_id.clone())
            .tags(name_tag(ctx.name::<NetworkAcl>("private-nacl", side))),
    );
    for (letter, subnet_id) in AZ_LETTERS.iter().zip(subnet_ids) {
        scope.add(
            &format!("nacl-association-{letter}"),
            NetworkAclAssociation::new(NetworkAclAssociationArgs {
                network_acl_id: nacl.id(),
                subnet_id: subnet_id.clone(),
            }),
        );
    }
    for rule in NACL_RULES {
        let peer = match rule.peer {
            AclPeer::Vpc => vpc_cidr.to_string(),
            AclPeer::Anywhere => "0.0.0.0/0".to_string(),
        };
        let mut acl_rule = NetworkAclRule::new(NetworkAclRuleArgs {
            network_acl_id: nacl.id(),
            protocol: rule.protocol.into(),
            rule_action: RuleAction::Allow.into(),
            rule_number: rule.number.into(),
        })
        .egress(rule.egress)
        .cidr_block(peer);
        if let Some((from, to)) = rule.ports {
            acl_rule = acl_rule.from_port(from).to_port(to);
        }
        scope.add(&format!("nacl-{}", rule.id), acl_rule);
    }
}
