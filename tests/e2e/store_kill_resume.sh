#!/usr/bin/env bash
# Nothing lost, nothing doubled: `dyad code --db` killed with SIGKILL midway
# leaves a consistent SQLite store (whole documents only), and re-runs with
# --resume complete it to exactly what one clean run stores.
#
# 1. Generate a corpus of a few thousand small JSON Lines documents (from the
#    sample texts) with a few broken lines (failed documents).
# 2. Clean run into clean.sqlite: the reference counts and export.
# 3. Twice: start `dyad code --resume` into killed.sqlite, wait until it has
#    committed documents beyond the previous round, wait a random moment
#    more, kill -9; then check with sqlite3 that the store is consistent.
# 4. A last `--resume` run completes; counts and the JSON Lines export must
#    equal the clean run's, and that run must have skipped stored documents.
# Usage: bash store_kill_resume.sh /path/to/dyad /path/to/source-dir   (exit 77 = skipped)
set -u

DYAD=${1:?usage: store_kill_resume.sh DYAD SOURCE_DIR}
SRC=${2:?usage: store_kill_resume.sh DYAD SOURCE_DIR}
[ -x "$DYAD" ] || { echo "skip: no dyad binary at $DYAD"; exit 77; }
[ -d "$SRC/data/sample/text" ] || { echo "skip: no sample texts under $SRC"; exit 77; }
command -v sqlite3 >/dev/null || { echo "skip: no sqlite3 command"; exit 77; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/dyad-kill.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
DOCS=${DYAD_KILL_TEST_DOCS:-8000}

failed=0
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
check() {  # check DESCRIPTION GOT WANT
  if [ "$2" = "$3" ]; then echo "ok   $1"; else fail "$1: got '$2', want '$3'"; fi
}

# --- 1. the corpus -------------------------------------------------------------
bash "$SRC/tests/e2e/lib/make-small-corpus" "$SRC" "$DOCS" >"$TMP/corpus.jsonl"
echo "corpus: $(wc -l <"$TMP/corpus.jsonl") documents, $(wc -c <"$TMP/corpus.jsonl") bytes"

counts() {
  sqlite3 "$1" "SELECT (SELECT count(*) FROM documents WHERE status = 'ok') || ' ' ||
    (SELECT count(*) FROM documents WHERE status = 'failed') || ' ' ||
    (SELECT count(*) FROM sentences) || ' ' || (SELECT count(*) FROM events)" 2>/dev/null
}
stored_documents() { sqlite3 "$1" "SELECT count(*) FROM documents" 2>/dev/null || echo 0; }

# Whole documents only: each ok document has all its sentences and events,
# nothing hangs without its document, and SQLite finds no corruption.
check_consistent() {
  local db=$1 round=$2
  check "$round: integrity_check" "$(sqlite3 "$db" 'PRAGMA integrity_check')" "ok"
  check "$round: foreign_key_check" "$(sqlite3 "$db" 'PRAGMA foreign_key_check')" ""
  check "$round: every ok document has all its events and sentences" "$(sqlite3 "$db" "
    SELECT count(*) FROM documents d WHERE d.status = 'ok' AND (
      d.event_count <> (SELECT count(*) FROM events e WHERE e.doc_id = d.id) OR
      d.sentence_count <> (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id))")" "0"
  check "$round: no event without its document" "$(sqlite3 "$db" "
    SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = e.doc_id)")" "0"
  check "$round: no sentence without its document" "$(sqlite3 "$db" "
    SELECT count(*) FROM sentences s WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = s.doc_id)")" "0"
  check "$round: failed documents have no events" "$(sqlite3 "$db" "
    SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc_id WHERE d.status = 'failed'")" "0"
  check "$round: no document twice" "$(sqlite3 "$db" "
    SELECT count(*) - count(DISTINCT doc_id || '/' || ordinal) FROM events")" "0"
}

# --- 2. the clean run --------------------------------------------------------------
"$DYAD" code "$TMP/corpus.jsonl" --db "$TMP/clean.sqlite" -q
check "clean run exits 3 (some documents failed)" "$?" "3"
clean=$(counts "$TMP/clean.sqlite")
echo "clean run: ok failed sentences events = $clean"
"$DYAD" export --db "$TMP/clean.sqlite" --out "$TMP/clean.jsonl" || fail "export of the clean store"

# --- 3. killed runs ---------------------------------------------------------------
DB="$TMP/killed.sqlite"
previous=0
killed_midway=0
for round in 1 2; do
  "$DYAD" code "$TMP/corpus.jsonl" --db "$DB" --resume -q 2>"$TMP/killed-$round.err" &
  pid=$!
  for _ in $(seq 1 1000); do  # up to 20 s for the first commit of this round
    [ "$(stored_documents "$DB")" -gt "$previous" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.02
  done
  sleep "0.0$((RANDOM % 10))"  # 0 to 90 ms more: the kill may land mid-transaction
  if kill -9 "$pid" 2>/dev/null; then
    wait "$pid" 2>/dev/null
    now=$(stored_documents "$DB")
    echo "round $round: killed with $now of $DOCS documents stored"
    [ "$now" -lt "$DOCS" ] && killed_midway=$((killed_midway + 1))
  else
    wait "$pid"
    echo "round $round: the run finished before the kill (exit $?)"
  fi
  check_consistent "$DB" "after kill $round"
  previous=$(stored_documents "$DB")
done
[ "$killed_midway" -gt 0 ] || fail "no run was killed midway (the corpus is too small for this machine?)"

# --- 4. resume to the end -----------------------------------------------------------
"$DYAD" code "$TMP/corpus.jsonl" --db "$DB" --resume -q --summary 2>"$TMP/resume.err"
check "the resumed run exits 3 (some documents failed)" "$?" "3"
skipped=$(grep -o 'Skipped [0-9]* documents' "$TMP/resume.err" | grep -o '[0-9]*')
if [ "${skipped:-0}" -gt 0 ]; then echo "ok   --resume skipped $skipped stored documents"; else
  fail "--resume skipped nothing"; sed 's/^/  | /' "$TMP/resume.err" | head; fi
check_consistent "$DB" "after resume"
check "resumed counts equal the clean run's" "$(counts "$DB")" "$clean"
"$DYAD" export --db "$DB" --out "$TMP/resumed.jsonl" || fail "export of the resumed store"
check "resumed export equals the clean export" "$(cmp -s "$TMP/clean.jsonl" "$TMP/resumed.jsonl" && echo same)" "same"

# A resume with nothing left to do changes nothing.
"$DYAD" code "$TMP/corpus.jsonl" --db "$DB" --resume -q
check "a second resume changes nothing" "$(counts "$DB")" "$clean"

[ "$failed" -eq 0 ] && echo "store_kill_resume: all checks passed"
[ "$failed" -eq 0 ]
