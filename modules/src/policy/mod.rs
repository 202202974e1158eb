//! The stack policy every reference stack uses: environment suffix, names, tags (a
//! per-region [`TagPolicy`], [`TagPolicy::dr`] by default), and the checks that hold them
//! on a built stack.

pub mod check;
pub mod naming;
pub mod suffix;
pub mod tags;

#[cfg(test)]
mod tag_tests;

pub use check::{check, install, VALIDATION_NAME};
pub use naming::{
    name_rule, region_token, Charset, NameAttr, NameRule, NameScope, Naming, NAME_RULES,
};
pub use suffix::{EnvironmentSuffix, MAX_SUFFIX_LEN, MIN_READABLE_BASE};
pub use tags::{
    effective_tags, TagPolicy, TagSet, DR_TAGS, MAX_POLICY_TAGS, MAX_TAGS_PER_RESOURCE,
    MAX_TAG_KEY_LEN, MAX_TAG_VALUE_LEN, NAME_TAG,
};
