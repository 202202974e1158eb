"""POST /payments: every status the contract promises."""

from __future__ import annotations

import base64
import json
from typing import Any, Dict

import pytest
from botocore.exceptions import ConnectTimeoutError, EndpointConnectionError, ReadTimeoutError
from botocore.stub import Stubber
from conftest import KEY, TABLE, VALID, event, invoke, log_lines, post

import handler
import store

PUBLIC_FIELDS = {
    "payment_id",
    "idempotency_key",
    "amount",
    "currency",
    "merchant_id",
    "customer_id",
    "status",
    "created_at",
    "region",
}


def test_create_returns_201_with_the_payment_and_stores_it_under_its_key(ddb: Any) -> None:
    r = post()
    assert r["statusCode"] == 201
    body = r["json"]
    assert set(body) == PUBLIC_FIELDS
    assert body["amount"] == 1999 and body["currency"] == "USD"
    assert body["merchant_id"] == "m-42" and body["customer_id"] == "c_7"
    assert body["idempotency_key"] == KEY
    assert body["status"] == "accepted" and body["region"] == "us-east-1"
    assert body["created_at"].endswith("Z")

    item = ddb.get_item(TableName=TABLE, Key={"session_id": {"S": "payment#" + KEY}})["Item"]
    assert item["record_type"] == {"S": "payment"}
    assert item["amount"] == {"N": "1999"}
    assert item["payment_id"] == {"S": body["payment_id"]}
    assert len(item["request_fingerprint"]["S"]) == 64
    assert ddb.scan(TableName=TABLE)["Count"] == 1


def test_identical_replay_returns_200_with_the_stored_payment(ddb: Any) -> None:
    first = post()
    # Same values, other key order and whitespace, header name in lower case.
    replay_body = json.dumps(dict(reversed(list(VALID.items()))), indent=2)
    replay = invoke(
        event("POST", "/payments", replay_body, {"idempotency-key": KEY}),
    )
    assert first["statusCode"] == 201
    assert replay["statusCode"] == 200
    assert replay["json"] == first["json"]
    assert ddb.scan(TableName=TABLE)["Count"] == 1


@pytest.mark.parametrize(
    "change",
    [{"amount": 2000}, {"currency": "EUR"}, {"merchant_id": "m-43"}, {"customer_id": "c_8"}],
)
def test_same_key_with_a_different_body_is_a_409(ddb: Any, change: Dict[str, Any]) -> None:
    first = post()
    r = post({**VALID, **change})
    assert r["statusCode"] == 409
    assert r["json"]["error"]["code"] == "idempotency_key_conflict"
    assert r["json"]["error"]["field"] == "Idempotency-Key"
    assert r["json"]["request_id"] == "api-req-1"
    # The stored payment is untouched.
    again = post()
    assert again["statusCode"] == 200 and again["json"] == first["json"]


def test_different_keys_are_different_payments(ddb: Any) -> None:
    a = post(key="key-aaaaaaaa")
    b = post(key="key-bbbbbbbb")
    assert a["statusCode"] == b["statusCode"] == 201
    assert a["json"]["payment_id"] != b["json"]["payment_id"]
    assert ddb.scan(TableName=TABLE)["Count"] == 2


def test_a_base64_encoded_body_is_decoded(ddb: Any) -> None:
    ev = event("POST", "/payments", base64.b64encode(json.dumps(VALID).encode()).decode(),
               {"Idempotency-Key": KEY})
    ev["isBase64Encoded"] = True
    assert invoke(ev)["statusCode"] == 201


BAD_BODIES = [
    # (field, body)
    ("amount", {k: v for k, v in VALID.items() if k != "amount"}),
    ("amount", {**VALID, "amount": 19.99}),
    ("amount", {**VALID, "amount": "1999"}),
    ("amount", {**VALID, "amount": True}),
    ("amount", {**VALID, "amount": 0}),
    ("amount", {**VALID, "amount": -5}),
    ("amount", {**VALID, "amount": 10**12 + 1}),
    ("amount", {**VALID, "amount": None}),
    ("currency", {k: v for k, v in VALID.items() if k != "currency"}),
    ("currency", {**VALID, "currency": "usd"}),
    ("currency", {**VALID, "currency": "USDT"}),
    ("currency", {**VALID, "currency": "US"}),
    ("currency", {**VALID, "currency": "ÜSD"}),
    ("currency", {**VALID, "currency": 840}),
    ("merchant_id", {k: v for k, v in VALID.items() if k != "merchant_id"}),
    ("merchant_id", {**VALID, "merchant_id": ""}),
    ("merchant_id", {**VALID, "merchant_id": "m 42"}),
    ("merchant_id", {**VALID, "merchant_id": "-m42"}),
    ("merchant_id", {**VALID, "merchant_id": "m" * 65}),
    ("merchant_id", {**VALID, "merchant_id": 42}),
    ("customer_id", {k: v for k, v in VALID.items() if k != "customer_id"}),
    ("customer_id", {**VALID, "customer_id": "c/7"}),
    ("customer_id", {**VALID, "customer_id": ["c_7"]}),
    ("ammount", {**VALID, "ammount": 1999}),
    ("body", "not json"),
    ("body", "[1, 2]"),
    ("body", "\"a string\""),
    ("body", ""),
    ("body", json.dumps({**VALID, "pad": "x" * (16 * 1024)})),
]


