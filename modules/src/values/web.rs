//! Web-tier values: the app's port, EC2 instance types (and the CPU architecture they imply),
//! Auto Scaling group sizes of an active-passive pair, and the timings and targets of
//! scaling. Each rule is written once, here; configs get it with their own field name.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use tfdr_dsl::{Error, Expr};

use super::compute::bounded_count;

bounded_count!(
    /// The TCP port the app listens on behind the load balancer: 1024–65535, an
    /// unprivileged port, so the service runs as its own system user without root or
    /// `CAP_NET_BIND_SERVICE`.
    AppPort,
    "app port",
    1024,
    65_535,
    "unprivileged ports only: the service does not run as root"
);

impl AppPort {
    /// 8443, the conventional alternative HTTPS port.
    pub const DEFAULT: AppPort = AppPort(8443);
}

bounded_count!(
    /// Seconds a new instance needs from launch until it serves (boot, user data, the app
    /// answering its health check). Auto Scaling leaves its metrics out of scaling decisions
    /// for this long (`default_instance_warmup`), and it is the launch-and-warm-up term of
    /// the standby's RTO.
    WarmupSeconds,
    "instance warm-up (s)",
    30,
    3_600,
    "Auto Scaling DefaultInstanceWarmup; at least the 30 s a boot takes"
);

bounded_count!(
    /// Seconds Auto Scaling waits after an instance starts before it acts on the load
    /// balancer's health checks of it (`health_check_grace_period`): long enough for boot
    /// and user data, or healthy-in-the-making instances are replaced in a loop.
    GracePeriodSeconds,
    "health check grace period (s)",
    30,
    7_200,
    "Auto Scaling HealthCheckGracePeriod; at least the 30 s a boot takes"
);

bounded_count!(
    /// The average CPU utilisation, in percent, a target-tracking policy keeps its group
    /// at: 10–90 (below 10 the group is mostly idle capacity; above 90 there is no headroom
    /// for the minutes a scale-out takes).
    CpuTargetPercent,
    "CPU target (%)",
    10,
    90,
    "headroom for the minutes a scale-out takes"
);

bounded_count!(
    /// Requests per target per minute a target-tracking policy on the load balancer's
    /// `ALBRequestCountPerTarget` keeps its group at.
    RequestsPerTarget,
    "requests per target (per minute)",
    1,
    1_000_000,
    "ALBRequestCountPerTarget target value"
);

bounded_count!(
    /// Requests per minute on the standby's load balancer above which it is taking real
    /// traffic (DNS has failed over), not only Route 53's health checks (roughly 15
    /// checkers per health check: ~90 requests a minute at a 10 s interval).
    RequestsPerMinute,
    "requests per minute",
    1,
    100_000_000,
    "RequestCount Sum per minute"
);

bounded_count!(
    /// The share of a group, in percent, that stays in service during an instance refresh.
    HealthyPercent,
    "minimum healthy percentage",
    0,
    100,
    "Auto Scaling instance refresh MinHealthyPercentage"
);

/// The largest group tfdr builds: a guard against a typo (`1000` for `10`), not an AWS
/// limit (EC2 vCPU quotas bound a group first). Raise it when a stack needs more.
pub const MAX_GROUP_SIZE: u32 = 500;

/// The CPU architecture of an instance type, which decides the machine image it boots.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CpuArchitecture {
    /// 64-bit x86 (Intel, AMD).
    X86_64,
    /// 64-bit Arm (AWS Graviton).
    Arm64,
}

impl CpuArchitecture {
    /// The public SSM parameter that always holds the latest Amazon Linux 2023 AMI id for
    /// this architecture in the region it is read in.
    pub fn al2023_ami_parameter(self) -> &'static str {
        match self {
            CpuArchitecture::X86_64 => {
                "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
            }
            CpuArchitecture::Arm64 => {
                "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64"
            }
        }
    }
}

/// An EC2 instance type, `<family>.<size>` (e.g. `t3.small`, `m7g.large`): lowercase
/// letters, digits and `-`, one dot.
///
/// The type knows its [`CpuArchitecture`], so a launch template never pairs an x86 image
/// with a Graviton type (which fails only when the group launches): by AWS's naming,
/// Graviton families carry a `g` among the attribute letters after the generation digit
/// (`t4g`, `m7g`, `c6gn`, `im4gn`, `is4gen`, `g5g`), plus the first-generation `a1`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ec2InstanceType(String);

impl Ec2InstanceType {
    /// The type text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The family (`m7g` of `m7g.large`).
    pub fn family(&self) -> &str {
        self.0.split('.').next().unwrap_or_default()
    }

    /// The CPU architecture of the family (see the type documentation).
    pub fn architecture(&self) -> CpuArchitecture {
        let family = self.family();
        if family == "a1" {
            return CpuArchitecture::Arm64;
        }
        let after_class = family.trim_start_matches(|c: char| c.is_ascii_lowercase());
        let attributes = after_class.trim_start_matches(|c: char| c.is_ascii_digit());
        if after_class.len() > attributes.len() && attributes.contains('g') {
            CpuArchitecture::Arm64
        } else {
            CpuArchitecture::X86_64
        }
    }

