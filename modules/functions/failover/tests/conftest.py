"""Fixtures of the failover function's tests: moto's in-process RDS, Route 53,
SNS and Auto Scaling (no network, no real credentials) with an Aurora global
database as payments-dr builds it (primary cluster in us-east-1, DR cluster in
us-east-2, one instance each), the primary's health check, a report topic per
region, optionally the standby web tier (an Auto Scaling group at its minimum
in us-east-2 with the scale-out policy tfdr's web tier makes), and
:mod:`moto_gaps` for what moto lacks."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from typing import Any, Dict, Iterator, List, Optional

import boto3
import pytest
from moto import mock_aws
from moto.core import DEFAULT_ACCOUNT_ID
from moto.sns.models import sns_backends

# The function's modules live at the zip root, next to this folder.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import aws  # noqa: E402
import handler  # noqa: E402
from moto_gaps import MotoGaps, observation  # noqa: E402

PRIMARY = "us-east-1"
DR = "us-east-2"
GLOBAL_ID = "aurora-global-use1-dev"
ENGINE = "aurora-postgresql"


def cluster_arn(region: str, name: str) -> str:
    return f"arn:aws:rds:{region}:{DEFAULT_ACCOUNT_ID}:cluster:{name}"


def topic_arn(region: str, name: str) -> str:
    return f"arn:aws:sns:{region}:{DEFAULT_ACCOUNT_ID}:{name}"


PRIMARY_CLUSTER = cluster_arn(PRIMARY, "aurora-use1-dev")
DR_CLUSTER = cluster_arn(DR, "aurora-use2-dev")
PRIMARY_TOPIC = topic_arn(PRIMARY, "alerts-dev")
DR_TOPIC = topic_arn(DR, "alerts-dev")


@dataclass
class Context:
    """The part of the Lambda context object the handler reads."""

    aws_request_id: str = "lambda-req-1"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No real credentials, config files or endpoints can leak in; the
    function's configuration as tfdr sets it."""
    for name in list(os.environ):
        if name.startswith("AWS_") or name in ENV or name.startswith("STANDBY_") or name == "WATCH_EVENT_SOURCE":
            monkeypatch.delenv(name)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "testing")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", os.devnull)
    monkeypatch.setenv("AWS_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("AWS_REGION", DR)
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    handler.reset_clients()
    yield
    handler.reset_clients()


@dataclass
class World:
    """The mocked AWS: the gaps' state and call log, and helpers."""

    gaps: MotoGaps
    health_check_id: str

    def reports(self, topic: str) -> List[Dict[str, Any]]:
        """Every report published to ``topic``, parsed, with its subject."""
        region = topic.split(":")[3]
        sent = sns_backends[DEFAULT_ACCOUNT_ID][region].topics[topic].sent_notifications
        out = []
        for _, message, subject, _, _ in sent:
            body = json.loads(message)
            body["_subject"] = subject
            out.append(body)
        return out

    def steps(self, topic: str = DR_TOPIC) -> List[str]:
        return [r["step"] for r in self.reports(topic)]

    def mutations(self) -> List[Dict[str, Any]]:
        """Every failover or switchover request."""
        return self.gaps.ops("FailoverGlobalCluster") + self.gaps.ops("SwitchoverGlobalCluster")

    def primary_down(self, checkers: int = 16, healthy: int = 0) -> None:
        self.gaps.observations = [observation(i < healthy) for i in range(checkers)]


ENV = {
    "MODE": "automatic",
    "DATA_LOSS_POLICY": "never",
    "GLOBAL_CLUSTER_ID": GLOBAL_ID,
    "PRIMARY_CLUSTER_ARN": PRIMARY_CLUSTER,
    "DR_CLUSTER_ARN": DR_CLUSTER,
    "PRIMARY_HEALTH_CHECK_ID": "placeholder",
    "PRIMARY_TOPIC_ARN": PRIMARY_TOPIC,
    "DR_TOPIC_ARN": DR_TOPIC,
    "TRIGGER_ALARM_NAMES": '["primary-health-dev"]',
}


def _database(dr_instance: bool = True) -> None:
    primary = boto3.client("rds", region_name=PRIMARY)
    dr = boto3.client("rds", region_name=DR)
    primary.create_global_cluster(GlobalClusterIdentifier=GLOBAL_ID, Engine=ENGINE, EngineVersion="15.4")
    primary.create_db_cluster(
        DBClusterIdentifier="aurora-use1-dev",
        Engine=ENGINE,
        EngineVersion="15.4",
        GlobalClusterIdentifier=GLOBAL_ID,
        MasterUsername="payments_admin",
        MasterUserPassword="not-a-real-password-1",
    )
    primary.create_db_instance(
        DBInstanceIdentifier="aurora-1-use1-dev",
        DBClusterIdentifier="aurora-use1-dev",
        Engine=ENGINE,
        DBInstanceClass="db.r6g.large",
    )
    dr.create_db_cluster(
        DBClusterIdentifier="aurora-use2-dev",
        Engine=ENGINE,
        EngineVersion="15.4",
        GlobalClusterIdentifier=GLOBAL_ID,
    )
    if dr_instance:
        dr.create_db_instance(
            DBInstanceIdentifier="aurora-1-use2-dev",
            DBClusterIdentifier="aurora-use2-dev",
            Engine=ENGINE,
            DBInstanceClass="db.r6g.large",
        )


def _world(monkeypatch: pytest.MonkeyPatch, dr_instance: bool = True) -> World:
    _database(dr_instance)
    r53 = boto3.client("route53", region_name=PRIMARY)
    check = r53.create_health_check(
        CallerReference="primary",
        HealthCheckConfig={
            "Type": "HTTPS",
            "FullyQualifiedDomainName": "api.payments.example.net",
            "ResourcePath": "/health",
            "RequestInterval": 30,
            "FailureThreshold": 3,
        },
    )["HealthCheck"]["Id"]
    monkeypatch.setenv("PRIMARY_HEALTH_CHECK_ID", check)
    for region in (PRIMARY, DR):
        boto3.client("sns", region_name=region).create_topic(Name="alerts-dev")
    gaps = MotoGaps()
    original = aws.make_client

    def hooked(service: str, region: str, profile: aws.Profile) -> Any:
        client = original(service, region, profile)
        gaps.install(client)
        return client

    monkeypatch.setattr(aws, "make_client", hooked)
    return World(gaps=gaps, health_check_id=check)


@pytest.fixture
def world(monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    """The mocked AWS of payments-dr's database tier."""
    with mock_aws():
        yield _world(monkeypatch)


@pytest.fixture
def headless_world(monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    """The same, with a DR cluster that has no instance."""
    with mock_aws():
        yield _world(monkeypatch, dr_instance=False)


#: The standby web tier (tfdr's web tier names, the DR side).
STANDBY_GROUP = "trading-web-use2-dev"
STANDBY_POLICY = "trading-web-standby-scale-out-use2-dev"
STANDBY_TARGET = 4
STANDBY_ENV = {
    "STANDBY_GROUP_NAME": STANDBY_GROUP,
    "STANDBY_POLICY_NAME": STANDBY_POLICY,
    "STANDBY_REGION": DR,
    "STANDBY_TARGET_CAPACITY": str(STANDBY_TARGET),
}


def standby_group(desired: int = 1) -> None:
    """The DR group at ``desired`` and its ExactCapacity scale-out policy, as
    tfdr's web tier builds them (moto executes the policy for real)."""
    client = boto3.client("autoscaling", region_name=DR)
    client.create_launch_configuration(
        LaunchConfigurationName="trading-web-use2-dev", ImageId="ami-12c6146b", InstanceType="t3.micro"
    )
    client.create_auto_scaling_group(
        AutoScalingGroupName=STANDBY_GROUP,
        LaunchConfigurationName="trading-web-use2-dev",
        MinSize=1,
        MaxSize=8,
        DesiredCapacity=desired,
        AvailabilityZones=[f"{DR}a"],
    )
    client.put_scaling_policy(
        AutoScalingGroupName=STANDBY_GROUP,
        PolicyName=STANDBY_POLICY,
        PolicyType="SimpleScaling",
        AdjustmentType="ExactCapacity",
        ScalingAdjustment=STANDBY_TARGET,
        Cooldown=300,
    )


def desired_capacity() -> int:
    """The DR group's desired capacity, as moto has it now."""
    client = boto3.client("autoscaling", region_name=DR)
    return client.describe_auto_scaling_groups(AutoScalingGroupNames=[STANDBY_GROUP])["AutoScalingGroups"][0][
        "DesiredCapacity"
    ]


@pytest.fixture
def standby_world(monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    """payments-dr's database tier plus the standby web tier at its minimum,
    and the function configured to scale it out."""
    with mock_aws():
        w = _world(monkeypatch)
        standby_group()
        for name, value in STANDBY_ENV.items():
            monkeypatch.setenv(name, value)
        yield w


def scheduled_event(detail_type: str = "Scheduled Event") -> Dict[str, Any]:
    """What the DR region's EventBridge rule sends (one poll)."""
    return {
        "version": "0",
        "id": "poll-1",
        "detail-type": detail_type,
        "source": "aws.events",
        "account": DEFAULT_ACCOUNT_ID,
        "time": "2026-01-01T00:01:00Z",
        "region": DR,
        "resources": [f"arn:aws:events:{DR}:{DEFAULT_ACCOUNT_ID}:rule/payments-failover-poll-dev"],
        "detail": {},
    }


def alarm_state_change_event(
    state: str = "ALARM", old: str = "OK", name: str = "primary-health-dev"
) -> Dict[str, Any]:
    """The same alarm state change as :func:`alarm_message`, as EventBridge
    carries it (CloudWatch User Guide, "Alarm events and EventBridge"),
    forwarded from us-east-1's default bus to the DR region's."""
    return {
        "version": "0",
        "id": "event-1",
        "detail-type": "CloudWatch Alarm State Change",
        "source": "aws.cloudwatch",
        "account": DEFAULT_ACCOUNT_ID,
        "time": "2026-01-01T00:00:00Z",
        "region": "us-east-1",
        "resources": [f"arn:aws:cloudwatch:us-east-1:{DEFAULT_ACCOUNT_ID}:alarm:{name}"],
        "detail": {
            "alarmName": name,
            "state": {
                "value": state,
                "reason": "Threshold Crossed: 1 datapoint [0.0] was less than the threshold (1.0).",
                "reasonData": '{"version":"1.0","threshold":1.0}',
                "timestamp": "2026-01-01T00:00:00.000+0000",
            },
            "previousState": {
                "value": old,
                "reason": "Threshold Crossed: 1 datapoint [1.0] was not less than the threshold (1.0).",
                "timestamp": "2025-12-31T00:00:00.000+0000",
            },
            "configuration": {
                "description": "Route 53 health check of the primary region",
                "metrics": [
                    {
                        "id": "m1",
                        "metricStat": {
                            "metric": {
                                "namespace": "AWS/Route53",
                                "name": "HealthCheckStatus",
                                "dimensions": {"HealthCheckId": "placeholder"},
                            },
                            "period": 60,
                            "stat": "Minimum",
                        },
                        "returnData": True,
                    }
                ],
            },
        },
    }


#: The primary watch's EventBridge source (WATCH_EVENT_SOURCE).
WATCH_SOURCE = "tfdr.primary-watch"


def watch_event(source: str = WATCH_SOURCE, **detail: Any) -> Dict[str, Any]:
    """What the stack's monitoring function publishes to the DR region's bus
    when its probe of the primary fails (``detail`` overrides fields)."""
    body: Dict[str, Any] = {
        "observer": DR,
        "url": "https://api.payments.example.net/health",
        "status_code": 503,
        "error": None,
        "writer_region": PRIMARY,
        "failover_state": None,
        "time": "2026-01-01T00:00:30Z",
    }
    body.update(detail)
    return {
        "version": "0",
        "id": "watch-1",
        "detail-type": "Primary region unhealthy",
        "source": source,
        "account": DEFAULT_ACCOUNT_ID,
        "time": "2026-01-01T00:00:31Z",
        "region": DR,
        "resources": [],
        "detail": body,
    }


def alarm_message(state: str = "ALARM", old: str = "OK", name: str = "primary-health-dev") -> Dict[str, Any]:
    """A CloudWatch alarm notification as SNS carries it."""
    return {
        "AlarmName": name,
        "AlarmDescription": "Route 53 health check of the primary region",
        "AWSAccountId": DEFAULT_ACCOUNT_ID,
        "NewStateValue": state,
        "NewStateReason": "Threshold Crossed: 1 datapoint [0.0] was less than the threshold (1.0).",
        "StateChangeTime": "2026-01-01T00:00:00.000+0000",
        "Region": "US East (N. Virginia)",
        "AlarmArn": f"arn:aws:cloudwatch:us-east-1:{DEFAULT_ACCOUNT_ID}:alarm:{name}",
        "OldStateValue": old,
        "Trigger": {"MetricName": "HealthCheckStatus", "Namespace": "AWS/Route53"},
    }


def sns_event(message: Any, source: str = "aws:sns") -> Dict[str, Any]:
    """An SNS -> Lambda event with one record carrying ``message``."""
    return {
        "Records": [
            {
                "EventSource": source,
                "EventVersion": "1.0",
                "EventSubscriptionArn": f"arn:aws:sns:us-east-1:{DEFAULT_ACCOUNT_ID}:failover-trigger:sub",
                "Sns": {
                    "Type": "Notification",
                    "MessageId": "msg-1",
                    "TopicArn": f"arn:aws:sns:us-east-1:{DEFAULT_ACCOUNT_ID}:failover-trigger",
                    "Subject": "ALARM: primary-health-dev",
                    "Message": message if isinstance(message, str) else json.dumps(message),
                    "Timestamp": "2026-01-01T00:00:00.000Z",
                },
            }
        ]
    }


def invoke(event: Any, context: Optional[Context] = None) -> Dict[str, Any]:
    """Calls the handler as Lambda does."""
    return handler.lambda_handler(event, context or Context())


def log_lines(captured: str) -> List[Dict[str, Any]]:
    """Every stdout line must be one JSON object; returns them parsed."""
    return [json.loads(line) for line in captured.splitlines() if line.strip()]
