"""The contract with the deployment (timeouts, retries, what tfdr sets) and the
decision table as a pure function."""

from __future__ import annotations

import os
import re
from typing import Optional

import pytest

import assess
import alarm
import aws
import config
import decide
import report

RUST_COMPONENT = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "src", "failover_automation.rs"
)


def test_every_client_has_standard_retries_with_bounded_attempts() -> None:
    for profile in (aws.CONTROL, aws.PROBE, aws.MUTATE, aws.PUBLISH):
        cfg = profile.config()
        assert cfg.retries == {"mode": "standard", "total_max_attempts": profile.total_max_attempts}
        assert cfg.connect_timeout == profile.connect_timeout_s
        assert cfg.read_timeout == profile.read_timeout_s
    # The mutating call and the probe of a region that may be down are made once.
    assert aws.MUTATE.total_max_attempts == 1
    assert aws.PROBE.total_max_attempts == 1


def test_the_worst_case_fits_the_function_timeout_tfdr_sets() -> None:
    assert aws.CONTROL.worst_case_s == 18
    assert aws.PUBLISH.worst_case_s == 7
    assert aws.WORST_CASE_INVOCATION_S == 3 * 18 + 4 + 12 + 6 * 7
    assert aws.MIN_FUNCTION_TIMEOUT_S == 120
    with open(RUST_COMPONENT, encoding="utf-8") as f:
        source = f.read()
    m = re.search(r"pub const FAILOVER_TIMEOUT_SECONDS: u32 = ([0-9_]+);", source)
    assert m, "FAILOVER_TIMEOUT_SECONDS not found in failover_automation.rs"
    assert int(m.group(1).replace("_", "")) >= aws.MIN_FUNCTION_TIMEOUT_S


def test_the_worst_case_with_a_standby_fits_the_longer_timeout_tfdr_sets() -> None:
    # One more read (the group) and one more mutating call (ExecutePolicy).
    assert aws.WORST_CASE_WITH_STANDBY_S == 4 * 18 + 4 + 2 * 12 + 6 * 7
    assert aws.MIN_FUNCTION_TIMEOUT_WITH_STANDBY_S == 150
    with open(RUST_COMPONENT, encoding="utf-8") as f:
        source = f.read()
    m = re.search(r"pub const FAILOVER_WITH_STANDBY_TIMEOUT_SECONDS: u32 = ([0-9_]+);", source)
    assert m, "FAILOVER_WITH_STANDBY_TIMEOUT_SECONDS not found in failover_automation.rs"
    assert int(m.group(1).replace("_", "")) >= aws.MIN_FUNCTION_TIMEOUT_WITH_STANDBY_S


def test_the_environment_tfdr_sets_is_what_the_function_reads() -> None:
    with open(RUST_COMPONENT, encoding="utf-8") as f:
        source = f.read()
    for name in (
        "MODE",
        "DATA_LOSS_POLICY",
        "GLOBAL_CLUSTER_ID",
        "PRIMARY_CLUSTER_ARN",
        "DR_CLUSTER_ARN",
        "PRIMARY_HEALTH_CHECK_ID",
        "PRIMARY_TOPIC_ARN",
        "DR_TOPIC_ARN",
        "TRIGGER_ALARM_NAMES",
        "WATCH_EVENT_SOURCE",
        *config.STANDBY_VARIABLES,
    ):
        assert f'"{name}"' in source, name
    for value in config.MODES + config.DATA_LOSS_POLICIES:
        assert f'"{value}"' in source, value


def test_the_event_detail_types_are_the_rust_components() -> None:
    with open(RUST_COMPONENT, encoding="utf-8") as f:
        source = f.read()
    assert f'pub const WATCH_DETAIL_TYPE: &str = "{alarm.WATCH_DETAIL_TYPE}";' in source
    assert (
        f'pub const ALARM_STATE_CHANGE_DETAIL_TYPE: &str = "{alarm.ALARM_DETAIL_TYPE}";' in source
    )


def test_subjects_are_valid_for_sns() -> None:
    assert report.subject("a" * 300) == "a" * 99
    assert report.subject("caf\u00e9\nline") == "caf??line"
    assert report.subject("   ") == "tfdr failover"


