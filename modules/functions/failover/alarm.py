"""The triggers: an SNS notification that carries a CloudWatch alarm state
change (the alarm on the primary region's Route 53 health check), or a
scheduled poll (an EventBridge ``Scheduled Event`` of the DR region's rule).

A scheduled event is one object (``{"source": "aws.events", "detail-type":
"Scheduled Event", "resources": [<rule ARN>], "time": ..., "id": ...}``), a
:class:`ScheduledPoll`; an EventBridge event of another detail type is
:class:`Malformed`.

SNS invokes the function asynchronously with one record per invocation
(``{"Records": [{"EventSource": "aws:sns", "Sns": {"Message": ...}}]}``);
the message is the alarm's JSON (``AlarmName``, ``NewStateValue``,
``OldStateValue``, ``NewStateReason``, ``StateChangeTime``, ``AlarmArn``).
Several records are handled one by one, in order.

Nothing here trusts the input: anything that is not such a record is a
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


Notice = Union[AlarmChange, Malformed, OwnReport, ScheduledPoll]


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


def parse_event(event: Any) -> List[Notice]:
    """A scheduled event as one :class:`ScheduledPoll`; otherwise every record
    of an SNS event, in order (one :class:`Malformed` when the event itself is
    neither)."""
    if not isinstance(event, dict):
        return [Malformed("the event is not an object")]
    if event.get("source") == SCHEDULED_SOURCE:
        return [parse_scheduled(event)]
    records = event.get("Records")
    if not isinstance(records, list) or not records:
        return [Malformed("the event has no Records: not an SNS event")]
    return [parse_record(r) for r in records]
