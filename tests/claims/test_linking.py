"""Linear-memory linking: the same components as the all-pairs rule, and memory that grows
with the number of claims, not with the number of pairs, whatever their arrangement."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pandas as pd
import pytest

import mapdata.claims.linking as linking
from mapdata.claims import group_counter_claims, haversine_km, link_components, side_pairs

KM_PER_DEGREE = 111.195
SIDES = np.array(["Armenia", "Azerbaijan", "media", "third party"], dtype=object)

# Thresholds that force each path of the algorithm on small inputs: every group pair checked
# pair by pair; every pair dense (KD-trees, then pair by pair); every pair dense and walked
# breadth first, with the edge list folded constantly and tiny chunks.
PATHS = {
    "defaults": {},
    "pair by pair, folding": {"CHEAP_PAIRS": 1 << 40, "EDGE_LIMIT": 50, "CHUNK_PAIRS": 17},
    "dense, blocks": {"CHEAP_PAIRS": 0, "BLOCK_PAIRS": 1 << 40},
    "dense, breadth first": {"CHEAP_PAIRS": 0, "BLOCK_PAIRS": 0, "EDGE_LIMIT": 7},
    "dense, one unit": {"CHEAP_PAIRS": 0, "BLOCK_PAIRS": 0, "MAX_UNITS": 1, "UNIT_MIN": 2},
    "dense, small units": {"CHEAP_PAIRS": 0, "BLOCK_PAIRS": 2, "UNIT_MIN": 2},
    "mixed": {"CHEAP_PAIRS": 4, "BLOCK_PAIRS": 3, "CHUNK_PAIRS": 5},
}


def all_pairs(day, lat, lon, side, may_link, max_km, max_days) -> np.ndarray:
    """The rule itself, applied to every pair (union-find over an n×n comparison)."""
    n = len(day)
    close = haversine_km(lat[:, None], lon[:, None], lat[None, :], lon[None, :]) <= max_km
    links = close & (np.abs(day[:, None] - day[None, :]) <= max_days) & may_link[side[:, None], side[None, :]]
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in zip(*np.nonzero(np.triu(links, 1))):
        parent[find(a)] = find(b)
    linked = links.any(axis=1)
    return np.array([find(i) if linked[i] else -1 for i in range(n)])


def same_partition(found: np.ndarray, expected: np.ndarray) -> bool:
    if not np.array_equal(found < 0, expected < 0):
        return False
    pairs = set(zip(found[found >= 0].tolist(), expected[expected >= 0].tolist()))
    return len(pairs) == len(set(found[found >= 0].tolist())) == len(set(expected[expected >= 0].tolist()))


def random_claims(rng: np.random.Generator, n: int):
    """Claims around a few centres anywhere on Earth (poles and the antimeridian included),
    spread from identical points to tens of km, with duplicated spots, 2–6 side codes and
    sometimes two conflicts (whose claims never link)."""
    centres = np.column_stack([rng.uniform(-89, 89, 4), rng.uniform(-180, 180, 4)])
    if rng.random() < 0.3:
        centres[:, 1] = rng.choice([179.99, -179.99], 4)
    at = rng.integers(0, 4, n)
    spread = rng.choice([0.0, 0.001, 0.05, 0.2])
    lat = np.clip(centres[at, 0] + rng.normal(0, spread, n), -90, 90)
    lon = (centres[at, 1] + rng.normal(0, spread, n) + 180) % 360 - 180
    copies = n // 3
    source = rng.integers(0, n, copies)
    lat[:copies], lon[:copies] = lat[source], lon[source]
    day = rng.integers(0, int(rng.integers(1, 6)), n)
    sides = int(rng.integers(2, 7))
    side = rng.integers(0, sides, n)
    party = rng.random(sides) < 0.6
    conflict = rng.integers(0, 2, sides) if rng.random() < 0.4 else None
    return day, lat, lon, side, side_pairs(party, conflict)


@pytest.mark.parametrize("path", list(PATHS))
@pytest.mark.parametrize("seed", range(6))
def test_same_components_as_the_all_pairs_rule(path: str, seed: int, monkeypatch: pytest.MonkeyPatch):
    for name, value in PATHS[path].items():
        monkeypatch.setattr(linking, name, value)
    rng = np.random.default_rng(seed)
    for _ in range(8):
        day, lat, lon, side, may_link = random_claims(rng, int(rng.integers(2, 300)))
        max_km = float(rng.choice([0.0, 0.5, 5.0, 15.0, 40.0]))
        max_days = int(rng.integers(0, 3))
        found = link_components(day, lat, lon, side, may_link, max_km, max_days)
        expected = all_pairs(day, lat, lon, side, may_link, max_km, max_days)
        assert same_partition(found, expected), (path, seed, max_km, max_days)


@pytest.mark.parametrize(
    ("lat_range", "lon_range", "max_km", "max_days"),
    [
        ((39.0, 41.0), (45.0, 47.0), 15.0, 1),  # the Caucasus, defaults
        ((69.0, 71.0), (10.0, 16.0), 40.0, 0),  # far north: longitude degrees get short
        ((-1.0, 1.0), (179.0, 181.0), 25.0, 2),  # straddling the antimeridian
    ],
)
def test_group_ids_match_the_all_pairs_rule(lat_range, lon_range, max_km, max_days):
    """Through the frame API: the same groups, named by their earliest claim."""
    rng = np.random.default_rng(7)
    n = 400
    lon = rng.uniform(*lon_range, n)
    data = pd.DataFrame(
        {
            "id": [f"c{i:03d}" for i in range(n)],
            "date": pd.Timestamp("2022-09-01") + pd.to_timedelta(rng.integers(0, 20, n), unit="D"),
            "latitude": rng.uniform(*lat_range, n),
            "longitude": np.where(lon > 180, lon - 360, lon),
            "reporting_side": rng.choice(SIDES, n),
        }
    )
    side = pd.factorize(data["reporting_side"])[0]
    party = np.isin(pd.factorize(data["reporting_side"])[1], ["Armenia", "Azerbaijan"])
    day = (data["date"] - data["date"].min()).dt.days.to_numpy()
    expected = all_pairs(
        day, data["latitude"].to_numpy(), data["longitude"].to_numpy(), side, side_pairs(party), max_km, max_days
    )
    assert (expected >= 0).any(), "the random sample should contain some linked claims"
    found = group_counter_claims(data, max_km=max_km, max_days=max_days)
    members = data[expected >= 0].assign(component=expected[expected >= 0]).sort_values(["date", "id"])
    earliest = members.groupby("component")["id"].transform("first")
    assert found.to_dict() == dict(zip(members["id"], earliest))


def test_claims_at_one_spot_collapse_to_one_node_per_side():
    n = 200_000
    side = np.arange(n) % 4
    labels = link_components(
        np.zeros(n, dtype=np.int64), np.full(n, 40.2), np.full(n, 45.87), side, side_pairs(np.array([1, 1, 0, 0], bool))
    )
    assert (labels >= 0).all() and len(set(labels.tolist())) == 1


def test_non_parties_alone_never_link_even_when_dense():
    n = 5_000
    labels = link_components(
        np.zeros(n, dtype=np.int64),
        np.full(n, 40.2),
        np.full(n, 45.87),
        np.arange(n) % 2,
        side_pairs(np.zeros(2, bool)),
    )
    assert (labels < 0).all()


def dense_frame(case: str, n: int, seed: int = 3) -> pd.DataFrame:
    """Adversarial arrangements of ``n`` claims on one day (see benchmarks/bench_claims.py)."""
    rng = np.random.default_rng(seed)
    side = SIDES[rng.integers(0, 4, n)]
    lat, lon = np.full(n, 40.2), np.full(n, 45.87)
    if case != "one spot":
        if case == "two villages":  # one-sided clouds 12 km apart: no cell holds two sides
            half = np.arange(n) < n // 2
            side = np.where(half, "Armenia", "Azerbaijan").astype(object)
            lat = np.where(half, lat, lat + 12 / KM_PER_DEGREE)
        r, a = 5 * np.sqrt(rng.uniform(0, 1, n)), rng.uniform(0, 2 * np.pi, n)
        lat, lon = lat + r * np.cos(a) / KM_PER_DEGREE, lon + r * np.sin(a) / (KM_PER_DEGREE * np.cos(np.radians(lat)))
    return pd.DataFrame(
        {
            "id": [f"d:{i}" for i in range(n)],
            "date": pd.Timestamp("2023-05-12"),
            "latitude": lat,
            "longitude": lon,
            "reporting_side": side,
        }
    )


def traced_peak(frame: pd.DataFrame) -> int:
    tracemalloc.start()
    try:
        groups = group_counter_claims(frame)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        assert groups.nunique() == 1  # every arrangement here is one clash


@pytest.mark.parametrize("case", ["one spot", "jittered", "two villages"])
def test_memory_grows_linearly_on_dense_spots(case: str):
    """4× the claims at one village on one day may cost about 4× the memory, not 16×.

    The all-pairs join this replaced needed 3.6 GB for 8,000 claims at one spot."""
    small, large = traced_peak(dense_frame(case, 10_000)), traced_peak(dense_frame(case, 40_000))
    assert large / small < 6, f"{case}: peak {small / 2**20:.1f} MB at 10k, {large / 2**20:.1f} MB at 40k"
