//! `aws_cloudwatch_dashboard` (resource): typed bindings generated from the provider schema. Do not edit;
//! regenerate with `cargo xtask codegen`.
//!
//! Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_dashboard>
#![allow(deprecated)]
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// The resource `aws_cloudwatch_dashboard`: required arguments in [`CloudwatchDashboard::new`], optional ones as setters. Add it with `scope.add(id, ..)`, which returns a [`CloudwatchDashboardRef`].
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_dashboard>
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct CloudwatchDashboard {
    body: Body,
}
/// The required arguments of [`CloudwatchDashboard::new`], by name: several have the same
/// Rust type, so positional parameters could be swapped without a compile error.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudwatchDashboardArgs {
    /// `dashboard_body`: Terraform type `string`
    pub dashboard_body: Expr<String>,
    /// `dashboard_name`: Terraform type `string`
    pub dashboard_name: Expr<String>,
}
impl CloudwatchDashboard {
    /// A new `CloudwatchDashboard` with the required arguments, named in [`CloudwatchDashboardArgs`].
    pub fn new(args: CloudwatchDashboardArgs) -> Self {
        let CloudwatchDashboardArgs { dashboard_body, dashboard_name } = args;
        let mut body = Body::new();
        body.set_attr::<String>("dashboard_body", dashboard_body);
        body.set_attr::<String>("dashboard_name", dashboard_name);
        CloudwatchDashboard { body }
    }
}
impl Builder for CloudwatchDashboard {
    fn body_mut(&mut self) -> &mut Body {
        &mut self.body
    }
}
impl CloudwatchDashboard {
    /// The Terraform type name.
    pub const TYPE: &'static str = "aws_cloudwatch_dashboard";
}
impl TypedSpec for CloudwatchDashboard {
    const TYPE: &'static str = "aws_cloudwatch_dashboard";
    const KIND: ElementKind = ElementKind::Resource;
}
impl Spec for CloudwatchDashboard {
    type Handle = CloudwatchDashboardRef;
    fn element_kind(&self) -> ElementKind {
        ElementKind::Resource
    }
    fn type_name(&self) -> &str {
        "aws_cloudwatch_dashboard"
    }
    fn into_body(self) -> Body {
        self.body
    }
}
/// A resource `aws_cloudwatch_dashboard` added to a stack: typed references to its attributes.
///
/// Terraform docs: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_dashboard>
#[derive(Debug, Clone)]
pub struct CloudwatchDashboardRef(NodeHandle);
impl From<NodeHandle> for CloudwatchDashboardRef {
    fn from(node: NodeHandle) -> Self {
        CloudwatchDashboardRef(node)
    }
}
impl std::ops::Deref for CloudwatchDashboardRef {
    type Target = NodeHandle;
    fn deref(&self) -> &NodeHandle {
        &self.0
    }
}
impl CloudwatchDashboardRef {
    /// The untyped node handle (meta-arguments, escape hatches).
    pub fn node(&self) -> &NodeHandle {
        &self.0
    }
    /// `dashboard_arn`: computed; Terraform type `string`.
    pub fn dashboard_arn(&self) -> Expr<String> {
        self.0.attr("dashboard_arn")
    }
    /// `dashboard_body`: required; Terraform type `string`.
    pub fn dashboard_body(&self) -> Expr<String> {
        self.0.attr("dashboard_body")
    }
    /// `dashboard_name`: required; Terraform type `string`.
    pub fn dashboard_name(&self) -> Expr<String> {
        self.0.attr("dashboard_name")
    }
    /// `id`: optional, computed; Terraform type `string`.
    pub fn id(&self) -> Expr<String> {
        self.0.attr("id")
    }
}
