"""Automated Aurora global database failover: a Lambda function in the DR
region, invoked (asynchronously, by SNS) when the alarm on the primary
region's Route 53 health check changes state. Entry point:
``handler.lambda_handler``.

For each alarm notification:

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
   ``action`` with the outcome.

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

_log = jsonlog.get_logger()

#: The decision recorded for ignored input.
IGNORED_MALFORMED = "ignored-malformed"
IGNORED_OWN_REPORT = "ignored-own-report"
IGNORED_OTHER_ALARM = "ignored-other-alarm"


class FailoverIncomplete(Exception):
    """The invocation must fail so that Lambda retries it (see the module
    docs); carries the decision reached so far."""

    def __init__(self, decision: str, why: str) -> None:
        super().__init__(f"{decision}: {why}")
        self.decision = decision
        self.why = why


def reset_clients() -> None:
    """Forgets the cached AWS clients (tests; a changed region)."""
    aws.reset_clients()


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
    facts = assess.gather(cfg)
    for failure in facts.failures:
        _log.error(
            "aws call failed",
            extra={"fields": inv.fields(step="assess", error_code=failure.code, error=failure.summary())},
        )
    decision = decide.decide(change.new_state, facts, cfg.mode, cfg.data_loss_policy)
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
            )
        },
    )
    assessed = dict(
        decision=decision.name,
        summary=decision.reason,
        alarm=summary,
        facts=facts.summary(),
        would=decision.would,
        action=decision.action,
    )
    title = f"tfdr failover: {decision.name} ({change.name})"
    if decision.action is None:
        inv.final_report("assessed", title, **assessed)
        if decision.retry:
            raise FailoverIncomplete(decision.name, decision.reason)
        return {"decision": decision.name, "would": decision.would}

    inv.report("assessed", title, **assessed)
    outcome = _act(inv, decision.action)
    started = outcome["outcome"] == "started"
    (_log.warning if started else _log.error)(
        "action " + outcome["outcome"],
        extra={"fields": inv.fields(step="action", decision=decision.name, **outcome)},
    )
    inv.final_report(
        "action",
        f"tfdr failover: {decision.name} {outcome['outcome']} ({change.name})",
        decision=decision.name,
        summary=(
            f"{outcome['request']['operation']} started: the DR cluster is being promoted"
            if started
            else f"{outcome['request']['operation']} failed: an operator must act"
        ),
        alarm=summary,
        **outcome,
    )
    if not started:
        raise FailoverIncomplete(decision.name, f"{outcome['request']['operation']} failed")
    return {"decision": decision.name, "outcome": "started"}


def lambda_handler(event: Any, context: Any) -> Dict[str, Any]:
    """The Lambda entry point (SNS event -> a summary of what was decided)."""
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
        for notice in alarm.parse_event(event):
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
            else:
                results.append(_alarm(inv, notice))
    except FailoverIncomplete as err:
        _log.error(
            "invocation failed: Lambda will retry",
            extra={"fields": inv.fields(decision=err.decision, reason=err.why)},
        )
        raise
    return {"request_id": request_id, "results": results}
