//! Stacks, scopes and the nodes they hold.
//!
//! A [`Stack`] is a cheap, clonable handle on shared state, so that module code can keep a
//! [`Scope`] per region and add to it without threading `&mut` borrows around. Construction
//! never fails part-way: problems found while adding (a bad construct id, say) are recorded
//! and reported all together when the stack is synthesized.

use std::cell::{Ref, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

mod handle;
mod node;
mod scope;
mod spec;

pub use handle::NodeHandle;
pub use node::{
    ElementKind, Node, NodeKind, NodeRef, Output, ProviderConfig, ProviderRef, RequiredProvider,
    Variable, AWS_PROVIDER_CONSTRAINT,
};
pub use scope::{RegionPair, RegionScope, Scope};
pub use spec::{Spec, TypedSpec, Untyped};

use crate::backend::Backend;
use crate::body::Body;
use crate::error::Error;
use crate::meta::Meta;
use crate::region::Region;

static NEXT_STACK_ID: AtomicU64 = AtomicU64::new(1);

/// Everything a stack holds. Read it through [`Stack::model`].
#[derive(Debug)]
pub struct StackModel {
    /// Process-unique id of the stack (to catch references across stacks).
    pub id: u64,
    /// The stack name (first component of every construct path).
    pub name: String,
    /// State backend.
    pub backend: Backend,
    /// `terraform.required_providers` by local name.
    pub required_providers: BTreeMap<String, RequiredProvider>,
    /// Provider configurations in the order added.
    pub providers: Vec<ProviderConfig>,
    /// Nodes in the order added.
    pub nodes: Vec<Node>,
    /// Problems recorded while building, reported at synth time.
    pub errors: Vec<Error>,
    /// Checks run on the finished model at synth time (see [`Stack::add_validation`]).
    pub validations: Vec<Validation>,
    /// Declared recovery and cost objectives (see [`Stack::set_objectives`]).
    pub objectives: Option<crate::objectives::Objectives>,
    /// Requirements the stack meets differently (see [`Stack::note_deviation`]).
    pub deviations: Vec<crate::objectives::Deviation>,
}

/// A check of a whole stack that synthesis runs after the author is done building: the
/// place for rules that hold over the finished model (naming, tagging and destroyability
/// policies), so a stack cannot be synthesized without them once they are registered.
/// The model itself knows nothing of any policy; whoever registers a validation owns it.
#[derive(Clone)]
pub struct Validation {
    /// What the check enforces, for diagnostics (e.g. `tfdr stack policy`).
    pub name: String,
    /// The check: every violation, each naming the construct path and the rule.
    pub check: Rc<ValidationFn>,
}

/// The function behind a [`Validation`].
pub type ValidationFn = dyn Fn(&StackModel) -> Vec<Error>;

impl std::fmt::Debug for Validation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Validation")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// A stack: one Terraform root module. Clone it freely; clones share the same stack.
#[derive(Debug, Clone)]
pub struct Stack {
    inner: Rc<RefCell<StackModel>>,
}

/// A construct id is one path component: non-empty and free of `/`.
fn check_construct_id(id: &str) -> Result<(), String> {
    if id.is_empty() {
        return Err("construct id must not be empty".into());
    }
    if id.contains('/') {
        return Err(format!(
            "construct id `{id}` must not contain `/` (it separates path components)"
        ));
    }
    Ok(())
}

/// Terraform identifier rule (aliases, local names).
pub(crate) fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_ascii_alphabetic() || c == '_' => {}
        _ => return false,
    }
    chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

