//! Generated data bindings. Do not edit; regenerate with `cargo xtask codegen`.
/// `aws_ami`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ami>.
pub mod ami;
#[allow(deprecated)]
pub use ami::{Ami, AmiRef};
/// `aws_availability_zones`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/availability_zones>.
pub mod availability_zones;
#[allow(deprecated)]
pub use availability_zones::{AvailabilityZones, AvailabilityZonesRef};
/// `aws_caller_identity`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/caller_identity>.
pub mod caller_identity;
#[allow(deprecated)]
pub use caller_identity::{CallerIdentity, CallerIdentityRef};
/// `aws_iam_policy_document`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document>.
pub mod iam_policy_document;
#[allow(deprecated)]
pub use iam_policy_document::{IamPolicyDocument, IamPolicyDocumentRef};
/// `aws_partition`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/partition>.
pub mod partition;
#[allow(deprecated)]
pub use partition::{Partition, PartitionRef};
/// `aws_region`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/region>.
pub mod region;
#[allow(deprecated)]
pub use region::{Region, RegionRef};
/// `aws_route53_zone`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/route53_zone>.
pub mod route53_zone;
#[allow(deprecated)]
pub use route53_zone::{Route53Zone, Route53ZoneRef};
/// `aws_ssm_parameter`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ssm_parameter>.
pub mod ssm_parameter;
#[allow(deprecated)]
pub use ssm_parameter::{SsmParameter, SsmParameterRef};
