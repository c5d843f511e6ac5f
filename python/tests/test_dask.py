"""python -m dyad.dask on a distributed.LocalCluster of 2 worker processes
on loopback: the events equal `dyad code`'s, a worker killed midway loses
and doubles nothing, bad documents are listed and the run goes on."""
import json
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid

import distributed
import pytest

import dyad
from conftest import cli_lines, make_small_corpus, run_cli
from dyad.dask.runner import RunOptions, run
from dyad.dask.worker import loaded_engines

PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(dyad.__file__)))


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address="127.0.0.1:0",
                                  silence_logs=logging.ERROR) as local, \
            distributed.Client(local) as client:
        yield local, client


@pytest.fixture
def postgres():
    """A fresh database on the throw-away server of scripts/pg-test-cluster."""
    server = os.environ.get("DYAD_TEST_PG")
    if not server:
        pytest.skip("no PostgreSQL server (run through scripts/pg-test-cluster)")
    database = "dask_" + uuid.uuid4().hex[:12]
    subprocess.run(["psql", server, "-qc", f"CREATE DATABASE {database}"], check=True)
    return server.rsplit("/", 1)[0] + "/" + database


def part_lines(out_dir):
    lines = []
    for name in sorted(os.listdir(out_dir)):
        if name.startswith("part-"):
            with open(os.path.join(out_dir, name), "rb") as f:
                lines += f.read().splitlines()
    return lines


def module_command(python, *args):
    env = dict(os.environ, PYTHONPATH=PACKAGE_DIR)
    return subprocess.run([python, "-m", "dyad.dask", *args], capture_output=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=600)


def test_two_local_workers_write_what_dyad_code_writes(small_corpus, tmp_path):
    out = tmp_path / "out"
    failed = tmp_path / "cli-failed.jsonl"
    expected = cli_lines("code", small_corpus, "--failed", str(failed))
    result = module_command(sys.executable, small_corpus, "--workers", "2", "--out", str(out),
                            "--lines-per-piece", "100")
    assert result.returncode == 3, result.stderr.decode()  # as dyad code: some documents failed
    assert sorted(part_lines(out)) == sorted(expected)
    assert part_lines(out) == expected  # the pieces in order are the CLI's output
    assert (out / "failed.jsonl").read_text() == failed.read_text()
    stderr = result.stderr.decode()
    assert "dashboard:" in stderr and "coded 1199 documents (1 failed)" in stderr
    assert re.search(r"dyad: .*corpus.jsonl:501: broken JSON", stderr)


def test_another_interpreter_hands_over_to_the_build_one(small_corpus, tmp_path):
    """`python3 -m dyad.dask` from an interpreter without Dask (a pyenv one)."""
    other = shutil.which("python3")
    if not other or os.path.realpath(other) == os.path.realpath(sys.executable):
        pytest.skip("python3 on PATH is the build's interpreter")
    probe = subprocess.run([other, "-c", "import dask"], capture_output=True)
    if probe.returncode == 0:
        pytest.skip(f"{other} has Dask itself")
    out = tmp_path / "out"
    result = module_command(other, small_corpus, "--workers", "1", "--out", str(out), "-q")
    assert result.returncode == 3, result.stderr.decode()
    assert sorted(part_lines(out)) == sorted(cli_lines("code", small_corpus))


def test_bad_documents_are_listed_not_fatal(cluster, tmp_path):
    local, _ = cluster
    corpus = tmp_path / "bad.jsonl"
    corpus.write_bytes(b'{"id": "ok-1", "date": "2024-06-19", "text": "Russia sent troops to Ukraine."}\n'
                       b'{"id": "no-text", "date": "2024-06-19"}\n'
                       b'not json at all\n'
                       b'{"id": "bad-date", "date": "someday", "text": "China urged Russia to talk."}\n'
                       b'{"id": "bad-utf8", "text": "\xff\xfe"}\n'
                       b'{"id": "ok-2", "date": "2024-06-20", "text": "China urged Russia to talk."}\n')
    missing = str(tmp_path / "missing.txt")
    failed = tmp_path / "failed.jsonl"
    report = run(RunOptions(inputs=[str(corpus), missing], scheduler=local.scheduler_address,
                            out_dir=str(tmp_path / "out"), failed_path=str(failed),
                            lines_per_piece=2, quiet=True))
    assert (report.documents, report.failed) == (2, 5)
    cli_failed = tmp_path / "cli-failed.jsonl"
    run_cli("code", str(corpus), missing, "--failed", str(cli_failed), "-q")
    assert failed.read_text() == cli_failed.read_text()
    assert part_lines(tmp_path / "out") == cli_lines("code", str(corpus), missing)


