#!/usr/bin/env bash
# End-to-end tests of the store from the CLI (SQLite): `dyad code --db`
# twice gives the same rows, export gives back exactly what code wrote,
# query filters and formats, help and exit codes, and the bad cases: a
# malformed connection string, a server that is down, a read-only store
# (read-only URI, and as an unprivileged user), a full disk (ulimit -f, and
# a tiny tmpfs when mount works).
# Usage: bash store_cli.sh /path/to/dyad /path/to/source-dir   (exit 77 = skipped)
set -u

DYAD=${1:?usage: store_cli.sh DYAD SOURCE_DIR}
SRC=${2:?usage: store_cli.sh DYAD SOURCE_DIR}
[ -x "$DYAD" ] || { echo "skip: no dyad binary at $DYAD"; exit 77; }
[ -d "$SRC/data/sample" ] || { echo "skip: no sample corpus under $SRC"; exit 77; }
command -v sqlite3 >/dev/null || { echo "skip: no sqlite3 command"; exit 77; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/dyad-store-cli.XXXXXX")
MNT=""
cleanup() {
  [ -n "$MNT" ] && umount "$MNT" 2>/dev/null
  rm -rf "$TMP"
}
trap cleanup EXIT

# shellcheck source=lib/checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/checks.sh"
counts() {  # the row counts of a store, one line
  sqlite3 "$1" "SELECT (SELECT count(*) FROM documents WHERE status = 'ok') || ' ' ||
    (SELECT count(*) FROM documents WHERE status = 'failed') || ' ' ||
    (SELECT count(*) FROM sentences) || ' ' || (SELECT count(*) FROM events)"
}

SAMPLE="$SRC/data/sample"
DB="$TMP/events.sqlite"

# --- help and usage -----------------------------------------------------------
for cmd in query export; do
  expect_status 0 "dyad $cmd --help" -- "$DYAD" "$cmd" --help
  expect_grep "$cmd --help shows --db" "--db" "$TMP/out"
done
expect_status 0 "dyad code --help" -- "$DYAD" code --help
expect_grep "code --help shows --resume" "--resume" "$TMP/out"
expect_status 2 "query without --db" -- "$DYAD" query
expect_status 2 "export without --db" -- "$DYAD" export
expect_status 2 "bad export format" -- "$DYAD" export --db "$DB" --format xml
expect_status 2 "bad query format" -- "$DYAD" query --db "$DB" --format gdelt
expect_status 2 "bad --dyad" -- "$DYAD" query --db "$DB" --dyad RUSPRK
expect_status 2 "--dyad with --source" -- "$DYAD" query --db "$DB" --dyad RUS-PRK --source RUS
expect_status 2 "bad --from" -- "$DYAD" query --db "$DB" --from 2024-13
expect_status 2 "bad --root" -- "$DYAD" query --db "$DB" --root seven
expect_status 2 "bad --modality" -- "$DYAD" query --db "$DB" --modality certain
expect_status 2 "bad --limit" -- "$DYAD" query --db "$DB" --limit -3
expect_status 2 "--resume without --db" -- "$DYAD" code --resume "$SAMPLE"

# --- code the sample corpus twice: same rows; export = what code wrote --------
expect_status 0 "code into SQLite" -- "$DYAD" code "$SAMPLE" --db "$DB" --summary
expect_equal "no events on stdout with --db" "$(wc -c <"$TMP/out")" "0"
expect_grep "summary names the store" "Events stored in $DB" "$TMP/err"
first=$(counts "$DB")
expect_status 0 "code into SQLite again" -- "$DYAD" code "$SAMPLE" --db "$DB" --out "$TMP/again.jsonl"
expect_equal "coding twice gives the same row counts" "$(counts "$DB")" "$first"
expect_status 0 "code to JSON Lines" -- "$DYAD" code "$SAMPLE" --out "$TMP/code.jsonl"
expect_equal "--out still works with --db" "$(cmp -s "$TMP/again.jsonl" "$TMP/code.jsonl" && echo same)" "same"
expect_equal "events stored = events coded" "$(echo "$first" | cut -d' ' -f4)" "$(wc -l <"$TMP/code.jsonl" | tr -d ' ')"
expect_status 0 "export jsonl" -- "$DYAD" export --db "$DB" --out "$TMP/export.jsonl"
expect_equal "export is byte-identical to code's JSON Lines" \
  "$(cmp -s "$TMP/export.jsonl" "$TMP/code.jsonl" && echo same)" "same"
expect_status 0 "code to CSV" -- "$DYAD" code "$SAMPLE" --format csv --out "$TMP/code.csv"
expect_status 0 "export csv" -- "$DYAD" export --db "$DB" --format csv
expect_equal "CSV export is identical to code's CSV" "$(cmp -s "$TMP/out" "$TMP/code.csv" && echo same)" "same"
expect_equal "documents have content hashes" \
  "$(sqlite3 "$DB" "SELECT count(*) FROM documents WHERE content_hash LIKE 'fnv1a64:%'")" \
  "$(echo "$first" | cut -d' ' -f1)"

# --- GDELT export ---------------------------------------------------------------
expect_status 0 "export gdelt" -- "$DYAD" export --db "$DB" --format gdelt
expect_equal "one GDELT row per event" "$(wc -l <"$TMP/out" | tr -d ' ')" "$(echo "$first" | cut -d' ' -f4)"
expect_equal "GDELT rows have 26 columns" "$(awk -F'\t' '{print NF}' "$TMP/out" | sort -u)" "26"
expect_equal "GDELT Day is YYYYMMDD or empty" \
  "$(awk -F'\t' '!($2 == "" || ($2 ~ /^[0-9]+$/ && length($2) == 8))' "$TMP/out" | wc -l | tr -d ' ')" "0"

# --- query ------------------------------------------------------------------------
expect_status 0 "query table" -- "$DYAD" query --db "$DB" --dyad RUS-PRK
expect_grep "table header" "modality" "$TMP/out"
want=$(grep -c '"source":{[^}]*"country":"RUS"[^}]*},"target":{[^}]*"country":"PRK"' "$TMP/code.jsonl")
expect_status 0 "query jsonl" -- "$DYAD" query --db "$DB" --dyad RUS-PRK --format jsonl
expect_equal "--dyad RUS-PRK finds every RUS->PRK event" "$(wc -l <"$TMP/out" | tr -d ' ')" "$want"
expect_status 0 "query asserted RUS->PRK 05 since June 2024" -- \
  "$DYAD" query --db "$DB" --source RUS --target PRK --root 05 --modality asserted --from 2024-06 --format jsonl
bad=$(grep -v '"root":"05"' "$TMP/out" | grep -c . ; grep -v '"modality":"asserted"' "$TMP/out" | grep -c .)
expect_equal "filters hold" "$bad" "0
0"
expect_equal "dates from June 2024" "$(grep -o '"date":"[0-9-]*"' "$TMP/out" | awk -F'"' '$4 < "2024-06-01"' | wc -l | tr -d ' ')" "0"
expect_status 0 "query --limit" -- "$DYAD" query --db "$DB" --limit 3 --format csv
expect_equal "--limit 3 gives a header and 3 rows" "$(wc -l <"$TMP/out" | tr -d ' ')" "4"
doc=$(head -1 "$TMP/code.jsonl" | grep -o '"doc_id":"[^"]*"' | cut -d'"' -f4)
expect_status 0 "query --doc" -- "$DYAD" query --db "$DB" --doc "$doc" --format jsonl
expect_equal "--doc gives that document's events" "$(wc -l <"$TMP/out" | tr -d ' ')" "$(grep -c "\"doc_id\":\"$doc\"" "$TMP/code.jsonl")"
expect_status 0 "a filter value is data, not SQL" -- "$DYAD" query --db "$DB" --source "RUS' OR '1'='1" --format jsonl
expect_equal "nothing matches an injection attempt" "$(wc -c <"$TMP/out" | tr -d ' ')" "0"

