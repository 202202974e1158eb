"""Reports: every step is published to **both** regions' notification topics
(the DR region's first: it is the one that works while the primary is down),
as one JSON message with a short subject.

A report is ``{"source": "tfdr-failover", "version": 1, "step", "decision",
"summary", "request_id", ...}`` (README.md, "Reports"); ``source`` lets the
function recognise, and ignore, its own reports should a report topic ever be
subscribed to it. Publishing is best effort per topic: a topic that cannot be
reached (its region may be the one that is down) does not stop the other.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List

import aws
import jsonlog
from alarm import REPORT_SOURCE
from config import Config

#: Version of the report format.
REPORT_VERSION = 1
#: SNS subjects: ASCII, no line breaks, under 100 characters.
MAX_SUBJECT = 99

_log = jsonlog.get_logger()


def subject(text: str) -> str:
    """``text`` as a valid SNS subject: printable ASCII, at most 99 characters."""
    clean = "".join(c if " " <= c <= "~" else "?" for c in text).strip() or "tfdr failover"
    return clean[:MAX_SUBJECT]


def message(step: str, request_id: Any, **fields: Any) -> Dict[str, Any]:
    """A report of ``step`` with ``fields``."""
    out: Dict[str, Any] = {
        "source": REPORT_SOURCE,
        "version": REPORT_VERSION,
        "step": step,
        "request_id": request_id,
    }
    out.update(fields)
    return out


def publish(cfg: Config, title: str, body: Dict[str, Any]) -> List[Dict[str, Any]]:
    """Publishes ``body`` to both topics; returns one result per topic
    (``{"topic", "delivered", "error"?}``)."""
    text = json.dumps(body, sort_keys=True, default=str)
    results: List[Dict[str, Any]] = []
    for topic in cfg.topics:
        client = aws.client("sns", topic.region, aws.PUBLISH)
        try:
            aws.call(
                client,
                "sns:Publish",
                "publish",
                TopicArn=topic.arn,
                Subject=subject(title),
                Message=text,
            )
            results.append({"topic": topic.arn, "delivered": True})
        except aws.AwsCallFailed as err:
            _log.error(
                "report not delivered",
                extra={
                    "fields": {
                        "request_id": body.get("request_id"),
                        "step": body.get("step"),
                        "topic": topic.arn,
                        "error_code": err.failure.code,
                    }
                },
            )
            results.append({"topic": topic.arn, "delivered": False, "error": err.failure.code})
    return results


def delivered(results: List[Dict[str, Any]]) -> bool:
    """At least one topic took the report."""
    return any(r["delivered"] for r in results)
