"""Bad events, a broken configuration, AWS errors and inconsistent state:
each is logged as one JSON ERROR line and re-raised (Secrets Manager marks
the rotation failed), and nothing is changed that should not be."""

from __future__ import annotations

import json
from typing import Any

import boto3
import pytest
from botocore.exceptions import EndpointConnectionError
from conftest import DR_CLUSTER, FIRST_PASSWORD, PRIMARY, PRIMARY_ID, World, invoke, log_lines

import config
import handler
import steps


def _error(capsys: pytest.CaptureFixture) -> dict:
    out = capsys.readouterr().out
    assert FIRST_PASSWORD not in out
    (line,) = [l for l in log_lines(out) if l["level"] == "ERROR"]
    return line


@pytest.mark.parametrize(
    "event,problem",
    [
        ({}, "no `Step`"),
        ({"Step": "createSecret", "ClientRequestToken": "t"}, "no `SecretId`"),
        ({"Step": "createSecret", "SecretId": "x"}, "no `ClientRequestToken`"),
        ({"Step": "dropDatabase", "SecretId": "x", "ClientRequestToken": "t"}, "unknown step"),
        ({"Step": "createSecret", "SecretId": "arn:aws:secretsmanager:us-east-1:123456789012:secret:other-AbCdEf", "ClientRequestToken": "t"}, "another secret"),
        ("not an object", "no `Step`"),
    ],
)
def test_a_bad_event_fails_before_any_call(world: World, capsys: pytest.CaptureFixture, event: Any, problem: str) -> None:
    with pytest.raises(handler.BadEvent, match=problem):
        handler.lambda_handler(event, None)
    assert world.calls == []
    line = _error(capsys)
    assert line["error_code"] == "BadEvent" and problem in line["problem"]


def test_rotation_must_be_enabled(world: World, capsys: pytest.CaptureFixture) -> None:
    token = world.start_rotation()
    world.secret().rotation_enabled = False
    with pytest.raises(steps.RotationError, match="not enabled"):
        invoke(world, "createSecret", token)
    assert _error(capsys)["step"] == "createSecret"


def test_the_token_must_be_a_pending_version(world: World) -> None:
    world.start_rotation()
    with pytest.raises(steps.RotationError, match="not a version"):
        invoke(world, "createSecret", "00000000-0000-0000-0000-000000000000")
    (current,) = [v for v, s in world.stages().items() if "AWSCURRENT" in s]
    token = world.start_rotation()
    world.secret().versions[token]["version_stages"] = []
    with pytest.raises(steps.RotationError, match="not staged AWSPENDING"):
        invoke(world, "createSecret", token)
    assert current


def test_an_aws_error_is_logged_with_its_code_and_reraised(world: World, capsys: pytest.CaptureFixture) -> None:
    token = world.start_rotation()
    invoke(world, "createSecret", token)
    world.faults[f"{PRIMARY}/ModifyDBCluster"] = ("InvalidDBClusterStateFault", 400)
    with pytest.raises(Exception) as err:
        invoke(world, "setSecret", token)
    assert "InvalidDBClusterStateFault" in str(err.value)
    line = _error(capsys)
    assert (line["error_code"], line["step"], line["token"]) == ("InvalidDBClusterStateFault", "setSecret", token)
    assert line["error"]["operation"] == "rds:ModifyDBCluster"
    pending = world.value("AWSPENDING")["password"]
    assert pending not in json.dumps(line)
    assert "AWSCURRENT" not in world.stages()[token]


def test_a_transport_error_is_an_aws_failure_too(world: World, capsys: pytest.CaptureFixture) -> None:
    token = world.start_rotation()
    world.faults["GetRandomPassword"] = EndpointConnectionError(endpoint_url="https://secretsmanager.us-east-1.amazonaws.com")
    with pytest.raises(Exception):
        invoke(world, "createSecret", token)
    assert _error(capsys)["error_code"] == "EndpointConnectionError"
    assert world.ops("PutSecretValue") == []


def test_create_secret_reraises_other_errors_than_not_found(world: World) -> None:
    token = world.start_rotation()
    world.faults["GetSecretValue"] = ("AccessDeniedException", 400)
    with pytest.raises(Exception, match="AccessDeniedException"):
        invoke(world, "createSecret", token)


