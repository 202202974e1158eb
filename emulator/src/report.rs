//! Reading terraform's machine-readable output: the `-json` UI stream of
//! `plan`/`apply`/`destroy`, and `terraform show -json <planfile>`.

use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

use serde_json::Value;

/// What happened to one resource instance during `apply`/`destroy`,
/// according to the `-json` UI stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResourceOutcome {
    /// `apply_start` was seen, nothing after it (still running when
    /// terraform stopped or was killed).
    Started,
    /// `apply_complete`.
    Complete,
    /// `apply_errored`.
    Errored,
}

/// One resource instance seen in an `apply`/`destroy` `-json` stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceEvent {
    /// Resource address, e.g. `aws_s3_bucket.source`.
    pub address: String,
    /// The action terraform took: `create`, `update`, `delete`, `replace`, ...
    pub action: String,
    /// How it ended.
    pub outcome: ResourceOutcome,
    /// Time terraform reported for the action (`elapsed_seconds`), if it ended.
    pub elapsed: Option<Duration>,
}

/// An error (or warning) terraform reported, with the resource it concerns
/// when terraform said so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamDiagnostic {
    /// `error` or `warning`.
    pub severity: String,
    /// Resource address (`diagnostic.address`), when known.
    pub address: Option<String>,
    /// One-line summary.
    pub summary: String,
    /// Longer text (often the AWS API error).
    pub detail: String,
}

impl StreamDiagnostic {
    /// `severity: summary — detail` on one line (detail cut to 600 bytes),
    /// without the address.
    pub fn text(&self) -> String {
        let mut s = format!("{}: {}", self.severity, self.summary);
        let detail = self.detail.trim();
        if !detail.is_empty() {
            s.push_str(" — ");
            s.push_str(&one_line(detail, 600));
        }
        s
    }
}

impl fmt::Display for StreamDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(a) = &self.address {
            write!(f, "{a}: ")?;
        }
        f.write_str(&self.text())
    }
}

/// Collapses whitespace runs and cuts `s` to about `max` bytes.
pub fn one_line(s: &str, max: usize) -> String {
    let mut out = String::new();
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
        if out.len() > max {
            let mut cut = max;
            while !out.is_char_boundary(cut) {
                cut -= 1;
            }
            out.truncate(cut);
            out.push('…');
            break;
        }
    }
    out
}

/// Everything of interest in one `-json` UI stream (one JSON object per line;
/// lines that are not JSON objects are ignored).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StreamSummary {
    /// Resource instances in the order their first event appeared.
    pub resources: Vec<ResourceEvent>,
    /// Error and warning diagnostics, in order.
    pub diagnostics: Vec<StreamDiagnostic>,
    /// `planned_change` messages: (address, action).
    pub planned: Vec<(String, String)>,
    /// The `change_summary` counts: (add, change, remove), if reported.
    pub change_summary: Option<(u64, u64, u64)>,
}

impl StreamSummary {
    /// Error diagnostics only.
    pub fn errors(&self) -> impl Iterator<Item = &StreamDiagnostic> {
        self.diagnostics.iter().filter(|d| d.severity == "error")
    }

    /// Resources whose action errored or never finished.
    pub fn unfinished(&self) -> impl Iterator<Item = &ResourceEvent> {
        self.resources
            .iter()
            .filter(|r| r.outcome != ResourceOutcome::Complete)
    }

    /// The `n` completed actions that took longest (at least a second),
    /// slowest first.
    pub fn slowest(&self, n: usize) -> Vec<&ResourceEvent> {
        let mut done: Vec<&ResourceEvent> = self
            .resources
            .iter()
            .filter(|r| r.elapsed.is_some_and(|e| e >= Duration::from_secs(1)))
            .collect();
        done.sort_by(|a, b| b.elapsed.cmp(&a.elapsed).then(a.address.cmp(&b.address)));
        done.truncate(n);
        done
    }
}

fn str_at<'a>(v: &'a Value, path: &[&str]) -> Option<&'a str> {
    let mut cur = v;
    for p in path {
        cur = cur.get(p)?;
    }
    cur.as_str()
}

