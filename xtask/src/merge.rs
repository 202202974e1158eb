//! The effective schema: what two provider versions both accept.
//!
//! [`effective_provider_schema`] takes a *primary* schema (the real 5.100.0 dump: authoritative
//! for descriptions, `sensitive`, `deprecated`, `write_only` and schema versions) and a
//! *secondary* schema (the 6.25.0 reconstruction from cdktf bindings, where `dynamic` means
//! "type not recoverable") and keeps, per type, only what configuration valid for both
//! versions may use. The rules, applied recursively:
//!
//! **Types** (resources, data sources): kept only if present in both; the provider block is
//! always merged. Schema `version` comes from the primary.
//!
//! **Ephemeral resource types come from the primary alone**, copied unchanged; the
//! secondary's ephemeral types are ignored. The secondary is a reconstruction from cdktf
//! bindings, and cdktf generates none for ephemeral resources, so "present in both" would
//! leave none at all, although hashicorp/aws 6.x still has the 5.100 ones (e.g.
//! `aws_secretsmanager_random_password`, which feeds `*_wo` write-only arguments). A primary
//! ephemeral type the secondary lacks or describes differently is noted as
//! [`MergeAction::EphemeralFromPrimary`]; one only in the secondary as
//! [`MergeAction::TypeOnlyInOne`].
//!
//! **Attributes** present in both are kept with:
//! - *type* = [`unify`] of the two types: equal → that type; `dynamic` on either side → the
//!   other side's type; objects → the attributes both have (each unified, those that cannot be
//!   unified are left out); list/set/map of the same kind → element types unified; list vs set
//!   → the primary's kind (a JSON array converts to both); two different primitives → the
//!   primary's (terraform converts between string, number and bool); anything else (e.g.
//!   object vs list) → no common type: **the attribute is dropped**.
//!   An attribute that is settable in a version whose object type lost attributes in the
//!   unification becomes computed-only (dropped if required in either), since terraform
//!   requires every attribute of an object value.
//! - *flags*: settable (required/optional) only if settable in both; **required if required
//!   in either**; an attribute computed-only in one version and settable in the other becomes
//!   **computed-only** (readable, never set); `computed` if computed in either, except that a
//!   required attribute is never computed (terraform forbids the combination); required in one
//!   version and computed-only in the other → no valid configuration: **dropped**.
//! - *description* (and its kind) from the primary when it has one, else from the secondary;
//!   `sensitive`, `deprecated`, `write_only` = true if true in either.
//! - nested attribute types (`nested_type`, unused by hashicorp/aws) merge like block
//!   attributes, with the nesting and item-limit rules of blocks; `nested_type` on one side
//!   and `type` on the other → dropped.
//!
//! **Nested blocks** present in both are kept with the two blocks merged recursively and:
//! - *nesting_mode*: equal → that; list vs set → the primary's; single vs list/set → the
//!   list/set side's mode with `max_items = 1` (a single block is valid for both); any other
//!   mismatch (group/map) → dropped.
//! - *min_items* = the larger of the two, *max_items* = the smaller of those that are set
//!   (0 = unlimited); if that makes min > max, no configuration is valid for both: dropped.
//!
//! **Name is an attribute in one version and a block in the other**: dropped, except for two
//! artifacts of the cdktf reconstruction, where the primary's block is kept: (a) the
//! secondary attribute's type is `dynamic` (cdktf collapsed a deep block to `any`, e.g.
//! `aws_wafv2_web_acl.rule.statement`) → the primary block is kept as is; (b) the secondary
//! attribute is computed-only and the primary block contains nothing settable (cdktf cannot
//! tell an all-computed block from a computed attribute) → the primary block is kept,
//! restricted to what the secondary attribute's object type also has.
//!
//! Everything else present in only one version is dropped. Every drop or reconciliation is
//! recorded in the [`MergeReport`].

use std::collections::BTreeMap;
use std::fmt;

use tfdr_codegen::schema::{
    Attribute, Block, CtyType, NestedBlock, NestedType, NestingMode, ProviderSchema, Schema,
};

