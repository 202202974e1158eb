"""Bad input, AWS errors and a broken configuration: nothing harmful is done,
everything is reported, and the invocation fails exactly when a retry can
help (the facts or the action are missing, or no report got through)."""

from __future__ import annotations

from typing import Any

import pytest
from botocore.exceptions import EndpointConnectionError, ReadTimeoutError
from conftest import (
    DR,
    DR_TOPIC,
    PRIMARY,
    PRIMARY_TOPIC,
    World,
    alarm_message,
    invoke,
    log_lines,
    sns_event,
)

import config
import decide
import handler

ALARM = sns_event(alarm_message("ALARM"))


@pytest.mark.parametrize(
    "event,problem",
    [
        ("not an object", "the event is not an object"),
        ({}, "no Records"),
        ({"Records": []}, "no Records"),
        ({"Records": ["x"]}, "a record is not an object"),
        (sns_event(alarm_message(), source="aws:sqs"), "not from SNS"),
        ({"Records": [{"EventSource": "aws:sns"}]}, "no Sns object"),
        ({"Records": [{"EventSource": "aws:sns", "Sns": {"Message": 3}}]}, "missing or not a string"),
        (sns_event("{not json"), "not JSON"),
        (sns_event("[1, 2]"), "not a JSON object"),
        (sns_event("x" * 262_145), "larger than 256 KiB"),
        (sns_event({"hello": "world"}), "no AlarmName"),
        (sns_event({**alarm_message(), "NewStateValue": "PANIC"}), "NewStateValue"),
    ],
)
def test_malformed_input_is_reported_and_never_acted_on(world: World, event: Any, problem: str) -> None:
    world.primary_down()
    out = invoke(event)
    assert len(out["results"]) == 1
    assert out["results"][0]["decision"] == handler.IGNORED_MALFORMED
    assert problem in out["results"][0]["problem"]
    assert world.mutations() == []
    assert {op for _, op, _ in world.gaps.calls} == {"Publish"}
    for topic in (DR_TOPIC, PRIMARY_TOPIC):
        (r,) = world.reports(topic)
        assert r["decision"] == handler.IGNORED_MALFORMED and problem in r["problem"]


def test_its_own_reports_are_ignored_silently(world: World) -> None:
    own = {"source": "tfdr-failover", "version": 1, "step": "assessed", "decision": "switchover"}
    out = invoke(sns_event(own))
    assert out["results"] == [{"decision": handler.IGNORED_OWN_REPORT}]
    assert world.gaps.calls == [], "no read, no action, no report (no feedback loop)"


def test_an_alarm_that_is_not_a_trigger_is_only_logged(world: World, capsys: pytest.CaptureFixture) -> None:
    world.primary_down()
    out = invoke(sns_event(alarm_message("ALARM", name="payments-aurora-lag-dev")))
    assert out["results"] == [{"decision": handler.IGNORED_OTHER_ALARM}]
    assert world.gaps.calls == [], "no read, no action, no report"
    (line,) = log_lines(capsys.readouterr().out)
    assert line["decision"] == handler.IGNORED_OTHER_ALARM
    assert line["alarm"]["name"] == "payments-aurora-lag-dev"