/// Parses a terraform `-json` UI stream (`plan`, `apply`, `destroy`).
pub fn parse_stream(stdout: &str) -> StreamSummary {
    let mut s = StreamSummary::default();
    let mut index: BTreeMap<String, usize> = BTreeMap::new();
    for line in stdout.lines() {
        let Ok(msg) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let Some(ty) = msg.get("type").and_then(Value::as_str) else {
            continue;
        };
        match ty {
            "apply_start" | "apply_complete" | "apply_errored" => {
                let Some(hook) = msg.get("hook") else {
                    continue;
                };
                let Some(addr) = str_at(hook, &["resource", "addr"]) else {
                    continue;
                };
                let action = str_at(hook, &["action"]).unwrap_or("").to_string();
                let elapsed = hook
                    .get("elapsed_seconds")
                    .and_then(Value::as_f64)
                    .filter(|x| x.is_finite() && *x >= 0.0)
                    .map(Duration::from_secs_f64);
                let outcome = match ty {
                    "apply_start" => ResourceOutcome::Started,
                    "apply_complete" => ResourceOutcome::Complete,
                    _ => ResourceOutcome::Errored,
                };
                match index.get(addr) {
                    Some(&i) => {
                        let r = &mut s.resources[i];
                        r.outcome = outcome;
                        if elapsed.is_some() {
                            r.elapsed = elapsed;
                        }
                        if !action.is_empty() {
                            r.action = action;
                        }
                    }
                    None => {
                        index.insert(addr.to_string(), s.resources.len());
                        s.resources.push(ResourceEvent {
                            address: addr.to_string(),
                            action,
                            outcome,
                            elapsed,
                        });
                    }
                }
            }
            "diagnostic" => {
                let Some(d) = msg.get("diagnostic") else {
                    continue;
                };
                s.diagnostics.push(StreamDiagnostic {
                    severity: str_at(d, &["severity"]).unwrap_or("error").to_string(),
                    address: str_at(d, &["address"]).map(str::to_string),
                    summary: str_at(d, &["summary"]).unwrap_or("").to_string(),
                    detail: str_at(d, &["detail"]).unwrap_or("").to_string(),
                });
            }
            "planned_change" => {
                if let Some(c) = msg.get("change") {
                    if let (Some(a), Some(act)) =
                        (str_at(c, &["resource", "addr"]), str_at(c, &["action"]))
                    {
                        s.planned.push((a.to_string(), act.to_string()));
                    }
                }
            }
            "change_summary" => {
                if let Some(c) = msg.get("changes") {
                    let n = |k: &str| c.get(k).and_then(Value::as_u64).unwrap_or(0);
                    s.change_summary = Some((n("add"), n("change"), n("remove")));
                }
            }
            _ => {}
        }
    }
    s
}

/// One resource (or output) that a plan would change, with the attribute
/// paths that differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedDiff {
    /// Resource address (`aws_x.name`) or `output.<name>`.
    pub address: String,
    /// Terraform's actions, e.g. `["update"]`, `["delete", "create"]`.
    pub actions: Vec<String>,
    /// One line per differing leaf: `path: before -> after`.
    pub attributes: Vec<String>,
}

impl fmt::Display for PlannedDiff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.address, self.actions.join(", "))?;
        for a in &self.attributes {
            write!(f, "\n      {a}")?;
        }
        Ok(())
    }
}

fn show_value(v: Option<&Value>, sensitive: bool) -> String {
    match v {
        _ if sensitive => "(sensitive)".into(),
        None | Some(Value::Null) => "null".into(),
        Some(v) => one_line(&v.to_string(), 200),
    }
}

fn is_true(v: Option<&Value>) -> bool {
    matches!(v, Some(Value::Bool(true)))
}

struct DiffCtx<'a> {
    out: &'a mut Vec<String>,
}

