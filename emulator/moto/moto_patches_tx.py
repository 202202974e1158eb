"""tfdr's moto patches for the transactions-dr reference stack (Aurora MySQL
Serverless v2 global database, Secrets Manager rotation by a Lambda,
cross-region EventBridge targets). Same rules as ``moto_patches.py`` (see its
docstring): each patch wraps or replaces one moto target, checks that the
target exists, says in its docstring what stock moto gets wrong and which AWS
API behaviour it restores (with the AWS API reference), and keeps moto's
behaviour for every other request.

``moto_patches.PATCHES`` lists these after the web ones. The stack that
exercises them is ``examples/transactions-dr.rs``; the tests are in
``tests/test_patches_tx.py``.
"""

import time

from moto_patches import _require, _wrap


# ---------------------------------------------------------------------------
# Secrets Manager: RotateSecret with RotateImmediately=false
# ---------------------------------------------------------------------------


def patch_secretsmanager_rotate_not_immediately():
    """Secrets Manager: ``RotateSecret`` with ``RotateImmediately=false``
    records the rotation configuration and schedules the first rotation
    without invoking the rotation Lambda.

    AWS (Secrets Manager API Reference, ``RotateSecret``,
    https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_RotateSecret.html):
    "RotateImmediately: ... If you don't immediately rotate the secret,
    Secrets Manager tests the rotation configuration by running the
    testSecret step of the Lambda rotation function. The test creates an
    AWSPENDING version of the secret and then removes it." The secret then
    has ``RotationEnabled``, ``RotationLambdaARN``, ``RotationRules`` and a
    ``NextRotationDate``; no version is added and ``AWSCURRENT`` stays where
    it was.

    Stock moto 5.2.5 invokes the Lambda for the ``testSecret`` step through
    Docker. Without a Docker daemon (the emulator's loopback-only network
    namespace) the invocation fails, moto logs ``error running docker`` and
    answers success anyway, so ``aws_secretsmanager_secret_rotation`` with
    ``rotate_immediately = false`` applies only by accident; with a reachable
    daemon (``--netns=off`` on a machine running Docker) moto would pull a
    Lambda runtime image and run the rotation function's real code against
    the emulator, i.e. leave the offline, deterministic setting. Either way
    it leaves behind an ``AWSPENDING`` version (a copy of the current secret
    value) that AWS removes after the test. The patch keeps moto's
    validation (secret exists, is not a replica or deleted, ARN length,
    ``AutomaticallyAfterDays`` in 1..1000, the Lambda exists) and records the
    configuration, but does not invoke the function and adds no version.
    Not running the ``testSecret`` step is the emulator's approximation (a
    broken rotation function is not caught here; in AWS the call would
    fail), consistent with the rest of the emulator, which runs no Lambda
    code.
    Requests with ``RotateImmediately`` true (the default) or without a
    Lambda ARN go to moto unchanged.
    """
    from moto.secretsmanager import models as sm_models
    from moto.secretsmanager.exceptions import (
        InvalidParameterException,
        InvalidRequestException,
        OperationNotPermittedOnReplica,
        ResourceNotFoundException,
        SecretNotFoundException,
    )

    _require(sm_models, "ReplicaSecret")
    _require(sm_models.FakeSecret, "to_short_dict")

    def make(original):
        def rotate_secret(
            self,
            secret_id,
            client_request_token=None,
            rotation_lambda_arn=None,
            rotation_rules=None,
            rotate_immediately=True,
        ):
            if rotate_immediately or not rotation_lambda_arn:
                return original(
                    self,
                    secret_id,
                    client_request_token=client_request_token,
                    rotation_lambda_arn=rotation_lambda_arn,
                    rotation_rules=rotation_rules,
                    rotate_immediately=rotate_immediately,
                )
            if not self._is_valid_identifier(secret_id):
                raise SecretNotFoundException()
            secret = self.secrets[secret_id]
            if isinstance(secret, sm_models.ReplicaSecret):
                raise OperationNotPermittedOnReplica
            if secret.is_deleted():
                raise InvalidRequestException(
                    "You tried to perform the operation on a secret that's "
                    "currently marked deleted."
                )
            if len(rotation_lambda_arn) > 2048:
                raise InvalidParameterException(
                    "RotationLambdaARN must <= 2048 characters long."
                )
            days = (rotation_rules or {}).get("AutomaticallyAfterDays")
            if days is not None and not 1 <= int(days) <= 1000:
                raise InvalidParameterException(
                    "RotationRules.AutomaticallyAfterDays must be within 1-1000."
                )
            from moto.awslambda.utils import get_backend

            try:
                get_backend(self.account_id, self.region_name).get_function(
                    rotation_lambda_arn
                )
            except Exception:
                raise ResourceNotFoundException(
                    f"Resource not found for ARN '{rotation_lambda_arn}'."
                )
            secret.rotation_requested = True
            secret.rotation_lambda_arn = rotation_lambda_arn
            if days is not None:
                secret.auto_rotate_after_days = int(days)
                secret.next_rotation_date = int(time.time()) + int(days) * 86400
            secret.rotation_enabled = secret.auto_rotate_after_days > 0
            return secret.to_short_dict()

        return rotate_secret

    _wrap(sm_models.SecretsManagerBackend, "rotate_secret", make)


TX_PATCHES = [
    patch_secretsmanager_rotate_not_immediately,
]
