//! The effective-schema merge rules, on tiny hand-written schemas, plus the schema model's
//! JSON encoding and the effective schema file format.

use std::collections::BTreeMap;

use proptest::prelude::*;
use serde_json::json;
use tfdr_codegen::schema::{
    Attribute, Block, CtyType, EffectiveSchema, NestedBlock, NestingMode, ProviderSchema,
    ProviderSchemas, Schema, SchemaInfo,
};
use xtask::merge::{effective_provider_schema, unify, MergeAction, MergeReport};

fn block(v: serde_json::Value) -> Block {
    serde_json::from_value(v).expect("valid block JSON")
}

/// Merges two blocks given as JSON, each as the only resource `t` of a provider schema.
fn merge_blocks(p: serde_json::Value, s: serde_json::Value) -> (Option<Block>, MergeReport) {
    let ps = provider_with("t", block(p));
    let ss = provider_with("t", block(s));
    let (m, r) = effective_provider_schema(&ps, &ss);
    (m.resource_schemas.get("t").map(|s| s.block.clone()), r)
}

fn provider_with(name: &str, b: Block) -> ProviderSchema {
    ProviderSchema {
        resource_schemas: [(
            name.to_string(),
            Schema {
                version: 0,
                block: b,
            },
        )]
        .into(),
        ..ProviderSchema::default()
    }
}

fn ty(v: serde_json::Value) -> CtyType {
    serde_json::from_value(v).expect("valid cty type JSON")
}

fn actions(r: &MergeReport) -> Vec<MergeAction> {
    r.notes.iter().map(|n| n.action).collect()
}

// ------------------------------------------------------------------ model

#[test]
fn cty_types_round_trip_through_terraform_json() {
    for v in [
        json!("string"),
        json!("number"),
        json!("bool"),
        json!("dynamic"),
        json!(["list", "string"]),
        json!(["set", ["map", "number"]]),
        json!(["object", {"a": "string", "b": ["list", ["object", {"c": "bool"}]]}]),
        json!(["tuple", ["string", "number"]]),
    ] {
        let t = ty(v.clone());
        assert_eq!(serde_json::to_value(&t).unwrap(), v);
    }
    assert_eq!(
        ty(json!(["list", ["object", {"a": "string"}]])).to_string(),
        "list(object({a = string}))"
    );
    for bad in [
        json!("strung"),
        json!([]),
        json!(["list"]),
        json!(["frob", "string"]),
        json!(["object", {"a": "string"}, ["a"]]),
    ] {
        assert!(
            serde_json::from_value::<CtyType>(bad.clone()).is_err(),
            "{bad} accepted"
        );
    }
}

#[test]
fn documents_parse_and_omit_defaults_when_written() {
    let doc = json!({
        "format_version": "1.0",
        "provider_schemas": {"registry.terraform.io/x/y": {
            "provider": {"version": 0, "block": {"description_kind": "plain"}},
            "resource_schemas": {"y_thing": {"version": 2, "block": {
                "attributes": {"id": {"type": "string", "description_kind": "plain", "optional": true, "computed": true}},
                "block_types": {"b": {"nesting_mode": "list", "block": {"description_kind": "plain"}, "max_items": 1}},
                "description_kind": "plain"}}},
            "functions": {"ignored": {}}
        }}
    });
    let parsed: ProviderSchemas = serde_json::from_value(doc.clone()).unwrap();
    let p = parsed.provider("registry.terraform.io/x/y").unwrap();
    assert_eq!(p.resource_schemas["y_thing"].version, 2);
    let out = serde_json::to_value(&parsed).unwrap();
    let mut expected = doc;
    expected["provider_schemas"]["registry.terraform.io/x/y"]
        .as_object_mut()
        .unwrap()
        .remove("functions");
    assert_eq!(out, expected);
}

