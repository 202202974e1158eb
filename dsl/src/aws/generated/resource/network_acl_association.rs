//! `aws_network_acl_association` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl_association>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_network_acl_association`: required arguments in [`NetworkAclAssociation::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`NetworkAclAssociationRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl_association>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct NetworkAclAssociation {
    body: Body,
}
/// The required arguments of [`NetworkAclAssociation::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkAclAssociationArgs {
    /// `network_acl_id`: Terraform type `string`
    pub network_acl_id: Expr<String>,
    /// `subnet_id`: Terraform type `string`
    pub subnet_id: Expr<String>,
}
impl NetworkAclAssociation {
    /// A new `NetworkAclAssociation` with the required arguments, named in [`NetworkAclAssociationArgs`].
    pub fn new(args: NetworkAclAssociationArgs) -> Self {
        let NetworkAclAssociationArgs { network_acl_id, subnet_id } = args;
        let mut body = Body::new();
        body.set_attr::<String>("network_acl_id", network_acl_id);
        body.set_attr::<String>("subnet_id", subnet_id);
        NetworkAclAssociation { body }
    }
}
impl Builder for NetworkAclAssociation {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl NetworkAclAssociation {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_network_acl_association";
}
impl TypedSpec for NetworkAclAssociation {
    const TYPE: &'static str = "aws_network_acl_association";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for NetworkAclAssociation {
    type Handle = NetworkAclAssociationRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_network_acl_association"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_network_acl_association` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl_association>
#[derive(Debug, Clone)]
pub struct NetworkAclAssociationRef(NodeHandle);
impl From<NodeHandle> for NetworkAclAssociationRef {
    fn from(node: NodeHandle) -> Self {
        NetworkAclAssociationRef(node)
    }
}
impl std::ops::Deref for NetworkAclAssociationRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl NetworkAclAssociationRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `network_acl_id`: required; Terraform type `string`.
    pub fn network_acl_id(&self) -> Expr<String> {
        self.0.attr("network_acl_id")
    }
    /// `subnet_id`: required; Terraform type `string`.
    pub fn subnet_id(&self) -> Expr<String> {
        self.0.attr("subnet_id")
    }
}
