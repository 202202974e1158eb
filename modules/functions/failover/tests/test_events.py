"""The EventBridge triggers other than the schedule (transactions-dr): a
CloudWatch alarm state change forwarded from us-east-1's default bus (the same
alarm, the same decision, the same reports as the SNS notification), and the
primary watch's event (a confirmation request: a scheduled poll by another
name). Parsing, end to end (moto, plus moto_gaps), and WATCH_EVENT_SOURCE."""

from __future__ import annotations

import dataclasses
from typing import Any, Callable, Dict, List

import pytest
from botocore.exceptions import EndpointConnectionError
from conftest import (
    DR_CLUSTER,
    DR_TOPIC,
    PRIMARY,
    PRIMARY_TOPIC,
    STANDBY_TARGET,
    WATCH_SOURCE,
    World,
    alarm_message,
    alarm_state_change_event,
    desired_capacity,
    invoke,
    log_lines,
    scheduled_event,
    sns_event,
    watch_event,
)

import alarm
import config
import decide
import handler
import standby

EVENT = alarm_state_change_event("ALARM")
SNS = sns_event(alarm_message("ALARM"))
WATCH = watch_event()
POLL = scheduled_event()


def only(event: Any, watch_source: Any = None) -> Any:
    (notice,) = alarm.parse_event(event, watch_source=watch_source)
    return notice


def reports(world: World) -> List[Dict[str, Any]]:
    """The reports on both topics; they must be the same."""
    dr, primary = world.reports(DR_TOPIC), world.reports(PRIMARY_TOPIC)
    assert [r["step"] for r in dr] == [r["step"] for r in primary]
    return dr


def ops(world: World) -> List[str]:
    return [op for _, op, _ in world.gaps.calls]


def calls(world: World) -> List[Any]:
    """Every call, with its parameters except a report's text (which names
    the alarm's road)."""
    return [(region, op, None if op == "Publish" else params) for region, op, params in world.gaps.calls]


# Parsing: the alarm state change.


def test_an_alarm_state_change_event_is_the_same_alarm_change_as_the_sns_message() -> None:
    from_event = only(EVENT)
    from_sns = only(SNS)
    assert isinstance(from_event, alarm.AlarmChange)
    assert from_event == alarm.AlarmChange(
        name="primary-health-dev",
        new_state=alarm.ALARM,
        old_state=alarm.OK,
        reason="Threshold Crossed: 1 datapoint [0.0] was less than the threshold (1.0).",
        time="2026-01-01T00:00:00.000+0000",
        alarm_arn=from_sns.alarm_arn,
        topic_arn=None,
        message_id="event-1",
    )
    # Only where it came from differs.
    assert dataclasses.replace(from_event, topic_arn=from_sns.topic_arn, message_id=from_sns.message_id) == from_sns


@pytest.mark.parametrize("state", alarm.STATES)
def test_every_alarm_state_is_read_from_the_event(state: str) -> None:
    change = only(alarm_state_change_event(state, old="INSUFFICIENT_DATA"))
    assert (change.new_state, change.old_state) == (state, alarm.INSUFFICIENT_DATA)


def test_optional_alarm_event_fields_may_be_missing() -> None:
    event = alarm_state_change_event()
    del event["detail"]["previousState"]
    del event["detail"]["state"]["timestamp"]
    del event["detail"]["state"]["reason"]
    event["resources"] = []
    change = only(event)
    assert (change.old_state, change.reason, change.alarm_arn) == (None, None, None)
    assert change.time == "2026-01-01T00:00:00Z", "the event's time stands in for the state's"
    # An unknown previous state, no resources at all, no id.
    event["detail"]["previousState"] = {"value": "SOMETHING"}
    del event["resources"]
    del event["id"]
    change = only(event)
    assert (change.old_state, change.alarm_arn, change.message_id) == (None, None, None)


def _alarm_event(change: Callable[[Dict[str, Any]], None]) -> Dict[str, Any]:
    event = alarm_state_change_event()
    change(event)
    return event