/// What the merge did at one place that is not "both sides agree".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MergeAction {
    /// A resource/data source type present in only one version was dropped, or an ephemeral
    /// resource type present only in the secondary was ignored.
    TypeOnlyInOne,
    /// An ephemeral resource type was taken from the primary alone (the secondary lacks it or
    /// differs); see the module docs.
    EphemeralFromPrimary,
    /// An attribute present in only one version was dropped.
    AttributeOnlyInOne,
    /// A nested block type present in only one version was dropped.
    BlockOnlyInOne,
    /// Attribute types had no common type; the attribute was dropped.
    TypeConflictDropped,
    /// Attribute types differed but were unified (see [`unify`]); the attribute was kept.
    TypeUnified,
    /// Required in one version, computed-only in the other; the attribute was dropped.
    FlagsConflictDropped,
    /// Settable in one version, computed-only in the other; kept as computed-only.
    MadeComputedOnly,
    /// Optional in one version, required in the other; kept as required.
    MadeRequired,
    /// `computed` differed between two settable attributes; kept with `computed` set.
    ComputedDiffered,
    /// Nesting modes differed but were reconciled; the block was kept.
    NestingReconciled,
    /// Nesting modes could not be reconciled; the block was dropped.
    NestingConflictDropped,
    /// `min_items`/`max_items` differed; the stricter limits were kept.
    ItemLimitsTightened,
    /// The stricter limits contradict each other (min > max); the block was dropped.
    ItemLimitsConflictDropped,
    /// The name is an attribute in one version and a block in the other; dropped.
    KindConflictDropped,
    /// A cdktf reconstruction artifact (see the module docs); the primary's block was kept.
    PrimaryBlockKept,
}

impl fmt::Display for MergeAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// One recorded merge decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergeNote {
    /// Where: `resource.aws_x.a.b`, `data.aws_y.c`, `ephemeral.aws_z`, `provider.d`.
    pub path: String,
    /// What was done.
    pub action: MergeAction,
    /// Human-readable detail (the two types, flags, modes, …).
    pub detail: String,
}

/// Every decision [`effective_provider_schema`] made where the two versions disagreed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// The decisions, in traversal order (types sorted by name, members sorted by name).
    pub notes: Vec<MergeNote>,
}

impl MergeReport {
    /// Number of notes per action, sorted by action.
    pub fn summary(&self) -> BTreeMap<MergeAction, usize> {
        let mut m = BTreeMap::new();
        for n in &self.notes {
            *m.entry(n.action).or_insert(0) += 1;
        }
        m
    }

    /// The notes with this action.
    pub fn with_action(&self, action: MergeAction) -> impl Iterator<Item = &MergeNote> {
        self.notes.iter().filter(move |n| n.action == action)
    }

    fn note(&mut self, path: &str, action: MergeAction, detail: impl Into<String>) {
        self.notes.push(MergeNote {
            path: path.to_string(),
            action,
            detail: detail.into(),
        });
    }
}

/// Derives the effective schema of two versions of one provider: per type, only the
/// attributes and nested blocks both versions accept, with the stricter flags and item
/// limits. `primary` wins ties and supplies descriptions, `sensitive`, `deprecated`,
/// `write_only` and schema versions; `dynamic` in `secondary` is read as "unknown". See the
/// module documentation for the full rules.
///
/// Guarantees: every resource/data source type, attribute and block in the result exists in
/// both inputs under the same name and kind (except the two documented reconstruction
/// artifacts); the ephemeral resource types are exactly the primary's; the result is
/// deterministic; merging a schema with itself returns it unchanged with an empty report.
pub fn effective_provider_schema(
    primary: &ProviderSchema,
    secondary: &ProviderSchema,
) -> (ProviderSchema, MergeReport) {
    let mut r = MergeReport::default();
    let provider = Schema {
        version: primary.provider.version,
        block: merge_block(
            &primary.provider.block,
            &secondary.provider.block,
            "provider",
            &mut r,
        ),
    };
    let resource_schemas = merge_types(
        &primary.resource_schemas,
        &secondary.resource_schemas,
        "resource",
        &mut r,
    );
    let data_source_schemas = merge_types(
        &primary.data_source_schemas,
        &secondary.data_source_schemas,
        "data",
        &mut r,
    );
    let ephemeral_resource_schemas = ephemeral_from_primary(
        &primary.ephemeral_resource_schemas,
        &secondary.ephemeral_resource_schemas,
        &mut r,
    );
    (
        ProviderSchema {
            provider,
            resource_schemas,
            data_source_schemas,
            ephemeral_resource_schemas,
        },
        r,
    )
}

