//! `tfdr_codegen::validate` rule by rule, on small documents. The expected messages are
//! terraform's: each case was first run through `terraform validate` (terraform 1.11.4,
//! hashicorp/aws 5.100.0) and its summary/detail copied here; `validate_fixtures.rs` and
//! `validate_mutations.rs` keep checking the agreement with the real binary.

use proptest::prelude::*;
use serde_json::{json, Value};
use tfdr_codegen::validate::{validate, Diagnostic, Report, Rule, Severity};

const P: &str = "aws.primary";

/// A document with the two aliased aws providers, plus `sections`.
fn doc(sections: Value) -> Value {
    let mut d = json!({
        "terraform": {"required_providers": {"aws": {
            "source": "hashicorp/aws", "version": ">= 5.100.0, < 7.0.0"
        }}},
        "provider": {"aws": [
            {"alias": "primary", "region": "us-east-1"},
            {"alias": "dr", "region": "us-west-2"}
        ]}
    });
    for (k, v) in sections.as_object().expect("sections object") {
        d[k] = v.clone();
    }
    d
}

/// A bucket `b` plus an output whose value is `expr`, plus more resources.
fn output(expr: &str, mut resources: Value) -> Value {
    resources["aws_s3_bucket"]["b"] = json!({"provider": P});
    doc(json!({"resource": resources, "output": {"o": {"value": expr}}}))
}

fn clean(d: &Value) {
    let r = validate(d);
    assert!(r.diagnostics.is_empty(), "expected no diagnostics:\n{r}");
}

/// The only diagnostic; it must have this rule and path.
#[track_caller]
fn only(d: &Value, rule: Rule, path: &str) -> Diagnostic {
    let r = validate(d);
    assert_eq!(r.diagnostics.len(), 1, "expected one diagnostic:\n{r}");
    let diag = r.diagnostics[0].clone();
    assert_eq!((diag.rule, diag.path.as_str()), (rule, path), "{r}");
    diag
}

#[track_caller]
fn only_message(d: &Value, rule: Rule, path: &str, message: &str) {
    assert_eq!(only(d, rule, path).message, message);
}

// ------------------------------------------------------------------ document shape

#[test]
fn the_document_must_be_an_object() {
    for bad in [json!([]), json!("x"), json!(null)] {
        let r = validate(&bad);
        assert_eq!(r.diagnostics.len(), 1);
        assert_eq!(r.diagnostics[0].rule, Rule::Structure);
        assert_eq!(r.diagnostics[0].path, "(document)");
    }
}

#[test]
fn unknown_top_level_keys_get_terraforms_suggestion() {
    let d = doc(json!({"resources": {}}));
    let diag = only(&d, Rule::UnknownArgument, "resources");
    assert_eq!(diag.summary, "Extraneous JSON object property");
    assert_eq!(
        diag.message,
        r#"No argument or block type is named "resources". Did you mean "resource"?"#
    );
    clean(&doc(json!({"//": {"metadata": {}}})));
}

#[test]
fn empty_label_levels_are_missing_block_labels() {
    let d = doc(json!({"resource": {}}));
    only_message(
        &d,
        Rule::Structure,
        "resource",
        "At least one object property is required, whose name represents the resource block's type.",
    );
    let d = doc(json!({"resource": {"aws_s3_bucket": {}}}));
    only_message(
        &d,
        Rule::Structure,
        "resource.aws_s3_bucket",
        "At least one object property is required, whose name represents the resource block's name.",
    );
    // A null body is an empty body (terraform accepts it; tfdr wants a provider).
    let d = doc(json!({"resource": {"aws_s3_bucket": {"b": null}}}));
    only(
        &d,
        Rule::MissingProvider,
        "resource.aws_s3_bucket.b.provider",
    );
}

#[test]
fn sections_as_arrays_of_objects_are_read_like_objects() {
    let d = doc(json!({"resource": [
        {"aws_s3_bucket": {"a": {"provider": P}}},
        {"aws_s3_bucket": {"b": {"provider": P, "bucket_name": "x"}}}
    ]}));
    only(
        &d,
        Rule::UnknownArgument,
        "resource[1].aws_s3_bucket.b.bucket_name",
    );
}

#[test]
fn paths_quote_keys_that_are_not_plain_names() {
    let d = doc(json!({"resource": {"aws_s3_bucket": {"b": {
        "provider": P, "tags": {"a.b": {"x": 1}}
    }}}}));
    let diag = only(&d, Rule::WrongType, "resource.aws_s3_bucket.b.tags");
    assert_eq!(
        diag.message,
        r#"Inappropriate value for attribute "tags": element "a.b": string required."#
    );
    let d = doc(json!({"resource": {"aws_s3_bucket": {"my bucket": {"provider": P, "x y": 1}}}}));
    only(
        &d,
        Rule::UnknownArgument,
        r#"resource.aws_s3_bucket["my bucket"]["x y"]"#,
    );
}

