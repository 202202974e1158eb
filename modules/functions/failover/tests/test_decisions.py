"""Every row of the decision table, end to end: an SNS alarm notification in,
the AWS calls made (moto, plus moto_gaps), the reports on both topics out."""

from __future__ import annotations

from typing import Any

import pytest
from botocore.exceptions import ConnectTimeoutError, EndpointConnectionError
from conftest import (
    DR_CLUSTER,
    DR_TOPIC,
    GLOBAL_ID,
    PRIMARY,
    PRIMARY_CLUSTER,
    PRIMARY_TOPIC,
    World,
    alarm_message,
    invoke,
    log_lines,
    sns_event,
)

import decide

ALARM = sns_event(alarm_message("ALARM"))


def assert_reported_on_both(world: World, steps: list, decision: str) -> None:
    for topic in (DR_TOPIC, PRIMARY_TOPIC):
        reports = world.reports(topic)
        assert [r["step"] for r in reports] == steps, topic
        assert reports[-1]["decision"] == decision
        for r in reports:
            assert r["source"] == "tfdr-failover" and r["version"] == 1
            assert r["request_id"] == "lambda-req-1"
            assert r["global_cluster"] == GLOBAL_ID
            assert len(r["_subject"]) < 100


def test_primary_healthy_means_no_action(world: World) -> None:
    # 4 of 16 checkers (25 % > 18 %) see the primary healthy: Route 53 calls it healthy.
    world.primary_down(checkers=16, healthy=4)
    out = invoke(ALARM)
    assert out["results"] == [{"decision": decide.PRIMARY_HEALTHY, "would": None}]
    assert world.mutations() == []
    assert_reported_on_both(world, ["received", "assessed"], decide.PRIMARY_HEALTHY)
    facts = world.reports(DR_TOPIC)[-1]["facts"]
    assert facts["primary_health_check"] == {"verdict": "healthy", "checkers": 16, "healthy_checkers": 4}
    # The check asked about is the configured one.
    assert world.gaps.ops("GetHealthCheckStatus") == [{"HealthCheckId": world.health_check_id}]


def test_moto_default_single_healthy_observation_is_healthy(world: World) -> None:
    out = invoke(ALARM)
    assert out["results"][0]["decision"] == decide.PRIMARY_HEALTHY


def test_primary_down_with_its_database_answering_is_a_switchover(world: World) -> None:
    # 2 of 16 (12.5 % <= 18 %): unhealthy.
    world.primary_down(checkers=16, healthy=2)
    out = invoke(ALARM)
    assert out["results"] == [{"decision": decide.SWITCHOVER, "outcome": "started"}]
    assert world.gaps.ops("SwitchoverGlobalCluster") == [
        {"GlobalClusterIdentifier": GLOBAL_ID, "TargetDbClusterIdentifier": DR_CLUSTER}
    ]
    assert world.gaps.ops("FailoverGlobalCluster") == []
    assert_reported_on_both(world, ["received", "assessed", "action"], decide.SWITCHOVER)
    action = world.reports(PRIMARY_TOPIC)[-1]
    assert action["outcome"] == "started"
    assert action["request"]["operation"] == "rds:SwitchoverGlobalCluster"
    assert action["failover_state"]["IsDataLossAllowed"] is False
    facts = world.reports(DR_TOPIC)[1]["facts"]
    assert facts["primary_cluster"]["state"] == "available"
    assert facts["dr_cluster"] == {
        "state": "available",
        "status": "available",
        "instances": 1,
        "arn": DR_CLUSTER,
        "member": True,
    }
    assert facts["global_cluster"]["writer"] == PRIMARY_CLUSTER
    # The switchover is asked of the DR region's RDS.
    regions = {region for region, op, _ in world.gaps.calls if op == "SwitchoverGlobalCluster"}
    assert regions == {"us-east-2"}


