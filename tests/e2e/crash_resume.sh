#!/usr/bin/env bash
# A document that crashes dyad does not take the corpus down with it: what
# was committed before the crash is kept, the store stays consistent, the
# next run codes alone (in a child process) the documents the dead run was
# coding, records the one that crashes, and completes; later runs list it as
# failed without coding it again.
#
# The crash is real: an LD_PRELOAD shim, compiled here, interposes gumbo's
# parse function (a shared library call) and raises SIGSEGV on a page that
# holds the marker CRASH-ME. dyad has no test hook.
# Usage: bash crash_resume.sh /path/to/dyad /path/to/source-dir   (exit 77 = skipped)
set -u

DYAD=${1:?usage: crash_resume.sh DYAD SOURCE_DIR}
SRC=${2:?usage: crash_resume.sh DYAD SOURCE_DIR}
[ -x "$DYAD" ] || { echo "skip: no dyad binary at $DYAD"; exit 77; }
[ -d "$SRC/data/sample/text" ] || { echo "skip: no sample texts under $SRC"; exit 77; }
command -v sqlite3 >/dev/null || { echo "skip: no sqlite3 command"; exit 77; }
command -v cc >/dev/null || { echo "skip: no C compiler for the crash shim"; exit 77; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/dyad-crash.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
# shellcheck source=lib/checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/checks.sh"

cat >"$TMP/crash_shim.c" <<'EOF'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <gumbo.h>
#include <signal.h>
#include <string.h>
GumboOutput* gumbo_parse_with_options(const GumboOptions* options, const char* page, size_t length) {
  if (memmem(page, length, "CRASH-ME", 8)) raise(SIGSEGV);
  GumboOutput* (*parse)(const GumboOptions*, const char*, size_t) =
      (GumboOutput* (*)(const GumboOptions*, const char*, size_t))dlsym(RTLD_NEXT, "gumbo_parse_with_options");
  return parse(options, page, length);
}
EOF
cc -shared -fPIC $(pkg-config --cflags gumbo 2>/dev/null) "$TMP/crash_shim.c" -o "$TMP/crash_shim.so" -ldl ||
  { echo "skip: cannot build the crash shim"; exit 77; }
SHIM="$TMP/crash_shim.so"

# 1,500 documents, then the crasher, then 300 more: the first transaction
# (1024 documents) is committed before the crash.
CORPUS="$TMP/corpus"
mkdir -p "$CORPUS"
bash "$SRC/tests/e2e/lib/make-small-corpus" "$SRC" 1500 >"$CORPUS/a.jsonl"
printf '<html><body><article><p>Russian forces shelled Kharkiv on Monday, Ukrainian officials said. CRASH-ME</p></article></body></html>\n' \
  >"$CORPUS/b-crash.html"
bash "$SRC/tests/e2e/lib/make-small-corpus" "$SRC" 300 | sed 's/"id": *"/"id": "c-/' >"$CORPUS/c.jsonl"

counts() {
  sqlite3 "$1" "SELECT (SELECT count(*) FROM documents WHERE status = 'ok') || ' ' ||
    (SELECT count(*) FROM documents WHERE status = 'failed') || ' ' || (SELECT count(*) FROM events)"
}
consistent() {  # the checks of store_kill_resume.sh that matter here
  check_equal() { expect_equal "$1" "$2" "$3"; }
  check_equal "$2: integrity" "$(sqlite3 "$1" 'PRAGMA integrity_check')" "ok"
  check_equal "$2: whole documents" "$(sqlite3 "$1" "SELECT count(*) FROM documents d WHERE d.status = 'ok' AND
    d.event_count <> (SELECT count(*) FROM events e WHERE e.doc_id = d.id)")" "0"
}

# The reference: the corpus without the crasher.
mkdir -p "$TMP/clean"
cp "$CORPUS/a.jsonl" "$CORPUS/c.jsonl" "$TMP/clean/"
"$DYAD" code "$TMP/clean" --db "$TMP/clean.sqlite" -q
clean=$(counts "$TMP/clean.sqlite")

DB="$TMP/crash.sqlite"
LD_PRELOAD=$SHIM "$DYAD" code "$CORPUS" --db "$DB" --out "$TMP/events.jsonl" -q 2>"$TMP/crash.err"
expect_equal "the run dies of the crash" "$?" "139"
consistent "$DB" "after the crash"
expect_equal "the first transaction is kept" "$(sqlite3 "$DB" "SELECT count(*) FROM documents")" "1024"
expect_equal "the journal names what was being coded" \
  "$(sqlite3 "$DB" "SELECT count(*) FROM attempts WHERE doc_id = 'b-crash' AND crash IS NULL")" "1"
if [ -s "$TMP/events.jsonl" ] && tail -c 1 "$TMP/events.jsonl" | od -c | grep -q '\\n'; then pass; else
  fail "--out does not end with a whole line"; fi

LD_PRELOAD=$SHIM "$DYAD" code "$CORPUS" --db "$DB" --resume --summary 2>"$TMP/resume.err"
expect_equal "the resumed run completes (some documents failed)" "$?" "3"
expect_grep "it codes the unfinished documents alone" "an earlier run stopped while coding" "$TMP/resume.err"
expect_grep "it names the crasher" \
  "b-crash.html: dyad crashed (signal 11: Segmentation fault) coding it; recorded in the store" "$TMP/resume.err"
consistent "$DB" "after the resumed run"
expect_equal "the crasher is a failed document" \
  "$(sqlite3 "$DB" "SELECT error FROM documents WHERE id = 'b-crash'")" \
  "dyad crashed (signal 11: Segmentation fault) coding it in an earlier run; not coded again while unchanged"
expect_equal "everything else is stored as in a clean run" \
  "$(sqlite3 "$DB" "SELECT (SELECT count(*) FROM documents WHERE status = 'ok') || ' ' ||
    (SELECT count(*) FROM documents WHERE status = 'failed' AND id <> 'b-crash') || ' ' ||
    (SELECT count(*) FROM events)")" "$clean"
"$DYAD" export --db "$DB" --out "$TMP/resumed.jsonl" && "$DYAD" export --db "$TMP/clean.sqlite" --out "$TMP/clean.jsonl"
expect_equal "the events equal a clean run's" "$(sort "$TMP/resumed.jsonl" | md5sum)" "$(sort "$TMP/clean.jsonl" | md5sum)"

# Later runs, with --resume or not, never code it again.
for mode in --resume --quiet; do
  LD_PRELOAD=$SHIM "$DYAD" code "$CORPUS" --db "$DB" "$mode" 2>"$TMP/again.err" >/dev/null
  expect_equal "a later run ($mode) does not crash" "$?" "3"
done
expect_equal "nothing is left unfinished" "$(sqlite3 "$DB" "SELECT count(*) FROM attempts WHERE crash IS NULL")" "0"

# Changed bytes are a new document: it is tried again (and crashes again).
printf '<html><body><p>Changed. CRASH-ME</p></body></html>\n' >"$CORPUS/b-crash.html"
LD_PRELOAD=$SHIM "$DYAD" code "$CORPUS" --db "$DB" --resume -q 2>/dev/null
expect_equal "a changed crasher is coded again" "$?" "139"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