@pytest.mark.parametrize(
    "event,problem",
    [
        (
            _alarm_event(lambda e: e.update({"detail-type": "CloudWatch Alarm Configuration Change"})),
            "not a CloudWatch Alarm State Change",
        ),
        (_alarm_event(lambda e: e.pop("detail-type")), "not a CloudWatch Alarm State Change"),
        (_alarm_event(lambda e: e.update(detail="ALARM")), "no detail object"),
        (_alarm_event(lambda e: e.pop("detail")), "no detail object"),
        (_alarm_event(lambda e: e["detail"].pop("alarmName")), "no detail.alarmName"),
        (_alarm_event(lambda e: e["detail"].update(alarmName="")), "no detail.alarmName"),
        (_alarm_event(lambda e: e["detail"].update(alarmName=["x"])), "no detail.alarmName"),
        (_alarm_event(lambda e: e["detail"].pop("state")), "no detail.state object"),
        (_alarm_event(lambda e: e["detail"].update(state="ALARM")), "no detail.state object"),
        (_alarm_event(lambda e: e["detail"]["state"].update(value="PANIC")), "detail.state.value is not one of"),
        (_alarm_event(lambda e: e["detail"]["state"].pop("value")), "detail.state.value is not one of"),
        (_alarm_event(lambda e: e.update(resources="arn:aws:cloudwatch:x")), "resources is not a list"),
    ],
    ids=[
        "configuration-change",
        "no-detail-type",
        "detail-not-object",
        "no-detail",
        "no-name",
        "empty-name",
        "name-not-string",
        "no-state",
        "state-not-object",
        "unknown-state",
        "no-state-value",
        "resources-not-list",
    ],
)
def test_a_malformed_alarm_event_is_malformed(event: Dict[str, Any], problem: str) -> None:
    notice = only(event, watch_source=WATCH_SOURCE)
    assert isinstance(notice, alarm.Malformed)
    assert problem in notice.problem
    assert (notice.topic_arn, notice.message_id) == (None, "event-1")


# Parsing: the primary watch.


def test_a_watch_event_from_the_configured_source_is_a_watch_alert() -> None:
    notice = only(WATCH, watch_source=WATCH_SOURCE)
    assert notice == alarm.WatchAlert(
        source=WATCH_SOURCE,
        event_id="watch-1",
        time="2026-01-01T00:00:31Z",
        observer="us-east-2",
        url="https://api.payments.example.net/health",
        status_code=503,
        error=None,
        writer_region=PRIMARY,
        failover_state=None,
        observed_at="2026-01-01T00:00:30Z",
    )
    assert notice.summary()["status_code"] == 503 and notice.summary()["source"] == WATCH_SOURCE


def test_a_watch_event_may_carry_an_error_instead_of_a_status() -> None:
    notice = only(
        watch_event(status_code=None, error="timed out", failover_state={"Status": "pending"}),
        watch_source=WATCH_SOURCE,
    )
    assert (notice.status_code, notice.error, notice.failover_state) == (None, "timed out", {"Status": "pending"})
    # Only the url is required in the detail.
    bare = watch_event()
    bare["detail"] = {"url": "https://api.payments.example.net/health"}
    notice = only(bare, watch_source=WATCH_SOURCE)
    assert isinstance(notice, alarm.WatchAlert) and notice.observer is None


def _watch(change: Callable[[Dict[str, Any]], None]) -> Dict[str, Any]:
    event = watch_event()
    change(event)
    return event


@pytest.mark.parametrize(
    "event,problem",
    [
        (_watch(lambda e: e.update({"detail-type": "Primary region healthy"})), "not a Primary region unhealthy"),
        (_watch(lambda e: e.pop("detail")), "no detail object"),
        (_watch(lambda e: e.update(detail=[])), "no detail object"),
        (_watch(lambda e: e["detail"].pop("url")), "no detail.url"),
        (_watch(lambda e: e["detail"].update(url=7)), "no detail.url"),
        (_watch(lambda e: e["detail"].update(status_code="503")), "status_code is not a whole number"),
        (_watch(lambda e: e["detail"].update(status_code=True)), "status_code is not a whole number"),
        (_watch(lambda e: e["detail"].update(status_code=503.0)), "status_code is not a whole number"),
        (_watch(lambda e: e["detail"].update(observer=3)), "detail.observer is not a string"),
        (_watch(lambda e: e["detail"].update(error={"x": 1})), "detail.error is not a string"),
        (_watch(lambda e: e["detail"].update(writer_region=["us-east-1"])), "detail.writer_region is not a string"),
        (_watch(lambda e: e["detail"].update(time=0)), "detail.time is not a string"),
        (_watch(lambda e: e["detail"].update(failover_state=[1])), "failover_state is not a string or an object"),
    ],
    ids=[
        "other-detail-type",
        "no-detail",
        "detail-not-object",
        "no-url",
        "url-not-string",
        "status-string",
        "status-bool",
        "status-float",
        "observer",
        "error",
        "writer-region",
        "time",
        "failover-state",
    ],
)
def test_a_malformed_watch_event_is_malformed(event: Dict[str, Any], problem: str) -> None:
    notice = only(event, watch_source=WATCH_SOURCE)
    assert isinstance(notice, alarm.Malformed)
    assert problem in notice.problem
    assert notice.message_id == "watch-1"