def facts(
    *,
    verdict: str = assess.CHECK_UNHEALTHY,
    found: bool = True,
    status: str = "available",
    failover: Optional[str] = None,
    writer: str = "P",
    members: tuple = ("P", "D"),
    dr: str = assess.DB_AVAILABLE,
    dr_instances: int = 1,
    primary: str = assess.DB_AVAILABLE,
) -> assess.Facts:
    return assess.Facts(
        health=assess.HealthCheckFacts(verdict=verdict, checkers=16, healthy_checkers=0),
        global_cluster=assess.GlobalClusterFacts(
            found=found,
            status=status,
            failover_state={"Status": failover} if failover else None,
            writer_arn=writer,
            member_arns=members,
        ),
        dr_cluster=assess.ClusterFacts(state=dr, instances=dr_instances),
        primary_cluster=assess.ClusterFacts(state=primary),
        dr_arn="D",
        primary_arn="P",
    )


AUTO, NOTIFY = config.MODE_AUTOMATIC, config.MODE_NOTIFY_ONLY
NEVER, ALLOW = config.DATA_LOSS_NEVER, config.DATA_LOSS_ALLOW_ON_OUTAGE


@pytest.mark.parametrize(
    "f,mode,policy,want,action",
    [
        (facts(found=False), AUTO, ALLOW, decide.CANNOT_ASSESS, None),
        (facts(failover="pending"), AUTO, ALLOW, decide.ALREADY_IN_PROGRESS, None),
        (facts(status="switching-over"), AUTO, ALLOW, decide.ALREADY_IN_PROGRESS, None),
        (facts(writer="D"), AUTO, ALLOW, decide.ALREADY_FAILED_OVER, None),
        (facts(writer="X"), AUTO, ALLOW, decide.UNEXPECTED_TOPOLOGY, None),
        (facts(verdict=assess.CHECK_UNKNOWN), AUTO, ALLOW, decide.CANNOT_ASSESS, None),
        (facts(verdict=assess.CHECK_HEALTHY), AUTO, ALLOW, decide.PRIMARY_HEALTHY, None),
        (facts(status="upgrading"), AUTO, ALLOW, decide.GLOBAL_CLUSTER_BUSY, None),
        (facts(dr=assess.DB_UNREACHABLE), AUTO, ALLOW, decide.CANNOT_ASSESS, None),
        (facts(dr=assess.DB_UNAVAILABLE), AUTO, ALLOW, decide.SECONDARY_UNHEALTHY, None),
        (facts(dr_instances=0), AUTO, ALLOW, decide.SECONDARY_UNHEALTHY, None),
        (facts(members=("P",)), AUTO, ALLOW, decide.SECONDARY_UNHEALTHY, None),
        (facts(primary=assess.DB_UNKNOWN), AUTO, ALLOW, decide.CANNOT_ASSESS, None),
        (facts(), NOTIFY, NEVER, decide.NOTIFY_ONLY, None),
        (facts(), AUTO, NEVER, decide.SWITCHOVER, decide.SWITCHOVER),
        (facts(), AUTO, ALLOW, decide.SWITCHOVER, decide.SWITCHOVER),
        (facts(primary=assess.DB_UNREACHABLE), AUTO, NEVER, decide.MANUAL_DECISION, None),
        (facts(primary=assess.DB_UNREACHABLE), AUTO, ALLOW, decide.FAILOVER, decide.FAILOVER),
        (facts(primary=assess.DB_UNAVAILABLE), AUTO, ALLOW, decide.FAILOVER, decide.FAILOVER),
    ],
)
def test_the_decision_table(f: assess.Facts, mode: str, policy: str, want: str, action: Optional[str]) -> None:
    d = decide.decide("ALARM", f, mode, policy)
    assert (d.name, d.action) == (want, action)
    assert d.retry == (want == decide.CANNOT_ASSESS)
    # AllowDataLoss only for an unplanned outage, and only when configured.
    if d.action == decide.FAILOVER:
        assert policy == ALLOW and f.primary_cluster.state != assess.DB_AVAILABLE


def test_notify_only_names_what_it_would_do() -> None:
    assert decide.decide("ALARM", facts(), NOTIFY, NEVER).would == decide.SWITCHOVER
    outage = facts(primary=assess.DB_UNREACHABLE)
    assert decide.decide("ALARM", outage, NOTIFY, ALLOW).would == decide.FAILOVER
    assert decide.decide("ALARM", outage, NOTIFY, NEVER).would is None


@pytest.mark.parametrize("state", ["OK", "INSUFFICIENT_DATA"])
def test_only_alarm_acts(state: str) -> None:
    d = decide.decide(state, facts(), AUTO, ALLOW)
    assert (d.name, d.action) == (decide.REPORT_ONLY, None)
