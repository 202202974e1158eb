//! Emulator mode: the same stack, with every `aws` provider configuration
//! pointed at a local AWS emulator.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Map, Value};

use super::exclusions::Exclusion;

/// Service keys of the provider's `endpoints` block that emulator mode points
/// at the emulator: every service moto emulates that a DR stack is likely to
/// use, under the provider's canonical key (an alias such as `cloudwatchlogs`
/// next to its canonical `logs` would be a conflicting endpoint).
pub const EMULATOR_SERVICES: &[&str] = &[
    "acm",
    "apigateway",
    "apigatewayv2",
    "appautoscaling",
    "athena",
    "autoscaling",
    "backup",
    "batch",
    "cloudformation",
    "cloudfront",
    "cloudtrail",
    "cloudwatch",
    "codebuild",
    "codecommit",
    "codepipeline",
    "cognitoidentity",
    "cognitoidp",
    "dax",
    "dms",
    "ds",
    "dynamodb",
    "ec2",
    "ecr",
    "ecs",
    "efs",
    "eks",
    "elasticache",
    "elasticbeanstalk",
    "elb",
    "elbv2",
    "emr",
    "es",
    "events",
    "firehose",
    "glacier",
    "glue",
    "guardduty",
    "iam",
    "iot",
    "kinesis",
    "kms",
    "lambda",
    "logs",
    "mq",
    "opensearch",
    "organizations",
    "ram",
    "rds",
    "redshift",
    "resourcegroups",
    "route53",
    "route53resolver",
    "s3",
    "s3control",
    "scheduler",
    "secretsmanager",
    "servicediscovery",
    "ses",
    "sesv2",
    "sfn",
    "sns",
    "sqs",
    "ssm",
    "sts",
    "swf",
    "transfer",
    "wafv2",
    "xray",
];

/// Resource type prefixes (after `aws_`) whose API calls go to a service in
/// [`EMULATOR_SERVICES`]. Longest match wins; used to tell which resource
/// types of a stack have no emulator endpoint.
const TYPE_PREFIX_SERVICE: &[(&str, &str)] = &[
    ("acm_", "acm"),
    ("api_gateway_", "apigateway"),
    ("apigatewayv2_", "apigatewayv2"),
    ("appautoscaling_", "appautoscaling"),
    ("athena_", "athena"),
    ("autoscaling_", "autoscaling"),
    ("launch_configuration", "autoscaling"),
    ("backup_", "backup"),
    ("batch_", "batch"),
    ("cloudformation_", "cloudformation"),
    ("cloudfront_", "cloudfront"),
    ("cloudtrail", "cloudtrail"),
    ("cloudwatch_log_", "logs"),
    ("cloudwatch_event_", "events"),
    ("cloudwatch_", "cloudwatch"),
    ("codebuild_", "codebuild"),
    ("codecommit_", "codecommit"),
    ("codepipeline", "codepipeline"),
    ("cognito_identity_pool", "cognitoidentity"),
    ("cognito_user", "cognitoidp"),
    ("dax_", "dax"),
    ("dms_", "dms"),
    ("directory_service_", "ds"),
    ("dynamodb_", "dynamodb"),
    ("ami", "ec2"),
    ("default_", "ec2"),
    ("ebs_", "ec2"),
    ("ec2_", "ec2"),
    ("egress_only_internet_gateway", "ec2"),
    ("eip", "ec2"),
    ("flow_log", "ec2"),
    ("instance", "ec2"),
    ("internet_gateway", "ec2"),
    ("key_pair", "ec2"),
    ("launch_template", "ec2"),
    ("main_route_table_association", "ec2"),
    ("nat_gateway", "ec2"),
    ("network_", "ec2"),
    ("placement_group", "ec2"),
    ("route", "ec2"),
    ("route_table", "ec2"),
    ("security_group", "ec2"),
    ("spot_", "ec2"),
    ("subnet", "ec2"),
    ("vpc", "ec2"),
    ("vpn_", "ec2"),
    ("customer_gateway", "ec2"),
    ("transit_gateway", "ec2"),
    ("availability_zones", "ec2"),
    ("ecr_", "ecr"),
    ("ecs_", "ecs"),
    ("efs_", "efs"),
    ("eks_", "eks"),
    ("elasticache_", "elasticache"),
    ("elastic_beanstalk_", "elasticbeanstalk"),
    ("elb", "elb"),
    ("lb", "elbv2"),
    ("alb", "elbv2"),
    ("emr_", "emr"),
    ("elasticsearch_", "es"),
    ("kinesis_firehose_", "firehose"),
    ("glacier_", "glacier"),
    ("glue_", "glue"),
    ("guardduty_", "guardduty"),
    ("iam_", "iam"),
    ("iot_", "iot"),
    ("kinesis_", "kinesis"),
    ("kms_", "kms"),
    ("lambda_", "lambda"),
    ("mq_", "mq"),
    ("opensearch_", "opensearch"),
    ("organizations_", "organizations"),
    ("ram_", "ram"),
    ("db_", "rds"),
    ("rds_", "rds"),
    ("redshift_", "redshift"),
    ("resourcegroups_", "resourcegroups"),
    ("route53_resolver_", "route53resolver"),
    ("route53_", "route53"),
    ("s3control_", "s3control"),
    ("s3_account_", "s3control"),
    ("s3_", "s3"),
    ("scheduler_", "scheduler"),
    ("secretsmanager_", "secretsmanager"),
    ("service_discovery_", "servicediscovery"),
    ("ses_", "ses"),
    ("sesv2_", "sesv2"),
    ("sfn_", "sfn"),
    ("sns_", "sns"),
    ("sqs_", "sqs"),
    ("ssm_", "ssm"),
    ("caller_identity", "sts"),
    ("swf_", "swf"),
    ("transfer_", "transfer"),
    ("wafv2_", "wafv2"),
    ("xray_", "xray"),
];

