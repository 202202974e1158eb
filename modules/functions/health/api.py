"""The region's health endpoint: ``GET /health`` behind API Gateway (REST API,
Lambda proxy integration), one function per region, in the region's private
subnets. Route 53's HTTPS health checks call it. Entry point:
``api.lambda_handler``.

200 (``"status": "healthy"``) iff this region's cluster is in a serving status
(check 1) **and** its endpoint accepts a TCP connection (check 2); 503
otherwise. The role (check 3) and the replication lag (check 4) are reported
but never make the region unhealthy (README.md, "Why the lag never fails the
region"). A broken configuration is a 500 naming the variable; an unexpected
exception a 503 naming its type. The handler never raises.

Checks 1 (cluster) and 3 (role, then 4, lag) run on two threads; check 2 (the
TCP connect) follows 1 and 3, since the role says which endpoint serves. The
handler waits at most until :data:`aws.API_DEADLINE_S` after it started: what
is not done by then is reported as not read.

Response body: JSON, sorted keys, compact; ``Content-Type:
application/json``, ``Cache-Control: no-store``. One log line per request.
"""

from __future__ import annotations

import json
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from typing import Any, Callable, Dict, List, Optional

import aws
import checks
import config
import jsonlog

_log = jsonlog.get_logger()

#: The handler's clock (tests replace it).
monotonic: Callable[[], float] = time.monotonic

HEADERS = {"Content-Type": "application/json", "Cache-Control": "no-store"}

STATUS_HEALTHY = "healthy"
STATUS_UNHEALTHY = "unhealthy"


def reset_clients() -> None:
    """Forgets the cached AWS clients and reads (tests)."""
    aws.reset_clients()
    checks.reset_cache()


def _response(code: int, body: Dict[str, Any]) -> Dict[str, Any]:
    return {
        "statusCode": code,
        "headers": dict(HEADERS),
        "body": json.dumps(body, sort_keys=True, separators=(",", ":")),
        "isBase64Encoded": False,
    }


def _replication(cfg: config.ApiConfig, out: Dict[str, Any], role_known: threading.Event) -> None:
    """Check 3, then for a secondary check 4; fills ``out`` as each ends."""
    try:
        out["role"] = checks.check_role(cfg)
    finally:
        role_known.set()
    if out["role"].role == checks.ROLE_SECONDARY:
        out["lag"] = checks.check_lag(cfg)


def _raise_if_failed(future: "Future[Any]") -> None:
    if future.done() and future.exception() is not None:
        raise future.exception()  # type: ignore[misc]


def _connect(cfg: config.ApiConfig, cluster: checks.ClusterCheck, role: str, deadline: float) -> Optional[checks.ReachCheck]:
    """Check 2 on the endpoint(s) of the role; the time left is shared."""
    targets = checks.endpoints_for(cluster, role)
    reach: Optional[checks.ReachCheck] = None
    for i, host in enumerate(targets):
        share = (deadline - monotonic()) / (len(targets) - i)
        timeout = max(aws.TCP_MIN_TIMEOUT_S, min(aws.TCP_TIMEOUT_S, share))
        reach = checks.check_reachable(host, cfg.db_port, timeout)
        if reach.reachable:
            break
    return reach


