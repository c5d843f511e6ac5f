"""dyad.to_dataframe: events as a pandas DataFrame (pandas is imported only here)."""
from typing import Any, Dict, Iterable, List

# The columns of `dyad code --format csv` (src/output/event_writer.cc csv_header).
EVENT_COLUMNS = [
    "doc_id", "sentence", "span_start", "span_end", "text", "date", "date_source",
    "date_precision", "source_text", "source_code", "source_country", "source_org",
    "source_role", "target_text", "target_code", "target_country", "target_org", "target_role",
    "code", "root", "quad_class", "goldstein", "modality", "verb", "confidence",
]
_ACTOR_FIELDS = ("text", "code", "country", "org", "role")


def _flat_row(event: Dict[str, Any]) -> Dict[str, Any]:
    row = {k: v for k, v in event.items() if k not in ("span", "source", "target", "condition")}
    span = event.get("span") or [None, None]
    row["span_start"], row["span_end"] = span[0], span[1]
    for side in ("source", "target"):
        actor = event.get(side) or {}
        for field in _ACTOR_FIELDS:
            row[f"{side}_{field}"] = actor.get(field)
    condition = event.get("condition")
    if condition:
        for side in ("source", "target"):
            for field in _ACTOR_FIELDS:
                row[f"condition_{side}_{field}"] = (condition.get(side) or {}).get(field)
        for field in ("code", "root", "verb", "sentence"):
            row[f"condition_{field}"] = condition.get(field)
    return row


def to_dataframe(events: Iterable[Dict[str, Any]]) -> Any:
    """One row per event, in the columns of ``dyad code --format csv`` (actors
    flattened to source_text, source_code, ...), then any further fields
    (``story_id``; ``condition_*`` for red lines), absent values as None/NaN."""
    import pandas

    rows: List[Dict[str, Any]] = [_flat_row(e) for e in events]
    extra: List[str] = []
    for row in rows:
        extra.extend(k for k in row if k not in EVENT_COLUMNS and k not in extra)
    return pandas.DataFrame(rows, columns=EVENT_COLUMNS + extra)
