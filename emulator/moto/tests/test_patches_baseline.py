"""The security-baseline patches (``moto_patches_baseline.py``) that have
unit tests, against moto in-process; see ``test_patches_api.py``.
"""

import json
import unittest

from patched_moto import APPLIED, original  # first: sets up moto

import boto3
from botocore.exceptions import ClientError
from moto import mock_aws


def _policy(*statements):
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


def _deny(bucket, action, condition=None):
    statement = {
        "Sid": "Deny",
        "Effect": "Deny",
        "Principal": {"AWS": "*"},
        "Action": action,
        "Resource": [f"arn:aws:s3:::{bucket}", f"arn:aws:s3:::{bucket}/*"],
    }
    if condition:
        statement["Condition"] = condition
    return statement


TLS_ONLY = {"Bool": {"aws:SecureTransport": "false"}}


@mock_aws
class S3BucketPolicySecureTransport(unittest.TestCase):
    def setUp(self):
        self.assertIn("s3_bucket_policy_secure_transport", APPLIED)
        self.s3 = boto3.client("s3", region_name="us-east-1")
        self.s3.create_bucket(Bucket="code")

    def put_policy(self, *statements):
        self.s3.put_bucket_policy(Bucket="code", Policy=_policy(*statements))

    def test_tls_only_policy_allows_the_emulators_requests(self):
        self.put_policy(_deny("code", "s3:*", TLS_ONLY))
        self.s3.put_object(Bucket="code", Key="pkg.zip", Body=b"zip")
        self.assertEqual(self.s3.get_object(Bucket="code", Key="pkg.zip")["Body"].read(), b"zip")
        deleted = self.s3.delete_objects(
            Bucket="code", Delete={"Objects": [{"Key": "pkg.zip"}]}
        )
        self.assertEqual([d["Key"] for d in deleted.get("Deleted", [])], ["pkg.zip"])
        self.assertNotIn("Errors", deleted)

    def test_other_denials_still_deny(self):
        # Unconditional, and a condition that holds over TLS.
        for condition in (None, {"Bool": {"aws:SecureTransport": ["true"]}}):
            self.put_policy(_deny("code", "s3:PutObject", condition))
            with self.assertRaises(ClientError) as err:
                self.s3.put_object(Bucket="code", Key="k", Body=b"x")
            self.assertEqual(err.exception.response["ResponseMetadata"]["HTTPStatusCode"], 403)

    def test_stock_moto_denies_everything_under_a_tls_only_policy(self):
        from moto.iam.access_control import PermissionResult
        from moto.s3.models import FakeBucket, s3_backends

        self.put_policy(_deny("code", "s3:*", TLS_ONLY))
        bucket = s3_backends["123456789012"]["aws"].get_bucket("code")
        stock = original(FakeBucket, "get_permission")(
            bucket, "s3:PutObject", "arn:aws:s3:::code/k"
        )
        self.assertEqual(stock, PermissionResult.DENIED)


if __name__ == "__main__":
    unittest.main()
