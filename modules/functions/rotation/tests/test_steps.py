"""The four steps against moto: a whole rotation, each step's idempotency,
the writer after a failover, and testSecret's waiting (Stubber)."""

from __future__ import annotations

import datetime

import pytest
from botocore.stub import Stubber
from conftest import (
    DR,
    DR_CLUSTER,
    DR_ID,
    FIRST_PASSWORD,
    GLOBAL_ID,
    PRIMARY,
    PRIMARY_CLUSTER,
    PRIMARY_ID,
    USERNAME,
    World,
    invoke,
    log_lines,
    rotate,
)

import aws
import handler
import steps


def test_a_rotation_changes_the_writers_password_and_the_current_version(
    world: World, capsys: pytest.CaptureFixture
) -> None:
    token = rotate(world)
    new = world.value()
    assert new["username"] == USERNAME
    assert new["password"] != FIRST_PASSWORD
    assert len(new["password"]) == steps.PASSWORD_LENGTH
    assert not set(new["password"]) & set(steps.EXCLUDED_CHARACTERS)
    assert world.master_password(PRIMARY, PRIMARY_ID) == new["password"]
    assert "AWSCURRENT" in world.stages()[token]
    assert world.value("AWSPREVIOUS")["password"] == FIRST_PASSWORD
    # The exact control-plane call, in the writer's region.
    ((region, params),) = world.ops("ModifyDBCluster")
    assert region == PRIMARY
    assert params == {"DBClusterIdentifier": PRIMARY_ID, "MasterUserPassword": new["password"], "ApplyImmediately": True}
    ((_, random),) = world.ops("GetRandomPassword")
    assert random == {"PasswordLength": 32, "ExcludeCharacters": "/\"@ '\\", "RequireEachIncludedType": True}
    ((_, put),) = world.ops("PutSecretValue")
    assert put["VersionStages"] == ["AWSPENDING"] and put["ClientRequestToken"] == token
    # Structured logs, one per step, and never a password.
    out = capsys.readouterr().out
    assert new["password"] not in out and FIRST_PASSWORD not in out
    lines = log_lines(out)
    assert [line["step"] for line in lines] == list(handler.STEPS)
    assert [line["outcome"] for line in lines] == ["created", "requested", "applied", "finished"]
    assert all(line["level"] == "INFO" and line["logger"] == "rotation" for line in lines)


def test_extra_keys_of_the_secret_are_kept(world: World) -> None:
    import boto3
    import json

    boto3.client("secretsmanager", region_name=PRIMARY).put_secret_value(
        SecretId=world.secret_arn,
        SecretString=json.dumps({"username": USERNAME, "password": FIRST_PASSWORD, "engine": "postgres"}),
    )
    rotate(world)
    assert world.value()["engine"] == "postgres"


def test_every_step_is_idempotent(world: World) -> None:
    token = world.start_rotation()
    for step in handler.STEPS:
        invoke(world, step, token)
        invoke(world, step, token)
    assert len(world.ops("PutSecretValue")) == 1, "createSecret once, then unchanged"
    assert len(world.ops("UpdateSecretVersionStage")) == 1
    assert world.master_password(PRIMARY, PRIMARY_ID) == world.value()["password"]
    # A step for a version that is already current does nothing at all.
    before = len(world.calls)
    assert invoke(world, "setSecret", token) == {"step": "setSecret", "outcome": "unchanged"}
    assert [op for _, op, _ in world.calls[before:]] == ["DescribeSecret"]


def test_after_a_failover_the_dr_cluster_is_the_one_changed(world: World) -> None:
    world.fail_over()
    rotate(world)
    ((region, params),) = world.ops("ModifyDBCluster")
    assert (region, params["DBClusterIdentifier"]) == (DR, DR_ID)
    assert world.master_password(DR, DR_ID) == world.value()["password"]
    assert world.master_password(PRIMARY, PRIMARY_ID) != world.value()["password"]
    (describe,) = [p for r, p in world.ops("DescribeDBClusters")]
    assert describe == {"DBClusterIdentifier": DR_ID}
    # The writer is looked up in the secret's (primary) region.
    assert {r for r, _ in world.ops("DescribeGlobalClusters")} == {PRIMARY}


def _cluster(status: str, pending: dict) -> dict:
    return {"DBClusterIdentifier": PRIMARY_ID, "DBClusterArn": PRIMARY_CLUSTER, "Status": status, "PendingModifiedValues": pending}


def _stub_rds(world: World, clusters: list) -> Stubber:
    """moto never shows a pending master password: the rds client (which
    testSecret uses for exactly these calls) answers from a Stubber."""
    client = aws.client("rds", PRIMARY, aws.RDS)
    stub = Stubber(client)
    stub.add_response(
        "describe_global_clusters",
        {
            "GlobalClusters": [
                {
                    "GlobalClusterIdentifier": GLOBAL_ID,
                    "GlobalClusterMembers": [
                        {"DBClusterArn": PRIMARY_CLUSTER, "IsWriter": True},
                        {"DBClusterArn": DR_CLUSTER, "IsWriter": False},
                    ],
                }
            ]
        },
        {"GlobalClusterIdentifier": GLOBAL_ID},
    )
    for c in clusters:
        stub.add_response("describe_db_clusters", {"DBClusters": [c]}, {"DBClusterIdentifier": PRIMARY_ID})
    stub.activate()
    return stub


def test_test_secret_waits_until_rds_applied_the_password(world: World, capsys: pytest.CaptureFixture) -> None:
    token = world.start_rotation()
    invoke(world, "createSecret", token)
    stub = _stub_rds(
        world,
        [
            _cluster("modifying", {"MasterUserPassword": "****"}),
            _cluster("available", {"MasterUserPassword": "****"}),
            _cluster("available", {}),
        ],
    )
    assert invoke(world, "testSecret", token)["outcome"] == "applied"
    stub.assert_no_pending_responses()
    assert world.clock.slept == [aws.POLL_INTERVAL_S] * 2
    (line,) = [l for l in log_lines(capsys.readouterr().out) if l.get("step") == "testSecret"]
    assert line["polls"] == 3 and line["cluster"] == PRIMARY_CLUSTER


def test_test_secret_fails_when_the_change_stays_pending(world: World, capsys: pytest.CaptureFixture) -> None:
    token = world.start_rotation()
    invoke(world, "createSecret", token)
    polls = aws.TEST_WAIT_S // aws.POLL_INTERVAL_S + 1
    _stub_rds(world, [_cluster("resetting-master-credentials", {"MasterUserPassword": "****"})] * polls)
    with pytest.raises(steps.PasswordChangePending):
        invoke(world, "testSecret", token)
    assert sum(world.clock.slept) <= aws.TEST_WAIT_S
    assert "AWSCURRENT" not in world.stages()[token], "the rotation failed: the current version stays"
    (line,) = [l for l in log_lines(capsys.readouterr().out) if l["level"] == "ERROR"]
    assert line["error_code"] == "PasswordChangePending" and line["step"] == "testSecret"


def test_test_secret_alone_checks_the_configuration(world: World) -> None:
    """RotateSecret with RotateImmediately=false (what tfdr configures) runs
    only testSecret, on a pending copy of the current version (moto copies the
    value the same way): it passes without changing anything."""
    token = world.start_rotation()
    world.secret().versions[token]["secret_string"] = world.secret().secret_string
    assert invoke(world, "testSecret", token)["outcome"] == "applied"
    assert world.ops("ModifyDBCluster") == [] and world.ops("PutSecretValue") == []
