//! Formatting of generated code with `prettyplease`, and the single-file layout used by the
//! generator's golden fixtures.
//!
//! `prettyplease` is a library with a fixed output for a given `syn` tree, so the generated
//! bytes do not depend on which `rustfmt` happens to be installed; the checked-in tree is
//! excluded from `cargo fmt` (`#[rustfmt::skip]` on `mod generated` in `dsl/src/aws/mod.rs`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use syn::ext::IdentExt as _;

use super::{BindingsError, GeneratedFile};

/// Parses Rust source and prints it with `prettyplease`.
///
/// # Errors
/// Source that does not parse (a generator bug), with syn's message and line.
pub fn format_source(source: &str) -> Result<String, String> {
    let file = parse(source)?;
    Ok(prettyplease::unparse(&file))
}

fn parse(source: &str) -> Result<syn::File, String> {
    syn::parse_file(source).map_err(|e| {
        let line = e.span().start().line;
        let text = source.lines().nth(line.saturating_sub(1)).unwrap_or("");
        format!("generated code does not parse: {e} at line {line}: `{text}`")
    })
}

/// The generated tree as one file: `mod.rs` with every `mod x;` replaced by an inline
/// `mod x { … }` holding that file's items (inner docs and attributes included). The
/// modules keep their relative paths (`super::super::enums`), so the result compiles
/// exactly like the tree; the generator's golden fixtures are this form.
///
/// # Errors
/// A missing root `mod.rs`, a declared module without its file, or a file that does not
/// parse.
pub fn single_file(files: &[GeneratedFile]) -> Result<String, BindingsError> {
    let by_path: BTreeMap<&Path, &str> = files
        .iter()
        .map(|f| (f.path.as_path(), f.contents.as_str()))
        .collect();
    let root = inline(&by_path, Path::new("mod.rs"), Path::new(""))?;
    Ok(prettyplease::unparse(&root))
}

fn inline(
    files: &BTreeMap<&Path, &str>,
    path: &Path,
    dir: &Path,
) -> Result<syn::File, BindingsError> {
    let err = |m: String| BindingsError(format!("{}: {m}", path.display()));
    let source = files
        .get(path)
        .ok_or_else(|| err("declared but not generated".into()))?;
    let mut file = parse(source).map_err(err)?;
    for item in &mut file.items {
        let syn::Item::Mod(m) = item else { continue };
        if m.content.is_some() {
            continue;
        }
        let name = m.ident.unraw().to_string();
        let flat = dir.join(format!("{name}.rs"));
        let (child_path, child_dir): (PathBuf, PathBuf) = if files.contains_key(flat.as_path()) {
            (flat, dir.join(&name))
        } else {
            (dir.join(&name).join("mod.rs"), dir.join(&name))
        };
        let child = inline(files, &child_path, &child_dir)?;
        m.attrs.extend(child.attrs);
        m.content = Some((syn::token::Brace::default(), child.items));
        m.semi = None;
    }
    Ok(file)
}
