//! One fixture per validator error class (`tests/fixtures/validate/<class>.tf.json`), plus a
//! valid one: each is checked by `tfdr_codegen::validate` for its expected diagnostic, and by
//! real `terraform validate` (aws 5.100.0 from the offline mirror) so that tfdr and terraform
//! agree on valid/invalid — or, for the two rules where tfdr is stricter on purpose, so that
//! the disagreement is exactly the documented one.
//!
//! All fixtures but one are validated with a single `init` + `validate` (each fixture a child
//! module of one root). To keep that to ~3 s and two provider processes (terraform starts
//! one ~400 MB aws provider per provider *configuration*), the batch moves each fixture's
//! two `provider "aws"` blocks to the root and passes them in (`providers = {aws.primary =
//! aws.primary, aws.dr = aws.dr}`, `configuration_aliases` in the child): the same aliases,
//! the same resources. Only the fixtures about provider selection keep their own provider
//! blocks, so terraform judges exactly the fixture. `undeclared_provider` gets its own run:
//! terraform reports a missing provider configuration while building the graph, without a
//! source location, and stops there, which would hide every other module's diagnostics.

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde_json::Value;
use tfdr_codegen::validate::{validate, Rule, Severity};
use tfdr_testing::terraform::{Severity as TfSeverity, Terraform, Validation};
use validate_common::{root_providers, with_providers_passed_in};

mod validate_common;

