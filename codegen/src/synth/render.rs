//! Expressions → Terraform JSON values and HCL expression text.
//!
//! A reference, call or traversal becomes `"${<hcl>}"`; a template becomes one JSON
//! string with escaped literal parts and `${...}` interpolations; literals stay JSON
//! literals (strings escaped). A template consisting of a single interpolation yields the
//! referenced value unchanged (Terraform does not stringify it).

use serde_json::Value;
use tfdr_dsl::{Error, RawExpr, Reference, Root, Step, TemplatePart};

use super::escape::{escape_template_literal, push_hcl_quoted_string, TemplateWriter};

/// Resolves node references to Terraform addresses (`aws_s3_bucket.logs`, `var.x`, …).
pub trait Resolver {
    /// The address of the node a reference starts from, or an error naming the rule.
    fn address(&self, reference: &Reference) -> Result<String, String>;

    /// Appends the address of the node a reference starts from to `out` (what
    /// [`Resolver::address`] returns); resolvers override it to skip the allocation.
    fn write_address(&self, reference: &Reference, out: &mut String) -> Result<(), String> {
        out.push_str(&self.address(reference)?);
        Ok(())
    }
}

/// The place an expression is rendered for, built into text only when an error names it
/// (most expressions render without error, so their field paths are never formatted).
pub(super) type Field<'a> = &'a dyn Fn() -> String;

fn error(field: Field, rule: impl Into<String>) -> Error {
    Error::new(field(), rule)
}

fn non_finite(field: Field, f: f64) -> Error {
    error(
        field,
        format!("number {f} is not finite; Terraform numbers must be finite"),
    )
}

/// Renders `expr` as a JSON value in an expression position. `field` names the place for
/// errors (e.g. `resource.aws_s3_bucket.logs.bucket`).
pub fn to_json(expr: &RawExpr, resolver: &dyn Resolver, field: &str) -> Result<Value, Error> {
    to_json_at(expr, resolver, &|| field.to_string())
}

pub(super) fn to_json_at(
    expr: &RawExpr,
    resolver: &dyn Resolver,
    field: Field,
) -> Result<Value, Error> {
    Ok(match expr {
        RawExpr::Null => Value::Null,
        RawExpr::Bool(b) => Value::Bool(*b),
        RawExpr::Number(n) => Value::Number(n.clone()),
        RawExpr::NonFinite(f) => return Err(non_finite(field, *f)),
        RawExpr::String(s) => Value::String(escape_template_literal(s)),
        RawExpr::List(items) => Value::Array(
            items
                .iter()
                .enumerate()
                .map(|(i, e)| to_json_at(e, resolver, &|| format!("{}[{i}]", field())))
                .collect::<Result<_, _>>()?,
        ),
        RawExpr::Object(map) => {
            let mut out = serde_json::Map::new();
            for (k, v) in map {
                out.insert(
                    escape_template_literal(k),
                    to_json_at(v, resolver, &|| format!("{}.{k}", field()))?,
                );
            }
            Value::Object(out)
        }
        RawExpr::Template(parts) => {
            let mut w = TemplateWriter::json();
            template_source(parts, resolver, field, &mut w)?;
            Value::String(w.finish())
        }
        RawExpr::Ref(_) | RawExpr::Call { .. } | RawExpr::Traverse { .. } | RawExpr::Hcl(_) => {
            let mut out = String::from("${");
            write_hcl(&mut out, expr, resolver, field)?;
            out.push('}');
            Value::String(out)
        }
    })
}

/// True when literal parts merge (adjacent literal text, string literals interpolated).
fn needs_merge(parts: &[TemplatePart]) -> bool {
    let is_text = |p: &TemplatePart| {
        matches!(
            p,
            TemplatePart::Literal(_) | TemplatePart::Interp(RawExpr::String(_))
        )
    };
    parts
        .iter()
        .any(|p| matches!(p, TemplatePart::Interp(RawExpr::String(_))))
        || parts.windows(2).any(|w| is_text(&w[0]) && is_text(&w[1]))
}

