//! `aws_iam_role_policy` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role_policy>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_iam_role_policy`: required arguments in [`IamRolePolicy::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`IamRolePolicyRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role_policy>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct IamRolePolicy {
    body: Body,
}
/// The required arguments of [`IamRolePolicy::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct IamRolePolicyArgs {
    /// `policy`: Terraform type `string`
    pub policy: Expr<String>,
    /// `role`: Terraform type `string`
    pub role: Expr<String>,
}
impl IamRolePolicy {
    /// A new `IamRolePolicy` with the required arguments, named in [`IamRolePolicyArgs`].
    pub fn new(args: IamRolePolicyArgs) -> Self {
        let IamRolePolicyArgs { policy, role } = args;
        let mut body = Body::new();
        body.set_attr::<String>("policy", policy);
        body.set_attr::<String>("role", role);
        IamRolePolicy { body }
    }
    /// `name`: optional, computed; Terraform type `string`.
    pub fn name(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("name", value);
        self
    }
    /// `name_prefix`: optional, computed; Terraform type `string`.
    pub fn name_prefix(mut self, value: impl Into<Expr<String>>) -> Self {
        self.body.set_attr::<String>("name_prefix", value);
        self
    }
}
impl Builder for IamRolePolicy {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl IamRolePolicy {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_iam_role_policy";
}
impl TypedSpec for IamRolePolicy {
    const TYPE: &'static str = "aws_iam_role_policy";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for IamRolePolicy {
    type Handle = IamRolePolicyRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_iam_role_policy"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_iam_role_policy` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role_policy>
#[derive(Debug, Clone)]
pub struct IamRolePolicyRef(NodeHandle);
impl From<NodeHandle> for IamRolePolicyRef {
    fn from(node: NodeHandle) -> Self {
        IamRolePolicyRef(node)
    }
}
impl std::ops::Deref for IamRolePolicyRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl IamRolePolicyRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `name`: optional, computed; Terraform type `string`.
    pub fn name(&self) -> Expr<String> {
        self.0.attr("name")
    }
    /// `name_prefix`: optional, computed; Terraform type `string`.
    pub fn name_prefix(&self) -> Expr<String> {
        self.0.attr("name_prefix")
    }
    /// `policy`: required; Terraform type `string`.
    pub fn policy(&self) -> Expr<String> {
        self.0.attr("policy")
    }
    /// `role`: required; Terraform type `string`.
    pub fn role(&self) -> Expr<String> {
        self.0.attr("role")
    }
}
