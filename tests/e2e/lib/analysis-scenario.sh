# The analysis commands end to end on corpora of our own (tests/e2e/data),
# coded into a store by `dyad code --db`: stories merged across outlets,
# no merge across weeks, re-coding a document, every watch status and a red
# line through triggered to happened, series with empty periods, trends and
# networks. Sourced by analysis_cli.sh (SQLite) and analysis_postgres.sh.
# Needs DYAD, SRC, TMP, the checks of lib/checks.sh, and new_store NAME
# (prints a fresh store location). Leaves each command's JSON Lines in
# $OUT/*.jsonl for the caller to compare across backends.

DATA="$SRC/tests/e2e/data"

# py EXPRESSION FILE: evaluates EXPRESSION with `rows` = the file's JSON lines.
py() { python3 -c "import json,sys; rows=[json.loads(l) for l in open(sys.argv[1])]; print($1)" "$2"; }

stories_scenario() {
  local db
  db=$(new_store stories)
  expect_status 0 "code the treaty corpus" -- "$DYAD" code "$DATA/treaty.jsonl" --db "$db" -q
  expect_status 0 "stories jsonl" -- "$DYAD" stories --db "$db" --dyad RUS-PRK --format jsonl
  cp "$TMP/out" "$OUT/stories.jsonl"
  expect_equal "five articles of one signing are one story, the next week's another" \
    "$(py "[(r['first_date'], r['last_date'], r['documents'], r['outlets'], len(r['mentions'])) for r in rows]" "$TMP/out")" \
    "[('2024-06-19', '2024-06-21', 5, 5, 5), ('2024-06-28', '2024-06-28', 1, 1, 1)]"
  expect_equal "the story's code and modality" \
    "$(py "rows[0]['code'] + ' ' + rows[0]['modality'] + ' ' + ','.join(sorted(m['outlet'] for m in rows[0]['mentions']))" "$TMP/out")" \
    "057 asserted KCNA,NK News,TASS,Wire,Yonhap"
  local story
  story=$(py "rows[0]['story_id']" "$TMP/out")
  expect_status 0 "query jsonl" -- "$DYAD" query --db "$db" --dyad RUS-PRK --doc tass-0619 --format jsonl
  expect_equal "query gives the fact its story_id" "$(py "rows[0]['story_id']" "$TMP/out")" "$story"
  expect_status 0 "query the possibility" -- "$DYAD" query --db "$db" --source CHN --format jsonl
  expect_equal "a possibility has no story_id" "$(py "'story_id' in rows[0]" "$TMP/out")" "False"
  expect_status 0 "stories csv" -- "$DYAD" stories --db "$db" --format csv
  expect_equal "csv: a header and four stories" "$(wc -l <"$TMP/out" | tr -d ' ')" "5"
  expect_status 0 "stories table" -- "$DYAD" stories --db "$db" --source PRK --from 2024-06-25
  expect_grep "table has the later story" "2024-06-28" "$TMP/out"

  # Re-coding the whole corpus unchanged keeps every story and id.
  "$DYAD" stories --db "$db" --format jsonl >"$TMP/before.jsonl"
  expect_status 0 "code the corpus again" -- "$DYAD" code "$DATA/treaty.jsonl" --db "$db" -q
  "$DYAD" stories --db "$db" --format jsonl >"$TMP/again.jsonl"
  expect_equal "re-coding unchanged documents changes no story" \
    "$(cmp -s "$TMP/before.jsonl" "$TMP/again.jsonl" && echo same)" "same"
  # One article corrected: it now tells of a July agreement.
  expect_status 0 "re-code one document" -- "$DYAD" code "$DATA/treaty-recoded.jsonl" --db "$db" -q
  expect_status 0 "stories after re-coding" -- "$DYAD" stories --db "$db" --dyad RUS-PRK --format jsonl
  cp "$TMP/out" "$OUT/stories-recoded.jsonl"
  expect_equal "its mention left the June story for a July one" \
    "$(py "[(r['story_id'] == $story, r['first_date'], r['documents']) for r in rows]" "$TMP/out")" \
    "[(True, '2024-06-19', 4), (False, '2024-06-28', 1), (False, '2024-07-15', 1)]"
}

# Pairwise merge quality on articles of our own with known occurrences
# (tests/e2e/data/merge-quality.*): a floor that guards regressions. The
# misses are known: two shellings two days apart are merged, an article five
# days late without a date of its own is not (docs/ANALYSIS.md).
merge_quality_scenario() {
  local db
  db=$(new_store merge)
  expect_status 0 "code the merge-quality corpus" -- "$DYAD" code "$DATA/merge-quality.jsonl" --db "$db" -q
  "$DYAD" stories --db "$db" --format jsonl >"$OUT/merge-quality.jsonl"
  python3 "$SRC/tests/e2e/lib/merge-quality" "$OUT/merge-quality.jsonl" "$DATA/merge-quality.gold.tsv" >"$TMP/quality"
  echo "merge quality: $(head -1 "$TMP/quality")"
  expect_equal "pairwise merge precision >= 0.8 and recall >= 0.75" \
    "$(awk 'NR == 1 { print ($(NF - 4) >= 0.8 && $(NF - 2) >= 0.75) ? "yes" : "no" }' "$TMP/quality")" "yes"
}

