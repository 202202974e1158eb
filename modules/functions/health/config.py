"""The two handlers' configuration: environment variables, parsed and checked
once per invocation. README.md ("Configuration") lists them.

A missing or malformed variable is a :class:`ConfigError` naming it. The
health endpoint answers it with a 500 (Route 53 counts the region unhealthy,
which is right: an endpoint that checks the wrong cluster is worse than none);
the watcher fails the invocation (its error alarm pages). No variable has a
default.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Mapping, Optional
from urllib.parse import urlsplit

_REGION = re.compile(r"[a-z]{2}(-[a-z]+)+-\d")
#: Aurora cluster and global cluster identifiers: 1-63 letters, digits and
#: hyphens, starting with a letter (no trailing hyphen, no two in a row).
_CLUSTER_ID = re.compile(r"[A-Za-z](?:-?[A-Za-z0-9])*")
_INTEGER = re.compile(r"[0-9]{1,9}")
# CloudWatch: namespace 1-255 of [0-9A-Za-z.-_/#:], not starting with "AWS/";
# metric name 1-255 printable characters.
_NAMESPACE = re.compile(r"[0-9A-Za-z.\-_/#:]{1,255}")
_METRIC_NAME = re.compile(r"[\x20-\x7e]{1,255}")
#: An EventBridge event source: 1-256 printable characters ("aws." refused).
_EVENT_SOURCE = re.compile(r"[\x21-\x7e]{1,256}")
_BOOLEANS = {"true": True, "false": False}


class ConfigError(Exception):
    """A required variable is missing or malformed (names it)."""

    def __init__(self, variable: str, problem: str) -> None:
        super().__init__(f"{variable}: {problem}")
        self.variable = variable
        self.problem = problem


@dataclass(frozen=True)
class ApiConfig:
    """The health endpoint's configuration."""

    #: This region's Aurora cluster.
    cluster_id: str
    #: The global cluster it belongs to.
    global_cluster_id: str
    #: The port the TCP connect goes to (the application's, the security group's).
    db_port: int
    #: The replication-lag bound that is reported (never a health failure).
    max_lag_seconds: int
    #: ``AWS_REGION`` (set by Lambda): where every call is made, and the body's ``region``.
    region: str


@dataclass(frozen=True)
class WatchConfig:
    """The watcher's configuration."""

    #: The primary region's health endpoint (https).
    primary_health_url: str
    global_cluster_id: str
    #: The region that is watched (logged, and the event says it).
    primary_region: str
    #: ``AWS_REGION``: the observer, where the metric and the event go.
    region: str
    metric_namespace: str
    metric_name: str
    event_source: str
    #: Whether a failed probe emits an event (the DR region's watcher only).
    emit_events: bool


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


def _integer(env: Mapping[str, str], name: str, low: int, high: int) -> int:
    value = _required(env, name)
    if _INTEGER.fullmatch(value) is None or not low <= int(value) <= high:
        raise ConfigError(name, f"`{value}` is not an integer in {low}..{high}")
    return int(value)


def _identifier(env: Mapping[str, str], name: str) -> str:
    value = _matching(env, name, _CLUSTER_ID, "an Aurora cluster identifier")
    if len(value) > 63:
        raise ConfigError(name, f"`{value}` is longer than 63 characters")
    return value


def load_api(env: Optional[Mapping[str, str]] = None) -> ApiConfig:
    """The health endpoint's configuration (``os.environ`` by default)."""
    env = os.environ if env is None else env
    return ApiConfig(
        cluster_id=_identifier(env, "CLUSTER_ID"),
        global_cluster_id=_identifier(env, "GLOBAL_CLUSTER_ID"),
        db_port=_integer(env, "DB_PORT", 1, 65535),
        max_lag_seconds=_integer(env, "MAX_LAG_SECONDS", 1, 86400),
        region=_matching(env, "AWS_REGION", _REGION, "an AWS region"),
    )


def _https_url(env: Mapping[str, str], name: str) -> str:
    value = _required(env, name)
    try:
        parts = urlsplit(value)
        _ = parts.port  # a malformed port raises ValueError
    except ValueError:
        raise ConfigError(name, f"`{value}` is not a URL") from None
    if parts.scheme != "https":
        raise ConfigError(name, f"`{value}` is not an https:// URL")
    if not parts.hostname or parts.username is not None or parts.password is not None:
        raise ConfigError(name, f"`{value}` has no host, or has credentials")
    if any(c.isspace() for c in value):
        raise ConfigError(name, f"`{value}` contains whitespace")
    return value


def load_watch(env: Optional[Mapping[str, str]] = None) -> WatchConfig:
    """The watcher's configuration (``os.environ`` by default)."""
    env = os.environ if env is None else env
    url = _https_url(env, "PRIMARY_HEALTH_URL")
    global_id = _identifier(env, "GLOBAL_CLUSTER_ID")
    primary = _matching(env, "PRIMARY_REGION", _REGION, "an AWS region")
    region = _matching(env, "AWS_REGION", _REGION, "an AWS region")
    namespace = _matching(env, "METRIC_NAMESPACE", _NAMESPACE, "a CloudWatch namespace")
    if namespace.startswith("AWS/"):
        raise ConfigError("METRIC_NAMESPACE", "`AWS/` namespaces are reserved for AWS services")
    metric = _matching(env, "METRIC_NAME", _METRIC_NAME, "a CloudWatch metric name")
    source = _matching(env, "EVENT_SOURCE", _EVENT_SOURCE, "an EventBridge event source")
    if source.lower().startswith("aws."):
        raise ConfigError("EVENT_SOURCE", "`aws.` sources are reserved for AWS services")
    emit = _required(env, "EMIT_EVENTS").lower()
    if emit not in _BOOLEANS:
        raise ConfigError("EMIT_EVENTS", f"`{emit}` is not `true` or `false`")
    return WatchConfig(
        primary_health_url=url,
        global_cluster_id=global_id,
        primary_region=primary,
        region=region,
        metric_namespace=namespace,
        metric_name=metric,
        event_source=source,
        emit_events=_BOOLEANS[emit],
    )