def test_without_trigger_names_any_alarm_triggers(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRIGGER_ALARM_NAMES")
    world.primary_down()
    out = invoke(sns_event(alarm_message("ALARM", name="anything")))
    assert out["results"][0]["decision"] == decide.SWITCHOVER


def test_several_records_are_handled_in_order(world: World) -> None:
    ok = sns_event(alarm_message("OK"))["Records"][0]
    bad = sns_event("{")["Records"][0]
    out = invoke({"Records": [ok, bad]})
    assert [r["decision"] for r in out["results"]] == [decide.REPORT_ONLY, handler.IGNORED_MALFORMED]


@pytest.mark.parametrize(
    "key,fault",
    [
        ("DescribeGlobalClusters", ("Throttling", 400)),
        ("DescribeGlobalClusters", ("GlobalClusterNotFoundFault", 404)),
        ("GetHealthCheckStatus", ("AccessDenied", 403)),
        ("GetHealthCheckStatus", ReadTimeoutError(endpoint_url="https://route53.amazonaws.com")),
        (f"{DR}/DescribeDBClusters", ("InternalFailure", 500)),
        (f"{DR}/DescribeDBClusters", ("AccessDenied", 403)),
        (f"{PRIMARY}/DescribeDBClusters", ("AccessDenied", 403)),
        (f"{PRIMARY}/DescribeDBClusters", ("Throttling", 400)),
    ],
)
def test_facts_that_cannot_be_read_are_reported_and_the_invocation_fails(
    world: World, monkeypatch: pytest.MonkeyPatch, key: str, fault: Any
) -> None:
    monkeypatch.setenv("DATA_LOSS_POLICY", "allow-on-outage")
    world.primary_down()
    world.gaps.faults[key] = fault
    with pytest.raises(handler.FailoverIncomplete) as err:
        invoke(ALARM)
    assert err.value.decision == decide.CANNOT_ASSESS
    assert world.mutations() == []
    for topic in (DR_TOPIC, PRIMARY_TOPIC):
        assert [r["step"] for r in world.reports(topic)] == ["received", "assessed"]
        assert world.reports(topic)[-1]["decision"] == decide.CANNOT_ASSESS


def test_a_health_check_without_observations_cannot_be_assessed(world: World) -> None:
    world.gaps.observations = []
    with pytest.raises(handler.FailoverIncomplete):
        invoke(ALARM)
    assert world.mutations() == []


def test_an_empty_global_cluster_answer_cannot_be_assessed(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    import aws

    world.primary_down()
    real = aws.call

    def call(client: Any, operation: str, method: str, **params: Any) -> Any:
        if operation == "rds:DescribeGlobalClusters":
            return {"GlobalClusters": []}
        return real(client, operation, method, **params)

    monkeypatch.setattr(aws, "call", call)
    with pytest.raises(handler.FailoverIncomplete) as err:
        invoke(ALARM)
    assert err.value.decision == decide.CANNOT_ASSESS
    assert world.mutations() == []


def test_a_dr_cluster_missing_from_its_region_is_not_failed_over_to(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    import aws

    world.primary_down()
    real = aws.call

    def call(client: Any, operation: str, method: str, **params: Any) -> Any:
        if operation == "rds:DescribeDBClusters" and client.meta.region_name == DR:
            return {"DBClusters": []}
        return real(client, operation, method, **params)

    monkeypatch.setattr(aws, "call", call)
    out = invoke(ALARM)
    assert out["results"][0]["decision"] == decide.SECONDARY_UNHEALTHY
    assert world.mutations() == []


@pytest.mark.parametrize(
    "fault",
    [("InvalidGlobalClusterStateFault", 400), ("AccessDenied", 403), EndpointConnectionError(endpoint_url="x")],
)
def test_a_failed_action_is_reported_and_the_invocation_fails(world: World, fault: Any) -> None:
    world.primary_down()
    world.gaps.faults["SwitchoverGlobalCluster"] = fault
    with pytest.raises(handler.FailoverIncomplete) as err:
        invoke(ALARM)
    assert err.value.decision == decide.SWITCHOVER
    assert len(world.gaps.ops("SwitchoverGlobalCluster")) == 1, "the mutating call is not repeated"
    action = world.reports(DR_TOPIC)[-1]
    assert action["step"] == "action" and action["outcome"] == "failed"
    assert action["error"]["operation"] == "rds:SwitchoverGlobalCluster"


def test_the_lambda_retry_after_a_lost_answer_finds_the_operation_under_way(world: World) -> None:
    world.primary_down()
    world.gaps.faults["SwitchoverGlobalCluster"] = ReadTimeoutError(endpoint_url="x")
    with pytest.raises(handler.FailoverIncomplete):
        invoke(ALARM)
    # The request did reach RDS: the operation runs.
    world.gaps.faults.clear()
    world.gaps.failover_state = {"Status": "switching-over"}
    out = invoke(ALARM)
    assert out["results"][0]["decision"] == decide.ALREADY_IN_PROGRESS


def test_a_topic_that_cannot_be_reached_does_not_stop_the_other(world: World) -> None:
    world.primary_down()
    world.gaps.faults[f"{PRIMARY}/Publish"] = EndpointConnectionError(endpoint_url="x")
    out = invoke(ALARM)
    assert out["results"][0] == {"decision": decide.SWITCHOVER, "outcome": "started"}
    assert world.steps(DR_TOPIC) == ["received", "assessed", "action"]
    assert world.reports(PRIMARY_TOPIC) == []


def test_no_topic_reached_fails_the_invocation_after_acting(world: World) -> None:
    world.primary_down()
    world.gaps.faults["Publish"] = ("KMSAccessDenied", 400)
    with pytest.raises(handler.FailoverIncomplete) as err:
        invoke(ALARM)
    assert "neither region" in err.value.why
    assert len(world.mutations()) == 1


def test_the_failure_is_logged_for_the_retry(world: World, capsys: pytest.CaptureFixture) -> None:
    world.gaps.faults["DescribeGlobalClusters"] = ("Throttling", 400)
    world.primary_down()
    with pytest.raises(handler.FailoverIncomplete):
        invoke(ALARM)
    lines = log_lines(capsys.readouterr().out)
    failed = [line for line in lines if line["message"] == "aws call failed"]
    assert failed and failed[0]["error_code"] == "Throttling"
    assert failed[0]["error"]["operation"] == "rds:DescribeGlobalClusters"
    assert failed[0]["error"]["transient"] is True
    assert failed[0]["error"]["message"] == "injected Throttling"
    assert lines[-1]["message"] == "invocation failed: Lambda will retry"
    assert lines[-1]["level"] == "ERROR" and lines[-1]["decision"] == decide.CANNOT_ASSESS


@pytest.mark.parametrize(
    "name,value,problem",
    [
        ("GLOBAL_CLUSTER_ID", "", "is not set"),
        ("GLOBAL_CLUSTER_ID", "1-starts-with-a-digit", "not a global cluster identifier"),
        ("PRIMARY_HEALTH_CHECK_ID", "has spaces", "not a Route 53 health check id"),
        ("MODE", "yolo", "not one of automatic, notify-only"),
        ("DATA_LOSS_POLICY", "sometimes", "not one of never, allow-on-outage"),
        ("PRIMARY_CLUSTER_ARN", "aurora-use1-dev", "not an Aurora cluster ARN"),
        ("DR_CLUSTER_ARN", "arn:aws:rds:us-east-1:123456789012:cluster:x", "primary cluster's region"),
        ("DR_TOPIC_ARN", "arn:aws:sqs:us-east-2:123456789012:q", "not an SNS topic ARN"),
        ("TRIGGER_ALARM_NAMES", "primary-health-dev", "not a JSON array"),
        ("TRIGGER_ALARM_NAMES", "[]", "not a non-empty JSON array"),
        ("TRIGGER_ALARM_NAMES", '["a", 3]', "not a non-empty JSON array"),
    ],
)
def test_a_broken_configuration_fails_the_invocation_naming_the_variable(
    world: World, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, name: str, value: str, problem: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(config.ConfigError) as err:
        invoke(ALARM)
    assert err.value.variable == name and problem in err.value.problem
    assert world.gaps.calls == []
    (line,) = log_lines(capsys.readouterr().out)
    assert line["message"] == "misconfigured" and line["variable"] == name


def test_defaults_are_automatic_and_never_lose_data(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MODE")
    monkeypatch.delenv("DATA_LOSS_POLICY")
    cfg = config.load()
    assert cfg.mode == config.MODE_AUTOMATIC
    assert cfg.data_loss_policy == config.DATA_LOSS_NEVER
    assert [t.region for t in cfg.topics] == ["us-east-2", "us-east-1"]
