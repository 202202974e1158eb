"""The triggers: a CloudWatch alarm state change (the alarm on the primary
region's Route 53 health check), carried by an SNS notification or by an
EventBridge event; a scheduled poll (an EventBridge ``Scheduled Event`` of the
DR region's rule); or a primary-watch event (the stack's own probe of the
primary, published to the DR region's event bus).

SNS invokes the function asynchronously with one record per invocation
(``{"Records": [{"EventSource": "aws:sns", "Sns": {"Message": ...}}]}``);
the message is the alarm's JSON (``AlarmName``, ``NewStateValue``,
``OldStateValue``, ``NewStateReason``, ``StateChangeTime``, ``AlarmArn``).
Several records are handled one by one, in order.

An EventBridge rule invokes it asynchronously with the event itself, one
object (``version``, ``id``, ``detail-type``, ``source``, ``account``,
``time``, ``region``, ``resources``, ``detail``); there is no ``Records``:

- ``source`` ``aws.events``, ``detail-type`` ``Scheduled Event``
  (``resources``: [<rule ARN>]): a :class:`ScheduledPoll`; another detail type
  from ``aws.events`` is :class:`Malformed`.
- ``source`` ``aws.cloudwatch``, ``detail-type`` ``CloudWatch Alarm State
  Change`` (forwarded from the primary region's default bus to the DR
  region's): the same :class:`AlarmChange` as the SNS message, from
  ``detail.alarmName``, ``detail.state`` (``value``, ``reason``,
  ``timestamp``), ``detail.previousState.value`` and ``resources[0]`` (the
  alarm's ARN); ``topic_arn`` is None and ``message_id`` is the event's
  ``id``. Another detail type from ``aws.cloudwatch`` (a configuration
  change, a contributor state change) is :class:`Malformed`.
- ``source`` = ``WATCH_EVENT_SOURCE`` (configured; see :mod:`config`),
  ``detail-type`` :data:`WATCH_DETAIL_TYPE`: a :class:`WatchAlert`, a request
  to confirm the outage with Route 53 (it never causes an action by itself).
  Without ``WATCH_EVENT_SOURCE`` such an event is :class:`Malformed`, as is
  any event from another source.

Nothing here trusts the input: anything that is not one of these is a
:class:`Malformed` notice (reported, never acted on), and a message the
function published itself (``"source": "tfdr-failover"``, in case a report
topic is also subscribed to the function) is an :class:`OwnReport`, which is
only logged, so the function can never feed on its own reports.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, List, Optional, Union

#: The ``source`` field of every report this function publishes.
REPORT_SOURCE = "tfdr-failover"

#: The alarm states CloudWatch sends.
ALARM = "ALARM"
OK = "OK"
INSUFFICIENT_DATA = "INSUFFICIENT_DATA"
STATES = (ALARM, OK, INSUFFICIENT_DATA)

#: ``source`` and ``detail-type`` of an EventBridge scheduled event.
SCHEDULED_SOURCE = "aws.events"
SCHEDULED_DETAIL_TYPE = "Scheduled Event"

#: ``source`` and ``detail-type`` of a CloudWatch alarm state change on
#: EventBridge ("Alarm events and EventBridge", CloudWatch User Guide).
CLOUDWATCH_SOURCE = "aws.cloudwatch"
ALARM_DETAIL_TYPE = "CloudWatch Alarm State Change"

#: ``detail-type`` of the primary-watch event (its ``source`` is the
#: configured ``WATCH_EVENT_SOURCE``).
WATCH_DETAIL_TYPE = "Primary region unhealthy"

#: Longest untrusted text echoed in a problem (an unexpected ``source``).
_MAX_ECHO = 64

#: Longest message accepted (SNS's own limit is 256 KiB).
MAX_MESSAGE_BYTES = 262_144


@dataclass(frozen=True)
class AlarmChange:
    """One alarm state change."""

    name: str
    new_state: str
    old_state: Optional[str]
    reason: Optional[str]
    time: Optional[str]
    alarm_arn: Optional[str]
    topic_arn: Optional[str]
    message_id: Optional[str]

    def summary(self) -> dict:
        """The alarm as reports and logs show it."""
        return {
            "name": self.name,
            "state": self.new_state,
            "previous_state": self.old_state,
            "reason": self.reason,
            "time": self.time,
            "alarm_arn": self.alarm_arn,
            "topic_arn": self.topic_arn,
            "message_id": self.message_id,
        }


@dataclass(frozen=True)
class Malformed:
    """Input that is not an SNS record with an alarm state change."""

    problem: str
    topic_arn: Optional[str] = None
    message_id: Optional[str] = None


@dataclass(frozen=True)
class OwnReport:
    """A report this function published (ignored)."""

    topic_arn: Optional[str]
    message_id: Optional[str]


@dataclass(frozen=True)
class ScheduledPoll:
    """One scheduled poll: the rule that fired, when, and the event's id."""

    rule_arn: Optional[str]
    time: Optional[str]
    event_id: Optional[str]

    def summary(self) -> dict:
        """The poll as reports and logs show it."""
        return {"rule_arn": self.rule_arn, "time": self.time, "event_id": self.event_id}


