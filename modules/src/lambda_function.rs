//! A Lambda function deployed identically in both regions of the pair, with everything it
//! needs to run in a private network and be operated: its code in a per-region bucket,
//! an execution role of least privilege, an encrypted log group with retention, bounded
//! reserved concurrency, X-Ray tracing and an on-failure destination.
//!
//! [`RegionalFunction::build`] builds one region's function with the same guarantees, for
//! components that run in one region only ([`crate::failover_automation`]);
//! [`Function::new`] is that for both sides.
//!
//! Per region (`<id>/<primary|dr>/…`):
//! - `code/*`: a locked-down bucket (KMS, versioned, TLS-only, access-logged) and
//!   `code/package`, the deployment package as an `aws_s3_object` with `content_base64`.
//!   The zip is built at synth ([`LambdaZip`], byte-reproducible) and travels **inside the
//!   Terraform JSON**, so `terraform apply` in an empty directory needs no other file and
//!   no archive provider; the object key is the package's SHA-256, so the key (and the
//!   function's code) changes exactly when the code does. Lambda copies the code at
//!   create/update time; the bucket only has to be in the function's region.
//! - `log-group`: `/aws/lambda/<function>`, encrypted with the region's key, retention
//!   from the props; the function logs JSON into it (`logging_config`).
//! - `failures`: an SQS queue (region's key, 14-day retention) that receives asynchronous
//!   invocations which still fail after Lambda's retries (`event-invoke-config`).
//! - `role` + `role-policy`: the execution role, trusted by `lambda.amazonaws.com` only,
//!   allowed to write its own log group, send to its own failure queue, use its region's
//!   key, publish X-Ray segments, manage its network interfaces (what Lambda needs to
//!   attach to a VPC; AWS scopes these to `*`), plus the caller's grants for this region.
//! - `function`: in the region's private subnets with the network's app security group
//!   (no public IP is possible there), reserved concurrency, `Active` tracing,
//!   environment encrypted with the region's key, `source_code_hash` of the package.
//!   Created after its role policy and log group, so the first invocation can already
//!   attach to the VPC and log.

use std::collections::BTreeMap;

use tfdr_dsl::aws::data::iam_policy_document::Statement;
use tfdr_dsl::aws::data::IamPolicyDocument;
use tfdr_dsl::aws::enums::{IamEffect, LambdaLogFormat, LambdaRuntime, LambdaTracingMode};
use tfdr_dsl::aws::lambda_function::{
    Environment, LoggingConfig, TracingConfig, VpcConfig, VpcConfigArgs,
};
use tfdr_dsl::aws::lambda_function_event_invoke_config::{
    DestinationConfig, DestinationConfigOnFailure,
};
use tfdr_dsl::aws::{
    CloudwatchLogGroup, IamRole, IamRolePolicy, IamRolePolicyArgs, LambdaFunction,
    LambdaFunctionArgs, LambdaFunctionEventInvokeConfig, S3Bucket, S3Object, S3ObjectArgs,
    SqsQueue,
};
use tfdr_dsl::{interpolate, Expr, Region};

use crate::context::{DrScope, PerRegion, Side};
use crate::iam::{service_role, Trust};
use crate::kms::KmsKeys;
use crate::lambda_package::LambdaZip;
use crate::network::Network;
use crate::s3_access_logs::AccessLogBuckets;
use crate::s3_bucket::{locked_bucket, Encryption, Expiry};
use crate::values::{
    ExpiryDays, FunctionTimeoutSeconds, LogRetentionDays, MemoryMb, ReservedConcurrency,
};

/// How many times Lambda retries a failed asynchronous invocation before it goes to the
/// failure queue (Lambda's maximum, 2).
pub const ASYNC_RETRY_ATTEMPTS: u32 = 2;

/// How long an asynchronous event may wait for a successful invocation before it goes to
/// the failure queue: one hour, well inside the queue's retention.
pub const ASYNC_MAX_EVENT_AGE_SECONDS: u32 = 3_600;

/// How long the failure queue keeps a message: 14 days, SQS's maximum, so a failure can
/// be inspected and replayed after a long weekend.
pub const FAILURE_QUEUE_RETENTION_SECONDS: u32 = 1_209_600;

/// The network-interface actions Lambda needs to attach a function to a VPC (those of the
/// AWS-managed `AWSLambdaVPCAccessExecutionRole`); they do not support resource-level
/// permissions, so they are granted on `*`.
pub const VPC_ACCESS_ACTIONS: [&str; 6] = [
    "ec2:CreateNetworkInterface",
    "ec2:DescribeNetworkInterfaces",
    "ec2:DescribeSubnets",
    "ec2:DeleteNetworkInterface",
    "ec2:AssignPrivateIpAddresses",
    "ec2:UnassignPrivateIpAddresses",
];