// ------------------------------------------------------------------ types and arguments

#[test]
fn unknown_types_of_each_kind() {
    let d = doc(json!({"data": {"aws_regionz": {"r": {"provider": P}}}}));
    let diag = only(&d, Rule::UnknownType, "data.aws_regionz.r");
    assert_eq!(diag.summary, "Invalid data source");
    assert!(diag.message.starts_with(
        r#"The provider hashicorp/aws does not support data source "aws_regionz". Did you mean "#
    ));
    let d =
        doc(json!({"ephemeral": {"aws_secretsmanager_random_passwordz": {"pw": {"provider": P}}}}));
    let diag = only(
        &d,
        Rule::UnknownType,
        "ephemeral.aws_secretsmanager_random_passwordz.pw",
    );
    assert_eq!(diag.summary, "Invalid ephemeral resource");
    assert_eq!(
        diag.message,
        r#"The provider hashicorp/aws does not support ephemeral resource "aws_secretsmanager_random_passwordz". Did you mean "aws_secretsmanager_random_password"?"#
    );
}

#[test]
fn types_only_in_one_provider_version_are_unknown() {
    // aws_opsworks_stack exists in 5.100.0, not in 6.x: not in the effective schema.
    let d = doc(json!({"resource": {"aws_opsworks_stack": {"s": {"provider": P}}}}));
    only(&d, Rule::UnknownType, "resource.aws_opsworks_stack.s");
}

#[test]
fn other_providers_are_not_checked_but_terraforms_builtins_are() {
    // A warning, and no provider rules beyond "a named alias must exist".
    for provider in [json!(null), json!("random")] {
        let d = doc(
            json!({"resource": {"random_id": {"r": {"provider": provider, "byte_length": 4}}}}),
        );
        let diag = only(&d, Rule::UncheckedProvider, "resource.random_id.r");
        assert_eq!(diag.severity, Severity::Warning);
        assert!(validate(&d).is_valid());
    }
    let d = doc(json!({"resource": {"random_id": {"r": {"provider": "random.x"}}}}));
    let r = validate(&d);
    assert!(!r.is_valid(), "{r}");
    assert_eq!(r.with_rule(Rule::UndeclaredProvider).count(), 1, "{r}");

    // terraform_data needs no provider and has a schema.
    clean(&doc(
        json!({"resource": {"terraform_data": {"t": {"input": {"a": 1}}}}}),
    ));
    let d = doc(json!({"resource": {"terraform_data": {"t": {"inputs": 1}}}}));
    only(
        &d,
        Rule::UnknownArgument,
        "resource.terraform_data.t.inputs",
    );
}

#[test]
fn computed_only_attributes_may_be_null() {
    clean(&doc(
        json!({"resource": {"aws_s3_bucket": {"b": {"provider": P, "arn": null}}}}),
    ));
}

#[test]
fn null_for_a_required_argument_is_missing() {
    let d = doc(json!({"resource": {"aws_s3_bucket_versioning": {"v": {
        "provider": P, "bucket": null, "versioning_configuration": {"status": "Enabled"}
    }}}}));
    only_message(
        &d,
        Rule::MissingArgument,
        "resource.aws_s3_bucket_versioning.v.bucket",
        r#"The argument "bucket" is required, but no definition was found."#,
    );
}

#[test]
fn required_arguments_inside_blocks() {
    let d = doc(json!({"resource": {"aws_s3_bucket_versioning": {"v": {
        "provider": P, "bucket": "b", "versioning_configuration": [{"//": "comment only"}]
    }}}}));
    only(
        &d,
        Rule::MissingArgument,
        "resource.aws_s3_bucket_versioning.v.versioning_configuration[0].status",
    );
}

#[test]
fn literal_types_terraform_converts_pass() {
    clean(&doc(json!({"resource": {
        "aws_kms_key": {"k": {
            "provider": P,
            "enable_key_rotation": "1",
            "deletion_window_in_days": "1e1",
            "description": 42
        }},
        "aws_instance": {"i": {
            "provider": P, "ami": "ami-1", "instance_type": "t3.micro",
            "vpc_security_group_ids": [1, true, "sg-1"]
        }}
    }})));
}

