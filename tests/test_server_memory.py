"""The app server's memory stays bounded by the data (issue 17): what it holds for the map.

The server reads the store into one frame, groups the claims into clashes and builds the map
payload (what ``app.py`` caches per data version). On a dense synthetic set of our own (claims
within 5 km of one village on a few days, each with an importer's ``extra`` of source columns,
as an ACLED import stores them) the peak memory of that path must grow linearly with the
claims (a ratio between two sizes, not an absolute time) and stay a few KB per claim.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import math
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from mapdata.claims import find_clashes
from mapdata.mapview import incident_payload
from mapdata.store import Store
from tests.factories import make_claim

SMALL, LARGE = 3_000, 12_000
# Bytes per claim the whole read path may peak at: ~2.1 KB measured. The frame itself (~25 text
# ~1 KB a claim; before the fix each claim's ``extra`` was kept as a parsed dict (~3.5 KB).
MAX_BYTES_PER_CLAIM = 3_000


def dense_store(path: Path, n: int, seed: int = 17) -> Store:
    """``n`` claims by both sides within 5 km of Sotk on three days, each with ~20 source columns."""
    rng = np.random.default_rng(seed)
    templates = [
        make_claim(reporting_side="Armenia", accused_side="Azerbaijan", claimant="Armenian MoD"),
        make_claim(reporting_side="Azerbaijan", accused_side="Armenia", claimant="Azerbaijani MoD"),
        make_claim(reporting_side="media", accused_side="Azerbaijan", claimant="A news agency"),
    ]
    distance = 5.0 * np.sqrt(rng.uniform(0, 1, n))
    angle = rng.uniform(0, 2 * math.pi, n)
    claims = []
    for k in range(n):
        base = templates[k % len(templates)]
        columns = {f"column_{c:02d}": f"value {k} of column {c}" for c in range(20)}
        claims.append(
            dataclasses.replace(
                base,
                id=f"dense-{k}",
                date=dt.date(2023, 5, 12 + k % 3),
                latitude=round(base.latitude + distance[k] * math.cos(angle[k]) / 111.2, 5),
                longitude=round(base.longitude + distance[k] * math.sin(angle[k]) / 85.2, 5),
                extra={"source_columns": columns},
            )
        )
    store = Store(path)
    store.save(claims, origin="csv", label="dense synthetic set")
    return store


def served_peak(store: Store) -> tuple[int, int]:
    """(peak bytes, claims) while reading the frame, finding clashes and building the payload."""
    gc.collect()
    tracemalloc.start()
    try:
        frame = store.frame()
        clashes = find_clashes(frame)
        payload = incident_payload(frame, status=clashes.status)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert payload and len(clashes.status) == len(frame)
    return peak, len(frame)


@pytest.fixture(scope="module")
def peaks(tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[int, int]]:
    folder = tmp_path_factory.mktemp("dense")
    return {n: served_peak(dense_store(folder / f"dense-{n}.db", n)) for n in (SMALL, LARGE)}


def test_server_memory_grows_linearly_with_the_claims(peaks: dict[int, tuple[int, int]]) -> None:
    (small, _), (large, _) = peaks[SMALL], peaks[LARGE]
    # Four times the claims: linear memory gives ~4x; pairs of claims would give ~16x.
    assert large / small < 5.5, f"{large / small:.1f}x the memory for {LARGE / SMALL:.0f}x the claims"


def test_server_memory_stays_a_few_kb_per_claim(peaks: dict[int, tuple[int, int]]) -> None:
    peak, claims = peaks[LARGE]
    assert claims >= LARGE
    assert peak / claims < MAX_BYTES_PER_CLAIM, f"{peak / claims:,.0f} bytes per claim"
