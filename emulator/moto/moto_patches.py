"""tfdr's patches to moto, applied by moto_launcher.py before the server starts.

Each patch closes one gap between moto (pinned in requirements.txt) and what
the hashicorp/aws provider 5.100.0 needs for a DR stack to apply, re-plan with
no changes, and destroy. They change emulator behaviour only: the stacks under
test are never changed to suit moto.

Rules for a patch:
* It wraps or replaces one moto method and says why in its docstring
  (symptom with stock moto, what the provider does, what the patch does).
* It checks that what it patches exists (``_require``), so a moto upgrade
  that renames a target fails loudly at start instead of silently
  un-patching.
* It keeps moto's behaviour for every request it is not about.

``apply_all()`` applies every patch and returns their names.
"""

import copy
import functools


class PatchTargetMissing(RuntimeError):
    """A patch target does not exist in this moto version."""


def _require(obj, name):
    if not hasattr(obj, name):
        raise PatchTargetMissing(f"{getattr(obj, '__name__', obj)}.{name} is missing")
    return getattr(obj, name)


def _wrap(obj, name, make):
    """Replaces obj.name by make(original)."""
    original = _require(obj, name)
    wrapped = make(original)
    functools.update_wrapper(wrapped, original)
    wrapped.__tfdr_patched__ = True
    setattr(obj, name, wrapped)


# ---------------------------------------------------------------------------
# DynamoDB global tables (version 2019.11.21): UpdateTable.ReplicaUpdates
# ---------------------------------------------------------------------------

# (account_id, table_name) -> {region: {"kms": key or None}}; a table whose
# name maps to two or more regions is a global table.
_DDB_GROUPS = {}


def patch_dynamodb_replica_updates():
    """DynamoDB: honour ``UpdateTable.ReplicaUpdates`` (Create/Update/Delete).

    Stock moto ignores ``ReplicaUpdates`` and never lists ``Replicas`` in
    ``DescribeTable``. ``aws_dynamodb_table`` with a ``replica`` block calls
    ``UpdateTable`` with ``ReplicaUpdates=[{Create: {RegionName}}]`` and then
    polls ``DescribeTable`` (in the table's region) until ``Replicas`` holds
    that region with status ACTIVE, so the apply waits out its 30 minute
    create timeout. It then sets point-in-time recovery on the replica table
    *in the replica's region*.

    The patch keeps a replication group per (account, table name): Create
    copies the table's key schema, attributes, billing mode, indexes and
    stream settings into the target region's backend (using the given
    ``KMSMasterKeyId`` for SSE if any), Delete removes that copy, Update only
    records a new KMS key. ``DescribeTable`` in any member region lists the
    *other* members under ``Replicas`` (status ACTIVE) and reports
    ``GlobalTableVersion`` 2019.11.21, as AWS does. Deleting a member table
    leaves the group.
    """
    from moto.dynamodb import responses
    from moto.dynamodb.models import dynamodb_backends
    from moto.dynamodb.models import table as table_models

    def group_of(table):
        return _DDB_GROUPS.get((table.account_id, table.name))

    def create_replica(source, region, kms):
        backend = dynamodb_backends[source.account_id][region]
        if source.name not in backend.tables:
            sse = None
            if kms:
                sse = {"Enabled": True, "SSEType": "KMS", "KMSMasterKeyId": kms}
            elif source.sse_specification and source.sse_specification.get("Enabled"):
                sse = {"Enabled": True, "SSEType": "KMS"}
            pay_per_request = source.billing_mode == "PAY_PER_REQUEST"
            throughput = None
            if not pay_per_request:
                throughput = {
                    k: v
                    for k, v in source.throughput.items()
                    if k in ("ReadCapacityUnits", "WriteCapacityUnits")
                }
            streams = None
            if source.stream_specification and source.stream_specification.get(
                "StreamEnabled"
            ):
                streams = dict(source.stream_specification)
            backend.create_table(
                name=source.name,
                schema=copy.deepcopy(source.schema),
                throughput=throughput,
                attr=copy.deepcopy(source.attr),
                global_indexes=[
                    {
                        k: copy.deepcopy(v)
                        for k, v in gsi.describe().items()
                        if k in ("IndexName", "KeySchema", "Projection")
                        or (k == "ProvisionedThroughput" and not pay_per_request)
                    }
                    for gsi in source.global_indexes
                ],
                indexes=[copy.deepcopy(lsi.describe()) for lsi in source.indexes],
                streams=streams,
                billing_mode=source.billing_mode,
                sse_specification=sse,
                tags=[],
                deletion_protection_enabled=False,
                warm_throughput=None,
            )
        group = _DDB_GROUPS.setdefault(
            (source.account_id, source.name), {source.region_name: {"kms": None}}
        )
        group[region] = {"kms": kms}

    def delete_replica(source, region):
        group = group_of(source)
        if group is not None:
            group.pop(region, None)
            if len(group) <= 1:
                _DDB_GROUPS.pop((source.account_id, source.name), None)
        backend = dynamodb_backends[source.account_id][region]
        backend.tables.pop(source.name, None)

    def make_update_table(original):
        def update_table(self):
            updates = self.body.get("ReplicaUpdates") or []
            if updates:
                table = self.dynamodb_backend.get_table(self.body["TableName"])
                for update in updates:
                    if "Create" in update:
                        action = update["Create"]
                        create_replica(
                            table, action["RegionName"], action.get("KMSMasterKeyId")
                        )
                    elif "Delete" in update:
                        delete_replica(table, update["Delete"]["RegionName"])
                    elif "Update" in update:
                        action = update["Update"]
                        group = group_of(table)
                        if group and action["RegionName"] in group:
                            if action.get("KMSMasterKeyId"):
                                group[action["RegionName"]]["kms"] = action[
                                    "KMSMasterKeyId"
                                ]
            return original(self)

        return update_table

    def make_describe(original):
        def describe(self, base_key="TableDescription"):
            result = original(self, base_key)
            group = group_of(self)
            if group and self.region_name in group:
                replicas = []
                for region in sorted(group):
                    if region == self.region_name:
                        continue
                    replica = {"RegionName": region, "ReplicaStatus": "ACTIVE"}
                    if group[region]["kms"]:
                        replica["KMSMasterKeyId"] = group[region]["kms"]
                    replicas.append(replica)
                result[base_key]["Replicas"] = replicas
                result[base_key]["GlobalTableVersion"] = "2019.11.21"
            return result

        return describe

    def make_delete_table(original):
        def delete_table(self, name):
            table = original(self, name)
            group = _DDB_GROUPS.get((self.account_id, table.name))
            if group is not None:
                group.pop(self.region_name, None)
                if len(group) <= 1:
                    _DDB_GROUPS.pop((self.account_id, table.name), None)
            return table

        return delete_table

    _wrap(responses.DynamoHandler, "update_table", make_update_table)
    _wrap(table_models.Table, "describe", make_describe)
    from moto.dynamodb.models import DynamoDBBackend

    _wrap(DynamoDBBackend, "delete_table", make_delete_table)


