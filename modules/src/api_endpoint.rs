//! What DNS failover needs to know about a regional API: where each region's API answers
//! on its own (AWS-owned) endpoint, and which stage serves it. [`RegionalApi`] produces it;
//! custom domains and health checks consume it, so they never depend on how the API was
//! built.
//!
//! [`RegionalApi`]: crate::regional_api::RegionalApi

use tfdr_dsl::{interpolate, Expr, Region};

/// One region's deployed REST API stage.
#[derive(Debug, Clone)]
pub struct ApiEndpoint {
    /// The region the API is deployed in.
    pub region: Region,
    /// The REST API id.
    pub rest_api_id: Expr<String>,
    /// The stage's name as text (health-check paths are built from it at synth).
    pub stage_name: String,
    /// The same name as a reference to the deployed stage: what a base path mapping
    /// takes, so that it is created only once the stage exists.
    pub stage: Expr<String>,
}

impl ApiEndpoint {
    /// The host of the API's own regional endpoint,
    /// `<rest api id>.execute-api.<region>.amazonaws.com` (`.amazonaws.com.cn` in the
    /// China partition): what a health check probes to see this region, whatever the
    /// failover name currently points at.
    pub fn execute_api_host(&self) -> Expr<String> {
        let dns_suffix = if self.region.partition() == "aws-cn" {
            ".amazonaws.com.cn"
        } else {
            ".amazonaws.com"
        };
        interpolate![
            &self.rest_api_id,
            ".execute-api.",
            self.region.as_str(),
            dns_suffix
        ]
    }

    /// The path of `route` (e.g. `/health`) on the regional endpoint: `/<stage><route>`.
    pub fn stage_path(&self, route: &str) -> String {
        format!("/{}{}", self.stage_name, route)
    }
}
