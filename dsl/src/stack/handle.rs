//! [`NodeHandle`]: references to an added node's attributes and its meta-arguments.

use super::node::{NodeKind, NodeRef, ProviderRef};
use super::scope::node_expr;
use super::Stack;
use crate::body::Body;
use crate::expr::{Expr, Number, Step};
use crate::meta::Lifecycle;

/// A handle on an added node: references to its attributes and its meta-arguments.
#[derive(Debug, Clone)]
pub struct NodeHandle {
    pub(super) stack: Stack,
    pub(super) node: NodeRef,
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
