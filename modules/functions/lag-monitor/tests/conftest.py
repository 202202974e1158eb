"""Fixtures of the lag monitor's tests: moto's in-process RDS Data API and
CloudWatch (no network, no real credentials), configured as tfdr sets the
function up for trading-dr (primary cluster in us-east-1, DR cluster in
eu-central-2, the function in eu-central-2), with a fake clock so the 30 s
between samples takes no time.

What moto (5.2.5) cannot do is filled in here:

- moto's Data API runs no SQL and ignores ``parameters`` and ``database``:
  :meth:`World.status_rows` sets the answer moto's backend gives for the
  function's statement (its ``sql_results``, keyed by the cluster ARN and the
  SQL text), and the exact request is checked with botocore's ``Stubber``
  in ``test_sources.py`` (the rds-data client makes that one call only, so a
  Stubber taking over the whole client loses nothing);
- faults: any operation (optionally of one region's client) can be made to
  fail with an AWS error code and HTTP status, or raise a botocore exception
  (timeouts, connection errors), through a ``before-call`` hook on the
  function's own clients; every call is recorded with its parameters (moto
  does not keep ``StorageResolution``).
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from types import SimpleNamespace
from typing import Any, Dict, Iterator, List, Optional, Tuple, Union

import boto3
import pytest
from moto import mock_aws
from moto.core import DEFAULT_ACCOUNT_ID
from moto.rdsdata.models import QueryResults, rdsdata_backends

# The function's modules live at the zip root, next to this folder.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import aws  # noqa: E402
import handler  # noqa: E402
import sample  # noqa: E402

PRIMARY = "us-east-1"
DR = "eu-central-2"
PRIMARY_CLUSTER = f"arn:aws:rds:{PRIMARY}:{DEFAULT_ACCOUNT_ID}:cluster:aurora-use1-prod"
DR_CLUSTER_ID = "aurora-euc2-prod"
SECRET = f"arn:aws:secretsmanager:{PRIMARY}:{DEFAULT_ACCOUNT_ID}:secret:aurora-master-use1-prod-AbCdEf"
NAMESPACE = "tfdr/AuroraGlobal"
METRIC = "ReplicationLagSeconds"

ENV = {
    "PRIMARY_CLUSTER_ARN": PRIMARY_CLUSTER,
    "SECRET_ARN": SECRET,
    "DATABASE_NAME": "trading",
    "DR_REGION": DR,
    "DR_CLUSTER_ID": DR_CLUSTER_ID,
    "METRIC_NAMESPACE": NAMESPACE,
    "METRIC_NAME": METRIC,
}

#: The fixed "now" of every test.
NOW = datetime(2026, 1, 1, 12, 0, 0, tzinfo=timezone.utc)

Fault = Union[Exception, Tuple[str, int]]


@dataclass
class Context:
    """The part of the Lambda context object the handler reads."""

    aws_request_id: str = "lambda-req-1"
    remaining_ms: int = 90_000

    def get_remaining_time_in_millis(self) -> int:
        return self.remaining_ms


@dataclass
class Clock:
    """A monotonic clock that only moves when the function sleeps (or a call
    is made slow by a test)."""

    now: float = 1000.0
    slept: List[float] = field(default_factory=list)

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No real credentials, config files or endpoints can leak in; the
    function's configuration as tfdr sets it."""
    for name in list(os.environ):
        if name.startswith("AWS_") or name in ENV:
            monkeypatch.delenv(name)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "testing")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", os.devnull)
    monkeypatch.setenv("AWS_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("AWS_REGION", DR)
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sample, "utcnow", lambda: NOW)
    handler.reset_clients()
    yield
    handler.reset_clients()


def _response(status: int, parsed: Dict[str, Any]) -> Tuple[Any, Dict[str, Any]]:
    return SimpleNamespace(status_code=status, headers={}, content=b""), parsed


