"""tfdr's moto patches for the security baseline of the reference stacks
(AWS Backup, S3 access logging, Aurora monitoring / Performance Insights,
...). Same rules as ``moto_patches.py`` (see its docstring): each patch
wraps or replaces one moto target, checks that the target exists, says in
its docstring what stock moto gets wrong and which AWS API behaviour it
restores, and keeps moto's behaviour for every other request.

``moto_patches.PATCHES`` lists these after the original ones.
"""

import datetime
import json
import uuid

from moto_patches import _require, _wrap


# ---------------------------------------------------------------------------
# AWS Backup: backup selections
# ---------------------------------------------------------------------------


def patch_backup_selections():
    """AWS Backup: ``Create/Get/Delete/ListBackupSelection(s)``.

    moto 5.2.5 implements backup plans and vaults but no selections:
    ``CreateBackupSelection`` (``PUT /backup/plans/{id}/selections/``) ends
    in ``NotImplementedError`` (HTTP 500), so ``aws_backup_selection``
    cannot be created. The patch keeps the selections of each plan on the
    plan, as AWS does: ``CreateBackupSelection`` stores the
    ``BackupSelection`` as given (SelectionName, IamRoleArn, Resources,
    NotResources, ListOfTags, Conditions) and returns a new
    ``SelectionId``; ``GetBackupSelection`` returns it;
    ``DeleteBackupSelection`` removes it; ``ListBackupSelections`` lists
    them. An unknown plan or selection is ``ResourceNotFoundException``.
    ``DeleteBackupPlan`` of a plan that still has selections fails with
    ``InvalidRequestException``, as in AWS ("Related backup plan selections
    must be deleted prior to backup plan deletion").
    """
    from moto.backup import models as backup_models
    from moto.backup import responses as backup_responses
    from moto.backup.exceptions import InvalidRequestException, ResourceNotFoundException

    backend_cls = _require(backup_models, "BackupBackend")
    response_cls = _require(backup_responses, "BackupResponse")
    plan_cls = _require(backup_models, "Plan")
    for missing in (
        "create_backup_selection",
        "get_backup_selection",
        "delete_backup_selection",
        "list_backup_selections",
    ):
        if hasattr(response_cls, missing):
            raise RuntimeError(
                f"moto now implements BackupResponse.{missing}: drop patch_backup_selections"
            )

    def live_plan(backend, plan_id):
        plan = backend.plans.get(plan_id)
        if plan is None or plan.deletion_date is not None:
            raise ResourceNotFoundException(msg=f"Failed reading Backup plan {plan_id}")
        return plan

    def selections(plan):
        if not hasattr(plan, "_tfdr_selections"):
            plan._tfdr_selections = {}
        return plan._tfdr_selections

    def plan_and_selection_ids(self):
        # /backup/plans/{backupPlanId}/selections[/{selectionId}]
        parts = [p for p in self.path.split("?")[0].split("/") if p]
        plan_id = parts[2]
        selection_id = parts[4] if len(parts) > 4 else None
        return plan_id, selection_id

    def create_backup_selection(self):
        params = json.loads(self.body or "{}")
        plan_id, _ = plan_and_selection_ids(self)
        plan = live_plan(self.backup_backend, plan_id)
        selection_id = str(uuid.uuid4())
        created = datetime.datetime.now(datetime.timezone.utc).timestamp()
        selections(plan)[selection_id] = {
            "SelectionId": selection_id,
            "BackupPlanId": plan_id,
            "CreationDate": created,
            "CreatorRequestId": params.get("CreatorRequestId"),
            "BackupSelection": params.get("BackupSelection") or {},
        }
        return json.dumps(
            {"SelectionId": selection_id, "BackupPlanId": plan_id, "CreationDate": created}
        )

    def find(self):
        plan_id, selection_id = plan_and_selection_ids(self)
        plan = live_plan(self.backup_backend, plan_id)
        found = selections(plan).get(selection_id)
        if found is None:
            raise ResourceNotFoundException(
                msg=f"Failed reading Backup selection {selection_id} of plan {plan_id}"
            )
        return plan, found

    def get_backup_selection(self):
        _, found = find(self)
        return json.dumps({k: v for k, v in found.items() if v is not None})

    def delete_backup_selection(self):
        plan, found = find(self)
        selections(plan).pop(found["SelectionId"], None)
        return "{}"

    def list_backup_selections(self):
        plan_id, _ = plan_and_selection_ids(self)
        plan = live_plan(self.backup_backend, plan_id)
        listed = []
        for s in selections(plan).values():
            item = {
                "SelectionId": s["SelectionId"],
                "SelectionName": s["BackupSelection"].get("SelectionName"),
                "BackupPlanId": s["BackupPlanId"],
                "CreationDate": s["CreationDate"],
                "CreatorRequestId": s["CreatorRequestId"],
                "IamRoleArn": s["BackupSelection"].get("IamRoleArn"),
            }
            listed.append({k: v for k, v in item.items() if v is not None})
        return json.dumps({"BackupSelectionsList": listed})

    def make_delete_plan(original):
        def delete_backup_plan(self, backup_plan_id):
            plan = self.plans.get(backup_plan_id)
            if plan is not None and plan.deletion_date is None and selections(plan):
                raise InvalidRequestException(
                    msg="Related backup plan selections must be deleted prior to backup plan deletion"
                )
            return original(self, backup_plan_id)

        return delete_backup_plan

    _require(plan_cls, "__init__")
    response_cls.create_backup_selection = create_backup_selection
    response_cls.get_backup_selection = get_backup_selection
    response_cls.delete_backup_selection = delete_backup_selection
    response_cls.list_backup_selections = list_backup_selections
    _wrap(backend_cls, "delete_backup_plan", make_delete_plan)


