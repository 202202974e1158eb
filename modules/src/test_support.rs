//! Shared fixtures of the component tests, and the tests of the data-tier components
//! together (policy, real `terraform validate`, names for any suffix).

use serde_json::Value;
use tfdr_dsl::{Region, Stack};

use crate::aurora_global::{AuroraGlobal, AuroraGlobalProps};
use crate::context::{DrContext, DrScope};
use crate::dynamodb_global::{GlobalTable, GlobalTableProps};
use crate::kms::{KeyService, KmsKeys, KmsKeysProps};
use crate::network::{Network, NetworkProps};
use crate::policy::{EnvironmentSuffix, TagPolicy, TagSet};
use crate::s3_access_logs::{AccessLogBuckets, AccessLogBucketsProps};
use crate::s3_replication::{ReplicatedBucket, ReplicatedBucketProps};
use crate::values::{AuroraEngine, ExpiryDays, LogRetentionDays, RetentionDays, VpcCidrs};

/// A stack with its DR context, keys (`kms`) and network (`network`): what the data-tier
/// components take.
pub(crate) struct Fixture {
    pub stack: Stack,
    pub ctx: DrContext,
    pub keys: KmsKeys,
    pub network: Network,
    pub access_logs: AccessLogBuckets,
}

impl Fixture {
    pub fn root(&self) -> DrScope {
        self.ctx.root()
    }
}

pub(crate) fn cidrs(primary: &str, dr: &str) -> VpcCidrs {
    VpcCidrs::new(primary.parse().unwrap(), dr.parse().unwrap()).unwrap()
}

pub(crate) fn context(suffix: &str) -> (Stack, DrContext) {
    let stack = Stack::new("data-test");
    let ctx = DrContext::new(
        &stack,
        Region::UsEast1,
        Region::UsEast2,
        EnvironmentSuffix::new(suffix).unwrap(),
    )
    .unwrap();
    (stack, ctx)
}

/// A tag policy like transactions-dr's: Environment and CostCenter in both regions,
/// `DR-Role` = `primary` in the primary region and `secondary` in the DR region.
pub(crate) fn dr_role_tags() -> TagPolicy {
    let set = |tags: &[(&str, &str)]| TagSet::new(tags.iter().copied()).unwrap();
    TagPolicy::per_region(
        &set(&[("Environment", "DR"), ("CostCenter", "Transactions")]),
        &set(&[("DR-Role", "primary")]),
        &set(&[("DR-Role", "secondary")]),
    )
    .unwrap()
}

/// A `data-test` stack in `primary` → `dr` with its own tag policy.
pub(crate) fn context_with_tags(
    primary: Region,
    dr: Region,
    suffix: &str,
    tags: TagPolicy,
) -> (Stack, DrContext) {
    let stack = Stack::new("data-test");
    let ctx = DrContext::with_tags(
        &stack,
        primary,
        dr,
        EnvironmentSuffix::new(suffix).unwrap(),
        tags,
    )
    .unwrap();
    (stack, ctx)
}

pub(crate) fn network_props(keys: &KmsKeys) -> NetworkProps<'_> {
    NetworkProps {
        cidrs: cidrs("10.10.0.0/16", "10.20.0.0/16"),
        engine: AuroraEngine::Postgresql,
        workload: "payments".into(),
        keys,
        flow_log_retention: LogRetentionDays::new(30).unwrap(),
        internet: crate::network::Internet::None,
    }
}

/// The payments keys (`kms`), granting every service the data-tier components use.
pub(crate) fn test_keys(root: &DrScope) -> KmsKeys {
    KmsKeys::new(
        root,
        "kms",
        &KmsKeysProps {
            purpose: "payments".into(),
            services: vec![
                KeyService::Rds,
                KeyService::S3,
                KeyService::DynamoDb,
                KeyService::SecretsManager,
                KeyService::CloudWatchLogs,
                KeyService::Backup,
            ],
        },
    )
}

pub(crate) fn fixture_with_suffix(suffix: &str) -> Fixture {
    let (stack, ctx) = context(suffix);
    let root = ctx.root();
    let keys = test_keys(&root);
    let network = Network::new(&root, "network", &network_props(&keys));
    let access_logs = AccessLogBuckets::new(
        &root,
        "access-logs",
        &AccessLogBucketsProps {
            name: "access-logs".into(),
            retention: ExpiryDays::new(90).unwrap(),
            load_balancers: false,
        },
    );
    Fixture {
        stack,
        ctx,
        keys,
        network,
        access_logs,
    }
}

