//! The expression AST: typed handles over an untyped tree.
//!
//! An [`Expr<T>`] is never a string that Terraform parses later: literals stay literals
//! (the synthesizer escapes `${` and `%{` in them), references point at a node of a
//! [`Stack`](crate::Stack) by identity and are resolved to Terraform addresses only at synth
//! time, and templates and function calls are trees.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use crate::stack::NodeRef;

/// Marker for Terraform's `number` type. Setters that take `impl Into<Expr<Number>>` accept
/// any Rust integer or float; numbers are emitted as JSON numbers, never as strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Number {}

/// Marker for a value whose Terraform type is not known statically (`any`, `dynamic`, or an
/// object built from heterogeneous parts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dynamic {}

/// Marker for Terraform's `map(T)` type: `Expr<Map<String>>` is a `map(string)`.
pub type Map<T> = BTreeMap<String, T>;

/// One step of a traversal after a reference's root: `.attr`, `[0]`, `["key"]` or `[*]`.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// `.name` — an attribute or a nested block.
    Attr(String),
    /// `[n]` — an element of a list (or of a counted resource).
    Index(u64),
    /// `["key"]` — an element of a map (or of a `for_each` resource).
    Key(String),
    /// `[*]` — the splat operator.
    Splat,
}

/// What a reference starts from.
#[derive(Debug, Clone, PartialEq)]
pub enum Root {
    /// A node of a stack (resource, data source, ephemeral resource, variable, local).
    Node(NodeRef),
    /// `count.index` inside a counted resource.
    CountIndex,
    /// `each.key` inside a `for_each` resource.
    EachKey,
    /// `each.value` inside a `for_each` resource.
    EachValue,
    /// `path.module` / `path.root` / `path.cwd`.
    Path(String),
}

/// A reference: a root plus a traversal, e.g. `aws_s3_bucket.logs.versioning[0].enabled`.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    /// Where the traversal starts.
    pub root: Root,
    /// The steps after the root, in order.
    pub steps: Vec<Step>,
    /// The author declared that this reference may cross regions (see
    /// [`Expr::cross_region`]); synthesis otherwise rejects a reference from a resource
    /// bound to one region's provider to a node bound to another region's provider.
    pub cross_region: bool,
}

/// One part of an interpolated template.
#[derive(Debug, Clone, PartialEq)]
pub enum TemplatePart {
    /// Literal text; escaped by the synthesizer.
    Literal(String),
    /// An interpolated expression (`${...}`).
    Interp(RawExpr),
}

/// The untyped expression tree behind every [`Expr<T>`].
#[derive(Debug, Clone, PartialEq)]
pub enum RawExpr {
    /// `null`.
    Null,
    /// A boolean literal.
    Bool(bool),
    /// A finite number literal.
    Number(serde_json::Number),
    /// A number that JSON cannot represent (NaN or infinite); rejected at synth time.
    NonFinite(f64),
    /// A string literal; `${` and `%{` in it are escaped when synthesized.
    String(String),
    /// A tuple/list constructor.
    List(Vec<RawExpr>),
    /// An object/map constructor; keys are literal text (escaped when synthesized).
    Object(BTreeMap<String, RawExpr>),
    /// A reference to a stack node or a special value.
    Ref(Reference),
    /// An interpolated string template.
    Template(Vec<TemplatePart>),
    /// A call of a Terraform built-in function.
    Call {
        /// The function name, e.g. `jsonencode`.
        name: String,
        /// The arguments in order.
        args: Vec<RawExpr>,
    },
    /// A traversal of a non-reference expression, e.g. `(jsondecode(x)).a[0]`.
    Traverse {
        /// The expression traversed.
        base: Box<RawExpr>,
        /// The steps, in order.
        steps: Vec<Step>,
    },
    /// A verbatim HCL expression (escape hatch): emitted inside `${...}` unchanged.
    Hcl(String),
}

