#!/usr/bin/env bash
# Dump the REAL `terraform providers schema -json` document of hashicorp/aws 5.100.0,
# fully offline, from the provider filesystem mirror that ships with the machine image.
#
# Usage: codegen/schema/dump-5.100.0.sh [OUTPUT]
#   OUTPUT defaults to codegen/schema/aws-5.100.0.schema.json.gz (gzip-compressed when the
#   name ends in .gz, plain JSON otherwise; "-" writes plain JSON to stdout).
#
# Environment:
#   TFDR_PROVIDER_MIRROR  the filesystem-mirror directory (the one that holds
#                         registry.terraform.io/hashicorp/aws/5.100.0/linux_amd64/...).
#                         Default: discovered with `find / -xdev -name 'terraform-provider-aws_v5.100.0*'`.
#   TFDR_TF_TIMEOUT       seconds allowed for each terraform command (default 300).
#
# Guarantees: the temp dir is removed and every terraform/provider process this script
# started is ended (process group kill), on success, failure, or interruption.
set -euo pipefail

VERSION=5.100.0
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/aws-$VERSION.schema.json.gz}"
tf_timeout="${TFDR_TF_TIMEOUT:-300}"

mirror="${TFDR_PROVIDER_MIRROR:-}"
if [[ -z "$mirror" ]]; then
  bin="$(find / -xdev -name "terraform-provider-aws_v${VERSION}*" -type f 2>/dev/null | head -n1 || true)"
  if [[ -z "$bin" ]]; then
    echo "error: no terraform-provider-aws_v${VERSION}* found; set TFDR_PROVIDER_MIRROR" >&2
    exit 1
  fi
  # <mirror>/registry.terraform.io/hashicorp/aws/<ver>/<os_arch>/<binary>: up 5 dirs from the binary's dir.
  mirror="$(cd "$(dirname "$bin")/../../../../.." && pwd)"
fi
if [[ ! -d "$mirror/registry.terraform.io/hashicorp/aws/$VERSION" ]]; then
  echo "error: $mirror is not a filesystem mirror holding hashicorp/aws $VERSION" >&2
  exit 1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/tfdr-schema-dump.XXXXXX")"
child=""
cleanup() {
  local rc=$?
  if [[ -n "$child" ]] && kill -0 "$child" 2>/dev/null; then
    # `timeout` runs terraform in its own process group (pgid = its pid): end the whole group.
    kill -TERM -- "-$child" 2>/dev/null || true
    sleep 1
    kill -KILL -- "-$child" 2>/dev/null || true
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Run one terraform command under `timeout` (own process group), in the background so the
# trap can end it; stdout goes to $1.
run_tf() {
  local stdout="$1"; shift
  timeout --kill-after=10 "$tf_timeout" terraform "$@" >"$stdout" &
  child=$!
  local rc=0
  wait "$child" || rc=$?
  child=""
  return "$rc"
}

cat >"$work/cli.tfrc" <<EOF
disable_checkpoint = true
provider_installation {
  filesystem_mirror {
    path    = "$mirror"
    include = ["registry.terraform.io/hashicorp/aws"]
  }
}
EOF
cat >"$work/main.tf.json" <<EOF
{"terraform":{"required_providers":{"aws":{"source":"hashicorp/aws","version":"= $VERSION"}}}}
EOF

export TF_CLI_CONFIG_FILE="$work/cli.tfrc"
export TF_IN_AUTOMATION=1
export CHECKPOINT_DISABLE=1
export TF_DATA_DIR="$work/.terraform"
unset TF_PLUGIN_CACHE_DIR || true

cd "$work"
run_tf "$work/init.log" init -backend=false -input=false -no-color || {
  cat "$work/init.log" >&2; echo "error: terraform init failed" >&2; exit 1; }
run_tf "$work/schema.json" providers schema -json || {
  echo "error: terraform providers schema -json failed" >&2; exit 1; }

# Sanity check: the document must name the aws provider at the requested version's address.
grep -q '"registry.terraform.io/hashicorp/aws"' "$work/schema.json" || {
  echo "error: schema dump lacks registry.terraform.io/hashicorp/aws" >&2; exit 1; }

if [[ "$out" == "-" ]]; then
  cat "$work/schema.json"
elif [[ "$out" == *.gz ]]; then
  gzip -9 -n -c "$work/schema.json" >"$out.tmp" && mv "$out.tmp" "$out"
else
  cp "$work/schema.json" "$out.tmp" && mv "$out.tmp" "$out"
fi
echo "wrote $out ($(wc -c <"$work/schema.json") bytes uncompressed)" >&2
