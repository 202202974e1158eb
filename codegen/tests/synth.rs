//! Synthesis: layout, meta-arguments, references and the errors synth reports.

use serde_json::json;
use tfdr_codegen::Synthesizer;
use tfdr_dsl::{
    Backend, Body, Expr, Lifecycle, Output, Region, S3Backend, Stack, Untyped, Variable,
};

fn synth(stack: &Stack) -> serde_json::Value {
    Synthesizer::new()
        .with_version("test")
        .synthesize(stack)
        .unwrap_or_else(|e| panic!("synth failed:\n{e}"))
}

fn errors(stack: &Stack) -> String {
    Synthesizer::new()
        .synthesize(stack)
        .expect_err("synth should fail")
        .to_string()
}

#[test]
fn providers_are_arrays_with_aliases_and_resources_name_them() {
    let stack = Stack::new("s");
    let pair = stack.region_pair(Region::UsEast1, Region::UsEast2).unwrap();
    pair.primary.add("a", Untyped::resource("aws_sns_topic"));
    pair.dr.add("b", Untyped::resource("aws_sns_topic"));
    let doc = synth(&stack);
    assert_eq!(
        doc["provider"]["aws"],
        json!([{"alias": "primary", "region": "us-east-1"}, {"alias": "dr", "region": "us-east-2"}])
    );
    assert_eq!(
        doc["resource"]["aws_sns_topic"]["a"]["provider"],
        "aws.primary"
    );
    assert_eq!(doc["resource"]["aws_sns_topic"]["b"]["provider"], "aws.dr");
    assert_eq!(
        doc["terraform"]["required_providers"],
        json!({"aws": {"source": "hashicorp/aws", "version": ">= 5.100.0, < 7.0.0"}})
    );
    assert_eq!(
        doc["resource"]["aws_sns_topic"]["b"]["//"],
        json!({"metadata": {"path": "s/b", "uniqueId": "b"}})
    );
    assert_eq!(
        doc["//"]["metadata"],
        json!({"backend": "local", "stackName": "s", "version": "test"})
    );
    assert_eq!(
        doc["terraform"]["backend"],
        json!({"local": {"path": "terraform.s.tfstate"}})
    );
}

#[test]
fn resource_without_provider_is_an_error() {
    let stack = Stack::new("s");
    stack
        .root()
        .add("lonely", Untyped::resource("aws_sns_topic"));
    let e = errors(&stack);
    assert!(
        e.contains("resource.aws_sns_topic.lonely: has no provider"),
        "{e}"
    );
}

#[test]
fn meta_arguments_render_like_cdktf() {
    let stack = Stack::new("s");
    let r = stack.aws_region("primary", Region::UsEast1).unwrap();
    let a = r.add("a", Untyped::resource("aws_sns_topic"));
    let d = r.add("me", Untyped::data("aws_caller_identity"));
    let b = r.add("b", Untyped::resource("aws_sns_topic"));
    b.depends_on(&a).depends_on(&d).count(3).lifecycle(
        Lifecycle::new()
            .create_before_destroy(true)
            .ignore_changes(["tags", "name"]),
    );
    let c = r.add("c", Untyped::resource("aws_sns_topic"));
    c.for_each(Expr::<Vec<String>>::from(vec!["x", "y"]))
        .lifecycle(Lifecycle::new().ignore_all_changes());
    let doc = synth(&stack);
    let b = &doc["resource"]["aws_sns_topic"]["b"];
    assert_eq!(
        b["depends_on"],
        json!(["aws_sns_topic.a", "data.aws_caller_identity.me"])
    );
    assert_eq!(b["count"], json!(3));
    assert_eq!(
        b["lifecycle"],
        json!({"create_before_destroy": true, "ignore_changes": ["tags", "name"]})
    );
    let c = &doc["resource"]["aws_sns_topic"]["c"];
    assert_eq!(c["for_each"], json!(["x", "y"]));
    assert_eq!(c["lifecycle"], json!({"ignore_changes": "all"}));
}