/// Resource and data source types that make no API call at all.
const LOCAL_ONLY_TYPES: &[&str] = &[
    "aws_arn",
    "aws_iam_policy_document",
    "aws_partition",
    "aws_region",
    "aws_regions",
    "aws_default_tags",
];

/// The emulator service that resource or data source type `ty` (e.g.
/// `aws_s3_bucket`) talks to: `Some("")` for types that make no API call,
/// `None` when unknown (the type may reach a service without an emulator
/// endpoint).
pub fn service_for_type(ty: &str) -> Option<&'static str> {
    if LOCAL_ONLY_TYPES.contains(&ty) {
        return Some("");
    }
    let rest = ty.strip_prefix("aws_")?;
    TYPE_PREFIX_SERVICE
        .iter()
        .filter(|(prefix, _)| rest.starts_with(prefix))
        .max_by_key(|(prefix, _)| prefix.len())
        .map(|(_, service)| *service)
}

/// Settings written into every `aws` provider configuration in emulator mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmulatorSettings {
    /// Base URL of the emulator, e.g. `http://127.0.0.1:4566`.
    pub endpoint: String,
    /// The provider's `max_retries` (the provider default, 25, turns one
    /// failing call into a ten-minute hang).
    pub max_retries: u32,
    /// Region of the default (un-aliased) provider configuration added when
    /// the stack has none.
    pub default_region: String,
}

impl EmulatorSettings {
    /// Settings for an emulator at `endpoint`, `max_retries = 2`, default
    /// region `us-east-1`.
    pub fn new(endpoint: impl Into<String>) -> EmulatorSettings {
        EmulatorSettings {
            endpoint: endpoint.into(),
            max_retries: 2,
            default_region: "us-east-1".into(),
        }
    }
}

