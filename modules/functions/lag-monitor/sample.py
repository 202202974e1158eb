"""One lag sample: measured, then published.

**Source 1, the Data API on the primary** (``SOURCE_DATA_API``):
``rds-data:ExecuteStatement`` on the primary cluster runs :data:`STATUS_SQL`,
``aurora_global_db_status()`` (Aurora PostgreSQL), restricted to the DR
region's row. The value is ``rpo_lag_in_msec``: the time the most recent
COMMIT on the primary takes to be stored on the DR cluster, i.e. the writes a
failover right now would lose -- what a DR replication-lag alarm is about.
(``durability_lag_in_msec``, the timestamp distance of the highest LSNs
written, is logged next to it.) The row is unusable when the lag is NULL,
when it is ``-1`` (the DR region's cluster is the *primary*: the database has
been failed over, the monitor's configuration is stale), or when it was
calculated more than :data:`STALE_AFTER_MS` ago (a lag that stopped being
recalculated says nothing about now).

**Source 2, CloudWatch** (``SOURCE_CLOUDWATCH``), when source 1 fails or is
unusable (primary region down, throttled, no row): the newest
``AWS/RDS AuroraGlobalDBReplicationLag`` datapoint (maximum, milliseconds) of
the DR cluster in the last :data:`FALLBACK_WINDOW_S` seconds. It is a
one-minute metric published with a delay, so it is older and coarser; the
source is said in the published metric's ``Source`` dimension and in the log.

Neither: nothing is published for the sample and an error is logged; the
alarm's ``treat_missing_data = breaching`` turns the silence into a page.

**Publishing**: one ``PutMetricData`` in the DR region with two datums of the
same value (seconds, ``StorageResolution=1``, timestamped at the
measurement): ``{DBClusterIdentifier}`` -- the series the alarm watches,
whatever the source -- and ``{DBClusterIdentifier, Source}`` -- which source
it came from, for the dashboard and the post-mortem.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Dict, List, Optional, Tuple

import aws
import config

SOURCE_DATA_API = "data-api"
SOURCE_CLOUDWATCH = "cloudwatch"

#: The DR region's row of the status function; the lags are cast to bigint
#: (the Data API answers ``longValue``), and the age of the lag calculation
#: is computed by the database (no clock skew with the function).
STATUS_SQL = (
    "SELECT aws_region, rpo_lag_in_msec::bigint, durability_lag_in_msec::bigint, "
    "(EXTRACT(EPOCH FROM (clock_timestamp() - last_lag_calculation_time)) * 1000)::bigint "
    "FROM aurora_global_db_status() WHERE aws_region = :region"
)

#: A lag calculated longer ago than this is not a sample of now.
STALE_AFTER_MS = 30_000

#: How far back the CloudWatch fallback looks (the metric is per minute and
#: arrives a minute or two late).
FALLBACK_WINDOW_S = 300
#: The fallback metric.
FALLBACK_NAMESPACE = "AWS/RDS"
FALLBACK_METRIC = "AuroraGlobalDBReplicationLag"


@dataclass
class Sample:
    """A measured lag and where it came from."""

    source: str
    lag_seconds: float
    #: When it was measured (the published timestamp).
    at: datetime
    #: What the source said besides the value (logged).
    details: Dict[str, Any] = field(default_factory=dict)


@dataclass
class Attempt:
    """What one source gave: a sample, or why not."""

    source: str
    sample: Optional[Sample] = None
    problem: Optional[str] = None
    error: Optional[aws.AwsFailure] = None

    def summary(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {"source": self.source, "ok": self.sample is not None}
        if self.problem is not None:
            out["problem"] = self.problem
        if self.error is not None:
            out["error"] = self.error.summary()
        return out


def _field(value: Dict[str, Any]) -> Any:
    """One Data API field as a Python value (None for SQL NULL)."""
    if value.get("isNull"):
        return None
    for key in ("longValue", "doubleValue", "stringValue"):
        if key in value:
            return value[key]
    return None


def _number(value: Any) -> Optional[float]:
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def from_data_api(cfg: config.Config, now: datetime) -> Attempt:
    """Source 1: the DR region's row of ``aurora_global_db_status()`` on the
    primary, through the Data API."""
    attempt = Attempt(SOURCE_DATA_API)
    client = aws.client("rds-data", cfg.primary_region, aws.DATA_API)
    try:
        got = aws.call(
            client,
            "rds-data:ExecuteStatement",
            "execute_statement",
            resourceArn=cfg.primary_cluster_arn,
            secretArn=cfg.secret_arn,
            database=cfg.database_name,
            sql=STATUS_SQL,
            parameters=[{"name": "region", "value": {"stringValue": cfg.dr_region}}],
        )
    except aws.AwsCallFailed as err:
        attempt.error = err.failure
        attempt.problem = "the Data API call failed"
        return attempt
    rows: List[List[Any]] = [[_field(v) for v in record] for record in got.get("records") or []]
    rows = [r for r in rows if len(r) >= 4 and r[0] == cfg.dr_region]
    if not rows:
        attempt.problem = f"aurora_global_db_status() has no row for {cfg.dr_region}"
        return attempt
    # One cluster per region in a global database; the largest lag if ever more.
    rows.sort(key=lambda r: _number(r[1]) if _number(r[1]) is not None else -2.0, reverse=True)
    _, rpo, durability, age = rows[0][:4]
    rpo_ms, age_ms = _number(rpo), _number(age)
    details = {"rpo_lag_ms": rpo_ms, "durability_lag_ms": _number(durability), "calculated_ms_ago": age_ms}
    if rpo_ms is None:
        attempt.problem = "rpo_lag_in_msec is NULL (no lag calculated yet)"
    elif rpo_ms < 0:
        attempt.problem = f"the cluster in {cfg.dr_region} is the primary (lag -1): failed over?"
    elif age_ms is None or age_ms > STALE_AFTER_MS:
        attempt.problem = f"the lag was calculated {age_ms} ms ago (stale after {STALE_AFTER_MS} ms)"
    else:
        attempt.sample = Sample(SOURCE_DATA_API, rpo_ms / 1000.0, now, details)
    return attempt


def from_cloudwatch(cfg: config.Config, now: datetime) -> Attempt:
    """Source 2: the newest ``AuroraGlobalDBReplicationLag`` datapoint of the
    DR cluster."""
    attempt = Attempt(SOURCE_CLOUDWATCH)
    client = aws.client("cloudwatch", cfg.dr_region, aws.METRICS_READ)
    try:
        got = aws.call(
            client,
            "cloudwatch:GetMetricData",
            "get_metric_data",
            MetricDataQueries=[
                {
                    "Id": "lag",
                    "MetricStat": {
                        "Metric": {
                            "Namespace": FALLBACK_NAMESPACE,
                            "MetricName": FALLBACK_METRIC,
                            "Dimensions": [{"Name": "DBClusterIdentifier", "Value": cfg.dr_cluster_id}],
                        },
                        "Period": 60,
                        "Stat": "Maximum",
                    },
                    "ReturnData": True,
                }
            ],
            StartTime=now - timedelta(seconds=FALLBACK_WINDOW_S),
            EndTime=now,
            ScanBy="TimestampDescending",
        )
    except aws.AwsCallFailed as err:
        attempt.error = err.failure
        attempt.problem = "the CloudWatch call failed"
        return attempt
    points: List[Tuple[datetime, float]] = []
    for result in got.get("MetricDataResults") or []:
        points.extend(zip(result.get("Timestamps") or [], result.get("Values") or []))
    if not points:
        attempt.problem = f"no {FALLBACK_METRIC} datapoint in the last {FALLBACK_WINDOW_S} s"
        return attempt
    at, value_ms = max(points, key=lambda p: p[0])
    attempt.sample = Sample(
        SOURCE_CLOUDWATCH,
        float(value_ms) / 1000.0,
        now,
        {"replication_lag_ms": float(value_ms), "datapoint_time": at.isoformat()},
    )
    return attempt


def measure(cfg: config.Config, now: datetime) -> Tuple[Optional[Sample], List[Attempt]]:
    """The lag from the first source that gives one, and every attempt."""
    attempts = [from_data_api(cfg, now)]
    if attempts[0].sample is None:
        attempts.append(from_cloudwatch(cfg, now))
    return attempts[-1].sample, attempts


def metric_data(cfg: config.Config, sample: Sample) -> List[Dict[str, Any]]:
    """The two datums of a sample (see the module docs)."""
    cluster = {"Name": "DBClusterIdentifier", "Value": cfg.dr_cluster_id}
    base = {
        "MetricName": cfg.metric_name,
        "Timestamp": sample.at,
        "Value": sample.lag_seconds,
        "Unit": "Seconds",
        "StorageResolution": 1,
    }
    return [
        dict(base, Dimensions=[cluster]),
        dict(base, Dimensions=[cluster, {"Name": "Source", "Value": sample.source}]),
    ]


def publish(cfg: config.Config, sample: Sample) -> Optional[aws.AwsFailure]:
    """Publishes ``sample``; the failure, if it could not be."""
    client = aws.client("cloudwatch", cfg.dr_region, aws.METRICS_WRITE)
    try:
        aws.call(
            client,
            "cloudwatch:PutMetricData",
            "put_metric_data",
            Namespace=cfg.metric_namespace,
            MetricData=metric_data(cfg, sample),
        )
    except aws.AwsCallFailed as err:
        return err.failure
    return None


def utcnow() -> datetime:
    """The current time, UTC (tests replace it)."""
    return datetime.now(timezone.utc)
