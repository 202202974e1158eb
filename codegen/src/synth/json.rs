//! The canonical JSON writer: keys sorted at every level (by UTF-16 code units, as
//! CDKTF's `json-stable-stringify` sorts them), 2-space indent, trailing newline.
//!
//! Sorting is done here rather than relying on `serde_json`'s map type, so the output does
//! not change if some dependency enables `serde_json/preserve_order`.

use serde_json::Value;

/// Writes `value` canonically. Same value → same bytes.
pub fn to_canonical_string(value: &Value) -> String {
    let mut out = String::new();
    write_value(&mut out, value, 0);
    out.push('\n');
    out
}

fn indent(out: &mut String, level: usize) {
    for _ in 0..level {
        out.push_str("  ");
    }
}

fn write_string(out: &mut String, s: &str) {
    // serde_json escapes exactly `"`, `\` and control characters, like JSON.stringify.
    out.push_str(&serde_json::to_string(s).expect("strings always serialize"));
}

/// Orders keys as JavaScript's default sort does (UTF-16 code units).
pub fn cmp_keys(a: &str, b: &str) -> std::cmp::Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

fn write_value(out: &mut String, value: &Value, level: usize) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort_by(|a, b| cmp_keys(a, b));
            out.push_str("{\n");
            for (i, k) in keys.iter().enumerate() {
                indent(out, level + 1);
                write_string(out, k);
                out.push_str(": ");
                write_value(out, &map[k.as_str()], level + 1);
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
        other => out.push_str(&other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
        assert_eq!(cmp_keys("\u{1F600}", "\u{FF61}"), std::cmp::Ordering::Less);
    }
}
