"""The checks, each a small function with a result dataclass.

Health endpoint (``api.py``), all in this region:

1. :func:`check_cluster` -- ``rds:DescribeDBClusters`` on ``CLUSTER_ID``: its
   ``Status`` must be one of :data:`SERVING_STATUSES`; its ``Endpoint`` (the
   cluster, i.e. writer, endpoint), ``ReaderEndpoint`` and ``Port``.
2. :func:`check_reachable` -- a TCP connect on ``DB_PORT`` to the endpoint
   that serves this cluster's role (:func:`endpoints_for`): the network path
   from the function's subnets and the database listener. No driver, no
   credentials, no query.
3. :func:`check_role` -- ``rds:DescribeGlobalClusters`` on
   ``GLOBAL_CLUSTER_ID``: is this cluster the writer or a secondary.
4. :func:`check_lag` -- a secondary's newest ``AWS/RDS
   AuroraGlobalDBReplicationLag`` datapoint of the last 5 minutes.

Reads that succeed are reused for a few seconds (:data:`aws.FRESH_S`,
:data:`aws.LAG_FRESH_S`; the TCP connect is never cached): Route 53's checkers
call the endpoint about 1.5 times a second, and neither the RDS API's rate
limits nor ``GetMetricData``'s price (per metric requested) should follow
that. When a read of the cluster or the global cluster fails transiently
(throttled, timed out, 5xx), a read up to :data:`aws.STALE_OK_S` old is used
instead and the body's ``reasons`` say so.

Watcher (``watch.py``): :func:`probe` (the HTTPS GET of the primary's
endpoint) and :func:`read_global_cluster` (the writer and ``FailoverState``).
"""

from __future__ import annotations

import http.client
import json
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Callable, Dict, Optional, Tuple

import aws
import config

#: Cluster statuses in which Aurora serves connections: ``available`` and the
#: statuses of changes applied online -- a backup, a modification (parameter,
#: backup window, Serverless v2 capacity range ...), a master password change
#: (tfdr's rotation function makes one every few days), storage optimization,
#: an IAM authentication change. Every other status (``failing-over``,
#: ``promoting``, ``upgrading``, ``maintenance``, ``backtracking``,
#: ``stopped``, ``inaccessible-encryption-credentials`` ..., and any status AWS
#: adds later) is not serving. Either way the TCP connect must succeed too.
SERVING_STATUSES = frozenset(
    {
        "available",
        "backing-up",
        "modifying",
        "resetting-master-credentials",
        "storage-optimization",
        "update-iam-db-auth",
    }
)

ROLE_WRITER = "writer"
ROLE_SECONDARY = "secondary"
ROLE_UNKNOWN = "unknown"

LAG_NAMESPACE = "AWS/RDS"
LAG_METRIC = "AuroraGlobalDBReplicationLag"
#: How far back the lag datapoint is looked for.
LAG_WINDOW_S = 300

#: The most of the watched endpoint's body that is read.
MAX_BODY_BYTES = 64 * 1024

# What the checks use from the outside world; tests replace them.
monotonic: Callable[[], float] = time.monotonic
create_connection: Callable[..., socket.socket] = socket.create_connection


def utcnow() -> datetime:
    """Now, in UTC (tests replace it)."""
    return datetime.now(timezone.utc)


def _ms(start: float) -> int:
    return int(round((monotonic() - start) * 1000))


# --- the cache of successful reads -------------------------------------------

_cache: Dict[str, Tuple[Any, float]] = {}
_cache_lock = threading.Lock()


def reset_cache() -> None:
    """Forgets every cached read (tests)."""
    with _cache_lock:
        _cache.clear()


@dataclass
class Read:
    """A value read from AWS, or from the cache."""

    value: Any
    #: Seconds since the value was read (0 for a read made now).
    age_s: float
    #: The failure of the read made now, when a stale value stands in for it.
    stale_because: Optional[aws.AwsFailure] = None


