"""Fixtures of the rotation function's tests: moto's in-process Secrets
Manager and RDS (no network, no real credentials), set up as tfdr deploys the
function for payments-dr (primary us-east-1, DR us-east-2): the master secret
with the stack's JSON shape, a global cluster with a writer in the primary
region and a secondary in the DR region.

What moto (5.2.5) cannot do is filled in here:

- moto's ``rotate_secret`` invokes the rotation function through its own
  Lambda backend (which needs Docker); :meth:`World.start_rotation` does what
  Secrets Manager does before ``createSecret`` instead: an empty version
  staged ``AWSPENDING``, rotation enabled, and then the test invokes the
  handler step by step;
- moto never reports ``PendingModifiedValues`` for a cluster (a password
  change applies at once): ``test_steps.py`` checks ``testSecret``'s waiting
  with botocore's ``Stubber`` on the rds client (which makes only the two
  calls that are stubbed there);
- faults: any operation (optionally of one region's client) can be made to
  fail with an AWS error code and HTTP status, or raise a botocore exception,
  through a ``before-call`` hook on the function's own clients; every call is
  recorded with its parameters.
"""

from __future__ import annotations

import json
import os
import sys
import time
import uuid
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any, Dict, Iterator, List, Optional, Tuple, Union

import boto3
import pytest
from moto import mock_aws
from moto.core import DEFAULT_ACCOUNT_ID
from moto.rds.models import rds_backends
from moto.secretsmanager.models import secretsmanager_backends

# The function's modules live at the zip root, next to this folder.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import aws  # noqa: E402
import handler  # noqa: E402

PRIMARY = "us-east-1"
DR = "us-east-2"
GLOBAL_ID = "aurora-global-use1-prod"
PRIMARY_ID = "aurora-use1-prod"
DR_ID = "aurora-use2-prod"
PRIMARY_CLUSTER = f"arn:aws:rds:{PRIMARY}:{DEFAULT_ACCOUNT_ID}:cluster:{PRIMARY_ID}"
DR_CLUSTER = f"arn:aws:rds:{DR}:{DEFAULT_ACCOUNT_ID}:cluster:{DR_ID}"
SECRET_NAME = "aurora-master-use1-prod"
USERNAME = "payments_admin"
#: The first password (what Terraform's ephemeral password would be).
FIRST_PASSWORD = "Initial-Password-0123456789abcdef"

Fault = Union[Exception, Tuple[str, int]]


@dataclass
class Context:
    """The part of the Lambda context object the handler reads."""

    aws_request_id: str = "lambda-req-1"


