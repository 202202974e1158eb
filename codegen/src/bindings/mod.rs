//! Provider schema → Rust: typed bindings for a curated list of hashicorp/aws types.
//!
//! The list lives in one place, `codegen/bindings/aws.txt`; the output is checked in under
//! `dsl/src/aws/generated/`, and `codegen/tests/bindings_fresh.rs` regenerates it in
//! memory and fails with a diff when the checked-in code is stale
//! (`TFDR_BLESS=1` rewrites it).
//!
//! Per type the generator emits: a builder whose `new` takes the required arguments and
//! required blocks, setters for optional arguments typed by the schema
//! (`impl Into<Expr<String>>`, `Expr<bool>`, `Expr<Number>`, lists, maps), a struct per
//! nested block (same pattern, recursively), a `Spec` impl, `Taggable` when the type has a
//! settable `tags`, and a handle (`<Type>Ref`) with typed accessors for every readable
//! attribute, computed-only ones included.

mod emit;
mod naming;

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Stdio};

pub use emit::{type_module, Kind};
pub use naming::{method_name, module_name, type_name};

use crate::schema::EffectiveSchema;

/// The bindings list shipped with tfdr (`codegen/bindings/aws.txt`).
pub const AWS_BINDINGS_LIST: &str = include_str!("../../bindings/aws.txt");

/// A failure to generate bindings; names the list line or the type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BindingsError(pub String);

impl std::fmt::Display for BindingsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BindingsError {}

/// Parses the bindings list: `resource|data|ephemeral <type>` per line, `#` comments.
///
/// # Errors
/// A malformed line or a type listed twice, naming the line.
pub fn parse_list(text: &str) -> Result<Vec<(Kind, String)>, BindingsError> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut words = line.split_whitespace();
        let kind = match words.next() {
            Some("resource") => Kind::Resource,
            Some("data") => Kind::Data,
            Some("ephemeral") => Kind::Ephemeral,
            _ => {
                return Err(BindingsError(format!(
                "bindings list line {}: expected `resource|data|ephemeral <type>`, got `{line}`",
                i + 1
            )))
            }
        };
        let Some(name) = words.next().filter(|_| words.next().is_none()) else {
            return Err(BindingsError(format!(
                "bindings list line {}: expected exactly one type name, got `{line}`",
                i + 1
            )));
        };
        if !seen.insert((kind, name.to_string())) {
            return Err(BindingsError(format!(
                "bindings list line {}: {} {name} is listed twice",
                i + 1,
                kind.word()
            )));
        }
        out.push((kind, name.to_string()));
    }
    Ok(out)
}

/// Settings for the generator. Build with [`Generator::new`] and `with_*`.
#[derive(Debug, Clone)]
pub struct Generator {
    list: String,
    rustfmt: bool,
}

impl Default for Generator {
    fn default() -> Self {
        Generator {
            list: AWS_BINDINGS_LIST.to_string(),
            rustfmt: true,
        }
    }
}

/// One generated file: its path below `dsl/src/aws/generated/` and its contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to the generated directory, e.g. `resource/s3_bucket.rs`.
    pub path: PathBuf,
    /// The Rust source.
    pub contents: String,
}

impl Generator {
    /// The shipped list, output formatted by rustfmt.
    pub fn new() -> Self {
        Generator::default()
    }

    /// Generates for this list text instead of the shipped one.
    pub fn with_list(mut self, list: impl Into<String>) -> Self {
        self.list = list.into();
        self
    }

    /// Whether to pass the output through `rustfmt` (on by default; the checked-in code is
    /// formatted).
    pub fn with_rustfmt(mut self, rustfmt: bool) -> Self {
        self.rustfmt = rustfmt;
        self
    }

