"""The API/DNS patches (``moto_patches_api.py``) against moto in-process.

Each test drives the AWS API the way the hashicorp/aws provider does and
checks what the patch restores; where cheap, it also checks that stock moto (the
patch's original target) still gets it wrong, so a moto upgrade that fixes
the gap shows up here and the patch can go.

Run with the moto venv's Python (``scripts/emulator/setup-venv.sh``):
    python -m unittest discover -s emulator/moto/tests
``emulator/tests/emulator_live.rs`` runs it (skipped without the venv,
required in CI).
"""

import io
import json
import unittest
import zipfile

from patched_moto import APPLIED, original as _original  # first: sets up moto

import boto3
from moto import mock_aws


def _zip():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("index.py", "def handler(event, context):\n    return 1\n")
    return buf.getvalue()


class PatchesAreApplied(unittest.TestCase):
    def test_api_patches_are_in_apply_all(self):
        for name in (
            "lambda_function_dead_letter_and_logging_config",
            "apigateway_account_reset_role",
            "apigateway_stage_logging_requires_account_role",
            "acm_dns_validation_from_route53",
            "route53_query_logging_log_group_arn",
        ):
            self.assertIn(name, APPLIED)


@mock_aws
class LambdaDeadLetterAndLoggingConfig(unittest.TestCase):
    def setUp(self):
        iam = boto3.client("iam")
        self.role = iam.create_role(
            RoleName="fn",
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
        self.lam = boto3.client("lambda", region_name="us-east-2")
        self.dlq = "arn:aws:sqs:us-east-2:123456789012:failures"

    def create(self, name, **extra):
        return self.lam.create_function(
            FunctionName=name,
            Role=self.role,
            Runtime="python3.12",
            Handler="index.handler",
            Code={"ZipFile": _zip()},
            **extra,
        )

    def test_json_logging_and_dead_letter_read_back_with_aws_defaults(self):
        self.create(
            "fn-json",
            DeadLetterConfig={"TargetArn": self.dlq},
            LoggingConfig={"LogFormat": "JSON", "LogGroup": "/custom/fn"},
        )
        config = self.lam.get_function_configuration(FunctionName="fn-json")
        self.assertEqual(config["DeadLetterConfig"], {"TargetArn": self.dlq})
        self.assertEqual(
            config["LoggingConfig"],
            {
                "LogFormat": "JSON",
                "LogGroup": "/custom/fn",
                "ApplicationLogLevel": "INFO",
                "SystemLogLevel": "INFO",
            },
        )
        got = self.lam.get_function(FunctionName="fn-json")["Configuration"]
        self.assertEqual(got["LoggingConfig"]["LogGroup"], "/custom/fn")

    def test_defaults_without_either(self):
        self.create("fn-plain")
        config = self.lam.get_function_configuration(FunctionName="fn-plain")
        self.assertNotIn("DeadLetterConfig", config)
        self.assertEqual(
            config["LoggingConfig"],
            {"LogFormat": "Text", "LogGroup": "/aws/lambda/fn-plain"},
        )

    def test_update_sets_and_removes(self):
        key = "arn:aws:kms:us-east-2:123456789012:key/abc"
        self.create("fn-upd", DeadLetterConfig={"TargetArn": self.dlq})
        self.lam.update_function_configuration(
            FunctionName="fn-upd",
            DeadLetterConfig={"TargetArn": ""},
            LoggingConfig={"LogFormat": "JSON", "ApplicationLogLevel": "WARN"},
            TracingConfig={"Mode": "Active"},
            KMSKeyArn=key,
        )
        config = self.lam.get_function_configuration(FunctionName="fn-upd")
        self.assertNotIn("DeadLetterConfig", config)
        self.assertEqual(config["LoggingConfig"]["ApplicationLogLevel"], "WARN")
        self.assertEqual(config["LoggingConfig"]["SystemLogLevel"], "INFO")
        self.assertEqual(config["TracingConfig"], {"Mode": "Active"})
        self.assertEqual(config["KMSKeyArn"], key)

    def test_stock_moto_drops_both(self):
        from moto.awslambda.models import LambdaFunction

        self.create("fn-stock", DeadLetterConfig={"TargetArn": self.dlq})
        from moto.awslambda.models import lambda_backends

        fn = lambda_backends["123456789012"]["us-east-2"].get_function("fn-stock")
        stock = _original(LambdaFunction, "get_configuration")(fn)
        self.assertNotIn("DeadLetterConfig", stock)
        self.assertNotIn("LoggingConfig", stock)


@mock_aws
class ApiGatewayAccountReset(unittest.TestCase):
    def test_remove_and_valueless_replace_clear_the_role(self):
        apigw = boto3.client("apigateway", region_name="us-east-2")
        role = "arn:aws:iam::123456789012:role/apigw-logs"
        for op in ({"op": "remove", "path": "/cloudwatchRoleArn"},
                   {"op": "replace", "path": "/cloudwatchRoleArn"},
                   {"op": "replace", "path": "/cloudwatchRoleArn", "value": ""}):
            apigw.update_account(
                patchOperations=[
                    {"op": "replace", "path": "/cloudwatchRoleArn", "value": role}
                ]
            )
            self.assertEqual(apigw.get_account()["cloudwatchRoleArn"], role)
            apigw.update_account(patchOperations=[op])
            self.assertNotIn("cloudwatchRoleArn", apigw.get_account(), op)

    def test_stock_moto_fails_without_a_value(self):
        from moto.apigateway.models import Account

        with self.assertRaises(KeyError):
            _original(Account, "apply_patch_operations")(
                Account(), [{"op": "replace", "path": "/cloudwatchRoleArn"}]
            )


@mock_aws
class ApiGatewayStageLoggingNeedsAccountRole(unittest.TestCase):
    def setUp(self):
        self.apigw = boto3.client("apigateway", region_name="us-east-2")
        api = self.apigw.create_rest_api(
            name="api", endpointConfiguration={"types": ["REGIONAL"]}
        )["id"]
        root = self.apigw.get_resources(restApiId=api)["items"][0]["id"]
        self.apigw.put_method(
            restApiId=api, resourceId=root, httpMethod="GET", authorizationType="NONE"
        )
        self.apigw.put_integration(
            restApiId=api, resourceId=root, httpMethod="GET", type="MOCK"
        )
        deployment = self.apigw.create_deployment(restApiId=api)["id"]
        self.apigw.create_stage(restApiId=api, stageName="prod", deploymentId=deployment)
        self.api = api

    def update(self, *ops):
        return self.apigw.update_stage(
            restApiId=self.api, stageName="prod", patchOperations=list(ops)
        )

    ACCESS_LOGS = {
        "op": "replace",
        "path": "/accessLogSettings/destinationArn",
        "value": "arn:aws:logs:us-east-2:123456789012:log-group:access",
    }
    LOG_LEVEL = {"op": "replace", "path": "/*/*/logging/loglevel", "value": "INFO"}

    def test_logging_is_refused_until_the_account_has_a_role(self):
        for op in (self.ACCESS_LOGS, self.LOG_LEVEL,
                   {"op": "replace", "path": "/*/*/logging/dataTrace", "value": "true"}):
            with self.assertRaises(self.apigw.exceptions.BadRequestException) as err:
                self.update(op)
            self.assertIn("CloudWatch Logs role ARN must be set", str(err.exception))
        # Everything else, and turning logging off, is fine without the role.
        self.update(
            {"op": "replace", "path": "/tracingEnabled", "value": "true"},
            {"op": "replace", "path": "/*/*/metrics/enabled", "value": "true"},
            {"op": "replace", "path": "/*/*/logging/loglevel", "value": "OFF"},
        )
        # The role is per region: us-east-1's does not count for us-east-2.
        boto3.client("apigateway", region_name="us-east-1").update_account(
            patchOperations=[{"op": "replace", "path": "/cloudwatchRoleArn",
                              "value": "arn:aws:iam::123456789012:role/logs"}]
        )
        with self.assertRaises(self.apigw.exceptions.BadRequestException):
            self.update(self.ACCESS_LOGS)
        self.apigw.update_account(
            patchOperations=[{"op": "replace", "path": "/cloudwatchRoleArn",
                              "value": "arn:aws:iam::123456789012:role/logs"}]
        )
        stage = self.update(self.ACCESS_LOGS, self.LOG_LEVEL)
        self.assertEqual(
            stage["accessLogSettings"]["destinationArn"], self.ACCESS_LOGS["value"]
        )
        self.assertEqual(stage["methodSettings"]["*/*"]["loggingLevel"], "INFO")


@mock_aws
class AcmDnsValidationFromRoute53(unittest.TestCase):
    DOMAIN = "api.payments-ci.example.com"

    def setUp(self):
        self.r53 = boto3.client("route53")
        self.zone = self.r53.create_hosted_zone(
            Name="payments-ci.example.com", CallerReference="zone"
        )["HostedZone"]["Id"]

    def request(self, region):
        acm = boto3.client("acm", region_name=region)
        arn = acm.request_certificate(DomainName=self.DOMAIN, ValidationMethod="DNS")[
            "CertificateArn"
        ]
        return acm, arn

    def status(self, acm, arn):
        return acm.describe_certificate(CertificateArn=arn)["Certificate"]["Status"]

    def publish(self, record, zone=None, value=None):
        self.r53.change_resource_record_sets(
            HostedZoneId=zone or self.zone,
            ChangeBatch={
                "Changes": [
                    {
                        "Action": "UPSERT",
                        "ResourceRecordSet": {
                            "Name": record["Name"],
                            "Type": record["Type"],
                            "TTL": 60,
                            "ResourceRecords": [{"Value": value or record["Value"]}],
                        },
                    }
                ]
            },
        )

    def test_pending_until_the_record_is_published_then_issued_in_each_region(self):
        primary, primary_arn = self.request("us-east-1")
        dr, dr_arn = self.request("us-east-2")
        self.assertEqual(self.status(primary, primary_arn), "PENDING_VALIDATION")
        option = primary.describe_certificate(CertificateArn=primary_arn)["Certificate"][
            "DomainValidationOptions"
        ][0]
        self.assertEqual(option["ValidationStatus"], "PENDING_VALIDATION")
        # Same account and domain: one record validates both regions' certificates.
        self.publish(option["ResourceRecord"])
        self.assertEqual(self.status(primary, primary_arn), "ISSUED")
        self.assertEqual(self.status(dr, dr_arn), "ISSUED")
        option = dr.describe_certificate(CertificateArn=dr_arn)["Certificate"][
            "DomainValidationOptions"
        ][0]
        self.assertEqual(option["ValidationStatus"], "SUCCESS")

    def test_wrong_value_or_private_zone_does_not_validate(self):
        acm, arn = self.request("us-east-1")
        record = acm.describe_certificate(CertificateArn=arn)["Certificate"][
            "DomainValidationOptions"
        ][0]["ResourceRecord"]
        self.publish(record, value="_other.acm-validations.aws.")
        self.assertEqual(self.status(acm, arn), "PENDING_VALIDATION")
        private = self.r53.create_hosted_zone(
            Name="payments-ci.example.com",
            CallerReference="private",
            VPC={"VPCRegion": "us-east-1", "VPCId": "vpc-12345678"},
            HostedZoneConfig={"PrivateZone": True},
        )["HostedZone"]["Id"]
        self.publish(record, zone=private)
        self.assertEqual(self.status(acm, arn), "PENDING_VALIDATION")


@mock_aws
class Route53QueryLoggingLogGroupArn(unittest.TestCase):
    def setUp(self):
        logs = boto3.client("logs", region_name="us-east-1")
        logs.create_log_group(logGroupName="/aws/route53/q.example.net")
        self.arn = logs.describe_log_groups()["logGroups"][0]["arn"].removesuffix(":*")
        self.r53 = boto3.client("route53", region_name="us-east-1")
        self.zone = self.r53.create_hosted_zone(
            Name="q.example.net", CallerReference="q"
        )["HostedZone"]["Id"]

    def test_the_plain_arn_is_accepted_and_read_back_as_given(self):
        made = self.r53.create_query_logging_config(
            HostedZoneId=self.zone, CloudWatchLogsLogGroupArn=self.arn
        )["QueryLoggingConfig"]
        got = self.r53.get_query_logging_config(Id=made["Id"])["QueryLoggingConfig"]
        self.assertEqual(got["CloudWatchLogsLogGroupArn"], self.arn)

    def test_stock_moto_refuses_the_plain_arn(self):
        from moto.route53 import models as route53_models
        from moto.route53 import route53_backends
        from moto.route53.exceptions import NoSuchCloudWatchLogsLogGroup

        stock = _original(route53_models.Route53Backend, "create_query_logging_config")
        r53 = route53_backends["123456789012"]["aws"]
        with self.assertRaises(NoSuchCloudWatchLogsLogGroup):
            stock(r53, self.zone.split("/")[-1], self.arn)


if __name__ == "__main__":
    unittest.main()