#[test]
fn implied_type_follows_nesting_modes() {
    let b = block(json!({
        "attributes": {"a": {"type": "string", "optional": true}},
        "block_types": {
            "l": {"nesting_mode": "list", "block": {"attributes": {"x": {"type": "number", "optional": true}}}},
            "s": {"nesting_mode": "single", "block": {}}
        }
    }));
    assert_eq!(
        b.implied_type(),
        ty(
            json!(["object", {"a": "string", "l": ["list", ["object", {"x": "number"}]], "s": ["object", {}]}])
        )
    );
}

// ------------------------------------------------------------------ types present in one version

#[test]
fn types_and_members_present_in_one_version_are_dropped() {
    let mut p = provider_with(
        "both",
        block(json!({"attributes": {
            "name": {"type": "string", "optional": true},
            "old": {"type": "string", "optional": true}
        }})),
    );
    p.resource_schemas
        .insert("only_old".into(), Schema::default());
    p.data_source_schemas
        .insert("d_old".into(), Schema::default());
    let mut s = provider_with(
        "both",
        block(json!({"attributes": {
            "name": {"type": "string", "optional": true},
            "region": {"type": "string", "optional": true, "computed": true}
        }})),
    );
    s.resource_schemas
        .insert("only_new".into(), Schema::default());
    s.ephemeral_resource_schemas
        .insert("e_new".into(), Schema::default());
    let (m, r) = effective_provider_schema(&p, &s);
    assert_eq!(m.resource_schemas.keys().collect::<Vec<_>>(), ["both"]);
    assert!(m.data_source_schemas.is_empty() && m.ephemeral_resource_schemas.is_empty());
    let attrs = &m.resource_schemas["both"].block.attributes;
    assert_eq!(attrs.keys().collect::<Vec<_>>(), ["name"]);
    assert_eq!(r.summary()[&MergeAction::TypeOnlyInOne], 4);
    assert_eq!(r.summary()[&MergeAction::AttributeOnlyInOne], 2);
}

#[test]
fn ephemeral_types_come_from_the_primary_alone() {
    let eph = |attrs: serde_json::Value| Schema {
        version: 2,
        block: block(json!({ "attributes": attrs })),
    };
    let mut p = ProviderSchema::default();
    let only_primary = eph(json!({"length": {"type": "number", "optional": true}}));
    let primary_version = eph(json!({"value": {"type": "string", "computed": true}}));
    let same = eph(json!({"name": {"type": "string", "required": true}}));
    p.ephemeral_resource_schemas
        .insert("e_old".into(), only_primary.clone());
    p.ephemeral_resource_schemas
        .insert("e_diff".into(), primary_version.clone());
    p.ephemeral_resource_schemas
        .insert("e_same".into(), same.clone());
    let mut s = ProviderSchema::default();
    s.ephemeral_resource_schemas.insert(
        "e_diff".into(),
        eph(json!({
            "value": {"type": "string", "computed": true},
            "region": {"type": "string", "optional": true}
        })),
    );
    s.ephemeral_resource_schemas
        .insert("e_same".into(), same.clone());
    s.ephemeral_resource_schemas
        .insert("e_new".into(), Schema::default());
    let (m, r) = effective_provider_schema(&p, &s);
    // Exactly the primary's ephemeral types, unchanged (not intersected, not merged).
    assert_eq!(m.ephemeral_resource_schemas, p.ephemeral_resource_schemas);
    assert_eq!(m.ephemeral_resource_schemas["e_old"], only_primary);
    assert_eq!(m.ephemeral_resource_schemas["e_diff"], primary_version);
    let notes: Vec<(&str, MergeAction)> = r
        .notes
        .iter()
        .map(|n| (n.path.as_str(), n.action))
        .collect();
    assert_eq!(
        notes,
        [
            ("ephemeral.e_diff", MergeAction::EphemeralFromPrimary),
            ("ephemeral.e_new", MergeAction::TypeOnlyInOne),
            ("ephemeral.e_old", MergeAction::EphemeralFromPrimary),
        ]
    );
    // With a secondary that has no ephemeral types at all (the cdktf reconstruction).
    let (m, _) = effective_provider_schema(&p, &ProviderSchema::default());
    assert_eq!(m.ephemeral_resource_schemas, p.ephemeral_resource_schemas);
    // Merging with itself: unchanged, nothing noted.
    let (m, r) = effective_provider_schema(&p, &p);
    assert_eq!(m.ephemeral_resource_schemas, p.ephemeral_resource_schemas);
    assert!(r.notes.is_empty(), "{:?}", r.notes);
}

