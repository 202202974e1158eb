//! One violating stack per stack-policy rule: each must fail synthesis with an error naming
//! the construct path and the rule, and the compliant baseline must pass (so the policy
//! cannot pass by always failing, nor by never running).

use std::collections::BTreeMap;

use tfdr_dsl::aws::scheduler_schedule::{FlexibleTimeWindow, Target, TargetArgs};
use tfdr_dsl::aws::{
    RdsGlobalCluster, S3Bucket, SchedulerSchedule, SecretsmanagerSecret, SnsTopic,
};
use tfdr_dsl::{Lifecycle, Region, Scope, Stack};
use tfdr_modules::policy::EnvironmentSuffix;
use tfdr_modules::{DrContext, Side};

fn context() -> (Stack, DrContext) {
    let stack = Stack::new("policy");
    let ctx = DrContext::new(
        &stack,
        Region::UsEast1,
        Region::UsEast2,
        EnvironmentSuffix::new("dev").unwrap(),
    )
    .unwrap();
    (stack, ctx)
}

fn primary(ctx: &DrContext) -> Scope {
    ctx.root().child("case").region(Side::Primary)
}

fn errors(stack: &Stack) -> String {
    tfdr_testing::try_synth(stack)
        .expect_err("the stack violates the policy")
        .to_string()
}

/// The error line for `policy/case/primary/<id>`.
fn line_for(errors: &str, id: &str) -> String {
    let path = format!("policy/case/primary/{id}");
    errors
        .lines()
        .find(|l| l.contains(&path))
        .unwrap_or_else(|| panic!("no error for {path} in:\n{errors}"))
        .to_string()
}

/// A topic that satisfies every rule.
fn good_topic(ctx: &DrContext) -> SnsTopic {
    SnsTopic::new().name(ctx.name::<SnsTopic>("alerts", Side::Primary))
}

#[test]
fn the_compliant_baseline_passes() {
    let (stack, ctx) = context();
    primary(&ctx).add("topic", good_topic(&ctx));
    primary(&ctx).add(
        "bucket",
        S3Bucket::new()
            .bucket_prefix(ctx.name::<S3Bucket>("docs", Side::Primary))
            .force_destroy(true),
    );
    tfdr_testing::try_synth(&stack).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn a_missing_dr_tag_fails() {
    let (stack, ctx) = context();
    // Its own tags win over the provider's default tags (as tags_all is computed).
    primary(&ctx).add(
        "topic",
        good_topic(&ctx).tags(BTreeMap::from([("Environment", "prod")])),
    );
    let e = errors(&stack);
    assert!(
        line_for(&e, "topic").contains("missing tag Environment=DR"),
        "{e}"
    );
}

#[test]
fn prevent_destroy_fails() {
    let (stack, ctx) = context();
    let t = primary(&ctx).add("topic", good_topic(&ctx));
    t.node().lifecycle(Lifecycle::new().prevent_destroy(true));
    let e = errors(&stack);
    assert!(
        line_for(&e, "topic").contains("prevent_destroy is not allowed"),
        "{e}"
    );
}

#[test]
fn deletion_protection_fails() {
    let (stack, ctx) = context();
    primary(&ctx).add(
        "global",
        RdsGlobalCluster::new(ctx.name::<RdsGlobalCluster>("aurora-global", Side::Primary))
            .deletion_protection(true),
    );
    let e = errors(&stack);
    assert!(
        line_for(&e, "global").contains("deletion_protection must be off"),
        "{e}"
    );
}

#[test]
fn a_bucket_without_force_destroy_fails() {
    let (stack, ctx) = context();
    primary(&ctx).add(
        "bucket",
        S3Bucket::new().bucket_prefix(ctx.name::<S3Bucket>("docs", Side::Primary)),
    );
    let e = errors(&stack);
    assert!(
        line_for(&e, "bucket").contains("must set force_destroy"),
        "{e}"
    );
}

#[test]
fn a_secret_with_a_recovery_window_fails() {
    let (stack, ctx) = context();
    primary(&ctx).add(
        "secret",
        SecretsmanagerSecret::new()
            .name(ctx.name::<SecretsmanagerSecret>("creds", Side::Primary))
            .recovery_window_in_days(7),
    );
    let e = errors(&stack);
    assert!(
        line_for(&e, "secret").contains("must set recovery_window_in_days"),
        "{e}"
    );
}

#[test]
fn a_name_without_the_suffix_fails() {
    let (stack, ctx) = context();
    primary(&ctx).add("topic", SnsTopic::new().name("alerts-prod"));
    let e = errors(&stack);
    assert!(
        line_for(&e, "topic").contains("does not contain the environment suffix `dev`"),
        "{e}"
    );
}

#[test]
fn a_name_that_is_not_a_literal_fails() {
    let (stack, ctx) = context();
    primary(&ctx).add("topic", SnsTopic::new());
    let e = errors(&stack);
    assert!(
        line_for(&e, "topic").contains("must be set to a literal name built by Naming"),
        "{e}"
    );
}

#[test]
fn a_type_with_a_name_argument_but_no_rule_fails() {
    let (stack, ctx) = context();
    // aws_scheduler_schedule has a `name` argument and no row in the name-rule table
    // (yet; aws_sqs_queue and then aws_cloudwatch_event_rule, used here before, got their
    // rows with the payment function and the failover poll).
    primary(&ctx).add(
        "rule",
        SchedulerSchedule::new(
            "rate(1 hour)",
            FlexibleTimeWindow::new("OFF"),
            Target::new(TargetArgs {
                arn: "arn:aws:lambda:us-east-1:111111111111:function:jobs-dev".into(),
                role_arn: "arn:aws:iam::111111111111:role/jobs-dev".into(),
            }),
        )
        .name("jobs-dev"),
    );
    let e = errors(&stack);
    assert!(
        line_for(&e, "rule").contains(
            "aws_scheduler_schedule has a name argument but no row in the name-rule table"
        ),
        "{e}"
    );
}

#[test]
fn a_name_breaking_its_rule_is_recorded_at_construction() {
    let (stack, ctx) = context();
    // Construction does not fail: the name is recorded and reported by synth.
    let name = ctx.name::<SnsTopic>("alerts!", Side::Primary);
    primary(&ctx).add("topic", SnsTopic::new().name(name));
    let e = errors(&stack);
    assert!(
        e.contains("aws_sns_topic.name: `alerts!-dev` contains '!'"),
        "{e}"
    );
}
