#!/usr/bin/env node
// Generates test vectors for CDKTF's logical-ID algorithm (`makeUniqueId`)
// by calling the *real* implementation shipped in an installed `cdktf`
// package. Nothing from cdktf is copied here; the package is loaded at run
// time from the path you pass in.
//
// Usage:
//   node codegen/scripts/cdktf-unique-ids.mjs /path/to/node_modules/cdktf \
//     > codegen/tests/fixtures/cdktf-unique-ids.json
//   CDKTF_DIR=/path/to/node_modules/cdktf node codegen/scripts/cdktf-unique-ids.mjs
//
// The path may be the cdktf package directory itself, a `node_modules`
// directory holding it, or a project directory with `node_modules/cdktf`.
//
// Output (stdout): a JSON array, pretty-printed with 2 spaces plus a trailing
// newline, of
//   {"components": [...], "id": "..."}    when makeUniqueId returns, or
//   {"components": [...], "error": true}  when makeUniqueId throws.
// The cdktf version used is reported on stderr only, so output is deterministic.
//
// Fixture produced with cdktf 0.21.0 (identical algorithm in 0.17.0 - 0.21.0;
// before 0.17 it took an `allowSepChars` flag that is now always on).
//
// Rules of the algorithm that these vectors exercise:
//   1. Components equal to "Default" are dropped entirely (also from the hash).
//      If nothing remains, it throws.
//   2. A single remaining component is returned with every character outside
//      [A-Za-z0-9_-] removed, if the result is at most 255 chars long.
//   3. Otherwise: hash = first 8 hex chars, uppercased, of md5(components.join("/"))
//      (UTF-8, after dropping "Default" but before any other processing).
//      human = components, minus any component that the previously *kept*
//      component ends with (raw strings, so "" is always dropped after the
//      first), minus "Resource", each stripped of [^A-Za-z0-9_-], joined with
//      "_", cut to 240 chars. Result: human + "_" + hash.

import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";

function locateCdktf(dir) {
  const candidates = [
    dir,
    path.join(dir, "cdktf"),
    path.join(dir, "node_modules", "cdktf"),
  ];
  for (const c of candidates) {
    if (fs.existsSync(path.join(c, "lib", "private", "unique.js"))) {
      return path.resolve(c);
    }
  }
  return null;
}

const arg = process.argv[2] || process.env.CDKTF_DIR;
if (!arg) {
  console.error(
    "usage: cdktf-unique-ids.mjs <path to installed cdktf package> (or set CDKTF_DIR)",
  );
  process.exit(2);
}
const cdktfDir = locateCdktf(arg);
if (!cdktfDir) {
  console.error(`could not find lib/private/unique.js under ${arg}`);
  process.exit(2);
}

const require = createRequire(import.meta.url);
const { makeUniqueId } = require(path.join(cdktfDir, "lib", "private", "unique.js"));
if (typeof makeUniqueId !== "function") {
  console.error(`${cdktfDir}/lib/private/unique.js does not export makeUniqueId`);
  process.exit(2);
}
const version = JSON.parse(
  fs.readFileSync(path.join(cdktfDir, "package.json"), "utf8"),
).version;
console.error(`using cdktf ${version} from ${cdktfDir}`);

// Deterministic string helpers.
const rep = (s, n) => s.repeat(n);
// n chars cycling through [a-z0-9], starting at position `offset` of the cycle.
const alnum = (n, offset = 0) => {
  const chars = "abcdefghijklmnopqrstuvwxyz0123456789";
  let out = "";
  for (let i = 0; i < n; i++) out += chars[(i + offset) % chars.length];
  return out;
};