    /// Generates every file. Same schema and list → same files, in path order.
    ///
    /// # Errors
    /// A malformed list, a type the effective schema does not have, or rustfmt failing.
    pub fn generate(&self, schema: &EffectiveSchema) -> Result<Vec<GeneratedFile>, BindingsError> {
        let list = parse_list(&self.list)?;
        let mut files = Vec::new();
        let mut modules: [Vec<(String, String, String)>; 3] = Default::default();
        let mut taggable = BTreeSet::new();
        let mut named = BTreeSet::new();
        for (kind, tf_type) in &list {
            let s = match kind {
                Kind::Resource => schema.resource(tf_type),
                Kind::Data => schema.data_source(tf_type),
                Kind::Ephemeral => schema.ephemeral(tf_type),
            };
            let Some(s) = s else {
                return Err(BindingsError(format!(
                    "{} {tf_type}: not in the effective schema (is it in both 5.100.0 and 6.x?)",
                    kind.word()
                )));
            };
            if *kind == Kind::Resource
                && s.block
                    .attributes
                    .get("tags")
                    .is_some_and(|a| a.optional || a.required)
            {
                taggable.insert(tf_type.clone());
            }
            if *kind == Kind::Resource {
                for (attr, a) in &s.block.attributes {
                    if (a.optional || a.required) && is_name_argument(attr) {
                        named.insert((tf_type.clone(), attr.clone()));
                    }
                }
            }
            let module = module_name(tf_type);
            let dir = kind.word();
            files.push(GeneratedFile {
                path: PathBuf::from(format!("{dir}/{}.rs", module.trim_start_matches("r#"))),
                contents: type_module(*kind, tf_type, &s.block),
            });
            let idx = *kind as usize;
            modules[idx].push((module, type_name(tf_type), tf_type.clone()));
        }
        for (kind, mods) in [Kind::Resource, Kind::Data, Kind::Ephemeral]
            .into_iter()
            .zip(modules.iter_mut())
        {
            mods.sort();
            let mut index = format!(
                "//! Generated {} bindings. Do not edit; regenerate (see `codegen/bindings/aws.txt`).\n\n",
                kind.word()
            );
            for (module, ty, tf_type) in mods.iter() {
                let _ = writeln!(index, "/// `{tf_type}`.\npub mod {module};");
                let _ = writeln!(index, "pub use {module}::{{{ty}, {ty}Ref}};");
            }
            files.push(GeneratedFile {
                path: PathBuf::from(format!("{}/mod.rs", kind.word())),
                contents: index,
            });
        }
        let mut root = String::from(
            "//! Typed hashicorp/aws bindings generated by tfdr-codegen from the effective schema.\n//! Do not edit; regenerate (see `codegen/bindings/aws.txt`).\n\n",
        );
        root.push_str("pub mod data;\npub mod ephemeral;\npub mod resource;\n\n");
        root.push_str("/// Resource types among the generated ones whose schema has a settable `tags`, sorted.\npub const TAGGABLE_RESOURCE_TYPES: &[&str] = &[\n");
        for t in &taggable {
            let _ = writeln!(root, "    {t:?},");
        }
        root.push_str("];\n\n");
        root.push_str("/// (resource type, argument) for every generated resource type with a settable name-like\n/// argument (`name`, `*_prefix`, `*identifier`, `bucket`, `*_name` of the resource itself), sorted.\npub const NAME_ARGUMENTS: &[(&str, &str)] = &[\n");
        for (t, a) in &named {
            let _ = writeln!(root, "    ({t:?}, {a:?}),");
        }
        root.push_str("];\n");
        files.push(GeneratedFile {
            path: PathBuf::from("mod.rs"),
            contents: root,
        });
        if self.rustfmt {
            for f in &mut files {
                f.contents = rustfmt(&f.contents)
                    .map_err(|e| BindingsError(format!("{}: {e}", f.path.display())))?;
            }
        }
        files.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(files)
    }
}

/// Whether a settable argument names the resource itself (what the naming policy governs).
pub fn is_name_argument(attr: &str) -> bool {
    matches!(
        attr,
        "name"
            | "name_prefix"
            | "bucket"
            | "bucket_prefix"
            | "identifier"
            | "identifier_prefix"
            | "cluster_identifier"
            | "cluster_identifier_prefix"
            | "global_cluster_identifier"
            | "function_name"
            | "alarm_name"
            | "dashboard_name"
            | "queue_name"
            | "topic_name"
    )
}

/// Formats Rust source with `rustfmt` (edition 2021), as `cargo fmt` would.
///
/// # Errors
/// rustfmt missing or rejecting the source.
pub fn rustfmt(source: &str) -> Result<String, String> {
    let mut child = Command::new(std::env::var("RUSTFMT").unwrap_or_else(|_| "rustfmt".into()))
        .args(["--edition", "2021", "--emit", "stdout", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run rustfmt: {e}"))?;
    let mut stdin = child.stdin.take().expect("piped");
    let src = source.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(src.as_bytes()));
    let out = child
        .wait_with_output()
        .map_err(|e| format!("rustfmt: {e}"))?;
    writer
        .join()
        .map_err(|_| "rustfmt writer panicked".to_string())?
        .map_err(|e| format!("writing to rustfmt: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "rustfmt failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("rustfmt output: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_parses_and_rejects_bad_lines() {
        let l = parse_list("# c\nresource aws_s3_bucket\n\ndata aws_region\n").unwrap();
        assert_eq!(l.len(), 2);
        assert!(parse_list("thing aws_x").unwrap_err().0.contains("line 1"));
        assert!(parse_list("resource a\nresource a")
            .unwrap_err()
            .0
            .contains("twice"));
        assert!(parse_list("resource a b").is_err());
    }

    #[test]
    fn shipped_list_parses() {
        assert!(parse_list(AWS_BINDINGS_LIST).unwrap().len() >= 90);
    }
}
