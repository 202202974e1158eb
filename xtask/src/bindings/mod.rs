//! Provider schema → Rust: typed bindings for a curated list of hashicorp/aws types.
//!
//! The list lives in `codegen/bindings/aws.txt`, the enum overlays in
//! `codegen/bindings/aws-enums.txt`; the output is checked in under `dsl/src/aws/generated/`.
//! `cargo xtask codegen` rewrites it, and the xtask test `fresh` fails with a diff when the
//! checked-in code is stale.
//!
//! Settings are `with_*` builders on [`Generator`] (in the manner of typify/progenitor);
//! the same schema and settings always give the same bytes. Per type the generator emits:
//! a builder whose `new` takes the required arguments and required blocks (positionally,
//! or as a named `<Type>Args` struct when two of them have the same Rust type), setters
//! for optional arguments typed by the schema (`impl Into<Expr<String>>`, `Expr<bool>`,
//! `Expr<Number>`, lists, maps, or a generated enum where an overlay applies), a struct per
//! nested block (same pattern, recursively), `#[deprecated]` where the schema says so, a
//! registry docs link, `Spec` and `TypedSpec` impls, `Taggable` when the type has a settable
//! `tags`, and a handle (`<Type>Ref`) with typed accessors for every readable attribute,
//! computed-only ones included. Output is formatted with `prettyplease`, never with
//! whichever `rustfmt` is installed.

mod emit;
mod enums;
mod format;
mod handle;
mod naming;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::PathBuf;

pub use emit::{registry_url, Kind};
pub use enums::{parse_overlays, variant_name, EnumSpec, OverlayPath};
pub use format::{format_source, single_file};
pub use naming::{method_name, module_name, type_name};

use tfdr_codegen::schema::{EffectiveSchema, ProviderSchema, Schema};

/// The bindings list shipped with tfdr (`codegen/bindings/aws.txt`).
pub const AWS_BINDINGS_LIST: &str = include_str!("../../../codegen/bindings/aws.txt");

/// The enum overlays shipped with tfdr (`codegen/bindings/aws-enums.txt`).
pub const AWS_ENUM_OVERLAYS: &str = include_str!("../../../codegen/bindings/aws-enums.txt");

/// The prelude the checked-in bindings import (they live inside `tfdr-dsl`).
pub const CRATE_PRELUDE: &str = "crate::aws::prelude";
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

/// One line of a kind's index module: (module, type, Terraform type, args struct).
type IndexEntry = (String, String, String, Option<String>);

/// Where the generator looks up a type's schema: the effective schema, or any provider
/// schema document (the test fixtures).
pub trait TypeSource {
    /// The schema of `name` of this kind, if the source has it.
    fn schema(&self, kind: Kind, name: &str) -> Option<&Schema>;
}

impl TypeSource for EffectiveSchema {
    fn schema(&self, kind: Kind, name: &str) -> Option<&Schema> {
        match kind {
            Kind::Resource => self.resource(name),
            Kind::Data => self.data_source(name),
            Kind::Ephemeral => self.ephemeral(name),
        }
    }
}

impl TypeSource for ProviderSchema {
    fn schema(&self, kind: Kind, name: &str) -> Option<&Schema> {
        match kind {
            Kind::Resource => self.resource_schemas.get(name),
            Kind::Data => self.data_source_schemas.get(name),
            Kind::Ephemeral => self.ephemeral_resource_schemas.get(name),
        }
    }
}

/// Settings for the generator. Start from [`Generator::new`] (nothing listed) or
/// [`Generator::aws`] (what tfdr ships) and refine with `with_*`.
#[derive(Debug, Clone)]
pub struct Generator {
    list: String,
    prelude: String,
    enum_files: Vec<String>,
    enums: Vec<(String, EnumSpec)>,
}

