"""dyad.to_dataframe: the columns and values of `dyad code --format csv`."""
import csv
import io
import math

import dyad
from conftest import run_cli

NEWS = ("Russia sent troops to Ukraine on Tuesday. North Korea and Russia signed a defence pact. "
        "If Russia transfers missile technology to North Korea, Seoul would arm Ukraine.")


def test_columns_and_values_are_those_of_the_csv_output(engine, tmp_path):
    path = tmp_path / "news.txt"
    path.write_text(NEWS)
    rows = list(csv.reader(io.StringIO(run_cli("code", str(path), "--format", "csv",
                                               "--date", "2024-06-19").stdout.decode())))
    header, rows = rows[0], rows[1:]
    frame = dyad.to_dataframe(engine.code(NEWS, "2024-06-19", doc_id="news"))
    assert list(frame.columns[:len(header)]) == header
    assert len(frame) == len(rows) >= 3
    for (_, got), want in zip(frame.iterrows(), rows):
        for column, value in zip(header, want):
            cell = got[column]
            if cell is None or (isinstance(cell, float) and math.isnan(cell)):
                assert value == "", (column, value)
            elif isinstance(cell, float):
                assert math.isclose(cell, float(value)), (column, cell, value)
            else:
                assert str(cell) == value, (column, cell, value)


def test_red_lines_get_condition_columns(engine):
    frame = dyad.to_dataframe(engine.code(NEWS, "2024-06-19"))
    assert "condition_source_country" in frame.columns
    assert set(frame["condition_source_country"].dropna()) == {"RUS"}


def test_stored_events_keep_their_story_id(engine, tmp_path):
    with dyad.Store(str(tmp_path / "s.sqlite")) as store:
        store.write(engine.code_batch([{"id": "a", "date": "2024-06-19", "text": NEWS}]))
        frame = dyad.to_dataframe(store.query())
    assert "story_id" in frame.columns and frame["story_id"].notna().any()


def test_no_events_is_an_empty_frame_with_the_columns():
    frame = dyad.to_dataframe([])
    assert len(frame) == 0 and "source_country" in frame.columns
