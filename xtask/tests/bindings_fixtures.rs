//! The bindings generator, feature by feature, on tiny provider schemas.
//!
//! Each `tests/fixtures/bindings/<feature>/` holds a `schema.json` (one provider's schema,
//! the `provider_schemas` value of `terraform providers schema -json`), optionally
//! `enums.txt` (overlays, format of `codegen/bindings/aws-enums.txt`) and `usage.rs`
//! (code that uses the generated API; it runs), a `README` saying what the fixture pins,
//! and `generated.rs`: the golden output, every type listed, in the single-file layout,
//! importing `::tfdr_dsl::aws::prelude`.
//!
//! 1. `generated_code_matches_the_goldens` regenerates every fixture and fails with a diff
//!    when a golden differs (`TFDR_BLESS=1` rewrites them).
//! 2. `goldens_compile_without_warnings` builds each golden (and its `usage.rs`) against
//!    `tfdr_dsl` with trybuild, under `#![deny(warnings)]`, and runs it.

use std::path::{Path, PathBuf};

use tfdr_codegen::schema::ProviderSchema;
use xtask::bindings::{single_file, Generator, Kind, TypeSource as _};

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bindings")
}

fn fixtures() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(fixtures_dir())
        .expect("fixtures directory")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("schema.json").is_file())
        .collect();
    dirs.sort();
    dirs
}

/// Generates a fixture: every type of its schema, its overlays, the external prelude.
fn generate(dir: &Path) -> String {
    let name = dir.file_name().unwrap().to_string_lossy();
    let text = std::fs::read_to_string(dir.join("schema.json")).unwrap();
    let schema: ProviderSchema =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}/schema.json: {e}"));
    let mut list = String::new();
    for (kind, names) in [
        (Kind::Resource, &schema.resource_schemas),
        (Kind::Data, &schema.data_source_schemas),
        (Kind::Ephemeral, &schema.ephemeral_resource_schemas),
    ] {
        for n in names.keys() {
            assert!(schema.schema(kind, n).is_some());
            list.push_str(&format!("{} {n}\n", kind.word()));
        }
    }
    let mut generator = Generator::new()
        .with_list(list)
        .with_prelude("::tfdr_dsl::aws::prelude");
    if let Ok(enums) = std::fs::read_to_string(dir.join("enums.txt")) {
        generator = generator.with_enum_file(enums);
    }
    let files = generator
        .generate(&schema)
        .unwrap_or_else(|e| panic!("{name}: generation failed: {e}"));
    single_file(&files).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn there_are_a_dozen_fixtures() {
    assert!(fixtures().len() >= 12, "{:?}", fixtures());
}

#[test]
fn generated_code_matches_the_goldens() {
    let bless = std::env::var("TFDR_BLESS").as_deref() == Ok("1");
    let mut problems = Vec::new();
    for dir in fixtures() {
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let generated = generate(&dir);
        let golden_path = dir.join("generated.rs");
        let golden = std::fs::read_to_string(&golden_path).unwrap_or_default();
        if golden == generated {
            continue;
        }
        if bless {
            std::fs::write(&golden_path, &generated).unwrap();
            eprintln!("TFDR_BLESS=1: rewrote {name}/generated.rs");
        } else {
            let diff = similar::TextDiff::from_lines(golden.as_str(), generated.as_str())
                .unified_diff()
                .context_radius(2)
                .header("golden", "generated")
                .to_string();
            let diff: String = diff.lines().take(80).collect::<Vec<_>>().join("\n");
            problems.push(format!("{name}/generated.rs differs:\n{diff}"));
        }
    }
    assert!(
        problems.is_empty(),
        "{}\n\nIf the change is intended: TFDR_BLESS=1 cargo test -p xtask --test bindings_fixtures",
        problems.join("\n\n")
    );
}

#[test]
fn generation_is_deterministic() {
    for dir in fixtures() {
        assert_eq!(generate(&dir), generate(&dir), "{}", dir.display());
    }
}

#[test]
fn goldens_compile_without_warnings() {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bindings_fixtures");
    std::fs::create_dir_all(&out).unwrap();
    let t = trybuild::TestCases::new();
    for dir in fixtures() {
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let golden = dir.join("generated.rs");
        assert!(golden.is_file(), "{name}/generated.rs missing: bless first");
        let usage = dir.join("usage.rs");
        let mut main = format!(
            "//! Compiles fixture `{name}` under deny(warnings).\n#![deny(warnings)]\n#![allow(dead_code)]\n\n#[path = {:?}]\npub mod generated;\n",
            golden.display().to_string()
        );
        if usage.is_file() {
            main.push_str(&format!(
                "\n#[path = {:?}]\nmod usage;\n\nfn main() {{\n    usage::usage();\n}}\n",
                usage.display().to_string()
            ));
        } else {
            main.push_str("\nfn main() {}\n");
        }
        let file = out.join(format!("{name}.rs"));
        if std::fs::read_to_string(&file).ok().as_deref() != Some(main.as_str()) {
            std::fs::write(&file, main).unwrap();
        }
        t.pass(file);
    }
}

#[test]
fn overlays_that_match_nothing_fail_generation() {
    let schema: ProviderSchema = serde_json::from_str(
        &std::fs::read_to_string(fixtures_dir().join("enum_overlays/schema.json")).unwrap(),
    )
    .unwrap();
    let spec = xtask::bindings::EnumSpec::new("Odd", "d", "s", &["A", "B"]).unwrap();
    for path in [
        "aws_thing.nope",         // no such attribute
        "aws_thing.rule",         // a block, not an attribute
        "data.aws_thing.mode",    // wrong kind
        "aws_unlisted.mode",      // type not generated
        "aws_thing.rule.target2", // typo in a nested path
    ] {
        let err = Generator::new()
            .with_list("resource aws_thing\ndata aws_lookup\n")
            .with_enum(path, spec.clone())
            .generate(&schema)
            .expect_err(path);
        assert!(err.0.contains(path), "{path}: {err}");
    }
    // The same enum name with different values is refused too.
    let other = xtask::bindings::EnumSpec::new("Odd", "d", "s", &["C"]).unwrap();
    let err = Generator::new()
        .with_list("resource aws_thing\n")
        .with_enum("aws_thing.mode", spec)
        .with_enum("aws_thing.kind", other)
        .generate(&schema)
        .unwrap_err();
    assert!(err.0.contains("defined twice"), "{err}");
}
