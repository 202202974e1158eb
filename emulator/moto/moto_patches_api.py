"""tfdr's moto patches for the API and DNS layer of the reference stacks
(Lambda behind API Gateway REST, custom domains with ACM certificates,
Route 53 failover). Same rules as ``moto_patches.py`` (see its docstring):
each patch wraps or replaces one moto target, checks that the target exists,
says in its docstring what stock moto gets wrong and which AWS API behaviour
it restores, and keeps moto's behaviour for every other request.

``moto_patches.PATCHES`` lists these after the baseline ones. The fixture
that exercises them is ``emulator/fixtures/api-dns-fixture.tf.json``.
"""

from moto_patches import PatchTargetMissing, _require, _wrap


# ---------------------------------------------------------------------------
# Lambda: DeadLetterConfig and LoggingConfig
# ---------------------------------------------------------------------------


def _lambda_logging_config(function_name, given):
    """The ``LoggingConfig`` AWS reports for a function created or updated
    with ``given`` (None: not given). AWS fills in the defaults: log format
    ``Text`` and log group ``/aws/lambda/<function name>``; with the ``JSON``
    format, application and system log level ``INFO``."""
    given = given or {}
    config = {
        "LogFormat": given.get("LogFormat") or "Text",
        "LogGroup": given.get("LogGroup") or f"/aws/lambda/{function_name}",
    }
    if config["LogFormat"] == "JSON":
        config["ApplicationLogLevel"] = given.get("ApplicationLogLevel") or "INFO"
        config["SystemLogLevel"] = given.get("SystemLogLevel") or "INFO"
    return config


def patch_lambda_function_dead_letter_and_logging_config():
    """Lambda: a function keeps its ``DeadLetterConfig`` and ``LoggingConfig``.

    Stock moto 5.2.5 drops both from ``CreateFunction`` and never returns
    them from ``GetFunction``/``GetFunctionConfiguration``; AWS returns
    ``DeadLetterConfig {TargetArn}`` when one is set and always returns
    ``LoggingConfig`` (defaults: format ``Text``, log group
    ``/aws/lambda/<name>``; with format ``JSON`` the application and system
    log levels default to ``INFO``). An ``aws_lambda_function`` with
    ``dead_letter_config`` or ``logging_config { log_format = "JSON",
    log_group = ... }`` reads both back empty, so every second plan wants to
    add them again. ``UpdateFunctionConfiguration`` also ignores
    ``DeadLetterConfig``, ``LoggingConfig``, ``TracingConfig`` and
    ``KMSKeyArn`` in stock moto, so changing any of them never takes effect.

    The patch stores both at creation (``LoggingConfig`` with AWS's
    defaults filled in; the function's log group, used when moto invokes
    it, follows ``LogGroup``), returns them in the function configuration,
    and applies all four on update (an empty ``DeadLetterConfig.TargetArn``
    removes the dead-letter queue, as in AWS).
    """
    from moto.awslambda import models as lambda_models

    cls = _require(lambda_models, "LambdaFunction")

    def set_logging(fn, given):
        fn._tfdr_logging_config = _lambda_logging_config(fn.function_name, given)
        fn.logs_group_name = fn._tfdr_logging_config["LogGroup"]

    def set_dead_letter(fn, given):
        target = (given or {}).get("TargetArn")
        fn._tfdr_dead_letter_config = {"TargetArn": target} if target else None

    def make_init(original):
        def __init__(self, account_id, spec, region, version=1):
            original(self, account_id, spec, region, version)
            set_dead_letter(self, spec.get("DeadLetterConfig"))
            set_logging(self, spec.get("LoggingConfig"))

        return __init__

    def make_get_configuration(original):
        def get_configuration(self, on_create=False):
            config = original(self, on_create)
            if not hasattr(self, "_tfdr_logging_config"):
                set_logging(self, None)
            config["LoggingConfig"] = dict(self._tfdr_logging_config)
            dead_letter = getattr(self, "_tfdr_dead_letter_config", None)
            if dead_letter:
                config["DeadLetterConfig"] = dict(dead_letter)
            return config

        return get_configuration

    def make_update_configuration(original):
        def update_configuration(self, config_updates):
            if "DeadLetterConfig" in config_updates:
                set_dead_letter(self, config_updates["DeadLetterConfig"])
            if "LoggingConfig" in config_updates:
                set_logging(self, config_updates["LoggingConfig"])
            if "TracingConfig" in config_updates:
                self.tracing_config = config_updates["TracingConfig"] or {
                    "Mode": "PassThrough"
                }
            if "KMSKeyArn" in config_updates:
                self.kms_key_arn = config_updates["KMSKeyArn"] or None
            return original(self, config_updates)

        return update_configuration

    # logs_group_name is set in __init__: make sure moto still has it.
    init_source = getattr(cls.__init__, "__code__", None)
    if init_source is None or "logs_group_name" not in init_source.co_names:
        raise PatchTargetMissing("LambdaFunction.__init__ no longer sets logs_group_name")
    _wrap(cls, "__init__", make_init)
    _wrap(cls, "get_configuration", make_get_configuration)
    _wrap(cls, "update_configuration", make_update_configuration)


