//! The embedded effective schema (`codegen/schema/aws-effective.schema.bin`) decodes
//! completely and holds known facts of both provider versions.
//!
//! That the file is exactly what the merge rules derive from the two committed inputs (and
//! that the embedded copy is the file on disk) is checked by the xtask test `fresh`;
//! `cargo xtask codegen` regenerates it.

use tfdr_codegen::schema::{effective_info, Attribute, CtyType, EffectiveSchema, NestingMode};

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