# --- failed documents are rows ------------------------------------------------
printf '%s\n' '{"id": "ok-1", "date": "2024-07-01", "text": "Russia and North Korea held talks in Moscow."}' \
  '{"id": "broken", "text": "no end' >"$TMP/mixed.jsonl"
expect_status 3 "code with a failed document" -- "$DYAD" code "$TMP/mixed.jsonl" --db "$TMP/mixed.sqlite"
expect_equal "the failure is a row with its error" \
  "$(sqlite3 "$TMP/mixed.sqlite" "SELECT status, error LIKE '%JSON%' FROM documents WHERE id <> 'ok-1'")" "failed|1"

# --- bad stores: clear messages, exit 1, nothing half-written -----------------
expect_status 1 "malformed connection string" -- "$DYAD" code "$SAMPLE" --db "postgresql://u@localhost:5432/db?nonsense=1"
expect_grep "malformed string is named" "malformed PostgreSQL connection string" "$TMP/err"
expect_status 1 "unknown scheme" -- "$DYAD" code "$SAMPLE" --db "mysql://localhost/db"
expect_grep "unknown scheme is named" "unsupported store location" "$TMP/err"
port=$(( 20000 + RANDOM % 40000 ))
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$(( port + 1 )); done
expect_status 1 "server down" -- "$DYAD" code "$SAMPLE" --db "postgresql://u:secret@127.0.0.1:$port/db"
expect_grep "server down is explained" "cannot connect to PostgreSQL" "$TMP/err"
if grep -q secret "$TMP/err"; then fail "the password is printed"; else pass; fi
expect_status 1 "query a missing store" -- "$DYAD" query --db "$TMP/none.sqlite"
expect_grep "missing store is named" "no store at" "$TMP/err"
[ ! -e "$TMP/none.sqlite" ] && pass || fail "query created a database"
expect_status 1 "query a file that is not a store" -- "$DYAD" query --db "$TMP/code.jsonl"
expect_grep "not a database" "not a database" "$TMP/err"
expect_status 1 "code into a folder that does not exist" -- "$DYAD" code "$SAMPLE" --db "$TMP/no/such/dir/x.sqlite"
expect_grep "cannot open is explained" "cannot open SQLite database" "$TMP/err"

