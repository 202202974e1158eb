"""The exact Data API request, and the Data API's own errors, with botocore's
Stubber on the rds-data client: moto's Data API ignores ``parameters`` and
``database`` and cannot answer with an error, and the function's rds-data
client makes this one call only, so a Stubber taking over the client loses
nothing. (CloudWatch stays on moto.)"""

from __future__ import annotations

from typing import Iterator

import pytest
from botocore.stub import Stubber
from conftest import DR, NOW, PRIMARY, PRIMARY_CLUSTER, SECRET, World

import aws
import config
import sample


@pytest.fixture
def stubbed(world: World) -> Iterator[Stubber]:
    client = aws.client("rds-data", PRIMARY, aws.DATA_API)
    with Stubber(client) as stub:
        yield stub
        stub.assert_no_pending_responses()


EXPECTED = {
    "resourceArn": PRIMARY_CLUSTER,
    "secretArn": SECRET,
    "database": "trading",
    "sql": sample.STATUS_SQL,
    "parameters": [{"name": "region", "value": {"stringValue": DR}}],
}


def test_the_request_names_the_primary_the_secret_and_the_dr_region(stubbed: Stubber) -> None:
    stubbed.add_response(
        "execute_statement",
        {
            "records": [
                [{"stringValue": DR}, {"longValue": 700}, {"longValue": 650}, {"longValue": 900}],
            ]
        },
        EXPECTED,
    )
    attempt = sample.from_data_api(config.load(), NOW)
    assert attempt.sample is not None
    assert attempt.sample.lag_seconds == 0.7


def test_numbers_as_doubles_or_strings_are_read_too(stubbed: Stubber) -> None:
    stubbed.add_response(
        "execute_statement",
        {"records": [[{"stringValue": DR}, {"doubleValue": 1500.0}, {"stringValue": "12"}, {"stringValue": "x"}]]},
        EXPECTED,
    )
    attempt = sample.from_data_api(config.load(), NOW)
    assert attempt.sample is None and "stale" in (attempt.problem or "")
    assert attempt.problem == "the lag was calculated None ms ago (stale after 30000 ms)"


@pytest.mark.parametrize(
    "code,status,transient",
    [
        ("BadRequestException", 400, False),
        ("HttpEndpointNotEnabledException", 400, False),
        ("StatementTimeoutException", 400, True),
        ("DatabaseUnavailableException", 504, True),
        ("AccessDeniedException", 403, False),
    ],
)
def test_data_api_errors_are_classified(stubbed: Stubber, code: str, status: int, transient: bool) -> None:
    # The Stubber answers in place of the request: one answer per call
    # (botocore's retries wrap the request and are not exercised).
    stubbed.add_client_error("execute_statement", code, f"stubbed {code}", status, expected_params=EXPECTED)
    attempt = sample.from_data_api(config.load(), NOW)
    assert attempt.sample is None
    assert attempt.error is not None
    assert (attempt.error.code, attempt.error.transient) == (code, transient)


def test_classify_unknown_errors() -> None:
    from botocore.exceptions import ClientError

    failure = aws.classify("x", ClientError({"Error": {}, "ResponseMetadata": {}}, "Op"))
    assert (failure.code, failure.transient, failure.message) == ("Unknown", False, "")
    assert sample._number(True) is None and sample._number(object()) is None
    assert sample._field({}) is None
