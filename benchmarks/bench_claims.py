"""Time group_counter_claims on synthetic incidents; prints one JSON line.

Usage: python3 benchmarks/bench_claims.py [N]   (default 100,000)
The synthetic claims spread over three years and the Armenia–Azerbaijan border area, with a
few hundred recurring villages (as in ACLED), so pairs are as dense as in real data.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from mapdata.claims import group_counter_claims


def synthetic(n: int, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    villages = np.column_stack([rng.uniform(38.8, 41.3, 400), rng.uniform(44.8, 46.8, 400)])
    at = rng.integers(0, len(villages), n)
    return pd.DataFrame(
        {
            "id": [f"syn:{i}" for i in range(n)],
            "date": pd.Timestamp("2020-01-01") + pd.to_timedelta(rng.integers(0, 3 * 365, n), unit="D"),
            "latitude": villages[at, 0] + rng.normal(0, 0.02, n),
            "longitude": villages[at, 1] + rng.normal(0, 0.02, n),
            "reporting_side": rng.choice(
                ["Armenia", "Azerbaijan", "media", "third party"], n, p=[0.4, 0.4, 0.15, 0.05]
            ),
        }
    )


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    frame = synthetic(n)
    start = time.perf_counter()
    groups = group_counter_claims(frame)
    seconds = time.perf_counter() - start
    print(
        json.dumps(
            {
                "benchmark": "group_counter_claims",
                "incidents": n,
                "seconds": round(seconds, 3),
                "contested": len(groups),
                "groups": int(groups.nunique()),
            }
        )
    )


if __name__ == "__main__":
    main()
