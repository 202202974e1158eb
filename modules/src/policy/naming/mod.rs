//! Names: `{resource-type}-{environmentSuffix}`, one reviewed table of AWS name rules, and
//! deterministic shortening that never cuts the suffix.

use md5::{Digest, Md5};
use tfdr_dsl::{Error, Region, TypedSpec};

use super::suffix::EnvironmentSuffix;

mod rules;

pub use rules::NAME_RULES;

/// Which characters a name may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charset {
    /// `a-z 0-9 -` (RDS identifiers, S3 buckets without dots).
    LowerAlnumHyphen,
    /// `a-z A-Z 0-9 -` (load balancers, target groups).
    AlnumHyphen,
    /// `a-z A-Z 0-9 - _` (Lambda, SNS).
    AlnumHyphenUnderscore,
    /// `a-z A-Z 0-9 - _ .` (DynamoDB tables).
    AlnumHyphenUnderscoreDot,
    /// `\w+=,.@-` (IAM roles and policies).
    Iam,
    /// `a-z A-Z 0-9 / _ + = . @ -` (Secrets Manager, KMS aliases, log groups).
    PathLike,
    /// Any printable character except control characters (alarm names, SG names).
    Printable,
}

impl Charset {
    fn allows(self, c: char) -> bool {
        match self {
            Charset::LowerAlnumHyphen => c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-',
            Charset::AlnumHyphen => c.is_ascii_alphanumeric() || c == '-',
            Charset::AlnumHyphenUnderscore => c.is_ascii_alphanumeric() || c == '-' || c == '_',
            Charset::AlnumHyphenUnderscoreDot => {
                c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')
            }
            Charset::Iam => c.is_ascii_alphanumeric() || "_+=,.@-".contains(c),
            Charset::PathLike => c.is_ascii_alphanumeric() || "/_+=.@-#".contains(c),
            Charset::Printable => !c.is_control(),
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Charset::LowerAlnumHyphen => "lowercase letters, digits and `-`",
            Charset::AlnumHyphen => "letters, digits and `-`",
            Charset::AlnumHyphenUnderscore => "letters, digits, `-` and `_`",
            Charset::AlnumHyphenUnderscoreDot => "letters, digits, `-`, `_` and `.`",
            Charset::Iam => "letters, digits and `_+=,.@-`",
            Charset::PathLike => "letters, digits and `/_+=.@-#`",
            Charset::Printable => "printable characters",
        }
    }
}

/// Whether a name must differ between regions (or is global to the account/partition).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameScope {
    /// Unique per region: the same name may be used in each region.
    Regional,
    /// Unique per account or globally (IAM, S3, global clusters), or shared across regions
    /// in a way that must not collide (RDS identifiers of a global database): the name
    /// carries a region token.
    Global,
}

/// How a resource type is named: by an argument, or (no name argument) by a `Name` tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameAttr {
    /// The argument holding the name, e.g. `name`, `bucket_prefix`, `cluster_identifier`.
    Argument(&'static str),
    /// The type has no name argument; it gets a `Name` tag with the same pattern.
    NameTag,
}

/// One row of the reviewed name-rule table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameRule {
    /// The Terraform resource type.
    pub resource_type: &'static str,
    /// Where the name goes.
    pub attr: NameAttr,
    /// Shortest allowed length.
    pub min_len: usize,
    /// Longest allowed length (for `*_prefix` arguments: the prefix limit).
    pub max_len: usize,
    /// Allowed characters.
    pub charset: Charset,
    /// Must start with a letter.
    pub starts_with_letter: bool,
    /// Must not contain `--` nor end with `-` (RDS identifiers, load balancers).
    pub no_double_or_trailing_hyphen: bool,
    /// Region token needed.
    pub scope: NameScope,
    /// Where the rule comes from (AWS API reference / provider validation).
    pub source: &'static str,
}

const fn rule(
    resource_type: &'static str,
    attr: NameAttr,
    max_len: usize,
    charset: Charset,
    scope: NameScope,
    source: &'static str,
) -> NameRule {
    NameRule {
        resource_type,
        attr,
        min_len: 1,
        max_len,
        charset,
        starts_with_letter: false,
        no_double_or_trailing_hyphen: false,
        scope,
        source,
    }
}

/// A type without a name argument, named by a `Name` tag of up to 256 printable
/// characters (the EC2/tagging limit), unique per region.
const fn tag_named(resource_type: &'static str, source: &'static str) -> NameRule {
    rule(
        resource_type,
        NameAttr::NameTag,
        256,
        Charset::Printable,
        NameScope::Regional,
        source,
    )
}