def _cached(key: str, fresh_s: float, stale_s: float, read: Callable[[], Any]) -> Read:
    """``read()``, or its cached value while fresh; a stale value when ``read``
    fails transiently. Raises :class:`aws.AwsCallFailed` otherwise."""
    now = monotonic()
    with _cache_lock:
        hit = _cache.get(key)
    if hit is not None and now - hit[1] <= fresh_s:
        return Read(hit[0], round(now - hit[1], 3))
    try:
        value = read()
    except aws.AwsCallFailed as err:
        if hit is not None and err.failure.transient and now - hit[1] <= stale_s:
            return Read(hit[0], round(now - hit[1], 3), err.failure)
        raise
    with _cache_lock:
        _cache[key] = (value, monotonic())
    return Read(value, 0.0)


def warm_clients(cfg: config.ApiConfig) -> None:
    """Creates the health endpoint's clients before its threads use them
    (creating clients on one session is not thread-safe)."""
    aws.client("rds", cfg.region, aws.HEALTH)
    aws.client("cloudwatch", cfg.region, aws.HEALTH)


# --- 1. the cluster ----------------------------------------------------------


@dataclass
class ClusterCheck:
    """``DescribeDBClusters`` of this region's cluster."""

    ok: bool
    status: Optional[str] = None
    #: The cluster (writer) endpoint: active on the global database's writer only.
    endpoint: Optional[str] = None
    #: The reader endpoint: a secondary cluster's only active one.
    reader_endpoint: Optional[str] = None
    port: Optional[int] = None
    arn: Optional[str] = None
    #: Why it is not ok, or what is odd (the body's ``reasons``).
    problems: list = field(default_factory=list)
    error: Optional[aws.AwsFailure] = None
    age_s: Optional[float] = None
    duration_ms: int = 0


def _describe_cluster(cfg: config.ApiConfig) -> Dict[str, Any]:
    got = aws.call(
        aws.client("rds", cfg.region, aws.HEALTH),
        "rds:DescribeDBClusters",
        "describe_db_clusters",
        DBClusterIdentifier=cfg.cluster_id,
    )
    clusters = got.get("DBClusters") or []
    if not clusters:
        raise aws.AwsCallFailed(
            aws.AwsFailure("rds:DescribeDBClusters", "DBClusterNotFoundFault", "no cluster in the answer", False)
        )
    c = clusters[0]
    return {
        "status": c.get("Status"),
        "endpoint": c.get("Endpoint"),
        "reader_endpoint": c.get("ReaderEndpoint"),
        "port": c.get("Port"),
        "arn": c.get("DBClusterArn"),
    }


def check_cluster(cfg: config.ApiConfig) -> ClusterCheck:
    """Check 1: the cluster's status, endpoint and port."""
    start = monotonic()
    try:
        read = _cached(f"cluster/{cfg.cluster_id}", aws.FRESH_S, aws.STALE_OK_S, lambda: _describe_cluster(cfg))
    except aws.AwsCallFailed as err:
        return ClusterCheck(
            ok=False,
            problems=[f"cluster not read: {err.failure.code}"],
            error=err.failure,
            duration_ms=_ms(start),
        )
    c = read.value
    out = ClusterCheck(
        ok=True,
        status=c["status"],
        endpoint=c["endpoint"],
        reader_endpoint=c.get("reader_endpoint"),
        port=c["port"],
        arn=c["arn"],
        error=read.stale_because,
        age_s=read.age_s,
    )
    if read.stale_because is not None:
        out.problems.append(
            f"cluster status from a read {read.age_s:.0f} s old (now: {read.stale_because.code})"
        )
    if out.status not in SERVING_STATUSES:
        out.ok = False
        out.problems.append(f"cluster status is {out.status}")
    if not out.endpoint and not out.reader_endpoint:
        out.ok = False
        out.problems.append("cluster has no endpoint")
    if out.port is not None and out.port != cfg.db_port:
        out.problems.append(f"cluster port {out.port} is not DB_PORT {cfg.db_port}")
    out.duration_ms = _ms(start)
    return out