# ---------------------------------------------------------------------------
# RDS global clusters: membership across regions
# ---------------------------------------------------------------------------


def patch_rds_global_cluster_membership():
    """RDS: remove a cluster of *another* region from its global cluster.

    moto keeps every global cluster in the us-east-1 backend, but
    ``RemoveFromGlobalCluster`` and ``DeleteDBCluster`` look for it in the
    backend of the request's region. For the secondary cluster (us-east-2)
    the removal is silently skipped, the global cluster keeps a member that
    no longer exists, and ``DeleteGlobalCluster`` fails with
    ``InvalidGlobalClusterStateFault`` until the provider's delete timeout:
    ``terraform destroy`` cannot finish.

    The patch resolves the global cluster (by identifier or ARN) in the
    backend that stores it and the member by cluster identifier or ARN, in
    every region; a removed cluster becomes standalone
    (``GlobalClusterIdentifier`` cleared). When the writer leaves and
    secondaries remain, the first secondary becomes the writer.
    """
    from moto.rds import models as rds_models

    backends = rds_models.rds_backends

    def find_global(account_id, identifier):
        for backend in list(backends[account_id].values()):
            for gid, gc in list(backend.global_clusters.items()):
                if identifier and (
                    gid.lower() == identifier.lower()
                    or gc.global_cluster_arn == identifier
                ):
                    return gc
        return None

    def remove_member(account_id, global_identifier, cluster_identifier):
        gc = find_global(account_id, global_identifier)
        if gc is None:
            return None
        for member in list(gc.members):
            if cluster_identifier in (
                member.db_cluster_arn,
                member.db_cluster_identifier,
            ):
                gc.members.remove(member)
                member.global_cluster_identifier = None
                if member.is_writer and gc.members:
                    gc.members[0].is_writer = True
                member.is_writer = False
                return gc
        return gc

    def make_remove(original):
        def remove_from_global_cluster(self, global_cluster_identifier, db_cluster_identifier):
            return remove_member(
                self.account_id, global_cluster_identifier, db_cluster_identifier
            )

        return remove_from_global_cluster

    def make_delete_cluster(original):
        def delete_db_cluster(self, cluster_identifier, snapshot_name=None):
            cluster = self.clusters.get(cluster_identifier)
            if (
                cluster is not None
                and cluster.global_cluster_identifier
                and not cluster.deletion_protection
                and not cluster.members
            ):
                remove_member(
                    self.account_id,
                    cluster.global_cluster_identifier,
                    cluster.db_cluster_arn,
                )
            return original(self, cluster_identifier, snapshot_name)

        return delete_db_cluster

    _wrap(rds_models.RDSBackend, "remove_from_global_cluster", make_remove)
    _wrap(rds_models.RDSBackend, "delete_db_cluster", make_delete_cluster)


