//! Tests of the network component on its synthesized JSON.

use super::*;
use crate::context::PerRegion;
use crate::kms::KmsKeys;
use crate::test_support::{cidrs, context, test_keys};
use crate::values::{Cidr, LogRetentionDays, VpcCidrs};
use proptest::prelude::*;
use serde_json::{json, Value};
use tfdr_dsl::aws::{
    NetworkAcl, NetworkAclAssociation, NetworkAclRule, Route, RouteTable, RouteTableAssociation,
    SecurityGroup, Subnet, Vpc, VpcEndpoint, VpcSecurityGroupEgressRule,
    VpcSecurityGroupIngressRule,
};
use tfdr_dsl::{aws, ElementKind, Stack};
use tfdr_testing::{synth, Found, Synthesized};

const REGIONS: [(&str, &str); 2] = [("aws.primary", "10.10.0.0/16"), ("aws.dr", "10.20.0.0/16")];

/// A synthesized ACL rule: (egress, number, protocol, cidr, ports).
type AclRow = (bool, u64, String, String, Option<(u64, u64)>);

fn cidr(s: &str) -> Cidr {
    s.parse().unwrap()
}

fn props(cidrs: VpcCidrs, keys: &KmsKeys) -> NetworkProps<'_> {
    NetworkProps {
        cidrs,
        engine: AuroraEngine::Postgresql,
        workload: "payments".into(),
        keys,
        flow_log_retention: LogRetentionDays::new(30).unwrap(),
        internet: Internet::None,
    }
}

fn network(suffix: &str) -> (Stack, Network) {
    let (stack, ctx) = context(suffix);
    let net = Network::new(
        &ctx.root(),
        "network",
        &props(
            cidrs("10.10.0.0/16", "10.20.0.0/16"),
            &test_keys(&ctx.root()),
        ),
    );
    (stack, net)
}

fn build(suffix: &str) -> (Stack, Network, Synthesized) {
    let (stack, net) = network(suffix);
    let synthesized = synth(&stack);
    (stack, net, synthesized)
}

/// `${<address>.<attr>}`: how a reference to `found` renders.
fn reference(found: &Found, attr: &str) -> Value {
    json!(format!("${{{}.{attr}}}", found.address))
}

/// The single element of `found`.
fn one(mut found: Vec<Found>, what: &str) -> Found {
    assert_eq!(found.len(), 1, "expected exactly one {what}: {found:?}");
    found.remove(0)
}

fn vpc(s: &Synthesized, provider: &str) -> Found {
    one(
        s.resources_of_with::<Vpc>(&json!({ "provider": provider })),
        "VPC",
    )
}

fn security_group(s: &Synthesized, provider: &str, base: &str) -> Found {
    one(
        s.resources_of_with::<SecurityGroup>(
            &json!({ "provider": provider, "name": format!("{base}-dev") }),
        ),
        base,
    )
}

#[test]
fn a_vpc_per_region_with_the_configured_cidr_and_provider() {
    let (_, net, s) = build("dev");
    s.assert_count::<Vpc>(2);
    for (provider, cidr) in REGIONS {
        s.assert_has::<Vpc>(&json!({
            "provider": provider,
            "cidr_block": cidr,
            "enable_dns_support": true,
            "enable_dns_hostnames": true,
        }));
    }
    assert_eq!(net.primary.region, Region::UsEast1);
    assert_eq!(net.dr.region, Region::UsEast2);
    assert_eq!(net.primary.cidr.to_string(), "10.10.0.0/16");
    assert_eq!(net.dr.cidr.to_string(), "10.20.0.0/16");
}

#[test]
fn three_private_subnets_per_region_in_distinct_azs() {
    let (_, _, s) = build("dev");
    s.assert_count::<Subnet>(6);
    for (provider, vpc_cidr) in REGIONS {
        let azs = one(
            s.data_sources_with(
                "aws_availability_zones",
                &json!({ "provider": provider, "state": "available" }),
            ),
            "AZ lookup",
        );
        let vpc = vpc(&s, provider);
        let subnets = s.resources_of_with::<Subnet>(&json!({
            "provider": provider,
            "vpc_id": reference(&vpc, "id"),
            "map_public_ip_on_launch": false,
        }));
        assert_eq!(subnets.len(), 3, "{provider}");
        let mut az_exprs: Vec<String> = Vec::new();
        let mut blocks: Vec<Cidr> = Vec::new();
        for subnet in &subnets {
            az_exprs.push(
                subnet.body["availability_zone"]
                    .as_str()
                    .unwrap()
                    .to_string(),
            );
            blocks.push(cidr(subnet.body["cidr_block"].as_str().unwrap()));
        }
        let want: Vec<String> = (0..3)
            .map(|i| format!("${{{}.names[{i}]}}", azs.address))
            .collect();
        az_exprs.sort();
        assert_eq!(
            az_exprs, want,
            "{provider}: one subnet in each of names[0..3]"
        );
        let vpc_block = cidr(vpc_cidr);
        for (i, a) in blocks.iter().enumerate() {
            assert!(
                a.overlaps(&vpc_block) && a.prefix() > vpc_block.prefix(),
                "{a} in {vpc_block}"
            );
            for b in &blocks[i + 1..] {
                assert!(!a.overlaps(b), "{a} overlaps {b}");
            }
        }
    }
}

