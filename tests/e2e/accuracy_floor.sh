#!/usr/bin/env bash
# Regression guard: accuracy on the shared gold sets must not drop below the
# floors reached so far. Skipped (exit 77) when ../shared is absent.
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

dev=$("$dyad" score "$shared/dev.jsonl" --json) || { echo "dyad score failed"; exit 1; }
check dev "$dev" f1 0.79
check dev "$dev" factual_precision 0.95
check dev "$dev" modality_accuracy 0.95
check dev "$dev" date_accuracy 0.95

if [ -f "$shared/petrarch/petr2-gsr-gold.jsonl" ]; then
  gsr=$("$dyad" score "$shared/petrarch/petr2-gsr-gold.jsonl" --json) || exit 1
  check petr2-gsr "$gsr" f1 0.60
  check petr2-gsr "$gsr" factual_precision 0.90
fi
if [ -f "$shared/petrarch/validation.jsonl" ]; then
  validation=$("$dyad" score "$shared/petrarch/validation.jsonl" \
    --dict "petrarch:$shared/petrarch/PETR.Validate." --json) || exit 1
  check petrarch-validation "$validation" exact_sentences 108
fi
exit $fail
