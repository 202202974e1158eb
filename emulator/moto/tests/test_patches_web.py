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
        for name in ("ec2_root_device_mapping_from_ami",):
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


if __name__ == "__main__":
    unittest.main()
