//! The one error type of the model: it names the field and the rule that was broken.

use std::fmt;

/// A rule broken by input: `field` says where (a config key, a construct path, a JSON
/// path), `rule` says what was expected. Displayed as `field: rule`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Error {
    /// Where the problem is, e.g. `regions.dr` or `payments-dr/network/vpc`.
    pub field: String,
    /// The rule that was broken, in words a user can act on.
    pub rule: String,
}

impl Error {
    /// A new error for `field` breaking `rule`.
    pub fn new(field: impl Into<String>, rule: impl Into<String>) -> Self {
        Error {
            field: field.into(),
            rule: rule.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.rule)
    }
}

impl std::error::Error for Error {}

/// Several errors found together (synth reports every problem, not just the first).
/// Never empty when returned as an `Err`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Errors(pub Vec<Error>);

impl fmt::Display for Errors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "error: {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Errors {}

impl From<Error> for Errors {
    fn from(e: Error) -> Self {
        Errors(vec![e])
    }
}