@pytest.mark.parametrize("field,body", BAD_BODIES)
def test_a_bad_field_is_a_400_naming_it(ddb: Any, field: str, body: Any, capsys: Any) -> None:
    r = post(body)
    assert r["statusCode"] == 400, r["json"]
    assert r["json"]["error"]["field"] == field
    assert r["json"]["error"]["code"] == "invalid_request"
    assert r["json"]["request_id"] == "api-req-1"
    assert ddb.scan(TableName=TABLE)["Count"] == 0
    [line] = log_lines(capsys.readouterr().out)
    assert line["field"] == field and line["status"] == 400


def test_a_missing_body_is_a_400(ddb: Any) -> None:
    r = invoke(event("POST", "/payments", None, {"Idempotency-Key": KEY}))
    assert r["statusCode"] == 400 and r["json"]["error"]["field"] == "body"


def test_bad_base64_is_a_400(ddb: Any) -> None:
    ev = event("POST", "/payments", "%%%not-base64", {"Idempotency-Key": KEY})
    ev["isBase64Encoded"] = True
    r = invoke(ev)
    assert r["statusCode"] == 400 and r["json"]["error"]["field"] == "body"


def test_invalid_utf8_is_a_400(ddb: Any) -> None:
    ev = event("POST", "/payments", base64.b64encode(b"{\"amount\": \xff}").decode(),
               {"Idempotency-Key": KEY})
    ev["isBase64Encoded"] = True
    r = invoke(ev)
    assert r["statusCode"] == 400 and r["json"]["error"]["field"] == "body"


@pytest.mark.parametrize("key", [None, "", "short", "has space in it", "k" * 129, "ключ-ключ-ключ"])
def test_a_missing_or_bad_idempotency_key_is_a_400(ddb: Any, key: Any) -> None:
    r = post(key=key)
    assert r["statusCode"] == 400
    assert r["json"]["error"]["field"] == "Idempotency-Key"


def test_the_key_is_checked_before_the_body(ddb: Any) -> None:
    r = post({"amount": "bad"}, key=None)
    assert r["json"]["error"]["field"] == "Idempotency-Key"


# ---- 503: the store is unavailable -------------------------------------------------


def _stub_put_error(code: str, status: int = 400) -> Stubber:
    client = handler._client("us-east-1", health=False)
    stub = Stubber(client)
    stub.add_client_error("put_item", service_error_code=code, http_status_code=status)
    stub.activate()
    return stub


@pytest.mark.parametrize(
    "code,status",
    [
        ("ProvisionedThroughputExceededException", 400),
        ("ThrottlingException", 400),
        ("RequestLimitExceeded", 400),
        ("InternalServerError", 500),
        ("SomethingNew", 503),
    ],
)
def test_throttling_and_server_errors_are_a_503(
    ddb: Any, code: str, status: int, capsys: Any
) -> None:
    stub = _stub_put_error(code, status)
    r = post()
    stub.assert_no_pending_responses()
    assert r["statusCode"] == 503
    assert r["headers"]["Retry-After"] == "1"
    assert r["json"]["error"]["code"] == "store_unavailable"
    [line] = log_lines(capsys.readouterr().out)
    assert line["level"] == "ERROR"
    assert line["error_code"] == code
    assert line["request_id"] == "lambda-req-1" and line["api_request_id"] == "api-req-1"
    assert "c_7" not in json.dumps(line)  # bodies are never logged


@pytest.mark.parametrize(
    "exc",
    [
        EndpointConnectionError(endpoint_url="https://dynamodb.us-east-1.amazonaws.com"),
        ConnectTimeoutError(endpoint_url="https://dynamodb.us-east-1.amazonaws.com"),
        ReadTimeoutError(endpoint_url="https://dynamodb.us-east-1.amazonaws.com"),
    ],
)
def test_endpoint_errors_are_a_503(ddb: Any, monkeypatch: Any, exc: Exception) -> None:
    client = handler._client("us-east-1", health=False)

    def fail(**_: Any) -> None:
        raise exc

    monkeypatch.setattr(client, "put_item", fail)
    r = post()
    assert r["statusCode"] == 503
    assert r["json"]["error"]["code"] == "store_unavailable"


def test_a_table_missing_in_this_region_is_a_503(ddb: Any) -> None:
    ddb.delete_table(TableName=TABLE)
    assert post()["statusCode"] == 503


