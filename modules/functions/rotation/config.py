"""The function's configuration: environment variables set by tfdr
(``modules/src/secret_rotation.rs``, module ``env``), parsed and checked once
per invocation. README.md ("Configuration") lists them.

A missing or malformed variable is a :class:`ConfigError` and fails the
invocation naming it, before any AWS call: Secrets Manager then marks the
rotation failed and the secret keeps its current version (nothing changed).
No variable has a default.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Mapping, Optional, Tuple

_CLUSTER_ARN = re.compile(
    r"arn:(?P<partition>aws[a-z-]*):rds:(?P<region>[a-z0-9-]+):(?P<account>\d{12}):cluster:(?P<id>[A-Za-z][A-Za-z0-9-]{0,62})"
)
_SECRET_ARN = re.compile(
    r"arn:(?P<partition>aws[a-z-]*):secretsmanager:(?P<region>[a-z0-9-]+):(?P<account>\d{12}):secret:[A-Za-z0-9/_+=.@-]{1,512}"
)
# RDS global cluster identifiers: 1-63 letters, digits, hyphens, starting with a letter.
_GLOBAL_CLUSTER_ID = re.compile(r"[A-Za-z][A-Za-z0-9-]{0,62}")


class ConfigError(Exception):
    """A required variable is missing or malformed (names it)."""

    def __init__(self, variable: str, problem: str) -> None:
        super().__init__(f"{variable}: {problem}")
        self.variable = variable
        self.problem = problem


@dataclass(frozen=True)
class Cluster:
    """One member cluster of the global database, from its ARN."""

    arn: str
    region: str
    identifier: str

    @staticmethod
    def parse(arn: str) -> Optional["Cluster"]:
        """The cluster of ``arn``; None when it is not an Aurora cluster ARN."""
        m = _CLUSTER_ARN.fullmatch(arn)
        if m is None:
            return None
        return Cluster(arn=arn, region=m.group("region"), identifier=m.group("id"))


@dataclass(frozen=True)
class Config:
    """What the function rotates and where, checked."""

    #: The one secret this function rotates (the master-credentials secret,
    #: primary region). An event for any other secret is refused.
    secret_arn: str
    #: The secret's region (from its ARN): where Secrets Manager is called.
    secret_region: str
    #: The global cluster: its writer member is the cluster whose master
    #: password is changed (after a failover, the other cluster).
    global_cluster_id: str
    #: The two member clusters tfdr built; the writer must be one of them.
    clusters: Tuple[Cluster, Cluster]
    #: ``AWS_REGION`` (set by Lambda), logged.
    function_region: Optional[str]

    def cluster(self, arn: str) -> Optional[Cluster]:
        """The configured cluster with ``arn``, if it is one of them."""
        for c in self.clusters:
            if c.arn == arn:
                return c
        return None


def _required(env: Mapping[str, str], name: str) -> str:
    value = env.get(name, "").strip()
    if not value:
        raise ConfigError(name, "is not set")
    return value


def _cluster(env: Mapping[str, str], name: str) -> Cluster:
    value = _required(env, name)
    cluster = Cluster.parse(value)
    if cluster is None:
        raise ConfigError(name, f"`{value}` is not an Aurora cluster ARN")
    return cluster


def load(env: Optional[Mapping[str, str]] = None) -> Config:
    """Reads and checks the configuration (``os.environ`` by default)."""
    env = os.environ if env is None else env
    secret = _required(env, "SECRET_ARN")
    m = _SECRET_ARN.fullmatch(secret)
    if m is None:
        raise ConfigError("SECRET_ARN", f"`{secret}` is not a Secrets Manager secret ARN")
    global_id = _required(env, "GLOBAL_CLUSTER_ID")
    if _GLOBAL_CLUSTER_ID.fullmatch(global_id) is None:
        raise ConfigError("GLOBAL_CLUSTER_ID", f"`{global_id}` is not an RDS global cluster identifier")
    primary = _cluster(env, "PRIMARY_CLUSTER_ARN")
    dr = _cluster(env, "DR_CLUSTER_ARN")
    if primary.region == dr.region:
        raise ConfigError("DR_CLUSTER_ARN", f"is in the primary cluster's region ({primary.region})")
    if primary.region != m.group("region"):
        raise ConfigError("SECRET_ARN", f"is not in the primary cluster's region ({primary.region})")
    return Config(
        secret_arn=secret,
        secret_region=m.group("region"),
        global_cluster_id=global_id,
        clusters=(primary, dr),
        function_region=env.get("AWS_REGION") or None,
    )
