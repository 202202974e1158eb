"""The contract with the deployment: the timeout against the Rust component's
constant, the environment it sets, and the password rules against the ones
``aurora_global`` uses for the first password."""

from __future__ import annotations

import os
import re

import aws
import steps

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "src")


def _read(*path: str) -> str:
    with open(os.path.join(SRC, *path), encoding="utf-8") as f:
        return f.read()


def _const(source: str, name: str) -> int:
    m = re.search(rf"pub const {name}: u32 = ([0-9_]+);", source)
    assert m, f"{name} not found"
    return int(m.group(1).replace("_", ""))


def test_every_client_has_standard_retries_with_bounded_attempts() -> None:
    for profile in (aws.SECRETS, aws.RDS):
        cfg = profile.config()
        assert cfg.retries == {"mode": "standard", "total_max_attempts": profile.total_max_attempts}
        assert cfg.connect_timeout == profile.connect_timeout_s
        assert cfg.read_timeout == profile.read_timeout_s


def test_the_worst_case_fits_the_function_timeout_tfdr_sets() -> None:
    assert aws.SECRETS.worst_case_s == 15
    assert aws.RDS.worst_case_s == 21
    assert aws.WORST_CASE_STEP_S == 147
    assert aws.MIN_FUNCTION_TIMEOUT_S == 152
    assert _const(_read("secret_rotation.rs"), "ROTATION_TIMEOUT_SECONDS") >= aws.MIN_FUNCTION_TIMEOUT_S


def test_the_environment_tfdr_sets_is_what_the_function_reads() -> None:
    source = _read("secret_rotation.rs")
    for name in ("SECRET_ARN", "GLOBAL_CLUSTER_ID", "PRIMARY_CLUSTER_ARN", "DR_CLUSTER_ARN"):
        assert f'"{name}"' in source, name


def test_the_password_rules_are_aurora_globals() -> None:
    source = _read("aurora_global", "mod.rs")
    assert _const(source, "PASSWORD_LENGTH") == steps.PASSWORD_LENGTH
    m = re.search(r'pub const PASSWORD_EXCLUDED_CHARACTERS: &str = "((?:[^"\\]|\\.)*)";', source)
    assert m, "PASSWORD_EXCLUDED_CHARACTERS not found"
    rust = m.group(1).encode().decode("unicode_escape")
    assert set(rust) == set(steps.EXCLUDED_CHARACTERS)
    # RDS refuses these in a master password (RDS API Reference, CreateDBCluster
    # and ModifyDBCluster MasterUserPassword); an Aurora cluster takes 8-41.
    assert set('/"@ ') <= set(steps.EXCLUDED_CHARACTERS)
    assert 8 <= steps.PASSWORD_LENGTH <= 41


def test_the_secret_keys_are_aurora_globals() -> None:
    source = _read("aurora_global", "mod.rs")
    for key in (steps.USERNAME_KEY, steps.PASSWORD_KEY):
        assert f'"{key}"' in source, key