def test_throttling_is_retried_a_bounded_number_of_times(ddb: Any, monkeypatch: Any) -> None:
    """The real botocore retry path: every attempt throttled -> exactly
    TOTAL_MAX_ATTEMPTS sends, then 503."""
    import botocore.endpoint
    from botocore.awsrequest import AWSResponse

    monkeypatch.setattr(botocore.endpoint.time, "sleep", lambda _s: None)
    client = handler._client("us-east-1", health=False)
    sends = []

    def throttled(request: Any, **_: Any) -> AWSResponse:
        sends.append(request)
        body = json.dumps({
            "__type": "com.amazonaws.dynamodb.v20120810#ThrottlingException",
            "message": "slow down",
        }).encode()
        return AWSResponse(request.url, 400, {"Content-Type": "application/x-amz-json-1.0"},
                           _Raw(body))

    # Registered first so it answers before moto does.
    client.meta.events.register_first("before-send.dynamodb.PutItem", throttled)
    r = post()
    assert r["statusCode"] == 503
    assert len(sends) == store.TOTAL_MAX_ATTEMPTS == 3


class _Raw:
    """A urllib3-like raw body for AWSResponse."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def stream(self, *_: Any, **__: Any) -> Any:
        yield self._data


# ---- 500: not the client's fault, not transient ------------------------------------


def test_access_denied_is_a_500_not_a_503(ddb: Any) -> None:
    stub = _stub_put_error("AccessDeniedException")
    r = post()
    stub.deactivate()
    assert r["statusCode"] == 500
    assert r["json"]["error"]["code"] == "internal_error"


def test_a_non_payment_item_under_the_key_is_a_500(ddb: Any) -> None:
    ddb.put_item(TableName=TABLE, Item={"session_id": {"S": "payment#" + KEY},
                                       "record_type": {"S": "session"}})
    assert post()["statusCode"] == 500


def test_a_malformed_payment_item_is_a_500(ddb: Any) -> None:
    ddb.put_item(TableName=TABLE, Item={"session_id": {"S": "payment#" + KEY},
                                       "record_type": {"S": "payment"}, "amount": {"N": "1"}})
    assert post()["statusCode"] == 500


def test_missing_table_name_is_a_500(ddb: Any, monkeypatch: Any, capsys: Any) -> None:
    monkeypatch.delenv("TABLE_NAME")
    r = post()
    assert r["statusCode"] == 500 and r["json"]["error"]["code"] == "misconfigured"
    [line] = log_lines(capsys.readouterr().out)
    assert line["missing_env"] == ["TABLE_NAME"]


def test_an_unexpected_exception_is_a_logged_500(ddb: Any, monkeypatch: Any, capsys: Any) -> None:
    def boom(_: Any) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(handler.payment, "parse_request", boom)
    r = post()
    assert r["statusCode"] == 500
    [line] = log_lines(capsys.readouterr().out)
    assert line["level"] == "ERROR" and line["request_id"] == "lambda-req-1"
    assert "RuntimeError: boom" in line["exception"]


# ---- the replay read path when DynamoDB does not return the old item ---------------


def _stored(body: Dict[str, Any]) -> Dict[str, Any]:
    return store.to_item({**body, "request_fingerprint": _fingerprint(VALID)})


def _fingerprint(values: Dict[str, Any]) -> str:
    from payment import PaymentRequest

    return PaymentRequest(KEY, **values).fingerprint()


def test_replay_reads_the_item_when_the_condition_failure_has_none(ddb: Any) -> None:
    first = post()["json"]
    client = handler._client("us-east-1", health=False)
    with Stubber(client) as stub:
        stub.add_client_error("put_item", service_error_code="ConditionalCheckFailedException")
        stub.add_response("get_item", {"Item": _stored(first)})
        r = post()
    assert r["statusCode"] == 200 and r["json"] == first


def test_a_key_that_vanished_between_put_and_read_is_a_503(ddb: Any) -> None:
    client = handler._client("us-east-1", health=False)
    with Stubber(client) as stub:
        stub.add_client_error("put_item", service_error_code="ConditionalCheckFailedException")
        stub.add_response("get_item", {})
        r = post()
    assert r["statusCode"] == 503


def test_a_failing_replay_read_is_a_503(ddb: Any) -> None:
    client = handler._client("us-east-1", health=False)
    with Stubber(client) as stub:
        stub.add_client_error("put_item", service_error_code="ConditionalCheckFailedException")
        stub.add_client_error("get_item", service_error_code="ThrottlingException")
        r = post()
    assert r["statusCode"] == 503


def test_other_headers_do_not_count_as_the_key(ddb: Any) -> None:
    r = post(key=None, **{"X-Idempotency-Key": KEY, "Content-Type": "application/json"})
    assert r["statusCode"] == 400 and r["json"]["error"]["field"] == "Idempotency-Key"


def test_a_non_string_body_is_a_400(ddb: Any) -> None:
    ev = event("POST", "/payments", None, {"Idempotency-Key": KEY})
    ev["body"] = VALID  # a test harness mistake, not something API Gateway sends
    r = invoke(ev)
    assert r["statusCode"] == 400 and r["json"]["error"]["field"] == "body"
