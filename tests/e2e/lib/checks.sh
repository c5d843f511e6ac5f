# Shared checks for the end-to-end scripts. Source it after setting TMP (a
# scratch folder); each script prints "N passed, N failed" at its end.
passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

# expect_status WANT DESCRIPTION -- COMMAND...   (output kept in $TMP/out, $TMP/err)
expect_status() {
  local want=$1 what=$2
  shift 3
  "$@" >"$TMP/out" 2>"$TMP/err" </dev/null
  local got=$?
  if [ "$got" -eq "$want" ]; then pass; else
    fail "$what: exit status $got, want $want"
    sed 's/^/  stderr: /' "$TMP/err" | head -5
  fi
}
expect_grep() {  # expect_grep DESCRIPTION PATTERN FILE
  if grep -q -- "$2" "$3"; then pass; else fail "$1: no '$2' in $3"; sed 's/^/  | /' "$3" | head -10; fi
}
expect_equal() {  # expect_equal DESCRIPTION GOT WANT
  if [ "$2" = "$3" ]; then pass; else fail "$1: got '$2', want '$3'"; fi
}
