#!/usr/bin/env node
// Rebuild the `terraform providers schema -json` document of hashicorp/aws 6.25.0 from the
// npm package @cdktf/provider-aws@21.22.1, offline, with node builtins only.
//
// Usage:
//   node codegen/schema/rebuild-6.25.0.mjs [--package PATH] [--out FILE] [--quiet]
//
//   --package PATH  an unpacked package directory (the one holding package.json and lib/) or
//                   the package tarball (.tgz). Default: `npm pack @cdktf/provider-aws@21.22.1`
//                   into a temporary directory (removed afterwards).
//   --out FILE      where to write; gzip-compressed when FILE ends in .gz; "-" = stdout.
//                   Default: codegen/schema/aws-6.25.0.schema.json.gz next to this script.
//
// How: every lib/**/*.js of the package carries an inline source map whose `sourcesContent`
// is the generated TypeScript. In it, cdktf marks every attribute (of a resource, data
// source, provider, or nested struct class) with
//     // <tf_name> - computed: X, optional: Y, required: Z
// and the `synthesizeHclAttributes()` / `<struct>ToHclTerraform()` converters give, for each
// settable attribute or block, `isBlock`, the nesting `type` ("simple"/"list"/"set"/"map"/
// "struct") and the value mapper (stringToHclTerraform, listMapperHcl(...), hashMapperHcl(...),
// a struct converter, ...). Computed-only attributes are typed from their getters
// (getStringAttribute, getListAttribute, `new <X>List(this, "n", wrapsSet)`, ...).
// See README.md beside this script for what cannot be recovered.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const PKG = "@cdktf/provider-aws";
const PKG_VERSION = "21.22.1";
const PROVIDER_VERSION = "6.25.0";
const PROVIDER_ADDR = "registry.terraform.io/hashicorp/aws";

const here = path.dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------- arguments
function parseArgs(argv) {
  const o = { pkg: null, out: path.join(here, `aws-${PROVIDER_VERSION}.schema.json.gz`), quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--package") o.pkg = argv[++i];
    else if (a === "--out") o.out = argv[++i];
    else if (a === "--quiet") o.quiet = true;
    else if (a === "-h" || a === "--help") {
      console.log("usage: rebuild-6.25.0.mjs [--package DIR|TGZ] [--out FILE[.gz]|-] [--quiet]");
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

// ---------------------------------------------------------------- package input
// Returns Map(relative path under package/ -> Buffer) for package.json and lib/**/*.js.
function readTarGz(file) {
  const buf = zlib.gunzipSync(fs.readFileSync(file));
  const files = new Map();
  let off = 0;
  let longName = null;
  let paxPath = null;
  const str = (b, s, l) => {
    const raw = b.subarray(s, s + l);
    const z = raw.indexOf(0);
    return raw.subarray(0, z < 0 ? l : z).toString("utf8");
  };
  while (off + 512 <= buf.length) {
    const h = buf.subarray(off, off + 512);
    if (h.every((x) => x === 0)) break;
    let name = str(h, 0, 100);
    const prefix = str(h, 345, 155);
    if (prefix && str(h, 257, 5) === "ustar") name = `${prefix}/${name}`;
    const size = parseInt(str(h, 124, 12).trim() || "0", 8);
    const type = String.fromCharCode(h[156] || 48);
    const body = buf.subarray(off + 512, off + 512 + size);
    off += 512 + Math.ceil(size / 512) * 512;
    if (type === "L") { longName = body.toString("utf8").replace(/\0+$/, ""); continue; }
    if (type === "x") {
      const m = body.toString("utf8").match(/\d+ path=([^\n]*)\n/);
      paxPath = m ? m[1] : null;
      continue;
    }
    if (type === "g") continue;
    if (longName) { name = longName; longName = null; }
    if (paxPath) { name = paxPath; paxPath = null; }
    if (type !== "0" && type !== "\0") continue;
    const rel = name.replace(/^[^/]+\//, ""); // strip "package/"
    if (rel === "package.json" || (rel.startsWith("lib/") && rel.endsWith(".js"))) {
      files.set(rel, Buffer.from(body));
    }
  }
  return files;
}

function readDir(dir) {
  const files = new Map();
  files.set("package.json", fs.readFileSync(path.join(dir, "package.json")));
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".js")) files.set(path.relative(dir, p).split(path.sep).join("/"), fs.readFileSync(p));
    }
  };
  walk(path.join(dir, "lib"));
  return files;
}

