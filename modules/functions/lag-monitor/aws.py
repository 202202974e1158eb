"""AWS clients: bounded retries and timeouts far below the function's, the
invocation's time budget, and one way to turn a failed call into an
:class:`AwsFailure`.

botocore's **standard** retry mode with ``total_max_attempts`` (attempts
including the first) per client profile:

=============  =======  ====  ========  ===========================================  ===============
profile        connect  read  attempts  used for                                     worst case
=============  =======  ====  ========  ===========================================  ===============
data-api       1 s      4 s   2         ``rds-data:ExecuteStatement`` (primary)      2 x 5 + 1 = 11 s
metrics-read   1 s      2 s   2         ``cloudwatch:GetMetricData`` (DR, fallback)  2 x 3 + 1 = 7 s
metrics-write  1 s      2 s   2         ``cloudwatch:PutMetricData`` (DR)            2 x 3 + 1 = 7 s
=============  =======  ====  ========  ===========================================  ===============

Standard mode waits ``random(0, 1) * 2 ** (retry - 1)`` seconds before each
retry (at most 1 s here). Two attempts, not more: a sample is worth
something only while it is fresh, and the next one is 30 s away.

One sample makes at most one call of each profile
(:data:`WORST_CASE_SAMPLE_S`, 25 s); an invocation takes
:data:`SAMPLES_PER_INVOCATION` samples :data:`SAMPLE_SPACING_S` apart, so it
lasts at most ``max(30, 25) + 25 = 55 s`` (under the one-minute schedule, so
invocations do not overlap). The function timeout is checked against the
conservative bound ``30 + 2 x 25 = 80 s`` plus 5 s for the function's own
work and a cold start's imports: :data:`MIN_FUNCTION_TIMEOUT_S` (tfdr sets
``LAG_MONITOR_TIMEOUT_SECONDS`` in ``modules/src/lag_monitor.rs``, checked by
the tests).
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


DATA_API = Profile("data-api", 1.0, 4.0, 2)
METRICS_READ = Profile("metrics-read", 1.0, 2.0, 2)
METRICS_WRITE = Profile("metrics-write", 1.0, 2.0, 2)

#: Samples one invocation takes (the schedule runs once a minute, EventBridge's
#: finest rate; the requirement is a sample every 30 seconds).
SAMPLES_PER_INVOCATION = 2
#: Seconds between the starts of two samples of one invocation.
SAMPLE_SPACING_S = 30
#: The longest one sample can take in AWS calls (one call of each profile).
WORST_CASE_SAMPLE_S = DATA_API.worst_case_s + METRICS_READ.worst_case_s + METRICS_WRITE.worst_case_s
#: The conservative bound of one invocation: the spacing plus every sample's
#: worst case.
WORST_CASE_INVOCATION_S = SAMPLE_SPACING_S + SAMPLES_PER_INVOCATION * WORST_CASE_SAMPLE_S
#: The function timeout the deployment must give (the bound + 5 s for the
#: function's own work and a cold start's imports).
MIN_FUNCTION_TIMEOUT_S = int(WORST_CASE_INVOCATION_S + 5)

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
        "DatabaseUnavailableException",
        "StatementTimeoutException",
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
