//! The checked-in typed bindings (`dsl/src/aws/generated/`) are what the generator makes
//! from the effective schema and `codegen/bindings/aws.txt` today. Stale → fails with a
//! diff; `TFDR_BLESS=1 cargo test -p tfdr-codegen --test bindings_fresh` rewrites them.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use tfdr_codegen::bindings::Generator;
use tfdr_codegen::schema::EffectiveSchema;

fn generated_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../dsl/src/aws/generated")
}

fn existing_files(dir: &Path) -> BTreeSet<PathBuf> {
    let mut out = BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.insert(p.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out
}

#[test]
fn checked_in_bindings_are_fresh() {
    let files = Generator::new()
        .generate(EffectiveSchema::load())
        .unwrap_or_else(|e| panic!("generation failed: {e}"));
    let dir = generated_dir();
    let bless = std::env::var("TFDR_BLESS").as_deref() == Ok("1");
    let expected: BTreeSet<PathBuf> = files.iter().map(|f| f.path.clone()).collect();
    let mut problems = Vec::new();
    if bless {
        for stale in existing_files(&dir).difference(&expected) {
            std::fs::remove_file(dir.join(stale)).unwrap();
        }
    }
    for f in &files {
        let path = dir.join(&f.path);
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current != f.contents {
            if bless {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, &f.contents).unwrap();
            } else {
                let diff = similar::TextDiff::from_lines(current.as_str(), f.contents.as_str())
                    .unified_diff()
                    .context_radius(2)
                    .header("checked in", "generated")
                    .to_string();
                let diff: String = diff.lines().take(60).collect::<Vec<_>>().join("\n");
                problems.push(format!("{} is stale:\n{diff}", f.path.display()));
            }
        }
    }
    if !bless {
        for extra in existing_files(&dir).difference(&expected) {
            problems.push(format!("{} is no longer generated", extra.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "{}\n\nRegenerate with TFDR_BLESS=1 cargo test -p tfdr-codegen --test bindings_fresh",
        problems.join("\n\n")
    );
}
