"""Validation cost of one claim: ``Incident.create`` per row, as an import calls it. JSON lines.

Usage: python3 benchmarks/bench_create.py [--rows 20000] [--repeats 5]

Two rows: ``acled`` carries its own id (an ACLED/UCDP import), ``manual`` has none (the id is
derived by hashing, as for a pasted report or a CSV without ids). Both are validated against the
default conflict's profile (sides by spelling, conflict id). ``ms_per_claim`` is the median of the
repeats; at a million rows, 0.05 ms per claim is 50 s of an import's budget (issue 17: ≤ 60 s).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from mapdata.model import Incident
from tests.factories import claim_values

# The tests' base claim as a file's row carries it: a side's spelling to read, text numbers and lists.
MANUAL = claim_values(
    reporting_side="Armenian",
    event_type="shelling",
    weapons="mortar; small arms",
    killed="1",
    summary="Shelling of the village reported",
    source_url="https://example.org/report",
    origin="csv",
)
ACLED = {**MANUAL, "id": "acled:ARM1234", "origin": "acled", "published": "2024-05-03"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    for case, row in (("acled", ACLED), ("manual", MANUAL)):
        Incident.create(**row)  # profiles read, caches warm
        runs = []
        for _ in range(args.repeats):
            start = time.perf_counter()
            for _ in range(args.rows):
                Incident.create(**row)
            runs.append((time.perf_counter() - start) / args.rows * 1000)
        print(
            json.dumps(
                {
                    "bench": "incident_create",
                    "case": case,
                    "rows": args.rows,
                    "ms_per_claim": round(statistics.median(runs), 4),
                    "runs_ms": [round(r, 4) for r in runs],
                }
            ),
            flush=True,
        )


if __name__ == "__main__":
    main()