/// The payment function's props on the fixture (256 MB, 25 s, 5 reserved, no environment
/// or grants): what the components built on a function take in their tests. Override
/// fields with struct update syntax.
pub(crate) fn function_props<'a>(
    f: &'a Fixture,
    zip: &'a crate::lambda_package::LambdaZip,
) -> crate::lambda_function::FunctionProps<'a> {
    use crate::values::{FunctionTimeoutSeconds, MemoryMb, ReservedConcurrency};
    crate::lambda_function::FunctionProps {
        name: "payments".into(),
        description: "test".into(),
        package: zip,
        handler: crate::lambda_package::PAYMENTS_HANDLER.into(),
        runtime: tfdr_dsl::aws::enums::LambdaRuntime::Python312,
        memory: MemoryMb::new(256).unwrap(),
        timeout: FunctionTimeoutSeconds::new(25).unwrap(),
        reserved_concurrency: ReservedConcurrency::new(5).unwrap(),
        network: &f.network,
        keys: &f.keys,
        access_logs: &f.access_logs,
        log_retention: LogRetentionDays::new(30).unwrap(),
        code_expiry: ExpiryDays::new(30).unwrap(),
        environment: crate::context::PerRegion::default(),
        grants: crate::context::PerRegion::default(),
    }
}

pub(crate) fn fixture() -> Fixture {
    fixture_with_suffix("dev")
}

/// The database settings of the requirements.
pub(crate) fn aurora_props<'a>(f: &'a Fixture) -> AuroraGlobalProps<'a> {
    AuroraGlobalProps {
        engine: AuroraEngine::Postgresql,
        engine_version: "15.4".parse().unwrap(),
        instance_class: "db.r6g.large".parse().unwrap(),
        backup_retention: RetentionDays::new(7).unwrap(),
        database_name: "payments".parse().unwrap(),
        master_username: "payments_admin".parse().unwrap(),
        network: &f.network,
        keys: &f.keys,
        log_retention: LogRetentionDays::new(30).unwrap(),
    }
}

/// The fixture plus all three data-tier components.
pub(crate) fn data_tier(suffix: &str) -> Fixture {
    let f = fixture_with_suffix(suffix);
    let root = f.root();
    AuroraGlobal::new(&root, "aurora", &aurora_props(&f));
    ReplicatedBucket::new(
        &root,
        "docs",
        &ReplicatedBucketProps {
            name: "payments-docs".into(),
            keys: &f.keys,
            access_logs: &f.access_logs,
            noncurrent_version_expiry: ExpiryDays::new(30).unwrap(),
        },
    );
    GlobalTable::new(
        &root,
        "sessions",
        &GlobalTableProps {
            name: "payments-sessions".into(),
            partition_key: "session_id".parse().unwrap(),
            keys: &f.keys,
        },
    );
    f
}

/// The element of `found` at construct path `data-test/<path>`.
pub(crate) fn at(found: Vec<tfdr_testing::Found>, path: &str) -> tfdr_testing::Found {
    let want = format!("data-test/{path}");
    found
        .into_iter()
        .find(|f| f.path.as_deref() == Some(want.as_str()))
        .unwrap_or_else(|| panic!("nothing at {want}"))
}

/// `${<address>.<attr>}`: how a reference renders.
pub(crate) fn r(address: &str, attr: &str) -> Value {
    Value::String(format!("${{{address}.{attr}}}"))
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
    use proptest::prelude::*;

    #[test]
    fn the_data_tier_passes_the_stack_policy() {
        let f = data_tier("dev");
        tfdr_testing::try_synth(&f.stack).unwrap_or_else(|e| panic!("{e}"));
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

    #[test]
    fn a_component_can_be_used_twice_and_nested_under_the_callers_scope() {
        let f = fixture();
        let team = f.root().child("team-a");
        for id in ["one", "two"] {
            ReplicatedBucket::new(
                &team,
                id,
                &ReplicatedBucketProps {
                    name: format!("docs-{id}"),
                    keys: &f.keys,
                    access_logs: &f.access_logs,
                    noncurrent_version_expiry: ExpiryDays::new(30).unwrap(),
                },
            );
        }
        let s = tfdr_testing::synth(&f.stack);
        let paths: Vec<String> = s
            .resources_of::<tfdr_dsl::aws::S3Bucket>()
            .into_iter()
            .filter_map(|b| b.path)
            .collect();
        for want in [
            "data-test/team-a/one/primary/bucket",
            "data-test/team-a/one/dr/bucket",
            "data-test/team-a/two/primary/bucket",
            "data-test/team-a/two/dr/bucket",
        ] {
            assert!(paths.iter().any(|p| p == want), "{want} not in {paths:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        /// Whatever the (valid) suffix, the data tier synthesizes, so every name its
        /// components build satisfies its rule and the whole policy holds.
        #[test]
        fn any_valid_suffix_passes_the_policy(
            suffix in "[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,4}){0,2}",
        ) {
            let f = data_tier(&suffix);
            let r = tfdr_testing::try_synth(&f.stack);
            prop_assert!(r.is_ok(), "{:?}", r.err());
        }
    }
}