# --- 2. reachable ------------------------------------------------------------


def endpoints_for(cluster: ClusterCheck, role: str) -> Tuple[str, ...]:
    """The endpoints the TCP connect tries, in order: a writer's cluster
    endpoint; a secondary's reader endpoint (a secondary cluster of a global
    database has no active cluster endpoint: only the primary has one, AWS
    Aurora User Guide, "Connecting to an Aurora global database"); for an
    unknown role, the cluster endpoint, then the reader endpoint."""
    if role == ROLE_WRITER:
        wanted = (cluster.endpoint,)
    elif role == ROLE_SECONDARY:
        wanted = (cluster.reader_endpoint,)
    else:
        wanted = (cluster.endpoint, cluster.reader_endpoint)
    return tuple(e for e in wanted if e)


@dataclass
class ReachCheck:
    """A TCP connect to the cluster endpoint."""

    reachable: bool
    host: Optional[str] = None
    port: Optional[int] = None
    error: Optional[str] = None
    duration_ms: int = 0


def check_reachable(host: str, port: int, timeout_s: float) -> ReachCheck:
    """Check 2: opens and closes a TCP connection to ``host:port``: proves the
    DNS name resolves from here, the route and the security groups let the
    function in, and something listens. Nothing about the database engine,
    credentials or queries."""
    start = monotonic()
    try:
        sock = create_connection((host, port), timeout=timeout_s)
    except (TimeoutError, socket.timeout):
        return ReachCheck(False, host, port, f"timeout after {timeout_s:.1f} s", _ms(start))
    except OSError as err:
        detail = err.strerror or str(err) or type(err).__name__
        return ReachCheck(False, host, port, f"{type(err).__name__}: {detail}", _ms(start))
    try:
        sock.close()
    except OSError:  # pragma: no cover - closing a connected socket does not fail
        pass
    return ReachCheck(True, host, port, None, _ms(start))


# --- 3. role ----------------------------------------------------------------


@dataclass(frozen=True)
class GlobalClusterView:
    """What ``DescribeGlobalClusters`` says of the global cluster."""

    status: Optional[str]
    #: (member cluster ARN, is the writer) of every member.
    members: Tuple[Tuple[str, bool], ...]
    failover_state: Optional[Dict[str, Any]]

    @property
    def writer_arn(self) -> Optional[str]:
        return next((arn for arn, writer in self.members if writer), None)

    @property
    def writer_region(self) -> Optional[str]:
        return arn_region(self.writer_arn) if self.writer_arn else None


def arn_region(arn: str) -> Optional[str]:
    """The region of an ARN (``arn:partition:service:region:...``)."""
    parts = arn.split(":")
    return parts[3] or None if len(parts) > 5 else None


def is_cluster(arn: str, region: str, cluster_id: str) -> bool:
    """Whether ``arn`` is the cluster ``cluster_id`` of ``region``
    (identifiers are unique per region only: both regions' clusters may have
    the same one)."""
    parts = arn.split(":", 5)
    return len(parts) == 6 and parts[2] == "rds" and parts[3] == region and parts[5] == f"cluster:{cluster_id}"


def read_global_cluster(client: Any, global_cluster_id: str) -> GlobalClusterView:
    """``DescribeGlobalClusters`` of one global cluster; raises
    :class:`aws.AwsCallFailed` (``GlobalClusterNotFoundFault`` when it does
    not exist)."""
    got = aws.call(
        client,
        "rds:DescribeGlobalClusters",
        "describe_global_clusters",
        GlobalClusterIdentifier=global_cluster_id,
    )
    clusters = got.get("GlobalClusters") or []
    if not clusters:
        raise aws.AwsCallFailed(
            aws.AwsFailure("rds:DescribeGlobalClusters", "GlobalClusterNotFoundFault", "no global cluster in the answer", False)
        )
    g = clusters[0]
    members = tuple(
        (str(m.get("DBClusterArn", "")), bool(m.get("IsWriter"))) for m in g.get("GlobalClusterMembers") or []
    )
    state = g.get("FailoverState")
    return GlobalClusterView(
        status=g.get("Status"),
        members=members,
        failover_state=dict(state) if isinstance(state, dict) and state else None,
    )


