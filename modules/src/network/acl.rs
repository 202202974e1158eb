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
    /// With an internet edge ([`super::Internet::Edge`]) they are also the internet
    /// hosts reached through the NAT gateways and, for the public subnets, the load
    /// balancer's clients.
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
    let at = AclAt {
        id: "nacl",
        name: "private-nacl",
    };
    network_acl(
        ctx,
        side,
        scope,
        &at,
        vpc_id,
        vpc_cidr,
        subnet_ids,
        &NACL_RULES,
    );
}

/// Where an ACL goes: its construct id (the associations and rules are
/// `<id>-association-<az>` and `<id>-<rule id>`) and the base of its `Name` tag.
pub(super) struct AclAt {
    pub id: &'static str,
    pub name: &'static str,
}

/// Adds an ACL at `at`, its associations with `subnet_ids` and `rules` under `scope`.
#[allow(clippy::too_many_arguments)]
pub(super) fn network_acl(
    ctx: &DrContext,
    side: Side,
    scope: &Scope,
    at: &AclAt,
    vpc_id: &Expr<String>,
    vpc_cidr: &str,
    subnet_ids: &[Expr<String>],
    rules: &[AclRule],
) {
    let nacl = scope.add(
        at.id,
        NetworkAcl::new(vpc_id.clone()).tags(name_tag(ctx.name::<NetworkAcl>(at.name, side))),
    );
    for (letter, subnet_id) in AZ_LETTERS.iter().zip(subnet_ids) {
        scope.add(
            &format!("{}-association-{letter}", at.id),
            NetworkAclAssociation::new(NetworkAclAssociationArgs {
                network_acl_id: nacl.id(),
                subnet_id: subnet_id.clone(),
            }),
        );
    }
    for rule in rules {
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
        scope.add(&format!("{}-{}", at.id, rule.id), acl_rule);
    }
}

/// The public subnets' network ACL rules (only with an internet edge): traffic within the
/// VPC both ways; from the internet HTTPS (443) and HTTP (80, answered with a redirect to
/// HTTPS) to the load balancer, and the return traffic of the NAT gateways' connections
/// on the ephemeral ports (1024–65535 minus RDP, as in [`NACL_RULES`]); to the internet
/// HTTPS (443, what the NAT gateways forward for the private subnets) and the load
/// balancer's answers to its clients on their ephemeral ports (1024–65535).
///
/// No remote-administration port (SSH 22, RDP 3389, FTP 20/21) is admitted from outside
/// the VPC, and nothing leaves for the internet but HTTPS and answers.
pub(super) const PUBLIC_NACL_RULES: [AclRule; 8] = [
    AclRule {
        id: "ingress-vpc",
        number: 100,
        egress: false,
        protocol: "-1",
        ports: None,
        peer: AclPeer::Vpc,
    },
    AclRule {
        id: "ingress-https",
        number: 110,
        egress: false,
        protocol: "tcp",
        ports: Some((443, 443)),
        peer: AclPeer::Anywhere,
    },
    AclRule {
        id: "ingress-http",
        number: 120,
        egress: false,
        protocol: "tcp",
        ports: Some((80, 80)),
        peer: AclPeer::Anywhere,
    },
    AclRule {
        id: "ingress-ephemeral-below-rdp",
        number: 130,
        egress: false,
        protocol: "tcp",
        ports: Some((1024, RDP_PORT - 1)),
        peer: AclPeer::Anywhere,
    },
    AclRule {
        id: "ingress-ephemeral-above-rdp",
        number: 140,
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
    AclRule {
        id: "egress-ephemeral",
        number: 120,
        egress: true,
        protocol: "tcp",
        ports: Some((1024, 65535)),
        peer: AclPeer::Anywhere,
    },
];