@dataclass(frozen=True)
class WatchAlert:
    """The stack's primary watch saw the primary fail (its HTTPS probe of the
    primary's health endpoint): a request to confirm the outage with Route 53,
    handled exactly like a scheduled poll."""

    source: str
    event_id: Optional[str]
    time: Optional[str]
    observer: Optional[str]
    url: str
    status_code: Optional[int]
    error: Optional[str]
    writer_region: Optional[str]
    failover_state: Any
    observed_at: Optional[str]

    def summary(self) -> dict:
        """The watch event as reports and logs show it."""
        return {
            "source": self.source,
            "event_id": self.event_id,
            "time": self.time,
            "observer": self.observer,
            "url": self.url,
            "status_code": self.status_code,
            "error": self.error,
            "writer_region": self.writer_region,
            "failover_state": self.failover_state,
            "observed_at": self.observed_at,
        }


Notice = Union[AlarmChange, Malformed, OwnReport, ScheduledPoll, WatchAlert]


def _text(value: Any) -> Optional[str]:
    return value if isinstance(value, str) and value else None


def parse_record(record: Any) -> Notice:
    """One SNS record as a notice."""
    if not isinstance(record, dict):
        return Malformed("a record is not an object")
    if record.get("EventSource") != "aws:sns":
        return Malformed("the record is not from SNS (EventSource is not aws:sns)")
    sns = record.get("Sns")
    if not isinstance(sns, dict):
        return Malformed("the record has no Sns object")
    topic_arn = _text(sns.get("TopicArn"))
    message_id = _text(sns.get("MessageId"))

    def bad(problem: str) -> Malformed:
        return Malformed(problem, topic_arn=topic_arn, message_id=message_id)

    raw = sns.get("Message")
    if not isinstance(raw, str):
        return bad("the SNS message is missing or not a string")
    if len(raw.encode("utf-8", "surrogatepass")) > MAX_MESSAGE_BYTES:
        return bad("the SNS message is larger than 256 KiB")
    try:
        message = json.loads(raw)
    except ValueError:
        return bad("the SNS message is not JSON")
    if not isinstance(message, dict):
        return bad("the SNS message is not a JSON object")
    if message.get("source") == REPORT_SOURCE:
        return OwnReport(topic_arn=topic_arn, message_id=message_id)
    name = _text(message.get("AlarmName"))
    if name is None:
        return bad("the message has no AlarmName: not a CloudWatch alarm notification")
    state = message.get("NewStateValue")
    if state not in STATES:
        return bad(f"NewStateValue is not one of {', '.join(STATES)}")
    old = message.get("OldStateValue")
    return AlarmChange(
        name=name,
        new_state=state,
        old_state=old if old in STATES else None,
        reason=_text(message.get("NewStateReason")),
        time=_text(message.get("StateChangeTime")),
        alarm_arn=_text(message.get("AlarmArn")),
        topic_arn=topic_arn,
        message_id=message_id,
    )


def parse_scheduled(event: dict) -> Notice:
    """An EventBridge event (``source`` is ``aws.events``) as a notice."""
    if event.get("detail-type") != SCHEDULED_DETAIL_TYPE:
        return Malformed("an EventBridge event that is not a Scheduled Event")
    resources = event.get("resources")
    rule = resources[0] if isinstance(resources, list) and resources else None
    return ScheduledPoll(rule_arn=_text(rule), time=_text(event.get("time")), event_id=_text(event.get("id")))


