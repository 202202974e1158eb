#!/usr/bin/env bash
# Creates, or reuses when already up to date, the virtualenv that holds the
# pinned moto[server] for tfdr-emulate: emulator/moto/.venv (gitignored),
# or $TFDR_MOTO_VENV. Then checks that tfdr's moto patches apply.
# Prints the venv's python; use it as TFDR_MOTO_PYTHON.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=emulator/moto
venv="${TFDR_MOTO_VENV:-$dir/.venv}"
python="${PYTHON:-python3}"
stamp="$venv/.tfdr-requirements.sha256"
want=$(cat "$dir/requirements.txt" "$dir/constraints.txt" | sha256sum | cut -d' ' -f1)

if [ -x "$venv/bin/python" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ] &&
    "$venv/bin/python" "$dir/moto_launcher.py" --check >/dev/null 2>&1; then
    echo "moto venv up to date: $venv" >&2
else
    echo "creating moto venv: $venv" >&2
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check \
        -r "$dir/requirements.txt" -c "$dir/constraints.txt"
    "$venv/bin/python" "$dir/moto_launcher.py" --check
    echo "$want" > "$stamp"
fi
echo "$(cd "$venv" && pwd)/bin/python"