/// The X-Ray actions a function with active tracing needs (AWS-managed
/// `AWSXRayDaemonWriteAccess`); X-Ray has no resource-level permissions.
pub const XRAY_ACTIONS: [&str; 4] = [
    "xray:PutTraceSegments",
    "xray:PutTelemetryRecords",
    "xray:GetSamplingRules",
    "xray:GetSamplingTargets",
];

/// Where a function's network traffic goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Placement {
    /// In the region's private subnets with the network's app security group: it reaches
    /// what the network reaches (every [`Function`]).
    PrivateSubnets,
    /// Outside any VPC, on Lambda's own network, which reaches every public AWS endpoint:
    /// for a function that touches no VPC resource and must call AWS APIs the network
    /// cannot reach (another region's, Route 53's), e.g. the failover function
    /// ([`crate::failover_automation`]).
    LambdaNetwork,
}

/// What the function is and what it may do.
#[derive(Debug, Clone)]
pub struct FunctionProps<'a> {
    /// The base of the function, role, queue and bucket names (e.g. `payments`).
    pub name: String,
    /// What the function does (the Lambda description).
    pub description: String,
    /// The deployment package (built at synth).
    pub package: &'a LambdaZip,
    /// The handler, e.g. `handler.lambda_handler`.
    pub handler: String,
    /// The managed runtime.
    pub runtime: LambdaRuntime,
    /// Memory.
    pub memory: MemoryMb,
    /// Invocation timeout.
    pub timeout: FunctionTimeoutSeconds,
    /// Concurrency reserved in each region (floor and ceiling).
    pub reserved_concurrency: ReservedConcurrency,
    /// The network: the function runs in each region's private subnets with its app
    /// security group.
    pub network: &'a Network,
    /// Each region's key encrypts that region's environment, logs, queue and code.
    pub keys: &'a KmsKeys,
    /// Where the code buckets' access logs go.
    pub access_logs: &'a AccessLogBuckets,
    /// Retention of the function's logs.
    pub log_retention: LogRetentionDays,
    /// Days an old code package is kept after it is replaced.
    pub code_expiry: ExpiryDays,
    /// Environment variables per region (`AWS_REGION` is set by Lambda itself).
    pub environment: PerRegion<BTreeMap<String, Expr<String>>>,
    /// Further statements of the execution role per region (e.g. its table), on top of
    /// what every function gets (see the module docs).
    pub grants: PerRegion<Vec<Statement>>,
}

/// One region's function.
#[derive(Debug, Clone)]
pub struct RegionalFunction {
    /// The region.
    pub region: Region,
    /// The function name (literal: alarms and dashboards need it at synth).
    pub name: String,
    /// The function ARN.
    pub arn: Expr<String>,
    /// The ARN API Gateway invokes (`invoke_arn`).
    pub invoke_arn: Expr<String>,
    /// The execution role's ARN.
    pub role_arn: Expr<String>,
    /// The execution role's name.
    pub role_name: Expr<String>,
    /// The log group name (literal).
    pub log_group_name: String,
    /// ARN of the queue failed asynchronous invocations go to.
    pub failure_queue_arn: Expr<String>,
    /// Name of that queue (literal).
    pub failure_queue_name: String,
}

/// The function in both regions. Dereferences to [`PerRegion<RegionalFunction>`].
#[derive(Debug, Clone)]
pub struct Function(PerRegion<RegionalFunction>);

impl std::ops::Deref for Function {
    type Target = PerRegion<RegionalFunction>;
    fn deref(&self) -> &PerRegion<RegionalFunction> {
        &self.0
    }
}

fn allow(sid: &str, actions: Vec<&str>, resources: Vec<Expr<String>>) -> Statement {
    Statement::new()
        .sid(sid)
        .effect(IamEffect::Allow)
        .actions(actions)
        .resources(resources)
}

impl Function {
    /// Builds the function and what it needs in both regions under `scope/<id>`.
    pub fn new(scope: &DrScope, id: &str, props: &FunctionProps<'_>) -> Self {
        let me = scope.child(id);
        Function(PerRegion::from_fn(|side| {
            RegionalFunction::build(&me, side, props)
        }))
    }
}

