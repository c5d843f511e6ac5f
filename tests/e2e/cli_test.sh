#!/usr/bin/env bash
# End-to-end tests of the dyad CLI: help and version, usage errors, failed
# documents, output formats, threads, standard input and `dyad text`.
# Usage: bash cli_test.sh /path/to/dyad /path/to/source-dir   (exit 77 = skipped)
set -u

DYAD=${1:?usage: cli_test.sh DYAD SOURCE_DIR}
SRC=${2:?usage: cli_test.sh DYAD SOURCE_DIR}
[ -x "$DYAD" ] || { echo "skip: no dyad binary at $DYAD"; exit 77; }
[ -d "$SRC/data/sample" ] || { echo "skip: no sample corpus under $SRC"; exit 77; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/dyad-cli-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# shellcheck source=lib/checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/checks.sh"

# --- help, version, usage errors -------------------------------------------
expect_status 0 "dyad --help" -- "$DYAD" --help
expect_grep "dyad --help lists code" "code" "$TMP/out"
expect_status 0 "dyad code --help" -- "$DYAD" code --help
expect_grep "code --help shows --failed" "--failed" "$TMP/out"
expect_status 0 "dyad text --help" -- "$DYAD" text --help
expect_status 0 "dyad score --help" -- "$DYAD" score --help
expect_status 0 "dyad lexicon check --help" -- "$DYAD" lexicon check --help
expect_status 0 "dyad --version" -- "$DYAD" --version
expect_grep "version string" "^dyad [0-9][0-9.]*" "$TMP/out"
expect_status 2 "unknown option" -- "$DYAD" --no-such-option
expect_status 2 "unknown code option" -- "$DYAD" code --no-such-option "$SRC/data/sample"
expect_status 2 "no subcommand" -- "$DYAD"
expect_status 2 "bad --format" -- "$DYAD" code --format xml "$SRC/data/sample"
expect_status 2 "bad --input-format" -- "$DYAD" code --input-format pdf "$SRC/data/sample"
expect_status 2 "bad --threads" -- "$DYAD" code --threads 0 "$SRC/data/sample"
expect_status 2 "bad --date for code" -- "$DYAD" code --date 2024-02-30 "$SRC/data/sample"
expect_grep "bad --date is explained" "YYYY-MM-DD" "$TMP/err"
expect_status 2 "bad --date for text" -- "$DYAD" text --date 19/06/2024 "$SRC/data/sample"

# --- a folder with good and bad documents ----------------------------------
IN="$TMP/in"
mkdir -p "$IN/sub"
printf 'Seoul protests missile launch\n\nSouth Korea protested the launch on Monday. Japan did too.\n' \
  >"$IN/2024-05-06-good.txt"
printf 'The envoy said \xff\xfe nothing.\n' >"$IN/bad-utf8.txt"
printf '\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00' >"$IN/sub/binary.txt"
: >"$IN/sub/empty.txt"
{
  printf '%s\n' '{"id": "first", "date": "2024-07-01", "text": "Russia and North Korea held talks in Moscow."}'
  printf '%s\n' '{"id": "second", "date": "2024-07-02", "text": "broken'
  printf '%s\n' '{"id": "third", "date": "2024-07-03", "text": "China urged restraint."}'
} >"$IN/sub/batch.jsonl"
printf 'ignored: not an input extension\n' >"$IN/notes.md"
MISSING="$TMP/does-not-exist.txt"

expect_status 3 "code with failed documents" -- \
  "$DYAD" code "$IN" "$MISSING" --out "$TMP/events.jsonl" --failed "$TMP/failed.jsonl" --summary
for bad in bad-utf8.txt binary.txt empty.txt "batch.jsonl:2" does-not-exist.txt; do
  expect_grep "stderr names $bad" "$bad" "$TMP/err"
done
expect_grep "invalid UTF-8 offset" "invalid UTF-8 at byte 15" "$TMP/err"
expect_grep "summary counts the good documents" "Coded 3 documents (5 failed), 5 sentences" "$TMP/err"
expect_equal "--failed has one line per failure" "$(wc -l <"$TMP/failed.jsonl" | tr -d ' ')" 5
for bad in bad-utf8 binary empty "batch:2" does-not-exist; do
  expect_grep "--failed lists $bad" "\"doc_id\":\"$bad\"" "$TMP/failed.jsonl"
done
expect_grep "--failed has the JSONL line number" '"line":2' "$TMP/failed.jsonl"
if grep -q "notes" "$TMP/err" "$TMP/failed.jsonl"; then fail "notes.md was read"; else pass; fi
# Every event line is a JSON object naming one of the good documents.
if [ -s "$TMP/events.jsonl" ]; then
  if grep -v -E '^\{"doc_id":"(2024-05-06-good|first|third)",' "$TMP/events.jsonl" | grep -q .; then
    fail "events from unexpected documents"; head -3 "$TMP/events.jsonl"
  else pass; fi
fi

# --quiet: no per-document messages, same exit status.
expect_status 3 "code --quiet" -- "$DYAD" code "$IN" --quiet
if [ -s "$TMP/err" ]; then fail "--quiet still printed: $(head -1 "$TMP/err")"; else pass; fi

# All good: exit 0.
expect_status 0 "code on good documents only" -- "$DYAD" code "$IN/2024-05-06-good.txt" --summary
expect_grep "one good document" "Coded 1 documents (0 failed), 3 sentences" "$TMP/err"

# Output files inside the folder being coded are not read back as input.
mkdir -p "$TMP/self" && cp "$IN/2024-05-06-good.txt" "$TMP/self/"
"$DYAD" code "$TMP/self" --out "$TMP/self/events.jsonl" --failed "$TMP/self/failed.jsonl" >/dev/null 2>&1
expect_status 0 "re-running with outputs inside the input folder" -- \
  "$DYAD" code "$TMP/self" --out "$TMP/self/events.jsonl" --failed "$TMP/self/failed.jsonl" --summary
expect_grep "outputs are not inputs" "Coded 1 documents (0 failed)" "$TMP/err"
expect_status 2 "an input named as the output" -- \
  "$DYAD" code "$TMP/self/2024-05-06-good.txt" --out "$TMP/self/2024-05-06-good.txt"
expect_grep "the input is kept" "South Korea protested" "$TMP/self/2024-05-06-good.txt"

# --- output formats ----------------------------------------------------------
expect_status 0 "csv output" -- "$DYAD" code --format csv "$SRC/data/sample"
expect_equal "csv header" "$(head -1 "$TMP/out" | cut -d, -f1-5)" "doc_id,sentence,span_start,span_end,text"
expect_status 0 "csv output with no events" -- "$DYAD" code --format csv "$IN/2024-05-06-good.txt" --date 2024-01-01
expect_grep "csv header even without events" "^doc_id,sentence," "$TMP/out"

expect_status 0 "jsonl output to stdout" -- "$DYAD" code "$SRC/data/sample"
if [ -s "$TMP/out" ]; then pass; else fail "the sample corpus yields no events"; fi
if grep -v -q '^{"doc_id":".*}$' "$TMP/out"; then fail "a stdout line is not a JSON object"; else pass; fi

# --- threads keep the output identical --------------------------------------
"$DYAD" code "$SRC/data/sample" --threads 1 --out "$TMP/t1.jsonl" </dev/null 2>"$TMP/t1.err"
s1=$?
"$DYAD" code "$SRC/data/sample" --threads 2 --out "$TMP/t2.jsonl" </dev/null 2>"$TMP/t2.err"
s2=$?
expect_equal "threads 1 status" "$s1" 0
expect_equal "threads 2 status" "$s2" 0
if cmp -s "$TMP/t1.jsonl" "$TMP/t2.jsonl"; then pass; else fail "--threads 2 output differs from --threads 1"; fi
if [ -s "$TMP/t1.jsonl" ]; then pass; else fail "no events from the sample corpus"; fi
"$DYAD" code "$SRC/data/sample" --threads 2 --format csv --out "$TMP/t2.csv" </dev/null 2>/dev/null
"$DYAD" code "$SRC/data/sample" --threads 1 --format csv --out "$TMP/t1.csv" </dev/null 2>/dev/null
if cmp -s "$TMP/t1.csv" "$TMP/t2.csv"; then pass; else fail "--threads 2 CSV differs from --threads 1"; fi

# --- standard input -----------------------------------------------------------
JSONL_IN='{"id": "stdin-1", "date": "2024-03-03", "text": "Japan protested. Seoul agreed."}
{"id": "stdin-2", "text": "Beijing was silent."}'
printf '%s\n' "$JSONL_IN" | "$DYAD" code - --input-format jsonl --summary >"$TMP/out" 2>"$TMP/err"
expect_equal "code from stdin (jsonl) status" "$?" 0
expect_grep "stdin documents counted" "Coded 2 documents (0 failed), 3 sentences" "$TMP/err"
printf 'Kim visited Moscow. He met officials.\n' | "$DYAD" code - --summary >"$TMP/out" 2>"$TMP/err"
expect_equal "code from stdin (text) status" "$?" 0
expect_grep "stdin text counted" "Coded 1 documents (0 failed), 2 sentences" "$TMP/err"
printf '{"id": broken}\n' | "$DYAD" code - --input-format jsonl --failed "$TMP/stdin-failed.jsonl" >"$TMP/out" 2>"$TMP/err"
expect_equal "broken stdin line status" "$?" 3
expect_grep "stdin failure path" '"path":"-","line":1' "$TMP/stdin-failed.jsonl"

# --- dyad text --------------------------------------------------------------
expect_status 0 "text on a file" -- "$DYAD" text "$IN/2024-05-06-good.txt"
expect_grep "text header line" "^# 2024-05-06-good  date=2024-05-06" "$TMP/out"
expect_grep "text headline sentence" "^\[0\] 0-29  Seoul protests missile launch$" "$TMP/out"
expect_grep "text first body sentence" "^\[1\] 31-74  South Korea protested the launch on Monday.$" "$TMP/out"
expect_grep "text second body sentence" "^\[2\] 75-89  Japan did too.$" "$TMP/out"
expect_equal "text sentence lines" "$(grep -c '^\[[0-9]*\] ' "$TMP/out")" 3
printf '%s\n' "$JSONL_IN" | "$DYAD" text - --input-format jsonl --tokens >"$TMP/out" 2>"$TMP/err"
expect_equal "text from stdin status" "$?" 0
expect_grep "text from stdin" "^# stdin-1  date=2024-03-03" "$TMP/out"
expect_grep "text tokens" "|japan |protested |.|" "$TMP/out"
expect_grep "text without date" "^# stdin-2  date=none" "$TMP/out"
expect_status 3 "text with failures" -- "$DYAD" text "$IN"
expect_grep "text names bad documents" "bad-utf8.txt" "$TMP/err"
expect_status 0 "text on the sample corpus" -- "$DYAD" text "$SRC/data/sample"
sample_docs=$(( $(find "$SRC/data/sample" -name '*.txt' -o -name '*.html' | wc -l) + \
                $(find "$SRC/data/sample" -name '*.jsonl' -exec cat {} + | grep -c .) ))
expect_equal "text documents in the sample" "$(grep -c '^# ' "$TMP/out")" "$sample_docs"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
