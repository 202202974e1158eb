"""Fixtures of the health functions' tests: moto's in-process RDS, CloudWatch
and EventBridge (no network, no real credentials) with the transactions-dr
Aurora MySQL global database (primary cluster in us-east-1, DR cluster in
us-west-2), a loopback TCP listener standing in for the database, and a
loopback HTTP server standing in for the primary's health endpoint.

What moto (5.2.5) and the sandbox cannot do is filled in here:

- moto's cluster endpoints are fake host names: the TCP connector
  (``checks.create_connection``) is replaced by one that sends a known
  endpoint to a loopback address (``World.db_targets``) and answers any other
  host as DNS does for an unknown name (``socket.gaierror``), so no lookup
  leaves the machine;
- moto's global cluster never has a ``FailoverState``, and its clusters are
  always ``available``: ``after-call`` hooks set either;
- moto's EventBridge delivers to a rule's targets only with ``jsonpath_ng``,
  which the pinned venv does not have: the event is read back from the
  request moto accepted (``World.ops``), and the exact request and a refused
  entry are checked with botocore's ``Stubber`` (``test_watch.py``);
- faults: any operation (optionally of one region's client) can fail with an
  AWS error code and HTTP status, raise a botocore exception, or be slow,
  through a ``before-call`` hook on the functions' own clients;
- the HTTPS probe: ``checks.urlopen`` is replaced by one that sends the
  configured ``https://`` URL to the loopback HTTP server (same path), through
  urllib's real HTTP client and the same no-redirect handler.
"""

from __future__ import annotations

import http.server
import json
import os
import socket
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace
from typing import Any, Dict, Iterator, List, Optional, Tuple, Union
from urllib.parse import urlsplit

import boto3
import pytest
from moto import mock_aws
from moto.core import DEFAULT_ACCOUNT_ID

# The functions' modules live at the zip root, next to this folder.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import api  # noqa: E402
import aws  # noqa: E402
import checks  # noqa: E402
import watch  # noqa: E402

PRIMARY = "us-east-1"
DR = "us-west-2"
GLOBAL_ID = "transactions-global"
PRIMARY_ID = "transactions-use1"
DR_ID = "transactions-usw2"
ENGINE = "aurora-mysql"
ENGINE_VERSION = "8.0.mysql_aurora.3.05.2"
HEALTH_URL = "https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/health"
NAMESPACE = "tfdr/Transactions"
METRIC = "PrimaryHealthy"
SOURCE = "tfdr.primary-watch"

#: The fixed "now" of every test.
NOW = datetime(2026, 1, 1, 12, 0, 0, tzinfo=timezone.utc)


def cluster_arn(region: str, name: str) -> str:
    return f"arn:aws:rds:{region}:{DEFAULT_ACCOUNT_ID}:cluster:{name}"


PRIMARY_ARN = cluster_arn(PRIMARY, PRIMARY_ID)
DR_ARN = cluster_arn(DR, DR_ID)

#: The DR region's health endpoint (most tests look at the secondary).
API_ENV = {
    "CLUSTER_ID": DR_ID,
    "GLOBAL_CLUSTER_ID": GLOBAL_ID,
    "DB_PORT": "3306",
    "MAX_LAG_SECONDS": "60",
}
#: The DR region's watcher (it emits events).
WATCH_ENV = {
    "PRIMARY_HEALTH_URL": HEALTH_URL,
    "GLOBAL_CLUSTER_ID": GLOBAL_ID,
    "PRIMARY_REGION": PRIMARY,
    "METRIC_NAMESPACE": NAMESPACE,
    "METRIC_NAME": METRIC,
    "EVENT_SOURCE": SOURCE,
    "EMIT_EVENTS": "true",
}

Fault = Union[Exception, Tuple[str, int]]


