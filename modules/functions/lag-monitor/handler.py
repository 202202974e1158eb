"""Aurora global database replication-lag monitor: a Lambda function in the DR
region, invoked once a minute by an EventBridge schedule (``rate(1 minute)``,
the finest a schedule allows). Entry point: ``handler.lambda_handler``.

Each invocation takes :data:`aws.SAMPLES_PER_INVOCATION` samples
:data:`aws.SAMPLE_SPACING_S` seconds apart -- a sample every 30 seconds -- and
publishes each as a high-resolution custom metric (:mod:`sample` says where a
sample comes from and what is published). The alarm on that metric is tfdr's
(``modules/src/lag_monitor.rs``).

The invocation **fails** (so the function's error alarm and, for the
asynchronous schedule, Lambda's retries and the failure queue see it) only
when the configuration is broken or when **no** sample of it was published.
A single failed sample is logged as an error and the invocation goes on: the
alarm's missing-data policy already treats the gap as breaching.

The second sample is skipped (logged) when the invocation would not have the
time to finish it (``context.get_remaining_time_in_millis``), so a slow
first sample never makes the invocation time out.

Configuration and contract: README.md. boto3/botocore only (the runtime's).
"""

from __future__ import annotations

import time
from typing import Any, Callable, Dict, List, Optional

import aws
import config
import jsonlog
import sample

_log = jsonlog.get_logger()

#: How the function waits and reads the clock between samples (tests replace
#: both, so they do not wait 30 s).
sleep: Callable[[float], None] = time.sleep
monotonic: Callable[[], float] = time.monotonic

OUTCOME_PUBLISHED = "published"
OUTCOME_UNMEASURED = "unmeasured"
OUTCOME_UNPUBLISHED = "unpublished"
OUTCOME_SKIPPED = "skipped"


class LagUnmeasured(Exception):
    """No sample of the invocation was published: the invocation fails."""


def reset_clients() -> None:
    """Forgets the cached AWS clients (tests; a changed region)."""
    aws.reset_clients()


def _take(cfg: config.Config, index: int, fields: Dict[str, Any]) -> Dict[str, Any]:
    """Measures and publishes one sample; never raises for an AWS failure."""
    measured, attempts = sample.measure(cfg, sample.utcnow())
    tried = [a.summary() for a in attempts]
    for a in attempts:
        if a.sample is None:
            level = _log.error if a.source == sample.SOURCE_CLOUDWATCH else _log.warning
            level(
                "lag source unusable",
                extra={
                    "fields": dict(
                        fields,
                        sample=index,
                        source=a.source,
                        problem=a.problem,
                        error_code=a.error.code if a.error else None,
                        error=a.error.summary() if a.error else None,
                    )
                },
            )
    if measured is None:
        _log.error(
            "lag not measured: nothing published for this sample (the alarm treats it as breaching)",
            extra={"fields": dict(fields, sample=index, outcome=OUTCOME_UNMEASURED, attempts=tried)},
        )
        return {"sample": index, "outcome": OUTCOME_UNMEASURED, "attempts": tried}
    failure = sample.publish(cfg, measured)
    out: Dict[str, Any] = {
        "sample": index,
        "source": measured.source,
        "lag_seconds": measured.lag_seconds,
        "attempts": tried,
    }
    if failure is not None:
        out.update(outcome=OUTCOME_UNPUBLISHED, error=failure.summary())
        _log.error(
            "lag measured but not published",
            extra={"fields": dict(fields, **out, error_code=failure.code, details=measured.details)},
        )
        return out
    out["outcome"] = OUTCOME_PUBLISHED
    _log.info("lag published", extra={"fields": dict(fields, **out, details=measured.details)})
    return out


def run(cfg: config.Config, request_id: Optional[str], remaining_ms: Optional[Callable[[], int]]) -> Dict[str, Any]:
    """Every sample of one invocation (see the module docs)."""
    fields: Dict[str, Any] = {
        "request_id": request_id,
        "function_region": cfg.function_region,
        "dr_region": cfg.dr_region,
        "dr_cluster": cfg.dr_cluster_id,
    }
    start = monotonic()
    results: List[Dict[str, Any]] = []
    for index in range(aws.SAMPLES_PER_INVOCATION):
        if index > 0:
            wait = start + index * aws.SAMPLE_SPACING_S - monotonic()
            if wait > 0:
                sleep(wait)
            left_s = remaining_ms() / 1000.0 if remaining_ms is not None else None
            if left_s is not None and left_s < aws.WORST_CASE_SAMPLE_S:
                _log.warning(
                    "sample skipped: not enough time left in the invocation",
                    extra={"fields": dict(fields, sample=index, outcome=OUTCOME_SKIPPED, seconds_left=left_s)},
                )
                results.append({"sample": index, "outcome": OUTCOME_SKIPPED})
                continue
        results.append(_take(cfg, index, fields))
    published = sum(1 for r in results if r["outcome"] == OUTCOME_PUBLISHED)
    if published == 0:
        _log.error(
            "invocation failed: no sample was published",
            extra={"fields": dict(fields, outcomes=[r["outcome"] for r in results])},
        )
        raise LagUnmeasured("no sample of this invocation was published")
    return {"request_id": request_id, "published": published, "samples": results}


def lambda_handler(event: Any, context: Any) -> Dict[str, Any]:
    """The Lambda entry point (a scheduled event -> what each sample gave).

    The event's content is not used: any invocation (the schedule, a manual
    test) takes the samples."""
    request_id: Optional[str] = getattr(context, "aws_request_id", None)
    try:
        cfg = config.load()
    except config.ConfigError as err:
        _log.error(
            "misconfigured",
            extra={"fields": {"request_id": request_id, "variable": err.variable, "problem": err.problem}},
        )
        raise
    remaining = getattr(context, "get_remaining_time_in_millis", None)
    return run(cfg, request_id, remaining if callable(remaining) else None)