#[test]
fn literal_types_terraform_rejects() {
    let cases = [
        (
            json!({"enable_key_rotation": 1}),
            "enable_key_rotation",
            "bool required",
        ),
        (
            json!({"enable_key_rotation": "True"}),
            "enable_key_rotation",
            "a bool is required; to convert from string, use lowercase \"true\"",
        ),
        (
            json!({"deletion_window_in_days": " 7"}),
            "deletion_window_in_days",
            "a number is required",
        ),
        (
            json!({"deletion_window_in_days": true}),
            "deletion_window_in_days",
            "number required",
        ),
        (
            json!({"description": ["a"]}),
            "description",
            "string required",
        ),
        (json!({"tags": ["a"]}), "tags", "map of string required"),
    ];
    for (attrs, name, why) in cases {
        let mut body = attrs.clone();
        body["provider"] = json!(P);
        let d = doc(json!({"resource": {"aws_kms_key": {"k": body}}}));
        let diag = only(
            &d,
            Rule::WrongType,
            &format!("resource.aws_kms_key.k.{name}"),
        );
        assert_eq!(diag.summary, "Incorrect attribute value type");
        assert_eq!(
            diag.message,
            format!("Inappropriate value for attribute {name:?}: {why}.")
        );
    }
}

#[test]
fn object_typed_attributes_need_every_attribute() {
    // `ingress` is a set(object) attribute: in JSON every object attribute must be given.
    let d = doc(
        json!({"resource": {"aws_security_group": {"s": {"provider": P,
        "ingress": [{"from_port": 80, "to_port": 80, "protocol": "tcp"}]}}}}),
    );
    only_message(
        &d,
        Rule::WrongType,
        "resource.aws_security_group.s.ingress",
        r#"Inappropriate value for attribute "ingress": element 0: attributes "cidr_blocks", "description", "ipv6_cidr_blocks", "prefix_list_ids", "security_groups", and "self" are required."#,
    );
    // Extra attributes are dropped by terraform, not rejected.
    clean(&doc(
        json!({"resource": {"aws_security_group": {"s": {"provider": P,
        "ingress": [{"from_port": 80, "to_port": 80, "protocol": "tcp", "bogus": 1,
            "cidr_blocks": [], "description": "", "ipv6_cidr_blocks": [],
            "prefix_list_ids": [], "security_groups": [], "self": false}]}}}}),
    ));
    let d = doc(
        json!({"resource": {"aws_security_group": {"s": {"provider": P,
        "ingress": {"from_port": 80}}}}}),
    );
    only_message(
        &d,
        Rule::WrongType,
        "resource.aws_security_group.s.ingress",
        r#"Inappropriate value for attribute "ingress": set of object required."#,
    );
}

#[test]
fn templates_are_values_of_any_type() {
    clean(&doc(json!({
        "variable": {"n": {"type": "number"}},
        "resource": {"aws_kms_key": {"k": {"provider": P,
            "deletion_window_in_days": "${var.n}", "enable_key_rotation": "%{ if true }true%{ endif }",
            "tags": "${{a = var.n}}"}}}
    })));
}

#[test]
fn comments_are_skipped_in_blocks_but_are_data_in_values() {
    clean(&doc(json!({"resource": {
        "aws_s3_bucket": {"b": {"//": {"metadata": {"path": "x"}}, "provider": P,
            "tags": {"//": "a tag"}}},
        "aws_s3_bucket_versioning": {"v": {"provider": P, "bucket": "b",
            "versioning_configuration": {"//": "c", "status": "Enabled"}}}
    }})));
    let d = doc(
        json!({"resource": {"aws_s3_bucket": {"b": {"provider": P, "tags": {"//": {"x": 1}}}}}}),
    );
    only(&d, Rule::WrongType, "resource.aws_s3_bucket.b.tags");
}

#[test]
fn deprecated_arguments_warn() {
    let d = doc(json!({"resource": {"aws_s3_bucket": {"b": {"provider": P, "acl": "private"}}}}));
    let r = validate(&d);
    assert!(r.is_valid());
    assert_eq!(r.diagnostics[0].rule, Rule::Deprecated);
    assert_eq!(r.diagnostics[0].severity, Severity::Warning);
}

// ------------------------------------------------------------------ blocks

#[test]
fn block_counts() {
    // `timeouts` is a single block: two are a duplicate.
    let d = doc(json!({"resource": {"aws_s3_bucket": {"b": {"provider": P,
        "timeouts": [{"create": "1m"}, {"create": "2m"}]}}}}));
    let diag = only(&d, Rule::TooManyBlocks, "resource.aws_s3_bucket.b.timeouts");
    assert_eq!(diag.summary, "Duplicate timeouts block");
    assert_eq!(
        diag.message,
        r#"Only one block of type "timeouts" is allowed."#
    );
    // A single block as a one-element array is fine; so is an empty array for an optional list.
    clean(&doc(
        json!({"resource": {"aws_s3_bucket": {"b": {"provider": P,
        "timeouts": [{"create": "1m"}], "cors_rule": []}}}}),
    ));
    // An empty array for a required block is too few.
    let d = doc(
        json!({"resource": {"aws_s3_bucket_versioning": {"v": {"provider": P,
        "bucket": "b", "versioning_configuration": []}}}}),
    );
    only(
        &d,
        Rule::TooFewBlocks,
        "resource.aws_s3_bucket_versioning.v.versioning_configuration",
    );
}

