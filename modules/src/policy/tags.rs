//! The DR tag policy: Environment=DR, CostCenter=Operations, Criticality=High on every
//! resource whose schema has `tags`, through provider `default_tags` plus what
//! `default_tags` does not reach.

use std::collections::BTreeMap;

use tfdr_dsl::{Blocks, Body, Entry, NodeKind, RawExpr, StackModel};

/// The three tags the requirements put on every resource.
pub const DR_TAGS: [(&str, &str); 3] = [
    ("Environment", "DR"),
    ("CostCenter", "Operations"),
    ("Criticality", "High"),
];

/// [`DR_TAGS`] as a map.
pub fn dr_tags() -> BTreeMap<String, String> {
    DR_TAGS
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// Literal string entries of a `tags`-like argument (non-literal values are skipped).
pub fn literal_tags(body: &Body, attr: &str) -> BTreeMap<String, String> {
    match body.get(attr) {
        Some(Entry::Attr(RawExpr::Object(map))) => map
            .iter()
            .filter_map(|(k, v)| match v {
                RawExpr::String(s) => Some((k.clone(), s.clone())),
                _ => None,
            })
            .collect(),
        _ => BTreeMap::new(),
    }
}

/// The tags node `index` ends up with: its provider's `default_tags` merged with its own
/// `tags` (its own win), as the AWS provider computes `tags_all`.
pub fn effective_tags(model: &StackModel, index: usize) -> BTreeMap<String, String> {
    let node = &model.nodes[index];
    let mut tags = BTreeMap::new();
    if let Some(p) = node
        .meta
        .provider
        .and_then(|p| model.providers.get(p.index))
    {
        if let Some(Entry::Blocks(Blocks::Single(dt))) = p.body.get("default_tags") {
            tags.extend(literal_tags(dt, "tags"));
        }
    }
    if let NodeKind::Element { body, .. } = &node.kind {
        tags.extend(literal_tags(body, "tags"));
    }
    tags
}
