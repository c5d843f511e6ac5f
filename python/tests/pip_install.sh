#!/usr/bin/env bash
# `pip install ./python --no-build-isolation` works offline: into a throw-away
# venv (with the system site packages, for Debian's Dask and pandas), then
# the installed package codes, finds its bundled dictionaries, and runs the
# Dask runner, from a folder far from the source and build trees.
#   pip_install.sh PYTHON SOURCE_DIR BUILD_DIR
# DYAD_PIP_FRESH_BUILD=1 builds the extension from scratch (minutes) instead
# of reusing BUILD_DIR's configured tree.
set -euo pipefail
python=${1:?usage: pip_install.sh PYTHON SOURCE_DIR BUILD_DIR}
src=${2:?}
build=${3:?}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dyad-pip.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

passed=0
failed=0
check() {  # check DESCRIPTION COMMAND...
  local what=$1
  shift
  if "$@" >"$tmp/out" 2>&1; then passed=$((passed + 1)); else
    failed=$((failed + 1))
    echo "FAIL: $what"
    sed 's/^/  | /' "$tmp/out" | tail -20
  fi
}

"$python" -m venv --system-site-packages "$tmp/venv"
venv_python=$tmp/venv/bin/python
[ "${DYAD_PIP_FRESH_BUILD:-0}" = 1 ] || export DYAD_CMAKE_BUILD_DIR=$build
check "pip install ./python --no-build-isolation (offline)" \
  env PIP_NO_INDEX=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
  "$venv_python" -m pip install --no-build-isolation "$src/python"

cd "$tmp"
unset PYTHONPATH DYAD_DATA
check "the installed package codes the issue's sentence" "$venv_python" -c "
import dyad, sys
assert dyad.__file__.startswith(sys.prefix), dyad.__file__
events = dyad.Engine().code('Russia sent troops to Ukraine.', '2024-01-02')
print(events)
assert [(e['source']['country'], e['target']['country']) for e in events] == [('RUS', 'UKR')]
"
check "it uses its bundled dictionaries" "$venv_python" -c "
import dyad, sys
assert dyad.data_dir().startswith(sys.prefix), dyad.data_dir()
"
check "the type stubs are installed" "$venv_python" -c "
import dyad, os
assert os.path.exists(os.path.join(os.path.dirname(dyad.__file__), '__init__.pyi'))
assert os.path.exists(os.path.join(os.path.dirname(dyad.__file__), 'py.typed'))
"
bash "$src/tests/e2e/lib/make-small-corpus" "$src" 30 >"$tmp/corpus.jsonl"
"$build/dyad" code "$tmp/corpus.jsonl" -q | sort >"$tmp/cli.jsonl"
run_dask() {
  "$venv_python" -m dyad.dask "$tmp/corpus.jsonl" --workers 1 --out "$tmp/dask-out" -q
  cat "$tmp"/dask-out/part-*.jsonl | sort | cmp - "$tmp/cli.jsonl"
}
check "the installed dyad.dask writes what dyad code writes" run_dask

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