impl DiffCtx<'_> {
    #[allow(clippy::too_many_arguments)]
    fn walk(
        &mut self,
        path: &str,
        before: Option<&Value>,
        after: Option<&Value>,
        unknown: Option<&Value>,
        before_sens: Option<&Value>,
        after_sens: Option<&Value>,
    ) {
        let sens = is_true(before_sens) || is_true(after_sens);
        if is_true(unknown) {
            self.out.push(format!(
                "{}: {} -> (known after apply)",
                display_path(path),
                show_value(before, sens)
            ));
            return;
        }
        match (before, after) {
            (Some(Value::Object(b)), Some(Value::Object(a))) => {
                let mut keys: Vec<&String> = b.keys().chain(a.keys()).collect();
                keys.sort();
                keys.dedup();
                for k in keys {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    self.walk(
                        &p,
                        b.get(k),
                        a.get(k),
                        child(unknown, k),
                        child(before_sens, k),
                        child(after_sens, k),
                    );
                }
            }
            (Some(Value::Array(b)), Some(Value::Array(a))) if b.len() == a.len() => {
                for i in 0..b.len() {
                    self.walk(
                        &format!("{path}[{i}]"),
                        b.get(i),
                        a.get(i),
                        index(unknown, i),
                        index(before_sens, i),
                        index(after_sens, i),
                    );
                }
            }
            _ => {
                let same = before.unwrap_or(&Value::Null) == after.unwrap_or(&Value::Null);
                // An unknown marker deeper inside (e.g. a list with an
                // unknown element) counts as a difference.
                let has_unknown = unknown.is_some_and(contains_true);
                if !same || has_unknown {
                    self.out.push(format!(
                        "{}: {} -> {}{}",
                        display_path(path),
                        show_value(before, sens),
                        show_value(after, sens),
                        if has_unknown {
                            " (partly known after apply)"
                        } else {
                            ""
                        }
                    ));
                }
            }
        }
    }
}

fn child<'a>(v: Option<&'a Value>, k: &str) -> Option<&'a Value> {
    v.and_then(|v| v.get(k))
}

fn index(v: Option<&Value>, i: usize) -> Option<&Value> {
    v.and_then(|v| v.get(i))
}

fn contains_true(v: &Value) -> bool {
    match v {
        Value::Bool(b) => *b,
        Value::Array(items) => items.iter().any(contains_true),
        Value::Object(m) => m.values().any(contains_true),
        _ => false,
    }
}

fn display_path(p: &str) -> &str {
    if p.is_empty() {
        "(whole value)"
    } else {
        p
    }
}

