//! Tests of the alert topics on the synthesized JSON (fixture: the alarms' [`ops`]).

use serde_json::{json, Value};
use tfdr_dsl::aws::{KmsKey, SnsTopic, SnsTopicPolicy, SnsTopicSubscription};
use tfdr_dsl::{Region, Stack};
use tfdr_testing::Synthesized;

use super::*;
use crate::alarms::tests::{ops, subscriptions};
use crate::context::Side;
use crate::test_support::{at, r};

fn synth(stack: &Stack) -> Synthesized {
    tfdr_testing::try_synth(stack).unwrap_or_else(|e| panic!("{e}"))
}

/// The statements of the policy document data source at `path`, by sid.
fn statements(s: &Synthesized, path: &str) -> Vec<Value> {
    let doc = at(s.data_sources("aws_iam_policy_document"), path);
    doc.body["statement"].as_array().unwrap().clone()
}

fn sid<'a>(statements: &'a [Value], sid: &str) -> &'a Value {
    statements
        .iter()
        .find(|s| s["sid"] == sid)
        .unwrap_or_else(|| panic!("no statement {sid} in {statements:?}"))
}

#[test]
fn each_region_has_an_encrypted_topic_with_its_policy_and_subscriptions() {
    let o = ops(Region::UsEast1, Region::UsEast2);
    let s = synth(&o.stack);
    s.assert_count::<SnsTopic>(2);
    s.assert_count::<SnsTopicPolicy>(2);
    s.assert_count::<SnsTopicSubscription>(4);
    assert_eq!(s.providers("aws").len(), 2, "us-east-1 is the primary");
    for side in Side::BOTH {
        let a = side.alias();
        let topic = at(s.resources_of::<SnsTopic>(), &format!("alerts/{a}/topic"));
        let key = at(s.resources_of::<KmsKey>(), &format!("kms/{a}/key"));
        assert_eq!(topic.body["provider"], json!(format!("aws.{a}")));
        assert_eq!(topic.body["name"], "payments-alerts-dev");
        assert_eq!(topic.body["kms_master_key_id"], r(&key.address, "arn"));
        let policy = at(
            s.resources_of::<SnsTopicPolicy>(),
            &format!("alerts/{a}/topic-policy"),
        );
        assert_eq!(policy.body["arn"], r(&topic.address, "arn"));
        for (i, (protocol, endpoint)) in [
            ("email", "oncall@payments.example.com"),
            ("https", "https://events.pager.example.com/integration/abc"),
        ]
        .into_iter()
        .enumerate()
        {
            let sub = at(
                s.resources_of::<SnsTopicSubscription>(),
                &format!("alerts/{a}/subscription-{i}"),
            );
            assert_eq!(sub.body["protocol"], protocol);
            assert_eq!(sub.body["endpoint"], endpoint);
            assert_eq!(sub.body["topic_arn"], r(&topic.address, "arn"));
            assert_eq!(sub.body["provider"], json!(format!("aws.{a}")));
        }
        assert_eq!(o.topics.topics.get(side).region, o.ctx.region(side));
    }
    // us-east-1 is the primary: its topic is the primary's.
    assert_eq!(o.topics.us_east_1, o.topics.topics.primary);
    assert_eq!(
        o.topics.in_region(Region::UsEast2),
        Some(&o.topics.topics.dr)
    );
    assert_eq!(o.topics.in_region(Region::EuWest1), None);
}

#[test]
fn alarms_and_events_of_this_account_may_publish_over_tls_only() {
    let o = ops(Region::UsEast1, Region::UsEast2);
    let s = synth(&o.stack);
    let topic = at(s.resources_of::<SnsTopic>(), "alerts/primary/topic");
    let caller = at(
        s.data_sources("aws_caller_identity"),
        "account/primary/caller",
    );
    let st = statements(&s, "alerts/primary/topic-policy-document");
    assert_eq!(st.len(), 2);
    assert!(
        tfdr_testing::matches(
            sid(&st, "AlarmsAndEventsOfThisAccountPublish"),
            &json!({
                "effect": "Allow",
                "actions": ["sns:Publish"],
                "resources": [r(&topic.address, "arn")],
                "principals": [{
                    "type": "Service",
                    "identifiers": ["cloudwatch.amazonaws.com", "events.amazonaws.com"],
                }],
                "condition": [{
                    "test": "StringEquals",
                    "variable": "aws:SourceAccount",
                    "values": [r(&caller.address, "account_id")],
                }],
            })
        ),
        "{st:#?}"
    );
    assert!(
        tfdr_testing::matches(
            sid(&st, "DenyPublishWithoutTls"),
            &json!({
                "effect": "Deny",
                "principals": [{"type": "AWS", "identifiers": ["*"]}],
                "condition": [{"test": "Bool", "variable": "aws:SecureTransport", "values": ["false"]}],
            })
        ),
        "{st:#?}"
    );
}

