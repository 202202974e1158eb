//! Enum overlays: closed value sets laid over string attributes at schema paths.
//!
//! The provider schema types `aws_s3_bucket_versioning.versioning_configuration.status` as a
//! plain `string`; AWS documents exactly three values. An overlay ([`EnumSpec`] at a path,
//! set with [`Generator::with_enum`](super::Generator::with_enum)) makes the generator emit a
//! Rust enum (`VersioningStatus::Enabled`) and type the setter, constructor parameter and
//! handle accessor as `Expr<VersioningStatus>`, so a misspelt or bare string value does not
//! compile. The shipped overlays live in `codegen/bindings/aws-enums.txt`
//! ([`parse_overlays`] reads that format).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::emit::Kind;
use super::naming::KEYWORDS;
use super::BindingsError;

/// A closed value set: the generated enum's name, its documentation and its values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumSpec {
    /// The Rust enum name, e.g. `VersioningStatus`.
    pub name: String,
    /// One paragraph of documentation (what the value selects).
    pub doc: String,
    /// Where AWS documents the allowed values (a URL), shown in the enum's docs.
    pub source: String,
    /// `(value as Terraform expects it, Rust variant name)`, in documentation order.
    pub values: Vec<(String, String)>,
}

impl EnumSpec {
    /// A spec with variant names derived from the values (see [`variant_name`]).
    ///
    /// # Errors
    /// A value from which no variant name can be derived (e.g. `*`); use
    /// [`EnumSpec::with_variants`] for those.
    pub fn new(
        name: &str,
        doc: &str,
        source: &str,
        values: &[&str],
    ) -> Result<EnumSpec, BindingsError> {
        let values = values
            .iter()
            .map(|v| {
                variant_name(v).map(|n| (v.to_string(), n)).ok_or_else(|| {
                    BindingsError(format!(
                        "enum {name}: no variant name for value `{v}`; give one (`{v}=Name`)"
                    ))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        EnumSpec::with_variants(name, doc, source, values)
    }

    /// A spec with explicit `(value, variant)` pairs.
    ///
    /// # Errors
    /// An invalid enum or variant identifier, no values, or a value or variant given twice.
    pub fn with_variants(
        name: &str,
        doc: &str,
        source: &str,
        values: Vec<(String, String)>,
    ) -> Result<EnumSpec, BindingsError> {
        let err = |m: String| Err(BindingsError(format!("enum {name}: {m}")));
        if !is_type_ident(name) {
            return err("not a CamelCase Rust type name".into());
        }
        if values.is_empty() {
            return err("no values".into());
        }
        let mut seen_v = std::collections::BTreeSet::new();
        let mut seen_n = std::collections::BTreeSet::new();
        for (value, variant) in &values {
            if !is_type_ident(variant) {
                return err(format!("variant `{variant}` is not a CamelCase identifier"));
            }
            if !seen_v.insert(value) {
                return err(format!("value `{value}` listed twice"));
            }
            if !seen_n.insert(variant) {
                return err(format!("variant `{variant}` used twice"));
            }
        }
        Ok(EnumSpec {
            name: name.to_string(),
            doc: doc.to_string(),
            source: source.to_string(),
            values,
        })
    }
}

/// An upper camel case identifier: ASCII letters and digits, `_` only between digits
/// (`X86_64`), as rustc's `non_camel_case_types` lint accepts.
fn is_type_ident(s: &str) -> bool {
    let b = s.as_bytes();
    s.starts_with(|c: char| c.is_ascii_uppercase())
        && b.iter().enumerate().all(|(i, &c)| {
            c.is_ascii_alphanumeric()
                || (c == b'_'
                    && i > 0
                    && b[i - 1].is_ascii_digit()
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit))
        })
        && !KEYWORDS.contains(&s)
        && s != "Self"
}

/// The variant name for a value: split at every non-alphanumeric character, each part
/// capitalised; an all-uppercase part is lowercased after its first letter.
/// `aws:kms:dsse` → `AwsKmsDsse`, `PAY_PER_REQUEST` → `PayPerRequest`, `AES256` →
/// `Aes256`, `CanonicalUser` stays. `None` if the result is empty or starts with a digit.
pub fn variant_name(value: &str) -> Option<String> {
    let mut out = String::new();
    for part in value.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = part.chars();
        let Some(first) = chars.next() else { continue };
        out.push(first.to_ascii_uppercase());
        let rest = chars.as_str();
        if part.chars().any(|c| c.is_ascii_lowercase()) {
            out.push_str(rest);
        } else {
            out.push_str(&rest.to_ascii_lowercase());
        }
    }
    is_type_ident(&out).then_some(out)
}

/// Where an overlay applies: the kind and the dotted path `type.block….attribute`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct OverlayPath {
    /// Resource, data source or ephemeral resource.
    pub kind: Kind,
    /// `aws_s3_bucket_versioning.versioning_configuration.status`.
    pub path: String,
}

impl OverlayPath {
    /// Parses `type.block.attr`, `data.type.attr` or `ephemeral.type.attr`.
    ///
    /// # Errors
    /// A path with fewer than two segments after the optional kind prefix.
    pub fn parse(text: &str) -> Result<OverlayPath, BindingsError> {
        let (kind, rest) = if let Some(r) = text.strip_prefix("data.") {
            (Kind::Data, r)
        } else if let Some(r) = text.strip_prefix("ephemeral.") {
            (Kind::Ephemeral, r)
        } else {
            (Kind::Resource, text)
        };
        if rest.split('.').count() < 2 || rest.split('.').any(str::is_empty) {
            return Err(BindingsError(format!(
                "enum overlay path `{text}`: expected `[data.|ephemeral.]type.block….attribute`"
            )));
        }
        Ok(OverlayPath {
            kind,
            path: rest.to_string(),
        })
    }
}

impl std::fmt::Display for OverlayPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.kind {
            Kind::Resource => f.write_str(&self.path),
            Kind::Data => write!(f, "data.{}", self.path),
            Kind::Ephemeral => write!(f, "ephemeral.{}", self.path),
        }
    }
}

