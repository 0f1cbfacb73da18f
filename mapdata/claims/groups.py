"""Counter-claim groups over the incidents frame: which claims are accounts of the same clash.

Every incident is one party's claim. Rule for a link between two claims (all must hold):
  * ``|date difference| <= max_days`` (calendar days, using each claim's stated date),
  * great-circle (haversine) distance ``<= max_km`` between the claims' coordinates,
  * both claims are about the same conflict (``conflict``, a profile id),
  * the reporting sides differ and at least one of them is a party to that conflict (its
    profile's parties: Armenia or Azerbaijan; India or Pakistan; Israel, Hezbollah or
    Lebanon; …). Party vs party links; a party vs "third party" or "media" links (an outside
    account of the same fire); "third party" vs "media" does not link on its own, since
    neither is a party whose version is at stake.
Groups are the connected components of those links, so a chain (A–B, B–C) is one group even if
A and C are further apart. Every group therefore holds at least two reporting sides. The
grouping is computed on the current frame every time (never stored): adding a claim can merge
or create groups. :mod:`mapdata.claims.linking` finds the components in memory linear in the
number of claims, whatever their arrangement.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from mapdata.claims.linking import link_components, side_pairs
from mapdata.profiles import DEFAULT_PROFILE_ID, Catalog, default_catalog

__all__ = [
    "PARTIES",
    "Parties",
    "conflict_of",
    "group_counter_claims",
    "group_ids",
    "group_members",
    "grouped_ids",
    "link_labels",
    "party_sets",
]

PARTIES: frozenset[str] = frozenset({"Armenia", "Azerbaijan"})  # the default conflict's
Parties = Mapping[str, Iterable[str]]  # conflict id -> the names of its parties
_DAY_NS = 86_400 * 10**9


def _days(dates: pd.Series) -> np.ndarray:
    """Whole days since 1970 (NaT as the minimum int64: callers drop those rows first)."""
    values = pd.to_datetime(dates).to_numpy(dtype="datetime64[ns]").astype(np.int64)
    return np.floor_divide(values, _DAY_NS)


def party_sets(catalog: Catalog | None = None) -> dict[str, frozenset[str]]:
    """Conflict id → the names of its parties, from the profiles (default: bundled + the user's)."""
    return {profile.id: frozenset(profile.party_names) for profile in catalog or default_catalog()}


def conflict_of(frame: pd.DataFrame) -> pd.Series:
    """Each row's conflict id (a frame without a ``conflict`` column is the default conflict)."""
    if "conflict" not in frame.columns:
        return pd.Series(DEFAULT_PROFILE_ID, index=frame.index, dtype="str")
    return frame["conflict"].astype("str").fillna(DEFAULT_PROFILE_ID)


def link_labels(
    frame: pd.DataFrame, max_km: float = 15.0, max_days: int = 1, parties: Parties | None = None
) -> np.ndarray:
    """Component number per row of ``frame`` (``-1``: in no group), aligned with its rows.

    Claims link only with claims of their own conflict; ``parties`` maps each conflict id to
    its parties (default: :func:`party_sets`). Rows without a date, coordinates or reporting
    side never link.
    """
    labels = np.full(len(frame), -1, dtype=np.int64)
    if len(frame) < 2 or max_km < 0 or max_days < 0:
        return labels
    usable = (
        frame["date"].notna().to_numpy()
        & frame["latitude"].notna().to_numpy()
        & frame["longitude"].notna().to_numpy()
        & frame["reporting_side"].notna().to_numpy()
    )
    rows = np.flatnonzero(usable)
    if len(rows) < 2:
        return labels
    parties = party_sets() if parties is None else parties
    codes, party, code_conflict = _link_codes(
        conflict_of(frame).iloc[rows], frame["reporting_side"].iloc[rows].astype("str"), parties
    )
    linkable = codes >= 0
    rows, codes = rows[linkable], codes[linkable]
    if len(rows) < 2:
        return labels
    labels[rows] = link_components(
        _days(frame["date"].iloc[rows]),
        frame["latitude"].to_numpy(dtype=float)[rows],
        frame["longitude"].to_numpy(dtype=float)[rows],
        codes,
        side_pairs(party, code_conflict),
        max_km=max_km,
        max_days=max_days,
    )
    return labels


def _link_codes(conflict: pd.Series, side: pd.Series, parties: Parties) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A side code per row for :func:`link_components`, ``-1`` for rows that can link to nothing,
    and per code whether it is a party and its conflict number.

    Each (conflict, party) present is a code of its own. Every other reporting side of a conflict
    ("media", "third party", or any text an imported file carries: "Armenia 2", "local residents")
    links with exactly the same claims as any other non-party side — a party of its conflict, never
    another non-party nor itself — so all of them share one code per conflict. The link rule is the
    same as one code per side text, but the number of codes stays that of the profiles' parties
    however many different sides the claims name (20,000 distinct sides at one spot made every
    pair of them a candidate link: a minute, and a 20,000×20,000 side table). A conflict with no
    party among the claims links nothing, so its rows get ``-1``.
    """
    conflict_codes, conflicts = pd.factorize(conflict)
    side_codes, sides = pd.factorize(side)
    # Keys of the (conflict, side) pairs that are parties of their conflict.
    conflict_at = {c: i for i, c in enumerate(np.asarray(conflicts, dtype=object).tolist())}
    side_index = pd.Index(sides)
    party_keys = []
    for name_of_conflict, names in parties.items():
        at = conflict_at.get(name_of_conflict)
        if at is None:
            continue
        found = side_index.get_indexer(pd.Index(list(names), dtype=object))
        party_keys.extend(at * len(sides) + found[found >= 0])
    key = conflict_codes.astype(np.int64) * len(sides) + side_codes
    present = np.unique(key[np.isin(key, np.asarray(party_keys, dtype=np.int64))])
    is_party = np.isin(key, present)
    # Party codes first (0..len(present)-1), then one code per conflict that has a party present.
    party_conflicts = np.unique(present // len(sides))
    outsider = np.searchsorted(party_conflicts, conflict_codes).clip(max=max(len(party_conflicts) - 1, 0))
    has_party = party_conflicts[outsider] == conflict_codes if len(party_conflicts) else np.zeros(len(key), bool)
    codes = np.where(is_party, np.searchsorted(present, key), np.where(has_party, len(present) + outsider, -1)).astype(
        np.int64
    )
    party = np.r_[np.ones(len(present), dtype=bool), np.zeros(len(party_conflicts), dtype=bool)]
    code_conflict = np.r_[present // len(sides), party_conflicts]
    return codes, party, code_conflict


def group_counter_claims(
    frame: pd.DataFrame, max_km: float = 15.0, max_days: int = 1, parties: Parties | None = None
) -> pd.Series:
    """Incident id → group id, for the incidents in a group only, sorted by id.

    A group's id is the id of its earliest member (ties broken by id), so it is stable while
    the group's membership is.
    """
    return group_ids(frame, link_labels(frame, max_km=max_km, max_days=max_days, parties=parties))


def group_ids(frame: pd.DataFrame, labels: np.ndarray) -> pd.Series:
    """:func:`group_counter_claims` from the component numbers :func:`link_labels` gave."""
    members = np.flatnonzero(labels >= 0)
    if not len(members):
        return pd.Series([], index=pd.Index([], dtype="str", name="id"), dtype="str", name="group")
    # Arrow string kernels: a million ids are sorted in C, never as Python objects.
    ids = pa.array(frame["id"].astype("str")).take(pa.array(members))
    by_id = pc.sort_indices(ids).to_numpy()
    id_rank = np.empty(len(members), dtype=np.int64)
    id_rank[by_id] = np.arange(len(members))
    component = labels[members]
    earliest = np.lexsort((id_rank, _days(frame["date"].iloc[members]), component))
    starts = np.flatnonzero(np.r_[True, np.diff(component[earliest]) != 0])
    first_of = earliest[starts][np.searchsorted(component[earliest][starts], component)]
    group = ids.take(pa.array(first_of))
    return pd.Series(
        pd.array(group.take(pa.array(by_id)), dtype="str"),
        index=pd.Index(pd.array(ids.take(pa.array(by_id)), dtype="str"), name="id"),
        name="group",
    )


def grouped_ids(frame: pd.DataFrame, **kw: object) -> frozenset[str]:
    """Ids of every incident in a counter-claim group (whatever the clash's status)."""
    return frozenset(group_counter_claims(frame, **kw).index)  # type: ignore[arg-type]


def group_members(frame: pd.DataFrame, incident_id: str, **kw: object) -> pd.DataFrame:
    """The claims grouped with ``incident_id`` (itself included), earliest first, for a side-by-side view.

    An uncontested incident yields just its own row; an unknown id yields no rows.
    """
    groups = group_counter_claims(frame, **kw)  # type: ignore[arg-type]
    if incident_id in groups.index:
        ids = groups.index[groups == groups[incident_id]]
    else:
        ids = pd.Index([incident_id])
    members = frame[frame["id"].isin(ids)]
    return members.sort_values(["date", "reporting_side", "id"], kind="stable")