# ---------------------------------------------------------------------------
# AWS Backup: deleting a vault with force_destroy
# ---------------------------------------------------------------------------


def patch_backup_vault_recovery_points():
    """AWS Backup: ``ListRecoveryPointsByBackupVault`` (and a vault delete
    that checks for recovery points).

    ``aws_backup_vault`` with ``force_destroy = true`` lists the vault's
    recovery points (``GET /backup-vaults/{name}/recovery-points/``) and
    deletes each before ``DeleteBackupVault``. moto 5.2.5 has no route for
    that path (HTTP 404), so ``terraform destroy`` fails on every vault with
    ``force_destroy``. moto runs no backup jobs, so a vault never holds a
    recovery point: the patch answers the listing with an empty
    ``RecoveryPoints`` for an existing vault and ``ResourceNotFoundException``
    for a missing one, as AWS does. It also makes ``DeleteBackupVault`` of
    a missing vault ``ResourceNotFoundException`` (stock moto silently
    succeeds), which the provider treats as already deleted.
    """
    from moto.backup import models as backup_models
    from moto.backup import responses as backup_responses
    from moto.backup import urls as backup_urls
    from moto.backup.exceptions import ResourceNotFoundException

    response_cls = _require(backup_responses, "BackupResponse")
    backend_cls = _require(backup_models, "BackupBackend")
    paths = _require(backup_urls, "url_paths")
    if hasattr(response_cls, "list_recovery_points_by_backup_vault"):
        raise RuntimeError(
            "moto now implements ListRecoveryPointsByBackupVault: drop the listing part of "
            "patch_backup_vault_recovery_points"
        )

    # With and without the trailing slash (the Go SDK drops it, boto keeps it;
    # moto's regex-to-flask conversion turns "/?$" into neither).
    route = "{0}/backup-vaults/(?P<name>[^/]+)/(?P<points>recovery-points/?)$"
    paths[route] = _require(backup_urls, "response").dispatch

    def list_recovery_points_by_backup_vault(self):
        parts = [p for p in self.path.split("?")[0].split("/") if p]
        name = parts[1]
        self.backup_backend.describe_backup_vault(name)
        return json.dumps({"RecoveryPoints": []})

    def make_delete_vault(original):
        def delete_backup_vault(self, backup_vault_name):
            if backup_vault_name not in self.vaults:
                raise ResourceNotFoundException(
                    msg=f"Backup vault {backup_vault_name} not found"
                )
            return original(self, backup_vault_name)

        return delete_backup_vault

    response_cls.list_recovery_points_by_backup_vault = list_recovery_points_by_backup_vault
    _wrap(backend_cls, "delete_backup_vault", make_delete_vault)


# ---------------------------------------------------------------------------
# S3 server access logging into a bucket without ACLs
# ---------------------------------------------------------------------------