#[test]
fn blocks_must_be_objects() {
    let d = doc(
        json!({"resource": {"aws_s3_bucket_versioning": {"v": {"provider": P,
        "bucket": "b", "versioning_configuration": ["Enabled"]}}}}),
    );
    let r = validate(&d);
    let rules: Vec<Rule> = r.diagnostics.iter().map(|d| d.rule).collect();
    assert_eq!(rules, [Rule::Structure, Rule::TooFewBlocks], "{r}");
    assert_eq!(
        r.diagnostics[0].message,
        "Either a JSON object or JSON array of objects is required here, to define arguments and child blocks."
    );
}

#[test]
fn dynamic_blocks() {
    // The iterator is not a reference; the dynamic block satisfies min_items.
    clean(&doc(
        json!({"resource": {"aws_s3_bucket_versioning": {"v": {"provider": P,
        "bucket": "b",
        "dynamic": {"versioning_configuration": {
            "for_each": ["Enabled"],
            "content": {"status": "${versioning_configuration.value}"}
        }}}}}}),
    ));
    // A custom iterator name.
    clean(&doc(
        json!({"resource": {"aws_s3_bucket_versioning": {"v": {"provider": P,
        "bucket": "b",
        "dynamic": {"versioning_configuration": {
            "for_each": ["Enabled"], "iterator": "it",
            "content": {"status": "${it.value}"}
        }}}}}}),
    ));
    // Content is checked against the block's schema.
    let d = doc(
        json!({"resource": {"aws_s3_bucket_versioning": {"v": {"provider": P,
        "bucket": "b",
        "dynamic": {"versioning_configuration": {"for_each": [1], "content": {"statuz": "x"}}}}}}}),
    );
    let r = validate(&d);
    assert!(
        r.with_rule(Rule::UnknownArgument).any(|d| {
            d.path
            == "resource.aws_s3_bucket_versioning.v.dynamic.versioning_configuration.content.statuz"
        }),
        "{r}"
    );
    // An unknown block type: terraform's "Unsupported block type", and min_items still applies.
    let d = doc(
        json!({"resource": {"aws_s3_bucket_versioning": {"v": {"provider": P,
        "bucket": "b",
        "dynamic": {"nope": {"for_each": [1], "content": {}}}}}}}),
    );
    let r = validate(&d);
    let got: Vec<(Rule, &str)> = r
        .diagnostics
        .iter()
        .map(|d| (d.rule, d.summary.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (Rule::UnknownArgument, "Unsupported block type"),
            (
                Rule::TooFewBlocks,
                "Insufficient versioning_configuration blocks"
            )
        ],
        "{r}"
    );
}

// ------------------------------------------------------------------ references

#[test]
fn declared_references_of_every_kind_pass() {
    clean(&doc(json!({
        "variable": {"env": {"type": "string"}},
        "locals": {"name": "x-${var.env}"},
        "module": {"m": {"source": "./m", "input": "${local.name}"}},
        "data": {"aws_region": {"r": {"provider": P}}},
        "ephemeral": {"aws_secretsmanager_random_password": {"pw": {"provider": P}}},
        "resource": {
            "aws_s3_bucket": {"b": {"provider": P, "bucket": "${local.name}-${data.aws_region.r.name}"}},
            "aws_secretsmanager_secret_version": {"v": {"provider": P, "secret_id": "x",
                "secret_string_wo": "${ephemeral.aws_secretsmanager_random_password.pw.random_password}"}}
        },
        "output": {
            "m": {"value": "${module.m.anything}"},
            "special": {"value": "${path.module}/${terraform.workspace}"},
            "fn": {"value": "${upper(aws_s3_bucket.b.bucket)}${provider::aws::arn_parse(aws_s3_bucket.b.arn).region}"},
            "for": {"value": "${[for k, v in aws_s3_bucket.b.tags : \"${k}=${v}\"]}"},
            "literal": {"value": "$${aws_s3_bucket.nope.id} %%{ nope }"}
        }
    })));
}

