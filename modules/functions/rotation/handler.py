"""Secrets Manager rotation function of the Aurora global database's master
credentials (tfdr ``secret_rotation``). Entry point: ``handler.lambda_handler``.

Secrets Manager invokes it once per step with ``{"Step", "SecretId",
"ClientRequestToken"}`` (AWS Secrets Manager User Guide, "Rotation by Lambda
function"); :mod:`steps` does the work. Before any step, as AWS's rotation
templates do, the handler checks that the event is for the configured secret,
that rotation is enabled on it, and that the version ``token`` is staged for
rotation (``AWSPENDING``); a version already ``AWSCURRENT`` needs nothing.

Any failure is logged as one JSON line (``level`` ERROR, the step, the token,
the AWS error code) and **re-raised**, so the invocation fails and Secrets
Manager marks the rotation failed (the secret keeps its current version).

Configuration and contract: README.md. boto3/botocore only (the runtime's).
"""

from __future__ import annotations

import time
from typing import Any, Callable, Dict, Optional

import aws
import config
import jsonlog
import steps

_log = jsonlog.get_logger()

#: How ``testSecret`` waits and reads the clock (tests replace both).
sleep: Callable[[float], None] = time.sleep
monotonic: Callable[[], float] = time.monotonic

STEPS = ("createSecret", "setSecret", "testSecret", "finishSecret")


class BadEvent(Exception):
    """The event is not a rotation step for this function's secret."""


def reset_clients() -> None:
    """Forgets the cached AWS clients (tests)."""
    aws.reset_clients()


def _field(event: Any, name: str) -> str:
    value = event.get(name) if isinstance(event, dict) else None
    if not isinstance(value, str) or not value:
        raise BadEvent(f"the event has no `{name}`")
    return value


def run(cfg: config.Config, event: Any, fields: Dict[str, Any]) -> Dict[str, Any]:
    """One step (see the module docs)."""
    step = _field(event, "Step")
    secret = _field(event, "SecretId")
    token = _field(event, "ClientRequestToken")
    fields.update(step=step, token=token)
    if step not in STEPS:
        raise BadEvent(f"unknown step `{step}`")
    if secret != cfg.secret_arn:
        raise BadEvent("the event is for another secret than the one this function rotates")

    def log(message: str, **extra: Any) -> None:
        _log.info(message, extra={"fields": dict(fields, **extra)})

    meta = aws.call(
        aws.client("secretsmanager", cfg.secret_region, aws.SECRETS),
        "secretsmanager:DescribeSecret",
        "describe_secret",
        SecretId=cfg.secret_arn,
    )
    if not meta.get("RotationEnabled"):
        raise steps.RotationError("rotation is not enabled on the secret")
    stages = (meta.get("VersionIdsToStages") or {}).get(token)
    if stages is None:
        raise steps.RotationError("the version is not a version of the secret")
    if steps.CURRENT in stages:
        log("version already current: nothing to do", outcome="unchanged")
        return {"step": step, "outcome": "unchanged"}
    if steps.PENDING not in stages:
        raise steps.RotationError("the version is not staged AWSPENDING")

    if step == "createSecret":
        outcome = steps.create_secret(cfg, token, log)
    elif step == "setSecret":
        outcome = steps.set_secret(cfg, token, log)
    elif step == "testSecret":
        outcome = steps.test_secret(cfg, token, log, sleep, monotonic)
    else:
        outcome = steps.finish_secret(cfg, token, log)
    return {"step": step, "outcome": outcome}


def lambda_handler(event: Any, context: Any) -> Dict[str, Any]:
    """The Lambda entry point (a rotation step -> what it did)."""
    request_id: Optional[str] = getattr(context, "aws_request_id", None)
    fields: Dict[str, Any] = {"request_id": request_id}
    try:
        cfg = config.load()
    except config.ConfigError as err:
        _log.error(
            "misconfigured",
            extra={"fields": dict(fields, variable=err.variable, problem=err.problem)},
        )
        raise
    fields.update(function_region=cfg.function_region, global_cluster=cfg.global_cluster_id)
    try:
        return run(cfg, event, fields)
    except aws.AwsCallFailed as err:
        _log.error(
            "rotation step failed: AWS error",
            extra={"fields": dict(fields, error_code=err.failure.code, error=err.failure.summary())},
        )
        raise
    except (steps.RotationError, BadEvent) as err:
        _log.error(
            "rotation step failed",
            extra={"fields": dict(fields, problem=str(err), error_code=type(err).__name__)},
        )
        raise
