"""The package's contract: exactly the six modules, boto3/botocore and the
standard library only, the clients' timeouts and retries against the time
budget, and README.md naming every variable and IAM action."""

from __future__ import annotations

import ast
import os
import re
import sys
from typing import Set

import aws

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODULES = ["api.py", "aws.py", "checks.py", "config.py", "jsonlog.py", "watch.py"]
OWN = {m[:-3] for m in MODULES}
ALLOWED_THIRD_PARTY = {"boto3", "botocore"}


def _readme() -> str:
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        return f.read()


def test_the_package_is_exactly_the_six_modules() -> None:
    found = []
    for dirpath, dirnames, filenames in os.walk(ROOT):
        dirnames[:] = [d for d in dirnames if d not in ("tests", "__pycache__")]
        found += [os.path.relpath(os.path.join(dirpath, f), ROOT) for f in filenames if f.endswith(".py")]
    assert sorted(found) == MODULES


def _imports(path: str) -> Set[str]:
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read(), path)
    names: Set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: relative import (the modules sit at the zip root)"
            names.add((node.module or "").split(".")[0])
    return names


def test_only_boto3_botocore_and_the_standard_library_are_imported() -> None:
    for module in MODULES:
        for name in _imports(os.path.join(ROOT, module)):
            ok = name in OWN or name in ALLOWED_THIRD_PARTY or name in sys.stdlib_module_names or name == "__future__"
            assert ok, f"{module} imports {name}: only boto3, botocore and the standard library"


def test_the_handlers_exist() -> None:
    import api
    import watch

    assert callable(api.lambda_handler) and callable(watch.lambda_handler)
    assert watch.DETAIL_TYPE_UNHEALTHY == "Primary region unhealthy"


def test_every_client_has_standard_retries_with_bounded_attempts() -> None:
    for profile in (aws.HEALTH, aws.WATCH):
        cfg = profile.config()
        assert cfg.retries == {"mode": "standard", "total_max_attempts": profile.total_max_attempts}
        assert cfg.connect_timeout == profile.connect_timeout_s
        assert cfg.read_timeout == profile.read_timeout_s


def test_the_health_endpoint_answers_within_route53s_two_seconds() -> None:
    assert aws.HEALTH.total_max_attempts == 1
    assert aws.HEALTH.worst_case_s == 1.5
    assert aws.API_DEADLINE_S < 2.0
    assert aws.TCP_TIMEOUT_S <= aws.API_DEADLINE_S
    assert aws.API_MIN_FUNCTION_TIMEOUT_S > aws.API_DEADLINE_S
    # A stale read is never older than Route 53 needs to notice (3 x 10 s)
    # plus the fresh window: about a minute.
    assert aws.FRESH_S <= 10 and aws.STALE_OK_S <= 60


def test_the_watchers_worst_case() -> None:
    assert aws.WATCH.worst_case_s == 7
    assert aws.WATCH_WORST_CASE_S == 2 * 5 + 3 * 7
    assert aws.WATCH_MIN_FUNCTION_TIMEOUT_S == 36


def test_the_readme_is_the_contract() -> None:
    readme = _readme()
    for name in (
        "api.lambda_handler",
        "watch.lambda_handler",
        "CLUSTER_ID",
        "GLOBAL_CLUSTER_ID",
        "DB_PORT",
        "MAX_LAG_SECONDS",
        "AWS_REGION",
        "PRIMARY_HEALTH_URL",
        "PRIMARY_REGION",
        "METRIC_NAMESPACE",
        "METRIC_NAME",
        "EVENT_SOURCE",
        "EMIT_EVENTS",
        "rds:DescribeDBClusters",
        "rds:DescribeGlobalClusters",
        "cloudwatch:GetMetricData",
        "cloudwatch:PutMetricData",
        "cloudwatch:namespace",
        "events:PutEvents",
        "Primary region unhealthy",
    ):
        assert name in readme, name
    for status in sorted(__import__("checks").SERVING_STATUSES):
        assert f"`{status}`" in readme, status
    for module in MODULES:
        assert re.search(rf"\| `{re.escape(module)}` \|", readme), module
