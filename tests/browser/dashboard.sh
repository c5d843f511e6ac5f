#!/usr/bin/env bash
# Browser tests of the dashboard: installs Chromium and playwright-core
# (scripts/install-browser-test-deps), builds web/, codes the sample corpus
# into a fresh store, serves it with `dyad serve` on a free loopback port and
# runs web/tests/dashboard.test.mjs. Screenshots go to out/browser/.
# Usage: bash dashboard.sh DYAD SOURCE_DIR   (exit 77 = cannot run here)
set -u
DYAD=${1:?usage: dashboard.sh DYAD SOURCE_DIR}
SRC=${2:?usage: dashboard.sh DYAD SOURCE_DIR}
[ -x "$DYAD" ] || { echo "skip: no dyad binary at $DYAD"; exit 77; }
bash "$SRC/scripts/install-browser-test-deps" || exit $?
(cd "$SRC/web" && npm run --silent build >/dev/null) || { echo "FAIL: the dashboard does not build"; exit 1; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/dyad-browser.XXXXXX")
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT

"$DYAD" code "$SRC/data/sample" --db "$TMP/sample.sqlite" -q || { echo "FAIL: cannot code the sample"; exit 1; }
"$DYAD" serve --db "$TMP/sample.sqlite" --port 0 --web-dir "$SRC/web/dist" 2>"$TMP/serve.log" &
server=$!
base=""
for _ in $(seq 100); do
  base=$(grep -o 'http://127.0.0.1:[0-9]*' "$TMP/serve.log" | head -1)
  [ -n "$base" ] && break
  sleep 0.1
done
[ -n "$base" ] || { echo "FAIL: dyad serve did not start"; cat "$TMP/serve.log"; exit 1; }

node "$SRC/web/tests/dashboard.test.mjs" "$base" "$SRC/out/browser"
status=$?
echo "dyad serve logged $(grep -c ' GET ' "$TMP/serve.log") requests"
exit $status
