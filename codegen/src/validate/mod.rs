//! Checks a Terraform JSON document against the effective hashicorp/aws schema, before
//! terraform ever runs.
//!
//! [`validate`] takes a document as tfdr synthesizes it (top-level `resource`, `data`,
//! `ephemeral`, `provider`, `output`, `variable`, `locals`, `terraform`, `module`, `//`) and
//! returns every problem it finds, each with the JSON path of the offending value, the
//! [`Rule`] it breaks, terraform's summary and a message in terraform's words where
//! terraform has them.
//!
//! What it checks:
//!
//! | rule | what terraform would say |
//! | --- | --- |
//! | [`Rule::UnknownType`] | `The provider hashicorp/aws does not support resource type "aws_s3_bucketz".` |
//! | [`Rule::UnknownArgument`] | `No argument or block type is named "bucket_name".` |
//! | [`Rule::ComputedOnly`] | `Can't configure a value for "arn": its value will be decided automatically …` |
//! | [`Rule::MissingArgument`] | `The argument "bucket" is required, but no definition was found.` |
//! | [`Rule::WrongType`] | `Inappropriate value for attribute "enable_key_rotation": a bool is required.` |
//! | [`Rule::TooFewBlocks`] / [`Rule::TooManyBlocks`] | `At least 1 "x" blocks are required.` / `No more than 1 "x" blocks are allowed` |
//! | [`Rule::UndeclaredReference`] | `A managed resource "aws_s3_bucket" "nope" has not been declared in the root module.` |
//! | [`Rule::UnsupportedAttribute`] | `This object has no argument, nested block, or exported attribute named "nope".` |
//! | [`Rule::InstanceKey`] | `Because aws_x.y has "count" set, its attributes must be accessed on specific instances …` |
//! | [`Rule::UndeclaredProvider`] | `Provider configuration not present` (an alias no `provider` block declares) |
//! | [`Rule::MissingProvider`] | tfdr's own rule: every hashicorp/aws resource names its provider |
//! | [`Rule::InvalidDependsOn`] | a `depends_on` entry that names nothing, or an attribute |
//! | [`Rule::EphemeralValue`] | `Ephemeral values are not valid for "value", because it is not a write-only attribute …` |
//! | [`Rule::Structure`] | the document's shape (`Missing block label`, a block given as a string, …) |
//! | [`Rule::UncheckedProvider`] (warning) | a type of a provider other than hashicorp/aws: not checked |
//! | [`Rule::Deprecated`] (warning) | a deprecated argument set, or a deprecated attribute read |
//!
//! Guarantees and limits:
//! - It is **conservative**: a diagnostic means terraform (with aws 5.100.0 or 6.25.0)
//!   rejects the configuration, except for the two rules that are stricter on purpose:
//!   [`Rule::MissingProvider`], and [`Rule::UndeclaredProvider`] for a bare `"aws"` when no
//!   unaliased `aws` provider block exists (terraform silently uses an empty default
//!   configuration in both cases). Anything it cannot decide statically passes:
//!   expressions (`${…}`) are values of unknown type, traversals stop at splats and computed
//!   indexes, iteration variables of `for` and `dynamic` are not references.
//! - The schema is the effective one (what both aws 5.100.0 and 6.25.0 accept, see
//!   `codegen/schema/README.md`): "does not exist", "computed" and "required" are meant for
//!   both versions at once, so an argument only one version has, or one that became
//!   computed-only or required in 6.x, is reported although that one version would accept
//!   it. Ephemeral resource types are 5.100.0's.
//! - Only the schema is checked, not the provider's own validation functions (allowed
//!   values, "exactly one of", JSON policy syntax): `terraform validate` still finds those.
//! - `//` keys are comments in blocks (not inside attribute values, where they are data).
//! - The result is deterministic: diagnostics come in document order (top-level sections in
//!   a fixed order, keys in `serde_json`'s map order).
//! - Cost: the effective schema's header is loaded once per process (under 1 ms), then each
//!   type used is decoded once; a 60-resource stack validates in a few milliseconds
//!   (figures in `codegen/schema/README.md`).

mod check;
pub mod template;
pub mod types;

use std::fmt;

