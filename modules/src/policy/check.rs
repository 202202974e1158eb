//! The stack policy check: names, tags, destroyability. [`install`] registers it on a
//! stack as a synth-time validation ([`DrContext::new`](crate::DrContext::new) does), so
//! a stack built through the components cannot be synthesized while violating it.

use tfdr_dsl::aws::{KmsKey, KmsReplicaKey, RdsCluster, S3Bucket, SecretsmanagerSecret};
use tfdr_dsl::{aws, ElementKind, Entry, Error, NodeKind, RawExpr, Stack, StackModel};

use super::naming::{name_rule, NameAttr};
use super::suffix::EnvironmentSuffix;
use super::tags::{effective_tags, TagPolicy, MAX_TAGS_PER_RESOURCE};

/// The name under which [`install`] registers the check (registering again replaces it).
pub const VALIDATION_NAME: &str = "tfdr stack policy (names, tags, destroyability)";

/// Registers [`check`] with `suffix` and `tags` as a validation of `stack`: synthesis then
/// reports every violation with the stack's other problems.
pub fn install(stack: &Stack, suffix: &EnvironmentSuffix, tags: &TagPolicy) {
    let suffix = suffix.clone();
    let tags = tags.clone();
    stack.add_validation(VALIDATION_NAME, move |model| check(model, &suffix, &tags));
}

fn literal<'a>(body: &'a tfdr_dsl::Body, attr: &str) -> Option<&'a RawExpr> {
    match body.get(attr) {
        Some(Entry::Attr(e)) => Some(e),
        _ => None,
    }
}

/// Checks the stack policy on every resource of `stack`:
/// - a resource type with a name argument (per the generated `NAME_ARGUMENTS`) has a row in
///   the name-rule table; its name argument is a literal that satisfies the rule and
///   contains `suffix`;
/// - a taggable resource (generated `Taggable`) has **its own region's** set of `tags` in
///   its effective tags (its provider's `default_tags` merged with its own `tags`, see
///   [`effective_tags`]): the primary's set on `aws.primary`, the DR region's on `aws.dr`,
///   [`TagPolicy::other`] on any other provider; at most [`MAX_TAGS_PER_RESOURCE`]
///   effective tags; and, when its row says `NameTag`, a `Name` tag containing `suffix`;
/// - destroyable: no `prevent_destroy`, no `deletion_protection = true`, RDS clusters skip
///   the final snapshot, buckets `force_destroy`, KMS keys a 7-day deletion window, secrets
///   `recovery_window_in_days = 0`.
///
/// Returns every violation, each naming the construct path and the rule (empty: the
/// stack complies).
pub fn check(model: &StackModel, suffix: &EnvironmentSuffix, tags: &TagPolicy) -> Vec<Error> {
    let suffix = suffix.as_str();
    let mut errors = Vec::new();
    for (i, node) in model.nodes.iter().enumerate() {
        let NodeKind::Element {
            kind: ElementKind::Resource,
            type_name,
            body,
        } = &node.kind
        else {
            continue;
        };
        let path = format!("{}/{}", model.name, node.path.join("/"));
        let err = |rule: String| Error::new(path.clone(), rule);
        let rule = name_rule(type_name);
        let has_name_arg = aws::name_arguments(type_name).next().is_some();
        match rule {
            None if has_name_arg => errors.push(err(format!(
                "{type_name} has a name argument but no row in the name-rule table"
            ))),
            None if aws::is_taggable(type_name) => errors.push(err(format!(
                "{type_name} has no row in the name-rule table (needed for its Name tag)"
            ))),
            Some(r) => match r.attr {
                NameAttr::Argument(a) => match literal(body, a) {
                    Some(RawExpr::String(name)) => {
                        let checked = if a.ends_with("_prefix") {
                            name.trim_end_matches('-')
                        } else {
                            name.as_str()
                        };
                        if let Err(e) = r.check(checked) {
                            errors.push(err(e.to_string()));
                        }
                        if !name.contains(suffix) {
                            errors.push(err(format!(
                                "{a} `{name}` does not contain the environment suffix `{suffix}`"
                            )));
                        }
                    }
                    _ => errors.push(err(format!(
                        "{type_name}.{a} must be set to a literal name built by Naming"
                    ))),
                },
                NameAttr::NameTag if aws::is_taggable(type_name) => {
                    match effective_tags(model, i).get("Name") {
                        Some(n) if n.contains(suffix) => {
                            if let Err(e) = r.check(n) {
                                errors.push(err(e.to_string()));
                            }
                        }
                        Some(n) => errors.push(err(format!(
                            "Name tag `{n}` does not contain the environment suffix `{suffix}`"
                        ))),
                        None => errors.push(err(format!(
                            "{type_name} has no name argument, so it needs a Name tag"
                        ))),
                    }
                }
                NameAttr::NameTag => {}
            },
            None => {}
        }
        if aws::is_taggable(type_name) {
            let effective = effective_tags(model, i);
            let provider = node
                .meta
                .provider
                .and_then(|p| model.providers.get(p.index));
            let (required, region) = tags.for_provider(provider);
            for (k, v) in required.iter() {
                match effective.get(k) {
                    Some(found) if found == v => {}
                    Some(found) => errors.push(err(format!(
                        "missing tag {k}={v}: it carries {k}={found}, but the tag policy requires {region} on every taggable resource there"
                    ))),
                    None => errors.push(err(format!(
                        "missing tag {k}={v}: the tag policy requires {region} on every taggable resource there (provider default_tags or tags)"
                    ))),
                }
            }
            if effective.len() > MAX_TAGS_PER_RESOURCE {
                errors.push(err(format!(
                    "{} tags; AWS allows at most {MAX_TAGS_PER_RESOURCE} on a resource",
                    effective.len()
                )));
            }
        }
        // Destroyable.
        if node.meta.lifecycle.as_ref().and_then(|l| l.prevent_destroy) == Some(true) {
            errors.push(err(
                "prevent_destroy is not allowed: every DR resource must be destroyable".into(),
            ));
        }
        if literal(body, "deletion_protection") == Some(&RawExpr::Bool(true)) {
            errors.push(err(
                "deletion_protection must be off: every DR resource must be destroyable".into(),
            ));
        }
        let require = |attr: &str, want: RawExpr, errors: &mut Vec<Error>| {
            if literal(body, attr) != Some(&want) {
                errors.push(Error::new(
                    path.clone(),
                    format!("{type_name} must set {attr} = {want:?} so the stack can be destroyed"),
                ));
            }
        };
        let t = type_name.as_str();
        if t == RdsCluster::TYPE {
            require("skip_final_snapshot", RawExpr::Bool(true), &mut errors);
        } else if t == S3Bucket::TYPE {
            require("force_destroy", RawExpr::Bool(true), &mut errors);
        } else if t == KmsKey::TYPE || t == KmsReplicaKey::TYPE {
            require(
                "deletion_window_in_days",
                RawExpr::Number(7.into()),
                &mut errors,
            );
        } else if t == SecretsmanagerSecret::TYPE {
            require(
                "recovery_window_in_days",
                RawExpr::Number(0.into()),
                &mut errors,
            );
        }
    }
    errors
}
