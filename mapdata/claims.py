"""Counter-claims: which claims from different sides describe the same clash.

Every incident is one party's claim. Two claims *contest* each other when they are close in
time and place and come from different reporting sides. The grouping is computed on the
current frame every time (never stored): adding a claim can merge or create groups.

Rule for "different sides" (a pair of claims links when all hold):
  * ``|date difference| <= max_days`` (calendar days, using each claim's stated date),
  * great-circle (haversine) distance ``<= max_km`` between the claims' coordinates,
  * both claims are about the same conflict (``conflict``, a profile id),
  * the reporting sides differ and at least one of them is a party to that conflict (its
    profile's parties: Armenia or Azerbaijan; India or Pakistan; Israel, Hezbollah or
    Lebanon; …). Party vs party links; a party vs "third party" or "media" links (an outside
    account told differently from a party's); "third party" vs "media" does not link on its
    own, since neither is a party whose version is contested.
Groups are the connected components of those links, so a chain (A–B, B–C) is one group even if
A and C are further apart. Every group therefore holds at least two reporting sides.

Speed: candidate pairs come from an equi-join on (day, grid cell) keys: each claim is matched
only against claims on the same or the next ``max_days`` days in its own and the eight
neighbouring grid cells, cells being at least ``max_km`` wide. No all-pairs comparison.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from mapdata.profiles import DEFAULT_PROFILE_ID, Catalog, default_catalog

__all__ = [
    "EARTH_RADIUS_KM",
    "PARTIES",
    "contested_ids",
    "group_counter_claims",
    "group_members",
    "haversine_km",
    "party_sets",
]

PARTIES: frozenset[str] = frozenset({"Armenia", "Azerbaijan"})  # the default conflict's
EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)
_DAY_NS = 86_400 * 10**9


def haversine_km(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Great-circle distance in km between paired points (vectorised)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dlat = p2 - p1
    dlon = np.radians(lon2) - np.radians(lon1)
    a = np.sin(dlat / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def _grid(lat: np.ndarray, lon: np.ndarray, max_km: float) -> tuple[np.ndarray, np.ndarray, int, int]:
    """Grid cells at least ``max_km`` wide everywhere in the data: (row, col, n_rows, n_cols).

    Longitude columns are sized for the highest latitude present (a circle of angular radius
    d around latitude phi spans at most asin(sin d / cos phi) of longitude) and wrap at ±180°.
    """
    delta = max_km / EARTH_RADIUS_KM  # angular radius, radians
    lat_step = math.degrees(delta) * (1 + 1e-9) or 1e-9
    n_rows = math.floor(180 / lat_step) + 1
    rows = np.floor((lat + 90.0) / lat_step).astype(np.int64)
    phi_max = math.radians(float(np.max(np.abs(lat))))
    ratio = math.sin(delta) / math.cos(phi_max) if math.cos(phi_max) > 0 else math.inf
    if ratio >= 1:
        n_cols = 1
    else:
        lon_step = math.degrees(math.asin(ratio)) * (1 + 1e-9) or 1e-9
        n_cols = max(1, math.floor(360 / lon_step))
    cols = np.floor((lon + 180.0) / 360.0 * n_cols).astype(np.int64) % n_cols
    return rows, cols, n_rows + 2, n_cols


def _candidate_pairs(
    day: np.ndarray, rows: np.ndarray, cols: np.ndarray, n_rows: int, n_cols: int, max_days: int
) -> tuple[np.ndarray, np.ndarray]:
    """Positions (i, j) of claims in neighbouring cells within ``max_days``; each pair once.

    Every (day, row, column) shift is distinct (column shifts are de-duplicated when the
    longitude wraps within three columns), so no pair is produced twice.
    """

    def key(d: np.ndarray, r: np.ndarray, c: np.ndarray) -> np.ndarray:
        return (d * n_rows + (r + 1)) * n_cols + c

    right = pd.DataFrame({"key": key(day, rows, cols), "j": np.arange(len(day))})
    col_shifts = sorted({s % n_cols for s in (-1, 0, 1)})
    lefts = []
    for day_shift in range(0, max_days + 1):
        for row_shift in (-1, 0, 1):
            for col_shift in col_shifts:
                shifted = key(day + day_shift, rows + row_shift, (cols + col_shift) % n_cols)
                lefts.append(pd.DataFrame({"key": shifted, "i": np.arange(len(day))}))
    pairs = pd.concat(lefts, ignore_index=True).merge(right, on="key")
    i, j = pairs["i"].to_numpy(), pairs["j"].to_numpy()
    # Same-day pairs are found from both ends; later-day pairs only from the earlier claim.
    keep = (day[j] > day[i]) | (i < j)
    return i[keep], j[keep]


def party_sets(catalog: Catalog | None = None) -> dict[str, frozenset[str]]:
    """Conflict id → the names of its parties, from the profiles (default: bundled + the user's)."""
    return {profile.id: frozenset(profile.party_names) for profile in catalog or default_catalog()}


def group_counter_claims(
    frame: pd.DataFrame, max_km: float = 15.0, max_days: int = 1, parties: Mapping[str, Iterable[str]] | None = None
) -> pd.Series:
    """Incident id → group id, for the incidents in a contested group only.

    A group's id is the id of its earliest member (ties broken by id), so it is stable while
    the group's membership is. Rows without a date or coordinates never group. Claims group
    only with claims of their own conflict; ``parties`` maps each conflict id to its parties
    (default: :func:`party_sets`); a frame without a ``conflict`` column is the default conflict.
    """
    empty = pd.Series([], index=pd.Index([], dtype=object, name="id"), dtype=object, name="group")
    if frame.empty or max_km < 0 or max_days < 0:
        return empty
    parties = party_sets() if parties is None else parties
    if "conflict" not in frame.columns:
        return _group_one_conflict(frame, max_km, max_days, parties.get(DEFAULT_PROFILE_ID, ()))
    conflict = frame["conflict"].fillna(DEFAULT_PROFILE_ID).astype(str)
    if conflict.nunique() == 1:  # the usual case: no per-conflict copies of the frame
        return _group_one_conflict(frame, max_km, max_days, parties.get(str(conflict.iloc[0]), ()))
    groups = [
        _group_one_conflict(part, max_km, max_days, parties.get(str(key), ()))
        for key, part in frame.groupby(conflict, sort=False)
    ]
    found = [g for g in groups if len(g)]
    return pd.concat(found).sort_index() if found else empty


def _group_one_conflict(frame: pd.DataFrame, max_km: float, max_days: int, parties: Iterable[str]) -> pd.Series:
    """:func:`group_counter_claims` for the claims of one conflict, whose parties are ``parties``."""
    empty = pd.Series([], index=pd.Index([], dtype=object, name="id"), dtype=object, name="group")
    usable = frame[["id", "date", "latitude", "longitude", "reporting_side"]].dropna()
    if len(usable) < 2:
        return empty
    dates = pd.to_datetime(usable["date"]).dt.normalize()
    day = (dates.to_numpy(dtype="datetime64[ns]").astype(np.int64) // _DAY_NS).astype(np.int64)
    lat = usable["latitude"].to_numpy(dtype=float)
    lon = usable["longitude"].to_numpy(dtype=float)
    side = usable["reporting_side"].astype(str).to_numpy()

    rows, cols, n_rows, n_cols = _grid(lat, lon, max_km)
    i, j = _candidate_pairs(day, rows, cols, n_rows, n_cols, int(max_days))
    is_party = np.isin(side, list(parties))
    linked = (
        (np.abs(day[i] - day[j]) <= max_days)
        & (side[i] != side[j])
        & (is_party[i] | is_party[j])
        & (haversine_km(lat[i], lon[i], lat[j], lon[j]) <= max_km)
    )
    i, j = i[linked], j[linked]
    if len(i) == 0:
        return empty

    n = len(usable)
    graph = coo_matrix((np.ones(len(i), dtype=np.int8), (i, j)), shape=(n, n))
    _, component = connected_components(graph, directed=False)
    in_pair = np.zeros(n, dtype=bool)
    in_pair[i] = in_pair[j] = True
    members = np.flatnonzero(in_pair)
    grouped = pd.DataFrame(
        {
            "id": usable["id"].to_numpy()[members].astype(str),
            "date": dates.to_numpy()[members],
            "component": component[members],
        }
    ).sort_values(["date", "id"], kind="stable")
    first_id = grouped.groupby("component", sort=False)["id"].transform("first")
    result = pd.Series(first_id.to_numpy(), index=pd.Index(grouped["id"].to_numpy(), name="id"), name="group")
    return result.sort_index()


def contested_ids(frame: pd.DataFrame, **kw: Any) -> frozenset[str]:
    """Ids of every incident that another side's claim contradicts (for "contested only")."""
    return frozenset(group_counter_claims(frame, **kw).index)


def group_members(frame: pd.DataFrame, incident_id: str, **kw: Any) -> pd.DataFrame:
    """The claims grouped with ``incident_id`` (itself included), earliest first, for a side-by-side view.

    An uncontested incident yields just its own row; an unknown id yields no rows.
    """
    groups = group_counter_claims(frame, **kw)
    if incident_id in groups.index:
        ids = groups.index[groups == groups[incident_id]]
    else:
        ids = pd.Index([incident_id])
    members = frame[frame["id"].isin(ids)]
    return members.sort_values(["date", "reporting_side", "id"], kind="stable")
