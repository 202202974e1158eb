//! Does a JSON literal convert to a cty type the way terraform converts it?
//!
//! Terraform reads a JSON value in an attribute position as: string → a template (a literal
//! string unless it interpolates), number → number, bool → bool, null → null, array → tuple,
//! object → object; then converts it to the attribute's type with cty's rules. This module
//! reproduces only the *failures* of that conversion that are certain from the literal alone:
//!
//! - strings convert to `number` only when they parse as a decimal number (`"7"`, `"1e3"`,
//!   `"-0.5"`; not `"abc"`, `" 7"`, `"0x7"`) and to `bool` only when they are `"true"`,
//!   `"false"`, `"1"` or `"0"`; numbers and bools convert to `string`; a number never
//!   converts to `bool` nor a bool to `number`;
//! - arrays convert to lists and sets element by element, objects to maps value by value and
//!   to object types attribute by attribute (every attribute of the object type must be
//!   present; extra ones are dropped);
//! - an array or object never converts to a primitive, an array never to a map or object,
//!   an object never to a list or set; a primitive never to a collection;
//! - templates (`${…}`, `%{…}`) are values of unknown type and pass; so do `null`, the
//!   `dynamic` type and tuple types (not checked).
//!
//! Messages use cty's words (`element 0: string required`, `a number is required`,
//! `attributes "a" and "b" are required`), so the full diagnostic reads like terraform's
//! `Inappropriate value for attribute "x": …`.

use serde_json::Value;

use super::template::is_template;
use crate::schema::CtyType;

/// cty's friendly name of a type: `string`, `list of string`, `map of object`, `object`, …
pub fn friendly_name(t: &CtyType) -> String {
    match t {
        CtyType::String => "string".into(),
        CtyType::Number => "number".into(),
        CtyType::Bool => "bool".into(),
        CtyType::Dynamic => "any value".into(),
        CtyType::List(e) => format!("list of {}", friendly_name(e)),
        CtyType::Set(e) => format!("set of {}", friendly_name(e)),
        CtyType::Map(e) => format!("map of {}", friendly_name(e)),
        CtyType::Object(_) => "object".into(),
        CtyType::Tuple(_) => "tuple".into(),
    }
}

/// True if cty parses `s` as a number (`big.ParseFloat` in base 10).
pub fn parses_as_number(s: &str) -> bool {
    let b = s.strip_prefix(['+', '-']).unwrap_or(s);
    if b.eq_ignore_ascii_case("inf") {
        return true;
    }
    let (mantissa, exp) = match b.find(['e', 'E']) {
        Some(i) => (&b[..i], Some(&b[i + 1..])),
        None => (b, None),
    };
    let (int, frac) = match mantissa.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mantissa, ""),
    };
    let digits = |x: &str| x.bytes().all(|c| c.is_ascii_digit());
    let mantissa_ok = digits(int) && digits(frac) && !(int.is_empty() && frac.is_empty());
    let exp_ok = match exp {
        None => true,
        Some(e) => {
            let e = e.strip_prefix(['+', '-']).unwrap_or(e);
            !e.is_empty() && digits(e)
        }
    };
    mantissa_ok && exp_ok
}