#[test]
fn undeclared_references_of_every_kind() {
    let cases = [
        (
            "${aws_s3_bucket.nope.id}",
            "Reference to undeclared resource",
            r#"A managed resource "aws_s3_bucket" "nope" has not been declared in the root module."#,
        ),
        (
            "${data.aws_region.x.name}",
            "Reference to undeclared resource",
            r#"A data resource "aws_region" "x" has not been declared in the root module."#,
        ),
        (
            "${ephemeral.aws_kms_secrets.x.plaintext}",
            "Reference to undeclared resource",
            r#"An ephemeral resource "aws_kms_secrets" "x" has not been declared in the root module."#,
        ),
        (
            "${module.m.x}",
            "Reference to undeclared module",
            r#"No module call named "m" is declared in the root module."#,
        ),
        (
            "${var.nope}",
            "Reference to undeclared input variable",
            r#"An input variable with the name "nope" has not been declared. This variable can be declared with a variable "nope" {} block."#,
        ),
        (
            "${local.nope}",
            "Reference to undeclared local value",
            r#"A local value with the name "nope" has not been declared."#,
        ),
        (
            "${foo.bar}",
            "Reference to undeclared resource",
            r#"A managed resource "foo" "bar" has not been declared in the root module."#,
        ),
        (
            "%{ if aws_s3_bucket.nope.id == \"\" }a%{ endif }",
            "Reference to undeclared resource",
            r#"A managed resource "aws_s3_bucket" "nope" has not been declared in the root module."#,
        ),
        (
            "${\"${aws_s3_bucket.nope.id}\"}",
            "Reference to undeclared resource",
            r#"A managed resource "aws_s3_bucket" "nope" has not been declared in the root module."#,
        ),
        (
            "${try(aws_s3_bucket.nope.id, \"\")}",
            "Reference to undeclared resource",
            r#"A managed resource "aws_s3_bucket" "nope" has not been declared in the root module."#,
        ),
    ];
    for (expr, summary, message) in cases {
        let d = output(expr, json!({}));
        let diag = only(&d, Rule::UndeclaredReference, "output.o.value");
        assert_eq!(
            (diag.summary.as_str(), diag.message.as_str()),
            (summary, message),
            "{expr}"
        );
    }
    // Object keys are templates too.
    let d = doc(json!({"resource": {"aws_s3_bucket": {"b": {"provider": P,
        "tags": {"${aws_s3_bucket.nope.id}": "x"}}}}}));
    only(
        &d,
        Rule::UndeclaredReference,
        r#"resource.aws_s3_bucket.b.tags["${aws_s3_bucket.nope.id}"]"#,
    );
}

#[test]
fn attribute_traversals_follow_the_schema() {
    let versioning = json!({"aws_s3_bucket_versioning": {"v": {"provider": P, "bucket": "x",
        "versioning_configuration": {"status": "Enabled"}}}});
    let sse = json!({"aws_s3_bucket_server_side_encryption_configuration": {"e": {"provider": P,
        "bucket": "x", "rule": [{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}]}}});
    let instance =
        json!({"aws_instance": {"i": {"provider": P, "ami": "x", "instance_type": "t3.micro"}}});
    let sg = json!({"aws_security_group": {"s": {"provider": P}}});
    let none = json!({});
    let ok = [
        (
            "${aws_s3_bucket_versioning.v.versioning_configuration[0].status}",
            &versioning,
        ),
        (
            "${aws_s3_bucket_versioning.v.versioning_configuration.0.status}",
            &versioning,
        ),
        (
            "${aws_s3_bucket_versioning.v.versioning_configuration}",
            &versioning,
        ),
        (
            "${aws_s3_bucket_server_side_encryption_configuration.e.rule[*].bucket_key_enabled}",
            &sse,
        ),
        (
            "${aws_s3_bucket.b.tags.any_key}${aws_s3_bucket.b.tags[\"k\"]}",
            &none,
        ),
        ("${aws_s3_bucket.b}", &none),
        ("${aws_s3_bucket.b.arn}", &none),
        ("${aws_instance.i.vpc_security_group_ids}", &instance),
        ("${aws_s3_bucket.b[var.i].arn}", &none),
    ];
    for (expr, res) in ok {
        let d = output(expr, res.clone());
        let d = if expr.contains("var.i") {
            let mut d = d;
            d["variable"] = json!({"i": {}});
            d
        } else {
            d
        };
        let r = validate(&d);
        // `aws_s3_bucket.b[var.i]` is an index on a resource without count: the static part
        // stops at the computed index, as in HCL, so terraform reports nothing statically.
        assert!(r.diagnostics.is_empty(), "{expr}:\n{r}");
    }
    let bad = [
        (
            "${aws_s3_bucket.b.nope}",
            &none,
            "Unsupported attribute",
            r#"This object has no argument, nested block, or exported attribute named "nope"."#,
        ),
        (
            "${aws_s3_bucket.b.bukcet}",
            &none,
            "Unsupported attribute",
            r#"This object has no argument, nested block, or exported attribute named "bukcet". Did you mean "bucket"?"#,
        ),
        (
            "${aws_s3_bucket.b.arn.foo}",
            &none,
            "Unsupported attribute",
            "Can't access attributes on a primitive-typed value (string).",
        ),
        (
            "${aws_s3_bucket.b.arn[0]}",
            &none,
            "Invalid index",
            "This value does not have any indices.",
        ),
        (
            "${aws_s3_bucket_versioning.v.versioning_configuration.status}",
            &versioning,
            "Invalid operation",
            r#"Block type "versioning_configuration" is represented by a list of objects, so it must be indexed using a numeric key, like .versioning_configuration[0]."#,
        ),
        (
            "${aws_s3_bucket_versioning.v.versioning_configuration[0].nope}",
            &versioning,
            "Unsupported attribute",
            r#"This object has no argument, nested block, or exported attribute named "nope"."#,
        ),
        (
            "${aws_s3_bucket_server_side_encryption_configuration.e.rule[0].bucket_key_enabled}",
            &sse,
            "Cannot index a set value",
            r#"Block type "rule" is represented by a set of objects, and set elements do not have addressable keys. To find elements matching specific criteria, use a "for" expression with an "if" clause."#,
        ),
        (
            "${aws_instance.i.vpc_security_group_ids[0]}",
            &instance,
            "Invalid index",
            "Elements of a set are identified only by their value and don't have any separate index or key to select with, so it's only possible to perform operations across all elements of the set.",
        ),
        (
            "${aws_instance.i.vpc_security_group_ids.foo}",
            &instance,
            "Unsupported attribute",
            "This value does not have any attributes.",
        ),
        (
            "${aws_security_group.s.ingress.foo}",
            &sg,
            "Unsupported attribute",
            "Can't access attributes on a set of objects. Did you mean to access an attribute across all elements of the set?",
        ),
        (
            "${aws_s3_bucket.b.count}",
            &none,
            "Invalid resource count attribute",
            "The special \"count\" attribute is no longer supported after Terraform v0.12. Instead, use length(aws_s3_bucket.b) to count resource instances.",
        ),
    ];
    for (expr, res, summary, message) in bad {
        let d = output(expr, res.clone());
        let diag = only(&d, Rule::UnsupportedAttribute, "output.o.value");
        assert_eq!(
            (diag.summary.as_str(), diag.message.as_str()),
            (summary, message),
            "{expr}"
        );
    }
}

