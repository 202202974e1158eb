//! The failover operator role: one IAM role that may run the failover actions of a DR
//! stack in **both** regions, assumable by on-call humans from anywhere (IAM is global).
//!
//! Why one role: a failover is run from whichever region still works and touches both
//! regions (promote the DR database, steer DNS, drain the
//! old primary). One role with exactly those actions, on exactly this stack's resources,
//! gives every path to a failover the same, auditable permissions; nobody needs
//! administrator rights at 3 a.m. IAM is global, so the role survives the loss of either
//! region; it lives on the primary provider only because every resource needs one.
//!
//! Allowed (on this stack's resources only): Aurora global database failover and
//! switchover plus their describes; reading, and updating (e.g. inverting) the Route 53
//! health checks — inverting the primary check is a DNS-only switch (the checkers still
//! see the primary answer, so the failover function leaves the database alone);
//! setting and removing the functions' reserved concurrency (to drain a region).
//!
//! Who may assume it is deliberately narrow: on-call principals only. The internet-facing
//! payment functions may not (a code-execution bug there must not become a data-loss
//! failover), and the automated failover has its own role with the same database moves
//! (`failover_automation`).
//!
//! Paths: `<id>/primary/{role,role-trust,role-policy,…}`.

use tfdr_dsl::aws::data::iam_policy_document::{
    Statement, StatementCondition, StatementPrincipals,
};
use tfdr_dsl::aws::data::IamPolicyDocument;
use tfdr_dsl::aws::enums::{ConditionOperator, IamEffect, PrincipalType};
use tfdr_dsl::aws::{IamRole, IamRolePolicy, IamRolePolicyArgs};
use tfdr_dsl::{interpolate, Expr};

use crate::context::{DrScope, Side};
use crate::lambda_function::Function;

/// Who may assume the operator role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OnCall {
    /// IAM principals of this account that carry the principal tag `key = value` (e.g.
    /// `dr-operator = true` on the on-call engineers' roles): membership is managed by
    /// tagging, without changing this stack.
    TaggedPrincipals {
        /// The principal tag key.
        key: String,
        /// Its required value.
        value: String,
    },
    /// These IAM principal ARNs (roles or users, any account; at least one).
    Principals(Vec<String>),
}

/// The resources the failover actions may touch.
#[derive(Debug, Clone, Default)]
pub struct FailoverTargets {
    /// The Aurora global cluster's ARN.
    pub global_cluster_arn: Option<Expr<String>>,
    /// The regional Aurora clusters' ARNs (both regions).
    pub cluster_arns: Vec<Expr<String>>,
    /// The Route 53 health check ids (both regions).
    pub health_check_ids: Vec<Expr<String>>,
}

/// What the role is called, who assumes it, and on what it acts.
#[derive(Debug, Clone)]
pub struct OperatorRoleProps<'a> {
    /// The base of the role name (e.g. `payments-failover`).
    pub name: String,
    /// The functions (both regions) whose concurrency the role may set (to drain a
    /// region). They may not assume the role.
    pub functions: &'a Function,
    /// The humans who may assume it.
    pub on_call: OnCall,
    /// What it may act on.
    pub targets: FailoverTargets,
}

/// The operator role.
#[derive(Debug, Clone)]
pub struct OperatorRole {
    /// The role ARN (what `sts:AssumeRole` is called with).
    pub arn: Expr<String>,
    /// The role name (literal).
    pub name: String,
}

/// The Aurora actions of a failover or switchover of a global database.
pub const AURORA_FAILOVER_ACTIONS: [&str; 4] = [
    "rds:FailoverGlobalCluster",
    "rds:SwitchoverGlobalCluster",
    "rds:DescribeGlobalClusters",
    "rds:DescribeDBClusters",
];

/// The Route 53 actions on the stack's health checks.
pub const HEALTH_CHECK_ACTIONS: [&str; 3] = [
    "route53:GetHealthCheck",
    "route53:GetHealthCheckStatus",
    "route53:UpdateHealthCheck",
];

