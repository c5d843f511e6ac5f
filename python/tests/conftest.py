"""Shared fixtures: the CLI the bindings are compared with, a small corpus
with broken lines, and one Engine for the whole session (loading it is the
expensive part)."""
import json
import os
import subprocess
from typing import List

import pytest

import dyad

SOURCE_DIR = os.environ.get("DYAD_SOURCE_DIR", os.path.abspath(os.path.join(__file__, "../../..")))


def dyad_binary() -> str:
    path = os.environ.get("DYAD_BINARY", os.path.join(SOURCE_DIR, "build", "dyad"))
    if not os.access(path, os.X_OK):
        pytest.fail(f"no dyad binary at {path} (run-pytest passes DYAD_BINARY)")
    return path


def run_cli(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    """Runs the dyad CLI; exit status 3 (some documents failed) counts as success."""
    result = subprocess.run([dyad_binary(), *args], capture_output=True, stdin=subprocess.DEVNULL)
    if check and result.returncode not in (0, 3):
        raise AssertionError(f"dyad {' '.join(args)}: status {result.returncode}: "
                             f"{result.stderr.decode(errors='replace')}")
    return result


def cli_lines(*args: str) -> List[bytes]:
    """The lines `dyad ARGS` writes to standard output."""
    return run_cli(*args).stdout.splitlines()


def cli_events(*args: str) -> List[dict]:
    return [json.loads(line) for line in cli_lines(*args)]


def make_small_corpus(path: str, documents: int) -> str:
    """tests/e2e/lib/make-small-corpus: sample paragraphs, a broken line every 997."""
    script = os.path.join(SOURCE_DIR, "tests", "e2e", "lib", "make-small-corpus")
    with open(path, "wb") as out:
        subprocess.run(["bash", script, SOURCE_DIR, str(documents)], stdout=out, check=True)
    return path


@pytest.fixture(scope="session")
def engine() -> dyad.Engine:
    return dyad.Engine()


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory) -> str:
    """1200 JSON Lines documents, one of them broken."""
    return make_small_corpus(str(tmp_path_factory.mktemp("corpus") / "corpus.jsonl"), 1200)


@pytest.fixture(scope="session")
def source_dir() -> str:
    return SOURCE_DIR
