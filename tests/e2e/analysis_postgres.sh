#!/usr/bin/env bash
# The analysis scenarios of lib/analysis-scenario.sh on PostgreSQL, on a
# throw-away cluster (scripts/pg-test-cluster), and their output compared
# with the same scenarios on SQLite: both backends must give the same
# stories, watch list, series, trends and network, byte for byte.
# Usage: bash analysis_postgres.sh /path/to/dyad /path/to/source-dir   (exit 77 = skipped)
set -u

DYAD=${1:?usage: analysis_postgres.sh DYAD SOURCE_DIR}
SRC=${2:?usage: analysis_postgres.sh DYAD SOURCE_DIR}
[ -x "$DYAD" ] || { echo "skip: no dyad binary at $DYAD"; exit 77; }
command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

# Outside a cluster: start one and run this script again inside it.
if [ -z "${DYAD_TEST_PG:-}" ]; then
  exec bash "$SRC/scripts/pg-test-cluster" bash "$0" "$@"
fi
command -v psql >/dev/null || { echo "skip: no psql"; exit 77; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/dyad-analysis-pg.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# shellcheck source=lib/checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/checks.sh"
# shellcheck source=lib/analysis-scenario.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/analysis-scenario.sh"

run_all() {
  stories_scenario
  merge_quality_scenario
  watch_scenario
  series_scenario
}

new_store() {
  psql "$DYAD_TEST_PG" -qAtc "CREATE DATABASE $1" >/dev/null || fail "CREATE DATABASE $1"
  echo "${DYAD_TEST_PG%/*}/$1"
}
OUT="$TMP/postgres"
mkdir -p "$OUT"
run_all

new_store() { echo "$TMP/$1.sqlite"; }
OUT="$TMP/sqlite"
mkdir -p "$OUT"
run_all

for file in "$TMP"/sqlite/*; do
  name=$(basename "$file")
  expect_equal "$name: PostgreSQL = SQLite ($(wc -l <"$file" | tr -d ' ') lines)" \
    "$(cmp -s "$file" "$TMP/postgres/$name" && echo same)" "same"
done

echo "analysis_postgres: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
