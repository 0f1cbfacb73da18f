"""Where a page run's seconds go: ``MAPDATA_TIMING=1`` logs each step to stderr.

Off by default (one environment look-up per step). ``benchmarks/map_probe.py`` reads the lines
to split page open → markers into the server's part and the browser's.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator


@contextlib.contextmanager
def step(name: str) -> Iterator[None]:
    """Time the block and, when ``MAPDATA_TIMING`` is set, log ``mapdata-timing <name> <seconds>``."""
    if not os.environ.get("MAPDATA_TIMING"):
        yield
        return
    start = time.perf_counter()
    try:
        yield
    finally:
        print(
            f"mapdata-timing {name} {time.perf_counter() - start:.3f} at {time.time():.3f}", file=sys.stderr, flush=True
        )