/// The Lambda actions that drain or restore a region's function.
pub const DRAIN_ACTIONS: [&str; 3] = [
    "lambda:GetFunctionConcurrency",
    "lambda:PutFunctionConcurrency",
    "lambda:DeleteFunctionConcurrency",
];

impl OperatorRole {
    /// Builds the role under `scope/<id>`.
    pub fn new(scope: &DrScope, id: &str, props: &OperatorRoleProps<'_>) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        let primary = me.region(Side::Primary);
        let account = ctx.accounts().get(Side::Primary);
        let on_call = match &props.on_call {
            OnCall::TaggedPrincipals { key, value } => Statement::new()
                .sid("OnCallAssume")
                .effect(IamEffect::Allow)
                .actions(vec!["sts:AssumeRole"])
                .principals(StatementPrincipals::new(
                    vec![account.root_arn()],
                    PrincipalType::Aws,
                ))
                .condition(StatementCondition::new(
                    ConditionOperator::StringEquals,
                    vec![value.as_str()],
                    format!("aws:PrincipalTag/{key}"),
                )),
            OnCall::Principals(arns) => Statement::new()
                .sid("OnCallAssume")
                .effect(IamEffect::Allow)
                .actions(vec!["sts:AssumeRole"])
                .principals(StatementPrincipals::new(
                    arns.iter().map(String::as_str).collect::<Vec<_>>(),
                    PrincipalType::Aws,
                )),
        };
        if matches!(&props.on_call, OnCall::Principals(a) if a.is_empty()) {
            ctx.stack().record_error(tfdr_dsl::Error::new(
                format!("{}: on_call", me.path().join("/")),
                "OnCall::Principals needs at least one principal ARN",
            ));
        }
        let trust = IamPolicyDocument::new().statement(on_call);
        let trust = primary.add("role-trust", trust);
        let name = ctx.name::<IamRole>(&props.name, Side::Primary);
        let role = primary.add(
            "role",
            IamRole::new(trust.json())
                .name(name.as_str())
                .description("Runs the DR failover actions in both regions (see tfdr docs)")
                .max_session_duration(3_600),
        );

        let mut policy = IamPolicyDocument::new();
        let t = &props.targets;
        let mut aurora: Vec<Expr<String>> = t
            .cluster_arns
            .iter()
            .map(|a| a.clone().cross_region())
            .collect();
        if let Some(g) = &t.global_cluster_arn {
            aurora.push(g.clone().cross_region());
        }
        if !aurora.is_empty() {
            policy = policy.statement(
                Statement::new()
                    .sid("AuroraGlobalFailover")
                    .effect(IamEffect::Allow)
                    .actions(AURORA_FAILOVER_ACTIONS.to_vec())
                    .resources(aurora),
            );
        }
        if !t.health_check_ids.is_empty() {
            let checks: Vec<Expr<String>> = t
                .health_check_ids
                .iter()
                .map(|id| {
                    interpolate![
                        "arn:",
                        &account.partition,
                        ":route53:::healthcheck/",
                        &id.clone().cross_region()
                    ]
                })
                .collect();
            policy = policy.statement(
                Statement::new()
                    .sid("SteerDnsFailover")
                    .effect(IamEffect::Allow)
                    .actions(HEALTH_CHECK_ACTIONS.to_vec())
                    .resources(checks),
            );
        }
        let functions: Vec<Expr<String>> = props
            .functions
            .iter()
            .map(|(_, f)| f.arn.clone().cross_region())
            .collect();
        policy = policy.statement(
            Statement::new()
                .sid("DrainRegion")
                .effect(IamEffect::Allow)
                .actions(DRAIN_ACTIONS.to_vec())
                .resources(functions),
        );
        let policy = primary.add("role-policy-document", policy);
        primary.add(
            "role-policy",
            IamRolePolicy::new(IamRolePolicyArgs {
                policy: policy.json(),
                role: role.name(),
            })
            .name(ctx.name::<IamRolePolicy>(&props.name, Side::Primary)),
        );

        OperatorRole {
            arn: role.arn(),
            name,
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use tfdr_dsl::aws::{IamRole, IamRolePolicy, LambdaFunction};
    use tfdr_testing::Found;

    use super::*;

    use crate::lambda_package::payments_zip;
    use crate::test_support::fixture;

    fn at(found: Vec<Found>, path: &str) -> Found {
        found
            .into_iter()
            .find(|r| r.path.as_deref() == Some(path))
            .unwrap_or_else(|| panic!("nothing at {path}"))
    }

    fn build(on_call: OnCall) -> tfdr_testing::Synthesized {
        let f = fixture();
        let zip = payments_zip();
        let function = Function::new(
            &f.root(),
            "fn",
            &crate::test_support::function_props(&f, &zip),
        );
        let role = OperatorRole::new(
            &f.root(),
            "operator",
            &OperatorRoleProps {
                name: "payments-failover".into(),
                functions: &function,
                on_call,
                targets: FailoverTargets {
                    global_cluster_arn: Some("arn:aws:rds::1:global-cluster:g".into()),
                    cluster_arns: vec!["arn:aws:rds:us-east-1:1:cluster:p".into()],
                    health_check_ids: vec!["hc-1".into(), "hc-2".into()],
                },
            },
        );
        assert_eq!(role.name, "payments-failover-use1-dev");
        tfdr_testing::synth(&f.stack)
    }

    #[test]
    fn only_tagged_on_call_principals_assume_one_global_role() {
        let s = build(OnCall::TaggedPrincipals {
            key: "dr-operator".into(),
            value: "true".into(),
        });
        let role = at(
            s.resources_of::<IamRole>(),
            "data-test/operator/primary/role",
        );
        assert_eq!(role.body["provider"], json!("aws.primary"));
        let trust = at(
            s.data_sources("aws_iam_policy_document"),
            "data-test/operator/primary/role-trust",
        );
        let statements = trust.body["statement"].as_array().unwrap();
        assert_eq!(statements.len(), 1, "{statements:#?}");
        assert_eq!(
            statements[0]["condition"][0]["variable"],
            json!("aws:PrincipalTag/dr-operator")
        );
        assert_eq!(statements[0]["condition"][0]["values"], json!(["true"]));
        // The internet-facing functions can neither be trusted nor assume it.
        let text = trust.body.to_string();
        for side in ["primary", "dr"] {
            let fn_role = at(
                s.resources_of::<IamRole>(),
                &format!("data-test/fn/{side}/role"),
            );
            assert!(!text.contains(&fn_role.address), "{text}");
        }
        assert!(s.resources_of::<IamRolePolicy>().iter().all(|p| !p
            .path
            .as_deref()
            .unwrap_or_default()
            .contains("/operator/dr/")));
        // The failover actions, on the stack's resources only.
        let policy = at(
            s.data_sources("aws_iam_policy_document"),
            "data-test/operator/primary/role-policy-document",
        );
        let text = policy.body.to_string();
        assert!(text.contains("rds:FailoverGlobalCluster"), "{text}");
        assert!(text.contains("global-cluster:g"), "{text}");
        assert!(text.contains(":route53:::healthcheck/"), "{text}");
        assert!(!text.contains("\"*\""), "no wildcard resource: {text}");
        let functions = s.resources_of::<LambdaFunction>();
        for f in functions {
            assert!(text.contains(&format!("{}.arn", f.address)), "{text}");
        }
    }

    #[test]
    fn listed_principals_are_trusted() {
        let s = build(OnCall::Principals(vec![
            "arn:aws:iam::111122223333:role/oncall".into(),
        ]));
        let trust = at(
            s.data_sources("aws_iam_policy_document"),
            "data-test/operator/primary/role-trust",
        );
        assert_eq!(
            trust.body["statement"][0]["principals"][0]["identifiers"],
            json!(["arn:aws:iam::111122223333:role/oncall"])
        );
    }
}
