//! `diff OLD NEW`: what a change will do, before terraform runs.
//!
//! Blocks are matched by address. A block whose address changes but whose identity stays
//! is a **rename**: same type and the same identity argument (the reviewed table's, or
//! the first of `name`, `identifier`, `bucket` … present), or — for types without one,
//! like a bucket's versioning — the same body once references to renamed blocks are
//! rewritten. Renames are applied before comparing, so a reference that only follows a
//! rename is no change, and each rename comes with the `moved` block that keeps the
//! object (HCL and the `.tf.json` form).
//!
//! Changes list the attribute paths that differ (`rule[0].destination.bucket`); long or
//! multi-line strings (policies, dashboards) are shown as a line diff (`similar`), JSON
//! strings pretty-printed first. Removing a stateful block, or changing an argument the
//! reviewed table marks as replacing, is flagged with `!!`.
//!
//! Exit status (by [`DiffReport::exit_code`]): 0 no change, 1 changes.

pub mod stateful;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};
use similar::TextDiff;

use crate::tfjson::{Block, TfDoc};
use stateful::{lookup, StatefulType, GENERIC_IDENTITY};

/// One attribute path that differs.
#[derive(Debug, Clone, PartialEq)]
pub struct AttrChange {
    /// Path below the block, e.g. `rule[0].destination.bucket`.
    pub path: String,
    /// Old value (`None`: absent).
    pub old: Option<Value>,
    /// New value (`None`: absent).
    pub new: Option<Value>,
    /// Set when the reviewed table says this argument forces a replacement: the source.
    pub replaces: Option<String>,
}

/// A block present in both files (possibly renamed) whose body differs.
#[derive(Debug, Clone, PartialEq)]
pub struct Changed {
    /// Address in NEW.
    pub address: String,
    /// Type.
    pub rtype: String,
    /// The differing paths.
    pub changes: Vec<AttrChange>,
}

/// A rename and why it was recognised.
#[derive(Debug, Clone, PartialEq)]
pub struct Rename {
    /// Address in OLD.
    pub from: String,
    /// Address in NEW.
    pub to: String,
    /// `bucket = "…"`, or `same body`.
    pub because: String,
}

/// Everything `diff` found.
#[derive(Debug, Clone, Default)]
pub struct DiffReport {
    /// Blocks only in NEW.
    pub added: Vec<String>,
    /// Blocks only in OLD (with the stateful row, if any).
    pub removed: Vec<(String, Option<StatefulType>)>,
    /// Renames, each needing a `moved` block.
    pub renamed: Vec<Rename>,
    /// Changed blocks.
    pub changed: Vec<Changed>,
    /// Other top-level settings (provider, output, terraform …) that differ.
    pub settings: Vec<AttrChange>,
}

impl DiffReport {
    /// 0 when nothing differs, else 1.
    pub fn exit_code(&self) -> u8 {
        u8::from(
            !(self.added.is_empty()
                && self.removed.is_empty()
                && self.renamed.is_empty()
                && self.changed.is_empty()
                && self.settings.is_empty()),
        )
    }

    /// Lines flagged `!!`: stateful removals and replacing changes.
    pub fn destructive(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (addr, row) in &self.removed {
            if let Some(row) = row {
                out.push(format!(
                    "!! {addr} is removed: terraform destroys this {} and its data",
                    row.kind
                ));
            }
        }
        for c in &self.changed {
            for a in &c.changes {
                if let Some(src) = &a.replaces {
                    out.push(format!(
                        "!! {} is REPLACED: `{}` forces a new resource, the old one and its data are destroyed (source: {src})",
                        c.address, a.path
                    ));
                }
            }
        }
        out
    }

