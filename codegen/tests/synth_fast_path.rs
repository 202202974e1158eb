//! The fast writer of `synthesize_to_string` against the reference: for arbitrary stacks
//! (valid or not), its text is byte for byte what the `serde_json::Value` tree of
//! `synthesize` gives through the canonical writer, its errors are the reference's, and
//! every valid stack takes the fast path.

use std::collections::BTreeMap;

use proptest::prelude::*;
use serde_json::json;
use tfdr_codegen::synth::to_canonical_string;
use tfdr_codegen::Synthesizer;
use tfdr_dsl::{
    Blocks, Body, Dynamic, Entry, Expr, Lifecycle, NodeHandle, NodeRef, Output, RawExpr, Reference,
    Region, Root, Stack, Step, TemplatePart, Untyped, Variable,
};

/// Text where escaping and ordering get interesting: template openers, dollars, carriage
/// returns, byte-order marks, quotes and controls, non-ASCII on both sides of U+E000 and
/// above U+FFFF (UTF-16 order differs from code point order there).
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-z_]{1,6}",
        1 => "[a-z$%{}\\r\\n\"\\\\\u{1}\u{7f}é\u{e000}\u{ff61}\u{feff}\u{1f600} -]{0,8}",
    ]
}

/// A construct id: mostly plain, sometimes `Default`/`Resource`, non-ASCII or invalid.
fn construct_id() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[a-c]{1,2}",
        1 => Just("Default".to_string()),
        1 => Just("Resource".to_string()),
        1 => "[a\u{ff61}\u{1f600}é.]{1,3}",
        1 => "[a/]{0,2}",
    ]
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => "[a-z_]{1,5}".prop_map(Step::Attr),
        1 => (0u64..3).prop_map(Step::Index),
        1 => text().prop_map(Step::Key),
        1 => Just(Step::Splat),
    ]
}

/// A reference: to an earlier node by position (resolved against the stack being built,
/// so sometimes to an output or a node that does not exist), or a special root.
fn reference() -> impl Strategy<Value = (u8, usize, Vec<Step>, bool)> {
    (
        0u8..8,
        0usize..12,
        prop::collection::vec(step(), 0..3),
        any::<bool>(),
    )
}

fn leaf() -> impl Strategy<Value = RawExpr> {
    prop_oneof![
        1 => Just(RawExpr::Null),
        1 => any::<bool>().prop_map(RawExpr::Bool),
        1 => any::<i64>().prop_map(|i| RawExpr::Number(i.into())),
        1 => any::<f64>().prop_map(|f| match serde_json::Number::from_f64(f) {
            Some(n) => RawExpr::Number(n),
            None => RawExpr::NonFinite(f),
        }),
        1 => prop_oneof![Just(1e21), Just(-0.0), Just(1.5e-7), Just(0.1)]
            .prop_map(|f| RawExpr::Number(serde_json::Number::from_f64(f).unwrap())),
        6 => text().prop_map(RawExpr::String),
        4 => reference().prop_map(|(root, target, steps, cross_region)| {
            RawExpr::Ref(Reference {
                root: match root {
                    0 => Root::CountIndex,
                    1 => Root::EachKey,
                    2 => Root::EachValue,
                    3 => Root::Path("module".into()),
                    // Resolved against the stack being built (see `Fix`); stack 1: a
                    // reference into another stack.
                    7 => Root::Node(NodeRef { stack: 1, index: target }),
                    _ => Root::Node(NodeRef { stack: 0, index: target }),
                },
                steps,
                cross_region,
            })
        }),
        1 => prop_oneof!["[a-z]{1,3}", Just("not valid!".to_string())]
            .prop_map(RawExpr::Hcl),
    ]
}

fn expr() -> impl Strategy<Value = RawExpr> {
    leaf().prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(RawExpr::List),
            prop::collection::btree_map(text(), inner.clone(), 0..4).prop_map(RawExpr::Object),
            prop::collection::vec(
                prop_oneof![
                    text().prop_map(TemplatePart::Literal),
                    inner.clone().prop_map(TemplatePart::Interp),
                ],
                0..4
            )
            .prop_map(RawExpr::Template),
            (
                prop_oneof![
                    Just("jsonencode"),
                    Just("join"),
                    Just("provider::x::f"),
                    Just("bad name")
                ],
                prop::collection::vec(inner.clone(), 0..3)
            )
                .prop_map(|(name, args)| RawExpr::Call {
                    name: name.into(),
                    args
                }),
            (inner, prop::collection::vec(step(), 1..3)).prop_map(|(base, steps)| {
                RawExpr::Traverse {
                    base: Box::new(base),
                    steps,
                }
            }),
        ]
    })
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i32>().prop_map(|i| json!(i)),
        text().prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(text(), inner, 0..3)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

