"""The function's configuration: environment variables set by tfdr
(``modules/src/failover_automation.rs``), parsed and checked once per
invocation. README.md ("Configuration") lists them.

A missing or malformed variable is a :class:`ConfigError`: the function must
never guess which database to fail over, nor fall back to a mode it was not
given. Two variables have defaults because the requirement fixes them:
``MODE`` is ``automatic`` and ``DATA_LOSS_POLICY`` is ``never`` (the safe
side: a failover that may lose data needs an explicit ``allow-on-outage``).
``TRIGGER_ALARM_NAMES`` (a JSON array) is optional: without it any alarm
triggers the function (tfdr sets it with the topic trigger only: a scheduled
poll names no alarm). The four ``STANDBY_*`` variables are optional and come
together: with them the function also scales the standby web tier out
(:class:`Standby`); one without the others is a :class:`ConfigError`.
``WATCH_EVENT_SOURCE`` is optional too: the EventBridge ``source`` of the
stack's primary-watch events (``alarm.WATCH_DETAIL_TYPE``), which the function
accepts as a request to confirm the outage with Route 53; without it such
events are malformed. It must look like an EventBridge source and must not
claim to be an AWS service (``aws.``: only AWS publishes those).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from typing import Mapping, Optional, Tuple

#: Act on a confirmed outage (the requirement), or only report what would be done.
MODE_AUTOMATIC = "automatic"
MODE_NOTIFY_ONLY = "notify-only"
MODES = (MODE_AUTOMATIC, MODE_NOTIFY_ONLY)

#: Never fail over with possible data loss: a switchover (no data loss) when the
#: primary database still answers, otherwise alert and leave the decision to an
#: operator.
DATA_LOSS_NEVER = "never"
#: Fail over with ``AllowDataLoss`` when the outage is unplanned (the primary
#: database is unreachable or not available); still a switchover otherwise.
DATA_LOSS_ALLOW_ON_OUTAGE = "allow-on-outage"
DATA_LOSS_POLICIES = (DATA_LOSS_NEVER, DATA_LOSS_ALLOW_ON_OUTAGE)

_CLUSTER_ARN = re.compile(
    r"arn:(?P<partition>aws[a-z-]*):rds:(?P<region>[a-z0-9-]+):(?P<account>\d{12}):cluster:(?P<id>[A-Za-z][A-Za-z0-9-]{0,62})"
)
_TOPIC_ARN = re.compile(
    r"arn:(?P<partition>aws[a-z-]*):sns:(?P<region>[a-z0-9-]+):(?P<account>\d{12}):(?P<name>[A-Za-z0-9_-]{1,256})"
)
_GLOBAL_ID = re.compile(r"[A-Za-z][A-Za-z0-9-]{0,62}")
_HEALTH_CHECK_ID = re.compile(r"[A-Za-z0-9-]{1,64}")
_REGION = re.compile(r"[a-z]{2}(-[a-z]+)+-[0-9]")
#: Auto Scaling group and policy names: 1-255 characters, no control characters.
_ASG_NAME = re.compile(r"[^\x00-\x1f\x7f]{1,255}")

#: An EventBridge ``source`` the function accepts primary-watch events from.
_EVENT_SOURCE = re.compile(r"[A-Za-z0-9._-]{1,256}")

#: The standby scale-out's variables (all or none).
STANDBY_VARIABLES = (
    "STANDBY_GROUP_NAME",
    "STANDBY_POLICY_NAME",
    "STANDBY_REGION",
    "STANDBY_TARGET_CAPACITY",
)


class ConfigError(Exception):
    """A required variable is missing or malformed (names it)."""

    def __init__(self, variable: str, problem: str) -> None:
        super().__init__(f"{variable}: {problem}")
        self.variable = variable
        self.problem = problem


@dataclass(frozen=True)
class Arn:
    """A parsed cluster or topic ARN: the full ARN and its region."""

    arn: str
    region: str


@dataclass(frozen=True)
class Standby:
    """The standby web tier's scale-out (tfdr's ``StandbyScaleOut``): the DR
    region's Auto Scaling group, the policy that sets it to the primary's size,
    and that size."""

    group_name: str
    policy_name: str
    region: str
    target_capacity: int


@dataclass(frozen=True)
class Config:
    """Everything the function acts on, checked."""

    mode: str
    data_loss_policy: str
    global_cluster_id: str
    primary_cluster: Arn
    dr_cluster: Arn
    primary_health_check_id: str
    primary_topic: Arn
    dr_topic: Arn
    function_region: Optional[str]
    #: The alarms that trigger the function (None: any alarm).
    trigger_alarm_names: Optional[Tuple[str, ...]] = None
    #: The standby web tier to scale out (None: the database only).
    standby: Optional[Standby] = None
    #: The ``source`` of the primary-watch events accepted (None: none are).
    watch_event_source: Optional[str] = None

    @property
    def topics(self) -> "tuple[Arn, Arn]":
        """Both report topics, the DR region's first (the region that works
        during an outage of the primary)."""
        return (self.dr_topic, self.primary_topic)


def _required(env: Mapping[str, str], name: str) -> str:
    value = env.get(name, "").strip()
    if not value:
        raise ConfigError(name, "is not set")
    return value


def _choice(env: Mapping[str, str], name: str, allowed: "tuple[str, ...]", default: str) -> str:
    value = env.get(name, "").strip() or default
    if value not in allowed:
        raise ConfigError(name, f"`{value}` is not one of {', '.join(allowed)}")
    return value


def _arn(env: Mapping[str, str], name: str, pattern: "re.Pattern[str]", what: str) -> Arn:
    value = _required(env, name)
    match = pattern.fullmatch(value)
    if match is None:
        raise ConfigError(name, f"`{value}` is not {what}")
    return Arn(arn=value, region=match.group("region"))


def _alarm_names(env: Mapping[str, str], name: str) -> Optional[Tuple[str, ...]]:
    raw = env.get(name, "").strip()
    if not raw:
        return None
    try:
        names = json.loads(raw)
    except ValueError:
        raise ConfigError(name, "is not a JSON array of alarm names") from None
    if not isinstance(names, list) or not names or not all(isinstance(n, str) and n for n in names):
        raise ConfigError(name, "is not a non-empty JSON array of alarm names")
    return tuple(names)


def _watch_source(env: Mapping[str, str], name: str) -> Optional[str]:
    value = env.get(name, "").strip()
    if not value:
        return None
    if _EVENT_SOURCE.fullmatch(value) is None:
        raise ConfigError(name, f"`{value}` is not an EventBridge source (1-256 of A-Z a-z 0-9 . _ -)")
    if value.lower().startswith("aws."):
        raise ConfigError(name, f"`{value}` starts with `aws.`: that is an AWS service's source, not the watcher's")
    return value


def _standby(env: Mapping[str, str]) -> Optional[Standby]:
    present = [name for name in STANDBY_VARIABLES if env.get(name, "").strip()]
    if not present:
        return None
    for name in STANDBY_VARIABLES:
        if name not in present:
            raise ConfigError(name, f"is not set, but {present[0]} is (the STANDBY_* variables come together)")
    group = _required(env, "STANDBY_GROUP_NAME")
    policy = _required(env, "STANDBY_POLICY_NAME")
    for name, value in (("STANDBY_GROUP_NAME", group), ("STANDBY_POLICY_NAME", policy)):
        if _ASG_NAME.fullmatch(value) is None:
            raise ConfigError(name, f"`{value}` is not an Auto Scaling name")
    region = _required(env, "STANDBY_REGION")
    if _REGION.fullmatch(region) is None:
        raise ConfigError("STANDBY_REGION", f"`{region}` is not an AWS region")
    raw = _required(env, "STANDBY_TARGET_CAPACITY")
    if not raw.isdigit() or int(raw) < 1:
        raise ConfigError("STANDBY_TARGET_CAPACITY", f"`{raw}` is not a positive whole number")
    return Standby(group_name=group, policy_name=policy, region=region, target_capacity=int(raw))


def load(env: Optional[Mapping[str, str]] = None) -> Config:
    """Reads and checks the configuration (``os.environ`` by default)."""
    env = os.environ if env is None else env
    global_id = _required(env, "GLOBAL_CLUSTER_ID")
    if _GLOBAL_ID.fullmatch(global_id) is None:
        raise ConfigError("GLOBAL_CLUSTER_ID", f"`{global_id}` is not a global cluster identifier")
    health_check = _required(env, "PRIMARY_HEALTH_CHECK_ID")
    if _HEALTH_CHECK_ID.fullmatch(health_check) is None:
        raise ConfigError(
            "PRIMARY_HEALTH_CHECK_ID", f"`{health_check}` is not a Route 53 health check id"
        )
    cfg = Config(
        mode=_choice(env, "MODE", MODES, MODE_AUTOMATIC),
        data_loss_policy=_choice(env, "DATA_LOSS_POLICY", DATA_LOSS_POLICIES, DATA_LOSS_NEVER),
        global_cluster_id=global_id,
        primary_cluster=_arn(env, "PRIMARY_CLUSTER_ARN", _CLUSTER_ARN, "an Aurora cluster ARN"),
        dr_cluster=_arn(env, "DR_CLUSTER_ARN", _CLUSTER_ARN, "an Aurora cluster ARN"),
        primary_health_check_id=health_check,
        primary_topic=_arn(env, "PRIMARY_TOPIC_ARN", _TOPIC_ARN, "an SNS topic ARN"),
        dr_topic=_arn(env, "DR_TOPIC_ARN", _TOPIC_ARN, "an SNS topic ARN"),
        function_region=env.get("AWS_REGION") or None,
        trigger_alarm_names=_alarm_names(env, "TRIGGER_ALARM_NAMES"),
        standby=_standby(env),
        watch_event_source=_watch_source(env, "WATCH_EVENT_SOURCE"),
    )
    if cfg.primary_cluster.region == cfg.dr_cluster.region:
        raise ConfigError(
            "DR_CLUSTER_ARN", "is in the primary cluster's region; the DR cluster must be in another"
        )
    if cfg.standby is not None and cfg.standby.region != cfg.dr_cluster.region:
        raise ConfigError(
            "STANDBY_REGION", "is not the DR cluster's region; the standby is the DR region's web tier"
        )
    return cfg