    /// The `moved` blocks that keep renamed objects, in HCL.
    pub fn moved_hcl(&self) -> String {
        self.renamed
            .iter()
            .map(|r| format!("moved {{\n  from = {}\n  to   = {}\n}}\n", r.from, r.to))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The same `moved` blocks for a `.tf.json` file (`{"moved": [{"from", "to"}]}`).
    pub fn moved_json(&self) -> String {
        let list: Vec<Value> = self
            .renamed
            .iter()
            .map(|r| serde_json::json!({"from": r.from, "to": r.to}))
            .collect();
        serde_json::to_string_pretty(&serde_json::json!({ "moved": list })).unwrap_or_default()
    }
}

fn identity_of<'a>(block: &'a Block, table: &'a [StatefulType]) -> Option<(&'a str, &'a str)> {
    let literal = |arg: &'a str| {
        block
            .str_arg(arg)
            .filter(|v| !v.contains("${"))
            .map(|v| (arg, v))
    };
    match lookup(table, &block.rtype) {
        Some(row) if !row.identity.is_empty() => literal(row.identity.as_str()),
        Some(_) => None,
        None => GENERIC_IDENTITY.iter().find_map(|a| literal(a)),
    }
}

/// `body` without `"//"`, with every reference to a renamed address rewritten.
fn normalized(body: &Map<String, Value>, renames: &BTreeMap<String, String>) -> Value {
    fn walk(v: &Value, renames: &BTreeMap<String, String>) -> Value {
        match v {
            Value::String(s) => Value::String(rewrite(s, renames)),
            Value::Array(a) => Value::Array(a.iter().map(|x| walk(x, renames)).collect()),
            Value::Object(o) => Value::Object(
                o.iter()
                    .filter(|(k, _)| k.as_str() != "//")
                    .map(|(k, x)| (k.clone(), walk(x, renames)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }
    walk(&Value::Object(body.clone()), renames)
}

fn rewrite(s: &str, renames: &BTreeMap<String, String>) -> String {
    if renames.is_empty() || !s.contains('.') {
        return s.to_string();
    }
    let mut out = s.to_string();
    for (from, to) in renames {
        if out == *from {
            return to.clone();
        }
        out = out.replace(&format!("{from}."), &format!("{to}."));
    }
    out
}

/// Compares two documents.
pub fn diff(old: &TfDoc, new: &TfDoc) -> DiffReport {
    let table = stateful::table();
    let olds: BTreeMap<String, &Block> = old.blocks.iter().map(|b| (b.address(), b)).collect();
    let news: BTreeMap<String, &Block> = new.blocks.iter().map(|b| (b.address(), b)).collect();
    let mut removed: BTreeSet<String> = olds
        .keys()
        .filter(|a| !news.contains_key(*a))
        .cloned()
        .collect();
    let mut added: BTreeSet<String> = news
        .keys()
        .filter(|a| !olds.contains_key(*a))
        .cloned()
        .collect();

    // Renames: identity first, then bodies equal modulo renames, to a fixpoint.
    let mut renames: BTreeMap<String, String> = BTreeMap::new();
    let mut report = DiffReport::default();
    for r in removed.clone() {
        let ob = olds[&r];
        let Some((arg, id)) = identity_of(ob, &table) else {
            continue;
        };
        let hit = added.iter().find(|a| {
            let nb = news[*a];
            nb.mode == ob.mode && nb.rtype == ob.rtype && nb.str_arg(arg) == Some(id)
        });
        if let Some(a) = hit.cloned() {
            removed.remove(&r);
            added.remove(&a);
            renames.insert(r.clone(), a.clone());
            report.renamed.push(Rename {
                from: r,
                to: a,
                because: format!("same {arg} = {id:?}"),
            });
        }
    }
    loop {
        let mut found = false;
        for r in removed.clone() {
            let ob = olds[&r];
            let want = normalized(&ob.body, &renames);
            let hit = added.iter().find(|a| {
                let nb = news[*a];
                nb.mode == ob.mode
                    && nb.rtype == ob.rtype
                    && normalized(&nb.body, &BTreeMap::new()) == want
            });
            if let Some(a) = hit.cloned() {
                removed.remove(&r);
                added.remove(&a);
                renames.insert(r.clone(), a.clone());
                report.renamed.push(Rename {
                    from: r,
                    to: a,
                    because: "same arguments".into(),
                });
                found = true;
            }
        }
        if !found {
            break;
        }
    }
    report.renamed.sort_by(|a, b| a.from.cmp(&b.from));

    // Changes of blocks present in both (old side rewritten through the renames).
    let mut pairs: Vec<(String, String)> = olds
        .keys()
        .filter(|a| news.contains_key(*a))
        .map(|a| (a.clone(), a.clone()))
        .collect();
    pairs.extend(
        report
            .renamed
            .iter()
            .map(|r| (r.from.clone(), r.to.clone())),
    );
    pairs.sort_by(|a, b| a.1.cmp(&b.1));
    for (o, n) in pairs {
        let (ob, nb) = (olds[&o], news[&n]);
        let mut changes = Vec::new();
        diff_values(
            "",
            &normalized(&ob.body, &renames),
            &normalized(&nb.body, &BTreeMap::new()),
            &mut changes,
        );
        if changes.is_empty() {
            continue;
        }
        if let Some(row) = lookup(&table, &nb.rtype) {
            for c in &mut changes {
                let top = c.path.split(['.', '[']).next().unwrap_or("");
                if row.replacing.iter().any(|r| r == top) {
                    c.replaces = Some(row.source.clone());
                }
            }
        }
        report.changed.push(Changed {
            address: n,
            rtype: nb.rtype.clone(),
            changes,
        });
    }
    report.added = added.into_iter().collect();
    report.removed = removed
        .into_iter()
        .map(|a| {
            let row = lookup(&table, &olds[&a].rtype).cloned();
            (a, row)
        })
        .collect();

    // Everything else at the top level.
    let skip = ["//", "resource", "data", "ephemeral"];
    let keys: BTreeSet<&String> = old
        .raw
        .keys()
        .chain(new.raw.keys())
        .filter(|k| !skip.contains(&k.as_str()))
        .collect();
    for k in keys {
        let null = Value::Null;
        let (a, b) = (
            old.raw.get(k).unwrap_or(&null),
            new.raw.get(k).unwrap_or(&null),
        );
        diff_values(k, &strip_meta(a), &strip_meta(b), &mut report.settings);
    }
    report
}

fn strip_meta(v: &Value) -> Value {
    match v {
        Value::Object(o) => Value::Object(
            o.iter()
                .filter(|(k, _)| k.as_str() != "//")
                .map(|(k, x)| (k.clone(), strip_meta(x)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(strip_meta).collect()),
        other => other.clone(),
    }
}

fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_string()
    } else {
        format!("{prefix}.{key}")
    }
}

/// Appends every path under which `a` and `b` differ (objects by key, arrays of equal
/// length by index, anything else as a whole).
pub fn diff_values(path: &str, a: &Value, b: &Value, out: &mut Vec<AttrChange>) {
    if a == b {
        return;
    }
    let change = |old: Option<&Value>, new: Option<&Value>| AttrChange {
        path: path.to_string(),
        old: old.cloned(),
        new: new.cloned(),
        replaces: None,
    };
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            for k in keys {
                let p = join(path, k);
                match (x.get(k), y.get(k)) {
                    (Some(u), Some(v)) => diff_values(&p, u, v, out),
                    (u, v) => out.push(AttrChange {
                        path: p,
                        old: u.cloned(),
                        new: v.cloned(),
                        replaces: None,
                    }),
                }
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (u, v)) in x.iter().zip(y).enumerate() {
                diff_values(&format!("{path}[{i}]"), u, v, out);
            }
        }
        (Value::Null, v) => out.push(change(None, Some(v))),
        (u, Value::Null) => out.push(change(Some(u), None)),
        (u, v) => out.push(change(Some(u), Some(v))),
    }
}

fn short(v: &Option<Value>) -> String {
    match v {
        None => "(absent)".into(),
        Some(v) => {
            let s = v.to_string();
            if s.chars().count() > 100 {
                format!("{}…", s.chars().take(100).collect::<String>())
            } else {
                s
            }
        }
    }
}

fn as_text(v: &Value) -> String {
    match v {
        Value::String(s) => match serde_json::from_str::<Value>(s) {
            Ok(j @ (Value::Object(_) | Value::Array(_))) => {
                serde_json::to_string_pretty(&j).unwrap_or_else(|_| s.clone())
            }
            _ => s.clone(),
        },
        other => serde_json::to_string_pretty(other).unwrap_or_default(),
    }
}

fn is_long(v: &Option<Value>) -> bool {
    matches!(v, Some(Value::String(s)) if s.len() > 80 || s.contains('\n'))
}

fn render_change(c: &AttrChange, indent: &str, out: &mut String) {
    let flag = if c.replaces.is_some() {
        "   !! forces replacement"
    } else {
        ""
    };
    if is_long(&c.old) || is_long(&c.new) {
        out.push_str(&format!("{indent}{}:{flag}\n", c.path));
        let (a, b) = (
            c.old.as_ref().map(as_text).unwrap_or_default(),
            c.new.as_ref().map(as_text).unwrap_or_default(),
        );
        let d = TextDiff::from_lines(&a, &b);
        for line in d.unified_diff().context_radius(2).to_string().lines() {
            out.push_str(&format!("{indent}  {line}\n"));
        }
    } else {
        out.push_str(&format!(
            "{indent}{}: {} → {}{flag}\n",
            c.path,
            short(&c.old),
            short(&c.new)
        ));
    }
}

/// The report as text: summary, loud findings, renames with their `moved` blocks, then
/// added / removed / changed blocks with their paths.
pub fn render(report: &DiffReport, old: &str, new: &str) -> String {
    let mut out = format!(
        "diff {old} → {new}: {} added, {} removed, {} renamed, {} changed, {} settings\n",
        report.added.len(),
        report.removed.len(),
        report.renamed.len(),
        report.changed.len(),
        report.settings.len()
    );
    if report.exit_code() == 0 {
        out.push_str("no changes\n");
        return out;
    }
    let loud = report.destructive();
    if !loud.is_empty() {
        out.push('\n');
        for l in &loud {
            out.push_str(l);
            out.push('\n');
        }
    }
    if !report.renamed.is_empty() {
        out.push_str("\nrenamed (same object under a new address; without a `moved` block terraform destroys and re-creates it):\n");
        for r in &report.renamed {
            out.push_str(&format!("  {} → {}  ({})\n", r.from, r.to, r.because));
        }
        out.push_str("\nadd these `moved` blocks (HCL):\n\n");
        out.push_str(&report.moved_hcl());
        out.push_str("\nor, in a .tf.json file:\n\n");
        out.push_str(&report.moved_json());
        out.push('\n');
    }
    if !report.added.is_empty() || !report.removed.is_empty() || !report.changed.is_empty() {
        out.push('\n');
    }
    for a in &report.added {
        out.push_str(&format!("+ {a}\n"));
    }
    for (r, row) in &report.removed {
        match row {
            Some(row) => out.push_str(&format!("- {r}   !! stateful ({})\n", row.kind)),
            None => out.push_str(&format!("- {r}\n")),
        }
    }
    for c in &report.changed {
        out.push_str(&format!("~ {}\n", c.address));
        for a in &c.changes {
            render_change(a, "    ", &mut out);
        }
    }
    if !report.settings.is_empty() {
        out.push_str("\nsettings:\n");
        for a in &report.settings {
            render_change(a, "  ~ ", &mut out);
        }
    }
    out
}