#[derive(Debug, Clone)]
enum Item {
    Attr(RawExpr),
    Json(serde_json::Value),
    Block(Vec<(String, RawExpr)>),
    Blocks(Vec<Vec<(String, RawExpr)>>),
}

/// Argument names include the meta-argument names (meta-arguments win over them).
fn entry_name() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[a-z_]{1,6}",
        1 => prop_oneof![
            Just("provider"), Just("count"), Just("for_each"), Just("depends_on"),
            Just("lifecycle"), Just("//")
        ].prop_map(String::from),
        1 => text(),
    ]
}

fn body_items() -> impl Strategy<Value = Vec<(String, Item)>> {
    let block = prop::collection::vec((entry_name(), expr()), 0..3).boxed();
    prop::collection::vec(
        (
            entry_name(),
            prop_oneof![
                6 => expr().prop_map(Item::Attr),
                1 => json_value().prop_map(Item::Json),
                1 => block.clone().prop_map(Item::Block),
                1 => prop::collection::vec(block, 0..3).prop_map(Item::Blocks),
            ],
        ),
        0..5,
    )
}

#[derive(Debug, Clone)]
enum Kind {
    Resource,
    Data,
    Ephemeral,
    Output,
    Variable,
    Local,
}

#[derive(Debug, Clone)]
struct NodePlan {
    kind: Kind,
    /// 0: primary, 1: dr, 2: root scope (no provider).
    region: u8,
    path: Vec<String>,
    type_name: String,
    items: Vec<(String, Item)>,
    pinned: Option<String>,
    depends_on: Vec<usize>,
    count: Option<RawExpr>,
    for_each: Option<RawExpr>,
    lifecycle: Option<(Option<bool>, Option<bool>, u8)>,
    value: RawExpr,
}

fn node_plan() -> impl Strategy<Value = NodePlan> {
    (
        (
            prop_oneof![
                8 => Just(Kind::Resource),
                2 => Just(Kind::Data),
                1 => Just(Kind::Ephemeral),
                2 => Just(Kind::Output),
                1 => Just(Kind::Variable),
                1 => Just(Kind::Local),
            ],
            prop_oneof![10 => 0u8..2, 1 => Just(2u8)],
            prop::collection::vec(construct_id(), 1..4),
            prop_oneof![
                6 => prop_oneof![Just("aws_s3_bucket"), Just("aws_kms_key"), Just("aws_\u{ff61}")]
                    .prop_map(String::from),
                1 => "[a-z_\"]{1,6}",
            ],
            body_items(),
            prop::option::weighted(0.1, prop_oneof!["[a-z_]{1,3}", Just("9bad".to_string())]),
        ),
        (
            prop::collection::vec(0usize..12, 0..2),
            prop::option::weighted(0.15, expr()),
            prop::option::weighted(0.1, expr()),
            prop::option::weighted(0.2, (any::<Option<bool>>(), any::<Option<bool>>(), 0u8..3)),
            expr(),
        ),
    )
        .prop_map(
            |(
                (kind, region, path, type_name, items, pinned),
                (depends_on, count, for_each, lifecycle, value),
            )| NodePlan {
                kind,
                region,
                path,
                type_name,
                items,
                pinned,
                depends_on,
                count,
                for_each,
                lifecycle,
                value,
            },
        )
}

/// Turns planned expressions into the stack's: `Root::Node` references point at the node
/// at that position (sometimes an output, a variable or a node that does not exist) or
/// into another stack. For a stack meant to be valid, references point at an earlier
/// resource, data source or ephemeral resource (marked cross-region), and non-finite
/// numbers and invalid function names are replaced.
struct Fix {
    stack_id: u64,
    valid: bool,
    elements: Vec<usize>,
}

impl Fix {
    fn expr(&self, expr: &RawExpr) -> RawExpr {
        let mut e = expr.clone();
        self.fix(&mut e);
        e
    }