def patch_rds_global_cluster_create_params_and_tags():
    """RDS: keep ``DatabaseName`` and ``Tags`` of a global cluster; tag it by ARN.

    Stock moto drops ``CreateGlobalCluster.DatabaseName`` and ``Tags``, and
    its tagging calls reject a global cluster ARN (which has an empty region
    field: ``arn:aws:rds::<account>:global-cluster:<id>``) with
    ``InvalidParameterValue``. ``aws_rds_global_cluster.database_name``
    forces replacement, so the second plan wants to replace the global
    cluster (and with it every member); its ``tags_all`` (provider
    ``default_tags``) never reads back either.

    The patch stores ``DatabaseName`` on the global cluster (moto's
    serializer finds it as ``database_name``), applies ``Tags`` at creation,
    and routes ``ListTagsForResource``/``AddTagsToResource``/
    ``RemoveTagsFromResource`` for a global cluster ARN to the global
    cluster, wherever it is stored.
    """
    from moto.rds import models as rds_models
    from moto.rds import responses as rds_responses

    if not hasattr(rds_models.GlobalCluster, "database_name"):
        rds_models.GlobalCluster.database_name = None

    def make_create(original):
        def create_global_cluster(self):
            result = original(self)
            cluster = getattr(result, "result", {}).get("GlobalCluster")
            if cluster is not None:
                cluster.database_name = self.params.get("DatabaseName")
                if self.params.get("Tags"):
                    cluster.add_tags(self.params["Tags"])
            return result

        return create_global_cluster

    def global_cluster_by_arn(account_id, arn):
        if ":global-cluster:" not in (arn or ""):
            return None
        for backend in list(rds_models.rds_backends[account_id].values()):
            for gc in list(backend.global_clusters.values()):
                if gc.global_cluster_arn == arn:
                    return gc
        return None

    def make_list(original):
        def list_tags_for_resource(self, arn):
            gc = global_cluster_by_arn(self.account_id, arn)
            if gc is not None:
                return gc.get_tags()
            return original(self, arn)

        return list_tags_for_resource

    def make_add(original):
        def add_tags_to_resource(self, arn, tags):
            gc = global_cluster_by_arn(self.account_id, arn)
            if gc is not None:
                return gc.add_tags(tags)
            return original(self, arn, tags)

        return add_tags_to_resource

    def make_remove(original):
        def remove_tags_from_resource(self, arn, tag_keys):
            gc = global_cluster_by_arn(self.account_id, arn)
            if gc is not None:
                return gc.remove_tags(tag_keys)
            return original(self, arn, tag_keys)

        return remove_tags_from_resource

    _wrap(rds_responses.RDSResponse, "create_global_cluster", make_create)
    _wrap(rds_models.RDSBackend, "list_tags_for_resource", make_list)
    _wrap(rds_models.RDSBackend, "add_tags_to_resource", make_add)
    _wrap(rds_models.RDSBackend, "remove_tags_from_resource", make_remove)


def patch_rds_cluster_scaling_configuration():
    """RDS: no ``ScalingConfigurationInfo`` for non-serverless clusters.

    Stock moto returns an empty ``ScalingConfigurationInfo`` (all fields
    null) for every cluster; AWS returns it only for Aurora Serverless v1
    (``engine_mode = "serverless"``). The provider turns the empty element
    into a ``scaling_configuration {}`` block in state, and the next plan
    wants to fill in the block's defaults (auto_pause, max_capacity, ...): a
    non-empty second plan for every ``aws_rds_cluster``. The patch returns no
    ``ScalingConfigurationInfo`` when the cluster has no scaling
    configuration.
    """
    from moto.rds import models as rds_models

    original = _require(rds_models.DBCluster, "scaling_configuration_info")

    def scaling_configuration_info(self):
        if not self.scaling_configuration:
            return None
        return original.fget(self)

    prop = property(scaling_configuration_info)
    setattr(rds_models.DBCluster, "scaling_configuration_info", prop)


