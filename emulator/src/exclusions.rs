//! The exclusion list: resource types the emulator cannot handle and that
//! could not reasonably be patched (`emulator/moto/exclusions.json`).

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// One excluded resource (or data source) type.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exclusion {
    /// Terraform type, e.g. `aws_ec2_transit_gateway_peering_attachment`.
    pub resource_type: String,
    /// What fails against the emulator and why it was not patched.
    pub reason: String,
    /// The moto version the gap was seen with (re-check after an upgrade).
    pub moto_version: String,
}

/// Types (exact, or prefixes ending in `*`) that may never be excluded: the
/// reference DR stacks need them to run against the emulator.
pub const NEVER_EXCLUDED: &[&str] = &[
    "aws_rds_global_cluster",
    "aws_rds_cluster",
    "aws_rds_cluster_instance",
    "aws_dynamodb_table",
    "aws_s3_bucket*",
    "aws_iam_role*",
    "aws_kms_key",
    "aws_secretsmanager_secret*",
    "aws_lambda_function",
    "aws_api_gateway_*",
    "aws_route53_*",
    "aws_cloudwatch_*",
    "aws_sns_topic",
    "aws_lb*",
    "aws_autoscaling_group",
    "aws_launch_template",
    "aws_vpc",
    "aws_subnet",
    "aws_security_group",
];

/// The never-excluded pattern that `resource_type` matches, if any.
pub fn never_excluded_match(resource_type: &str) -> Option<&'static str> {
    NEVER_EXCLUDED
        .iter()
        .copied()
        .find(|p| match p.strip_suffix('*') {
            Some(prefix) => resource_type.starts_with(prefix),
            None => resource_type == *p,
        })
}

/// Why an exclusion list was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExclusionError(pub String);

impl fmt::Display for ExclusionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ExclusionError {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExclusionFile {
    #[serde(rename = "//", default)]
    _comment: serde_json::Value,
    exclusions: Vec<Exclusion>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum ExclusionDoc {
    List(Vec<Exclusion>),
    File(ExclusionFile),
}

/// Parses an exclusion list and checks it: no type listed twice, no empty
/// field, nothing in [`NEVER_EXCLUDED`]. The text is either a JSON array of
/// [`Exclusion`] or an object `{"//": <comment>, "exclusions": [...]}`.
pub fn parse_exclusions(text: &str) -> Result<Vec<Exclusion>, ExclusionError> {
    let doc: ExclusionDoc = serde_json::from_str(text).map_err(|e| {
        ExclusionError(format!(
            "expected a JSON array of exclusions or {{\"exclusions\": [...]}}, each with resource_type, reason, moto_version: {e}"
        ))
    })?;
    let list = match doc {
        ExclusionDoc::List(l) => l,
        ExclusionDoc::File(f) => f.exclusions,
    };
    let mut seen = std::collections::BTreeSet::new();
    for e in &list {
        if e.resource_type.trim().is_empty()
            || e.reason.trim().is_empty()
            || e.moto_version.trim().is_empty()
        {
            return Err(ExclusionError(format!(
                "exclusion {:?}: resource_type, reason and moto_version must all be set",
                e.resource_type
            )));
        }
        if let Some(p) = never_excluded_match(&e.resource_type) {
            return Err(ExclusionError(format!(
                "{} may not be excluded (matches {p}: the reference DR stacks need it)",
                e.resource_type
            )));
        }
        if !seen.insert(e.resource_type.clone()) {
            return Err(ExclusionError(format!(
                "{} is listed twice",
                e.resource_type
            )));
        }
    }
    Ok(list)
}

/// The repository's exclusion list: `emulator/moto/exclusions.json`.
pub fn default_exclusions_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("moto/exclusions.json")
}

/// Reads and checks the exclusion list at `path` (see [`parse_exclusions`]).
pub fn load_exclusions(path: &Path) -> Result<Vec<Exclusion>, ExclusionError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| ExclusionError(format!("reading {}: {e}", path.display())))?;
    parse_exclusions(&text).map_err(|e| ExclusionError(format!("{}: {e}", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_excluded_patterns() {
        assert_eq!(
            never_excluded_match("aws_s3_bucket_policy"),
            Some("aws_s3_bucket*")
        );
        assert_eq!(never_excluded_match("aws_lb_listener"), Some("aws_lb*"));
        assert_eq!(never_excluded_match("aws_vpc"), Some("aws_vpc"));
        assert_eq!(never_excluded_match("aws_vpc_peering_connection"), None);
        assert_eq!(
            never_excluded_match("aws_rds_cluster_parameter_group"),
            None
        );
    }

    #[test]
    fn rejects_forbidden_and_duplicates() {
        let one =
            |t: &str| format!(r#"[{{"resource_type":"{t}","reason":"r","moto_version":"5.2.5"}}]"#);
        assert!(parse_exclusions(&one("aws_dynamodb_table")).is_err());
        assert!(parse_exclusions(&one("aws_route53_record")).is_err());
        assert_eq!(parse_exclusions(&one("aws_x")).unwrap().len(), 1);
        let twice = r#"[{"resource_type":"aws_x","reason":"r","moto_version":"1"},
                        {"resource_type":"aws_x","reason":"r","moto_version":"1"}]"#;
        assert!(parse_exclusions(twice).is_err());
        assert!(
            parse_exclusions(r#"[{"resource_type":"aws_x","reason":"","moto_version":"1"}]"#)
                .is_err()
        );
        assert!(parse_exclusions(r#"[{"resource_type":"aws_x"}]"#).is_err());
        let file = r#"{"//": "why", "exclusions": [{"resource_type":"aws_x","reason":"r","moto_version":"1"}]}"#;
        assert_eq!(parse_exclusions(file).unwrap()[0].resource_type, "aws_x");
        assert!(parse_exclusions(r#"{"exclusions": [], "extra": 1}"#).is_err());
    }
}