/// The changes in a `terraform show -json <planfile>` document: every
/// `resource_changes` entry whose actions are not `no-op` (nor `read` of a
/// data source) and every `output_changes` entry that is not `no-op`, with
/// the differing attribute paths. Sensitive values are shown as
/// `(sensitive)`.
pub fn planned_diffs(show_json: &Value) -> Vec<PlannedDiff> {
    let mut out = Vec::new();
    let actions_of = |change: &Value| -> Vec<String> {
        change
            .get("actions")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    let is_noop = |actions: &[String]| {
        actions.is_empty() || actions.iter().all(|a| a == "no-op" || a == "read")
    };
    if let Some(changes) = show_json.get("resource_changes").and_then(Value::as_array) {
        for rc in changes {
            let Some(change) = rc.get("change") else {
                continue;
            };
            let actions = actions_of(change);
            if is_noop(&actions) {
                continue;
            }
            let mut attributes = Vec::new();
            DiffCtx {
                out: &mut attributes,
            }
            .walk(
                "",
                change.get("before"),
                change.get("after"),
                change.get("after_unknown"),
                change.get("before_sensitive"),
                change.get("after_sensitive"),
            );
            if let Some(paths) = change.get("replace_paths").and_then(Value::as_array) {
                for p in paths {
                    attributes.push(format!(
                        "forces replacement: {}",
                        one_line(&p.to_string(), 200)
                    ));
                }
            }
            out.push(PlannedDiff {
                address: rc
                    .get("address")
                    .and_then(Value::as_str)
                    .unwrap_or("?")
                    .to_string(),
                actions,
                attributes,
            });
        }
    }
    if let Some(outputs) = show_json.get("output_changes").and_then(Value::as_object) {
        for (name, change) in outputs {
            let actions = actions_of(change);
            if is_noop(&actions) {
                continue;
            }
            let mut attributes = Vec::new();
            DiffCtx {
                out: &mut attributes,
            }
            .walk(
                "",
                change.get("before"),
                change.get("after"),
                change.get("after_unknown"),
                change.get("before_sensitive"),
                change.get("after_sensitive"),
            );
            out.push(PlannedDiff {
                address: format!("output.{name}"),
                actions,
                attributes,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn stream_tracks_resources_and_diagnostics() {
        let lines = [
            json!({"type": "version", "terraform": "1.11.4"}),
            json!({"type": "apply_start", "hook": {"resource": {"addr": "aws_s3_bucket.a"}, "action": "create"}}),
            json!({"type": "apply_start", "hook": {"resource": {"addr": "aws_dynamodb_table.t"}, "action": "create"}}),
            json!({"type": "apply_complete", "hook": {"resource": {"addr": "aws_s3_bucket.a"}, "action": "create", "elapsed_seconds": 2}}),
            json!({"type": "apply_errored", "hook": {"resource": {"addr": "aws_dynamodb_table.t"}, "action": "create", "elapsed_seconds": 5}}),
            json!({"type": "diagnostic", "@level": "error", "diagnostic": {"severity": "error", "summary": "creating table", "detail": "api error\n  ValidationException", "address": "aws_dynamodb_table.t"}}),
            json!({"type": "change_summary", "changes": {"add": 1, "change": 0, "remove": 0}}),
        ];
        let text: String =
            lines.iter().map(|l| format!("{l}\n")).collect::<String>() + "not json\n";
        let s = parse_stream(&text);
        assert_eq!(s.resources.len(), 2);
        assert_eq!(s.resources[0].outcome, ResourceOutcome::Complete);
        assert_eq!(s.resources[0].elapsed, Some(Duration::from_secs(2)));
        let bad: Vec<_> = s.unfinished().map(|r| r.address.as_str()).collect();
        assert_eq!(bad, ["aws_dynamodb_table.t"]);
        let e: Vec<_> = s.errors().collect();
        assert_eq!(e.len(), 1);
        assert_eq!(
            e[0].to_string(),
            "aws_dynamodb_table.t: error: creating table — api error ValidationException"
        );
        assert_eq!(s.change_summary, Some((1, 0, 0)));
        assert_eq!(s.slowest(1)[0].address, "aws_dynamodb_table.t");
    }

    #[test]
    fn diffs_name_paths() {
        let show = json!({
            "resource_changes": [
                {"address": "aws_x.same", "change": {"actions": ["no-op"], "before": {}, "after": {}}},
                {"address": "data.aws_y.d", "change": {"actions": ["read"], "before": null, "after": {}}},
                {"address": "aws_s3_bucket_replication_configuration.r", "change": {
                    "actions": ["update"],
                    "before": {"rule": [{"delete_marker_replication": [{"status": "Disabled"}], "id": "x"}], "token": "s1"},
                    "after": {"rule": [{"delete_marker_replication": [{"status": "Enabled"}], "id": "x"}], "token": "s2"},
                    "after_unknown": {"rule": [{"delete_marker_replication": [{}]}]},
                    "before_sensitive": {"token": true},
                    "after_sensitive": {"token": true}
                }},
                {"address": "aws_launch_template.t", "change": {
                    "actions": ["update"],
                    "before": {"latest_version": 1, "tag_specifications": [{"resource_type": "instance"}, {"resource_type": "launch-template"}]},
                    "after": {"tag_specifications": [{"resource_type": "instance"}]},
                    "after_unknown": {"latest_version": true, "tag_specifications": [{}]}
                }}
            ],
            "output_changes": {"o": {"actions": ["update"], "before": "a", "after": "b"}}
        });
        let d = planned_diffs(&show);
        let text: Vec<String> = d.iter().map(|d| d.to_string()).collect();
        assert_eq!(d.len(), 3, "{text:#?}");
        assert_eq!(
            d[0].attributes,
            [
                "rule[0].delete_marker_replication[0].status: \"Disabled\" -> \"Enabled\"",
                "token: (sensitive) -> (sensitive)"
            ]
        );
        assert_eq!(
            d[1].attributes[0],
            "latest_version: 1 -> (known after apply)"
        );
        assert!(
            d[1].attributes[1].starts_with("tag_specifications: [{"),
            "{:?}",
            d[1]
        );
        assert_eq!(d[2].address, "output.o");
        assert_eq!(d[2].attributes, ["(whole value): \"a\" -> \"b\""]);
    }
}
