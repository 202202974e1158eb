"""The contract with the deployment: timeouts and retries against the Rust
component's constants, the environment it sets, the metric it alarms on."""

from __future__ import annotations

import os
import re

import aws
import sample

RUST_COMPONENT = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "src", "lag_monitor.rs"
)


def _rust() -> str:
    with open(RUST_COMPONENT, encoding="utf-8") as f:
        return f.read()


def _const(name: str) -> int:
    m = re.search(rf"pub const {name}: u32 = ([0-9_]+);", _rust())
    assert m, f"{name} not found in lag_monitor.rs"
    return int(m.group(1).replace("_", ""))


def test_every_client_has_standard_retries_with_bounded_attempts() -> None:
    for profile in (aws.DATA_API, aws.METRICS_READ, aws.METRICS_WRITE):
        cfg = profile.config()
        assert cfg.retries == {"mode": "standard", "total_max_attempts": profile.total_max_attempts}
        assert cfg.connect_timeout == profile.connect_timeout_s
        assert cfg.read_timeout == profile.read_timeout_s


def test_the_worst_case_fits_the_function_timeout_tfdr_sets() -> None:
    assert aws.DATA_API.worst_case_s == 11
    assert aws.METRICS_READ.worst_case_s == aws.METRICS_WRITE.worst_case_s == 7
    assert aws.WORST_CASE_SAMPLE_S == 25
    # The brief's bound: 30 s + 2 x the worst case of a sample.
    assert aws.WORST_CASE_INVOCATION_S == 30 + 2 * 25
    assert aws.MIN_FUNCTION_TIMEOUT_S == 85
    assert _const("LAG_MONITOR_TIMEOUT_SECONDS") >= aws.MIN_FUNCTION_TIMEOUT_S
    # ... and the real worst case, max(spacing, sample) + sample, ends before
    # the next scheduled invocation (reserved concurrency 1: no overlap).
    assert max(aws.SAMPLE_SPACING_S, aws.WORST_CASE_SAMPLE_S) + aws.WORST_CASE_SAMPLE_S < 60


def test_samples_and_spacing_match_the_component() -> None:
    assert _const("SAMPLES_PER_INVOCATION") == aws.SAMPLES_PER_INVOCATION == 2
    assert _const("SAMPLE_SPACING_SECONDS") == aws.SAMPLE_SPACING_S == 30


def test_the_environment_tfdr_sets_is_what_the_function_reads() -> None:
    source = _rust()
    for name in (
        "PRIMARY_CLUSTER_ARN",
        "SECRET_ARN",
        "DATABASE_NAME",
        "DR_REGION",
        "DR_CLUSTER_ID",
        "METRIC_NAMESPACE",
        "METRIC_NAME",
    ):
        assert f'"{name}"' in source, name


def test_the_metric_the_alarm_watches_is_what_the_function_publishes() -> None:
    source = _rust()
    for literal in ('"DBClusterIdentifier"', '"Source"', f'"{sample.SOURCE_DATA_API}"', f'"{sample.SOURCE_CLOUDWATCH}"'):
        assert literal in source, literal


def test_the_statement_reads_the_documented_columns() -> None:
    for column in ("aws_region", "rpo_lag_in_msec", "durability_lag_in_msec", "last_lag_calculation_time"):
        assert column in sample.STATUS_SQL
    assert "aurora_global_db_status()" in sample.STATUS_SQL
    assert ":region" in sample.STATUS_SQL
