"""The payment store: this region's replica of the DynamoDB global table.

Key scheme: the table has a single string partition key, ``session_id`` (the
sessions global table of payments-dr). Payments share it under their own
prefix, ``session_id = "payment#<Idempotency-Key>"``; sessions never start
with ``payment#``. The idempotency key *is* the item key, so the conditional
put ``attribute_not_exists(session_id)`` makes a key claim atomic within a
region.

Global tables resolve concurrent writes to the same key in two regions by
last writer wins, and replicate asynchronously (typically within a second).
In an active-passive deployment only one region takes writes at a time, so
the guarantee holds except for a request retried in the other region during a
failover before replication caught up: then both regions may accept it and
one write wins. README.md ("Limits") says so.

Timeouts and retries (botocore standard retry mode, per client):

============  =========  ======  ========  ========================================
client        connect    read    attempts  worst case of one call
============  =========  ======  ========  ========================================
payments      1.0 s      1.0 s   3         3 x (1 + 1) s + backoff (<= 1 + 2 s) = 9 s
health        0.5 s      1.0 s   1         1.5 s (Route 53 wants an answer in 2 s)
============  =========  ======  ========  ========================================

A ``POST /payments`` makes at most two store calls (a conditional put, and a
read only if DynamoDB did not return the existing item), so the function
timeout must be at least :data:`MIN_FUNCTION_TIMEOUT_S` (and stays under API
Gateway's 29 s integration timeout).
"""

from __future__ import annotations

import os
from typing import Any, Dict, Optional, Tuple

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError, HTTPClientError
from botocore.exceptions import ConnectionError as BotoConnectionError

#: Prefix of payment items' partition key within the shared table.
PAYMENT_KEY_PREFIX = "payment#"
#: The table's partition key attribute (payments-dr's sessions table).
PARTITION_KEY = "session_id"
#: The key ``GET /health`` reads (eventually consistent; absent is fine).
HEALTH_SENTINEL_KEY = "health#sentinel"

CONNECT_TIMEOUT_S = 1.0
READ_TIMEOUT_S = 1.0
TOTAL_MAX_ATTEMPTS = 3
HEALTH_CONNECT_TIMEOUT_S = 0.5
HEALTH_READ_TIMEOUT_S = 1.0
HEALTH_TOTAL_MAX_ATTEMPTS = 1
#: Standard mode waits ``random(0, 1) * 2 ** (retry - 1)`` seconds before each
#: retry: at most 1 s, then 2 s.
MAX_BACKOFF_TOTAL_S = sum(2 ** (n - 1) for n in range(1, TOTAL_MAX_ATTEMPTS))
#: The longest one payments store call can take, retries included.
WORST_CASE_CALL_S = TOTAL_MAX_ATTEMPTS * (CONNECT_TIMEOUT_S + READ_TIMEOUT_S) + MAX_BACKOFF_TOTAL_S
#: The function timeout the deployment must give (two store calls + 2 s slack).
MIN_FUNCTION_TIMEOUT_S = int(2 * WORST_CASE_CALL_S + 2)

#: DynamoDB error codes that mean "this region's store cannot serve now":
#: throttling, server faults, and a table missing here (replica being
#: created or deleted). Any HTTP 5xx counts too.
UNAVAILABLE_CODES = frozenset(
    {
        "ProvisionedThroughputExceededException",
        "RequestLimitExceeded",
        "ThrottlingException",
        "InternalServerError",
        "ServiceUnavailable",
        "ResourceNotFoundException",
    }
)

_PAYMENT_STRING_FIELDS = (
    "payment_id",
    "idempotency_key",
    "currency",
    "merchant_id",
    "customer_id",
    "status",
    "created_at",
    "region",
    "request_fingerprint",
)


class StoreUnavailable(Exception):
    """The store did not answer usefully after bounded retries (-> 503)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class StoreError(Exception):
    """The store refused the call for a reason retrying will not fix (-> 500):
    access denied, a malformed request, an item that is not a payment."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def client_config(health: bool = False) -> Config:
    """The botocore config of the payments (or health) client: standard
    retries with a bounded number of attempts, timeouts far below the
    function's."""
    if health:
        return Config(
            retries={"mode": "standard", "total_max_attempts": HEALTH_TOTAL_MAX_ATTEMPTS},
            connect_timeout=HEALTH_CONNECT_TIMEOUT_S,
            read_timeout=HEALTH_READ_TIMEOUT_S,
        )
    return Config(
        retries={"mode": "standard", "total_max_attempts": TOTAL_MAX_ATTEMPTS},
        connect_timeout=CONNECT_TIMEOUT_S,
        read_timeout=READ_TIMEOUT_S,
    )


