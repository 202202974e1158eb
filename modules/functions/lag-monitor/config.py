"""The function's configuration: environment variables set by tfdr
(``modules/src/lag_monitor.rs``, module ``env``), parsed and checked once per
invocation. README.md ("Configuration") lists them.

A missing or malformed variable is a :class:`ConfigError` and fails the
invocation naming it: a monitor that measures the wrong database, or
publishes where the alarm does not look, is worse than one that visibly
fails (the function's error alarm and the lag alarm's missing data both
page). No variable has a default.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Mapping, Optional

_CLUSTER_ARN = re.compile(
    r"arn:(?P<partition>aws[a-z-]*):rds:(?P<region>[a-z0-9-]+):(?P<account>\d{12}):cluster:(?P<id>[A-Za-z][A-Za-z0-9-]{0,62})"
)
_SECRET_ARN = re.compile(
    r"arn:(?P<partition>aws[a-z-]*):secretsmanager:(?P<region>[a-z0-9-]+):(?P<account>\d{12}):secret:[A-Za-z0-9/_+=.@-]{1,512}"
)
_REGION = re.compile(r"[a-z]{2}(-[a-z]+)+-\d")
_CLUSTER_ID = re.compile(r"[A-Za-z][A-Za-z0-9-]{0,62}")
_PG_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,62}")
# CloudWatch: namespace 1-255 of [0-9A-Za-z.-_/#:], not starting with "AWS/";
# metric name 1-255 characters.
_NAMESPACE = re.compile(r"[0-9A-Za-z.\-_/#:]{1,255}")
_METRIC_NAME = re.compile(r"[\x20-\x7e]{1,255}")


class ConfigError(Exception):
    """A required variable is missing or malformed (names it)."""

    def __init__(self, variable: str, problem: str) -> None:
        super().__init__(f"{variable}: {problem}")
        self.variable = variable
        self.problem = problem


@dataclass(frozen=True)
class Config:
    """Everything the function measures and publishes, checked."""

    #: The primary cluster: the Data API target (it has the writer).
    primary_cluster_arn: str
    #: The primary cluster's region (from its ARN): where the Data API is called.
    primary_region: str
    #: The master credentials the Data API connects with.
    secret_arn: str
    #: The database the Data API connects to (any works for the status function).
    database_name: str
    #: The DR region: the row of ``aurora_global_db_status()`` that is measured,
    #: and where the fallback metric is read and the samples are published.
    dr_region: str
    #: The DR cluster's identifier: the fallback metric's ``DBClusterIdentifier``
    #: and the published metric's dimension.
    dr_cluster_id: str
    #: Where the samples go.
    metric_namespace: str
    metric_name: str
    #: ``AWS_REGION`` (set by Lambda), logged.
    function_region: Optional[str]


def _required(env: Mapping[str, str], name: str) -> str:
    value = env.get(name, "").strip()
    if not value:
        raise ConfigError(name, "is not set")
    return value


def _matching(env: Mapping[str, str], name: str, pattern: "re.Pattern[str]", what: str) -> str:
    value = _required(env, name)
    if pattern.fullmatch(value) is None:
        raise ConfigError(name, f"`{value}` is not {what}")
    return value


def load(env: Optional[Mapping[str, str]] = None) -> Config:
    """Reads and checks the configuration (``os.environ`` by default)."""
    env = os.environ if env is None else env
    primary = _matching(env, "PRIMARY_CLUSTER_ARN", _CLUSTER_ARN, "an Aurora cluster ARN")
    primary_region = _CLUSTER_ARN.fullmatch(primary).group("region")  # type: ignore[union-attr]
    dr_region = _matching(env, "DR_REGION", _REGION, "an AWS region")
    if dr_region == primary_region:
        raise ConfigError("DR_REGION", f"is the primary cluster's region ({primary_region})")
    namespace = _matching(env, "METRIC_NAMESPACE", _NAMESPACE, "a CloudWatch namespace")
    if namespace.startswith("AWS/"):
        raise ConfigError("METRIC_NAMESPACE", "`AWS/` namespaces are reserved for AWS services")
    return Config(
        primary_cluster_arn=primary,
        primary_region=primary_region,
        secret_arn=_matching(env, "SECRET_ARN", _SECRET_ARN, "a Secrets Manager secret ARN"),
        database_name=_matching(env, "DATABASE_NAME", _PG_IDENTIFIER, "a PostgreSQL identifier"),
        dr_region=dr_region,
        dr_cluster_id=_matching(env, "DR_CLUSTER_ID", _CLUSTER_ID, "an Aurora cluster identifier"),
        metric_namespace=namespace,
        metric_name=_matching(env, "METRIC_NAME", _METRIC_NAME, "a CloudWatch metric name"),
        function_region=env.get("AWS_REGION") or None,
    )
