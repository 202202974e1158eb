//! Validated value types the components take and stack configs deserialize into. Each
//! rule is written once, here: a value that exists is valid, so components never check it
//! again and configs get the same rule (with their own field name) for free.
//!
//! Every text type parses with [`FromStr`](std::str::FromStr) and (de)serializes as its
//! text; every number of days (de)serializes as a JSON number, checked by the same rule.

#[macro_use]
mod macros {
    /// Implements `Display`, `Serialize`/`Deserialize` (through the text form), `TryFrom<String>`
    /// and `From<&T> for Expr<String>` for a type with `FromStr<Err = Error>` and `to_text`.
    macro_rules! text_value {
        ($t:ty) => {
            impl fmt::Display for $t {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str(&self.to_text())
                }
            }
            impl TryFrom<String> for $t {
                type Error = String;
                fn try_from(s: String) -> Result<Self, String> {
                    s.parse::<$t>().map_err(|e| e.rule)
                }
            }
            impl Serialize for $t {
                fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    s.serialize_str(&self.to_text())
                }
            }
            impl<'de> Deserialize<'de> for $t {
                fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    let s = String::deserialize(d)?;
                    <$t>::try_from(s).map_err(serde::de::Error::custom)
                }
            }
            impl From<&$t> for Expr<String> {
                fn from(v: &$t) -> Expr<String> {
                    Expr::from(v.to_text())
                }
            }
        };
    }

    /// Implements `Serialize`/`Deserialize` as a JSON number for a type with
    /// `new(u32) -> Result<Self, Error>` and `days(&self) -> u32`, so a config rejects an
    /// out-of-range number with the type's own rule.
    macro_rules! days_value {
        ($t:ty) => {
            impl Serialize for $t {
                fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    s.serialize_u32(self.days())
                }
            }
            impl<'de> Deserialize<'de> for $t {
                fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    let days = u32::deserialize(d)?;
                    <$t>::new(days).map_err(|e| serde::de::Error::custom(e.rule))
                }
            }
        };
    }
}

mod alerting;
mod api;
mod compute;
mod database;
mod dns;
mod network;
mod retention;
mod tiering;
mod web;
pub use network::MIN_PUBLIC_SUBNET;
pub use web::{
    AppPort, CpuArchitecture, CpuTargetPercent, Ec2InstanceType, FleetCapacity, GracePeriodSeconds,
    GroupCapacity, HealthyPercent, RequestsPerMinute, RequestsPerTarget, WarmupSeconds,
    MAX_GROUP_SIZE,
};

pub use alerting::{AlarmCount, ErrorRatePercent, LagSeconds, ThresholdMs};
pub use api::{ApiPath, StageName};
pub use compute::{
    FunctionTimeoutSeconds, MemoryMb, ReservedConcurrency, ThrottleBurst, ThrottleRate,
};
pub use database::{
    Acu, AcuRange, AuroraEngine, EngineVersion, GlobalPrimaryAcuRange, InstanceClass,
    MasterUsername, PgIdentifier, PrimaryReaders, RetentionDays, RotationDays, SecondaryInstances,
    ACU_BOUNDS_SOURCE, GLOBAL_PRIMARY_MIN_ACU, GLOBAL_PRIMARY_MIN_ACU_SOURCE, RESERVED_USERNAMES,
};
pub use dns::{
    DomainName, FailureThreshold, HealthCheckInterval, HostedZoneId, MAX_DOMAIN_NAME_LEN,
    MAX_HOSTED_ZONE_ID_LEN, MAX_LABEL_LEN,
};
pub use network::{Cidr, VpcCidr, VpcCidrs, AZ_COUNT};
pub use retention::{BackupRetentionDays, ExpiryDays, LogRetentionDays, LOG_RETENTION_VALUES};
pub use tiering::{
    ArchiveClass, NoncurrentTransition, TierClass, Tiering, TieringSpec, ARCHIVE_MIN_DAYS,
    MAX_OBJECT_BYTES, STANDARD_IA_MIN_DAYS,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cidr_parses_and_does_math() {
        let c: Cidr = "10.10.0.0/16".parse().unwrap();
        assert_eq!(c.subnet(24, 2).unwrap().to_string(), "10.10.2.0/24");
        assert!(c.overlaps(&"10.10.4.0/24".parse().unwrap()));
        assert!(!c.overlaps(&"10.20.0.0/16".parse().unwrap()));
        assert!("0.0.0.0/0".parse::<Cidr>().unwrap().overlaps(&c));
        for bad in [
            "10.10.0.1/16",
            "10.10.0.0",
            "10.10.0/16",
            "10.10.0.0/33",
            "300.0.0.0/8",
        ] {
            assert!(bad.parse::<Cidr>().is_err(), "{bad}");
        }
    }

    #[test]
    fn vpc_cidr_needs_room_for_three_subnets() {
        let v: VpcCidr = "10.0.0.0/26".parse().unwrap();
        assert_eq!(v.private_subnet(2).unwrap().to_string(), "10.0.0.32/28");
        assert!(v.private_subnet(3).is_none());
        let e = "10.0.0.0/27".parse::<VpcCidr>().unwrap_err();
        assert!(e.rule.contains("/16 to /26"), "{e}");
        assert!("10.0.0.0/15".parse::<VpcCidr>().is_err());
    }

    #[test]
    fn vpc_cidrs_must_not_overlap() {
        let a: VpcCidr = "10.10.0.0/16".parse().unwrap();
        let b: VpcCidr = "10.10.128.0/17".parse().unwrap();
        let e = VpcCidrs::new(a, b).unwrap_err();
        assert!(e.rule.contains("overlaps"), "{e}");
        VpcCidrs::new(a, "10.20.0.0/16".parse().unwrap()).unwrap();
    }

    #[test]
    fn database_values() {
        assert!("db.r6g.large".parse::<InstanceClass>().is_ok());
        assert!("r6g.large".parse::<InstanceClass>().is_err());
        assert!("db.".parse::<InstanceClass>().is_err());
        assert!(RetentionDays::new(0).is_err() && RetentionDays::new(36).is_err());
        assert_eq!(RetentionDays::new(7).unwrap().days(), 7);
        assert!("payments".parse::<PgIdentifier>().is_ok());
        assert!("1payments".parse::<PgIdentifier>().is_err());
        assert!("pay-ments".parse::<PgIdentifier>().is_err());
        assert!("rdsadmin".parse::<MasterUsername>().is_err());
        assert!("15.4".parse::<EngineVersion>().is_ok());
        assert!("8.0.mysql_aurora.3.05.2".parse::<EngineVersion>().is_ok());
        assert!("latest".parse::<EngineVersion>().is_err());
    }

    #[test]
    fn retentions() {
        assert_eq!(LogRetentionDays::new(30).unwrap().days(), 30);
        let e = LogRetentionDays::new(31).unwrap_err();
        assert!(e.rule.contains("not a CloudWatch Logs retention"), "{e}");
        assert!(BackupRetentionDays::new(0).is_err());
        assert_eq!(BackupRetentionDays::new(35).unwrap().days(), 35);
    }

    #[test]
    fn values_round_trip_through_json() {
        let v: VpcCidr = serde_json::from_str("\"10.1.0.0/16\"").unwrap();
        assert_eq!(serde_json::to_string(&v).unwrap(), "\"10.1.0.0/16\"");
        let e = serde_json::from_str::<RetentionDays>("40").unwrap_err();
        assert!(e.to_string().contains("1–35"), "{e}");
    }
}
