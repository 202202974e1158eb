//! Every checked-in generated artefact is what `cargo xtask codegen` would write today:
//! `codegen/schema/aws-effective.schema.bin` is the merge of the two vendored schemas, the
//! copy embedded in `tfdr-codegen` is that file, and `dsl/src/aws/generated/` is what the
//! bindings generator makes from it, `codegen/bindings/aws.txt` and `aws-enums.txt`.
//! Stale → fails with a diff and tells you to run `cargo xtask codegen`. This test only
//! checks; it never writes.
//!
//! `TFDR_SCHEMA_DUMP=/some/file.json` additionally writes the effective schema as a
//! `terraform providers schema -json` document, and `TFDR_SCHEMA_REPORT=/some/file.txt` the
//! merge report, for review.

use tfdr_codegen::schema::{
    EffectiveSchema, ProviderSchemas, EFFECTIVE_FILE_NAME, PROVIDER_ADDRESS,
};
use xtask::codegen::{build_effective_from_dir, generate_all, stale, workspace_root, SCHEMA_DIR};
use xtask::merge::MergeAction;

#[test]
fn checked_in_generated_code_and_schema_are_fresh() {
    let root = workspace_root();
    let artefacts = generate_all(&root).unwrap_or_else(|e| panic!("codegen failed: {e}"));
    assert!(artefacts.len() > 90, "{} artefacts", artefacts.len());
    let problems = stale(&root, &artefacts);
    assert!(
        problems.is_empty(),
        "{}\n\n{} stale file(s). Regenerate with:\n    cargo xtask codegen\nand commit the result.",
        problems.join("\n\n"),
        problems.len()
    );
}

#[test]
fn embedded_effective_schema_is_the_file_on_disk() {
    let path = workspace_root().join(SCHEMA_DIR).join(EFFECTIVE_FILE_NAME);
    let on_disk = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        on_disk == EffectiveSchema::embedded_bytes(),
        "the copy of {EFFECTIVE_FILE_NAME} embedded in tfdr-codegen differs from the file on disk: rebuild"
    );
}

#[test]
fn merge_report_is_plausible() {
    let (merged, report) =
        build_effective_from_dir(&workspace_root().join(SCHEMA_DIR)).expect("merge the inputs");
    if let Ok(dump) = std::env::var("TFDR_SCHEMA_DUMP") {
        let doc = ProviderSchemas {
            format_version: "1.0".into(),
            provider_schemas: [(PROVIDER_ADDRESS.to_string(), merged.clone())].into(),
        };
        std::fs::write(&dump, serde_json::to_vec(&doc).unwrap()).unwrap();
        eprintln!("wrote {dump}");
    }
    if let Ok(file) = std::env::var("TFDR_SCHEMA_REPORT") {
        let mut text = String::new();
        for (action, n) in report.summary() {
            text.push_str(&format!("{n}\t{action}\n"));
        }
        for note in &report.notes {
            text.push_str(&format!(
                "{}\t{}\t{}\n",
                note.action, note.path, note.detail
            ));
        }
        std::fs::write(&file, text).unwrap();
        eprintln!("wrote {file}");
    }
    let summary = report.summary();
    for (action, n) in &summary {
        eprintln!("{n:>6}  {action}");
    }
    // Far more agreement than disagreement on the attributes both versions have.
    let kept: usize = merged
        .resource_schemas
        .values()
        .chain(merged.data_source_schemas.values())
        .map(|s| count_attrs(&s.block))
        .sum();
    let conflicts = summary
        .get(&MergeAction::TypeConflictDropped)
        .copied()
        .unwrap_or(0)
        + summary
            .get(&MergeAction::FlagsConflictDropped)
            .copied()
            .unwrap_or(0);
    assert!(kept > 50_000, "kept {kept} attributes");
    assert!(conflicts < 50, "{conflicts} conflicts");
}

fn count_attrs(b: &tfdr_codegen::schema::Block) -> usize {
    b.attributes.len()
        + b.block_types
            .values()
            .map(|n| count_attrs(&n.block))
            .sum::<usize>()
}
