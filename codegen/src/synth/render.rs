//! Expressions → Terraform JSON values and HCL expression text.
//!
//! A reference, call or traversal becomes `"${<hcl>}"`; a template becomes one JSON
//! string with escaped literal parts and `${...}` interpolations; literals stay JSON
//! literals (strings escaped). A template consisting of a single interpolation yields the
//! referenced value unchanged (Terraform does not stringify it).

use serde_json::Value;
use tfdr_dsl::{Error, RawExpr, Reference, Root, Step, TemplatePart};

use super::escape::{escape_template_literal, hcl_quoted_string, TemplateWriter};

/// Resolves node references to Terraform addresses (`aws_s3_bucket.logs`, `var.x`, …).
pub trait Resolver {
    /// The address of the node a reference starts from, or an error naming the rule.
    fn address(&self, reference: &Reference) -> Result<String, String>;
}

/// Renders `expr` as a JSON value in an expression position. `field` names the place for
/// errors (e.g. `resource.aws_s3_bucket.logs.bucket`).
pub fn to_json(expr: &RawExpr, resolver: &dyn Resolver, field: &str) -> Result<Value, Error> {
    Ok(match expr {
        RawExpr::Null => Value::Null,
        RawExpr::Bool(b) => Value::Bool(*b),
        RawExpr::Number(n) => Value::Number(n.clone()),
        RawExpr::NonFinite(f) => {
            return Err(Error::new(
                field,
                format!("number {f} is not finite; Terraform numbers must be finite"),
            ))
        }
        RawExpr::String(s) => Value::String(escape_template_literal(s)),
        RawExpr::List(items) => Value::Array(
            items
                .iter()
                .enumerate()
                .map(|(i, e)| to_json(e, resolver, &format!("{field}[{i}]")))
                .collect::<Result<_, _>>()?,
        ),
        RawExpr::Object(map) => {
            let mut out = serde_json::Map::new();
            for (k, v) in map {
                out.insert(
                    escape_template_literal(k),
                    to_json(v, resolver, &format!("{field}.{k}"))?,
                );
            }
            Value::Object(out)
        }
        RawExpr::Template(parts) => Value::String(template_source(
            parts,
            resolver,
            field,
            TemplateWriter::json(),
        )?),
        RawExpr::Ref(_) | RawExpr::Call { .. } | RawExpr::Traverse { .. } | RawExpr::Hcl(_) => {
            Value::String(format!("${{{}}}", to_hcl(expr, resolver, field)?))
        }
    })
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

/// Template source text (without surrounding quotes) written by `w`.
fn template_source(
    parts: &[TemplatePart],
    resolver: &dyn Resolver,
    field: &str,
    mut w: TemplateWriter,
) -> Result<String, Error> {
    for part in merged(parts) {
        match part {
            TemplatePart::Literal(s) => w.literal(&s),
            TemplatePart::Interp(e) => w.interpolation(&to_hcl(&e, resolver, field)?),
        }
    }
    Ok(w.finish())
}

fn traversal(steps: &[Step]) -> String {
    let mut out = String::new();
    for s in steps {
        match s {
            Step::Attr(a) => {
                out.push('.');
                out.push_str(a);
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
            Step::Key(k) => out.push_str(&format!("[{}]", hcl_quoted_string(k))),
            Step::Splat => out.push_str("[*]"),
        }
    }
    out
}

/// Renders `expr` as HCL native-syntax expression text (for use inside `${...}`).
pub fn to_hcl(expr: &RawExpr, resolver: &dyn Resolver, field: &str) -> Result<String, Error> {
    Ok(match expr {
        RawExpr::Null => "null".into(),
        RawExpr::Bool(b) => b.to_string(),
        RawExpr::Number(n) => n.to_string(),
        RawExpr::NonFinite(f) => {
            return Err(Error::new(
                field,
                format!("number {f} is not finite; Terraform numbers must be finite"),
            ))
        }
        RawExpr::String(s) => hcl_quoted_string(s),
        RawExpr::List(items) => {
            let items = items
                .iter()
                .enumerate()
                .map(|(i, e)| to_hcl(e, resolver, &format!("{field}[{i}]")))
                .collect::<Result<Vec<_>, _>>()?;
            format!("[{}]", items.join(", "))
        }
        RawExpr::Object(map) => {
            let items = map
                .iter()
                .map(|(k, v)| {
                    Ok(format!(
                        "{} = {}",
                        hcl_quoted_string(k),
                        to_hcl(v, resolver, &format!("{field}.{k}"))?
                    ))
                })
                .collect::<Result<Vec<_>, Error>>()?;
            format!("{{{}}}", items.join(", "))
        }
        RawExpr::Template(parts) => format!(
            "\"{}\"",
            template_source(parts, resolver, field, TemplateWriter::hcl())?
        ),
        RawExpr::Ref(r) => {
            let root = match &r.root {
                Root::Node(_) => resolver
                    .address(r)
                    .map_err(|rule| Error::new(field, rule))?,
                Root::CountIndex => "count.index".into(),
                Root::EachKey => "each.key".into(),
                Root::EachValue => "each.value".into(),
                Root::Path(p) => format!("path.{p}"),
            };
            format!("{root}{}", traversal(&r.steps))
        }
        RawExpr::Call { name, args } => {
            let valid = !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':');
            if !valid {
                return Err(Error::new(
                    field,
                    format!("`{name}` is not a valid Terraform function name"),
                ));
            }
            let args = args
                .iter()
                .enumerate()
                .map(|(i, e)| to_hcl(e, resolver, &format!("{field}.{name}({i})")))
                .collect::<Result<Vec<_>, _>>()?;
            format!("{name}({})", args.join(", "))
        }
        RawExpr::Traverse { base, steps } => {
            format!("({}){}", to_hcl(base, resolver, field)?, traversal(steps))
        }
        RawExpr::Hcl(s) => s.clone(),
    })
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
