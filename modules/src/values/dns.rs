//! DNS values: domain names, Route 53 hosted zone ids, and the two settings of a Route 53
//! health check that decide how fast a failure is detected.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use tfdr_dsl::{Error, Expr};

/// Longest domain name: 253 characters in text form (255 octets on the wire, RFC 1035
/// §2.3.4, less the length octet of the first label and the root label).
pub const MAX_DOMAIN_NAME_LEN: usize = 253;

/// Longest label of a domain name (RFC 1035 §2.3.4).
pub const MAX_LABEL_LEN: usize = 63;

/// A fully qualified domain name as tfdr writes it into certificates, custom domains and
/// records: lowercase ASCII letters, digits and `-` in labels of 1–63 characters that
/// neither start nor end with `-` (the RFC 1123 host name rule), at least two labels,
/// at most 253 characters, no trailing dot (e.g. `api.payments.example.com`).
///
/// Lowercase only, because ACM, API Gateway and Route 53 compare and return names in
/// lowercase: a mixed-case name would show up as a perpetual diff. No trailing dot,
/// because Route 53 returns names without it and ACM rejects it. No wildcards and no
/// internationalized (non-ASCII) labels: a failover name is one concrete host; an IDN goes
/// in as its punycode (`xn--…`) form.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DomainName(String);

impl DomainName {
    fn to_text(&self) -> String {
        self.0.clone()
    }

    /// The name text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The labels, leftmost first (`api`, `example`, `com`).
    pub fn labels(&self) -> impl Iterator<Item = &str> {
        self.0.split('.')
    }

    /// Whether this name is `zone` itself or a name below it (`api.example.com` is in
    /// `example.com`; `badexample.com` is not): whether records for it can live in a
    /// hosted zone for `zone`.
    pub fn is_in(&self, zone: &DomainName) -> bool {
        self.0 == zone.0
            || (self.0.len() > zone.0.len()
                && self.0.ends_with(zone.0.as_str())
                && self.0.as_bytes()[self.0.len() - zone.0.len() - 1] == b'.')
    }
}

impl FromStr for DomainName {
    type Err = Error;
    /// # Errors
    /// Empty, longer than 253 characters, a trailing dot, fewer than two labels, an empty
    /// label or one longer than 63 characters, a character other than `a-z 0-9 -`, or a
    /// label starting or ending with `-`. The error names the rule.
    fn from_str(s: &str) -> Result<Self, Error> {
        let fail = |rule: String| Err(Error::new("domain name", rule));
        if s.is_empty() {
            return fail("must not be empty".into());
        }
        if s.len() > MAX_DOMAIN_NAME_LEN {
            return fail(format!(
                "`{s}` is {} characters; a domain name has at most {MAX_DOMAIN_NAME_LEN}",
                s.len()
            ));
        }
        if s.ends_with('.') {
            return fail(format!(
                "`{s}` must not end with a dot (write `{}`)",
                s.trim_end_matches('.')
            ));
        }
        let labels: Vec<&str> = s.split('.').collect();
        if labels.len() < 2 {
            return fail(format!(
                "`{s}` must have at least two labels (e.g. `example.com`)"
            ));
        }
        for label in labels {
            if label.is_empty() {
                return fail(format!("`{s}` has an empty label (`..` or a leading dot)"));
            }
            if label.len() > MAX_LABEL_LEN {
                return fail(format!(
                    "`{s}`: label `{label}` is {} characters; a label has at most {MAX_LABEL_LEN}",
                    label.len()
                ));
            }
            if let Some(c) = label
                .chars()
                .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
            {
                let hint = if c.is_ascii_uppercase() {
                    " (write it in lowercase)"
                } else {
                    ""
                };
                return fail(format!(
                    "`{s}` contains {c:?}; labels allow only lowercase letters, digits and `-`{hint}"
                ));
            }
            if label.starts_with('-') || label.ends_with('-') {
                return fail(format!(
                    "`{s}`: label `{label}` must not start or end with `-`"
                ));
            }
        }
        Ok(DomainName(s.to_string()))
    }
}