#[test]
fn object_typed_attribute_traversal() {
    let d = doc(json!({
        "data": {"aws_vpc": {"v": {"provider": P}}},
        "output": {"o": {"value": "${data.aws_vpc.v.cidr_block_associations[0].nope}"}}
    }));
    only_message(
        &d,
        Rule::UnsupportedAttribute,
        "output.o.value",
        r#"This object does not have an attribute named "nope"."#,
    );
    clean(&doc(json!({
        "data": {"aws_vpc": {"v": {"provider": P}}},
        "output": {"o": {"value": "${data.aws_vpc.v.cidr_block_associations[0].cidr_block}"}}
    })));
}

#[test]
fn instance_keys() {
    let counted = json!({"aws_s3_bucket": {"c": {"provider": P, "count": 2}}});
    clean(&output("${aws_s3_bucket.c[0].arn}", counted.clone()));
    clean(&output("${aws_s3_bucket.c[*].arn}", counted.clone()));
    clean(&output("${length(aws_s3_bucket.c)}", counted.clone()));
    only_message(
        &output("${aws_s3_bucket.c.arn}", counted),
        Rule::InstanceKey,
        "output.o.value",
        "Because aws_s3_bucket.c has \"count\" set, its attributes must be accessed on specific instances. For example, to correlate with indices of a referring resource, use: aws_s3_bucket.c[count.index]",
    );
    let each = json!({"aws_s3_bucket": {"e": {"provider": P, "for_each": {"a": "x"}}}});
    clean(&output("${aws_s3_bucket.e[\"a\"].arn}", each.clone()));
    let diag = only(
        &output("${aws_s3_bucket.e.arn}", each),
        Rule::InstanceKey,
        "output.o.value",
    );
    assert!(diag.message.ends_with("use: aws_s3_bucket.e[each.key]"));
    let diag = only(
        &output("${aws_s3_bucket.b[\"arn\"]}", json!({})),
        Rule::InstanceKey,
        "output.o.value",
    );
    assert_eq!(diag.summary, "Unexpected resource instance key");
}

#[test]
fn iteration_variables_are_not_references() {
    clean(&output(
        "${[for s in aws_s3_bucket.b.tags : s.id]}",
        json!({}),
    ));
    clean(&output(
        "%{ for s in aws_s3_bucket.b.tags }${s.id}%{ endfor }",
        json!({}),
    ));
}

// ------------------------------------------------------------------ meta-arguments

