//! Names and paths of REST APIs.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use tfdr_dsl::{Error, Expr};

/// The path of an API route: `/` followed by one or more segments, each either literal
/// text (`A–Z a–z 0–9 . _ -`) or a path parameter (`{name}`, or `{name+}` as the last
/// segment for a greedy match). No trailing slash, no empty segment. E.g. `/payments`,
/// `/payments/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ApiPath(String);

impl ApiPath {
    /// The path.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The segments, in order (`/payments/{id}` → `payments`, `{id}`).
    pub fn segments(&self) -> impl Iterator<Item = &str> {
        self.0[1..].split('/')
    }

    fn to_text(&self) -> String {
        self.0.clone()
    }
}

fn literal_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')
}

impl FromStr for ApiPath {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        let bad = |why: &str| {
            Error::new(
                "API route path",
                format!("`{s}` {why}: a route path is `/` and segments of A–Z a–z 0–9 . _ - or {{param}} ({{param+}} last), e.g. /payments/{{id}}"),
            )
        };
        let Some(rest) = s.strip_prefix('/') else {
            return Err(bad("does not start with /"));
        };
        if rest.is_empty() {
            return Err(bad(
                "has no segment (the root resource has no route of its own here)",
            ));
        }
        let segments: Vec<&str> = rest.split('/').collect();
        for (i, seg) in segments.iter().enumerate() {
            if seg.is_empty() {
                return Err(bad("has an empty segment or a trailing slash"));
            }
            if let Some(inner) = seg.strip_prefix('{').and_then(|x| x.strip_suffix('}')) {
                let (name, greedy) = match inner.strip_suffix('+') {
                    Some(n) => (n, true),
                    None => (inner, false),
                };
                if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    return Err(bad("has a parameter name that is not A–Z a–z 0–9 _"));
                }
                if greedy && i + 1 != segments.len() {
                    return Err(bad("has a greedy {param+} that is not the last segment"));
                }
            } else if !seg.chars().all(literal_char) {
                return Err(bad(
                    "has a segment with a character outside A–Z a–z 0–9 . _ -",
                ));
            }
        }
        Ok(ApiPath(s.to_string()))
    }
}

text_value!(ApiPath);

/// The name of an API Gateway stage: 1–128 characters of `A–Z a–z 0–9 _` (e.g. `v1`,
/// `prod`). It is the first segment of every URL on the API's own endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StageName(String);

impl StageName {
    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn to_text(&self) -> String {
        self.0.clone()
    }
}

impl FromStr for StageName {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        if (1..=128).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            Ok(StageName(s.to_string()))
        } else {
            Err(Error::new(
                "API stage name",
                format!("`{s}` is not 1–128 characters of A–Z a–z 0–9 _ (API Gateway CreateStage)"),
            ))
        }
    }
}

text_value!(StageName);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn route_paths() {
        for ok in [
            "/payments",
            "/health",
            "/payments/{id}",
            "/files/{proxy+}",
            "/a.b/c_d-e",
        ] {
            assert_eq!(ok.parse::<ApiPath>().unwrap().as_str(), ok);
        }
        for (bad, why) in [
            ("payments", "does not start with /"),
            ("/", "has no segment"),
            ("/payments/", "empty segment or a trailing slash"),
            ("//x", "empty segment"),
            ("/pay ments", "character outside"),
            ("/{proxy+}/x", "greedy"),
            ("/{}", "parameter name"),
        ] {
            let e = bad.parse::<ApiPath>().unwrap_err();
            assert!(e.rule.contains(why), "{bad}: {e}");
            assert!(e.to_string().contains("API route path"), "{e}");
        }
        let p: ApiPath = "/payments/{id}".parse().unwrap();
        assert_eq!(p.segments().collect::<Vec<_>>(), ["payments", "{id}"]);
    }

    #[test]
    fn stage_names() {
        assert_eq!("prod".parse::<StageName>().unwrap().as_str(), "prod");
        assert_eq!("v1_2".parse::<StageName>().unwrap().to_string(), "v1_2");
        for bad in ["", "pro-d", "a/b", &"x".repeat(129)] {
            let e = bad.parse::<StageName>().unwrap_err();
            assert!(e.rule.contains("1–128"), "{e}");
        }
        let s: StageName = serde_json::from_str("\"live\"").unwrap();
        assert_eq!(s.as_str(), "live");
        assert!(serde_json::from_str::<StageName>("\"no-dash\"").is_err());
    }
}
