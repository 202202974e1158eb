"""Fixtures for the payment service tests: moto's in-process DynamoDB (no
network, no real credentials), API Gateway REST proxy events, and a Lambda
context."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from typing import Any, Dict, Iterator, List, Optional

import boto3
import pytest
from moto import mock_aws

# The function's modules live at the zip root, next to this folder.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import handler  # noqa: E402

TABLE = "payments-sessions-test"
REGION = "us-east-1"


@dataclass
class Context:
    """The part of the Lambda context object the handler reads."""

    aws_request_id: str = "lambda-req-1"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No real credentials, config files or endpoints can leak in."""
    for name in list(os.environ):
        if name.startswith("AWS_") or name == "TABLE_NAME":
            monkeypatch.delenv(name)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "testing")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", os.devnull)
    monkeypatch.setenv("AWS_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("AWS_REGION", REGION)
    monkeypatch.setenv("TABLE_NAME", TABLE)
    handler.reset_clients()
    yield
    handler.reset_clients()


@pytest.fixture
def ddb() -> Iterator[Any]:
    """moto's DynamoDB with the sessions table (partition key session_id),
    as payments-dr creates it; yields a client for assertions."""
    with mock_aws():
        client = boto3.client("dynamodb", region_name=REGION)
        client.create_table(
            TableName=TABLE,
            AttributeDefinitions=[{"AttributeName": "session_id", "AttributeType": "S"}],
            KeySchema=[{"AttributeName": "session_id", "KeyType": "HASH"}],
            BillingMode="PAY_PER_REQUEST",
        )
        yield client


def event(
    method: str,
    path: str,
    body: Optional[Any] = None,
    headers: Optional[Dict[str, str]] = None,
    resource: Optional[str] = None,
) -> Dict[str, Any]:
    """An API Gateway REST API (v1) Lambda proxy event."""
    if body is not None and not isinstance(body, str):
        body = json.dumps(body)
    return {
        "resource": resource if resource is not None else path,
        "path": path,
        "httpMethod": method,
        "headers": headers,
        "multiValueHeaders": None,
        "queryStringParameters": None,
        "pathParameters": None,
        "requestContext": {"requestId": "api-req-1", "stage": "live", "httpMethod": method},
        "body": body,
        "isBase64Encoded": False,
    }


def invoke(ev: Dict[str, Any]) -> Dict[str, Any]:
    """Calls the handler; returns the response with ``json`` (the parsed body)."""
    response = handler.lambda_handler(ev, Context())
    assert set(response) == {"statusCode", "headers", "body", "isBase64Encoded"}
    assert response["headers"]["Content-Type"] == "application/json"
    response["json"] = json.loads(response["body"])
    return response


def log_lines(captured: str) -> List[Dict[str, Any]]:
    """Every stdout line must be one JSON object; returns them parsed."""
    return [json.loads(line) for line in captured.splitlines() if line.strip()]


VALID = {"amount": 1999, "currency": "USD", "merchant_id": "m-42", "customer_id": "c_7"}
KEY = "5f0c7e2a-5a57-4a0d-9d0c-2f3b1c1e9a01"


def post(body: Any = None, key: Optional[str] = KEY, **headers: str) -> Dict[str, Any]:
    """``POST /payments`` with ``Idempotency-Key: key`` (unless None)."""
    all_headers = dict(headers)
    if key is not None:
        all_headers["Idempotency-Key"] = key
    return invoke(event("POST", "/payments", VALID if body is None else body, all_headers))
