"""What runs on the Dask workers: one Engine per worker process, loaded once
(by the EnginePlugin when the worker starts, and kept for all its tasks), and
the task that codes one piece and writes it to its sink.

Writes are idempotent, so a task that is retried (its worker died) doubles
nothing: a JSON Lines partition is written to a temporary file and renamed
over ``part-NNNNN.jsonl``; a store write replaces each document by its id.
"""
import os
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Dict, List, Tuple

from distributed.diagnostics.plugin import WorkerPlugin

from .._engine import Engine
from .._store import Store
from .plan import Piece

PLUGIN_NAME = "dyad-engine"

_engines: Dict[Tuple[int, Tuple[str, ...]], Engine] = {}
_engines_lock = threading.Lock()


def process_engine(dict_sources: Tuple[str, ...]) -> Engine:
    """The Engine of this process for these dictionaries, loaded on first use.
    Keyed by process id too: a forked child loads its own."""
    key = (os.getpid(), tuple(dict_sources))
    with _engines_lock:
        engine = _engines.get(key)
        if engine is None:
            engine = _engines[key] = Engine(list(dict_sources) or None)
        return engine


class EnginePlugin(WorkerPlugin):
    """Loads the dictionaries when a worker starts (also a worker the nanny
    restarts), so that no task pays for it."""

    name = PLUGIN_NAME

    def __init__(self, dict_sources: Tuple[str, ...]) -> None:
        self.dict_sources = tuple(dict_sources)

    def setup(self, worker: Any) -> None:
        process_engine(self.dict_sources)


@dataclass(frozen=True)
class Sink:
    """Where coded pieces go: ``out_dir`` (JSON Lines partitions) or ``db``
    (a store location; written with keep_stories off, the runner rebuilds
    the stories once at the end)."""

    out_dir: str = ""
    db: str = ""
    part_digits: int = 5
    documents_per_transaction: int = 1024  # as dyad code --db


@dataclass(frozen=True)
class TaskOptions:
    sink: Sink
    dict_sources: Tuple[str, ...] = ()
    date: str = ""
    threads: int = 1


@dataclass
class PieceResult:
    index: int
    documents: int = 0
    failed: int = 0
    sentences: int = 0
    events: int = 0
    failures: List[Dict[str, Any]] = field(default_factory=list)
    failures_jsonl: bytes = b""  # the same, as `dyad code --failed` lists them
    pid: int = 0
    cpu_seconds: float = 0.0  # the task thread's CPU time: reading, coding, writing


def part_path(sink: Sink, index: int) -> str:
    return os.path.join(sink.out_dir, f"part-{index:0{sink.part_digits}d}.jsonl")


def write_part(sink: Sink, index: int, data: bytes) -> None:
    """Replaces part-NNNNN.jsonl whole: readers never see half a partition,
    and a worker that dies leaves at most a temporary file. (Not synced to
    disk, as `dyad code --out` is not: a dead process loses no written data.)"""
    final = part_path(sink, index)
    temporary = f"{final}.tmp-{os.getpid()}-{uuid.uuid4().hex}"
    with open(temporary, "wb") as f:
        f.write(data)
    os.replace(temporary, final)


def code(engine: Engine, piece: Piece, options: TaskOptions) -> Any:
    if piece.kind == "jsonl":
        return engine.code_jsonl_lines(piece.path, piece.offset, piece.first_line, piece.lines,
                                       options.date or None, options.threads)
    return engine.code_files(list(piece.paths), options.date or None, options.threads)


def store_batch(db: str, batch: Any, documents_per_transaction: int) -> None:
    with Store(db, keep_stories=False) as store:
        store.write(batch, documents_per_transaction=documents_per_transaction)


def code_piece(piece: Piece, options: TaskOptions) -> PieceResult:
    """Codes one piece with this worker's Engine and writes it to the sink."""
    started = time.thread_time()
    batch = code(process_engine(options.dict_sources), piece, options)
    if options.sink.db:
        store_batch(options.sink.db, batch, options.sink.documents_per_transaction)
    else:
        write_part(options.sink, piece.index, batch.events_jsonl())
    return PieceResult(piece.index, batch.documents, batch.failed, batch.sentences,
                       batch.event_count, batch.failures(), batch.failures_jsonl(), os.getpid(),
                       time.thread_time() - started)


def code_partition(pieces: List[Piece], options: TaskOptions) -> List[PieceResult]:
    """A Dask bag partition (one piece, as the runner makes them)."""
    return [code_piece(piece, options) for piece in pieces]


def loaded_engines() -> int:
    """How many Engines this process has loaded (1 on a worker that ran tasks)."""
    with _engines_lock:
        return sum(1 for pid, _ in _engines if pid == os.getpid())
