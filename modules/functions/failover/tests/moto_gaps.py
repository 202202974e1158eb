"""What moto (5.2.5) cannot do for these tests, filled in with botocore event
hooks on the function's own clients; every other call reaches moto.

- ``FailoverGlobalCluster`` and ``SwitchoverGlobalCluster`` are not
  implemented (moto raises ``NotImplementedError``): the hook records the
  request, answers as RDS does (the global cluster with a ``FailoverState``
  of ``pending``), and later ``DescribeGlobalClusters`` answers show that
  state -- so a second invocation sees the operation under way.
- moto's global cluster never has a ``FailoverState`` and its ``Status`` is
  always ``available``: tests set either (and which member is the writer).
- moto's ``GetHealthCheckStatus`` always answers one healthy observation:
  tests set the checkers' observations.
- faults: any operation (optionally of one region's client) can be made to
  fail with an AWS error code and HTTP status, or to raise a botocore
  exception (timeouts, connection errors) -- in place of botocore's
  ``Stubber``, which would take over *every* call of a client.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any, Dict, List, Optional, Tuple, Union

Fault = Union[Exception, Tuple[str, int]]


def observation(healthy: bool, region: str = "us-east-1") -> Dict[str, Any]:
    """One Route 53 checker's latest observation."""
    status = (
        "Success: HTTP Status Code 200, OK"
        if healthy
        else "Failure: Connection timed out. The endpoint or the internet connection is down"
    )
    return {
        "Region": region,
        "IPAddress": "192.0.2.1",
        "StatusReport": {"Status": status, "CheckedTime": "2026-01-01T00:00:00Z"},
    }


def _ok(parsed: Dict[str, Any]) -> Tuple[Any, Dict[str, Any]]:
    parsed.setdefault("ResponseMetadata", {"HTTPStatusCode": 200, "RequestId": "moto-gaps"})
    return SimpleNamespace(status_code=200, headers={}, content=b""), parsed


def _error(code: str, status: int) -> Tuple[Any, Dict[str, Any]]:
    return (
        SimpleNamespace(status_code=status, headers={}, content=b""),
        {
            "Error": {"Code": code, "Message": f"injected {code}"},
            "ResponseMetadata": {"HTTPStatusCode": status, "RequestId": "moto-gaps"},
        },
    )


@dataclass
class MotoGaps:
    """The state the hooks answer from; tests set it."""

    #: Route 53 observations of the primary check (None: moto's answer).
    observations: Optional[List[Dict[str, Any]]] = None
    #: ``FailoverState`` shown by DescribeGlobalClusters (None: none).
    failover_state: Optional[Dict[str, Any]] = None
    #: ``Status`` of the global cluster (None: moto's ``available``).
    global_status: Optional[str] = None
    #: The member that is the writer (None: moto's answer).
    writer_arn: Optional[str] = None
    #: Members removed from DescribeGlobalClusters answers (moto's
    #: RemoveFromGlobalCluster does not work across regions).
    detached: List[str] = field(default_factory=list)
    #: DR cluster status override (None: moto's ``available``).
    cluster_status: Dict[str, str] = field(default_factory=dict)
    #: ``"Operation"`` or ``"region/Operation"`` -> fault.
    faults: Dict[str, Fault] = field(default_factory=dict)
    #: Every call the function made: (region, operation, params).
    calls: List[Tuple[str, str, Dict[str, Any]]] = field(default_factory=list)

    def ops(self, name: str) -> List[Dict[str, Any]]:
        """The params of every call of operation ``name``."""
        return [params for _, op, params in self.calls if op == name]

    def install(self, client: Any) -> None:
        """Hooks ``client`` (one of the function's clients)."""
        region = client.meta.region_name
        client.meta.events.register("before-parameter-build", self._keep_params)
        client.meta.events.register("before-call", self._before(region))
        client.meta.events.register("after-call", self._after)

    @staticmethod
    def _keep_params(params: Dict[str, Any], context: Dict[str, Any], **_: Any) -> None:
        # before-call sees the serialized request; keep the API parameters.
        context["moto_gaps_params"] = dict(params)

    def _before(self, region: str) -> Any:
        def hook(model: Any, context: Dict[str, Any], **_: Any) -> Optional[Tuple[Any, Dict[str, Any]]]:
            op = model.name
            params: Dict[str, Any] = context.get("moto_gaps_params", {})
            self.calls.append((region, op, dict(params)))
            fault = self.faults.get(f"{region}/{op}", self.faults.get(op))
            if isinstance(fault, Exception):
                raise fault
            if fault is not None:
                return _error(*fault)
            if op in ("FailoverGlobalCluster", "SwitchoverGlobalCluster"):
                allow = bool(params.get("AllowDataLoss", False))
                self.failover_state = {
                    "Status": "pending",
                    "FromDbClusterArn": self.writer_arn or "primary",
                    "ToDbClusterArn": params["TargetDbClusterIdentifier"],
                    "IsDataLossAllowed": allow,
                }
                return _ok(
                    {
                        "GlobalCluster": {
                            "GlobalClusterIdentifier": params["GlobalClusterIdentifier"],
                            "Status": "failing-over" if allow else "switching-over",
                            "FailoverState": dict(self.failover_state),
                        }
                    }
                )
            if op == "GetHealthCheckStatus" and self.observations is not None:
                return _ok({"HealthCheckObservations": list(self.observations)})
            return None

        return hook

    def _after(self, model: Any, parsed: Dict[str, Any], **_: Any) -> None:
        op = model.name
        if op == "DescribeGlobalClusters":
            for g in parsed.get("GlobalClusters", []):
                if self.failover_state is not None:
                    g["FailoverState"] = dict(self.failover_state)
                if self.global_status is not None:
                    g["Status"] = self.global_status
                g["GlobalClusterMembers"] = [
                    m for m in g.get("GlobalClusterMembers", []) if m["DBClusterArn"] not in self.detached
                ]
                if self.writer_arn is not None:
                    for m in g.get("GlobalClusterMembers", []):
                        m["IsWriter"] = m["DBClusterArn"] == self.writer_arn
        elif op == "DescribeDBClusters":
            for c in parsed.get("DBClusters", []):
                status = self.cluster_status.get(c.get("DBClusterArn", ""))
                if status is not None:
                    c["Status"] = status
