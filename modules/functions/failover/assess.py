"""The facts a decision needs, read from AWS (read-only calls only).

- **Primary health check** (Route 53 ``GetHealthCheckStatus``): how many of
  Route 53's checkers see the primary endpoint healthy. Route 53 itself calls
  an endpoint healthy while *more than 18 %* of its checkers do
  (:data:`HEALTHY_CHECKER_RATIO`); the function applies the same rule to the
  checkers' latest observations, so it acts only while Route 53 still
  considers the primary down (the alarm may be minutes old).
- **Global cluster** (``DescribeGlobalClusters`` in the DR region): status,
  ``FailoverState`` (a failover or switchover scheduled or running), members
  and which one is the writer.
- **DR cluster** (``DescribeDBClusters`` in the DR region): status and
  instances; membership comes from the global cluster's members.
- **Primary cluster** (``DescribeDBClusters`` in the primary region, one
  attempt with short timeouts): ``available``, another status, unreachable, or
  unknown (a definitive error such as access denied).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

import aws
from config import Config

#: Route 53 considers an endpoint healthy when more than this share of its
#: health checkers report it healthy ("How Amazon Route 53 determines whether a
#: health check is healthy", Route 53 Developer Guide).
HEALTHY_CHECKER_RATIO = 0.18

#: ``FailoverState.Status`` values of an operation scheduled or running
#: (RDS API reference, ``FailoverState``).
IN_PROGRESS_FAILOVER_STATES = frozenset({"pending", "failing-over", "switching-over", "cancelling"})
#: Global cluster statuses that mean a failover or switchover is under way.
IN_PROGRESS_GLOBAL_STATUSES = frozenset({"failing-over", "switching-over"})

# Primary (and DR) cluster states, as the decision sees them.
DB_AVAILABLE = "available"  # answered, status available
DB_UNAVAILABLE = "unavailable"  # answered, another status (or gone)
DB_UNREACHABLE = "unreachable"  # no answer: timeout, connection error, 5xx
DB_UNKNOWN = "unknown"  # a definitive error (access denied ...), or throttled

# Health check verdicts.
CHECK_HEALTHY = "healthy"
CHECK_UNHEALTHY = "unhealthy"
CHECK_UNKNOWN = "unknown"


@dataclass(frozen=True)
class HealthCheckFacts:
    """The primary's Route 53 health check, as its checkers see it now."""

    verdict: str
    checkers: int = 0
    healthy_checkers: int = 0
    failure: Optional[aws.AwsFailure] = None

    def summary(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "verdict": self.verdict,
            "checkers": self.checkers,
            "healthy_checkers": self.healthy_checkers,
        }
        if self.failure:
            out["error"] = self.failure.summary()
        return out


@dataclass(frozen=True)
class GlobalClusterFacts:
    """The global cluster: status, operation in progress, members."""

    found: bool
    status: Optional[str] = None
    failover_state: Optional[Dict[str, Any]] = None
    writer_arn: Optional[str] = None
    member_arns: Tuple[str, ...] = ()
    failure: Optional[aws.AwsFailure] = None

    @property
    def in_progress(self) -> bool:
        """A failover or switchover is scheduled or running."""
        state = (self.failover_state or {}).get("Status")
        return state in IN_PROGRESS_FAILOVER_STATES or self.status in IN_PROGRESS_GLOBAL_STATUSES

    def summary(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "found": self.found,
            "status": self.status,
            "writer": self.writer_arn,
            "members": list(self.member_arns),
        }
        if self.failover_state:
            out["failover_state"] = self.failover_state
        if self.failure:
            out["error"] = self.failure.summary()
        return out