#[test]
fn provider_block_is_merged_and_version_comes_from_primary() {
    let mut p = ProviderSchema::default();
    p.provider.block = block(
        json!({"attributes": {"region": {"type": "string", "optional": true, "description": "old"}}}),
    );
    p.resource_schemas.insert(
        "t".into(),
        Schema {
            version: 7,
            block: Block::default(),
        },
    );
    let mut s = ProviderSchema::default();
    s.provider.block = block(json!({"attributes": {
        "region": {"type": "string", "optional": true, "description": "new"},
        "tag_policy_compliance": {"type": "string", "optional": true}
    }}));
    s.resource_schemas.insert(
        "t".into(),
        Schema {
            version: 0,
            block: Block::default(),
        },
    );
    let (m, _) = effective_provider_schema(&p, &s);
    assert_eq!(m.provider.block.attributes.len(), 1);
    assert_eq!(
        m.provider.block.attributes["region"].description.as_deref(),
        Some("old")
    );
    assert_eq!(m.resource_schemas["t"].version, 7);
}

// ------------------------------------------------------------------ attribute types

#[test]
fn unify_rules() {
    let s = || ty(json!("string"));
    assert_eq!(unify(&s(), &s()), Some(s()));
    // dynamic on either side: the other side.
    assert_eq!(
        unify(&ty(json!("dynamic")), &ty(json!(["list", "string"]))),
        Some(ty(json!(["list", "string"])))
    );
    assert_eq!(
        unify(&ty(json!(["map", "bool"])), &ty(json!("dynamic"))),
        Some(ty(json!(["map", "bool"])))
    );
    // list vs set: primary's kind.
    assert_eq!(
        unify(
            &ty(json!(["set", "string"])),
            &ty(json!(["list", "string"]))
        ),
        Some(ty(json!(["set", "string"])))
    );
    assert_eq!(
        unify(
            &ty(json!(["list", "string"])),
            &ty(json!(["set", "string"]))
        ),
        Some(ty(json!(["list", "string"])))
    );
    // primitives: primary's.
    assert_eq!(unify(&ty(json!("bool")), &s()), Some(ty(json!("bool"))));
    // objects: common attributes, recursively.
    assert_eq!(
        unify(
            &ty(json!(["object", {"a": "string", "b": "number", "c": ["list", "string"]}])),
            &ty(json!(["object", {"a": "string", "c": ["list", "dynamic"], "d": "bool"}]))
        ),
        Some(ty(
            json!(["object", {"a": "string", "c": ["list", "string"]}])
        ))
    );
    // no common type.
    assert_eq!(unify(&ty(json!(["list", "string"])), &s()), None);
    assert_eq!(
        unify(
            &ty(json!(["map", "string"])),
            &ty(json!(["list", "string"]))
        ),
        None
    );
    assert_eq!(
        unify(&ty(json!(["object", {}])), &ty(json!(["list", "string"]))),
        None
    );
}

#[test]
fn attribute_with_no_common_type_is_dropped() {
    let (b, r) = merge_blocks(
        json!({"attributes": {"x": {"type": ["list", "string"], "optional": true}}}),
        json!({"attributes": {"x": {"type": "string", "optional": true}}}),
    );
    assert!(b.unwrap().attributes.is_empty());
    assert_eq!(actions(&r), [MergeAction::TypeConflictDropped]);
}

