//! `aws_partition` (data): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/partition>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The data `aws_partition`: required arguments in [`Partition::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`PartitionRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/partition>
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Partition {
    body: Body,
}
impl Partition {
    /// A new `Partition` (it has no required arguments).
    pub fn new() -> Self {
        Self::default()
    }
}
impl Builder for Partition {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl Partition {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_partition";
}
impl TypedSpec for Partition {
    const TYPE: &'static str = "aws_partition";
    const KIND: ElementKind = ElementKind::Data;
}
impl Spec for Partition {
    type Handle = PartitionRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Data
    }
    fn type_name(&self) -> &str {
        "aws_partition"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A data `aws_partition` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/partition>
#[derive(Debug, Clone)]
pub struct PartitionRef(NodeHandle);
impl From<NodeHandle> for PartitionRef {
    fn from(node: NodeHandle) -> Self {
        PartitionRef(node)
    }
}
impl std::ops::Deref for PartitionRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl PartitionRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `dns_suffix`: computed; Terraform type `string`.
    pub fn dns_suffix(&self) -> Expr<String> {
        self.0.attr("dns_suffix")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `partition`: computed; Terraform type `string`.
    pub fn partition(&self) -> Expr<String> {
        self.0.attr("partition")
    }
    /// `reverse_dns_prefix`: computed; Terraform type `string`.
    pub fn reverse_dns_prefix(&self) -> Expr<String> {
        self.0.attr("reverse_dns_prefix")
    }
}