impl Default for Generator {
    fn default() -> Self {
        Generator {
            list: String::new(),
            prelude: CRATE_PRELUDE.to_string(),
            enum_files: Vec::new(),
            enums: Vec::new(),
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
    /// No types listed, no overlays, prelude `crate::aws::prelude`.
    pub fn new() -> Self {
        Generator::default()
    }

    /// What tfdr ships: `codegen/bindings/aws.txt` with the overlays of
    /// `codegen/bindings/aws-enums.txt`.
    pub fn aws() -> Self {
        Generator::new()
            .with_list(AWS_BINDINGS_LIST)
            .with_enum_file(AWS_ENUM_OVERLAYS)
    }

    /// Generates for this list text (`resource|data|ephemeral <type>` per line).
    pub fn with_list(mut self, list: impl Into<String>) -> Self {
        self.list = list.into();
        self
    }

    /// The module path every generated module glob-imports (`Body`, `Expr`, the traits…).
    /// The default, `crate::aws::prelude`, is right inside `tfdr-dsl`; code generated into
    /// another crate uses `::tfdr_dsl::aws::prelude`.
    pub fn with_prelude(mut self, path: impl Into<String>) -> Self {
        self.prelude = path.into();
        self
    }

    /// Lays enum `spec` over the string (or list/set of string) attribute at `path`
    /// (`aws_s3_bucket_versioning.versioning_configuration.status`; `data.` / `ephemeral.`
    /// prefixes for those kinds). One spec may be laid over several paths. A path that
    /// matches no such attribute of a listed type fails [`Generator::generate`], so the
    /// overlays cannot go stale silently.
    pub fn with_enum(mut self, path: impl Into<String>, spec: EnumSpec) -> Self {
        self.enums.push((path.into(), spec));
        self
    }

    /// Adds every overlay of an overlay file (format: [`parse_overlays`]); parse errors are
    /// reported by [`Generator::generate`].
    pub fn with_enum_file(mut self, text: impl Into<String>) -> Self {
        self.enum_files.push(text.into());
        self
    }

    fn overlays(&self) -> Result<BTreeMap<OverlayPath, EnumSpec>, BindingsError> {
        let mut all = Vec::new();
        for text in &self.enum_files {
            all.extend(parse_overlays(text)?);
        }
        for (path, spec) in &self.enums {
            all.push((OverlayPath::parse(path)?, spec.clone()));
        }
        let mut by_name: BTreeMap<&str, &EnumSpec> = BTreeMap::new();
        for (_, spec) in &all {
            if let Some(other) = by_name.insert(&spec.name, spec) {
                if other != spec {
                    return Err(BindingsError(format!(
                        "enum {} is defined twice with different values or docs",
                        spec.name
                    )));
                }
            }
        }
        let mut out = BTreeMap::new();
        for (path, spec) in all {
            if let Some(other) = out.insert(path.clone(), spec.clone()) {
                if other != spec {
                    return Err(BindingsError(format!(
                        "enum overlay path {path} has two enums ({} and {})",
                        other.name, spec.name
                    )));
                }
            }
        }
        Ok(out)
    }

    /// Generates every file, formatted, in path order. Same schema and settings → same
    /// bytes.
    ///
    /// # Errors
    /// A malformed list or overlay, a type the schema does not have, an overlay path that
    /// matches no string attribute of a listed type, an enum named like a generated
    /// resource type, or generated code that does not parse (a generator bug).
    pub fn generate(&self, schema: &dyn TypeSource) -> Result<Vec<GeneratedFile>, BindingsError> {
        let list = parse_list(&self.list)?;
        let overlays = self.overlays()?;
        let mut unused: BTreeSet<&OverlayPath> = overlays.keys().collect();
        let mut files = Vec::new();
        let mut modules: [Vec<IndexEntry>; 3] = Default::default();
        let mut taggable = BTreeSet::new();
        let mut named = BTreeSet::new();
        for (kind, tf_type) in &list {
            let Some(s) = schema.schema(*kind, tf_type) else {
                return Err(BindingsError(format!(
                    "{} {tf_type}: not in the schema (is it in both 5.100.0 and 6.x?)",
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
            let prefix = format!("{tf_type}.");
            let type_enums: BTreeMap<String, String> = overlays
                .iter()
                .filter(|(p, _)| p.kind == *kind && p.path.starts_with(&prefix))
                .map(|(p, e)| (p.path[prefix.len()..].to_string(), e.name.clone()))
                .collect();
            let settings = emit::ModuleSettings {
                prelude: &self.prelude,
                enums: &type_enums,
            };
            let module = emit::type_module(&settings, *kind, tf_type, &s.block);
            for used in &module.used_enums {
                unused.remove(&OverlayPath {
                    kind: *kind,
                    path: format!("{prefix}{used}"),
                });
            }
            let name = module_name(tf_type);
            files.push(GeneratedFile {
                path: PathBuf::from(format!(
                    "{}/{}.rs",
                    kind.word(),
                    name.trim_start_matches("r#")
                )),
                contents: module.source,
            });
            modules[*kind as usize].push((name, type_name(tf_type), tf_type.clone(), module.args));
        }
        if let Some(path) = unused.first() {
            return Err(BindingsError(format!(
                "enum overlay path {path} matches no string attribute of a listed type"
            )));
        }
        let specs: BTreeMap<String, EnumSpec> = overlays
            .values()
            .map(|s| (s.name.clone(), s.clone()))
            .collect();
        for (_, ty, tf_type, _) in &modules[Kind::Resource as usize] {
            if specs.contains_key(ty) {
                return Err(BindingsError(format!(
                    "enum {ty} has the name of the binding of resource {tf_type}"
                )));
            }
        }
        for (kind, mods) in [Kind::Resource, Kind::Data, Kind::Ephemeral]
            .into_iter()
            .zip(modules.iter_mut())
        {
            mods.sort();
            let mut index = format!(
                "//! Generated {} bindings. Do not edit; regenerate with `cargo xtask codegen`.\n\n",
                kind.word()
            );
            for (module, ty, tf_type, args) in mods.iter() {
                let _ = writeln!(
                    index,
                    "/// `{tf_type}`: <{}>.\npub mod {module};",
                    registry_url(kind, tf_type)
                );
                let args = args
                    .as_deref()
                    .map(|a| format!(", {a}"))
                    .unwrap_or_default();
                let _ = writeln!(
                    index,
                    "#[allow(deprecated)]\npub use {module}::{{{ty}, {ty}Ref{args}}};"
                );
            }
            files.push(GeneratedFile {
                path: PathBuf::from(format!("{}/mod.rs", kind.word())),
                contents: index,
            });
        }
        let mut root = String::from(
            "//! Typed hashicorp/aws bindings generated by the tfdr xtask from the provider schema.\n//! Do not edit; regenerate with `cargo xtask codegen`.\n\n",
        );
        root.push_str("pub mod data;\n");
        if !specs.is_empty() {
            root.push_str("pub mod enums;\n");
            files.push(GeneratedFile {
                path: PathBuf::from("enums.rs"),
                contents: enums::enums_module(&specs, &self.prelude),
            });
        }
        root.push_str("pub mod ephemeral;\npub mod resource;\n\n");
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
        for f in &mut files {
            f.contents = format_source(&f.contents)
                .map_err(|e| BindingsError(format!("{}: {e}", f.path.display())))?;
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
        assert!(parse_overlays(AWS_ENUM_OVERLAYS).unwrap().len() >= 20);
    }
}
