"""The plan of a run: the inputs cut into pieces, one Dask partition each, in
the order ``dyad code`` reads them, so that the pieces' events, concatenated
in piece order, are what ``dyad code INPUT...`` writes.

A JSON Lines file is cut into runs of lines (byte offset, first line, line
count: the worker reads only those); other files (text, HTML) go in groups.
Folders are walked as ``dyad code`` walks them (the library's own walk).
"""
import os
from dataclasses import dataclass, field
from typing import Iterator, List, Optional, Sequence, Tuple

from .. import _core
from ..errors import IoError

CHUNK_BYTES = 8 << 20


@dataclass(frozen=True)
class Piece:
    """One partition of the corpus. kind "jsonl": lines [first_line,
    first_line + lines) of ``path`` from byte ``offset``; kind "files": the
    files (or unreadable folders) ``paths``, read whole."""

    index: int
    kind: str
    path: str = ""
    offset: int = 0
    first_line: int = 1
    lines: int = 0
    paths: Tuple[str, ...] = field(default_factory=tuple)


def jsonl_runs(path: str, lines_per_piece: int) -> Iterator[Tuple[int, int, int]]:
    """(offset, first_line, lines) runs of at most ``lines_per_piece`` lines
    covering the file, lines counted as the reader counts them (a last line
    without a newline counts). An empty file is one run of 0 lines."""
    run_offset, run_first, run_lines = 0, 1, 0
    position = 0
    last_byte = b"\n"
    with open(path, "rb") as f:
        while True:
            chunk = f.read(CHUNK_BYTES)
            if not chunk:
                break
            start = 0
            while True:
                newline = chunk.find(b"\n", start)
                if newline < 0:
                    break
                run_lines += 1
                start = newline + 1
                if run_lines == lines_per_piece:
                    yield run_offset, run_first, run_lines
                    run_offset, run_first, run_lines = position + start, run_first + run_lines, 0
            position += len(chunk)
            last_byte = chunk[-1:]
    if last_byte != b"\n":
        run_lines += 1  # the last line has no newline
    if run_lines or run_first == 1:
        yield run_offset, run_first, run_lines


def input_files(inputs: Sequence[str]) -> Iterator[str]:
    """The files ``dyad code INPUT...`` reads, in its order. A folder that
    cannot be walked is given as is: reading it fails as it does in the CLI."""
    for path in inputs:
        if os.path.isdir(path):
            try:
                yield from _core.folder_input_files(path)
            except IoError:
                yield path
        else:
            yield path


def _runs_or_none(path: str, lines_per_piece: int) -> Optional[List[Tuple[int, int, int]]]:
    """The runs of a JSON Lines file; None for any other input, and for a file
    that cannot be read (read whole, it fails as in the CLI)."""
    if _core.input_format(path) != "jsonl" or not os.path.isfile(path):
        return None
    try:
        return list(jsonl_runs(path, lines_per_piece))
    except OSError:
        return None


def plan_pieces(inputs: Sequence[str], lines_per_piece: int = 1000,
                files_per_piece: int = 200) -> List[Piece]:
    """The pieces of a corpus, in reading order."""
    if "-" in inputs:
        raise ValueError("the Dask runner reads files and folders, not standard input (-)")
    pieces: List[Piece] = []
    group: List[str] = []

    def close_group() -> None:
        if group:
            pieces.append(Piece(len(pieces), "files", paths=tuple(group)))
            group.clear()

    for path in input_files(inputs):
        runs = _runs_or_none(path, lines_per_piece)
        if runs is not None:
            close_group()
            for offset, first_line, lines in runs:
                pieces.append(Piece(len(pieces), "jsonl", path, offset, first_line, lines))
        else:
            group.append(path)
            if len(group) == files_per_piece:
                close_group()
    close_group()
    return pieces