def test_a_short_random_password_is_refused(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    token = world.start_rotation()
    original = steps.aws.call

    def short(client: Any, operation: str, method: str, **params: Any) -> Any:
        got = original(client, operation, method, **params)
        if method == "get_random_password":
            got["RandomPassword"] = got["RandomPassword"][:8]
        return got

    monkeypatch.setattr(steps.aws, "call", short)
    with pytest.raises(steps.RotationError, match="requested length"):
        invoke(world, "createSecret", token)
    assert world.ops("PutSecretValue") == []


@pytest.mark.parametrize(
    "current,problem",
    [
        ("not json", "not JSON"),
        ("[1, 2]", "not a JSON object"),
        (json.dumps({"username": "x"}), "no `password` string"),
        (json.dumps({"password": "p" * 10}), "no `username` string"),
    ],
)
def test_a_current_version_of_another_shape_is_refused(world: World, current: str, problem: str) -> None:
    boto3.client("secretsmanager", region_name=PRIMARY).put_secret_value(SecretId=world.secret_arn, SecretString=current)
    token = world.start_rotation()
    with pytest.raises(steps.RotationError, match=problem):
        invoke(world, "createSecret", token)


def test_a_pending_version_for_another_user_is_not_applied(world: World) -> None:
    token = world.start_rotation()
    boto3.client("secretsmanager", region_name=PRIMARY).put_secret_value(
        SecretId=world.secret_arn,
        ClientRequestToken=token,
        SecretString=json.dumps({"username": "intruder", "password": "x" * 32}),
        VersionStages=["AWSPENDING"],
    )
    for step in ("setSecret", "testSecret"):
        with pytest.raises(steps.RotationError, match="another user"):
            invoke(world, step, token)
    assert world.ops("ModifyDBCluster") == []


def test_no_writer_or_an_unknown_writer_fails_set_secret(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    token = world.start_rotation()
    invoke(world, "createSecret", token)
    from moto.core import DEFAULT_ACCOUNT_ID
    from moto.rds.models import rds_backends

    primary = rds_backends[DEFAULT_ACCOUNT_ID][PRIMARY].clusters[PRIMARY_ID]
    primary.is_writer = False
    with pytest.raises(steps.RotationError, match="0 writer members"):
        invoke(world, "setSecret", token)
    primary.is_writer = True
    monkeypatch.setenv("PRIMARY_CLUSTER_ARN", f"arn:aws:rds:{PRIMARY}:123456789012:cluster:someone-else")
    with pytest.raises(steps.RotationError, match="not one of the configured clusters"):
        invoke(world, "setSecret", token)
    assert world.ops("ModifyDBCluster") == []


def test_a_missing_global_cluster_or_cluster_fails(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    token = world.start_rotation()
    invoke(world, "createSecret", token)
    original = steps.aws.call

    def empty(client: Any, operation: str, method: str, **params: Any) -> Any:
        got = original(client, operation, method, **params)
        if method == "describe_global_clusters":
            return {"GlobalClusters": []}
        return got

    monkeypatch.setattr(steps.aws, "call", empty)
    with pytest.raises(steps.RotationError, match="not found"):
        invoke(world, "setSecret", token)

    def no_cluster(client: Any, operation: str, method: str, **params: Any) -> Any:
        got = original(client, operation, method, **params)
        if method == "describe_db_clusters":
            return {"DBClusters": []}
        return got

    monkeypatch.setattr(steps.aws, "call", no_cluster)
    with pytest.raises(steps.RotationError, match="not found"):
        invoke(world, "testSecret", token)


def test_finish_without_a_current_version_only_moves_the_label(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    # moto cannot hold a secret without AWSCURRENT (its UpdateSecretVersionStage
    # fails then): the second DescribeSecret (finishSecret's) is answered here.
    token = world.start_rotation()
    invoke(world, "createSecret", token)
    original = steps.aws.call
    moved: list = []

    def no_current(client: Any, operation: str, method: str, **params: Any) -> Any:
        if method == "describe_secret":
            return {"VersionIdsToStages": {token: ["AWSPENDING"]}}
        if method == "update_secret_version_stage":
            moved.append(params)
            return {}
        return original(client, operation, method, **params)

    monkeypatch.setattr(steps.aws, "call", no_current)
    assert steps.finish_secret(config.load(), token, lambda *a, **k: None) == "finished"
    assert moved == [{"SecretId": world.secret_arn, "VersionStage": "AWSCURRENT", "MoveToVersionId": token}]


@pytest.mark.parametrize(
    "name,value,problem",
    [
        ("SECRET_ARN", "", "is not set"),
        ("SECRET_ARN", "arn:aws:sns:us-east-1:123456789012:x", "not a Secrets Manager secret ARN"),
        ("SECRET_ARN", "arn:aws:secretsmanager:us-east-2:123456789012:secret:x-AbCdEf", "not in the primary cluster's region"),
        ("GLOBAL_CLUSTER_ID", "-bad", "not an RDS global cluster identifier"),
        ("PRIMARY_CLUSTER_ARN", "arn:aws:rds:us-east-1:123:cluster:x", "not an Aurora cluster ARN"),
        ("DR_CLUSTER_ARN", "", "is not set"),
        ("DR_CLUSTER_ARN", "arn:aws:rds:us-east-1:123456789012:cluster:other", "primary cluster's region"),
    ],
)
def test_a_broken_configuration_fails_naming_the_variable(
    world: World, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, name: str, value: str, problem: str
) -> None:
    monkeypatch.setenv(name, value)
    token = world.start_rotation()
    with pytest.raises(config.ConfigError) as err:
        invoke(world, "createSecret", token)
    assert err.value.variable == name and problem in err.value.problem
    assert world.calls == []
    line = _error(capsys)
    assert (line["message"], line["variable"]) == ("misconfigured", name)


def test_the_configuration_as_tfdr_sets_it(world: World) -> None:
    cfg = config.load(dict(world.env(), AWS_REGION=PRIMARY))
    assert cfg.secret_region == PRIMARY and cfg.function_region == PRIMARY
    assert [c.identifier for c in cfg.clusters] == [PRIMARY_ID, "aurora-use2-prod"]
    assert cfg.cluster(DR_CLUSTER) is cfg.clusters[1]
    assert config.load(world.env()).function_region is None
