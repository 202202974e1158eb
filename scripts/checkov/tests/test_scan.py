"""Tests of tfdr's checkov gate (scripts/checkov/scan.py).

Run with the python of the pinned venv, as .ci/run does:

    "$(scripts/checkov/setup-venv.sh)" -m unittest discover -s scripts/checkov/tests -v

Tests that run checkov need it importable by this python: without it they skip
loudly, and under CI=true they fail (like the terraform tests of tfdr-testing).
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import tempfile
import textwrap
import threading
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCAN = HERE.parent / "scan.py"
FIXTURES = HERE / "fixtures"
BUCKET = FIXTURES / "bucket.tf.json"
REQUIRED_VERSION = FIXTURES / "required-version.tf.json"
BUCKET_ADDR = "aws_s3_bucket.store_primary_bucket_1A2B3C4D"
BUCKET_PATH = "fixture/store/primary/bucket"

sys.path.insert(0, str(SCAN.parent))
import scan  # noqa: E402


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1")


def require_checkov(test: unittest.TestCase) -> None:
    if importlib.util.find_spec("checkov") is not None:
        return
    msg = (
        f"checkov is not importable by {sys.executable}, so this test cannot run; "
        "fix: run the tests with the python printed by scripts/checkov/setup-venv.sh"
    )
    if in_ci():
        test.fail(f"CI=true: FAILING: {msg}")
    print(f"\nSKIPPING {test.id()}: {msg}", file=sys.stderr)
    test.skipTest(msg)


class Gate(unittest.TestCase):
    """The gate end to end: scan.py as a program, checkov for real, offline."""

    def setUp(self) -> None:
        require_checkov(self)
        self.tmp = tempfile.TemporaryDirectory(prefix="tfdr-checkov-test-")
        self.addCleanup(self.tmp.cleanup)

    def suppressions(self, text: str) -> Path:
        p = Path(self.tmp.name) / "suppressions.toml"
        p.write_text(textwrap.dedent(text))
        return p

    def run_gate(self, *args: str, suppressions: str = "", env: dict | None = None, cwd: str | None = None):
        sup = self.suppressions(suppressions)
        proc = subprocess.run(
            [sys.executable, str(SCAN), "--suppressions", str(sup), *args],
            capture_output=True,
            text=True,
            env={**os.environ, **(env or {})},
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            timeout=300,
        )
        return proc.returncode, proc.stdout + proc.stderr

    def test_unencrypted_bucket_fails_the_gate(self) -> None:
        rc, out = self.run_gate("--check", "CKV_AWS_145", str(BUCKET))
        self.assertEqual(rc, 1, out)
        self.assertIn("FAILED CKV_AWS_145: Ensure that S3 buckets are encrypted with KMS by default", out)
        self.assertIn(f"resource: {BUCKET_ADDR}", out)
        self.assertIn(f"path:     {BUCKET_PATH}", out)
        self.assertIn(f"{BUCKET}:19-28", out)
        self.assertIn("checks passed 0, failed 1 (suppressed 0, unsuppressed 1)", out)
        self.assertIn("checkov gate: FAILED (1 unsuppressed failure(s)", out)

    def test_all_checks_by_default_and_every_failure_mapped(self) -> None:
        rc, out = self.run_gate(str(BUCKET))
        self.assertEqual(rc, 1, out)
        for check in ("CKV_AWS_145", "CKV_AWS_18", "CKV_AWS_21", "CKV2_AWS_6", "CKV_AWS_26"):
            self.assertIn(f"FAILED {check}:", out)
        # checkov names the topic `resource.same` (no type) and an SQS queue is `same`
        # too: the line range picks the topic.
        self.assertIn("resource: aws_sns_topic.same", out)
        self.assertIn("path:     fixture/alerts/primary/same", out)
        self.assertNotIn("fixture/queue/primary/same", out)

    def test_suppression_with_reason_passes(self) -> None:
        rc, out = self.run_gate(
            "--check",
            "CKV_AWS_145",
            str(BUCKET),
            suppressions=f"""
            [[suppress]]
            check = "CKV_AWS_145"
            resources = ["{BUCKET_PATH}"]
            reason = "the fixture bucket is unencrypted on purpose"
            """,
        )
        self.assertEqual(rc, 0, out)
        self.assertIn("checks passed 0, failed 1 (suppressed 1, unsuppressed 0)", out)
        self.assertIn("checkov gate: ok", out)
        self.assertNotIn("FAILED CKV_AWS_145", out)

    def test_wildcard_path_and_exact_address_suppress(self) -> None:
        rc, out = self.run_gate(
            "--check",
            "CKV_AWS_145,CKV_AWS_26",
            str(BUCKET),
            suppressions="""
            [[suppress]]
            check = "CKV_AWS_145"
            resources = ["*/store/*/bucket"]
            reason = "the fixture bucket is unencrypted on purpose"

            [[suppress]]
            check = "CKV_AWS_26"
            resources = ["aws_sns_topic.same"]
            reason = "the fixture topic is unencrypted on purpose"
            """,
        )
        self.assertEqual(rc, 0, out)

    def test_suppression_is_per_check_and_per_resource(self) -> None:
        # The bucket's suppression does not cover the topic, nor another check on the bucket.
        rc, out = self.run_gate(
            "--check",
            "CKV_AWS_145,CKV_AWS_26,CKV_AWS_21",
            str(BUCKET),
            suppressions=f"""
            [[suppress]]
            check = "CKV_AWS_145"
            resources = ["{BUCKET_PATH}"]
            reason = "the fixture bucket is unencrypted on purpose"
            """,
        )
        self.assertEqual(rc, 1, out)
        self.assertNotIn("FAILED CKV_AWS_145", out)
        self.assertIn("FAILED CKV_AWS_21", out)
        self.assertIn("FAILED CKV_AWS_26", out)

    def test_stale_suppression_fails_unless_its_stack_was_not_scanned(self) -> None:
        rc, out = self.run_gate(
            "--check",
            "CKV_AWS_145",
            str(BUCKET),
            suppressions=f"""
            [[suppress]]
            check = "CKV_AWS_145"
            resources = ["{BUCKET_PATH}", "fixture/store/dr/bucket", "other-stack/store/dr/bucket"]
            reason = "the fixture bucket is unencrypted on purpose"
            """,
        )
        self.assertEqual(rc, 1, out)
        self.assertIn("STALE suppression #1 (CKV_AWS_145): 'fixture/store/dr/bucket' matched no failed check", out)
        self.assertNotIn("other-stack", out)  # not scanned: not judged
        self.assertIn("1 stale suppression(s)", out)

    def test_unparsable_file_fails(self) -> None:
        rc, out = self.run_gate("--check", "CKV_AWS_145", str(REQUIRED_VERSION))
        self.assertEqual(rc, 1, out)
        self.assertIn(f"PARSE ERROR: checkov could not parse {REQUIRED_VERSION}", out)
        self.assertIn("required_version", out)

    def test_scan_that_evaluated_nothing_fails(self) -> None:
        rc, out = self.run_gate("--check", "CKV_AWS_139", str(BUCKET))  # an RDS check; no RDS here
        self.assertEqual(rc, 1, out)
        self.assertIn("EMPTY: checkov evaluated no check", out)

    def test_environment_and_config_files_cannot_narrow_the_scan(self) -> None:
        cwd = Path(self.tmp.name) / "work"
        cwd.mkdir()
        (cwd / ".checkov.yaml").write_text("skip-check:\n  - CKV_AWS_145\n")
        rc, out = self.run_gate(
            "--check",
            "CKV_AWS_145",
            str(BUCKET),
            env={"CKV_SKIP_CHECK": "CKV_AWS_145", "HOME": str(cwd)},
            cwd=str(cwd),
        )
        self.assertEqual(rc, 1, out)
        self.assertIn("FAILED CKV_AWS_145", out)

    def test_missing_input_is_a_usage_error(self) -> None:
        rc, out = self.run_gate("/nonexistent/stack.tf.json")
        self.assertEqual(rc, 2, out)
        self.assertIn("/nonexistent/stack.tf.json: no such file", out)


class Suppressions(unittest.TestCase):
    """The suppression file format: every rule rejects a bad entry with a clear message."""

    def load(self, text: str):
        with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False) as f:
            f.write(textwrap.dedent(text))
        self.addCleanup(os.unlink, f.name)
        return scan.load_suppressions(Path(f.name))

    def rejected(self, text: str, *needles: str) -> None:
        with self.assertRaises(scan.UsageError) as cm:
            self.load(text)
        for n in needles:
            self.assertIn(n, str(cm.exception))

    def entry(self, check='"CKV_AWS_145"', resources='["fixture/store/primary/bucket"]', reason='"a reason long enough to review"', extra=""):
        return f"[[suppress]]\ncheck = {check}\nresources = {resources}\nreason = {reason}\n{extra}"

    def test_valid_entry_loads(self) -> None:
        (s,) = self.load(self.entry())
        self.assertEqual((s.check, s.patterns), ("CKV_AWS_145", ["fixture/store/primary/bucket"]))

    def test_entry_without_reason_is_rejected(self) -> None:
        self.rejected('[[suppress]]\ncheck = "CKV_AWS_145"\nresources = ["fixture/store/primary/bucket"]\n', "suppression #1 (CKV_AWS_145): `reason` is missing or empty")
        self.rejected(self.entry(reason='"   "'), "`reason` is missing or empty")

    def test_placeholder_or_short_reason_is_rejected(self) -> None:
        self.rejected(self.entry(reason='"TODO"'), "too short to review")
        self.rejected(self.entry(reason='"accepted"'), "too short to review")

    def test_blanket_patterns_are_rejected(self) -> None:
        for pat, why in [
            ("*", "addresses must be exact"),
            ("**", "addresses must be exact"),
            ("fixture/**", "ends in a wildcard"),
            ("*/*/*/*", "ends in a wildcard"),
            ("*/bucket", "at least one literal segment besides the last"),
            ("**/bucket", "at least one literal segment besides the last"),
            ("aws_s3_bucket.*", "addresses must be exact"),
            ("fixture//bucket", "empty path segment"),
            ("fixture/st**/bucket", "`**` inside a segment"),
        ]:
            with self.subTest(pattern=pat):
                self.rejected(self.entry(resources=f'["{pat}"]'), repr(pat), why)
        self.rejected(self.entry(resources="[]"), "non-empty list", "no blanket suppressions")
        self.rejected('[[suppress]]\ncheck = "CKV_AWS_145"\nreason = "a reason long enough to review"\n', "`resources` must be a non-empty list")

    def test_bad_check_id_unknown_key_duplicate_and_layout_are_rejected(self) -> None:
        self.rejected(self.entry(check='"CKV_AWS_*"'), "`check` must be one checkov check id")
        self.rejected(self.entry(extra='expires = "2030-01-01"'), "unknown key(s) ['expires']")
        self.rejected(self.entry() + "\n" + self.entry(), "already suppressed for CKV_AWS_145 by suppression #1")
        self.rejected('check = "CKV_AWS_145"\n', "unknown top-level key(s)")
        self.rejected("[[suppress]\n", "not valid TOML")

    def test_patterns_match_construct_paths(self) -> None:
        rx = scan._pattern_regex
        self.assertTrue(rx("*/aurora/*/cluster").match("payments-dr/aurora/dr/cluster"))
        self.assertFalse(rx("*/aurora/*/cluster").match("payments-dr/aurora/dr/x/cluster"))
        self.assertTrue(rx("payments-dr/**/cluster").match("payments-dr/aurora/dr/cluster"))
        self.assertFalse(rx("payments-dr/**/cluster").match("payments-dr/cluster"))
        self.assertFalse(rx("payments-dr/aurora/dr/cluster").match("payments-dr/aurora/dr/cluster-2"))
        self.assertTrue(rx("payments-dr/aurora/*-1/cluster").match("payments-dr/aurora/dr-1/cluster"))

    def test_the_repository_list_is_valid(self) -> None:
        sups = scan.load_suppressions(scan.DEFAULT_SUPPRESSIONS)
        self.assertTrue(sups, "security/checkov-suppressions.toml has entries")


class NetworkGuard(unittest.TestCase):
    """The audit hook checkov runs under: nothing but loopback."""

    def run_guarded(self, code: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-c", scan.NETWORK_GUARD + textwrap.dedent(code)],
            capture_output=True,
            text=True,
            timeout=60,
        )

    def test_name_lookup_and_connection_are_blocked_and_reported(self) -> None:
        p = self.run_guarded(
            """
            import socket
            for call in (lambda: socket.getaddrinfo("pypi.org", 443),
                         lambda: socket.socket().connect(("192.0.2.1", 443))):
                try:
                    call()
                    print("NOT BLOCKED")
                except OSError as e:
                    print("blocked:", e)
            """
        )
        self.assertNotIn("NOT BLOCKED", p.stdout, p.stderr)
        self.assertIn(f"{scan.NETWORK_MARKER} name lookup of 'pypi.org'", p.stderr)
        self.assertIn(f"{scan.NETWORK_MARKER} connection to ('192.0.2.1', 443)", p.stderr)

    def test_loopback_is_allowed(self) -> None:
        srv = socket.socket()
        srv.bind(("127.0.0.1", 0))
        srv.listen(1)
        self.addCleanup(srv.close)
        t = threading.Thread(target=lambda: srv.accept()[0].close(), daemon=True)
        t.start()
        port = srv.getsockname()[1]
        p = self.run_guarded(
            f"""
            import socket
            socket.create_connection(("127.0.0.1", {port}), timeout=5).close()
            socket.getaddrinfo("localhost", {port})
            print("ok")
            """
        )
        self.assertEqual(p.stdout.strip(), "ok", p.stderr)
        self.assertNotIn(scan.NETWORK_MARKER, p.stderr)


if __name__ == "__main__":
    unittest.main()
