"""dyad.Store: the event store (a SQLite file or PostgreSQL) and the analyses
over it, as ``dyad code --db``, ``query``, ``stories``, ``watch``, ``series``,
``trends`` and ``network`` see it. Results are dicts with the field names of
EVENTS.md and docs/ANALYSIS.md."""
import os
from typing import Any, Dict, Iterable, List, Optional, Union

from . import _core
from ._batch import CodedBatch
from ._dates import DateLike, date_text
from ._jsonl import parse_lines

Filters = Dict[str, Any]


def _filters(filters: Filters) -> Filters:
    """query(**filters) names: source, target (entities), root, code, modality,
    doc_id, date_from, date_to (YYYY-MM-DD or dates, inclusive), limit."""
    out = dict(filters)
    for name in ("date_from", "date_to"):
        if name in out:
            out[name] = date_text(out[name])
    return out


class Store:
    """An open store. ``url``: a SQLite file path (created when missing) or
    ``postgresql://user@host:port/db``. A Store is used by one thread at a time.

    ``read_only``: never writes or creates. ``window_days``: the story window
    (0: the store's, 3 for a new store). ``keep_stories=False``: writes do not
    place events in stories (a faster bulk load, e.g. from many workers at
    once); the next Store opened for writing with keep_stories rebuilds them.
    """

    def __init__(self, url: Union[str, "os.PathLike[str]"], read_only: bool = False,
                 keep_stories: bool = True, window_days: int = 0) -> None:
        self._store = _core.Store(os.fspath(url), bool(read_only), bool(keep_stories),
                                  int(window_days))

    def write(self, batch: Union[CodedBatch, Iterable[Dict[str, Any]]], engine: Any = None,
              documents_per_transaction: int = 1024, threads: int = 1) -> int:
        """Stores a CodedBatch (or document dicts, coded with ``engine``), each
        document replacing any stored one with its id, in transactions of
        ``documents_per_transaction`` documents. Failed documents are stored as
        failed. Returns the number of documents written."""
        if not isinstance(batch, CodedBatch):
            if engine is None:
                raise TypeError("write() takes a CodedBatch, or documents and engine=")
            batch = engine.code_batch(batch, threads)
        return self._store.write(batch._batch, int(documents_per_transaction))

    def query(self, **filters: Any) -> List[Dict[str, Any]]:
        """The stored events that match, in insertion order: EVENTS.md fields,
        and ``story_id`` for an event in a story (as ``dyad query`` prints)."""
        data, story_ids = self._store.query(_filters(filters))
        events = parse_lines(data)
        for event, story_id in zip(events, story_ids):
            if story_id:
                event["story_id"] = story_id
        return events

    def counts(self) -> Dict[str, int]:
        """documents (status ok), failed_documents, sentences, events."""
        return self._store.counts()

    def schema_version(self) -> int:
        return self._store.schema_version()

    def stories(self, **filters: Any) -> List[Dict[str, Any]]:
        """Stories (``dyad stories``): source, target, root, code, modality,
        doc_id, date_from, date_to, limit."""
        return parse_lines(self._store.stories(_filters(filters)))

    def watch(self, as_of: DateLike = None, threats: Optional[str] = None,
              **filters: Any) -> List[Dict[str, Any]]:
        """The watch list (``dyad watch``) as of a day (None: everything), with
        the threat table ``threats`` (None: the bundled one)."""
        return parse_lines(self._store.watch(_filters(filters), date_text(as_of), threats or ""))

    def series(self, by: str = "week", count: str = "stories", modality: str = "facts",
               **filters: Any) -> List[Dict[str, Any]]:
        """One row per day, week, month or year (``dyad series``); needs source,
        target or both."""
        return parse_lines(self._store.series(_filters(filters), by, count, modality))

    def trends(self, as_of: DateLike = None) -> List[Dict[str, Any]]:
        """Dyads rising above their 4- and 52-week means (``dyad trends``)."""
        return parse_lines(self._store.trends(date_text(as_of)))

    def network(self, modality: str = "facts", **filters: Any) -> Dict[str, Any]:
        """``{"nodes": [...], "edges": [...]}`` (``dyad network --format json``)."""
        return parse_lines(self._store.network(_filters(filters), modality))[0]

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