function obtainPackage(pkgArg, log) {
  if (pkgArg) {
    const st = fs.statSync(pkgArg);
    return st.isDirectory() ? readDir(pkgArg) : readTarGz(pkgArg);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tfdr-cdktf-aws-"));
  try {
    log(`npm pack ${PKG}@${PKG_VERSION} into ${tmp}`);
    const out = execFileSync("npm", ["pack", `${PKG}@${PKG_VERSION}`, "--pack-destination", tmp, "--silent"], {
      cwd: tmp,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    const tgz = path.join(tmp, out.trim().split("\n").pop());
    return readTarGz(tgz);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// Extract the TypeScript sources embedded in the inline source maps, grouped by the
// top-level lib/<dir> (one dir = one resource / data source / the provider).
function typescriptByDir(files) {
  const dirs = new Map();
  for (const [rel, buf] of files) {
    if (!rel.startsWith("lib/")) continue;
    const parts = rel.split("/");
    if (parts.length < 3) continue; // lib/index.js, lib/lazy-index.js: re-exports only
    const s = buf.toString("utf8");
    const m = s.match(/sourceMappingURL=data:application\/json;(?:charset=[^;,]+;)?base64,([A-Za-z0-9+/=]+)/);
    if (!m) throw new Error(`${rel}: no inline source map`);
    const map = JSON.parse(Buffer.from(m[1], "base64").toString("utf8"));
    if (!Array.isArray(map.sourcesContent)) throw new Error(`${rel}: source map without sourcesContent`);
    const list = dirs.get(parts[1]) || [];
    for (const src of map.sourcesContent) list.push(src);
    dirs.set(parts[1], list);
  }
  return dirs;
}

// ---------------------------------------------------------------- TypeScript parsing
const stats = { warnings: new Map() };
function warn(kind, detail) {
  const w = stats.warnings.get(kind) || { count: 0, examples: [] };
  w.count++;
  if (w.examples.length < 5) w.examples.push(detail);
  stats.warnings.set(kind, w);
}

// Split generated TS into top-level declarations (each starts with `export ` at column 0).
function declarations(src) {
  const out = [];
  const re = /^export (interface|function|class) (\w+)/gm;
  const hits = [];
  let m;
  while ((m = re.exec(src))) hits.push({ kind: m[1], name: m[2], start: m.index });
  for (let i = 0; i < hits.length; i++) {
    out.push({ ...hits[i], text: src.slice(hits[i].start, i + 1 < hits.length ? hits[i + 1].start : src.length) });
  }
  return out;
}

const MEMBER_RE = /^ {2}\/\/ (\S+) - computed: (true|false), optional: (true|false), required: (true|false)$/gm;

// Members of a cdktf class: [{name, computed, optional, required, code}] in source order.
function classMembers(text) {
  const hits = [];
  let m;
  MEMBER_RE.lastIndex = 0;
  while ((m = MEMBER_RE.exec(text))) {
    hits.push({ name: m[1], computed: m[2] === "true", optional: m[3] === "true", required: m[4] === "true", at: m.index, end: m.index + m[0].length });
  }
  return hits.map((h, i) => {
    let code = text.slice(h.end, i + 1 < hits.length ? hits[i + 1].at : text.length);
    const stop = code.search(/^ {2}\/\/ =====/m);
    if (stop >= 0) code = code.slice(0, stop);
    return { name: h.name, computed: h.computed, optional: h.optional, required: h.required, code };
  });
}

const HCL_ENTRY_RE =
  /^\s*"?([A-Za-z0-9_-]+)"?: \{\s*\n\s*value: ([^\n]*),\s*\n\s*isBlock: (true|false),\s*\n\s*type: "(\w+)",\s*\n\s*storageClassType: "(\w+)",\s*\n\s*\}/gm;

// Entries of an HCL converter's `const attrs = { ... }`: Map(tf name -> {value, isBlock, type, storage}).
function hclEntries(text) {
  const res = new Map();
  const start = text.indexOf("const attrs = {");
  if (start < 0) return res;
  const body = text.slice(start);
  let m;
  HCL_ENTRY_RE.lastIndex = 0;
  while ((m = HCL_ENTRY_RE.exec(body))) {
    res.set(m[1], { value: m[2], isBlock: m[3] === "true", type: m[4], storage: m[5] });
  }
  return res;
}

// Descriptions from a config/struct interface's JSDoc: Map(tf name -> text).
function interfaceDescriptions(text) {
  const res = new Map();
  const re = /\/\*\*([\s\S]*?)\*\/\s*\n\s*readonly /g;
  let m;
  while ((m = re.exec(text))) {
    const lines = m[1].split("\n").map((l) => l.replace(/^\s*\* ?/, "").replace(/\s+$/, ""));
    const docIdx = lines.findIndex((l) => l.startsWith("Docs at Terraform Registry:"));
    if (docIdx < 0) continue;
    const a = lines[docIdx].match(/\{@link \S+#(\S+) /);
    if (!a) continue;
    const name = a[1];
    const desc = lines.slice(0, docIdx).join("\n").trim();
    if (!desc || desc === `${name} block`) continue;
    res.set(name, desc);
  }
  return res;
}

// ---------------------------------------------------------------- per-directory model
function buildModel(sources) {
  const model = { classes: new Map(), hcl: new Map(), ifaces: new Map(), tops: [] };
  for (const src of sources) {
    for (const d of declarations(src)) {
      if (d.kind === "class") {
        const ext = d.text.match(/^export class \w+ extends cdktf\.(\w+)/);
        const c = { name: d.name, base: ext ? ext[1] : null, text: d.text };
        model.classes.set(d.name, c);
        if (c.base === "TerraformResource" || c.base === "TerraformDataSource" || c.base === "TerraformProvider") model.tops.push(c);
      } else if (d.kind === "function" && d.name.endsWith("ToHclTerraform")) {
        model.hcl.set(d.name, hclEntries(d.text));
      } else if (d.kind === "interface") {
        model.ifaces.set(d.name, d.text);
      }
    }
  }
  return model;
}

const lcfirst = (s) => s.charAt(0).toLowerCase() + s.slice(1);

// Element class of a ComplexList / ComplexMap class.
function elementClass(model, listClass) {
  const c = model.classes.get(listClass);
  if (!c) return null;
  const m = c.text.match(/public get\((?:index: number|key: string)\): (\w+)/);
  return m ? m[1] : null;
}

// ---- value-mapper expressions from HCL converters
// Parse "M(arg)" where M := cdktf.listMapperHcl(M, bool) | cdktf.hashMapperHcl(M) | [cdktf.]ident
function parseMapper(expr) {
  let s = expr.trim();
  s = s.replace(/^struct!\.\w+ === undefined \? null : /, "");
  let i = 0;
  const ident = () => {
    const m = s.slice(i).match(/^[\w.!]+/);
    if (!m) throw new Error(`bad mapper ${expr}`);
    i += m[0].length;
    return m[0];
  };
  const expect = (t) => {
    if (s.slice(i, i + t.length) !== t) throw new Error(`expected ${t} at ${i} in ${expr}`);
    i += t.length;
  };
  const mapper = () => {
    const id = ident();
    if (id === "cdktf.listMapperHcl" || id === "cdktf.hashMapperHcl") {
      expect("(");
      const inner = mapper();
      let isBlockType = false;
      if (id === "cdktf.listMapperHcl") {
        expect(", ");
        isBlockType = ident() === "true";
      }
      expect(")");
      return { kind: id === "cdktf.listMapperHcl" ? "list" : "map", inner, isBlockType };
    }
    return { kind: "fn", name: id.replace(/^cdktf\./, "") };
  };
  return mapper();
}

function scalarOfFn(name) {
  switch (name) {
    case "stringToHclTerraform": return "string";
    case "numberToHclTerraform": return "number";
    case "booleanToHclTerraform": return "bool";
    case "anyToHclTerraform": return "dynamic";
    default: return null;
  }
}

// Struct class (OutputReference) named by a struct converter function name.
function structClassOfFn(model, fnName) {
  const base = fnName.replace(/ToHclTerraform$/, "");
  const cls = base.charAt(0).toUpperCase() + base.slice(1) + "OutputReference";
  return model.classes.has(cls) ? cls : null;
}

// cty type of a mapper (outer list/set decided by `outerType` for the first level).
function typeOfMapper(model, mp, outerType, ctx) {
  if (mp.kind === "list") {
    const coll = outerType === "set" ? "set" : "list";
    return [coll, typeOfMapper(model, mp.inner, null, ctx)];
  }
  if (mp.kind === "map") return ["map", typeOfMapper(model, mp.inner, null, ctx)];
  const sc = scalarOfFn(mp.name);
  if (sc) return sc;
  const cls = structClassOfFn(model, mp.name);
  if (cls || model.hcl.has(mp.name)) {
    const obj = cls ? objectType(model, cls, ctx) : blockAsType({ nesting_mode: "single", block: blockOfConverter(model, mp.name, ctx) });
    if (outerType === "list" || outerType === "set") return [outerType, obj];
    return obj;
  }
  warn("unknown mapper function", `${ctx}: ${mp.name}`);
  return "dynamic";
}

// ["object", {...}] with every member of a struct class as an attribute type.
function objectType(model, cls, ctx) {
  const c = model.classes.get(cls);
  const attrs = {};
  for (const mem of classMembers(c.text)) {
    const r = memberSchema(model, c, mem, `${ctx}.${mem.name}`);
    attrs[mem.name] = r.kind === "attr" ? r.type : blockAsType(r);
  }
  return ["object", sortKeys(attrs)];
}

function blockAsType(b) {
  const obj = ["object", sortKeys(Object.fromEntries([
    ...Object.entries(b.block.attributes || {}).map(([k, v]) => [k, v.type]),
    ...Object.entries(b.block.block_types || {}).map(([k, v]) => [k, blockAsType(v)]),
  ]))];
  return b.nesting_mode === "single" ? obj : [b.nesting_mode, obj];
}

// Type of a member from its getter / field code (used for computed-only members).
function typeFromGetter(model, code, ctx) {
  let m = code.match(/new (\w+)\(this, "[^"]+"(?:, (true|false))?\)/);
  if (m && !m[1].startsWith("cdktf")) {
    const cls = model.classes.get(m[1]);
    if (!cls) { warn("unknown class in getter", `${ctx}: ${m[1]}`); return "dynamic"; }
    if (cls.base === "ComplexList") {
      const el = elementClass(model, m[1]);
      return [m[2] === "true" ? "set" : "list", objectType(model, el, ctx)];
    }
    if (cls.base === "ComplexMap") return ["map", objectType(model, elementClass(model, m[1]), ctx)];
    if (cls.base === "ComplexObject") return objectType(model, m[1], ctx);
    warn("unexpected getter class base", `${ctx}: ${cls.base}`);
    return "dynamic";
  }
  m = code.match(/new cdktf\.(String|Number|Boolean|Any)Map\(/);
  if (m) return ["map", { String: "string", Number: "number", Boolean: "bool", Any: "dynamic" }[m[1]]];
  const ret = code.match(/public get \w+\(\)[^{]*\{\s*\n\s*return ([^\n]*);/);
  const r = ret ? ret[1] : "";
  const set = r.includes("Fn.tolist(");
  const coll = set ? "set" : "list";
  if (r.includes("getStringAttribute(")) return "string";
  if (r.includes("getNumberAttribute(")) return "number";
  if (r.includes("getBooleanAttribute(")) return "bool";
  if (r.includes("getListAttribute(")) return [coll, "string"];
  if (r.includes("getNumberListAttribute(")) return [coll, "number"];
  if (r.includes("getStringMapAttribute(")) return ["map", "string"];
  if (r.includes("getNumberMapAttribute(")) return ["map", "number"];
  if (r.includes("getBooleanMapAttribute(")) return ["map", "bool"];
  if (r.includes("getAnyMapAttribute(")) return ["map", "dynamic"];
  if (r.includes("interpolationForAttribute(")) {
    warn("type not recoverable (interpolationForAttribute), using dynamic", ctx);
    return "dynamic";
  }
  warn("no type found in getter, using dynamic", `${ctx}: ${r || code.slice(0, 80)}`);
  return "dynamic";
}

// Schema of one member: {kind:"attr", type, flags} or {kind:"block", nesting_mode, block, min_items?, max_items?}.
function memberSchema(model, cls, mem, ctx) {
  const hclFn = cls.base === "ComplexObject" ? lcfirst(cls.name.replace(/OutputReference$/, "")) + "ToHclTerraform" : null;
  const hcl = cls.base === "ComplexObject" ? model.hcl.get(hclFn) : cls.hclTop;
  const entry = hcl ? hcl.get(mem.name) : undefined;
  // cdktf marks SDKv2 "attributes as blocks" (e.g. aws_security_group.ingress) and
  // collections of objects with isBlock: true too; only listMapperHcl(<struct>, true) or a bare
  // struct converter is a real nested block.
  let mapper = null;
  if (entry) {
    try { mapper = parseMapper(entry.value); } catch { mapper = null; }
  }
  // cdktf emits `type: "struct"` both for single-nested blocks and for object-typed
  // attributes; the syntax does not tell them apart. In this provider the only single-nested
  // blocks are `timeouts` (6.x turned its other single blocks into lists), so any other
  // struct is taken as an object-typed attribute (e.g. aws_s3tables_table.encryption_configuration).
  const realBlock = entry && entry.isBlock && mapper &&
    ((mapper.kind === "fn" && !(entry.type === "struct" && (mem.computed || mem.name !== "timeouts"))) ||
      (mapper.kind === "list" && mapper.isBlockType));
  if (realBlock) {
    const gm = mem.code.match(/new (\w+)\(this, "[^"]+"(?:, (true|false))?\)/);
    let childCls = null;
    let viaList = false;
    if (gm) {
      const c = model.classes.get(gm[1]);
      if (c && (c.base === "ComplexList" || c.base === "ComplexMap")) { childCls = elementClass(model, gm[1]); viaList = true; }
      else if (c) childCls = gm[1];
    }
    if (!childCls) childCls = structClassOfFn(model, mapper.kind === "fn" ? mapper.name : mapper.inner.name);
    const fnName = mapper.kind === "fn" ? mapper.name : mapper.inner.name;
    const nesting = entry.type === "struct" ? "single" : entry.type === "set" ? "set" : entry.type === "list" ? "list" : null;
    if (!nesting) { warn("unexpected block nesting type", `${ctx}: ${entry.type}`); }
    const block = childCls ? blockOfClass(model, childCls, ctx) : blockOfConverter(model, fnName, ctx);
    const b = { kind: "block", nesting_mode: nesting || "list", block, mem };
    if (nesting === "list" || nesting === "set") {
      if (mem.required) b.min_items = 1;
      // cdktf uses a single OutputReference (bare struct converter) only for max_items == 1.
      if (mapper.kind === "fn") b.max_items = 1;
    }
    return b;
  }
  if (entry) {
    let type;
    try {
      const mp = mapper || parseMapper(entry.value);
      if (entry.type === "struct") {
        const clsName = mp.kind === "fn" ? structClassOfFn(model, mp.name) : null;
        type = clsName ? objectType(model, clsName, ctx) : typeFromGetter(model, mem.code, ctx);
      } else if (entry.type === "simple") {
        type = mp.kind === "fn" ? (scalarOfFn(mp.name) ?? typeOfMapper(model, mp, null, ctx)) : typeOfMapper(model, mp, null, ctx);
      } else {
        type = typeOfMapper(model, mp, entry.type, ctx);
      }
    } catch (e) {
      warn("unparsable HCL value, typed from getter", `${ctx}: ${entry.value}`);
      type = typeFromGetter(model, mem.code, ctx);
    }
    return { kind: "attr", type, mem };
  }
  if (mem.optional || mem.required) warn("settable member without HCL entry, typed from getter", ctx);
  return { kind: "attr", type: typeFromGetter(model, mem.code, ctx), mem };
}

// Block for a struct that has a converter and an interface but no OutputReference class (the
// provider's nested blocks): flags from the interface (`readonly x?:` optional, else required).
function blockOfConverter(model, fnName, ctx) {
  const entries = model.hcl.get(fnName);
  if (!entries) {
    warn("no converter for block", `${ctx}: ${fnName}`);
    return { description_kind: "plain" };
  }
  const ifaceName = fnName.replace(/ToHclTerraform$/, "").replace(/^./, (x) => x.toUpperCase());
  const iface = model.ifaces.get(ifaceName) || "";
  const descs = interfaceDescriptions(iface);
  const attributes = {};
  const blockTypes = {};
  for (const [name, entry] of entries) {
    const cm = entry.value.match(/\(struct!\.(\w+)\)$/);
    const om = cm ? iface.match(new RegExp(`readonly ${cm[1]}(\\?)?:`)) : null;
    if (!om) warn("converter member not in interface, assumed optional", `${ctx}.${name}`);
    const required = om ? om[1] !== "?" : false;
    const mp = parseMapper(entry.value);
    const desc = descs.get(name);
    if (entry.isBlock && (mp.kind === "fn" || (mp.kind === "list" && mp.isBlockType))) {
      const inner = mp.kind === "fn" ? mp.name : mp.inner.name;
      const bt = { nesting_mode: entry.type === "struct" ? "single" : entry.type === "set" ? "set" : "list", block: blockOfConverter(model, inner, `${ctx}.${name}`) };
      if (desc) bt.block = { ...bt.block, description: desc, description_kind: "plain" };
      if (bt.nesting_mode !== "single" && required) bt.min_items = 1;
      if (bt.nesting_mode !== "single" && mp.kind === "fn") bt.max_items = 1;
      blockTypes[name] = bt;
    } else {
      const type = entry.type === "simple" && mp.kind === "fn" && scalarOfFn(mp.name)
        ? scalarOfFn(mp.name)
        : typeOfMapper(model, mp, entry.type === "simple" || entry.type === "struct" ? null : entry.type, `${ctx}.${name}`);
      const a = { type };
      if (desc) a.description = desc;
      a.description_kind = "plain";
      if (required) a.required = true;
      else a.optional = true;
      attributes[name] = a;
    }
  }
  const block = {};
  if (Object.keys(attributes).length) block.attributes = sortKeys(attributes);
  if (Object.keys(blockTypes).length) block.block_types = sortKeys(blockTypes);
  block.description_kind = "plain";
  return block;
}

function sortKeys(o) {
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
}

// Terraform JSON `block` for a class (resource/data source/provider/struct).
function blockOfClass(model, clsName, ctx, { dropAlias = false } = {}) {
  const cls = model.classes.get(clsName);
  const descs = interfaceDescriptions(model.ifaces.get(cls.base === "ComplexObject" ? clsName.replace(/OutputReference$/, "") : `${clsName}Config`) || "");
  const attributes = {};
  const blockTypes = {};
  for (const mem of classMembers(cls.text)) {
    if (dropAlias && mem.name === "alias") continue;
    const r = memberSchema(model, cls, mem, `${ctx}.${mem.name}`);
    const desc = descs.get(mem.name);
    if (r.kind === "block") {
      const bt = { nesting_mode: r.nesting_mode, block: r.block };
      if (desc) bt.block = { ...bt.block, description: desc, description_kind: "plain" };
      if (r.min_items) bt.min_items = r.min_items;
      if (r.max_items) bt.max_items = r.max_items;
      blockTypes[mem.name] = bt;
    } else {
      const a = { type: r.type };
      if (desc) a.description = desc;
      a.description_kind = "plain";
      if (mem.required) a.required = true;
      if (mem.optional) a.optional = true;
      if (mem.computed) a.computed = true;
      if (!mem.required && !mem.optional && !mem.computed) {
        warn("attribute with no flag set, marked computed", ctx + "." + mem.name);
        a.computed = true;
      }
      attributes[mem.name] = a;
    }
  }
  const block = {};
  if (Object.keys(attributes).length) block.attributes = sortKeys(attributes);
  if (Object.keys(blockTypes).length) block.block_types = sortKeys(blockTypes);
  block.description_kind = "plain";
  return block;
}

// ---------------------------------------------------------------- main
function rebuild(files, log) {
  const pj = JSON.parse(files.get("package.json").toString("utf8"));
  if (pj.name !== PKG || pj.version !== PKG_VERSION) throw new Error(`expected ${PKG}@${PKG_VERSION}, got ${pj.name}@${pj.version}`);
  const dirs = typescriptByDir(files);
  const out = { provider: null, resource_schemas: {}, data_source_schemas: {}, ephemeral_resource_schemas: {} };
  const seenVersions = new Set();
  for (const [dir, sources] of [...dirs].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const model = buildModel(sources);
    for (const top of model.tops) {
      const tm = top.text.match(/public static readonly tfResourceType = "([^"]+)"/);
      if (!tm) { warn("top-level class without tfResourceType", `${dir}: ${top.name}`); continue; }
      for (const v of top.text.matchAll(/providerVersion: '([^']+)'/g)) seenVersions.add(v[1]);
      const synth = top.text.match(/protected synthesizeHclAttributes\(\)[\s\S]*?\n {2}\}\n/);
      top.hclTop = synth ? hclEntries(synth[0]) : new Map();
      const block = blockOfClass(model, top.name, `${dir}:${tm[1]}`, { dropAlias: top.base === "TerraformProvider" });
      const schema = { version: 0, block };
      if (top.base === "TerraformProvider") out.provider = schema;
      else if (top.base === "TerraformResource") out.resource_schemas[tm[1]] = schema;
      else if (top.base === "TerraformDataSource") out.data_source_schemas[tm[1]] = schema;
    }
    // cdktf (as of 21.x) generates no bindings for ephemeral resources; keep the key anyway.
    if (/TerraformEphemeralResource/.test(sources.join("\n"))) warn("ephemeral resource class found but not handled", dir);
  }
  if (!out.provider) throw new Error("no provider class found");
  if (seenVersions.size !== 1 || !seenVersions.has(PROVIDER_VERSION)) {
    throw new Error(`package targets provider versions ${[...seenVersions]} (expected ${PROVIDER_VERSION})`);
  }
  out.resource_schemas = sortKeys(out.resource_schemas);
  out.data_source_schemas = sortKeys(out.data_source_schemas);
  log(`resources: ${Object.keys(out.resource_schemas).length}, data sources: ${Object.keys(out.data_source_schemas).length}, ephemeral resources: 0`);
  return { format_version: "1.0", provider_schemas: { [PROVIDER_ADDR]: out } };
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const log = opts.quiet ? () => {} : (m) => process.stderr.write(`${m}\n`);
  const files = obtainPackage(opts.pkg, log);
  const doc = rebuild(files, log);
  for (const [k, w] of stats.warnings) log(`note: ${k}: ${w.count} (e.g. ${w.examples.join("; ")})`);
  const json = JSON.stringify(doc);
  if (opts.out === "-") process.stdout.write(json + "\n");
  else {
    const data = opts.out.endsWith(".gz") ? zlib.gzipSync(json + "\n", { level: 9 }) : json + "\n";
    fs.writeFileSync(opts.out + ".tmp", data);
    fs.renameSync(opts.out + ".tmp", opts.out);
    log(`wrote ${opts.out} (${json.length + 1} bytes uncompressed)`);
  }
}

main();