# ---------------------------------------------------------------------------
# API Gateway: reset the account's CloudWatch role
# ---------------------------------------------------------------------------


def patch_apigateway_account_reset_role():
    """API Gateway: ``UpdateAccount`` can clear ``cloudwatchRoleArn``.

    ``aws_api_gateway_account`` with ``reset_on_delete = true`` resets the
    account settings on destroy with a patch operation on
    ``/cloudwatchRoleArn`` that carries no value (AWS then clears the role).
    Stock moto reads ``op["value"]`` for every ``/cloudwatchRoleArn``
    operation: ``KeyError`` (HTTP 500), the provider gives up after its
    retries, and ``terraform destroy`` fails. The patch clears the role for
    a ``remove`` operation or one without a value (or an empty one), and
    hands every other operation to moto.
    """
    from moto.apigateway import models as apigw_models

    cls = _require(apigw_models, "Account")

    def make(original):
        def apply_patch_operations(self, patch_operations):
            rest = []
            for op in patch_operations or []:
                if "/cloudwatchRoleArn" in op.get("path", "") and (
                    op.get("op") == "remove" or not op.get("value")
                ):
                    self.cloudwatch_role_arn = None
                else:
                    rest.append(op)
            return original(self, rest)

        return apply_patch_operations

    _wrap(cls, "apply_patch_operations", make)



_LOGGING_NEEDS_ROLE = "CloudWatch Logs role ARN must be set in account settings to enable logging"


def _enables_logging(op):
    """Whether an ``UpdateStage`` patch operation turns CloudWatch logging on:
    an access log destination, an execution log level other than ``OFF``, or
    data tracing."""
    if op.get("op") != "replace":
        return False
    path, value = op.get("path", ""), str(op.get("value") or "")
    if path == "/accessLogSettings/destinationArn":
        return bool(value)
    if path.endswith("/logging/loglevel"):
        return value.upper() not in ("", "OFF")
    if path.endswith("/logging/dataTrace"):
        return value.lower() == "true"
    return False


def patch_apigateway_stage_logging_requires_account_role():
    """API Gateway: a stage cannot log before the region's account settings
    have a CloudWatch role.

    AWS rejects ``UpdateStage`` operations that turn CloudWatch logging on
    (``/accessLogSettings/destinationArn``, ``*/*/logging/loglevel`` other
    than ``OFF``, ``*/*/logging/dataTrace``) with ``BadRequestException:
    CloudWatch Logs role ARN must be set in account settings to enable
    logging`` while that region's ``GetAccount`` has no
    ``cloudwatchRoleArn``. ``aws_api_gateway_stage`` with
    ``access_log_settings`` and ``aws_api_gateway_method_settings`` with
    ``logging_level`` therefore need the region's ``aws_api_gateway_account``
    applied first (a reference or ``depends_on``). Stock moto accepts them in
    any order, so a stack that misses that dependency passes in the emulator
    and fails (or only sometimes passes) in AWS. The patch answers as AWS
    does; every other stage update is moto's.
    """
    from moto.apigateway import models as apigw_models
    from moto.apigateway.exceptions import BadRequestException

    backend_cls = _require(apigw_models, "APIGatewayBackend")
    _require(apigw_models, "Account")

    def make(original):
        def update_stage(self, function_id, stage_name, patch_operations):
            if not self.account.cloudwatch_role_arn and any(
                _enables_logging(op) for op in patch_operations or []
            ):
                raise BadRequestException(_LOGGING_NEEDS_ROLE)
            return original(self, function_id, stage_name, patch_operations)

        return update_stage

    _wrap(backend_cls, "update_stage", make)

# ---------------------------------------------------------------------------
# ACM: DNS validation through the account's Route 53 zones
# ---------------------------------------------------------------------------


