//! The security groups of the private network and their rules, as
//! `aws_vpc_security_group_{egress,ingress}_rule` resources (no inline rules: the provider
//! removes AWS's default allow-all egress from a group it creates in a VPC, so each group
//! allows exactly the rule resources listed here).

use tfdr_dsl::aws::{
    SecurityGroup, VpcSecurityGroupEgressRule, VpcSecurityGroupEgressRuleArgs,
    VpcSecurityGroupIngressRule, VpcSecurityGroupIngressRuleArgs,
};
use tfdr_dsl::{Expr, Scope};

use super::name_tag;
use crate::context::{DrContext, Side};
use crate::values::{AppPort, AuroraEngine};

/// What the security groups connect.
pub(super) struct Peers<'a> {
    pub vpc_id: &'a Expr<String>,
    pub vpc_cidr: &'a str,
    pub s3_prefix_list: Expr<String>,
    pub dynamodb_prefix_list: Expr<String>,
    pub engine: AuroraEngine,
    pub workload: &'a str,
    /// The app's port behind a load balancer, with an internet edge (only the app group's
    /// description says so here; the edge's rules are added by `egress.rs`).
    pub edge_port: Option<AppPort>,
}

/// Adds the app and database groups with their rules; returns their ids (app, database).
pub(super) fn security_groups(
    ctx: &DrContext,
    side: Side,
    scope: &Scope,
    p: &Peers<'_>,
) -> (Expr<String>, Expr<String>) {
    let r = ctx.region(side);
    let port = p.engine.port();
    let proto = p.engine.protocol();
    let short = p.engine.short();
    let workload = p.workload;
    let group = |id: &str, base: &str, what: String| {
        let name = ctx.name::<SecurityGroup>(base, side);
        scope.add(
            id,
            SecurityGroup::new()
                .name(name.clone())
                .description(format!("{name}: {what}"))
                .vpc_id(p.vpc_id.clone())
                .tags(name_tag(name)),
        )
    };
    let app_description = match p.edge_port {
        None => format!(
            "{workload} app (Lambda) in {r}; egress to the database and AWS service endpoints only"
        ),
        Some(port) => format!(
            "{workload} app instances in {r}; port {} from the load balancer only; egress to the database, AWS service endpoints and HTTPS",
            port.get()
        ),
    };
    let app = group("sg-app", "app-sg", app_description);
    let database = group(
        "sg-database",
        "database-sg",
        format!("{workload} Aurora {proto} in {r}; {proto} from the app security group only"),
    );
    scope.add(
        &format!("sg-database-ingress-{short}-from-app"),
        VpcSecurityGroupIngressRule::new(VpcSecurityGroupIngressRuleArgs {
            ip_protocol: "tcp".into(),
            security_group_id: database.id(),
        })
        .from_port(port)
        .to_port(port)
        .referenced_security_group_id(app.id())
        .description(format!("{proto} from the app security group"))
        .tags(name_tag(ctx.name::<VpcSecurityGroupIngressRule>(
            &format!("database-from-app-{short}"),
            side,
        ))),
    );
    let egress = |id: &str, base: &str, description: &str, rule: VpcSecurityGroupEgressRule| {
        scope.add(
            id,
            rule.description(description)
                .tags(name_tag(ctx.name::<VpcSecurityGroupEgressRule>(base, side))),
        );
    };
    egress(
        &format!("sg-app-egress-{short}-to-database"),
        &format!("app-to-database-{short}"),
        &format!("{proto} to the database security group"),
        VpcSecurityGroupEgressRule::new(VpcSecurityGroupEgressRuleArgs {
            ip_protocol: "tcp".into(),
            security_group_id: app.id(),
        })
        .from_port(port)
        .to_port(port)
        .referenced_security_group_id(database.id()),
    );
    let https = || {
        VpcSecurityGroupEgressRule::new(VpcSecurityGroupEgressRuleArgs {
            ip_protocol: "tcp".into(),
            security_group_id: app.id(),
        })
        .from_port(443)
        .to_port(443)
    };
    egress(
        "sg-app-egress-https-vpc",
        "app-https-vpc-endpoints",
        "HTTPS to interface VPC endpoints in the VPC",
        https().cidr_ipv4(p.vpc_cidr),
    );
    egress(
        "sg-app-egress-https-s3",
        "app-https-s3",
        "HTTPS to S3 through the gateway endpoint",
        https().prefix_list_id(p.s3_prefix_list.clone()),
    );
    egress(
        "sg-app-egress-https-dynamodb",
        "app-https-dynamodb",
        "HTTPS to DynamoDB through the gateway endpoint",
        https().prefix_list_id(p.dynamodb_prefix_list.clone()),
    );
    (app.id(), database.id())
}
