//! The result of `terraform validate -json`, and its readable rendering.

use std::fmt;

use serde::Deserialize;

/// Parsed `terraform validate -json` output.
///
/// Guarantees: fields are exactly what terraform reported; `Display`
/// renders one block per diagnostic as
/// `severity: file:line:col: summary — detail`, followed by the block
/// context and the offending source line with carets under the highlighted
/// part (long lines are cut to a window around it).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Validation {
    /// Terraform's JSON format version (e.g. `"1.0"`).
    #[serde(default)]
    pub format_version: String,
    /// Whether terraform considers the configuration valid (no errors).
    pub valid: bool,
    /// Number of error diagnostics.
    #[serde(default)]
    pub error_count: usize,
    /// Number of warning diagnostics.
    #[serde(default)]
    pub warning_count: usize,
    /// All diagnostics, in terraform's order.
    #[serde(default)]
    pub diagnostics: Vec<Diagnostic>,
}

/// Diagnostic severity as reported by terraform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Makes the configuration invalid.
    Error,
    /// Informational; the configuration stays valid.
    Warning,
    /// Anything terraform might add in the future.
    #[serde(other)]
    Unknown,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Unknown => "diagnostic",
        })
    }
}

/// One terraform diagnostic.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Short summary, e.g. `Extraneous JSON object property`.
    #[serde(default)]
    pub summary: String,
    /// Longer explanation, e.g. `No argument or block type is named "bucket_name".`
    #[serde(default)]
    pub detail: String,
    /// Where in the configuration, when terraform knows.
    #[serde(default)]
    pub range: Option<SourceRange>,
    /// The source code around `range`, when terraform provides it.
    #[serde(default)]
    pub snippet: Option<Snippet>,
}

/// A source range; `filename` is relative to the root module directory
/// (e.g. `main.tf.json` or `modules/<name>/main.tf.json`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SourceRange {
    /// File, relative to the directory terraform ran in.
    pub filename: String,
    /// First position (inclusive).
    pub start: SourcePos,
    /// Last position (exclusive).
    pub end: SourcePos,
}

/// A position in a source file (1-based line and column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub struct SourcePos {
    /// 1-based line.
    pub line: u32,
    /// 1-based column (in characters).
    pub column: u32,
    /// 0-based byte offset in the file.
    #[serde(default)]
    pub byte: u64,
}

/// Source context of a diagnostic.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Snippet {
    /// Enclosing block, e.g. `resource.aws_s3_bucket.b` or `module.a`.
    #[serde(default)]
    pub context: Option<String>,
    /// The source line(s) containing the range.
    #[serde(default)]
    pub code: String,
    /// Line number of the first line of `code`.
    #[serde(default)]
    pub start_line: u32,
    /// Byte offset in `code` where the highlight starts.
    #[serde(default)]
    pub highlight_start_offset: usize,
    /// Byte offset in `code` where the highlight ends.
    #[serde(default)]
    pub highlight_end_offset: usize,
}

impl Diagnostic {
    /// `file:line:col`, or `<no location>`.
    pub fn location(&self) -> String {
        match &self.range {
            Some(r) => format!("{}:{}:{}", r.filename, r.start.line, r.start.column),
            None => "<no location>".to_string(),
        }
    }

    /// The file this diagnostic is in, if any.
    pub fn filename(&self) -> Option<&str> {
        self.range.as_ref().map(|r| r.filename.as_str())
    }

    /// True when this diagnostic belongs to child module `name` added with
    /// [`Workdir::add_module`](super::Workdir::add_module): it is located in
    /// `modules/<name>/`, or in the root file's `module.<name>` block.
    pub fn is_in_module(&self, name: &str) -> bool {
        let prefix = format!("modules/{name}/");
        self.filename().is_some_and(|f| f.starts_with(&prefix))
            || self
                .snippet
                .as_ref()
                .and_then(|s| s.context.as_deref())
                .is_some_and(|c| {
                    c == format!("module.{name}") || c.starts_with(&format!("module.{name}."))
                })
    }
}

const WINDOW: usize = 160;

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Writes `line` (cut to a window around `hl` if long), and carets under
/// the highlighted byte range `hl` (relative to `line`), if any.
fn write_code_line(
    f: &mut fmt::Formatter<'_>,
    lineno: u32,
    line: &str,
    hl: Option<(usize, usize)>,
) -> fmt::Result {
    let (mut from, mut to) = (0, line.len());
    if line.len() > WINDOW {
        let (hs, he) = hl.unwrap_or((0, 0));
        let he = he.max(hs).min(hs + WINDOW / 2);
        let margin = (WINDOW - (he - hs)) / 2;
        from = floor_boundary(line, hs.saturating_sub(margin));
        to = floor_boundary(line, (he + margin).max(from + WINDOW).min(line.len()));
    }
    let pre = if from > 0 { "…" } else { "" };
    let post = if to < line.len() { "…" } else { "" };
    let shown = &line[from..to];
    writeln!(f, "  {lineno:>5} | {pre}{shown}{post}")?;
    if let Some((hs, he)) = hl {
        let hs = floor_boundary(line, hs.clamp(from, to));
        let he = floor_boundary(line, he.clamp(hs, to));
        let pad = pre.chars().count() + line[from..hs].chars().count();
        let width = line[hs..he].chars().count().max(1);
        writeln!(f, "        | {}{}", " ".repeat(pad), "^".repeat(width))?;
    }
    Ok(())
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}: {}",
            self.severity,
            self.location(),
            self.summary
        )?;
        let detail = self.detail.trim();
        if !detail.is_empty() {
            write!(f, " — {}", detail.replace('\n', "\n    "))?;
        }
        writeln!(f)?;
        if let Some(s) = &self.snippet {
            if let Some(ctx) = s.context.as_deref().filter(|c| !c.is_empty()) {
                writeln!(f, "    in {ctx}")?;
            }
            let mut offset = 0usize;
            for (i, line) in s.code.split('\n').enumerate() {
                let (ls, le) = (offset, offset + line.len());
                offset = le + 1;
                let hl =
                    (s.highlight_start_offset >= ls && s.highlight_start_offset <= le).then(|| {
                        (
                            s.highlight_start_offset - ls,
                            s.highlight_end_offset.clamp(s.highlight_start_offset, le) - ls,
                        )
                    });
                write_code_line(f, s.start_line + i as u32, line, hl)?;
            }
        }
        Ok(())
    }
}

