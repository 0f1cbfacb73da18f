"""Time the curation steps at scale; prints one JSON line per measurement.

Usage: python3 benchmarks/bench_curation.py [N ...]   (default 10,000 40,000 100,000)

For each N, in a fresh database of N synthetic claims (one import batch):
* ``duplicates``: find_duplicates for N incoming claims against the N stored ones (half of them
  near-duplicates: same claimant, next day, a few hundred metres away) — linear, so 4x the
  claims should take ~4x the time, never 16x;
* ``import_with_history``: the import itself (its creating batch recorded, no per-claim rows);
* ``reimport_updating``: re-importing all N with one field changed (one history entry per claim);
* ``retract_batch`` / ``restore_batch``: undoing the whole import and bringing it back, each one
  transaction; ``history``: one claim's history after all that.
Figures vary ~2x with the load of the machine.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from mapdata.curation.duplicates import find_duplicates
from mapdata.model import Incident
from mapdata.store import Store

CLAIMANTS = ["Armenian MoD", "Azerbaijani MoD", "Artsakh MoD", "Daily Sabah", "Trend", "OSCE"]


def synthetic(n: int, seed: int, prefix: str, shift_days: int = 0, jitter: float = 0.0) -> list[Incident]:
    rng = np.random.default_rng(seed)
    villages = np.column_stack([rng.uniform(38.8, 41.3, 400), rng.uniform(44.8, 46.8, 400)])
    at = rng.integers(0, len(villages), n)
    days = np.random.default_rng(7).integers(0, 3 * 365, n) + shift_days
    claimants = np.random.default_rng(8).integers(0, len(CLAIMANTS), n)
    incidents = []
    for i in range(n):
        claimant = CLAIMANTS[claimants[i]]
        incidents.append(
            Incident.create(
                id=f"{prefix}:{i}",
                date=np.datetime64("2020-01-01") + np.timedelta64(int(days[i]), "D"),
                place=f"Village {at[i]}",
                latitude=float(villages[at[i], 0]) + jitter,
                longitude=float(villages[at[i], 1]),
                claimant=claimant,
                reporting_side="Armenia" if "Armenian" in claimant or "Artsakh" in claimant else "media",
                source="Synthetic outlet",
                origin="csv",
            )
        )
    return incidents


def timed(action):
    start = time.perf_counter()
    result = action()
    return result, round(time.perf_counter() - start, 3)


def measure(n: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.db", seed=False)
        stored = synthetic(n, 1, "stored")
        result, seconds = timed(lambda: store.save(stored, origin="csv", label="bench import"))
        print(json.dumps({"benchmark": "import_with_history", "claims": n, "seconds": seconds}))
        incoming = synthetic(n // 2, 1, "dup", shift_days=1, jitter=0.003) + synthetic(n - n // 2, 2, "new")
        matches, seconds = timed(lambda: find_duplicates(store, incoming))
        print(
            json.dumps(
                {"benchmark": "duplicates", "incoming": n, "stored": n, "flagged": len(matches), "seconds": seconds}
            )
        )
        changed = [i.replace(summary="corrected") for i in stored]
        _, seconds = timed(lambda: store.save(changed, origin="csv", label="bench re-import"))
        print(json.dumps({"benchmark": "reimport_updating", "claims": n, "seconds": seconds}))
        retracted, seconds = timed(lambda: store.retract_batch(result.batch, reason="bench"))
        print(json.dumps({"benchmark": "retract_batch", "claims": len(retracted), "seconds": seconds}))
        restored, seconds = timed(lambda: store.restore_batch(result.batch))
        print(json.dumps({"benchmark": "restore_batch", "claims": len(restored), "seconds": seconds}))
        entries, seconds = timed(lambda: store.history(stored[n // 2].id))
        print(json.dumps({"benchmark": "history", "entries": len(entries), "seconds": seconds}))
        size = sum(f.stat().st_size for f in Path(folder).glob("bench.db*"))
        print(json.dumps({"benchmark": "file_size", "claims": n, "megabytes": round(size / 1048576, 1)}))


def main() -> None:
    for n in [int(a) for a in sys.argv[1:]] or [10_000, 40_000, 100_000]:
        measure(n)


if __name__ == "__main__":
    main()