/// Parses the overlay file format of `codegen/bindings/aws-enums.txt`:
///
/// ```text
/// # comment
/// enum VersioningStatus
/// doc    The versioning state of an S3 bucket.
/// source https://docs.aws.amazon.com/AmazonS3/latest/API/API_VersioningConfiguration.html
/// values Enabled Suspended Disabled
/// path   aws_s3_bucket_versioning.versioning_configuration.status
/// ```
///
/// `values` may repeat (values accumulate); a value that yields no variant name is written
/// `value=Variant` (`*=Everyone`). `path` may repeat (one enum at several places).
///
/// # Errors
/// Names the line of anything malformed.
pub fn parse_overlays(text: &str) -> Result<Vec<(OverlayPath, EnumSpec)>, BindingsError> {
    struct Pending {
        line: usize,
        name: String,
        doc: String,
        source: String,
        values: Vec<(String, String)>,
        paths: Vec<OverlayPath>,
    }
    fn finish(p: Pending, out: &mut Vec<(OverlayPath, EnumSpec)>) -> Result<(), BindingsError> {
        let at = |m: &str| BindingsError(format!("enum overlays line {}: {m}", p.line));
        if p.doc.is_empty() || p.source.is_empty() || p.paths.is_empty() {
            return Err(at(&format!(
                "enum {} needs `doc`, `source` and at least one `path`",
                p.name
            )));
        }
        let spec =
            EnumSpec::with_variants(&p.name, &p.doc, &p.source, p.values).map_err(|e| at(&e.0))?;
        for path in p.paths {
            out.push((path, spec.clone()));
        }
        Ok(())
    }
    let mut out = Vec::new();
    let mut cur: Option<Pending> = None;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = |m: String| BindingsError(format!("enum overlays line {}: {m}", i + 1));
        let (key, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let rest = rest.trim();
        if key == "enum" {
            if let Some(p) = cur.take() {
                finish(p, &mut out)?;
            }
            cur = Some(Pending {
                line: i + 1,
                name: rest.to_string(),
                doc: String::new(),
                source: String::new(),
                values: Vec::new(),
                paths: Vec::new(),
            });
            continue;
        }
        let Some(p) = cur.as_mut() else {
            return Err(at(format!("`{key}` before the first `enum`")));
        };
        match key {
            "doc" => {
                if !p.doc.is_empty() {
                    p.doc.push(' ');
                }
                p.doc.push_str(rest);
            }
            "source" => p.source = rest.to_string(),
            "values" => {
                for v in rest.split_whitespace() {
                    let (value, variant) = match v.split_once('=') {
                        Some((value, variant)) => (value.to_string(), variant.to_string()),
                        None => (
                            v.to_string(),
                            variant_name(v).ok_or_else(|| {
                                at(format!("no variant name for `{v}`; write `{v}=Name`"))
                            })?,
                        ),
                    };
                    p.values.push((value, variant));
                }
            }
            "path" => p.paths.push(OverlayPath::parse(rest).map_err(|e| at(e.0))?),
            other => return Err(at(format!("unknown key `{other}`"))),
        }
    }
    if let Some(p) = cur {
        finish(p, &mut out)?;
    }
    Ok(out)
}