impl Stack {
    /// A new, empty stack with a local backend.
    pub fn new(name: &str) -> Self {
        let mut errors = Vec::new();
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            errors.push(Error::new(
                "stack name",
                format!("`{name}` must be non-empty and use only A-Z, a-z, 0-9, `-` and `_`"),
            ));
        }
        Stack {
            inner: Rc::new(RefCell::new(StackModel {
                id: NEXT_STACK_ID.fetch_add(1, Ordering::Relaxed),
                name: name.to_string(),
                backend: Backend::Local,
                required_providers: BTreeMap::new(),
                providers: Vec::new(),
                nodes: Vec::new(),
                errors,
                validations: Vec::new(),
                objectives: None,
                deviations: Vec::new(),
            })),
        }
    }

    /// Read access to everything the stack holds.
    ///
    /// # Panics
    /// If called while the stack is being modified (it never is across a public call).
    pub fn model(&self) -> Ref<'_, StackModel> {
        self.inner.borrow()
    }

    /// The stack name.
    pub fn name(&self) -> String {
        self.inner.borrow().name.clone()
    }

    /// Declares the stack's recovery and cost objectives; synth records them in the
    /// stack's `"//".metadata.objectives` for `tfdr report`.
    pub fn set_objectives(&self, objectives: crate::objectives::Objectives) {
        self.inner.borrow_mut().objectives = Some(objectives);
    }

    /// Records that `requirement` is met by `design` instead of as written; synth lists
    /// every deviation in the stack's `"//".metadata.deviations` for `tfdr report`.
    pub fn note_deviation(&self, requirement: &str, design: &str) {
        self.inner
            .borrow_mut()
            .deviations
            .push(crate::objectives::Deviation {
                requirement: requirement.to_string(),
                design: design.to_string(),
            });
    }

    /// Sets the state backend.
    pub fn set_backend(&self, backend: Backend) {
        self.inner.borrow_mut().backend = backend;
    }

    /// Declares a required provider. `source` must be fully qualified (`namespace/name` or
    /// `host/namespace/name`); otherwise the stack fails to synthesize.
    pub fn require_provider(&self, local_name: &str, source: &str, version: &str) {
        let mut m = self.inner.borrow_mut();
        if source.split('/').count() < 2 || source.split('/').any(str::is_empty) {
            m.errors.push(Error::new(
                format!("terraform.required_providers.{local_name}.source"),
                format!("`{source}` must be fully qualified, e.g. `hashicorp/aws`"),
            ));
        }
        m.required_providers.insert(
            local_name.to_string(),
            RequiredProvider {
                source: source.to_string(),
                version: version.to_string(),
            },
        );
    }

    /// The root scope: no provider, empty path.
    pub fn root(&self) -> Scope {
        Scope {
            stack: self.clone(),
            path: Vec::new(),
            provider: None,
            region: None,
        }
    }

    /// Adds a provider configuration and returns its handle.
    ///
    /// # Errors
    /// A second configuration of the same provider with the same alias (or two default
    /// configurations), or an alias that is not a Terraform identifier.
    pub fn add_provider(&self, config: ProviderConfig) -> Result<ProviderRef, Error> {
        let mut m = self.inner.borrow_mut();
        let field = format!(
            "provider.{}{}",
            config.provider_type,
            config
                .alias
                .as_deref()
                .map(|a| format!(".{a}"))
                .unwrap_or_default()
        );
        if let Some(alias) = &config.alias {
            if !is_identifier(alias) {
                return Err(Error::new(
                    field,
                    format!("alias `{alias}` must start with a letter or `_` and use only letters, digits, `_` and `-`"),
                ));
            }
        }
        if m.providers
            .iter()
            .any(|p| p.provider_type == config.provider_type && p.alias == config.alias)
        {
            return Err(Error::new(
                field,
                "a provider configuration with this alias already exists",
            ));
        }
        m.providers.push(config);
        Ok(ProviderRef {
            stack: m.id,
            index: m.providers.len() - 1,
        })
    }

    /// Adds an `aws` provider configuration with `alias` for `region`, declares
    /// `hashicorp/aws` [`AWS_PROVIDER_CONSTRAINT`], and returns a scope whose resources
    /// use it.
    ///
    /// # Errors
    /// The alias is taken or invalid, or another aws configuration already targets
    /// `region` (two aliases for one region are almost always a copy-paste mistake).
    pub fn aws_region(&self, alias: &str, region: Region) -> Result<RegionScope, Error> {
        {
            let m = self.inner.borrow();
            if let Some(other) = m
                .providers
                .iter()
                .find(|p| p.provider_type == "aws" && p.region == Some(region))
            {
                return Err(Error::new(
                    format!("provider.aws.{alias}.region"),
                    format!(
                        "region {region} is already used by alias `{}`; each region gets one aws configuration",
                        other.alias.as_deref().unwrap_or("(default)")
                    ),
                ));
            }
        }
        let body = Body::new().attr("region", region.as_str());
        let provider = self.add_provider(ProviderConfig {
            provider_type: "aws".into(),
            alias: Some(alias.to_string()),
            region: Some(region),
            body,
        })?;
        if !self.inner.borrow().required_providers.contains_key("aws") {
            self.require_provider("aws", "hashicorp/aws", AWS_PROVIDER_CONSTRAINT);
        }
        Ok(RegionScope {
            scope: Scope {
                stack: self.clone(),
                path: Vec::new(),
                provider: Some(provider),
                region: Some(region),
            },
            alias: alias.to_string(),
            region,
        })
    }

    /// The usual active-passive pair: aliases `primary` and `dr`.
    ///
    /// # Errors
    /// The two regions are the same, or aliases `primary`/`dr` are already taken.
    pub fn region_pair(&self, primary: Region, dr: Region) -> Result<RegionPair, Error> {
        RegionPair::check(primary, dr)?;
        Ok(RegionPair {
            primary: self.aws_region("primary", primary)?,
            dr: self.aws_region("dr", dr)?,
        })
    }

    /// The scope of the `aws` configuration that [`Stack::aws_region`] added for `region`,
    /// if there is one (a stack has at most one per region): how a second caller finds a
    /// region's provider again instead of adding a duplicate, which `aws_region` rejects.
    pub fn aws_region_scope(&self, region: Region) -> Option<RegionScope> {
        let m = self.inner.borrow();
        let (index, cfg) = m
            .providers
            .iter()
            .enumerate()
            .find(|(_, p)| p.provider_type == "aws" && p.region == Some(region))?;
        Some(RegionScope {
            scope: Scope {
                stack: self.clone(),
                path: Vec::new(),
                provider: Some(ProviderRef { stack: m.id, index }),
                region: Some(region),
            },
            alias: cfg.alias.clone().unwrap_or_default(),
            region,
        })
    }

    /// Runs `f` on the body of a provider configuration (e.g. to add `assume_role`).
    pub fn configure_provider(&self, provider: ProviderRef, f: impl FnOnce(&mut Body)) {
        let mut m = self.inner.borrow_mut();
        if provider.stack != m.id {
            m.errors.push(Error::new(
                "provider",
                "provider configuration belongs to another stack",
            ));
            return;
        }
        if let Some(p) = m.providers.get_mut(provider.index) {
            f(&mut p.body);
        }
    }

    /// Registers a check that synthesis runs on the finished model; its errors are reported
    /// with every other problem and block the output. A validation with the same `name` as
    /// one already registered replaces it, so registering a policy twice runs it once.
    pub fn add_validation(&self, name: &str, check: impl Fn(&StackModel) -> Vec<Error> + 'static) {
        let mut m = self.inner.borrow_mut();
        m.validations.retain(|v| v.name != name);
        m.validations.push(Validation {
            name: name.to_string(),
            check: Rc::new(check),
        });
    }

    /// Runs every registered validation on the model, in registration order.
    pub fn run_validations(&self) -> Vec<Error> {
        let validations = self.inner.borrow().validations.clone();
        let m = self.inner.borrow();
        validations.iter().flat_map(|v| (v.check)(&m)).collect()
    }

    /// Records a problem to be reported at synth time.
    pub fn record_error(&self, error: Error) {
        self.inner.borrow_mut().errors.push(error);
    }

    pub(super) fn push_node(
        &self,
        path: Vec<String>,
        kind: NodeKind,
        provider: Option<ProviderRef>,
    ) -> NodeRef {
        let mut m = self.inner.borrow_mut();
        for id in &path {
            if let Err(rule) = check_construct_id(id) {
                let field = format!("{}/{}", m.name, path.join("/"));
                m.errors.push(Error::new(field, rule));
            }
        }
        m.nodes.push(Node {
            path,
            kind,
            pinned_id: None,
            meta: Meta {
                provider,
                ..Meta::default()
            },
        });
        NodeRef {
            stack: m.id,
            index: m.nodes.len() - 1,
        }
    }

    pub(super) fn with_node(&self, node: NodeRef, f: impl FnOnce(&mut Node)) {
        let mut m = self.inner.borrow_mut();
        if node.stack != m.id {
            m.errors.push(Error::new(
                "reference",
                "a handle from another stack was used to modify this stack",
            ));
            return;
        }
        if let Some(n) = m.nodes.get_mut(node.index) {
            f(n);
        }
    }

    /// The path a node was added under (for error messages).
    pub fn node_path(&self, node: NodeRef) -> Option<String> {
        let m = self.inner.borrow();
        if node.stack != m.id {
            return None;
        }
        m.nodes
            .get(node.index)
            .map(|n| format!("{}/{}", m.name, n.path.join("/")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expr::RawExpr;
    use crate::meta::Lifecycle;

    #[test]
    fn region_scope_resources_get_the_provider() {
        let stack = Stack::new("s");
        let pair = stack.region_pair(Region::UsEast1, Region::UsEast2).unwrap();
        let b = pair.dr.add("bucket", Untyped::resource("aws_s3_bucket"));
        let m = stack.model();
        let node = &m.nodes[b.node_ref().index];
        assert_eq!(node.meta.provider, Some(pair.dr.provider_ref()));
        assert_eq!(m.providers[1].alias.as_deref(), Some("dr"));
        assert_eq!(m.required_providers["aws"].source, "hashicorp/aws");
    }

    #[test]
    fn same_region_twice_is_rejected() {
        let stack = Stack::new("s");
        let e = stack
            .region_pair(Region::UsEast1, Region::UsEast1)
            .unwrap_err();
        assert_eq!(e.field, "regions.dr");
        stack.aws_region("primary", Region::EuCentral1).unwrap();
        let e = stack.aws_region("other", Region::EuCentral1).unwrap_err();
        assert!(e.rule.contains("already used"), "{e}");
    }

    #[test]
    fn third_region_is_allowed() {
        let stack = Stack::new("s");
        stack
            .region_pair(Region::EuCentral1, Region::EuCentral2)
            .unwrap();
        let global = stack.aws_region("global", Region::UsEast1).unwrap();
        assert_eq!(global.alias(), "global");
        assert_eq!(stack.model().providers.len(), 3);
    }

    #[test]
    fn a_regions_scope_is_found_again() {
        let stack = Stack::new("s");
        let pair = stack
            .region_pair(Region::EuCentral1, Region::EuCentral2)
            .unwrap();
        assert!(stack.aws_region_scope(Region::UsEast1).is_none());
        let global = stack.aws_region("global", Region::UsEast1).unwrap();
        let found = stack.aws_region_scope(Region::UsEast1).unwrap();
        assert_eq!(found.alias(), "global");
        assert_eq!(found.provider_ref(), global.provider_ref());
        assert_eq!(found.region(), Some(Region::UsEast1));
        let dr = stack.aws_region_scope(Region::EuCentral2).unwrap();
        assert_eq!(dr.provider_ref(), pair.dr.provider_ref());
        assert_eq!(stack.model().providers.len(), 3);
    }

    #[test]
    fn duplicate_alias_and_bad_alias_are_rejected() {
        let stack = Stack::new("s");
        stack.aws_region("primary", Region::UsEast1).unwrap();
        assert!(stack.aws_region("primary", Region::UsWest2).is_err());
        assert!(stack.aws_region("1bad", Region::UsWest1).is_err());
    }

    #[test]
    fn bad_construct_ids_are_recorded() {
        let stack = Stack::new("s");
        stack.root().add("a/b", Untyped::resource("x"));
        stack.root().add("", Untyped::resource("x"));
        assert_eq!(stack.model().errors.len(), 2);
    }

    #[test]
    fn meta_arguments_are_recorded() {
        let stack = Stack::new("s");
        let r = stack.aws_region("primary", Region::UsEast1).unwrap();
        let a = r.add("a", Untyped::resource("aws_s3_bucket"));
        let b = r.add("b", Untyped::resource("aws_s3_bucket"));
        b.depends_on(&a)
            .depends_on(&a)
            .count(2)
            .lifecycle(Lifecycle::new().ignore_changes(["tags"]));
        let m = stack.model();
        let meta = &m.nodes[1].meta;
        assert_eq!(meta.depends_on, vec![a.node_ref()]);
        assert_eq!(meta.count, Some(RawExpr::Number(2.into())));
        assert!(meta.lifecycle.is_some());
    }
}