impl RawExpr {
    /// Converts a JSON value into a literal expression tree. Strings stay literal text
    /// (they will be escaped), so a JSON document carrying `${aws:username}` survives.
    pub fn from_json(value: &serde_json::Value) -> RawExpr {
        match value {
            serde_json::Value::Null => RawExpr::Null,
            serde_json::Value::Bool(b) => RawExpr::Bool(*b),
            serde_json::Value::Number(n) => RawExpr::Number(n.clone()),
            serde_json::Value::String(s) => RawExpr::String(s.clone()),
            serde_json::Value::Array(items) => {
                RawExpr::List(items.iter().map(RawExpr::from_json).collect())
            }
            serde_json::Value::Object(map) => RawExpr::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), RawExpr::from_json(v)))
                    .collect(),
            ),
        }
    }

    /// Marks every reference in this tree as an intended cross-region reference.
    pub fn mark_cross_region(&mut self) {
        match self {
            RawExpr::Ref(r) => r.cross_region = true,
            RawExpr::List(items) => items.iter_mut().for_each(RawExpr::mark_cross_region),
            RawExpr::Object(map) => map.values_mut().for_each(RawExpr::mark_cross_region),
            RawExpr::Template(parts) => parts.iter_mut().for_each(|p| {
                if let TemplatePart::Interp(e) = p {
                    e.mark_cross_region()
                }
            }),
            RawExpr::Call { args, .. } => args.iter_mut().for_each(RawExpr::mark_cross_region),
            RawExpr::Traverse { base, .. } => base.mark_cross_region(),
            RawExpr::Null
            | RawExpr::Bool(_)
            | RawExpr::Number(_)
            | RawExpr::NonFinite(_)
            | RawExpr::String(_)
            | RawExpr::Hcl(_) => {}
        }
    }

    /// Calls `f` on every node reference in this tree (depth first).
    pub fn visit_refs(&self, f: &mut dyn FnMut(&Reference)) {
        match self {
            RawExpr::Ref(r) => f(r),
            RawExpr::List(items) => items.iter().for_each(|i| i.visit_refs(f)),
            RawExpr::Object(map) => map.values().for_each(|v| v.visit_refs(f)),
            RawExpr::Template(parts) => parts.iter().for_each(|p| {
                if let TemplatePart::Interp(e) = p {
                    e.visit_refs(f)
                }
            }),
            RawExpr::Call { args, .. } => args.iter().for_each(|a| a.visit_refs(f)),
            RawExpr::Traverse { base, .. } => base.visit_refs(f),
            RawExpr::Null
            | RawExpr::Bool(_)
            | RawExpr::Number(_)
            | RawExpr::NonFinite(_)
            | RawExpr::String(_)
            | RawExpr::Hcl(_) => {}
        }
    }
}

/// A typed Terraform expression. `T` is a marker for the Terraform type: `String`, `bool`,
/// [`Number`], `Vec<T>` (list or set), [`Map<T>`], or [`Dynamic`].
pub struct Expr<T> {
    raw: RawExpr,
    _type: PhantomData<fn() -> T>,
}

impl<T> Clone for Expr<T> {
    fn clone(&self) -> Self {
        Expr::from_raw(self.raw.clone())
    }
}

impl<T> fmt::Debug for Expr<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.raw.fmt(f)
    }
}

impl<T> PartialEq for Expr<T> {
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw
    }
}

impl<T> Expr<T> {
    /// Wraps an untyped tree. The caller vouches that it has Terraform type `T`.
    pub fn from_raw(raw: RawExpr) -> Self {
        Expr {
            raw,
            _type: PhantomData,
        }
    }

    /// The untyped tree.
    pub fn raw(&self) -> &RawExpr {
        &self.raw
    }

    /// Consumes the handle and returns the untyped tree.
    pub fn into_raw(self) -> RawExpr {
        self.raw
    }