impl RegionalFunction {
    /// Builds the function of one region, `side`, and what it needs, under
    /// `scope/<primary|dr>/…` (`scope` is the component's own scope, e.g.
    /// `parent.child(id)`), with every guarantee of [`Function`] (see the module docs):
    /// private subnets, least-privilege role, encrypted logs, X-Ray, on-failure
    /// destination, reserved concurrency. Only `side`'s environment and grants are read
    /// from `props`. [`Function::new`] is this for both sides; a component that needs
    /// the function in one region only (e.g. [`crate::failover_automation`]) calls it
    /// once.
    pub fn build(scope: &DrScope, side: Side, props: &FunctionProps<'_>) -> RegionalFunction {
        RegionalFunction::build_placed(scope, side, props, Placement::PrivateSubnets)
    }

    /// [`RegionalFunction::build`] with the function's network placement chosen: with
    /// [`Placement::LambdaNetwork`] the function gets no `vpc_config` and its role no
    /// network-interface actions (`props.network` is not used); every other guarantee
    /// is the same.
    pub fn build_placed(
        scope: &DrScope,
        side: Side,
        props: &FunctionProps<'_>,
        placement: Placement,
    ) -> RegionalFunction {
        let me = scope;
        let ctx = me.ctx();
        let base = props.name.as_str();
        let region = ctx.region(side);
        let scope = me.region(side);
        let key = props.keys.get(side);

        // The code: a bucket per region, the package as an object in it.
        let code = scope.child("code");
        let bucket = locked_bucket(
            &code,
            ctx.name::<S3Bucket>(&format!("{base}-code"), side),
            Encryption::Kms(key.arn.clone()),
            &Expiry {
                current_days: None,
                noncurrent_days: props.code_expiry.days(),
            },
            |_| Vec::new(),
        );
        props
            .access_logs
            .log(&code, side, bucket.bucket.id(), &format!("{base}-code"));
        let object = code.add(
            "package",
            S3Object::new(S3ObjectArgs {
                bucket: bucket.bucket.id(),
                key: format!("{base}/{}.zip", props.package.sha256_hex()).into(),
            })
            .content_base64(props.package.content_base64())
            .content_type("application/zip")
            .server_side_encryption("aws:kms")
            .kms_key_id(key.arn.clone())
            .tags([(
                "Name",
                format!("{}-package", ctx.name::<LambdaFunction>(base, side)),
            )]),
        );
        // The object is versioned once the bucket is: write it after versioning is on
        // so the function can pin `s3_object_version`.
        object.node().depends_on(bucket.versioning.node());

        let function_name = ctx.name::<LambdaFunction>(base, side);
        let log_group_name = format!("/aws/lambda/{function_name}");
        let log_group = scope.add(
            "log-group",
            CloudwatchLogGroup::new()
                .name(log_group_name.as_str())
                .kms_key_id(key.arn.clone())
                .retention_in_days(props.log_retention.days()),
        );

        let failure_queue_name = ctx.name::<SqsQueue>(&format!("{base}-failures"), side);
        let queue = scope.add(
            "failures",
            SqsQueue::new()
                .name(failure_queue_name.as_str())
                .kms_master_key_id(key.arn.clone())
                .message_retention_seconds(FAILURE_QUEUE_RETENTION_SECONDS),
        );

        let role = service_role(
            &scope,
            "role",
            ctx.name::<IamRole>(base, side),
            format!("Execution role of the {base} function in {region}"),
            Trust {
                service: "lambda.amazonaws.com",
                source_account: None,
                source_arn: None,
            },
        );
        let mut document = IamPolicyDocument::new()
            .statement(allow(
                "WriteOwnLogs",
                vec!["logs:CreateLogStream", "logs:PutLogEvents"],
                vec![interpolate![&log_group.arn(), ":*"]],
            ))
            .statement(allow(
                "SendFailedEvents",
                vec!["sqs:SendMessage"],
                vec![queue.arn()],
            ))
            .statement(allow(
                "UseRegionKey",
                vec!["kms:Decrypt", "kms:GenerateDataKey"],
                vec![key.arn.clone()],
            ))
            .statement(allow(
                "PublishTraces",
                XRAY_ACTIONS.to_vec(),
                vec!["*".into()],
            ));
        if placement == Placement::PrivateSubnets {
            document = document.statement(allow(
                "AttachToVpc",
                VPC_ACCESS_ACTIONS.to_vec(),
                vec!["*".into()],
            ));
        }
        for statement in props.grants.get(side) {
            document = document.statement(statement.clone());
        }
        let document = scope.add("role-policy-document", document);
        let role_policy = scope.add(
            "role-policy",
            IamRolePolicy::new(IamRolePolicyArgs {
                policy: document.json(),
                role: role.name(),
            })
            .name(ctx.name::<IamRolePolicy>(base, side)),
        );

        let variables: BTreeMap<String, Expr<String>> = props.environment.get(side).clone();
        let mut spec = LambdaFunction::new(LambdaFunctionArgs {
            function_name: function_name.as_str().into(),
            role: role.arn(),
        })
        .description(props.description.as_str())
        .runtime(props.runtime)
        .handler(props.handler.as_str())
        .memory_size(props.memory.get())
        .timeout(props.timeout.get())
        .reserved_concurrent_executions(props.reserved_concurrency.get())
        .s3_bucket(bucket.bucket.id())
        .s3_key(object.key())
        .s3_object_version(object.version_id())
        .source_code_hash(props.package.source_code_hash())
        .kms_key_arn(key.arn.clone())
        .environment(Environment::new().variables(variables))
        .tracing_config(TracingConfig::new(LambdaTracingMode::Active))
        .logging_config(LoggingConfig::new(LambdaLogFormat::Json).log_group(log_group.name()));
        if placement == Placement::PrivateSubnets {
            let network = props.network.get(side);
            spec = spec.vpc_config(VpcConfig::new(VpcConfigArgs {
                security_group_ids: vec![network.app_security_group_id.clone()].into(),
                subnet_ids: network.private_subnet_ids.clone().into(),
            }));
        }
        let function = scope.add("function", spec);
        // Lambda checks at create time that the role may manage network interfaces.
        function.node().depends_on(role_policy.node());

        scope.add(
            "event-invoke-config",
            LambdaFunctionEventInvokeConfig::new(function.function_name())
                .maximum_retry_attempts(ASYNC_RETRY_ATTEMPTS)
                .maximum_event_age_in_seconds(ASYNC_MAX_EVENT_AGE_SECONDS)
                .destination_config(
                    DestinationConfig::new()
                        .on_failure(DestinationConfigOnFailure::new(queue.arn())),
                ),
        );

        RegionalFunction {
            region,
            name: function_name,
            arn: function.arn(),
            invoke_arn: function.invoke_arn(),
            role_arn: role.arn(),
            role_name: role.name(),
            log_group_name,
            failure_queue_arn: queue.arn(),
            failure_queue_name,
        }
    }
}

