#!/usr/bin/env bash
# Runs the tests of every function under modules/functions/<name>/ (pytest on
# its tests/ folder, moto in-process: no network) under coverage.py, which
# measures the function's own modules (tests/ excluded). Fails when a test
# fails, when a function has no tests, or when its line coverage is below
# FAIL_UNDER (90%). Prints each function's coverage figure.
# Uses $TFDR_FUNCTIONS_PYTHON, or sets the venv up (scripts/functions/setup-venv.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
python="${TFDR_FUNCTIONS_PYTHON:-$(scripts/functions/setup-venv.sh)}"
fail_under="${FAIL_UNDER:-90}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# No __pycache__ in the source tree (the packaged zip embeds named files only,
# but a clean tree is easier to review), no pytest cache either.
export PYTHONDONTWRITEBYTECODE=1

ran=0
for fn in modules/functions/*/; do
    name="$(basename "$fn")"
    data="$tmp/$name.coverage"
    echo "== functions: $name: pytest under coverage (gate: ${fail_under}% of lines)"
    (
        cd "$fn"
        COVERAGE_FILE="$data" "$python" -m coverage run --source=. --omit='tests/*' \
            -m pytest -q -p no:cacheprovider tests
        COVERAGE_FILE="$data" "$python" -m coverage report -m
    )
    total="$(cd "$fn" && COVERAGE_FILE="$data" "$python" -m coverage report --format=total --precision=1)"
    echo "functions: $name: line coverage ${total}% (fail under ${fail_under}%)"
    (cd "$fn" && COVERAGE_FILE="$data" "$python" -m coverage report --fail-under="$fail_under" >/dev/null) || {
        echo "error: functions: $name: line coverage ${total}% is below ${fail_under}%" >&2
        exit 1
    }
    ran=$((ran + 1))
done
[ "$ran" -gt 0 ] || { echo "error: no function under modules/functions/" >&2; exit 1; }
