"""The payment request: parsing and validation of ``POST /payments``.

Everything a client sends is checked here, once, and turned into a
:class:`PaymentRequest`; the rest of the service only sees validated values.
Each failure is a :class:`ValidationError` that names the offending field, so
the HTTP layer can answer ``400`` with ``{"error": {"field": ...}}``.

Decisions (see README.md, "API contract"):

* ``amount`` is a JSON **integer in minor units** of the currency (cents for
  USD, yen for JPY, fils for KWD), ``1 <= amount <= MAX_AMOUNT_MINOR``. Floats,
  strings and booleans are rejected: money never passes through a binary
  float, and the service needs no table of currency exponents.
* ``currency`` is three upper-case ASCII letters (the ISO 4217 alphabetic code
  format). Whether the code is an *active* ISO 4217 code is the payment
  processor's business, not this service's.
* The idempotency key comes from the ``Idempotency-Key`` **header only**; the
  body is the payment, and two requests are "the same" exactly when their
  validated body fields are equal (see :meth:`PaymentRequest.fingerprint`).
* Unknown body fields are rejected (a misspelt ``ammount`` must not pass
  silently).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any, Mapping, Optional

#: Largest accepted amount in minor units (10^12 minor units: 10 billion USD).
#: DynamoDB numbers and JSON integers hold it exactly.
MAX_AMOUNT_MINOR = 10**12

#: Largest accepted request body, in bytes (after base64 decoding).
MAX_BODY_BYTES = 16 * 1024

#: The header that carries the idempotency key (matched case-insensitively).
IDEMPOTENCY_HEADER = "Idempotency-Key"

_CURRENCY = re.compile(r"[A-Z]{3}")
# Merchant and customer ids: 1-64 characters, letters, digits and ._:- ,
# starting with a letter or digit.
_PARTY_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")
# Idempotency keys: 8-128 visible ASCII characters (a UUID is 36).
_IDEMPOTENCY_KEY = re.compile(r"[\x21-\x7e]{8,128}")

_FIELDS = ("amount", "currency", "merchant_id", "customer_id")


class ValidationError(Exception):
    """A request field is missing or malformed; ``field`` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True)
class PaymentRequest:
    """A validated ``POST /payments`` request."""

    idempotency_key: str
    amount: int
    currency: str
    merchant_id: str
    customer_id: str

    def fingerprint(self) -> str:
        """SHA-256 (hex) of the canonical JSON of the body fields.

        Two requests with the same idempotency key are a replay when their
        fingerprints are equal (whitespace, key order and other encodings of
        the same values do not matter), a conflict otherwise.
        """
        canonical = json.dumps(
            {
                "amount": self.amount,
                "currency": self.currency,
                "customer_id": self.customer_id,
                "merchant_id": self.merchant_id,
            },
            sort_keys=True,
            separators=(",", ":"),
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def header(headers: Optional[Mapping[str, Any]], name: str) -> Optional[str]:
    """The value of header ``name`` (case-insensitive), or None."""
    if not headers:
        return None
    wanted = name.lower()
    for key, value in headers.items():
        if isinstance(key, str) and key.lower() == wanted and isinstance(value, str):
            return value
    return None


def parse_request(event: Mapping[str, Any]) -> PaymentRequest:
    """Validates an API Gateway proxy event for ``POST /payments``.

    Raises :class:`ValidationError` naming the first bad field, checked in
    this order: ``Idempotency-Key``, ``body``, then the body fields in the
    order of :data:`_FIELDS`, then unknown fields.
    """
    key = header(event.get("headers"), IDEMPOTENCY_HEADER)
    if key is None:
        raise ValidationError(IDEMPOTENCY_HEADER, "header is required")
    if not _IDEMPOTENCY_KEY.fullmatch(key):
        raise ValidationError(
            IDEMPOTENCY_HEADER, "must be 8-128 visible ASCII characters (a UUID is advised)"
        )

    body = _json_body(event)
    request = PaymentRequest(
        idempotency_key=key,
        amount=_amount(body),
        currency=_currency(body),
        merchant_id=_party_id(body, "merchant_id"),
        customer_id=_party_id(body, "customer_id"),
    )
    unknown = sorted(k for k in body if k not in _FIELDS)
    if unknown:
        raise ValidationError(unknown[0], "is not a known field")
    return request


def _json_body(event: Mapping[str, Any]) -> Mapping[str, Any]:
    raw = event.get("body")
    if raw is None or raw == "":
        raise ValidationError("body", "a JSON object is required")
    if not isinstance(raw, str):
        raise ValidationError("body", "must be a JSON object")
    if event.get("isBase64Encoded"):
        try:
            data = base64.b64decode(raw, validate=True)
        except (binascii.Error, ValueError):
            raise ValidationError("body", "is not valid base64") from None
    else:
        data = raw.encode("utf-8")
    if len(data) > MAX_BODY_BYTES:
        raise ValidationError("body", f"must be at most {MAX_BODY_BYTES} bytes")
    try:
        body = json.loads(data)
    except (UnicodeDecodeError, ValueError):
        raise ValidationError("body", "is not valid JSON") from None
    if not isinstance(body, dict):
        raise ValidationError("body", "must be a JSON object")
    return body


def _amount(body: Mapping[str, Any]) -> int:
    if "amount" not in body:
        raise ValidationError("amount", "is required")
    value = body["amount"]
    # bool is a subclass of int in Python: reject it explicitly.
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("amount", "must be an integer number of minor units")
    if not 1 <= value <= MAX_AMOUNT_MINOR:
        raise ValidationError("amount", f"must be between 1 and {MAX_AMOUNT_MINOR}")
    return value


def _currency(body: Mapping[str, Any]) -> str:
    if "currency" not in body:
        raise ValidationError("currency", "is required")
    value = body["currency"]
    if not isinstance(value, str) or not _CURRENCY.fullmatch(value):
        raise ValidationError("currency", "must be an ISO 4217 code: three upper-case letters")
    return value


def _party_id(body: Mapping[str, Any], field: str) -> str:
    if field not in body:
        raise ValidationError(field, "is required")
    value = body[field]
    if not isinstance(value, str) or not _PARTY_ID.fullmatch(value):
        raise ValidationError(
            field, "must be 1-64 characters: letters, digits and ._:- (starting alphanumeric)"
        )
    return value
