//! Query logging of a public hosted zone: every DNS query Route 53 answers for the zone
//! (name, type, response code, resolver edge location) goes to CloudWatch Logs.
//!
//! Route 53 delivers public query logs only to a log group in **us-east-1**, whatever the
//! stack's regions are, so everything here is built on the us-east-1 provider
//! ([`DrContext::region_scope_for`](crate::DrContext::region_scope_for)): the pair's side
//! when one of its regions is us-east-1, else a third provider. Paths:
//! `<id>/<primary|dr|us-east-1>/{log-group,policy-document,resource-policy,query-log}`
//! (`key/…` too when a us-east-1 key has to be made).
//!
//! - `log-group`: `/aws/route53/<zone>`, encrypted with the us-east-1 key (the pair's key
//!   there, or a key made for it granting CloudWatch Logs), retention from the props.
//! - `resource-policy`: lets `route53.amazonaws.com` write streams and events into
//!   `/aws/route53/*` log groups of this account (CloudWatch Logs resource policies are
//!   per account and region, at most 10; the name carries the suffix so stacks do not
//!   collide).
//! - `query-log`: the zone's query logging configuration, created after the policy (Route
//!   53 checks that it may write when the configuration is made).

use tfdr_dsl::aws::data::iam_policy_document::{
    Statement, StatementCondition, StatementPrincipals,
};
use tfdr_dsl::aws::data::IamPolicyDocument;
use tfdr_dsl::aws::enums::{ConditionOperator, IamEffect, PrincipalType};
use tfdr_dsl::aws::{
    CloudwatchLogGroup, CloudwatchLogResourcePolicy, CloudwatchLogResourcePolicyArgs,
    Route53QueryLog, Route53QueryLogArgs,
};
use tfdr_dsl::{interpolate, Expr, Region};

use crate::account::RegionalAccount;
use crate::context::DrScope;
use crate::hosted_zone::HostedZone;
use crate::kms::{regional_key, KeyService, KmsKeys, KmsKeysProps};
use crate::values::LogRetentionDays;

/// The only region Route 53 delivers public query logs to.
pub const QUERY_LOG_REGION: Region = Region::UsEast1;

/// What to log and for how long.
#[derive(Debug, Clone)]
pub struct DnsQueryLogProps<'a> {
    /// The zone whose queries are logged.
    pub zone: &'a HostedZone,
    /// The pair's keys: the us-east-1 side's key encrypts the log group when one side is
    /// in us-east-1 (it must grant [`KeyService::CloudWatchLogs`]); otherwise a key is
    /// made in us-east-1.
    pub keys: &'a KmsKeys,
    /// How long query logs are kept.
    pub retention: LogRetentionDays,
}

/// The zone's query logging.
#[derive(Debug, Clone)]
pub struct DnsQueryLog {
    /// The log group's name (literal).
    pub log_group_name: String,
    /// The log group's ARN.
    pub log_group_arn: Expr<String>,
}