text_value!(DomainName);

/// Longest hosted zone id accepted (Route 53 `ResourceId`: at most 32 characters).
pub const MAX_HOSTED_ZONE_ID_LEN: usize = 32;

/// The id of a Route 53 hosted zone: `Z` followed by uppercase letters and digits, at most
/// 32 characters (e.g. `Z0123456789ABCDEFGHIJ`). Parsing accepts the `/hostedzone/<id>`
/// form the Route 53 API returns and keeps only the id, which is what the AWS provider's
/// `zone_id` arguments take.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HostedZoneId(String);

impl HostedZoneId {
    fn to_text(&self) -> String {
        self.0.clone()
    }

    /// The id, without `/hostedzone/`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for HostedZoneId {
    type Err = Error;
    /// # Errors
    /// Not `Z` followed by 1–31 uppercase letters and digits (after an optional leading
    /// `/hostedzone/`). The error names the rule.
    fn from_str(s: &str) -> Result<Self, Error> {
        let id = s.strip_prefix("/hostedzone/").unwrap_or(s);
        let fail = |rule: String| Err(Error::new("hosted zone id", rule));
        if !id.starts_with('Z') {
            return fail(format!(
                "`{s}` must start with `Z` (a Route 53 hosted zone id, e.g. Z0123456789ABCDEFGHIJ)"
            ));
        }
        if id.len() < 2 || id.len() > MAX_HOSTED_ZONE_ID_LEN {
            return fail(format!(
                "`{s}` is {} characters; a hosted zone id has 2–{MAX_HOSTED_ZONE_ID_LEN}",
                id.len()
            ));
        }
        if let Some(c) = id
            .chars()
            .find(|c| !(c.is_ascii_uppercase() || c.is_ascii_digit()))
        {
            return fail(format!(
                "`{s}` contains {c:?}; a hosted zone id has only uppercase letters and digits"
            ));
        }
        Ok(HostedZoneId(id.to_string()))
    }
}

text_value!(HostedZoneId);

/// How often each Route 53 health checker probes the endpoint. Only the two values
/// Route 53 offers are representable; `Fast10` detects a failure three times sooner and
/// is billed as an optional feature of the health check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HealthCheckInterval {
    /// Every 30 seconds (the Route 53 default).
    Standard30,
    /// Every 10 seconds ("fast interval", extra charge).
    Fast10,
}

impl HealthCheckInterval {
    /// The interval in seconds: 30 or 10, the `request_interval` Route 53 takes.
    pub fn seconds(self) -> u32 {
        match self {
            HealthCheckInterval::Standard30 => 30,
            HealthCheckInterval::Fast10 => 10,
        }
    }

    /// The interval of `seconds`.
    ///
    /// # Errors
    /// Not 30 or 10.
    pub fn new(seconds: u32) -> Result<Self, Error> {
        match seconds {
            30 => Ok(HealthCheckInterval::Standard30),
            10 => Ok(HealthCheckInterval::Fast10),
            _ => Err(Error::new(
                "health check interval",
                format!("{seconds} is not a Route 53 request interval; use 30 or 10 (seconds)"),
            )),
        }
    }
}

impl Serialize for HealthCheckInterval {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(self.seconds())
    }
}

impl<'de> Deserialize<'de> for HealthCheckInterval {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let seconds = u32::deserialize(d)?;
        HealthCheckInterval::new(seconds).map_err(|e| serde::de::Error::custom(e.rule))
    }
}

/// How many consecutive failed probes turn a Route 53 health check unhealthy (and as many
/// successes healthy again): 1–10, the range Route 53 accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FailureThreshold(u8);

impl FailureThreshold {
    /// Checks `count`.
    ///
    /// # Errors
    /// Outside 1–10.
    pub fn new(count: u32) -> Result<Self, Error> {
        match u8::try_from(count) {
            Ok(n) if (1..=10).contains(&n) => Ok(FailureThreshold(n)),
            _ => Err(Error::new(
                "failure threshold",
                format!("{count} is outside 1–10 (the Route 53 health check failure threshold)"),
            )),
        }
    }

