//! API Gateway's account-level settings in each region: the IAM role API Gateway uses to
//! write execution and access logs to CloudWatch Logs. Without it a stage cannot log.
//!
//! These are **per account and region singletons** (`aws_api_gateway_account`): a stack
//! that builds this component owns the setting in its two regions, and two stacks in one
//! account must not both build it (the last apply wins). Destroying the stack leaves the
//! setting in place on AWS (provider 5.x forgets it; the role is deleted), which is why a
//! region's other APIs keep logging only while the role exists.
//!
//! Per region (`<id>/<primary|dr>/…`): `role` (trusted by `apigateway.amazonaws.com`,
//! with the AWS-managed `AmazonAPIGatewayPushToCloudWatchLogs`), `role-policy`,
//! `account`.

use tfdr_dsl::aws::{
    ApiGatewayAccount as ApiGatewayAccountResource, IamRole, IamRolePolicyAttachment,
    IamRolePolicyAttachmentArgs,
};
use tfdr_dsl::{interpolate, NodeHandle};

use crate::context::{DrScope, PerRegion, Side};
use crate::iam::{service_role, Trust};

/// The AWS-managed policy that lets API Gateway create log groups and streams and put
/// events (what it needs for execution and access logs).
pub const PUSH_TO_CLOUDWATCH_POLICY: &str = "service-role/AmazonAPIGatewayPushToCloudWatchLogs";

/// What the settings are called.
#[derive(Debug, Clone)]
pub struct ApiGatewayAccountProps {
    /// The base of the role name (e.g. `payments`).
    pub name: String,
}

/// The account settings of both regions; a stage that logs depends on its region's.
#[derive(Debug, Clone)]
pub struct ApiGatewayAccount(PerRegion<NodeHandle>);

impl ApiGatewayAccount {
    /// Builds the role and the account setting in both regions under `scope/<id>`.
    pub fn new(scope: &DrScope, id: &str, props: &ApiGatewayAccountProps) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        ApiGatewayAccount(PerRegion::from_fn(|side| {
            let scope = me.region(side);
            let account = ctx.accounts().get(side);
            let role = service_role(
                &scope,
                "role",
                ctx.name::<IamRole>(&format!("{}-apigw-logs", props.name), side),
                format!(
                    "API Gateway writes logs to CloudWatch Logs in {}",
                    ctx.region(side)
                ),
                Trust {
                    service: "apigateway.amazonaws.com",
                    source_account: None,
                    source_arn: None,
                },
            );
            let attachment = scope.add(
                "role-policy",
                IamRolePolicyAttachment::new(IamRolePolicyAttachmentArgs {
                    policy_arn: interpolate![
                        "arn:",
                        &account.partition,
                        ":iam::aws:policy/",
                        PUSH_TO_CLOUDWATCH_POLICY
                    ],
                    role: role.name(),
                }),
            );
            let setting = scope.add(
                "account",
                ApiGatewayAccountResource::new().cloudwatch_role_arn(role.arn()),
            );
            // API Gateway checks the role's permissions when the setting is made.
            setting.node().depends_on(attachment.node());
            setting.node().clone()
        }))
    }

    /// The account setting of `side` (what a logging stage depends on).
    pub fn get(&self, side: Side) -> &NodeHandle {
        self.0.get(side)
    }
}
