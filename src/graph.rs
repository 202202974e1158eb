//! `graph`: a stack as a picture, in Mermaid (default) or Graphviz DOT.
//!
//! One box per provider configuration (region) plus a `global` box for services that are
//! not regional (IAM, Route 53, CloudFront, Aurora global clusters …); inside a box,
//! resources nest in subgroups following their construct path (`//.metadata.path`, the
//! stack name dropped). `--depth N` collapses everything below the first N path
//! components into one node per group. Edges are the references found in `${…}`
//! interpolations; one between two different regions is drawn dashed and labelled
//! `cross-region`. Data sources are hidden by default and references through them are
//! followed, so a key that reads a policy document that names a role still points at
//! the role.
//!
//! Output is deterministic: groups and nodes sorted by path, edges in sorted order,
//! node ids numbered in that order.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::tfjson::{block_references, Block, Mode, TfDoc};

/// Output format of `graph`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GraphFormat {
    /// Mermaid `flowchart` (renders on GitHub and in most Markdown viewers).
    #[default]
    Mermaid,
    /// Graphviz DOT.
    Dot,
}

/// What to draw.
#[derive(Debug, Clone, Default)]
pub struct GraphOptions {
    /// Output format.
    pub format: GraphFormat,
    /// Collapse resources below this many construct-path components into one node.
    pub depth: Option<usize>,
    /// Draw data sources too (by default they are hidden and followed through).
    pub data_sources: bool,
}

/// Type prefixes of services that are global rather than regional; their resources are
/// drawn in the `global` box whatever provider configuration manages them.
pub const GLOBAL_TYPE_PREFIXES: &[&str] = &[
    "aws_iam_",
    "aws_route53_",
    "aws_cloudfront_",
    "aws_organizations_",
    "aws_globalaccelerator_",
    "aws_rds_global_cluster",
    "aws_wafv2_web_acl_cloudfront",
];

/// True for a type drawn in the `global` box.
pub fn is_global_type(rtype: &str) -> bool {
    !rtype.starts_with("aws_route53_resolver")
        && GLOBAL_TYPE_PREFIXES.iter().any(|p| rtype.starts_with(p))
}

/// The box a block is drawn in.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Place {
    /// A provider configuration (`aws.primary`) and its region, if known.
    Region(String, Option<String>),
    /// Not regional.
    Global,
}

impl Place {
    fn label(&self) -> String {
        match self {
            Place::Region(p, Some(r)) => format!("{p} · {r}"),
            Place::Region(p, None) => p.clone(),
            Place::Global => "global".into(),
        }
    }
    fn region(&self) -> Option<&str> {
        match self {
            Place::Region(p, r) => Some(r.as_deref().unwrap_or(p)),
            Place::Global => None,
        }
    }
}

/// A drawn node: one resource, or a collapsed group.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct NodeKey {
    place: Place,
    /// Groups from the construct path (the subgraphs it nests in).
    groups: Vec<String>,
    /// The resource's leaf id, or the collapsed group's last component.
    leaf: String,
    /// Resource type, or empty for a collapsed group.
    rtype: String,
}

fn path_components(block: &Block) -> Vec<String> {
    match block.construct_path() {
        Some(p) => {
            let mut parts: Vec<String> = p.split('/').map(str::to_string).collect();
            // CDKTF paths start with the stack name; the rest is the component path.
            if parts.len() > 1 {
                parts.remove(0);
            }
            parts
        }
        None => vec![block.name.clone()],
    }
}

fn place_of(doc: &TfDoc, block: &Block) -> Place {
    if is_global_type(&block.rtype) {
        return Place::Global;
    }
    let provider = block
        .provider()
        .map(str::to_string)
        .unwrap_or_else(|| crate::tfjson::provider_local_name(&block.rtype).to_string());
    Place::Region(provider, doc.region_of(block).map(str::to_string))
}