#[test]
fn references_resolve_to_addresses_and_follow_pinned_ids() {
    let stack = Stack::new("s");
    let r = stack.aws_region("primary", Region::UsEast1).unwrap();
    let scope = r.child("net");
    let vpc = scope.add(
        "vpc",
        Untyped::resource("aws_vpc").attr("cidr_block", "10.0.0.0/16"),
    );
    let subnet = scope.add(
        "subnet",
        Untyped::resource("aws_subnet").attr("vpc_id", vpc.attr::<String>("id")),
    );
    let eph = r.add(
        "pw",
        Untyped::ephemeral("aws_secretsmanager_random_password"),
    );
    let var = stack
        .root()
        .variable::<String>("env", Variable::new("string").default_value(json!("${x}")));
    let local = stack
        .root()
        .local("name", tfdr_dsl::interpolate!["db-", var.clone()]);
    stack.root().output("subnet", subnet.attr::<String>("id"));
    stack.root().output("local", local);
    r.add(
        "t",
        Untyped::resource("aws_sns_topic").attr("name", eph.attr::<String>("random_password")),
    );
    vpc.override_logical_id("main_vpc");
    let doc = synth(&stack);
    let subnet_id = tfdr_codegen::synth::make_unique_id(&["net", "subnet"]).unwrap();
    assert_eq!(
        doc["resource"]["aws_subnet"][&subnet_id]["vpc_id"],
        "${aws_vpc.main_vpc.id}"
    );
    assert!(doc["resource"]["aws_vpc"]["main_vpc"].is_object());
    assert_eq!(
        doc["output"]["subnet"]["value"],
        format!("${{aws_subnet.{subnet_id}.id}}")
    );
    assert_eq!(doc["locals"]["name"], "db-${var.env}");
    assert_eq!(doc["output"]["local"]["value"], "${local.name}");
    // A variable default is not a template: never escaped.
    assert_eq!(
        doc["variable"]["env"],
        json!({"type": "string", "default": "${x}"})
    );
    assert_eq!(
        doc["resource"]["aws_sns_topic"]["t"]["name"],
        "${ephemeral.aws_secretsmanager_random_password.pw.random_password}"
    );
    assert_eq!(
        doc["ephemeral"]["aws_secretsmanager_random_password"]["pw"]["provider"],
        "aws.primary"
    );
    assert_eq!(
        doc["//"]["outputs"],
        json!({"s": {"local": "local", "subnet": "subnet"}})
    );
}

#[test]
fn duplicate_paths_and_ids_are_errors() {
    let stack = Stack::new("s");
    let r = stack.aws_region("primary", Region::UsEast1).unwrap();
    r.add("a", Untyped::resource("aws_sns_topic"));
    r.add("a", Untyped::resource("aws_sns_topic"));
    let x = r.add("x", Untyped::resource("aws_sqs_queue"));
    let y = r.add("y", Untyped::resource("aws_sqs_queue"));
    x.override_logical_id("same");
    y.override_logical_id("same");
    let e = errors(&stack);
    assert!(e.contains("s/a: construct path is used twice"), "{e}");
    assert!(
        e.contains("logical id `same` is already used by s/x"),
        "{e}"
    );
}

#[test]
fn invalid_logical_ids_and_cross_stack_references_are_errors() {
    let other = Stack::new("other");
    let o = other.aws_region("primary", Region::UsEast1).unwrap();
    let foreign = o.add("q", Untyped::resource("aws_sqs_queue"));
    let stack = Stack::new("s");
    let r = stack.aws_region("primary", Region::UsEast1).unwrap();
    r.add("1st", Untyped::resource("aws_sns_topic"));
    r.add(
        "t",
        Untyped::resource("aws_sns_topic").attr("name", foreign.attr::<String>("name")),
    );
    let out = stack.root().output("o", "x");
    r.add(
        "u",
        Untyped::resource("aws_sns_topic").attr("name", out.attr::<String>("value")),
    );
    r.add(
        "n",
        Untyped::resource("aws_sns_topic").attr("delivery", f64::INFINITY),
    );
    let e = errors(&stack);
    assert!(
        e.contains("logical id `1st` is not a Terraform name"),
        "{e}"
    );
    assert!(
        e.contains("resource.aws_sns_topic.t.name: refers to a node of another stack"),
        "{e}"
    );
    assert!(
        e.contains("resource.aws_sns_topic.u.name: refers to output `o`"),
        "{e}"
    );
    assert!(
        e.contains("resource.aws_sns_topic.n.delivery: number inf is not finite"),
        "{e}"
    );
}