    fn to_text(&self) -> String {
        self.0.clone()
    }
}

impl FromStr for Ec2InstanceType {
    type Err = Error;
    /// # Errors
    /// Not `<family>.<size>` of lowercase letters, digits and `-`, or a family that does
    /// not start with a letter.
    fn from_str(s: &str) -> Result<Self, Error> {
        let parts: Vec<&str> = s.split('.').collect();
        let ok = parts.len() == 2
            && parts.iter().all(|p| {
                !p.is_empty()
                    && p.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            })
            && parts[0].starts_with(|c: char| c.is_ascii_lowercase());
        if !ok {
            return Err(Error::new(
                "instance type",
                format!("`{s}` is not an EC2 instance type (`<family>.<size>`, e.g. t3.small)"),
            ));
        }
        Ok(Ec2InstanceType(s.to_string()))
    }
}

text_value!(Ec2InstanceType);

/// The size of one Auto Scaling group: `1 ≤ min ≤ desired ≤ max ≤` [`MAX_GROUP_SIZE`].
///
/// At least one instance, always: a region whose load balancer has no healthy target
/// fails its health check, and Route 53 does not fail over to a region that is unhealthy
/// too — an empty standby would make failover impossible.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct GroupCapacity {
    min: u32,
    desired: u32,
    max: u32,
}

impl GroupCapacity {
    /// Checks the three sizes.
    ///
    /// # Errors
    /// `min` is 0, the sizes are out of order, or `max` exceeds [`MAX_GROUP_SIZE`].
    pub fn new(min: u32, desired: u32, max: u32) -> Result<Self, Error> {
        let fail = |rule: String| Err(Error::new("group capacity", rule));
        if min == 0 {
            return fail(
                "min must be at least 1: a region without a healthy instance fails its health check, and Route 53 never fails over to it".into(),
            );
        }
        if !(min <= desired && desired <= max) {
            return fail(format!(
                "min {min}, desired {desired}, max {max} must satisfy min ≤ desired ≤ max"
            ));
        }
        if max > MAX_GROUP_SIZE {
            return fail(format!(
                "max {max} is above {MAX_GROUP_SIZE} (tfdr's guard against a typo; raise MAX_GROUP_SIZE if meant)"
            ));
        }
        Ok(GroupCapacity { min, desired, max })
    }

    /// The minimum size.
    pub fn min(&self) -> u32 {
        self.min
    }

    /// The size the group starts with.
    pub fn desired(&self) -> u32 {
        self.desired
    }

