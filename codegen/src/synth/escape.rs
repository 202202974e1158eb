//! Escaping of literal text where Terraform parses templates.
//!
//! In Terraform JSON every string in an expression position (attribute values and the keys
//! of object values) is a template. Literal text is written so that Terraform reads back
//! exactly that text (proven by a real `terraform apply` round trip in the tests):
//! - `${` → `$${` and `%{` → `%%{`;
//! - a `$` right before an interpolation would turn `${` into the escape `$${`, so such
//!   dollars are emitted as an interpolated string, `${"$"}`;
//! - a carriage return not followed by a line feed stops Terraform's template scanner from
//!   recognising later interpolations, so it is emitted as `${"\r"}`;
//! - a byte-order mark at the very start of a template is dropped by Terraform, so it is
//!   emitted as `${"\ufeff"}`.
//!
//! Places Terraform does not template (a variable's `default`, `provider`, `depends_on`,
//! `ignore_changes`) are never passed through here.

/// Builds template source text for one target syntax: a Terraform JSON string, or the
/// inside of an HCL native-syntax quoted string.
#[derive(Debug)]
pub struct TemplateWriter {
    out: String,
    hcl: bool,
}

impl TemplateWriter {
    /// A writer for a Terraform JSON string.
    pub fn json() -> Self {
        TemplateWriter {
            out: String::new(),
            hcl: false,
        }
    }

    /// A writer for a Terraform JSON string that writes into `buffer` (cleared first).
    pub(super) fn json_into(mut buffer: String) -> Self {
        buffer.clear();
        TemplateWriter {
            out: buffer,
            hcl: false,
        }
    }

    /// A writer for the inside of an HCL quoted string that appends to `buffer` (text
    /// already there is kept).
    pub(super) fn hcl_into(buffer: String) -> Self {
        TemplateWriter {
            out: buffer,
            hcl: true,
        }
    }

    /// A writer for the inside of an HCL quoted string (backslash escapes applied).
    pub fn hcl() -> Self {
        TemplateWriter {
            out: String::new(),
            hcl: true,
        }
    }

    /// Appends literal text.
    pub fn literal(&mut self, text: &str) {
        // Only `{` (after `$` or `%`), a carriage return and a byte-order mark (UTF-8
        // EF BB BF) change in a JSON template; everything else is copied as it is.
        if !self.hcl && !text.bytes().any(|b| matches!(b, b'{' | b'\r' | 0xEF)) {
            self.out.push_str(text);
            return;
        }
        // In HCL, backslashes, quotes and control characters are escaped as well.
        if self.hcl
            && !text
                .bytes()
                .any(|b| b < 0x20 || matches!(b, b'{' | b'\\' | b'"' | 0x7f | 0xEF))
        {
            self.out.push_str(text);
            return;
        }
        let mut prev = None;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            // `${` → `$${`, `%{` → `%%{`.
            if c == '{' {
                match prev {
                    Some('$') => self.out.push('$'),
                    Some('%') => self.out.push('%'),
                    _ => {}
                }
            }
            prev = Some(c);
            if self.hcl {
                match c {
                    '\\' => self.out.push_str("\\\\"),
                    '"' => self.out.push_str("\\\""),
                    '\n' => self.out.push_str("\\n"),
                    '\r' => self.out.push_str("\\r"),
                    '\t' => self.out.push_str("\\t"),
                    c if (c as u32) < 0x20 || c == '\u{7f}' || c == '\u{feff}' => {
                        use std::fmt::Write;
                        let _ = write!(self.out, "\\u{:04x}", c as u32);
                    }
                    c => self.out.push(c),
                }
            } else if c == '\r' && chars.peek() != Some(&'\n') {
                self.interpolation("\"\\r\"");
            } else if c == '\u{feff}' && self.out.is_empty() {
                self.interpolation("\"\\ufeff\"");
            } else {
                self.out.push(c);
            }
        }
    }

    /// Appends `${<hcl>}`. Literal dollars right before it are moved into an interpolated
    /// string so they are not read as the escape `$${`.
    pub fn interpolation(&mut self, hcl: &str) {
        let kept = self.out.trim_end_matches('$').len();
        if kept < self.out.len() {
            let dollars = self.out.len() - kept;
            self.out.truncate(kept);
            self.out.push_str("${\"");
            for _ in 0..dollars {
                self.out.push('$');
            }
            self.out.push_str("\"}");
        }
        self.out.push_str("${");
        self.out.push_str(hcl);
        self.out.push('}');
    }

    /// The template source.
    pub fn finish(self) -> String {
        self.out
    }
}

