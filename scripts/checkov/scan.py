#!/usr/bin/env python3
"""tfdr's checkov gate: scan synthesized *.tf.json stacks, offline, and fail on
every failed check that the reviewed suppression list does not cover.

Run it with the python of the pinned venv (scripts/checkov/setup-venv.sh), or
through scripts/checkov/scan.sh, which does that for you:

    scripts/checkov/scan.sh [--suppressions FILE] STACK.tf.json...

Exit status: 0 the gate passes; 1 the gate fails (a failed check that no
suppression covers, a stale suppression, a file checkov could not parse or
evaluated nothing in); 2 usage or setup error (unreadable or invalid
suppression file, missing input, checkov crashed or tried to reach the network).

The suppression list (default: security/checkov-suppressions.toml) is TOML:

    [[suppress]]
    check = "CKV_AWS_139"
    resources = ["payments-dr/aurora/primary/cluster", "*/aurora/dr/cluster"]
    reason = "why this failure is right for these resources"

`resources` holds construct paths (`//.metadata.path` of each resource, as tfdr
writes it; `*` matches within one segment, a `**` segment one or more segments, the last
segment must be literal) or, for blocks without a construct path, exact
addresses (`aws_s3_bucket.logs`, `data.aws_iam_policy_document.x`,
`provider.aws.primary`). See security/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SUPPRESSIONS = REPO / "security" / "checkov-suppressions.toml"

CHECK_ID = re.compile(r"^CKV2?_[A-Z0-9]+_[0-9]+$")
MIN_REASON = 20
PLACEHOLDER_REASONS = {"todo", "tbd", "n/a", "na", "none", "fixme", "wip", "temporary"}
ENTRY_KEYS = {"check", "resources", "reason"}

# Printed on checkov's stderr by the network guard below; any such line fails the run.
NETWORK_MARKER = "tfdr-checkov-network-blocked:"

# Environment variables checkov reads as options or platform settings
# (CKV_SKIP_CHECK, CKV_CHECK, BC_API_KEY, PRISMA_API_URL, ...): removed, so a
# developer's or CI's environment can neither narrow the scan nor turn on an upload.
SCRUBBED_ENV_PREFIXES = ("CKV_", "BC_", "PRISMA_", "CHECKOV_")
SCRUBBED_ENV = {"DOWNLOAD_EXTERNAL_MODULES", "EXTERNAL_MODULES_DIR", "LOG_LEVEL"}

# An audit hook that refuses every name lookup and connection that is not
# loopback, and says so on stderr. checkov runs in-process after it: with
# --skip-download and the variables of checkov_env() it makes none (checked
# with strace), so the hook turns a future version's new call into a failed
# gate instead of a silent wait or a silent upload.
NETWORK_GUARD = r"""
import ipaddress, socket, sys
MARK = %r
def _loopback(host):
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%%")[0]).is_loopback
    except ValueError:
        return False
def _block(what):
    sys.stderr.write(MARK + " " + what + "\n")
    sys.stderr.flush()
    raise OSError("network access is disabled in tfdr's checkov gate: " + what)
def _hook(event, args):
    if event == "socket.getaddrinfo" and not _loopback(args[0]):
        _block("name lookup of %%r" %% (args[0],))
    elif event in ("socket.connect", "socket.sendto") and args[0].family in (socket.AF_INET, socket.AF_INET6):
        addr = args[1] if event == "socket.connect" else args[-1]
        if isinstance(addr, tuple) and not _loopback(addr[0]):
            _block("connection to %%r" %% (addr,))
sys.addaudithook(_hook)
""" % (NETWORK_MARKER,)

RUN_CHECKOV = r"""
import sys, warnings
sys.argv = ["checkov"] + sys.argv[1:]
with warnings.catch_warnings():
    warnings.simplefilter("ignore", category=SyntaxWarning)
    from checkov.main import Checkov
    sys.exit(Checkov().run())
