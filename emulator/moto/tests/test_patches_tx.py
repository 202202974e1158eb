"""The transactions-dr patches (``moto_patches_tx.py``) against moto in-process.

Each test drives the AWS API the way the hashicorp/aws provider does for
``examples/transactions-dr.rs`` and checks what the patch restores.

Run with the moto venv's Python (``scripts/emulator/setup-venv.sh``):
    python -m unittest discover -s emulator/moto/tests
"""

import io
import json
import unittest
import zipfile

from patched_moto import APPLIED, original as _original  # first: sets up moto

import boto3
from botocore.exceptions import ClientError
from moto import mock_aws


def _zip():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("index.py", "def handler(event, context):\n    raise RuntimeError\n")
    return buf.getvalue()


class PatchesAreApplied(unittest.TestCase):
    def test_tx_patches_are_in_apply_all(self):
        for name in ("secretsmanager_rotate_not_immediately",):
            self.assertIn(name, APPLIED)


@mock_aws
class SecretsManagerRotateNotImmediately(unittest.TestCase):
    region = "us-east-1"

    def setUp(self):
        iam = boto3.client("iam")
        role = iam.create_role(
            RoleName="rotation",
            AssumeRolePolicyDocument=json.dumps(
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": "sts:AssumeRole",
                            "Principal": {"Service": "lambda.amazonaws.com"},
                        }
                    ],
                }
            ),
        )["Role"]["Arn"]
        lam = boto3.client("lambda", region_name=self.region)
        self.fn = lam.create_function(
            FunctionName="rotate",
            Role=role,
            Runtime="python3.12",
            Handler="index.handler",
            Code={"ZipFile": _zip()},
        )["FunctionArn"]
        self.sm = boto3.client("secretsmanager", region_name=self.region)
        self.secret = self.sm.create_secret(Name="master")["ARN"]
        self.version = self.sm.put_secret_value(
            SecretId=self.secret,
            SecretString='{"username":"u","password":"p"}',
            VersionStages=["AWSCURRENT", "TFDR_INITIAL"],
        )["VersionId"]

    def test_configuration_is_recorded_without_invoking_or_adding_a_version(self):
        self.sm.rotate_secret(
            SecretId=self.secret,
            RotationLambdaARN=self.fn,
            RotationRules={"AutomaticallyAfterDays": 30},
            RotateImmediately=False,
        )
        d = self.sm.describe_secret(SecretId=self.secret)
        self.assertTrue(d["RotationEnabled"])
        self.assertEqual(d["RotationLambdaARN"], self.fn)
        self.assertEqual(d["RotationRules"]["AutomaticallyAfterDays"], 30)
        self.assertIn("NextRotationDate", d)
        self.assertEqual(
            d["VersionIdsToStages"], {self.version: ["AWSCURRENT", "TFDR_INITIAL"]}
        )

    def test_validation_is_kept(self):
        with self.assertRaises(ClientError) as err:
            self.sm.rotate_secret(
                SecretId=self.secret,
                RotationLambdaARN=self.fn.replace("rotate", "missing"),
                RotationRules={"AutomaticallyAfterDays": 30},
                RotateImmediately=False,
            )
        self.assertEqual(err.exception.response["Error"]["Code"], "ResourceNotFoundException")
        with self.assertRaises(ClientError) as err:
            self.sm.rotate_secret(
                SecretId="nope", RotationLambdaARN=self.fn, RotateImmediately=False
            )
        self.assertEqual(err.exception.response["Error"]["Code"], "ResourceNotFoundException")

    def test_stock_moto_leaves_a_pending_version(self):
        from moto.secretsmanager.models import SecretsManagerBackend, secretsmanager_backends

        backend = secretsmanager_backends["123456789012"][self.region]
        _original(SecretsManagerBackend, "rotate_secret")(
            backend,
            self.secret,
            rotation_lambda_arn=self.fn,
            rotation_rules={"AutomaticallyAfterDays": 30},
            rotate_immediately=False,
        )
        stages = self.sm.describe_secret(SecretId=self.secret)["VersionIdsToStages"]
        self.assertIn(["AWSPENDING"], list(stages.values()))


if __name__ == "__main__":
    unittest.main()
