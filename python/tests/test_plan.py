"""The Dask runner's plan: pieces that read every line once, in order."""
import os

import pytest

from dyad.dask.plan import jsonl_runs, plan_pieces


def runs(tmp_path, data: bytes, lines_per_piece: int):
    path = tmp_path / "x.jsonl"
    path.write_bytes(data)
    return list(jsonl_runs(str(path), lines_per_piece))


def test_runs_cover_the_lines_with_offsets(tmp_path):
    data = b'{"a":1}\n{"a":2}\n\n{"a":3}\n{"a":4}\n'
    assert runs(tmp_path, data, 2) == [(0, 1, 2), (16, 3, 2), (25, 5, 1)]


def test_a_last_line_without_newline_counts(tmp_path):
    assert runs(tmp_path, b"a\nb\nc", 2) == [(0, 1, 2), (4, 3, 1)]
    assert runs(tmp_path, b"a\nb\n", 2) == [(0, 1, 2)]


def test_an_empty_file_is_one_empty_run(tmp_path):
    assert runs(tmp_path, b"", 10) == [(0, 1, 0)]


def test_runs_across_read_chunks(tmp_path, monkeypatch):
    import dyad.dask.plan as plan
    monkeypatch.setattr(plan, "CHUNK_BYTES", 3)
    data = b"".join(b"line%d\n" % i for i in range(10))
    got = runs(tmp_path, data, 3)
    assert [r[1:] for r in got] == [(1, 3), (4, 3), (7, 3), (10, 1)]
    assert all(data[offset:].startswith(b"line%d" % (first - 1)) for offset, first, _ in got)


def test_folders_are_walked_in_order_and_files_grouped(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "b/1.html", "a.txt", "c.jsonl", "d.txt", "skip.csv"):
        (tmp_path / name).write_text("x\n")
    pieces = plan_pieces([str(tmp_path)], lines_per_piece=10, files_per_piece=2)
    described = [(p.kind, [os.path.relpath(x, tmp_path) for x in p.paths] or
                  os.path.relpath(p.path, tmp_path)) for p in pieces]
    assert described == [("files", ["a.txt", "b/1.html"]), ("files", ["b/2.txt"]),
                         ("jsonl", "c.jsonl"), ("files", ["d.txt"])]
    assert [p.index for p in pieces] == [0, 1, 2, 3]


def test_standard_input_cannot_be_planned():
    with pytest.raises(ValueError, match="standard input"):
        plan_pieces(["-"])
