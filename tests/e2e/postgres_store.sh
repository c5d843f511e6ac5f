#!/usr/bin/env bash
# End-to-end tests of the PostgreSQL store from the CLI, on a throw-away
# cluster (scripts/pg-test-cluster: started as the postgres user on a free
# loopback port, deleted afterwards): code the sample corpus twice (same
# rows), export = what code wrote = the SQLite store's export, query, a
# read-only session, and kill -9 midway then --resume.
# Usage: bash postgres_store.sh /path/to/dyad /path/to/source-dir   (exit 77 = skipped)
set -u

DYAD=${1:?usage: postgres_store.sh DYAD SOURCE_DIR}
SRC=${2:?usage: postgres_store.sh DYAD SOURCE_DIR}
[ -x "$DYAD" ] || { echo "skip: no dyad binary at $DYAD"; exit 77; }
[ -d "$SRC/data/sample" ] || { echo "skip: no sample corpus under $SRC"; exit 77; }

# Outside a cluster: start one and run this script again inside it.
if [ -z "${DYAD_TEST_PG:-}" ]; then
  exec bash "$SRC/scripts/pg-test-cluster" bash "$0" "$@"
fi
command -v psql >/dev/null || { echo "skip: no psql"; exit 77; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/dyad-pg-e2e.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

failed=0
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
check() {  # check DESCRIPTION GOT WANT
  if [ "$2" = "$3" ]; then echo "ok   $1"; else fail "$1: got '$2', want '$3'"; fi
}

# A fresh database per scenario, on the throw-away server.
new_database() {
  psql "$DYAD_TEST_PG" -qAtc "CREATE DATABASE $1" >/dev/null || fail "CREATE DATABASE $1"
  echo "${DYAD_TEST_PG%/*}/$1"
}
sql() { psql "$1" -qAtc "$2"; }
counts() {
  sql "$1" "SELECT (SELECT count(*) FROM documents WHERE status = 'ok') || ' ' ||
    (SELECT count(*) FROM documents WHERE status = 'failed') || ' ' ||
    (SELECT count(*) FROM sentences) || ' ' || (SELECT count(*) FROM events)"
}
check_consistent() {
  local db=$1 round=$2
  check "$round: every ok document has all its events and sentences" "$(sql "$db" "
    SELECT count(*) FROM documents d WHERE d.status = 'ok' AND (
      d.event_count <> (SELECT count(*) FROM events e WHERE e.doc_id = d.id) OR
      d.sentence_count <> (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id))")" "0"
  check "$round: no event without its document" "$(sql "$db" "
    SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = e.doc_id)")" "0"
}

SAMPLE="$SRC/data/sample"

# --- the sample corpus ---------------------------------------------------------
PG=$(new_database sample)
"$DYAD" code "$SAMPLE" --db "$PG" --out "$TMP/code.jsonl" 2>"$TMP/err"
check "code into PostgreSQL" "$?" "0"
first=$(counts "$PG")
echo "sample: ok failed sentences events = $first"
check "schema version recorded" "$(sql "$PG" "SELECT max(version) FROM schema_version")" "3"
"$DYAD" code "$SAMPLE" --db "$PG" 2>"$TMP/err"
check "code into PostgreSQL again" "$?" "0"
check "coding twice gives the same row counts" "$(counts "$PG")" "$first"
"$DYAD" export --db "$PG" --out "$TMP/pg.jsonl"
check "export exits 0" "$?" "0"
check "export is byte-identical to code's JSON Lines" "$(cmp -s "$TMP/pg.jsonl" "$TMP/code.jsonl" && echo same)" "same"

"$DYAD" code "$SAMPLE" --db "$TMP/sample.sqlite" 2>/dev/null
PG2=$(new_database sample_once)
"$DYAD" code "$SAMPLE" --db "$PG2" 2>/dev/null
for format in csv gdelt; do
  "$DYAD" export --db "$TMP/sample.sqlite" --format "$format" --out "$TMP/sqlite.$format"
  "$DYAD" export --db "$PG2" --format "$format" --out "$TMP/pg.$format"
  check "$format export: PostgreSQL = SQLite" "$(cmp -s "$TMP/sqlite.$format" "$TMP/pg.$format" && echo same)" "same"
done
for filters in "--dyad RUS-PRK" "--target UKR --modality reported" "--root 07 --from 2024-06 --to 2024-12" "--code 057 --limit 2"; do
  # shellcheck disable=SC2086
  "$DYAD" query --db "$TMP/sample.sqlite" $filters --format jsonl >"$TMP/q.sqlite"
  # shellcheck disable=SC2086
  "$DYAD" query --db "$PG2" $filters --format jsonl >"$TMP/q.pg"
  check "query $filters: PostgreSQL = SQLite ($(wc -l <"$TMP/q.pg") events)" \
    "$(cmp -s "$TMP/q.sqlite" "$TMP/q.pg" && echo same)" "same"
done

# --- a read-only session: a clear error, nothing written ----------------------
RO="$PG?options=-c%20default_transaction_read_only%3Don"
"$DYAD" code "$SAMPLE" --db "$RO" 2>"$TMP/err"
check "code in a read-only session exits 1" "$?" "1"
grep -q "read-only" "$TMP/err" && echo "ok   read-only is explained" || { fail "read-only not explained"; cat "$TMP/err"; }
check "a read-only store is unchanged" "$(counts "$PG")" "$first"
"$DYAD" query --db "$PG" --doc no-such-document >/dev/null
check "query of a PostgreSQL store exits 0" "$?" "0"
"$DYAD" query --db "$(new_database empty)" 2>"$TMP/err"
check "query of a database without the schema exits 1" "$?" "1"
grep -q "not a dyad store" "$TMP/err" && echo "ok   the missing schema is explained" || fail "missing schema not explained"

# --- kill -9 midway, then --resume -----------------------------------------------
bash "$SRC/tests/e2e/lib/make-small-corpus" "$SRC" 6000 >"$TMP/corpus.jsonl"
CLEAN=$(new_database clean)
"$DYAD" code "$TMP/corpus.jsonl" --db "$CLEAN" -q
clean=$(counts "$CLEAN")
echo "corpus: ok failed sentences events = $clean"
KILLED=$(new_database killed)
"$DYAD" code "$TMP/corpus.jsonl" --db "$KILLED" -q &
pid=$!
for _ in $(seq 1 1000); do
  [ "$(sql "$KILLED" "SELECT count(*) FROM documents" 2>/dev/null || echo 0)" -gt 0 ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.02
done
sleep "0.0$((RANDOM % 10))"
if kill -9 "$pid" 2>/dev/null; then
  wait "$pid" 2>/dev/null
  echo "killed with $(sql "$KILLED" "SELECT count(*) FROM documents") of 6000 documents stored"
else
  fail "the run finished before the kill"
fi
check_consistent "$KILLED" "after kill"
"$DYAD" code "$TMP/corpus.jsonl" --db "$KILLED" -q --resume
check "the resumed run exits 3 (some documents failed)" "$?" "3"
check_consistent "$KILLED" "after resume"
check "resumed counts equal the clean run's" "$(counts "$KILLED")" "$clean"

[ "$failed" -eq 0 ] && echo "postgres_store: all checks passed"
[ "$failed" -eq 0 ]