fn merge_types(
    p: &BTreeMap<String, Schema>,
    s: &BTreeMap<String, Schema>,
    kind: &str,
    r: &mut MergeReport,
) -> BTreeMap<String, Schema> {
    let mut out = BTreeMap::new();
    for name in union_keys(p, s) {
        let path = format!("{kind}.{name}");
        match (p.get(name), s.get(name)) {
            (Some(a), Some(b)) => {
                out.insert(
                    name.clone(),
                    Schema {
                        version: a.version,
                        block: merge_block(&a.block, &b.block, &path, r),
                    },
                );
            }
            (Some(_), None) => r.note(&path, MergeAction::TypeOnlyInOne, "only in primary"),
            (None, Some(_)) => r.note(&path, MergeAction::TypeOnlyInOne, "only in secondary"),
            (None, None) => unreachable!(),
        }
    }
    out
}

/// Ephemeral resource types: the primary's, unchanged (see the module docs).
fn ephemeral_from_primary(
    p: &BTreeMap<String, Schema>,
    s: &BTreeMap<String, Schema>,
    r: &mut MergeReport,
) -> BTreeMap<String, Schema> {
    for name in union_keys(p, s) {
        let path = format!("ephemeral.{name}");
        match (p.get(name), s.get(name)) {
            (Some(a), Some(b)) if a == b => {}
            (Some(_), Some(_)) => r.note(
                &path,
                MergeAction::EphemeralFromPrimary,
                "secondary differs; primary's schema kept unchanged",
            ),
            (Some(_), None) => r.note(
                &path,
                MergeAction::EphemeralFromPrimary,
                "not in secondary; primary's schema kept unchanged",
            ),
            (None, Some(_)) => r.note(
                &path,
                MergeAction::TypeOnlyInOne,
                "only in secondary (ephemeral types come from the primary alone)",
            ),
            (None, None) => unreachable!(),
        }
    }
    p.clone()
}

fn union_keys<'a, A, B>(a: &'a BTreeMap<String, A>, b: &'a BTreeMap<String, B>) -> Vec<&'a String> {
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    keys
}

/// Merges two blocks by the rules in the module documentation.
fn merge_block(p: &Block, s: &Block, path: &str, r: &mut MergeReport) -> Block {
    let mut out = Block {
        description: p.description.clone().or_else(|| s.description.clone()),
        description_kind: if p.description.is_some() {
            p.description_kind.clone()
        } else if s.description.is_some() {
            s.description_kind.clone()
        } else {
            p.description_kind
                .clone()
                .or_else(|| s.description_kind.clone())
        },
        deprecated: p.deprecated || s.deprecated,
        ..Block::default()
    };
    for name in union_keys(&p.attributes, &s.attributes) {
        let here = format!("{path}.{name}");
        match (p.attributes.get(name), s.attributes.get(name)) {
            (Some(a), Some(b)) => {
                if let Some(m) = merge_attribute(a, b, &here, r) {
                    out.attributes.insert(name.clone(), m);
                }
            }
            (Some(_), None) => {
                if s.block_types.contains_key(name) {
                    r.note(
                        &here,
                        MergeAction::KindConflictDropped,
                        "attribute in primary, block in secondary",
                    );
                } else {
                    r.note(&here, MergeAction::AttributeOnlyInOne, "only in primary");
                }
            }
            (None, Some(b)) => match p.block_types.get(name) {
                Some(pb) => {
                    if let Some(kept) = primary_block_for_artifact(pb, b) {
                        r.note(
                            &here,
                            MergeAction::PrimaryBlockKept,
                            format!(
                                "block in primary, attribute of type {} in secondary",
                                b.value_type()
                            ),
                        );
                        out.block_types.insert(name.clone(), kept);
                    } else {
                        r.note(
                            &here,
                            MergeAction::KindConflictDropped,
                            "block in primary, attribute in secondary",
                        );
                    }
                }
                None => r.note(&here, MergeAction::AttributeOnlyInOne, "only in secondary"),
            },
            (None, None) => unreachable!(),
        }
    }
    for name in union_keys(&p.block_types, &s.block_types) {
        let here = format!("{path}.{name}");
        match (p.block_types.get(name), s.block_types.get(name)) {
            (Some(a), Some(b)) => {
                if let Some(m) = merge_nested_block(a, b, &here, r) {
                    out.block_types.insert(name.clone(), m);
                }
            }
            // Primary block vs secondary attribute: handled with the attributes above.
            (Some(_), None) if s.attributes.contains_key(name) => {}
            // Primary attribute vs secondary block: noted with the attributes above.
            (None, Some(_)) if p.attributes.contains_key(name) => {}
            (Some(_), None) => r.note(&here, MergeAction::BlockOnlyInOne, "only in primary"),
            (None, Some(_)) => r.note(&here, MergeAction::BlockOnlyInOne, "only in secondary"),
            (None, None) => unreachable!(),
        }
    }
    out
}