/// Renders the graph of `doc`.
pub fn render(doc: &TfDoc, opts: &GraphOptions) -> String {
    let visible =
        |b: &Block| b.mode == Mode::Managed || (opts.data_sources && b.mode == Mode::Data);
    let addresses: HashSet<String> = doc.blocks.iter().map(Block::address).collect();
    let known = |a: &str| addresses.contains(a);
    let refs: BTreeMap<String, Vec<String>> = doc
        .blocks
        .iter()
        .map(|b| (b.address(), block_references(b, &known)))
        .collect();

    // Nodes.
    let mut node_of: BTreeMap<String, NodeKey> = BTreeMap::new();
    for b in doc.blocks.iter().filter(|b| visible(b)) {
        let parts = path_components(b);
        let (groups, leaf) = parts.split_at(parts.len().saturating_sub(1));
        let mut key = NodeKey {
            place: place_of(doc, b),
            groups: groups.to_vec(),
            leaf: leaf.first().cloned().unwrap_or_else(|| b.name.clone()),
            rtype: b.rtype.clone(),
        };
        if let Some(d) = opts.depth {
            let d = d.max(1);
            if parts.len() > d {
                key.groups = parts[..d - 1].to_vec();
                key.leaf = parts[d - 1].clone();
                key.rtype = String::new();
            }
        }
        node_of.insert(b.address(), key);
    }
    let mut counts: BTreeMap<&NodeKey, usize> = BTreeMap::new();
    for k in node_of.values() {
        *counts.entry(k).or_default() += 1;
    }
    let ids: BTreeMap<&NodeKey, String> = counts
        .keys()
        .enumerate()
        .map(|(i, k)| (*k, format!("n{}", i + 1)))
        .collect();

    // Edges, following hidden blocks.
    let mut edges: BTreeSet<(String, String, bool)> = BTreeSet::new();
    for (addr, from) in &node_of {
        let mut targets = Vec::new();
        let mut seen = HashSet::new();
        let mut stack: Vec<&String> = refs
            .get(addr)
            .map(|v| v.iter().rev().collect())
            .unwrap_or_default();
        while let Some(t) = stack.pop() {
            if !seen.insert(t.clone()) {
                continue;
            }
            if node_of.contains_key(t) {
                targets.push(t.clone());
            } else if let Some(next) = refs.get(t) {
                stack.extend(next.iter().rev());
            }
        }
        for t in targets {
            let to = &node_of[&t];
            if to == from {
                continue;
            }
            let cross = match (from.place.region(), to.place.region()) {
                (Some(a), Some(b)) => a != b,
                _ => false,
            };
            edges.insert((ids[from].clone(), ids[to].clone(), cross));
        }
    }

    // Box → group tree → nodes.
    let mut boxes: BTreeMap<&Place, Tree> = BTreeMap::new();
    for (key, n) in &counts {
        let mut t = boxes.entry(&key.place).or_default();
        for g in &key.groups {
            t = t.children.entry(g.clone()).or_default();
        }
        let label = if key.rtype.is_empty() {
            format!(
                "{} · {n} resource{}",
                key.leaf,
                if *n == 1 { "" } else { "s" }
            )
        } else {
            format!("{} · {}", key.leaf, key.rtype)
        };
        t.nodes.push((ids[key].clone(), label));
    }
    let title = doc.stack_name.clone().unwrap_or_else(|| doc.file.clone());
    match opts.format {
        GraphFormat::Mermaid => mermaid(&title, &boxes, &edges),
        GraphFormat::Dot => dot(&title, &boxes, &edges),
    }
}

#[derive(Debug, Default)]
struct Tree {
    children: BTreeMap<String, Tree>,
    nodes: Vec<(String, String)>,
}

fn mermaid_text(s: &str) -> String {
    s.replace('"', "#quot;")
}

fn mermaid(
    title: &str,
    boxes: &BTreeMap<&Place, Tree>,
    edges: &BTreeSet<(String, String, bool)>,
) -> String {
    fn tree(out: &mut String, id: &str, t: &Tree, indent: usize) {
        let pad = "  ".repeat(indent);
        for (i, (name, child)) in t.children.iter().enumerate() {
            let sid = format!("{id}_{i}");
            out.push_str(&format!(
                "{pad}subgraph {sid}[\"{}\"]\n",
                mermaid_text(name)
            ));
            tree(out, &sid, child, indent + 1);
            out.push_str(&format!("{pad}end\n"));
        }
        for (nid, label) in &t.nodes {
            out.push_str(&format!("{pad}{nid}[\"{}\"]\n", mermaid_text(label)));
        }
    }
    let mut out = format!("---\ntitle: {}\n---\nflowchart LR\n", mermaid_text(title));
    for (i, (place, t)) in boxes.iter().enumerate() {
        let id = format!("b{}", i + 1);
        out.push_str(&format!(
            "  subgraph {id}[\"{}\"]\n",
            mermaid_text(&place.label())
        ));
        tree(&mut out, &id, t, 2);
        out.push_str("  end\n");
    }
    let mut cross = Vec::new();
    for (i, (a, b, x)) in edges.iter().enumerate() {
        if *x {
            out.push_str(&format!("  {a} -.->|cross-region| {b}\n"));
            cross.push(i.to_string());
        } else {
            out.push_str(&format!("  {a} --> {b}\n"));
        }
    }
    if !cross.is_empty() {
        out.push_str(&format!(
            "  linkStyle {} stroke:#d62728,stroke-width:2px\n",
            cross.join(",")
        ));
    }
    out
}