    /// The maximum size.
    pub fn max(&self) -> u32 {
        self.max
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupCapacityText {
    min: u32,
    desired: u32,
    max: u32,
}

impl Serialize for GroupCapacity {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        GroupCapacityText {
            min: self.min,
            desired: self.desired,
            max: self.max,
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for GroupCapacity {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let t = GroupCapacityText::deserialize(d)?;
        GroupCapacity::new(t.min, t.desired, t.max).map_err(|e| serde::de::Error::custom(e.rule))
    }
}

/// The group sizes of an active-passive pair: the primary's, and the standby's, which runs
/// at its minimum until failover and can grow to at least the primary's desired size.
///
/// Guarantees: the standby's desired size is its minimum (the standby costs its minimum
/// until it is needed), and its maximum is at least the primary's desired size, so the
/// standby scale-out (to [`FleetCapacity::scale_out_target`]) is never capped below what
/// the primary served.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FleetCapacity {
    primary: GroupCapacity,
    standby: GroupCapacity,
}

impl FleetCapacity {
    /// The pair: `primary` as given, the standby at `standby_min` (its desired size) up to
    /// `standby_max`.
    ///
    /// # Errors
    /// The standby sizes break [`GroupCapacity`]'s rule (field `standby`), or
    /// `standby_max` is below the primary's desired size.
    pub fn new(primary: GroupCapacity, standby_min: u32, standby_max: u32) -> Result<Self, Error> {
        let standby = GroupCapacity::new(standby_min, standby_min, standby_max)
            .map_err(|e| Error::new("standby", e.rule))?;
        if standby_max < primary.desired {
            return Err(Error::new(
                "standby",
                format!(
                    "max {standby_max} is below the primary's desired {}: failover could not scale the standby to what the primary serves",
                    primary.desired
                ),
            ));
        }
        Ok(FleetCapacity { primary, standby })
    }

    /// The primary group's size.
    pub fn primary(&self) -> GroupCapacity {
        self.primary
    }

    /// The standby group's size (desired = min).
    pub fn standby(&self) -> GroupCapacity {
        self.standby
    }

    /// The size the standby is raised to on failover: the primary's desired size.
    pub fn scale_out_target(&self) -> u32 {
        self.primary.desired
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StandbyText {
    min: u32,
    max: u32,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FleetCapacityText {
    primary: GroupCapacity,
    standby: StandbyText,
}

impl Serialize for FleetCapacity {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        FleetCapacityText {
            primary: self.primary,
            standby: StandbyText {
                min: self.standby.min,
                max: self.standby.max,
            },
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for FleetCapacity {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let t = FleetCapacityText::deserialize(d)?;
        FleetCapacity::new(t.primary, t.standby.min, t.standby.max)
            .map_err(|e| serde::de::Error::custom(format!("{}: {}", e.field, e.rule)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instance_types_and_their_architecture() {
        for (t, arch) in [
            ("t3.small", CpuArchitecture::X86_64),
            ("m5zn.large", CpuArchitecture::X86_64),
            ("g4dn.xlarge", CpuArchitecture::X86_64),
            ("x2iedn.large", CpuArchitecture::X86_64),
            ("t4g.small", CpuArchitecture::Arm64),
            ("m7g.large", CpuArchitecture::Arm64),
            ("c6gn.medium", CpuArchitecture::Arm64),
            ("im4gn.large", CpuArchitecture::Arm64),
            ("is4gen.large", CpuArchitecture::Arm64),
            ("g5g.xlarge", CpuArchitecture::Arm64),
            ("a1.large", CpuArchitecture::Arm64),
        ] {
            let parsed: Ec2InstanceType = t.parse().unwrap();
            assert_eq!(parsed.architecture(), arch, "{t}");
            assert_eq!(parsed.to_string(), t);
        }
        for bad in ["t3", "T3.small", "t3.small.x", ".small", "3t.small", "t3._"] {
            let e = bad.parse::<Ec2InstanceType>().unwrap_err();
            assert!(e.rule.contains("not an EC2 instance type"), "{bad}: {e}");
        }
        assert!(CpuArchitecture::Arm64
            .al2023_ami_parameter()
            .ends_with("al2023-ami-kernel-default-arm64"));
    }

    #[test]
    fn group_capacity_rules() {
        let c = GroupCapacity::new(2, 3, 6).unwrap();
        assert_eq!((c.min(), c.desired(), c.max()), (2, 3, 6));
        assert!(GroupCapacity::new(0, 1, 2)
            .unwrap_err()
            .rule
            .contains("at least 1"));
        assert!(GroupCapacity::new(3, 2, 6)
            .unwrap_err()
            .rule
            .contains("min ≤ desired ≤ max"));
        assert!(GroupCapacity::new(1, 1, MAX_GROUP_SIZE + 1).is_err());
        let json: GroupCapacity =
            serde_json::from_str(r#"{"min": 1, "desired": 2, "max": 3}"#).unwrap();
        assert_eq!(json, GroupCapacity::new(1, 2, 3).unwrap());
        assert!(
            serde_json::from_str::<GroupCapacity>(r#"{"min": 2, "desired": 1, "max": 3}"#).is_err()
        );
    }

    #[test]
    fn the_standby_runs_at_its_minimum_and_can_reach_the_primarys_size() {
        let primary = GroupCapacity::new(3, 3, 9).unwrap();
        let f = FleetCapacity::new(primary, 1, 9).unwrap();
        assert_eq!(f.standby().desired(), 1);
        assert_eq!(f.scale_out_target(), 3);
        let e = FleetCapacity::new(primary, 1, 2).unwrap_err();
        assert_eq!(e.field, "standby");
        assert!(e.rule.contains("below the primary's desired 3"), "{e}");
        assert!(FleetCapacity::new(primary, 0, 9).is_err());
        let json: FleetCapacity = serde_json::from_str(
            r#"{"primary": {"min": 3, "desired": 3, "max": 9}, "standby": {"min": 1, "max": 9}}"#,
        )
        .unwrap();
        assert_eq!(json, f);
        assert_eq!(
            serde_json::to_value(f).unwrap(),
            serde_json::json!({"primary": {"min": 3, "desired": 3, "max": 9}, "standby": {"min": 1, "max": 9}})
        );
        let e = serde_json::from_str::<FleetCapacity>(
            r#"{"primary": {"min": 3, "desired": 3, "max": 9}, "standby": {"min": 1, "max": 2}}"#,
        )
        .unwrap_err();
        assert!(e.to_string().contains("standby: max 2"), "{e}");
    }

    #[test]
    fn bounded_web_values() {
        assert!(AppPort::new(80).is_err());
        assert_eq!(AppPort::new(8443).unwrap().get(), 8443);
        assert!(WarmupSeconds::new(10).is_err());
        assert!(CpuTargetPercent::new(95).is_err());
        assert!(HealthyPercent::new(101).is_err());
        assert_eq!(HealthyPercent::new(0).unwrap().get(), 0);
    }
}