before=$(counts "$DB")
expect_status 1 "code into a read-only URI" -- "$DYAD" code "$SAMPLE" --db "file:$DB?mode=ro"
expect_grep "read-only is explained" "read-only" "$TMP/err"
expect_equal "a read-only store is unchanged" "$(counts "$DB")" "$before"

# As an unprivileged user (root ignores file permissions).
if [ "$(id -u)" -eq 0 ] && id nobody >/dev/null 2>&1 && runuser -u nobody -- test -x "$DYAD" 2>/dev/null &&
   runuser -u nobody -- test -r "$SRC/data/sample/README.md" 2>/dev/null; then
  chmod 755 "$TMP"
  cp "$DB" "$TMP/root-owned.sqlite"
  chmod 644 "$TMP/root-owned.sqlite"
  expect_status 1 "code into a store nobody may write" -- \
    runuser -u nobody -- "$DYAD" code "$SAMPLE" --db "$TMP/root-owned.sqlite"
  expect_grep "unwritable store is explained" "read" "$TMP/err"
  expect_equal "an unwritable store is unchanged" "$(counts "$TMP/root-owned.sqlite")" "$before"
  expect_status 0 "nobody may still query it" -- runuser -u nobody -- "$DYAD" query --db "$TMP/root-owned.sqlite" --limit 1
  chmod 700 "$TMP"
else
  echo "note: read-only as an unprivileged user not tested (not root, or nobody cannot reach dyad)"
fi

# A full disk, as the file size limit: SQLITE_FULL / EFBIG become a message.
big="$TMP/big.jsonl"
for i in $(seq 1 1500); do
  printf '{"id": "big-%d", "date": "2024-06-19", "text": "Russia and North Korea signed a treaty in Pyongyang on Wednesday. China urged restraint. South Korea protested the launch on Monday."}\n' "$i"
done >"$big"
head -1 "$big" >"$TMP/one.jsonl"
"$DYAD" code "$TMP/one.jsonl" --db "$TMP/limited.sqlite" 2>/dev/null  # the store exists, with its schema
limit_kb=$(( $(wc -c <"$TMP/limited.sqlite") / 1024 + 256 ))      # bash counts ulimit -f in KiB
expect_status 1 "code past the file size limit" -- bash -c "ulimit -f $limit_kb; exec \"\$0\" \"\$@\"" \
  "$DYAD" code "$big" --db "$TMP/limited.sqlite"
expect_grep "file size limit is explained" "file size limit\|disk.*full" "$TMP/err"
expect_equal "the limited store is consistent" "$(sqlite3 "$TMP/limited.sqlite" 'PRAGMA integrity_check')" "ok"
expect_equal "no half-written document" "$(sqlite3 "$TMP/limited.sqlite" \
  "SELECT count(*) FROM documents d WHERE status = 'ok' AND event_count <> (SELECT count(*) FROM events e WHERE e.doc_id = d.id)")" "0"
expect_equal "the documents before the limit are kept" "$(sqlite3 "$TMP/limited.sqlite" "SELECT count(*) >= 1 FROM documents")" "1"

# A real full disk, when this sandbox lets us mount a tiny tmpfs.
if [ "$(id -u)" -eq 0 ] && mkdir -p "$TMP/tiny" && mount -t tmpfs -o size=1m tmpfs "$TMP/tiny" 2>/dev/null; then
  MNT="$TMP/tiny"
  expect_status 1 "code onto a full disk" -- "$DYAD" code "$big" --db "$MNT/full.sqlite"
  expect_grep "full disk is explained" "disk.*full\|No space left" "$TMP/err"
  expect_equal "the full store is consistent" "$(sqlite3 "$MNT/full.sqlite" 'PRAGMA integrity_check')" "ok"
  umount "$MNT" && MNT=""
else
  echo "note: tmpfs full-disk case not tested (mount not permitted here)"
fi

echo "store_cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
