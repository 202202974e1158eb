//! AWS regions.

use std::fmt;
use std::str::FromStr;

use crate::error::Error;

macro_rules! regions {
    ($($variant:ident => $code:literal, $partition:literal;)*) => {
        /// An AWS region tfdr knows. Parsing an unknown code is an error, so a typo in a
        /// config never becomes a provider that points nowhere.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Region {
            $(
                #[doc = concat!("`", $code, "`")]
                $variant,
            )*
        }

        impl Region {
            /// Every known region, in declaration order.
            pub const ALL: &'static [Region] = &[$(Region::$variant),*];

            /// The region code, e.g. `us-east-1`.
            pub fn as_str(self) -> &'static str {
                match self { $(Region::$variant => $code,)* }
            }

            /// The ARN partition of the region: `aws`, `aws-us-gov` or `aws-cn`.
            pub fn partition(self) -> &'static str {
                match self { $(Region::$variant => $partition,)* }
            }
        }

        impl FromStr for Region {
            type Err = Error;
            fn from_str(s: &str) -> Result<Self, Error> {
                match s {
                    $($code => Ok(Region::$variant),)*
                    _ => Err(Error::new(
                        "region",
                        format!("`{s}` is not a known AWS region code (e.g. us-east-1)"),
                    )),
                }
            }
        }
    };
}

regions! {
    UsEast1 => "us-east-1", "aws";
    UsEast2 => "us-east-2", "aws";
    UsWest1 => "us-west-1", "aws";
    UsWest2 => "us-west-2", "aws";
    AfSouth1 => "af-south-1", "aws";
    ApEast1 => "ap-east-1", "aws";
    ApEast2 => "ap-east-2", "aws";
    ApSouth1 => "ap-south-1", "aws";
    ApSouth2 => "ap-south-2", "aws";
    ApSoutheast1 => "ap-southeast-1", "aws";
    ApSoutheast2 => "ap-southeast-2", "aws";
    ApSoutheast3 => "ap-southeast-3", "aws";
    ApSoutheast4 => "ap-southeast-4", "aws";
    ApSoutheast5 => "ap-southeast-5", "aws";
    ApSoutheast7 => "ap-southeast-7", "aws";
    ApNortheast1 => "ap-northeast-1", "aws";
    ApNortheast2 => "ap-northeast-2", "aws";
    ApNortheast3 => "ap-northeast-3", "aws";
    CaCentral1 => "ca-central-1", "aws";
    CaWest1 => "ca-west-1", "aws";
    EuCentral1 => "eu-central-1", "aws";
    EuCentral2 => "eu-central-2", "aws";
    EuWest1 => "eu-west-1", "aws";
    EuWest2 => "eu-west-2", "aws";
    EuWest3 => "eu-west-3", "aws";
    EuSouth1 => "eu-south-1", "aws";
    EuSouth2 => "eu-south-2", "aws";
    EuNorth1 => "eu-north-1", "aws";
    IlCentral1 => "il-central-1", "aws";
    MeSouth1 => "me-south-1", "aws";
    MeCentral1 => "me-central-1", "aws";
    MxCentral1 => "mx-central-1", "aws";
    SaEast1 => "sa-east-1", "aws";
    UsGovEast1 => "us-gov-east-1", "aws-us-gov";
    UsGovWest1 => "us-gov-west-1", "aws-us-gov";
    CnNorth1 => "cn-north-1", "aws-cn";
    CnNorthwest1 => "cn-northwest-1", "aws-cn";
}

impl serde::Serialize for Region {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Region {
    /// A known region code; anything else is an error naming the rule.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse::<Region>()
            .map_err(|e| serde::de::Error::custom(e.rule))
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_region() {
        for r in Region::ALL {
            assert_eq!(r.as_str().parse::<Region>().unwrap(), *r);
        }
    }

    #[test]
    fn unknown_region_is_a_clear_error() {
        let e = "us-east-9".parse::<Region>().unwrap_err();
        assert_eq!(e.field, "region");
        assert!(e.rule.contains("us-east-9"), "{e}");
    }
}
