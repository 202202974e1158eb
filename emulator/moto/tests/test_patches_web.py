"""The web-tier patches (``moto_patches_web.py``) against moto in-process.

Each test drives the AWS API the way the hashicorp/aws provider does for
``emulator/fixtures/web-fixture.tf.json`` and checks what the patch restores;
where cheap, it also checks that stock moto (the patch's original target)
still gets it wrong, so a moto upgrade that fixes the gap shows up here and
the patch can go.

Run with the moto venv's Python (``scripts/emulator/setup-venv.sh``):
    python -m unittest discover -s emulator/moto/tests
"""

import unittest

from patched_moto import APPLIED, original as _original  # first: sets up moto

import boto3
from botocore.exceptions import ClientError
from moto import mock_aws

AL2023 = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"


class PatchesAreApplied(unittest.TestCase):
    def test_web_patches_are_in_apply_all(self):
        for name in (
            "ec2_root_device_mapping_from_ami",
            "autoscaling_group_default_instance_warmup",
            "autoscaling_policy_enabled",
            "autoscaling_policy_no_empty_predictive_configuration",
            "rds_data_api_on_provisioned_clusters",
        ):
            self.assertIn(name, APPLIED)


@mock_aws
class RootDeviceMappingFromAmi(unittest.TestCase):
    """A launch template that encrypts the AL2023 root volume (device
    ``/dev/xvda``, no size) launches, as in AWS; eu-central-2 as in
    trading-dr's DR region."""

    region = "eu-central-2"

    def setUp(self):
        self.ec2 = boto3.client("ec2", region_name=self.region)
        ssm = boto3.client("ssm", region_name=self.region)
        self.ami = ssm.get_parameter(Name=AL2023)["Parameter"]["Value"]
        image = self.ec2.describe_images(ImageIds=[self.ami])["Images"][0]
        self.assertEqual(image["RootDeviceName"], "/dev/xvda")
        kms = boto3.client("kms", region_name=self.region)
        self.key = kms.create_key()["KeyMetadata"]["Arn"]
        vpc = self.ec2.create_vpc(CidrBlock="10.41.0.0/16")["Vpc"]["VpcId"]
        self.subnet = self.ec2.create_subnet(
            VpcId=vpc,
            CidrBlock="10.41.0.0/20",
            AvailabilityZone=f"{self.region}a",
        )["Subnet"]["SubnetId"]

    def template(self, name, device):
        self.ec2.create_launch_template(
            LaunchTemplateName=name,
            LaunchTemplateData={
                "ImageId": self.ami,
                "InstanceType": "t3.small",
                "BlockDeviceMappings": [
                    {
                        "DeviceName": device,
                        "Ebs": {
                            "Encrypted": True,
                            "KmsKeyId": self.key,
                            "VolumeType": "gp3",
                            "DeleteOnTermination": True,
                        },
                    }
                ],
            },
        )

    def test_auto_scaling_group_launches_with_encrypted_root_volume(self):
        self.template("web", "/dev/xvda")
        asg = boto3.client("autoscaling", region_name=self.region)
        asg.create_auto_scaling_group(
            AutoScalingGroupName="web",
            MinSize=1,
            MaxSize=2,
            DesiredCapacity=1,
            LaunchTemplate={"LaunchTemplateName": "web", "Version": "$Latest"},
            VPCZoneIdentifier=self.subnet,
        )
        group = asg.describe_auto_scaling_groups(AutoScalingGroupNames=["web"])
        instances = group["AutoScalingGroups"][0]["Instances"]
        self.assertEqual(len(instances), 1)
        volumes = self.ec2.describe_volumes(
            Filters=[
                {"Name": "attachment.instance-id", "Values": [instances[0]["InstanceId"]]},
                {"Name": "attachment.device", "Values": ["/dev/xvda"]},
            ]
        )["Volumes"]
        self.assertEqual(len(volumes), 1)
        root = volumes[0]
        self.assertTrue(root["Encrypted"])
        self.assertEqual(root["KmsKeyId"], self.key)
        self.assertEqual(root["VolumeType"], "gp3")
        # The AMI's root snapshot, and its size.
        snapshot = self.ec2.describe_images(ImageIds=[self.ami])["Images"][0][
            "BlockDeviceMappings"
        ][0]["Ebs"]
        self.assertEqual(root["SnapshotId"], snapshot["SnapshotId"])
        self.assertEqual(root["Size"], snapshot["VolumeSize"])

    def test_a_data_volume_without_size_or_snapshot_is_still_refused(self):
        self.template("data", "/dev/sdf")
        with self.assertRaises(ClientError) as err:
            self.ec2.run_instances(
                MinCount=1,
                MaxCount=1,
                LaunchTemplate={"LaunchTemplateName": "data"},
                SubnetId=self.subnet,
            )
        self.assertIn("size/snapshot", str(err.exception))

    def test_stock_moto_refuses_the_root_mapping(self):
        from moto.ec2.models import instances as instance_models

        patched = instance_models.Instance.add_block_device
        instance_models.Instance.add_block_device = _original(
            instance_models.Instance, "add_block_device"
        )
        try:
            self.template("stock", "/dev/xvda")
            with self.assertRaises(ClientError) as err:
                self.ec2.run_instances(
                    MinCount=1,
                    MaxCount=1,
                    LaunchTemplate={"LaunchTemplateName": "stock"},
                    SubnetId=self.subnet,
                )
            self.assertIn("size/snapshot", str(err.exception))
        finally:
            instance_models.Instance.add_block_device = patched


