//! Service roles: the trust policy every component role uses (one AWS service may assume
//! it, optionally only on behalf of this account and a source ARN pattern — the
//! confused-deputy guard AWS recommends), and the role itself.

use tfdr_dsl::aws::data::iam_policy_document::{
    Statement, StatementCondition, StatementPrincipals,
};
use tfdr_dsl::aws::data::IamPolicyDocument;
use tfdr_dsl::aws::enums::{ConditionOperator, IamEffect, PrincipalType};
use tfdr_dsl::aws::{IamRole, IamRoleRef};
use tfdr_dsl::{Expr, Scope};

/// Who may assume a service role.
pub(crate) struct Trust<'a> {
    /// The service principal, e.g. `vpc-flow-logs.amazonaws.com`.
    pub service: &'a str,
    /// `aws:SourceAccount` must equal this account, when the service sets it.
    pub source_account: Option<Expr<String>>,
    /// `aws:SourceArn` must match this pattern (`ArnLike`), when the service sets it.
    pub source_arn: Option<Expr<String>>,
}

/// Adds `<id>-trust` (the trust policy document) and `id` (the role) under `scope`.
pub(crate) fn service_role(
    scope: &Scope,
    id: &str,
    name: String,
    description: String,
    trust: Trust<'_>,
) -> IamRoleRef {
    let mut statement = Statement::new()
        .sid("ServiceAssumesRole")
        .effect(IamEffect::Allow)
        .principals(StatementPrincipals::new(
            vec![trust.service],
            PrincipalType::Service,
        ))
        .actions(vec!["sts:AssumeRole"]);
    if let Some(account) = trust.source_account {
        statement = statement.condition(StatementCondition::new(
            ConditionOperator::StringEquals,
            vec![account],
            "aws:SourceAccount",
        ));
    }
    if let Some(arn) = trust.source_arn {
        statement = statement.condition(StatementCondition::new(
            ConditionOperator::ArnLike,
            vec![arn],
            "aws:SourceArn",
        ));
    }
    let document = scope.add(
        &format!("{id}-trust"),
        IamPolicyDocument::new().statement(statement),
    );
    scope.add(
        id,
        IamRole::new(document.json())
            .name(name)
            .description(description),
    )
}