const fn strict(mut r: NameRule) -> NameRule {
    r.starts_with_letter = true;
    r.no_double_or_trailing_hyphen = true;
    r
}

/// The row for `resource_type`, if the table has one.
pub fn name_rule(resource_type: &str) -> Option<&'static NameRule> {
    NAME_RULES.iter().find(|r| r.resource_type == resource_type)
}

impl NameRule {
    /// Whether the name goes into a `*_prefix` argument (the provider appends a unique
    /// part, so the name ends with `-`).
    pub fn is_prefix(&self) -> bool {
        matches!(self.attr, NameAttr::Argument(a) if a.ends_with("_prefix"))
    }

    /// Checks `name` against the rule; the error names the resource type, argument, value
    /// and broken rule.
    ///
    /// # Errors
    /// Length out of range, a disallowed character, a leading non-letter, `--` or a
    /// trailing `-` where forbidden.
    pub fn check(&self, name: &str) -> Result<(), Error> {
        let attr = match self.attr {
            NameAttr::Argument(a) => a,
            NameAttr::NameTag => "tags.Name",
        };
        let field = format!("{}.{attr}", self.resource_type);
        let len = name.chars().count();
        if len < self.min_len || len > self.max_len {
            return Err(Error::new(
                field,
                format!(
                    "`{name}` is {len} characters; the rule allows {}-{} ({})",
                    self.min_len, self.max_len, self.source
                ),
            ));
        }
        if let Some(c) = name.chars().find(|c| !self.charset.allows(*c)) {
            return Err(Error::new(
                field,
                format!(
                    "`{name}` contains {c:?}; allowed: {}",
                    self.charset.describe()
                ),
            ));
        }
        if self.starts_with_letter && !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return Err(Error::new(
                field,
                format!("`{name}` must start with a letter"),
            ));
        }
        if self.no_double_or_trailing_hyphen && (name.contains("--") || name.ends_with('-')) {
            return Err(Error::new(
                field,
                format!("`{name}` must not contain `--` or end with `-`"),
            ));
        }
        Ok(())
    }
}

/// A short region token: `us-east-1` → `use1`, `eu-central-2` → `euc2`.
pub fn region_token(region: Region) -> String {
    let mut out = String::new();
    for part in region.as_str().split('-') {
        if out.is_empty() || part.chars().all(|c| c.is_ascii_digit()) {
            out.push_str(part);
        } else {
            let t = match part {
                "east" => "e",
                "west" => "w",
                "north" => "n",
                "south" => "s",
                "central" => "c",
                "northeast" => "ne",
                "northwest" => "nw",
                "southeast" => "se",
                "southwest" => "sw",
                "gov" => "g",
                other => &other[..1],
            };
            out.push_str(t);
        }
    }
    out
}

/// Builds names from the environment suffix: `{resource-type}-{suffix}`, with a region
/// token before the suffix where the table says the name is global
/// (`{resource-type}-{region}-{suffix}`). Every name is checked against its rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Naming {
    suffix: EnvironmentSuffix,
}

impl Naming {
    /// Names for this suffix.
    pub fn new(suffix: EnvironmentSuffix) -> Self {
        Naming { suffix }
    }

    /// The suffix.
    pub fn suffix(&self) -> &EnvironmentSuffix {
        &self.suffix
    }

    /// The name of a `T` resource called `base` (e.g. `aurora`, `sessions`) in `region`:
    /// the value of its name argument, or of its `Name` tag when the type has none.
    /// Global names carry the region token. When the result is too long for the rule,
    /// `base` is shortened deterministically (a prefix plus 4 hex digits of its MD5); the
    /// region token and the suffix are never cut. For `*_prefix` arguments the result ends
    /// with `-`, since the provider appends a unique part.
    ///
    /// # Errors
    /// No row for `T` in [`NAME_RULES`], or the name breaks the row's rule (a `base` with
    /// characters the service does not allow, or no shortening fits).
    pub fn of<T: TypedSpec>(&self, base: &str, region: Region) -> Result<String, Error> {
        self.for_type(T::TYPE, base, region)
    }

