//! The nodes a stack holds and the ids that point at them.

use crate::body::Body;
use crate::expr::{Expr, RawExpr};
use crate::meta::Meta;
use crate::region::Region;

/// Identifies a node (resource, data source, ephemeral resource, output, variable, local)
/// of one stack. References hold a `NodeRef` and are resolved to Terraform addresses at
/// synth time, so a logical id can be pinned after references to the node were taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeRef {
    /// The stack the node belongs to.
    pub stack: u64,
    /// The node's position in that stack.
    pub index: usize,
}

/// Identifies a provider configuration of one stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ProviderRef {
    /// The stack the configuration belongs to.
    pub stack: u64,
    /// The configuration's position in that stack.
    pub index: usize,
}

/// `terraform.required_providers` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequiredProvider {
    /// Fully qualified source, e.g. `hashicorp/aws`.
    pub source: String,
    /// Version constraint, e.g. `>= 5.100.0, < 7.0.0`.
    pub version: String,
}

/// The version constraint tfdr emits for `hashicorp/aws`: what its output is checked
/// against (the real 5.100.0 provider and the 6.x schema).
pub const AWS_PROVIDER_CONSTRAINT: &str = ">= 5.100.0, < 7.0.0";

/// One provider configuration (`provider "aws" { alias = ... }`).
#[derive(Debug, Clone, PartialEq)]
pub struct ProviderConfig {
    /// Provider local name, e.g. `aws`.
    pub provider_type: String,
    /// The alias; `None` is the default configuration.
    pub alias: Option<String>,
    /// The AWS region this configuration targets, when it is an AWS region scope.
    pub region: Option<Region>,
    /// Arguments and nested blocks (`region`, `default_tags`, `assume_role`, …).
    pub body: Body,
}

/// A `variable` block.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Variable {
    /// Terraform type constraint, e.g. `string` or `list(string)`.
    pub type_constraint: Option<String>,
    /// Default value: a literal, never templated, so never escaped.
    pub default: Option<serde_json::Value>,
    /// Description (literal).
    pub description: Option<String>,
    /// Hide the value in plan output.
    pub sensitive: bool,
    /// Whether `null` is accepted.
    pub nullable: Option<bool>,
}

impl Variable {
    /// A variable of the given type constraint.
    pub fn new(type_constraint: &str) -> Self {
        Variable {
            type_constraint: Some(type_constraint.to_string()),
            ..Variable::default()
        }
    }

    /// With a default value.
    pub fn default_value(mut self, v: serde_json::Value) -> Self {
        self.default = Some(v);
        self
    }

    /// With a description.
    pub fn description(mut self, d: &str) -> Self {
        self.description = Some(d.to_string());
        self
    }

    /// Marked sensitive.
    pub fn sensitive(mut self) -> Self {
        self.sensitive = true;
        self
    }
}

/// An `output` block.
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    /// The value.
    pub value: RawExpr,
    /// Description (literal).
    pub description: Option<String>,
    /// Hide the value in CLI output.
    pub sensitive: bool,
}

impl Output {
    /// An output of `value`.
    pub fn new<T>(value: impl Into<Expr<T>>) -> Self {
        Output {
            value: value.into().into_raw(),
            description: None,
            sensitive: false,
        }
    }

    /// With a description.
    pub fn description(mut self, d: &str) -> Self {
        self.description = Some(d.to_string());
        self
    }

    /// Marked sensitive.
    pub fn sensitive(mut self) -> Self {
        self.sensitive = true;
        self
    }
}

/// Which top-level block a resource-like node lands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ElementKind {
    /// `resource`.
    Resource,
    /// `data`.
    Data,
    /// `ephemeral` (Terraform ≥ 1.10).
    Ephemeral,
}

impl ElementKind {
    /// The top-level JSON key: `resource`, `data` or `ephemeral`.
    pub fn block_name(self) -> &'static str {
        match self {
            ElementKind::Resource => "resource",
            ElementKind::Data => "data",
            ElementKind::Ephemeral => "ephemeral",
        }
    }
}

/// What a node is.
#[derive(Debug, Clone, PartialEq)]
pub enum NodeKind {
    /// A resource, data source or ephemeral resource.
    Element {
        /// Which one.
        kind: ElementKind,
        /// The Terraform type, e.g. `aws_s3_bucket`.
        type_name: String,
        /// Its arguments and blocks.
        body: Body,
    },
    /// An output.
    Output(Output),
    /// An input variable.
    Variable(Variable),
    /// A local value.
    Local(RawExpr),
}

/// A node of a stack.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The construct path below the stack, e.g. `["network", "primary", "vpc"]`.
    pub path: Vec<String>,
    /// What it is.
    pub kind: NodeKind,
    /// A logical id pinned by the author, used instead of the computed one.
    pub pinned_id: Option<String>,
    /// Meta-arguments.
    pub meta: Meta,
}
