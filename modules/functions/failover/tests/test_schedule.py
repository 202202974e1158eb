"""The scheduled poll and the standby scale-out, end to end: an EventBridge
scheduled event (or an SNS alarm notification) in, the AWS calls made (moto,
plus moto_gaps), the reports on both topics out.

moto 5.2.5 implements Auto Scaling's ``ExecutePolicy`` (it applies the policy:
an ``ExactCapacity`` policy sets the group's desired capacity), so the
scale-out runs against moto; faults are injected with moto_gaps like every
other call (no ``Stubber``)."""

from __future__ import annotations

from typing import Any

import pytest
from botocore.exceptions import EndpointConnectionError
from conftest import (
    DR,
    DR_CLUSTER,
    DR_TOPIC,
    PRIMARY,
    PRIMARY_TOPIC,
    STANDBY_GROUP,
    STANDBY_POLICY,
    STANDBY_TARGET,
    World,
    alarm_message,
    desired_capacity,
    invoke,
    log_lines,
    scheduled_event,
    sns_event,
)

import alarm
import config
import decide
import handler
import standby

POLL = scheduled_event()
ALARM = sns_event(alarm_message("ALARM"))


def reports(world: World) -> list:
    """The reports on both topics; they must be the same."""
    dr, primary = world.reports(DR_TOPIC), world.reports(PRIMARY_TOPIC)
    assert [r["step"] for r in dr] == [r["step"] for r in primary]
    return dr


def scale_calls(world: World) -> list:
    return world.gaps.ops("ExecutePolicy")


# The poll while the primary is healthy: quiet.


@pytest.mark.parametrize("healthy", [4, 16], ids=["25%-healthy", "all-healthy"])
def test_a_poll_while_the_primary_is_healthy_only_logs(
    standby_world: World, capsys: pytest.CaptureFixture, healthy: int
) -> None:
    standby_world.primary_down(checkers=16, healthy=healthy)
    out = invoke(POLL)
    assert out["results"] == [{"decision": decide.PRIMARY_HEALTHY, "trigger": "schedule", "reported": False}]
    assert reports(standby_world) == [], "no report: it runs 1,440 times a day"
    # One read (Route 53), nothing of the database nor the web tier.
    assert [op for _, op, _ in standby_world.gaps.calls] == ["GetHealthCheckStatus"]
    assert desired_capacity() == 1
    (line,) = log_lines(capsys.readouterr().out)
    assert line["message"] == "poll: the primary is healthy" and line["level"] == "INFO"
    assert line["poll"]["rule_arn"].endswith(":rule/payments-failover-poll-dev")
    assert line["facts"]["primary_health_check"]["healthy_checkers"] == healthy


# The poll once the primary is declared down: the same table as ALARM.


def test_a_poll_that_finds_the_primary_down_fails_over_and_scales_the_standby_out(standby_world: World) -> None:
    standby_world.primary_down()
    out = invoke(POLL)
    assert out["results"] == [
        {
            "decision": decide.SWITCHOVER,
            "outcome": "started",
            "trigger": "schedule",
            "reported": True,
            "scale_out": standby.STARTED,
        }
    ]
    assert len(standby_world.gaps.ops("SwitchoverGlobalCluster")) == 1
    assert scale_calls(standby_world) == [
        {"AutoScalingGroupName": STANDBY_GROUP, "PolicyName": STANDBY_POLICY, "HonorCooldown": False}
    ]
    # The scale-out is asked of the DR region's Auto Scaling, and moto applied the policy.
    assert {r for r, op, _ in standby_world.gaps.calls if op == "ExecutePolicy"} == {DR}
    assert desired_capacity() == STANDBY_TARGET
    # No `received` for a poll; the action report carries the scale-out.
    rs = reports(standby_world)
    assert [r["step"] for r in rs] == ["assessed", "action"]
    assert rs[0]["poll"]["event_id"] == "poll-1" and "alarm" not in rs[0]
    assert "scheduled poll" in rs[-1]["_subject"]
    scale = rs[-1]["scale_out"]
    assert scale["outcome"] == "started"
    assert (scale["desired_capacity"], scale["target_capacity"]) == (1, STANDBY_TARGET)
    assert scale["request"]["operation"] == "autoscaling:ExecutePolicy"
    # The database step came first.
    ops = [op for _, op, _ in standby_world.gaps.calls]
    assert ops.index("SwitchoverGlobalCluster") < ops.index("ExecutePolicy")