/// Escapes literal text as a Terraform JSON template that evaluates to exactly `text`.
pub fn escape_template_literal(text: &str) -> String {
    let mut w = TemplateWriter::json();
    w.literal(text);
    w.finish()
}

/// Renders literal text as an HCL native-syntax quoted string (for use inside `${...}`).
pub fn hcl_quoted_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    push_hcl_quoted_string(&mut out, text);
    out
}

/// Appends [`hcl_quoted_string`] of `text` to `out`.
pub(super) fn push_hcl_quoted_string(out: &mut String, text: &str) {
    let mut w = TemplateWriter {
        out: std::mem::take(out),
        hcl: true,
    };
    w.out.push('"');
    w.literal(text);
    w.out.push('"');
    *out = w.out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `TemplateWriter::literal` as it was before it stopped allocating (two `replace`
    /// passes, then one character at a time): the reference of the property test below.
    fn reference_literal(w: &mut TemplateWriter, text: &str) {
        let escaped = text.replace("${", "$${").replace("%{", "%%{");
        let mut chars = escaped.chars().peekable();
        while let Some(c) = chars.next() {
            if w.hcl {
                match c {
                    '\\' => w.out.push_str("\\\\"),
                    '"' => w.out.push_str("\\\""),
                    '\n' => w.out.push_str("\\n"),
                    '\r' => w.out.push_str("\\r"),
                    '\t' => w.out.push_str("\\t"),
                    c if (c as u32) < 0x20 || c == '\u{7f}' || c == '\u{feff}' => {
                        w.out.push_str(&format!("\\u{:04x}", c as u32));
                    }
                    c => w.out.push(c),
                }
            } else if c == '\r' && chars.peek() != Some(&'\n') {
                w.interpolation("\"\\r\"");
            } else if c == '\u{feff}' && w.out.is_empty() {
                w.interpolation("\"\\ufeff\"");
            } else {
                w.out.push(c);
            }
        }
    }

    proptest! {
        #[test]
        fn literal_escapes_as_the_reference_does(
            parts in prop::collection::vec("[a$%{}\\\\\"\r\n\t\u{1}\u{7f}\u{feff}é\u{1f600}]{0,10}", 1..4),
            hcl in any::<bool>(),
        ) {
            let new = || if hcl { TemplateWriter::hcl() } else { TemplateWriter::json() };
            let (mut fast, mut reference) = (new(), new());
            for (i, p) in parts.iter().enumerate() {
                fast.literal(p);
                reference_literal(&mut reference, p);
                if i % 2 == 1 {
                    fast.interpolation("var.x");
                    reference.interpolation("var.x");
                }
            }
            prop_assert_eq!(fast.finish(), reference.finish());
        }
    }

    #[test]
    fn escapes_interpolation_and_directive_openers() {
        assert_eq!(escape_template_literal("a${b}"), "a$${b}");
        assert_eq!(escape_template_literal("%{if}"), "%%{if}");
        assert_eq!(escape_template_literal("$${x}"), "$$${x}");
        assert_eq!(escape_template_literal("$ { %"), "$ { %");
    }

    #[test]
    fn lone_carriage_returns_and_leading_bom_are_interpolated() {
        assert_eq!(escape_template_literal("a\rb"), "a${\"\\r\"}b");
        assert_eq!(escape_template_literal("a\r\nb"), "a\r\nb");
        assert_eq!(escape_template_literal("$\r"), "${\"$\"}${\"\\r\"}");
        assert_eq!(
            escape_template_literal("\u{feff}x\u{feff}"),
            "${\"\\ufeff\"}x\u{feff}"
        );
    }

    #[test]
    fn dollars_before_interpolations_stay_literal() {
        let mut w = TemplateWriter::json();
        w.literal("x$$");
        w.interpolation("var.a");
        assert_eq!(w.finish(), "x${\"$$\"}${var.a}");
    }

    #[test]
    fn hcl_strings_escape_quotes_and_controls() {
        assert_eq!(hcl_quoted_string("a\"b\\c\n${"), "\"a\\\"b\\\\c\\n$${\"");
        assert_eq!(hcl_quoted_string("\u{1}\r"), "\"\\u0001\\r\"");
    }
}