"""


class UsageError(Exception):
    """Bad input or setup: exit status 2."""


# ---------------------------------------------------------------- suppressions


@dataclass
class Suppression:
    index: int  # 1-based position in the file
    check: str
    patterns: list[str]
    reason: str
    regexes: list[re.Pattern[str] | None] = field(default_factory=list)  # None: exact address
    hits: list[int] = field(default_factory=list)  # failures matched, per pattern

    def label(self) -> str:
        return f"suppression #{self.index} ({self.check})"


def _pattern_regex(pattern: str) -> re.Pattern[str]:
    """`*` matches within one path segment, a `**` segment one or more segments."""
    segs = []
    for seg in pattern.split("/"):
        if seg == "**":
            segs.append("[^/]+(?:/[^/]+)*")
        else:
            segs.append("[^/]*".join(re.escape(p) for p in seg.split("*")))
    return re.compile("^" + "/".join(segs) + "$")


def check_pattern(pattern: object) -> str | None:
    """Why `pattern` is not an acceptable resource pattern, or None."""
    if not isinstance(pattern, str) or not pattern.strip():
        return "must be a non-empty string"
    if pattern != pattern.strip():
        return "has leading or trailing whitespace"
    if "/" not in pattern:
        if "*" in pattern:
            return (
                "is an address with a wildcard; addresses must be exact "
                "(use construct paths, `stack/component/side/id`, for patterns)"
            )
        return None
    segs = pattern.split("/")
    if any(s == "" for s in segs):
        return "has an empty path segment"
    if any("**" in s and s != "**" for s in segs):
        return "uses `**` inside a segment (it must stand alone)"
    if "*" in segs[-1]:
        return "ends in a wildcard: the last segment (the construct id) must be literal, so a suppression names resources, not subtrees"
    if len(segs) < 2 or not any("*" not in s for s in segs[:-1]):
        return "needs at least one literal segment besides the last (e.g. `*/aurora/*/cluster`)"
    return None


def load_suppressions(path: Path) -> list[Suppression]:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise UsageError(f"cannot read suppression file {path}: {e.strerror}") from e
    try:
        doc = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise UsageError(f"{path}: not valid TOML: {e}") from e
    unknown = set(doc) - {"suppress"}
    if unknown:
        raise UsageError(f"{path}: unknown top-level key(s) {sorted(unknown)}; entries are [[suppress]] tables")
    entries = doc.get("suppress", [])
    if not isinstance(entries, list):
        raise UsageError(f"{path}: `suppress` must be an array of tables ([[suppress]])")
    problems: list[str] = []
    out: list[Suppression] = []
    seen: dict[tuple[str, str], int] = {}
    for i, e in enumerate(entries, start=1):
        where = f"{path}: suppression #{i}"
        if not isinstance(e, dict):
            problems.append(f"{where}: must be a table")
            continue
        extra = set(e) - ENTRY_KEYS
        if extra:
            problems.append(f"{where}: unknown key(s) {sorted(extra)} (allowed: check, resources, reason)")
        check = e.get("check")
        if not isinstance(check, str) or not CHECK_ID.match(check):
            problems.append(f"{where}: `check` must be one checkov check id like CKV_AWS_139 or CKV2_AWS_5, got {check!r}")
            check = str(check)
        where = f"{where} ({check})"
        reason = e.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            problems.append(f"{where}: `reason` is missing or empty: every suppression says why the failure is right for these resources")
        elif len(" ".join(reason.split())) < MIN_REASON or reason.strip().lower().rstrip(".") in PLACEHOLDER_REASONS:
            problems.append(f"{where}: `reason` {reason.strip()!r} is too short to review (at least {MIN_REASON} characters, no placeholder)")
        pats = e.get("resources")
        if not isinstance(pats, list) or not pats:
            problems.append(f"{where}: `resources` must be a non-empty list of construct paths or addresses (no blanket suppressions)")
            pats = []
        regexes: list[re.Pattern[str] | None] = []
        for p in pats:
            why = check_pattern(p)
            if why:
                problems.append(f"{where}: resource pattern {p!r} {why}")
                continue
            key = (check, p)
            if key in seen:
                problems.append(f"{where}: {p!r} is already suppressed for {check} by suppression #{seen[key]}")
            seen[key] = i
            regexes.append(_pattern_regex(p) if "/" in p else None)
        out.append(Suppression(i, check, list(pats), str(reason), regexes, [0] * len(regexes)))
    if problems:
        raise UsageError("invalid suppression file:\n  " + "\n  ".join(problems))
    return out


# ---------------------------------------------------------------- stacks


@dataclass
class Entity:
    address: str  # aws_rds_cluster.x, data.aws_iam_policy_document.y, provider.aws.primary
    name: str  # the block's own name (logical id), or the provider type
    path: str | None  # construct path from //.metadata.path


@dataclass
class StackFile:
    file: Path
    stack: str
    by_lines: dict[tuple[int, int], Entity]
    by_name: dict[str, list[Entity]]
    passed: int = 0
    failed: int = 0
    suppressed: int = 0
    skipped: int = 0


def _strip_marks(d: dict) -> list[tuple[str, object]]:
    return [(k, v) for k, v in d.items() if not (k.startswith("__") and k.endswith("__")) and k != "//"]


def index_stack(file: Path) -> StackFile:
    """Maps checkov's line ranges (its own JSON loader) to addresses and construct paths."""
    from checkov.common.parsers.yaml import loader  # same loader checkov's terraform_json parser uses

    try:
        text = file.read_text(encoding="utf-8")
        plain = json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise UsageError(f"{file}: not a readable JSON file: {e}") from e
    if not isinstance(plain, dict):
        raise UsageError(f"{file}: not a Terraform JSON document (top level is not an object)")
    meta = plain.get("//", {}).get("metadata", {}) if isinstance(plain.get("//"), dict) else {}
    stack = meta.get("stackName") or file.name.removesuffix(".json").removesuffix(".tf")
    doc = loader.loads(content=text)
    if isinstance(doc, list):
        doc = doc[0] if doc else {}
    sf = StackFile(file, stack, {}, {})

    def add(lines: tuple[int, int], ent: Entity) -> None:
        sf.by_lines[lines] = ent
        sf.by_name.setdefault(ent.name, []).append(ent)

    for kind in ("resource", "data", "ephemeral"):
        for typ, blocks in _strip_marks(doc.get(kind) or {}):
            if not isinstance(blocks, dict):
                continue
            for name, body in _strip_marks(blocks):
                if not isinstance(body, dict):
                    continue
                path = body.get("//", {}).get("metadata", {}).get("path") if isinstance(body.get("//"), dict) else None
                prefix = "" if kind == "resource" else f"{kind}."
                add((body["__startline__"], body["__endline__"]), Entity(f"{prefix}{typ}.{name}", name, path))
    for typ, confs in _strip_marks(doc.get("provider") or {}):
        for conf in confs if isinstance(confs, list) else [confs]:
            if isinstance(conf, dict):
                alias = conf.get("alias")
                addr = f"provider.{typ}" + (f".{alias}" if alias else "")
                add((conf["__startline__"], conf["__endline__"]), Entity(addr, typ, None))
    return sf