#[cfg(test)]
mod tests {
    use base64::Engine as _;
    use serde_json::{json, Value};
    use tfdr_dsl::aws::{
        CloudwatchLogGroup, IamRolePolicy, LambdaFunction, LambdaFunctionEventInvokeConfig,
        S3Object, SqsQueue,
    };
    use tfdr_testing::Found;

    use super::*;
    use crate::lambda_package::payments_zip;
    use crate::test_support::{fixture, Fixture};

    fn props<'a>(f: &'a Fixture, zip: &'a LambdaZip) -> FunctionProps<'a> {
        FunctionProps {
            reserved_concurrency: ReservedConcurrency::new(7).unwrap(),
            environment: PerRegion::from_fn(|side| {
                BTreeMap::from([("SIDE".to_string(), side.alias().into())])
            }),
            grants: PerRegion::from_fn(|side| {
                vec![allow(
                    "Extra",
                    vec!["dynamodb:GetItem"],
                    vec![format!("arn:aws:dynamodb:x:1:table/{}", side.alias()).into()],
                )]
            }),
            ..crate::test_support::function_props(f, zip)
        }
    }

    fn at(found: Vec<Found>, path: &str) -> Found {
        found
            .into_iter()
            .find(|r| r.path.as_deref() == Some(path))
            .unwrap_or_else(|| panic!("nothing at {path}"))
    }

    fn reference(r: &Found, attr: &str) -> Value {
        json!(format!("${{{}.{attr}}}", r.address))
    }