use serde_json::Value;

use crate::schema::EffectiveSchema;

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The configuration is invalid (for terraform, or by tfdr's own stricter rules).
    Error,
    /// Worth knowing; the configuration stays valid.
    Warning,
}

impl fmt::Display for Severity {
    /// `error` or `warning`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// The check a diagnostic comes from. [`Rule::name`] is its stable kebab-case name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    /// A resource, data source or ephemeral resource type the provider does not have.
    UnknownType,
    /// An argument or block type the schema does not have (also unknown top-level keys and
    /// unknown keys of `output`/`variable` blocks).
    UnknownArgument,
    /// A value for an attribute the provider computes (not settable).
    ComputedOnly,
    /// A required argument that is absent or `null`.
    MissingArgument,
    /// A literal that terraform cannot convert to the attribute's type.
    WrongType,
    /// Fewer nested blocks than the schema's `min_items`.
    TooFewBlocks,
    /// More nested blocks than the schema's `max_items` (or two of a single block).
    TooManyBlocks,
    /// A reference to an undeclared resource, data source, ephemeral resource, variable,
    /// local value or module.
    UndeclaredReference,
    /// A reference to an attribute or block the type does not have, or a step its type
    /// does not allow (indexing a set, an attribute of a string, …).
    UnsupportedAttribute,
    /// An index on a resource without `count`/`for_each`, or none on one with them.
    InstanceKey,
    /// A `provider` meta-argument naming an alias no `provider` block declares (terraform:
    /// "Provider configuration not present"), or malformed; for hashicorp/aws types also a
    /// bare `"aws"` when no unaliased `aws` block exists (tfdr's rule: terraform would use an
    /// empty configuration).
    UndeclaredProvider,
    /// A hashicorp/aws resource, data source or ephemeral resource without a `provider`
    /// meta-argument (tfdr's rule; terraform would use the default configuration).
    MissingProvider,
    /// A `depends_on` entry that is not a reference to a declared object.
    InvalidDependsOn,
    /// An ephemeral value in an argument that is not write-only.
    EphemeralValue,
    /// The document's shape: a section, label or block of the wrong JSON kind or empty.
    Structure,
    /// A type of a provider other than hashicorp/aws (warning: not checked).
    UncheckedProvider,
    /// A deprecated argument or attribute (warning).
    Deprecated,
}

impl Rule {
    /// The rule's stable kebab-case name, e.g. `unknown-argument`.
    pub fn name(self) -> &'static str {
        match self {
            Rule::UnknownType => "unknown-type",
            Rule::UnknownArgument => "unknown-argument",
            Rule::ComputedOnly => "computed-only",
            Rule::MissingArgument => "missing-argument",
            Rule::WrongType => "wrong-type",
            Rule::TooFewBlocks => "too-few-blocks",
            Rule::TooManyBlocks => "too-many-blocks",
            Rule::UndeclaredReference => "undeclared-reference",
            Rule::UnsupportedAttribute => "unsupported-attribute",
            Rule::InstanceKey => "instance-key",
            Rule::UndeclaredProvider => "undeclared-provider",
            Rule::MissingProvider => "missing-provider",
            Rule::InvalidDependsOn => "invalid-depends-on",
            Rule::EphemeralValue => "ephemeral-value",
            Rule::Structure => "structure",
            Rule::UncheckedProvider => "unchecked-provider",
            Rule::Deprecated => "deprecated",
        }
    }

    /// The severity every diagnostic of this rule has: [`Severity::Warning`] for
    /// [`Rule::UncheckedProvider`] and [`Rule::Deprecated`], [`Severity::Error`] otherwise.
    pub fn severity(self) -> Severity {
        match self {
            Rule::UncheckedProvider | Rule::Deprecated => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// Every rule, in declaration order.
    pub const ALL: [Rule; 17] = [
        Rule::UnknownType,
        Rule::UnknownArgument,
        Rule::ComputedOnly,
        Rule::MissingArgument,
        Rule::WrongType,
        Rule::TooFewBlocks,
        Rule::TooManyBlocks,
        Rule::UndeclaredReference,
        Rule::UnsupportedAttribute,
        Rule::InstanceKey,
        Rule::UndeclaredProvider,
        Rule::MissingProvider,
        Rule::InvalidDependsOn,
        Rule::EphemeralValue,
        Rule::Structure,
        Rule::UncheckedProvider,
        Rule::Deprecated,
    ];
}

impl fmt::Display for Rule {
    /// [`Rule::name`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One problem found in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Always `rule.severity()`.
    pub severity: Severity,
    /// The check that failed.
    pub rule: Rule,
    /// Where: a JSON path from the document root, keys joined with `.`, array indexes as
    /// `[i]`, keys that are not plain names as `["k"]`; e.g.
    /// `resource.aws_s3_bucket.logs.bucket_name` or `resource.x.y.rule[0].status`. For a
    /// missing argument, the path it should have.
    pub path: String,
    /// Terraform's one-line summary where it has one (`Extraneous JSON object property`).
    pub summary: String,
    /// The explanation, one line, in terraform's words where it has them
    /// (`No argument or block type is named "bucket_name".`).
    pub message: String,
}

impl fmt::Display for Diagnostic {
    /// `error: <path>: <message> [<rule>]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}: {} [{}]",
            self.severity, self.path, self.message, self.rule
        )
    }
}

