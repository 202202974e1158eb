//! Generated data bindings. Do not edit; regenerate (see `codegen/bindings/aws.txt`).

/// `aws_ami`.
pub mod ami;
pub use ami::{Ami, AmiRef};
/// `aws_availability_zones`.
pub mod availability_zones;
pub use availability_zones::{AvailabilityZones, AvailabilityZonesRef};
/// `aws_caller_identity`.
pub mod caller_identity;
pub use caller_identity::{CallerIdentity, CallerIdentityRef};
/// `aws_iam_policy_document`.
pub mod iam_policy_document;
pub use iam_policy_document::{IamPolicyDocument, IamPolicyDocumentRef};
/// `aws_partition`.
pub mod partition;
pub use partition::{Partition, PartitionRef};
/// `aws_region`.
pub mod region;
pub use region::{Region, RegionRef};
/// `aws_route53_zone`.
pub mod route53_zone;
pub use route53_zone::{Route53Zone, Route53ZoneRef};
/// `aws_ssm_parameter`.
pub mod ssm_parameter;
pub use ssm_parameter::{SsmParameter, SsmParameterRef};