def test_a_watch_event_without_watch_event_source_is_malformed() -> None:
    notice = only(WATCH)
    assert isinstance(notice, alarm.Malformed)
    assert "WATCH_EVENT_SOURCE is not set" in notice.problem
    assert notice.message_id == "watch-1"


@pytest.mark.parametrize(
    "source,shown",
    [
        ("other.watch", "'other.watch'"),
        ("tfdr.primary-watch-2", "'tfdr.primary-watch-2'"),
        ("x" * 300, repr("x" * 64)),
        (None, "none"),
        (["tfdr.primary-watch"], "a list"),
    ],
    ids=["other", "prefix-is-not-enough", "long", "none", "list"],
)
def test_an_event_from_another_source_is_malformed(source: Any, shown: str) -> None:
    notice = only(watch_event(source=source), watch_source=WATCH_SOURCE)
    assert isinstance(notice, alarm.Malformed)
    assert notice.problem == f"an EventBridge event from an unexpected source ({shown})"


def test_a_watch_event_cannot_pass_for_an_alarm_or_a_schedule() -> None:
    # The watcher's source cannot be aws.* (config), and an aws.cloudwatch
    # event with the watch's detail type is not an alarm change.
    notice = only(watch_event(source="aws.cloudwatch"), watch_source=WATCH_SOURCE)
    assert isinstance(notice, alarm.Malformed) and "not a CloudWatch Alarm State Change" in notice.problem
    notice = only(watch_event(source="aws.events"), watch_source=WATCH_SOURCE)
    assert isinstance(notice, alarm.Malformed) and "not a Scheduled Event" in notice.problem


def test_an_event_with_records_is_still_read_as_sns() -> None:
    event = {**SNS, "source": "aws.cloudwatch"}
    assert isinstance(only(event), alarm.AlarmChange)
    assert only(event).topic_arn is not None


# End to end: the alarm state change is the SNS notification by another road.