/// Provider arguments removed in emulator mode because they would make the
/// provider read local AWS configuration, use another identity, or talk to
/// something other than the emulator.
pub const REMOVED_PROVIDER_ARGUMENTS: &[&str] = &[
    "allowed_account_ids",
    "assume_role",
    "assume_role_with_web_identity",
    "custom_ca_bundle",
    "ec2_metadata_service_endpoint",
    "ec2_metadata_service_endpoint_mode",
    "forbidden_account_ids",
    "http_proxy",
    "https_proxy",
    "insecure",
    "no_proxy",
    "profile",
    "retry_mode",
    "s3_us_east_1_regional_endpoint",
    "shared_config_files",
    "shared_credentials_files",
    "sts_region",
    "token",
    "token_bucket_rate_limiter_capacity",
    "use_dualstack_endpoint",
    "use_fips_endpoint",
];

/// A resource, data source, output or local left out of the emulator-mode
/// document, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// Address: `aws_x.name`, `data.aws_x.name`, `output.name`, `local.name`.
    pub address: String,
    /// Why: the exclusion's reason, or which skipped item it refers to.
    pub reason: String,
}

/// The result of [`emulator_mode_with`].
#[derive(Debug, Clone, PartialEq)]
pub struct EmulatorStack {
    /// The rewritten Terraform JSON document.
    pub document: Value,
    /// What was left out because of exclusions (directly or by reference).
    pub skipped: Vec<Skipped>,
    /// Resource and data source types of the document for which no
    /// emulator endpoint is known (see [`service_for_type`]), sorted.
    pub uncovered_types: Vec<String>,
}

/// Emulator mode for one synthesized stack: the same document with every
/// `provider.aws` configuration (object or array form) rewritten to talk
/// only to the emulator at `endpoint` (see [`emulator_mode_with`] for the
/// exact rules). Never part of normal output: this is for emulator runs.
pub fn emulator_mode(stack: &Value, endpoint: &str) -> Value {
    emulator_mode_with(stack, &EmulatorSettings::new(endpoint), &[]).document
}

/// [`emulator_mode`] with explicit settings and exclusions.
///
/// Rules:
/// * every `aws` provider configuration keeps `alias`, `region`,
///   `default_tags`, `ignore_tags` and anything else not in
///   [`REMOVED_PROVIDER_ARGUMENTS`]; it gets static credentials `test`/`test`,
///   `endpoints` for every service in [`EMULATOR_SERVICES`],
///   `s3_use_path_style`, `skip_credentials_validation`,
///   `skip_metadata_api_check`, `skip_region_validation`,
///   `skip_requesting_account_id = false` (the account id comes from the
///   emulator's STS) and `max_retries`;
/// * when no un-aliased `aws` configuration exists, one is added (region
///   [`EmulatorSettings::default_region`]), so that nothing can fall back to
///   the environment's AWS configuration;
/// * `terraform.backend` and `terraform.cloud` are removed (state stays in
///   the working directory);
/// * resources and data sources of an excluded type are removed, and then,
///   until nothing changes, every resource, data source, output and local
///   that refers to something removed (in an expression or `depends_on`).
pub fn emulator_mode_with(
    stack: &Value,
    settings: &EmulatorSettings,
    exclusions: &[Exclusion],
) -> EmulatorStack {
    let mut doc = stack.clone();
    let Some(root) = doc.as_object_mut() else {
        return EmulatorStack {
            document: doc,
            skipped: Vec::new(),
            uncovered_types: Vec::new(),
        };
    };
    strip_backend(root);
    rewrite_providers(root, settings);
    let skipped = apply_exclusions(root, exclusions);
    let uncovered_types = uncovered_types(root);
    EmulatorStack {
        document: doc,
        skipped,
        uncovered_types,
    }
}

