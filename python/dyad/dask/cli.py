"""The command line of ``python -m dyad.dask`` (exit status as ``dyad code``:
0 ok, 1 fatal error, 2 usage, 3 some documents failed)."""
import argparse
import sys
from typing import List, Optional

from .. import errors
from .runner import RunOptions, run

USAGE_EPILOG = """\
Each worker process loads the dictionaries once. With --out, piece N of the
corpus goes to DIR/part-NNNNN.jsonl (the pieces in order hold exactly what
`dyad code INPUT...` writes) and failed documents to DIR/failed.jsonl; with
--db, documents replace stored documents of the same id, so a task retried
after a worker died doubles nothing. Parquet is not written: it needs pyarrow,
which Debian 12 does not package. Exit status: 0 ok, 1 fatal error, 2 usage,
3 some documents failed.
"""


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m dyad.dask", epilog=USAGE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Code files, folders and JSON Lines on a Dask cluster into JSON Lines "
                    "partitions or a store.")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files and folders, as dyad code reads them (by the same names on "
                        "every worker: absolute paths for a remote cluster)")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="a running Dask scheduler")
    where.add_argument("--workers", type=int, metavar="N", help="start N local worker processes")
    sink = p.add_mutually_exclusive_group(required=True)
    sink.add_argument("--db", metavar="URL", help="a store: postgresql://... (or a SQLite file "
                      "for one worker at a time)")
    sink.add_argument("--out", metavar="DIR", help="write JSON Lines partitions to DIR")
    p.add_argument("--failed", metavar="FILE", help="list failed documents in FILE "
                   "(default with --out: DIR/failed.jsonl)")
    p.add_argument("--date", default="", help="document date YYYY-MM-DD for inputs that carry none")
    p.add_argument("--dict", action="append", default=[], metavar="SOURCE",
                   help="dictionary source, as dyad code --dict (repeatable)")
    p.add_argument("--lines-per-piece", type=int, default=1000, metavar="N",
                   help="JSON Lines lines per partition (default 1000)")
    p.add_argument("--files-per-piece", type=int, default=200, metavar="N",
                   help="text or HTML files per partition (default 200)")
    p.add_argument("--threads-per-worker", type=int, default=1, metavar="N",
                   help="with --workers: threads of each worker process (default 1)")
    p.add_argument("--window-days", type=int, default=0, metavar="N",
                   help="with --db: the store's story window")
    p.add_argument("--docs-per-transaction", type=int, default=1024, metavar="N",
                   help="with --db: documents per store transaction (default 1024, as dyad code)")
    p.add_argument("--progress", action="store_true", default=None,
                   help="show Dask's progress bar (default: when standard output is a terminal)")
    p.add_argument("-q", "--quiet", action="store_true", help="no messages but errors")
    return p


def usage_error(message: str) -> int:
    print(f"python -m dyad.dask: {message}", file=sys.stderr)
    return 2


def check(args: argparse.Namespace) -> Optional[str]:
    """What is wrong with the arguments, or None."""
    if args.workers is not None and args.workers < 1:
        return "--workers must be at least 1"
    if min(args.lines_per_piece, args.files_per_piece, args.threads_per_worker,
           args.docs_per_transaction) < 1:
        return ("--lines-per-piece, --files-per-piece, --threads-per-worker and "
                "--docs-per-transaction must be at least 1")
    if "-" in args.inputs:
        return "standard input (-) cannot be spread over workers: give files or folders"
    if args.window_days and not args.db:
        return "--window-days needs --db"
    return None


def main(argv: List[str]) -> int:
    args = parser().parse_args(argv)
    problem = check(args)
    if problem:
        return usage_error(problem)
    options = RunOptions(
        inputs=list(args.inputs), scheduler=args.scheduler or "",
        workers=args.workers or 0, db=args.db or "", out_dir=args.out or "",
        failed_path=args.failed or "", date=args.date, dict_sources=tuple(args.dict),
        lines_per_piece=args.lines_per_piece, files_per_piece=args.files_per_piece,
        threads_per_worker=args.threads_per_worker, window_days=args.window_days,
        documents_per_transaction=args.docs_per_transaction,
        progress=sys.stdout.isatty() if args.progress is None else args.progress,
        quiet=args.quiet)
    try:
        report = run(options)
    except (errors.Error, OSError) as e:
        print(f"python -m dyad.dask: {e}", file=sys.stderr)
        return 1
    except Exception as e:  # noqa: BLE001  (Dask's: a piece that failed on every retry, ...)
        print(f"python -m dyad.dask: the run failed: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    if not args.quiet:
        print(f"dyad.dask: coded {report.documents} documents ({report.failed} failed), "
              f"{report.sentences} sentences, {report.events} events in {report.seconds:.1f} s",
              file=sys.stderr)
    return 3 if report.failed else 0
