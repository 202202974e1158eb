"""Every configuration error of both handlers: the health endpoint answers
500 naming the variable (never raises), the watcher fails naming it."""

from __future__ import annotations

import json

import pytest
from conftest import API_ENV, DR, HEALTH_URL, PRIMARY, WATCH_ENV, World, call_api, call_watch, log_lines

import config


@pytest.mark.parametrize(
    "name,value,problem",
    [
        ("CLUSTER_ID", "", "is not set"),
        ("CLUSTER_ID", "1cluster", "not an Aurora cluster identifier"),
        ("CLUSTER_ID", "bad--name", "not an Aurora cluster identifier"),
        ("CLUSTER_ID", "trailing-", "not an Aurora cluster identifier"),
        ("CLUSTER_ID", "a" * 64, "longer than 63 characters"),
        ("GLOBAL_CLUSTER_ID", "", "is not set"),
        ("GLOBAL_CLUSTER_ID", "has space", "not an Aurora cluster identifier"),
        ("DB_PORT", "", "is not set"),
        ("DB_PORT", "0", "not an integer in 1..65535"),
        ("DB_PORT", "65536", "not an integer in 1..65535"),
        ("DB_PORT", "mysql", "not an integer in 1..65535"),
        ("DB_PORT", "-3306", "not an integer in 1..65535"),
        ("MAX_LAG_SECONDS", "", "is not set"),
        ("MAX_LAG_SECONDS", "0", "not an integer in 1..86400"),
        ("MAX_LAG_SECONDS", "1.5", "not an integer in 1..86400"),
        ("AWS_REGION", "", "is not set"),
        ("AWS_REGION", "Oregon", "not an AWS region"),
    ],
)
def test_the_endpoint_answers_500_naming_the_variable(
    world: World, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, name: str, value: str, problem: str
) -> None:
    monkeypatch.setenv(name, value)
    r = call_api()
    assert r["statusCode"] == 500
    assert r["headers"]["Content-Type"] == "application/json"
    body = json.loads(r["body"])
    assert (body["status"], body["error"], body["variable"]) == ("unhealthy", "misconfigured", name)
    assert problem in body["problem"]
    assert world.calls == [] and world.connects == []
    (line,) = log_lines(capsys.readouterr().out)
    assert (line["level"], line["message"], line["variable"], line["status_code"]) == ("ERROR", "misconfigured", name, 500)


def test_an_unset_variable_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DB_PORT")
    with pytest.raises(config.ConfigError) as err:
        config.load_api()
    assert (err.value.variable, err.value.problem) == ("DB_PORT", "is not set")


@pytest.mark.parametrize(
    "name,value,problem",
    [
        ("PRIMARY_HEALTH_URL", "", "is not set"),
        ("PRIMARY_HEALTH_URL", "http://a1b2.execute-api.us-east-1.amazonaws.com/prod/health", "not an https:// URL"),
        ("PRIMARY_HEALTH_URL", "a1b2.execute-api.us-east-1.amazonaws.com/prod/health", "not an https:// URL"),
        ("PRIMARY_HEALTH_URL", "https:///prod/health", "has no host"),
        ("PRIMARY_HEALTH_URL", "https://user:pw@a1b2.example.com/health", "has credentials"),
        ("PRIMARY_HEALTH_URL", "https://a1b2.example.com:99999/health", "not a URL"),
        ("PRIMARY_HEALTH_URL", "https://a1b2.example.com/he alth", "contains whitespace"),
        ("GLOBAL_CLUSTER_ID", "-x", "not an Aurora cluster identifier"),
        ("PRIMARY_REGION", "", "is not set"),
        ("PRIMARY_REGION", "US-EAST-1", "not an AWS region"),
        ("AWS_REGION", "", "is not set"),
        ("METRIC_NAMESPACE", "", "is not set"),
        ("METRIC_NAMESPACE", "has space", "not a CloudWatch namespace"),
        ("METRIC_NAMESPACE", "AWS/RDS", "reserved"),
        ("METRIC_NAME", "", "is not set"),
        ("METRIC_NAME", "tab\tname", "not a CloudWatch metric name"),
        ("EVENT_SOURCE", "", "is not set"),
        ("EVENT_SOURCE", "has space", "not an EventBridge event source"),
        ("EVENT_SOURCE", "aws.rds", "reserved"),
        ("EMIT_EVENTS", "", "is not set"),
        ("EMIT_EVENTS", "yes", "not `true` or `false`"),
    ],
)
def test_the_watcher_fails_naming_the_variable(
    world: World, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, name: str, value: str, problem: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(config.ConfigError) as err:
        call_watch()
    assert err.value.variable == name
    assert problem in err.value.problem
    assert world.calls == []
    (line,) = log_lines(capsys.readouterr().out)
    assert (line["level"], line["variable"]) == ("ERROR", name)


def test_both_configurations_as_the_stack_sets_them() -> None:
    api = config.load_api(dict(API_ENV, AWS_REGION=DR))
    assert (api.cluster_id, api.db_port, api.max_lag_seconds, api.region) == ("transactions-usw2", 3306, 60, DR)
    w = config.load_watch(dict(WATCH_ENV, AWS_REGION=DR, EMIT_EVENTS="True"))
    assert (w.primary_health_url, w.primary_region, w.region, w.emit_events) == (HEALTH_URL, PRIMARY, DR, True)
    assert config.load_watch(dict(WATCH_ENV, AWS_REGION=PRIMARY, EMIT_EVENTS="false")).emit_events is False