@dataclass
class RoleCheck:
    """This cluster's role in the global cluster."""

    role: str
    writer_region: Optional[str] = None
    failover_state: Optional[Dict[str, Any]] = None
    problems: list = field(default_factory=list)
    error: Optional[aws.AwsFailure] = None
    age_s: Optional[float] = None
    duration_ms: int = 0


def check_role(cfg: config.ApiConfig) -> RoleCheck:
    """Check 3: writer, secondary, or unknown (not read, not a member)."""
    start = monotonic()
    client = aws.client("rds", cfg.region, aws.HEALTH)
    try:
        read = _cached(
            f"global/{cfg.global_cluster_id}",
            aws.FRESH_S,
            aws.STALE_OK_S,
            lambda: read_global_cluster(client, cfg.global_cluster_id),
        )
    except aws.AwsCallFailed as err:
        return RoleCheck(
            ROLE_UNKNOWN,
            problems=[f"role not read: {err.failure.code}"],
            error=err.failure,
            duration_ms=_ms(start),
        )
    view: GlobalClusterView = read.value
    out = RoleCheck(
        ROLE_UNKNOWN,
        writer_region=view.writer_region,
        failover_state=view.failover_state,
        error=read.stale_because,
        age_s=read.age_s,
    )
    if read.stale_because is not None:
        out.problems.append(f"role from a read {read.age_s:.0f} s old (now: {read.stale_because.code})")
    mine = [writer for arn, writer in view.members if is_cluster(arn, cfg.region, cfg.cluster_id)]
    if not mine:
        out.problems.append(f"cluster is not a member of global cluster {cfg.global_cluster_id}")
    else:
        out.role = ROLE_WRITER if mine[0] else ROLE_SECONDARY
    out.duration_ms = _ms(start)
    return out


# --- 4. replication lag -------------------------------------------------------


@dataclass
class LagCheck:
    """The newest replication-lag datapoint of a secondary."""

    seconds: Optional[float] = None
    within_bound: Optional[bool] = None
    #: When the datapoint was taken (ISO 8601), if any.
    at: Optional[str] = None
    problems: list = field(default_factory=list)
    error: Optional[aws.AwsFailure] = None
    age_s: Optional[float] = None
    duration_ms: int = 0


def _read_lag(cfg: config.ApiConfig) -> Optional[Tuple[float, str]]:
    now = utcnow()
    got = aws.call(
        aws.client("cloudwatch", cfg.region, aws.HEALTH),
        "cloudwatch:GetMetricData",
        "get_metric_data",
        MetricDataQueries=[
            {
                "Id": "lag",
                "MetricStat": {
                    "Metric": {
                        "Namespace": LAG_NAMESPACE,
                        "MetricName": LAG_METRIC,
                        "Dimensions": [{"Name": "DBClusterIdentifier", "Value": cfg.cluster_id}],
                    },
                    "Period": 60,
                    "Stat": "Maximum",
                },
                "ReturnData": True,
            }
        ],
        StartTime=now - timedelta(seconds=LAG_WINDOW_S),
        EndTime=now,
        ScanBy="TimestampDescending",
    )
    newest: Optional[Tuple[datetime, float]] = None
    for result in got.get("MetricDataResults") or []:
        for ts, value in zip(result.get("Timestamps") or [], result.get("Values") or []):
            if newest is None or ts > newest[0]:
                newest = (ts, value)
    if newest is None:
        return None
    return round(float(newest[1]) / 1000.0, 3), newest[0].isoformat()