impl DnsQueryLog {
    /// Builds the log group, the resource policy and the query logging configuration under
    /// `scope/<id>/<us-east-1 side>`.
    pub fn new(scope: &DrScope, id: &str, props: &DnsQueryLogProps<'_>) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        let at = me.region_for(QUERY_LOG_REGION);
        let (key_arn, account) = match ctx.side_of(QUERY_LOG_REGION) {
            Some(side) => (
                props.keys.get(side).arn.clone(),
                ctx.accounts().get(side).clone(),
            ),
            None => {
                let account = RegionalAccount::new(&at);
                let key = regional_key(
                    ctx,
                    &at.child("key"),
                    QUERY_LOG_REGION,
                    &account,
                    &KmsKeysProps {
                        purpose: "dns-query-logs".into(),
                        services: vec![KeyService::CloudWatchLogs],
                    },
                );
                (key.arn, account)
            }
        };
        let log_group_name = format!("/aws/route53/{}", props.zone.name);
        let log_group = at.add(
            "log-group",
            CloudwatchLogGroup::new()
                .name(log_group_name.as_str())
                .kms_key_id(key_arn)
                .retention_in_days(props.retention.days()),
        );
        let document = at.add(
            "policy-document",
            IamPolicyDocument::new().statement(
                Statement::new()
                    .sid("Route53WritesQueryLogs")
                    .effect(IamEffect::Allow)
                    .principals(StatementPrincipals::new(
                        vec!["route53.amazonaws.com"],
                        PrincipalType::Service,
                    ))
                    .actions(vec!["logs:CreateLogStream", "logs:PutLogEvents"])
                    .resources(vec![interpolate![
                        "arn:",
                        &account.partition,
                        ":logs:",
                        QUERY_LOG_REGION.as_str(),
                        ":",
                        &account.account_id,
                        ":log-group:/aws/route53/*"
                    ]])
                    .condition(StatementCondition::new(
                        ConditionOperator::StringEquals,
                        vec![account.account_id.clone()],
                        "aws:SourceAccount",
                    )),
            ),
        );
        let policy = at.add(
            "resource-policy",
            CloudwatchLogResourcePolicy::new(CloudwatchLogResourcePolicyArgs {
                policy_document: document.json(),
                policy_name: ctx
                    .name_in::<CloudwatchLogResourcePolicy>("route53-query-logs", QUERY_LOG_REGION)
                    .into(),
            }),
        );
        let query_log = at.add(
            "query-log",
            Route53QueryLog::new(Route53QueryLogArgs {
                cloudwatch_log_group_arn: log_group.arn(),
                // Route 53 is global; the zone is defined on the primary provider.
                zone_id: props.zone.zone_id.clone().cross_region(),
            }),
        );
        query_log.node().depends_on(policy.node());
        DnsQueryLog {
            log_group_name,
            log_group_arn: log_group.arn(),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use tfdr_dsl::aws::{CloudwatchLogGroup, KmsKey, Route53QueryLog};
    use tfdr_dsl::Stack;

    use super::*;
    use crate::context::DrContext;
    use crate::hosted_zone::{HostedZoneProps, ZoneSource};
    use crate::policy::EnvironmentSuffix;
    use crate::test_support::test_keys;

    fn build(primary: Region, dr: Region) -> tfdr_testing::Synthesized {
        let stack = Stack::new("dns-test");
        let ctx =
            DrContext::new(&stack, primary, dr, EnvironmentSuffix::new("dev").unwrap()).unwrap();
        let keys = test_keys(&ctx.root());
        let zone = HostedZone::new(
            &ctx.root(),
            "zone",
            &HostedZoneProps {
                zone: ZoneSource::Create {
                    name: "payments-dev.example.net".parse().unwrap(),
                },
            },
        );
        let log = DnsQueryLog::new(
            &ctx.root(),
            "qlog",
            &DnsQueryLogProps {
                zone: &zone,
                keys: &keys,
                retention: LogRetentionDays::new(30).unwrap(),
            },
        );
        assert_eq!(log.log_group_name, "/aws/route53/payments-dev.example.net");
        tfdr_testing::synth(&stack)
    }

    #[test]
    fn logs_go_to_us_east_1_on_the_pairs_provider_and_key_when_it_has_one() {
        let s = build(Region::UsEast1, Region::UsEast2);
        let group = s.assert_count::<CloudwatchLogGroup>(1).remove(0);
        assert_eq!(
            group.path.as_deref(),
            Some("dns-test/qlog/primary/log-group")
        );
        assert_eq!(group.body["provider"], json!("aws.primary"));
        assert!(group.body["kms_key_id"]
            .as_str()
            .unwrap()
            .contains("kms_primary_key"));
        let q = s.assert_count::<Route53QueryLog>(1).remove(0);
        assert_eq!(
            q.body["cloudwatch_log_group_arn"],
            json!(format!("${{{}.arn}}", group.address))
        );
        // Created after the resource policy that lets Route 53 write.
        let policy = s.resources("aws_cloudwatch_log_resource_policy").remove(0);
        assert!(q.body["depends_on"]
            .as_array()
            .unwrap()
            .contains(&json!(policy.address)));
        // The DR side in us-east-1 works the same way.
        let s = build(Region::UsWest2, Region::UsEast1);
        let group = s.assert_count::<CloudwatchLogGroup>(1).remove(0);
        assert_eq!(group.body["provider"], json!("aws.dr"));
    }

    #[test]
    fn a_pair_outside_us_east_1_gets_a_third_provider_and_its_own_key() {
        let s = build(Region::EuCentral1, Region::EuCentral2);
        let group = s.assert_count::<CloudwatchLogGroup>(1).remove(0);
        assert_eq!(
            group.path.as_deref(),
            Some("dns-test/qlog/us-east-1/log-group")
        );
        assert_eq!(group.body["provider"], json!("aws.us-east-1"));
        let key = s
            .resources_of::<KmsKey>()
            .into_iter()
            .find(|k| k.path.as_deref() == Some("dns-test/qlog/us-east-1/key/key"))
            .expect("a us-east-1 key for the log group");
        assert_eq!(
            group.body["kms_key_id"],
            json!(format!("${{{}.arn}}", key.address))
        );
    }
}
