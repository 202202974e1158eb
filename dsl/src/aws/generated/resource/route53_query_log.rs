//! `aws_route53_query_log` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_query_log>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_route53_query_log`: required arguments in [`Route53QueryLog::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`Route53QueryLogRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_query_log>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Route53QueryLog {
    body: Body,
}
/// The required arguments of [`Route53QueryLog::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct Route53QueryLogArgs {
    /// `cloudwatch_log_group_arn`: Terraform type `string`
    pub cloudwatch_log_group_arn: Expr<String>,
    /// `zone_id`: Terraform type `string`
    pub zone_id: Expr<String>,
}
impl Route53QueryLog {
    /// A new `Route53QueryLog` with the required arguments, named in [`Route53QueryLogArgs`].
    pub fn new(args: Route53QueryLogArgs) -> Self {
        let Route53QueryLogArgs { cloudwatch_log_group_arn, zone_id } = args;
        let mut body = Body::new();
        body.set_attr::<String>("cloudwatch_log_group_arn", cloudwatch_log_group_arn);
        body.set_attr::<String>("zone_id", zone_id);
        Route53QueryLog { body }
    }
}
impl Builder for Route53QueryLog {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl Route53QueryLog {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_route53_query_log";
}
impl TypedSpec for Route53QueryLog {
    const TYPE: &'static str = "aws_route53_query_log";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for Route53QueryLog {
    type Handle = Route53QueryLogRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_route53_query_log"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_route53_query_log` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_query_log>
#[derive(Debug, Clone)]
pub struct Route53QueryLogRef(NodeHandle);
impl From<NodeHandle> for Route53QueryLogRef {
    fn from(node: NodeHandle) -> Self {
        Route53QueryLogRef(node)
    }
}
impl std::ops::Deref for Route53QueryLogRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl Route53QueryLogRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `arn`: computed; Terraform type `string`.
    pub fn arn(&self) -> Expr<String> {
        self.0.attr("arn")
    }
    /// `cloudwatch_log_group_arn`: required; Terraform type `string`.
    pub fn cloudwatch_log_group_arn(&self) -> Expr<String> {
        self.0.attr("cloudwatch_log_group_arn")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
    /// `zone_id`: required; Terraform type `string`.
    pub fn zone_id(&self) -> Expr<String> {
        self.0.attr("zone_id")
    }
}