    /// [`Naming::of`] for a type known only by its Terraform name (the policy check and
    /// tests over the rule table use it; components use [`Naming::of`]).
    ///
    /// # Errors
    /// As [`Naming::of`].
    pub fn for_type(
        &self,
        resource_type: &str,
        base: &str,
        region: Region,
    ) -> Result<String, Error> {
        let rule = name_rule(resource_type).ok_or_else(|| {
            Error::new(
                resource_type,
                "has no row in the name-rule table (modules/src/policy/naming/rules.rs NAME_RULES); add one after checking the AWS rule",
            )
        })?;
        let is_prefix = rule.is_prefix();
        let tail = self.tail(rule, region);
        let budget = rule.max_len.saturating_sub(tail.chars().count());
        let base = if base.chars().count() <= budget {
            base.to_string()
        } else {
            if budget < 6 {
                return Err(Error::new(
                    resource_type,
                    format!(
                        "no room for `{base}` before `{tail}` within {} characters",
                        rule.max_len
                    ),
                ));
            }
            let hash = Md5::digest(base.as_bytes());
            let hex = format!("{:02x}{:02x}", hash[0], hash[1]);
            let keep: String = base.chars().take(budget - 5).collect();
            format!("{}-{hex}", keep.trim_end_matches('-'))
        };
        let name = format!("{base}{tail}");
        if is_prefix {
            rule.check(name.trim_end_matches('-'))?;
        } else {
            rule.check(&name)?;
        }
        Ok(name)
    }

    /// The name [`Naming::of`] would build, without shortening or checking: what a
    /// component uses after the failure was recorded, so construction can go on.
    pub fn unchecked<T: TypedSpec>(&self, base: &str, region: Region) -> String {
        self.unchecked_for_type(T::TYPE, base, region)
    }

    // Not generic: the rule lookup is compiled once, not once per resource type.
    fn unchecked_for_type(&self, resource_type: &str, base: &str, region: Region) -> String {
        match name_rule(resource_type) {
            Some(rule) => format!("{base}{}", self.tail(rule, region)),
            None => format!("{base}-{}", self.suffix.as_str()),
        }
    }

    fn tail(&self, rule: &NameRule, region: Region) -> String {
        let mut tail = String::new();
        if rule.scope == NameScope::Global {
            tail.push('-');
            tail.push_str(&region_token(region));
        }
        tail.push('-');
        tail.push_str(self.suffix.as_str());
        if rule.is_prefix() {
            tail.push('-');
        }
        tail
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::suffix::{MAX_SUFFIX_LEN, MIN_READABLE_BASE};
    use tfdr_dsl::aws::{LbTargetGroup, RdsCluster, S3Bucket, SnsTopic};

    fn naming(s: &str) -> Naming {
        Naming::new(EnvironmentSuffix::new(s).unwrap())
    }

    #[test]
    fn region_tokens() {
        assert_eq!(region_token(Region::UsEast1), "use1");
        assert_eq!(region_token(Region::EuCentral2), "euc2");
        assert_eq!(region_token(Region::ApSoutheast1), "apse1");
        assert_eq!(region_token(Region::UsGovWest1), "usgw1");
    }

    #[test]
    fn names_follow_the_pattern() {
        let n = naming("dev");
        assert_eq!(
            n.of::<SnsTopic>("alerts", Region::UsEast1).unwrap(),
            "alerts-dev"
        );
        assert_eq!(
            n.of::<RdsCluster>("aurora", Region::UsEast2).unwrap(),
            "aurora-use2-dev"
        );
        assert_eq!(
            n.of::<S3Bucket>("audit", Region::UsEast1).unwrap(),
            "audit-use1-dev-"
        );
    }

    #[test]
    fn shortening_keeps_region_and_suffix() {
        let n = naming("abcdefghijklmnop");
        let name = n
            .of::<LbTargetGroup>("payments-api-targets", Region::UsEast1)
            .unwrap();
        assert!(name.len() <= 32, "{name}");
        assert!(name.ends_with("-abcdefghijklmnop"), "{name}");
        assert_eq!(
            name,
            n.of::<LbTargetGroup>("payments-api-targets", Region::UsEast1)
                .unwrap(),
            "deterministic"
        );
    }

    #[test]
    fn unknown_type_is_an_error() {
        let e = naming("dev")
            .for_type("aws_made_up", "x", Region::UsEast1)
            .unwrap_err();
        assert!(e.rule.contains("no row"), "{e}");
    }

    #[test]
    fn max_suffix_follows_from_the_tightest_rule() {
        let tightest = NAME_RULES.iter().map(|r| r.max_len).min().unwrap();
        assert_eq!(tightest, 32);
        assert_eq!(MAX_SUFFIX_LEN, tightest - 1 - MIN_READABLE_BASE);
    }

    #[test]
    fn every_rule_admits_the_longest_suffix_with_a_short_base() {
        let n = naming(&"a".repeat(MAX_SUFFIX_LEN));
        for r in NAME_RULES {
            for region in [Region::UsEast1, Region::ApSoutheast1, Region::UsGovWest1] {
                n.for_type(r.resource_type, "component-name", region)
                    .unwrap_or_else(|e| panic!("{}: {e}", r.resource_type));
            }
        }
    }
}
