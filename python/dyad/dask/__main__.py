"""python -m dyad.dask: see dyad/dask/cli.py."""
import sys

from .handover import ensure_dask

ensure_dask(sys.argv[1:])

from .cli import main  # noqa: E402  (needs Dask: imported after the check)

sys.exit(main(sys.argv[1:]))
