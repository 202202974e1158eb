//! Where alarms go: an encrypted SNS topic per region of the pair, plus one in us-east-1
//! whatever the pair is, each with the subscriptions of the people on call.
//!
//! Per topic (`<id>/<primary|dr|us-east-1>/…`):
//! - `topic`: encrypted with its region's customer-managed key (SNS refuses a key of another
//!   region, and CloudWatch alarms cannot publish to a topic under the AWS-managed
//!   `alias/aws/sns` key, whose policy cannot grant them). The key must grant
//!   [`KEY_SERVICES`] (SNS, CloudWatch alarms, EventBridge); a key that does not is
//!   reported at synth, because the failure would otherwise be silent: the alarm fires and
//!   nobody is told.
//! - `topic-policy-document` + `topic-policy`: CloudWatch alarms
//!   (`cloudwatch.amazonaws.com`) and EventBridge rules (`events.amazonaws.com`) may
//!   publish, only on behalf of this account (`aws:SourceAccount`); publishing without TLS
//!   is denied to everyone. The account's own principals act through their IAM policies.
//! - `subscription-<n>`: one per [`Subscription`], in the order given (email subscriptions
//!   stay pending until the recipient confirms; AWS sends the confirmation mail on apply).
//!
//! Why a topic in us-east-1: Route 53 publishes health-check metrics only in us-east-1,
//! so an alarm on a health check lives there, and an alarm can only notify a topic of its
//! own region. When a side of the pair is us-east-1 its topic is that topic; otherwise a
//! third aliased provider is added ([`DrContext::region_scope_for`]) with its own key
//! (`<id>/us-east-1/key/…`, granting [`KEY_SERVICES`]) and account lookup.
//!
//! [`DrContext::region_scope_for`]: crate::DrContext::region_scope_for

use tfdr_dsl::aws::data::iam_policy_document::{
    Statement, StatementCondition, StatementPrincipals,
};
use tfdr_dsl::aws::data::IamPolicyDocument;
use tfdr_dsl::aws::enums::{ConditionOperator, IamEffect, PrincipalType, SnsProtocol};
use tfdr_dsl::aws::{
    SnsTopic, SnsTopicPolicy, SnsTopicPolicyArgs, SnsTopicSubscription, SnsTopicSubscriptionArgs,
};
use tfdr_dsl::{Expr, Region, Scope};

use crate::account::RegionalAccount;
use crate::api_domain::record_problem;
use crate::context::{DrContext, DrScope, PerRegion};
use crate::kms::{regional_key, KeyService, KmsKeys, KmsKeysProps};

/// The only region where Route 53 publishes health-check metrics (`AWS/Route53`), so
/// where every alarm on a health check, and the topic it notifies, must be.
pub const ROUTE53_METRICS_REGION: Region = Region::UsEast1;

/// The services an alert topic's key must grant: SNS itself (publishers of this account
/// through SNS), CloudWatch alarms and EventBridge (which encrypt the messages they
/// publish with the topic's key).
pub const KEY_SERVICES: [KeyService; 3] = [
    KeyService::Sns,
    KeyService::CloudWatchAlarms,
    KeyService::EventBridge,
];

/// Who is told, and how.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Subscription {
    /// An email address (`name@domain`); the subscription is pending until the recipient
    /// confirms the mail AWS sends. One that is not an address is reported at synth.
    Email(String),
    /// An HTTPS endpoint (`https://host/…`, e.g. a paging service's integration URL); it
    /// must confirm the subscription itself. Plain HTTP or a malformed URL is reported at
    /// synth: alarm contents must not travel in clear text.
    Https(String),
}

impl Subscription {
    /// Every email address, then every HTTPS endpoint, as subscriptions (what a stack
    /// config's `alert_emails` and `alert_https_endpoints` become).
    pub fn all(emails: &[String], https_endpoints: &[String]) -> Vec<Subscription> {
        emails
            .iter()
            .cloned()
            .map(Subscription::Email)
            .chain(https_endpoints.iter().cloned().map(Subscription::Https))
            .collect()
    }

    fn protocol(&self) -> SnsProtocol {
        match self {
            Subscription::Email(_) => SnsProtocol::Email,
            Subscription::Https(_) => SnsProtocol::Https,
        }
    }

    fn endpoint(&self) -> &str {
        match self {
            Subscription::Email(s) | Subscription::Https(s) => s,
        }
    }

    /// Why the endpoint is not usable, if it is not.
    fn problem(&self) -> Option<String> {
        let bad_char = |s: &str| s.chars().any(|c| c.is_whitespace() || c.is_control());
        match self {
            Subscription::Email(s) => {
                let ok = match s.split_once('@') {
                    Some((local, domain)) => {
                        !local.is_empty()
                            && !domain.contains('@')
                            && domain.contains('.')
                            && !domain.starts_with('.')
                            && !domain.ends_with('.')
                            && !bad_char(s)
                    }
                    None => false,
                };
                (!ok).then(|| format!("subscription email `{s}` is not an address (name@domain)"))
            }
            Subscription::Https(s) => {
                let host = s
                    .strip_prefix("https://")
                    .map(|rest| rest.split(['/', '?', '#']).next().unwrap_or(""));
                let ok = matches!(host, Some(h) if !h.is_empty()) && !bad_char(s);
                (!ok).then(|| {
                    format!("subscription endpoint `{s}` must be an https:// URL with a host")
                })
            }
        }
    }
}