@dataclass
class World:
    """The mocked AWS, the fake clock, the faults and the call log."""

    clock: Clock
    #: ``"Operation"`` or ``"region/Operation"`` -> fault (every attempt).
    faults: Dict[str, Fault] = field(default_factory=dict)
    #: Every call the function made: (region, operation, params).
    calls: List[Tuple[str, str, Dict[str, Any]]] = field(default_factory=list)
    #: Seconds the fake clock moves at each call of an operation.
    call_seconds: Dict[str, float] = field(default_factory=dict)

    def ops(self, name: str) -> List[Dict[str, Any]]:
        """The params of every call of operation ``name``."""
        return [params for _, op, params in self.calls if op == name]

    def status_rows(self, *rows: Tuple[Any, ...]) -> None:
        """What ``aurora_global_db_status()`` answers through the Data API:
        rows of (aws_region, rpo_lag_ms, durability_lag_ms, calculated_ms_ago),
        None for SQL NULL."""

        def value(v: Any) -> Dict[str, Any]:
            if v is None:
                return {"isNull": True}
            if isinstance(v, str):
                return {"stringValue": v}
            return {"longValue": int(v)}

        backend = rdsdata_backends[DEFAULT_ACCOUNT_ID][PRIMARY]
        backend.sql_results[(PRIMARY_CLUSTER, sample.STATUS_SQL)] = QueryResults(
            records=[[value(v) for v in row] for row in rows]
        )

    def rds_lag_datapoints(self, *points: Tuple[int, float]) -> None:
        """``AWS/RDS AuroraGlobalDBReplicationLag`` of the DR cluster:
        (seconds before NOW, milliseconds)."""
        from datetime import timedelta

        cw = boto3.client("cloudwatch", region_name=DR)
        cw.put_metric_data(
            Namespace=sample.FALLBACK_NAMESPACE,
            MetricData=[
                {
                    "MetricName": sample.FALLBACK_METRIC,
                    "Dimensions": [{"Name": "DBClusterIdentifier", "Value": DR_CLUSTER_ID}],
                    "Timestamp": NOW - timedelta(seconds=ago),
                    "Value": ms,
                    "Unit": "Milliseconds",
                }
                for ago, ms in points
            ],
        )

    def published(self) -> List[Dict[str, Any]]:
        """Every datum the function sent with PutMetricData, in order."""
        return [d for params in self.ops("PutMetricData") for d in params["MetricData"]]

    def install(self, client: Any) -> None:
        """Hooks ``client`` (one of the function's clients)."""
        region = client.meta.region_name
        client.meta.events.register("before-parameter-build", self._keep_params)
        client.meta.events.register("before-call", self._before(region))

    @staticmethod
    def _keep_params(params: Dict[str, Any], context: Dict[str, Any], **_: Any) -> None:
        context["world_params"] = dict(params)

    def _before(self, region: str) -> Any:
        def hook(model: Any, context: Dict[str, Any], **_: Any) -> Optional[Tuple[Any, Dict[str, Any]]]:
            op = model.name
            self.calls.append((region, op, dict(context.get("world_params", {}))))
            self.clock.now += self.call_seconds.get(op, 0.0)
            fault = self.faults.get(f"{region}/{op}", self.faults.get(op))
            if isinstance(fault, Exception):
                raise fault
            if fault is not None:
                code, status = fault
                return _response(
                    status,
                    {
                        "Error": {"Code": code, "Message": f"injected {code}"},
                        "ResponseMetadata": {"HTTPStatusCode": status, "RequestId": "world"},
                    },
                )
            return None

        return hook


@pytest.fixture
def world(monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    """The mocked AWS of trading-dr's lag monitor, with a fake clock."""
    with mock_aws():
        clock = Clock()
        monkeypatch.setattr(handler, "sleep", clock.sleep)
        monkeypatch.setattr(handler, "monotonic", clock.monotonic)
        w = World(clock=clock)
        original = aws.make_client

        def hooked(service: str, region: str, profile: aws.Profile) -> Any:
            client = original(service, region, profile)
            w.install(client)
            return client

        monkeypatch.setattr(aws, "make_client", hooked)
        yield w


def invoke(context: Optional[Context] = None) -> Dict[str, Any]:
    """Calls the handler as the schedule does."""
    event = {
        "version": "0",
        "id": "evt-1",
        "detail-type": "Scheduled Event",
        "source": "aws.events",
        "time": "2026-01-01T12:00:00Z",
        "region": DR,
        "resources": [f"arn:aws:events:{DR}:{DEFAULT_ACCOUNT_ID}:rule/lag-monitor"],
        "detail": {},
    }
    return handler.lambda_handler(event, context or Context())


def log_lines(captured: str) -> List[Dict[str, Any]]:
    """Every stdout line must be one JSON object; returns them parsed."""
    return [json.loads(line) for line in captured.splitlines() if line.strip()]