def patch_s3_logging_target_without_acls():
    """S3: ``PutBucketLogging`` into a target bucket whose ACLs are disabled
    does not check the log-delivery permission.

    moto 5.2.5 refuses ``PutBucketLogging`` with
    ``InvalidTargetBucketForLogging`` unless the target bucket already has a
    bucket policy that allows ``logging.s3.amazonaws.com`` to
    ``s3:PutObject`` or an ACL granting the LogDelivery group WRITE and
    READ_ACP. On a bucket with Object Ownership ``BucketOwnerEnforced``
    (ACLs disabled; the default for new buckets since April 2023) AWS checks
    neither at ``PutBucketLogging``: it validates only that the target
    bucket exists, is owned by the same account and is in the same region;
    the bucket policy is evaluated when S3 delivers the logs. With stock
    moto an ``aws_s3_bucket_logging`` fails whenever terraform happens to
    run it before the target's ``aws_s3_bucket_policy`` (nothing orders the
    two), so the apply fails at random. The patch skips the permission check
    when the target bucket has no ownership rule or ``BucketOwnerEnforced``
    and keeps moto's checks (existence, region) and behaviour otherwise.
    """
    from moto.s3 import models as s3_models
    from moto.s3.exceptions import (
        CrossLocationLoggingProhibited,
        InvalidTargetBucketForLogging,
    )

    bucket_cls = _require(s3_models, "FakeBucket")
    _require(bucket_cls, "_log_permissions_enabled_policy")

    def make(original):
        def set_logging(self, logging_config, bucket_backend):
            if logging_config:
                target = bucket_backend.buckets.get(logging_config.get("TargetBucket"))
                if target is not None and getattr(target, "ownership_rule", None) in (
                    None,
                    "BucketOwnerEnforced",
                ):
                    if target.region_name != self.region_name:
                        raise CrossLocationLoggingProhibited()
                    self.logging = logging_config
                    return None
                if target is None:
                    raise InvalidTargetBucketForLogging(
                        "The target bucket for logging does not exist."
                    )
            return original(self, logging_config, bucket_backend)

        return set_logging

    _wrap(bucket_cls, "set_logging", make)


# ---------------------------------------------------------------------------
# S3 bucket policies: TLS-only statements
# ---------------------------------------------------------------------------


def _secure_transport_applies(statement):
    """For a bucket policy statement, evaluated for a request over TLS
    (``aws:SecureTransport`` = true): ``(applies, statement)`` where
    ``applies`` is False when a ``Bool``/``BoolIfExists`` condition on
    ``aws:SecureTransport`` does not hold, and ``statement`` is the statement
    without that condition key (everything else as it was)."""
    condition = statement.get("Condition")
    if not isinstance(condition, dict):
        return True, statement
    rest = {}
    for operator, keys in condition.items():
        if operator not in ("Bool", "BoolIfExists") or not isinstance(keys, dict):
            rest[operator] = keys
            continue
        kept = {}
        for key, values in keys.items():
            if key.lower() != "aws:securetransport":
                kept[key] = values
                continue
            values = values if isinstance(values, list) else [values]
            if "true" not in [str(v).lower() for v in values]:
                return False, statement
        if kept:
            rest[operator] = kept
    statement = dict(statement)
    if rest:
        statement["Condition"] = rest
    else:
        statement.pop("Condition", None)
    return True, statement


def patch_s3_bucket_policy_secure_transport():
    """S3: a TLS-only bucket policy does not deny the emulator's requests.

    The usual TLS-only statement (``Deny s3:*`` to ``*`` on the bucket and
    its objects with ``Bool {aws:SecureTransport: false}``, as on
    payments-dr's code and log buckets) denies only
    requests made without TLS; the provider always uses HTTPS against AWS.
    moto 5.2.5 evaluates bucket policies for object requests
    (``PutObject``, ``GetObject``, ``DeleteObject(s)``: ``FakeBucket.
    get_permission``) but supports no condition operator except
    ``StringEquals`` and treats every other condition as met, so the
    statement denies everything: ``aws_s3_object`` into such a bucket fails
    with ``403 Forbidden`` (and ``force_destroy`` cannot empty it).

    The patch evaluates ``aws:SecureTransport`` as AWS does for the
    provider's requests (true: the emulator's plain HTTP on loopback stands
    in for AWS's HTTPS endpoints): a statement whose ``Bool``/
    ``BoolIfExists`` condition on it does not hold does not apply; a
    statement where it holds is evaluated by moto without that key. Every
    other statement and condition is left to moto as before.
    """
    from moto.iam import access_control
    from moto.s3 import models as s3_models

    bucket_cls = _require(s3_models, "FakeBucket")
    IAMPolicy = _require(access_control, "IAMPolicy")
    PermissionResult = _require(access_control, "PermissionResult")

    def make(original):
        def get_permission(self, action, resource):
            if self.policy is None:
                return original(self, action, resource)
            raw = self.policy.decode() if isinstance(self.policy, bytes) else self.policy
            try:
                document = json.loads(raw)
            except ValueError:
                return original(self, action, resource)
            statements = document.get("Statement")
            if isinstance(statements, dict):
                statements = [statements]
            if not isinstance(statements, list):
                return original(self, action, resource)
            kept = []
            for statement in statements:
                applies, statement = _secure_transport_applies(statement)
                if applies:
                    kept.append(statement)
            if not kept:
                return PermissionResult.NEUTRAL
            # What moto's get_permission does, on the remaining statements.
            policy = IAMPolicy(json.dumps(dict(document, Statement=kept)))
            return policy.is_action_permitted(action, resource)

        return get_permission

    _wrap(bucket_cls, "get_permission", make)


