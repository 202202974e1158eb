"""GET /health, routing (404/405), the client configuration and logging."""

from __future__ import annotations

import json
from typing import Any

import pytest
from botocore.stub import Stubber
from conftest import TABLE, Context, event, invoke, log_lines

import handler
import jsonlog
import store


def test_health_is_200_and_reports_the_region_from_aws_region(ddb: Any) -> None:
    r = invoke(event("GET", "/health"))
    assert r["statusCode"] == 200
    assert r["json"]["status"] == "ok"
    assert r["json"]["region"] == "us-east-1"
    assert r["json"]["table"] == TABLE
    assert isinstance(r["json"]["latency_ms"], int)


def test_health_reads_this_regions_table(ddb: Any, monkeypatch: Any) -> None:
    # The table exists only in us-east-1 (moto keeps regions apart): a
    # function in us-east-2 must report unhealthy, naming its own region.
    monkeypatch.setenv("AWS_REGION", "us-east-2")
    r = invoke(event("GET", "/health"))
    assert r["statusCode"] == 503
    assert r["json"] == {"status": "unavailable", "region": "us-east-2", "request_id": "api-req-1"}


def test_health_is_503_when_the_table_is_gone(ddb: Any, capsys: Any) -> None:
    ddb.delete_table(TableName=TABLE)
    r = invoke(event("GET", "/health"))
    assert r["statusCode"] == 503
    [line] = log_lines(capsys.readouterr().out)
    assert line["level"] == "ERROR" and line["error_code"] == "ResourceNotFoundException"
    assert line["request_id"] == "lambda-req-1" and line["api_request_id"] == "api-req-1"


@pytest.mark.parametrize("code", ["ThrottlingException", "AccessDeniedException"])
def test_health_is_503_when_the_read_fails(ddb: Any, code: str) -> None:
    with Stubber(handler._client("us-east-1", health=True)) as stub:
        stub.add_client_error("get_item", service_error_code=code)
        r = invoke(event("GET", "/health"))
    assert r["statusCode"] == 503


def test_health_without_table_name_is_a_500(ddb: Any, monkeypatch: Any) -> None:
    monkeypatch.delenv("TABLE_NAME")
    monkeypatch.delenv("AWS_REGION")
    r = invoke(event("GET", "/health"))
    assert r["statusCode"] == 500


@pytest.mark.parametrize("path", ["/", "/payment", "/payments/123", "/healthz"])
def test_unknown_paths_are_404(ddb: Any, path: str) -> None:
    r = invoke(event("GET", path))
    assert r["statusCode"] == 404 and r["json"]["error"]["code"] == "not_found"


@pytest.mark.parametrize(
    "method,path,allow",
    [("GET", "/payments", "POST"), ("PUT", "/payments", "POST"), ("DELETE", "/payments", "POST"),
     ("POST", "/health", "GET"), ("", "/health", "GET")],
)
def test_other_methods_are_405_with_allow(ddb: Any, method: str, path: str, allow: str) -> None:
    r = invoke(event(method, path))
    assert r["statusCode"] == 405
    assert r["headers"]["Allow"] == allow
    assert r["json"]["error"]["code"] == "method_not_allowed"


def test_a_greedy_proxy_resource_routes_by_path_and_a_trailing_slash_is_ignored(ddb: Any) -> None:
    assert invoke(event("GET", "/health/", resource="/{proxy+}"))["statusCode"] == 200


def test_a_malformed_event_is_a_404_not_a_crash() -> None:
    response = handler.lambda_handler("not an event", Context())  # type: ignore[arg-type]
    assert response["statusCode"] == 404


def test_clients_use_standard_retries_bounded_attempts_and_short_timeouts() -> None:
    payments = handler._client("us-east-1", health=False)
    health = handler._client("us-east-1", health=True)
    assert payments.meta.config.retries == {"mode": "standard", "total_max_attempts": 3}
    assert payments.meta.config.connect_timeout == 1.0
    assert payments.meta.config.read_timeout == 1.0
    assert health.meta.config.retries == {"mode": "standard", "total_max_attempts": 1}
    assert health.meta.config.connect_timeout + health.meta.config.read_timeout < 2.0
    assert payments.meta.region_name == "us-east-1"
    assert handler._client("us-east-1", health=False) is payments  # reused when warm


def test_the_timeout_budget_fits_the_function_and_api_gateway() -> None:
    assert store.MAX_BACKOFF_TOTAL_S == 3
    assert store.WORST_CASE_CALL_S == 9.0
    assert store.MIN_FUNCTION_TIMEOUT_S == 20
    assert store.MIN_FUNCTION_TIMEOUT_S < 29  # API Gateway's integration timeout


def test_log_lines_are_single_json_objects_and_the_logger_is_set_up_once(capsys: Any) -> None:
    logger = jsonlog.get_logger()
    assert jsonlog.get_logger() is logger and len(logger.handlers) == 1
    assert logger.propagate is False
    logger.info("hello %s", "world", extra={"fields": {"level": "spoofed", "k": 1}})
    [line] = log_lines(capsys.readouterr().out)
    assert line["message"] == "hello world" and line["k"] == 1
    assert line["level"] == "INFO"  # fields cannot overwrite the standard keys
    assert line["timestamp"].endswith("+00:00")
    assert json.dumps(line)  # round-trips
