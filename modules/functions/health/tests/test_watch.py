"""The watcher: the probe's verdicts (healthy, unhealthy, timeout, not JSON,
not 200, redirects, connection and TLS errors), the metric and the event as
AWS receives them, EMIT_EVENTS, and when the invocation fails."""

from __future__ import annotations

import http.client
import json
import socket
import ssl
import urllib.error
import urllib.request
from datetime import timedelta
from typing import Any, Dict, Iterator, List

import boto3
import pytest
from botocore.stub import ANY, Stubber
from conftest import (
    DR,
    DR_ARN,
    HEALTH_URL,
    METRIC,
    NAMESPACE,
    NOW,
    PRIMARY,
    PRIMARY_ARN,
    SOURCE,
    Answer,
    Endpoint,
    World,
    call_watch,
    closed_port,
    log_lines,
)

import aws
import checks
import config
import watch


def published(region: str = DR) -> List[float]:
    """The values of the watcher's metric in moto, oldest first."""
    got = boto3.client("cloudwatch", region_name=region).get_metric_data(
        MetricDataQueries=[
            {
                "Id": "m",
                "MetricStat": {
                    "Metric": {
                        "Namespace": NAMESPACE,
                        "MetricName": METRIC,
                        "Dimensions": [{"Name": "Observer", "Value": region}],
                    },
                    "Period": 60,
                    "Stat": "Minimum",
                },
            }
        ],
        StartTime=NOW - timedelta(minutes=5),
        EndTime=NOW + timedelta(minutes=1),
    )
    return list(got["MetricDataResults"][0]["Values"])


def events(world: World) -> List[Dict[str, Any]]:
    """Every PutEvents entry moto accepted (moto delivers to rules' targets
    only with jsonpath_ng, which the pinned venv lacks)."""
    return [entry for params in world.ops("PutEvents") for entry in params["Entries"]]


def test_a_healthy_primary(world: World, endpoint: Endpoint, capsys: pytest.CaptureFixture) -> None:
    out = call_watch()
    assert out == {
        "request_id": "lambda-req-1",
        "observer": DR,
        "primary_region": PRIMARY,
        "healthy": True,
        "status_code": 200,
        "error": None,
        "writer_region": PRIMARY,
        "failover_state": None,
        "metric_published": True,
        "event_emitted": False,
    }
    assert published() == [1.0]
    (params,) = world.ops("PutMetricData")
    assert params["Namespace"] == NAMESPACE
    (datum,) = params["MetricData"]
    assert datum["Dimensions"] == [{"Name": "Observer", "Value": DR}]
    assert datum["StorageResolution"] == 60 and datum["Timestamp"] == NOW
    assert events(world) == []
    # The request: GET of the configured URL, JSON accepted.
    assert endpoint.seen == [HEALTH_URL]  # type: ignore[attr-defined]
    (request,) = endpoint.requests
    assert (request["method"], request["path"]) == ("GET", "/prod/health")
    assert request["headers"]["Accept"] == "application/json"
    # Every AWS call in the observer's region.
    assert {region for region, _, _ in world.calls} == {DR}
    (line,) = log_lines(capsys.readouterr().out)
    assert (line["level"], line["handler"], line["outcome"]) == ("INFO", "watch", "healthy")
    assert isinstance(line["probe_ms"], int) and isinstance(line["duration_ms"], int)