    /// The number of consecutive failures.
    pub fn count(&self) -> u32 {
        u32::from(self.0)
    }
}

impl Serialize for FailureThreshold {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(self.count())
    }
}

impl<'de> Deserialize<'de> for FailureThreshold {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let count = u32::deserialize(d)?;
        FailureThreshold::new(count).map_err(|e| serde::de::Error::custom(e.rule))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule_of<T: FromStr<Err = Error>>(s: &str) -> String {
        match s.parse::<T>() {
            Ok(_) => panic!("`{s}` was accepted"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn domain_names_that_are_accepted() {
        for ok in [
            "example.com",
            "api.payments.example.com",
            "a.b",
            "x1-y2.example.co.uk",
            "xn--bcher-kva.example",
            "123.example.com",
        ] {
            let d: DomainName = ok.parse().unwrap_or_else(|e| panic!("{ok}: {e}"));
            assert_eq!(d.as_str(), ok);
            assert_eq!(d.to_string(), ok);
        }
        let longest_label = format!("{}.com", "a".repeat(63));
        assert!(longest_label.parse::<DomainName>().is_ok());
        // Three labels of 63, their dots, and a last label of 61: exactly 253.
        let l = "b".repeat(63);
        let exactly_253 = format!("{l}.{l}.{l}.{}", "c".repeat(253 - 3 * 64));
        assert_eq!(exactly_253.len(), 253);
        assert!(exactly_253.parse::<DomainName>().is_ok());
    }

    #[test]
    fn domain_name_rules_are_named_in_the_rejection() {
        let cases: &[(&str, &str)] = &[
            ("", "must not be empty"),
            (
                "example.com.",
                "must not end with a dot (write `example.com`)",
            ),
            ("localhost", "at least two labels"),
            ("api..example.com", "empty label"),
            (".example.com", "empty label"),
            ("Api.example.com", "write it in lowercase"),
            (
                "api_v1.example.com",
                "labels allow only lowercase letters, digits and `-`",
            ),
            (
                "*.example.com",
                "labels allow only lowercase letters, digits and `-`",
            ),
            (
                "bücher.example",
                "labels allow only lowercase letters, digits and `-`",
            ),
            ("-api.example.com", "must not start or end with `-`"),
            ("api-.example.com", "must not start or end with `-`"),
        ];
        for (bad, rule) in cases {
            let e = rule_of::<DomainName>(bad);
            assert!(e.starts_with("domain name: "), "{bad}: {e}");
            assert!(e.contains(rule), "{bad}: `{e}` lacks `{rule}`");
        }
        let long_label = format!("{}.com", "a".repeat(64));
        let e = rule_of::<DomainName>(&long_label);
        assert!(e.contains("64 characters; a label has at most 63"), "{e}");
        let l = "b".repeat(63);
        let too_long = format!("{l}.{l}.{l}.{}", "c".repeat(254 - 3 * 64));
        assert_eq!(too_long.len(), 254);
        let e = rule_of::<DomainName>(&too_long);
        assert!(
            e.contains("254 characters; a domain name has at most 253"),
            "{e}"
        );
    }

    #[test]
    fn a_name_is_in_its_zone_and_not_in_a_lookalike() {
        let zone: DomainName = "example.com".parse().unwrap();
        let is_in = |s: &str| s.parse::<DomainName>().unwrap().is_in(&zone);
        assert!(is_in("example.com"));
        assert!(is_in("api.example.com"));
        assert!(is_in("a.b.example.com"));
        assert!(!is_in("badexample.com"));
        assert!(!is_in("example.org"));
        assert!(!is_in("com.example"));
        let sub: DomainName = "api.example.com".parse().unwrap();
        assert!(!zone.is_in(&sub));
        assert_eq!(sub.labels().collect::<Vec<_>>(), ["api", "example", "com"]);
    }

    #[test]
    fn hosted_zone_ids() {
        let z: HostedZoneId = "Z0123456789ABCDEFGHIJ".parse().unwrap();
        assert_eq!(z.as_str(), "Z0123456789ABCDEFGHIJ");
        let z: HostedZoneId = "/hostedzone/Z2FDTNDATAQYW2".parse().unwrap();
        assert_eq!(z.as_str(), "Z2FDTNDATAQYW2", "the API prefix is stripped");
        assert_eq!(z.to_string(), "Z2FDTNDATAQYW2");
        let max = format!("Z{}", "9".repeat(31));
        assert!(max.parse::<HostedZoneId>().is_ok());
        let cases: &[(&str, &str)] = &[
            ("", "must start with `Z`"),
            ("A0123456789", "must start with `Z`"),
            ("z0123456789", "must start with `Z`"),
            ("/hostedzone/", "must start with `Z`"),
            ("Z", "1 characters; a hosted zone id has 2–32"),
            ("Z0123abc", "only uppercase letters and digits"),
            ("Z0123-456", "only uppercase letters and digits"),
            ("/hostedzone/Z01/", "only uppercase letters and digits"),
        ];
        for (bad, rule) in cases {
            let e = rule_of::<HostedZoneId>(bad);
            assert!(e.starts_with("hosted zone id: "), "{bad}: {e}");
            assert!(e.contains(rule), "{bad}: `{e}` lacks `{rule}`");
        }
        let e = rule_of::<HostedZoneId>(&format!("Z{}", "9".repeat(32)));
        assert!(
            e.contains("33 characters; a hosted zone id has 2–32"),
            "{e}"
        );
    }

    #[test]
    fn intervals_and_thresholds() {
        assert_eq!(HealthCheckInterval::Standard30.seconds(), 30);
        assert_eq!(HealthCheckInterval::Fast10.seconds(), 10);
        assert_eq!(
            HealthCheckInterval::new(10).unwrap(),
            HealthCheckInterval::Fast10
        );
        let e = HealthCheckInterval::new(20).unwrap_err();
        assert!(e.to_string().contains("use 30 or 10"), "{e}");
        assert_eq!(FailureThreshold::new(1).unwrap().count(), 1);
        assert_eq!(FailureThreshold::new(10).unwrap().count(), 10);
        for bad in [0, 11, 256, u32::MAX] {
            let e = FailureThreshold::new(bad).unwrap_err();
            assert!(e.to_string().contains("outside 1–10"), "{bad}: {e}");
        }
    }

    #[test]
    fn dns_values_round_trip_through_json() {
        let d: DomainName = serde_json::from_str("\"api.example.com\"").unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"api.example.com\"");
        let e = serde_json::from_str::<DomainName>("\"API.example.com\"").unwrap_err();
        assert!(e.to_string().contains("lowercase"), "{e}");
        let z: HostedZoneId = serde_json::from_str("\"/hostedzone/Z123\"").unwrap();
        assert_eq!(serde_json::to_string(&z).unwrap(), "\"Z123\"");
        let i: HealthCheckInterval = serde_json::from_str("10").unwrap();
        assert_eq!(i, HealthCheckInterval::Fast10);
        assert_eq!(
            serde_json::to_string(&HealthCheckInterval::Standard30).unwrap(),
            "30"
        );
        let e = serde_json::from_str::<HealthCheckInterval>("15").unwrap_err();
        assert!(e.to_string().contains("use 30 or 10"), "{e}");
        let t: FailureThreshold = serde_json::from_str("3").unwrap();
        assert_eq!(serde_json::to_string(&t).unwrap(), "3");
        let e = serde_json::from_str::<FailureThreshold>("0").unwrap_err();
        assert!(e.to_string().contains("outside 1–10"), "{e}");
        let expr: Expr<String> = (&d).into();
        assert_eq!(expr, Expr::from("api.example.com"));
    }
}