def evaluate(cfg: config.ApiConfig, started: float) -> Dict[str, Any]:
    """Runs the checks until the deadline; the response's code, body and the
    log's fields. Raises what a check raised unexpectedly.

    Checks 1 and 3 run in parallel; check 2 follows both (the role says which
    endpoint), while check 4 follows 3 on its thread."""
    deadline = started + aws.API_DEADLINE_S

    def left() -> float:
        return max(0.0, deadline - monotonic())

    checks.warm_clients(cfg)
    rep: Dict[str, Any] = {}
    role_known = threading.Event()
    pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="health-check")
    try:
        f_cluster = pool.submit(checks.check_cluster, cfg)
        f_rep = pool.submit(_replication, cfg, rep, role_known)
    finally:
        # Never wait for a thread past the deadline: one still running ends in
        # the background (its calls are bounded) and fills the cache.
        pool.shutdown(wait=False)
    wait_futures([f_cluster], timeout=left())
    _raise_if_failed(f_cluster)
    cluster: Optional[checks.ClusterCheck] = f_cluster.result() if f_cluster.done() else None
    role_known.wait(left())
    _raise_if_failed(f_rep)
    role: Optional[checks.RoleCheck] = rep.get("role")
    reach: Optional[checks.ReachCheck] = None
    if cluster is not None:
        reach = _connect(cfg, cluster, role.role if role else checks.ROLE_UNKNOWN, deadline)
    wait_futures([f_rep], timeout=left())
    _raise_if_failed(f_rep)
    # What was set by the deadline (a thread still running may set more later:
    # take the values now).
    lag: Optional[checks.LagCheck] = rep.get("lag")
    reasons: List[str] = []
    if cluster is None:
        reasons.append("cluster status not read within the deadline")
    else:
        reasons.extend(cluster.problems)
    if reach is not None and not reach.reachable:
        reasons.append(f"database not reachable on {reach.host}:{reach.port}: {reach.error}")
    if role is None:
        reasons.append("role not read within the deadline")
    else:
        reasons.extend(role.problems)
        if role.role == checks.ROLE_SECONDARY and lag is None:
            reasons.append("replication lag not read within the deadline")
    if lag is not None:
        reasons.extend(lag.problems)
    healthy = bool(cluster and cluster.ok and reach and reach.reachable)
    body = {
        "status": STATUS_HEALTHY if healthy else STATUS_UNHEALTHY,
        "region": cfg.region,
        "cluster": cfg.cluster_id,
        "role": role.role if role else checks.ROLE_UNKNOWN,
        "cluster_status": cluster.status if cluster else None,
        "database_reachable": bool(reach and reach.reachable),
        "replication_lag_seconds": lag.seconds if lag else None,
        "lag_within_bound": lag.within_bound if lag else None,
        "reasons": reasons,
    }
    fields: Dict[str, Any] = {
        "cluster_ms": cluster.duration_ms if cluster else None,
        "cluster_age_s": cluster.age_s if cluster else None,
        "connect_ms": reach.duration_ms if reach else None,
        "connect_endpoint": reach.host if reach else None,
        "role_ms": role.duration_ms if role else None,
        "role_age_s": role.age_s if role else None,
        "lag_ms": lag.duration_ms if lag else None,
        "lag_age_s": lag.age_s if lag else None,
        "lag_at": lag.at if lag else None,
        "writer_region": role.writer_region if role else None,
        "failover_state": role.failover_state if role else None,
        "error_codes": sorted(
            {e.code for e in (cluster and cluster.error, role and role.error, lag and lag.error) if e}
        ),
    }
    return {"code": 200 if healthy else 503, "body": body, "fields": fields}


def lambda_handler(event: Any, context: Any) -> Dict[str, Any]:
    """The Lambda entry point (an API Gateway proxy event -> a proxy response).

    The event's content is not used: ``GET /health`` is the only route the
    API sends here."""
    started = monotonic()
    request_id: Optional[str] = getattr(context, "aws_request_id", None)
    base: Dict[str, Any] = {"request_id": request_id, "handler": "api"}
    try:
        cfg = config.load_api()
    except config.ConfigError as err:
        _log.error(
            "misconfigured",
            extra={
                "fields": dict(
                    base, status_code=500, variable=err.variable, problem=err.problem, duration_ms=_elapsed(started)
                )
            },
        )
        return _response(
            500, {"status": STATUS_UNHEALTHY, "error": "misconfigured", "variable": err.variable, "problem": err.problem}
        )
    base.update(region=cfg.region, cluster=cfg.cluster_id)
    try:
        result = evaluate(cfg, started)
    except Exception as err:  # noqa: BLE001 - the endpoint answers whatever happens
        _log.error(
            "health check failed unexpectedly",
            exc_info=True,  # the trace goes to the log line, never to the body
            extra={
                "fields": dict(
                    base,
                    status_code=503,
                    exception_type=type(err).__name__,
                    exception_message=str(err)[:300],
                    duration_ms=_elapsed(started),
                )
            },
        )
        return _response(
            503,
            {
                "status": STATUS_UNHEALTHY,
                "region": cfg.region,
                "cluster": cfg.cluster_id,
                "role": checks.ROLE_UNKNOWN,
                "cluster_status": None,
                "database_reachable": False,
                "replication_lag_seconds": None,
                "lag_within_bound": None,
                "reasons": [f"internal error ({type(err).__name__})"],
            },
        )
    body = result["body"]
    level = _log.info if result["code"] == 200 else _log.warning
    level(
        f"region {body['status']}",
        extra={
            "fields": dict(
                base,
                status_code=result["code"],
                outcome=body["status"],
                role=body["role"],
                cluster_status=body["cluster_status"],
                database_reachable=body["database_reachable"],
                replication_lag_seconds=body["replication_lag_seconds"],
                lag_within_bound=body["lag_within_bound"],
                reasons=body["reasons"],
                duration_ms=_elapsed(started),
                **result["fields"],
            )
        },
    )
    return _response(result["code"], body)


def _elapsed(started: float) -> int:
    return int(round((monotonic() - started) * 1000))