#[test]
fn every_subnet_has_its_own_route_table_and_the_private_nacl() {
    let (_, net, s) = build("dev");
    s.assert_count::<RouteTable>(6);
    s.assert_none::<Route>();
    for (provider, _) in REGIONS {
        let nacl = one(
            s.resources_of_with::<NetworkAcl>(&json!({ "provider": provider })),
            "network ACL",
        );
        let subnets = s.resources_of_with::<Subnet>(&json!({ "provider": provider }));
        let mut tables = Vec::new();
        for subnet in &subnets {
            let rta = one(
                s.resources_of_with::<RouteTableAssociation>(
                    &json!({ "provider": provider, "subnet_id": reference(subnet, "id") }),
                ),
                "route table association",
            );
            tables.push(rta.body["route_table_id"].clone());
            s.assert_has::<NetworkAclAssociation>(&json!({
                "provider": provider,
                "subnet_id": reference(subnet, "id"),
                "network_acl_id": reference(&nacl, "id"),
            }));
        }
        tables.sort_by_key(|t| t.to_string());
        tables.dedup();
        assert_eq!(tables.len(), 3, "{provider}: one route table per AZ");
    }
    for regional in [&net.primary, &net.dr] {
        assert_eq!(regional.private_subnet_ids.len(), 3);
        assert_eq!(regional.private_route_table_ids.len(), 3);
    }
}

#[test]
fn handles_reference_the_built_resources() {
    let (stack, net) = network("dev");
    let root = stack.root();
    for (label, r) in [("primary", &net.primary), ("dr", &net.dr)] {
        root.output(&format!("{label}-vpc"), r.vpc_id.clone());
        root.output(&format!("{label}-app"), r.app_security_group_id.clone());
        root.output(&format!("{label}-db"), r.database_security_group_id.clone());
        for i in 0..3 {
            root.output(
                &format!("{label}-subnet-{i}"),
                r.private_subnet_ids[i].clone(),
            );
            root.output(
                &format!("{label}-rt-{i}"),
                r.private_route_table_ids[i].clone(),
            );
        }
    }
    let s = synth(&stack);
    for (label, provider) in [("primary", "aws.primary"), ("dr", "aws.dr")] {
        assert_eq!(
            s.output_value(&format!("{label}-vpc")),
            Some(&reference(&vpc(&s, provider), "id"))
        );
        assert_eq!(
            s.output_value(&format!("{label}-app")),
            Some(&reference(&security_group(&s, provider, "app-sg"), "id"))
        );
        assert_eq!(
            s.output_value(&format!("{label}-db")),
            Some(&reference(
                &security_group(&s, provider, "database-sg"),
                "id"
            ))
        );
        for i in 0..3 {
            // The i-th route table is the one associated with the i-th subnet.
            let subnet = s.output_value(&format!("{label}-subnet-{i}")).unwrap();
            let rt = s.output_value(&format!("{label}-rt-{i}")).unwrap();
            s.assert_has::<RouteTableAssociation>(
                &json!({ "subnet_id": subnet, "route_table_id": rt }),
            );
        }
    }
}

#[test]
fn database_sg_accepts_only_postgres_from_the_app_sg() {
    let (_, _, s) = build("dev");
    for (provider, _) in REGIONS {
        let app = security_group(&s, provider, "app-sg");
        let db = security_group(&s, provider, "database-sg");
        let ingress = s.resources_of_with::<VpcSecurityGroupIngressRule>(
            &json!({ "security_group_id": reference(&db, "id") }),
        );
        let rule = one(ingress, "database ingress rule");
        assert!(tfdr_testing::assertions::matches(
            &rule.body,
            &json!({
                "provider": provider,
                "ip_protocol": "tcp",
                "from_port": 5432,
                "to_port": 5432,
                "referenced_security_group_id": reference(&app, "id"),
            })
        ));
        for k in ["cidr_ipv4", "cidr_ipv6", "prefix_list_id"] {
            assert!(rule.body.get(k).is_none(), "{k} on {rule}");
        }
        assert!(
            s.resources_of_with::<VpcSecurityGroupEgressRule>(
                &json!({ "security_group_id": reference(&db, "id") }),
            )
            .is_empty(),
            "the database SG needs no egress"
        );
        assert!(
            s.resources_of_with::<VpcSecurityGroupIngressRule>(
                &json!({ "security_group_id": reference(&app, "id") }),
            )
            .is_empty(),
            "the app SG takes no inbound connections"
        );
    }
    // No inline rules anywhere (they would fight the rule resources).
    for sg in s.resources_of::<SecurityGroup>() {
        assert!(
            sg.body.get("ingress").is_none() && sg.body.get("egress").is_none(),
            "{sg}"
        );
    }
    s.assert_count::<VpcSecurityGroupIngressRule>(2);
}

#[test]
fn app_sg_egress_is_postgres_to_the_database_and_https_to_endpoints_only() {
    let (_, _, s) = build("dev");
    for (provider, vpc_cidr) in REGIONS {
        let app = security_group(&s, provider, "app-sg");
        let db = security_group(&s, provider, "database-sg");
        let endpoint = |service: &str| {
            one(
                s.resources_of_with::<VpcEndpoint>(&json!({ "provider": provider, "service_name": format!("com.amazonaws.{}.{service}", if provider == "aws.primary" { "us-east-1" } else { "us-east-2" }) }),
                ),
                service,
            )
        };
        let egress = s.resources_of_with::<VpcSecurityGroupEgressRule>(
            &json!({ "security_group_id": reference(&app, "id"), "ip_protocol": "tcp" }),
        );
        assert_eq!(egress.len(), 4, "{provider}: {egress:?}");
        let expected = [
            json!({ "from_port": 5432, "to_port": 5432, "referenced_security_group_id": reference(&db, "id") }),
            json!({ "from_port": 443, "to_port": 443, "cidr_ipv4": vpc_cidr }),
            json!({ "from_port": 443, "to_port": 443, "prefix_list_id": reference(&endpoint("s3"), "prefix_list_id") }),
            json!({ "from_port": 443, "to_port": 443, "prefix_list_id": reference(&endpoint("dynamodb"), "prefix_list_id") }),
        ];
        for e in expected {
            assert_eq!(
                egress
                    .iter()
                    .filter(|r| tfdr_testing::assertions::matches(&r.body, &e))
                    .count(),
                1,
                "{provider}: {e}"
            );
        }
        // Every rule names exactly one peer.
        for r in &egress {
            let peers = [
                "cidr_ipv4",
                "cidr_ipv6",
                "prefix_list_id",
                "referenced_security_group_id",
            ]
            .iter()
            .filter(|k| r.body.get(**k).is_some())
            .count();
            assert_eq!(peers, 1, "{r}");
        }
    }
    s.assert_count::<VpcSecurityGroupEgressRule>(8);
}

