//! The cross-region guard: a resource bound to one region's provider must not take a value
//! of a node bound to another region's provider, unless the author marked the reference
//! with [`Expr::cross_region`](tfdr_dsl::Expr::cross_region).
//!
//! In an active-passive stack the wrong region's ARN (a DR KMS key on a primary bucket, a
//! DR subnet in a primary database) deploys cleanly and fails only when that path is used,
//! often during the failover it was meant to serve. The legitimate cases (a replication
//! destination, a replica's key, the global cluster a secondary joins) are few and named
//! where they are written.
//!
//! Scope of the check: arguments, nested blocks, `count` and `for_each` of resources, data
//! sources and ephemeral resources whose provider configuration has a known AWS region,
//! referring directly to a resource, data source or ephemeral resource whose provider has
//! another region. Values passed through locals or variables are not followed.

use tfdr_dsl::{
    Blocks, Body, Entry, Error, NodeKind, RawExpr, Reference, Region, Root, StackModel, Step,
};

/// The provider configuration (index) and its region of an element bound to a provider
/// with a known region.
fn provider_of(model: &StackModel, index: usize) -> Option<(usize, Region)> {
    let node = model.nodes.get(index)?;
    let NodeKind::Element { .. } = node.kind else {
        return None;
    };
    let p = node.meta.provider?;
    if p.stack != model.id {
        return None;
    }
    let region = model.providers.get(p.index)?.region?;
    Some((p.index, region))
}

/// `aws.primary`, `aws` (no alias).
fn provider_name(model: &StackModel, index: usize) -> String {
    let cfg = &model.providers[index];
    match &cfg.alias {
        Some(a) => format!("{}.{a}", cfg.provider_type),
        None => cfg.provider_type.clone(),
    }
}

fn visit_body(body: &Body, f: &mut dyn FnMut(&Reference)) {
    for (_, entry) in body.entries() {
        match entry {
            Entry::Attr(e) => e.visit_refs(f),
            Entry::Blocks(Blocks::Single(b)) => visit_body(b, f),
            Entry::Blocks(Blocks::List(list)) => list.iter().for_each(|b| visit_body(b, f)),
            Entry::RawJson(_) => {}
        }
    }
}

fn address(model: &StackModel, ids: &[String], index: usize) -> String {
    match &model.nodes[index].kind {
        NodeKind::Element {
            kind, type_name, ..
        } => match kind {
            tfdr_dsl::ElementKind::Resource => format!("{type_name}.{}", ids[index]),
            other => format!("{}.{type_name}.{}", other.block_name(), ids[index]),
        },
        _ => ids[index].clone(),
    }
}

/// Every reference that crosses regions without being marked, one error each, naming both
/// addresses, both provider configurations and both regions.
pub(super) fn cross_region_errors(model: &StackModel, ids: &[String]) -> Vec<Error> {
    let mut errors = Vec::new();
    // Unmarked references to another region's element: (target, `.attr` or empty).
    let mut targets: Vec<(usize, String, usize, Region)> = Vec::new();
    for (i, node) in model.nodes.iter().enumerate() {
        let NodeKind::Element { body, .. } = &node.kind else {
            continue;
        };
        let Some((from_provider, from_region)) = provider_of(model, i) else {
            continue;
        };
        targets.clear();
        let mut collect = |r: &Reference| {
            if r.cross_region {
                return;
            }
            if let Root::Node(n) = r.root {
                if n.stack != model.id {
                    return;
                }
                let Some((to_provider, to_region)) = provider_of(model, n.index) else {
                    return;
                };
                if to_region == from_region {
                    return;
                }
                let attr = match r.steps.first() {
                    Some(Step::Attr(a)) => format!(".{a}"),
                    _ => String::new(),
                };
                targets.push((n.index, attr, to_provider, to_region));
            }
        };
        visit_body(body, &mut collect);
        for meta in [&node.meta.count, &node.meta.for_each]
            .into_iter()
            .flatten()
        {
            RawExpr::visit_refs(meta, &mut collect);
        }
        if targets.is_empty() {
            continue;
        }
        targets.sort();
        targets.dedup();
        for (target, attr, to_provider, to_region) in &targets {
            errors.push(Error::new(
                format!("{}/{}", model.name, node.path.join("/")),
                format!(
                    "`{}` ({}, {from_region}) takes `{}{attr}` from another region ({}, {to_region}); a value of one region's resource in another region's resource is almost always a DR mistake. If it is intended (replication destination, replica key, global cluster), mark it with `.cross_region()`",
                    address(model, ids, i),
                    provider_name(model, from_provider),
                    address(model, ids, *target),
                    provider_name(model, *to_provider),
                ),
            ));
        }
    }
    errors
}
