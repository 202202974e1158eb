//! Meta-arguments shared by resources, data sources and ephemeral resources.

use crate::expr::RawExpr;
use crate::stack::{NodeRef, ProviderRef};

/// `ignore_changes` of a `lifecycle` block.
#[derive(Debug, Clone, PartialEq)]
pub enum IgnoreChanges {
    /// `ignore_changes = all`.
    All,
    /// A list of attribute paths, e.g. `tags`, `replication_source_identifier`.
    Attrs(Vec<String>),
}

/// The `lifecycle` block.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Lifecycle {
    /// Create the replacement before destroying the old object.
    pub create_before_destroy: Option<bool>,
    /// Refuse plans that destroy this object. tfdr's DR policy never sets it.
    pub prevent_destroy: Option<bool>,
    /// Attributes whose drift is ignored.
    pub ignore_changes: Option<IgnoreChanges>,
}

impl Lifecycle {
    /// An empty lifecycle block.
    pub fn new() -> Self {
        Lifecycle::default()
    }

    /// With `create_before_destroy`.
    pub fn create_before_destroy(mut self, v: bool) -> Self {
        self.create_before_destroy = Some(v);
        self
    }

    /// With `prevent_destroy`.
    pub fn prevent_destroy(mut self, v: bool) -> Self {
        self.prevent_destroy = Some(v);
        self
    }

    /// With `ignore_changes` listing these attributes.
    pub fn ignore_changes<I, S>(mut self, attrs: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.ignore_changes = Some(IgnoreChanges::Attrs(
            attrs.into_iter().map(Into::into).collect(),
        ));
        self
    }

    /// With `ignore_changes = all`.
    pub fn ignore_all_changes(mut self) -> Self {
        self.ignore_changes = Some(IgnoreChanges::All);
        self
    }
}

/// The meta-arguments of a node.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Meta {
    /// The provider configuration; required for every resource, data source and
    /// ephemeral resource at synth time.
    pub provider: Option<ProviderRef>,
    /// Explicit dependencies.
    pub depends_on: Vec<NodeRef>,
    /// `count`.
    pub count: Option<RawExpr>,
    /// `for_each`.
    pub for_each: Option<RawExpr>,
    /// `lifecycle`.
    pub lifecycle: Option<Lifecycle>,
}