#[test]
fn every_security_group_and_rule_has_a_description() {
    let (_, _, s) = build("dev");
    for ty in [
        "aws_security_group",
        "aws_vpc_security_group_ingress_rule",
        "aws_vpc_security_group_egress_rule",
    ] {
        let all = s.assert_has_resource(ty);
        for f in all {
            let d = f.body["description"].as_str().unwrap_or_default();
            assert!(d.len() > 10, "{f}: description `{d}`");
            // EC2's allowed description characters.
            assert!(
                d.chars()
                    .all(|c| c.is_ascii_alphanumeric() || " ._-:/()#,@[]+=&;{}!$*".contains(c)),
                "{f}: `{d}`"
            );
            assert!(d.len() <= 255, "{f}");
        }
    }
}

#[test]
fn gateway_endpoints_for_s3_and_dynamodb_on_every_route_table() {
    let (_, net, s) = build("dev");
    s.assert_count::<VpcEndpoint>(4);
    for (provider, region) in [("aws.primary", "us-east-1"), ("aws.dr", "us-east-2")] {
        let vpc = vpc(&s, provider);
        let mut tables: Vec<Value> = s
            .resources_of_with::<RouteTable>(&json!({ "provider": provider }))
            .iter()
            .map(|t| reference(t, "id"))
            .collect();
        tables.sort_by_key(|t| t.to_string());
        for service in ["s3", "dynamodb"] {
            let ep = one(
                s.resources_of_with::<VpcEndpoint>(&json!({
                    "provider": provider,
                    "service_name": format!("com.amazonaws.{region}.{service}"),
                    "vpc_endpoint_type": "Gateway",
                    "vpc_id": reference(&vpc, "id"),
                })),
                service,
            );
            let mut attached: Vec<Value> = ep.body["route_table_ids"].as_array().unwrap().clone();
            attached.sort_by_key(|t| t.to_string());
            assert_eq!(attached, tables, "{ep}");
        }
    }
    assert_eq!(net.primary.private_route_table_ids.len(), 3);
}

#[test]
fn nacl_allows_vpc_traffic_https_out_and_return_traffic_only() {
    let (_, _, s) = build("dev");
    s.assert_count::<NetworkAclRule>(10);
    for (provider, vpc_cidr) in REGIONS {
        let nacl = one(
            s.resources_of_with::<NetworkAcl>(&json!({ "provider": provider })),
            "network ACL",
        );
        assert!(nacl.body.get("ingress").is_none() && nacl.body.get("egress").is_none());
        let rules = s.resources_of_with::<NetworkAclRule>(
            &json!({ "network_acl_id": reference(&nacl, "id"), "provider": provider }),
        );
        assert_eq!(rules.len(), 5);
        let mut got: Vec<AclRow> = rules
            .iter()
            .map(|r| {
                assert_eq!(r.body["rule_action"], "allow", "{r}");
                (
                    r.body["egress"].as_bool().unwrap(),
                    r.body["rule_number"].as_u64().unwrap(),
                    r.body["protocol"].as_str().unwrap().to_string(),
                    r.body["cidr_block"].as_str().unwrap().to_string(),
                    r.body["from_port"]
                        .as_u64()
                        .map(|f| (f, r.body["to_port"].as_u64().unwrap())),
                )
            })
            .collect();
        got.sort();
        let any = "0.0.0.0/0".to_string();
        let vpc = vpc_cidr.to_string();
        assert_eq!(
            got,
            vec![
                (false, 100, "-1".into(), vpc.clone(), None),
                (false, 110, "tcp".into(), any.clone(), Some((1024, 3388))),
                (false, 120, "tcp".into(), any.clone(), Some((3390, 65535))),
                (true, 100, "-1".into(), vpc, None),
                (true, 110, "tcp".into(), any, Some((443, 443))),
            ],
            "{provider}"
        );
    }
}

#[test]
fn no_path_to_the_internet() {
    let (_, _, s) = build("dev");
    for ty in [
        "aws_internet_gateway",
        "aws_nat_gateway",
        "aws_eip",
        "aws_route",
    ] {
        s.assert_no_resource(ty);
    }
    for rt in s.resources_of::<RouteTable>() {
        assert!(rt.body.get("route").is_none(), "{rt}");
    }
}

#[test]
fn the_database_port_follows_the_engine() {
    let (stack, ctx) = context("dev");
    let keys = test_keys(&ctx.root());
    let mut p = props(cidrs("10.10.0.0/16", "10.20.0.0/16"), &keys);
    p.engine = AuroraEngine::Mysql;
    Network::new(&ctx.root(), "network", &p);
    let s = synth(&stack);
    let rules = s.resources_of_with::<VpcSecurityGroupIngressRule>(&json!({ "from_port": 3306, "to_port": 3306, "description": "MySQL from the app security group" }),
    );
    assert_eq!(rules.len(), 2, "one per region");
    assert!(s
        .resources_of_with::<VpcSecurityGroupIngressRule>(&json!({ "from_port": 5432 }))
        .is_empty());
}

