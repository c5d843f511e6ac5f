"""Runs a corpus through a Dask cluster: plans the pieces, starts or joins the
cluster, codes one bag partition per piece (one Engine per worker), shows
progress, and gathers the counts and the failed documents.

A worker that dies (killed, out of memory) is restarted by its nanny and the
scheduler runs its unfinished task again elsewhere; writes are idempotent
(worker.py), so the result is the same as a run without the failure.
"""
import contextlib
import glob
import importlib.util
import logging
import os
import sys
import time
from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, List, Sequence, TextIO, Tuple

import dask.bag
import distributed

from .._engine import failure_message
from .._store import Store
from .plan import Piece, plan_pieces
from .worker import EnginePlugin, PieceResult, Sink, TaskOptions, code_partition

def dashboard_text(link: str) -> str:
    """The dashboard link, and what it shows without bokeh (Debian 12 has none)."""
    if not link:
        return "none"
    if importlib.util.find_spec("bokeh") is not None:
        return link
    base = link.rsplit("/", 1)[0]
    return (f"{link} (its plots need bokeh, which Debian 12 does not package; "
            f"{base}/info/main/workers.html lists the workers)")


@dataclass
class RunOptions:
    inputs: Sequence[str]
    scheduler: str = ""  # tcp://HOST:PORT of a running scheduler, or
    workers: int = 0     # the number of local worker processes to start
    db: str = ""         # a store location, or
    out_dir: str = ""    # a folder for JSON Lines partitions
    failed_path: str = ""  # default: OUT_DIR/failed.jsonl; with db: none
    date: str = ""
    dict_sources: Tuple[str, ...] = ()
    lines_per_piece: int = 1000
    files_per_piece: int = 200
    threads_per_worker: int = 1
    window_days: int = 0
    documents_per_transaction: int = 1024
    progress: bool = False
    quiet: bool = False


@dataclass
class RunReport:
    pieces: int = 0
    documents: int = 0
    failed: int = 0
    sentences: int = 0
    events: int = 0
    failures: List[Dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    dashboard: str = ""
    finish_seconds: float = 0.0  # the sink's last step: the stories rebuilt (--db)
    results: List[PieceResult] = field(default_factory=list)  # per piece, in piece order


def prepare_out_dir(out_dir: str) -> None:
    """Creates the folder and removes the partitions of an earlier run."""
    os.makedirs(out_dir, exist_ok=True)
    for stale in glob.glob(os.path.join(out_dir, "part-*.jsonl*")):
        os.remove(stale)


def remove_temporaries(out_dir: str) -> None:
    """Partitions half-written by a worker that died."""
    for temporary in glob.glob(os.path.join(out_dir, "part-*.jsonl.tmp-*")):
        os.remove(temporary)


@contextlib.contextmanager
def connect(options: RunOptions) -> Iterator[distributed.Client]:
    """A client of the given scheduler, or of a local cluster of worker
    processes (with nannies) on loopback."""
    if options.scheduler:
        with distributed.Client(options.scheduler) as client:
            yield client
        return
    with distributed.LocalCluster(
            n_workers=options.workers, threads_per_worker=options.threads_per_worker,
            processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0",
            silence_logs=logging.ERROR) as cluster, distributed.Client(cluster) as client:
        yield client


def code_all(client: distributed.Client, pieces: List[Piece], task: TaskOptions,
             progress: bool) -> List[PieceResult]:
    """One bag partition per piece, computed on the cluster; results in piece order."""
    client.register_worker_plugin(EnginePlugin(task.dict_sources))
    bag = dask.bag.from_sequence(pieces, npartitions=len(pieces))
    partitions = client.compute(bag.map_partitions(code_partition, task).to_delayed())
    if progress:
        distributed.progress(partitions)
        sys.stdout.write("\n")
    results = [result for partition in client.gather(partitions) for result in partition]
    return sorted(results, key=lambda r: r.index)


def sink_of(options: RunOptions, pieces: List[Piece]) -> Sink:
    digits = max(5, len(str(max(len(pieces) - 1, 0))))
    return Sink(out_dir=os.path.abspath(options.out_dir) if options.out_dir else "",
                db=options.db, part_digits=digits,
                documents_per_transaction=options.documents_per_transaction)


def prepare_sink(options: RunOptions) -> None:
    """Before any task: the store created and migrated once (not by many
    workers at once), with its story window; or the output folder emptied."""
    if options.db:
        Store(options.db, keep_stories=False, window_days=options.window_days).close()
    else:
        prepare_out_dir(options.out_dir)


def finish_sink(options: RunOptions) -> None:
    """After all tasks: the stories rebuilt once (the workers wrote without
    them), or the temporaries of dead workers removed."""
    if options.db:
        Store(options.db, keep_stories=True, window_days=options.window_days).close()
    else:
        remove_temporaries(options.out_dir)


def write_failures(path: str, results: List[PieceResult]) -> None:
    with open(path, "wb") as f:
        for result in results:
            f.write(result.failures_jsonl)


def add_results(report: RunReport, results: List[PieceResult]) -> None:
    report.results = results
    for r in results:
        report.documents += r.documents
        report.failed += r.failed
        report.sentences += r.sentences
        report.events += r.events
        report.failures.extend(r.failures)


def run(options: RunOptions, log: TextIO = sys.stderr) -> RunReport:
    """Codes the inputs; raises dyad.Error (and OSError) for what stops the
    run, lists failed documents in the report (and the failed file)."""
    started = time.perf_counter()
    pieces = plan_pieces(list(options.inputs), options.lines_per_piece, options.files_per_piece)
    report = RunReport(pieces=len(pieces))
    prepare_sink(options)
    # One coding thread a task: a worker runs as many tasks at once as it has threads.
    task = TaskOptions(sink_of(options, pieces), tuple(options.dict_sources), options.date, 1)
    with connect(options) as client:
        report.dashboard = dashboard_text(client.dashboard_link)
        if not options.quiet:
            print(f"dyad.dask: {len(pieces)} pieces on {len(client.scheduler_info()['workers'])} "
                  f"workers; dashboard: {report.dashboard}", file=log)
        if pieces:
            add_results(report, code_all(client, pieces, task, options.progress))
    finished = time.perf_counter()
    finish_sink(options)
    report.finish_seconds = time.perf_counter() - finished
    failed_path = options.failed_path or (os.path.join(options.out_dir, "failed.jsonl")
                                          if options.out_dir else "")
    if failed_path:
        write_failures(failed_path, report.results)
    if not options.quiet:
        for failure in report.failures:
            print(f"dyad: {failure_message(failure)}", file=log)
    report.seconds = time.perf_counter() - started
    return report
