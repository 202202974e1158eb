"""The four rotation steps Secrets Manager calls, for the Aurora master user of
a global database, **without a database driver**: the password is changed
through the RDS control plane (``rds:ModifyDBCluster`` with
``MasterUserPassword`` and ``ApplyImmediately``) on the global database's
**writer** cluster, never through SQL.

Every step is idempotent (Secrets Manager may call a step again):

``createSecret``
    Reads ``AWSCURRENT`` (must be the stack's JSON shape: ``username`` and
    ``password``, other keys kept). If the version ``token`` already exists
    as ``AWSPENDING``, does nothing. Otherwise generates a password with
    ``secretsmanager:GetRandomPassword`` (:data:`PASSWORD_LENGTH` characters,
    excluding :data:`EXCLUDED_CHARACTERS`, every included type) and stores it
    as version ``token`` with the stage ``AWSPENDING``.
``setSecret``
    Finds the writer (``DescribeGlobalClusters``: the member with
    ``IsWriter``; it must be one of the two configured clusters) and calls
    ``ModifyDBCluster(MasterUserPassword=<pending>, ApplyImmediately=True)``
    on it, in its region. Setting the same password again is harmless.
``testSecret``
    Driver-free: ``DescribeDBClusters`` on the writer until its ``Status`` is
    ``available`` and ``PendingModifiedValues`` holds no
    ``MasterUserPassword`` (RDS has applied the change), for at most
    :data:`aws.TEST_WAIT_S`. It proves that RDS applied *a* password change,
    not that the pending password logs in (that needs a connection: a driver,
    or the Data API, which Aurora MySQL global databases cannot count on).
    Also checks that the pending version keeps the current user name.
``finishSecret``
    Moves ``AWSCURRENT`` to version ``token`` (nothing when it is already
    there).

Secret values never reach a log line or an exception message.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional

import aws
import config

CURRENT = "AWSCURRENT"
PENDING = "AWSPENDING"

#: Length of a generated master password (the same as the first one tfdr
#: generates: ``aurora_global::PASSWORD_LENGTH``; RDS accepts 8-41 for an
#: Aurora cluster).
PASSWORD_LENGTH = 32
#: Characters RDS refuses in a master password (``/``, ``"``, ``@``, space),
#: plus ``'`` and ``\`` which break connection strings and shells: the same
#: as ``aurora_global::PASSWORD_EXCLUDED_CHARACTERS``.
EXCLUDED_CHARACTERS = "/\"@ '\\"

#: The keys the stack's secret has (``aurora_global``: ``username``, ``password``).
USERNAME_KEY = "username"
PASSWORD_KEY = "password"


class RotationError(Exception):
    """A step cannot go on; the message says why (never a secret value)."""


class PasswordChangePending(RotationError):
    """``testSecret``: RDS has not applied the master password in time."""


@dataclass(frozen=True)
class Writer:
    """The writer cluster of the global database."""

    cluster: config.Cluster


def _sm(cfg: config.Config) -> Any:
    return aws.client("secretsmanager", cfg.secret_region, aws.SECRETS)


def _rds(region: str) -> Any:
    return aws.client("rds", region, aws.RDS)


def credentials(text: Optional[str], what: str) -> Dict[str, Any]:
    """A version's JSON, checked for the stack's shape."""
    try:
        value = json.loads(text or "")
    except ValueError:
        raise RotationError(f"the {what} version is not JSON") from None
    if not isinstance(value, dict):
        raise RotationError(f"the {what} version is not a JSON object")
    for key in (USERNAME_KEY, PASSWORD_KEY):
        if not isinstance(value.get(key), str) or not value[key]:
            raise RotationError(f"the {what} version has no `{key}` string")
    return value


def get_version(cfg: config.Config, stage: str, token: Optional[str] = None) -> Dict[str, Any]:
    """The credentials of the version at ``stage`` (and ``token``, if given)."""
    params: Dict[str, Any] = {"SecretId": cfg.secret_arn, "VersionStage": stage}
    if token is not None:
        params["VersionId"] = token
    got = aws.call(_sm(cfg), "secretsmanager:GetSecretValue", "get_secret_value", **params)
    return credentials(got.get("SecretString"), stage)


def create_secret(cfg: config.Config, token: str, log: Callable[..., None]) -> str:
    """``createSecret`` (see the module docs). Returns what it did."""
    current = get_version(cfg, CURRENT)
    try:
        get_version(cfg, PENDING, token)
        log("pending version already exists", outcome="unchanged")
        return "unchanged"
    except aws.AwsCallFailed as err:
        if err.failure.code != "ResourceNotFoundException":
            raise
    got = aws.call(
        _sm(cfg),
        "secretsmanager:GetRandomPassword",
        "get_random_password",
        PasswordLength=PASSWORD_LENGTH,
        ExcludeCharacters=EXCLUDED_CHARACTERS,
        RequireEachIncludedType=True,
    )
    password = got.get("RandomPassword")
    if not isinstance(password, str) or len(password) != PASSWORD_LENGTH:
        raise RotationError("GetRandomPassword returned no password of the requested length")
    pending = dict(current, **{PASSWORD_KEY: password})
    aws.call(
        _sm(cfg),
        "secretsmanager:PutSecretValue",
        "put_secret_value",
        SecretId=cfg.secret_arn,
        ClientRequestToken=token,
        SecretString=json.dumps(pending, sort_keys=True),
        VersionStages=[PENDING],
    )
    log("pending version created", outcome="created")
    return "created"


def find_writer(cfg: config.Config) -> Writer:
    """The writer member of the global cluster, one of the configured two."""
    got = aws.call(
        _rds(cfg.secret_region),
        "rds:DescribeGlobalClusters",
        "describe_global_clusters",
        GlobalClusterIdentifier=cfg.global_cluster_id,
    )
    clusters: List[Dict[str, Any]] = got.get("GlobalClusters") or []
    if len(clusters) != 1:
        raise RotationError(f"global cluster {cfg.global_cluster_id} not found")
    writers = [m for m in clusters[0].get("GlobalClusterMembers") or [] if m.get("IsWriter")]
    if len(writers) != 1:
        raise RotationError(
            f"global cluster {cfg.global_cluster_id} has {len(writers)} writer members (want 1): "
            "a failover or detach is in progress, or the cluster was detached"
        )
    arn = str(writers[0].get("DBClusterArn") or "")
    cluster = cfg.cluster(arn)
    if cluster is None:
        raise RotationError(f"the writer {arn} is not one of the configured clusters")
    return Writer(cluster)


def _check_user(pending: Dict[str, Any], current: Dict[str, Any]) -> None:
    if pending[USERNAME_KEY] != current[USERNAME_KEY]:
        raise RotationError("the pending version names another user than the current one")


def set_secret(cfg: config.Config, token: str, log: Callable[..., None]) -> str:
    """``setSecret`` (see the module docs)."""
    pending = get_version(cfg, PENDING, token)
    _check_user(pending, get_version(cfg, CURRENT))
    writer = find_writer(cfg).cluster
    aws.call(
        _rds(writer.region),
        "rds:ModifyDBCluster",
        "modify_db_cluster",
        DBClusterIdentifier=writer.identifier,
        MasterUserPassword=pending[PASSWORD_KEY],
        ApplyImmediately=True,
    )
    log("master password change requested", outcome="requested", cluster=writer.arn)
    return "requested"


def _applied(cluster: Dict[str, Any]) -> bool:
    pending = cluster.get("PendingModifiedValues") or {}
    return cluster.get("Status") == "available" and "MasterUserPassword" not in pending


def test_secret(
    cfg: config.Config,
    token: str,
    log: Callable[..., None],
    sleep: Callable[[float], None],
    monotonic: Callable[[], float],
) -> str:
    """``testSecret`` (see the module docs)."""
    pending = get_version(cfg, PENDING, token)
    _check_user(pending, get_version(cfg, CURRENT))
    writer = find_writer(cfg).cluster
    deadline = monotonic() + aws.TEST_WAIT_S
    polls = 0
    while True:
        got = aws.call(
            _rds(writer.region),
            "rds:DescribeDBClusters",
            "describe_db_clusters",
            DBClusterIdentifier=writer.identifier,
        )
        polls += 1
        clusters = got.get("DBClusters") or []
        if len(clusters) != 1:
            raise RotationError(f"cluster {writer.arn} not found")
        if _applied(clusters[0]):
            log("master password change applied", outcome="applied", cluster=writer.arn, polls=polls)
            return "applied"
        if monotonic() + aws.POLL_INTERVAL_S > deadline:
            raise PasswordChangePending(
                f"cluster {writer.arn} is `{clusters[0].get('Status')}` with a pending master "
                f"password change after {aws.TEST_WAIT_S} s"
            )
        sleep(aws.POLL_INTERVAL_S)


def finish_secret(cfg: config.Config, token: str, log: Callable[..., None]) -> str:
    """``finishSecret`` (see the module docs)."""
    meta = aws.call(_sm(cfg), "secretsmanager:DescribeSecret", "describe_secret", SecretId=cfg.secret_arn)
    current: Optional[str] = None
    for version, stages in (meta.get("VersionIdsToStages") or {}).items():
        if CURRENT in stages:
            current = version
    if current == token:
        log("version already current", outcome="unchanged")
        return "unchanged"
    params: Dict[str, Any] = {"SecretId": cfg.secret_arn, "VersionStage": CURRENT, "MoveToVersionId": token}
    if current is not None:
        params["RemoveFromVersionId"] = current
    aws.call(_sm(cfg), "secretsmanager:UpdateSecretVersionStage", "update_secret_version_stage", **params)
    log("version made current", outcome="finished", previous_version=current)
    return "finished"