def resolve(sf: StackFile, result: dict) -> Entity:
    """The block a checkov result is about: by line range, checked against its name."""
    reported = str(result.get("resource", ""))
    lines = result.get("file_line_range") or []
    ent = sf.by_lines.get(tuple(lines)) if len(lines) == 2 else None
    name = reported.rsplit(".", 1)[-1]
    if reported.startswith("provider."):
        name = reported.split(".")[1]
    if ent is not None:
        if ent.name != name:
            raise UsageError(
                f"{sf.file}:{lines[0]}-{lines[1]}: checkov reports {reported!r} but that range holds {ent.address}; "
                "cannot map this result to a resource"
            )
        return ent
    candidates = sf.by_name.get(name, [])
    if len(candidates) == 1:
        return candidates[0]
    raise UsageError(f"{sf.file}: cannot map checkov result {result.get('check_id')} on {reported!r} (lines {lines}) to one block")


# ---------------------------------------------------------------- checkov


def checkov_env(home: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(SCRUBBED_ENV_PREFIXES) and k not in SCRUBBED_ENV
    }
    env.update(
        {
            "HOME": home,  # no ~/.checkov.yaml
            "CKV_SKIP_PACKAGE_UPDATE_CHECK": "true",  # no PyPI version check
            "BC_SKIP_MAPPING": "TRUE",  # no guideline/mapping download (same as --skip-download)
            "PYTHONWARNINGS": "ignore",
        }
    )
    return env