@dataclass(frozen=True)
class ClusterFacts:
    """One regional cluster."""

    state: str
    status: Optional[str] = None
    instances: int = 0
    failure: Optional[aws.AwsFailure] = None

    def summary(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {"state": self.state, "status": self.status, "instances": self.instances}
        if self.failure:
            out["error"] = self.failure.summary()
        return out


@dataclass(frozen=True)
class Facts:
    """Everything the decision reads."""

    health: HealthCheckFacts
    global_cluster: GlobalClusterFacts
    dr_cluster: ClusterFacts
    primary_cluster: ClusterFacts
    dr_arn: str
    primary_arn: str
    failures: List[aws.AwsFailure] = field(default_factory=list)

    @property
    def dr_is_member(self) -> bool:
        return self.dr_arn in self.global_cluster.member_arns

    def summary(self) -> Dict[str, Any]:
        return {
            "primary_health_check": self.health.summary(),
            "global_cluster": self.global_cluster.summary(),
            "dr_cluster": {**self.dr_cluster.summary(), "arn": self.dr_arn, "member": self.dr_is_member},
            "primary_cluster": {**self.primary_cluster.summary(), "arn": self.primary_arn},
        }


def health_check(cfg: Config) -> HealthCheckFacts:
    """The primary health check's latest observations."""
    client = aws.client("route53", cfg.dr_cluster.region, aws.CONTROL)
    try:
        got = aws.call(
            client,
            "route53:GetHealthCheckStatus",
            "get_health_check_status",
            HealthCheckId=cfg.primary_health_check_id,
        )
    except aws.AwsCallFailed as err:
        return HealthCheckFacts(verdict=CHECK_UNKNOWN, failure=err.failure)
    observations = got.get("HealthCheckObservations") or []
    statuses = [str(((o or {}).get("StatusReport") or {}).get("Status") or "") for o in observations]
    total = len(statuses)
    healthy = sum(1 for s in statuses if s.startswith("Success"))
    if total == 0:
        verdict = CHECK_UNKNOWN
    elif healthy / total > HEALTHY_CHECKER_RATIO:
        verdict = CHECK_HEALTHY
    else:
        verdict = CHECK_UNHEALTHY
    return HealthCheckFacts(verdict=verdict, checkers=total, healthy_checkers=healthy)


def global_cluster(cfg: Config) -> GlobalClusterFacts:
    """The global cluster, read in the DR region."""
    client = aws.client("rds", cfg.dr_cluster.region, aws.CONTROL)
    try:
        got = aws.call(
            client,
            "rds:DescribeGlobalClusters",
            "describe_global_clusters",
            GlobalClusterIdentifier=cfg.global_cluster_id,
        )
    except aws.AwsCallFailed as err:
        return GlobalClusterFacts(found=False, failure=err.failure)
    clusters = got.get("GlobalClusters") or []
    if not clusters:
        return GlobalClusterFacts(found=False)
    g = clusters[0]
    members = [m for m in g.get("GlobalClusterMembers") or [] if isinstance(m, dict)]
    writers = [m.get("DBClusterArn") for m in members if m.get("IsWriter")]
    state = g.get("FailoverState")
    return GlobalClusterFacts(
        found=True,
        status=g.get("Status"),
        failover_state=dict(state) if isinstance(state, dict) and state else None,
        writer_arn=writers[0] if len(writers) == 1 else None,
        member_arns=tuple(str(m.get("DBClusterArn")) for m in members),
    )


def cluster(arn: str, region: str, profile: aws.Profile) -> ClusterFacts:
    """One cluster, read in its own region."""
    client = aws.client("rds", region, profile)
    try:
        got = aws.call(client, "rds:DescribeDBClusters", "describe_db_clusters", DBClusterIdentifier=arn)
    except aws.AwsCallFailed as err:
        f = err.failure
        if f.code == "DBClusterNotFoundFault":
            return ClusterFacts(state=DB_UNAVAILABLE, status="not-found", failure=f)
        if f.unreachable:
            return ClusterFacts(state=DB_UNREACHABLE, failure=f)
        return ClusterFacts(state=DB_UNKNOWN, failure=f)
    clusters = got.get("DBClusters") or []
    if not clusters:
        return ClusterFacts(state=DB_UNAVAILABLE, status="not-found")
    c = clusters[0]
    status = c.get("Status")
    return ClusterFacts(
        state=DB_AVAILABLE if status == "available" else DB_UNAVAILABLE,
        status=status,
        instances=len(c.get("DBClusterMembers") or []),
    )


def gather(cfg: Config, health: Optional[HealthCheckFacts] = None) -> Facts:
    """Reads every fact (each call bounded; failures are facts too). ``health``:
    the primary check already read (a scheduled poll reads it first)."""
    health = health if health is not None else health_check(cfg)
    global_facts = global_cluster(cfg)
    dr = cluster(cfg.dr_cluster.arn, cfg.dr_cluster.region, aws.CONTROL)
    primary = cluster(cfg.primary_cluster.arn, cfg.primary_cluster.region, aws.PROBE)
    failures = [
        f
        for f in (health.failure, global_facts.failure, dr.failure, primary.failure)
        if f is not None
    ]
    return Facts(
        health=health,
        global_cluster=global_facts,
        dr_cluster=dr,
        primary_cluster=primary,
        dr_arn=cfg.dr_cluster.arn,
        primary_arn=cfg.primary_cluster.arn,
        failures=failures,
    )