@pytest.mark.parametrize(
    "fault",
    [
        EndpointConnectionError(endpoint_url="https://rds.us-east-1.amazonaws.com"),
        ConnectTimeoutError(endpoint_url="https://rds.us-east-1.amazonaws.com"),
        ("InternalFailure", 500),
        ("DBClusterNotFoundFault", 404),
    ],
    ids=["connection-error", "connect-timeout", "5xx", "cluster-gone"],
)
def test_unplanned_outage_fails_over_with_data_loss_when_the_policy_allows(
    world: World, monkeypatch: pytest.MonkeyPatch, fault: Any
) -> None:
    monkeypatch.setenv("DATA_LOSS_POLICY", "allow-on-outage")
    world.primary_down()
    world.gaps.faults[f"{PRIMARY}/DescribeDBClusters"] = fault
    out = invoke(ALARM)
    assert out["results"] == [{"decision": decide.FAILOVER, "outcome": "started"}]
    assert world.gaps.ops("FailoverGlobalCluster") == [
        {
            "GlobalClusterIdentifier": GLOBAL_ID,
            "TargetDbClusterIdentifier": DR_CLUSTER,
            "AllowDataLoss": True,
        }
    ]
    assert world.gaps.ops("SwitchoverGlobalCluster") == []
    assert_reported_on_both(world, ["received", "assessed", "action"], decide.FAILOVER)
    # The probe of the primary region is made once (no retries).
    assert len([c for c in world.gaps.calls if c[0] == PRIMARY and c[1] == "DescribeDBClusters"]) == 1


