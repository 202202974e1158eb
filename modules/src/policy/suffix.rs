//! The environment suffix every name carries.

use std::fmt;

use tfdr_dsl::Error;

/// The longest suffix any name can carry. It follows from the tightest name rule in
/// [`super::naming::NAME_RULES`] (load balancer and target group names, 32 characters):
/// 32 − 1 (the `-` before the suffix) − [`MIN_READABLE_BASE`] = 16, so that even there a
/// name keeps 15 readable characters of its resource-type part. A test re-derives it from
/// the table.
pub const MAX_SUFFIX_LEN: usize = 16;

/// Characters of the resource-type part a name keeps under the tightest rule.
pub const MIN_READABLE_BASE: usize = 15;

/// A validated environment suffix: 1–16 characters, lowercase letters, digits and single
/// hyphens, starting with a letter and not ending with a hyphen. These rules make every
/// name built from it valid for S3 (lowercase), RDS identifiers (start with a letter, no
/// `--`, no trailing `-`) and the shortest limits (see [`MAX_SUFFIX_LEN`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EnvironmentSuffix(String);

impl EnvironmentSuffix {
    /// Validates `s`, naming the broken rule.
    ///
    /// # Errors
    /// Empty, too long, uppercase, characters other than `a-z0-9-`, not starting with a
    /// letter, ending with `-`, or containing `--`.
    pub fn new(s: &str) -> Result<Self, Error> {
        let field = "environment_suffix";
        let fail = |rule: String| Err(Error::new(field, rule));
        if s.is_empty() {
            return fail("must not be empty".into());
        }
        if s.len() > MAX_SUFFIX_LEN {
            return fail(format!(
                "`{s}` is {} characters; at most {MAX_SUFFIX_LEN} fit the tightest AWS name rule (load balancer names, 32 characters)",
                s.len()
            ));
        }
        if s.chars().any(|c| c.is_ascii_uppercase()) {
            return fail(format!(
                "`{s}` must be lowercase (S3 bucket and RDS names are)"
            ));
        }
        if let Some(c) = s
            .chars()
            .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
        {
            return fail(format!(
                "`{s}` contains {c:?}; only lowercase letters, digits and `-` are allowed"
            ));
        }
        if !s.starts_with(|c: char| c.is_ascii_lowercase()) {
            return fail(format!(
                "`{s}` must start with a letter (RDS identifiers do)"
            ));
        }
        if s.ends_with('-') {
            return fail(format!("`{s}` must not end with `-`"));
        }
        if s.contains("--") {
            return fail(format!(
                "`{s}` must not contain `--` (RDS identifiers cannot)"
            ));
        }
        Ok(EnvironmentSuffix(s.to_string()))
    }

    /// The suffix text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::str::FromStr for EnvironmentSuffix {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        EnvironmentSuffix::new(s)
    }
}

impl serde::Serialize for EnvironmentSuffix {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for EnvironmentSuffix {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        EnvironmentSuffix::new(&s).map_err(|e| serde::de::Error::custom(e.rule))
    }
}

impl fmt::Display for EnvironmentSuffix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_typical_suffixes() {
        for s in ["dev", "pr-1234", "a", "prod2", "abcdefghijklmnop"] {
            assert!(EnvironmentSuffix::new(s).is_ok(), "{s}");
        }
    }

    #[test]
    fn rejects_with_the_rule() {
        let cases = [
            ("", "must not be empty"),
            ("Dev", "lowercase"),
            ("dev_1", "contains '_'"),
            ("1dev", "start with a letter"),
            ("dev-", "end with"),
            ("a--b", "--"),
            ("abcdefghijklmnopq", "at most 16"),
        ];
        for (s, rule) in cases {
            let e = EnvironmentSuffix::new(s).unwrap_err();
            assert_eq!(e.field, "environment_suffix");
            assert!(e.rule.contains(rule), "{s}: {e}");
        }
    }
}