@dataclass
class Context:
    """The part of the Lambda context object the handlers read."""

    aws_request_id: str = "lambda-req-1"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No real credentials, config files or endpoints can leak in; both
    handlers' configuration as the DR region's functions get it."""
    for name in list(os.environ):
        if name.startswith("AWS_") or name in API_ENV or name in WATCH_ENV or name.endswith("_PROXY") or name.endswith("_proxy"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "testing")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", os.devnull)
    monkeypatch.setenv("AWS_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("AWS_REGION", DR)
    monkeypatch.setenv("NO_PROXY", "*")
    for name, value in {**API_ENV, **WATCH_ENV}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(checks, "utcnow", lambda: NOW)
    api.reset_clients()
    yield
    api.reset_clients()


def _response(status: int, parsed: Dict[str, Any]) -> Tuple[Any, Dict[str, Any]]:
    return SimpleNamespace(status_code=status, headers={}, content=b""), parsed


@dataclass
class World:
    """The mocked AWS, the database stand-ins, the faults and the call log."""

    #: Cluster endpoint -> where the TCP connect really goes.
    db_targets: Dict[str, Tuple[str, int]] = field(default_factory=dict)
    #: Every TCP connect: (host, port, timeout).
    connects: List[Tuple[str, int, float]] = field(default_factory=list)
    #: ``"Operation"`` or ``"region/Operation"`` -> fault.
    faults: Dict[str, Fault] = field(default_factory=dict)
    #: Seconds an operation takes (real time).
    slow: Dict[str, float] = field(default_factory=dict)
    #: Every AWS call: (region, operation, params).
    calls: List[Tuple[str, str, Dict[str, Any]]] = field(default_factory=list)
    #: ``FailoverState`` shown by DescribeGlobalClusters (None: none).
    failover_state: Optional[Dict[str, Any]] = None
    #: The writer member (None: moto's answer, the primary).
    writer_arn: Optional[str] = None
    #: Cluster ARN -> status shown by DescribeDBClusters.
    cluster_status: Dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def ops(self, name: str) -> List[Dict[str, Any]]:
        """The params of every call of operation ``name``."""
        return [params for _, op, params in self.calls if op == name]

    def endpoint(self, region: str, cluster_id: str, reader: bool = False) -> str:
        """A cluster's endpoint (``reader``: its reader endpoint)."""
        rds = boto3.client("rds", region_name=region)
        cluster = rds.describe_db_clusters(DBClusterIdentifier=cluster_id)["DBClusters"][0]
        return cluster["ReaderEndpoint" if reader else "Endpoint"]

    def lag_datapoints(self, *points: Tuple[int, float], cluster_id: str = DR_ID, region: str = DR) -> None:
        """``AWS/RDS AuroraGlobalDBReplicationLag``: (seconds before NOW, ms)."""
        boto3.client("cloudwatch", region_name=region).put_metric_data(
            Namespace=checks.LAG_NAMESPACE,
            MetricData=[
                {
                    "MetricName": checks.LAG_METRIC,
                    "Dimensions": [{"Name": "DBClusterIdentifier", "Value": cluster_id}],
                    "Timestamp": NOW - timedelta(seconds=ago),
                    "Value": ms,
                    "Unit": "Milliseconds",
                }
                for ago, ms in points
            ],
        )

    # --- hooks on the functions' clients ---

    def install(self, client: Any) -> None:
        region = client.meta.region_name
        client.meta.events.register("before-parameter-build", self._keep_params)
        client.meta.events.register("before-call", self._before(region))
        client.meta.events.register("after-call", self._after)

    @staticmethod
    def _keep_params(params: Dict[str, Any], context: Dict[str, Any], **_: Any) -> None:
        context["world_params"] = dict(params)

    def _before(self, region: str) -> Any:
        def hook(model: Any, context: Dict[str, Any], **_: Any) -> Optional[Tuple[Any, Dict[str, Any]]]:
            op = model.name
            with self.lock:
                self.calls.append((region, op, dict(context.get("world_params", {}))))
            delay = self.slow.get(op)
            if delay:
                time.sleep(delay)
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

    def _after(self, model: Any, parsed: Dict[str, Any], **_: Any) -> None:
        if model.name == "DescribeGlobalClusters":
            for g in parsed.get("GlobalClusters", []):
                if self.failover_state is not None:
                    g["FailoverState"] = dict(self.failover_state)
                if self.writer_arn is not None:
                    for m in g.get("GlobalClusterMembers", []):
                        m["IsWriter"] = m["DBClusterArn"] == self.writer_arn
        elif model.name == "DescribeDBClusters":
            for c in parsed.get("DBClusters", []):
                status = self.cluster_status.get(c.get("DBClusterArn", ""))
                if status is not None:
                    c["Status"] = status

    # --- the TCP connector ---

    def connect(self, address: Tuple[str, int], timeout: float = 0.0, *args: Any, **kwargs: Any) -> socket.socket:
        host, port = address
        with self.lock:
            self.connects.append((host, port, timeout))
        target = self.db_targets.get(host)
        if target is None:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return _REAL_CREATE_CONNECTION(target, timeout=timeout)


_REAL_CREATE_CONNECTION = socket.create_connection


@pytest.fixture
def listener() -> Iterator[Tuple[str, int]]:
    """A listening loopback socket (the database's listener)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    try:
        yield sock.getsockname()
    finally:
        sock.close()


def closed_port() -> Tuple[str, int]:
    """A loopback address nothing listens on (connections are refused)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    address = sock.getsockname()
    sock.close()
    return address


