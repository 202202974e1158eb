//! Logical ids, exactly as CDKTF's `makeUniqueId` computes them, so that a stack migrated
//! from CDKTF keeps its Terraform addresses (and hence its state).
//!
//! Rules (CDKTF `lib/private/unique.ts`):
//! 1. Components equal to `Default` are dropped (before hashing, too).
//! 2. A single remaining component is used as is, minus characters outside
//!    `[A-Za-z0-9_-]`, when that is at most 255 characters long.
//! 3. Otherwise the id is a readable part, `_`, and the first 8 hex digits (uppercase) of
//!    the MD5 of the components joined with `/`. The readable part skips a component when
//!    the previously kept one ends with it, hides components equal to `Resource`, removes
//!    characters outside `[A-Za-z0-9_-]`, joins with `_` and is cut to 240 characters.

use md5::{Digest, Md5};

/// Dropped from paths entirely.
pub const HIDDEN_ID: &str = "Default";
/// Hidden from the readable part of an id but part of its hash.
pub const HIDDEN_FROM_HUMAN_ID: &str = "Resource";
const MAX_HUMAN_LEN: usize = 240;
const MAX_ID_LEN: usize = 255;
const HASH_LEN: usize = 8;

fn is_allowed(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

fn remove_non_allowed(s: &str) -> String {
    s.chars().filter(|c| is_allowed(*c)).collect()
}

/// Appends the first [`HASH_LEN`] hex digits (uppercase) of the MD5 of the components
/// joined with `/`.
fn push_path_hash(out: &mut String, components: &[&str]) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut md5 = Md5::new();
    for (i, c) in components.iter().enumerate() {
        if i > 0 {
            md5.update(b"/");
        }
        md5.update(c.as_bytes());
    }
    let digest = md5.finalize();
    for b in &digest[..HASH_LEN / 2] {
        out.push(HEX[usize::from(b >> 4)] as char);
        out.push(HEX[usize::from(b & 0xf)] as char);
    }
}

fn remove_dupes<'a>(components: &[&'a str]) -> Vec<&'a str> {
    let mut kept: Vec<&str> = Vec::new();
    for c in components {
        match kept.last() {
            Some(last) if last.ends_with(c) => {}
            _ => kept.push(c),
        }
    }
    kept
}

/// Computes CDKTF's logical id for a construct path (the components below the stack).
/// Returns `None` for a path that is empty once `Default` components are dropped (CDKTF
/// throws there).
pub fn make_unique_id<S: AsRef<str>>(components: &[S]) -> Option<String> {
    let components: Vec<&str> = components
        .iter()
        .map(AsRef::as_ref)
        .filter(|c| *c != HIDDEN_ID)
        .collect();
    if components.is_empty() {
        return None;
    }
    if components.len() == 1 {
        let top = remove_non_allowed(components[0]);
        // JavaScript's `length` counts UTF-16 units; after the filter only ASCII remains.
        if top.len() <= MAX_ID_LEN {
            return Some(top);
        }
    }
    // The readable part is ASCII (only allowed characters remain), so bytes are characters.
    let mut id = String::with_capacity(64);
    for (i, c) in remove_dupes(&components)
        .into_iter()
        .filter(|c| *c != HIDDEN_FROM_HUMAN_ID)
        .enumerate()
    {
        if i > 0 {
            id.push('_');
        }
        if c.chars().all(is_allowed) {
            id.push_str(c);
        } else {
            id.extend(c.chars().filter(|c| is_allowed(*c)));
        }
    }
    id.truncate(MAX_HUMAN_LEN);
    id.push('_');
    push_path_hash(&mut id, &components);
    Some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_component_is_used_as_is() {
        assert_eq!(make_unique_id(&["bucket"]).unwrap(), "bucket");
        assert_eq!(make_unique_id(&["my.bucket!"]).unwrap(), "mybucket");
        assert_eq!(make_unique_id(&["Default", "bucket"]).unwrap(), "bucket");
    }

    #[test]
    fn all_default_is_none() {
        assert_eq!(make_unique_id(&["Default"]), None);
        assert_eq!(make_unique_id::<&str>(&[]), None);
    }

    #[test]
    fn paths_get_a_hash() {
        let id = make_unique_id(&["network", "vpc"]).unwrap();
        assert!(id.starts_with("network_vpc_"), "{id}");
        assert_eq!(id.len(), "network_vpc_".len() + 8);
        let hidden = make_unique_id(&["network", "Resource"]).unwrap();
        assert!(hidden.starts_with("network_"), "{hidden}");
        assert_ne!(hidden, make_unique_id(&["network"]).unwrap());
    }
}