#[test]
fn every_taggable_resource_has_a_name_tag_with_the_suffix() {
    let (stack, _, s) = build("qa7");
    let mut tagged = 0;
    for (ty, _) in s.types(ElementKind::Resource) {
        assert!(
            crate::policy::name_rule(&ty).is_some(),
            "{ty} needs a row in NAME_RULES"
        );
        if !aws::is_taggable(&ty) {
            continue;
        }
        if !matches!(
            crate::policy::name_rule(&ty).map(|r| r.attr),
            Some(crate::policy::NameAttr::NameTag)
        ) {
            continue; // named by an argument, checked by the policy
        }
        for f in s.resources(&ty) {
            let name = f.body["tags"]["Name"].as_str().unwrap_or_default();
            assert!(name.ends_with("-qa7"), "{f}: Name tag `{name}`");
            tagged += 1;
        }
    }
    // vpc, default SG, flow log, 3 subnets, 3 route tables, nacl, 2 endpoints, 5 SG rules,
    // and the test's KMS key; per region.
    assert_eq!(tagged, 2 * 18);
    // The whole stack passes the stack policy (names, DR tags, destroyability), which
    // synth ran: `synth` above panics on any violation.
    let _ = stack;
}

#[test]
fn terraform_validates_a_network_only_stack() {
    let (_, _, s) = build("dev");
    // `None` only when terraform is missing outside CI (a banner says so).
    if let Some(v) = s.assert_valid_terraform() {
        assert_eq!(v.warning_count, 0, "{v}");
    }
}

