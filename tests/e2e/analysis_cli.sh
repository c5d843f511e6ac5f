#!/usr/bin/env bash
# End-to-end tests of the analysis commands on SQLite (dyad stories, watch,
# series, trends, network): help and exit codes, then the scenarios of
# lib/analysis-scenario.sh on corpora of our own.
# Usage: bash analysis_cli.sh /path/to/dyad /path/to/source-dir   (exit 77 = skipped)
set -u

DYAD=${1:?usage: analysis_cli.sh DYAD SOURCE_DIR}
SRC=${2:?usage: analysis_cli.sh DYAD SOURCE_DIR}
[ -x "$DYAD" ] || { echo "skip: no dyad binary at $DYAD"; exit 77; }
command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }
command -v sqlite3 >/dev/null || { echo "skip: no sqlite3 command"; exit 77; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/dyad-analysis.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
OUT="$TMP/results"
mkdir -p "$OUT"

# shellcheck source=lib/checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/checks.sh"
# shellcheck source=lib/analysis-scenario.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/analysis-scenario.sh"
new_store() { echo "$TMP/$1.sqlite"; }

# --- help and usage -----------------------------------------------------------
for cmd in stories watch series trends network; do
  expect_status 0 "$cmd --help" -- "$DYAD" "$cmd" --help
  expect_grep "$cmd --help names --db" "--db" "$TMP/out"
  expect_status 2 "$cmd without --db" -- "$DYAD" "$cmd"
  expect_status 1 "$cmd of a missing store" -- "$DYAD" "$cmd" --db "$TMP/none.sqlite" \
    $([ "$cmd" = trends ] || echo --source RUS)
done
"$DYAD" code "$SRC/data/sample/jsonl" --db "$TMP/usage.sqlite" -q
U=$TMP/usage.sqlite
expect_status 2 "series without a dyad, source or target" -- "$DYAD" series --db "$U"
expect_status 2 "series --by hour" -- "$DYAD" series --db "$U" --dyad RUS-PRK --by hour
expect_status 2 "series --modality certain" -- "$DYAD" series --db "$U" --dyad RUS-PRK --modality certain
expect_status 2 "series --count mentions" -- "$DYAD" series --db "$U" --dyad RUS-PRK --count mentions
expect_status 2 "stories --format xml" -- "$DYAD" stories --db "$U" --format xml
expect_status 2 "stories --dyad RUSPRK" -- "$DYAD" stories --db "$U" --dyad RUSPRK
expect_status 2 "watch --as-of yesterday" -- "$DYAD" watch --db "$U" --as-of yesterday
expect_status 1 "watch --threats of a missing file" -- "$DYAD" watch --db "$U" --threats "$TMP/none.tsv"
expect_status 2 "trends --as-of 2024-13" -- "$DYAD" trends --db "$U" --as-of 2024-13
expect_status 2 "network --format dot" -- "$DYAD" network --db "$U" --format dot
expect_status 2 "code --window-days 0" -- "$DYAD" code "$SRC/data/sample/jsonl" --db "$U" --window-days 0
expect_status 2 "code --window-days without --db" -- "$DYAD" code "$SRC/data/sample/jsonl" --window-days 5
expect_status 0 "code --window-days 5 rebuilds the stories" -- "$DYAD" code "$SRC/data/sample/jsonl" --db "$U" --window-days 5
expect_equal "the store keeps the new window" "$(sqlite3 "$U" "SELECT window_days FROM story_settings")" "5"

stories_scenario
merge_quality_scenario
watch_scenario
series_scenario

echo "analysis_cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
