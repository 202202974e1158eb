"""AWS errors and a broken configuration: a failed sample is logged and
skipped, the invocation fails only when nothing was published or the
configuration is broken."""

from __future__ import annotations

from typing import Any

import pytest
from botocore.exceptions import ConnectTimeoutError, EndpointConnectionError
from conftest import DR, ENV, PRIMARY, Context, World, invoke, log_lines

import aws
import config
import handler


@pytest.mark.parametrize(
    "fault,code,transient",
    [
        (("ThrottlingException", 400), "ThrottlingException", True),
        (("DatabaseUnavailableException", 504), "DatabaseUnavailableException", True),
        (("ForbiddenException", 403), "ForbiddenException", False),
        (EndpointConnectionError(endpoint_url="https://rds-data.us-east-1.amazonaws.com"), "EndpointConnectionError", True),
        (ConnectTimeoutError(endpoint_url="https://rds-data.us-east-1.amazonaws.com"), "ConnectTimeoutError", True),
    ],
)
def test_a_failed_data_api_call_falls_back_to_cloudwatch(
    world: World, capsys: pytest.CaptureFixture, fault: Any, code: str, transient: bool
) -> None:
    world.faults[f"{PRIMARY}/ExecuteStatement"] = fault
    world.rds_lag_datapoints((90, 1200.0))
    out = invoke()
    assert [s["source"] for s in out["samples"]] == ["cloudwatch", "cloudwatch"]
    error = out["samples"][0]["attempts"][0]["error"]
    assert (error["code"], error["transient"]) == (code, transient)
    assert error["operation"] == "rds-data:ExecuteStatement"
    lines = log_lines(capsys.readouterr().out)
    assert any(line.get("error_code") == code for line in lines)


def test_the_fallback_failing_too_is_an_error_per_sample(world: World, capsys: pytest.CaptureFixture) -> None:
    world.faults["ExecuteStatement"] = ("ForbiddenException", 403)
    world.faults[f"{DR}/GetMetricData"] = ("AccessDenied", 403)
    with pytest.raises(handler.LagUnmeasured):
        invoke()
    lines = log_lines(capsys.readouterr().out)
    cloudwatch = [line for line in lines if line.get("source") == "cloudwatch"]
    assert cloudwatch and all(line["level"] == "ERROR" for line in cloudwatch)
    assert cloudwatch[0]["error_code"] == "AccessDenied"


def test_each_source_is_asked_once_per_sample(world: World) -> None:
    # The hook answers in place of the HTTP request, so botocore's retries
    # (which wrap the request) are not exercised here: their bound is the
    # clients' config, checked in test_contract.py.
    world.faults["ExecuteStatement"] = ("ThrottlingException", 400)
    world.faults["GetMetricData"] = ("Throttling", 400)
    with pytest.raises(handler.LagUnmeasured):
        invoke()
    assert len(world.ops("ExecuteStatement")) == aws.SAMPLES_PER_INVOCATION
    assert len(world.ops("GetMetricData")) == aws.SAMPLES_PER_INVOCATION


def test_the_second_sample_is_skipped_without_time_for_it(world: World, capsys: pytest.CaptureFixture) -> None:
    world.status_rows((DR, 100, 100, 1))
    out = invoke(Context(remaining_ms=int(aws.WORST_CASE_SAMPLE_S * 1000) - 1))
    assert [s["outcome"] for s in out["samples"]] == ["published", "skipped"]
    assert out["published"] == 1
    skipped = [line for line in log_lines(capsys.readouterr().out) if line.get("outcome") == "skipped"]
    assert skipped[0]["level"] == "WARNING"


def test_without_a_lambda_context_both_samples_are_taken(world: World) -> None:
    world.status_rows((DR, 100, 100, 1))
    out = handler.lambda_handler({}, None)
    assert out["request_id"] is None
    assert out["published"] == 2


@pytest.mark.parametrize(
    "name,value,problem",
    [
        ("PRIMARY_CLUSTER_ARN", "", "is not set"),
        ("PRIMARY_CLUSTER_ARN", "arn:aws:rds:us-east-1:123:cluster:x", "not an Aurora cluster ARN"),
        ("SECRET_ARN", "arn:aws:sns:us-east-1:123456789012:x", "not a Secrets Manager secret ARN"),
        ("DATABASE_NAME", "1trading", "not a PostgreSQL identifier"),
        ("DR_REGION", "Frankfurt", "not an AWS region"),
        ("DR_REGION", "us-east-1", "is the primary cluster's region"),
        ("DR_CLUSTER_ID", "-x", "not an Aurora cluster identifier"),
        ("METRIC_NAMESPACE", "has space", "not a CloudWatch namespace"),
        ("METRIC_NAMESPACE", "AWS/RDS", "reserved"),
        ("METRIC_NAME", "tab\tname", "not a CloudWatch metric name"),
    ],
)
def test_a_broken_configuration_fails_naming_the_variable(
    world: World, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, name: str, value: str, problem: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(config.ConfigError) as err:
        invoke()
    assert err.value.variable == name
    assert problem in err.value.problem
    assert world.calls == [], "nothing measured, nothing published"
    (line,) = log_lines(capsys.readouterr().out)
    assert (line["level"], line["message"], line["variable"]) == ("ERROR", "misconfigured", name)


def test_the_configuration_as_tfdr_sets_it() -> None:
    cfg = config.load(dict(ENV, AWS_REGION=DR))
    assert (cfg.primary_region, cfg.dr_region, cfg.function_region) == (PRIMARY, DR, DR)
    assert config.load(ENV).function_region is None
