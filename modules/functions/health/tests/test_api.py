"""The health endpoint: healthy writer and secondary, the lag (reported, never
a health failure), a cluster not serving, an unreachable database, a role
that cannot be read, the deadline, the cache, unexpected exceptions."""

from __future__ import annotations

import re
import socket
from datetime import timedelta
from typing import Any, Tuple

import pytest
import boto3
from botocore.exceptions import ConnectTimeoutError, ReadTimeoutError
from conftest import (
    DR,
    DR_ARN,
    DR_ID,
    GLOBAL_ID,
    NOW,
    PRIMARY,
    PRIMARY_ARN,
    PRIMARY_ID,
    World,
    call_api,
    closed_port,
    log_lines,
)

import api
import aws
import checks
import config

BODY_KEYS = [
    "cluster",
    "cluster_status",
    "database_reachable",
    "lag_within_bound",
    "reasons",
    "region",
    "replication_lag_seconds",
    "role",
    "status",
]


def _as_primary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_REGION", PRIMARY)
    monkeypatch.setenv("CLUSTER_ID", PRIMARY_ID)


def test_a_healthy_writer(world: World, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    _as_primary(monkeypatch)
    r = call_api()
    assert r["statusCode"] == 200
    assert r["headers"] == {"Content-Type": "application/json", "Cache-Control": "no-store"}
    assert r["isBase64Encoded"] is False
    assert r["json"] == {
        "status": "healthy",
        "region": PRIMARY,
        "cluster": PRIMARY_ID,
        "role": "writer",
        "cluster_status": "available",
        "database_reachable": True,
        "replication_lag_seconds": None,
        "lag_within_bound": None,
        "reasons": [],
    }
    # Sorted keys, compact separators.
    assert list(r["json"]) == BODY_KEYS
    assert ", " not in r["body"] and '": ' not in r["body"]
    # The writer's lag is not read.
    assert world.ops("GetMetricData") == []
    assert world.ops("DescribeDBClusters") == [{"DBClusterIdentifier": PRIMARY_ID}]
    assert world.ops("DescribeGlobalClusters") == [{"GlobalClusterIdentifier": GLOBAL_ID}]
    # Every call in the function's own region.
    assert {region for region, _, _ in world.calls} == {PRIMARY}
    (host, port, timeout) = world.connects[0]
    assert host == world.endpoint(PRIMARY, PRIMARY_ID) and port == 3306
    assert 0 < timeout <= aws.TCP_TIMEOUT_S
    (line,) = log_lines(capsys.readouterr().out)
    assert line["level"] == "INFO" and line["logger"] == "health" and line["handler"] == "api"
    assert (line["status_code"], line["outcome"], line["role"]) == (200, "healthy", "writer")
    assert line["request_id"] == "lambda-req-1"
    for key in ("duration_ms", "cluster_ms", "connect_ms", "role_ms"):
        assert isinstance(line[key], int), key
    assert line["writer_region"] == PRIMARY and line["error_codes"] == []


def test_a_healthy_secondary_within_the_bound(world: World, capsys: pytest.CaptureFixture) -> None:
    world.lag_datapoints((200, 90_000.0), (70, 1_500.0))
    # A secondary's cluster (writer) endpoint is inactive: its reader
    # endpoint is the one that serves.
    del world.db_targets[world.endpoint(DR, DR_ID)]
    r = call_api()
    assert [c[:2] for c in world.connects] == [(world.endpoint(DR, DR_ID, reader=True), 3306)]
    assert r["statusCode"] == 200
    assert r["json"]["role"] == "secondary"
    assert r["json"]["replication_lag_seconds"] == 1.5
    assert r["json"]["lag_within_bound"] is True
    assert r["json"]["reasons"] == []
    (params,) = world.ops("GetMetricData")
    (query,) = params["MetricDataQueries"]
    assert query["MetricStat"]["Metric"] == {
        "Namespace": "AWS/RDS",
        "MetricName": "AuroraGlobalDBReplicationLag",
        "Dimensions": [{"Name": "DBClusterIdentifier", "Value": DR_ID}],
    }
    assert query["MetricStat"]["Stat"] == "Maximum"
    assert (params["EndTime"] - params["StartTime"]).total_seconds() == 300
    assert {region for region, _, _ in world.calls} == {DR}
    (line,) = log_lines(capsys.readouterr().out)
    assert line["lag_at"].startswith("2026-01-01T11:58:")
    assert line["connect_endpoint"] == world.endpoint(DR, DR_ID, reader=True)


def test_an_unknown_role_tries_the_cluster_endpoint_then_the_reader_endpoint(world: World) -> None:
    world.faults["DescribeGlobalClusters"] = ("Throttling", 400)
    writer, reader = world.endpoint(DR, DR_ID), world.endpoint(DR, DR_ID, reader=True)
    world.db_targets[writer] = closed_port()
    r = call_api()
    assert (r["statusCode"], r["json"]["role"], r["json"]["database_reachable"]) == (200, "unknown", True)
    assert [c[:2] for c in world.connects] == [(writer, 3306), (reader, 3306)]
    # Each gets its share of the time left.
    assert all(c[2] <= aws.TCP_TIMEOUT_S for c in world.connects)


def test_a_writer_never_falls_back_to_its_reader_endpoint(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    _as_primary(monkeypatch)
    world.db_targets[world.endpoint(PRIMARY, PRIMARY_ID)] = closed_port()
    r = call_api()
    assert (r["statusCode"], r["json"]["role"], r["json"]["database_reachable"]) == (503, "writer", False)
    assert len(world.connects) == 1


def test_a_secondary_over_the_bound_is_still_healthy(world: World) -> None:
    world.lag_datapoints((60, 75_250.0))
    r = call_api()
    assert r["statusCode"] == 200
    body = r["json"]
    assert (body["status"], body["role"]) == ("healthy", "secondary")
    assert body["replication_lag_seconds"] == 75.25
    assert body["lag_within_bound"] is False
    assert body["reasons"] == ["replication lag 75.25 s exceeds 60 s (reported, not a health failure)"]


def test_the_bound_itself_is_within(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAX_LAG_SECONDS", "5")
    world.lag_datapoints((60, 5_000.0))
    assert call_api()["json"]["lag_within_bound"] is True


def test_no_lag_datapoint_is_null(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    # Ten minutes later: the datapoint is older than the 5-minute window.
    monkeypatch.setattr(checks, "utcnow", lambda: NOW + timedelta(minutes=10))
    r = call_api()
    assert r["statusCode"] == 200
    assert r["json"]["replication_lag_seconds"] is None
    assert r["json"]["lag_within_bound"] is None
    assert r["json"]["reasons"] == ["no replication lag datapoint in the last 5 minutes"]


def test_a_failed_lag_read_is_null_and_healthy(world: World) -> None:
    world.faults["GetMetricData"] = ("AccessDenied", 403)
    r = call_api()
    assert r["statusCode"] == 200
    assert (r["json"]["replication_lag_seconds"], r["json"]["lag_within_bound"]) == (None, None)
    assert r["json"]["reasons"] == ["replication lag not read: AccessDenied"]


@pytest.mark.parametrize("status", sorted(checks.SERVING_STATUSES))
def test_serving_statuses_are_healthy(world: World, status: str) -> None:
    world.cluster_status[DR_ARN] = status
    r = call_api()
    assert (r["statusCode"], r["json"]["cluster_status"]) == (200, status)


@pytest.mark.parametrize("status", ["failing-over", "promoting", "upgrading", "maintenance", "stopped", "creating", "brand-new"])
def test_a_cluster_not_serving_is_unhealthy(world: World, capsys: pytest.CaptureFixture, status: str) -> None:
    world.cluster_status[DR_ARN] = status
    r = call_api()
    assert r["statusCode"] == 503
    body = r["json"]
    assert (body["status"], body["cluster_status"]) == ("unhealthy", status)
    # The listener still answers: reported, but not enough.
    assert body["database_reachable"] is True
    assert body["reasons"] == [f"cluster status is {status}"]
    (line,) = log_lines(capsys.readouterr().out)
    assert (line["level"], line["status_code"], line["outcome"]) == ("WARNING", 503, "unhealthy")


def test_a_refused_connection_is_unhealthy(world: World) -> None:
    endpoint = world.endpoint(DR, DR_ID, reader=True)
    world.db_targets[endpoint] = closed_port()
    r = call_api()
    assert r["statusCode"] == 503
    assert r["json"]["database_reachable"] is False
    assert r["json"]["cluster_status"] == "available"
    (reason,) = r["json"]["reasons"]
    assert r["json"]["replication_lag_seconds"] == 0.8
    assert reason.startswith(f"database not reachable on {endpoint}:3306: ConnectionRefusedError")


def test_an_unresolvable_endpoint_is_unhealthy(world: World) -> None:
    world.db_targets.clear()
    r = call_api()
    assert r["statusCode"] == 503
    assert "gaierror" in r["json"]["reasons"][0]


def test_a_connect_timeout_is_unhealthy(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    def blackhole(address: Tuple[str, int], timeout: float = 0.0, **_: Any) -> socket.socket:
        raise socket.timeout("timed out")

    monkeypatch.setattr(checks, "create_connection", blackhole)
    r = call_api()
    assert r["statusCode"] == 503
    # 1.5 s, less what the cluster read took from the deadline.
    assert re.search(r": timeout after 1\.[0-5] s$", r["json"]["reasons"][0])


def test_the_connect_goes_to_db_port(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    # The cluster listens on 3306; an application configured for 3307 cannot
    # connect: the check connects where the application does, and says why.
    monkeypatch.setenv("DB_PORT", "3307")
    endpoint = world.endpoint(DR, DR_ID, reader=True)
    r = call_api()
    assert world.connects[0][:2] == (endpoint, 3307)
    assert "cluster port 3306 is not DB_PORT 3307" in r["json"]["reasons"]


@pytest.mark.parametrize(
    "fault,code",
    [
        (("AccessDenied", 403), "AccessDenied"),
        (("GlobalClusterNotFoundFault", 404), "GlobalClusterNotFoundFault"),
        (("Throttling", 400), "Throttling"),
        (ReadTimeoutError(endpoint_url="https://rds.us-west-2.amazonaws.com"), "ReadTimeoutError"),
    ],
)
def test_a_role_that_cannot_be_read_is_unknown_and_still_healthy(world: World, fault: Any, code: str) -> None:
    world.faults["DescribeGlobalClusters"] = fault
    r = call_api()
    assert r["statusCode"] == 200
    assert r["json"]["role"] == "unknown"
    assert r["json"]["replication_lag_seconds"] is None
    assert r["json"]["reasons"] == [f"role not read: {code}"]
    assert world.ops("GetMetricData") == []


def test_a_cluster_outside_the_global_cluster_is_unknown(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    # A cluster of the same name in another region is not the DR cluster.
    boto3.client("rds", region_name="eu-west-1").create_db_cluster(
        DBClusterIdentifier=DR_ID, Engine="aurora-mysql", EngineVersion="8.0.mysql_aurora.3.05.2",
        MasterUsername="admin", MasterUserPassword="not-a-real-password",
    )
    monkeypatch.setenv("AWS_REGION", "eu-west-1")
    world.db_targets[world.endpoint("eu-west-1", DR_ID)] = world.db_targets[world.endpoint(DR, DR_ID)]
    r = call_api()
    assert r["statusCode"] == 200
    assert r["json"]["role"] == "unknown"
    assert r["json"]["reasons"] == [f"cluster is not a member of global cluster {GLOBAL_ID}"]


def test_after_a_failover_the_dr_cluster_is_the_writer(world: World) -> None:
    world.writer_arn = DR_ARN
    world.failover_state = {"Status": "failing-over", "FromDbClusterArn": PRIMARY_ARN, "ToDbClusterArn": DR_ARN}
    r = call_api()
    assert (r["statusCode"], r["json"]["role"]) == (200, "writer")
    assert world.ops("GetMetricData") == []


@pytest.mark.parametrize(
    "fault,code",
    [
        (("DBClusterNotFoundFault", 404), "DBClusterNotFoundFault"),
        (("Throttling", 400), "Throttling"),
        (ConnectTimeoutError(endpoint_url="https://rds.us-west-2.amazonaws.com"), "ConnectTimeoutError"),
    ],
)
def test_a_cluster_that_cannot_be_read_is_unhealthy(
    world: World, capsys: pytest.CaptureFixture, fault: Any, code: str
) -> None:
    world.faults["DescribeDBClusters"] = fault
    r = call_api()
    assert r["statusCode"] == 503
    body = r["json"]
    assert (body["cluster_status"], body["database_reachable"]) == (None, False)
    assert body["reasons"] == [f"cluster not read: {code}"]
    assert world.connects == []
    (line,) = log_lines(capsys.readouterr().out)
    assert code in line["error_codes"]


def test_a_missing_cluster_in_the_answer_is_not_found(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aws, "call", lambda *a, **k: {"DBClusters": [], "GlobalClusters": []})
    r = call_api()
    assert r["statusCode"] == 503
    assert r["json"]["reasons"] == [
        "cluster not read: DBClusterNotFoundFault",
        "role not read: GlobalClusterNotFoundFault",
    ]


def test_a_cluster_without_endpoint_is_unhealthy(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        checks, "_describe_cluster", lambda cfg: {"status": "available", "endpoint": None, "port": 3306, "arn": DR_ARN}
    )
    r = call_api()
    assert r["statusCode"] == 503
    assert r["json"]["reasons"] == ["cluster has no endpoint"]


def test_reads_are_cached_and_the_connect_is_not(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(checks, "monotonic", lambda: now[0])
    world.lag_datapoints((60, 2_000.0))
    for _ in range(3):
        assert call_api()["statusCode"] == 200
    assert len(world.ops("DescribeDBClusters")) == 1
    assert len(world.ops("DescribeGlobalClusters")) == 1
    assert len(world.ops("GetMetricData")) == 1
    assert len(world.connects) == 3
    now[0] += aws.FRESH_S + 1
    call_api()
    assert len(world.ops("DescribeDBClusters")) == 2
    assert len(world.ops("GetMetricData")) == 1
    now[0] += aws.LAG_FRESH_S
    call_api()
    assert len(world.ops("GetMetricData")) == 2


def test_a_throttled_read_uses_a_recent_one(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(checks, "monotonic", lambda: now[0])
    assert call_api()["statusCode"] == 200
    now[0] += 30
    world.faults["DescribeDBClusters"] = ("Throttling", 400)
    world.faults["DescribeGlobalClusters"] = ("Throttling", 400)
    r = call_api()
    assert r["statusCode"] == 200
    assert r["json"]["role"] == "secondary"
    assert r["json"]["reasons"][:2] == [
        "cluster status from a read 30 s old (now: Throttling)",
        "role from a read 30 s old (now: Throttling)",
    ]
    # Too old: not used any more.
    now[0] += aws.STALE_OK_S
    r = call_api()
    assert r["statusCode"] == 503
    assert r["json"]["reasons"][:2] == ["cluster not read: Throttling", "role not read: Throttling"]


def test_a_definitive_failure_does_not_use_a_recent_read(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(checks, "monotonic", lambda: now[0])
    assert call_api()["statusCode"] == 200
    now[0] += 30
    world.faults["DescribeDBClusters"] = ("DBClusterNotFoundFault", 404)
    assert call_api()["statusCode"] == 503


def test_the_deadline_bounds_the_answer(world: World, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setattr(aws, "API_DEADLINE_S", 0.3)
    world.slow["DescribeDBClusters"] = 1.0
    world.slow["DescribeGlobalClusters"] = 1.0
    import time

    start = time.monotonic()
    r = call_api()
    assert time.monotonic() - start < 0.9
    assert r["statusCode"] == 503
    assert r["json"]["reasons"] == [
        "cluster status not read within the deadline",
        "role not read within the deadline",
    ]
    assert r["json"]["role"] == "unknown"
    (line,) = log_lines(capsys.readouterr().out)
    assert line["cluster_ms"] is None


def test_a_slow_lag_read_is_reported_as_unfinished(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    call_api()  # the clients exist (a cold start's are made before the threads)
    checks.reset_cache()
    monkeypatch.setattr(aws, "API_DEADLINE_S", 0.5)
    world.slow["GetMetricData"] = 1.0
    r = call_api()
    assert r["statusCode"] == 200
    assert r["json"]["reasons"] == ["replication lag not read within the deadline"]
    assert r["json"]["role"] == "secondary" and r["json"]["replication_lag_seconds"] is None


def test_the_connect_gets_what_is_left_of_the_deadline(world: World) -> None:
    cfg = config.load_api()
    cluster = checks.check_cluster(cfg)
    now = api.monotonic()
    api._connect(cfg, cluster, checks.ROLE_SECONDARY, now + 0.05)
    api._connect(cfg, cluster, checks.ROLE_SECONDARY, now + 10)
    # Unknown role, the cluster endpoint refused: two connects share the time.
    world.db_targets[world.endpoint(DR, DR_ID)] = closed_port()
    api._connect(cfg, cluster, checks.ROLE_UNKNOWN, api.monotonic() + 1.6)
    timeouts = [c[2] for c in world.connects]
    assert timeouts[0] == aws.TCP_MIN_TIMEOUT_S
    assert timeouts[1] == aws.TCP_TIMEOUT_S
    assert 0.7 < timeouts[2] <= 0.8 and 0.7 < timeouts[3] <= 1.5


def test_an_unexpected_exception_is_503_naming_its_type(
    world: World, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    def broken(cfg: Any) -> Any:
        raise KeyError("Secret detail in the exception")

    monkeypatch.setattr(checks, "check_role", broken)
    r = call_api()
    assert r["statusCode"] == 503
    assert r["json"] == {
        "status": "unhealthy",
        "region": DR,
        "cluster": DR_ID,
        "role": "unknown",
        "cluster_status": None,
        "database_reachable": False,
        "replication_lag_seconds": None,
        "lag_within_bound": None,
        "reasons": ["internal error (KeyError)"],
    }
    assert "Traceback" not in r["body"] and "Secret" not in r["body"]
    (line,) = log_lines(capsys.readouterr().out)
    assert (line["level"], line["exception_type"], line["status_code"]) == ("ERROR", "KeyError", 503)
    assert "Traceback" in line["exception"]


def test_an_exception_outside_the_threads_is_503_too(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(cfg: Any) -> None:
        raise RuntimeError("no client")

    monkeypatch.setattr(checks, "warm_clients", broken)
    r = call_api()
    assert (r["statusCode"], r["json"]["reasons"]) == (503, ["internal error (RuntimeError)"])


def test_without_a_lambda_context(world: World, capsys: pytest.CaptureFixture) -> None:
    out = api.lambda_handler({}, None)
    assert out["statusCode"] == 200
    (line,) = log_lines(capsys.readouterr().out)
    assert line["request_id"] is None


def test_the_region_check_functions_directly() -> None:
    assert checks.arn_region(PRIMARY_ARN) == PRIMARY
    assert checks.arn_region("not-an-arn") is None
    assert checks.is_cluster(DR_ARN, DR, DR_ID)
    assert not checks.is_cluster(DR_ARN, PRIMARY, DR_ID)
    assert not checks.is_cluster(DR_ARN + "-2", DR, DR_ID)
    assert not checks.is_cluster("arn:aws:rds:us-west-2:123456789012:cluster:x:y", DR, "x")
