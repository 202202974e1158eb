//! VPC flow logs: every accepted and rejected flow of the VPC into a CloudWatch Logs log
//! group encrypted with the region's key and kept for the configured retention, delivered
//! by a role only the flow-logs service of this account may assume, allowed to write to
//! that log group only.

use tfdr_dsl::aws::data::iam_policy_document::Statement;
use tfdr_dsl::aws::data::IamPolicyDocument;
use tfdr_dsl::aws::enums::{FlowLogDestinationType, FlowLogTrafficType, IamEffect};
use tfdr_dsl::aws::{CloudwatchLogGroup, FlowLog, IamRole, IamRolePolicy, IamRolePolicyArgs};
use tfdr_dsl::{interpolate, Expr, Scope};

use super::name_tag;
use crate::context::{DrContext, Side};
use crate::iam::{service_role, Trust};
use crate::values::LogRetentionDays;

/// Adds the log group, the delivery role and the flow log of `vpc_id` under `scope`.
pub(super) fn flow_logs(
    ctx: &DrContext,
    side: Side,
    scope: &Scope,
    vpc_id: &Expr<String>,
    key_arn: &Expr<String>,
    retention: LogRetentionDays,
) {
    let r = ctx.region(side);
    let account = ctx.accounts().get(side);
    let group = scope.add(
        "flow-logs",
        CloudwatchLogGroup::new()
            .name(ctx.name::<CloudwatchLogGroup>("/vpc/flow-logs", side))
            .kms_key_id(key_arn.clone())
            .retention_in_days(retention.days()),
    );
    let role = service_role(
        scope,
        "flow-logs-role",
        ctx.name::<IamRole>("vpc-flow-logs", side),
        format!("VPC flow logs delivery in {r}"),
        Trust {
            service: "vpc-flow-logs.amazonaws.com",
            source_account: Some(account.account_id.clone()),
            source_arn: Some(interpolate![
                "arn:",
                &account.partition,
                ":ec2:",
                r.as_str(),
                ":",
                &account.account_id,
                ":vpc-flow-log/*"
            ]),
        },
    );
    let permissions = scope.add(
        "flow-logs-permissions",
        IamPolicyDocument::new().statement(
            Statement::new()
                .sid("WriteFlowLogsToTheLogGroup")
                .effect(IamEffect::Allow)
                .actions(vec![
                    "logs:CreateLogStream",
                    "logs:PutLogEvents",
                    "logs:DescribeLogGroups",
                    "logs:DescribeLogStreams",
                ])
                .resources(vec![group.arn(), interpolate![group.arn(), ":*"]]),
        ),
    );
    scope.add(
        "flow-logs-policy",
        IamRolePolicy::new(IamRolePolicyArgs {
            policy: permissions.json(),
            role: role.id(),
        })
        .name(ctx.name::<IamRolePolicy>("vpc-flow-logs", side)),
    );
    scope.add(
        "flow-log",
        FlowLog::new()
            .vpc_id(vpc_id.clone())
            .traffic_type(FlowLogTrafficType::All)
            .log_destination_type(FlowLogDestinationType::CloudWatchLogs)
            .log_destination(group.arn())
            .iam_role_arn(role.arn())
            .max_aggregation_interval(60)
            .tags(name_tag(ctx.name::<FlowLog>("vpc-flow-log", side))),
    );
}
