"""Dates handed to dyad: ``None``, a ``datetime.date`` or a string."""
import datetime
from typing import Optional, Union

DateLike = Union[str, datetime.date, None]


def date_text(value: DateLike) -> str:
    """``""`` for None, ``YYYY-MM-DD`` for a date or datetime, else the string as given
    (the library checks it and says what is wrong)."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        return value
    raise TypeError(f"a date must be a str or a datetime.date, not {type(value).__name__}")


def optional_text(value: Optional[str]) -> str:
    return "" if value is None else str(value)
