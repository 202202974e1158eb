//! Escaping of literal text where Terraform parses templates.
//!
//! In Terraform JSON every string in an expression position (attribute values and the keys
//! of object values) is a template, so literal `${` and `%{` must be written `$${` and
//! `%%{`. Places Terraform does not template (a variable's `default`, `provider`,
//! `depends_on`, `ignore_changes`) are never passed through here.

/// Escapes literal text for a Terraform template: `${` → `$${`, `%{` → `%%{`.
pub fn escape_template_literal(text: &str) -> String {
    text.replace("${", "$${").replace("%{", "%%{")
}

/// Renders literal text as an HCL native-syntax quoted string (for use inside `${...}`):
/// backslash escapes for `\`, `"` and control characters, plus template escaping.
pub fn hcl_quoted_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    out.push_str(&hcl_string_body(text));
    out.push('"');
    out
}

/// The inside of an HCL quoted string for literal `text` (no surrounding quotes).
pub fn hcl_string_body(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in escape_template_literal(text).chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_interpolation_and_directive_openers() {
        assert_eq!(escape_template_literal("a${b}"), "a$${b}");
        assert_eq!(escape_template_literal("%{if}"), "%%{if}");
        assert_eq!(escape_template_literal("$${x}"), "$$${x}");
        assert_eq!(escape_template_literal("$ { %"), "$ { %");
    }

    #[test]
    fn hcl_strings_escape_quotes_and_controls() {
        assert_eq!(hcl_quoted_string("a\"b\\c\n${"), "\"a\\\"b\\\\c\\n$${\"");
        assert_eq!(hcl_quoted_string("\u{1}"), "\"\\u0001\"");
    }
}
