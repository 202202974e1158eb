//! Alarm thresholds: each a whole number in the range a DR alarm makes sense for,
//! (de)serialized as a JSON number and checked by the same rule in code and in configs.

use serde::{Deserialize, Serialize};
use tfdr_dsl::Error;

use super::compute::bounded_count;

bounded_count!(
    /// A latency or lag an alarm compares with, in milliseconds (replication lag of a
    /// database, replication latency of a table, p99 latency of an API): 1 ms to an hour.
    ThresholdMs,
    "alarm threshold (ms)",
    1,
    3_600_000,
    "a lag or latency alarm threshold, up to one hour"
);

impl ThresholdMs {
    /// `ms` moved into the accepted range (the nearest accepted value): for constants
    /// known at compile time, e.g. a component's default threshold.
    pub const fn clamped(ms: u32) -> Self {
        if ms < Self::MIN {
            ThresholdMs(Self::MIN)
        } else if ms > Self::MAX {
            ThresholdMs(Self::MAX)
        } else {
            ThresholdMs(ms)
        }
    }

    /// The threshold in seconds (for metrics CloudWatch reports in seconds).
    pub fn seconds(&self) -> f64 {
        f64::from(self.0) / 1000.0
    }
}

bounded_count!(
    /// The share of requests answered with a server error (5XX) that makes an API's alarm
    /// fire, in percent: 1 to 100.
    ErrorRatePercent,
    "error rate (%)",
    1,
    100,
    "a share of requests, in whole percent"
);

impl ErrorRatePercent {
    /// `percent` moved into the accepted range (for compile-time defaults).
    pub const fn clamped(percent: u32) -> Self {
        if percent < Self::MIN {
            ErrorRatePercent(Self::MIN)
        } else if percent > Self::MAX {
            ErrorRatePercent(Self::MAX)
        } else {
            ErrorRatePercent(percent)
        }
    }

    /// The rate as a fraction of 1 (what API Gateway's `5XXError` averages to).
    pub fn fraction(&self) -> f64 {
        f64::from(self.0) / 100.0
    }
}

bounded_count!(
    /// How many events (errors, throttles) in one minute make a minute count against an
    /// alarm: 1 to 1,000,000.
    AlarmCount,
    "alarm count per minute",
    1,
    1_000_000,
    "events per one-minute period"
);

impl AlarmCount {
    /// `count` moved into the accepted range (for compile-time defaults).
    pub const fn clamped(count: u32) -> Self {
        if count < Self::MIN {
            AlarmCount(Self::MIN)
        } else if count > Self::MAX {
            AlarmCount(Self::MAX)
        } else {
            AlarmCount(count)
        }
    }
}

bounded_count!(
    /// A replication lag an alarm compares with, in whole seconds (the unit the lag
    /// monitor publishes in): 1 s to an hour.
    LagSeconds,
    "lag threshold (s)",
    1,
    3_600,
    "a replication-lag alarm threshold in seconds, up to one hour"
);

impl LagSeconds {
    /// `seconds` moved into the accepted range (for compile-time defaults).
    pub const fn clamped(seconds: u32) -> Self {
        if seconds < Self::MIN {
            LagSeconds(Self::MIN)
        } else if seconds > Self::MAX {
            LagSeconds(Self::MAX)
        } else {
            LagSeconds(seconds)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_have_ranges_and_defaults() {
        assert_eq!(ThresholdMs::new(1000).unwrap().get(), 1000);
        assert!(ThresholdMs::new(0).is_err());
        let e = ThresholdMs::new(3_600_001).unwrap_err();
        assert!(e.rule.contains("up to one hour"), "{e}");
        assert_eq!(ThresholdMs::clamped(0).get(), 1);
        assert_eq!(ThresholdMs::clamped(900_000).seconds(), 900.0);
        assert!(ErrorRatePercent::new(101).is_err());
        assert_eq!(ErrorRatePercent::clamped(5).fraction(), 0.05);
        assert!(AlarmCount::new(0).is_err());
        assert_eq!(AlarmCount::clamped(2_000_000).get(), AlarmCount::MAX);
        assert_eq!(LagSeconds::clamped(30).get(), 30);
        assert!(LagSeconds::new(0).is_err());
        assert!(LagSeconds::new(3_601).is_err());
        let e = serde_json::from_str::<ErrorRatePercent>("0").unwrap_err();
        assert!(e.to_string().contains("whole percent"), "{e}");
    }
}