impl Validation {
    /// The error diagnostics.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
    }

    /// The warning diagnostics.
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
    }

    /// Diagnostics belonging to child module `name` (see
    /// [`Diagnostic::is_in_module`]).
    pub fn for_module<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Diagnostic> + 'a {
        self.diagnostics
            .iter()
            .filter(move |d| d.is_in_module(name))
    }

    /// Panics with the readable rendering unless [`Validation::valid`].
    #[track_caller]
    pub fn assert_valid(&self) {
        if !self.valid {
            panic!("terraform validate reported an invalid configuration:\n{self}");
        }
    }

    /// Panics with the readable rendering unless valid *and* free of warnings.
    #[track_caller]
    pub fn assert_clean(&self) {
        if !self.valid || !self.diagnostics.is_empty() {
            panic!("terraform validate reported diagnostics:\n{self}");
        }
    }
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

impl fmt::Display for Validation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "terraform validate: {}, {}, {}",
            if self.valid { "valid" } else { "INVALID" },
            plural(self.error_count, "error"),
            plural(self.warning_count, "warning")
        )?;
        for d in &self.diagnostics {
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"{
  "format_version": "1.0", "valid": false, "error_count": 1, "warning_count": 0,
  "diagnostics": [{
      "severity": "error",
      "summary": "Extraneous JSON object property",
      "detail": "No argument or block type is named \"bucket_name\".",
      "range": {"filename": "main.tf.json",
        "start": {"line": 3, "column": 55, "byte": 257},
        "end": {"line": 3, "column": 68, "byte": 270}},
      "snippet": {"context": "resource.aws_s3_bucket.b",
        "code": "\"resource\":{\"aws_s3_bucket\":{\"b\":{\"provider\":\"aws.dr\",\"bucket_name\":\"x\"}}}}",
        "start_line": 3, "highlight_start_offset": 54, "highlight_end_offset": 67, "values": []}
  }]
}"#;

    #[test]
    fn parses_and_renders() {
        let v: Validation = serde_json::from_str(SAMPLE).unwrap();
        assert!(!v.valid);
        assert_eq!(v.errors().count(), 1);
        let s = v.to_string();
        assert!(s.contains(
            "error: main.tf.json:3:55: Extraneous JSON object property — No argument or block type is named \"bucket_name\"."
        ), "{s}");
        assert!(s.contains("in resource.aws_s3_bucket.b"), "{s}");
        // caret under `"bucket_name"` (13 bytes)
        let code_line = s
            .lines()
            .find(|l| l.contains("|") && l.contains("bucket_name"))
            .unwrap();
        let caret_line = s.lines().find(|l| l.contains('^')).unwrap();
        let col = code_line.find("\"bucket_name\"").unwrap();
        assert_eq!(
            caret_line.find('^').unwrap(),
            col,
            "\n{code_line}\n{caret_line}"
        );
        assert_eq!(caret_line.matches('^').count(), 13);
    }

    #[test]
    fn long_lines_are_windowed() {
        let code = format!("{}\"bucket_name\"{}", "x".repeat(5000), "y".repeat(5000));
        let d = Diagnostic {
            severity: Severity::Error,
            summary: "s".into(),
            detail: "d".into(),
            range: None,
            snippet: Some(Snippet {
                context: None,
                code,
                start_line: 1,
                highlight_start_offset: 5000,
                highlight_end_offset: 5013,
            }),
        };
        let s = d.to_string();
        assert!(s.len() < 600, "{s}");
        let code_line = s.lines().nth(1).unwrap();
        let caret_line = s.lines().nth(2).unwrap();
        assert_eq!(
            code_line.chars().position(|c| c == '"'),
            caret_line.chars().position(|c| c == '^')
        );
    }

    #[test]
    fn unknown_severity_and_missing_fields() {
        let v: Validation = serde_json::from_str(
            r#"{"valid":true,"diagnostics":[{"severity":"info","summary":"x"}]}"#,
        )
        .unwrap();
        assert_eq!(v.diagnostics[0].severity, Severity::Unknown);
        assert!(v.to_string().contains("diagnostic: <no location>: x"));
    }

    #[test]
    fn module_membership() {
        let mut v: Validation = serde_json::from_str(SAMPLE).unwrap();
        v.diagnostics[0].range.as_mut().unwrap().filename = "modules/a/main.tf.json".into();
        assert_eq!(v.for_module("a").count(), 1);
        assert_eq!(v.for_module("b").count(), 0);
    }
}