def _setup_switchover(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    world.primary_down()


def _setup_stale_alarm(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    world.primary_down(checkers=16, healthy=4)


def _setup_outage_needs_a_person(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    world.primary_down()
    world.gaps.faults[f"{PRIMARY}/DescribeDBClusters"] = EndpointConnectionError(endpoint_url="x")


def _setup_notify_only(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODE", "notify-only")
    world.primary_down()


def _setup_already_failed_over(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    world.primary_down()
    world.gaps.writer_arn = DR_CLUSTER


def _strip(report: Dict[str, Any]) -> Dict[str, Any]:
    """A report without what only says which road the alarm took."""
    out = dict(report)
    if "alarm" in out:
        out["alarm"] = {k: v for k, v in out["alarm"].items() if k not in ("topic_arn", "message_id")}
    return out


@pytest.mark.parametrize(
    "setup,state,name",
    [
        (_setup_switchover, "ALARM", "primary-health-dev"),
        (_setup_stale_alarm, "ALARM", "primary-health-dev"),
        (_setup_outage_needs_a_person, "ALARM", "primary-health-dev"),
        (_setup_notify_only, "ALARM", "primary-health-dev"),
        (_setup_already_failed_over, "ALARM", "primary-health-dev"),
        (_setup_switchover, "OK", "primary-health-dev"),
        (_setup_switchover, "INSUFFICIENT_DATA", "primary-health-dev"),
        (_setup_switchover, "ALARM", "payments-aurora-lag-dev"),
    ],
    ids=[
        "switchover",
        "stale-alarm",
        "manual-decision",
        "notify-only",
        "already-failed-over",
        "ok",
        "insufficient-data",
        "not-a-trigger",
    ],
)
def test_the_alarm_event_decides_and_reports_exactly_as_the_sns_notification(
    world: World, monkeypatch: pytest.MonkeyPatch, setup: Any, state: str, name: str
) -> None:
    setup(world, monkeypatch)
    old = "ALARM" if state != "ALARM" else "OK"
    via_sns = invoke(sns_event(alarm_message(state, old=old, name=name)))
    sns_reports, sns_calls = reports(world), calls(world)
    # The same world again (moto_gaps remembers a started operation).
    world.gaps.failover_state = None
    world.gaps.calls.clear()
    via_event = invoke(alarm_state_change_event(state, old=old, name=name))
    event_reports = reports(world)[len(sns_reports) :]
    assert via_event == via_sns
    assert calls(world) == sns_calls
    assert [_strip(r) for r in event_reports] == [_strip(r) for r in sns_reports]
    for r in event_reports:
        if "alarm" in r:
            assert r["alarm"]["topic_arn"] is None and r["alarm"]["message_id"] == "event-1"


def test_an_alarm_event_that_is_not_a_trigger_is_only_logged(world: World, capsys: pytest.CaptureFixture) -> None:
    world.primary_down()
    out = invoke(alarm_state_change_event(name="payments-aurora-lag-dev"))
    assert out["results"] == [{"decision": handler.IGNORED_OTHER_ALARM}]
    assert world.gaps.calls == [], "no read, no action, no report"
    (line,) = log_lines(capsys.readouterr().out)
    assert line["alarm"]["name"] == "payments-aurora-lag-dev" and line["alarm"]["message_id"] == "event-1"


def test_a_malformed_alarm_event_is_reported_and_never_acted_on(world: World) -> None:
    world.primary_down()
    event = alarm_state_change_event()
    event["detail"]["state"]["value"] = "PANIC"
    out = invoke(event)
    assert out["results"][0]["decision"] == handler.IGNORED_MALFORMED
    assert ops(world) == ["Publish", "Publish"]
    (r,) = reports(world)
    assert r["decision"] == handler.IGNORED_MALFORMED and r["message_id"] == "event-1" and r["topic_arn"] is None


# End to end: the primary watch is a confirmation request.


@pytest.fixture
def watching(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATCH_EVENT_SOURCE", WATCH_SOURCE)


@pytest.mark.parametrize("healthy", [4, 16], ids=["25%-healthy", "all-healthy"])
def test_a_watch_event_while_route_53_sees_the_primary_healthy_only_warns(
    standby_world: World, watching: None, capsys: pytest.CaptureFixture, healthy: int
) -> None:
    standby_world.primary_down(checkers=16, healthy=healthy)
    out = invoke(WATCH)
    assert out["results"] == [{"decision": decide.PRIMARY_HEALTHY, "trigger": "watch", "reported": False}]
    assert reports(standby_world) == [], "no report: the watcher's own alarm pages"
    assert ops(standby_world) == ["GetHealthCheckStatus"], "Route 53 only: nothing of the database nor the web tier"
    assert standby_world.mutations() == [] and desired_capacity() == 1
    (line,) = log_lines(capsys.readouterr().out)
    assert line["level"] == "WARNING" and "disagree" in line["message"]
    assert line["decision"] == decide.PRIMARY_HEALTHY and line["step"] == "watch"
    assert line["watch"]["status_code"] == 503 and line["watch"]["event_id"] == "watch-1"
    assert line["facts"]["primary_health_check"]["healthy_checkers"] == healthy


def test_a_watch_event_that_route_53_confirms_acts_like_a_poll(standby_world: World, watching: None) -> None:
    standby_world.primary_down()
    out = invoke(WATCH)
    assert out["results"] == [
        {
            "decision": decide.SWITCHOVER,
            "outcome": "started",
            "trigger": "watch",
            "reported": True,
            "scale_out": standby.STARTED,
        }
    ]
    assert len(standby_world.gaps.ops("SwitchoverGlobalCluster")) == 1
    assert desired_capacity() == STANDBY_TARGET
    rs = reports(standby_world)
    assert [r["step"] for r in rs] == ["assessed", "action"], "no `received`, as for a poll"
    assert rs[0]["watch"]["event_id"] == "watch-1" and "poll" not in rs[0] and "alarm" not in rs[0]
    assert all("(primary watch)" in r["_subject"] for r in rs)
    assert rs[-1]["scale_out"]["outcome"] == "started"
    # The next watch event, and the next poll, find it under way: quiet.
    for event in (WATCH, POLL):
        result = invoke(event)["results"][0]
        assert (result["decision"], result["reported"]) == (decide.ALREADY_IN_PROGRESS, False)
    assert len(reports(standby_world)) == 2 and len(standby_world.mutations()) == 1


def test_a_confirmed_watch_event_and_a_poll_reach_the_same_result(world: World, watching: None) -> None:
    world.primary_down()
    world.gaps.faults[f"{PRIMARY}/DescribeDBClusters"] = EndpointConnectionError(endpoint_url="x")
    by_watch = invoke(WATCH)["results"][0]
    watch_calls = ops(world)
    handler.reset_clients()  # a new execution environment: no memory
    world.gaps.calls.clear()
    by_poll = invoke(POLL)["results"][0]
    assert {**by_watch, "trigger": "schedule"} == by_poll
    assert by_poll == {"decision": decide.MANUAL_DECISION, "would": None, "trigger": "schedule", "reported": True}
    assert ops(world) == watch_calls
    watch_report, poll_report = world.reports(DR_TOPIC)
    assert {k: v for k, v in watch_report.items() if k not in ("watch", "_subject")} == {
        k: v for k, v in poll_report.items() if k not in ("poll", "_subject")
    }


def test_watch_events_and_polls_share_what_was_reported(
    world: World, watching: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MODE", "notify-only")
    world.primary_down()
    assert invoke(WATCH)["results"][0]["reported"] is True
    # The same outcome a minute later, whichever trigger: logged only.
    assert invoke(POLL)["results"][0]["reported"] is False
    assert invoke(WATCH)["results"][0]["reported"] is False
    assert [r["decision"] for r in world.reports(DR_TOPIC)] == [decide.NOTIFY_ONLY]
    # Route 53 sees the primary healthy while the watcher still fails: forgotten, as by a poll.
    world.primary_down(checkers=16, healthy=16)
    assert invoke(WATCH)["results"][0]["decision"] == decide.PRIMARY_HEALTHY
    world.primary_down()
    assert invoke(WATCH)["results"][0]["reported"] is True
    assert len(world.reports(DR_TOPIC)) == 2


def test_a_watch_event_when_route_53_cannot_be_read_fails_like_a_poll(world: World, watching: None) -> None:
    world.gaps.faults["GetHealthCheckStatus"] = ("ServiceUnavailable", 503)
    for _ in range(2):
        with pytest.raises(handler.FailoverIncomplete) as err:
            invoke(WATCH)
        assert err.value.decision == decide.CANNOT_ASSESS
    assert [r["decision"] for r in world.reports(DR_TOPIC)] == [decide.CANNOT_ASSESS], "reported once"
    assert world.mutations() == []


def test_without_watch_event_source_a_watch_event_is_reported_as_malformed(world: World) -> None:
    world.primary_down()
    out = invoke(WATCH)
    assert out["results"][0]["decision"] == handler.IGNORED_MALFORMED
    assert "WATCH_EVENT_SOURCE is not set" in out["results"][0]["problem"]
    assert ops(world) == ["Publish", "Publish"], "no Route 53 read, no action"
    (r,) = reports(world)
    assert r["message_id"] == "watch-1"


def test_a_watch_event_from_another_source_is_reported_as_malformed(world: World, watching: None) -> None:
    world.primary_down()
    out = invoke(watch_event(source="someone.else"))
    assert out["results"][0]["problem"] == "an EventBridge event from an unexpected source ('someone.else')"
    assert world.mutations() == [] and world.gaps.ops("GetHealthCheckStatus") == []


# WATCH_EVENT_SOURCE.


@pytest.mark.parametrize("value", [WATCH_SOURCE, "a", "x" * 256, "Team_1.watch-v2", "  tfdr.watch  "])
def test_watch_event_source_is_read(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("WATCH_EVENT_SOURCE", value)
    assert config.load().watch_event_source == value.strip()


@pytest.mark.parametrize("value", [None, "", "   "])
def test_watch_event_source_is_optional(monkeypatch: pytest.MonkeyPatch, value: Any) -> None:
    if value is not None:
        monkeypatch.setenv("WATCH_EVENT_SOURCE", value)
    assert config.load().watch_event_source is None


@pytest.mark.parametrize(
    "value,problem",
    [
        ("aws.cloudwatch", "starts with `aws.`"),
        ("aws.events", "starts with `aws.`"),
        ("AWS.watch", "starts with `aws.`"),
        ("tfdr primary watch", "not an EventBridge source"),
        ("tfdr/primary-watch", "not an EventBridge source"),
        ("x" * 257, "not an EventBridge source"),
        ("caf\u00e9", "not an EventBridge source"),
    ],
)
def test_a_broken_watch_event_source_fails_the_invocation_naming_it(
    world: World, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, value: str, problem: str
) -> None:
    monkeypatch.setenv("WATCH_EVENT_SOURCE", value)
    with pytest.raises(config.ConfigError) as err:
        invoke(WATCH)
    assert err.value.variable == "WATCH_EVENT_SOURCE" and problem in err.value.problem
    assert world.gaps.calls == []
    (line,) = log_lines(capsys.readouterr().out)
    assert line["message"] == "misconfigured" and line["variable"] == "WATCH_EVENT_SOURCE"
