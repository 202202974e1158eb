"""Automated Aurora global database failover: a Lambda function in the DR
region, invoked asynchronously when the alarm on the primary region's Route 53
health check changes state (by SNS, or by an EventBridge rule of the DR region
that matches the alarm's state-change event forwarded from the primary
region), by an EventBridge schedule in the DR region (a poll every minute;
README.md, "Scheduled polls"), or by an EventBridge rule matching the stack's
primary-watch event (README.md, "Triggers"). Entry point:
``handler.lambda_handler``.

For each alarm notification (SNS message or EventBridge event alike):

1. report ``received`` to both topics (``OK`` / ``INSUFFICIENT_DATA``: that
   is all, no action);
2. on ``ALARM``: read the facts (:mod:`assess`) -- is the primary really down
   (Route 53's checkers), is a failover already under way, is the DR cluster
   an available member, does the primary database still answer;
3. decide (:mod:`decide`, a pure function; README.md has the table) and report
   ``assessed`` with the facts and the decision;
4. act, if the decision says so and ``MODE`` is ``automatic``: a switchover
   (no data loss) when the primary database answers, else a failover with
   ``AllowDataLoss`` only when ``DATA_LOSS_POLICY`` allows it; report
   ``action`` with the outcome;
5. with a standby web tier (``STANDBY_*``), whenever Route 53's checkers
   declare the primary down: scale it out (:mod:`standby`), whatever the
   database decision was, and put the outcome in the last report
   (``scale_out``).

A scheduled poll reads the primary's health check first: healthy, it only
logs. Declared down (or unreadable), it goes on from step 2 (no ``received``
report), and reports only what acted, failed, or needs a person and was not
already reported by this execution environment (:data:`POLL_LOG_ONLY`).

A primary-watch event is a request to confirm: the stack's watcher detected a
failed probe of the primary, Route 53 confirms. It is handled exactly like a
scheduled poll (same quiet rules, same memory of what was reported), so the
watcher alone never causes a failover. When Route 53's checkers still see the
primary healthy, the disagreement is logged as a warning and not reported (the
watcher's own metric and alarm page; a report here would repeat every minute
the watcher keeps failing).

Idempotent: every invocation re-reads the global cluster first, so a repeated
notification or a Lambda retry finds the operation in progress (or done) and
only reports. Reserved concurrency 1 (set by tfdr) serializes invocations.

The invocation **fails** (so Lambda retries it twice, then sends the event to
the failure queue) when the configuration is broken, the facts could not be
read, the action failed, or no topic took the last report; it succeeds once a
decision was reached, carried out and reported.

Configuration and contract: README.md. boto3/botocore only (the runtime's).
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional

import alarm
import assess
import aws
import config
import decide
import jsonlog
import report
import standby

_log = jsonlog.get_logger()

#: The ``trigger`` of a poll-like invocation's result: a scheduled poll, or a
#: primary-watch event (handled as a poll).
TRIGGER_SCHEDULE = "schedule"
TRIGGER_WATCH = "watch"

#: The decision recorded for ignored input.
IGNORED_MALFORMED = "ignored-malformed"
IGNORED_OWN_REPORT = "ignored-own-report"
IGNORED_OTHER_ALARM = "ignored-other-alarm"

#: Decisions a scheduled poll (or a primary-watch event, handled as one) logs
#: and never reports (unless the standby scale-out acted or failed in the same
#: poll): nothing to do, or the result of an action an earlier invocation
#: started and reported. An alarm notification reports them as before.
POLL_LOG_ONLY = frozenset({decide.PRIMARY_HEALTHY, decide.ALREADY_IN_PROGRESS, decide.ALREADY_FAILED_OVER})

#: The outcome the last scheduled poll or primary-watch event of this
#: execution environment reported (decision, would, scale-out outcome; one
#: memory for both): a poll that finds the same outcome
#: only logs it, so an outage that needs a person is reported once, not every
#: minute. Forgotten when a poll finds the primary healthy, and with the
#: execution environment (a new one reports the ongoing outcome once more).
_last_poll_report: List[Any] = []


class FailoverIncomplete(Exception):
    """The invocation must fail so that Lambda retries it (see the module
    docs); carries the decision reached so far."""

    def __init__(self, decision: str, why: str) -> None:
        super().__init__(f"{decision}: {why}")
        self.decision = decision
        self.why = why


def reset_clients() -> None:
    """Forgets the cached AWS clients and what the last poll reported (tests;
    a changed region)."""
    aws.reset_clients()
    _last_poll_report.clear()


class _Invocation:
    """What every step of one invocation needs."""

    def __init__(self, cfg: config.Config, request_id: Optional[str]) -> None:
        self.cfg = cfg
        self.request_id = request_id

    def fields(self, **extra: Any) -> Dict[str, Any]:
        base: Dict[str, Any] = {
            "request_id": self.request_id,
            "mode": self.cfg.mode,
            "data_loss_policy": self.cfg.data_loss_policy,
            "function_region": self.cfg.function_region,
        }
        base.update(extra)
        return base

    def report(self, step: str, title: str, **fields: Any) -> List[Dict[str, Any]]:
        body = report.message(
            step,
            self.request_id,
            mode=self.cfg.mode,
            data_loss_policy=self.cfg.data_loss_policy,
            function_region=self.cfg.function_region,
            global_cluster=self.cfg.global_cluster_id,
            **fields,
        )
        results = report.publish(self.cfg, title, body)
        _log.info(
            "report published",
            extra={
                "fields": self.fields(
                    step=step,
                    decision=fields.get("decision"),
                    delivered=[r["topic"] for r in results if r["delivered"]],
                    undelivered=[r["topic"] for r in results if not r["delivered"]],
                )
            },
        )
        return results

    def final_report(self, step: str, title: str, **fields: Any) -> List[Dict[str, Any]]:
        results = self.report(step, title, **fields)
        if not report.delivered(results):
            raise FailoverIncomplete(
                str(fields.get("decision")), "the report reached neither region's topic"
            )
        return results


def _malformed(inv: _Invocation, notice: alarm.Malformed) -> Dict[str, Any]:
    _log.warning(
        "ignored a malformed notification",
        extra={
            "fields": inv.fields(
                decision=IGNORED_MALFORMED,
                problem=notice.problem,
                topic_arn=notice.topic_arn,
                message_id=notice.message_id,
            )
        },
    )
    inv.final_report(
        "received",
        "tfdr failover: ignored a malformed notification",
        decision=IGNORED_MALFORMED,
        summary=f"ignored: {notice.problem}",
        problem=notice.problem,
        topic_arn=notice.topic_arn,
        message_id=notice.message_id,
    )
    return {"decision": IGNORED_MALFORMED, "problem": notice.problem}


def _act(inv: _Invocation, action: str) -> Dict[str, Any]:
    """Starts the switchover or failover; returns the outcome."""
    cfg = inv.cfg
    client = aws.client("rds", cfg.dr_cluster.region, aws.MUTATE)
    params: Dict[str, Any] = {
        "GlobalClusterIdentifier": cfg.global_cluster_id,
        "TargetDbClusterIdentifier": cfg.dr_cluster.arn,
    }
    if action == decide.SWITCHOVER:
        operation, method = "rds:SwitchoverGlobalCluster", "switchover_global_cluster"
    else:
        operation, method = "rds:FailoverGlobalCluster", "failover_global_cluster"
        params["AllowDataLoss"] = True
    request = {"operation": operation, **params}
    _log.warning("starting", extra={"fields": inv.fields(step="action", action=action, request=request)})
    try:
        got = aws.call(client, operation, method, **params)
    except aws.AwsCallFailed as err:
        return {"outcome": "failed", "request": request, "error": err.failure.summary()}
    g = got.get("GlobalCluster") or {}
    return {
        "outcome": "started",
        "request": request,
        "global_cluster_status": g.get("Status"),
        "failover_state": g.get("FailoverState"),
    }


def _alarm(inv: _Invocation, change: alarm.AlarmChange) -> Dict[str, Any]:
    cfg = inv.cfg
    summary = change.summary()
    if cfg.trigger_alarm_names is not None and change.name not in cfg.trigger_alarm_names:
        # Not a trigger (the subscription's filter policy should have kept it away):
        # logged, not reported, so a shared topic does not fill with noise.
        _log.info(
            "ignored an alarm that is not a trigger",
            extra={"fields": inv.fields(decision=IGNORED_OTHER_ALARM, alarm=summary)},
        )
        return {"decision": IGNORED_OTHER_ALARM}
    _log.info("alarm received", extra={"fields": inv.fields(step="received", alarm=summary)})
    if change.new_state != alarm.ALARM:
        decision = decide.decide(change.new_state, None, cfg.mode, cfg.data_loss_policy)
        inv.final_report(
            "received",
            f"tfdr failover: {change.name} is {change.new_state} (no action)",
            decision=decision.name,
            summary=decision.reason,
            alarm=summary,
        )
        return {"decision": decision.name}

    inv.report(
        "received",
        f"tfdr failover: {change.name} is ALARM, assessing",
        decision=None,
        summary="the primary's health alarm fired: checking the primary and the DR cluster",
        alarm=summary,
    )
    return _run(inv, assess.gather(cfg), {"alarm": summary}, change.name, poll=None)


def _poll(inv: _Invocation, poll: alarm.ScheduledPoll) -> Dict[str, Any]:
    """A scheduled poll: quiet while Route 53's checkers see the primary
    healthy; otherwise the same assessment as on ``ALARM``."""
    cfg = inv.cfg
    summary = poll.summary()
    health = assess.health_check(cfg)
    if health.verdict == assess.CHECK_HEALTHY:
        _last_poll_report.clear()
        _log.info(
            "poll: the primary is healthy",
            extra={
                "fields": inv.fields(
                    step="poll",
                    decision=decide.PRIMARY_HEALTHY,
                    poll=summary,
                    facts={"primary_health_check": health.summary()},
                )
            },
        )
        return {"decision": decide.PRIMARY_HEALTHY, "trigger": TRIGGER_SCHEDULE, "reported": False}
    _log.warning(
        "poll: the primary is not healthy, assessing",
        extra={"fields": inv.fields(step="poll", poll=summary, facts={"primary_health_check": health.summary()})},
    )
    return _run(inv, assess.gather(cfg, health=health), {"poll": summary}, "scheduled poll", poll=TRIGGER_SCHEDULE)


def _watch(inv: _Invocation, watch: alarm.WatchAlert) -> Dict[str, Any]:
    """A primary-watch event: the watcher detected, Route 53 confirms. Exactly
    a scheduled poll, except that Route 53 seeing the primary healthy is a
    disagreement worth a warning (logged, not reported)."""
    cfg = inv.cfg
    summary = watch.summary()
    health = assess.health_check(cfg)
    if health.verdict == assess.CHECK_HEALTHY:
        _last_poll_report.clear()
        _log.warning(
            "watch: the primary watch and Route 53 disagree: Route 53's checkers see the primary healthy, no action",
            extra={
                "fields": inv.fields(
                    step="watch",
                    decision=decide.PRIMARY_HEALTHY,
                    watch=summary,
                    facts={"primary_health_check": health.summary()},
                )
            },
        )
        return {"decision": decide.PRIMARY_HEALTHY, "trigger": TRIGGER_WATCH, "reported": False}
    _log.warning(
        "watch: Route 53 does not see the primary healthy either, assessing",
        extra={"fields": inv.fields(step="watch", watch=summary, facts={"primary_health_check": health.summary()})},
    )
    return _run(inv, assess.gather(cfg, health=health), {"watch": summary}, "primary watch", poll=TRIGGER_WATCH)


def _poll_report_key(decision: decide.Decision, scale: Optional[Dict[str, Any]]) -> Any:
    return (decision.name, decision.would, scale["outcome"] if scale else None)


def _poll_reports(decision: decide.Decision, scale: Optional[Dict[str, Any]]) -> bool:
    """Whether a poll that started no database action reports its outcome."""
    if scale is not None and scale["outcome"] in (standby.STARTED, standby.FAILED):
        return True
    if decision.name in POLL_LOG_ONLY and (scale is None or scale["outcome"] == standby.AT_TARGET):
        return False
    return _last_poll_report != [_poll_report_key(decision, scale)]


def _run(
    inv: _Invocation, facts: assess.Facts, trigger: Dict[str, Any], label: str, poll: Optional[str]
) -> Dict[str, Any]:
    """Decides on ``facts``, acts, scales the standby out, reports; raises
    :class:`FailoverIncomplete` when a retry can help. ``poll``: None for an
    alarm (every outcome reported), else the poll-like trigger
    (:data:`TRIGGER_SCHEDULE`, :data:`TRIGGER_WATCH`), which reports only what
    :func:`_poll_reports` lets through."""
    cfg = inv.cfg
    for failure in facts.failures:
        _log.error(
            "aws call failed",
            extra={"fields": inv.fields(step="assess", error_code=failure.code, error=failure.summary())},
        )
    decision = decide.decide(alarm.ALARM, facts, cfg.mode, cfg.data_loss_policy)
    level = _log.warning if decision.action or decision.retry else _log.info
    level(
        "decided",
        extra={
            "fields": inv.fields(
                step="assessed",
                decision=decision.name,
                reason=decision.reason,
                would=decision.would,
                facts=facts.summary(),
                **trigger,
            )
        },
    )
    assessed = dict(
        decision=decision.name,
        summary=decision.reason,
        **trigger,
        facts=facts.summary(),
        would=decision.would,
        action=decision.action,
    )
    title = f"tfdr failover: {decision.name} ({label})"

    # The database step.
    outcome: Optional[Dict[str, Any]] = None
    if decision.action is not None:
        inv.report("assessed", title, **assessed)
        outcome = _act(inv, decision.action)
        (_log.warning if outcome["outcome"] == "started" else _log.error)(
            "action " + outcome["outcome"],
            extra={"fields": inv.fields(step="action", decision=decision.name, **outcome)},
        )

    # The standby, whatever the database decision: only Route 53's verdict counts.
    scale: Optional[Dict[str, Any]] = None
    if facts.health.verdict == assess.CHECK_UNHEALTHY:
        scale = standby.step(cfg)
    if scale is not None:
        log = {standby.FAILED: _log.error, standby.AT_TARGET: _log.info}.get(scale["outcome"], _log.warning)
        log("standby scale-out " + scale["outcome"], extra={"fields": inv.fields(step="scale-out", scale_out=scale)})
    extra = {"scale_out": scale} if cfg.standby is not None else {}

    result: Dict[str, Any] = {"decision": decision.name}
    if outcome is not None:
        started = outcome["outcome"] == "started"
        inv.final_report(
            "action",
            f"tfdr failover: {decision.name} {outcome['outcome']} ({label})",
            decision=decision.name,
            summary=(
                f"{outcome['request']['operation']} started: the DR cluster is being promoted"
                if started
                else f"{outcome['request']['operation']} failed: an operator must act"
            ),
            **trigger,
            **outcome,
            **extra,
        )
        result["outcome"] = outcome["outcome"]
        reported = True
    else:
        result["would"] = decision.would
        reported = not poll or _poll_reports(decision, scale)
        if reported:
            inv.final_report("assessed", title, **assessed, **extra)
        else:
            _log.info(
                "poll: not reported",
                extra={
                    "fields": inv.fields(
                        step="assessed",
                        decision=decision.name,
                        reason="nothing to do, or already reported by this execution environment",
                    )
                },
            )
    if poll:
        if reported:
            _last_poll_report[:] = [_poll_report_key(decision, scale)]
        result.update(trigger=poll, reported=reported)
    if scale is not None:
        result["scale_out"] = scale["outcome"]

    if outcome is not None and outcome["outcome"] != "started":
        raise FailoverIncomplete(decision.name, f"{outcome['request']['operation']} failed")
    if decision.retry:
        raise FailoverIncomplete(decision.name, decision.reason)
    if scale is not None and scale["outcome"] == standby.FAILED:
        raise FailoverIncomplete(decision.name, "the standby scale-out failed")
    return result


def lambda_handler(event: Any, context: Any) -> Dict[str, Any]:
    """The Lambda entry point (SNS event, or EventBridge event: scheduled,
    alarm state change, primary watch -> a summary of what was decided)."""
    request_id: Optional[str] = getattr(context, "aws_request_id", None)
    try:
        cfg = config.load()
    except config.ConfigError as err:
        _log.error(
            "misconfigured",
            extra={"fields": {"request_id": request_id, "variable": err.variable, "problem": err.problem}},
        )
        raise
    inv = _Invocation(cfg, request_id)
    results: List[Dict[str, Any]] = []
    try:
        for notice in alarm.parse_event(event, watch_source=cfg.watch_event_source):
            if isinstance(notice, alarm.OwnReport):
                _log.info(
                    "ignored one of this function's own reports",
                    extra={
                        "fields": inv.fields(
                            decision=IGNORED_OWN_REPORT,
                            topic_arn=notice.topic_arn,
                            message_id=notice.message_id,
                        )
                    },
                )
                results.append({"decision": IGNORED_OWN_REPORT})
            elif isinstance(notice, alarm.Malformed):
                results.append(_malformed(inv, notice))
            elif isinstance(notice, alarm.ScheduledPoll):
                results.append(_poll(inv, notice))
            elif isinstance(notice, alarm.WatchAlert):
                results.append(_watch(inv, notice))
            else:
                results.append(_alarm(inv, notice))
    except FailoverIncomplete as err:
        _log.error(
            "invocation failed: Lambda will retry",
            extra={"fields": inv.fields(decision=err.decision, reason=err.why)},
        )
        raise
    return {"request_id": request_id, "results": results}