@pytest.fixture
def world(monkeypatch: pytest.MonkeyPatch, listener: Tuple[str, int]) -> Iterator[World]:
    """The mocked AWS of transactions-dr: the global cluster and both
    regions' clusters (available), each endpoint (cluster and reader) sent to
    the listener, a
    replication-lag datapoint of the DR cluster."""
    with mock_aws():
        w = World()
        us_east = boto3.client("rds", region_name=PRIMARY)
        us_west = boto3.client("rds", region_name=DR)
        us_east.create_global_cluster(GlobalClusterIdentifier=GLOBAL_ID, Engine=ENGINE, EngineVersion=ENGINE_VERSION)
        scaling = {"MinCapacity": 0.5, "MaxCapacity": 8}
        us_east.create_db_cluster(
            DBClusterIdentifier=PRIMARY_ID,
            Engine=ENGINE,
            EngineVersion=ENGINE_VERSION,
            MasterUsername="admin",
            MasterUserPassword="not-a-real-password",
            GlobalClusterIdentifier=GLOBAL_ID,
            ServerlessV2ScalingConfiguration=scaling,
            Port=3306,
        )
        us_west.create_db_cluster(
            DBClusterIdentifier=DR_ID,
            Engine=ENGINE,
            EngineVersion=ENGINE_VERSION,
            GlobalClusterIdentifier=GLOBAL_ID,
            ServerlessV2ScalingConfiguration=scaling,
            Port=3306,
        )
        for region, cluster_id in ((PRIMARY, PRIMARY_ID), (DR, DR_ID)):
            for reader in (False, True):
                w.db_targets[w.endpoint(region, cluster_id, reader)] = listener
        # The DR cluster's lag, as Aurora publishes it (0.8 s, two minutes ago).
        w.lag_datapoints((120, 800.0))
        original = aws.make_client

        def hooked(service: str, region: str, profile: aws.Profile) -> Any:
            client = original(service, region, profile)
            w.install(client)
            return client

        monkeypatch.setattr(aws, "make_client", hooked)
        monkeypatch.setattr(checks, "create_connection", w.connect)
        yield w


# --- the primary's health endpoint, on loopback ---------------------------------


@dataclass
class Answer:
    status: int = 200
    body: bytes = b'{"status":"healthy"}'
    delay_s: float = 0.0
    headers: Dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})


class Endpoint:
    """A loopback HTTP server answering :attr:`answer`; records requests."""

    def __init__(self) -> None:
        self.answer = Answer()
        self.requests: List[Dict[str, Any]] = []
        endpoint = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                endpoint.requests.append({"method": "GET", "path": self.path, "headers": dict(self.headers)})
                a = endpoint.answer
                if a.delay_s:
                    time.sleep(a.delay_s)
                try:
                    self.send_response(a.status)
                    for k, v in a.headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(a.body)))
                    self.end_headers()
                    self.wfile.write(a.body)
                except OSError:  # the client gave up (timeout tests)
                    pass

            def log_message(self, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def json(self, status: int, body: Any) -> None:
        self.answer = Answer(status=status, body=json.dumps(body).encode())

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def endpoint(monkeypatch: pytest.MonkeyPatch) -> Iterator[Endpoint]:
    """The primary's health endpoint on loopback: ``checks.urlopen`` sends the
    configured https URL there (same path), through urllib's HTTP client and
    the function's no-redirect handler."""
    ep = Endpoint()
    opener = urllib.request.build_opener(checks._NoRedirect(), urllib.request.ProxyHandler({}))
    seen: List[str] = []

    def loopback(request: urllib.request.Request, timeout: float) -> Any:
        url = request.full_url
        seen.append(url)
        parts = urlsplit(url)
        assert parts.scheme == "https", "the watcher only probes https"
        local = urllib.request.Request(
            ep.base + parts.path + (f"?{parts.query}" if parts.query else ""),
            method=request.get_method(),
            headers=dict(request.header_items()),
        )
        return opener.open(local, timeout=timeout)

    monkeypatch.setattr(checks, "urlopen", loopback)
    ep.seen = seen  # type: ignore[attr-defined]
    try:
        yield ep
    finally:
        ep.close()


def call_api(context: Optional[Context] = None) -> Dict[str, Any]:
    """Calls the health endpoint as API Gateway does; adds ``json`` (the body)."""
    event = {
        "resource": "/health",
        "path": "/health",
        "httpMethod": "GET",
        "headers": {"User-Agent": "Amazon-Route53-Health-Check-Service (ref 1; report http://amzn.to/1vsZADi)"},
        "requestContext": {"stage": "prod", "requestId": "api-req-1"},
        "body": None,
        "isBase64Encoded": False,
    }
    out = api.lambda_handler(event, context or Context())
    out["json"] = json.loads(out["body"])
    return out


def call_watch(context: Optional[Context] = None) -> Dict[str, Any]:
    """Calls the watcher as the schedule does."""
    event = {
        "version": "0",
        "id": "evt-1",
        "detail-type": "Scheduled Event",
        "source": "aws.events",
        "time": "2026-01-01T12:00:00Z",
        "region": DR,
        "resources": [f"arn:aws:events:{DR}:{DEFAULT_ACCOUNT_ID}:rule/primary-watch"],
        "detail": {},
    }
    return watch.lambda_handler(event, context or Context())


def log_lines(captured: str) -> List[Dict[str, Any]]:
    """Every stdout line must be one JSON object; returns them parsed."""
    return [json.loads(line) for line in captured.splitlines() if line.strip()]
