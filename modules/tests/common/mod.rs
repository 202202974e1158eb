//! What the reference stacks' property tests share: the AWS name rules written out from
//! the AWS documentation (the oracle, independent of `policy::NAME_RULES`), the tags each
//! provider's resources must carry as the stack's requirements state them ([`RequiredTags`],
//! independent of `policy::TagPolicy`), and readers of the synthesized JSON (resources,
//! provider default tags, merged tags).
//!
//! Each test binary uses part of it.
#![allow(dead_code)]

use std::collections::BTreeMap;

use proptest::prelude::*;
use serde_json::Value;
use tfdr_dsl::{ElementKind, Region};
use tfdr_testing::Synthesized;

/// Types whose names are unique across regions (IAM is global; S3 bucket names are global;
/// a global cluster spans regions).
pub const GLOBAL_NAMES: [&str; 5] = [
    "aws_cloudwatch_dashboard",
    "aws_iam_role",
    "aws_iam_role_policy",
    "aws_s3_bucket",
    "aws_rds_global_cluster",
];

/// An AWS name rule as the service documents it.
pub struct Rule {
    min: usize,
    max: usize,
    allowed: fn(char) -> bool,
    letter_first: bool,
    no_double_or_trailing_hyphen: bool,
}

fn lower_alnum_hyphen(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
}