    fn fix(&self, expr: &mut RawExpr) {
        match expr {
            RawExpr::Ref(r) => {
                if let Root::Node(n) = &mut r.root {
                    if self.valid {
                        match self.elements.get(n.index % self.elements.len().max(1)) {
                            Some(i) => {
                                *n = NodeRef {
                                    stack: self.stack_id,
                                    index: *i,
                                };
                                r.cross_region = true;
                            }
                            None => r.root = Root::EachKey,
                        }
                    } else {
                        n.stack = if n.stack == 0 {
                            self.stack_id
                        } else {
                            u64::MAX
                        };
                    }
                }
            }
            RawExpr::NonFinite(_) if self.valid => *expr = RawExpr::Number(0.into()),
            RawExpr::List(items) => items.iter_mut().for_each(|e| self.fix(e)),
            RawExpr::Object(map) => map.values_mut().for_each(|e| self.fix(e)),
            RawExpr::Template(parts) => parts.iter_mut().for_each(|p| {
                if let TemplatePart::Interp(e) = p {
                    self.fix(e)
                }
            }),
            RawExpr::Call { name, args } => {
                if self.valid && name.contains(' ') {
                    *name = "join".into();
                }
                args.iter_mut().for_each(|e| self.fix(e))
            }
            RawExpr::Traverse { base, .. } => self.fix(base),
            _ => {}
        }
    }

    fn body(&self, items: &[(String, Item)]) -> Body {
        let mut body = Body::new();
        for (name, item) in items {
            match item {
                Item::Attr(e) => {
                    body.set_raw(name, self.expr(e));
                }
                Item::Json(v) => {
                    body.set_json(name, v.clone());
                }
                Item::Block(entries) => {
                    body.set_block(name, self.block(entries));
                }
                Item::Blocks(list) => {
                    if list.is_empty() {
                        // A block list with no blocks.
                        body.set_block(name, Body::new());
                        if let Some(Entry::Blocks(b)) = body.get_mut(name) {
                            *b = Blocks::List(Vec::new());
                        }
                    }
                    for entries in list {
                        body.push_block(name, self.block(entries));
                    }
                }
            }
        }
        body
    }

    fn block(&self, entries: &[(String, RawExpr)]) -> Body {
        let mut b = Body::new();
        for (k, e) in entries {
            b.set_raw(k, self.expr(e));
        }
        b
    }
}

fn build(name: &str, nodes: &[NodePlan], tags: bool, valid: bool) -> Stack {
    let stack = Stack::new(name);
    let pair = stack
        .region_pair(Region::UsEast1, Region::EuWest1)
        .expect("distinct regions");
    if tags {
        let t: BTreeMap<String, String> = [("Env".to_string(), "t${x}".to_string())]
            .into_iter()
            .collect();
        pair.primary.set_default_tags(&t);
    }
    let mut fix = Fix {
        stack_id: stack.model().id,
        valid,
        elements: Vec::new(),
    };
    // Resources, data sources and ephemeral resources, by position in the plan.
    let mut handles: Vec<Option<NodeHandle>> = Vec::new();
    for plan in nodes {
        let scope = match plan.region {
            0 => pair.primary.child(&plan.path[0]),
            1 => pair.dr.child(&plan.path[0]),
            _ => stack.root().child(&plan.path[0]),
        };
        let scope = plan.path[1..]
            .iter()
            .take(plan.path.len().saturating_sub(2))
            .fold(scope, |s, c| s.child(c));
        let leaf = &plan.path[plan.path.len() - 1];
        let leaf = if plan.path.len() == 1 {
            "leaf"
        } else {
            leaf.as_str()
        };
        let value = || Expr::<Dynamic>::from_raw(fix.expr(&plan.value));
        let handle = match plan.kind {
            Kind::Resource | Kind::Data | Kind::Ephemeral => {
                let spec = match plan.kind {
                    Kind::Resource => Untyped::resource(&plan.type_name),
                    Kind::Data => Untyped::data(&plan.type_name),
                    _ => Untyped::ephemeral(&plan.type_name),
                };
                let h = scope.add(leaf, spec);
                let body = fix.body(&plan.items);
                h.with_body(|b| *b = body);
                if let Some(c) = &plan.count {
                    if !(valid && plan.for_each.is_some()) {
                        h.count(Expr::from_raw(fix.expr(c)));
                    }
                }
                if let Some(f) = &plan.for_each {
                    h.for_each(Expr::<Dynamic>::from_raw(fix.expr(f)));
                }
                if let Some((cbd, pd, ic)) = plan.lifecycle {
                    let mut l = Lifecycle::new();
                    l.create_before_destroy = cbd;
                    l.prevent_destroy = pd;
                    l = match ic {
                        0 => l,
                        1 => l.ignore_all_changes(),
                        _ => l.ignore_changes(["tags", "a${b}"]),
                    };
                    h.lifecycle(l);
                }
                Some(h)
            }
            Kind::Output => {
                let mut o = Output::new(value());
                if plan.items.len() % 2 == 1 {
                    o = o.description("d${x}");
                }
                if plan.items.len() > 2 {
                    o = o.sensitive();
                }
                Some(scope.output_with(leaf, o))
            }
            Kind::Variable => {
                let v = Variable::new("string").default_value(json!({"k": "${v}", "\u{1f600}": 1}));
                scope.variable::<String>(leaf, v);
                None
            }
            Kind::Local => {
                scope.local(leaf, value());
                None
            }
        };
        if let Some(h) = &handle {
            if let Some(p) = &plan.pinned {
                h.override_logical_id(p);
            }
            for d in &plan.depends_on {
                if let Some(Some(other)) = handles.get(*d) {
                    h.depends_on(other);
                }
            }
        }
        let element = matches!(plan.kind, Kind::Resource | Kind::Data | Kind::Ephemeral);
        if element {
            fix.elements.push(stack.model().nodes.len() - 1);
        }
        handles.push(handle.filter(|_| element));
    }
    stack
}