@mock_aws
class AutoScalingReadBack(unittest.TestCase):
    """What ``aws_autoscaling_group`` / ``aws_autoscaling_policy`` read back
    after creating the web tier's group and policies."""

    region = "eu-central-1"

    def setUp(self):
        ec2 = boto3.client("ec2", region_name=self.region)
        vpc = ec2.create_vpc(CidrBlock="10.40.0.0/16")["Vpc"]["VpcId"]
        subnet = ec2.create_subnet(
            VpcId=vpc, CidrBlock="10.40.0.0/20", AvailabilityZone=f"{self.region}a"
        )["Subnet"]["SubnetId"]
        ec2.create_launch_template(
            LaunchTemplateName="web",
            LaunchTemplateData={"ImageId": "ami-12c6146b", "InstanceType": "t3.small"},
        )
        self.asg = boto3.client("autoscaling", region_name=self.region)
        self.asg.create_auto_scaling_group(
            AutoScalingGroupName="web",
            MinSize=1,
            MaxSize=2,
            LaunchTemplate={"LaunchTemplateName": "web", "Version": "$Latest"},
            VPCZoneIdentifier=subnet,
            DefaultInstanceWarmup=180,
        )

    def group(self):
        return self.asg.describe_auto_scaling_groups(AutoScalingGroupNames=["web"])[
            "AutoScalingGroups"
        ][0]

    def policy(self, name):
        return self.asg.describe_policies(PolicyNames=[name])["ScalingPolicies"][0]

    def test_default_instance_warmup_is_kept_updated_and_cleared(self):
        self.assertEqual(self.group()["DefaultInstanceWarmup"], 180)
        self.asg.update_auto_scaling_group(
            AutoScalingGroupName="web", DefaultInstanceWarmup=240
        )
        self.assertEqual(self.group()["DefaultInstanceWarmup"], 240)
        # An update that does not name it keeps it.
        self.asg.update_auto_scaling_group(AutoScalingGroupName="web", MaxSize=3)
        self.assertEqual(self.group()["DefaultInstanceWarmup"], 240)
        self.asg.update_auto_scaling_group(
            AutoScalingGroupName="web", DefaultInstanceWarmup=-1
        )
        self.assertNotIn("DefaultInstanceWarmup", self.group())

    def test_policies_report_enabled_and_no_predictive_configuration(self):
        self.asg.put_scaling_policy(
            AutoScalingGroupName="web",
            PolicyName="track",
            PolicyType="TargetTrackingScaling",
            TargetTrackingConfiguration={
                "PredefinedMetricSpecification": {
                    "PredefinedMetricType": "ASGAverageCPUUtilization"
                },
                "TargetValue": 50.0,
            },
            Enabled=True,
        )
        self.asg.put_scaling_policy(
            AutoScalingGroupName="web",
            PolicyName="standby",
            PolicyType="SimpleScaling",
            AdjustmentType="ExactCapacity",
            ScalingAdjustment=2,
            Cooldown=180,
        )
        self.asg.put_scaling_policy(
            AutoScalingGroupName="web",
            PolicyName="off",
            PolicyType="SimpleScaling",
            AdjustmentType="ChangeInCapacity",
            ScalingAdjustment=1,
            Enabled=False,
        )
        for name, enabled in (("track", True), ("standby", True), ("off", False)):
            policy = self.policy(name)
            self.assertIs(policy["Enabled"], enabled, name)
            self.assertNotIn("PredictiveScalingConfiguration", policy, name)

    def test_a_predictive_policy_keeps_its_configuration(self):
        self.asg.put_scaling_policy(
            AutoScalingGroupName="web",
            PolicyName="predict",
            PolicyType="PredictiveScaling",
            PredictiveScalingConfiguration={
                "MetricSpecifications": [
                    {
                        "TargetValue": 40.0,
                        "PredefinedMetricPairSpecification": {
                            "PredefinedMetricType": "ASGCPUUtilization"
                        },
                    }
                ],
                "Mode": "ForecastOnly",
            },
        )
        config = self.policy("predict")["PredictiveScalingConfiguration"]
        self.assertEqual(config["Mode"], "ForecastOnly")

    def test_stock_moto_reads_back_none_of_them(self):
        from moto.autoscaling import responses

        cls = responses.AutoScalingResponse
        patched = {
            n: getattr(cls, n)
            for n in ("create_auto_scaling_group", "put_scaling_policy")
        }
        try:
            cls.create_auto_scaling_group = _original(cls, "create_auto_scaling_group")
            # put_scaling_policy is wrapped twice (two patches): unwrap both.
            cls.put_scaling_policy = cls.put_scaling_policy.__wrapped__.__wrapped__
            self.asg.create_auto_scaling_group(
                AutoScalingGroupName="stock",
                MinSize=1,
                MaxSize=1,
                LaunchTemplate={"LaunchTemplateName": "web"},
                AvailabilityZones=[f"{self.region}a"],
                DefaultInstanceWarmup=180,
            )
            group = self.asg.describe_auto_scaling_groups(
                AutoScalingGroupNames=["stock"]
            )["AutoScalingGroups"][0]
            self.assertNotIn("DefaultInstanceWarmup", group)
            self.asg.put_scaling_policy(
                AutoScalingGroupName="stock",
                PolicyName="stock",
                AdjustmentType="ExactCapacity",
                ScalingAdjustment=1,
                Enabled=True,
            )
            policy = self.policy("stock")
            self.assertNotIn("Enabled", policy)
            self.assertEqual(policy.get("PredictiveScalingConfiguration"), {})
        finally:
            for n, f in patched.items():
                setattr(cls, n, f)


