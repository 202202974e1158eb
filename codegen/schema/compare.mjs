#!/usr/bin/env node
// Compare two `terraform providers schema -json` documents for hashicorp/aws, e.g. the
// reconstruction of 6.25.0 against the real 5.100.0 dump, over the types both contain.
// Node builtins only.
//
// Usage: node codegen/schema/compare.mjs A.json[.gz] B.json[.gz] [--details N] [--json]
//
// For every resource / data source / ephemeral type present in both (and the provider
// block), it walks attributes and nested blocks (recursively, paired by name) and counts:
//   - names present in both / only in A / only in B,
//   - for attributes in both: same cty type; same (required, optional, computed) flags,
//   - for blocks in both: same nesting_mode; same min_items; same max_items.
// Then prints the agreement ratios and (with --details N) up to N examples of each mismatch.

import fs from "node:fs";
import zlib from "node:zlib";

const ADDR = "registry.terraform.io/hashicorp/aws";

function load(file) {
  let buf = fs.readFileSync(file);
  if (file.endsWith(".gz")) buf = zlib.gunzipSync(buf);
  return JSON.parse(buf.toString("utf8")).provider_schemas[ADDR];
}

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith("--") && !/^\d+$/.test(a));
const di = args.indexOf("--details");
const details = di >= 0 ? Number(args[di + 1]) : 0;
const asJson = args.includes("--json");
if (files.length !== 2) {
  console.error("usage: compare.mjs A.json[.gz] B.json[.gz] [--details N] [--json]");
  process.exit(2);
}
const [A, B] = files.map(load);

const c = {
  types: { both: 0, onlyA: 0, onlyB: 0 },
  attrs: { both: 0, onlyA: 0, onlyB: 0, typeSame: 0, flagsSame: 0, allSame: 0 },
  blocks: { both: 0, onlyA: 0, onlyB: 0, nestingSame: 0, minSame: 0, maxSame: 0, allSame: 0 },
  kinds: {},
};
const ex = {};
function note(kind, s) {
  (ex[kind] ||= []).length < details && ex[kind].push(s);
  c.kinds[kind] = (c.kinds[kind] || 0) + 1;
}

const flags = (a) => `${a.required ? "R" : ""}${a.optional ? "O" : ""}${a.computed ? "C" : ""}`;

function walk(a, b, p) {
  const aa = a.attributes || {};
  const ba = b.attributes || {};
  for (const k of new Set([...Object.keys(aa), ...Object.keys(ba)])) {
    if (!(k in ba)) { c.attrs.onlyA++; note("attr only in A", `${p}.${k}`); continue; }
    if (!(k in aa)) { c.attrs.onlyB++; note("attr only in B", `${p}.${k}`); continue; }
    c.attrs.both++;
    const ts = JSON.stringify(aa[k].type) === JSON.stringify(ba[k].type);
    const fs_ = flags(aa[k]) === flags(ba[k]);
    if (ts) c.attrs.typeSame++;
    else note("attr type differs", `${p}.${k}: ${JSON.stringify(aa[k].type).slice(0, 120)} vs ${JSON.stringify(ba[k].type).slice(0, 120)}`);
    if (fs_) c.attrs.flagsSame++;
    else note(`attr flags differ ${flags(aa[k])}->${flags(ba[k])}`, `${p}.${k}`);
    if (ts && fs_) c.attrs.allSame++;
  }
  const ab = a.block_types || {};
  const bb = b.block_types || {};
  for (const k of new Set([...Object.keys(ab), ...Object.keys(bb)])) {
    if (!(k in bb)) {
      c.blocks.onlyA++;
      note(k in ba ? "block in A is attribute in B" : "block only in A", `${p}.${k}`);
      continue;
    }
    if (!(k in ab)) {
      c.blocks.onlyB++;
      note(k in aa ? "block in B is attribute in A" : "block only in B", `${p}.${k}`);
      continue;
    }
    c.blocks.both++;
    const ns = ab[k].nesting_mode === bb[k].nesting_mode;
    const mn = (ab[k].min_items || 0) === (bb[k].min_items || 0);
    const mx = (ab[k].max_items || 0) === (bb[k].max_items || 0);
    if (ns) c.blocks.nestingSame++;
    else note("block nesting differs", `${p}.${k}: ${ab[k].nesting_mode} vs ${bb[k].nesting_mode}`);
    if (mn) c.blocks.minSame++;
    else note("block min_items differs", `${p}.${k}: ${ab[k].min_items || 0} vs ${bb[k].min_items || 0}`);
    if (mx) c.blocks.maxSame++;
    else note("block max_items differs", `${p}.${k}: ${ab[k].max_items || 0} vs ${bb[k].max_items || 0}`);
    if (ns && mn && mx) c.blocks.allSame++;
    walk(ab[k].block, bb[k].block, `${p}.${k}`);
  }
}

for (const kind of ["resource_schemas", "data_source_schemas", "ephemeral_resource_schemas"]) {
  const as = A[kind] || {};
  const bs = B[kind] || {};
  for (const t of new Set([...Object.keys(as), ...Object.keys(bs)])) {
    if (!(t in bs)) { c.types.onlyA++; note(`${kind} only in A`, t); continue; }
    if (!(t in as)) { c.types.onlyB++; note(`${kind} only in B`, t); continue; }
    c.types.both++;
    walk(as[t].block, bs[t].block, `${kind === "resource_schemas" ? "" : kind === "data_source_schemas" ? "data." : "ephemeral."}${t}`);
  }
}
walk(A.provider.block, B.provider.block, "provider");

const pct = (n, d) => (d ? ((100 * n) / d).toFixed(2) + "%" : "n/a");
if (asJson) {
  console.log(JSON.stringify({ counts: c, examples: ex }, null, 1));
} else {
  console.log(`types in both: ${c.types.both}, only in A: ${c.types.onlyA}, only in B: ${c.types.onlyB}`);
  console.log(`attributes in both: ${c.attrs.both} (only A: ${c.attrs.onlyA}, only B: ${c.attrs.onlyB})`);
  console.log(`  same type:  ${c.attrs.typeSame} (${pct(c.attrs.typeSame, c.attrs.both)})`);
  console.log(`  same flags: ${c.attrs.flagsSame} (${pct(c.attrs.flagsSame, c.attrs.both)})`);
  console.log(`  both same:  ${c.attrs.allSame} (${pct(c.attrs.allSame, c.attrs.both)})`);
  console.log(`blocks in both: ${c.blocks.both} (only A: ${c.blocks.onlyA}, only B: ${c.blocks.onlyB})`);
  console.log(`  same nesting_mode: ${c.blocks.nestingSame} (${pct(c.blocks.nestingSame, c.blocks.both)})`);
  console.log(`  same min_items:    ${c.blocks.minSame} (${pct(c.blocks.minSame, c.blocks.both)})`);
  console.log(`  same max_items:    ${c.blocks.maxSame} (${pct(c.blocks.maxSame, c.blocks.both)})`);
  console.log(`  all three same:    ${c.blocks.allSame} (${pct(c.blocks.allSame, c.blocks.both)})`);
  console.log("difference kinds:");
  for (const [k, n] of Object.entries(c.kinds).sort((x, y) => y[1] - x[1])) {
    console.log(`  ${n}\t${k}`);
    for (const e of ex[k] || []) console.log(`      ${e}`);
  }
}
