#!/usr/bin/env bash
# Regression guard: accuracy on every gold set dyad is measured on must not
# drop below the floors reached so far: each half of the split development
# sets (data/splits/), PETRARCH-2's sets, our held-out set and both halves of our
# policy prose. Skipped
# (exit 77) when ../shared is absent.
set -u
dyad=$1
source_dir=$2
shared=$source_dir/../shared/data
[ -f "$shared/dev.jsonl" ] || { echo "no $shared/dev.jsonl: skipped"; exit 77; }

fail=0
# check NAME JSON FIELD FLOOR
check() {
  local value
  value=$(printf '%s' "$2" | python3 -c "import json,sys; print(json.load(sys.stdin)['$3'])")
  if python3 -c "import sys; sys.exit(0 if float('$value') >= float('$4') else 1)"; then
    echo "ok   $1 $3 = $value (floor $4)"
  else
    echo "FAIL $1 $3 = $value is below the floor $4"
    fail=1
  fi
}
# score NAME ARGS...: the report as JSON, or exit on failure
score() {
  local name=$1; shift
  "$dyad" score "$@" --json || { echo "dyad score failed on $name"; exit 1; }
}

for half in tune check; do
  r=$(score "dev $half" "$shared/dev.jsonl" --split $half)
  check "dev-$half" "$r" f1 0.815
  check "dev-$half" "$r" factual_precision 0.92
  check "dev-$half" "$r" modality_accuracy 0.94
  check "dev-$half" "$r" date_accuracy 0.97
done
if [ -f "$shared/dev-policy.jsonl" ]; then
  r=$(score "dev-policy tune" "$shared/dev-policy.jsonl" --split tune)
  check dev-policy-tune "$r" f1 0.71
  check dev-policy-tune "$r" modality_accuracy 0.92
  r=$(score "dev-policy check" "$shared/dev-policy.jsonl" --split check)
  check dev-policy-check "$r" f1 0.53
  check dev-policy-check "$r" modality_accuracy 0.85
  check dev-policy-check "$r" factual_precision 0.70
fi
if [ -f "$shared/petrarch/petr2-gsr-gold.jsonl" ]; then
  r=$(score petr2-gsr "$shared/petrarch/petr2-gsr-gold.jsonl")
  check petr2-gsr "$r" f1 0.645
  check petr2-gsr "$r" factual_precision 0.83
fi
if [ -f "$shared/petrarch/validation.jsonl" ]; then
  r=$(score petrarch-validation "$shared/petrarch/validation.jsonl" --dict "petrarch:$shared/petrarch/PETR.Validate.")
  check petrarch-validation "$r" exact_sentences 113
fi
r=$(score heldout "$source_dir/tests/heldout/unseen.jsonl")
check heldout "$r" f1 0.61
check heldout "$r" modality_accuracy 0.89
check heldout "$r" factual_precision 0.79
# Policy prose of our own (tests/constructions/policy_prose.jsonl): lines
# 1-35 are read for errors, 36-70 only scored; both halves are held here.
pp=$source_dir/tests/constructions/policy_prose.jsonl
head -35 "$pp" >"${TMPDIR:-/tmp}/pp-tune.$$.jsonl"
tail -n +36 "$pp" >"${TMPDIR:-/tmp}/pp-check.$$.jsonl"
r=$(score "policy prose, read half" "${TMPDIR:-/tmp}/pp-tune.$$.jsonl")
check policy-prose-read "$r" f1 0.70
check policy-prose-read "$r" modality_accuracy 0.95
r=$(score "policy prose, scored half" "${TMPDIR:-/tmp}/pp-check.$$.jsonl")
check policy-prose-scored "$r" f1 0.59
check policy-prose-scored "$r" modality_accuracy 0.80
rm -f "${TMPDIR:-/tmp}/pp-tune.$$.jsonl" "${TMPDIR:-/tmp}/pp-check.$$.jsonl"
exit $fail