#[test]
fn blocks_render_as_objects_or_arrays_and_raw_json_is_verbatim() {
    let stack = Stack::new("s");
    let r = stack.aws_region("primary", Region::UsEast1).unwrap();
    r.add(
        "v",
        Untyped::resource("aws_s3_bucket_versioning")
            .attr("bucket", "b")
            .block(
                "versioning_configuration",
                Body::new().attr("status", "Enabled"),
            )
            .blocks("rule", Body::new().attr("id", "${one}"))
            .json("raw", json!({"k": "${var.x}"})),
    );
    let doc = synth(&stack);
    let v = &doc["resource"]["aws_s3_bucket_versioning"]["v"];
    assert_eq!(v["versioning_configuration"], json!({"status": "Enabled"}));
    assert_eq!(v["rule"], json!([{"id": "$${one}"}]));
    assert_eq!(v["raw"], json!({"k": "${var.x}"}));
}

#[test]
fn s3_backend_and_output_options() {
    let stack = Stack::new("s");
    stack.set_backend(Backend::S3(S3Backend::new(
        "state",
        "s/terraform.tfstate",
        "us-east-1",
    )));
    stack
        .root()
        .output_with("secret", Output::new("v").description("d").sensitive());
    let doc = synth(&stack);
    assert_eq!(
        doc["terraform"]["backend"],
        json!({"s3": {"bucket": "state", "key": "s/terraform.tfstate", "region": "us-east-1", "encrypt": true, "use_lockfile": true}})
    );
    assert_eq!(doc["//"]["metadata"]["backend"], "s3");
    assert_eq!(
        doc["output"]["secret"],
        json!({"value": "v", "description": "d", "sensitive": true})
    );
}

#[test]
fn nested_outputs_are_nested_in_metadata() {
    let stack = Stack::new("s");
    stack.root().child("net").output("vpc_id", "x");
    let doc = synth(&stack);
    let id = tfdr_codegen::synth::make_unique_id(&["net", "vpc_id"]).unwrap();
    assert_eq!(doc["//"]["outputs"], json!({"s": {"net": {"vpc_id": id}}}));
}

#[test]
fn invalid_stack_name_and_unqualified_source_are_errors() {
    let stack = Stack::new("bad name");
    stack.require_provider("aws", "aws", "5.0");
    let e = errors(&stack);
    assert!(e.contains("stack name: `bad name`"), "{e}");
    assert!(e.contains("must be fully qualified"), "{e}");
}

#[test]
fn nested_block_references_and_special_values_render() {
    let stack = Stack::new("s");
    let r = stack.aws_region("primary", Region::UsEast1).unwrap();
    let table = r.add("t", Untyped::resource("aws_dynamodb_table"));
    let replica_arn: Expr<String> = table
        .attr::<Vec<tfdr_dsl::Dynamic>>("replica")
        .index(0)
        .get("arn");
    let by_key: Expr<String> = table.attr::<tfdr_dsl::Map<String>>("tags_all").key("Name");
    let q = r.add(
        "q",
        Untyped::resource("aws_sqs_queue")
            .attr("name", replica_arn)
            .attr("tag", by_key)
            .attr("idx", Expr::<tfdr_dsl::Dynamic>::count_index())
            .attr(
                "doc",
                Expr::<String>::jsonencode(Expr::<tfdr_dsl::Dynamic>::json(
                    &json!({"Statement": [{"Resource": "arn:aws:s3:::b/${aws:username}"}]}),
                )),
            ),
    );
    q.count(2);
    let doc = synth(&stack);
    let q = &doc["resource"]["aws_sqs_queue"]["q"];
    assert_eq!(q["name"], "${aws_dynamodb_table.t.replica[0].arn}");
    assert_eq!(q["tag"], "${aws_dynamodb_table.t.tags_all[\"Name\"]}");
    assert_eq!(q["idx"], "${count.index}");
    assert_eq!(
        q["doc"],
        "${jsonencode({\"Statement\" = [{\"Resource\" = \"arn:aws:s3:::b/$${aws:username}\"}]})}"
    );
}