#[test]
fn depends_on_entries() {
    let with = |entry: Value| {
        doc(json!({"resource": {
            "aws_s3_bucket": {"b": {"provider": P}},
            "aws_s3_bucket_policy": {"p": {"provider": P, "bucket": "x", "policy": "{}",
                "depends_on": [entry]}}
        }}))
    };
    let path = "resource.aws_s3_bucket_policy.p.depends_on[0]";
    clean(&with(json!("aws_s3_bucket.b")));
    let cases = [
        (json!("nope"), "Invalid reference"),
        (json!("aws_s3_bucket.b.arn"), "Invalid depends_on reference"),
        (json!("${aws_s3_bucket.b}"), "Invalid expression"),
        (json!(7), "Invalid expression"),
        (
            json!("data.aws_region.x"),
            "Reference to undeclared resource",
        ),
        (json!("var.x"), "Reference to undeclared input variable"),
        (json!("module.m"), "Reference to undeclared module"),
        (
            json!("aws_s3_bucket.b[0]"),
            "Unexpected resource instance key",
        ),
    ];
    for (entry, summary) in cases {
        let diag = only(&with(entry.clone()), Rule::InvalidDependsOn, path);
        assert_eq!(diag.summary, summary, "{entry}");
    }
}

#[test]
fn provider_meta_argument() {
    let with = |provider: Value| {
        doc(json!({"resource": {"aws_s3_bucket": {"b": {"provider": provider}}}}))
    };
    clean(&with(json!("aws.dr")));
    let path = "resource.aws_s3_bucket.b.provider";
    let diag = only(
        &with(json!("${aws.primary}")),
        Rule::UndeclaredProvider,
        path,
    );
    assert_eq!(diag.summary, "Invalid provider configuration reference");
    only(&with(json!("aws.nope")), Rule::UndeclaredProvider, path);
    only(&with(json!("aws")), Rule::UndeclaredProvider, path);
    only(&with(json!(null)), Rule::MissingProvider, path);
    // With an unaliased aws provider block, "aws" names it.
    let mut d = with(json!("aws"));
    d["provider"]["aws"]
        .as_array_mut()
        .unwrap()
        .push(json!({"region": "eu-west-1"}));
    clean(&d);
    // Data sources and ephemeral resources need one too.
    let d = doc(json!({"data": {"aws_region": {"r": {}}}}));
    only(&d, Rule::MissingProvider, "data.aws_region.r.provider");
}

#[test]
fn provider_blocks_are_checked_against_the_provider_schema() {
    let d = json!({"provider": {"aws": [
        {"alias": "primary", "region": "us-east-1", "bogus": 1},
        {"alias": "dr", "region": "us-west-2", "default_tags": {"tags": {"a": "b"}}}
    ]}});
    only_message(
        &d,
        Rule::UnknownArgument,
        "provider.aws[0].bogus",
        r#"No argument or block type is named "bogus"."#,
    );
    let d = json!({"provider": {"aws": {"alias": "not valid", "region": "us-east-1"}}});
    only(&d, Rule::Structure, "provider.aws.alias");
}

