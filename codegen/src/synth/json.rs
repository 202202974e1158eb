//! The canonical JSON writer: keys sorted at every level (by UTF-16 code units, as
//! CDKTF's `json-stable-stringify` sorts them), 2-space indent, trailing newline.
//!
//! Sorting is done here rather than relying on `serde_json`'s map type, so the output does
//! not change if some dependency enables `serde_json/preserve_order`.

use std::cmp::Ordering;
use std::fmt::Write as _;

use serde_json::Value;

/// Writes `value` canonically. Same value → same bytes.
pub fn to_canonical_string(value: &Value) -> String {
    let mut out = String::new();
    write_value(&mut out, value, 0);
    out.push('\n');
    out
}

pub(super) fn indent(out: &mut String, level: usize) {
    const SPACES: &str = "                                                                ";
    let mut n = 2 * level;
    while n > 0 {
        let k = n.min(SPACES.len());
        out.push_str(&SPACES[..k]);
        n -= k;
    }
}

/// A mask whose lowest set bit is the high bit of the first byte of `word` (little
/// endian) that JSON escapes (below 0x20, `"` or `\`); zero when there is none. The
/// classic SWAR tests: a borrow can only set bits above a byte that matched, so the lowest
/// set bit is exact.
fn escape_mask(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH;
    below(word, 0x20)
        | below(word ^ (ONES * u64::from(b'"')), 1)
        | below(word ^ (ONES * u64::from(b'\\')), 1)
}

/// The index of the first byte of `bytes` that JSON escapes, if any.
fn first_escape(bytes: &[u8]) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in chunks.by_ref() {
        let mask = escape_mask(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
        if mask != 0 {
            return Some(offset + mask.trailing_zeros() as usize / 8);
        }
        offset += 8;
    }
    let rest = chunks.remainder();
    if rest.is_empty() {
        return None;
    }
    // Padded with a byte that is never escaped.
    let mut last = [b'a'; 8];
    last[..rest.len()].copy_from_slice(rest);
    let mask = escape_mask(u64::from_le_bytes(last));
    (mask != 0).then(|| offset + mask.trailing_zeros() as usize / 8)
}

/// Appends `s` as a JSON string literal, escaped exactly as `serde_json` (and
/// `JSON.stringify`) escape it: `"`, `\` and control characters, nothing else.
pub(super) fn write_string(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    let bytes = s.as_bytes();
    let mut start = 0;
    while let Some(i) = first_escape(&bytes[start..]) {
        let at = start + i;
        // The byte is ASCII, so `at` is a char boundary.
        out.push_str(&s[start..at]);
        let b = bytes[at];
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            _ => {
                let _ = write!(out, "\\u{b:04x}");
            }
        }
        start = at + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Orders keys as JavaScript's default sort does (UTF-16 code units).
pub fn cmp_keys(a: &str, b: &str) -> Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

/// [`cmp_keys`], comparing bytes when the strings first differ at ASCII characters (UTF-8
/// byte order and UTF-16 order agree there; they differ only between characters above
/// U+FFFF and characters from U+E000 to U+FFFF).
pub(super) fn key_order(a: &str, b: &str) -> Ordering {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    match mismatch(x, y) {
        None => x.len().cmp(&y.len()),
        Some(i) if x[i] < 0x80 && y[i] < 0x80 => x[i].cmp(&y[i]),
        Some(_) => cmp_keys(a, b),
    }
}

/// The first index where `x` and `y` differ, if one is not a prefix of the other.
fn mismatch(x: &[u8], y: &[u8]) -> Option<usize> {
    let n = x.len().min(y.len());
    let mut i = 0;
    while i + 8 <= n && x[i..i + 8] == y[i..i + 8] {
        i += 8;
    }
    (i..n).find(|&i| x[i] != y[i])
}

/// Sorts `(key, position)` pairs by [`key_order`] (keys are unique). Every sort of keys
/// in synth goes through this one instantiation: each sort instantiation costs compile
/// time in every stack program's build.
pub(super) fn sort_keys(keys: &mut [(&str, usize)]) {
    keys.sort_unstable_by(|a, b| key_order(a.0, b.0));
}

/// Writes `value` with its children indented one level below `level` (the caller has
/// written the indentation of the line it starts on).
pub(super) fn write_value(out: &mut String, value: &Value, level: usize) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            let entries: Vec<(&String, &Value)> = map.iter().collect();
            let mut keys: Vec<(&str, usize)> = entries
                .iter()
                .enumerate()
                .map(|(i, (k, _))| (k.as_str(), i))
                .collect();
            sort_keys(&mut keys);
            out.push_str("{\n");
            for (i, &(k, at)) in keys.iter().enumerate() {
                indent(out, level + 1);
                write_string(out, k);
                out.push_str(": ");
                write_value(out, entries[at].1, level + 1);
                if i + 1 < keys.len() {
                    out.push(',');
                }
                out.push('\n');
            }
            indent(out, level);
            out.push('}');
        }
        Value::Object(_) => out.push_str("{}"),
        Value::Array(items) if !items.is_empty() => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                indent(out, level + 1);
                write_value(out, item, level + 1);
                if i + 1 < items.len() {
                    out.push(',');
                }
                out.push('\n');
            }
            indent(out, level);
            out.push(']');
        }
        Value::Array(_) => out.push_str("[]"),
        Value::String(s) => write_string(out, s),
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            let _ = write!(out, "{n}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    #[test]
    fn sorted_indented_with_newline() {
        let v = json!({"b": [1, {"z": true, "//": null}], "a": {}, "c": []});
        assert_eq!(
            to_canonical_string(&v),
            "{\n  \"a\": {},\n  \"b\": [\n    1,\n    {\n      \"//\": null,\n      \"z\": true\n    }\n  ],\n  \"c\": []\n}\n"
        );
    }

    #[test]
    fn utf16_order_differs_from_code_point_order_above_the_bmp() {
        // U+FF61 sorts after U+1F600 in UTF-16 (0xFF61 > 0xD83D) but before it by code point.
        assert_eq!(cmp_keys("\u{1F600}", "\u{FF61}"), Ordering::Less);
        assert_eq!(key_order("a\u{1F600}", "a\u{FF61}"), Ordering::Less);
    }

    proptest! {
        #[test]
        fn strings_are_escaped_as_serde_json_escapes_them(
            s in prop_oneof![any::<String>(), "[ -~\u{0}-\u{1f}\u{7f}é]{0,40}"],
        ) {
            let mut out = String::new();
            write_string(&mut out, &s);
            prop_assert_eq!(out, serde_json::to_string(&s).unwrap());
        }

        #[test]
        fn key_order_is_utf16_order(
            a in "[a-c\u{7f}-\u{81}\u{e000}\u{ff61}\u{1f600}]{0,4}",
            b in "[a-c\u{7f}-\u{81}\u{e000}\u{ff61}\u{1f600}]{0,4}",
        ) {
            prop_assert_eq!(key_order(&a, &b), cmp_keys(&a, &b));
        }

        #[test]
        fn numbers_are_written_as_serde_json_writes_them(f in any::<f64>(), i in any::<i64>()) {
            for v in [json!(i), serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)] {
                let mut out = String::new();
                write_value(&mut out, &v, 0);
                prop_assert_eq!(out, v.to_string());
            }
        }
    }
}
