//! Assertions on synthesized stacks, after CDKTF's Jest matchers.
//!
//! | CDKTF | tfdr |
//! | --- | --- |
//! | `Testing.synthScope` | [`synth`](crate::synth()) |
//! | `toHaveResource` | [`Synthesized::assert_has_resource`] |
//! | `toHaveResourceWithProperties` | [`Synthesized::assert_has_resource_with`] |
//! | `toHaveDataSource` | [`Synthesized::assert_has_data_source`] |
//! | `toHaveDataSourceWithProperties` | [`Synthesized::assert_has_data_source_with`] |
//! | `not.toHaveResource` | [`Synthesized::assert_no_resource`] |
//! | `toBeValidTerraform` | [`Synthesized::assert_valid_terraform`] |
//!
//! Keyed by the generated binding instead of a type name (the kind comes from
//! [`TypedSpec::KIND`], so data sources and ephemeral resources are found
//! where they live):
//!
//! | CDKTF | tfdr |
//! | --- | --- |
//! | `toHaveResource(S3Bucket)` | `synth.assert_has::<S3Bucket>(&json!({}))` ([`Synthesized::assert_has`]) |
//! | `toHaveResourceWithProperties(S3Bucket, {…})` | `synth.assert_has::<S3Bucket>(&json!({…}))` |
//! | `toHaveDataSource(DataAwsCallerIdentity)` | `synth.assert_has::<data::CallerIdentity>(&json!({}))` |
//! | `not.toHaveResource(S3Bucket)` | `synth.assert_none::<S3Bucket>()` ([`Synthesized::assert_none`]) |
//! | — | `synth.assert_count::<S3Bucket>(2)` ([`Synthesized::assert_count`]) |
//!
//! Property matching is [`matches()`]: a subset match. Every failing assertion
//! panics with a message naming the stack and the type, listing what the
//! document *does* hold (types present, the closest candidates with what
//! differs and their pretty-printed bodies), and points at the caller's line.

#![warn(missing_docs)]

use std::fmt;

use serde_json::Value;
use tfdr_dsl::{ElementKind, TypedSpec};

use crate::synth::{kind_noun, Found, Synthesized, METADATA_KEY};
use crate::terraform::{Terraform, TfError, Validation};

/// How many candidates are shown with their bodies in a failure message.
const CANDIDATES_WITH_BODY: usize = 3;
/// Longest body (in lines) printed in a failure message.
const MAX_BODY_LINES: usize = 60;
/// Most mismatches listed per candidate.
const MAX_MISMATCHES: usize = 8;
/// Longest JSON value (in characters) quoted inside a mismatch line.
const MAX_VALUE_CHARS: usize = 200;

/// True when `actual` contains `expected`, with the subset semantics of
/// CDKTF's `toHaveResourceWithProperties`:
///
/// * objects: every key of `expected` must be present in `actual` and its
///   value must match recursively; keys only in `actual` are ignored. An
///   expected `null` also matches an absent key (Terraform treats an unset
///   argument as `null`);
/// * arrays: the same length, and each element matches the element at the
///   same position;
/// * scalars: equal (numbers by numeric value, so `1` matches `1.0`);
/// * the `"//"` metadata key is ignored at every level, in both values.
///
/// Guarantees: `matches(a, b)` is true exactly when [`mismatches()`]`(a, b)`
/// is empty; `matches(v, v)` holds for every `v`; `matches(v, &json!({}))`
/// holds for every object `v`.
pub fn matches(actual: &Value, expected: &Value) -> bool {
    match (actual, expected) {
        (Value::Object(a), Value::Object(e)) => e
            .iter()
            .filter(|(k, _)| k.as_str() != METADATA_KEY)
            .all(|(k, ev)| match a.get(k) {
                Some(av) => matches(av, ev),
                None => ev.is_null(),
            }),
        (Value::Array(a), Value::Array(e)) => {
            a.len() == e.len() && a.iter().zip(e).all(|(av, ev)| matches(av, ev))
        }
        (a, e) => scalar_eq(a, e),
    }
}

fn scalar_eq(a: &Value, e: &Value) -> bool {
    match (a, e) {
        (Value::Number(x), Value::Number(y)) => {
            x == y || ((x.is_f64() || y.is_f64()) && x.as_f64() == y.as_f64())
        }
        (Value::Object(_) | Value::Array(_), _) | (_, Value::Object(_) | Value::Array(_)) => false,
        _ => a == e,
    }
}

