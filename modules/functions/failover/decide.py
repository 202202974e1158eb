"""The decision: a pure function of the alarm state, the facts, the mode and
the data-loss policy. README.md ("Decision table") is this module in prose;
the first row that applies wins.

Only an ``ALARM`` transition can lead to an action; ``OK`` and
``INSUFFICIENT_DATA`` are reported and nothing else (the function never fails
back: returning to the original primary is a planned switchover an operator
runs once the primary region is healthy again).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import assess
import config
from alarm import ALARM

# Decisions (the ``decision`` field of every report and log line).
REPORT_ONLY = "report-only"
CANNOT_ASSESS = "cannot-assess"
ALREADY_IN_PROGRESS = "already-in-progress"
ALREADY_FAILED_OVER = "already-failed-over"
UNEXPECTED_TOPOLOGY = "unexpected-topology"
PRIMARY_HEALTHY = "primary-healthy"
GLOBAL_CLUSTER_BUSY = "global-cluster-busy"
SECONDARY_UNHEALTHY = "secondary-unhealthy"
NOTIFY_ONLY = "notify-only"
MANUAL_DECISION = "manual-decision-required"
SWITCHOVER = "switchover"
FAILOVER = "failover-allow-data-loss"

#: The two actions: ``SwitchoverGlobalCluster`` (no data loss; needs the
#: primary database to answer) and ``FailoverGlobalCluster`` with
#: ``AllowDataLoss`` (an unplanned outage, when the policy allows it).
ACTIONS = (SWITCHOVER, FAILOVER)


@dataclass(frozen=True)
class Decision:
    """What to do, and why."""

    name: str
    reason: str
    #: The action to take now (one of :data:`ACTIONS`), or None.
    action: Optional[str] = None
    #: In notify-only mode: the action automatic mode would take (None when
    #: it would need an operator's decision too).
    would: Optional[str] = None
    #: The invocation must fail after reporting, so Lambda retries it (and,
    #: after its retries, sends the event to the failure queue).
    retry: bool = False


def _intended(facts: assess.Facts, policy: str) -> Optional[str]:
    """The action a confirmed outage calls for, or None (operator's call)."""
    if facts.primary_cluster.state == assess.DB_AVAILABLE:
        # The primary database still answers: the outage is elsewhere (API,
        # network, compute). A switchover moves the writer without data loss.
        return SWITCHOVER
    if policy == config.DATA_LOSS_ALLOW_ON_OUTAGE:
        return FAILOVER
    return None


def decide(state: str, facts: Optional[assess.Facts], mode: str, policy: str) -> Decision:
    """The decision for an alarm now in ``state``, given ``facts`` (read only
    for ``ALARM``)."""
    if state != ALARM or facts is None:
        return Decision(REPORT_ONLY, f"the alarm is {state}: reported, no action")
    g = facts.global_cluster
    if not g.found:
        return Decision(CANNOT_ASSESS, "the global cluster could not be read", retry=True)
    if g.in_progress:
        return Decision(
            ALREADY_IN_PROGRESS, "a failover or switchover of the global cluster is already under way"
        )
    if g.writer_arn == facts.dr_arn:
        return Decision(ALREADY_FAILED_OVER, "the DR cluster is already the writer")
    if g.writer_arn != facts.primary_arn:
        return Decision(
            UNEXPECTED_TOPOLOGY,
            "the global cluster's writer is not the configured primary cluster: an operator must look",
        )
    if facts.health.verdict == assess.CHECK_UNKNOWN:
        return Decision(CANNOT_ASSESS, "the primary's health check status could not be read", retry=True)
    if facts.health.verdict == assess.CHECK_HEALTHY:
        return Decision(
            PRIMARY_HEALTHY, "Route 53's checkers see the primary healthy again: no action"
        )
    if g.status != "available":
        return Decision(
            GLOBAL_CLUSTER_BUSY, f"the global cluster is {g.status}, not available: an operator must look"
        )
    dr = facts.dr_cluster
    if dr.state in (assess.DB_UNKNOWN, assess.DB_UNREACHABLE):
        return Decision(CANNOT_ASSESS, "the DR cluster could not be read", retry=True)
    if not facts.dr_is_member or dr.state != assess.DB_AVAILABLE or dr.instances == 0:
        return Decision(
            SECONDARY_UNHEALTHY,
            "the DR cluster is not an available member of the global cluster with an instance: no failover",
        )
    if facts.primary_cluster.state == assess.DB_UNKNOWN:
        return Decision(CANNOT_ASSESS, "the primary cluster's state could not be determined", retry=True)
    intended = _intended(facts, policy)
    if mode == config.MODE_NOTIFY_ONLY:
        return Decision(
            NOTIFY_ONLY,
            "the primary is down and the DR cluster is ready; notify-only mode: no action",
            would=intended,
        )
    if intended is None:
        return Decision(
            MANUAL_DECISION,
            "the primary database is unreachable or unavailable and the policy forbids a failover "
            "that may lose data: an operator must decide",
        )
    if intended == SWITCHOVER:
        return Decision(
            SWITCHOVER, "the primary is down but its database answers: switchover without data loss",
            action=SWITCHOVER,
        )
    return Decision(
        FAILOVER,
        "the primary database is unreachable or unavailable: failover allowing data loss (policy)",
        action=FAILOVER,
    )
