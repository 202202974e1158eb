"""AWS clients: bounded retries and timeouts, the function's worst case, and
one way to turn a failed call into an :class:`AwsFailure`.

botocore's **standard** retry mode with ``total_max_attempts`` (attempts
including the first) per client profile:

==============  =======  ====  ========  ==============================================  ==========
profile         connect  read  attempts  used for                                        worst case
==============  =======  ====  ========  ==============================================  ==========
secretsmanager  1 s      3 s   3         Describe/Get/PutSecretValue, GetRandomPassword,  3 x 4 + 3
                                         UpdateSecretVersionStage (secret's region)       = 15 s
rds             1 s      5 s   3         DescribeGlobalClusters (secret's region),         3 x 6 + 3
                                         Describe/ModifyDBCluster (writer's region)        = 21 s
==============  =======  ====  ========  ==============================================  ==========

Standard mode waits ``random(0, 1) * 2 ** (retry - 1)`` seconds before each
retry (at most 1 + 2 s here). Three attempts: a rotation runs every few days,
so a transient fault is worth riding out; a step that still fails fails the
rotation, which Secrets Manager reports and the next attempt repeats (every
step is idempotent).

The longest step is ``testSecret``: three Secrets Manager calls, one
``DescribeGlobalClusters``, then ``DescribeDBClusters`` polls for at most
:data:`TEST_WAIT_S` plus one last poll: :data:`WORST_CASE_STEP_S` = 45 + 21 +
60 + 21 = 147 s. The function timeout must exceed it by 5 s for the
function's own work and a cold start: :data:`MIN_FUNCTION_TIMEOUT_S` = 152
(tfdr sets ``ROTATION_TIMEOUT_SECONDS`` in ``modules/src/secret_rotation.rs``,
checked by the tests).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Tuple

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError


@dataclass(frozen=True)
class Profile:
    """Timeouts and attempts of one kind of call."""

    name: str
    connect_timeout_s: float
    read_timeout_s: float
    total_max_attempts: int

    @property
    def worst_case_s(self) -> float:
        """The longest one call can take, retries and backoff included."""
        backoff = sum(2 ** (n - 1) for n in range(1, self.total_max_attempts))
        return self.total_max_attempts * (self.connect_timeout_s + self.read_timeout_s) + backoff

    def config(self) -> Config:
        """The botocore config of this profile."""
        return Config(
            retries={"mode": "standard", "total_max_attempts": self.total_max_attempts},
            connect_timeout=self.connect_timeout_s,
            read_timeout=self.read_timeout_s,
        )


SECRETS = Profile("secretsmanager", 1.0, 3.0, 3)
RDS = Profile("rds", 1.0, 5.0, 3)

#: How long ``testSecret`` waits for RDS to apply the new master password.
TEST_WAIT_S = 60
#: Seconds between two ``DescribeDBClusters`` polls of ``testSecret``.
POLL_INTERVAL_S = 10
#: The longest step (``testSecret``, see the module docs).
WORST_CASE_STEP_S = 3 * SECRETS.worst_case_s + RDS.worst_case_s + TEST_WAIT_S + RDS.worst_case_s
#: The function timeout the deployment must give.
MIN_FUNCTION_TIMEOUT_S = int(WORST_CASE_STEP_S + 5)


@dataclass(frozen=True)
class AwsFailure:
    """What went wrong with one call: the operation, the AWS error code (or the
    botocore exception name) and its message."""

    operation: str
    code: str
    message: str

    def summary(self) -> Dict[str, Any]:
        """The failure as logs show it."""
        return {"operation": self.operation, "code": self.code, "message": self.message[:300]}


class AwsCallFailed(Exception):
    """An AWS call failed after its bounded retries."""

    def __init__(self, failure: AwsFailure) -> None:
        super().__init__(f"{failure.operation}: {failure.code}: {failure.message[:300]}")
        self.failure = failure


def classify(operation: str, err: Exception) -> AwsFailure:
    """A botocore exception as an :class:`AwsFailure`."""
    if isinstance(err, ClientError):
        error = err.response.get("Error", {})
        return AwsFailure(
            operation=operation,
            code=str(error.get("Code") or "Unknown"),
            message=str(error.get("Message") or ""),
        )
    # Timeouts, connection errors, parameter validation: no AWS error code.
    return AwsFailure(operation=operation, code=type(err).__name__, message=str(err))


def call(client: Any, operation: str, method: str, **params: Any) -> Dict[str, Any]:
    """``client.<method>(**params)``; raises :class:`AwsCallFailed`."""
    fn: Callable[..., Dict[str, Any]] = getattr(client, method)
    try:
        return fn(**params)
    except (ClientError, BotoCoreError) as err:
        raise AwsCallFailed(classify(operation, err)) from err


# One session and clients created on first use, kept for the life of the
# execution environment (connection reuse across the four steps).
_session: List[Any] = []
_clients: Dict[Tuple[str, str, str], Any] = {}


def make_client(service: str, region: str, profile: Profile) -> Any:
    """A boto3 client of ``service`` in ``region`` with ``profile``'s config."""
    if not _session:
        _session.append(boto3.session.Session())
    return _session[0].client(service, region_name=region, config=profile.config())


def client(service: str, region: str, profile: Profile) -> Any:
    """The cached client of ``service`` in ``region`` with ``profile``."""
    key = (service, region, profile.name)
    if key not in _clients:
        _clients[key] = make_client(service, region, profile)
    return _clients[key]


def reset_clients() -> None:
    """Forgets the cached clients and session (tests)."""
    _clients.clear()
    _session.clear()
