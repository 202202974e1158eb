//! The committed effective schema (`codegen/schema/aws-effective.schema.bin`) must be exactly
//! what the merge rules derive from the two committed inputs.
//!
//! Regenerate after changing an input or the merge rules:
//!
//! ```text
//! TFDR_BLESS=1 cargo test -p tfdr-codegen --test schema_effective
//! ```
//!
//! `TFDR_SCHEMA_DUMP=/some/file.json` additionally writes the effective schema as a
//! `terraform providers schema -json` document, and `TFDR_SCHEMA_REPORT=/some/file.txt` the
//! merge report, for review.

use std::path::PathBuf;

use tfdr_codegen::schema::{
    build_effective_from_dir, effective_info, Attribute, CtyType, EffectiveSchema, MergeAction,
    NestingMode, ProviderSchemas, EFFECTIVE_FILE_NAME, PROVIDER_ADDRESS,
};

fn schema_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schema")
}

const REGENERATE: &str = "TFDR_BLESS=1 cargo test -p tfdr-codegen --test schema_effective";

#[test]
fn committed_effective_schema_is_up_to_date() {
    let dir = schema_dir();
    let (merged, report) =
        build_effective_from_dir(&dir).expect("read and merge the committed inputs");
    let path = dir.join(EFFECTIVE_FILE_NAME);

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

    let committed = std::fs::read(&path).ok();
    let verdict = match &committed {
        None => Err(format!("{} is missing", path.display())),
        Some(bytes) => match EffectiveSchema::from_bytes(bytes.clone()) {
            Err(e) => Err(format!("{} does not load: {e}", path.display())),
            Ok(e) if e.info() != &effective_info() => Err(format!(
                "{} records {:?}, expected {:?}",
                path.display(),
                e.info(),
                effective_info()
            )),
            Ok(e) => match e.to_provider_schema() {
                Err(err) => Err(format!("{} has a corrupt entry: {err}", path.display())),
                Ok(s) if s != merged => Err(format!(
                    "{} is stale: it differs from the merge of the committed inputs",
                    path.display()
                )),
                Ok(_) => Ok(()),
            },
        },
    };

    if let Err(why) = verdict {
        if std::env::var("TFDR_BLESS").is_ok_and(|v| v == "1") {
            let bytes = EffectiveSchema::encode(&merged, &effective_info()).expect("encode");
            std::fs::write(&path, &bytes).expect("write effective schema");
            eprintln!(
                "TFDR_BLESS=1: rewrote {} ({} bytes) because: {why}. Rebuild to embed it.",
                path.display(),
                bytes.len()
            );
        } else {
            panic!("{why}.\nRegenerate it with:\n    {REGENERATE}\nand commit the result.");
        }
    } else {
        assert_eq!(
            committed.as_deref(),
            Some(EffectiveSchema::embedded_bytes()),
            "the embedded copy of {EFFECTIVE_FILE_NAME} differs from the file on disk: rebuild"
        );
    }
}

#[test]
fn embedded_schema_decodes_completely() {
    let e = EffectiveSchema::load();
    e.verify().expect("every embedded entry decodes");
    assert_eq!(e.info(), &effective_info());
    assert!(
        e.resource_types().count() > 1400,
        "resources: {}",
        e.resource_types().count()
    );
    assert!(
        e.data_source_types().count() > 550,
        "data sources: {}",
        e.data_source_types().count()
    );
}

fn attr<'a>(block: &'a tfdr_codegen::schema::Block, name: &str) -> &'a Attribute {
    block
        .attributes
        .get(name)
        .unwrap_or_else(|| panic!("attribute {name} missing"))
}

#[test]
fn known_facts_of_the_effective_schema() {
    let e = EffectiveSchema::load();

    // The per-resource `region` argument exists only in 6.x: dropped.
    let inst = &e.resource("aws_instance").expect("aws_instance").block;
    assert!(!inst.attributes.contains_key("region"));
    let ami = attr(inst, "ami");
    assert_eq!(ami.r#type, Some(CtyType::String));
    assert!(ami.optional && ami.computed && !ami.required);
    assert_eq!(attr(inst, "arn").r#type, Some(CtyType::String));
    assert!(attr(inst, "arn").computed && !attr(inst, "arn").is_settable());
    assert_eq!(
        attr(inst, "vpc_security_group_ids").r#type,
        Some(CtyType::Set(Box::new(CtyType::String)))
    );
    let rbd = &inst.block_types["root_block_device"];
    assert_eq!((rbd.nesting_mode, rbd.max_items), (NestingMode::List, 1));
    assert_eq!(
        inst.block_types["timeouts"].nesting_mode,
        NestingMode::Single
    );
    // 5.100 has `cpu_core_count`, 6.x removed it.
    assert!(!inst.attributes.contains_key("cpu_core_count"));

    // data.aws_region: 5.100 has `name`, 6.x adds `region`; only `name` survives.
    let region = &e.data_source("aws_region").expect("data aws_region").block;
    assert!(region.attributes.contains_key("name"));
    assert!(!region.attributes.contains_key("region"));

    // Provider block: no cdktf `alias`, `region` kept with its 5.100 description.
    let p = &e.provider().block;
    assert!(!p.attributes.contains_key("alias"));
    assert!(attr(p, "region").description.is_some());
    assert!(p.block_types.contains_key("assume_role"));

    // max_items > 1 only exists in 5.100 and is kept (stricter).
    let lst = &e
        .resource("aws_lb_listener")
        .expect("aws_lb_listener")
        .block;
    let fwd = &lst.block_types["default_action"].block.block_types["forward"];
    assert_eq!(fwd.block.block_types["target_group"].max_items, 5);
    assert_eq!(lst.block_types["default_action"].min_items, 1);

    // sensitive comes from 5.100.
    let db = &e
        .resource("aws_db_instance")
        .expect("aws_db_instance")
        .block;
    assert!(attr(db, "password").sensitive);

    // Types only in one version are gone.
    assert!(e.resource("aws_opsworks_stack").is_none(), "removed in 6.x");
    // Ephemeral resources come from 5.100 alone (cdktf generates none for 6.25).
    assert_eq!(
        e.ephemeral_types().collect::<Vec<_>>(),
        [
            "aws_cognito_identity_openid_token_for_developer_identity",
            "aws_eks_cluster_auth",
            "aws_kms_secrets",
            "aws_lambda_invocation",
            "aws_secretsmanager_random_password",
            "aws_secretsmanager_secret_version",
            "aws_ssm_parameter",
        ]
    );
    let pw = &e
        .ephemeral("aws_secretsmanager_random_password")
        .expect("ephemeral aws_secretsmanager_random_password")
        .block;
    assert_eq!(attr(pw, "password_length").r#type, Some(CtyType::Number));
    assert!(attr(pw, "random_password").computed && attr(pw, "random_password").sensitive);
    assert!(e.resource("aws_s3_bucket").is_some());
}

#[test]
fn merge_report_is_plausible() {
    let (merged, report) = build_effective_from_dir(&schema_dir()).unwrap();
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
