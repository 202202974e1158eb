//! `aws_iam_role_policy_attachment` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role_policy_attachment>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_iam_role_policy_attachment`: required arguments in [`IamRolePolicyAttachment::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`IamRolePolicyAttachmentRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role_policy_attachment>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct IamRolePolicyAttachment {
    body: Body,
}
/// The required arguments of [`IamRolePolicyAttachment::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct IamRolePolicyAttachmentArgs {
    /// `policy_arn`: Terraform type `string`
    pub policy_arn: Expr<String>,
    /// `role`: Terraform type `string`
    pub role: Expr<String>,
}
impl IamRolePolicyAttachment {
    /// A new `IamRolePolicyAttachment` with the required arguments, named in [`IamRolePolicyAttachmentArgs`].
    pub fn new(args: IamRolePolicyAttachmentArgs) -> Self {
        let IamRolePolicyAttachmentArgs { policy_arn, role } = args;
        let mut body = Body::new();
        body.set_attr::<String>("policy_arn", policy_arn);
        body.set_attr::<String>("role", role);
        IamRolePolicyAttachment { body }
    }
}
impl Builder for IamRolePolicyAttachment {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl IamRolePolicyAttachment {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_iam_role_policy_attachment";
}
impl TypedSpec for IamRolePolicyAttachment {
    const TYPE: &'static str = "aws_iam_role_policy_attachment";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for IamRolePolicyAttachment {
    type Handle = IamRolePolicyAttachmentRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_iam_role_policy_attachment"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_iam_role_policy_attachment` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role_policy_attachment>
#[derive(Debug, Clone)]
pub struct IamRolePolicyAttachmentRef(NodeHandle);
impl From<NodeHandle> for IamRolePolicyAttachmentRef {
    fn from(node: NodeHandle) -> Self {
        IamRolePolicyAttachmentRef(node)
    }
}
impl std::ops::Deref for IamRolePolicyAttachmentRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl IamRolePolicyAttachmentRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `policy_arn`: required; Terraform type `string`.
    pub fn policy_arn(&self) -> Expr<String> {
        self.0.attr("policy_arn")
    }
    /// `role`: required; Terraform type `string`.
    pub fn role(&self) -> Expr<String> {
        self.0.attr("role")
    }
}
