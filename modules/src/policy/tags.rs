//! The tag policy: the tag set every taggable resource of each region carries, through
//! provider `default_tags` plus what `default_tags` does not reach (launch templates'
//! `tag_specifications`, Auto Scaling group `tag` blocks, which components fill from
//! [`DrContext::tags`](crate::DrContext::tags)).
//!
//! A stack's [`TagPolicy`] holds one [`TagSet`] per region of the pair and derives the set
//! of any region outside the pair ([`TagPolicy::other`]). [`TagPolicy::dr`] is the default
//! (the requirements' [`DR_TAGS`] in both regions); a stack with its own tagging, such as
//! a `DR-Role` that differs per region, builds its policy with [`TagPolicy::per_region`] or
//! [`TagPolicy::new`] and passes it to
//! [`DrContext::with_tags`](crate::DrContext::with_tags).
//!
//! Tag keys and values follow the AWS rules: a key is 1–128 and a value 0–256 Unicode
//! characters of `\p{L}\p{Z}\p{N}_.:/=+\-@` (the `Tag` data type of the AWS APIs, e.g.
//! Service Quotas API Reference, "Tag",
//! <https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_Tag.html>),
//! neither starts with `aws:` in any combination of case (reserved for AWS), and a
//! resource carries at most 50 user tags (AWS Batch User Guide, "Tag restrictions";
//! Amazon Personalize Developer Guide, "Tagging resources", "Guidelines and
//! requirements", <https://docs.aws.amazon.com/personalize/latest/dg/personalize-managing-tags.html>).

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use tfdr_dsl::{Blocks, Body, Entry, Error, NodeKind, ProviderConfig, RawExpr, StackModel};

use crate::context::{PerRegion, Side};

/// The three tags the requirements put on every resource of the payments-dr and trading-dr
/// stacks: the sets of [`TagPolicy::dr`] in both regions.
pub const DR_TAGS: [(&str, &str); 3] = [
    ("Environment", "DR"),
    ("CostCenter", "Operations"),
    ("Criticality", "High"),
];

/// The longest tag key AWS accepts, in Unicode characters.
pub const MAX_TAG_KEY_LEN: usize = 128;

/// The longest tag value AWS accepts, in Unicode characters (a value may be empty).
pub const MAX_TAG_VALUE_LEN: usize = 256;

/// The most user tags AWS allows on one resource.
pub const MAX_TAGS_PER_RESOURCE: usize = 50;

/// The most tags a [`TagSet`] may hold: one less than [`MAX_TAGS_PER_RESOURCE`], so every
/// resource keeps room for its own `Name` tag.
pub const MAX_POLICY_TAGS: usize = MAX_TAGS_PER_RESOURCE - 1;

/// The tag key the naming policy owns (each resource's own name); a [`TagSet`] cannot set it.
pub const NAME_TAG: &str = "Name";

/// The prefix AWS reserves for its own tags, compared without regard to case.
const RESERVED_PREFIX: &str = "aws:";

/// A character AWS allows in tag keys and values: the API pattern
/// `^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$`.
///
/// `\p{N}` is exactly [`char::is_numeric`] and `\p{Z}` is exactly the non-control
/// characters of [`char::is_whitespace`]. `\p{L}` is approximated by
/// [`char::is_alphabetic`] (Unicode `Alphabetic`), which also holds a few marks and
/// symbols outside `\p{L}` (`Other_Alphabetic`, e.g. combining vowel signs, circled
/// letters): such a character passes here and would be rejected by AWS at apply. Every
/// ASCII decision is exact.
fn allowed_char(c: char) -> bool {
    c.is_alphabetic()
        || c.is_numeric()
        || (c.is_whitespace() && !c.is_control())
        || "_.:/=+-@".contains(c)
}

fn reserved(s: &str) -> bool {
    s.get(..RESERVED_PREFIX.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(RESERVED_PREFIX))
}