def test_an_unhealthy_primary_emits_the_event(world: World, endpoint: Endpoint, capsys: pytest.CaptureFixture) -> None:
    endpoint.json(503, {"status": "unhealthy", "reasons": ["cluster status is failing-over"]})
    out = call_watch()
    assert (out["healthy"], out["status_code"], out["error"]) == (False, 503, "http status 503")
    assert (out["metric_published"], out["event_emitted"]) == (True, True)
    assert published() == [0.0]
    (entry,) = events(world)
    assert entry["Source"] == SOURCE
    assert entry["DetailType"] == watch.DETAIL_TYPE_UNHEALTHY == "Primary region unhealthy"
    assert entry["Time"] == NOW
    assert "EventBusName" not in entry  # the default bus of the observer's region
    assert json.loads(entry["Detail"]) == {
        "observer": DR,
        "url": HEALTH_URL,
        "status_code": 503,
        "error": "http status 503",
        "writer_region": PRIMARY,
        "failover_state": None,
        "time": "2026-01-01T12:00:00+00:00",
    }
    (line,) = log_lines(capsys.readouterr().out)
    assert (line["level"], line["outcome"], line["body_status"]) == ("WARNING", "unhealthy", "unhealthy")
    assert line["body_reasons"] == ["cluster status is failing-over"]


def test_the_event_carries_the_failover_state(world: World, endpoint: Endpoint) -> None:
    endpoint.answer = Answer(status=502, body=b"Bad Gateway", headers={"Content-Type": "text/plain"})
    world.writer_arn = DR_ARN
    world.failover_state = {"Status": "failing-over", "FromDbClusterArn": PRIMARY_ARN, "ToDbClusterArn": DR_ARN}
    call_watch()
    (entry,) = events(world)
    detail = json.loads(entry["Detail"])
    assert detail["writer_region"] == DR
    assert detail["failover_state"] == world.failover_state


@pytest.mark.parametrize(
    "answer,error",
    [
        (Answer(status=200, body=b"<html>ok</html>", headers={"Content-Type": "text/html"}), "body is not a JSON object"),
        (Answer(status=200, body=b"\xff\xfe"), "body is not a JSON object"),
        (Answer(status=200, body=b'["healthy"]'), "body is not a JSON object"),
        (Answer(status=200, body=b'{"status":"unhealthy"}'), "body status is 'unhealthy'"),
        (Answer(status=200, body=b'{"status":true}'), "body status is None"),
        (Answer(status=200, body=b"{}"), "body status is None"),
        (Answer(status=500, body=b'{"status":"unhealthy","reasons":"x"}'), "http status 500"),
        (Answer(status=204, body=b""), "http status 204"),
        (Answer(status=403, body=b'{"message":"Forbidden"}'), "http status 403"),
        (Answer(status=302, body=b"", headers={"Location": "https://example.com/health"}), "http status 302"),
    ],
)
def test_what_is_not_healthy(world: World, endpoint: Endpoint, answer: Answer, error: str) -> None:
    endpoint.answer = answer
    out = call_watch()
    assert (out["healthy"], out["status_code"], out["error"]) == (False, answer.status, error)
    assert published() == [0.0]
    assert len(events(world)) == 1
    # A redirect is not followed.
    assert len(endpoint.requests) == 1


def test_a_timeout(world: World, endpoint: Endpoint, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aws, "PROBE_TIMEOUT_S", 0.2)
    endpoint.answer = Answer(delay_s=1.0)
    out = call_watch()
    assert (out["healthy"], out["status_code"], out["error"]) == (False, None, "timeout after 0.2 s")
    assert published() == [0.0]
    assert json.loads(events(world)[0]["Detail"])["error"] == "timeout after 0.2 s"