/// What the topics are called and who is subscribed.
#[derive(Debug, Clone)]
pub struct AlertTopicsProps<'a> {
    /// The base of every topic name (e.g. `payments-alerts`); also the purpose of the
    /// us-east-1 key when one is made here.
    pub name: String,
    /// Each region's topic is encrypted with its region's key; each key must grant
    /// [`KEY_SERVICES`].
    pub keys: &'a KmsKeys,
    /// The subscriptions every topic gets.
    pub subscriptions: Vec<Subscription>,
}

/// One region's alert topic.
#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    /// The region the topic is in (alarms of this region only may notify it).
    pub region: Region,
    /// The topic name (literal).
    pub name: String,
    /// The topic ARN (what alarm and OK actions take).
    pub arn: Expr<String>,
}

/// The alert topics: one per region of the pair, and the one in us-east-1.
#[derive(Debug, Clone)]
pub struct AlertTopics {
    /// The topic of each region of the pair.
    pub topics: PerRegion<Topic>,
    /// The topic in us-east-1 ([`ROUTE53_METRICS_REGION`]), for alarms on Route 53
    /// health checks: the same topic as a side's when that side is us-east-1, else a
    /// topic of its own there.
    pub us_east_1: Topic,
}

impl AlertTopics {
    /// The topic in `region`, if there is one (the pair's regions and us-east-1).
    pub fn in_region(&self, region: Region) -> Option<&Topic> {
        self.topics
            .iter()
            .map(|(_, t)| t)
            .chain([&self.us_east_1])
            .find(|t| t.region == region)
    }

    /// Builds the topics, their policies and subscriptions under `scope/<id>` (and, when
    /// neither side is us-east-1, the us-east-1 key, provider and topic).
    pub fn new(scope: &DrScope, id: &str, props: &AlertTopicsProps<'_>) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        for sub in &props.subscriptions {
            if let Some(problem) = sub.problem() {
                record_problem(&me, problem);
            }
        }
        for (side, key) in props.keys.iter() {
            for service in KEY_SERVICES {
                if !key.grants(service) {
                    record_problem(
                        &me,
                        format!(
                            "keys.{}: the key does not grant KeyService::{service:?}; alarms \
                             and events could not be delivered through the encrypted topic \
                             (add it to the key's services)",
                            side.alias()
                        ),
                    );
                }
            }
        }
        let topics = PerRegion::from_fn(|side| {
            topic(
                ctx,
                &me.region(side),
                ctx.region(side),
                props.keys.get(side).arn.clone(),
                ctx.accounts().get(side),
                props,
            )
        });
        let us_east_1 = match ctx.side_of(ROUTE53_METRICS_REGION) {
            Some(side) => topics.get(side).clone(),
            None => {
                let region = ROUTE53_METRICS_REGION;
                let at = me.region_for(region);
                let account = RegionalAccount::new(&at);
                let key = regional_key(
                    ctx,
                    &at.child("key"),
                    region,
                    &account,
                    &KmsKeysProps {
                        purpose: props.name.clone(),
                        services: KEY_SERVICES.to_vec(),
                    },
                );
                topic(ctx, &at, region, key.arn, &account, props)
            }
        };
        AlertTopics { topics, us_east_1 }
    }
}

/// One region's topic, policy and subscriptions under `at`.
fn topic(
    ctx: &DrContext,
    at: &Scope,
    region: Region,
    key_arn: Expr<String>,
    account: &RegionalAccount,
    props: &AlertTopicsProps<'_>,
) -> Topic {
    let name = ctx.name_in::<SnsTopic>(&props.name, region);
    let topic = at.add(
        "topic",
        SnsTopic::new()
            .name(name.as_str())
            .kms_master_key_id(key_arn),
    );
    let document = at.add(
        "topic-policy-document",
        IamPolicyDocument::new()
            .statement(
                Statement::new()
                    .sid("AlarmsAndEventsOfThisAccountPublish")
                    .effect(IamEffect::Allow)
                    .principals(StatementPrincipals::new(
                        vec!["cloudwatch.amazonaws.com", "events.amazonaws.com"],
                        PrincipalType::Service,
                    ))
                    .actions(vec!["sns:Publish"])
                    .resources(vec![topic.arn()])
                    .condition(StatementCondition::new(
                        ConditionOperator::StringEquals,
                        vec![account.account_id.clone()],
                        "aws:SourceAccount",
                    )),
            )
            .statement(
                Statement::new()
                    .sid("DenyPublishWithoutTls")
                    .effect(IamEffect::Deny)
                    .principals(StatementPrincipals::new(vec!["*"], PrincipalType::Aws))
                    .actions(vec!["sns:Publish"])
                    .resources(vec![topic.arn()])
                    .condition(StatementCondition::new(
                        ConditionOperator::Bool,
                        vec!["false"],
                        "aws:SecureTransport",
                    )),
            ),
    );
    at.add(
        "topic-policy",
        SnsTopicPolicy::new(SnsTopicPolicyArgs {
            arn: topic.arn(),
            policy: document.json(),
        }),
    );
    for (i, sub) in props.subscriptions.iter().enumerate() {
        at.add(
            &format!("subscription-{i}"),
            SnsTopicSubscription::new(SnsTopicSubscriptionArgs {
                endpoint: sub.endpoint().into(),
                protocol: sub.protocol().into(),
                topic_arn: topic.arn(),
            }),
        );
    }
    Topic {
        region,
        name,
        arn: topic.arn(),
    }
}

#[cfg(test)]
mod tests;
