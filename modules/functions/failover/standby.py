"""The standby web tier's scale-out: when Route 53's checkers declare the
primary down, raise the DR region's Auto Scaling group to the primary's size,
independently of what the database decision is (README.md, "Standby
scale-out").

The policy (tfdr's ``scale-out-standby``) sets the group to *exactly* the
target (``ExactCapacity``), so it is executed only while the group's desired
capacity is below the target: executing it above would shrink a group that
target tracking has grown. Hence the read first (``DescribeAutoScalingGroups``)
and no call without it: a group that cannot be read is a failed step, never a
blind ``ExecutePolicy``.

Outcomes (the report's ``scale_out.outcome``):

- ``at-target``: the desired capacity is at or above the target; no call.
- ``would-scale-out``: ``MODE=notify-only`` and below the target; no call.
- ``started``: ``ExecutePolicy`` (``HonorCooldown=False``) was accepted.
- ``failed``: the group could not be read (or does not exist), or
  ``ExecutePolicy`` failed; the invocation fails after the report, so Lambda
  retries it (the retry reads the group again).
"""

from __future__ import annotations

from typing import Any, Dict, Optional

import aws
import config

AT_TARGET = "at-target"
WOULD_SCALE_OUT = "would-scale-out"
STARTED = "started"
FAILED = "failed"


def _group(cfg: config.Config, standby: config.Standby) -> Dict[str, Any]:
    """The group's capacities, or ``{"error": ...}``."""
    client = aws.client("autoscaling", standby.region, aws.CONTROL)
    try:
        got = aws.call(
            client,
            "autoscaling:DescribeAutoScalingGroups",
            "describe_auto_scaling_groups",
            AutoScalingGroupNames=[standby.group_name],
        )
    except aws.AwsCallFailed as err:
        return {"error": err.failure.summary()}
    groups = [g for g in got.get("AutoScalingGroups") or [] if isinstance(g, dict)]
    group = next((g for g in groups if g.get("AutoScalingGroupName") == standby.group_name), None)
    if group is None:
        return {"error": {"operation": "autoscaling:DescribeAutoScalingGroups", "code": "GroupNotFound",
                          "message": f"no group named {standby.group_name}", "transient": False}}
    return {
        "desired_capacity": group.get("DesiredCapacity"),
        "min_size": group.get("MinSize"),
        "max_size": group.get("MaxSize"),
    }


def step(cfg: config.Config) -> Optional[Dict[str, Any]]:
    """Scales the standby out if it is configured and below its target (call
    only once Route 53's checkers declare the primary down); returns the
    report's ``scale_out`` field, or None without a standby."""
    standby = cfg.standby
    if standby is None:
        return None
    out: Dict[str, Any] = {
        "group": standby.group_name,
        "policy": standby.policy_name,
        "region": standby.region,
        "target_capacity": standby.target_capacity,
    }
    group = _group(cfg, standby)
    if "error" in group:
        return {**out, "outcome": FAILED, "error": group["error"]}
    out.update(group)
    desired = group.get("desired_capacity")
    if not isinstance(desired, int):
        error = {"operation": "autoscaling:DescribeAutoScalingGroups", "code": "NoDesiredCapacity",
                 "message": "the group's answer has no DesiredCapacity", "transient": False}
        return {**out, "outcome": FAILED, "error": error}
    if desired >= standby.target_capacity:
        return {**out, "outcome": AT_TARGET}
    if cfg.mode == config.MODE_NOTIFY_ONLY:
        return {**out, "outcome": WOULD_SCALE_OUT}
    request = {
        "operation": "autoscaling:ExecutePolicy",
        "AutoScalingGroupName": standby.group_name,
        "PolicyName": standby.policy_name,
        "HonorCooldown": False,
    }
    client = aws.client("autoscaling", standby.region, aws.MUTATE)
    try:
        aws.call(
            client,
            "autoscaling:ExecutePolicy",
            "execute_policy",
            AutoScalingGroupName=standby.group_name,
            PolicyName=standby.policy_name,
            HonorCooldown=False,
        )
    except aws.AwsCallFailed as err:
        return {**out, "outcome": FAILED, "request": request, "error": err.failure.summary()}
    return {**out, "outcome": STARTED, "request": request}