def _fqdn(name):
    return (name or "").rstrip(".").lower() + "."


def _published_in_route53(account_id, partition, record):
    """Whether a public Route 53 hosted zone of the account holds the CNAME
    ``record`` (``{"Name", "Type", "Value"}``) under that zone's name."""
    from moto.route53.models import route53_backends

    backend = route53_backends[account_id][partition]
    name, value = _fqdn(record["Name"]), _fqdn(record["Value"])
    for zone in list(backend.zones.values()):
        if zone.private_zone or not name.endswith(_fqdn(zone.name)):
            continue
        for rrset in list(zone.rrsets):
            if _fqdn(rrset.name) != name or rrset.type != record["Type"]:
                continue
            values = [v.get("Value") if isinstance(v, dict) else v for v in rrset.records]
            if value in {_fqdn(v) for v in values}:
                return True
    return False


def patch_acm_dns_validation_from_route53():
    """ACM: a DNS-validated certificate is issued once its validation CNAME
    is published in Route 53, not after a fixed wait.

    Stock moto keeps every Amazon-issued certificate ``PENDING_VALIDATION``
    for ``MOTO_ACM_VALIDATION_WAIT`` seconds (default 60) after
    ``RequestCertificate`` and then reports it ``ISSUED``, whether or not
    the validation record exists. ``aws_acm_certificate_validation`` polls
    ``DescribeCertificate`` until ``ISSUED``, so every stack with a custom
    domain waits out that minute, and a stack that never publishes its
    validation record passes in the emulator although AWS would never issue
    its certificate.

    AWS issues a DNS-validated certificate when every domain's validation
    CNAME (``DomainValidationOptions[].ResourceRecord``) resolves. The patch
    does the same within the emulator: when moto looks at a pending
    Amazon-issued certificate (``DescribeCertificate``, ``GetCertificate``,
    ...), it is issued as soon as each of its validation records is a CNAME
    with that value in a public hosted zone of the account. moto's timed
    issue stays as the fallback; the launcher sets its wait long (see
    ``moto_launcher.py``), so a missing record shows up as a validation that
    does not finish, as in AWS.
    """
    from moto.acm import models as acm_models

    cls = _require(acm_models, "CertBundle")
    _require(cls, "describe")

    def make(original):
        def check(self):
            original(self)
            if self.type != "AMAZON_ISSUED" or self.status != "PENDING_VALIDATION":
                return
            options = self.describe()["Certificate"].get("DomainValidationOptions") or []
            records = [o["ResourceRecord"] for o in options if o.get("ResourceRecord")]
            if not records:
                return
            _, partition, _, _, account_id = self.arn.split(":", 5)[:5]
            if all(_published_in_route53(account_id, partition, r) for r in records):
                self.status = "ISSUED"

        return check

    _wrap(cls, "check", make)


# ---------------------------------------------------------------------------
# Route 53: query logging to a log group ARN as CloudWatch Logs reports it
# ---------------------------------------------------------------------------


def patch_route53_query_logging_log_group_arn():
    """Route 53: ``CreateQueryLoggingConfig`` takes the log group's ARN with or
    without the ``:*`` suffix.

    Stock moto 5.2.5 finds the log group only when the ARN ends in ``:*`` (the
    form ``DescribeLogGroups`` reports) and answers
    ``NoSuchCloudWatchLogsLogGroup`` for the plain ARN; AWS accepts the plain
    ARN, which is what ``aws_cloudwatch_log_group.arn`` is in the provider (it
    strips ``:*``), so ``aws_route53_query_log`` with that reference never
    applies. The patch looks the group up with the suffix and keeps the ARN as
    given in the configuration, so it reads back unchanged.
    """
    from moto.route53 import models as route53_models

    cls = _require(route53_models, "Route53Backend")

    def make(original):
        def create_query_logging_config(self, hosted_zone_id, log_group_arn):
            given = log_group_arn
            if log_group_arn and not log_group_arn.endswith(":*"):
                log_group_arn = f"{log_group_arn}:*"
            config = original(self, hosted_zone_id, log_group_arn)
            config.cloud_watch_logs_log_group_arn = given
            return config

        return create_query_logging_config

    _wrap(cls, "create_query_logging_config", make)


API_PATCHES = [
    patch_lambda_function_dead_letter_and_logging_config,
    patch_apigateway_account_reset_role,
    patch_apigateway_stage_logging_requires_account_role,
    patch_acm_dns_validation_from_route53,
    patch_route53_query_logging_log_group_arn,
]