    /// Declares that the references in this expression may point into another region: a
    /// replication destination, a replica's key, the global cluster a secondary joins.
    /// Without it, synthesis rejects a value of one region's resource landing in a
    /// resource bound to another region's provider — the mistake a DR stack most needs to
    /// catch (a DR key ARN on a primary bucket deploys, and fails only when used).
    pub fn cross_region(mut self) -> Self {
        self.raw.mark_cross_region();
        self
    }

    /// Forgets the static type (e.g. to put values of different types into one object).
    pub fn into_dynamic(self) -> Expr<Dynamic> {
        Expr::from_raw(self.raw)
    }

    /// Reinterprets the expression as another type. Use only where Terraform converts
    /// implicitly (e.g. a number used as a string).
    pub fn cast<U>(self) -> Expr<U> {
        Expr::from_raw(self.raw)
    }

    /// `null`: omits an optional argument while keeping the key.
    pub fn null() -> Self {
        Expr::from_raw(RawExpr::Null)
    }

    /// A verbatim HCL expression (escape hatch), emitted inside `${...}` unchanged.
    /// Prefer typed references, templates and [`Expr::call`].
    pub fn hcl(expression: impl Into<String>) -> Self {
        Expr::from_raw(RawExpr::Hcl(expression.into()))
    }

    /// A call of a Terraform built-in function, e.g. `Expr::<String>::call("jsonencode", [v])`.
    pub fn call<I>(name: &str, args: I) -> Self
    where
        I: IntoIterator<Item = RawExpr>,
    {
        Expr::from_raw(RawExpr::Call {
            name: name.to_string(),
            args: args.into_iter().collect(),
        })
    }

    /// Extends the expression with `.name` (an attribute or nested block of its value).
    pub fn get<U>(&self, name: &str) -> Expr<U> {
        self.step(Step::Attr(name.to_string()))
    }

    fn step<U>(&self, step: Step) -> Expr<U> {
        match &self.raw {
            RawExpr::Ref(r) => {
                let mut r = r.clone();
                r.steps.push(step);
                Expr::from_raw(RawExpr::Ref(r))
            }
            RawExpr::Traverse { base, steps } => {
                let mut steps = steps.clone();
                steps.push(step);
                Expr::from_raw(RawExpr::Traverse {
                    base: base.clone(),
                    steps,
                })
            }
            other => Expr::from_raw(RawExpr::Traverse {
                base: Box::new(other.clone()),
                steps: vec![step],
            }),
        }
    }
}

impl<T> Expr<Vec<T>> {
    /// `[n]`: the element at index `n`.
    pub fn index(&self, n: u64) -> Expr<T> {
        self.step(Step::Index(n))
    }

    /// `[*]`: the splat of this list, to traverse further with [`Expr::get`].
    pub fn splat(&self) -> Expr<Vec<T>> {
        self.step(Step::Splat)
    }
}

impl<T> Expr<Map<T>> {
    /// `["key"]`: the element with that key.
    pub fn key(&self, key: &str) -> Expr<T> {
        self.step(Step::Key(key.to_string()))
    }
}

impl Expr<Dynamic> {
    /// A literal JSON value (strings are literal text and will be escaped).
    pub fn json(value: &serde_json::Value) -> Self {
        Expr::from_raw(RawExpr::from_json(value))
    }

    /// An object constructor from named parts of any type.
    pub fn object<K, I>(entries: I) -> Self
    where
        K: Into<String>,
        I: IntoIterator<Item = (K, Expr<Dynamic>)>,
    {
        Expr::from_raw(object_from_pairs(
            entries
                .into_iter()
                .map(|(k, v)| (k.into(), v.raw))
                .collect(),
        ))
    }

    /// `count.index` — valid only inside a resource that sets `count`.
    pub fn count_index() -> Expr<Number> {
        Expr::from_raw(RawExpr::Ref(Reference {
            cross_region: false,
            root: Root::CountIndex,
            steps: vec![],
        }))
    }

    /// `each.key` — valid only inside a resource that sets `for_each`.
    pub fn each_key() -> Expr<String> {
        Expr::from_raw(RawExpr::Ref(Reference {
            cross_region: false,
            root: Root::EachKey,
            steps: vec![],
        }))
    }