/// The shared `enums` module: one enum per spec, sorted by name.
pub fn enums_module(specs: &BTreeMap<String, EnumSpec>, prelude: &str) -> String {
    let mut out = String::from(
        "//! Closed value sets (enum overlays) of the generated bindings. Do not edit; regenerate\n//! with `cargo xtask codegen`.\n\n",
    );
    let _ = writeln!(out, "#[allow(unused_imports)]\nuse {prelude}::*;\n");
    for spec in specs.values() {
        emit_enum(&mut out, spec);
    }
    out
}

fn emit_enum(out: &mut String, spec: &EnumSpec) {
    let EnumSpec {
        name,
        doc,
        source,
        values,
    } = spec;
    let listed: Vec<String> = values.iter().map(|(v, _)| format!("`{v}`")).collect();
    let _ = writeln!(
        out,
        "/// {doc}\n///\n/// Values: {}. Source: <{source}>.\n///\n/// Setters typed `impl Into<Expr<{name}>>` take a variant, or a reference made with\n/// [`{name}::from_expr`]; a plain string does not compile there.",
        listed.join(", ")
    );
    let _ = writeln!(
        out,
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum {name} {{"
    );
    for (value, variant) in values {
        let _ = writeln!(out, "    /// `{value}`.\n    {variant},");
    }
    let _ = writeln!(out, "}}\n");
    let _ = writeln!(out, "impl {name} {{");
    let _ = writeln!(
        out,
        "    /// Every value, in the order AWS documents them.\n    pub const ALL: [{name}; {}] = [{}];\n",
        values.len(),
        values
            .iter()
            .map(|(_, n)| format!("{name}::{n}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(
        out,
        "    /// The value as Terraform and AWS spell it.\n    pub const fn as_str(self) -> &'static str {{\n        match self {{"
    );
    for (value, variant) in values {
        let _ = writeln!(out, "            {name}::{variant} => {value:?},");
    }
    let _ = writeln!(out, "        }}\n    }}\n");
    let _ = writeln!(
        out,
        "    /// An expression Terraform evaluates (a variable, another resource's attribute) used\n    /// where a `{name}` is expected. The caller vouches that it evaluates to one of\n    /// [`{name}::ALL`]; Terraform's provider checks it at plan time.\n    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<{name}> {{\n        expr.into().cast()\n    }}\n}}\n"
    );
    let _ = writeln!(
        out,
        "impl TfEnum for {name} {{\n    const VALUES: &'static [&'static str] = &[{}];\n\n    fn as_str(self) -> &'static str {{\n        {name}::as_str(self)\n    }}\n}}\n",
        values
            .iter()
            .map(|(v, _)| format!("{v:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(
        out,
        "impl std::fmt::Display for {name} {{\n    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{\n        f.write_str(self.as_str())\n    }}\n}}\n"
    );
    for target in [name.as_str(), "String"] {
        let _ = writeln!(
            out,
            "impl From<{name}> for Expr<{target}> {{\n    fn from(value: {name}) -> Self {{\n        Expr::from_raw(RawExpr::String(value.as_str().to_string()))\n    }}\n}}\n"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variant_names() {
        assert_eq!(variant_name("aws:kms:dsse").as_deref(), Some("AwsKmsDsse"));
        assert_eq!(variant_name("AES256").as_deref(), Some("Aes256"));
        assert_eq!(
            variant_name("PAY_PER_REQUEST").as_deref(),
            Some("PayPerRequest")
        );
        assert_eq!(
            variant_name("CanonicalUser").as_deref(),
            Some("CanonicalUser")
        );
        assert_eq!(
            variant_name("ForAnyValue:StringLike").as_deref(),
            Some("ForAnyValueStringLike")
        );
        assert_eq!(variant_name("*"), None);
        assert_eq!(variant_name("1a"), None);
    }

    #[test]
    fn overlay_file_parses_and_rejects() {
        let o = parse_overlays(
            "# c\nenum E\ndoc d\nsource s\nvalues A b *=Any\npath t.b.a\npath data.d.x\n",
        )
        .unwrap();
        assert_eq!(o.len(), 2);
        assert_eq!(o[1].0.kind, Kind::Data);
        assert_eq!(o[0].1.values[2], ("*".into(), "Any".into()));
        assert!(parse_overlays("values A").unwrap_err().0.contains("line 1"));
        assert!(
            parse_overlays("enum E\ndoc d\nsource s\nvalues *\npath t.a")
                .unwrap_err()
                .0
                .contains("line 4")
        );
        assert!(
            parse_overlays("enum E\ndoc d\nsource s\nvalues A A\npath t.a")
                .unwrap_err()
                .0
                .contains("twice")
        );
        assert!(parse_overlays("enum E\ndoc d\nsource s\nvalues A\n")
            .unwrap_err()
            .0
            .contains("path"));
        assert!(OverlayPath::parse("t").is_err());
    }
}
