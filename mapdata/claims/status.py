"""The status of each clash: single source, corroborated, contested or denied.

A *clash* is a counter-claim group (:mod:`mapdata.claims.groups`), or a claim no other side's
account links to. Its status is computed from its claims, with the parties of the conflict
as a parameter (any profile's parties work the same way). In order of precedence:

1. **denied** — a denial of one of its claims is on record: the claim's ``extra`` holds a
   non-empty ``"responses"`` list (the other side's denying statements; report extraction
   writes it, and a CSV or GeoJSON row can carry it in its ``extra`` JSON).
2. **contested** — the accounts blame different parties, or two reporting sides state
   different numbers killed (or wounded) of the same day and spot, or name weapons there none
   of which the other names (a clash chains claims over days and villages; other days' or
   villages' accounts do not contradict each other).
3. **corroborated** — independent sources agree on who fired: claims from at least two
   different reporting sides (a party, a third party, the media) blame the same party, and
   nobody blames another. Two claims of one side are not independent of each other.
4. **single source** — everything else: one account, or only one side says who fired.

Everything is a group-by over integer clash numbers (no loop over clashes), so a million
claims take seconds.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from mapdata.claims.groups import Parties, conflict_of, group_ids, link_labels, party_sets
from mapdata.model import extra_fields

__all__ = [
    "CLASH_STATUSES",
    "STATUS_RULE",
    "Clashes",
    "clash_statuses",
    "denial_on_record",
    "find_clashes",
    "weapon_term",
]

CLASH_STATUSES: tuple[str, ...] = ("single source", "corroborated", "contested", "denied")
# One line per status, for the legend's help text and the sidebar filter.
STATUS_RULE: dict[str, str] = {
    "single source": "one account, or only one side says who fired",
    "corroborated": "accounts from different sides (a party, a third party, the media) blame the same party",
    "contested": (
        "the accounts blame different parties, or state different casualties or name different weapons "
        "for the same day and place"
    ),
    "denied": "a party's denial of one of the claims is on record",
}


def denial_on_record(extra: object) -> bool:
    """Whether a claim's ``extra`` (a dict, or the stored JSON text) records a denial of it
    (a non-empty ``responses`` list). Stored text without the word is not parsed at all."""
    if isinstance(extra, str) and '"responses"' not in extra:
        return False
    responses = extra_fields(extra).get("responses")
    return isinstance(responses, list) and bool(responses)


def _denials(extra: pd.Series) -> np.ndarray:
    """:func:`denial_on_record` per row; stored JSON text is searched as a column first, so only
    the few rows that mention responses are parsed (a million claims: one vectorised scan)."""
    if isinstance(extra.dtype, pd.StringDtype):
        mentions = extra.str.contains('"responses"', regex=False).fillna(False).to_numpy(dtype=bool)
        candidates = np.flatnonzero(mentions)
    else:
        candidates = np.arange(len(extra))
    denied = np.zeros(len(extra), dtype=bool)
    for position in candidates:
        denied[position] = denial_on_record(extra.iat[position])
    return denied


def weapon_term(term: str) -> str:
    """A weapon as compared between accounts: case-folded, single-spaced, without a plural s."""
    words = " ".join(str(term).casefold().split())
    return words[:-1] if len(words) > 3 and words.endswith("s") and not words.endswith("ss") else words


def _clash_numbers(labels: np.ndarray) -> np.ndarray:
    """Groups keep their component number; every other claim is a clash of its own."""
    labels = np.asarray(labels, dtype=np.int64)
    alone = labels < 0
    out = labels.copy()
    base = int(labels.max()) + 1 if len(labels) else 0
    out[alone] = base + np.arange(int(alone.sum()))
    return out


def _one_account_key(clash: np.ndarray, frame: pd.DataFrame) -> np.ndarray:
    """Per row, a number shared by the rows of its clash told of the same day at the same spot
    (coordinates within about a kilometre): the accounts whose casualties and weapons can contradict
    each other. A clash chains claims over days and villages (walk34: six claims at three villages
    over three days were "contested" for naming different weapons); two accounts of other days or
    other villages are no contradiction."""
    parts = [pd.Series(clash)]
    for column, scale in (("date", None), ("latitude", 100.0), ("longitude", 100.0)):
        if column not in frame:
            continue
        values = frame[column]
        if scale is None:
            values = pd.to_datetime(values, errors="coerce").dt.normalize()
        else:
            values = (pd.to_numeric(values, errors="coerce") * scale).round()
        parts.append(pd.Series(values.to_numpy()))
    table = pd.concat(parts, axis=1, ignore_index=True)
    return table.groupby(list(table.columns), dropna=False, sort=False).ngroup().to_numpy()


def _whole_clash(clash: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Per row: does its clash hold one of ``rows`` (a boolean mask)?"""
    return np.isin(clash, np.unique(clash[rows])) if rows.any() else rows


def _disagree(clash: np.ndarray, side: pd.Series, value: pd.Series) -> np.ndarray:
    """Per row: does its clash (here: one day and spot of a clash) hold two reporting sides
    stating different values?

    Two sides with stated values and two distinct values among them always include a pair of
    different sides with different values, so counting distinct sides and values is enough.
    """
    stated = value.notna().to_numpy()
    if not stated.any():
        return np.zeros(len(clash), dtype=bool)
    table = pd.DataFrame({"clash": clash[stated], "side": side.to_numpy()[stated], "value": value.to_numpy()[stated]})
    counts = table.groupby("clash").agg(sides=("side", "nunique"), values=("value", "nunique"))
    disputed = counts.index[(counts["sides"] >= 2) & (counts["values"] >= 2)].to_numpy()
    return np.isin(clash, disputed)


