"""AWS clients: bounded retries and timeouts, each handler's time budget, and
one way to turn a failed call into an :class:`AwsFailure`.

botocore's **standard** retry mode with ``total_max_attempts`` (attempts
including the first) per client profile:

=======  =======  =====  ========  ==============================================  ==========
profile  connect  read   attempts  used for                                        worst case
=======  =======  =====  ========  ==============================================  ==========
health   0.5 s    1.0 s  1         ``api``: DescribeDBClusters,                    1.5 s
                                   DescribeGlobalClusters, GetMetricData
watch    1 s      2 s    2         ``watch``: DescribeGlobalClusters,              2 x 3 + 1
                                   PutMetricData, PutEvents                        = 7 s
=======  =======  =====  ========  ==============================================  ==========

**api** (the health endpoint) answers Route 53's health checkers, which give
an endpoint two seconds to answer once connected (Route 53 Developer Guide,
"How Amazon Route 53 determines whether a health check is healthy"). One
attempt, no retry: a retry (with standard mode's backoff of up to 1 s) could
not fit, the next checker's request comes within a second, and a successful
read is cached for :data:`FRESH_S` seconds anyway (``checks.py``). The
handler never waits longer than :data:`API_DEADLINE_S` for its checks: what
is not done by then is reported as not read (the threads finish in the
background and fill the cache). The TCP connect gets :data:`TCP_TIMEOUT_S`,
or what is left until the deadline when that is less.

**watch** (the monitor) runs once a minute: two attempts ride out a throttled
call. Its worst case is the probe (:data:`PROBE_TIMEOUT_S` for the connection
and TLS handshake, as much for the answer: 10 s) plus three calls of 7 s:
:data:`WATCH_WORST_CASE_S` = 31 s; the function timeout must exceed it by 5 s
for the function's own work and a cold start: :data:`WATCH_MIN_FUNCTION_TIMEOUT_S`
= 36 s (40 s recommended, README.md "Timing budget").
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


HEALTH = Profile("health", 0.5, 1.0, 1)
WATCH = Profile("watch", 1.0, 2.0, 2)

#: The longest the health endpoint waits for its checks (Route 53 allows 2 s
#: after connecting; API Gateway and Lambda need some of it).
API_DEADLINE_S = 1.8
#: The TCP connect's timeout (capped by what is left until the deadline).
TCP_TIMEOUT_S = 1.5
#: The shortest TCP connect timeout given even when the deadline is near.
TCP_MIN_TIMEOUT_S = 0.1
#: How long a successful read of the cluster or the global cluster is reused.
FRESH_S = 10.0
#: How long a successful read is still used when a new read fails (reported
#: with its age): a throttled or slow RDS API must not fail the region over.
STALE_OK_S = 60.0
#: How long a lag datapoint read is reused (the metric is per minute).
LAG_FRESH_S = 60.0
#: The function timeout the health endpoint needs (its deadline plus its own
#: work; a later answer is worthless to Route 53).
API_MIN_FUNCTION_TIMEOUT_S = 3

#: The watcher's HTTPS probe: socket timeout (connect + TLS, then the answer).
PROBE_TIMEOUT_S = 5.0
#: The probe's worst case: one timeout for the connection, one for the answer.
PROBE_WORST_CASE_S = 2 * PROBE_TIMEOUT_S
#: The watcher's worst case: the probe and three AWS calls.
WATCH_WORST_CASE_S = PROBE_WORST_CASE_S + 3 * WATCH.worst_case_s
#: The function timeout the watcher needs.
WATCH_MIN_FUNCTION_TIMEOUT_S = int(WATCH_WORST_CASE_S + 5)

#: Error codes that mean "try again later": throttling and server faults
#: (any HTTP 5xx counts too).
TRANSIENT_CODES = frozenset(
    {
        "Throttling",
        "ThrottlingException",
        "RequestLimitExceeded",
        "TooManyRequestsException",
        "InternalFailure",
        "InternalServerErrorException",
        "ServiceUnavailable",
        "ServiceUnavailableError",
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

    def summary(self) -> Dict[str, Any]:
        """The failure as logs show it."""
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
        )
    # Connect/read timeouts, connection errors, and other transport failures:
    # the endpoint did not answer.
    return AwsFailure(operation=operation, code=type(err).__name__, message=str(err), transient=True)


def call(client: Any, operation: str, method: str, **params: Any) -> Dict[str, Any]:
    """``client.<method>(**params)``; raises :class:`AwsCallFailed`."""
    fn: Callable[..., Dict[str, Any]] = getattr(client, method)
    try:
        return fn(**params)
    except (ClientError, BotoCoreError) as err:
        raise AwsCallFailed(classify(operation, err)) from err


# One session (it caches the service models: each further client is cheap)
# and clients created on first use, kept for the life of the execution
# environment (connection reuse across warm invocations). Client creation is
# not thread-safe on a shared session, so it is serialised by the callers'
# order: the health endpoint creates its clients before it starts its threads
# (``checks.warm_clients``).
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