/// Merges adjacent literal parts so escaping sees whole runs of text.
fn merged(parts: &[TemplatePart]) -> Vec<TemplatePart> {
    let mut out: Vec<TemplatePart> = Vec::new();
    for p in parts {
        let p = match p {
            TemplatePart::Interp(RawExpr::String(s)) => TemplatePart::Literal(s.clone()),
            other => other.clone(),
        };
        match (out.last_mut(), p) {
            (Some(TemplatePart::Literal(prev)), TemplatePart::Literal(s)) => prev.push_str(&s),
            (_, p) => out.push(p),
        }
    }
    out
}

/// Writes template source text (without surrounding quotes) with `w`.
pub(super) fn template_source(
    parts: &[TemplatePart],
    resolver: &dyn Resolver,
    field: Field,
    w: &mut TemplateWriter,
) -> Result<(), Error> {
    let merged_parts;
    let parts = if needs_merge(parts) {
        merged_parts = merged(parts);
        &merged_parts[..]
    } else {
        parts
    };
    let mut hcl = String::new();
    for part in parts {
        match part {
            TemplatePart::Literal(s) => w.literal(s),
            TemplatePart::Interp(e) => {
                hcl.clear();
                write_hcl(&mut hcl, e, resolver, field)?;
                w.interpolation(&hcl);
            }
        }
    }
    Ok(())
}

fn write_traversal(out: &mut String, steps: &[Step]) {
    for s in steps {
        match s {
            Step::Attr(a) => {
                out.push('.');
                out.push_str(a);
            }
            Step::Index(i) => {
                use std::fmt::Write;
                let _ = write!(out, "[{i}]");
            }
            Step::Key(k) => {
                out.push('[');
                push_hcl_quoted_string(out, k);
                out.push(']');
            }
            Step::Splat => out.push_str("[*]"),
        }
    }
}

/// Renders `expr` as HCL native-syntax expression text (for use inside `${...}`).
pub fn to_hcl(expr: &RawExpr, resolver: &dyn Resolver, field: &str) -> Result<String, Error> {
    let mut out = String::new();
    write_hcl(&mut out, expr, resolver, &|| field.to_string())?;
    Ok(out)
}