fn dot_text(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

fn dot(
    title: &str,
    boxes: &BTreeMap<&Place, Tree>,
    edges: &BTreeSet<(String, String, bool)>,
) -> String {
    fn tree(out: &mut String, id: &str, t: &Tree, indent: usize) {
        let pad = "  ".repeat(indent);
        for (i, (name, child)) in t.children.iter().enumerate() {
            let sid = format!("{id}_{i}");
            out.push_str(&format!(
                "{pad}subgraph cluster_{sid} {{\n{pad}  label=\"{}\";\n",
                dot_text(name)
            ));
            tree(out, &sid, child, indent + 1);
            out.push_str(&format!("{pad}}}\n"));
        }
        for (nid, label) in &t.nodes {
            out.push_str(&format!("{pad}{nid} [label=\"{}\"];\n", dot_text(label)));
        }
    }
    let mut out = format!(
        "digraph \"{}\" {{\n  rankdir=LR;\n  node [shape=box, fontsize=10];\n",
        dot_text(title)
    );
    for (i, (place, t)) in boxes.iter().enumerate() {
        let id = format!("b{}", i + 1);
        out.push_str(&format!(
            "  subgraph cluster_{id} {{\n    label=\"{}\";\n    style=bold;\n",
            dot_text(&place.label())
        ));
        tree(&mut out, &id, t, 2);
        out.push_str("  }\n");
    }
    for (a, b, x) in edges {
        if *x {
            out.push_str(&format!(
                "  {a} -> {b} [style=dashed, color=\"#d62728\", label=\"cross-region\"];\n"
            ));
        } else {
            out.push_str(&format!("  {a} -> {b};\n"));
        }
    }
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tfjson::parse;

    const DOC: &str = r#"{
      "//": {"metadata": {"stackName": "s"}},
      "provider": {"aws": [{"alias": "primary", "region": "us-east-1"}, {"alias": "dr", "region": "us-east-2"}]},
      "resource": {
        "aws_kms_key": {
          "k1": {"//": {"metadata": {"path": "s/kms/primary/key"}}, "provider": "aws.primary"},
          "k2": {"//": {"metadata": {"path": "s/kms/dr/key"}}, "provider": "aws.dr"}
        },
        "aws_s3_bucket": {
          "b": {"//": {"metadata": {"path": "s/docs/primary/bucket"}}, "provider": "aws.primary",
                "x": "${aws_kms_key.k1.arn} ${aws_kms_key.k2.arn}"}
        }
      }
    }"#;

    #[test]
    fn cross_region_edges_are_distinct() {
        let doc = parse("f", DOC).unwrap();
        let m = render(&doc, &GraphOptions::default());
        assert!(m.contains("-.->|cross-region|"), "{m}");
        assert!(m.contains(" --> "), "{m}");
        assert!(m.contains("aws.dr · us-east-2"), "{m}");
        let d = render(
            &doc,
            &GraphOptions {
                format: GraphFormat::Dot,
                ..GraphOptions::default()
            },
        );
        assert!(d.contains("style=dashed"), "{d}");
    }

    #[test]
    fn depth_collapses_groups() {
        let doc = parse("f", DOC).unwrap();
        let m = render(
            &doc,
            &GraphOptions {
                depth: Some(1),
                ..GraphOptions::default()
            },
        );
        assert!(m.contains("kms · 1 resource"), "{m}");
        assert!(!m.contains("aws_kms_key"), "{m}");
    }
}