if __name__ == "__main__":
    unittest.main()


@mock_aws
class DataApiOnProvisionedClusters(unittest.TestCase):
    """``EnableHttpEndpoint`` on a provisioned Aurora PostgreSQL cluster is
    reported back, as in AWS; Serverless v1 rules and other engines are
    moto's."""

    def create(self, rds, name, engine, enable, **extra):
        return rds.create_db_cluster(
            DBClusterIdentifier=name,
            Engine=engine,
            EngineVersion="15.4" if engine == "aurora-postgresql" else "8.0.mysql_aurora.3.07.1",
            MasterUsername="admin_user",
            MasterUserPassword="a-long-password-1",
            EnableHttpEndpoint=enable,
            **extra,
        )["DBCluster"]

    def test_a_provisioned_cluster_reports_the_data_api(self):
        rds = boto3.client("rds", region_name="eu-central-1")
        self.create(rds, "pg-on", "aurora-postgresql", True)
        self.create(rds, "mysql-on", "aurora-mysql", True)
        self.create(rds, "pg-off", "aurora-postgresql", False)
        got = {
            c["DBClusterIdentifier"]: c.get("HttpEndpointEnabled")
            for c in rds.describe_db_clusters()["DBClusters"]
        }
        self.assertEqual(got, {"pg-on": True, "mysql-on": True, "pg-off": False})

    def test_stock_moto_drops_it(self):
        from moto.rds import models as rds_models

        cluster = object.__new__(rds_models.DBCluster)
        cluster.engine_mode = "provisioned"
        cluster.engine = "aurora-postgresql"
        cluster.engine_version = "15.4"
        stock_setter = rds_models.DBCluster.enable_http_endpoint.fset.__wrapped__
        stock_setter(cluster, True)
        self.assertFalse(cluster._enable_http_endpoint)
