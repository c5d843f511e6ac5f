"""dyad.Engine: the coder, its dictionaries loaded and compiled once."""
import os
from typing import Any, Dict, Iterable, List, Optional, Sequence, Union

from . import _core
from ._batch import CodedBatch
from ._dates import DateLike, date_text, optional_text
from ._jsonl import parse_lines
from .errors import DocumentError

PathLike = Union[str, "os.PathLike[str]"]


def _dict_sources(dict_option: Union[None, PathLike, Sequence[PathLike]]) -> List[str]:
    if dict_option is None:
        return []
    if isinstance(dict_option, (str, os.PathLike)):
        return [os.fspath(dict_option)]
    return [os.fspath(source) for source in dict_option]


def _document_fields(doc: Dict[str, Any], position: int) -> tuple:
    """A document dict (the JSON Lines input of EVENTS.md: id, date, text or
    html, and optional title, url, source) as the tuple the library takes.
    A document without an id is named "text:N" (N: its 1-based position)."""
    if not isinstance(doc, dict):
        raise TypeError(f"a document must be a dict, not {type(doc).__name__}")
    doc_id = doc.get("id")
    text, html = doc.get("text"), doc.get("html")
    return (
        f"text:{position}" if doc_id is None else str(doc_id),
        text if isinstance(text, str) else None,
        html if isinstance(html, str) else None,
        date_text(doc.get("date")),
        optional_text(doc.get("title")),
        optional_text(doc.get("url")),
        optional_text(doc.get("source")),
    )


def failure_message(failure: Dict[str, Any]) -> str:
    """How ``dyad code`` names a failed document: "PATH:LINE: error (document ID)"."""
    where = failure.get("path") or ""
    if failure.get("line"):
        where += f":{failure['line']}"
    prefix = f"{where}: " if where else ""
    return f"{prefix}{failure['error']} (document {failure.get('doc_id')})"


class Engine:
    """The coder with its dictionaries loaded and compiled once (the expensive
    part, done here); coding is cheap and may run on many threads.

    ``dict``: None for the bundled dictionaries, else a dictionary source or a
    list of them, as ``dyad code --dict`` takes them (a dyad data folder, or
    ``petrarch:PATH`` / ``tabari:PATH``).
    """

    def __init__(self, dict: Union[None, PathLike, Sequence[PathLike]] = None) -> None:  # noqa: A002
        self._engine = _core.Engine(_dict_sources(dict))

    def code(self, text: str, date: DateLike = None, doc_id: Optional[str] = None,
             html: bool = False, *, title: Optional[str] = None, url: Optional[str] = None,
             source: Optional[str] = None) -> List[Dict[str, Any]]:
        """The events of one document, each a dict with the fields of EVENTS.md
        (``condition`` only when the event has one), in the order ``dyad code``
        writes them. ``text`` is plain text, or an HTML page with ``html=True``;
        ``date`` the document date (YYYY-MM-DD or a ``datetime.date``; None: the
        HTML page's date, else none). Raises DocumentError for a document
        ``dyad code`` would list as failed (empty, no article text)."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        data = self._engine.code_jsonl(text, bool(html), date_text(date), optional_text(doc_id),
                                       optional_text(title), optional_text(url),
                                       optional_text(source))
        return parse_lines(data)

    def code_batch(self, docs: Iterable[Dict[str, Any]], threads: int = 1) -> CodedBatch:
        """Codes document dicts on ``threads`` threads (without the GIL) into a
        CodedBatch, which Store.write stores."""
        fields = [_document_fields(doc, i + 1) for i, doc in enumerate(docs)]
        return CodedBatch(self._engine.code_documents(fields, _thread_count(threads)))

    def code_many(self, docs: Iterable[Dict[str, Any]], threads: int = 1,
                  failed: Optional[List[Dict[str, Any]]] = None) -> List[Dict[str, Any]]:
        """The events of many documents, in input order; each document a dict
        as in a JSON Lines input (``id``, ``date``, ``text`` or ``html``, and
        optional ``title``, ``url``, ``source``). Coding runs on ``threads``
        threads with the GIL released. A document that cannot be coded raises
        DocumentError, unless ``failed`` is a list: then its failure
        (``{"doc_id", "path", "line", "error"}``) is appended there."""
        batch = self.code_batch(docs, threads)
        failures = batch.failures()
        if failures and failed is None:
            raise DocumentError(failure_message(failures[0]))
        if failed is not None:
            failed.extend(failures)
        return batch.events()

    def code_files(self, paths: Sequence[PathLike], date: DateLike = None,
                   threads: int = 1) -> CodedBatch:
        """Codes files and folders exactly as ``dyad code PATHS`` reads them."""
        return CodedBatch(self._engine.code_files([os.fspath(p) for p in paths], date_text(date),
                                                  _thread_count(threads)))

    def code_jsonl_lines(self, path: PathLike, offset: int, first_line: int, lines: int,
                         date: DateLike = None, threads: int = 1) -> CodedBatch:
        """Codes lines [first_line, first_line + lines) of a JSON Lines file, the
        first of which begins at byte ``offset``: the documents and failures
        ``dyad code`` reads from those lines."""
        return CodedBatch(self._engine.code_jsonl_lines(os.fspath(path), offset, first_line, lines,
                                                        date_text(date), _thread_count(threads)))

    @property
    def stats(self) -> Dict[str, Any]:
        """The sizes of the compiled lexicon and its load time in seconds."""
        return self._engine.stats


def _thread_count(threads: int) -> int:
    threads = int(threads)
    if threads < 1:
        raise ValueError(f"threads must be at least 1, got {threads}")
    return threads
