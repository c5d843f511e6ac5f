"""dyad: an event-data engine for international relations, from Python.

    import dyad
    engine = dyad.Engine()                      # dictionaries compiled once
    engine.code("Russia sent troops to Ukraine.", "2024-01-02")   # EVENTS.md dicts
    engine.code_many(docs, threads=2)           # many documents, GIL released
    store = dyad.Store("events.sqlite")         # or postgresql://...
    store.write(engine.code_batch(docs)); store.query(source="RUS")
    dyad.to_dataframe(store.query())            # pandas

``python -m dyad.dask`` codes a corpus on a Dask cluster (dyad/dask/).
"""
import os as _os

_bundled_data = _os.path.join(_os.path.dirname(__file__), "data")
if _os.path.isdir(_bundled_data):  # an installed package carries its dictionaries
    _os.environ.setdefault("DYAD_DATA", _bundled_data)

from . import _core  # noqa: E402
from ._batch import CodedBatch  # noqa: E402
from ._dataframe import to_dataframe  # noqa: E402
from ._engine import Engine  # noqa: E402
from ._store import Store  # noqa: E402
from .errors import (  # noqa: E402
    DataError,
    DocumentError,
    Error,
    InvalidArgumentError,
    IoError,
    NotFoundError,
    UnavailableError,
)

__version__ = _core.__version__


def data_dir() -> str:
    """The dictionaries and data dyad uses by default ($DYAD_DATA, else bundled)."""
    return _core.default_data_dir()


__all__ = [
    "Engine", "Store", "CodedBatch", "to_dataframe", "data_dir", "Error",
    "InvalidArgumentError", "NotFoundError", "DataError", "DocumentError", "IoError",
    "UnavailableError",
]