    #[test]
    fn one_function_per_region_wired_to_its_own_region() {
        let f = fixture();
        let zip = payments_zip();
        let fun = Function::new(&f.root(), "fn", &props(&f, &zip));
        assert_eq!(fun.primary.name, "payments-dev");
        assert_eq!(
            fun.dr.log_group_name,
            format!("/aws/lambda/{}", fun.dr.name)
        );
        let s = tfdr_testing::synth(&f.stack);
        s.assert_count::<LambdaFunction>(2);
        for side in Side::BOTH {
            let a = side.alias();
            let p = |rest: &str| format!("data-test/fn/{a}/{rest}");
            let function = at(s.resources_of::<LambdaFunction>(), &p("function"));
            let object = at(s.resources_of::<S3Object>(), &p("code/package"));
            let queue = at(s.resources_of::<SqsQueue>(), &p("failures"));
            let log = at(s.resources_of::<CloudwatchLogGroup>(), &p("log-group"));
            let role_policy = at(s.resources_of::<IamRolePolicy>(), &p("role-policy"));
            let b = &function.body;
            assert_eq!(b["provider"], json!(format!("aws.{a}")));
            assert_eq!(b["runtime"], json!("python3.12"));
            assert_eq!(b["handler"], json!("handler.lambda_handler"));
            assert_eq!(b["memory_size"], json!(256));
            assert_eq!(b["timeout"], json!(25));
            assert_eq!(b["reserved_concurrent_executions"], json!(7));
            assert_eq!(b["tracing_config"], json!({"mode": "Active"}));
            assert_eq!(b["logging_config"]["log_format"], json!("JSON"));
            assert_eq!(b["logging_config"]["log_group"], reference(&log, "name"));
            assert_eq!(b["source_code_hash"], json!(zip.source_code_hash()));
            assert_eq!(b["s3_key"], reference(&object, "key"));
            assert_eq!(b["s3_object_version"], reference(&object, "version_id"));
            assert_eq!(b["environment"]["variables"], json!({"SIDE": a}));
            // The region's own private subnets and app security group, nothing else.
            let subnets = b["vpc_config"]["subnet_ids"].as_array().unwrap();
            assert_eq!(subnets.len(), 3);
            for subnet in subnets {
                let subnet = subnet.as_str().unwrap();
                assert!(subnet.contains(&format!("network_{a}_")), "{subnet}");
            }
            let sgs = b["vpc_config"]["security_group_ids"].as_array().unwrap();
            assert_eq!(sgs.len(), 1);
            let sg = sgs[0].as_str().unwrap();
            assert!(sg.contains(&format!("network_{a}_sg-app")), "{sg}");
            // Created after the policy that lets Lambda attach it to the VPC.
            let deps = b["depends_on"].as_array().unwrap();
            assert!(deps.contains(&json!(role_policy.address)), "{deps:?}");
            // The package travels in the JSON, content-addressed and KMS-encrypted.
            let content = object.body["content_base64"].as_str().unwrap();
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(content)
                .unwrap();
            assert_eq!(bytes, zip.bytes());
            assert_eq!(
                object.body["key"],
                json!(format!("payments/{}.zip", zip.sha256_hex()))
            );
            assert_eq!(object.body["server_side_encryption"], json!("aws:kms"));
            // Failed async invocations go to the region's own queue.
            let invoke = at(
                s.resources_of::<LambdaFunctionEventInvokeConfig>(),
                &p("event-invoke-config"),
            );
            assert_eq!(
                invoke.body["destination_config"]["on_failure"]["destination"],
                reference(&queue, "arn")
            );
            assert_eq!(invoke.body["maximum_retry_attempts"], json!(2));
            let own_key = format!("kms_{a}_key");
            assert!(queue.body["kms_master_key_id"]
                .as_str()
                .unwrap()
                .contains(&own_key));
            assert!(log.body["kms_key_id"].as_str().unwrap().contains(&own_key));
        }
    }

    #[test]
    fn the_execution_role_is_scoped_to_its_own_region() {
        let f = fixture();
        let zip = payments_zip();
        Function::new(&f.root(), "fn", &props(&f, &zip));
        let s = tfdr_testing::synth(&f.stack);
        for side in Side::BOTH {
            let (a, other) = (side.alias(), side.other().alias());
            let doc = at(
                s.data_sources("aws_iam_policy_document"),
                &format!("data-test/fn/{a}/role-policy-document"),
            );
            let text = doc.body.to_string();
            assert!(text.contains(&format!("kms_{a}_key")), "{text}");
            assert!(!text.contains(&format!("kms_{other}_key")), "{text}");
            assert!(!text.contains(&format!("fn_{other}_")), "{text}");
            assert!(
                text.contains(&format!("table/{a}")),
                "the caller's grant: {text}"
            );
            let statements = doc.body["statement"].as_array().unwrap();
            let sids: Vec<&str> = statements
                .iter()
                .map(|st| st["sid"].as_str().unwrap())
                .collect();
            assert_eq!(
                sids,
                [
                    "WriteOwnLogs",
                    "SendFailedEvents",
                    "UseRegionKey",
                    "PublishTraces",
                    "AttachToVpc",
                    "Extra"
                ]
            );
            // Only the VPC and X-Ray statements use "*" (no resource-level permissions).
            for st in statements {
                let star = st["resources"].as_array().unwrap().contains(&json!("*"));
                let sid = st["sid"].as_str().unwrap();
                assert_eq!(
                    star,
                    sid == "PublishTraces" || sid == "AttachToVpc",
                    "{sid}"
                );
            }
        }
    }
}