def _weapons_disagree(clash: np.ndarray, side: pd.Series, weapons: pd.Series) -> np.ndarray:
    """Per row: does its clash hold two reporting sides naming weapons with none in common?"""
    named = pd.DataFrame({"clash": clash, "side": side.to_numpy(), "weapon": weapons.to_numpy()})
    named = named[[isinstance(w, (list, tuple)) and len(w) > 0 for w in named["weapon"]]]
    if named.empty:
        return np.zeros(len(clash), dtype=bool)
    terms = named.explode("weapon")
    terms["weapon"] = terms["weapon"].map(weapon_term)
    terms = terms.drop_duplicates()
    sides = terms[["clash", "side"]].drop_duplicates()
    naming = sides.groupby("clash").size()
    candidates = naming.index[naming >= 2]
    if not len(candidates):
        return np.zeros(len(clash), dtype=bool)
    # Side pairs of a clash that share at least one term, against all side pairs of that clash.
    terms = terms[terms["clash"].isin(candidates)]
    shared = terms.merge(terms, on=["clash", "weapon"])
    shared = shared[shared["side_x"] < shared["side_y"]][["clash", "side_x", "side_y"]].drop_duplicates()
    agreeing = shared.groupby("clash").size().reindex(candidates, fill_value=0)
    pairs = naming[candidates] * (naming[candidates] - 1) // 2
    disputed = candidates[(agreeing < pairs).to_numpy()].to_numpy()
    return np.isin(clash, disputed)


def _blamed_party(frame: pd.DataFrame, parties: Parties) -> pd.Series:
    """Each row's accused side where it is a party to the row's own conflict, else missing."""
    conflict = conflict_of(frame).astype(object)
    accused = frame["accused_side"].astype(object)
    known = {f"{c}\x1f{p}" for c, names in parties.items() for p in names}
    is_party = (conflict + "\x1f" + accused.fillna("")).isin(known)
    return accused.where(is_party)


def clash_statuses(
    frame: pd.DataFrame, labels: np.ndarray, parties: Parties | None = None, denied: np.ndarray | None = None
) -> pd.Series:
    """The status of each row's clash (a categorical Series aligned with ``frame``).

    ``labels``: the component number of each row, ``-1`` for a claim in no group (see
    :func:`mapdata.claims.groups.link_labels`). ``parties``: conflict id → its parties
    (default: the profiles'). ``denied``: per row, whether a denial of that claim is on record;
    read from ``frame["extra"]`` when not given.
    """
    clash = _clash_numbers(labels)
    side = frame["reporting_side"].astype(object)
    accused = _blamed_party(frame, party_sets() if parties is None else parties)
    if denied is None and "extra" in frame:
        denied = _denials(frame["extra"])
    blame = pd.DataFrame({"clash": clash, "accused": accused.to_numpy(), "side": side.to_numpy()})
    blame = blame[blame["accused"].notna()]
    per_clash = blame.groupby("clash").agg(accused=("accused", "nunique"), sides=("side", "nunique"))
    blamed_apart = np.isin(clash, per_clash.index[per_clash["accused"] >= 2].to_numpy())
    agreed = np.isin(clash, per_clash.index[(per_clash["accused"] == 1) & (per_clash["sides"] >= 2)].to_numpy())
    account = _one_account_key(clash, frame)
    told_apart = np.zeros(len(clash), dtype=bool)
    if "weapons" in frame:
        told_apart |= _weapons_disagree(account, side, frame["weapons"])
    for column in ("killed", "wounded"):
        if column in frame:
            told_apart |= _disagree(account, side, frame[column])
    contested = blamed_apart | _whole_clash(clash, told_apart)
    denied_clash = np.zeros(len(clash), dtype=bool)
    if denied is not None and denied.any():
        denied_clash = np.isin(clash, np.unique(clash[denied]))
    code = np.select([denied_clash, contested, agreed], [3, 2, 1], default=0)
    return pd.Series(pd.Categorical.from_codes(code, categories=list(CLASH_STATUSES)), index=frame.index, name="status")


@dataclass(frozen=True)
class Clashes:
    """The clashes of one frame: counter-claim groups and statuses, aligned with its rows."""

    labels: np.ndarray  # component number per row (position), -1 for a claim in no group
    status: pd.Series  # categorical CLASH_STATUSES, indexed like the frame
    groups: pd.Series  # incident id -> group id, for grouped claims only (group_counter_claims)

    def members(self, position: int) -> np.ndarray:
        """Row positions of the clash of the row at ``position`` (itself included)."""
        label = self.labels[position]
        return np.array([position]) if label < 0 else np.flatnonzero(self.labels == label)

    def ids_with(self, frame: pd.DataFrame, *statuses: str) -> frozenset[str]:
        """Ids of the claims whose clash has one of ``statuses``."""
        return frozenset(frame["id"][self.status.isin(statuses).to_numpy()].astype(str))


def find_clashes(
    frame: pd.DataFrame, max_km: float = 15.0, max_days: int = 1, parties: Parties | None = None
) -> Clashes:
    """Group the claims of ``frame`` and give each clash its status (the rules above)."""
    parties = party_sets() if parties is None else parties
    labels = link_labels(frame, max_km=max_km, max_days=max_days, parties=parties)
    return Clashes(labels, clash_statuses(frame, labels, parties), group_ids(frame, labels))