#[test]
fn lifecycle() {
    let with = |lc: Value| {
        doc(json!({"resource": {"aws_s3_bucket": {"b": {"provider": P, "lifecycle": lc}}}}))
    };
    clean(&with(
        json!({"ignore_changes": ["tags[\"Name\"]", "bucket", "versioning[0].enabled"],
        "prevent_destroy": "true", "create_before_destroy": true}),
    ));
    clean(&with(json!({"ignore_changes": "all"})));
    let diag = only(
        &with(json!({"ignore_changes": ["tagz"]})),
        Rule::UnsupportedAttribute,
        "resource.aws_s3_bucket.b.lifecycle.ignore_changes[0]",
    );
    assert_eq!(
        diag.message,
        r#"This object has no argument, nested block, or exported attribute named "tagz". Did you mean "tags"?"#
    );
    let diag = only(
        &with(json!({"prevent_destroyz": true})),
        Rule::UnknownArgument,
        "resource.aws_s3_bucket.b.lifecycle.prevent_destroyz",
    );
    assert!(diag.message.ends_with(r#"Did you mean "prevent_destroy"?"#));
    only(
        &with(json!({"ignore_changes": true})),
        Rule::Structure,
        "resource.aws_s3_bucket.b.lifecycle.ignore_changes",
    );
}

#[test]
fn ephemeral_values_only_in_write_only_arguments() {
    let base = |resources: Value| {
        doc(json!({
            "variable": {"secret": {"type": "string", "ephemeral": true}},
            "ephemeral": {"aws_secretsmanager_random_password": {"pw": {"provider": P}}},
            "resource": resources
        }))
    };
    let pw = "${ephemeral.aws_secretsmanager_random_password.pw.random_password}";
    // Write-only: fine. Through ephemeralasnull: not ephemeral any more.
    clean(&base(
        json!({"aws_ssm_parameter": {"p": {"provider": P, "name": "n", "type": "String",
        "value_wo": pw, "value_wo_version": 1}}}),
    ));
    clean(&base(
        json!({"aws_ssm_parameter": {"p": {"provider": P, "name": "n", "type": "String",
        "value": "${ephemeralasnull(ephemeral.aws_secretsmanager_random_password.pw.random_password)}"}}}),
    ));
    // An ephemeral variable counts too.
    only_message(
        &base(
            json!({"aws_ssm_parameter": {"p": {"provider": P, "name": "n", "type": "String",
            "value": "${var.secret}"}}}),
        ),
        Rule::EphemeralValue,
        "resource.aws_ssm_parameter.p.value",
        r#"Ephemeral values are not valid for "value", because it is not a write-only attribute and must be persisted to state."#,
    );
    // Inside a nested block terraform names the block.
    only_message(
        &base(
            json!({"aws_s3_bucket_versioning": {"v": {"provider": P, "bucket": "x",
            "versioning_configuration": {"status": pw}}}}),
        ),
        Rule::EphemeralValue,
        "resource.aws_s3_bucket_versioning.v.versioning_configuration.status",
        r#"Ephemeral values are not valid for "versioning_configuration", because it is not an assignable attribute."#,
    );
    // Data sources too.
    let d = doc(json!({
        "ephemeral": {"aws_secretsmanager_random_password": {"pw": {"provider": P}}},
        "data": {"aws_ssm_parameter": {"p": {"provider": P, "name": pw}}}
    }));
    only(&d, Rule::EphemeralValue, "data.aws_ssm_parameter.p.name");
}

// ------------------------------------------------------------------ outputs and variables

#[test]
fn outputs_and_variables() {
    let d = json!({"output": {"o": {"description": "x"}}});
    only_message(
        &d,
        Rule::MissingArgument,
        "output.o.value",
        r#"The argument "value" is required, but no definition was found."#,
    );
    only(
        &json!({"output": {"o": {"value": "x", "bogus": 1}}}),
        Rule::UnknownArgument,
        "output.o.bogus",
    );
    only(
        &json!({"variable": {"v": {"typ": "string"}}}),
        Rule::UnknownArgument,
        "variable.v.typ",
    );
    clean(
        &json!({"variable": {"v": {"type": "string", "default": "${not.a.template}",
        "validation": {"condition": "${length(var.v) > 0}", "error_message": "empty"}}}}),
    );
}

// ------------------------------------------------------------------ report

#[test]
fn report_counts_and_display() {
    let d = doc(json!({
        "data": {"aws_region": {"r": {"provider": P}}},
        "ephemeral": {"aws_secretsmanager_random_password": {"pw": {"provider": P}}},
        "resource": {"aws_s3_bucket": {"a": {"provider": P}, "b": {"provider": P, "bucket_name": "x"}}}
    }));
    let r: Report = validate(&d);
    assert_eq!(
        (r.resources, r.data_sources, r.ephemeral_resources),
        (2, 1, 1)
    );
    assert!(!r.is_valid());
    assert_eq!(r.errors().count(), 1);
    assert_eq!(
        r.to_string(),
        "error: resource.aws_s3_bucket.b.bucket_name: No argument or block type is named \"bucket_name\". [unknown-argument]\n"
    );
    for rule in Rule::ALL {
        assert!(!rule.name().is_empty());
        assert_eq!(rule.to_string(), rule.name());
    }
}

// ------------------------------------------------------------------ robustness

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i32>().prop_map(Value::from),
        prop::sample::select(vec![
            "",
            "${",
            "${a.b",
            "${aws_s3_bucket.b.arn}",
            "$${x}",
            "%{ for x in y }",
            "${[for a in b : a.c]}",
            "aws.primary",
            "aws",
            "${\"\\\"}",
            "${data.x}",
            "${var}",
            "${a[\"",
            "//",
            "${x.y[*].z}",
        ])
        .prop_map(Value::from),
        "[a-z_./\\[\\]\"${}%~ ]{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "resource",
                    "data",
                    "ephemeral",
                    "provider",
                    "output",
                    "variable",
                    "locals",
                    "aws_s3_bucket",
                    "aws_s3_bucket_versioning",
                    "b",
                    "bucket",
                    "tags",
                    "versioning_configuration",
                    "status",
                    "dynamic",
                    "content",
                    "for_each",
                    "count",
                    "depends_on",
                    "lifecycle",
                    "ignore_changes",
                    "//",
                    "value",
                    "aws",
                    "alias",
                    "x",
                ])
                .prop_map(String::from),
                inner,
                0..4
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Any JSON: no panic, every diagnostic well formed, deterministic.
    #[test]
    fn never_panics_and_is_deterministic(v in arb_json()) {
        let r = validate(&v);
        for d in &r.diagnostics {
            prop_assert_eq!(d.severity, d.rule.severity());
            prop_assert!(!d.path.is_empty());
            prop_assert!(!d.message.contains('\n'));
        }
        prop_assert_eq!(r, validate(&v));
    }
}
