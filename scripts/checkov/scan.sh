#!/usr/bin/env bash
# tfdr's checkov gate: scans synthesized *.tf.json stacks with the pinned
# checkov, offline, against the reviewed suppression list.
#   scripts/checkov/scan.sh [--suppressions FILE] STACK.tf.json...
# Uses $TFDR_CHECKOV_PYTHON when set, else sets up (or reuses) the venv of
# scripts/checkov/setup-venv.sh. Exit: 0 ok, 1 gate failed, 2 usage/setup error.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
python="${TFDR_CHECKOV_PYTHON:-}"
if [ -z "$python" ]; then
    python="$("$here/setup-venv.sh")"
fi
exec "$python" "$here/scan.py" "$@"