@dataclass
class Clock:
    """A monotonic clock that only moves when the function sleeps."""

    now: float = 1000.0
    slept: List[float] = field(default_factory=list)

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No real credentials, config files or endpoints can leak in."""
    for name in list(os.environ):
        if name.startswith("AWS_") or name in ("SECRET_ARN", "GLOBAL_CLUSTER_ID", "PRIMARY_CLUSTER_ARN", "DR_CLUSTER_ARN"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "testing")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", os.devnull)
    monkeypatch.setenv("AWS_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("AWS_REGION", PRIMARY)
    handler.reset_clients()
    yield
    handler.reset_clients()


def _response(status: int, parsed: Dict[str, Any]) -> Tuple[Any, Dict[str, Any]]:
    return SimpleNamespace(status_code=status, headers={}, content=b""), parsed


@dataclass
class World:
    """The mocked AWS, the fake clock, the faults and the call log."""

    clock: Clock
    secret_arn: str = ""
    #: ``"Operation"`` or ``"region/Operation"`` -> fault (every attempt).
    faults: Dict[str, Fault] = field(default_factory=dict)
    #: Every call the function made: (region, operation, params).
    calls: List[Tuple[str, str, Dict[str, Any]]] = field(default_factory=list)

    def env(self) -> Dict[str, str]:
        """The environment tfdr gives the function."""
        return {
            "SECRET_ARN": self.secret_arn,
            "GLOBAL_CLUSTER_ID": GLOBAL_ID,
            "PRIMARY_CLUSTER_ARN": PRIMARY_CLUSTER,
            "DR_CLUSTER_ARN": DR_CLUSTER,
        }

    def ops(self, name: str) -> List[Tuple[str, Dict[str, Any]]]:
        """(region, params) of every call of operation ``name``."""
        return [(region, params) for region, op, params in self.calls if op == name]

    # -- Secrets Manager's side -------------------------------------------

    def secret(self) -> Any:
        return secretsmanager_backends[DEFAULT_ACCOUNT_ID][PRIMARY].secrets[self.secret_arn]

    def start_rotation(self, token: Optional[str] = None) -> str:
        """What Secrets Manager does before ``createSecret``: an empty version
        ``token`` staged ``AWSPENDING``; rotation enabled."""
        token = token or str(uuid.uuid4())
        secret = self.secret()
        secret.remove_version_stages_from_old_versions(["AWSPENDING"])
        secret.versions[token] = {"createdate": int(time.time()), "version_id": token, "version_stages": ["AWSPENDING"]}
        secret.rotation_requested = True
        secret.rotation_enabled = True
        secret.auto_rotate_after_days = 30
        return token

    def stages(self) -> Dict[str, List[str]]:
        return {v: list(d["version_stages"]) for v, d in self.secret().versions.items()}

    def value(self, stage: str = "AWSCURRENT") -> Dict[str, Any]:
        sm = boto3.client("secretsmanager", region_name=PRIMARY)
        return json.loads(sm.get_secret_value(SecretId=self.secret_arn, VersionStage=stage)["SecretString"])

    # -- RDS ----------------------------------------------------------------

    def master_password(self, region: str, cluster_id: str) -> Optional[str]:
        """The master password moto holds for a cluster (its property refuses
        to give it back, the stored value is read)."""
        return getattr(rds_backends[DEFAULT_ACCOUNT_ID][region].clusters[cluster_id], "_master_user_password", None)

    def fail_over(self) -> None:
        """The DR cluster becomes the writer of the global cluster (as after a
        managed failover or switchover)."""
        rds_backends[DEFAULT_ACCOUNT_ID][PRIMARY].clusters[PRIMARY_ID].is_writer = False
        rds_backends[DEFAULT_ACCOUNT_ID][DR].clusters[DR_ID].is_writer = True

    # -- hooks --------------------------------------------------------------

    def install(self, client: Any) -> None:
        region = client.meta.region_name
        client.meta.events.register("before-parameter-build", self._keep_params)
        client.meta.events.register("before-call", self._before(region))

    @staticmethod
    def _keep_params(params: Dict[str, Any], context: Dict[str, Any], **_: Any) -> None:
        context["world_params"] = dict(params)

    def _before(self, region: str) -> Any:
        def hook(model: Any, context: Dict[str, Any], **_: Any) -> Optional[Tuple[Any, Dict[str, Any]]]:
            op = model.name
            self.calls.append((region, op, dict(context.get("world_params", {}))))
            fault = self.faults.get(f"{region}/{op}", self.faults.get(op))
            if isinstance(fault, Exception):
                raise fault
            if fault is not None:
                code, status = fault
                return _response(
                    status,
                    {
                        "Error": {"Code": code, "Message": f"injected {code}"},
                        "ResponseMetadata": {"HTTPStatusCode": status, "RequestId": "world"},
                    },
                )
            return None

        return hook


@pytest.fixture
def world(monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    """The mocked AWS of payments-dr's master secret and global database."""
    with mock_aws():
        clock = Clock()
        monkeypatch.setattr(handler, "sleep", clock.sleep)
        monkeypatch.setattr(handler, "monotonic", clock.monotonic)
        w = World(clock=clock)
        rds = boto3.client("rds", region_name=PRIMARY)
        rds.create_global_cluster(GlobalClusterIdentifier=GLOBAL_ID, Engine="aurora-postgresql", EngineVersion="15.4")
        rds.create_db_cluster(
            DBClusterIdentifier=PRIMARY_ID,
            Engine="aurora-postgresql",
            EngineVersion="15.4",
            GlobalClusterIdentifier=GLOBAL_ID,
            MasterUsername=USERNAME,
            MasterUserPassword=FIRST_PASSWORD,
        )
        boto3.client("rds", region_name=DR).create_db_cluster(
            DBClusterIdentifier=DR_ID,
            Engine="aurora-postgresql",
            EngineVersion="15.4",
            GlobalClusterIdentifier=GLOBAL_ID,
        )
        sm = boto3.client("secretsmanager", region_name=PRIMARY)
        w.secret_arn = sm.create_secret(
            Name=SECRET_NAME,
            SecretString=json.dumps({"username": USERNAME, "password": FIRST_PASSWORD}),
        )["ARN"]
        for name, value in w.env().items():
            monkeypatch.setenv(name, value)
        original = aws.make_client

        def hooked(service: str, region: str, profile: aws.Profile) -> Any:
            client = original(service, region, profile)
            w.install(client)
            return client

        monkeypatch.setattr(aws, "make_client", hooked)
        yield w


def invoke(world: World, step: str, token: str, secret_id: Optional[str] = None) -> Dict[str, Any]:
    """Calls the handler as Secrets Manager does for one step."""
    event = {"Step": step, "SecretId": secret_id or world.secret_arn, "ClientRequestToken": token}
    return handler.lambda_handler(event, Context())


def rotate(world: World) -> str:
    """A whole rotation, the four steps in order; returns the token."""
    token = world.start_rotation()
    for step in handler.STEPS:
        invoke(world, step, token)
    return token


def log_lines(captured: str) -> List[Dict[str, Any]]:
    """Every stdout line must be one JSON object; returns them parsed."""
    return [json.loads(line) for line in captured.splitlines() if line.strip()]