    /// `each.value` — valid only inside a resource that sets `for_each`.
    pub fn each_value() -> Expr<Dynamic> {
        Expr::from_raw(RawExpr::Ref(Reference {
            cross_region: false,
            root: Root::EachValue,
            steps: vec![],
        }))
    }
}

impl Expr<String> {
    /// `jsonencode(value)`: the value as a JSON string, computed by Terraform.
    pub fn jsonencode<T>(value: impl Into<Expr<T>>) -> Expr<String> {
        Expr::call("jsonencode", [value.into().raw])
    }

    /// `join(separator, list)`.
    pub fn join(separator: &str, list: impl Into<Expr<Vec<String>>>) -> Expr<String> {
        Expr::call(
            "join",
            [RawExpr::String(separator.to_string()), list.into().raw],
        )
    }
}

// ----- literal conversions -------------------------------------------------------------

impl From<&str> for Expr<String> {
    fn from(s: &str) -> Self {
        Expr::from_raw(RawExpr::String(s.to_string()))
    }
}

impl From<String> for Expr<String> {
    fn from(s: String) -> Self {
        Expr::from_raw(RawExpr::String(s))
    }
}

impl From<&String> for Expr<String> {
    fn from(s: &String) -> Self {
        Expr::from_raw(RawExpr::String(s.clone()))
    }
}

impl From<bool> for Expr<bool> {
    fn from(b: bool) -> Self {
        Expr::from_raw(RawExpr::Bool(b))
    }
}

macro_rules! int_into_number {
    ($($t:ty),*) => {$(
        impl From<$t> for Expr<Number> {
            fn from(n: $t) -> Self {
                Expr::from_raw(RawExpr::Number(serde_json::Number::from(n)))
            }
        }
    )*};
}
int_into_number!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

fn float_expr(f: f64) -> RawExpr {
    if !f.is_finite() {
        return RawExpr::NonFinite(f);
    }
    // Integral floats are emitted as integers (`1`, not `1.0`), as JavaScript would.
    if f.fract() == 0.0 && f.abs() < 9.007_199_254_740_992e15 {
        return RawExpr::Number(serde_json::Number::from(f as i64));
    }
    match serde_json::Number::from_f64(f) {
        Some(n) => RawExpr::Number(n),
        None => RawExpr::NonFinite(f),
    }
}

impl From<f64> for Expr<Number> {
    fn from(f: f64) -> Self {
        Expr::from_raw(float_expr(f))
    }
}

impl From<f32> for Expr<Number> {
    fn from(f: f32) -> Self {
        Expr::from_raw(float_expr(f64::from(f)))
    }
}

/// An object constructor from its entries; a later entry replaces an earlier one with the
/// same key. Not generic, so that the map's construction (a sort) is compiled once here
/// rather than in a stack program for every kind of map it converts.
fn object_from_pairs(pairs: Vec<(String, RawExpr)>) -> RawExpr {
    RawExpr::Object(pairs.into_iter().collect())
}

impl<T, X: Into<Expr<T>>> From<Vec<X>> for Expr<Vec<T>> {
    fn from(items: Vec<X>) -> Self {
        Expr::from_raw(RawExpr::List(
            items.into_iter().map(|x| x.into().raw).collect(),
        ))
    }
}

impl<T, X: Into<Expr<T>>, const N: usize> From<[X; N]> for Expr<Vec<T>> {
    fn from(items: [X; N]) -> Self {
        Expr::from_raw(RawExpr::List(
            items.into_iter().map(|x| x.into().raw).collect(),
        ))
    }
}

impl<T, K: Into<String>, X: Into<Expr<T>>> From<BTreeMap<K, X>> for Expr<Map<T>> {
    fn from(items: BTreeMap<K, X>) -> Self {
        Expr::from_raw(object_from_pairs(
            items
                .into_iter()
                .map(|(k, x)| (k.into(), x.into().raw))
                .collect(),
        ))
    }
}

