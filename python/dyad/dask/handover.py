"""Dask comes from Debian (python3-dask, python3-distributed), installed for
Debian's interpreter. Run by another interpreter of the same version (a
pyenv or venv python3 without Dask), ``python -m dyad.dask`` hands over to
the interpreter the bindings were built for, with the same dyad package."""
import os
import sys
from typing import List

INSTALL_HINT = "apt-get install python3-dask python3-distributed (scripts/install-deps)"


def _has_dask() -> bool:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


def _build_interpreter() -> str:
    try:
        from .._build import PYTHON
    except ImportError:
        return ""
    return PYTHON


def ensure_dask(argv: List[str]) -> None:
    """Returns when Dask can be imported; else re-executes under the build's
    interpreter, or exits with status 1 and what to install."""
    if _has_dask():
        return
    python = _build_interpreter()
    if python and os.path.exists(python) and os.path.realpath(python) != os.path.realpath(sys.executable):
        package_parent = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        path = os.environ.get("PYTHONPATH", "")
        os.environ["PYTHONPATH"] = package_parent + (os.pathsep + path if path else "")
        os.execv(python, [python, "-m", "dyad.dask", *argv])
    print(f"dyad.dask: Dask is not installed for {sys.executable}: {INSTALL_HINT}", file=sys.stderr)
    sys.exit(1)