fn check(stack: &Stack) -> Result<(), TestCaseError> {
    let synth = Synthesizer::new().with_version("tfdr-test");
    let (fast, timings) = synth.synthesize_to_string_timed(stack);
    let reference = synth.synthesize(stack).map(|v| to_canonical_string(&v));
    prop_assert_eq!(&fast, &reference);
    prop_assert_eq!(
        timings.fast_path,
        fast.is_ok(),
        "every valid stack takes the fast path"
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn fast_path_writes_the_reference_bytes(
        name in prop_oneof![8 => Just("s".to_string()), 1 => "[a-z\u{ff61}]{0,2}"],
        nodes in prop::collection::vec(node_plan(), 0..8),
        tags in any::<bool>(),
    ) {
        check(&build(&name, &nodes, tags, false))?;
    }

    /// Valid stacks only (plain ids, no errors), so the fast path's output is compared
    /// on many more documents than the mixed strategy yields.
    #[test]
    fn fast_path_writes_the_reference_bytes_for_valid_stacks(
        nodes in prop::collection::vec(node_plan(), 1..8),
    ) {
        let nodes: Vec<NodePlan> = nodes
            .into_iter()
            .enumerate()
            .map(|(i, mut n)| {
                n.path = vec![format!("n{i}"), "x".into()];
                n.region = n.region.min(1);
                n.pinned = None;
                n
            })
            .collect();
        let stack = build("s", &nodes, true, true);
        check(&stack)?;
        prop_assert!(Synthesizer::new().synthesize_to_string(&stack).is_ok());
    }
}

#[test]
fn the_benchmark_shape_takes_the_fast_path() {
    // References, templates, function calls, nested blocks, cross-region marks.
    let stack = Stack::new("s");
    let pair = stack.region_pair(Region::UsEast1, Region::UsWest2).unwrap();
    let key = pair.dr.child("k").add(
        "key",
        Untyped::resource("aws_kms_key").attr("description", "k ${x}"),
    );
    let bucket = pair.primary.child("b").add(
        "bucket",
        Untyped::resource("aws_s3_bucket")
            .attr("bucket", "b")
            .attr("kms", key.attr::<String>("arn").cross_region())
            .block("rule", Body::new().attr("x", 1))
            .blocks("list", Body::new().attr("y", true)),
    );
    bucket.depends_on(&key);
    stack.root().output("out", bucket.attr::<String>("id"));
    check(&stack).unwrap();
    let (_, t) = Synthesizer::new().synthesize_to_string_timed(&stack);
    assert!(t.fast_path);
}

#[test]
fn an_argument_replaced_by_a_meta_argument_is_still_checked() {
    // Found by the property test: the meta-argument wins over an argument of the same
    // name, but the argument's problems are still reported.
    let stack = Stack::new("s");
    let pair = stack.region_pair(Region::UsEast1, Region::UsWest2).unwrap();
    let out = stack.root().output("o", "x");
    let bucket = pair.primary.add(
        "b",
        Untyped::resource("aws_s3_bucket").attr("lifecycle", out.attr::<String>("value")),
    );
    bucket.lifecycle(Lifecycle::new().prevent_destroy(true));
    check(&stack).unwrap();
    let (result, t) = Synthesizer::new().synthesize_to_string_timed(&stack);
    let errors = result.unwrap_err();
    assert!(
        errors.to_string().contains("outputs cannot be referenced"),
        "{errors}"
    );
    assert!(!t.fast_path);
}
