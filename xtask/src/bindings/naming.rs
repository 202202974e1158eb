//! Rust names for Terraform names.

/// Words Rust reserves; attribute names equal to one become raw identifiers (`r#type`).
pub(crate) const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// Names that cannot even be raw identifiers.
const NOT_RAW: &[&str] = &["crate", "self", "super", "Self"];

/// A method or module name for a Terraform attribute/block/type name.
pub fn method_name(name: &str) -> String {
    if NOT_RAW.contains(&name) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name) {
        format!("r#{name}")
    } else {
        name.to_string()
    }
}

/// `aws_s3_bucket` → `S3Bucket` (the `aws_` prefix dropped); `apply_x` → `ApplyX`.
pub fn type_name(name: &str) -> String {
    let name = name.strip_prefix("aws_").unwrap_or(name);
    name.split('_')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

/// `aws_s3_bucket` → `s3_bucket` (module name).
pub fn module_name(name: &str) -> String {
    method_name(name.strip_prefix("aws_").unwrap_or(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(type_name("aws_s3_bucket"), "S3Bucket");
        assert_eq!(
            type_name("apply_server_side_encryption_by_default"),
            "ApplyServerSideEncryptionByDefault"
        );
        assert_eq!(method_name("type"), "r#type");
        assert_eq!(method_name("self"), "self_");
        assert_eq!(module_name("aws_lb"), "lb");
    }
}
