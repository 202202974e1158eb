"""The payment service: a Lambda handler behind an API Gateway REST API
(Lambda proxy integration). Entry point: ``handler.lambda_handler``.

Routes (README.md has the full contract):

* ``POST /payments`` -- 201 created, 200 identical replay, 409 same
  ``Idempotency-Key`` with a different body, 400 naming the bad field, 503
  when this region's table is unavailable.
* ``GET /health`` -- 200 when this region's table answers, 503 otherwise;
  the body names the region (``AWS_REGION``).
* anything else -- 404 (unknown path) or 405 (known path, other method, with
  an ``Allow`` header).

Configuration: ``TABLE_NAME`` (the global table's name, the same in every
region) and ``AWS_REGION`` (set by Lambda). Runs on Python 3.11 and 3.12,
with boto3/botocore from the Lambda runtime only.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from datetime import datetime, timezone
from typing import Any, Callable, Dict, Mapping, Optional

import jsonlog
import payment
import store

Response = Dict[str, Any]

_log = jsonlog.get_logger()

# Clients are created on first use and kept for the life of the execution
# environment (connection reuse across warm invocations).
_clients: Dict[str, Any] = {}


def reset_clients() -> None:
    """Forgets the cached DynamoDB clients (tests; a changed region)."""
    _clients.clear()


def _client(region: str, health: bool) -> Any:
    key = f"{region}/{'health' if health else 'payments'}"
    if key not in _clients:
        _clients[key] = store.make_client(region, health=health)
    return _clients[key]


class _Request:
    """What every route needs from one invocation."""

    def __init__(self, event: Mapping[str, Any], context: Any) -> None:
        self.event = event
        ctx = event.get("requestContext")
        self.api_request_id: Optional[str] = (
            ctx.get("requestId") if isinstance(ctx, dict) else None
        )
        self.lambda_request_id: Optional[str] = getattr(context, "aws_request_id", None)
        self.method = str(event.get("httpMethod") or "")
        self.path = _route_path(event)
        self.region = os.environ.get("AWS_REGION") or None

    def fields(self, **extra: Any) -> Dict[str, Any]:
        """Log fields: the request ids, method and path, plus ``extra``."""
        base: Dict[str, Any] = {
            "request_id": self.lambda_request_id,
            "api_request_id": self.api_request_id,
            "method": self.method,
            "path": self.path,
            "region": self.region,
        }
        base.update(extra)
        return base


def _route_path(event: Mapping[str, Any]) -> str:
    """The route: API Gateway's ``resource`` (``/payments``), or the request
    ``path`` behind a greedy ``{proxy+}`` resource; one trailing slash is
    ignored."""
    resource = event.get("resource")
    path = resource if isinstance(resource, str) and "{" not in resource else event.get("path")
    path = path if isinstance(path, str) and path else "/"
    if len(path) > 1 and path.endswith("/"):
        path = path[:-1]
    return path


def _response(status: int, body: Dict[str, Any], headers: Optional[Dict[str, str]] = None) -> Response:
    all_headers = {"Content-Type": "application/json", "Cache-Control": "no-store"}
    if headers:
        all_headers.update(headers)
    return {
        "statusCode": status,
        "headers": all_headers,
        "body": json.dumps(body, sort_keys=True, separators=(",", ":")),
        "isBase64Encoded": False,
    }


def _error(
    req: _Request,
    status: int,
    code: str,
    message: str,
    field: Optional[str] = None,
    headers: Optional[Dict[str, str]] = None,
) -> Response:
    err: Dict[str, Any] = {"code": code, "message": message}
    if field is not None:
        err["field"] = field
    return _response(status, {"error": err, "request_id": req.api_request_id}, headers=headers)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _public(p: Dict[str, Any]) -> Dict[str, Any]:
    """The payment as clients see it (no internal fingerprint)."""
    return {k: v for k, v in p.items() if k != "request_fingerprint"}


def post_payments(req: _Request) -> Response:
    """``POST /payments``: validate, claim the idempotency key, answer."""
    try:
        request = payment.parse_request(req.event)
    except payment.ValidationError as err:
        _log.info(
            "invalid request",
            extra={"fields": req.fields(status=400, field=err.field, reason=err.message)},
        )
        return _error(req, 400, "invalid_request", err.message, field=err.field)

    table = store.table_name()
    if table is None or req.region is None:
        return _misconfigured(req)

    new = {
        "payment_id": str(uuid.uuid4()),
        "idempotency_key": request.idempotency_key,
        "amount": request.amount,
        "currency": request.currency,
        "merchant_id": request.merchant_id,
        "customer_id": request.customer_id,
        "status": "accepted",
        "created_at": _now(),
        "region": req.region,
        "request_fingerprint": request.fingerprint(),
    }
    try:
        created, stored = store.PaymentStore(_client(req.region, health=False), table).create(new)
    except store.StoreUnavailable as err:
        _log.error(
            "payment store unavailable",
            extra={"fields": req.fields(status=503, error_code=err.code, table=table)},
        )
        return _error(
            req,
            503,
            "store_unavailable",
            "the payment store is unavailable in this region; retry with the same Idempotency-Key",
            headers={"Retry-After": "1"},
        )
    except store.StoreError as err:
        _log.error(
            "payment store error",
            extra={"fields": req.fields(status=500, error_code=err.code, table=table)},
        )
        return _error(req, 500, "internal_error", "the payment could not be stored")

    if created:
        _log.info(
            "payment created",
            extra={"fields": req.fields(status=201, payment_id=stored["payment_id"])},
        )
        return _response(201, _public(stored))
    if stored["request_fingerprint"] == new["request_fingerprint"]:
        _log.info(
            "payment replayed",
            extra={"fields": req.fields(status=200, payment_id=stored["payment_id"])},
        )
        return _response(200, _public(stored))
    _log.info(
        "idempotency key conflict",
        extra={"fields": req.fields(status=409, payment_id=stored["payment_id"])},
    )
    return _error(
        req,
        409,
        "idempotency_key_conflict",
        "this Idempotency-Key was used for a different payment",
        field=payment.IDEMPOTENCY_HEADER,
    )


def get_health(req: _Request) -> Response:
    """``GET /health``: 200 when this region's table answers a read."""
    table = store.table_name()
    if table is None or req.region is None:
        return _misconfigured(req)
    started = time.monotonic()
    try:
        store.PaymentStore(_client(req.region, health=True), table).ping()
    except (store.StoreUnavailable, store.StoreError) as err:
        _log.error(
            "health check failed",
            extra={"fields": req.fields(status=503, error_code=err.code, table=table)},
        )
        return _response(
            503,
            {"status": "unavailable", "region": req.region, "request_id": req.api_request_id},
        )
    return _response(
        200,
        {
            "status": "ok",
            "region": req.region,
            "table": table,
            "latency_ms": round((time.monotonic() - started) * 1000),
        },
    )


