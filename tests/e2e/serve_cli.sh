#!/usr/bin/env bash
# End-to-end tests of `dyad serve` as a user runs it: usage errors, a store
# that is missing, a free port chosen with --port 0, the token file, the
# refusal beyond loopback, one log line per request on standard error, a
# second server on a taken port, and a clean stop on SIGTERM.
# Usage: bash serve_cli.sh /path/to/dyad /path/to/source-dir   (exit 77 = skipped)
set -u
DYAD=${1:?usage: serve_cli.sh DYAD SOURCE_DIR}
SRC=${2:?usage: serve_cli.sh DYAD SOURCE_DIR}
[ -x "$DYAD" ] || { echo "skip: no dyad binary at $DYAD"; exit 77; }
command -v curl >/dev/null || { echo "skip: no curl"; exit 77; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/dyad-serve.XXXXXX")
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; wait 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT
# shellcheck source=lib/checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/checks.sh"

# start_server LOG ARGS...: runs dyad serve in the background; sets $pid and $base.
start_server() {
  local log=$1
  shift
  "$DYAD" serve "$@" 2>"$log" &
  pid=$!
  pids+=("$pid")
  base=""
  for _ in $(seq 100); do
    base=$(grep -o 'http://[0-9.]*:[0-9]*' "$log" | head -1)
    [ -n "$base" ] && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}
status_of() { curl -s -o "$TMP/body" -w '%{http_code}' "$@"; }

"$DYAD" code "$SRC/data/sample" --db "$TMP/sample.sqlite" -q
DB=$TMP/sample.sqlite

expect_status 0 "serve --help" -- "$DYAD" serve --help
expect_grep "help names --token-file" "--token-file" "$TMP/out"
expect_status 2 "serve without --db" -- "$DYAD" serve
expect_status 2 "serve --port 70000" -- "$DYAD" serve --db "$DB" --port 70000
expect_status 1 "serve a missing store" -- "$DYAD" serve --db "$TMP/none.sqlite" --port 0
expect_grep "the missing store is named" "none.sqlite" "$TMP/err"
expect_status 2 "a missing token file" -- "$DYAD" serve --db "$DB" --port 0 --token-file "$TMP/none.txt"
echo short >"$TMP/short-token"
expect_status 2 "a token under 16 characters" -- "$DYAD" serve --db "$DB" --port 0 --token-file "$TMP/short-token"

# A server with a token.
echo "  e2e-token-0123456789  " >"$TMP/token"
if start_server "$TMP/a.log" --db "$DB" --port 0 --token-file "$TMP/token"; then pass; else fail "dyad serve starts"; cat "$TMP/a.log"; fi
expect_grep "the address is printed" "at http://127.0.0.1:" "$TMP/a.log"
expect_equal "GET /healthz" "$(status_of "$base/healthz")" 200
expect_equal "GET /api/events" "$(status_of "$base/api/events?dyad=RUS-PRK&with_total=true")" 200
expect_grep "the dyad's total" '"total":' "$TMP/body"
body='{"text":"Russia signed a treaty with North Korea on Wednesday.","date":"2024-06-21"}'
expect_equal "POST /api/code without the token" "$(status_of -X POST -d "$body" "$base/api/code")" 401
expect_equal "POST /api/code with the token (whitespace trimmed)" \
  "$(status_of -X POST -H 'Authorization: Bearer e2e-token-0123456789' -d "$body" "$base/api/code")" 200
expect_grep "events come back" '"code":"057"' "$TMP/body"
expect_equal "a body over 1 MiB" \
  "$(head -c 1100000 /dev/zero | tr '\0' a | status_of -X POST --data-binary @- "$base/api/code")" 413
sleep 0.2
lines=$(grep -c '^20[0-9-]*T[0-9:]*Z 127.0.0.1 ' "$TMP/a.log")
expect_equal "one log line per request" "$lines" 5
expect_grep "the log line has method, target, status" "GET /api/events?dyad=RUS-PRK&with_total=true 200 " "$TMP/a.log"

# A second server on the same port fails with a message.
port=${base##*:}
expect_status 1 "a second server on a taken port" -- "$DYAD" serve --db "$DB" --port "$port"
expect_grep "it says why" "cannot listen" "$TMP/err"

kill -TERM "$pid"
wait "$pid"
expect_equal "SIGTERM stops it with status 0" "$?" 0

# Beyond loopback without a token: reading works, coding is refused.
if start_server "$TMP/b.log" --db "$DB" --port 0 --bind 0.0.0.0; then pass; else fail "serve --bind 0.0.0.0"; cat "$TMP/b.log"; fi
local_base="http://127.0.0.1:${base##*:}"
expect_equal "reading beyond loopback" "$(status_of "$local_base/api/stats")" 200
expect_equal "coding beyond loopback without a token" "$(status_of -X POST -d "$body" "$local_base/api/code")" 403
kill -INT "$pid"
wait "$pid"
expect_equal "SIGINT stops it with status 0" "$?" 0

echo "serve_cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