# ---------------------------------------------------------------------------
# RDS instances: Performance Insights
# ---------------------------------------------------------------------------


def patch_rds_instance_performance_insights():
    """RDS: a DB instance keeps its Performance Insights settings.

    moto 5.2.5 accepts ``EnablePerformanceInsights``,
    ``PerformanceInsightsKMSKeyId`` and ``PerformanceInsightsRetentionPeriod``
    on ``CreateDBInstance``/``ModifyDBInstance`` and drops them:
    ``DescribeDBInstances`` never reports ``PerformanceInsightsEnabled``, so
    an ``aws_rds_cluster_instance`` with ``performance_insights_enabled =
    true`` reads back ``false`` (and no key, no retention) and the second
    plan wants to enable Performance Insights again. The patch stores the
    three values and reports them as AWS does: ``PerformanceInsightsEnabled``
    always, and, while enabled, the KMS key and the retention period (7 days,
    the free tier, when none was given). A modify that disables Performance
    Insights clears them.
    """
    from moto.rds import models as rds_models

    cls = _require(rds_models, "DBInstance")
    for name in (
        "performance_insights_enabled",
        "performance_insights_kms_key_id",
        "performance_insights_retention_period",
    ):
        if name in vars(cls):
            raise RuntimeError(
                f"moto now defines DBInstance.{name}: drop patch_rds_instance_performance_insights"
            )

    def make_init(original):
        def __init__(self, *args, **kwargs):
            original(self, *args, **kwargs)
            self.enable_performance_insights = bool(
                kwargs.get("enable_performance_insights") or False
            )
            self.performance_insights_kms_key_id = kwargs.get(
                "performance_insights_kms_key_id"
            )
            self.performance_insights_retention_period = kwargs.get(
                "performance_insights_retention_period"
            )

        return __init__

    def enabled(self):
        return bool(getattr(self, "enable_performance_insights", False))

    def kms_key_id(self):
        return self._tfdr_pi_kms_key_id if enabled(self) else None

    def set_kms_key_id(self, value):
        self._tfdr_pi_kms_key_id = value

    def retention(self):
        if not enabled(self):
            return None
        return self._tfdr_pi_retention or 7

    def set_retention(self, value):
        self._tfdr_pi_retention = value

    _wrap(cls, "__init__", make_init)
    cls._tfdr_pi_kms_key_id = None
    cls._tfdr_pi_retention = None
    cls.performance_insights_enabled = property(enabled)
    cls.performance_insights_kms_key_id = property(kms_key_id, set_kms_key_id)
    cls.performance_insights_retention_period = property(retention, set_retention)


# ---------------------------------------------------------------------------
# AWS Backup: ListTags without a trailing slash
# ---------------------------------------------------------------------------


def patch_backup_list_tags_path():
    """AWS Backup: ``ListTags`` finds the resource ARN without a trailing slash.

    The API path is ``GET /tags/{resourceArn}/``; boto keeps the trailing
    slash, the provider's Go SDK sends ``/tags/<arn>`` without it. moto 5.2.5
    takes the second-to-last path segment as the ARN, so for the provider it
    reads the tags of ``"tags"``: always none. ``aws_backup_vault`` and
    ``aws_backup_plan`` then read back empty ``tags_all`` and the second
    plan wants to add the provider's ``default_tags`` again. The patch takes
    everything after ``/tags/`` (without a trailing slash), URL-decoded, as
    the ARN, as AWS does.
    """
    from urllib.parse import unquote

    from moto.backup import responses as backup_responses

    response_cls = _require(backup_responses, "BackupResponse")
    _require(response_cls, "list_tags")

    def list_tags(self):
        path = self.path.split("?")[0]
        resource_arn = unquote(path.split("/tags/", 1)[-1].rstrip("/"))
        return json.dumps({"Tags": self.backup_backend.list_tags(resource_arn=resource_arn)})

    response_cls.list_tags = list_tags


BASELINE_PATCHES = [
    patch_backup_selections,
    patch_backup_vault_recovery_points,
    patch_s3_logging_target_without_acls,
    patch_s3_bucket_policy_secure_transport,
    patch_rds_instance_performance_insights,
    patch_backup_list_tags_path,
]