def test_one_engine_per_worker_process(cluster, small_corpus, tmp_path):
    local, client = cluster
    report = run(RunOptions(inputs=[small_corpus], scheduler=local.scheduler_address,
                            out_dir=str(tmp_path / "out"), lines_per_piece=50, quiet=True))
    assert report.pieces == 24
    engines = client.run(loaded_engines)
    assert sorted(engines.values()) == [1, 1]  # 24 tasks, one Engine in each process
    assert len({r.pid for r in report.results}) == 2


def busy_worker(client, db, at_least, timeout=120):
    """Once the store holds `at_least` documents: a worker and the dyad pieces
    it is processing (its address, process id, piece indexes)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        stored = dyad.Store(db, read_only=True).counts()["documents"] if _store_exists(db) else 0
        if stored >= at_least:
            pids = client.run(os.getpid)
            for address, keys in client.processing().items():
                pieces = [int(m.group(1)) for k in keys
                          if (m := re.search(r"code_partition-\w+'?, (\d+)", str(k)))]
                if pieces and address in pids:
                    return address, pids[address], pieces, stored
        time.sleep(0.05)
    raise AssertionError("no worker got busy")


def _store_exists(db):
    try:
        dyad.Store(db, read_only=True).close()
        return True
    except dyad.Error:
        return False


def test_a_worker_killed_midway_loses_and_doubles_nothing(cluster, postgres, tmp_path):
    local, client = cluster
    corpus = make_small_corpus(str(tmp_path / "kill.jsonl"), 20000)
    outcome = {}
    # Pieces of 100 documents written in 5 transactions each: a piece the
    # killed worker had half stored is stored again whole by the retry.
    options = RunOptions(inputs=[corpus], scheduler=local.scheduler_address, db=postgres,
                         lines_per_piece=100, documents_per_transaction=20, quiet=True)
    runner = threading.Thread(target=lambda: outcome.update(report=run(options)))
    runner.start()
    address, pid, pieces, stored = busy_worker(client, postgres, at_least=4000)
    os.kill(pid, signal.SIGKILL)
    print(f"killed worker {address} (pid {pid}) holding pieces {pieces}; {stored} documents stored")
    runner.join(timeout=900)
    assert "report" in outcome, "the run did not finish"
    report = outcome["report"]

    # The nanny restarted the worker; the pieces it held were coded by other processes.
    deadline = time.monotonic() + 60
    while len(client.scheduler_info()["workers"]) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert len(client.scheduler_info()["workers"]) == 2
    assert pid not in client.run(os.getpid).values()
    assert all(report.results[i].pid != pid for i in pieces)
    assert 0 < stored < report.documents + report.failed

    # Nothing lost, nothing doubled: the store holds exactly what `dyad code` writes.
    assert sorted(cli_lines("export", "--db", postgres)) == sorted(cli_lines("code", corpus))
    reference = str(tmp_path / "reference.sqlite")
    run_cli("code", corpus, "--db", reference, "-q")
    assert dyad.Store(postgres, read_only=True).counts() == dyad.Store(reference, read_only=True).counts()
    assert (report.documents, report.failed) == (19980, 20)

    # The stories were rebuilt once at the end, from all the events: what a
    # rebuild of the reference gives (ids and the order of mentions follow
    # insertion order, which differs). Placing stories while coding, as one CLI
    # run does, depends on the order documents arrive in, which a cluster
    # does not keep.
    for window in (4, 3):  # a new window rebuilds every story
        dyad.Store(reference, window_days=window).close()
    assert story_set(postgres) == story_set(reference)


def story_set(db):
    def key(story):
        mentions = sorted(json.dumps(m, sort_keys=True) for m in story.pop("mentions"))
        story.pop("story_id")
        return json.dumps(story, sort_keys=True), tuple(mentions)
    with dyad.Store(db, read_only=True) as store:
        stories = store.stories()
    assert stories
    return sorted(key(s) for s in stories)


def test_usage_errors_and_an_unreachable_store_exit_as_dyad_code_does(small_corpus, tmp_path):
    usage = module_command(sys.executable, "-", "--workers", "1", "--out", str(tmp_path / "o"))
    assert usage.returncode == 2 and b"standard input" in usage.stderr
    unreachable = "postgresql://postgres@127.0.0.1:1/postgres"
    fatal = module_command(sys.executable, small_corpus, "--workers", "1", "--db", unreachable)
    cli = run_cli("code", small_corpus, "--db", unreachable, check=False)
    assert (fatal.returncode, cli.returncode) == (1, 1)
    message = cli.stderr.decode().strip().removeprefix("dyad code: ")
    assert fatal.stderr.decode().strip() == f"python -m dyad.dask: {message}"