/// What terraform says about a fixture.
#[derive(Debug, Clone, Copy)]
enum Verdict {
    /// Valid, no diagnostics.
    Valid,
    /// Valid with a warning of this summary.
    Warns(&'static str),
    /// Invalid, with an error of this summary.
    Rejects(&'static str),
    /// Valid: terraform silently falls back to the default `aws` provider configuration
    /// (an empty one, since none is declared). tfdr rejects it on purpose: a DR stack must say
    /// which region every object lives in.
    AcceptsButTfdrIsStricter,
}

struct Case {
    fixture: &'static str,
    /// The diagnostic tfdr must report (None: no diagnostics at all).
    expect: Option<(Rule, &'static str, &'static str)>,
    /// Other rules tfdr also reports for this fixture (terraform reports the same follow-up).
    also: &'static [Rule],
    terraform: Verdict,
}

const CASES: &[Case] = &[
    Case {
        fixture: "valid",
        expect: None,
        also: &[],
        terraform: Verdict::Valid,
    },
    Case {
        fixture: "unknown_type",
        expect: Some((
            Rule::UnknownType,
            "resource.aws_s3_bucketz.b",
            r#"The provider hashicorp/aws does not support resource type "aws_s3_bucketz". Did you mean "aws_s3_bucket"?"#,
        )),
        also: &[],
        terraform: Verdict::Rejects("Invalid resource type"),
    },
    Case {
        fixture: "unknown_argument",
        expect: Some((
            Rule::UnknownArgument,
            "resource.aws_s3_bucket.logs.bucket_name",
            r#"No argument or block type is named "bucket_name"."#,
        )),
        also: &[],
        terraform: Verdict::Rejects("Extraneous JSON object property"),
    },
    Case {
        fixture: "computed_only",
        expect: Some((
            Rule::ComputedOnly,
            "resource.aws_s3_bucket.b.arn",
            r#"Can't configure a value for "arn": its value will be decided automatically based on the result of applying this configuration."#,
        )),
        also: &[],
        terraform: Verdict::Rejects("Value for unconfigurable attribute"),
    },
    Case {
        fixture: "missing_argument",
        expect: Some((
            Rule::MissingArgument,
            "resource.aws_s3_bucket_versioning.v.bucket",
            r#"The argument "bucket" is required, but no definition was found."#,
        )),
        also: &[],
        terraform: Verdict::Rejects("Missing required argument"),
    },
    Case {
        fixture: "wrong_type",
        expect: Some((
            Rule::WrongType,
            "resource.aws_kms_key.k.enable_key_rotation",
            r#"Inappropriate value for attribute "enable_key_rotation": a bool is required."#,
        )),
        also: &[],
        terraform: Verdict::Rejects("Incorrect attribute value type"),
    },
    Case {
        fixture: "too_few_blocks",
        expect: Some((
            Rule::TooFewBlocks,
            "resource.aws_s3_bucket_versioning.v.versioning_configuration",
            r#"At least 1 "versioning_configuration" blocks are required."#,
        )),
        also: &[],
        terraform: Verdict::Rejects("Insufficient versioning_configuration blocks"),
    },
    Case {
        fixture: "too_many_blocks",
        expect: Some((
            Rule::TooManyBlocks,
            "resource.aws_s3_bucket_versioning.v.versioning_configuration",
            r#"No more than 1 "versioning_configuration" blocks are allowed"#,
        )),
        also: &[],
        terraform: Verdict::Rejects("Too many versioning_configuration blocks"),
    },
    Case {
        fixture: "undeclared_reference",
        expect: Some((
            Rule::UndeclaredReference,
            "resource.aws_s3_bucket_policy.p.bucket",
            r#"A managed resource "aws_s3_bucket" "nope" has not been declared in the root module."#,
        )),
        also: &[],
        terraform: Verdict::Rejects("Reference to undeclared resource"),
    },
    Case {
        fixture: "unsupported_attribute",
        expect: Some((
            Rule::UnsupportedAttribute,
            "output.name.value",
            r#"This object has no argument, nested block, or exported attribute named "bukcet". Did you mean "bucket"?"#,
        )),
        also: &[],
        terraform: Verdict::Rejects("Unsupported attribute"),
    },
    Case {
        fixture: "instance_key",
        expect: Some((
            Rule::InstanceKey,
            "output.arn.value",
            r#"Because aws_s3_bucket.b does not have "count" or "for_each" set, references to it must not include an index key. Remove the bracketed index to refer to the single instance of this resource."#,
        )),
        also: &[],
        terraform: Verdict::Rejects("Unexpected resource instance key"),
    },
    Case {
        fixture: "undeclared_provider",
        expect: Some((
            Rule::UndeclaredProvider,
            "resource.aws_s3_bucket.b.provider",
            r#"There is no provider "aws" configuration with alias "nope" (declared: aws.primary, aws.dr)."#,
        )),
        // Terraform agrees it is invalid, but its detail is misleading for a new
        // configuration ("… has been removed. This occurs when a provider configuration is
        // removed while objects created by that provider still exist in the state"), and it
        // has no source location; tfdr keeps the summary and says what is wrong instead.
        also: &[],
        terraform: Verdict::Rejects("Provider configuration not present"),
    },
    Case {
        fixture: "missing_provider",
        expect: Some((
            Rule::MissingProvider,
            "resource.aws_s3_bucket.b.provider",
            r#"No "provider" argument: terraform would silently use an empty default aws provider configuration; tfdr requires every resource, data source and ephemeral resource to name its provider configuration, e.g. "aws.primary" (declared: aws.primary, aws.dr)."#,
        )),
        also: &[],
        terraform: Verdict::AcceptsButTfdrIsStricter,
    },
    Case {
        fixture: "default_provider",
        expect: Some((
            Rule::UndeclaredProvider,
            "resource.aws_s3_bucket.b.provider",
            r#"There is no default provider "aws" configuration (a provider block without alias); terraform would silently use an empty one (declared: aws.primary, aws.dr)."#,
        )),
        also: &[],
        terraform: Verdict::AcceptsButTfdrIsStricter,
    },
    Case {
        fixture: "invalid_depends_on",
        expect: Some((
            Rule::InvalidDependsOn,
            "resource.aws_s3_bucket_policy.p.depends_on[0]",
            r#"A managed resource "aws_s3_bucket" "nope" has not been declared in the root module."#,
        )),
        also: &[],
        terraform: Verdict::Rejects("Reference to undeclared resource"),
    },
    Case {
        fixture: "ephemeral_value",
        expect: Some((
            Rule::EphemeralValue,
            "resource.aws_ssm_parameter.p.value",
            r#"Ephemeral values are not valid for "value", because it is not a write-only attribute and must be persisted to state."#,
        )),
        also: &[],
        terraform: Verdict::Rejects("Invalid use of ephemeral value"),
    },
    Case {
        fixture: "structure",
        expect: Some((
            Rule::Structure,
            "resource.aws_s3_bucket_versioning.v.versioning_configuration",
            r#"Either a JSON object or a JSON array is required, representing the contents of one or more "versioning_configuration" blocks."#,
        )),
        // A block given as a string counts as no block (terraform says both, too).
        also: &[Rule::TooFewBlocks],
        terraform: Verdict::Rejects("Incorrect JSON value type"),
    },
    Case {
        fixture: "deprecated",
        expect: Some((
            Rule::Deprecated,
            "resource.aws_s3_bucket.b.acl",
            r#"The argument "acl" is deprecated (hashicorp/aws 5.100.0); see the provider documentation."#,
        )),
        also: &[],
        terraform: Verdict::Warns("Argument is deprecated"),
    },
];

/// Needs its own terraform run (see the module docs).
const ALONE: &str = "undeclared_provider";

fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/validate")
}

fn load(name: &str) -> Value {
    let path = fixture_dir().join(format!("{name}.tf.json"));
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_fixture_is_in_the_table_and_vice_versa() {
    let on_disk: BTreeSet<String> = std::fs::read_dir(fixture_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter_map(|n| n.strip_suffix(".tf.json").map(str::to_string))
        .collect();
    let in_table: BTreeSet<String> = CASES.iter().map(|c| c.fixture.to_string()).collect();
    assert_eq!(on_disk, in_table);
    // Every error rule that a fixture can show is covered by one.
    let covered: BTreeSet<Rule> = CASES.iter().filter_map(|c| c.expect.map(|e| e.0)).collect();
    for rule in Rule::ALL {
        if rule != Rule::UncheckedProvider {
            assert!(covered.contains(&rule), "no fixture for {rule}");
        }
    }
}

#[test]
fn tfdr_reports_each_fixtures_diagnostic() {
    for case in CASES {
        let report = validate(&load(case.fixture));
        match case.expect {
            None => assert!(
                report.diagnostics.is_empty(),
                "{}: expected no diagnostics:\n{report}",
                case.fixture
            ),
            Some((rule, path, message)) => {
                assert!(
                    report
                        .diagnostics
                        .iter()
                        .any(|d| d.rule == rule && d.path == path && d.message == message),
                    "{}: expected {rule} at {path}: {message}\ngot:\n{report}",
                    case.fixture
                );
                let rules: BTreeSet<Rule> = report.diagnostics.iter().map(|d| d.rule).collect();
                let expected: BTreeSet<Rule> = std::iter::once(rule)
                    .chain(case.also.iter().copied())
                    .collect();
                assert_eq!(rules, expected, "{}:\n{report}", case.fixture);
                assert_eq!(
                    report.is_valid(),
                    rule.severity() == Severity::Warning,
                    "{}",
                    case.fixture
                );
            }
        }
    }
}

fn tfdr_valid(name: &str) -> bool {
    validate(&load(name)).is_valid()
}

fn check_agreement(case: &Case, tf_errors: &[String], tf_warnings: &[String], all: &Validation) {
    let name = case.fixture;
    let tfdr = tfdr_valid(name);
    match case.terraform {
        Verdict::Valid => {
            assert!(tfdr, "{name}: tfdr rejects what terraform should accept");
            assert!(
                tf_errors.is_empty() && tf_warnings.is_empty(),
                "{name}: terraform: {tf_errors:?} {tf_warnings:?}\n{all}"
            );
        }
        Verdict::Warns(summary) => {
            assert!(tfdr, "{name}: tfdr rejects");
            assert!(tf_errors.is_empty(), "{name}: {tf_errors:?}\n{all}");
            assert!(
                tf_warnings.iter().any(|s| s == summary),
                "{name}: terraform warnings {tf_warnings:?}, expected {summary:?}\n{all}"
            );
        }
        Verdict::Rejects(summary) => {
            assert!(!tfdr, "{name}: tfdr accepts what terraform rejects");
            assert!(
                tf_errors.iter().any(|s| s == summary),
                "{name}: terraform errors {tf_errors:?}, expected {summary:?}\n{all}"
            );
        }
        Verdict::AcceptsButTfdrIsStricter => {
            assert!(!tfdr, "{name}: tfdr should reject (stricter on purpose)");
            assert!(
                tf_errors.is_empty(),
                "{name}: terraform now rejects this too ({tf_errors:?}): update the docs\n{all}"
            );
        }
    }
}

fn summaries(v: &Validation, module: &str, severity: TfSeverity) -> Vec<String> {
    v.for_module(module)
        .filter(|d| d.severity == severity)
        .map(|d| d.summary.clone())
        .collect()
}

#[test]
fn terraform_agrees_with_tfdr_on_every_fixture() {
    let Some(tf) = Terraform::require_or_skip() else {
        return;
    };
    let mut wd = tf.workdir().expect("workdir");
    wd.write_json("providers.tf.json", &root_providers())
        .expect("write root providers");
    for case in CASES.iter().filter(|c| c.fixture != ALONE) {
        let doc = load(case.fixture);
        let keeps_providers = matches!(
            case.expect,
            Some((Rule::MissingProvider | Rule::UndeclaredProvider, _, _))
        );
        if keeps_providers {
            wd.add_module(case.fixture, &doc).expect("add module");
        } else {
            let (child, inputs) = with_providers_passed_in(doc);
            wd.add_module_with_inputs(case.fixture, &child, inputs)
                .expect("add module");
        }
    }
    let batch = wd.init_and_validate().expect("terraform validate ran");
    // Every diagnostic belongs to some fixture.
    for d in &batch.diagnostics {
        assert!(
            CASES.iter().any(|c| d.is_in_module(c.fixture)),
            "unattributed diagnostic: {d}"
        );
    }
    for case in CASES.iter().filter(|c| c.fixture != ALONE) {
        let errors = summaries(&batch, case.fixture, TfSeverity::Error);
        let warnings = summaries(&batch, case.fixture, TfSeverity::Warning);
        check_agreement(case, &errors, &warnings, &batch);
    }

    let case = CASES.iter().find(|c| c.fixture == ALONE).unwrap();
    let mut wd = tf.workdir().expect("workdir");
    wd.write_stack(&load(ALONE)).expect("write");
    let alone = wd.init_and_validate().expect("terraform validate ran");
    let errors: Vec<String> = alone.errors().map(|d| d.summary.clone()).collect();
    let warnings: Vec<String> = alone.warnings().map(|d| d.summary.clone()).collect();
    check_agreement(case, &errors, &warnings, &alone);
}