/// The oracle's rules for every (type, name argument) the reference stacks emit. A name argument
/// the stack sets that has no row here fails the test: add the documented rule.
pub fn oracle(type_name: &str, attr: &str) -> Option<Rule> {
    let rds = Rule {
        min: 1,
        max: 63,
        allowed: lower_alnum_hyphen,
        letter_first: true,
        no_double_or_trailing_hyphen: true,
    };
    Some(match (type_name, attr) {
        // S3 bucket names: 3–63 of a-z0-9.-; `bucket_prefix` at most 37 (the provider
        // appends 26 characters).
        ("aws_s3_bucket", "bucket_prefix") => Rule {
            min: 1,
            max: 37,
            allowed: lower_alnum_hyphen,
            letter_first: false,
            no_double_or_trailing_hyphen: false,
        },
        ("aws_rds_cluster", "cluster_identifier")
        | ("aws_rds_cluster_instance", "identifier")
        | ("aws_rds_global_cluster", "global_cluster_identifier") => rds,
        // IAM: role names 1–64, policy names 1–128, of [\w+=,.@-].
        ("aws_iam_role", "name") | ("aws_iam_role_policy", "name") => Rule {
            min: 1,
            max: 64,
            allowed: |c| c.is_ascii_alphanumeric() || "_+=,.@-".contains(c),
            letter_first: false,
            no_double_or_trailing_hyphen: false,
        },
        // DB subnet groups: up to 255 of lowercase letters, digits, `.`, `_`, `-`, space.
        ("aws_db_subnet_group", "name") => Rule {
            min: 1,
            max: 255,
            allowed: |c| lower_alnum_hyphen(c) || "._ ".contains(c),
            letter_first: false,
            no_double_or_trailing_hyphen: false,
        },
        // Secrets Manager: 1–512 of [A-Za-z0-9/_+=.@-].
        ("aws_secretsmanager_secret", "name") => Rule {
            min: 1,
            max: 512,
            allowed: |c| c.is_ascii_alphanumeric() || "/_+=.@-".contains(c),
            letter_first: false,
            no_double_or_trailing_hyphen: false,
        },
        // KMS aliases: `alias/` + [A-Za-z0-9/_-], 1–256.
        ("aws_kms_alias", "name") => Rule {
            min: 7,
            max: 256,
            allowed: |c| c.is_ascii_alphanumeric() || "/_-".contains(c),
            letter_first: true,
            no_double_or_trailing_hyphen: false,
        },
        // DynamoDB tables: 3–255 of [A-Za-z0-9_.-].
        ("aws_dynamodb_table", "name") => Rule {
            min: 3,
            max: 255,
            allowed: |c| c.is_ascii_alphanumeric() || "_.-".contains(c),
            letter_first: false,
            no_double_or_trailing_hyphen: false,
        },
        // Security groups: up to 255 ASCII characters, not starting with `sg-`.
        ("aws_security_group", "name") => Rule {
            min: 1,
            max: 255,
            allowed: |c| c.is_ascii() && !c.is_ascii_control(),
            letter_first: false,
            no_double_or_trailing_hyphen: false,
        },
        // AWS Backup: vault names 2–50 of [A-Za-z0-9-_]; plan and selection names 1–50 of
        // [A-Za-z0-9-_.].
        ("aws_backup_vault", "name") => Rule {
            min: 2,
            max: 50,
            allowed: |c| c.is_ascii_alphanumeric() || "-_".contains(c),
            letter_first: false,
            no_double_or_trailing_hyphen: false,
        },
        ("aws_backup_plan", "name") | ("aws_backup_selection", "name") => Rule {
            min: 1,
            max: 50,
            allowed: |c| c.is_ascii_alphanumeric() || "-_.".contains(c),
            letter_first: false,
            no_double_or_trailing_hyphen: false,
        },
        // CloudWatch Logs groups: 1–512 of [.-_/#A-Za-z0-9].
        ("aws_cloudwatch_log_group", "name") => Rule {
            min: 1,
            max: 512,
            allowed: |c| c.is_ascii_alphanumeric() || "._-/#".contains(c),
            letter_first: false,
            no_double_or_trailing_hyphen: false,
        },
        // Lambda function names: 1–64 of [A-Za-z0-9-_] (CreateFunction FunctionName, the
        // unqualified name form).
        ("aws_lambda_function", "function_name") | ("aws_lambda_permission", "function_name") => {
            Rule {
                min: 1,
                max: 64,
                allowed: |c| c.is_ascii_alphanumeric() || "-_".contains(c),
                letter_first: false,
                no_double_or_trailing_hyphen: false,
            }
        }
        // SQS standard queue names: 1–80 of [A-Za-z0-9-_].
        ("aws_sqs_queue", "name") => Rule {
            min: 1,
            max: 80,
            allowed: |c| c.is_ascii_alphanumeric() || "-_".contains(c),
            letter_first: false,
            no_double_or_trailing_hyphen: false,
        },
        // API Gateway REST API names: required, free text (no documented character set);
        // printable and short enough for the console and CloudWatch dimensions.
        ("aws_api_gateway_rest_api", "name") => Rule {
            min: 1,
            max: 255,
            allowed: |c| !c.is_control(),
            letter_first: false,
            no_double_or_trailing_hyphen: false,
        },
        // DNS names (zones, records): at most 253 characters of dot-separated labels of
        // 1–63 letters, digits and hyphens (RFC 1035 preferred syntax, as Route 53 and
        // ACM take them).
        ("aws_route53_zone", "name") | ("aws_route53_record", "name") => Rule {
            min: 1,
            max: 253,
            allowed: |c| c.is_ascii_lowercase() || c.is_ascii_digit() || ".-".contains(c),
            letter_first: false,
            no_double_or_trailing_hyphen: false,
        },
        // SNS topic names: 1–256 of [A-Za-z0-9_-].
        ("aws_sns_topic", "name") => Rule {
            min: 1,
            max: 256,
            allowed: |c| c.is_ascii_alphanumeric() || "-_".contains(c),
            letter_first: false,
            no_double_or_trailing_hyphen: false,
        },
        // CloudWatch alarm names: 1–255 UTF-8 characters without ASCII control characters.
        ("aws_cloudwatch_metric_alarm", "alarm_name") => Rule {
            min: 1,
            max: 255,
            allowed: |c| !c.is_control(),
            letter_first: false,
            no_double_or_trailing_hyphen: false,
        },
        // CloudWatch dashboard names: 1–255 of [A-Za-z0-9-_].
        ("aws_cloudwatch_dashboard", "dashboard_name") => Rule {
            min: 1,
            max: 255,
            allowed: |c| c.is_ascii_alphanumeric() || "-_".contains(c),
            letter_first: false,
            no_double_or_trailing_hyphen: false,
        },
        // Auto Scaling group and policy names: 1–255 characters, no control characters
        // (the API's XML string pattern; `:` is allowed but tfdr never emits it).
        ("aws_autoscaling_group", "name") | ("aws_autoscaling_policy", "name") => Rule {
            min: 1,
            max: 255,
            allowed: |c| !c.is_control(),
            letter_first: false,
            no_double_or_trailing_hyphen: false,
        },
        // Load balancer and target group names: 1–32 of alphanumerics and hyphens, not
        // starting or ending with a hyphen (ELBv2 CreateLoadBalancer/CreateTargetGroup).
        ("aws_lb", "name") | ("aws_lb_target_group", "name") => Rule {
            min: 1,
            max: 32,
            allowed: |c| c.is_ascii_alphanumeric() || c == '-',
            letter_first: false,
            no_double_or_trailing_hyphen: true,
        },
        // Launch template names: 3–128 of [a-zA-Z0-9().-/_] (EC2 CreateLaunchTemplate).
        ("aws_launch_template", "name") => Rule {
            min: 3,
            max: 128,
            allowed: |c| c.is_ascii_alphanumeric() || "().-/_".contains(c),
            letter_first: false,
            no_double_or_trailing_hyphen: false,
        },
        // EventBridge rule names: 1–64 of [.-_A-Za-z0-9] (PutRule Name).
        ("aws_cloudwatch_event_rule", "name") => Rule {
            min: 1,
            max: 64,
            allowed: |c| c.is_ascii_alphanumeric() || "._-".contains(c),
            letter_first: false,
            no_double_or_trailing_hyphen: false,
        },
        // EC2 and other tag values: up to 256 characters.
        (_, "tags.Name") => Rule {
            min: 1,
            max: 256,
            allowed: |c| !c.is_control(),
            letter_first: false,
            no_double_or_trailing_hyphen: false,
        },
        _ => return None,
    })
}

