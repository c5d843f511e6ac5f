"""The exceptions dyad raises: one class per kind of failure of the C++
library (its ``Status`` kinds), each also a subclass of the built-in exception
that fits, so ``except ValueError`` or ``except OSError`` work as expected.
The message is the one the ``dyad`` CLI prints after ``dyad COMMAND: ``.
"""


class Error(Exception):
    """Any failure of dyad (the kind ``error``: no more specific kind)."""


class InvalidArgumentError(Error, ValueError):
    """A value given to dyad is not acceptable (a bad date, a missing filter)."""


class NotFoundError(Error, FileNotFoundError):
    """A file, folder or store that is not there."""


class DataError(Error, ValueError):
    """Input that cannot be read as what it should be (dictionaries, UTF-8, JSON)."""


class DocumentError(DataError):
    """A document that cannot be coded (``dyad code`` lists it as failed)."""


class IoError(Error, OSError):
    """Reading or writing failed."""


class UnavailableError(Error, ConnectionError):
    """A server (PostgreSQL) that cannot be reached."""


__all__ = [
    "Error",
    "InvalidArgumentError",
    "NotFoundError",
    "DataError",
    "DocumentError",
    "IoError",
    "UnavailableError",
]