const cases = [
  // --- single component: returned as-is after stripping ---
  ["Bucket"],
  ["my-bucket_1"],
  ["a"],
  ["123"],
  ["my.bucket"],
  ["my bucket"],
  ["price$"],
  ["${var.x}"],
  ["a:b;c,d(e)f[g]h{i}j"],
  ["tab\tand\nnewline"],
  ["café"],
  ["日本語"],
  ["bucket-ü-ß"],
  ["emoji😀bucket"],
  ["..."],
  [""],
  ["-_-"],
  ["Resource"],
  // exactly 255 chars -> kept verbatim
  [alnum(255)],
  // 256 chars -> hashed, human part truncated to 240
  [alnum(256)],
  // 300 chars -> hashed
  [alnum(300)],
  // raw length 300 but 45 dots removed -> 255 kept verbatim
  [rep("abcde.", 45) + alnum(30)],
  // raw length 400, many specials, cleaned 200 -> kept verbatim
  [rep("ab..", 100)],
  // raw 256 with a single special char -> cleaned 255 -> verbatim
  [alnum(128) + "." + alnum(127)],
  // single component of 255 unicode chars -> cleaned to "" (non-ASCII removed)
  [rep("é", 255)],

  // --- "Default" handling ---
  ["Default"],
  ["Default", "Default"],
  [],
  ["Default", "Bucket"],
  ["Bucket", "Default"],
  ["Stack", "Default", "Bucket"],
  ["Default", "Default", "my.bucket"],
  ["vpc", "Default", "subnet"],
  ["default", "Bucket"],
  ["DEFAULT", "Bucket"],
  ["Default", alnum(256)],

  // --- "Resource" handling (hidden from human part, kept in hash) ---
  ["Resource", "Resource"],
  ["Bucket", "Resource"],
  ["Resource", "Bucket"],
  ["MyConstruct", "Resource", "Bucket"],
  ["Bucket", "Resource", "Bucket"],
  ["Default", "Resource"],
  ["resource", "Bucket"],
  ["MyResource", "Resource"],
  ["a", "Resource", "Default", "b"],

  // --- duplicate-suffix removal ---
  ["Bucket", "MyBucket"],
  ["MyBucket", "Bucket"],
  ["a", "a"],
  ["ab", "b"],
  ["b", "ab"],
  ["a", "a", "a"],
  ["abc", "bc", "c"],
  ["abc", "c", "bc"],
  ["x", "", "y"],
  ["", "x"],
  ["my.bucket", "bucket"],
  ["my-bucket", "mybucket"],
  ["mybucket", "my-bucket"],
  ["Stack", "Bucket", "Bucket"],
  ["Bucket", "Other", "Bucket"],

  // --- multi-component, characters outside [A-Za-z0-9_-] ---
  ["my stack", "my.bucket"],
  ["a$b", "c d"],
  ["café", "bücket"],
  ["日本", "語"],
  ["🙂", "🙃"],
  ["with-dash", "with_underscore"],
  ["__", "--"],
  ["...", "..."],

  // --- typical construct trees ---
  ["MyConstruct", "Bucket"],
  ["network", "vpc"],
  ["network", "vpc", "subnet-a"],
  ["app", "service", "role", "policy", "attachment"],
  ["L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8"],
  ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"],
  ["Region-us-east-1", "Vpc", "Default", "Subnet", "Resource", "RouteTable"],
  ["cross-stack-output-aws_s3_bucket.bucket.arn"],
  ["cross-stack-reference-input-other", "Bucket"],

  // --- human part truncation at 240 chars ---
  [alnum(120), alnum(120)], // equal -> deduplicated, no truncation
  [alnum(120), alnum(120, 7)],
  [alnum(119), alnum(120, 7)],
  [alnum(120), alnum(119, 7)],
  [alnum(121), alnum(121, 7)],
  [alnum(239), "x"],
  [alnum(240), "x"],
  [alnum(100), alnum(100, 1), alnum(100, 2)],
  [alnum(80), alnum(80, 1), alnum(80, 2), alnum(80, 3), alnum(80, 4)],
  [rep("Parent", 30), rep("Child", 30), "Leaf"],
  [alnum(250), "Resource"],
  ["Resource", alnum(250)],
  [rep("é", 300), "x"],
  [rep("a.", 200), "b"],
];

const vectors = cases.map((components) => {
  try {
    const id = makeUniqueId([...components]);
    return { components, id };
  } catch {
    return { components, error: true };
  }
});

process.stdout.write(JSON.stringify(vectors, null, 2) + "\n");