/// One place where an actual value does not contain the expected one.
#[derive(Debug, Clone, PartialEq)]
pub struct Mismatch {
    /// Where, as a path into the body: `bucket`, `tags.env`, `rule[0].id`;
    /// `.` for the value itself.
    pub path: String,
    /// The expected value at `path`.
    pub expected: Value,
    /// The actual value at `path`; `None` when the key is absent.
    pub actual: Option<Value>,
}

impl fmt::Display for Mismatch {
    /// `at `path`: expected X, found Y` (values as compact JSON, long ones cut).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at `{}`: ", self.path)?;
        match (&self.actual, &self.expected) {
            (None, e) => write!(f, "expected {}, but the key is absent", compact(e)),
            (Some(Value::Array(a)), Value::Array(e)) if a.len() != e.len() => write!(
                f,
                "expected {} element{}, found {}: {}",
                e.len(),
                if e.len() == 1 { "" } else { "s" },
                a.len(),
                compact(&Value::Array(a.clone()))
            ),
            (Some(a), e) => write!(f, "expected {}, found {}", compact(e), compact(a)),
        }
    }
}

/// Every place where `actual` does not contain `expected` under the
/// semantics of [`matches()`], in document order (the differences a failure
/// message lists).
pub fn mismatches(actual: &Value, expected: &Value) -> Vec<Mismatch> {
    let mut out = Vec::new();
    collect_mismatches(actual, expected, &mut String::new(), &mut out);
    out
}

fn collect_mismatches(
    actual: &Value,
    expected: &Value,
    path: &mut String,
    out: &mut Vec<Mismatch>,
) {
    let here = |p: &str| {
        if p.is_empty() {
            ".".to_string()
        } else {
            p.to_string()
        }
    };
    match (actual, expected) {
        (Value::Object(a), Value::Object(e)) => {
            for (k, ev) in e.iter().filter(|(k, _)| k.as_str() != METADATA_KEY) {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
                match a.get(k) {
                    Some(av) => collect_mismatches(av, ev, path, out),
                    None if ev.is_null() => {}
                    None => out.push(Mismatch {
                        path: path.clone(),
                        expected: ev.clone(),
                        actual: None,
                    }),
                }
                path.truncate(len);
            }
        }
        (Value::Array(a), Value::Array(e)) if a.len() == e.len() => {
            for (i, (av, ev)) in a.iter().zip(e).enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                collect_mismatches(av, ev, path, out);
                path.truncate(len);
            }
        }
        (a, e) => {
            if !scalar_eq(a, e) {
                out.push(Mismatch {
                    path: here(path),
                    expected: e.clone(),
                    actual: Some(a.clone()),
                });
            }
        }
    }
}

fn compact(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > MAX_VALUE_CHARS {
        let cut: String = s.chars().take(MAX_VALUE_CHARS).collect();
        format!("{cut}…")
    } else {
        s
    }
}

fn pretty(v: &Value, indent: usize) -> String {
    let text = serde_json::to_string_pretty(v).unwrap_or_else(|_| v.to_string());
    let pad = " ".repeat(indent);
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = lines
        .iter()
        .take(MAX_BODY_LINES)
        .map(|l| format!("{pad}{l}"))
        .collect();
    if lines.len() > MAX_BODY_LINES {
        out.push(format!(
            "{pad}… ({} more lines)",
            lines.len() - MAX_BODY_LINES
        ));
    }
    out.join("\n")
}

/// Levenshtein distance (for "did you mean" suggestions).
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

fn plural(n: usize, noun: &str) -> String {
    match (n, noun) {
        (1, _) => format!("1 {noun}"),
        (_, "mismatch") => format!("{n} mismatches"),
        _ => format!("{n} {noun}s"),
    }
}

const ALL_KINDS: [ElementKind; 3] = [
    ElementKind::Resource,
    ElementKind::Data,
    ElementKind::Ephemeral,
];

impl Synthesized {
    fn stack_label(&self) -> String {
        match self.stack_name() {
            Some(n) => format!("stack `{n}`"),
            None => "the document".to_string(),
        }
    }