def run_checkov(files: list[Path], checks: str | None) -> dict:
    cmd = [sys.executable, "-c", NETWORK_GUARD + RUN_CHECKOV]
    for f in files:
        cmd += ["-f", str(f)]
    cmd += ["--framework", "terraform_json", "--output", "json", "--skip-download", "--compact"]
    if checks:
        cmd += ["--check", checks]
    with tempfile.TemporaryDirectory(prefix="tfdr-checkov-") as tmp:
        # cwd and HOME are an empty directory: no .checkov.yaml can add skips.
        proc = subprocess.run(cmd, cwd=tmp, env=checkov_env(tmp), capture_output=True, text=True, stdin=subprocess.DEVNULL)
    blocked = [l for l in proc.stderr.splitlines() if l.startswith(NETWORK_MARKER)]
    if blocked:
        raise UsageError("checkov tried to reach the network (blocked; the gate is offline by design):\n  " + "\n  ".join(blocked))
    if proc.returncode not in (0, 1):
        raise UsageError(f"checkov failed (exit {proc.returncode}):\n{proc.stderr[-4000:]}")
    try:
        out = json.loads(proc.stdout)
    except json.JSONDecodeError as e:
        raise UsageError(f"checkov printed no JSON report ({e}); stderr:\n{proc.stderr[-4000:]}") from e
    if isinstance(out, list):  # one report per framework; we ask for one
        reports = [r for r in out if r.get("check_type") == "terraform_json"]
        out = reports[0] if reports else {}
    out["_stderr"] = proc.stderr
    return out


# ---------------------------------------------------------------- the gate