/// Checks one tag against the AWS rules, naming the broken rule.
fn check_tag(key: &str, value: &str) -> Result<(), String> {
    let n = key.chars().count();
    if n == 0 {
        return Err("a tag key must not be empty".into());
    }
    if n > MAX_TAG_KEY_LEN {
        return Err(format!(
            "tag key `{key}` is {n} characters; AWS allows at most {MAX_TAG_KEY_LEN}"
        ));
    }
    let n = value.chars().count();
    if n > MAX_TAG_VALUE_LEN {
        return Err(format!(
            "the value of tag `{key}` is {n} characters; AWS allows at most {MAX_TAG_VALUE_LEN}"
        ));
    }
    for (what, s) in [("key", key), ("value", value)] {
        if let Some(c) = s.chars().find(|c| !allowed_char(*c)) {
            return Err(format!(
                "tag {what} `{s}` contains {c:?}; AWS allows letters, digits, spaces and `_.:/=+-@`"
            ));
        }
        if reserved(s) {
            return Err(format!(
                "tag {what} `{s}` starts with `aws:`, which AWS reserves for its own tags"
            ));
        }
    }
    if key == NAME_TAG {
        return Err(format!(
            "tag key `{NAME_TAG}` is each resource's own name (set by the naming policy), not part of a tag set"
        ));
    }
    Ok(())
}

/// A validated set of tags: every key and value follows the AWS tag rules (see the module
/// documentation), there are at most [`MAX_POLICY_TAGS`] of them, and none is `Name`. A
/// value that exists is valid, so a provider's `default_tags` built from it never fails at
/// apply for its keys or values.
///
/// (De)serializes as a JSON object of strings, checked by the same rules.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(
    try_from = "BTreeMap<String, String>",
    into = "BTreeMap<String, String>"
)]
pub struct TagSet(BTreeMap<String, String>);

impl TagSet {
    /// Validates `tags`.
    ///
    /// # Errors
    /// A key that is empty, longer than 128 characters, `Name`, or starts with `aws:`; a
    /// value longer than 256 characters or starting with `aws:`; a character outside
    /// `\p{L}\p{Z}\p{N}_.:/=+\-@`; a key given twice with different values; more than
    /// [`MAX_POLICY_TAGS`] tags. The error's field is `tags.<key>` (or `tags`).
    pub fn new<K: Into<String>, V: Into<String>>(
        tags: impl IntoIterator<Item = (K, V)>,
    ) -> Result<TagSet, Error> {
        let mut map = BTreeMap::new();
        for (k, v) in tags {
            let (k, v) = (k.into(), v.into());
            check_tag(&k, &v).map_err(|rule| Error::new(format!("tags.{k}"), rule))?;
            if let Some(old) = map.get(&k) {
                if *old != v {
                    return Err(Error::new(
                        format!("tags.{k}"),
                        format!("tag `{k}` is given twice, as `{old}` and as `{v}`"),
                    ));
                }
            }
            map.insert(k, v);
        }
        if map.len() > MAX_POLICY_TAGS {
            return Err(Error::new(
                "tags",
                format!(
                    "{} tags; at most {MAX_POLICY_TAGS} fit ({MAX_TAGS_PER_RESOURCE} per resource, one kept for its Name)",
                    map.len()
                ),
            ));
        }
        Ok(TagSet(map))
    }

    /// The tags, sorted by key.
    pub fn as_map(&self) -> &BTreeMap<String, String> {
        &self.0
    }

    /// The value of `key`, if the set has it.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }

    /// `(key, value)` sorted by key.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// The number of tags.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the set has no tag.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// This set with `extra` added.
    ///
    /// # Errors
    /// A key of `extra` is in this set with another value (a policy never silently
    /// overrides one of its own tags), or the union has more than [`MAX_POLICY_TAGS`].
    pub fn union(&self, extra: &TagSet) -> Result<TagSet, Error> {
        TagSet::new(self.iter().chain(extra.iter()))
    }

