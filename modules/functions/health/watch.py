"""The primary's watcher: one function per region, invoked once a minute by an
EventBridge schedule (``rate(1 minute)``). Entry point: ``watch.lambda_handler``.

Each invocation:

1. GETs ``PRIMARY_HEALTH_URL`` over HTTPS (TLS verified, no redirects,
   :data:`aws.PROBE_TIMEOUT_S`): healthy iff 200 and the JSON body's
   ``status`` is ``healthy`` (:func:`checks.probe`);
2. reads the global cluster in this region (``DescribeGlobalClusters``: any
   member region sees it): the writer's region and ``FailoverState``;
3. publishes ``METRIC_NAME`` = 1 (healthy) or 0 to ``METRIC_NAMESPACE``,
   dimension ``Observer=<AWS_REGION>``;
4. when ``EMIT_EVENTS`` is true and the probe failed, puts one event on this
   region's default bus (:data:`DETAIL_TYPE_UNHEALTHY`) -- the stack's rule
   sends it to the failover function, which confirms with Route 53's checkers
   before acting. The watcher itself never acts.

A failed probe is the measurement, not a failure of the invocation. The
invocation fails (after its log line) when the configuration is broken or
when the metric or the event could not be published, so Lambda's error
metric and the alarms on it see it. A failed global-cluster read is logged
(``writer_region`` and ``failover_state`` are then null) and does not fail it.
"""

from __future__ import annotations

import json
import time
from typing import Any, Callable, Dict, List, Optional

import aws
import checks
import config
import jsonlog

_log = jsonlog.get_logger()

#: The event's ``DetailType`` (the stack's rule matches it).
DETAIL_TYPE_UNHEALTHY = "Primary region unhealthy"
#: The metric's dimension name; its value is the observing region.
OBSERVER_DIMENSION = "Observer"

#: The watcher's clock (tests replace it).
monotonic: Callable[[], float] = time.monotonic


class PublishFailed(Exception):
    """The metric or the event could not be published: the invocation fails."""


def reset_clients() -> None:
    """Forgets the cached AWS clients (tests)."""
    aws.reset_clients()


def _global_cluster(cfg: config.WatchConfig) -> Dict[str, Any]:
    client = aws.client("rds", cfg.region, aws.WATCH)
    try:
        view = checks.read_global_cluster(client, cfg.global_cluster_id)
    except aws.AwsCallFailed as err:
        return {"writer_region": None, "failover_state": None, "global_error": err.failure}
    return {
        "writer_region": view.writer_region,
        "failover_state": view.failover_state,
        "global_status": view.status,
        "global_error": None,
    }


def metric_datum(cfg: config.WatchConfig, healthy: bool, at: Any) -> Dict[str, Any]:
    """The one datum published per invocation."""
    return {
        "MetricName": cfg.metric_name,
        "Dimensions": [{"Name": OBSERVER_DIMENSION, "Value": cfg.region}],
        "Timestamp": at,
        "Value": 1.0 if healthy else 0.0,
        "Unit": "None",
        "StorageResolution": 60,
    }


def event_detail(cfg: config.WatchConfig, result: checks.ProbeResult, facts: Dict[str, Any], at: Any) -> Dict[str, Any]:
    """The ``Detail`` of the unhealthy event."""
    return {
        "observer": cfg.region,
        "url": cfg.primary_health_url,
        "status_code": result.status_code,
        "error": result.error,
        "writer_region": facts["writer_region"],
        "failover_state": facts["failover_state"],
        "time": at.isoformat(),
    }


def _publish_metric(cfg: config.WatchConfig, healthy: bool, at: Any) -> Optional[aws.AwsFailure]:
    try:
        aws.call(
            aws.client("cloudwatch", cfg.region, aws.WATCH),
            "cloudwatch:PutMetricData",
            "put_metric_data",
            Namespace=cfg.metric_namespace,
            MetricData=[metric_datum(cfg, healthy, at)],
        )
    except aws.AwsCallFailed as err:
        return err.failure
    return None


def _emit_event(cfg: config.WatchConfig, detail: Dict[str, Any], at: Any) -> Optional[aws.AwsFailure]:
    try:
        got = aws.call(
            aws.client("events", cfg.region, aws.WATCH),
            "events:PutEvents",
            "put_events",
            Entries=[
                {
                    "Time": at,
                    "Source": cfg.event_source,
                    "DetailType": DETAIL_TYPE_UNHEALTHY,
                    "Detail": json.dumps(detail, sort_keys=True, default=str),
                }
            ],
        )
    except aws.AwsCallFailed as err:
        return err.failure
    # PutEvents answers 200 even when an entry was refused.
    if int(got.get("FailedEntryCount") or 0) > 0:
        entry = (got.get("Entries") or [{}])[0]
        return aws.AwsFailure(
            "events:PutEvents",
            str(entry.get("ErrorCode") or "FailedEntry"),
            str(entry.get("ErrorMessage") or ""),
            False,
        )
    return None


def run(cfg: config.WatchConfig, request_id: Optional[str]) -> Dict[str, Any]:
    """One observation of the primary (see the module docs)."""
    started = monotonic()
    at = checks.utcnow()
    result = checks.probe(cfg.primary_health_url, aws.PROBE_TIMEOUT_S)
    facts = _global_cluster(cfg)
    failures: List[aws.AwsFailure] = []
    metric_failure = _publish_metric(cfg, result.healthy, at)
    if metric_failure is not None:
        failures.append(metric_failure)
    event = None
    event_failure: Optional[aws.AwsFailure] = None
    if cfg.emit_events and not result.healthy:
        event = event_detail(cfg, result, facts, at)
        event_failure = _emit_event(cfg, event, at)
        if event_failure is not None:
            failures.append(event_failure)
    global_error: Optional[aws.AwsFailure] = facts["global_error"]
    out: Dict[str, Any] = {
        "request_id": request_id,
        "observer": cfg.region,
        "primary_region": cfg.primary_region,
        "healthy": result.healthy,
        "status_code": result.status_code,
        "error": result.error,
        "writer_region": facts["writer_region"],
        "failover_state": facts["failover_state"],
        "metric_published": metric_failure is None,
        "event_emitted": event is not None and event_failure is None,
    }
    fields = dict(
        out,
        handler="watch",
        url=cfg.primary_health_url,
        outcome="healthy" if result.healthy else "unhealthy",
        body_status=result.body_status,
        body_reasons=result.body_reasons,
        global_status=facts.get("global_status"),
        global_error=global_error.summary() if global_error else None,
        probe_ms=result.duration_ms,
        duration_ms=int(round((monotonic() - started) * 1000)),
        publish_errors=[f.summary() for f in failures],
        error_codes=[f.code for f in failures] + ([global_error.code] if global_error else []),
    )
    if failures:
        _log.error("primary watched, publishing failed", extra={"fields": fields})
        raise PublishFailed(", ".join(f"{f.operation}: {f.code}" for f in failures))
    level = _log.info if result.healthy else _log.warning
    level(f"primary {fields['outcome']}", extra={"fields": fields})
    return out


def lambda_handler(event: Any, context: Any) -> Dict[str, Any]:
    """The Lambda entry point (a scheduled event -> the observation).

    The event's content is not used: any invocation (the schedule, a manual
    test) observes the primary once."""
    request_id: Optional[str] = getattr(context, "aws_request_id", None)
    try:
        cfg = config.load_watch()
    except config.ConfigError as err:
        _log.error(
            "misconfigured",
            extra={"fields": {"request_id": request_id, "handler": "watch", "variable": err.variable, "problem": err.problem}},
        )
        raise
    return run(cfg, request_id)