def test_repeated_polls_during_the_outage_do_not_repeat_anything(standby_world: World) -> None:
    standby_world.primary_down()
    invoke(POLL)
    for _ in range(3):
        out = invoke(POLL)
        assert out["results"] == [
            {
                "decision": decide.ALREADY_IN_PROGRESS,
                "would": None,
                "trigger": "schedule",
                "reported": False,
                "scale_out": standby.AT_TARGET,
            }
        ]
    assert len(standby_world.mutations()) == 1
    assert len(scale_calls(standby_world)) == 1
    assert [r["step"] for r in reports(standby_world)] == ["assessed", "action"]
    # Failed over: still quiet.
    standby_world.gaps.failover_state = None
    standby_world.gaps.writer_arn = DR_CLUSTER
    out = invoke(POLL)
    assert out["results"][0]["decision"] == decide.ALREADY_FAILED_OVER
    assert out["results"][0]["reported"] is False
    assert len(reports(standby_world)) == 2


def test_the_alarm_path_still_reports_what_a_poll_only_logs(standby_world: World) -> None:
    standby_world.primary_down()
    invoke(ALARM)
    out = invoke(ALARM)
    assert out["results"] == [{"decision": decide.ALREADY_IN_PROGRESS, "would": None, "scale_out": standby.AT_TARGET}]
    assert [r["step"] for r in reports(standby_world)] == [
        "received",
        "assessed",
        "action",
        "received",
        "assessed",
    ]
    assert reports(standby_world)[-1]["scale_out"]["outcome"] == standby.AT_TARGET
    assert len(scale_calls(standby_world)) == 1