def check_lag(cfg: config.ApiConfig) -> LagCheck:
    """Check 4 (secondaries only): lag in seconds, and whether it is within
    ``MAX_LAG_SECONDS``; no datapoint in 5 minutes, or no read: None."""
    start = monotonic()
    try:
        read = _cached(f"lag/{cfg.cluster_id}", aws.LAG_FRESH_S, 0.0, lambda: _read_lag(cfg))
    except aws.AwsCallFailed as err:
        return LagCheck(problems=[f"replication lag not read: {err.failure.code}"], error=err.failure, duration_ms=_ms(start))
    out = LagCheck(age_s=read.age_s)
    if read.value is None:
        out.problems.append(f"no replication lag datapoint in the last {LAG_WINDOW_S // 60} minutes")
    else:
        out.seconds, out.at = read.value
        out.within_bound = out.seconds <= cfg.max_lag_seconds
        if not out.within_bound:
            out.problems.append(
                f"replication lag {out.seconds:g} s exceeds {cfg.max_lag_seconds} s (reported, not a health failure)"
            )
    out.duration_ms = _ms(start)
    return out


# --- the watcher's probe ----------------------------------------------------


@dataclass
class ProbeResult:
    """The HTTPS GET of the primary's health endpoint."""

    healthy: bool
    status_code: Optional[int] = None
    #: Why it is not healthy (None when healthy).
    error: Optional[str] = None
    #: The body's ``status`` and ``reasons`` when it had them (logged).
    body_status: Optional[str] = None
    body_reasons: Optional[list] = None
    duration_ms: int = 0


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is an answer (not healthy), never followed."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_opener: list = []


def _default_opener() -> urllib.request.OpenerDirector:
    if not _opener:
        context = ssl.create_default_context()  # verifies the certificate and the host name
        _opener.append(urllib.request.build_opener(_NoRedirect(), urllib.request.HTTPSHandler(context=context)))
    return _opener[0]


def urlopen(request: urllib.request.Request, timeout: float) -> Any:
    """Opens ``request`` with TLS verified and no redirects (tests replace it)."""
    return _default_opener().open(request, timeout=timeout)


def _parse_body(raw: bytes) -> Optional[Dict[str, Any]]:
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return body if isinstance(body, dict) else None


def probe(url: str, timeout_s: float) -> ProbeResult:
    """GET ``url``: healthy iff the answer is 200 and its JSON body's
    ``status`` is ``healthy``. Never raises: a failure is the measurement."""
    start = monotonic()
    request = urllib.request.Request(
        url, method="GET", headers={"Accept": "application/json", "User-Agent": "tfdr-primary-watch"}
    )
    try:
        with urlopen(request, timeout_s) as response:
            code = int(response.status)
            raw = response.read(MAX_BODY_BYTES)
    except urllib.error.HTTPError as err:  # 4xx, 5xx, 3xx (not followed)
        code = int(err.code)
        try:
            raw = err.read(MAX_BODY_BYTES)
        except (OSError, http.client.HTTPException):
            raw = b""
        finally:
            err.close()
    except urllib.error.URLError as err:
        reason = err.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            error = f"timeout after {timeout_s:g} s"
        elif isinstance(reason, ssl.SSLError):
            error = f"tls: {reason}"
        else:
            error = f"connection: {reason}"
        return ProbeResult(False, error=error, duration_ms=_ms(start))
    except (TimeoutError, socket.timeout):
        return ProbeResult(False, error=f"timeout after {timeout_s:g} s", duration_ms=_ms(start))
    except (OSError, http.client.HTTPException) as err:
        return ProbeResult(False, error=f"connection: {type(err).__name__}: {err}", duration_ms=_ms(start))
    body = _parse_body(raw)
    out = ProbeResult(False, status_code=code, duration_ms=_ms(start))
    if body is not None:
        status = body.get("status")
        out.body_status = status if isinstance(status, str) else None
        reasons = body.get("reasons")
        out.body_reasons = [str(r) for r in reasons][:20] if isinstance(reasons, list) else None
    if code != 200:
        out.error = f"http status {code}"
    elif body is None:
        out.error = "body is not a JSON object"
    elif out.body_status != "healthy":
        out.error = f"body status is {out.body_status!r}"
    else:
        out.healthy = True
    return out