fn strip_backend(root: &mut Map<String, Value>) {
    fn strip(tf: &mut Value) {
        match tf {
            Value::Object(m) => {
                m.remove("backend");
                m.remove("cloud");
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    if let Some(tf) = root.get_mut("terraform") {
        strip(tf);
    }
}

fn provider_config(config: &Map<String, Value>, settings: &EmulatorSettings) -> Value {
    let mut out = Map::new();
    for (k, v) in config {
        if !REMOVED_PROVIDER_ARGUMENTS.contains(&k.as_str()) {
            out.insert(k.clone(), v.clone());
        }
    }
    let endpoints: Map<String, Value> = EMULATOR_SERVICES
        .iter()
        .map(|s| (s.to_string(), Value::String(settings.endpoint.clone())))
        .collect();
    out.insert("access_key".into(), json!("test"));
    out.insert("secret_key".into(), json!("test"));
    out.insert("endpoints".into(), json!([endpoints]));
    out.insert("s3_use_path_style".into(), json!(true));
    out.insert("skip_credentials_validation".into(), json!(true));
    out.insert("skip_metadata_api_check".into(), json!(true));
    out.insert("skip_region_validation".into(), json!(true));
    out.insert("skip_requesting_account_id".into(), json!(false));
    out.insert("max_retries".into(), json!(settings.max_retries));
    Value::Object(out)
}

fn rewrite_providers(root: &mut Map<String, Value>, settings: &EmulatorSettings) {
    let providers = root
        .entry("provider")
        .or_insert_with(|| Value::Object(Map::new()));
    if !providers.is_object() {
        *providers = Value::Object(Map::new());
    }
    let providers = providers.as_object_mut().expect("object");
    let mut configs: Vec<Map<String, Value>> = match providers.remove("aws") {
        Some(Value::Array(items)) => items
            .into_iter()
            .filter_map(|v| match v {
                Value::Object(m) => Some(m),
                _ => None,
            })
            .collect(),
        Some(Value::Object(m)) => vec![m],
        _ => Vec::new(),
    };
    let has_default = configs
        .iter()
        .any(|c| c.get("alias").is_none_or(|a| a.is_null()));
    if !has_default {
        let mut m = Map::new();
        m.insert("region".into(), json!(settings.default_region));
        configs.push(m);
    }
    let rewritten: Vec<Value> = configs
        .iter()
        .map(|c| provider_config(c, settings))
        .collect();
    providers.insert("aws".into(), Value::Array(rewritten));
}

/// True when `text` refers to `address` (`a.b` not preceded or followed by
/// an identifier character or `.`, i.e. not `xa.b` nor `a.bc`).
fn mentions(text: &str, address: &str) -> bool {
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    let mut from = 0;
    while let Some(pos) = text[from..].find(address) {
        let start = from + pos;
        let end = start + address.len();
        let before_ok = text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !is_ident(c) && c != '.');
        let after_ok = text[end..].chars().next().is_none_or(|c| !is_ident(c));
        if before_ok && after_ok {
            return true;
        }
        from = start + 1;
    }
    false
}

/// (block, type or "", name) -> address
fn address(block: &str, ty: &str, name: &str) -> String {
    match block {
        "resource" => format!("{ty}.{name}"),
        "data" => format!("data.{ty}.{name}"),
        "output" => format!("output.{name}"),
        "locals" => format!("local.{name}"),
        _ => format!("{block}.{name}"),
    }
}

fn apply_exclusions(root: &mut Map<String, Value>, exclusions: &[Exclusion]) -> Vec<Skipped> {
    let mut skipped: Vec<Skipped> = Vec::new();
    let excluded: BTreeMap<&str, &Exclusion> = exclusions
        .iter()
        .map(|e| (e.resource_type.as_str(), e))
        .collect();
    if excluded.is_empty() {
        return skipped;
    }
    // Direct removals.
    for block in ["resource", "data"] {
        let Some(types) = root.get_mut(block).and_then(Value::as_object_mut) else {
            continue;
        };
        let doomed: Vec<String> = types
            .keys()
            .filter(|t| excluded.contains_key(t.as_str()))
            .cloned()
            .collect();
        for ty in doomed {
            let e = excluded[ty.as_str()];
            if let Some(Value::Object(names)) = types.remove(&ty) {
                for name in names.keys() {
                    skipped.push(Skipped {
                        address: address(block, &ty, name),
                        reason: format!(
                            "excluded type {ty} (moto {}): {}",
                            e.moto_version, e.reason
                        ),
                    });
                }
            }
        }
    }
    // Everything referring to something removed, to a fixpoint.
    loop {
        let removed: Vec<String> = skipped.iter().map(|s| s.address.clone()).collect();
        let mut found: Vec<(String, String, String, String)> = Vec::new(); // block, ty, name, ref
        for block in ["resource", "data", "output", "locals"] {
            let Some(items) = root.get(block).and_then(Value::as_object) else {
                continue;
            };
            let mut visit = |ty: &str, name: &str, body: &Value| {
                let text = body.to_string();
                if let Some(r) = removed.iter().find(|r| {
                    // `output.x` / `module`-less addresses: refer by their
                    // expression form.
                    let expr_form = r.strip_prefix("output.").unwrap_or(r);
                    !r.starts_with("output.") && mentions(&text, expr_form)
                }) {
                    found.push((block.into(), ty.into(), name.into(), r.clone()));
                }
            };
            match block {
                "resource" | "data" => {
                    for (ty, names) in items {
                        if let Some(names) = names.as_object() {
                            for (name, body) in names {
                                visit(ty, name, body);
                            }
                        }
                    }
                }
                _ => {
                    for (name, body) in items {
                        visit("", name, body);
                    }
                }
            }
        }
        if found.is_empty() {
            break;
        }
        for (block, ty, name, r) in found {
            let items = root
                .get_mut(&block)
                .and_then(Value::as_object_mut)
                .expect("block seen above");
            let removed_now = if ty.is_empty() {
                items.remove(&name).is_some()
            } else {
                let gone = items
                    .get_mut(&ty)
                    .and_then(Value::as_object_mut)
                    .and_then(|names| names.remove(&name))
                    .is_some();
                if items
                    .get(&ty)
                    .and_then(Value::as_object)
                    .is_some_and(Map::is_empty)
                {
                    items.remove(&ty);
                }
                gone
            };
            if removed_now {
                skipped.push(Skipped {
                    address: address(&block, &ty, &name),
                    reason: format!("refers to skipped {r}"),
                });
            }
        }
    }
    skipped
}

fn uncovered_types(root: &Map<String, Value>) -> Vec<String> {
    let mut out = BTreeSet::new();
    for block in ["resource", "data", "ephemeral"] {
        if let Some(types) = root.get(block).and_then(Value::as_object) {
            for ty in types.keys() {
                if ty.starts_with("aws_") && service_for_type(ty).is_none() {
                    out.insert(ty.clone());
                }
            }
        }
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_respects_identifier_boundaries() {
        assert!(mentions("${aws_s3_bucket.a.arn}", "aws_s3_bucket.a"));
        assert!(mentions("\"aws_s3_bucket.a\"", "aws_s3_bucket.a"));
        assert!(!mentions("${aws_s3_bucket.ab.arn}", "aws_s3_bucket.a"));
        assert!(!mentions("${xaws_s3_bucket.a.arn}", "aws_s3_bucket.a"));
        assert!(!mentions("${data.aws_s3_bucket.a.arn}", "aws_s3_bucket.a"));
        assert!(mentions(
            "${data.aws_s3_bucket.a.arn}",
            "data.aws_s3_bucket.a"
        ));
    }

    #[test]
    fn services_for_types() {
        assert_eq!(service_for_type("aws_s3_bucket"), Some("s3"));
        assert_eq!(service_for_type("aws_s3control_bucket"), Some("s3control"));
        assert_eq!(service_for_type("aws_cloudwatch_log_group"), Some("logs"));
        assert_eq!(
            service_for_type("aws_cloudwatch_metric_alarm"),
            Some("cloudwatch")
        );
        assert_eq!(service_for_type("aws_lb_listener"), Some("elbv2"));
        assert_eq!(service_for_type("aws_vpc"), Some("ec2"));
        assert_eq!(service_for_type("aws_route53_record"), Some("route53"));
        assert_eq!(service_for_type("aws_route_table"), Some("ec2"));
        assert_eq!(service_for_type("aws_iam_policy_document"), Some(""));
        assert_eq!(service_for_type("aws_quantum_thing"), None);
        for (_, s) in TYPE_PREFIX_SERVICE {
            assert!(EMULATOR_SERVICES.contains(s), "{s}");
        }
    }
}