impl<T, K: Into<String>, X: Into<Expr<T>>> From<std::collections::HashMap<K, X>> for Expr<Map<T>> {
    fn from(items: std::collections::HashMap<K, X>) -> Self {
        Expr::from_raw(object_from_pairs(
            items
                .into_iter()
                .map(|(k, x)| (k.into(), x.into().raw))
                .collect(),
        ))
    }
}

impl<T, K: Into<String>, X: Into<Expr<T>>, const N: usize> From<[(K, X); N]> for Expr<Map<T>> {
    fn from(items: [(K, X); N]) -> Self {
        Expr::from_raw(object_from_pairs(
            items
                .into_iter()
                .map(|(k, x)| (k.into(), x.into().raw))
                .collect(),
        ))
    }
}

// ----- templates ---------------------------------------------------------------------

/// Something that can stand in a template: literal text or an expression.
pub trait IntoTemplatePart {
    /// Converts into a template part.
    fn into_template_part(self) -> TemplatePart;
}

impl IntoTemplatePart for &str {
    fn into_template_part(self) -> TemplatePart {
        TemplatePart::Literal(self.to_string())
    }
}

impl IntoTemplatePart for String {
    fn into_template_part(self) -> TemplatePart {
        TemplatePart::Literal(self)
    }
}

impl IntoTemplatePart for &String {
    fn into_template_part(self) -> TemplatePart {
        TemplatePart::Literal(self.clone())
    }
}

impl<T> IntoTemplatePart for Expr<T> {
    fn into_template_part(self) -> TemplatePart {
        match self.raw {
            RawExpr::String(s) => TemplatePart::Literal(s),
            raw => TemplatePart::Interp(raw),
        }
    }
}

impl<T> IntoTemplatePart for &Expr<T> {
    fn into_template_part(self) -> TemplatePart {
        self.clone().into_template_part()
    }
}

/// Builds an interpolated string from literal text and expressions, in order.
///
/// Literal parts are escaped at synth time; expressions become `${...}`.
pub fn template(parts: Vec<TemplatePart>) -> Expr<String> {
    Expr::from_raw(RawExpr::Template(parts))
}

/// `interpolate!["arn:aws:s3:::", bucket.id(), "/*"]` builds an [`Expr<String>`] template.
#[macro_export]
macro_rules! interpolate {
    ($($part:expr),* $(,)?) => {
        $crate::template(vec![$($crate::IntoTemplatePart::into_template_part($part)),*])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_numbers() {
        let e: Expr<Number> = 7u8.into();
        assert_eq!(e.raw(), &RawExpr::Number(7.into()));
        let f: Expr<Number> = 2.0f64.into();
        assert_eq!(f.raw(), &RawExpr::Number(2.into()));
        let g: Expr<Number> = 2.5f32.into();
        assert_eq!(
            g.raw(),
            &RawExpr::Number(serde_json::Number::from_f64(2.5).unwrap())
        );
        let h: Expr<Number> = f64::NAN.into();
        assert!(matches!(h.raw(), RawExpr::NonFinite(_)));
    }

    #[test]
    fn lists_and_maps_convert() {
        let l: Expr<Vec<String>> = vec!["a", "b"].into();
        assert_eq!(
            l.raw(),
            &RawExpr::List(vec![
                RawExpr::String("a".into()),
                RawExpr::String("b".into())
            ])
        );
        let m: Expr<Map<String>> = [("k", "v")].into();
        assert!(matches!(m.raw(), RawExpr::Object(o) if o.len() == 1));
    }

    #[test]
    fn template_literal_parts_merge_from_string_exprs() {
        let t = interpolate!["a", Expr::<String>::from("b")];
        assert_eq!(
            t.raw(),
            &RawExpr::Template(vec![
                TemplatePart::Literal("a".into()),
                TemplatePart::Literal("b".into())
            ])
        );
    }
}
