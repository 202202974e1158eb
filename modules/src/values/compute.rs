//! Sizes and limits of functions and APIs: each a whole number in the range AWS accepts,
//! (de)serialized as a JSON number and checked by the same rule in code and in configs.

use serde::{Deserialize, Serialize};
use tfdr_dsl::Error;

/// Declares a `u32` newtype accepted in `min..=max`, with `new`, `get`, serde as a number.
macro_rules! bounded_count {
    ($(#[$doc:meta])* $t:ident, $what:literal, $min:expr, $max:expr, $why:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $t(u32);

        impl $t {
            /// The smallest accepted value.
            pub const MIN: u32 = $min;
            /// The largest accepted value.
            pub const MAX: u32 = $max;

            /// Checks `value`.
            ///
            /// # Errors
            /// `value` is outside `MIN..=MAX`.
            pub fn new(value: u32) -> Result<Self, Error> {
                if (Self::MIN..=Self::MAX).contains(&value) {
                    Ok($t(value))
                } else {
                    Err(Error::new(
                        $what,
                        format!(
                            "{value} is out of range: {} to {} ({})",
                            Self::MIN,
                            Self::MAX,
                            $why
                        ),
                    ))
                }
            }

            /// The value.
            pub fn get(&self) -> u32 {
                self.0
            }
        }

        impl Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_u32(self.0)
            }
        }

        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let v = u32::deserialize(d)?;
                $t::new(v).map_err(|e| serde::de::Error::custom(e.rule))
            }
        }
    };
}
pub(super) use bounded_count;

bounded_count!(
    /// Memory of a Lambda function in MB (CPU is allocated in proportion).
    MemoryMb,
    "function memory (MB)",
    128,
    10_240,
    "Lambda CreateFunction MemorySize"
);

bounded_count!(
    /// How long a Lambda invocation may run, in seconds.
    FunctionTimeoutSeconds,
    "function timeout (s)",
    1,
    900,
    "Lambda CreateFunction Timeout"
);

bounded_count!(
    /// Concurrent executions reserved for one function: a floor (the function always gets
    /// them) and a ceiling (it never takes more, so a flood cannot starve the account's
    /// other functions or overload the table). Lambda keeps 100 of an account's default
    /// 1000 unreserved, so at most 900 can be reserved there.
    ReservedConcurrency,
    "reserved concurrency",
    1,
    900,
    "PutFunctionConcurrency; an account keeps 100 of its 1000 default unreserved"
);

bounded_count!(
    /// Steady-state requests per second an API stage accepts before API Gateway answers 429.
    ThrottleRate,
    "API throttling rate (requests/s)",
    1,
    10_000,
    "API Gateway's default account quota is 10,000 requests/s per region"
);

bounded_count!(
    /// Requests an API stage accepts in a burst above its rate (token-bucket size).
    ThrottleBurst,
    "API throttling burst (requests)",
    1,
    5_000,
    "API Gateway's default account burst quota is 5,000 requests"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_enforced_with_the_rule_in_the_message() {
        assert_eq!(MemoryMb::new(128).unwrap().get(), 128);
        assert!(MemoryMb::new(127).is_err());
        assert!(MemoryMb::new(10_241).is_err());
        assert!(FunctionTimeoutSeconds::new(0).is_err());
        assert_eq!(FunctionTimeoutSeconds::new(900).unwrap().get(), 900);
        let e = ReservedConcurrency::new(901).unwrap_err();
        assert!(e.rule.contains("1 to 900"), "{e}");
        assert!(e.to_string().contains("reserved concurrency"), "{e}");
        assert!(ThrottleRate::new(0).is_err());
        assert!(ThrottleBurst::new(5_001).is_err());
    }

    #[test]
    fn serde_is_a_number_checked_by_the_rule() {
        let m: MemoryMb = serde_json::from_str("512").unwrap();
        assert_eq!(m.get(), 512);
        assert_eq!(serde_json::to_string(&m).unwrap(), "512");
        let e = serde_json::from_str::<ReservedConcurrency>("0").unwrap_err();
        assert!(e.to_string().contains("1 to 900"), "{e}");
        assert!(serde_json::from_str::<MemoryMb>("\"512\"").is_err());
    }
}
