//! The reviewed table of stateful types (`data/stateful-types.toml`, compiled in): which
//! types hold data, which argument names the object, and which arguments force a
//! replacement, each row with the provider source it was read from.

use serde::Deserialize;

/// One stateful type.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct StatefulType {
    /// Terraform type.
    #[serde(rename = "type")]
    pub rtype: String,
    /// What it holds (`database`, `table`, `bucket`, `key`, `secret`, `vault` …).
    pub kind: String,
    /// The argument that names the object in AWS (empty: none).
    pub identity: String,
    /// Arguments whose change destroys and re-creates the object.
    pub replacing: Vec<String>,
    /// Where `replacing` was read (`not reviewed` when it was not).
    pub source: String,
    /// Date of the review (empty: not reviewed).
    pub reviewed: String,
}

#[derive(Deserialize)]
struct Table {
    #[serde(rename = "type")]
    types: Vec<StatefulType>,
}

/// The table text, as committed.
pub const TABLE_TOML: &str = include_str!("../../data/stateful-types.toml");

/// The parsed table. The file is part of the binary and covered by a test, so parsing
/// cannot fail at run time.
pub fn table() -> Vec<StatefulType> {
    toml::from_str::<Table>(TABLE_TOML)
        .map(|t| t.types)
        .unwrap_or_default()
}

/// The row of `rtype`, if it is stateful.
pub fn lookup<'a>(table: &'a [StatefulType], rtype: &str) -> Option<&'a StatefulType> {
    table.iter().find(|t| t.rtype == rtype)
}

/// Arguments that name an object for types without a row (first present wins).
pub const GENERIC_IDENTITY: &[&str] = &[
    "name",
    "identifier",
    "cluster_identifier",
    "bucket",
    "function_name",
    "global_cluster_identifier",
    "rule_name",
    "alarm_name",
    "domain_name",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_parses_and_reviewed_rows_cite_a_source() {
        let t: Table = toml::from_str(TABLE_TOML).expect("stateful-types.toml parses");
        assert!(t.types.len() >= 3);
        for row in &t.types {
            if !row.replacing.is_empty() {
                assert!(
                    row.source.contains('@'),
                    "{}: source must pin a commit",
                    row.rtype
                );
                assert!(!row.reviewed.is_empty(), "{}: review date", row.rtype);
            }
        }
        let rds = lookup(&t.types, "aws_rds_cluster").unwrap();
        assert!(rds.replacing.iter().any(|a| a == "cluster_identifier"));
    }
}