/// Appends the HCL text of `expr` (what [`to_hcl`] returns) to `out`.
pub(super) fn write_hcl(
    out: &mut String,
    expr: &RawExpr,
    resolver: &dyn Resolver,
    field: Field,
) -> Result<(), Error> {
    match expr {
        RawExpr::Null => out.push_str("null"),
        RawExpr::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        RawExpr::Number(n) => {
            use std::fmt::Write;
            let _ = write!(out, "{n}");
        }
        RawExpr::NonFinite(f) => return Err(non_finite(field, *f)),
        RawExpr::String(s) => push_hcl_quoted_string(out, s),
        RawExpr::List(items) => {
            out.push('[');
            for (i, e) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_hcl(out, e, resolver, &|| format!("{}[{i}]", field()))?;
            }
            out.push(']');
        }
        RawExpr::Object(map) => {
            out.push('{');
            for (i, (k, v)) in map.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                push_hcl_quoted_string(out, k);
                out.push_str(" = ");
                write_hcl(out, v, resolver, &|| format!("{}.{k}", field()))?;
            }
            out.push('}');
        }
        RawExpr::Template(parts) => {
            out.push('"');
            let mut w = TemplateWriter::hcl_into(std::mem::take(out));
            let written = template_source(parts, resolver, field, &mut w);
            *out = w.finish();
            written?;
            out.push('"');
        }
        RawExpr::Ref(r) => {
            match &r.root {
                Root::Node(_) => resolver
                    .write_address(r, out)
                    .map_err(|rule| error(field, rule))?,
                Root::CountIndex => out.push_str("count.index"),
                Root::EachKey => out.push_str("each.key"),
                Root::EachValue => out.push_str("each.value"),
                Root::Path(p) => {
                    out.push_str("path.");
                    out.push_str(p);
                }
            }
            write_traversal(out, &r.steps);
        }
        RawExpr::Call { name, args } => {
            let valid = !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':');
            if !valid {
                return Err(error(
                    field,
                    format!("`{name}` is not a valid Terraform function name"),
                ));
            }
            out.push_str(name);
            out.push('(');
            for (i, e) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_hcl(out, e, resolver, &|| format!("{}.{name}({i})", field()))?;
            }
            out.push(')');
        }
        RawExpr::Traverse { base, steps } => {
            out.push('(');
            write_hcl(out, base, resolver, field)?;
            out.push(')');
            write_traversal(out, steps);
        }
        RawExpr::Hcl(s) => out.push_str(s),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use tfdr_dsl::{Expr, NodeRef};

    struct Fixed;
    impl Resolver for Fixed {
        fn address(&self, r: &Reference) -> Result<String, String> {
            match r.root {
                Root::Node(NodeRef { index: 0, .. }) => Ok("aws_s3_bucket.b".into()),
                _ => Err("unknown node".into()),
            }
        }
    }

    fn bucket_arn() -> RawExpr {
        RawExpr::Ref(Reference {
            root: Root::Node(NodeRef { stack: 1, index: 0 }),
            steps: vec![Step::Attr("arn".into())],
            cross_region: false,
        })
    }

    #[test]
    fn literals_are_escaped_and_refs_interpolated() {
        let v = to_json(&RawExpr::String("a${b}%{c}".into()), &Fixed, "f").unwrap();
        assert_eq!(v, Value::String("a$${b}%%{c}".into()));
        let v = to_json(&bucket_arn(), &Fixed, "f").unwrap();
        assert_eq!(v, Value::String("${aws_s3_bucket.b.arn}".into()));
    }

    #[test]
    fn templates_mix_literals_and_refs() {
        let t = RawExpr::Template(vec![
            TemplatePart::Literal("arn=${".into()),
            TemplatePart::Interp(bucket_arn()),
            TemplatePart::Literal("/*".into()),
        ]);
        assert_eq!(
            to_json(&t, &Fixed, "f").unwrap(),
            Value::String("arn=$${${aws_s3_bucket.b.arn}/*".into())
        );
    }

    #[test]
    fn dollar_before_interpolation_is_not_an_escape() {
        let t = RawExpr::Template(vec![
            TemplatePart::Literal("cost: $".into()),
            TemplatePart::Interp(bucket_arn()),
        ]);
        assert_eq!(
            to_json(&t, &Fixed, "f").unwrap(),
            Value::String("cost: ${\"$\"}${aws_s3_bucket.b.arn}".into())
        );
    }

    #[test]
    fn several_dollars_before_interpolation_stay_literal() {
        let t = RawExpr::Template(vec![
            TemplatePart::Literal("x$$".into()),
            TemplatePart::Interp(bucket_arn()),
        ]);
        assert_eq!(
            to_json(&t, &Fixed, "f").unwrap(),
            Value::String("x${\"$$\"}${aws_s3_bucket.b.arn}".into())
        );
    }

    #[test]
    fn object_keys_are_escaped() {
        let e: Expr<tfdr_dsl::Map<String>> = [("${k}", "v")].into();
        let v = to_json(e.raw(), &Fixed, "f").unwrap();
        assert_eq!(v, serde_json::json!({"$${k}": "v"}));
    }

    #[test]
    fn calls_render_hcl_arguments() {
        let call = RawExpr::Call {
            name: "jsonencode".into(),
            args: vec![RawExpr::Object(
                [
                    ("a".to_string(), RawExpr::String("x\"${y}".into())),
                    ("b".to_string(), bucket_arn()),
                ]
                .into(),
            )],
        };
        assert_eq!(
            to_json(&call, &Fixed, "f").unwrap(),
            Value::String(
                "${jsonencode({\"a\" = \"x\\\"$${y}\", \"b\" = aws_s3_bucket.b.arn})}".into()
            )
        );
    }

    #[test]
    fn non_finite_numbers_are_errors_naming_the_field() {
        let e = to_json(&RawExpr::NonFinite(f64::NAN), &Fixed, "resource.x.y.n").unwrap_err();
        assert_eq!(e.field, "resource.x.y.n");
    }
}