    /// The tags this set and `other` share (same key, same value).
    pub fn common(&self, other: &TagSet) -> TagSet {
        TagSet(
            self.0
                .iter()
                .filter(|(k, v)| other.0.get(*k) == Some(*v))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        )
    }

    /// The tags with `Name` = `name` added: what a resource that provider `default_tags`
    /// do not reach must carry (instances, volumes and interfaces launched by an Auto
    /// Scaling group). `name` is not checked here; the naming policy made it.
    pub fn with_name(&self, name: &str) -> BTreeMap<String, String> {
        let mut tags = self.0.clone();
        tags.insert(NAME_TAG.to_string(), name.to_string());
        tags
    }
}

impl TryFrom<BTreeMap<String, String>> for TagSet {
    type Error = String;
    fn try_from(map: BTreeMap<String, String>) -> Result<TagSet, String> {
        TagSet::new(map).map_err(|e| e.to_string())
    }
}

impl From<TagSet> for BTreeMap<String, String> {
    fn from(tags: TagSet) -> BTreeMap<String, String> {
        tags.0
    }
}

impl fmt::Display for TagSet {
    /// `{K=V, …}`, sorted by key.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("{")?;
        for (i, (k, v)) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{k}={v}")?;
        }
        f.write_str("}")
    }
}

/// The tag policy of a DR stack: the [`TagSet`] every taggable resource of each region of
/// the pair must carry, and the set of any region outside the pair.
///
/// [`DrContext`](crate::DrContext) puts each region's set on that region's provider as
/// `default_tags`, components tag what `default_tags` does not reach from
/// [`DrContext::tags`](crate::DrContext::tags), and the stack policy check
/// ([`check`](super::check())) verifies at synth that every taggable resource's effective
/// tags (its provider's `default_tags` merged with its own `tags`) hold **its own
/// region's** set.
///
/// **A region outside the pair** (the extra provider
/// [`DrContext::region_scope_for`](crate::DrContext::region_scope_for) adds, e.g. us-east-1
/// for Route 53's health-check alarms and DNS query logs) gets [`TagPolicy::other`]: the
/// tags **both** regions' sets share. What lives there serves the pair as a whole (an
/// alarm watches the primary's and the DR endpoint alike), so a tag that tells the sides
/// apart (`DR-Role`) would be false for it, while everything the two regions agree on
/// (environment, cost center) still holds. When that region is one of the pair's, those
/// resources go through that side's provider and carry that side's set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagPolicy {
    regions: PerRegion<TagSet>,
    other: TagSet,
}

impl TagPolicy {
    /// The default policy: [`DR_TAGS`] (Environment=DR, CostCenter=Operations,
    /// Criticality=High) in both regions and outside the pair — what
    /// [`DrContext::new`](crate::DrContext::new) installs.
    pub fn dr() -> TagPolicy {
        let set = TagSet::new(DR_TAGS).expect("DR_TAGS follow the AWS tag rules");
        TagPolicy::new(PerRegion {
            primary: set.clone(),
            dr: set,
        })
    }

    /// A policy with each region's set given in full.
    pub fn new(regions: PerRegion<TagSet>) -> TagPolicy {
        let other = regions.primary.common(&regions.dr);
        TagPolicy { regions, other }
    }

    /// A policy of `common` tags in both regions, plus `primary` in the primary region and
    /// `dr` in the DR region, e.g. `DR-Role=primary` / `DR-Role=secondary`.
    ///
    /// # Errors
    /// A key of `primary` or `dr` is in `common` with another value, or a region's union
    /// has more than [`MAX_POLICY_TAGS`] tags.
    pub fn per_region(common: &TagSet, primary: &TagSet, dr: &TagSet) -> Result<TagPolicy, Error> {
        Ok(TagPolicy::new(PerRegion {
            primary: common.union(primary)?,
            dr: common.union(dr)?,
        }))
    }

