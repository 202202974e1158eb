#!/usr/bin/env bash
# Creates, or reuses when already up to date, the virtualenv that holds the
# pinned test tooling for the Lambda function code (pytest, coverage,
# moto[cloudwatch,dynamodb,rds,route53,sns], boto3): scripts/functions/.venv (gitignored), or
# $TFDR_FUNCTIONS_VENV. Then checks that the pinned versions import.
# Prints the venv's python on stdout; use it as TFDR_FUNCTIONS_PYTHON.
# (Mirrors scripts/emulator/setup-venv.sh.)
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=scripts/functions
venv="${TFDR_FUNCTIONS_VENV:-$dir/.venv}"
python="${PYTHON:-python3}"
stamp="$venv/.tfdr-requirements.sha256"
want=$(cat "$dir/requirements.txt" "$dir/constraints.txt" | sha256sum | cut -d' ' -f1)

# Every pin of requirements.txt is what the venv reports (from the packages'
# metadata: no imports of moto, which take seconds).
check() {
    "$venv/bin/python" - "$dir/requirements.txt" <<'PY'
import importlib.metadata as m, re, sys
bad = []
for line in open(sys.argv[1]):
    line = line.split("#", 1)[0].strip()
    if not line:
        continue
    name, version = re.fullmatch(r"([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?==(\S+)", line).groups()
    try:
        got = m.version(name)
    except m.PackageNotFoundError:
        got = None
    if got != version:
        bad.append(f"{name}: want {version}, have {got}")
if bad:
    sys.exit("; ".join(bad))
PY
}

if [ -x "$venv/bin/python" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ] && check 2>/dev/null; then
    echo "functions venv up to date: $venv" >&2
else
    echo "creating functions venv: $venv" >&2
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check \
        -r "$dir/requirements.txt" -c "$dir/constraints.txt"
    check
    echo "$want" > "$stamp"
fi
echo "$(cd "$venv" && pwd)/bin/python"