watch_scenario() {
  local db
  db=$(new_store watch)
  expect_status 0 "code the red-lines corpus" -- "$DYAD" code "$DATA/red-lines.jsonl" --db "$db" -q
  expect_status 0 "watch jsonl" -- "$DYAD" watch --db "$db" --format jsonl
  cp "$TMP/out" "$OUT/watch.jsonl"
  expect_equal "every item, its kind and status" \
    "$(py "[(r['stated']['doc_id'], r['kind'], r['status'], r['source'] + '-' + r['target']) for r in rows]" "$TMP/out")" \
    "[('review-0601', 'plan', 'happened', 'PRK-RUS'), ('review-0602', 'recommendation', 'open', 'JPN-UKR'), ('mirror-0603', 'possibility', 'contradicted', 'CHN-RUS'), ('herald-0604', 'threat', 'happened', 'PRK-KOR'), ('paper-0621', 'red_line', 'happened', 'KOR-UKR')]"
  expect_equal "evidence of the plan and the threat" \
    "$(py "[[e['doc_id'] for e in r['evidence']] for r in rows if r['status'] != 'open']" "$TMP/out")" \
    "[['herald-0620'], ['mirror-0703'], ['herald-0904'], ['herald-0802']]"
  expect_equal "the red line's condition happened" \
    "$(py "[(r['condition']['source'], r['condition']['target'], r['condition']['root'], r['condition']['status'], r['condition']['evidence'][0]['doc_id']) for r in rows if r['condition']]" "$TMP/out")" \
    "[('RUS', 'PRK', '07', 'happened', 'wire-0710')]"
  for step in "2024-06-30 open" "2024-07-15 triggered" "2024-08-31 happened"; do
    set -- $step
    expect_status 0 "watch --as-of $1" -- "$DYAD" watch --db "$db" --as-of "$1" --source KOR --format jsonl
    expect_equal "the red line as of $1" "$(py "rows[0]['kind'] + ' ' + rows[0]['status']" "$TMP/out")" "red_line $2"
  done
  expect_status 0 "watch as of May" -- "$DYAD" watch --db "$db" --as-of 2024-05 --format jsonl
  expect_equal "nothing stated yet in May" "$(wc -c <"$TMP/out" | tr -d ' ')" "0"
  expect_status 0 "watch csv" -- "$DYAD" watch --db "$db" --format csv
  expect_equal "csv: a header and five items" "$(wc -l <"$TMP/out" | tr -d ' ')" "6"
  expect_status 0 "watch table" -- "$DYAD" watch --db "$db"
  expect_grep "table shows the red line" "red_line" "$TMP/out"
  expect_status 0 "export of conditional events" -- "$DYAD" export --db "$db" --out "$TMP/export.jsonl"
  "$DYAD" code "$DATA/red-lines.jsonl" >"$TMP/coded.jsonl" 2>/dev/null
  expect_equal "export = what code wrote, conditions included" \
    "$(cmp -s "$TMP/export.jsonl" "$TMP/coded.jsonl" && echo same)" "same"
  expect_grep "the consequence carries its condition" '"condition":{"source":{"text":"Russia"' "$TMP/export.jsonl"
}

series_scenario() {
  local db
  db=$(new_store sample)
  expect_status 0 "code the sample corpus" -- "$DYAD" code "$SRC/data/sample" --db "$db" -q
  expect_status 0 "series by month" -- "$DYAD" series --db "$db" --dyad RUS-PRK --by month --format jsonl
  cp "$TMP/out" "$OUT/series.jsonl"
  expect_equal "one row per month from the first to the last, none skipped" \
    "$(py "all((int(b['period'][:4]) * 12 + int(b['period'][5:])) - (int(a['period'][:4]) * 12 + int(a['period'][5:])) == 1 for a, b in zip(rows, rows[1:]))" "$TMP/out")" "True"
  expect_equal "empty months are zeros" \
    "$(py "any(r['events'] == 0 and r['stories'] == 0 and r['goldstein_mean'] is None for r in rows)" "$TMP/out")" "True"
  "$DYAD" query --db "$db" --dyad RUS-PRK --format jsonl >"$TMP/facts.jsonl"
  expect_equal "the series counts every RUS->PRK fact" \
    "$(py "sum(r['events'] for r in rows)" "$TMP/out")" \
    "$(py "sum(1 for r in rows if 'story_id' in r)" "$TMP/facts.jsonl")"
  expect_status 0 "series by week, events, all modalities, csv" -- \
    "$DYAD" series --db "$db" --source RUS --by week --count events --modality all --from 2024-06 --to 2024-07 --format csv
  expect_equal "June and July 2024 in weeks (May 27 to July 29): a header and 10 rows" \
    "$(wc -l <"$TMP/out" | tr -d ' ')" "11"
  expect_grep "weeks start on Monday" "^2024-05-27,2024-05-27,2024-06-02," "$TMP/out"
  expect_status 0 "trends" -- "$DYAD" trends --db "$db" --format jsonl
  cp "$TMP/out" "$OUT/trends.jsonl"
  expect_equal "trends are flagged moderate or large" \
    "$(py "sorted(set(r['flag'] for r in rows)) <= ['large', 'moderate']" "$TMP/out")" "True"
  expect_status 0 "network json" -- "$DYAD" network --db "$db" --format json
  cp "$TMP/out" "$OUT/network.json"
  expect_equal "network nodes have names" \
    "$(py "[n['name'] for n in rows[0]['nodes'] if n['id'] == 'PRK']" "$TMP/out")" "['North Korea']"
  expect_equal "edges weigh the facts" \
    "$(py "sum(e['events'] for e in rows[0]['edges'])" "$TMP/out")" \
    "$("$DYAD" query --db "$db" --format jsonl | grep -c '"story_id"')"
  expect_status 0 "network graphml" -- "$DYAD" network --db "$db" --format graphml --modality all
  expect_grep "graphml" '<graph id="dyad" edgedefault="directed">' "$TMP/out"
  expect_status 0 "network csv" -- "$DYAD" network --db "$db" --format csv --dyad RUS-PRK
  expect_equal "one edge for one dyad" "$(wc -l <"$TMP/out" | tr -d ' ')" "2"
}