    /// The set every taggable resource of `side`'s region carries.
    pub fn region(&self, side: Side) -> &TagSet {
        self.regions.get(side)
    }

    /// Both regions' sets.
    pub fn regions(&self) -> &PerRegion<TagSet> {
        &self.regions
    }

    /// The set of a region outside the pair: the tags both regions' sets share (see the
    /// type's documentation for why).
    pub fn other(&self) -> &TagSet {
        &self.other
    }

    /// The set a resource bound to `provider` must carry: the primary's for `aws.primary`,
    /// the DR region's for `aws.dr`, [`TagPolicy::other`] for any other configuration —
    /// with a description of that region for error messages.
    pub fn for_provider(&self, provider: Option<&ProviderConfig>) -> (&TagSet, String) {
        let alias = provider.and_then(|p| p.alias.as_deref());
        match Side::BOTH.into_iter().find(|s| Some(s.alias()) == alias) {
            Some(side) => (
                self.region(side),
                format!(
                    "the {} region's set (aws.{})",
                    side_label(side),
                    side.alias()
                ),
            ),
            None => (
                &self.other,
                format!(
                    "the set of a region outside the pair ({}), the tags both regions share",
                    alias.map_or("no provider".to_string(), |a| format!("aws.{a}"))
                ),
            ),
        }
    }
}

fn side_label(side: Side) -> &'static str {
    match side {
        Side::Primary => "primary",
        Side::Dr => "DR",
    }
}

impl Default for TagPolicy {
    /// [`TagPolicy::dr`].
    fn default() -> TagPolicy {
        TagPolicy::dr()
    }
}

/// Literal string entries of a `tags`-like argument (non-literal values are skipped).
pub fn literal_tags(body: &Body, attr: &str) -> BTreeMap<String, String> {
    match body.get(attr) {
        Some(Entry::Attr(RawExpr::Object(map))) => map
            .iter()
            .filter_map(|(k, v)| match v {
                RawExpr::String(s) => Some((k.clone(), s.clone())),
                _ => None,
            })
            .collect(),
        _ => BTreeMap::new(),
    }
}