pub fn judge(rule: &Rule, name: &str) -> Result<(), String> {
    let n = name.chars().count();
    if n < rule.min || n > rule.max {
        return Err(format!(
            "`{name}` is {n} long, not {}–{}",
            rule.min, rule.max
        ));
    }
    if let Some(c) = name.chars().find(|c| !(rule.allowed)(*c)) {
        return Err(format!("`{name}` contains {c:?}"));
    }
    if rule.letter_first && !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Err(format!("`{name}` must start with a letter"));
    }
    if rule.no_double_or_trailing_hyphen && (name.contains("--") || name.ends_with('-')) {
        return Err(format!("`{name}` has `--` or a trailing `-`"));
    }
    Ok(())
}

pub fn valid_suffix() -> impl Strategy<Value = String> {
    // a letter, then letters/digits with single hyphens, at most 16, no trailing hyphen.
    "[a-z]([a-z0-9]|-[a-z0-9]){0,7}".prop_filter("length", |s| s.len() <= 16)
}

pub fn region_pair() -> impl Strategy<Value = (Region, Region)> {
    let commercial: Vec<Region> = Region::ALL
        .iter()
        .copied()
        .filter(|r| r.partition() == "aws")
        .collect();
    (0..commercial.len(), 0..commercial.len())
        .prop_filter("distinct", |(a, b)| a != b)
        .prop_map(move |(a, b)| (commercial[a], commercial[b]))
}

/// Every resource of the document: (type, found).
pub fn resources(s: &Synthesized) -> Vec<(String, tfdr_testing::Found)> {
    s.types(ElementKind::Resource)
        .into_iter()
        .flat_map(|(t, _)| s.resources(&t).into_iter().map(move |f| (t.clone(), f)))
        .collect()
}

/// The provider default tags by provider address (`aws.primary`), from the JSON.
pub fn default_tags(s: &Synthesized) -> BTreeMap<String, BTreeMap<String, String>> {
    s.providers("aws")
        .iter()
        .map(|p| {
            let alias = p["alias"].as_str().unwrap_or_default();
            let tags = p["default_tags"]["tags"]
                .as_object()
                .map(|m| {
                    m.iter()
                        .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                        .collect()
                })
                .unwrap_or_default();
            (format!("aws.{alias}"), tags)
        })
        .collect()
}

pub fn merged_tags(
    defaults: &BTreeMap<String, BTreeMap<String, String>>,
    body: &Value,
) -> BTreeMap<String, String> {
    let provider = body["provider"].as_str().unwrap_or_default();
    let mut tags = defaults.get(provider).cloned().unwrap_or_default();
    if let Some(own) = body["tags"].as_object() {
        for (k, v) in own {
            tags.insert(k.clone(), v.as_str().unwrap_or_default().to_string());
        }
    }
    tags
}

/// A tag written out by a test: (key, value).
pub type Tag = (&'static str, &'static str);

/// The tags a stack's requirements put on every taggable resource of each region, written
/// out by the test (the oracle; independent of `policy::TagPolicy`): the primary region's
/// (`aws.primary`), the DR region's (`aws.dr`), and those of a region outside the pair
/// (any other `aws` configuration, e.g. `aws.us-east-1` for Route 53's alarms).
pub struct RequiredTags {
    pub primary: &'static [Tag],
    pub dr: &'static [Tag],
    pub other: &'static [Tag],
}

impl RequiredTags {
    /// The same tags everywhere (payments-dr, trading-dr).
    pub const fn everywhere(tags: &'static [Tag]) -> Self {
        RequiredTags {
            primary: tags,
            dr: tags,
            other: tags,
        }
    }

    /// The tags required of what is bound to `provider` (`aws.primary`, `aws.dr`, …).
    pub fn of_provider(&self, provider: &str) -> &'static [Tag] {
        match provider {
            "aws.primary" => self.primary,
            "aws.dr" => self.dr,
            _ => self.other,
        }
    }

    /// Every provider's `default_tags` are exactly its region's required tags (so a
    /// resource carries them without repeating them).
    pub fn check_providers(&self, s: &Synthesized) -> Result<(), String> {
        for (provider, tags) in default_tags(s) {
            let want: BTreeMap<String, String> = self
                .of_provider(&provider)
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            if tags != want {
                return Err(format!(
                    "{provider} has default_tags {tags:?}, not its region's {want:?}"
                ));
            }
        }
        Ok(())
    }

    /// The first required tag `tags` of what is bound to `provider` lacks or has another
    /// value of, as `K=V`.
    pub fn missing(&self, provider: &str, tags: &BTreeMap<String, String>) -> Option<String> {
        self.of_provider(provider)
            .iter()
            .find(|(k, v)| tags.get(*k).map(String::as_str) != Some(*v))
            .map(|(k, v)| format!("{k}={v}"))
    }
}