def test_primary_database_not_available_is_an_unplanned_outage(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATA_LOSS_POLICY", "allow-on-outage")
    world.primary_down()
    world.gaps.cluster_status[PRIMARY_CLUSTER] = "inaccessible-encryption-credentials"
    out = invoke(ALARM)
    assert out["results"][0]["decision"] == decide.FAILOVER
    facts = world.reports(DR_TOPIC)[1]["facts"]
    assert facts["primary_cluster"]["state"] == "unavailable"


def test_unplanned_outage_without_the_policy_asks_an_operator(world: World) -> None:
    world.primary_down()
    world.gaps.faults[f"{PRIMARY}/DescribeDBClusters"] = EndpointConnectionError(endpoint_url="x")
    out = invoke(ALARM)
    assert out["results"] == [{"decision": decide.MANUAL_DECISION, "would": None}]
    assert world.mutations() == []
    assert_reported_on_both(world, ["received", "assessed"], decide.MANUAL_DECISION)


def test_secondary_not_available_means_alert_only(world: World) -> None:
    world.primary_down()
    world.gaps.cluster_status[DR_CLUSTER] = "backing-up"
    out = invoke(ALARM)
    assert out["results"][0]["decision"] == decide.SECONDARY_UNHEALTHY
    assert world.mutations() == []
    assert_reported_on_both(world, ["received", "assessed"], decide.SECONDARY_UNHEALTHY)


def test_secondary_without_an_instance_means_alert_only(headless_world: World) -> None:
    headless_world.primary_down()
    out = invoke(ALARM)
    assert out["results"][0]["decision"] == decide.SECONDARY_UNHEALTHY
    assert headless_world.reports(DR_TOPIC)[1]["facts"]["dr_cluster"]["instances"] == 0
    assert headless_world.mutations() == []


def test_secondary_not_a_member_means_alert_only(world: World) -> None:
    world.primary_down()
    # Detached (e.g. promoted by hand): still available, no longer a member.
    world.gaps.detached.append(DR_CLUSTER)
    out = invoke(ALARM)
    assert out["results"][0]["decision"] == decide.SECONDARY_UNHEALTHY
    assert world.reports(DR_TOPIC)[1]["facts"]["dr_cluster"]["member"] is False


@pytest.mark.parametrize("status", ["pending", "failing-over", "switching-over", "cancelling"])
def test_a_failover_already_under_way_is_left_alone(world: World, status: str) -> None:
    world.primary_down()
    world.gaps.failover_state = {"Status": status, "IsDataLossAllowed": False}
    out = invoke(ALARM)
    assert out["results"][0]["decision"] == decide.ALREADY_IN_PROGRESS
    assert world.mutations() == []
    assert_reported_on_both(world, ["received", "assessed"], decide.ALREADY_IN_PROGRESS)


def test_a_global_status_of_failing_over_is_left_alone(world: World) -> None:
    world.primary_down()
    world.gaps.global_status = "failing-over"
    assert invoke(ALARM)["results"][0]["decision"] == decide.ALREADY_IN_PROGRESS


def test_dr_already_the_writer_is_a_no_op(world: World) -> None:
    world.primary_down()
    world.gaps.writer_arn = DR_CLUSTER
    out = invoke(ALARM)
    assert out["results"][0]["decision"] == decide.ALREADY_FAILED_OVER
    assert world.mutations() == []


def test_a_writer_that_is_neither_cluster_needs_an_operator(world: World) -> None:
    world.primary_down()
    world.gaps.writer_arn = "arn:aws:rds:eu-west-1:123456789012:cluster:elsewhere"
    assert invoke(ALARM)["results"][0]["decision"] == decide.UNEXPECTED_TOPOLOGY
    assert world.mutations() == []


def test_a_busy_global_cluster_needs_an_operator(world: World) -> None:
    world.primary_down()
    world.gaps.global_status = "modifying"
    assert invoke(ALARM)["results"][0]["decision"] == decide.GLOBAL_CLUSTER_BUSY
    assert world.mutations() == []


def test_a_repeated_notification_starts_one_switchover_only(world: World) -> None:
    world.primary_down()
    first = invoke(ALARM)
    second = invoke(ALARM)
    assert first["results"][0]["decision"] == decide.SWITCHOVER
    assert second["results"][0]["decision"] == decide.ALREADY_IN_PROGRESS
    assert len(world.mutations()) == 1
    assert world.steps() == ["received", "assessed", "action", "received", "assessed"]


@pytest.mark.parametrize(
    "fault,would",
    [(None, decide.SWITCHOVER), (EndpointConnectionError(endpoint_url="x"), decide.FAILOVER)],
    ids=["planned", "outage"],
)
def test_notify_only_reports_what_it_would_do(
    world: World, monkeypatch: pytest.MonkeyPatch, fault: Any, would: str
) -> None:
    monkeypatch.setenv("MODE", "notify-only")
    monkeypatch.setenv("DATA_LOSS_POLICY", "allow-on-outage")
    world.primary_down()
    if fault is not None:
        world.gaps.faults[f"{PRIMARY}/DescribeDBClusters"] = fault
    out = invoke(ALARM)
    assert out["results"] == [{"decision": decide.NOTIFY_ONLY, "would": would}]
    assert world.mutations() == []
    assert_reported_on_both(world, ["received", "assessed"], decide.NOTIFY_ONLY)
    assessed = world.reports(DR_TOPIC)[-1]
    assert assessed["mode"] == "notify-only" and assessed["would"] == would


@pytest.mark.parametrize("state", ["OK", "INSUFFICIENT_DATA"])
def test_other_states_are_reported_without_reading_or_acting(world: World, state: str) -> None:
    out = invoke(sns_event(alarm_message(state, old="ALARM")))
    assert out["results"] == [{"decision": decide.REPORT_ONLY}]
    ops = {op for _, op, _ in world.gaps.calls}
    assert ops == {"Publish"}, "only the reports"
    assert_reported_on_both(world, ["received"], decide.REPORT_ONLY)
    r = world.reports(PRIMARY_TOPIC)[0]
    assert r["alarm"]["state"] == state and r["alarm"]["previous_state"] == "ALARM"
    assert state in r["_subject"]


def test_every_log_line_is_json_with_the_request_id(world: World, capsys: pytest.CaptureFixture) -> None:
    world.primary_down()
    invoke(ALARM)
    lines = log_lines(capsys.readouterr().out)
    assert lines, "the function logs"
    messages = [line["message"] for line in lines]
    for want in ("alarm received", "decided", "starting", "action started", "report published"):
        assert want in messages, messages
    for line in lines:
        assert line["request_id"] == "lambda-req-1"
        assert line["logger"] == "failover"
        assert {"timestamp", "level", "message"} <= set(line)
    decided = next(line for line in lines if line["message"] == "decided")
    assert decided["decision"] == decide.SWITCHOVER and decided["level"] == "WARNING"
