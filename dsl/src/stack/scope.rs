//! Places to add things: [`Scope`], the region-bound [`RegionScope`] and the
//! active-passive [`RegionPair`].

use std::collections::BTreeMap;

use super::node::{NodeKind, NodeRef, Output, ProviderRef, Variable};
use super::{NodeHandle, Spec, Stack};
use crate::body::Body;
use crate::error::Error;
use crate::expr::{Expr, Map, RawExpr, Reference, Root, Step};
use crate::region::Region;

/// A place in a stack to add things: a construct path and, for region scopes, the provider
/// configuration every resource added here uses.
#[derive(Debug, Clone)]
pub struct Scope {
    pub(super) stack: Stack,
    pub(super) path: Vec<String>,
    pub(super) provider: Option<ProviderRef>,
    pub(super) region: Option<Region>,
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
    ///
    /// Generic only in its signature: the work is in a non-generic function of this crate,
    /// so a stack program compiles no copy of it per resource type (its release rebuild
    /// time is the stack's own code, ARCHITECTURE.md "Architecture invariants").
    pub fn add<S: Spec>(&self, id: &str, spec: S) -> S::Handle {
        let kind = spec.element_kind();
        let type_name = spec.type_name().to_string();
        S::Handle::from(self.add_element(id, kind, type_name, spec.into_body()))
    }

    fn add_element(
        &self,
        id: &str,
        kind: super::ElementKind,
        type_name: String,
        body: Body,
    ) -> NodeHandle {
        let mut path = self.path.clone();
        path.push(id.to_string());
        let kind = NodeKind::Element {
            kind,
            type_name,
            body,
        };
        let node = self.stack.push_node(path, kind, self.provider);
        NodeHandle {
            stack: self.stack.clone(),
            node,
        }
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

pub(super) fn node_expr<T>(node: NodeRef, steps: Vec<Step>) -> Expr<T> {
    Expr::from_raw(RawExpr::Ref(Reference {
        cross_region: false,
        root: Root::Node(node),
        steps,
    }))
}

/// A scope bound to one AWS region's provider configuration.
#[derive(Debug, Clone)]
pub struct RegionScope {
    pub(super) scope: Scope,
    pub(super) alias: String,
    pub(super) region: Region,
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
    /// The rule a pair's regions follow: the DR region differs from the primary (a "DR"
    /// copy in the same region survives nothing a region outage takes down).
    ///
    /// # Errors
    /// Both are the same region (field `regions.dr`).
    pub fn check(primary: Region, dr: Region) -> Result<(), Error> {
        if primary == dr {
            return Err(Error::new(
                "regions.dr",
                format!("the DR region must differ from the primary region (both are {primary})"),
            ));
        }
        Ok(())
    }

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