#[test]
fn reconstruction_dynamic_takes_the_primary_type() {
    let (b, r) = merge_blocks(
        json!({"attributes": {"x": {"type": ["map", "string"], "optional": true}}}),
        json!({"attributes": {"x": {"type": "dynamic", "optional": true}}}),
    );
    assert_eq!(
        b.unwrap().attributes["x"].r#type,
        Some(ty(json!(["map", "string"])))
    );
    assert_eq!(actions(&r), [MergeAction::TypeUnified]);
}

#[test]
fn computed_object_attributes_keep_the_common_fields() {
    let (b, r) = merge_blocks(
        json!({"attributes": {"acc": {"type": ["list", ["object", {"id": "string", "status": "string"}]], "computed": true}}}),
        json!({"attributes": {"acc": {"type": ["list", ["object", {"id": "string", "joined": "string"}]], "computed": true}}}),
    );
    let a = &b.unwrap().attributes["acc"];
    assert_eq!(
        a.r#type,
        Some(ty(json!(["list", ["object", {"id": "string"}]])))
    );
    assert!(a.computed && !a.is_settable());
    assert_eq!(actions(&r), [MergeAction::TypeUnified]);
}

#[test]
fn settable_object_attributes_with_different_fields_are_not_settable() {
    let (b, r) = merge_blocks(
        json!({"attributes": {"o": {"type": ["object", {"a": "string", "b": "string"}], "optional": true}}}),
        json!({"attributes": {"o": {"type": ["object", {"a": "string"}], "optional": true, "computed": true}}}),
    );
    let a = &b.unwrap().attributes["o"];
    assert!(!a.is_settable() && a.computed);
    assert_eq!(a.r#type, Some(ty(json!(["object", {"a": "string"}]))));
    assert!(actions(&r).contains(&MergeAction::MadeComputedOnly));

    let (b, r) = merge_blocks(
        json!({"attributes": {"o": {"type": ["set", ["object", {"a": "string"}]], "required": true}}}),
        json!({"attributes": {"o": {"type": ["set", ["object", {"a": "string", "z": "number"}]], "optional": true}}}),
    );
    assert!(b.unwrap().attributes.is_empty());
    assert!(actions(&r).contains(&MergeAction::TypeConflictDropped));
}

// ------------------------------------------------------------------ flags

fn flags_of(p: serde_json::Value, s: serde_json::Value) -> Option<(bool, bool, bool)> {
    let mut pa = json!({"type": "string"});
    let mut sa = json!({"type": "string"});
    pa.as_object_mut()
        .unwrap()
        .extend(p.as_object().unwrap().clone());
    sa.as_object_mut()
        .unwrap()
        .extend(s.as_object().unwrap().clone());
    let (b, _) = merge_blocks(
        json!({"attributes": {"x": pa}}),
        json!({"attributes": {"x": sa}}),
    );
    b.unwrap()
        .attributes
        .get("x")
        .map(|a| (a.required, a.optional, a.computed))
}

#[test]
fn flag_rules() {
    let req = json!({"required": true});
    let opt = json!({"optional": true});
    let oc = json!({"optional": true, "computed": true});
    let comp = json!({"computed": true});
    const R: Option<(bool, bool, bool)> = Some((true, false, false));
    const O: Option<(bool, bool, bool)> = Some((false, true, false));
    const OC: Option<(bool, bool, bool)> = Some((false, true, true));
    const C: Option<(bool, bool, bool)> = Some((false, false, true));
    let cases = [
        (&req, &req, R),
        (&req, &opt, R),
        (&opt, &req, R),
        (&req, &oc, R), // never required + computed
        (&opt, &opt, O),
        (&opt, &oc, OC),
        (&oc, &opt, OC),
        (&oc, &oc, OC),
        (&comp, &comp, C),
        (&comp, &opt, C), // settable in one version only: read-only
        (&oc, &comp, C),
        (&req, &comp, None), // must set vs cannot set: dropped
        (&comp, &req, None),
    ];
    for (p, s, want) in cases {
        assert_eq!(flags_of(p.clone(), s.clone()), want, "{p} + {s}");
    }
}

#[test]
fn descriptions_and_metadata() {
    let (b, _) = merge_blocks(
        json!({"attributes": {
            "a": {"type": "string", "optional": true, "description": "from 5", "description_kind": "markdown", "sensitive": true},
            "b": {"type": "string", "optional": true, "deprecated": true, "write_only": true}
        }, "description": "block 5"}),
        json!({"attributes": {
            "a": {"type": "string", "optional": true, "description": "from 6", "description_kind": "plain"},
            "b": {"type": "string", "optional": true, "description": "only 6", "description_kind": "plain"}
        }, "description": "block 6"}),
    );
    let b = b.unwrap();
    assert_eq!(b.description.as_deref(), Some("block 5"));
    let a = &b.attributes["a"];
    assert_eq!(
        (a.description.as_deref(), a.description_kind.as_deref()),
        (Some("from 5"), Some("markdown"))
    );
    assert!(a.sensitive);
    let bb = &b.attributes["b"];
    assert_eq!(bb.description.as_deref(), Some("only 6"));
    assert!(bb.deprecated && bb.write_only && !bb.sensitive);
}

// ------------------------------------------------------------------ nested blocks

fn nb(mode: &str, min: u64, max: u64) -> serde_json::Value {
    json!({"nesting_mode": mode, "min_items": min, "max_items": max,
           "block": {"attributes": {"v": {"type": "string", "optional": true}}}})
}

fn merged_nb(p: serde_json::Value, s: serde_json::Value) -> (Option<NestedBlock>, MergeReport) {
    let (b, r) = merge_blocks(
        json!({"block_types": {"n": p}}),
        json!({"block_types": {"n": s}}),
    );
    (b.unwrap().block_types.get("n").cloned(), r)
}

#[test]
fn item_limits_take_the_stricter_of_both() {
    let (n, r) = merged_nb(nb("list", 0, 5), nb("list", 1, 0));
    let n = n.unwrap();
    assert_eq!((n.min_items, n.max_items), (1, 5));
    assert_eq!(actions(&r), [MergeAction::ItemLimitsTightened]);
    let (n, _) = merged_nb(nb("set", 2, 10), nb("set", 1, 3));
    let n = n.unwrap();
    assert_eq!((n.min_items, n.max_items), (2, 3));
    // Contradictory limits: nothing is valid for both.
    let (n, r) = merged_nb(nb("list", 2, 10), nb("list", 0, 1));
    assert!(n.is_none());
    assert_eq!(actions(&r), [MergeAction::ItemLimitsConflictDropped]);
}

#[test]
fn nesting_mode_rules() {
    let (n, _) = merged_nb(nb("set", 0, 0), nb("list", 0, 0));
    assert_eq!(
        n.unwrap().nesting_mode,
        NestingMode::Set,
        "list vs set: primary's"
    );
    let (n, r) = merged_nb(nb("single", 0, 0), nb("list", 0, 0));
    let n = n.unwrap();
    assert_eq!(
        (n.nesting_mode, n.max_items),
        (NestingMode::List, 1),
        "single vs list: list of at most one"
    );
    assert!(actions(&r).contains(&MergeAction::NestingReconciled));
    let (n, _) = merged_nb(nb("list", 1, 0), nb("single", 0, 0));
    let n = n.unwrap();
    assert_eq!(
        (n.nesting_mode, n.min_items, n.max_items),
        (NestingMode::List, 1, 1)
    );
    let (n, r) = merged_nb(nb("map", 0, 0), nb("list", 0, 0));
    assert!(n.is_none());
    assert_eq!(actions(&r), [MergeAction::NestingConflictDropped]);
}

#[test]
fn nested_blocks_are_merged_recursively() {
    let (b, _) = merge_blocks(
        json!({"block_types": {"outer": {"nesting_mode": "list", "block": {
            "attributes": {"keep": {"type": "string", "required": true}, "old": {"type": "string", "optional": true}},
            "block_types": {"inner": {"nesting_mode": "list", "max_items": 1, "block": {"attributes": {"z": {"type": "number", "optional": true}}}}}
        }}}}),
        json!({"block_types": {"outer": {"nesting_mode": "list", "block": {
            "attributes": {"keep": {"type": "string", "required": true}, "region": {"type": "string", "optional": true}},
            "block_types": {"inner": {"nesting_mode": "list", "max_items": 1, "block": {"attributes": {"z": {"type": "number", "optional": true}}}}}
        }}}}),
    );
    let outer = &b.unwrap().block_types["outer"].block;
    assert_eq!(outer.attributes.keys().collect::<Vec<_>>(), ["keep"]);
    assert_eq!(outer.block_types["inner"].block.attributes.len(), 1);
}

// ------------------------------------------------------------------ attribute vs block

#[test]
fn attribute_in_one_version_block_in_the_other_is_dropped() {
    let (b, r) = merge_blocks(
        json!({"attributes": {"roles": {"type": ["set", ["object", {"arn": "string"}]], "required": true}}}),
        json!({"block_types": {"roles": {"nesting_mode": "set", "block": {"attributes": {"arn": {"type": "string", "required": true}}}}}}),
    );
    let b = b.unwrap();
    assert!(b.attributes.is_empty() && b.block_types.is_empty());
    assert_eq!(actions(&r), [MergeAction::KindConflictDropped]);

    // A settable primary block vs a computed-only secondary attribute: dropped too.
    let (b, r) = merge_blocks(
        json!({"block_types": {"x": nb("list", 0, 0)}}),
        json!({"attributes": {"x": {"type": ["list", ["object", {"v": "string"}]], "computed": true}}}),
    );
    assert!(b.unwrap().block_types.is_empty());
    assert_eq!(actions(&r), [MergeAction::KindConflictDropped]);
}

#[test]
fn reconstruction_artifacts_keep_the_primary_block() {
    // (a) cdktf collapsed a deep block to `any`.
    let (b, r) = merge_blocks(
        json!({"block_types": {"statement": nb("list", 1, 1)}}),
        json!({"attributes": {"statement": {"type": "dynamic", "optional": true}}}),
    );
    let st = &b.unwrap().block_types["statement"];
    assert_eq!((st.min_items, st.max_items), (1, 1));
    assert_eq!(actions(&r), [MergeAction::PrimaryBlockKept]);

    // (b) an all-computed block reads as a computed attribute; restricted to common fields.
    let (b, r) = merge_blocks(
        json!({"block_types": {"src": {"nesting_mode": "set", "block": {"attributes": {
            "id": {"type": "string", "computed": true},
            "gone": {"type": "string", "computed": true}
        }}}}}),
        json!({"attributes": {"src": {"type": ["list", ["object", {"id": "string", "new": "number"}]], "computed": true}}}),
    );
    let src = &b.unwrap().block_types["src"];
    assert_eq!(src.nesting_mode, NestingMode::Set);
    assert_eq!(src.block.attributes.keys().collect::<Vec<_>>(), ["id"]);
    assert_eq!(actions(&r), [MergeAction::PrimaryBlockKept]);
}

// ------------------------------------------------------------------ properties

fn arb_type() -> impl Strategy<Value = CtyType> {
    let leaf = prop_oneof![
        Just(CtyType::String),
        Just(CtyType::Number),
        Just(CtyType::Bool)
    ];
    leaf.prop_recursive(3, 16, 3, |inner| {
        prop_oneof![
            inner.clone().prop_map(|t| CtyType::List(Box::new(t))),
            inner.clone().prop_map(|t| CtyType::Set(Box::new(t))),
            inner.clone().prop_map(|t| CtyType::Map(Box::new(t))),
            prop::collection::btree_map("[a-c]", inner, 0..3).prop_map(CtyType::Object),
        ]
    })
}

fn arb_attribute() -> impl Strategy<Value = Attribute> {
    (
        arb_type(),
        0..4u8,
        any::<bool>(),
        prop::option::of("[a-z ]{0,8}"),
    )
        .prop_map(|(t, f, sensitive, d)| Attribute {
            r#type: Some(t),
            required: f == 0,
            optional: f == 1 || f == 2,
            computed: f == 2 || f == 3,
            sensitive,
            description_kind: d.as_ref().map(|_| "plain".to_string()),
            description: d,
            ..Attribute::default()
        })
}

fn arb_block() -> impl Strategy<Value = Block> {
    let attrs = prop::collection::btree_map("[a-e]", arb_attribute(), 0..4);
    attrs
        .prop_map(|attributes| Block {
            attributes,
            ..Block::default()
        })
        .prop_recursive(2, 8, 2, |inner| {
            (
                prop::collection::btree_map("[a-e]", arb_attribute(), 0..3),
                prop::collection::btree_map(
                    "[f-h]",
                    (
                        inner,
                        prop_oneof![
                            Just(NestingMode::List),
                            Just(NestingMode::Set),
                            Just(NestingMode::Single)
                        ],
                        0..2u64,
                        0..3u64,
                    ),
                    0..2,
                ),
            )
                .prop_map(|(attributes, nested)| Block {
                    attributes,
                    block_types: nested
                        .into_iter()
                        .map(|(k, (block, mode, min, extra))| {
                            let single = mode == NestingMode::Single;
                            let max = if extra == 0 { 0 } else { min + extra };
                            (
                                k,
                                NestedBlock {
                                    nesting_mode: mode,
                                    block,
                                    min_items: if single { 0 } else { min },
                                    max_items: if single { 0 } else { max },
                                },
                            )
                        })
                        .collect(),
                    ..Block::default()
                })
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn merging_a_schema_with_itself_is_the_identity(b in arb_block()) {
        let p = provider_with("t", b);
        let (m, r) = effective_provider_schema(&p, &p);
        prop_assert_eq!(m, p);
        prop_assert!(r.notes.is_empty(), "{:?}", r.notes);
    }

    #[test]
    fn merged_members_exist_in_both_inputs(a in arb_block(), b in arb_block()) {
        let (m, _) = effective_provider_schema(&provider_with("t", a.clone()), &provider_with("t", b.clone()));
        let mb = &m.resource_schemas["t"].block;
        check_subset(mb, &a, &b)?;
    }

    #[test]
    fn unify_with_itself_and_dynamic(t in arb_type()) {
        prop_assert_eq!(unify(&t, &t), Some(t.clone()));
        prop_assert_eq!(unify(&t, &CtyType::Dynamic), Some(t.clone()));
        prop_assert_eq!(unify(&CtyType::Dynamic, &t), Some(t));
    }
}

fn check_subset(m: &Block, a: &Block, b: &Block) -> Result<(), TestCaseError> {
    for (k, ma) in &m.attributes {
        let (pa, sa) = (&a.attributes[k], &b.attributes[k]);
        prop_assert!(!ma.required || pa.is_settable() && sa.is_settable());
        prop_assert!(
            !ma.is_settable() || pa.is_settable() && sa.is_settable(),
            "{k} settable in merge only"
        );
        prop_assert!(!(ma.required && ma.computed));
    }
    for (k, mn) in &m.block_types {
        let (pn, sn) = (&a.block_types[k], &b.block_types[k]);
        prop_assert!(mn.min_items >= pn.min_items.max(sn.min_items));
        for lim in [pn.max_items, sn.max_items] {
            prop_assert!(lim == 0 || (mn.max_items != 0 && mn.max_items <= lim));
        }
        check_subset(&mn.block, &pn.block, &sn.block)?;
    }
    Ok(())
}

// ------------------------------------------------------------------ effective schema file format

fn sample() -> ProviderSchema {
    let mut p = provider_with(
        "aws_a",
        block(json!({"attributes": {"x": {"type": "string", "optional": true}}})),
    );
    p.resource_schemas.insert(
        "aws_b".into(),
        Schema {
            version: 3,
            block: Block::default(),
        },
    );
    p.data_source_schemas
        .insert("aws_d".into(), Schema::default());
    p.ephemeral_resource_schemas
        .insert("aws_e".into(), Schema::default());
    p.provider.block =
        block(json!({"attributes": {"region": {"type": "string", "optional": true}}}));
    p
}

fn info() -> SchemaInfo {
    SchemaInfo {
        provider_address: "registry.terraform.io/x/y".into(),
        versions: vec!["1".into(), "2".into()],
    }
}

#[test]
fn effective_file_round_trips_and_loads_lazily() {
    let bytes = EffectiveSchema::encode(&sample(), &info()).unwrap();
    let e = EffectiveSchema::from_bytes(bytes.clone()).unwrap();
    assert_eq!(e.info(), &info());
    assert_eq!(e.resource_types().collect::<Vec<_>>(), ["aws_a", "aws_b"]);
    assert_eq!(e.data_source_types().collect::<Vec<_>>(), ["aws_d"]);
    assert_eq!(e.ephemeral_types().collect::<Vec<_>>(), ["aws_e"]);
    assert_eq!(e.resource("aws_b").unwrap().version, 3);
    assert!(e.resource("aws_d").is_none() && e.data_source("aws_a").is_none());
    assert!(e.ephemeral("aws_e").is_some());
    assert!(e.provider().block.attributes.contains_key("region"));
    // Same reference on repeated lookups: decoded once.
    assert!(std::ptr::eq(
        e.resource("aws_a").unwrap(),
        e.resource("aws_a").unwrap()
    ));
    e.verify().unwrap();
    assert_eq!(e.to_provider_schema().unwrap(), sample());
    assert_eq!(
        EffectiveSchema::encode(&sample(), &info()).unwrap(),
        bytes,
        "deterministic"
    );
}

#[test]
fn corrupt_effective_files_are_rejected() {
    let bytes = EffectiveSchema::encode(&sample(), &info()).unwrap();
    assert!(EffectiveSchema::from_bytes(Vec::new()).is_err());
    assert!(EffectiveSchema::from_bytes(b"NOTMAGIC\0\0\0\0".to_vec()).is_err());
    // Truncated body: entries point past the end.
    assert!(EffectiveSchema::from_bytes(bytes[..bytes.len() - 5].to_vec()).is_err());
    // Damaged body: the header still loads, verify() finds it.
    let mut bad = bytes.clone();
    let n = bad.len();
    for b in &mut bad[n - 8..] {
        *b ^= 0xff;
    }
    let e = EffectiveSchema::from_bytes(bad).unwrap();
    assert!(e.verify().is_err());
    assert!(e.to_provider_schema().is_err());
}

#[test]
fn same_block_attribute_types_survive_merge_of_real_shapes() {
    // A realistic resource: the 6.x-only `region` goes, the rest stays as 5.100 has it.
    let p5 = block(json!({"attributes": {
        "arn": {"type": "string", "computed": true, "description_kind": "plain"},
        "tags": {"type": ["map", "string"], "optional": true, "description_kind": "plain"},
        "tags_all": {"type": ["map", "string"], "optional": true, "computed": true, "description_kind": "plain"}
    }, "block_types": {"timeouts": {"nesting_mode": "single", "block": {"attributes": {"create": {"type": "string", "optional": true}}}}}}));
    let mut s6 = p5.clone();
    s6.attributes.insert(
        "region".into(),
        serde_json::from_value(json!({"type": "string", "optional": true, "computed": true}))
            .unwrap(),
    );
    let (b, r) = merge_blocks(
        serde_json::to_value(&p5).unwrap(),
        serde_json::to_value(&s6).unwrap(),
    );
    assert_eq!(b.unwrap(), p5);
    assert_eq!(
        r.notes
            .iter()
            .map(|n| (n.action, n.path.as_str()))
            .collect::<Vec<_>>(),
        [(MergeAction::AttributeOnlyInOne, "resource.t.region")]
    );
    let _unused: BTreeMap<(), ()> = BTreeMap::new();
}