def parse_alarm_event(event: dict) -> Notice:
    """An EventBridge event from ``aws.cloudwatch`` as a notice: a CloudWatch
    alarm state change is the same :class:`AlarmChange` an SNS notification
    makes."""
    event_id = _text(event.get("id"))

    def bad(problem: str) -> Malformed:
        return Malformed(problem, message_id=event_id)

    if event.get("detail-type") != ALARM_DETAIL_TYPE:
        return bad("an aws.cloudwatch event that is not a CloudWatch Alarm State Change")
    detail = event.get("detail")
    if not isinstance(detail, dict):
        return bad("the alarm event has no detail object")
    name = _text(detail.get("alarmName"))
    if name is None:
        return bad("the alarm event has no detail.alarmName")
    state = detail.get("state")
    if not isinstance(state, dict):
        return bad("the alarm event has no detail.state object")
    value = state.get("value")
    if value not in STATES:
        return bad(f"detail.state.value is not one of {', '.join(STATES)}")
    resources = event.get("resources")
    if resources is not None and not isinstance(resources, list):
        return bad("the alarm event's resources is not a list")
    previous = detail.get("previousState")
    old = previous.get("value") if isinstance(previous, dict) else None
    return AlarmChange(
        name=name,
        new_state=value,
        old_state=old if old in STATES else None,
        reason=_text(state.get("reason")),
        time=_text(state.get("timestamp")) or _text(event.get("time")),
        alarm_arn=_text(resources[0]) if resources else None,
        topic_arn=None,
        message_id=event_id,
    )


def _optional(detail: dict, key: str, kinds: "tuple[type, ...]") -> bool:
    """``detail[key]`` is absent, null or of one of ``kinds`` (never a bool
    where a number is wanted)."""
    value = detail.get(key)
    return value is None or (isinstance(value, kinds) and not isinstance(value, bool))


def parse_watch(event: dict, source: str) -> Notice:
    """An EventBridge event from the configured watch ``source`` as a
    :class:`WatchAlert`."""
    event_id = _text(event.get("id"))

    def bad(problem: str) -> Malformed:
        return Malformed(problem, message_id=event_id)

    if event.get("detail-type") != WATCH_DETAIL_TYPE:
        return bad(f"an event from the primary watch that is not a {WATCH_DETAIL_TYPE} event")
    detail = event.get("detail")
    if not isinstance(detail, dict):
        return bad("the primary-watch event has no detail object")
    url = _text(detail.get("url"))
    if url is None:
        return bad("the primary-watch event has no detail.url")
    for key in ("observer", "error", "writer_region", "time"):
        if not _optional(detail, key, (str,)):
            return bad(f"the primary-watch event's detail.{key} is not a string")
    if not _optional(detail, "status_code", (int,)):
        return bad("the primary-watch event's detail.status_code is not a whole number")
    if not _optional(detail, "failover_state", (str, dict)):
        return bad("the primary-watch event's detail.failover_state is not a string or an object")
    return WatchAlert(
        source=source,
        event_id=event_id,
        time=_text(event.get("time")),
        observer=_text(detail.get("observer")),
        url=url,
        status_code=detail.get("status_code"),
        error=_text(detail.get("error")),
        writer_region=_text(detail.get("writer_region")),
        failover_state=detail.get("failover_state"),
        observed_at=_text(detail.get("time")),
    )


def parse_eventbridge(event: dict, watch_source: Optional[str] = None) -> Notice:
    """An EventBridge event (not a scheduled one) as a notice, by its
    ``source``; ``watch_source``: the configured ``WATCH_EVENT_SOURCE``."""
    source = event.get("source")
    if source == CLOUDWATCH_SOURCE:
        return parse_alarm_event(event)
    if watch_source is not None and source == watch_source:
        return parse_watch(event, watch_source)
    event_id = _text(event.get("id"))
    if watch_source is None and event.get("detail-type") == WATCH_DETAIL_TYPE:
        return Malformed(
            "a primary-watch event, but WATCH_EVENT_SOURCE is not set: not accepted", message_id=event_id
        )
    if isinstance(source, str):
        shown = repr(source[:_MAX_ECHO])
    elif source is None:
        shown = "none"
    else:
        shown = f"a {type(source).__name__}"
    return Malformed(f"an EventBridge event from an unexpected source ({shown})", message_id=event_id)


def parse_event(event: Any, watch_source: Optional[str] = None) -> List[Notice]:
    """A scheduled event as one :class:`ScheduledPoll`, another EventBridge
    event (no ``Records``, a ``source`` or ``detail-type``) as one notice;
    otherwise every record of an SNS event, in order (one :class:`Malformed`
    when the event itself is none of these). ``watch_source``: the configured
    ``WATCH_EVENT_SOURCE`` (None: no primary-watch event is accepted)."""
    if not isinstance(event, dict):
        return [Malformed("the event is not an object")]
    if event.get("source") == SCHEDULED_SOURCE:
        return [parse_scheduled(event)]
    if "Records" not in event and ("source" in event or "detail-type" in event):
        return [parse_eventbridge(event, watch_source)]
    records = event.get("Records")
    if not isinstance(records, list) or not records:
        return [Malformed("the event has no Records: not an SNS event")]
    return [parse_record(r) for r in records]
