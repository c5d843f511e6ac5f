"""dyad.CodedBatch: documents coded together (by Engine.code_batch,
code_files or code_jsonl_lines), kept in C++ until they are read or stored."""
from typing import Any, Dict, List

from ._jsonl import parse_lines


class CodedBatch:
    """Coded documents in input order, failures included. Counts are cheap;
    ``events()`` builds one dict per event."""

    def __init__(self, batch: Any) -> None:
        self._batch = batch

    @property
    def documents(self) -> int:
        """Documents coded (failures not counted)."""
        return self._batch.documents

    @property
    def failed(self) -> int:
        return self._batch.failed

    @property
    def sentences(self) -> int:
        return self._batch.sentences

    @property
    def event_count(self) -> int:
        return self._batch.events

    def __len__(self) -> int:
        """Documents and failures."""
        return self._batch.items

    def events(self) -> List[Dict[str, Any]]:
        """Every event as a dict with the EVENTS.md fields, in input order."""
        return parse_lines(self._batch.events_jsonl())

    def events_jsonl(self) -> bytes:
        """Every event as one EVENTS.md JSON line: the bytes ``dyad code`` writes."""
        return self._batch.events_jsonl()

    def failures(self) -> List[Dict[str, Any]]:
        """The failed documents: ``{"doc_id", "path", "line", "error"}`` each."""
        return parse_lines(self._batch.failures_jsonl())

    def failures_jsonl(self) -> bytes:
        return self._batch.failures_jsonl()
