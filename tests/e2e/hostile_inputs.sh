#!/usr/bin/env bash
# End-to-end tests of issue 10: one hostile document never takes a run down,
# and nothing is lost silently. Each case of the issue's table, through the
# CLI: pages nested 50,000 deep, unclosed and broken tags, a 500 KB sentence,
# duplicate ids, output files that are one file, concurrent store creators,
# a password in a malformed connection string, --dict before the inputs,
# FIFOs and special files, declared charsets.
# Usage: bash hostile_inputs.sh /path/to/dyad /path/to/source-dir   (exit 77 = skipped)
set -u

DYAD=${1:?usage: hostile_inputs.sh DYAD SOURCE_DIR}
SRC=${2:?usage: hostile_inputs.sh DYAD SOURCE_DIR}
[ -x "$DYAD" ] || { echo "skip: no dyad binary at $DYAD"; exit 77; }
[ -d "$SRC/data/sample" ] || { echo "skip: no sample corpus under $SRC"; exit 77; }
DYAD=$(realpath "$DYAD")  # some cases run in a scratch folder

TMP=$(mktemp -d "${TMPDIR:-/tmp}/dyad-hostile.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# shellcheck source=lib/checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/checks.sh"

repeat() {  # repeat TEXT COUNT: TEXT written COUNT times, no newline
  local text=$1 count=$2
  yes "$text" | head -n "$count" | tr -d '\n'
}
GOOD='South Korea protested the launch on Monday. Japan condemned North Korea.'

# --- pages that used to crash or stall the run -------------------------------
IN="$TMP/pages"
mkdir -p "$IN"
printf '%s\n' "$GOOD" >"$IN/a-good.txt"
{ repeat '<div>' 50000; printf '<p>%s</p>' "$GOOD"; repeat '</div>' 50000; } >"$IN/b-deep.html"
{ repeat '<div>' 20000; printf '<p>%s</p>' "$GOOD"; } >"$IN/c-unclosed.html"
{ printf '<html><body>'; repeat '<a href=/x>a link to a story ' 32000; printf '<p>%s</p>' "$GOOD"; } >"$IN/d-links.html"
{ repeat '<a><b>x' 50000; } >"$IN/e-reopened.html"
printf '%s\n' "$GOOD" >"$IN/f-good.txt"

expect_status 3 "a folder with hostile pages codes the rest" -- \
  "$DYAD" code "$IN" --out "$TMP/pages.jsonl" --failed "$TMP/pages-failed.jsonl" --db "$TMP/pages.sqlite" --summary
expect_grep "the deep page is refused with the reason" "b-deep.html: HTML over its parsing budget: markup nested" "$TMP/err"
expect_grep "the unclosed page is refused with the reason" "c-unclosed.html: HTML over its parsing budget" "$TMP/err"
expect_grep "reopened formatting is refused with the reason" "e-reopened.html: HTML over its parsing budget" "$TMP/err"
expect_grep "the good documents after them are coded" '"doc_id":"f-good"' "$TMP/pages.jsonl"
expect_grep "the good documents before them are coded" '"doc_id":"a-good"' "$TMP/pages.jsonl"
expect_equal "failed list" "$(grep -o '"doc_id":"[^"]*"' "$TMP/pages-failed.jsonl" | tr '\n' ' ')" \
  '"doc_id":"b-deep" "doc_id":"c-unclosed" "doc_id":"e-reopened" '
expect_equal "the store has the good documents and the failures" \
  "$("$DYAD" query --db "$TMP/pages.sqlite" --format jsonl 2>/dev/null | grep -c -e a-good -e f-good)" \
  "$(grep -c -e a-good -e f-good "$TMP/pages.jsonl")"
expect_status 3 "--resume gets past the refused pages" -- \
  "$DYAD" code "$IN" --db "$TMP/pages.sqlite" --resume --summary
expect_grep "--resume skipped the stored documents" "Skipped 3 documents already stored" "$TMP/err"

# --- one sentence of 500 KB -------------------------------------------------------
repeat 'Russia said that China warned that ' 15000 >"$TMP/sentence.txt"
expect_status 0 "a 500 KB sentence is coded" -- "$DYAD" code "$TMP/sentence.txt" --summary
expect_grep "the cut is said" "1 sentence longer than 128 tokens or 2048 bytes cut into pieces" "$TMP/err"
expect_grep "the summary counts it" "Sentences over the length limit, coded in pieces: 1" "$TMP/err"
if [ -s "$TMP/out" ]; then pass; else fail "the 500 KB sentence gave no events"; fi

# --- two documents with one id ------------------------------------------------------
{
  printf '%s\n' '{"id": "same", "date": "2024-07-01", "text": "Russia and North Korea held talks in Moscow."}'
  printf '%s\n' '{"id": "same", "date": "2024-07-02", "text": "China condemned Japan."}'
} >"$TMP/dup.jsonl"
expect_status 3 "a duplicate id is a failure" -- \
  "$DYAD" code "$TMP/dup.jsonl" --out "$TMP/dup-out.jsonl" --db "$TMP/dup.sqlite"
expect_grep "the duplicate is named" 'dup.jsonl:2: duplicate document id "same"' "$TMP/err"
if grep -q "China" "$TMP/dup-out.jsonl"; then fail "the duplicate was coded"; else pass; fi
expect_grep "the first document is coded" "Moscow" "$TMP/dup-out.jsonl"
"$DYAD" export --db "$TMP/dup.sqlite" --out "$TMP/dup-export.jsonl" 2>/dev/null
expect_equal "the store keeps the first document's events" \
  "$(cmp -s "$TMP/dup-out.jsonl" "$TMP/dup-export.jsonl" && echo same)" "same"

# --- outputs that are one file ----------------------------------------------------
cd "$TMP"
printf 'keep me\n' >x.jsonl
expect_status 2 "--failed ./x.jsonl --out x.jsonl" -- "$DYAD" code "$IN/a-good.txt" --failed ./x.jsonl --out x.jsonl
expect_grep "the clash is named" "name the same file" "$TMP/err"
ln -s x.jsonl link.jsonl
expect_status 2 "--out through a symbolic link" -- "$DYAD" code "$IN/a-good.txt" --failed link.jsonl --out x.jsonl
ln -s not-yet.jsonl dangling.jsonl
expect_status 2 "--out and a dangling link to it" -- \
  "$DYAD" code "$IN/a-good.txt" --failed dangling.jsonl --out not-yet.jsonl
expect_status 2 "--db and --out" -- "$DYAD" code "$IN/a-good.txt" --db "$TMP/x.jsonl" --out x.jsonl
expect_equal "the events file is untouched" "$(cat x.jsonl)" "keep me"
cd - >/dev/null

# --- two processes creating one store ---------------------------------------------
for round in 1 2 3 4 5; do
  rm -f "$TMP/race.sqlite"*
  pids=()
  for p in 1 2 3; do
    "$DYAD" code "$IN/a-good.txt" --db "$TMP/race.sqlite" -q 2>"$TMP/race-$p.err" &
    pids+=($!)
  done
  statuses=""
  for pid in "${pids[@]}"; do wait "$pid"; statuses+="$? "; done
  expect_equal "round $round: three creators at once all succeed $(cat "$TMP"/race-*.err)" "$statuses" "0 0 0 "
done

# --- a password in a malformed connection string ----------------------------------
expect_status 1 "malformed PostgreSQL location" -- \
  "$DYAD" code "$IN/a-good.txt" --db 'postgresql://dyad:Sup3rS3cret@[::1/events'
expect_grep "the location is named" "malformed PostgreSQL connection string" "$TMP/err"
if grep -q "Sup3rS3cret" "$TMP/err"; then fail "the password is in the message: $(cat "$TMP/err")"; else pass; fi

# --- --dict takes one value ---------------------------------------------------------
expect_status 0 "--dict DIR corpus/" -- "$DYAD" code --dict "$SRC/data" "$SRC/data/sample/text" --summary
expect_grep "the corpus after --dict is coded" "Coded 12 documents" "$TMP/err"

# --- FIFOs and special files ----------------------------------------------------------
mkfifo "$TMP/pipe.txt"
expect_status 3 "a FIFO with no writer does not hang" -- timeout 20 "$DYAD" code "$TMP/pipe.txt"
expect_grep "it reads as empty" "pipe.txt: empty document" "$TMP/err"
mkdir -p "$TMP/special"
printf '%s\n' "$GOOD" >"$TMP/special/good.txt"
mkfifo "$TMP/special/pipe.txt"
ln -s /dev/zero "$TMP/special/zero.txt"
expect_status 3 "special files in a folder are failures" -- timeout 20 "$DYAD" code "$TMP/special" --summary
expect_grep "the FIFO is listed" "special/pipe.txt: not a regular file: a FIFO" "$TMP/err"
expect_grep "the device is listed" "special/zero.txt: not a regular file: a character device" "$TMP/err"
expect_grep "the good file is coded" "Coded 1 documents (2 failed)" "$TMP/err"

# --- declared charsets ----------------------------------------------------------------
printf '<html><head><meta charset=windows-1252></head><body><p>South Korea\x92s envoy \x93protested\x94 the launch on Monday, officials in Seoul said.</p></body></html>' \
  >"$TMP/cp1252.html"
expect_status 0 "a windows-1252 page" -- "$DYAD" text "$TMP/cp1252.html"
expect_grep "is decoded" "South Korea’s envoy “protested” the launch" "$TMP/out"
printf '%s\n' "$GOOD" | iconv -f UTF-8 -t UTF-16 >"$TMP/utf16.txt"  # with a byte order mark
expect_status 0 "a UTF-16 file with a byte order mark" -- "$DYAD" code "$TMP/utf16.txt" --summary
expect_grep "is decoded and coded" "Coded 1 documents (0 failed), 2 sentences" "$TMP/err"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