def gate(files: list[Path], suppressions: list[Suppression], checks: str | None, out=sys.stdout) -> int:
    stacks: dict[Path, StackFile] = {}
    for f in files:
        sf = index_stack(f)
        stacks[f] = sf
    report = run_checkov(files, checks)
    results = report.get("results", {}) or {}
    summary = report.get("summary", {}) or {}
    if summary.get("checkov_version"):
        print(f"checkov {summary['checkov_version']}, framework terraform_json, offline", file=out)

    def stack_of(r: dict) -> StackFile:
        p = Path(r.get("file_abs_path", "")).resolve()
        if p not in stacks:
            raise UsageError(f"checkov reported a result for a file not asked for: {p}")
        return stacks[p]

    problems = 0
    for r in results.get("passed_checks", []):
        stack_of(r).passed += 1
    for r in results.get("skipped_checks", []):
        # Only this list may suppress; an inline or config skip is a hole.
        sf = stack_of(r)
        sf.skipped += 1
        problems += 1
        print(f"SKIPPED by checkov itself (not allowed, only {DEFAULT_SUPPRESSIONS.name} may suppress): {r.get('check_id')} on {r.get('resource')} in {sf.file}", file=out)

    unsuppressed: list[tuple[dict, StackFile, Entity]] = []
    for r in results.get("failed_checks", []):
        sf = stack_of(r)
        ent = resolve(sf, r)
        sf.failed += 1
        hit = False
        for s in suppressions:
            if s.check != r.get("check_id"):
                continue
            for i, (pat, rx) in enumerate(zip(s.patterns, s.regexes)):
                if (rx is not None and ent.path is not None and rx.match(ent.path)) or (rx is None and pat == ent.address):
                    s.hits[i] += 1
                    hit = True
        if hit:
            sf.suppressed += 1
        else:
            unsuppressed.append((r, sf, ent))

    for r, sf, ent in sorted(unsuppressed, key=lambda t: (str(t[1].file), t[2].path or t[2].address, t[0]["check_id"])):
        lines = r.get("file_line_range") or ["?", "?"]
        print(f"FAILED {r['check_id']}: {r.get('check_name', '')}", file=out)
        print(f"    resource: {ent.address}", file=out)
        print(f"    path:     {ent.path or '(no construct path)'}", file=out)
        print(f"    file:     {sf.file}:{lines[0]}-{lines[1]}", file=out)
    problems += len(unsuppressed)

    errors = results.get("parsing_errors", []) or []
    if summary.get("parsing_errors") and not errors:
        errors = [f"{summary['parsing_errors']} file(s)"]
    for e in errors:
        problems += 1
        print(
            f"PARSE ERROR: checkov could not parse {e} and evaluated nothing in it "
            "(known cause: `terraform.required_version` in *.tf.json; see README \"Security scan (checkov)\")",
            file=out,
        )

    scanned = {sf.stack for sf in stacks.values()}
    stale = 0
    for s in suppressions:
        if checks and s.check not in checks.split(","):
            continue  # the scan was narrowed: entries for other checks cannot match
        for pat, n in zip(s.patterns, s.hits):
            if n:
                continue
            first = pat.split("/")[0]
            if "/" in pat and "*" not in first and first not in scanned:
                continue  # a stack that was not scanned this time
            stale += 1
            print(f"STALE {s.label()}: {pat!r} matched no failed check; remove it (or the check now passes: good)", file=out)
    problems += stale

    for sf in stacks.values():
        total = sf.passed + sf.failed + sf.skipped
        print(
            f"stack {sf.stack} ({sf.file}): checks passed {sf.passed}, failed {sf.failed} "
            f"(suppressed {sf.suppressed}, unsuppressed {sf.failed - sf.suppressed}), skipped {sf.skipped}",
            file=out,
        )
        if total == 0 and str(sf.file) not in " ".join(map(str, errors)):
            problems += 1
            print(f"EMPTY: checkov evaluated no check in {sf.file}; refusing to pass a scan that looked at nothing", file=out)

    if problems:
        print(
            f"checkov gate: FAILED ({len(unsuppressed)} unsuppressed failure(s), {stale} stale suppression(s), "
            f"{len(errors)} parse error(s))",
            file=out,
        )
        return 1
    print("checkov gate: ok", file=out)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="scan.py",
        description="Scan *.tf.json stacks with the pinned checkov (offline) and fail on unsuppressed findings.",
    )
    ap.add_argument("files", nargs="*", type=Path, metavar="STACK.tf.json")
    ap.add_argument("--suppressions", type=Path, default=DEFAULT_SUPPRESSIONS, help="reviewed suppression list (TOML); default: %(default)s")
    ap.add_argument("--check", help="only these checkov check ids (comma-separated); for debugging and tests, CI never narrows")
    ap.add_argument("--validate-suppressions", action="store_true", help="only check the suppression file, run nothing")
    args = ap.parse_args(argv)
    try:
        sups = load_suppressions(args.suppressions)
        if args.validate_suppressions:
            print(f"{args.suppressions}: {len(sups)} suppression(s), valid")
            return 0
        if not args.files:
            raise UsageError("no stack files given (STACK.tf.json...)")
        files: list[Path] = []
        for f in args.files:
            if not f.is_file():
                raise UsageError(f"{f}: no such file")
            rf = f.resolve()
            if rf not in files:
                files.append(rf)
        if args.check and not all(CHECK_ID.match(c) for c in args.check.split(",")):
            raise UsageError(f"--check {args.check!r}: expected comma-separated check ids")
        return gate(files, sups, args.check)
    except UsageError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except ModuleNotFoundError as e:
        print(
            f"error: {e.name} is not importable by {sys.executable}; run this with the python that "
            "scripts/checkov/setup-venv.sh prints (or use scripts/checkov/scan.sh)",
            file=sys.stderr,
        )
        return 2


if __name__ == "__main__":
    sys.exit(main())
