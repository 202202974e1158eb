"""AWS clients: bounded retries and timeouts far below the function's, and
one way to turn a failed call into a :class:`AwsFailure`.

botocore's **standard** retry mode with ``total_max_attempts`` (attempts
including the first) per client profile:

=========  =======  ====  ========  ============================================  ===========
profile    connect  read  attempts  used for                                      worst case
=========  =======  ====  ========  ============================================  ===========
control    1 s      4 s   3         Route 53 status, describes in the DR region   3 x 5 + 3 = 18 s
probe      1 s      3 s   1         the primary region's cluster (may be down)    4 s
mutate     2 s      10 s  1         the failover/switchover call (not repeated)   12 s
publish    1 s      2 s   2         SNS reports                                   2 x 3 + 1 = 7 s
=========  =======  ====  ========  ============================================  ===========

Standard mode waits ``random(0, 1) * 2 ** (retry - 1)`` seconds before each
retry (at most 1 s, then 2 s). The mutating call is made once: a retry after a
lost response could start a second operation or fail on the first one's
state; the next invocation (Lambda retries a failed one) re-reads the global
cluster first and finds the operation in progress instead.

One invocation makes at most three control calls, one probe, one mutating
call and six publishes (three reports to two topics), so its worst case is
:data:`WORST_CASE_INVOCATION_S`; the function timeout must be at least
:data:`MIN_FUNCTION_TIMEOUT_S` (tfdr sets it: ``FAILOVER_TIMEOUT_SECONDS`` in
``modules/src/failover_automation.rs``, checked by the tests). With a standby
(``STANDBY_*``), one more control call (``DescribeAutoScalingGroups``) and one
more mutating call (``ExecutePolicy``, made once like the database's):
:data:`MIN_FUNCTION_TIMEOUT_WITH_STANDBY_S` (``FAILOVER_WITH_STANDBY_TIMEOUT_SECONDS``).
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


CONTROL = Profile("control", 1.0, 4.0, 3)
PROBE = Profile("probe", 1.0, 3.0, 1)
MUTATE = Profile("mutate", 2.0, 10.0, 1)
PUBLISH = Profile("publish", 1.0, 2.0, 2)

#: Calls of one invocation: (profile, how many).
INVOCATION_CALLS: Tuple[Tuple[Profile, int], ...] = ((CONTROL, 3), (PROBE, 1), (MUTATE, 1), (PUBLISH, 6))
#: The longest one invocation can take in AWS calls.
WORST_CASE_INVOCATION_S = sum(p.worst_case_s * n for p, n in INVOCATION_CALLS)
#: The function timeout the deployment must give (the worst case + 8 s for
#: the function's own work and a cold start's imports).
MIN_FUNCTION_TIMEOUT_S = int(WORST_CASE_INVOCATION_S + 8)
#: The same with a standby scale-out: the group's read and ``ExecutePolicy``.
STANDBY_INVOCATION_CALLS: Tuple[Tuple[Profile, int], ...] = ((CONTROL, 4), (PROBE, 1), (MUTATE, 2), (PUBLISH, 6))
WORST_CASE_WITH_STANDBY_S = sum(p.worst_case_s * n for p, n in STANDBY_INVOCATION_CALLS)
MIN_FUNCTION_TIMEOUT_WITH_STANDBY_S = int(WORST_CASE_WITH_STANDBY_S + 8)

#: Error codes that mean "try again later": throttling and server faults
#: (any HTTP 5xx counts too).
TRANSIENT_CODES = frozenset(
    {
        "Throttling",
        "ThrottlingException",
        "ThrottledException",
        "RequestLimitExceeded",
        "TooManyRequestsException",
        "PriorRequestNotComplete",
        "InternalFailure",
        "InternalError",
        "ServiceUnavailable",
        "InternalErrorException",
    }
)


@dataclass(frozen=True)
class AwsFailure:
    """What went wrong with one call: the operation, the AWS error code (or the
    botocore exception name), its message, and whether it is transient
    (throttling, 5xx, timeouts, connection errors) or definitive."""

    operation: str
    code: str
    message: str
    transient: bool
    unreachable: bool = False

    def summary(self) -> Dict[str, Any]:
        """The failure as reports and logs show it."""
        return {
            "operation": self.operation,
            "code": self.code,
            "message": self.message[:300],
            "transient": self.transient,
        }


class AwsCallFailed(Exception):
    """An AWS call failed after its bounded retries."""

    def __init__(self, failure: AwsFailure) -> None:
        super().__init__(f"{failure.operation}: {failure.code}")
        self.failure = failure


def classify(operation: str, err: Exception) -> AwsFailure:
    """A botocore exception as an :class:`AwsFailure`."""
    if isinstance(err, ClientError):
        error = err.response.get("Error", {})
        code = str(error.get("Code") or "Unknown")
        status = int(err.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) or 0)
        return AwsFailure(
            operation=operation,
            code=code,
            message=str(error.get("Message") or ""),
            transient=code in TRANSIENT_CODES or status >= 500,
            unreachable=status >= 500,
        )
    # Connect/read timeouts, connection errors, and other transport failures:
    # the endpoint did not answer.
    return AwsFailure(
        operation=operation,
        code=type(err).__name__,
        message=str(err),
        transient=True,
        unreachable=True,
    )


def call(client: Any, operation: str, method: str, **params: Any) -> Dict[str, Any]:
    """``client.<method>(**params)``; raises :class:`AwsCallFailed`."""
    fn: Callable[..., Dict[str, Any]] = getattr(client, method)
    try:
        return fn(**params)
    except (ClientError, BotoCoreError) as err:
        raise AwsCallFailed(classify(operation, err)) from err


# One session (it caches the service models: each further client is cheap)
# and clients created on first use, kept for the life of the execution
# environment (connection reuse across warm invocations).
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