def make_client(region: str, health: bool = False) -> Any:
    """A DynamoDB client for ``region`` with :func:`client_config`."""
    return boto3.session.Session().client(
        "dynamodb", region_name=region, config=client_config(health)
    )


def payment_key(idempotency_key: str) -> str:
    """The partition key value of the payment with this idempotency key."""
    return PAYMENT_KEY_PREFIX + idempotency_key


def to_item(payment: Dict[str, Any]) -> Dict[str, Dict[str, str]]:
    """A payment (as :func:`from_item` returns it) as a DynamoDB item."""
    item: Dict[str, Dict[str, str]] = {
        PARTITION_KEY: {"S": payment_key(payment["idempotency_key"])},
        "record_type": {"S": "payment"},
        "amount": {"N": str(payment["amount"])},
    }
    for field in _PAYMENT_STRING_FIELDS:
        item[field] = {"S": payment[field]}
    return item


def from_item(item: Dict[str, Dict[str, str]]) -> Dict[str, Any]:
    """A stored payment item as a plain dict; :class:`StoreError` when the item
    is not a well-formed payment."""
    try:
        if item["record_type"]["S"] != "payment":
            raise StoreError("NotAPayment")
        payment: Dict[str, Any] = {"amount": int(item["amount"]["N"])}
        for field in _PAYMENT_STRING_FIELDS:
            payment[field] = item[field]["S"]
    except (KeyError, TypeError, ValueError):
        raise StoreError("MalformedPaymentItem") from None
    return payment


def _classify(err: Exception) -> Exception:
    """Maps a botocore exception (a :class:`ClientError`, or a connection or
    HTTP error after the retries) to :class:`StoreUnavailable` or
    :class:`StoreError`."""
    if isinstance(err, ClientError):
        code = str(err.response.get("Error", {}).get("Code", "Unknown"))
        status = int(err.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) or 0)
        if code in UNAVAILABLE_CODES or status >= 500:
            return StoreUnavailable(code)
        return StoreError(code)
    # Could not connect, or the connection failed mid-request.
    return StoreUnavailable(type(err).__name__)


class PaymentStore:
    """Payments in one region's replica of the global table."""

    def __init__(self, client: Any, table_name: str) -> None:
        self._client = client
        self._table = table_name

    def create(self, payment: Dict[str, Any]) -> Tuple[bool, Dict[str, Any]]:
        """Claims the payment's idempotency key.

        Returns ``(True, payment)`` when this call created it, or
        ``(False, stored)`` with the payment already stored under the key.
        Raises :class:`StoreUnavailable` / :class:`StoreError`.
        """
        try:
            self._client.put_item(
                TableName=self._table,
                Item=to_item(payment),
                ConditionExpression="attribute_not_exists(#pk)",
                ExpressionAttributeNames={"#pk": PARTITION_KEY},
                ReturnValuesOnConditionCheckFailure="ALL_OLD",
            )
            return True, payment
        except ClientError as err:
            if err.response.get("Error", {}).get("Code") != "ConditionalCheckFailedException":
                raise _classify(err) from err
            old: Optional[Dict[str, Any]] = err.response.get("Item")
        except (BotoConnectionError, HTTPClientError) as err:
            raise _classify(err) from err
        if old is None:
            old = self._get(payment_key(payment["idempotency_key"]))
        if old is None:
            # Claimed a moment ago, gone now (deleted out of band): let the
            # client retry rather than guess.
            raise StoreUnavailable("PaymentVanished")
        return False, from_item(old)

    def _get(self, key: str) -> Optional[Dict[str, Any]]:
        try:
            got = self._client.get_item(
                TableName=self._table,
                Key={PARTITION_KEY: {"S": key}},
                ConsistentRead=True,
            )
        except (ClientError, BotoConnectionError, HTTPClientError) as err:
            raise _classify(err) from err
        item: Optional[Dict[str, Any]] = got.get("Item")
        return item

    def ping(self) -> None:
        """Reads the health sentinel (absent is fine): raises when the table
        does not answer."""
        try:
            self._client.get_item(
                TableName=self._table,
                Key={PARTITION_KEY: {"S": HEALTH_SENTINEL_KEY}},
                ProjectionExpression="#pk",
                ExpressionAttributeNames={"#pk": PARTITION_KEY},
            )
        except (ClientError, BotoConnectionError, HTTPClientError) as err:
            raise _classify(err) from err


def table_name() -> Optional[str]:
    """``TABLE_NAME`` from the environment, or None when unset or empty."""
    return os.environ.get("TABLE_NAME") or None