# ---------------------------------------------------------------------------
# S3 replication: read back what was put
# ---------------------------------------------------------------------------


def _non_empty(value):
    """value if it is a dict with at least one non-empty entry, else None."""
    if isinstance(value, dict) and any(v not in (None, "", {}) for v in value.values()):
        return value
    return None


def patch_s3_replication_readback():
    """S3: ``GetBucketReplication`` returns the rules as they were put.

    Stock moto answers every rule with ``DeleteMarkerReplication`` Disabled
    and ``Filter {Prefix: ""}`` and drops ``SourceSelectionCriteria`` and
    ``ExistingObjectReplication``, whatever was put. With
    ``delete_marker_replication { status = "Enabled" }`` the second plan
    shows ``status: "Disabled" -> "Enabled"``. The patch returns the stored
    values (moto's defaults where the rule had none).
    """
    from moto.core.responses import ActionResult
    from moto.s3 import responses as s3_responses
    from moto.s3.exceptions import ReplicationConfigurationNotFoundError

    _require(s3_responses.S3Response, "get_bucket_replication")

    def get_bucket_replication(self):
        self.data["Action"] = "GetBucketReplication"
        replication = self.backend.get_bucket_replication(self.bucket_name)
        if not replication:
            raise ReplicationConfigurationNotFoundError(bucket_name=self.bucket_name)
        rules = []
        for rule in replication["Rule"]:
            out = {
                "ID": rule["ID"],
                "Priority": rule["Priority"],
                "Status": rule["Status"],
                "DeleteMarkerReplication": rule.get("DeleteMarkerReplication")
                or {"Status": "Disabled"},
                "Filter": _non_empty(rule.get("Filter")) or {"Prefix": ""},
                "Destination": rule["Destination"],
            }
            for key in ("SourceSelectionCriteria", "ExistingObjectReplication"):
                if rule.get(key):
                    out[key] = rule[key]
            rules.append(out)
        return self.serialized(
            ActionResult(
                {"ReplicationConfiguration": {"Role": replication["Role"], "Rules": rules}}
            )
        )

    s3_responses.S3Response.get_bucket_replication = get_bucket_replication


# ---------------------------------------------------------------------------
# Secrets Manager replicas: keep the replica's KMS key
# ---------------------------------------------------------------------------


def patch_secretsmanager_replica_kms_key():
    """Secrets Manager: a replica keeps the ``KmsKeyId`` it was created with.

    Stock moto reports every replica's ``KmsKeyId`` as
    ``alias/aws/secretsmanager``. With ``replica { kms_key_id = <key arn> }``
    the second plan wants to replace the replica block. The patch records
    the requested key on the replica's status.
    """
    from moto.secretsmanager import models as sm_models

    def make(original):
        def create_replicas(self, replica_regions, force_overwrite):
            replicas = original(self, replica_regions, force_overwrite=force_overwrite)
            wanted = {
                c["Region"]: c.get("KmsKeyId")
                for c in (replica_regions or [])
                if c.get("KmsKeyId")
            }
            for replica in replicas:
                if replica.region in wanted:
                    replica.config["KmsKeyId"] = wanted[replica.region]
            return replicas

        return create_replicas

    _wrap(sm_models.FakeSecret, "create_replicas", make)


# ---------------------------------------------------------------------------
# EC2 launch templates: the template's own tags are not instance tags
# ---------------------------------------------------------------------------


