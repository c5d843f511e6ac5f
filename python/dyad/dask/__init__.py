"""dyad.dask: code a corpus on a Dask cluster (``python -m dyad.dask --help``).

The inputs are cut into pieces (dyad/dask/plan.py), one Dask bag partition
each; each worker process loads one Engine (dyad/dask/worker.py) and codes its
pieces into JSON Lines partitions or a store (dyad/dask/runner.py). Importing
this package does not import Dask; ``run`` and the modules it uses do.
"""