def test_a_refused_connection(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    host, port = closed_port()
    monkeypatch.setattr(
        checks,
        "urlopen",
        lambda request, timeout: urllib.request.urlopen(f"http://{host}:{port}/prod/health", timeout=timeout),
    )
    out = call_watch()
    assert out["healthy"] is False and out["status_code"] is None
    assert out["error"].startswith("connection: ") and "refused" in out["error"].lower()


@pytest.mark.parametrize(
    "raised,error",
    [
        (urllib.error.URLError(ssl.SSLCertVerificationError(1, "certificate verify failed")), "tls: "),
        (urllib.error.URLError(socket.timeout("timed out")), "timeout after 5 s"),
        (urllib.error.URLError(socket.gaierror(-2, "Name or service not known")), "connection: "),
        (TimeoutError("read timed out"), "timeout after 5 s"),
        (http.client.RemoteDisconnected("closed"), "connection: RemoteDisconnected: closed"),
        (ConnectionResetError(104, "reset"), "connection: ConnectionResetError: "),
    ],
)
def test_transport_failures(world: World, monkeypatch: pytest.MonkeyPatch, raised: Exception, error: str) -> None:
    def failing(request: Any, timeout: float) -> Any:
        raise raised

    monkeypatch.setattr(checks, "urlopen", failing)
    out = call_watch()
    assert out["healthy"] is False and out["status_code"] is None
    assert out["error"].startswith(error)


def test_an_error_body_that_cannot_be_read(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken(urllib.error.HTTPError):
        def read(self, *args: Any) -> bytes:
            raise ConnectionResetError(104, "reset")

    def failing(request: Any, timeout: float) -> Any:
        raise Broken(HEALTH_URL, 503, "Service Unavailable", http.client.HTTPMessage(), None)

    monkeypatch.setattr(checks, "urlopen", failing)
    out = call_watch()
    assert (out["status_code"], out["error"]) == (503, "http status 503")


def test_emit_events_false_never_emits(world: World, endpoint: Endpoint, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMIT_EVENTS", "false")
    endpoint.json(503, {"status": "unhealthy"})
    out = call_watch()
    assert (out["healthy"], out["metric_published"], out["event_emitted"]) == (False, True, False)
    assert published() == [0.0]
    assert world.ops("PutEvents") == []


def test_the_primary_regions_watcher_publishes_its_own_observation(
    world: World, endpoint: Endpoint, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_REGION", PRIMARY)
    monkeypatch.setenv("EMIT_EVENTS", "FALSE")
    call_watch()
    assert published(PRIMARY) == [1.0]
    assert {region for region, _, _ in world.calls} == {PRIMARY}


def test_a_failed_metric_fails_the_invocation_after_the_event(
    world: World, endpoint: Endpoint, capsys: pytest.CaptureFixture
) -> None:
    endpoint.json(503, {"status": "unhealthy"})
    world.faults["PutMetricData"] = ("AccessDenied", 403)
    with pytest.raises(watch.PublishFailed, match="cloudwatch:PutMetricData: AccessDenied"):
        call_watch()
    assert len(events(world)) == 1, "the event is still emitted"
    (line,) = log_lines(capsys.readouterr().out)
    assert (line["level"], line["error_codes"]) == ("ERROR", ["AccessDenied"])
    assert line["event_emitted"] is True and line["metric_published"] is False


def test_a_failed_metric_of_a_healthy_primary_fails_too(world: World, endpoint: Endpoint) -> None:
    world.faults["PutMetricData"] = ("Throttling", 400)
    with pytest.raises(watch.PublishFailed):
        call_watch()


def test_a_failed_event_fails_the_invocation(world: World, endpoint: Endpoint, capsys: pytest.CaptureFixture) -> None:
    endpoint.json(503, {"status": "unhealthy"})
    world.faults["PutEvents"] = ("AccessDeniedException", 400)
    with pytest.raises(watch.PublishFailed, match="events:PutEvents: AccessDeniedException"):
        call_watch()
    assert published() == [0.0]
    (line,) = log_lines(capsys.readouterr().out)
    assert line["event_emitted"] is False and line["metric_published"] is True


def test_a_failed_global_cluster_read_is_logged_not_fatal(
    world: World, endpoint: Endpoint, capsys: pytest.CaptureFixture
) -> None:
    endpoint.json(503, {"status": "unhealthy"})
    world.faults["DescribeGlobalClusters"] = ("GlobalClusterNotFoundFault", 404)
    out = call_watch()
    assert (out["writer_region"], out["failover_state"], out["event_emitted"]) == (None, None, True)
    detail = json.loads(events(world)[0]["Detail"])
    assert (detail["writer_region"], detail["failover_state"]) == (None, None)
    (line,) = log_lines(capsys.readouterr().out)
    assert line["global_error"]["code"] == "GlobalClusterNotFoundFault"
    assert line["error_codes"] == ["GlobalClusterNotFoundFault"]


@pytest.fixture
def stubbed_events(world: World, endpoint: Endpoint) -> Iterator[Stubber]:
    """The events client under botocore's Stubber (it makes this one call)."""
    with Stubber(aws.client("events", DR, aws.WATCH)) as stub:
        yield stub
        stub.assert_no_pending_responses()


def test_the_exact_put_events_request(stubbed_events: Stubber, endpoint: Endpoint) -> None:
    endpoint.json(503, {"status": "unhealthy"})
    detail = {
        "error": "http status 503",
        "failover_state": None,
        "observer": DR,
        "status_code": 503,
        "time": "2026-01-01T12:00:00+00:00",
        "url": HEALTH_URL,
        "writer_region": PRIMARY,
    }
    stubbed_events.add_response(
        "put_events",
        {"FailedEntryCount": 0, "Entries": [{"EventId": "e-1"}]},
        {
            "Entries": [
                {
                    "Time": NOW,
                    "Source": SOURCE,
                    "DetailType": "Primary region unhealthy",
                    "Detail": json.dumps(detail, sort_keys=True),
                }
            ]
        },
    )
    assert call_watch()["event_emitted"] is True


@pytest.mark.parametrize(
    "entry,code",
    [
        ({"ErrorCode": "InternalFailure", "ErrorMessage": "try again"}, "InternalFailure"),
        ({}, "FailedEntry"),
    ],
)
def test_a_refused_entry_fails_the_invocation(
    stubbed_events: Stubber, endpoint: Endpoint, entry: Dict[str, str], code: str
) -> None:
    endpoint.json(503, {"status": "unhealthy"})
    stubbed_events.add_response("put_events", {"FailedEntryCount": 1, "Entries": [entry]}, {"Entries": ANY})
    with pytest.raises(watch.PublishFailed, match=f"events:PutEvents: {code}"):
        call_watch()


def test_the_default_opener_verifies_tls_and_follows_no_redirect(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checks, "_opener", [])
    opener = checks._default_opener()
    assert checks._default_opener() is opener
    https = [h for h in opener.handlers if isinstance(h, urllib.request.HTTPSHandler)]
    (handler,) = https
    context = handler._context  # type: ignore[attr-defined]
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname is True
    redirects = [h for h in opener.handlers if isinstance(h, urllib.request.HTTPRedirectHandler)]
    assert [type(h) for h in redirects] == [checks._NoRedirect]


def test_the_default_urlopen_uses_the_opener(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: List[Any] = []

    class Opener:
        def open(self, request: Any, timeout: float) -> Any:
            seen.append((request.full_url, timeout))
            raise urllib.error.URLError("offline")

    monkeypatch.setattr(checks, "_opener", [Opener()])
    result = checks.probe(HEALTH_URL, 5.0)
    assert seen == [(HEALTH_URL, 5.0)]
    assert (result.healthy, result.error) == (False, "connection: offline")


def test_without_a_lambda_context(world: World, endpoint: Endpoint) -> None:
    assert watch.lambda_handler({}, None)["request_id"] is None


def test_a_broken_configuration_fails_the_invocation(
    world: World, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("PRIMARY_HEALTH_URL", "http://insecure.example.com/health")
    with pytest.raises(config.ConfigError) as err:
        call_watch()
    assert err.value.variable == "PRIMARY_HEALTH_URL"
    assert world.calls == []
    (line,) = log_lines(capsys.readouterr().out)
    assert (line["level"], line["message"], line["variable"], line["handler"]) == (
        "ERROR",
        "misconfigured",
        "PRIMARY_HEALTH_URL",
        "watch",
    )