def patch_ec2_launch_template_tag_specifications():
    """EC2: ``CreateLaunchTemplate`` keeps the template's own tags out of its data.

    Stock moto appends the request's top-level ``TagSpecifications`` (the
    tags of the launch template itself, resource type ``launch-template``;
    the provider sends ``tags_all`` there, including ``default_tags``) to
    ``LaunchTemplateData.TagSpecifications``, so ``tag_specifications`` reads
    back with an extra ``launch-template`` entry and the second plan wants to
    remove it. The patch restores the data's tag specifications to what the
    request had in ``LaunchTemplateData``.
    """
    from moto.ec2.models import launch_templates as lt_models
    from moto.ec2.responses import launch_templates as lt_responses
    from moto.ec2.utils import convert_tag_spec

    def make(original):
        def create_launch_template(self):
            # Deep copy: moto extends this very list (its parsed params are
            # cached) inside the original handler.
            requested = copy.deepcopy(
                self._get_param("LaunchTemplateData", {}).get("TagSpecifications")
            )
            result = original(self)
            template = self.ec2_backend.get_launch_template_by_name(
                self._get_param("LaunchTemplateName")
            )
            for version in template.versions:
                if requested:
                    version.data["TagSpecifications"] = requested
                else:
                    version.data.pop("TagSpecifications", None)
                version.instance_tags = convert_tag_spec(
                    version.data.get("TagSpecifications", [])
                ).get("instance", {})
            return result

        return create_launch_template

    _require(lt_models, "LaunchTemplateVersion")
    _wrap(lt_responses.LaunchTemplates, "create_launch_template", make)


# ---------------------------------------------------------------------------
# EC2 security group rules: keep the description of group/prefix-list rules
# ---------------------------------------------------------------------------


def patch_ec2_security_group_rule_description():
    """EC2: a security group rule keeps the description given with a group
    pair or prefix list.

    moto 5.2.5 reads a rule's description only from its CIDR range, so a rule
    that references a security group or a prefix list
    (``aws_vpc_security_group_{ingress,egress}_rule`` with
    ``referenced_security_group_id`` / ``prefix_list_id``) reads back without
    its description and the second plan wants to set it again. The patch
    remembers the description that came with the group pair / prefix list
    and returns it when the CIDR range has none.
    """
    from moto.ec2.models import security_groups as sg

    cls = _require(sg, "SecurityGroupRule")
    original_init = _require(cls, "__init__")
    _require(cls, "description")

    def __init__(self, ec2_backend, ip_protocol, group_id, from_port, to_port,
                 ip_range, source_group=None, prefix_list_id=None, *args, **kwargs):
        original_init(self, ec2_backend, ip_protocol, group_id, from_port, to_port,
                      ip_range, source_group, prefix_list_id, *args, **kwargs)
        described = None
        for source in (source_group, prefix_list_id):
            if isinstance(source, dict) and source.get("Description") is not None:
                described = source["Description"]
        self._tfdr_description = described

    def description(self):
        own = self.ip_range.get("Description")
        return own if own is not None else getattr(self, "_tfdr_description", None)

    cls.__init__ = __init__
    cls.description = property(description)


PATCHES = [
    patch_dynamodb_replica_updates,
    patch_rds_global_cluster_membership,
    patch_rds_global_cluster_create_params_and_tags,
    patch_rds_cluster_scaling_configuration,
    patch_s3_replication_readback,
    patch_secretsmanager_replica_kms_key,
    patch_ec2_launch_template_tag_specifications,
    patch_ec2_security_group_rule_description,
]

# The security-baseline patches live in their own file (same rules). Imported
# here, after ``_require``/``_wrap`` exist, because that file imports them.
from moto_patches_baseline import BASELINE_PATCHES  # noqa: E402

PATCHES += BASELINE_PATCHES

# The API and DNS layer (Lambda, API Gateway, ACM, Route 53): same rules.
from moto_patches_api import API_PATCHES  # noqa: E402

PATCHES += API_PATCHES

# The internet edge and the web tier (EC2, ELBv2, Auto Scaling, Route 53
# health checks of load balancers, EventBridge): same rules.
from moto_patches_web import WEB_PATCHES  # noqa: E402

PATCHES += WEB_PATCHES

# transactions-dr (Aurora Serverless v2 global database, secret rotation,
# cross-region EventBridge): same rules.
from moto_patches_tx import TX_PATCHES  # noqa: E402

PATCHES += TX_PATCHES


def apply_all(disabled=()):
    """Applies every patch in PATCHES except those named in ``disabled``
    (names without the ``patch_`` prefix); returns the applied names.
    Unknown names in ``disabled`` are an error."""
    known = {p.__name__.removeprefix("patch_") for p in PATCHES}
    unknown = set(disabled) - known
    if unknown:
        raise ValueError(f"unknown patches {sorted(unknown)}; known: {sorted(known)}")
    names = []
    for patch in PATCHES:
        name = patch.__name__.removeprefix("patch_")
        if name in disabled:
            continue
        patch()
        names.append(name)
    return names
