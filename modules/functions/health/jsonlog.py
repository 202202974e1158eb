"""Structured logging: one JSON object per line on stdout (CloudWatch Logs).

Every line carries ``level``, ``message``, ``logger`` and a UTC ``timestamp``;
callers add context with ``extra={"fields": {...}}`` (the Lambda request id,
the handler, the checks and their durations, the AWS error code). The logger
does not propagate to the root logger, whose handler the Lambda runtime
installs with its own text format, so each line is exactly one JSON document
whatever the function's log format setting is.

Only identifiers, states and AWS error codes are logged: the function handles no
customer data.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import datetime, timezone
from typing import Any, Dict

LOGGER_NAME = "health"


class JsonFormatter(logging.Formatter):
    """Formats a record as a single-line JSON object with sorted keys."""

    def format(self, record: logging.LogRecord) -> str:
        entry: Dict[str, Any] = {
            "timestamp": datetime.fromtimestamp(record.created, tz=timezone.utc).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            for key, value in fields.items():
                entry.setdefault(key, value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, sort_keys=True, default=str)


class _StdoutHandler(logging.Handler):
    """Writes to the *current* ``sys.stdout`` (looked up per record, so a test
    that captures stdout sees the lines)."""

    _tfdr_json = True

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stdout.write(self.format(record) + "\n")
            sys.stdout.flush()
        except Exception:  # pragma: no cover - logging must never raise
            self.handleError(record)


def get_logger() -> logging.Logger:
    """The function's logger, configured once (idempotent across warm starts)."""
    logger = logging.getLogger(LOGGER_NAME)
    if not any(getattr(h, "_tfdr_json", False) for h in logger.handlers):
        handler = _StdoutHandler()
        handler.setFormatter(JsonFormatter())
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
    return logger
