#!/usr/bin/env bash
# Creates, or reuses when already up to date, the virtualenv that holds the
# pinned checkov for the security gate: scripts/checkov/.venv (gitignored),
# or $TFDR_CHECKOV_VENV. Then checks that it reports the pinned version.
# Prints the venv's python on stdout; use it as TFDR_CHECKOV_PYTHON.
# (Mirrors scripts/emulator/setup-venv.sh.)
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=scripts/checkov
venv="${TFDR_CHECKOV_VENV:-$dir/.venv}"
python="${PYTHON:-python3}"
stamp="$venv/.tfdr-requirements.sha256"
want=$(cat "$dir/requirements.txt" "$dir/constraints.txt" | sha256sum | cut -d' ' -f1)
pinned=$(sed -n 's/^checkov==\([0-9.]*\)$/\1/p' "$dir/requirements.txt")

# The installed checkov's version, from its metadata: importing checkov takes
# seconds (and its banner would ask PyPI for a newer release).
version() {
    "$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("checkov"))' 2>/dev/null
}

if [ -x "$venv/bin/python" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ] &&
    [ "$(version || true)" = "$pinned" ]; then
    echo "checkov venv up to date: $venv (checkov $pinned)" >&2
else
    echo "creating checkov venv: $venv (checkov $pinned; 1-5 min: ~100 packages)" >&2
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check \
        -r "$dir/requirements.txt" -c "$dir/constraints.txt"
    got=$(version) || { echo "error: no checkov in $venv after pip install" >&2; exit 1; }
    if [ "$got" != "$pinned" ]; then
        echo "error: $venv has checkov $got, requirements.txt pins $pinned" >&2
        exit 1
    fi
    echo "$want" > "$stamp"
fi
echo "$(cd "$venv" && pwd)/bin/python"