    /// What the document holds, for a message about a missing `type_name`
    /// of `kind`: the types present per kind, near-miss type names, and the
    /// type under another kind.
    fn inventory(&self, kind: ElementKind, type_name: &str) -> String {
        let mut out = String::new();
        for k in ALL_KINDS {
            let types = self.types(k);
            if types.is_empty() && k != kind {
                continue;
            }
            let list = if types.is_empty() {
                "(none)".to_string()
            } else {
                types
                    .iter()
                    .map(|(t, n)| format!("{t} ({n})"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            out.push_str(&format!("\n{} types present: {list}", kind_noun(k)));
        }
        let similar: Vec<String> = self
            .types(kind)
            .into_iter()
            .map(|(t, _)| t)
            .filter(|t| {
                t != type_name
                    && (t.contains(type_name)
                        || type_name.contains(t.as_str())
                        || edit_distance(t, type_name) <= 3)
            })
            .collect();
        if !similar.is_empty() {
            out.push_str(&format!("\ndid you mean: {}?", similar.join(", ")));
        }
        for k in ALL_KINDS.into_iter().filter(|k| *k != kind) {
            let others = self.elements(k, type_name);
            if !others.is_empty() {
                out.push_str(&format!(
                    "\nnote: `{type_name}` exists as a {}: {}",
                    kind_noun(k),
                    others
                        .iter()
                        .map(|f| f.address.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
        }
        out
    }

    /// Candidates of the right type, closest first, with what differs and
    /// (for the closest few) their bodies.
    fn candidates_text(&self, all: &[Found], properties: &Value) -> String {
        let mut scored: Vec<(Vec<Mismatch>, &Found)> = all
            .iter()
            .map(|f| (mismatches(&f.body, properties), f))
            .collect();
        scored.sort_by(|a, b| {
            a.0.len()
                .cmp(&b.0.len())
                .then_with(|| a.1.address.cmp(&b.1.address))
        });
        let mut out = String::from("\ncandidates, closest first:");
        for (i, (diffs, f)) in scored.iter().enumerate() {
            out.push_str(&format!("\n\n  {f} — {}:", plural(diffs.len(), "mismatch")));
            for d in diffs.iter().take(MAX_MISMATCHES) {
                out.push_str(&format!("\n    {d}"));
            }
            if diffs.len() > MAX_MISMATCHES {
                out.push_str(&format!(
                    "\n    … and {} more",
                    diffs.len() - MAX_MISMATCHES
                ));
            }
            if i < CANDIDATES_WITH_BODY {
                out.push_str(&format!("\n    body:\n{}", pretty(&f.body, 6)));
            }
        }
        out
    }

    #[track_caller]
    fn assert_has_kind(
        &self,
        kind: ElementKind,
        type_name: &str,
        properties: &Value,
    ) -> Vec<Found> {
        let all = self.elements(kind, type_name);
        let hits: Vec<Found> = all
            .iter()
            .filter(|f| matches(&f.body, properties))
            .cloned()
            .collect();
        if !hits.is_empty() {
            return hits;
        }
        let noun = kind_noun(kind);
        let wanted = match properties {
            Value::Object(o) if o.is_empty() => String::from("\n"),
            _ => format!(" matching\n{}\n", pretty(properties, 2)),
        };
        let head = format!(
            "expected {} to have a {noun} of type `{type_name}`{wanted}",
            self.stack_label()
        );
        if all.is_empty() {
            panic!(
                "{head}but it has no `{type_name}` {noun}.{}",
                self.inventory(kind, type_name)
            );
        }
        panic!(
            "{head}but none of its {} of type `{type_name}` matches.{}",
            plural(all.len(), noun),
            self.candidates_text(&all, properties)
        );
    }

    /// Asserts the document has at least one resource of `type_name`
    /// (CDKTF's `toHaveResource`) and returns all of them, sorted by address.
    ///
    /// # Panics
    /// When there is none, naming the type and listing the resource, data
    /// source and ephemeral types present, similar type names, and the type
    /// when it exists only as a data source.
    #[track_caller]
    pub fn assert_has_resource(&self, type_name: &str) -> Vec<Found> {
        self.assert_has_kind(
            ElementKind::Resource,
            type_name,
            &Value::Object(Default::default()),
        )
    }

    /// Asserts some resource of `type_name` [`matches()`] `properties` (CDKTF's
    /// `toHaveResourceWithProperties`) and returns the matching ones, sorted
    /// by address.
    ///
    /// # Panics
    /// When none matches: with the expected properties, and either the types
    /// present (no resource of that type) or every resource of that type,
    /// closest first, each with the [`Mismatch`]es and (for the closest
    /// three) its pretty-printed body.
    #[track_caller]
    pub fn assert_has_resource_with(&self, type_name: &str, properties: &Value) -> Vec<Found> {
        self.assert_has_kind(ElementKind::Resource, type_name, properties)
    }

    /// Asserts the document has at least one data source of `type_name`
    /// (CDKTF's `toHaveDataSource`) and returns all of them.
    ///
    /// # Panics
    /// Like [`Synthesized::assert_has_resource`].
    #[track_caller]
    pub fn assert_has_data_source(&self, type_name: &str) -> Vec<Found> {
        self.assert_has_kind(
            ElementKind::Data,
            type_name,
            &Value::Object(Default::default()),
        )
    }

    /// Asserts some data source of `type_name` [`matches()`] `properties`
    /// (CDKTF's `toHaveDataSourceWithProperties`) and returns the matching ones.
    ///
    /// # Panics
    /// Like [`Synthesized::assert_has_resource_with`].
    #[track_caller]
    pub fn assert_has_data_source_with(&self, type_name: &str, properties: &Value) -> Vec<Found> {
        self.assert_has_kind(ElementKind::Data, type_name, properties)
    }

    /// Asserts some ephemeral resource of `type_name` [`matches()`]
    /// `properties` and returns the matching ones.
    ///
    /// # Panics
    /// Like [`Synthesized::assert_has_resource_with`].
    #[track_caller]
    pub fn assert_has_ephemeral_with(&self, type_name: &str, properties: &Value) -> Vec<Found> {
        self.assert_has_kind(ElementKind::Ephemeral, type_name, properties)
    }

    /// Asserts the document has no resource of `type_name` (CDKTF's
    /// `not.toHaveResource`).
    ///
    /// # Panics
    /// When there is one, listing each found resource's address, construct
    /// path and pretty-printed body.
    #[track_caller]
    pub fn assert_no_resource(&self, type_name: &str) {
        self.assert_none_kind(ElementKind::Resource, type_name);
    }

    #[track_caller]
    fn assert_none_kind(&self, kind: ElementKind, type_name: &str) {
        let all = self.elements(kind, type_name);
        if all.is_empty() {
            return;
        }
        let mut msg = format!(
            "expected {} to have no {} of type `{type_name}`, but it has {}:",
            self.stack_label(),
            kind_noun(kind),
            all.len()
        );
        for f in &all {
            msg.push_str(&format!("\n\n  {f}:\n{}", pretty(&f.body, 4)));
        }
        panic!("{msg}");
    }

    /// Asserts the document has exactly `count` resources of `type_name` and
    /// returns them, sorted by address.
    ///
    /// # Panics
    /// When the count differs, listing the addresses and construct paths of
    /// those found (and, when there are none, the types present).
    #[track_caller]
    pub fn assert_resource_count(&self, type_name: &str, count: usize) -> Vec<Found> {
        self.assert_count_kind(ElementKind::Resource, type_name, count)
    }

    #[track_caller]
    fn assert_count_kind(&self, kind: ElementKind, type_name: &str, count: usize) -> Vec<Found> {
        let all = self.elements(kind, type_name);
        if all.len() == count {
            return all;
        }
        let mut msg = format!(
            "expected {} to have {} of type `{type_name}`, but it has {}",
            self.stack_label(),
            plural(count, kind_noun(kind)),
            all.len()
        );
        if all.is_empty() {
            msg.push('.');
            msg.push_str(&self.inventory(kind, type_name));
        } else {
            msg.push(':');
            for f in &all {
                msg.push_str(&format!("\n  {f}"));
            }
        }
        panic!("{msg}");
    }

    /// Asserts some element of the generated binding type `T` [`matches()`]
    /// `properties` and returns the matching ones, sorted by address; with
    /// `&json!({})`, that there is at least one. The kind comes from
    /// [`TypedSpec::KIND`]: `assert_has::<aws::S3Bucket>` looks among
    /// resources, `assert_has::<aws::data::CallerIdentity>` among data
    /// sources, `assert_has::<aws::ephemeral::SecretsmanagerSecretVersion>`
    /// among ephemeral resources.
    ///
    /// Guarantees: passes and fails exactly when
    /// [`Synthesized::assert_has_resource_with`] (or its data source /
    /// ephemeral counterpart) does for `T::TYPE`, with the same message.
    ///
    /// # Panics
    /// When nothing of that type and kind matches: with the expected
    /// properties, and either the types present (noting when `T::TYPE`
    /// exists under another kind, e.g. as a resource when `T` is a data
    /// source) or every element of the type, closest first, with the
    /// [`Mismatch`]es and bodies.
    #[track_caller]
    pub fn assert_has<T: TypedSpec>(&self, properties: &Value) -> Vec<Found> {
        self.assert_has_kind(T::KIND, T::TYPE, properties)
    }

    /// Asserts the document has exactly `count` elements of the binding type
    /// `T` (kind from [`TypedSpec::KIND`]) and returns them, sorted by
    /// address.
    ///
    /// # Panics
    /// When the count differs, listing those found (and, when there are none,
    /// the types present).
    #[track_caller]
    pub fn assert_count<T: TypedSpec>(&self, count: usize) -> Vec<Found> {
        self.assert_count_kind(T::KIND, T::TYPE, count)
    }

    /// Asserts the document has no element of the binding type `T` (kind
    /// from [`TypedSpec::KIND`]; CDKTF's `not.toHaveResource`). A data source
    /// of the same Terraform type does not count against a resource binding,
    /// and the other way round.
    ///
    /// # Panics
    /// When there is one, listing each one's address, construct path and
    /// pretty-printed body.
    #[track_caller]
    pub fn assert_none<T: TypedSpec>(&self) {
        self.assert_none_kind(T::KIND, T::TYPE);
    }

    /// Runs the real `terraform init` + `validate` on this document as a
    /// root module, with the given terraform (offline, against its provider
    /// mirror; the temporary directory is deleted and no process is left
    /// running).
    ///
    /// Returns the [`Validation`] whether or not the configuration is valid.
    ///
    /// # Errors
    /// Only when terraform could not run or said nothing parseable
    /// ([`TfError`]); an invalid configuration is `Ok` with `valid == false`.
    pub fn validate_with(&self, tf: &Terraform) -> Result<Validation, TfError> {
        let mut wd = tf.workdir()?;
        wd.write_stack(&self.doc)?;
        wd.init_and_validate()
    }

    /// [`Synthesized::validate_with`] using [`Terraform::require_or_skip`]:
    /// `None` (after a loud banner on stderr) when terraform or the provider
    /// mirror is missing; under `CI=true` that panics instead, so a skipped
    /// check never passes in CI.
    ///
    /// # Panics
    /// Under `CI=true` without terraform, or when terraform could not run.
    #[track_caller]
    pub fn validate(&self) -> Option<Validation> {
        let tf = Terraform::require_or_skip()?;
        match self.validate_with(&tf) {
            Ok(v) => Some(v),
            Err(e) => panic!("terraform could not validate {}:\n{e}", self.stack_label()),
        }
    }

    /// Asserts terraform considers the document valid (CDKTF's
    /// `toBeValidTerraform`), running the real `terraform validate` via
    /// [`Synthesized::validate`]. Warnings do not fail. Returns the
    /// validation, or `None` when skipped (terraform missing outside CI).
    ///
    /// # Panics
    /// When terraform reports errors, with its diagnostics rendered readably
    /// (`error: main.tf.json:LINE:COL: summary — detail`, the enclosing
    /// block, and the offending line with carets); and as
    /// [`Synthesized::validate`] does.
    #[track_caller]
    pub fn assert_valid_terraform(&self) -> Option<Validation> {
        let v = self.validate()?;
        if !v.valid {
            panic!("{} is not valid Terraform:\n{v}", self.stack_label());
        }
        Some(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn objects_match_as_subsets() {
        let actual = json!({"bucket": "x", "provider": "aws.dr", "tags": {"a": "1", "b": "2"}});
        assert!(matches(&actual, &json!({})));
        assert!(matches(&actual, &json!({"bucket": "x"})));
        assert!(matches(&actual, &json!({"tags": {"b": "2"}})));
        assert!(matches(&actual, &actual.clone()));
        assert!(!matches(&actual, &json!({"bucket": "y"})));
        assert!(!matches(&actual, &json!({"tags": {"c": "3"}})));
        assert!(!matches(&actual, &json!({"missing": "x"})));
        // Subset is one-way.
        assert!(!matches(&json!({"bucket": "x"}), &actual));
    }

    #[test]
    fn arrays_need_the_same_length_and_match_in_order() {
        let actual = json!({"rule": [{"id": "a", "status": "Enabled"}, {"id": "b"}]});
        assert!(matches(
            &actual,
            &json!({"rule": [{"id": "a"}, {"id": "b"}]})
        ));
        assert!(matches(&actual, &json!({"rule": [{}, {}]})));
        // Order matters.
        assert!(!matches(
            &actual,
            &json!({"rule": [{"id": "b"}, {"id": "a"}]})
        ));
        // A prefix is not enough, neither is an extra element.
        assert!(!matches(&actual, &json!({"rule": [{"id": "a"}]})));
        assert!(!matches(&actual, &json!({"rule": [{}, {}, {}]})));
        assert!(matches(&json!([1, 2]), &json!([1, 2])));
        assert!(!matches(&json!([1, 2]), &json!([2, 1])));
    }

    #[test]
    fn scalars_are_equal_and_types_do_not_coerce() {
        assert!(matches(&json!("x"), &json!("x")));
        assert!(matches(&json!(true), &json!(true)));
        assert!(matches(&json!(null), &json!(null)));
        assert!(matches(&json!(1), &json!(1.0)));
        assert!(matches(&json!(-3), &json!(-3)));
        assert!(!matches(&json!(1), &json!(2)));
        assert!(!matches(&json!("1"), &json!(1)));
        assert!(!matches(&json!(false), &json!(null)));
        assert!(!matches(&json!({"a": 1}), &json!("a")));
        assert!(!matches(&json!("a"), &json!({})));
        assert!(!matches(&json!(["a"]), &json!("a")));
        assert!(!matches(&json!({}), &json!([])));
    }

    #[test]
    fn expected_null_matches_an_absent_key() {
        assert!(matches(&json!({"a": 1}), &json!({"b": null})));
        assert!(matches(&json!({"b": null}), &json!({"b": null})));
        assert!(!matches(&json!({"b": 1}), &json!({"b": null})));
    }

    #[test]
    fn metadata_is_ignored_at_every_level() {
        let actual = json!({
            "//": {"metadata": {"path": "demo/x"}},
            "block": {"//": "note", "k": "v"},
            "list": [{"//": 1, "k": "v"}]
        });
        assert!(matches(&actual, &json!({"block": {"k": "v"}})));
        assert!(matches(
            &actual,
            &json!({"//": "anything", "block": {"//": "other", "k": "v"}})
        ));
        assert!(matches(&actual, &json!({"list": [{"//": 2, "k": "v"}]})));
        assert!(matches(&json!({"a": 1}), &json!({"//": {"metadata": {}}})));
    }

    #[test]
    fn mismatches_agree_with_matches_and_name_paths() {
        let actual = json!({
            "bucket": "x",
            "tags": {"env": "dev"},
            "rule": [{"id": "a"}],
            "n": 1
        });
        let expected = json!({
            "bucket": "y",
            "tags": {"env": "prod", "team": "dr"},
            "rule": [{"id": "b"}],
            "n": 1.0,
            "gone": null
        });
        let m = mismatches(&actual, &expected);
        let mut paths: Vec<&str> = m.iter().map(|m| m.path.as_str()).collect();
        paths.sort();
        assert_eq!(paths, ["bucket", "rule[0].id", "tags.env", "tags.team"]);
        let at = |p: &str| m.iter().find(|m| m.path == p).unwrap().to_string();
        assert_eq!(at("bucket"), r#"at `bucket`: expected "y", found "x""#);
        assert_eq!(
            at("tags.team"),
            r#"at `tags.team`: expected "dr", but the key is absent"#
        );
        let short = mismatches(&actual, &json!({"rule": [{}, {}]}));
        assert_eq!(
            short[0].to_string(),
            r#"at `rule`: expected 2 elements, found 1: [{"id":"a"}]"#
        );
        assert_eq!(mismatches(&json!(1), &json!(2))[0].path, ".");

        let cases = [
            (actual.clone(), expected.clone()),
            (actual.clone(), json!({"bucket": "x"})),
            (json!([1, {"a": 2}]), json!([1, {"a": 2}])),
            (json!([1, {"a": 2}]), json!([1, {"a": 3}])),
            (json!({"a": null}), json!({"b": null})),
        ];
        for (a, e) in cases {
            assert_eq!(matches(&a, &e), mismatches(&a, &e).is_empty(), "{a} vs {e}");
        }
    }

    #[test]
    fn long_values_are_cut_in_messages() {
        let long = "x".repeat(1000);
        let m = &mismatches(&json!({"a": long}), &json!({"a": "y"}))[0];
        assert!(m.to_string().len() < 300, "{m}");
        assert!(m.to_string().ends_with('…'));
    }

    #[test]
    fn edit_distance_basics() {
        assert_eq!(edit_distance("aws_s3_bucket", "aws_s3_bucket"), 0);
        assert_eq!(edit_distance("aws_s3_bucket", "aws_s3_buckets"), 1);
        assert_eq!(edit_distance("aws_s3_bukcet", "aws_s3_bucket"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