fn any_vpc_cidr() -> impl Strategy<Value = VpcCidr> {
    (16u8..=26, any::<u32>()).prop_map(|(prefix, addr)| {
        let [a, b, c, d] = (addr & (u32::MAX << (32 - prefix))).to_be_bytes();
        format!("{a}.{b}.{c}.{d}/{prefix}").parse().unwrap()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any two valid VPC blocks: accepted exactly when they do not overlap, and then
    /// the subnets are disjoint slices of their VPC.
    #[test]
    fn accepted_exactly_when_disjoint(p in any_vpc_cidr(), d in any_vpc_cidr()) {
        let result = VpcCidrs::new(p, d);
        prop_assert_eq!(result.is_ok(), !p.cidr().overlaps(&d.cidr()));
        let Ok(pair) = result else {
            return Ok(());
        };
        let (stack, ctx) = context("dev");
        Network::new(&ctx.root(), "network", &props(pair, &test_keys(&ctx.root())));
        let s = synth(&stack);
        for (provider, vpc_block) in [("aws.primary", p), ("aws.dr", d)] {
            let blocks: Vec<Cidr> = s
                .resources_of_with::<Subnet>(&json!({ "provider": provider }))
                .iter()
                .map(|f| cidr(f.body["cidr_block"].as_str().unwrap()))
                .collect();
            prop_assert_eq!(blocks.len(), 3);
            for (i, a) in blocks.iter().enumerate() {
                prop_assert!(a.overlaps(&vpc_block.cidr()) && a.prefix() > vpc_block.cidr().prefix());
                for b in &blocks[i + 1..] {
                    prop_assert!(!a.overlaps(b));
                }
            }
        }
    }
}

// ----- the internet edge ---------------------------------------------------------------

fn edge_network(nat: PerRegion<NatGateways>, suffix: &str) -> (Stack, Network, Synthesized) {
    let (stack, ctx) = context(suffix);
    let keys = test_keys(&ctx.root());
    let mut p = props(cidrs("10.10.0.0/16", "10.20.0.0/16"), &keys);
    p.workload = "trading".into();
    p.internet = Internet::Edge(InternetEdge {
        nat_gateways: nat,
        app_port: crate::values::AppPort::new(8443).unwrap(),
    });
    let net = Network::new(&ctx.root(), "network", &p);
    let s = tfdr_testing::try_synth(&stack).unwrap_or_else(|e| panic!("{e}"));
    (stack, net, s)
}

fn per_az_and(dr: NatGateways) -> PerRegion<NatGateways> {
    PerRegion {
        primary: NatGateways::PerAz,
        dr,
    }
}

#[test]
fn the_default_network_has_no_edge() {
    let (_, net, _) = build("dev");
    assert!(net.primary.edge.is_none() && net.dr.edge.is_none());
}

#[test]
fn an_edge_adds_three_public_subnets_routed_to_one_internet_gateway() {
    let (_, net, s) = edge_network(per_az_and(NatGateways::Single), "dev");
    s.assert_count::<aws::InternetGateway>(2);
    s.assert_count::<Subnet>(12);
    for (provider, vpc_cidr) in REGIONS {
        let vpc = vpc(&s, provider);
        let igw = one(
            s.resources_of_with::<aws::InternetGateway>(
                &json!({ "provider": provider, "vpc_id": reference(&vpc, "id") }),
            ),
            "internet gateway",
        );
        let public_rt = one(
            s.resources_of_with::<RouteTable>(
                &json!({ "provider": provider, "tags": {"Name": "public-rt-dev"} }),
            ),
            "public route table",
        );
        s.assert_has::<Route>(&json!({
            "provider": provider,
            "route_table_id": reference(&public_rt, "id"),
            "destination_cidr_block": "0.0.0.0/0",
            "gateway_id": reference(&igw, "id"),
        }));
        let private_block = cidr(vpc_cidr);
        let public: Vec<Found> = s
            .resources_of::<Subnet>()
            .into_iter()
            .filter(|f| {
                f.body["provider"] == provider
                    && f.body["tags"]["Name"]
                        .as_str()
                        .unwrap_or_default()
                        .starts_with("public-subnet-")
            })
            .collect();
        assert_eq!(public.len(), 3, "{provider}");
        for subnet in &public {
            assert_eq!(subnet.body["map_public_ip_on_launch"], false, "{subnet}");
            let block = cidr(subnet.body["cidr_block"].as_str().unwrap());
            assert!(
                block.overlaps(&private_block) && block.prefix() <= 27,
                "{block}"
            );
            s.assert_has::<RouteTableAssociation>(&json!({
                "subnet_id": reference(subnet, "id"),
                "route_table_id": reference(&public_rt, "id"),
            }));
        }
    }
    for regional in [&net.primary, &net.dr] {
        let edge = regional.edge.as_ref().unwrap();
        assert_eq!(edge.public_subnet_ids.len(), 3);
    }
}

/// The NAT gateway each private subnet's default route points at (`None`: no route).
fn private_default_routes(s: &Synthesized, provider: &str) -> Vec<Option<Value>> {
    let mut out = Vec::new();
    for letter in ["a", "b", "c"] {
        let rt = one(
            s.resources_of_with::<RouteTable>(&json!({
                "provider": provider,
                "tags": {"Name": format!("private-rt-{letter}-dev")},
            })),
            "private route table",
        );
        let routes =
            s.resources_of_with::<Route>(&json!({ "route_table_id": reference(&rt, "id") }));
        assert!(routes.len() <= 1, "{routes:?}");
        out.push(routes.first().map(|r| {
            assert_eq!(r.body["destination_cidr_block"], "0.0.0.0/0", "{r}");
            r.body["nat_gateway_id"].clone()
        }));
    }
    out
}

#[test]
fn nat_gateways_per_az_single_or_none_and_the_private_default_routes() {
    for (dr, want_dr) in [
        (NatGateways::PerAz, 3),
        (NatGateways::Single, 1),
        (NatGateways::None, 0),
    ] {
        let (_, net, s) = edge_network(per_az_and(dr), "dev");
        let nats = |provider: &str| {
            s.resources_of_with::<aws::NatGateway>(&json!({ "provider": provider }))
        };
        assert_eq!(nats("aws.primary").len(), 3, "{dr:?}");
        assert_eq!(nats("aws.dr").len(), want_dr, "{dr:?}");
        s.assert_count::<aws::Eip>(3 + want_dr);
        assert_eq!(net.dr.edge.as_ref().unwrap().nat_gateway_ids.len(), want_dr);
        for (provider, count) in [("aws.primary", 3), ("aws.dr", want_dr)] {
            let mut gateways = nats(provider);
            gateways.sort_by_key(|g| g.body["tags"]["Name"].as_str().unwrap().to_string());
            for (i, g) in gateways.iter().enumerate() {
                // In the public subnet of its own AZ, with its own Elastic IP, after the IGW.
                let letter = ["a", "b", "c"][i];
                let subnet = one(
                    s.resources_of_with::<Subnet>(&json!({
                        "provider": provider,
                        "tags": {"Name": format!("public-subnet-{letter}-dev")},
                    })),
                    "public subnet",
                );
                assert_eq!(g.body["subnet_id"], reference(&subnet, "id"), "{g}");
                let eip = one(
                    s.resources_of_with::<aws::Eip>(&json!({
                        "provider": provider,
                        "domain": "vpc",
                        "tags": {"Name": format!("nat-eip-{letter}-dev")},
                    })),
                    "EIP",
                );
                assert_eq!(g.body["allocation_id"], reference(&eip, "id"), "{g}");
                let igw = one(
                    s.resources_of_with::<aws::InternetGateway>(&json!({ "provider": provider })),
                    "IGW",
                );
                assert_eq!(
                    crate::test_support::depends_on(&g.body),
                    vec![igw.address.clone()]
                );
            }
            let routes = private_default_routes(&s, provider);
            let refs: Vec<Value> = gateways.iter().map(|g| reference(g, "id")).collect();
            let want: Vec<Option<Value>> = match count {
                3 => refs.into_iter().map(Some).collect(),
                1 => vec![Some(refs[0].clone()); 3],
                _ => vec![None; 3],
            };
            assert_eq!(routes, want, "{provider} with {dr:?}");
        }
    }
}

#[test]
fn the_alb_group_takes_web_traffic_and_reaches_only_the_app_port_of_the_app_group() {
    let (_, net, s) = edge_network(per_az_and(NatGateways::Single), "dev");
    for (provider, _) in REGIONS {
        let alb = security_group(&s, provider, "alb-sg");
        let app = security_group(&s, provider, "app-sg");
        let mut ingress: Vec<(u64, String)> = s
            .resources_of_with::<VpcSecurityGroupIngressRule>(
                &json!({ "security_group_id": reference(&alb, "id") }),
            )
            .iter()
            .map(|r| {
                assert_eq!(r.body["ip_protocol"], "tcp", "{r}");
                assert_eq!(r.body["from_port"], r.body["to_port"], "{r}");
                (
                    r.body["from_port"].as_u64().unwrap(),
                    r.body["cidr_ipv4"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        ingress.sort();
        assert_eq!(
            ingress,
            vec![(80, "0.0.0.0/0".into()), (443, "0.0.0.0/0".into())],
            "{provider}"
        );
        let egress = one(
            s.resources_of_with::<VpcSecurityGroupEgressRule>(
                &json!({ "security_group_id": reference(&alb, "id") }),
            ),
            "ALB egress",
        );
        assert!(tfdr_testing::matches(
            &egress.body,
            &json!({"ip_protocol": "tcp", "from_port": 8443, "to_port": 8443,
                    "referenced_security_group_id": reference(&app, "id")})
        ));
        // The app group takes the app port from the ALB group and nothing else.
        let app_in = one(
            s.resources_of_with::<VpcSecurityGroupIngressRule>(
                &json!({ "security_group_id": reference(&app, "id") }),
            ),
            "app ingress",
        );
        assert!(tfdr_testing::matches(
            &app_in.body,
            &json!({"ip_protocol": "tcp", "from_port": 8443, "to_port": 8443,
                    "referenced_security_group_id": reference(&alb, "id")})
        ));
        for k in ["cidr_ipv4", "cidr_ipv6", "prefix_list_id"] {
            assert!(app_in.body.get(k).is_none(), "{k} on {app_in}");
        }
        // HTTPS to the internet, the only egress to 0.0.0.0/0.
        let open: Vec<Found> = s
            .resources_of_with::<VpcSecurityGroupEgressRule>(&json!({ "provider": provider }))
            .into_iter()
            .filter(|r| r.body.get("cidr_ipv4") == Some(&json!("0.0.0.0/0")))
            .collect();
        assert_eq!(open.len(), 1, "{open:?}");
        assert!(tfdr_testing::matches(
            &open[0].body,
            &json!({"security_group_id": reference(&app, "id"), "from_port": 443, "to_port": 443})
        ));
    }
    let edge = net.primary.edge.as_ref().unwrap();
    assert_eq!(edge.app_port.map(|p| p.get()), Some(8443));
}

#[test]
fn without_nat_the_app_group_gets_no_internet_egress() {
    let (_, _, s) = edge_network(per_az_and(NatGateways::None), "dev");
    let app = security_group(&s, "aws.dr", "app-sg");
    assert!(s
        .resources_of_with::<VpcSecurityGroupEgressRule>(&json!({
            "security_group_id": reference(&app, "id"),
            "cidr_ipv4": "0.0.0.0/0",
        }))
        .is_empty());
}

#[test]
fn the_public_nacl_admits_web_traffic_and_returns_but_no_admin_ports() {
    let (_, _, s) = edge_network(per_az_and(NatGateways::PerAz), "dev");
    for (provider, vpc_cidr) in REGIONS {
        let nacl = one(
            s.resources_of_with::<NetworkAcl>(
                &json!({ "provider": provider, "tags": {"Name": "public-nacl-dev"} }),
            ),
            "public ACL",
        );
        let public_subnets: Vec<Found> = s
            .resources_of::<Subnet>()
            .into_iter()
            .filter(|f| {
                f.body["provider"] == provider
                    && f.body["tags"]["Name"]
                        .as_str()
                        .unwrap_or_default()
                        .starts_with("public-")
            })
            .collect();
        for subnet in &public_subnets {
            s.assert_has::<NetworkAclAssociation>(&json!({
                "subnet_id": reference(subnet, "id"),
                "network_acl_id": reference(&nacl, "id"),
            }));
        }
        let mut got: Vec<AclRow> = s
            .resources_of_with::<NetworkAclRule>(
                &json!({ "network_acl_id": reference(&nacl, "id") }),
            )
            .iter()
            .map(|r| {
                (
                    r.body["egress"].as_bool().unwrap(),
                    r.body["rule_number"].as_u64().unwrap(),
                    r.body["protocol"].as_str().unwrap().to_string(),
                    r.body["cidr_block"].as_str().unwrap().to_string(),
                    r.body["from_port"]
                        .as_u64()
                        .map(|f| (f, r.body["to_port"].as_u64().unwrap())),
                )
            })
            .collect();
        got.sort();
        let any = "0.0.0.0/0".to_string();
        let vpc = vpc_cidr.to_string();
        assert_eq!(
            got,
            vec![
                (false, 100, "-1".into(), vpc.clone(), None),
                (false, 110, "tcp".into(), any.clone(), Some((443, 443))),
                (false, 120, "tcp".into(), any.clone(), Some((80, 80))),
                (false, 130, "tcp".into(), any.clone(), Some((1024, 3388))),
                (false, 140, "tcp".into(), any.clone(), Some((3390, 65535))),
                (true, 100, "-1".into(), vpc, None),
                (true, 110, "tcp".into(), any.clone(), Some((443, 443))),
                (true, 120, "tcp".into(), any, Some((1024, 65535))),
            ],
            "{provider}"
        );
        for (egress, _, _, peer, ports) in &got {
            if !egress && peer == "0.0.0.0/0" {
                for admin in [20, 21, 22, 3389] {
                    assert!(
                        !matches!(ports, Some((f, t)) if (*f..=*t).contains(&admin)),
                        "{admin} open from anywhere"
                    );
                }
            }
        }
    }
}

#[test]
fn an_edge_network_too_small_for_public_subnets_is_reported_at_synth() {
    let (stack, ctx) = context("dev");
    let keys = test_keys(&ctx.root());
    let mut p = props(cidrs("10.10.0.0/24", "10.20.0.0/16"), &keys);
    p.internet = Internet::Edge(InternetEdge {
        nat_gateways: per_az_and(NatGateways::None),
        app_port: crate::values::AppPort::new(8443).unwrap(),
    });
    Network::new(&ctx.root(), "network", &p);
    let e = tfdr_testing::try_synth(&stack).unwrap_err().to_string();
    assert!(
        e.contains("data-test/network: the primary VPC 10.10.0.0/24 has no room for 3 public subnets of /27"),
        "{e}"
    );
}

#[test]
fn an_edge_network_passes_the_policy_for_any_suffix_and_validates() {
    for suffix in ["dev", "pr-1234", "abcdefghijklmnop"] {
        let (_, _, s) = edge_network(per_az_and(NatGateways::Single), suffix);
        for ty in ["aws_internet_gateway", "aws_nat_gateway", "aws_eip"] {
            for f in s.resources(ty) {
                let name = f.body["tags"]["Name"].as_str().unwrap_or_default();
                assert!(name.ends_with(&format!("-{suffix}")), "{f}");
            }
        }
    }
    let (_, _, s) = edge_network(per_az_and(NatGateways::Single), "dev");
    if let Some(v) = s.assert_valid_terraform() {
        assert_eq!(v.warning_count, 0, "{v}");
    }
}

// ----- interface endpoints -------------------------------------------------------------

/// What transactions-dr asks for (issue 15).
const TRANSACTIONS_SERVICES: [InterfaceService; 7] = [
    InterfaceService::SecretsManager,
    InterfaceService::RdsData,
    InterfaceService::Logs,
    InterfaceService::Monitoring,
    InterfaceService::Sns,
    InterfaceService::Sts,
    InterfaceService::Events,
];

/// The last part of each of [`TRANSACTIONS_SERVICES`]' PrivateLink names, written out
/// (AWS PrivateLink Guide, "AWS services that integrate with AWS PrivateLink").
const TRANSACTIONS_SERVICE_NAMES: [&str; 7] = [
    "secretsmanager",
    "rds-data",
    "logs",
    "monitoring",
    "sns",
    "sts",
    "events",
];

fn endpoints_network(
    services: &[InterfaceService],
    internet: Internet,
) -> (Stack, Network, Synthesized) {
    let (stack, ctx) = context("dev");
    let keys = test_keys(&ctx.root());
    let mut p = props(cidrs("10.10.0.0/16", "10.20.0.0/16"), &keys);
    p.internet = internet;
    let net = Network::new_with(
        &ctx.root(),
        "network",
        &p,
        NetworkOptions {
            interface_endpoints: services.to_vec(),
        },
    );
    let s = tfdr_testing::try_synth(&stack).unwrap_or_else(|e| panic!("{e}"));
    (stack, net, s)
}

#[test]
fn service_names_are_the_privatelink_ones() {
    let names: Vec<String> = InterfaceService::ALL
        .iter()
        .map(|s| s.service_name(Region::UsEast1))
        .collect();
    assert_eq!(
        names,
        [
            "com.amazonaws.us-east-1.secretsmanager",
            "com.amazonaws.us-east-1.rds",
            "com.amazonaws.us-east-1.rds-data",
            "com.amazonaws.us-east-1.logs",
            "com.amazonaws.us-east-1.monitoring",
            "com.amazonaws.us-east-1.sns",
            "com.amazonaws.us-east-1.sts",
            "com.amazonaws.us-east-1.events",
            "com.amazonaws.us-east-1.lambda",
            "com.amazonaws.us-east-1.kms",
            "com.amazonaws.us-east-1.sqs",
            "com.amazonaws.us-east-1.ssm",
        ]
    );
}

#[test]
fn default_options_build_exactly_what_new_builds() {
    let (_, net, plain) = build("dev");
    let (_, with, s) = endpoints_network(&[], Internet::None);
    assert_eq!(plain.json(), s.json());
    for n in [&net.primary, &net.dr, &with.primary, &with.dr] {
        assert!(n.interface_endpoint_ids.is_empty());
        assert!(n.endpoints_security_group_id.is_none());
    }
    s.assert_count::<VpcEndpoint>(4); // the gateway endpoints only
}

#[test]
fn an_interface_endpoint_per_service_and_region_in_the_private_subnets() {
    let (_, net, s) = endpoints_network(&TRANSACTIONS_SERVICES, Internet::None);
    s.assert_count::<VpcEndpoint>(4 + 2 * TRANSACTIONS_SERVICES.len());
    for (provider, region) in [("aws.primary", "us-east-1"), ("aws.dr", "us-east-2")] {
        let vpc = vpc(&s, provider);
        let sg = security_group(&s, provider, "endpoints-sg");
        let mut private: Vec<Value> = s
            .resources_of_with::<Subnet>(&json!({ "provider": provider }))
            .iter()
            .map(|t| reference(t, "id"))
            .collect();
        private.sort_by_key(|t| t.to_string());
        assert_eq!(private.len(), 3);
        let regional = if provider == "aws.primary" {
            &net.primary
        } else {
            &net.dr
        };
        assert_eq!(
            regional.interface_endpoint_ids.len(),
            TRANSACTIONS_SERVICES.len()
        );
        for (service, name) in TRANSACTIONS_SERVICES
            .into_iter()
            .zip(TRANSACTIONS_SERVICE_NAMES)
        {
            let ep = one(
                s.resources_of_with::<VpcEndpoint>(&json!({
                    "provider": provider,
                    "service_name": format!("com.amazonaws.{region}.{name}"),
                    "vpc_endpoint_type": "Interface",
                    "private_dns_enabled": true,
                    "vpc_id": reference(&vpc, "id"),
                    "security_group_ids": [reference(&sg, "id")],
                })),
                service.service(),
            );
            assert!(ep.body.get("route_table_ids").is_none(), "{ep}");
            assert!(ep.body.get("policy").is_none(), "{ep}");
            let mut subnets = ep.body["subnet_ids"].as_array().unwrap().clone();
            subnets.sort_by_key(|t| t.to_string());
            assert_eq!(subnets, private, "{ep}");
            assert_eq!(
                ep.body["tags"]["Name"].as_str().unwrap(),
                format!("{name}-endpoint-dev")
            );
            assert!(regional.interface_endpoint_ids.contains_key(&service));
        }
    }
}

#[test]
fn the_endpoints_group_admits_https_from_the_app_group_only_and_sends_nothing() {
    let (_, net, s) = endpoints_network(&TRANSACTIONS_SERVICES, Internet::None);
    for provider in ["aws.primary", "aws.dr"] {
        let sg = security_group(&s, provider, "endpoints-sg");
        let app = security_group(&s, provider, "app-sg");
        let ingress = s.resources_of_with::<VpcSecurityGroupIngressRule>(
            &json!({ "security_group_id": reference(&sg, "id") }),
        );
        let rule = one(ingress, "endpoints ingress rule");
        assert!(
            tfdr_testing::assertions::matches(
                &rule.body,
                &json!({
                    "ip_protocol": "tcp",
                    "from_port": 443,
                    "to_port": 443,
                    "referenced_security_group_id": reference(&app, "id"),
                })
            ),
            "{rule}"
        );
        for peer in ["cidr_ipv4", "cidr_ipv6", "prefix_list_id"] {
            assert!(rule.body.get(peer).is_none(), "{rule}");
        }
        assert!(s
            .resources_of_with::<VpcSecurityGroupEgressRule>(
                &json!({ "security_group_id": reference(&sg, "id") })
            )
            .is_empty());
        assert!(sg.body.get("ingress").is_none() && sg.body.get("egress").is_none());
    }
    assert!(net.primary.endpoints_security_group_id.is_some());
    // The app group already reaches the VPC on 443, and the private ACL admits all traffic
    // within the VPC: nothing else changes.
    s.assert_count::<VpcSecurityGroupEgressRule>(8);
    s.assert_count::<NetworkAclRule>(10);
}

#[test]
fn a_service_listed_twice_gets_one_endpoint() {
    let (_, net, s) = endpoints_network(
        &[InterfaceService::Sts, InterfaceService::Sts],
        Internet::None,
    );
    s.assert_count::<VpcEndpoint>(4 + 2);
    assert_eq!(net.dr.interface_endpoint_ids.len(), 1);
}

#[test]
fn interface_endpoints_in_aws_cn_are_reported_at_synth() {
    let (stack, ctx) = crate::test_support::context_with_tags(
        Region::CnNorth1,
        Region::CnNorthwest1,
        "dev",
        crate::policy::TagPolicy::dr(),
    );
    let keys = test_keys(&ctx.root());
    Network::new_with(
        &ctx.root(),
        "network",
        &props(cidrs("10.10.0.0/16", "10.20.0.0/16"), &keys),
        NetworkOptions {
            interface_endpoints: vec![InterfaceService::Sts],
        },
    );
    let errors = tfdr_testing::try_synth(&stack).expect_err("aws-cn is reported");
    let text = errors.to_string();
    assert!(
        text.matches("partition aws-cn").count() == 2,
        "one problem per region: {text}"
    );
}

#[test]
fn an_endpoints_network_passes_the_policy_and_validates() {
    let (_, _, s) = endpoints_network(
        &InterfaceService::ALL,
        Internet::Edge(InternetEdge {
            nat_gateways: per_az_and(NatGateways::None),
            app_port: crate::values::AppPort::new(8443).unwrap(),
        }),
    );
    s.assert_count::<VpcEndpoint>(4 + 2 * InterfaceService::ALL.len());
    if let Some(v) = s.assert_valid_terraform() {
        assert_eq!(v.warning_count, 0, "{v}");
    }
}

#[test]
fn endpoint_handles_reference_the_built_resources() {
    let (stack, ctx) = context("dev");
    let keys = test_keys(&ctx.root());
    let net = Network::new_with(
        &ctx.root(),
        "network",
        &props(cidrs("10.10.0.0/16", "10.20.0.0/16"), &keys),
        NetworkOptions {
            interface_endpoints: vec![InterfaceService::Sts, InterfaceService::Monitoring],
        },
    );
    let root = stack.root();
    for (label, r) in [("primary", &net.primary), ("dr", &net.dr)] {
        root.output(
            &format!("{label}-endpoints-sg"),
            r.endpoints_security_group_id.clone().unwrap(),
        );
        for (service, id) in &r.interface_endpoint_ids {
            root.output(&format!("{label}-{}", service.service()), id.clone());
        }
    }
    let s = synth(&stack);
    for (label, provider, region) in [
        ("primary", "aws.primary", "us-east-1"),
        ("dr", "aws.dr", "us-east-2"),
    ] {
        assert_eq!(
            s.output_value(&format!("{label}-endpoints-sg")),
            Some(&reference(
                &security_group(&s, provider, "endpoints-sg"),
                "id"
            ))
        );
        for name in ["sts", "monitoring"] {
            let ep = one(
                s.resources_of_with::<VpcEndpoint>(&json!({
                    "provider": provider,
                    "service_name": format!("com.amazonaws.{region}.{name}"),
                })),
                name,
            );
            assert_eq!(
                s.output_value(&format!("{label}-{name}")),
                Some(&reference(&ep, "id"))
            );
        }
    }
}

#[test]
fn an_egress_only_edge_has_nat_and_https_out_but_no_load_balancer_group() {
    let (stack, ctx) = context("dev");
    let keys = test_keys(&ctx.root());
    let mut p = props(cidrs("10.10.0.0/16", "10.20.0.0/16"), &keys);
    p.internet = Internet::Egress(per_az_and(NatGateways::Single));
    let net = Network::new(&ctx.root(), "network", &p);
    let s = tfdr_testing::try_synth(&stack).unwrap_or_else(|e| panic!("{e}"));
    s.assert_count::<aws::InternetGateway>(2);
    s.assert_count::<aws::NatGateway>(4);
    for side in [&net.primary, &net.dr] {
        let edge = side.edge.as_ref().expect("an egress network has an edge");
        assert!(edge.alb_security_group_id.is_none() && edge.app_port.is_none());
        assert_eq!(edge.public_subnet_ids.len(), 3);
    }
    let groups: Vec<String> = s
        .resources_of::<aws::SecurityGroup>()
        .into_iter()
        .map(|g| g.body["name"].as_str().unwrap_or_default().to_string())
        .collect();
    assert!(
        groups.iter().all(|g| !g.starts_with("alb-sg")),
        "no load balancer group: {groups:?}"
    );
    let https_out = s.resources_of_with::<aws::VpcSecurityGroupEgressRule>(
        &json!({"cidr_ipv4": "0.0.0.0/0", "from_port": 443, "to_port": 443}),
    );
    assert_eq!(https_out.len(), 2, "HTTPS out through NAT in each region");
    assert!(s
        .resources_of_with::<aws::VpcSecurityGroupIngressRule>(&json!({"cidr_ipv4": "0.0.0.0/0"}))
        .is_empty());
}
