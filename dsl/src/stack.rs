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

use crate::backend::Backend;
use crate::body::Body;
use crate::error::Error;
use crate::expr::{Expr, Map, Number, RawExpr, Reference, Root, Step};
use crate::meta::{Lifecycle, Meta};
use crate::region::Region;

static NEXT_STACK_ID: AtomicU64 = AtomicU64::new(1);

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
        if primary == dr {
            return Err(Error::new(
                "regions.dr",
                format!("the DR region must differ from the primary region (both are {primary})"),
            ));
        }
        Ok(RegionPair {
            primary: self.aws_region("primary", primary)?,
            dr: self.aws_region("dr", dr)?,
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

    /// Records a problem to be reported at synth time.
    pub fn record_error(&self, error: Error) {
        self.inner.borrow_mut().errors.push(error);
    }

    fn push_node(
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

    fn with_node(&self, node: NodeRef, f: impl FnOnce(&mut Node)) {
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

/// Something that becomes a resource, data source or ephemeral resource when added to a
/// scope. Implemented by the generated typed bindings and by [`Untyped`].
pub trait Spec {
    /// The handle returned by [`Scope::add`]: typed attribute accessors.
    type Handle: From<NodeHandle>;
    /// Resource, data source or ephemeral resource.
    fn element_kind(&self) -> ElementKind;
    /// The Terraform type name, e.g. `aws_s3_bucket`.
    fn type_name(&self) -> &str;
    /// The arguments and blocks.
    fn into_body(self) -> Body;
}

/// A [`Spec`] whose Terraform type and block kind are known at compile time: every
/// generated binding. Lets policy code, name lookups and test assertions be keyed by the
/// Rust type (`names.of::<S3Bucket>(..)`, `synth.resources_of::<S3Bucket>()`) instead of a
/// type-name string that a typo silently breaks.
pub trait TypedSpec: Spec {
    /// The Terraform type name, e.g. `aws_s3_bucket`.
    const TYPE: &'static str;
    /// Resource, data source or ephemeral resource.
    const KIND: ElementKind;
}

/// An untyped resource, data source or ephemeral resource: the escape hatch for types or
/// attributes the typed bindings do not cover yet.
#[derive(Debug, Clone, PartialEq)]
pub struct Untyped {
    kind: ElementKind,
    type_name: String,
    body: Body,
}

impl Untyped {
    /// An untyped `resource` of `type_name`.
    pub fn resource(type_name: &str) -> Self {
        Untyped {
            kind: ElementKind::Resource,
            type_name: type_name.to_string(),
            body: Body::new(),
        }
    }

    /// An untyped `data` source of `type_name`.
    pub fn data(type_name: &str) -> Self {
        Untyped {
            kind: ElementKind::Data,
            type_name: type_name.to_string(),
            body: Body::new(),
        }
    }

    /// An untyped `ephemeral` resource of `type_name`.
    pub fn ephemeral(type_name: &str) -> Self {
        Untyped {
            kind: ElementKind::Ephemeral,
            type_name: type_name.to_string(),
            body: Body::new(),
        }
    }

    /// With argument `name` set to `value`.
    pub fn attr<T>(mut self, name: &str, value: impl Into<Expr<T>>) -> Self {
        self.body.set_attr(name, value);
        self
    }

    /// With one nested block `name` (emitted as an object).
    pub fn block(mut self, name: &str, block: Body) -> Self {
        self.body.set_block(name, block);
        self
    }

    /// With `block` appended to the list of nested blocks `name` (emitted as an array).
    pub fn blocks(mut self, name: &str, block: Body) -> Self {
        self.body.push_block(name, block);
        self
    }

    /// With `name` set to verbatim JSON (nothing escaped).
    pub fn json(mut self, name: &str, value: serde_json::Value) -> Self {
        self.body.set_json(name, value);
        self
    }
}

impl Spec for Untyped {
    type Handle = NodeHandle;
    fn element_kind(&self) -> ElementKind {
        self.kind
    }
    fn type_name(&self) -> &str {
        &self.type_name
    }
    fn into_body(self) -> Body {
        self.body
    }
}

/// A place in a stack to add things: a construct path and, for region scopes, the provider
/// configuration every resource added here uses.
#[derive(Debug, Clone)]
pub struct Scope {
    stack: Stack,
    path: Vec<String>,
    provider: Option<ProviderRef>,
    region: Option<Region>,
}

impl Scope {
    /// The stack this scope adds to.
    pub fn stack(&self) -> &Stack {
        &self.stack
    }

    /// The construct path below the stack.
    pub fn path(&self) -> &[String] {
        &self.path
    }

    /// The provider configuration used by resources added here, if any.
    pub fn provider(&self) -> Option<ProviderRef> {
        self.provider
    }

    /// The AWS region of this scope's provider, if it is a region scope.
    pub fn region(&self) -> Option<Region> {
        self.region
    }

    /// A child scope one path component deeper, with the same provider.
    pub fn child(&self, id: &str) -> Scope {
        let mut s = self.clone();
        s.path.push(id.to_string());
        s
    }

    /// Adds a resource, data source or ephemeral resource with construct id `id`; it uses
    /// this scope's provider.
    pub fn add<S: Spec>(&self, id: &str, spec: S) -> S::Handle {
        let mut path = self.path.clone();
        path.push(id.to_string());
        let kind = NodeKind::Element {
            kind: spec.element_kind(),
            type_name: spec.type_name().to_string(),
            body: spec.into_body(),
        };
        let node = self.stack.push_node(path, kind, self.provider);
        S::Handle::from(NodeHandle {
            stack: self.stack.clone(),
            node,
        })
    }

    /// Adds an output `id` with `value`.
    pub fn output<T>(&self, id: &str, value: impl Into<Expr<T>>) -> NodeHandle {
        self.output_with(id, Output::new(value))
    }

    /// Adds an output with description/sensitivity.
    pub fn output_with(&self, id: &str, output: Output) -> NodeHandle {
        let mut path = self.path.clone();
        path.push(id.to_string());
        let node = self.stack.push_node(path, NodeKind::Output(output), None);
        NodeHandle {
            stack: self.stack.clone(),
            node,
        }
    }

    /// Adds an input variable and returns a reference to it (`var.<id>`).
    pub fn variable<T>(&self, id: &str, variable: Variable) -> Expr<T> {
        let mut path = self.path.clone();
        path.push(id.to_string());
        let node = self
            .stack
            .push_node(path, NodeKind::Variable(variable), None);
        node_expr(node, vec![])
    }

    /// Adds a local value and returns a reference to it (`local.<id>`).
    pub fn local<T>(&self, id: &str, value: impl Into<Expr<T>>) -> Expr<T> {
        let mut path = self.path.clone();
        path.push(id.to_string());
        let node = self
            .stack
            .push_node(path, NodeKind::Local(value.into().into_raw()), None);
        node_expr(node, vec![])
    }
}

fn node_expr<T>(node: NodeRef, steps: Vec<Step>) -> Expr<T> {
    Expr::from_raw(RawExpr::Ref(Reference {
        root: Root::Node(node),
        steps,
    }))
}

/// A scope bound to one AWS region's provider configuration.
#[derive(Debug, Clone)]
pub struct RegionScope {
    scope: Scope,
    alias: String,
    region: Region,
}

impl RegionScope {
    /// The provider alias, e.g. `primary`.
    pub fn alias(&self) -> &str {
        &self.alias
    }

    /// The AWS region.
    pub fn aws_region(&self) -> Region {
        self.region
    }

    /// The provider configuration handle.
    pub fn provider_ref(&self) -> ProviderRef {
        self.scope
            .provider
            .expect("a region scope always has a provider")
    }

    /// Sets `default_tags` on this region's provider configuration.
    pub fn set_default_tags(&self, tags: &BTreeMap<String, String>) {
        let tags: Expr<Map<String>> = tags.clone().into();
        self.scope
            .stack
            .configure_provider(self.provider_ref(), |body| {
                body.set_block("default_tags", Body::new().attr("tags", tags));
            });
    }
}

impl std::ops::Deref for RegionScope {
    type Target = Scope;
    fn deref(&self) -> &Scope {
        &self.scope
    }
}

/// The primary and DR region of an active-passive stack. A module that needs both regions
/// takes a `&RegionPair`, so it cannot be built with one.
#[derive(Debug, Clone)]
pub struct RegionPair {
    /// The primary (active) region, alias `primary`.
    pub primary: RegionScope,
    /// The DR (passive) region, alias `dr`.
    pub dr: RegionScope,
}

impl RegionPair {
    /// Sets the same `default_tags` on both providers.
    pub fn with_default_tags(self, tags: &BTreeMap<String, String>) -> Self {
        self.primary.set_default_tags(tags);
        self.dr.set_default_tags(tags);
        self
    }

    /// Both regions, primary first.
    pub fn both(&self) -> [&RegionScope; 2] {
        [&self.primary, &self.dr]
    }

    /// A child scope of each region, e.g. `pair.child("network")`.
    pub fn child(&self, id: &str) -> [Scope; 2] {
        [self.primary.child(id), self.dr.child(id)]
    }
}

/// A handle on an added node: references to its attributes and its meta-arguments.
#[derive(Debug, Clone)]
pub struct NodeHandle {
    stack: Stack,
    node: NodeRef,
}

impl NodeHandle {
    /// The node's identity.
    pub fn node_ref(&self) -> NodeRef {
        self.node
    }

    /// The stack the node belongs to.
    pub fn stack(&self) -> &Stack {
        &self.stack
    }

    /// A reference to attribute (or nested block) `name`, e.g. `aws_s3_bucket.x.arn`.
    pub fn attr<T>(&self, name: &str) -> Expr<T> {
        node_expr(self.node, vec![Step::Attr(name.to_string())])
    }

    /// A reference to the whole object (`aws_s3_bucket.x`).
    pub fn whole<T>(&self) -> Expr<T> {
        node_expr(self.node, vec![])
    }

    /// Adds an explicit dependency on `other`.
    pub fn depends_on(&self, other: &NodeHandle) -> &Self {
        let other = other.node;
        self.stack.with_node(self.node, |n| {
            if !n.meta.depends_on.contains(&other) {
                n.meta.depends_on.push(other)
            }
        });
        self
    }

    /// Sets `count`.
    pub fn count(&self, count: impl Into<Expr<Number>>) -> &Self {
        let raw = count.into().into_raw();
        self.stack
            .with_node(self.node, |n| n.meta.count = Some(raw));
        self
    }

    /// Sets `for_each` (a map or a set of strings).
    pub fn for_each<T>(&self, collection: Expr<T>) -> &Self {
        let raw = collection.into_raw();
        self.stack
            .with_node(self.node, |n| n.meta.for_each = Some(raw));
        self
    }

    /// Sets the `lifecycle` block.
    pub fn lifecycle(&self, lifecycle: Lifecycle) -> &Self {
        self.stack
            .with_node(self.node, |n| n.meta.lifecycle = Some(lifecycle));
        self
    }

    /// Uses another provider configuration than the scope's.
    pub fn provider(&self, provider: ProviderRef) -> &Self {
        self.stack
            .with_node(self.node, |n| n.meta.provider = Some(provider));
        self
    }

    /// Pins the logical id (the Terraform name) instead of the one computed from the
    /// construct path. References taken earlier follow the pinned id.
    pub fn override_logical_id(&self, id: &str) -> &Self {
        let id = id.to_string();
        self.stack.with_node(self.node, |n| n.pinned_id = Some(id));
        self
    }

    /// Runs `f` on the node's body (escape hatch for arguments the typed setters lack).
    pub fn with_body(&self, f: impl FnOnce(&mut Body)) -> &Self {
        self.stack.with_node(self.node, |n| {
            if let NodeKind::Element { body, .. } = &mut n.kind {
                f(body)
            }
        });
        self
    }
}

impl AsRef<NodeHandle> for NodeHandle {
    fn as_ref(&self) -> &NodeHandle {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