fn quoted_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("{n:?}")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// Why `v` cannot be converted to `t`, in cty's words, or `None` if it can (or if that is
/// not certain from the literal).
pub fn conversion_error(v: &Value, t: &CtyType) -> Option<String> {
    if matches!(t, CtyType::Dynamic | CtyType::Tuple(_)) {
        return None;
    }
    let required = || Some(format!("{} required", friendly_name(t)));
    match v {
        Value::Null => None,
        Value::String(s) if is_template(s) => None,
        Value::String(s) => match t {
            CtyType::String => None,
            CtyType::Number => (!parses_as_number(s)).then(|| "a number is required".into()),
            CtyType::Bool => match s.as_str() {
                "true" | "false" | "1" | "0" => None,
                other => {
                    let lower = other.to_ascii_lowercase();
                    if lower == "true" || lower == "false" {
                        Some(format!(
                            "a bool is required; to convert from string, use lowercase \"{lower}\""
                        ))
                    } else {
                        Some("a bool is required".into())
                    }
                }
            },
            _ => required(),
        },
        Value::Number(_) => match t {
            CtyType::String | CtyType::Number => None,
            _ => required(),
        },
        Value::Bool(_) => match t {
            CtyType::String | CtyType::Bool => None,
            _ => required(),
        },
        Value::Array(items) => match t {
            CtyType::List(e) | CtyType::Set(e) => items.iter().enumerate().find_map(|(i, item)| {
                conversion_error(item, e).map(|m| format!("element {i}: {m}"))
            }),
            _ => required(),
        },
        Value::Object(m) => {
            // A key that interpolates makes the whole object's shape unknown.
            if m.keys().any(|k| is_template(k)) {
                return None;
            }
            match t {
                CtyType::Map(e) => m.iter().find_map(|(k, item)| {
                    conversion_error(item, e).map(|msg| format!("element {k:?}: {msg}"))
                }),
                CtyType::Object(attrs) => {
                    let missing: Vec<&str> = attrs
                        .keys()
                        .filter(|k| !m.contains_key(k.as_str()))
                        .map(String::as_str)
                        .collect();
                    match missing.len() {
                        0 => {}
                        1 => {
                            return Some(format!("attribute {} is required", quoted_list(&missing)))
                        }
                        _ => {
                            return Some(format!(
                                "attributes {} are required",
                                quoted_list(&missing)
                            ))
                        }
                    }
                    attrs.iter().find_map(|(k, at)| {
                        let item = m.get(k)?;
                        conversion_error(item, at).map(|msg| format!("attribute {k:?}: {msg}"))
                    })
                }
                _ => required(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn t(v: serde_json::Value) -> CtyType {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn numbers() {
        for ok in [
            "7", "-7", "+7", "7.5", ".5", "5.", "1e3", "1E-3", "Inf", "-inf",
        ] {
            assert!(parses_as_number(ok), "{ok}");
        }
        for bad in [
            "abc", " 7", "7 ", "0x7", "", ".", "1e", "e3", "1_000", "--1",
        ] {
            assert!(!parses_as_number(bad), "{bad}");
        }
    }

    #[test]
    fn primitives_as_terraform_converts_them() {
        let s = CtyType::String;
        let n = CtyType::Number;
        let b = CtyType::Bool;
        assert_eq!(conversion_error(&json!(12), &s), None);
        assert_eq!(conversion_error(&json!(true), &s), None);
        assert_eq!(
            conversion_error(&json!({"a": 1}), &s).as_deref(),
            Some("string required")
        );
        assert_eq!(conversion_error(&json!("7"), &n), None);
        assert_eq!(
            conversion_error(&json!("abc"), &n).as_deref(),
            Some("a number is required")
        );
        assert_eq!(
            conversion_error(&json!(true), &n).as_deref(),
            Some("number required")
        );
        for ok in ["true", "false", "1", "0"] {
            assert_eq!(conversion_error(&json!(ok), &b), None, "{ok}");
        }
        assert_eq!(
            conversion_error(&json!("yes"), &b).as_deref(),
            Some("a bool is required")
        );
        assert_eq!(
            conversion_error(&json!("True"), &b).as_deref(),
            Some("a bool is required; to convert from string, use lowercase \"true\"")
        );
        assert_eq!(
            conversion_error(&json!(1), &b).as_deref(),
            Some("bool required")
        );
        assert_eq!(conversion_error(&json!("${var.x}"), &n), None);
        assert_eq!(conversion_error(&json!(null), &n), None);
    }

    #[test]
    fn collections_and_objects() {
        let set_s = t(json!(["set", "string"]));
        assert_eq!(conversion_error(&json!([1, true, "a"]), &set_s), None);
        assert_eq!(
            conversion_error(&json!("sg-1"), &set_s).as_deref(),
            Some("set of string required")
        );
        assert_eq!(
            conversion_error(&json!([{"a": 1}]), &set_s).as_deref(),
            Some("element 0: string required")
        );
        let map_s = t(json!(["map", "string"]));
        assert_eq!(
            conversion_error(&json!({"a": {"x": 1}}), &map_s).as_deref(),
            Some("element \"a\": string required")
        );
        assert_eq!(
            conversion_error(&json!({"${var.k}": {"x": 1}}), &map_s),
            None
        );
        let obj = t(json!(["set", ["object", {"a": "string", "b": "number", "c": "bool"}]]));
        assert_eq!(
            conversion_error(&json!([{"a": "x"}]), &obj).as_deref(),
            Some("element 0: attributes \"b\" and \"c\" are required")
        );
        assert_eq!(
            conversion_error(&json!([{"a": "x", "b": 1, "c": "maybe", "extra": 1}]), &obj)
                .as_deref(),
            Some("element 0: attribute \"c\": a bool is required")
        );
        let obj3 = t(json!(["object", {"a": "string", "b": "number", "c": "bool"}]));
        assert_eq!(
            conversion_error(&json!({}), &obj3).as_deref(),
            Some("attributes \"a\", \"b\", and \"c\" are required")
        );
        assert_eq!(
            conversion_error(&json!({"a": 1}), &set_s).as_deref(),
            Some("set of string required")
        );
    }
}