/// Everything [`validate`] found, plus what it looked at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// All diagnostics, in document order.
    pub diagnostics: Vec<Diagnostic>,
    /// Number of managed resources declared (`resource.<type>.<name>`).
    pub resources: usize,
    /// Number of data sources declared.
    pub data_sources: usize,
    /// Number of ephemeral resources declared.
    pub ephemeral_resources: usize,
}

impl Report {
    /// True if there is no error (warnings allowed).
    pub fn is_valid(&self) -> bool {
        self.errors().next().is_none()
    }

    /// The error diagnostics.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
    }

    /// The warning diagnostics.
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
    }

    /// The diagnostics of one rule.
    pub fn with_rule(&self, rule: Rule) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(move |d| d.rule == rule)
    }

    /// `<name>: 2 errors, 1 warning`: the count line that follows the diagnostics of the
    /// document `name` on stderr, or `None` when there is no diagnostic (nothing to count).
    ///
    /// `tfdr validate FILE` and every stack program's `validate` print exactly this line, so
    /// scripts can rely on one format.
    pub fn tally(&self, name: &str) -> Option<String> {
        if self.diagnostics.is_empty() {
            return None;
        }
        Some(format!(
            "{name}: {}, {}",
            plural(self.errors().count(), "error", "errors"),
            plural(self.warnings().count(), "warning", "warnings")
        ))
    }

    /// `valid: <name>: 82 resources, 12 data sources, 0 ephemeral resources checked against
    /// hashicorp/aws 5.100.0 ∩ 6.25.0`: the one-line summary printed on stdout for a document
    /// without errors. The versions are those of the embedded effective schema
    /// ([`EffectiveSchema::load`]), which [`validate`] checks against.
    ///
    /// `tfdr validate FILE` and every stack program's `validate` print exactly this line.
    pub fn summary(&self, name: &str) -> String {
        let versions = EffectiveSchema::load().info().versions.join(" ∩ ");
        let provider = crate::schema::PROVIDER_ADDRESS.trim_start_matches("registry.terraform.io/");
        format!(
            "valid: {name}: {}, {}, {} checked against {provider} {versions}",
            plural(self.resources, "resource", "resources"),
            plural(self.data_sources, "data source", "data sources"),
            plural(
                self.ephemeral_resources,
                "ephemeral resource",
                "ephemeral resources"
            ),
        )
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl fmt::Display for Report {
    /// One [`Diagnostic`] per line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.diagnostics {
            writeln!(f, "{d}")?;
        }
        Ok(())
    }
}

/// Checks `doc` against the embedded effective schema ([`EffectiveSchema::load`]); see the
/// module documentation for what is checked. Never panics on any JSON input.
pub fn validate(doc: &Value) -> Report {
    validate_against(doc, EffectiveSchema::load())
}

/// [`validate`] against another effective schema (e.g. one built for a test).
pub fn validate_against(doc: &Value, schema: &EffectiveSchema) -> Report {
    check::Checker::new(schema, doc).run()
}