/// The reconstruction-artifact exceptions: a primary block kept although the secondary has an
/// attribute of that name.
fn primary_block_for_artifact(pb: &NestedBlock, sa: &Attribute) -> Option<NestedBlock> {
    let st = sa.value_type();
    if st == CtyType::Dynamic {
        return Some(pb.clone());
    }
    if sa.is_settable() || !pb.block.is_computed_only() {
        return None;
    }
    let element = match (pb.nesting_mode, &st) {
        (NestingMode::Single | NestingMode::Group, CtyType::Object(m)) => m,
        (NestingMode::List | NestingMode::Set, CtyType::List(e) | CtyType::Set(e)) => match &**e {
            CtyType::Object(m) => m,
            _ => return None,
        },
        (NestingMode::Map, CtyType::Map(e)) => match &**e {
            CtyType::Object(m) => m,
            _ => return None,
        },
        _ => return None,
    };
    Some(NestedBlock {
        block: restrict_block(&pb.block, element)?,
        ..pb.clone()
    })
}

/// The part of a block whose attributes / nested blocks also appear (with unifiable types)
/// in an object type.
fn restrict_block(b: &Block, attrs: &BTreeMap<String, CtyType>) -> Option<Block> {
    let mut out = Block {
        attributes: BTreeMap::new(),
        block_types: BTreeMap::new(),
        ..b.clone()
    };
    for (name, a) in &b.attributes {
        if let Some(t) = attrs.get(name).and_then(|t| unify(&a.value_type(), t)) {
            let mut a = a.clone();
            if a.nested_type.is_none() {
                a.r#type = Some(t);
            }
            out.attributes.insert(name.clone(), a);
        }
    }
    for (name, nb) in &b.block_types {
        let Some(t) = attrs.get(name) else { continue };
        let fake = Attribute {
            r#type: Some(t.clone()),
            computed: true,
            ..Attribute::default()
        };
        if let Some(kept) = primary_block_for_artifact(nb, &fake) {
            out.block_types.insert(name.clone(), kept);
        }
    }
    if out.attributes.is_empty() && out.block_types.is_empty() {
        None
    } else {
        Some(out)
    }
}

