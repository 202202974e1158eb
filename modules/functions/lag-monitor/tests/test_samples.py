"""The normal paths: two samples 30 s apart from the Data API, the CloudWatch
fallback, and a sample nobody could measure."""

from __future__ import annotations

import pytest
from conftest import DR, DR_CLUSTER_ID, METRIC, NAMESPACE, NOW, PRIMARY, World, invoke, log_lines

import handler
import sample


def test_two_samples_thirty_seconds_apart_from_the_data_api(world: World, capsys: pytest.CaptureFixture) -> None:
    world.status_rows(("us-east-1", -1, -1, 0), (DR, 1250, 900, 400))
    out = invoke()
    assert out["published"] == 2
    assert [s["outcome"] for s in out["samples"]] == ["published", "published"]
    assert [s["source"] for s in out["samples"]] == ["data-api", "data-api"]
    assert [s["lag_seconds"] for s in out["samples"]] == [1.25, 1.25]
    # One wait, exactly the spacing (the calls took no fake time).
    assert world.clock.slept == [30.0]
    # Two Data API calls on the primary, no fallback read, two publishes in DR.
    assert [(r, op) for r, op, _ in world.calls] == [
        (PRIMARY, "ExecuteStatement"),
        (DR, "PutMetricData"),
        (PRIMARY, "ExecuteStatement"),
        (DR, "PutMetricData"),
    ]
    (put, _) = world.ops("PutMetricData")
    assert put["Namespace"] == NAMESPACE
    alarmed, by_source = put["MetricData"]
    assert alarmed == {
        "MetricName": METRIC,
        "Dimensions": [{"Name": "DBClusterIdentifier", "Value": DR_CLUSTER_ID}],
        "Timestamp": NOW,
        "Value": 1.25,
        "Unit": "Seconds",
        "StorageResolution": 1,
    }
    assert by_source["Dimensions"][1] == {"Name": "Source", "Value": "data-api"}
    assert {k: v for k, v in by_source.items() if k != "Dimensions"} == {
        k: v for k, v in alarmed.items() if k != "Dimensions"
    }
    lines = log_lines(capsys.readouterr().out)
    published = [line for line in lines if line["message"] == "lag published"]
    assert len(published) == 2
    assert published[0]["source"] == "data-api"
    assert published[0]["details"] == {"rpo_lag_ms": 1250.0, "durability_lag_ms": 900.0, "calculated_ms_ago": 400.0}
    assert published[0]["request_id"] == "lambda-req-1" and published[0]["logger"] == "lag-monitor"


def test_moto_keeps_what_was_published(world: World) -> None:
    world.status_rows((DR, 42_000, 41_000, 10))
    invoke()
    from moto.cloudwatch.models import cloudwatch_backends
    from moto.core import DEFAULT_ACCOUNT_ID

    data = [d for d in cloudwatch_backends[DEFAULT_ACCOUNT_ID][DR].metric_data if d.namespace == NAMESPACE]
    assert len(data) == 4
    assert {d.value for d in data} == {42.0}


def test_a_slow_first_sample_shortens_the_wait(world: World) -> None:
    world.status_rows((DR, 10, 10, 10))
    world.call_seconds["ExecuteStatement"] = 8.0
    invoke()
    assert world.clock.slept == [22.0]


def test_a_first_sample_longer_than_the_spacing_means_no_wait(world: World) -> None:
    world.status_rows((DR, 10, 10, 10))
    world.call_seconds["PutMetricData"] = 31.0
    out = invoke()
    assert world.clock.slept == []
    assert out["published"] == 2


@pytest.mark.parametrize(
    "rows,problem",
    [
        ((), "no row for eu-central-2"),
        ((("us-east-1", -1, -1, 0),), "no row for eu-central-2"),
        (((DR, None, None, None),), "NULL"),
        (((DR, -1, -1, 0),), "is the primary"),
        (((DR, 500, 500, 45_000),), "stale"),
        (((DR, 500, 500, None),), "stale"),
    ],
)
def test_an_unusable_row_falls_back_to_cloudwatch(
    world: World, capsys: pytest.CaptureFixture, rows: tuple, problem: str
) -> None:
    world.status_rows(*rows)
    world.rds_lag_datapoints((200, 900.0), (80, 35_500.0))
    out = invoke()
    assert out["published"] == 2
    first = out["samples"][0]
    assert first["source"] == "cloudwatch"
    assert first["lag_seconds"] == 35.5, "the newest datapoint, in seconds"
    assert problem in first["attempts"][0]["problem"]
    (query,) = world.ops("GetMetricData")[:1]
    stat = query["MetricDataQueries"][0]["MetricStat"]
    assert stat["Metric"] == {
        "Namespace": "AWS/RDS",
        "MetricName": "AuroraGlobalDBReplicationLag",
        "Dimensions": [{"Name": "DBClusterIdentifier", "Value": DR_CLUSTER_ID}],
    }
    assert (stat["Period"], stat["Stat"]) == (60, "Maximum")
    assert world.published()[1]["Dimensions"][1] == {"Name": "Source", "Value": "cloudwatch"}
    warnings = [line for line in log_lines(capsys.readouterr().out) if line["message"] == "lag source unusable"]
    assert warnings and warnings[0]["level"] == "WARNING" and warnings[0]["source"] == "data-api"


def test_the_largest_lag_wins_if_a_region_ever_had_two_rows(world: World) -> None:
    world.status_rows((DR, 100, 1, 1), (DR, 2_000, 1, 1), (DR, None, None, None))
    out = invoke()
    assert out["samples"][0]["lag_seconds"] == 2.0


def test_neither_source_means_nothing_published_and_a_failed_invocation(
    world: World, capsys: pytest.CaptureFixture
) -> None:
    world.faults["ExecuteStatement"] = ("ServiceUnavailableError", 503)
    with pytest.raises(handler.LagUnmeasured):
        invoke()
    assert world.ops("PutMetricData") == []
    lines = log_lines(capsys.readouterr().out)
    unmeasured = [line for line in lines if line.get("outcome") == "unmeasured"]
    assert len(unmeasured) == 2 and all(line["level"] == "ERROR" for line in unmeasured)
    assert unmeasured[0]["attempts"][1]["problem"].startswith("no AuroraGlobalDBReplicationLag datapoint")
    assert lines[-1]["message"] == "invocation failed: no sample was published"
    assert lines[-1]["outcomes"] == ["unmeasured", "unmeasured"]


def test_one_good_sample_is_enough_for_the_invocation(world: World, capsys: pytest.CaptureFixture) -> None:
    world.status_rows((DR, 300, 300, 5))
    # The second publish fails (two attempts each: 2 calls for the first sample
    # succeed, then the fault is set for the rest).
    original = world.install

    out_calls = []

    def fail_after_first_publish(client):  # type: ignore[no-untyped-def]
        original(client)

        def hook(model, **_):  # type: ignore[no-untyped-def]
            out_calls.append(model.name)
            if model.name == "PutMetricData" and out_calls.count("PutMetricData") > 1:
                world.faults["PutMetricData"] = ("InternalServiceError", 500)

        client.meta.events.register_first("before-call", hook)

    world.install = fail_after_first_publish  # type: ignore[method-assign]
    out = invoke()
    assert [s["outcome"] for s in out["samples"]] == ["published", "unpublished"]
    assert out["samples"][1]["error"]["code"] == "InternalServiceError"
    assert out["published"] == 1
    errors = [line for line in log_lines(capsys.readouterr().out) if line["level"] == "ERROR"]
    assert [e["message"] for e in errors] == ["lag measured but not published"]
    assert sample.SOURCE_DATA_API == errors[0]["source"]