def test_the_standby_grows_whatever_the_database_decision(
    standby_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The primary database is unreachable and the policy forbids data loss: an operator
    # must decide about the database, but the web tier must not wait for them.
    standby_world.primary_down()
    standby_world.gaps.faults[f"{PRIMARY}/DescribeDBClusters"] = EndpointConnectionError(endpoint_url="x")
    out = invoke(POLL)
    assert out["results"][0]["decision"] == decide.MANUAL_DECISION
    assert out["results"][0]["scale_out"] == standby.STARTED
    assert standby_world.mutations() == []
    assert desired_capacity() == STANDBY_TARGET
    (assessed,) = reports(standby_world)
    assert assessed["decision"] == decide.MANUAL_DECISION and assessed["scale_out"]["outcome"] == "started"


def test_the_standby_grows_even_when_the_dr_database_is_unhealthy(standby_world: World) -> None:
    standby_world.primary_down()
    standby_world.gaps.cluster_status[DR_CLUSTER] = "backing-up"
    out = invoke(ALARM)
    assert out["results"][0]["decision"] == decide.SECONDARY_UNHEALTHY
    assert out["results"][0]["scale_out"] == standby.STARTED
    assert standby_world.mutations() == []


def test_the_standby_grows_when_the_database_cannot_be_assessed_and_the_invocation_still_fails(
    standby_world: World,
) -> None:
    standby_world.primary_down()
    standby_world.gaps.faults["DescribeGlobalClusters"] = ("Throttling", 400)
    with pytest.raises(handler.FailoverIncomplete) as err:
        invoke(POLL)
    assert err.value.decision == decide.CANNOT_ASSESS
    assert desired_capacity() == STANDBY_TARGET
    (assessed,) = reports(standby_world)
    assert assessed["decision"] == decide.CANNOT_ASSESS and assessed["scale_out"]["outcome"] == "started"


def test_no_scale_out_unless_route_53_declares_the_primary_down(standby_world: World) -> None:
    # ALARM, but the checkers see the primary healthy again (a stale alarm).
    standby_world.primary_down(checkers=16, healthy=4)
    out = invoke(ALARM)
    assert out["results"] == [{"decision": decide.PRIMARY_HEALTHY, "would": None}]
    assert standby_world.gaps.ops("DescribeAutoScalingGroups") == []
    assert reports(standby_world)[-1]["scale_out"] is None
    # Unknown is not down either.
    standby_world.gaps.observations = []
    with pytest.raises(handler.FailoverIncomplete):
        invoke(ALARM)
    assert standby_world.gaps.ops("DescribeAutoScalingGroups") == []


# Idempotent.


@pytest.mark.parametrize("desired", [STANDBY_TARGET, STANDBY_TARGET + 2], ids=["at-target", "above-target"])
def test_no_scale_out_call_when_the_group_is_at_or_above_its_target(
    standby_world: World, monkeypatch: pytest.MonkeyPatch, desired: int
) -> None:
    import boto3

    boto3.client("autoscaling", region_name=DR).set_desired_capacity(
        AutoScalingGroupName=STANDBY_GROUP, DesiredCapacity=desired
    )
    standby_world.primary_down()
    out = invoke(ALARM)
    assert out["results"][0]["scale_out"] == standby.AT_TARGET
    assert scale_calls(standby_world) == []
    # Above the target, executing the ExactCapacity policy would have shrunk the group.
    assert desired_capacity() == desired
    scale = reports(standby_world)[-1]["scale_out"]
    assert scale == {
        "group": STANDBY_GROUP,
        "policy": STANDBY_POLICY,
        "region": DR,
        "target_capacity": STANDBY_TARGET,
        "desired_capacity": desired,
        "min_size": 1,
        "max_size": 8,
        "outcome": "at-target",
    }


# A failed scale-out fails the invocation, after the database step.


@pytest.mark.parametrize(
    "fault",
    [("ScalingActivityInProgress", 400), ("InternalFailure", 500), EndpointConnectionError(endpoint_url="x")],
    ids=["in-progress", "5xx", "unreachable"],
)
def test_a_failed_scale_out_fails_the_invocation_after_the_database_step(standby_world: World, fault: Any) -> None:
    standby_world.primary_down()
    standby_world.gaps.faults["ExecutePolicy"] = fault
    with pytest.raises(handler.FailoverIncomplete) as err:
        invoke(POLL)
    assert "standby scale-out failed" in err.value.why
    assert err.value.decision == decide.SWITCHOVER
    assert len(standby_world.gaps.ops("SwitchoverGlobalCluster")) == 1, "the database step was done"
    assert len(scale_calls(standby_world)) == 1, "the mutating call is not repeated"
    action = reports(standby_world)[-1]
    assert action["step"] == "action" and action["outcome"] == "started"
    assert action["scale_out"]["outcome"] == "failed"
    assert action["scale_out"]["error"]["operation"] == "autoscaling:ExecutePolicy"
    # Lambda's retry: the switchover is under way, the group still small: it scales out.
    standby_world.gaps.faults.clear()
    out = invoke(POLL)
    assert out["results"][0]["decision"] == decide.ALREADY_IN_PROGRESS
    assert out["results"][0]["scale_out"] == standby.STARTED
    assert out["results"][0]["reported"] is True, "the scale-out acted: reported"
    assert desired_capacity() == STANDBY_TARGET


@pytest.mark.parametrize(
    "fault", [("AccessDenied", 403), ("Throttling", 400)], ids=["denied", "throttled"]
)
def test_a_group_that_cannot_be_read_is_never_scaled_blind(standby_world: World, fault: Any) -> None:
    standby_world.primary_down()
    standby_world.gaps.faults["DescribeAutoScalingGroups"] = fault
    with pytest.raises(handler.FailoverIncomplete):
        invoke(ALARM)
    assert scale_calls(standby_world) == []
    assert reports(standby_world)[-1]["scale_out"]["outcome"] == "failed"


def test_a_missing_group_or_capacity_is_a_failed_scale_out(
    standby_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    import aws

    standby_world.primary_down()
    real = aws.call
    answers = [{"AutoScalingGroups": []}, {"AutoScalingGroups": [{"AutoScalingGroupName": STANDBY_GROUP}]}]

    def call(client: Any, operation: str, method: str, **params: Any) -> Any:
        if operation == "autoscaling:DescribeAutoScalingGroups":
            return answers.pop(0)
        return real(client, operation, method, **params)

    monkeypatch.setattr(aws, "call", call)
    for code in ("GroupNotFound", "NoDesiredCapacity"):
        with pytest.raises(handler.FailoverIncomplete):
            invoke(POLL)
        assert reports(standby_world)[-1]["scale_out"]["error"]["code"] == code
    assert scale_calls(standby_world) == []


# notify-only: says what it would do, once.


def test_notify_only_reports_what_it_would_do_once_per_outage(
    standby_world: World, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("MODE", "notify-only")
    standby_world.primary_down()
    first = invoke(POLL)["results"][0]
    assert (first["decision"], first["would"], first["scale_out"], first["reported"]) == (
        decide.NOTIFY_ONLY,
        decide.SWITCHOVER,
        standby.WOULD_SCALE_OUT,
        True,
    )
    (assessed,) = reports(standby_world)
    assert assessed["would"] == decide.SWITCHOVER
    assert assessed["scale_out"]["outcome"] == "would-scale-out"
    assert standby_world.mutations() == [] and scale_calls(standby_world) == []
    assert desired_capacity() == 1
    # The same outcome a minute later: logged, not reported again.
    capsys.readouterr()
    assert invoke(POLL)["results"][0]["reported"] is False
    assert len(reports(standby_world)) == 1
    assert "poll: not reported" in [line["message"] for line in log_lines(capsys.readouterr().out)]
    # The outage ends, a new one starts: reported again.
    standby_world.primary_down(checkers=16, healthy=16)
    invoke(POLL)
    standby_world.primary_down()
    assert invoke(POLL)["results"][0]["reported"] is True
    assert len(reports(standby_world)) == 2


def test_a_changed_outcome_is_reported_again(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    world.primary_down()
    world.gaps.faults[f"{PRIMARY}/DescribeDBClusters"] = EndpointConnectionError(endpoint_url="x")
    assert invoke(POLL)["results"][0] == {
        "decision": decide.MANUAL_DECISION,
        "would": None,
        "trigger": "schedule",
        "reported": True,
    }
    assert invoke(POLL)["results"][0]["reported"] is False
    # The DR cluster degrades: a different outcome, reported.
    world.gaps.cluster_status[DR_CLUSTER] = "backing-up"
    assert invoke(POLL)["results"][0]["decision"] == decide.SECONDARY_UNHEALTHY
    assert [r["decision"] for r in world.reports(DR_TOPIC)] == [decide.MANUAL_DECISION, decide.SECONDARY_UNHEALTHY]
    # An operator fails over by hand: quiet.
    world.gaps.writer_arn = DR_CLUSTER
    assert invoke(POLL)["results"][0]["reported"] is False
    assert len(world.reports(DR_TOPIC)) == 2


def test_a_poll_that_cannot_read_route_53_fails_and_reports_once(world: World) -> None:
    world.gaps.faults["GetHealthCheckStatus"] = ("ServiceUnavailable", 503)
    for _ in range(2):
        with pytest.raises(handler.FailoverIncomplete) as err:
            invoke(POLL)
        assert err.value.decision == decide.CANNOT_ASSESS
    assert [r["decision"] for r in world.reports(DR_TOPIC)] == [decide.CANNOT_ASSESS]
    assert world.mutations() == []


def test_a_poll_whose_report_reaches_no_topic_is_reported_by_the_retry(world: World) -> None:
    world.primary_down()
    world.gaps.faults[f"{PRIMARY}/DescribeDBClusters"] = EndpointConnectionError(endpoint_url="x")
    world.gaps.faults["Publish"] = ("KMSAccessDenied", 400)
    with pytest.raises(handler.FailoverIncomplete):
        invoke(POLL)
    del world.gaps.faults["Publish"]
    assert invoke(POLL)["results"][0]["reported"] is True
    assert [r["decision"] for r in world.reports(DR_TOPIC)] == [decide.MANUAL_DECISION]


def test_without_a_standby_reports_have_no_scale_out_field(world: World) -> None:
    world.primary_down()
    out = invoke(POLL)
    assert out["results"][0] == {
        "decision": decide.SWITCHOVER,
        "outcome": "started",
        "trigger": "schedule",
        "reported": True,
    }
    for r in world.reports(DR_TOPIC):
        assert "scale_out" not in r
    assert world.gaps.ops("DescribeAutoScalingGroups") == []


# Input and configuration.


def test_an_eventbridge_event_that_is_not_a_schedule_is_malformed(world: World) -> None:
    out = invoke(scheduled_event(detail_type="EC2 Instance State-change Notification"))
    assert out["results"][0]["decision"] == handler.IGNORED_MALFORMED
    assert "not a Scheduled Event" in out["results"][0]["problem"]
    assert world.mutations() == []


def test_a_scheduled_event_without_resources_is_still_a_poll() -> None:
    (poll,) = alarm.parse_event({"source": "aws.events", "detail-type": "Scheduled Event"})
    assert poll == alarm.ScheduledPoll(rule_arn=None, time=None, event_id=None)


@pytest.mark.parametrize(
    "name,value,problem",
    [
        ("STANDBY_GROUP_NAME", "", "STANDBY_* variables come together"),
        ("STANDBY_POLICY_NAME", "bad\nname", "not an Auto Scaling name"),
        ("STANDBY_REGION", "eu central 2", "not an AWS region"),
        ("STANDBY_REGION", PRIMARY, "not the DR cluster's region"),
        ("STANDBY_TARGET_CAPACITY", "0", "not a positive whole number"),
        ("STANDBY_TARGET_CAPACITY", "four", "not a positive whole number"),
    ],
)
def test_a_broken_standby_configuration_names_the_variable(
    standby_world: World, monkeypatch: pytest.MonkeyPatch, name: str, value: str, problem: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(config.ConfigError) as err:
        invoke(POLL)
    assert err.value.variable == name and problem in err.value.problem
    assert standby_world.gaps.calls == []


def test_the_standby_configuration_is_read(standby_world: World) -> None:
    assert config.load().standby == config.Standby(
        group_name=STANDBY_GROUP, policy_name=STANDBY_POLICY, region=DR, target_capacity=STANDBY_TARGET
    )