/// The common type of two attribute types, or `None` if there is none. `a` is the primary's
/// type and wins where terraform converts between the two (list vs set, primitive vs
/// primitive); `dynamic` on either side yields the other side. Symmetric except for those
/// preferences; `unify(t, t) == Some(t)`.
pub fn unify(a: &CtyType, b: &CtyType) -> Option<CtyType> {
    use CtyType::*;
    if a == b {
        return Some(a.clone());
    }
    match (a, b) {
        (Dynamic, t) | (t, Dynamic) => Some(t.clone()),
        (Object(x), Object(y)) => {
            let mut m = BTreeMap::new();
            for (k, ta) in x {
                if let Some(t) = y.get(k).and_then(|tb| unify(ta, tb)) {
                    m.insert(k.clone(), t);
                }
            }
            Some(Object(m))
        }
        (List(x), List(y)) | (List(x), Set(y)) => Some(List(Box::new(unify(x, y)?))),
        (Set(x), Set(y)) | (Set(x), List(y)) => Some(Set(Box::new(unify(x, y)?))),
        (Map(x), Map(y)) => Some(Map(Box::new(unify(x, y)?))),
        (Tuple(x), Tuple(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .map(|(p, q)| unify(p, q))
            .collect::<Option<Vec<_>>>()
            .map(Tuple),
        (p, q) if p.is_primitive() && q.is_primitive() => Some(p.clone()),
        _ => None,
    }
}

fn flags_str(a: &Attribute) -> &'static str {
    match (a.required, a.optional, a.computed) {
        (true, _, _) => "required",
        (false, true, true) => "optional+computed",
        (false, true, false) => "optional",
        (false, false, true) => "computed",
        (false, false, false) => "no flags",
    }
}

/// Merges two attributes of the same name by the rules in the module documentation.
fn merge_attribute(
    p: &Attribute,
    s: &Attribute,
    path: &str,
    r: &mut MergeReport,
) -> Option<Attribute> {
    // Type.
    let (ty, nested) = match (&p.nested_type, &s.nested_type) {
        (None, None) => {
            let (pt, st) = (p.value_type(), s.value_type());
            let Some(t) = unify(&pt, &st) else {
                r.note(
                    path,
                    MergeAction::TypeConflictDropped,
                    format!("{pt} vs {st}"),
                );
                return None;
            };
            if t != pt || t != st {
                r.note(
                    path,
                    MergeAction::TypeUnified,
                    format!("{pt} vs {st} -> {t}"),
                );
            }
            (Some(t), None)
        }
        (Some(pn), Some(sn)) => (None, Some(merge_nested_type(pn, sn, path, r)?)),
        _ => {
            r.note(
                path,
                MergeAction::TypeConflictDropped,
                "nested_type in one version, type in the other",
            );
            return None;
        }
    };

    // Flags. A settable attribute whose object type lost attributes in the unification
    // cannot take a value both versions accept (terraform requires every object attribute):
    // it is treated as not settable in the version that has the lost attributes.
    let lossy = |t: &CtyType, side: &Attribute| {
        ty.as_ref().is_some_and(|u| loses_object_attrs(u, t)) && side.is_settable()
    };
    let (p_lossy, s_lossy) = (lossy(&p.value_type(), p), lossy(&s.value_type(), s));
    if p_lossy || s_lossy {
        if p.required || s.required {
            r.note(
                path,
                MergeAction::TypeConflictDropped,
                "required object attribute with differing object types",
            );
            return None;
        }
        r.note(
            path,
            MergeAction::MadeComputedOnly,
            "settable object attribute with differing object types",
        );
        return Some(Attribute {
            r#type: ty,
            nested_type: nested,
            required: false,
            optional: false,
            computed: true,
            ..merged_meta(p, s)
        });
    }
    let (ps, ss) = (p.is_settable(), s.is_settable());
    let (required, optional, computed) = if ps && ss {
        let required = p.required || s.required;
        if p.required != s.required {
            r.note(
                path,
                MergeAction::MadeRequired,
                format!("{} vs {}", flags_str(p), flags_str(s)),
            );
        }
        let computed = !required && (p.computed || s.computed);
        if !required && p.computed != s.computed {
            r.note(
                path,
                MergeAction::ComputedDiffered,
                format!("{} vs {}", flags_str(p), flags_str(s)),
            );
        }
        (required, !required, computed)
    } else if p.required || s.required {
        r.note(
            path,
            MergeAction::FlagsConflictDropped,
            format!("{} vs {}", flags_str(p), flags_str(s)),
        );
        return None;
    } else {
        if ps || ss {
            r.note(
                path,
                MergeAction::MadeComputedOnly,
                format!("{} vs {}", flags_str(p), flags_str(s)),
            );
        }
        (false, false, true)
    };

    Some(Attribute {
        r#type: ty,
        nested_type: nested,
        required,
        optional,
        computed,
        ..merged_meta(p, s)
    })
}

/// Description (primary first), `sensitive`, `deprecated`, `write_only` of a merged attribute;
/// type and flags left empty.
fn merged_meta(p: &Attribute, s: &Attribute) -> Attribute {
    let (description, description_kind) = if p.description.is_some() {
        (p.description.clone(), p.description_kind.clone())
    } else if s.description.is_some() {
        (s.description.clone(), s.description_kind.clone())
    } else {
        (
            None,
            p.description_kind
                .clone()
                .or_else(|| s.description_kind.clone()),
        )
    };
    Attribute {
        description,
        description_kind,
        sensitive: p.sensitive || s.sensitive,
        deprecated: p.deprecated || s.deprecated,
        write_only: p.write_only || s.write_only,
        ..Attribute::default()
    }
}

/// True if some object type inside `t` has an attribute that the corresponding object type
/// inside `unified` (the result of [`unify`] with `t` as one side) lacks.
fn loses_object_attrs(unified: &CtyType, t: &CtyType) -> bool {
    use CtyType::*;
    match (unified, t) {
        (Object(u), Object(o)) => o.iter().any(|(k, ot)| match u.get(k) {
            None => true,
            Some(ut) => loses_object_attrs(ut, ot),
        }),
        (List(u) | Set(u) | Map(u), List(o) | Set(o) | Map(o)) => loses_object_attrs(u, o),
        (Tuple(u), Tuple(o)) => u.iter().zip(o).any(|(a, b)| loses_object_attrs(a, b)),
        _ => false,
    }
}

/// Nesting mode and item limits shared by nested blocks and nested attribute types.
fn merge_nesting(
    (pm, pmin, pmax): (NestingMode, u64, u64),
    (sm, smin, smax): (NestingMode, u64, u64),
    path: &str,
    r: &mut MergeReport,
) -> Option<(NestingMode, u64, u64)> {
    use NestingMode::*;
    let (mode, extra_max) = match (pm, sm) {
        (a, b) if a == b => (a, 0),
        (List, Set) | (Set, List) => (pm, 0),
        (Single, List | Set) => (sm, 1),
        (List | Set, Single) => (pm, 1),
        _ => {
            r.note(
                path,
                MergeAction::NestingConflictDropped,
                format!("{pm:?} vs {sm:?}"),
            );
            return None;
        }
    };
    if mode != pm || mode != sm {
        r.note(
            path,
            MergeAction::NestingReconciled,
            format!("{pm:?} vs {sm:?} -> {mode:?}"),
        );
    }
    let min = pmin.max(smin);
    let max = [pmax, smax, extra_max]
        .into_iter()
        .filter(|&n| n > 0)
        .min()
        .unwrap_or(0);
    if max > 0 && min > max {
        r.note(
            path,
            MergeAction::ItemLimitsConflictDropped,
            format!("[{pmin}, {pmax}] vs [{smin}, {smax}]"),
        );
        return None;
    }
    if (pmin, pmax) != (smin, smax) {
        r.note(
            path,
            MergeAction::ItemLimitsTightened,
            format!("[{pmin}, {pmax}] vs [{smin}, {smax}] -> [{min}, {max}] (0 = unlimited)"),
        );
    }
    Some((mode, min, max))
}

fn merge_nested_block(
    p: &NestedBlock,
    s: &NestedBlock,
    path: &str,
    r: &mut MergeReport,
) -> Option<NestedBlock> {
    let (nesting_mode, min_items, max_items) = merge_nesting(
        (p.nesting_mode, p.min_items, p.max_items),
        (s.nesting_mode, s.min_items, s.max_items),
        path,
        r,
    )?;
    Some(NestedBlock {
        nesting_mode,
        block: merge_block(&p.block, &s.block, path, r),
        min_items,
        max_items,
    })
}

fn merge_nested_type(
    p: &NestedType,
    s: &NestedType,
    path: &str,
    r: &mut MergeReport,
) -> Option<NestedType> {
    let (nesting_mode, min_items, max_items) = merge_nesting(
        (p.nesting_mode, p.min_items, p.max_items),
        (s.nesting_mode, s.min_items, s.max_items),
        path,
        r,
    )?;
    let pb = Block {
        attributes: p.attributes.clone(),
        ..Block::default()
    };
    let sb = Block {
        attributes: s.attributes.clone(),
        ..Block::default()
    };
    Some(NestedType {
        attributes: merge_block(&pb, &sb, path, r).attributes,
        nesting_mode,
        min_items,
        max_items,
    })
}