#[test]
fn the_key_lets_cloudwatch_and_eventbridge_encrypt_for_the_topic() {
    let o = ops(Region::UsEast1, Region::UsEast2);
    let s = synth(&o.stack);
    let st = statements(&s, "kms/dr/policy");
    let alarms = sid(&st, "AllowCloudWatchAlarmsToEncryptedTopics");
    assert_eq!(
        alarms["principals"][0]["identifiers"],
        json!(["cloudwatch.amazonaws.com"])
    );
    let events = sid(&st, "AllowEventBridgeToEncryptedTopics");
    assert!(
        tfdr_testing::matches(
            events,
            &json!({
                "actions": ["kms:Decrypt", "kms:GenerateDataKey*"],
                "principals": [{"type": "Service", "identifiers": ["events.amazonaws.com"]}],
            })
        ),
        "{events:#}"
    );
    // No source condition: AWS does not pass one to KMS for EventBridge deliveries.
    assert_eq!(events.get("condition"), None, "{events:#}");
    // SNS itself, for publishers of this account.
    let via = sid(&st, "AllowUseThroughStackServices");
    assert!(
        via["condition"][0]["values"]
            .as_array()
            .unwrap()
            .contains(&json!("sns.us-east-2.amazonaws.com")),
        "{via:#}"
    );
}

#[test]
fn a_pair_without_us_east_1_gets_a_provider_key_and_topic_there() {
    let o = ops(Region::EuCentral1, Region::EuCentral2);
    let s = synth(&o.stack);
    let providers = s.providers("aws");
    assert_eq!(providers.len(), 3);
    assert_eq!(providers[2]["alias"], "us-east-1");
    assert_eq!(providers[2]["region"], "us-east-1");
    assert_eq!(providers[2]["default_tags"], providers[0]["default_tags"]);
    s.assert_count::<SnsTopic>(3);
    s.assert_count::<SnsTopicSubscription>(6);
    let topic = at(s.resources_of::<SnsTopic>(), "alerts/us-east-1/topic");
    let key = at(s.resources_of::<KmsKey>(), "alerts/us-east-1/key/key");
    assert_eq!(topic.body["provider"], "aws.us-east-1");
    assert_eq!(key.body["provider"], "aws.us-east-1");
    assert_eq!(topic.body["kms_master_key_id"], r(&key.address, "arn"));
    assert_eq!(key.body["deletion_window_in_days"], 7);
    assert_eq!(key.body["enable_key_rotation"], true);
    let alias = at(s.resources("aws_kms_alias"), "alerts/us-east-1/key/alias");
    assert_eq!(alias.body["name"], "alias/payments-alerts-dev");
    // The key's policy and the topic's policy use the account as seen in us-east-1.
    let caller = at(
        s.data_sources("aws_caller_identity"),
        "alerts/us-east-1/caller",
    );
    assert_eq!(caller.body["provider"], "aws.us-east-1");
    let st = statements(&s, "alerts/us-east-1/key/policy");
    for sid_ in [
        "AllowUseThroughStackServices",
        "AllowCloudWatchAlarmsToEncryptedTopics",
        "AllowEventBridgeToEncryptedTopics",
    ] {
        sid(&st, sid_);
    }
    assert_eq!(
        sid(&st, "AllowUseThroughStackServices")["condition"][0]["values"],
        json!(["sns.us-east-1.amazonaws.com"])
    );
    let topic_st = statements(&s, "alerts/us-east-1/topic-policy-document");
    assert_eq!(
        sid(&topic_st, "AlarmsAndEventsOfThisAccountPublish")["condition"][0]["values"],
        json!([r(&caller.address, "account_id")])
    );
    assert_eq!(o.topics.us_east_1.region, Region::UsEast1);
    assert_ne!(o.topics.us_east_1, o.topics.topics.primary);
}

#[test]
fn the_dr_side_in_us_east_1_is_the_us_east_1_topic() {
    let o = ops(Region::UsWest2, Region::UsEast1);
    let s = synth(&o.stack);
    assert_eq!(s.providers("aws").len(), 2);
    assert_eq!(o.topics.us_east_1, o.topics.topics.dr);
}

#[test]
fn keys_without_the_alert_services_and_bad_endpoints_are_reported() {
    let f = crate::test_support::fixture();
    AlertTopics::new(
        &f.root(),
        "alerts",
        &AlertTopicsProps {
            name: "payments-alerts".into(),
            keys: &f.keys,
            subscriptions: vec![
                Subscription::Email("not-an-address".into()),
                Subscription::Https("http://pager.example.com/x".into()),
                Subscription::Https("https:///nohost".into()),
            ],
        },
    );
    let e = tfdr_testing::try_synth(&f.stack).unwrap_err().to_string();
    for want in [
        "keys.primary: the key does not grant KeyService::Sns",
        "keys.dr: the key does not grant KeyService::EventBridge",
        "KeyService::CloudWatchAlarms",
        "`not-an-address` is not an address",
        "`http://pager.example.com/x` must be an https:// URL",
        "`https:///nohost` must be an https:// URL",
    ] {
        assert!(e.contains(want), "{want} not in {e}");
    }
    for good in subscriptions() {
        assert_eq!(good.problem(), None);
    }
}
