//! Shared fixtures of the data-tier module tests, and the tests of the three data-tier
//! modules together (policy check, real `terraform validate`, names for any suffix).

use serde_json::Value;
use tfdr_dsl::{Region, RegionPair, Stack};

use crate::account::Accounts;
use crate::aurora_global::{AuroraGlobal, AuroraGlobalConfig};
use crate::config::Cidr;
use crate::dynamodb_global::GlobalTable;
use crate::kms::{KeyService, KmsKeys};
use crate::network::{Network, NetworkConfig};
use crate::policy::{dr_tags, EnvironmentSuffix, Naming};
use crate::s3_replication::ReplicatedBucket;

/// A stack with the region pair (DR tags as provider default tags), accounts, names,
/// keys and the network stand-in: what the data-tier modules take.
pub(crate) struct Fixture {
    pub stack: Stack,
    pub pair: RegionPair,
    pub accounts: Accounts,
    pub names: Naming,
    pub keys: KmsKeys,
    pub network: Network,
}

pub(crate) fn fixture_with_suffix(suffix: &str) -> Fixture {
    let stack = Stack::new("data-test");
    let pair = stack
        .region_pair(Region::UsEast1, Region::UsEast2)
        .unwrap()
        .with_default_tags(&dr_tags());
    let accounts = Accounts::new(&pair);
    let names = Naming::new(EnvironmentSuffix::new(suffix).unwrap());
    let keys = KmsKeys::new(
        &pair,
        &accounts,
        &names,
        "payments",
        &[
            KeyService::Rds,
            KeyService::S3,
            KeyService::DynamoDb,
            KeyService::SecretsManager,
        ],
    )
    .unwrap();
    let network = Network::new(
        &pair,
        &names,
        &NetworkConfig {
            primary_cidr: Cidr::parse("primary_vpc_cidr", "10.10.0.0/16").unwrap(),
            dr_cidr: Cidr::parse("dr_vpc_cidr", "10.20.0.0/16").unwrap(),
        },
    )
    .unwrap();
    Fixture {
        stack,
        pair,
        accounts,
        names,
        keys,
        network,
    }
}

pub(crate) fn fixture() -> Fixture {
    fixture_with_suffix("dev")
}

/// The fixture plus all three data-tier modules.
pub(crate) fn data_tier(suffix: &str) -> Fixture {
    let f = fixture_with_suffix(suffix);
    AuroraGlobal::new(
        &f.pair,
        &f.names,
        &f.network,
        &f.keys,
        &AuroraGlobalConfig::default(),
    )
    .unwrap();
    ReplicatedBucket::new(&f.pair, &f.accounts, &f.names, &f.keys, "payments-docs").unwrap();
    GlobalTable::new(
        &f.pair,
        &f.names,
        &f.keys,
        "payments-sessions",
        "session_id",
    )
    .unwrap();
    f
}

/// Every `depends_on` address of a synthesized element.
pub(crate) fn depends_on(body: &Value) -> Vec<String> {
    body.get("depends_on")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// Every (path, key) of `v` whose key contains `needle`, as `a.b[0].c`-style paths.
pub(crate) fn keys_containing(v: &Value, needle: &str) -> Vec<(String, String)> {
    fn walk(v: &Value, path: &str, needle: &str, out: &mut Vec<(String, String)>) {
        match v {
            Value::Object(map) => {
                for (k, child) in map {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    if k.contains(needle) {
                        out.push((p.clone(), k.clone()));
                    }
                    walk(child, &p, needle, out);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, &format!("{path}[{i}]"), needle, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(v, "", needle, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::check_stack;
    use proptest::prelude::*;

    #[test]
    fn the_data_tier_passes_the_stack_policy() {
        let f = data_tier("dev");
        check_stack(&f.stack, "dev").unwrap_or_else(|e| panic!("{e}"));
    }

    #[test]
    fn the_data_tier_is_valid_terraform() {
        let f = data_tier("dev");
        if let Some(v) = tfdr_testing::synth(&f.stack).assert_valid_terraform() {
            // Warnings do not fail validation; show them in the test output.
            eprintln!("{v}");
        }
    }

    #[test]
    fn providers_are_the_pair_with_dr_default_tags() {
        let f = data_tier("dev");
        let s = tfdr_testing::synth(&f.stack);
        let providers = s.providers("aws");
        assert_eq!(providers.len(), 2);
        for (p, (alias, region)) in providers
            .iter()
            .zip([("primary", "us-east-1"), ("dr", "us-east-2")])
        {
            assert_eq!(p["alias"], alias);
            assert_eq!(p["region"], region);
            assert_eq!(
                p["default_tags"]["tags"],
                serde_json::json!({"Environment": "DR", "CostCenter": "Operations", "Criticality": "High"})
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        /// Whatever the (valid) suffix, every name the three modules build satisfies its
        /// rule and carries the suffix, and the stack synthesizes.
        #[test]
        fn any_valid_suffix_passes_the_policy(
            suffix in "[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,4}){0,2}",
        ) {
            let f = data_tier(&suffix);
            prop_assert!(check_stack(&f.stack, &suffix).is_ok(), "{:?}", check_stack(&f.stack, &suffix));
            prop_assert!(tfdr_testing::try_synth(&f.stack).is_ok());
        }
    }
}