/// The tags node `index` ends up with: its provider's `default_tags` merged with its own
/// `tags` (its own win), as the AWS provider computes `tags_all`.
pub fn effective_tags(model: &StackModel, index: usize) -> BTreeMap<String, String> {
    let node = &model.nodes[index];
    let mut tags = BTreeMap::new();
    if let Some(p) = node
        .meta
        .provider
        .and_then(|p| model.providers.get(p.index))
    {
        if let Some(Entry::Blocks(Blocks::Single(dt))) = p.body.get("default_tags") {
            tags.extend(literal_tags(dt, "tags"));
        }
    }
    if let NodeKind::Element { body, .. } = &node.kind {
        tags.extend(literal_tags(body, "tags"));
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(tags: &[(&str, &str)]) -> TagSet {
        TagSet::new(tags.iter().copied()).unwrap_or_else(|e| panic!("{e}"))
    }

    fn rule(tags: &[(&str, &str)]) -> String {
        TagSet::new(tags.iter().copied())
            .expect_err("the set breaks a rule")
            .to_string()
    }

    #[test]
    fn valid_keys_and_values() {
        let s = set(&[
            ("DR-Role", "secondary"),
            ("cost:center/team_a", "ops@example.com"),
            ("Empty", ""),
            ("Owner", "Équipe données 2"),
            ("a", "x=y+z.w"),
            (&"k".repeat(128), &"v".repeat(256)),
        ]);
        assert_eq!(s.len(), 6);
        assert_eq!(s.get("Empty"), Some(""));
        // Non-ASCII letters count as one character each.
        set(&[(&"é".repeat(128), &"ü".repeat(256))]);
        // The default set is valid.
        assert_eq!(TagPolicy::dr().region(Side::Dr).len(), 3);
    }

    #[test]
    fn invalid_keys_and_values_name_the_rule() {
        assert!(rule(&[("", "x")]).contains("must not be empty"));
        assert!(rule(&[(&"k".repeat(129), "x")]).contains("at most 128"));
        assert!(rule(&[("k", &"v".repeat(257))]).contains("at most 256"));
        for bad in ["a*b", "a#b", "tab\tkey", "a,b", "quote\"", "semi;"] {
            let e = rule(&[(bad, "x")]);
            assert!(e.contains("contains"), "{bad}: {e}");
            let e = rule(&[("k", bad)]);
            assert!(e.contains("tag value"), "{bad}: {e}");
        }
        for bad in ["aws:role", "AWS:role", "Aws:x"] {
            assert!(rule(&[(bad, "x")]).contains("reserves"), "{bad}");
            assert!(rule(&[("k", bad)]).contains("reserves"), "{bad}");
        }
        // `aws` without the colon, or later in the key, is the user's.
        set(&[("awsome", "x-aws:y"), ("team:aws:x", "aws")]);
        assert!(rule(&[("Name", "x")]).contains("naming policy"));
        let e = rule(&[("DR-Role", "primary"), ("DR-Role", "secondary")]);
        assert!(e.contains("tags.DR-Role") && e.contains("twice"), "{e}");
        // The same tag twice is the same set.
        assert_eq!(set(&[("a", "1"), ("a", "1")]).len(), 1);
    }

    #[test]
    fn at_most_49_tags_leave_room_for_the_name() {
        let tags: Vec<(String, String)> = (0..49)
            .map(|i| (format!("k{i}"), "v".to_string()))
            .collect();
        assert_eq!(TagSet::new(tags.clone()).unwrap().len(), MAX_POLICY_TAGS);
        let mut more = tags;
        more.push(("k49".into(), "v".into()));
        let e = TagSet::new(more).unwrap_err().to_string();
        assert!(e.contains("50 tags; at most 49"), "{e}");
    }

    #[test]
    fn per_region_adds_each_sides_tags_and_the_outside_gets_the_shared_ones() {
        let common = set(&[("Environment", "Prod"), ("CostCenter", "Payments")]);
        let p = TagPolicy::per_region(
            &common,
            &set(&[("DR-Role", "primary")]),
            &set(&[("DR-Role", "secondary")]),
        )
        .unwrap();
        assert_eq!(p.region(Side::Primary).get("DR-Role"), Some("primary"));
        assert_eq!(p.region(Side::Dr).get("DR-Role"), Some("secondary"));
        assert_eq!(p.region(Side::Dr).get("CostCenter"), Some("Payments"));
        assert_eq!(p.other(), &common);
        // A side may not override a common tag.
        let e = TagPolicy::per_region(&common, &set(&[("Environment", "DR")]), &set(&[]))
            .unwrap_err()
            .to_string();
        assert!(e.contains("tags.Environment") && e.contains("twice"), "{e}");
        // The default: the same three tags everywhere, outside the pair too.
        let dr = TagPolicy::dr();
        assert_eq!(dr.region(Side::Primary), dr.region(Side::Dr));
        assert_eq!(dr.other(), dr.region(Side::Primary));
        assert_eq!(
            dr.other().to_string(),
            "{CostCenter=Operations, Criticality=High, Environment=DR}"
        );
    }

    #[test]
    fn a_set_deserializes_through_the_same_rules() {
        let s: TagSet = serde_json::from_str(r#"{"DR-Role":"primary"}"#).unwrap();
        assert_eq!(s.get("DR-Role"), Some("primary"));
        let e = serde_json::from_str::<TagSet>(r#"{"aws:x":"y"}"#).unwrap_err();
        assert!(e.to_string().contains("reserves"), "{e}");
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            r#"{"DR-Role":"primary"}"#
        );
    }
}