def _misconfigured(req: _Request) -> Response:
    missing = [
        name
        for name, value in (("TABLE_NAME", store.table_name()), ("AWS_REGION", req.region))
        if value is None
    ]
    _log.error("misconfigured", extra={"fields": req.fields(status=500, missing_env=missing)})
    return _error(req, 500, "misconfigured", "the function is not configured")


ROUTES: Dict[str, Dict[str, Callable[[_Request], Response]]] = {
    "/payments": {"POST": post_payments},
    "/health": {"GET": get_health},
}


def lambda_handler(event: Mapping[str, Any], context: Any) -> Response:
    """The Lambda entry point (API Gateway REST proxy event -> proxy response)."""
    req = _Request(event if isinstance(event, dict) else {}, context)
    methods = ROUTES.get(req.path)
    if methods is None:
        return _error(req, 404, "not_found", f"no route {req.path}")
    route = methods.get(req.method)
    if route is None:
        return _error(
            req,
            405,
            "method_not_allowed",
            f"{req.method or '(none)'} is not allowed on {req.path}",
            headers={"Allow": ", ".join(sorted(methods))},
        )
    try:
        return route(req)
    except Exception:
        _log.exception("unhandled error", extra={"fields": req.fields(status=500)})
        return _error(req, 500, "internal_error", "internal error")
