"""The status of each clash: single source, corroborated, contested or denied.

A *clash* is a counter-claim group (:mod:`mapdata.claims.groups`), or a claim no other side's
account links to. Its status is computed from its claims, with the parties of the conflict
as a parameter (any profile's parties work the same way). In order of precedence:

1. **denied** — a denial of one of its claims is on record: the claim's ``extra`` holds a
   non-empty ``"responses"`` list (the other side's denying statements; report extraction
   writes it, and a CSV or GeoJSON row can carry it in its ``extra`` JSON), or an ACLED row's notes say a party
   other than its reporting side denied, refuted or rejected it (:func:`noted_denial`; walk49: ARM294, "Azerbaijani
   Defense Ministry refuted the claims", read "corroborated" beside Armenia's claim of that day and spot).
2. **contested** — the parties disagree on who fired: two parties' own accounts blame each other (a claim
   of party A blaming party B, and one of B blaming A). An outlet's or a monitor's account blaming a party
   is no party's accusation, and neither is the order of an ACLED row's actors (walk48: ARM189, outlets'
   account of a clash near Berdavan coded with Armenia's forces first, read as blaming Armenia beside
   Armenia's own claims blaming Azerbaijan, though its notes blame Azerbaijan too). Accounts that blame the
   same party but name other weapons or other numbers killed or wounded are not contested (walk47:
   Azerbaijan's defence ministry naming its artillery strike on launchers and an Armenian outlet naming a
   drone that wounded a child, both blaming Azerbaijan, told of two events); :func:`explain_status` still
   says where they differ.
3. **corroborated** — said of one claim, not of a whole clash: another account confirms it
   *directly* and *independently*. Directly: the other account blames the same party for the
   same day at the same spot (coordinates in the same or a neighbouring 0.01° cell: within about
   a kilometre, never more than about 3 km; ``CORROBORATION_RULE``), and no two sides there name
   weapons with none in common (then they may tell of different events), not a claim reached through
   a chain of neighbours (walk47: a claim at Berdavan read "corroborated" by an outlet's account a
   day later at Koti, 12 km away). Independently: the other account's *voice* differs — a voice is
   the reporting side, except that media of a party's country speak with that party's voice (an
   ACLED row whose sources are national, subnational or local ones of the event's country, or an
   outlet named after a party: "Sputnik Armenia"); so another party, a monitor or foreign media
   corroborate, and an Armenian outlet repeating Armenia's account does not. Two claims of one side
   are never independent of each other.
4. **single source** — everything else: one account, or no direct, independent account agreeing
   on who fired.

Everything is a group-by over integer clash numbers (no loop over clashes), and direct
corroboration is a join of each claim's cell with its nine neighbouring cells (no pairs are
compared), so a million claims take seconds. :func:`explain_status` says, for one claim, which rule applied and to which
accounts (claimant, side, date and place), and how far apart in days and kilometres the accounts
grouped with it are: the status in words a researcher can quote (walk40: every contested claim
read the same general rule, even a chain over four villages and three days).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from mapdata.claims.groups import Parties, conflict_of, group_ids, link_labels, party_sets
from mapdata.claims.linking import haversine_km
from mapdata.errors import MapdataError
from mapdata.model import extra_fields
from mapdata.profiles import default_catalog
from mapdata.safety import counted, summary_of

__all__ = [
    "ACT_WORDS",
    "CLASH_STATUSES",
    "CORROBORATION_RULE",
    "STATUS_RULE",
    "Clashes",
    "StatusExplanation",
    "clash_statuses",
    "denial_on_record",
    "explain_status",
    "find_clashes",
    "noted_denial",
    "reporting_voices",
    "weapon_term",
]

CLASH_STATUSES: tuple[str, ...] = ("single source", "corroborated", "contested", "denied")
# One line per status, for the legend's help text and the sidebar filter.
STATUS_RULE: dict[str, str] = {
    "single source": "one account, or no independent account of the same day and spot agrees on who fired",
    "corroborated": (
        "an independent account (another party, a monitor, or media not of the claimant's side) blames the same "
        "party for the same day and spot"
    ),
    "contested": "the parties disagree on who fired: two parties' own accounts blame each other",
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


# ACLED's notes telling that a party denied what the row reports (walk49: ARM294, "Azerbaijani Defense Ministry
# refuted the claims", was shown corroborated; "The State Border Service of Azerbaijan denied this claim",
# "Azerbaijan has refuted the claims", "the Azerbaijani side rejected the claim", "... denied that such attack took
# place"): the verb with what was denied after it; who denied is the clause before it.
_NOTED_DENIAL = re.compile(
    r"\b(?:denied|refuted|rejected|dismissed)\s+(?:(?:the|this|these|those|such|any|all)\s+)?"
    r"(?:claims?|allegations?|reports?|accusations?|information|news|that|it)\b|\bdenied\s*(?=[.;]|$)",
    re.I,
)
_NOTED_DENIAL_WORDS = r"\b(?:denied|refuted|rejected|dismissed)\b"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def noted_denial(notes: object, reporting_side: object, conflict: object) -> tuple[str, str] | None:
    """(the party that denied, the sentence saying so) when an ACLED row's ``notes`` say a party of ``conflict``
    other than the row's reporting side denied, refuted or rejected what the row reports; else None. The party is
    the last one the clause before the verb names ("Later on, the Azerbaijani side rejected the claim":
    Azerbaijan); a denial by no party named ("The Police denied the allegations") is none."""
    if not isinstance(notes, str):
        return None
    profile = default_catalog().get(conflict if isinstance(conflict, str) else None)
    if profile is None:
        return None
    for sentence in _SENTENCE_END.split(notes):
        found = _NOTED_DENIAL.search(sentence)
        if found is None:
            continue
        clause = sentence[: found.start()].rsplit(",", 1)[-1]
        words = _WORD.findall(clause)
        named = [
            side
            for size in (1, 2, 3)
            for at in range(len(words) - size + 1)
            if (side := profile.side_for(" ".join(words[at : at + size]))) in profile.party_names
        ]
        if named and named[-1] != reporting_side:
            return named[-1], " ".join(sentence.split())
    return None


def _noted_denials(frame: pd.DataFrame) -> np.ndarray:
    """Per row, whether it is an ACLED row whose notes (its summary) say another party denied it
    (:func:`noted_denial`); the notes are searched as a column first, so only the few rows naming a denial are
    read."""
    denied = np.zeros(len(frame), dtype=bool)
    if not {"origin", "summary", "reporting_side"} <= set(frame.columns) or not len(frame):
        return denied
    acled = (frame["origin"] == "acled").fillna(False).to_numpy(dtype=bool)
    if not acled.any():
        return denied
    mentions = frame["summary"].str.contains(_NOTED_DENIAL_WORDS, case=False, regex=True)
    candidates = np.flatnonzero(mentions.fillna(False).to_numpy(dtype=bool) & acled)
    if not len(candidates):
        return denied
    rows = frame.iloc[candidates]
    conflict = conflict_of(rows).astype(object).to_numpy()
    for k, (notes, side) in enumerate(zip(rows["summary"], rows["reporting_side"], strict=True)):
        denied[candidates[k]] = noted_denial(notes, side, conflict[k]) is not None
    return denied


# Words an account may give as its "weapons" that name what was done, not what it was done with
# ("shelling", like "firing" or "an attack"; mapdata.extract.weapons.without_acts drops "shelling"
# beside a weapon for the same reason). Left out of the comparison: "small arms" and "shelling" from
# two accounts blaming the same party are no disagreement (walk41, Baghanis acled:ARM1422).
ACT_WORDS = frozenset({"shelling", "firing", "fire", "attack", "strike", "shooting", "bombardment"})


def weapon_term(term: str) -> str:
    """A weapon as compared between accounts: case-folded, single-spaced, without a plural s, one spelling of
    "machine gun" ("heavy machineguns", "heavy machine-guns" and "heavy machine guns" are one weapon)."""
    words = " ".join(
        str(term).casefold().replace("machinegun", "machine gun").replace("machine-gun", "machine gun").split()
    )
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


def _weapons_compared(clash: np.ndarray, side: pd.Series, weapons: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Per row: does its clash hold two reporting sides naming weapons with none in common (first
    mask), and is its clash one whose weapon lists were too many to settle that (second mask; see
    :func:`_disjoint_sets`: such a clash is not counted as naming none in common)."""
    none = np.zeros(len(clash), dtype=bool)
    named = pd.DataFrame({"clash": clash, "side": side.to_numpy(), "weapon": weapons.to_numpy()})
    named = named[[isinstance(w, (list, tuple)) and len(w) > 0 for w in named["weapon"]]]
    if named.empty:
        return none, none
    terms = named.explode("weapon")
    named_as = terms["weapon"].astype(str)
    distinct = pd.unique(named_as)  # each distinct term folded once (a long list repeats a few terms)
    terms["weapon"] = named_as.map(dict(zip(distinct, map(weapon_term, distinct))))
    terms = terms[~terms["weapon"].isin(ACT_WORDS)].drop_duplicates()  # an act is no weapon
    if terms.empty:
        return none, none
    apart, unsettled = _disjoint_sets(terms["clash"].to_numpy(), terms["side"], terms["weapon"])
    return np.isin(clash, apart), np.isin(clash, unsettled)


# Comparing weapon lists: each day and spot tries at most max(WEAPON_PROBES, WEAPON_WORK // its terms)
# lists against all the others (see _disjoint_sets); past that, it is said to be unsettled.
WEAPON_PROBES = 64
WEAPON_WORK = 1_000_000


def _probe_limit(terms: np.ndarray) -> np.ndarray:
    """How many weapon lists a day and spot with ``terms`` (the sizes of its distinct lists, summed)
    may try against all the others: each try is a pass over its terms."""
    return np.maximum(WEAPON_PROBES, WEAPON_WORK // np.maximum(terms, 1))


def _disjoint_sets(clash: np.ndarray, side: pd.Series, term: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """The clashes in which two reporting sides name sets of terms with none in common, and the
    clashes where that could not be settled in bounded time (none in common was not found, and not
    every pair was compared: they are not counted as disagreeing).

    Rows are distinct (clash, side, term). Every side names one set per clash; sides naming the
    same set agree with each other, so each clash keeps each distinct set once (thousands of sides
    naming "mortar" are one set). Then, without comparing pairs:

    - a clash whose sets all hold one term agrees;
    - a set whose terms are named, all told, by fewer other sets than there are other sets shares
      none with one of them (counting: the sum over its terms of the other sets naming each);
    - two sets sharing no term cannot both hold the clash's most named term, so one of them is
      among the sets without it: trying each of those against all the others settles the clash.

    A try takes one set and looks for a set sharing no term with it (one pass over the clash's
    rows). Each round tries, in every open clash, its next set without the most named term and its
    next set of all (both smallest first; the latter is the order before round 41's fix, so an
    answer found then within the limit is found now), and a clash closes at the first disjoint pair,
    when all sets without the most named term were tried, or when all but one set were tried. A
    clash still open after max(``WEAPON_PROBES``, ``WEAPON_WORK`` // its rows) rounds is unsettled
    (only sets that pairwise meet with no dominant term get there, e.g. every 6 of 11 weapons).
    Time and memory: linear in the rows, times at most that many rounds. Comparing every pair of
    sides instead made 20,000 sides of one spot naming "mortar" 400 million pairs (12 GB); trying
    every set in turn made {mortar, rifle, gun i} of 8,000 sides 17 s (review41).
    """
    side_code = pd.factorize(side, use_na_sentinel=False)[0].astype(np.int64)
    term_code = pd.factorize(term)[0].astype(np.int64)
    order = np.lexsort((term_code, side_code, clash))
    clash, side_code, term_code = clash[order], side_code[order], term_code[order]
    new = np.r_[True, (clash[1:] != clash[:-1]) | (side_code[1:] != side_code[:-1])]
    starts = np.flatnonzero(new)
    owner = np.cumsum(new) - 1  # the (clash, side) of each row
    # One set per distinct content in a clash, however many sides name it.
    content = pd.factorize(pd.Series([part.tobytes() for part in np.split(term_code, starts[1:])], dtype=object))[0]
    clash_code, clashes = pd.factorize(clash)
    set_of = pd.factorize(clash_code[starts].astype(np.int64) * (int(content.max()) + 1) + content)[0]
    named_first = np.zeros(len(starts), dtype=bool)
    named_first[np.unique(set_of, return_index=True)[1]] = True
    rows = named_first[owner]
    clash_code, term_code, set_id = clash_code[rows], term_code[rows], set_of[owner[rows]]
    terms = int(term_code.max()) + 1
    pair_key = clash_code.astype(np.int64) * terms + term_code
    set_clash = np.zeros(int(set_id.max()) + 1, dtype=np.int64)
    set_clash[set_id] = clash_code
    size = np.bincount(set_id)
    sets = np.bincount(set_clash, minlength=len(clashes))
    # How many sets name each term of each clash; a term that every set of its clash names: they all agree.
    pair, pair_of_row, naming = np.unique(pair_key, return_inverse=True, return_counts=True)
    pair_of_row = pair_of_row.reshape(-1)
    pair_clash = pair // terms
    most = np.zeros(len(clashes), dtype=np.int64)
    np.maximum.at(most, pair_clash, naming)
    open_ = (sets >= 2) & (most < sets)
    # Counting: a set met by fewer other sets, even counted once per shared term, than there are others.
    met_at_most = np.bincount(set_id, weights=naming[pair_of_row] - 1, minlength=len(size))
    counted_apart = met_at_most < sets[set_clash] - 1
    disjoint = open_ & (np.bincount(set_clash[counted_apart], minlength=len(clashes)) > 0)
    open_ &= ~disjoint
    # Each clash's most named term (the first such pair), and its sets without it.
    top = np.flatnonzero(naming == most[pair_clash])
    top_pair = np.zeros(len(clashes), dtype=np.int64)
    top_pair[pair_clash[top][::-1]] = top[::-1]
    holds_top = np.zeros(len(size), dtype=bool)
    holds_top[set_id[pair_of_row == top_pair[clash_code]]] = True
    # Each clash's sets, smallest first (the order in which they are tried), and so its sets without the top term.
    by_size = np.lexsort((np.arange(len(size)), size, set_clash))
    first_of_clash = np.searchsorted(set_clash[by_size], set_clash[by_size])
    rank = np.empty(len(size), dtype=np.int64)
    rank[by_size] = np.arange(len(size)) - first_of_clash
    without = ~holds_top[by_size]
    before = np.cumsum(without) - without  # sets without the top term before each, in the order
    without_rank = np.full(len(size), -1, dtype=np.int64)
    without_rank[by_size[without]] = (before - before[first_of_clash])[without]
    without_top = np.bincount(set_clash[~holds_top], minlength=len(clashes))
    limit = _probe_limit(np.bincount(set_clash, weights=size, minlength=len(clashes)).astype(np.int64))
    unsettled = np.zeros(len(clashes), dtype=bool)
    tried = 0
    while open_.any():
        live = open_[clash_code]
        clash_code, set_id, pair_key = clash_code[live], set_id[live], pair_key[live]
        found = np.zeros(len(clashes), dtype=bool)
        for probe in (rank[set_id] == tried, without_rank[set_id] == tried):
            met = np.unique(set_id[np.isin(pair_key, pair_key[probe])])  # sets sharing a term with the tried one
            found |= np.bincount(set_clash[met], minlength=len(clashes)) < sets
        disjoint |= open_ & found
        # every pair was checked once all sets without the top term, or all but one set, were tried
        open_ &= ~found & (tried + 2 < sets) & (tried + 1 < without_top)
        tried += 1
        unsettled |= open_ & (tried >= limit)
        open_ &= ~unsettled
    return np.asarray(clashes)[disjoint], np.asarray(clashes)[unsettled]


def _clashes_blaming_each_other(
    clash: np.ndarray, frame: pd.DataFrame, blamed: pd.Series, parties: Parties
) -> np.ndarray:
    """The clash numbers holding two parties' own claims that blame each other (rule 2): a claim of party A
    blaming party B and one of B blaming A. One set lookup per row: each (clash, reporter, blamed) is looked
    up reversed."""
    reporter = _reporting_party(frame, parties).to_numpy()
    accused = blamed.to_numpy()
    rows = np.flatnonzero(pd.notna(reporter) & pd.notna(accused) & (reporter != accused))
    if len(rows) < 2:
        return np.array([], dtype=np.int64)
    number = clash[rows].astype(str)
    told = pd.Series(number, dtype=object) + "\x1f" + reporter[rows] + "\x1f" + accused[rows]
    answered = pd.Series(number, dtype=object) + "\x1f" + accused[rows] + "\x1f" + reporter[rows]
    return np.unique(clash[rows[answered.isin(set(told)).to_numpy()]])


def _party_in(frame: pd.DataFrame, parties: Parties, column: str) -> pd.Series:
    """Each row's ``column`` (a side) where it is a party to the row's own conflict, else missing."""
    conflict = conflict_of(frame).astype(object)
    side = frame[column].astype(object)
    known = {f"{c}\x1f{p}" for c, names in parties.items() for p in names}
    return side.where((conflict + "\x1f" + side.fillna("")).isin(known))


def _blamed_party(frame: pd.DataFrame, parties: Parties) -> pd.Series:
    """Each row's accused side where it is a party to the row's own conflict, else missing."""
    return _party_in(frame, parties, "accused_side")


def _reporting_party(frame: pd.DataFrame, parties: Parties) -> pd.Series:
    """Each row's reporting side where it is a party to the row's own conflict, else missing."""
    return _party_in(frame, parties, "reporting_side")


# Corroboration is direct: the same day, and coordinates in the same or a neighbouring cell of this
# many degrees (about 1.1 km of latitude; at most about 3 km apart, at least everything within 0.8 km).
CORROBORATION_CELL_DEGREES = 0.01
CORROBORATION_RULE = "the same day and spot (within about a kilometre)"
# ACLED source scales that name the event's own country's sources; any other part (Regional,
# International) may be a foreign outlet, and "Other" / "New media" name no country.
_HOME_SCALES = frozenset({"national", "subnational", "local"})
_NO_COUNTRY_SCALES = frozenset({"other", "new media"})


def _home_scale(scale: object) -> bool:
    """Whether an ACLED ``source_scale`` ("National", "Other-National", "National-Regional") names only
    sources of the event's own country (at least one of them)."""
    if not isinstance(scale, str):
        return False
    parts = {part.strip().casefold() for part in scale.split("-") if part.strip()}
    parts -= _NO_COUNTRY_SCALES
    return bool(parts) and parts <= _HOME_SCALES


def _country_parties() -> dict[str, tuple[Callable[[str | None], str | None], dict[str, str]]]:
    """Conflict id → (its profile's country code of a dataset's country value, country code → party)."""
    try:
        catalog = default_catalog()
    except MapdataError:  # an unreadable profile folder: no outlet is given a country
        return {}
    return {
        profile.id: (profile.country_code, {code: party.name for party in profile.parties for code in party.countries})
        for profile in catalog
    }


def reporting_voices(frame: pd.DataFrame, parties: Parties | None = None) -> pd.Series:
    """Each row's *voice* for corroboration: its reporting side, except that media of a party's
    country speak with that party's voice (module docstring, rule 3): an ACLED row (``extra``'s
    ``acled``) whose sources are all of the event's country (``source_scale`` national, subnational or
    local) and whose country (``iso3``) is a party's, or a claimant naming a party as a whole word
    ("Sputnik Armenia"). Only rows whose side is no party are looked at (vectorised)."""
    parties = party_sets() if parties is None else parties
    side = frame["reporting_side"].astype(object)
    voice = side.copy()
    conflict = conflict_of(frame).astype(object)
    known = {f"{c}\x1f{p}" for c, names in parties.items() for p in names}
    outside = ~(conflict + "\x1f" + side.fillna("")).isin(known).to_numpy() & side.notna().to_numpy()
    rows = np.flatnonzero(outside)
    if not len(rows):
        return voice
    if "claimant" in frame:
        claimant = frame["claimant"].iloc[rows].astype(object).fillna("").astype(str)
        for name_of_conflict, names in parties.items():
            in_conflict = (conflict.iloc[rows] == name_of_conflict).to_numpy(dtype=bool, copy=True)
            for party in sorted(names, key=len, reverse=True):
                named = in_conflict & claimant.str.contains(
                    rf"(?<!\w){re.escape(party)}(?!\w)", case=False, regex=True
                ).to_numpy(dtype=bool)
                voice.iloc[rows[named]] = party
                in_conflict &= ~named
    if "extra" in frame:
        extra = frame["extra"].iloc[rows]
        text = extra.astype(object).where(extra.map(lambda e: isinstance(e, str)), None)
        scale = text.str.extract(r'"source_scale":\s*"([^"]*)"', expand=False)
        iso3 = text.str.extract(r'"iso3":\s*"([^"]*)"', expand=False)
        home = scale.map(_home_scale).to_numpy(dtype=bool) & iso3.notna().to_numpy()
        if home.any():
            countries = _country_parties()
            pairs = pd.Series(list(zip(conflict.iloc[rows[home]].astype(str), iso3[home].astype(str))))
            said: dict[tuple[str, str], object] = {}
            for pair in pd.unique(pairs):  # each (conflict, country) once
                code, party_of = countries.get(pair[0], (None, {}))
                of_country = party_of.get(code(pair[1]) or "") if code is not None else None
                said[pair] = of_country if of_country in set(parties.get(pair[0], ())) else None
            found = pairs.map(said).to_numpy(dtype=object)
            named = np.array([isinstance(party, str) for party in found], dtype=bool)
            voice.iloc[rows[np.flatnonzero(home)[named]]] = found[named]
    return voice


def _cells(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per row: its day number, its 0.01° cell (latitude, longitude) and whether all three are known."""
    days = pd.to_datetime(frame["date"], errors="coerce").dt.normalize().to_numpy(dtype="datetime64[D]")
    known = ~np.isnat(days)
    lat = pd.to_numeric(frame["latitude"], errors="coerce").to_numpy(dtype=float)
    lon = pd.to_numeric(frame["longitude"], errors="coerce").to_numpy(dtype=float)
    known &= np.isfinite(lat) & np.isfinite(lon)
    y = np.floor(np.where(known, lat, 0.0) / CORROBORATION_CELL_DEGREES).astype(np.int64)
    x = np.floor(np.where(known, lon, 0.0) / CORROBORATION_CELL_DEGREES).astype(np.int64)
    return np.where(known, days.astype(np.int64), 0), y, x, known


def _directly_corroborated(
    clash: np.ndarray, frame: pd.DataFrame, blamed: pd.Series, voice: pd.Series, apart: np.ndarray
) -> np.ndarray:
    """Per row: does another account of its clash, with another voice, blame the same party on the
    same day in the same or a neighbouring cell (:data:`CORROBORATION_CELL_DEGREES`)? Rows ``apart``
    (their day and spot holds sides naming weapons with none in common) neither are nor give one.

    Each (clash, party, day, cell) keeps its smallest and largest voice; a row is corroborated when
    one of its nine cells holds a voice other than its own (the smallest or the largest differs).
    Nine hash joins of the rows with the cells: linear, whatever the density."""
    out = np.zeros(len(frame), dtype=bool)
    day, y, x, known = _cells(frame)
    rows = np.flatnonzero(known & blamed.notna().to_numpy() & voice.notna().to_numpy() & ~apart)
    if len(rows) < 2:
        return out
    party = pd.factorize(blamed.to_numpy()[rows])[0]
    heard = pd.factorize(voice.astype(str).to_numpy()[rows])[0]
    table = pd.DataFrame({"c": clash[rows], "p": party, "d": day[rows], "y": y[rows], "x": x[rows], "v": heard})
    cells = table.groupby(["c", "p", "d", "y", "x"], sort=False)["v"].agg(["min", "max"])
    found = np.zeros(len(rows), dtype=bool)
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            near = pd.MultiIndex.from_arrays(
                [table["c"], table["p"], table["d"], table["y"] + dy, table["x"] + dx], names=cells.index.names
            )
            at = cells.reindex(near)
            low, high = at["min"].to_numpy(), at["max"].to_numpy()
            found |= (~np.isnan(low) & (low != heard)) | (~np.isnan(high) & (high != heard))
    out[rows] = found
    return out


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
    parties = party_sets() if parties is None else parties
    accused = _blamed_party(frame, parties)
    if denied is None and "extra" in frame:
        denied = _denials(frame["extra"])
    noted = _noted_denials(frame)  # (an ACLED row's notes saying another party denied it: a denial on record too)
    denied = noted if denied is None else denied | noted
    contested = np.isin(clash, _clashes_blaming_each_other(clash, frame, accused, parties))
    # Weapons and figures named differently are no contradiction of who fired (walk47): not contested;
    # but accounts of one day and spot naming weapons with none in common may tell of different events,
    # so they corroborate nothing.
    apart = np.zeros(len(clash), dtype=bool)
    if "weapons" in frame:
        account = _one_account_key(clash, frame)
        apart = _weapons_compared(account, frame["reporting_side"].astype(object), frame["weapons"])[0]
    agreed = _directly_corroborated(clash, frame, accused, reporting_voices(frame, parties), apart)
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


# --- One claim's status in words ------------------------------------------------------------------

LISTED_ACCOUNTS = 12  # accounts named in "grouped with" (the rest counted)
LISTED_PER_PARTY = 8  # accounts named per blamed party, per figure or per weapon sentence
LISTED_SENTENCES = 5  # sentences per kind (figures killed, wounded, weapons, denials); the rest counted
NAME_CHARS = 80  # a claimant, side or place named up to this many characters
WEAPONS_CHARS = 120  # one account's weapons named up to this many characters
RESPONSE_CHARS = 300  # a denial quoted up to this many characters


@dataclass(frozen=True)
class StatusExplanation:
    """Why one claim's clash has its status, naming the accounts: what differs or agrees, between
    which accounts (claimant [side], date at place), and how far apart the accounts grouped with it
    are. ``found`` is the status these facts give; it equals ``status`` unless the claims shown are
    not those the status was computed over (then only the general rule is said)."""

    status: str
    headline: str  # the rule that applied, e.g. "the accounts blame different parties"
    reasons: tuple[str, ...]  # one sentence each: who blames whom, which figures or weapons differ, a denial
    grouping: str | None  # how many accounts, at which places, over which days, and the grouping rule
    grouped_with: tuple[str, ...]  # the other accounts of the clash, nearest in time first
    more: int  # accounts of the clash beyond those listed in ``grouped_with``
    found: str

    @property
    def line(self) -> str:
        """The status and the rule that applied, e.g. "Clash status: contested — the accounts blame …"."""
        return f"Clash status: {self.status} — {self.headline}"

    def text(self) -> str:
        """Everything as one paragraph (to quote, or for a terminal)."""
        parts = [f"{self.line}.", *self.reasons, *([self.grouping] if self.grouping else [])]
        if self.grouped_with:
            tail = f"; and {self.more:,} more" if self.more else ""
            parts.append("Grouped with: " + "; ".join(self.grouped_with) + tail + ".")
        return " ".join(parts)


def _text(value: object, missing: str, limit: int | None = None) -> str:
    """A value single-spaced (``missing`` when there is none), cut to ``limit`` characters."""
    if value is None or (not isinstance(value, (list, tuple, np.ndarray)) and pd.isna(value)):
        return missing
    text = str(value)
    if limit is not None:
        text = text[: 4 * limit]  # a 100,000-character claimant is not split whole
    words = " ".join(text.split())
    return (summary_of(words, limit) if limit is not None else words) or missing


def _day(value: object) -> str:
    stamp = pd.to_datetime(value, errors="coerce")
    return "an unknown date" if pd.isna(stamp) else stamp.date().isoformat()


def _within(days: int) -> str:
    return "a day" if days == 1 else counted(days, "day")


def _named(items: list[str], limit: int, total: int | None = None) -> str:
    """Items joined by commas, at most ``limit`` of them and a count of the rest (of ``total``)."""
    total = len(items) if total is None else total
    shown = ", ".join(items[:limit])
    return shown + (f" and {total - limit:,} more" if total > limit else "")


def _days_apart(days: int) -> str:
    if days == 0:
        return "the same day"
    word = "a day" if abs(days) == 1 else f"{abs(days):,} days"
    return f"{word} {'later' if days > 0 else 'earlier'}"


class _Accounts:
    """The claims of one clash as accounts named in words: who (claimant [side]), when and where.

    Every per-account value is read once as an array; only the accounts a sentence shows are put
    into words, so the cost is one pass over the clash and the text is bounded by the caps above,
    whatever the clash's size (review40: a chain of 16,000 accounts took 52 s and 3 MB of text).
    What tells the accounts apart is said by the functions below it, one per kind of reason."""

    def __init__(self, members: pd.DataFrame, incident_id: str, parties: Parties) -> None:
        self.frame = members.reset_index(drop=True)
        self.n = n = len(self.frame)
        ids = self.frame["id"].astype(str).to_numpy() if "id" in self.frame else np.array([], dtype=str)
        hits = np.flatnonzero(ids == incident_id)
        self.me = int(hits[0]) if len(hits) else None
        self.blamed = _blamed_party(self.frame, parties).to_numpy()
        self.reporter = _reporting_party(self.frame, parties).to_numpy()
        self.voice = reporting_voices(self.frame, parties).to_numpy() if n else np.array([], dtype=object)
        self.side = self.frame["reporting_side"].astype(object).to_numpy()
        self.days = pd.to_datetime(self.frame["date"], errors="coerce").dt.normalize()
        day_numbers = self.days.to_numpy(dtype="datetime64[D]").astype(np.int64)
        self.known_day = ~np.isnat(self.days.to_numpy(dtype="datetime64[D]"))
        self.day_number = np.where(self.known_day, day_numbers, 0)
        self.spot = _one_account_key(np.zeros(n, dtype=np.int64), self.frame)
        self.claimant = self._column("claimant")
        self.place_name = self._column("place")
        self.lat = pd.to_numeric(self._series("latitude"), errors="coerce").to_numpy(dtype=float)
        self.lon = pd.to_numeric(self._series("longitude"), errors="coerce").to_numpy(dtype=float)
        # spot number → its rows in order; numbers follow first appearance (ngroup with sort=False)
        order = np.argsort(self.spot, kind="stable")
        self.at_spot = np.split(order, np.flatnonzero(np.diff(self.spot[order])) + 1) if n else []

    def _series(self, column: str) -> pd.Series:
        return self.frame[column] if column in self.frame else pd.Series([None] * self.n, dtype=object)

    def _column(self, column: str) -> np.ndarray:
        return self._series(column).astype(object).to_numpy()

    def who(self, i: int) -> str:
        claimant = _text(self.claimant[i], "an unnamed claimant", NAME_CHARS)
        return f"{claimant} [{_text(self.side[i], 'no side', NAME_CHARS)}]"

    def place(self, i: int) -> str:
        name = _text(self.place_name[i], "", NAME_CHARS)
        if name:
            return name
        lat, lon = self.lat[i], self.lon[i]
        return "an unnamed place" if np.isnan(lat) or np.isnan(lon) else f"{lat:.4f}, {lon:.4f}"

    def places(self, rows: Iterable[int], limit: int, *, count: bool = True) -> tuple[list[str], int]:
        """The first ``limit`` distinct places of ``rows`` in words, and how many distinct places
        there are (with ``count=False``: stop after ``limit``). Only those shown are put into words."""
        keys: set[str] = set()
        shown: dict[str, None] = {}
        for i in rows:
            raw = self.place_name[i]
            key = raw.strip() if isinstance(raw, str) else ""
            key = key or self.place(i)  # no name: the coordinates
            if key in keys:
                continue
            keys.add(key)
            if len(shown) < limit:
                shown[self.place(i)] = None
            elif not count:
                break
        return list(shown), len(keys)

    def when_where(self, i: int) -> str:
        mark = " — this claim" if i == self.me else ""
        return f"{_day(self.days.iloc[i])} at {self.place(i)}{mark}"

    def one_day_and_spot(self, rows: np.ndarray) -> str:
        """ "on <date> at <place> / <place> (one day and spot)": where the accounts ``rows`` tell of."""
        places, _ = self.places(map(int, rows), 4, count=False)
        return f"on {_day(self.days.iloc[int(rows[0])])} at {' / '.join(places)} (one day and spot)"

    def mine_first(self, rows: np.ndarray) -> np.ndarray:
        """``rows`` (positions) with the selected claim first, the others in their order."""
        if self.me is None:
            return rows
        return np.concatenate([rows[rows == self.me], rows[rows != self.me]])

    def by_claimant(self, rows: list[int] | np.ndarray, limit: int = LISTED_PER_PARTY) -> str:
        """ "Claimant [side] (date at place; date at place), Other [side] (…)", this claim first."""
        rows = np.asarray(rows, dtype=np.int64)
        # this claim first, then by day (unknown days last), then position
        day_key = np.where(self.known_day[rows], self.day_number[rows], np.iinfo(np.int64).max)
        order = np.lexsort((rows, day_key, rows != (-1 if self.me is None else self.me)))
        named: dict[str, list[str]] = {}
        for i in map(int, rows[order[:limit]]):
            named.setdefault(self.who(i), []).append(self.when_where(i))
        listed = "; ".join(f"{who} ({'; '.join(times)})" for who, times in named.items())
        return listed + (f"; and {len(rows) - limit:,} more accounts" if len(rows) > limit else "")

    def km_from_me(self) -> np.ndarray:
        """Each account's distance from the selected claim (NaN where unknown)."""
        if self.me is None:
            return np.full(self.n, np.nan)
        lat, lon = self.lat, self.lon
        return haversine_km(np.full(self.n, lat[self.me]), np.full(self.n, lon[self.me]), lat, lon)

    def spots_where(self, disputed: np.ndarray) -> list[int]:
        """The spot numbers where rows are ``disputed`` (a mask), this claim's first, then in order."""
        keys = [int(k) for k in np.unique(self.spot[disputed])]
        mine = None if self.me is None else int(self.spot[self.me])
        return sorted(keys, key=lambda k: (k != mine, k))


# --- What tells the accounts apart, one kind of reason each -----------------------------------------
# Figures, weapons and denials are said as (is this claim among the accounts, sentence).


def _blame(accounts: _Accounts) -> dict[str, list[int]]:
    """Blamed party → the accounts blaming it, the selected claim's party first."""
    parties: dict[str, list[int]] = {}
    for i, party in enumerate(accounts.blamed):
        if isinstance(party, str):
            parties.setdefault(party, []).append(i)
    return dict(sorted(parties.items(), key=lambda item: (accounts.me not in item[1], -len(item[1]), item[0])))


def _blame_each_other(accounts: _Accounts) -> list[tuple[str, str]]:
    """The pairs of parties (each in name order, the pairs sorted) whose own accounts blame each other: a
    party's account blames another party whose own account blames it back (rule 2)."""
    told = {
        (str(reporter), str(blamed))
        for reporter, blamed in zip(accounts.reporter, accounts.blamed, strict=True)
        if isinstance(reporter, str) and isinstance(blamed, str) and reporter != blamed
    }
    return sorted((a, b) for a, b in told if a < b and (b, a) in told)


def _not_each_other(findings: _Findings, but: str | None = None) -> list[str]:
    """Why accounts that blame different parties do not make the clash contested (walk48: ARM189's outlets,
    read from ACLED's actor order as blaming Armenia, beside Armenia's own claims blaming Azerbaijan), then who
    blames each party but ``but`` (whose accounts the caller names itself)."""
    if len(findings.blame) < 2 or findings.each_other:
        return []
    return [
        "The accounts blame different parties, but no two parties blame each other (a party's own claim against "
        "a party whose own claim blames it back), so the clash is not contested: an outlet's or a monitor's "
        "account, or the order of an ACLED row's actors, is no party's accusation.",
        *(text for party, text in zip(findings.blame, findings.blamed_by, strict=True) if party != but),
    ]


def _blamed_by(accounts: _Accounts, blame: dict[str, list[int]]) -> list[str]:
    """One sentence per blamed party: "<party> is blamed by <claimant [side] (date at place); …>."."""
    return [f"{party} is blamed by {accounts.by_claimant(rows)}." for party, rows in blame.items()]


def _figures_apart(accounts: _Accounts, column: str) -> list[tuple[bool, str]]:
    """Per day and spot where two sides state different numbers ``column`` (killed, wounded): the
    numbers each account states; at most :data:`LISTED_SENTENCES` of them (this claim's first) and a
    sentence counting the rest."""
    if column not in accounts.frame:
        return []
    values = pd.to_numeric(accounts.frame[column], errors="coerce")
    keys = accounts.spots_where(_disagree(accounts.spot, pd.Series(accounts.side), values))
    numbers = values.to_numpy(dtype=float, na_value=np.nan)
    found = []
    for key in keys[:LISTED_SENTENCES]:
        at = accounts.at_spot[key]
        rows = accounts.mine_first(at[~np.isnan(numbers[at])])
        said = "; ".join(
            f"{accounts.who(i)} says {int(numbers[i]):,}{' (this claim)' if i == accounts.me else ''}"
            for i in map(int, rows[:LISTED_PER_PARTY])
        )
        said += _more_accounts(len(rows))
        found.append((accounts.me in rows, f"Different numbers {column} {accounts.one_day_and_spot(rows)}: {said}."))
    return found + _more_spots(keys, f"two sides state different numbers {column}")


def _weapons_compared_at(accounts: _Accounts) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_weapons_compared` per day and spot of the accounts (none where no weapons are given)."""
    if "weapons" not in accounts.frame:
        return np.zeros(accounts.n, dtype=bool), np.zeros(accounts.n, dtype=bool)
    return _weapons_compared(accounts.spot, pd.Series(accounts.side), accounts.frame["weapons"])


def _weapons_apart(accounts: _Accounts, disputed: np.ndarray) -> list[tuple[bool, str]]:
    """Per day and spot where two sides name weapons none of which the other names (``disputed``
    rows): the weapons each account of those sides names (capped as :func:`_figures_apart`)."""
    if not disputed.any():
        return []
    weapons = accounts.frame["weapons"].to_numpy()
    keys = accounts.spots_where(disputed)
    found = []
    folded: dict[str, str] = {}  # each distinct weapon folded once
    for key in keys[:LISTED_SENTENCES]:
        rows = [int(i) for i in accounts.at_spot[key] if isinstance(weapons[i], (list, tuple)) and weapons[i]]
        involved, lists = _sides_naming_apart(accounts.side, weapons, rows, folded)
        shown = accounts.mine_first(np.array([i for i in rows if accounts.side[i] in involved], dtype=np.int64))
        named = "; ".join(
            f"{accounts.who(i)} names {_text(', '.join(str(w) for w in weapons[i]), '', WEAPONS_CHARS)}"
            f"{' (this claim)' if i == accounts.me else ''}"
            for i in map(int, shown[:LISTED_PER_PARTY])
        )
        named += _more_accounts(len(shown))
        if lists:  # not every list was compared with every other: these are the ones found
            named += (
                f" ({lists:,} different lists of weapons here, too many to compare every pair: "
                "other accounts may name none in common too)"
            )
        found.append((accounts.me in shown, f"No weapon named in common {accounts.one_day_and_spot(shown)}: {named}."))
    return found + _more_spots(keys, "two sides name weapons with none in common")


def _weapons_unsettled(accounts: _Accounts, unsettled: np.ndarray) -> list[str]:
    """Per day and spot whose weapon lists were too many to settle whether two sides name none in
    common (``unsettled`` rows, :func:`_disjoint_sets`): a sentence saying so, since the status does
    not count them."""
    if not unsettled.any():
        return []
    keys = accounts.spots_where(unsettled)
    weapons = accounts.frame["weapons"].to_numpy()
    said = []
    for key in keys[:LISTED_SENTENCES]:
        rows = accounts.at_spot[key]
        named = [int(i) for i in rows if isinstance(weapons[i], (list, tuple)) and weapons[i]]
        lists = len(
            {frozenset(weapon_term(w) for w in map(str, weapons[i])) - ACT_WORDS for i in named} - {frozenset()}
        )
        said.append(
            f"Weapons not compared one by one {accounts.one_day_and_spot(rows)}: {lists:,} different lists of "
            "weapons, too many to compare every pair; the lists compared each share a weapon with every "
            "other, so this day and spot is not counted as naming different weapons."
        )
    more = len(keys) - LISTED_SENTENCES
    if more > 0:
        spots = counted(more, "more day and spot", "more days and spots")
        said.append(
            f"{spots} where the weapons were not compared one by one {'is' if more == 1 else 'are'} not listed."
        )
    return said


def _sides_naming_apart(
    side: np.ndarray, weapons: np.ndarray, rows: list[int], folded: dict[str, str]
) -> tuple[set[object], int]:
    """The reporting sides of ``rows`` (one day and spot) whose weapons share none with another
    side's, and 0 when that is all of them (else the number of different lists, too many to compare
    every pair: then the sides found). ``folded``: each weapon as written → its :func:`weapon_term`,
    filled as they are met."""
    terms: dict[object, set[str]] = {}
    for i in rows:
        said = terms.setdefault(side[i], set())
        for w in map(str, weapons[i]):
            said.add(folded.get(w) or folded.setdefault(w, weapon_term(w)))
        said -= ACT_WORDS
    # Sides naming the same weapons agree: each distinct set is compared once (thousands of
    # sides naming "mortar" are one set). A side naming only acts names no weapon.
    naming: dict[frozenset[str], list[object]] = {}
    for one_side, said in terms.items():
        if said:
            naming.setdefault(frozenset(said), []).append(one_side)
    sets = list(naming)
    apart, settled = _sets_apart(sets)
    involved = {one_side for k in np.flatnonzero(apart) for one_side in naming[sets[int(k)]]}
    return involved, 0 if settled else len(sets)


EXPLAIN_WORK = 50_000_000  # the sets one explanation may pass over (sets tried × sets), when more than 64 are tried


def _sets_apart(sets: list[frozenset[str]]) -> tuple[np.ndarray, bool]:
    """Per set: does it share no term with another of ``sets``; and whether every such set was found.

    Two sets sharing no term cannot both hold the most named term, so trying each set without it
    against all the others finds every such pair (each try: the sets naming one of its terms are
    marked, the others share none). When there are more of them than max(``WEAPON_PROBES``,
    ``EXPLAIN_WORK`` // sets), the smallest are tried and the sets that counting shows apart (as in
    :func:`_disjoint_sets`) are added."""
    n = len(sets)
    apart = np.zeros(n, dtype=bool)
    index: dict[str, list[int]] = {}
    for k, one in enumerate(sets):
        for term in one:
            index.setdefault(term, []).append(k)
    if n < 2:
        return apart, True
    top = max(index, key=lambda term: len(index[term]))
    if len(index[top]) == n:
        return apart, True
    postings = {term: np.array(found, dtype=np.int64) for term, found in index.items()}
    tries = sorted((k for k in range(n) if top not in sets[k]), key=lambda k: (len(sets[k]), k))
    limit = max(WEAPON_PROBES, EXPLAIN_WORK // n)
    for k in tries[:limit]:
        meets = np.zeros(n, dtype=bool)
        for term in sets[k]:
            meets[postings[term]] = True
        if not meets.all():
            apart |= ~meets
            apart[k] = True
    if len(tries) <= limit:
        return apart, True
    for k, one in enumerate(sets):
        if sum(len(index[term]) - 1 for term in one) < n - 1:
            apart[k] = True
    return apart, False


def _denials_said(accounts: _Accounts) -> list[tuple[bool, str]]:
    """The claims of the clash whose denial is on record, each with the first denying sentence,
    this claim's first; at most :data:`LISTED_SENTENCES` of them and a sentence counting the rest. A denial
    ACLED's notes mention (:func:`noted_denial`) is said as such, quoting the notes (walk49: ARM294)."""
    frame = accounts.frame
    responded = _denials(frame["extra"]) if "extra" in frame else np.zeros(len(frame), dtype=bool)
    noted = _noted_denials(frame)
    denied = accounts.mine_first(np.flatnonzero(responded | noted))
    found = []
    for i in map(int, denied[:LISTED_SENTENCES]):
        if i == accounts.me and responded[i]:  # its details quote the response whole under the claim
            found.append((True, "A denial of this claim is on record (the other side's response, below)."))
            continue
        if not responded[i]:
            said = noted_denial(frame["summary"].iloc[i], accounts.side[i], conflict_of(frame.iloc[[i]]).iloc[0])
            party, sentence = said or ("another party", "")
            quote = summary_of(sentence, RESPONSE_CHARS)
            whose = "this claim" if i == accounts.me else f"the claim of {accounts.who(i)} ({accounts.when_where(i)})"
            found.append((i == accounts.me, f"ACLED's notes mention a denial of {whose} by {party}: “{quote}”"))
            continue
        responses = extra_fields(frame["extra"].iloc[i]).get("responses") or []
        first = next((r for r in responses if isinstance(r, str) and r.strip()), "")
        quote = summary_of(" ".join(first.split()), RESPONSE_CHARS)
        quoted = f": “{quote}”" + ("" if quote.endswith((".", "!", "?", "…")) else ".") if quote else "."
        found.append(
            (False, f"A denial of the claim of {accounts.who(i)} ({accounts.when_where(i)}) is on record{quoted}")
        )
    more = len(denied) - LISTED_SENTENCES
    if more > 0:
        denials = (
            "A denial of 1 more claim of this clash is"
            if more == 1
            else f"Denials of {more:,} more claims of this clash are"
        )
        found.append((False, f"{denials} on record (not listed)."))
    return found


def _more_spots(keys: list[int], what: str) -> list[tuple[bool, str]]:
    """The sentence counting the days and spots ``keys`` beyond the :data:`LISTED_SENTENCES` said."""
    more = len(keys) - LISTED_SENTENCES
    if more <= 0:
        return []
    verb = "is" if more == 1 else "are"
    return [(False, f"{counted(more, 'more day and spot', 'more days and spots')} where {what} {verb} not listed.")]


def _more_accounts(shown: int) -> str:
    return f"; and {shown - LISTED_PER_PARTY:,} more accounts" if shown > LISTED_PER_PARTY else ""


def _ordered(found: list[tuple[bool, str]]) -> list[str]:
    """This claim's own contradictions first; the others said to be another day's or spot's."""
    own = [text for mine, text in found if mine]
    others = [text for mine, text in found if not mine]
    return own + [f"Among the other accounts of this clash: {text[0].lower()}{text[1:]}" for text in others]


@dataclass(frozen=True)
class _Findings:
    """What the accounts of one clash say of each other, by kind of reason, and the status it gives."""

    blame: dict[str, list[int]]  # blamed party → the accounts blaming it (:func:`_blame`)
    blamed_by: list[str]  # a sentence per blamed party
    blaming_sides: dict[str, set[object]]  # blamed party → the reporting sides blaming it
    each_other: list[tuple[str, str]]  # the pairs of parties whose own accounts blame each other (rule 2)
    killed: list[tuple[bool, str]]
    wounded: list[tuple[bool, str]]
    weapons: list[tuple[bool, str]]
    denials: list[tuple[bool, str]]
    unsettled: list[str]  # days and spots whose weapons were too many to compare one by one
    corroborated: bool  # this claim (any claim, when it is not among them) is directly corroborated
    corroborators: list[int]  # the accounts that corroborate this claim directly and independently
    apart_here: bool  # this claim's day and spot holds sides naming weapons with none in common

    @classmethod
    def of(cls, accounts: _Accounts) -> _Findings:
        blame = _blame(accounts)
        weapons_apart, weapons_unsettled = _weapons_compared_at(accounts)
        blamed = pd.Series(accounts.blamed, dtype=object)
        direct = _directly_corroborated(
            np.zeros(accounts.n, dtype=np.int64),
            accounts.frame,
            blamed,
            pd.Series(accounts.voice, dtype=object),
            weapons_apart,
        )
        me = accounts.me
        return cls(
            blame=blame,
            blamed_by=_blamed_by(accounts, blame),
            blaming_sides={party: {accounts.side[i] for i in rows} for party, rows in blame.items()},
            each_other=_blame_each_other(accounts),
            killed=_figures_apart(accounts, "killed"),
            wounded=_figures_apart(accounts, "wounded"),
            weapons=_weapons_apart(accounts, weapons_apart),
            denials=_denials_said(accounts),
            unsettled=_weapons_unsettled(accounts, weapons_unsettled),
            corroborated=bool(direct.any() if me is None else direct[me]),
            corroborators=_corroborators(accounts, weapons_apart) if me is not None and direct[me] else [],
            apart_here=bool(me is not None and weapons_apart[me]),
        )

    @property
    def told_apart(self) -> list[tuple[bool, str]]:
        """The figures and weapons that differ between two sides' accounts of one day and spot."""
        return [*self.killed, *self.wounded, *self.weapons]

    def status(self) -> str:
        """The status these findings give, by the rules of the module's docstring, in their order."""
        if self.denials:
            return "denied"
        if self.each_other:
            return "contested"
        if self.corroborated:
            return "corroborated"
        return "single source"


def _corroborators(accounts: _Accounts, weapons_apart: np.ndarray) -> list[int]:
    """The accounts that corroborate the selected claim: the same party blamed, the same day, the same
    or a neighbouring cell, another voice (one pass over the clash)."""
    me = accounts.me
    if me is None or not isinstance(accounts.blamed[me], str):
        return []
    day, y, x, known = _cells(accounts.frame)
    near = (
        known
        & known[me]
        & (day == day[me])
        & (np.abs(y - y[me]) <= 1)
        & (np.abs(x - x[me]) <= 1)
        & (accounts.blamed == accounts.blamed[me])
        & (accounts.voice.astype(str) != str(accounts.voice[me]))
        & ~weapons_apart
    )
    return [int(i) for i in np.flatnonzero(near)]


def _differences(findings: _Findings) -> list[str]:
    """The figures and weapons two sides' accounts of one day and spot give differently: said, but no
    contradiction of who fired (walk47: they may tell of different events)."""
    texts = _ordered(findings.told_apart)
    if not texts:
        return []
    return [
        "The accounts also differ in what they tell, which is no contradiction of who fired "
        "(they may tell of different events):",
        *texts,
    ]


def explain_status(
    members: pd.DataFrame,
    incident_id: str,
    status: str,
    parties: Parties | None = None,
    *,
    max_km: float = 15.0,
    max_days: int = 1,
    listed: int = LISTED_ACCOUNTS,
) -> StatusExplanation:
    """Why the claim ``incident_id`` has the clash status ``status``, in words: which rule applied,
    between which accounts, and how the accounts of its clash (``members``, the claim included; the
    claim alone when it is in no group) span places and days. ``max_km`` and ``max_days``: the
    grouping rule's limits, as :func:`find_clashes` used them."""
    accounts = _Accounts(members, incident_id, party_sets() if parties is None else parties)
    findings = _Findings.of(accounts)
    found = findings.status()
    rules: list[str] = []  # none when the status was computed over other claims: the general rule is said
    reasons: list[str] = []
    if found == status == "denied":
        rules, reasons = _denied_said(findings)
    elif found == status == "contested":
        rules, reasons = _contested_said(findings)
    elif found == status == "corroborated":
        rules, reasons = _corroborated_said(accounts, findings)
    elif found == status == "single source":
        rules, reasons = _single_source_said(accounts, findings, max_km=max_km, max_days=max_days)
    reasons += findings.unsettled  # not counted by any status: said whatever the status
    headline = "; ".join(rules) if rules else STATUS_RULE.get(status, str(status))
    grouping, grouped_with, more = _grouping(accounts, max_km=max_km, max_days=max_days, listed=listed)
    return StatusExplanation(status, headline, tuple(reasons), grouping, grouped_with, more, found)


def _denied_said(findings: _Findings) -> tuple[list[str], list[str]]:
    """The rule of a denied clash, and its reasons: the denials (this claim's first), then whether the
    accounts also blame different parties, and the figures and weapons that differ."""
    denials = findings.denials
    reasons = [text for mine, text in denials if mine] + [text for mine, text in denials if not mine]
    if findings.each_other:
        reasons += [f"{said}." for said in _each_other_said(findings, also="also ")] + findings.blamed_by
    elif len(findings.blame) >= 2:
        reasons += ["The accounts also blame different parties.", *findings.blamed_by]
    reasons += _ordered(findings.told_apart)
    return [STATUS_RULE["denied"]], reasons


def _contested_said(findings: _Findings) -> tuple[list[str], list[str]]:
    """The rule that made a clash contested (two parties blame each other), who blames whom, and
    the figures and weapons that differ (said, not counted)."""
    return _each_other_said(findings) or [STATUS_RULE["contested"]], [*findings.blamed_by, *_differences(findings)]


def _each_other_said(findings: _Findings, also: str = "") -> list[str]:
    """ "Armenia and Azerbaijan blame each other", one per pair of parties whose own accounts do."""
    return [
        f"{_text(a, '', NAME_CHARS)} and {_text(b, '', NAME_CHARS)} {also}blame each other"
        for a, b in findings.each_other
    ]


def _voice_of(accounts: _Accounts, i: int) -> str:
    """ "Armenia", or "Armenia (an outlet of Armenia's side)" for media speaking with a party's voice."""
    voice, side = _text(accounts.voice[i], "no side", NAME_CHARS), _text(accounts.side[i], "no side", NAME_CHARS)
    return voice if voice == side else f"{voice} ({side} of {voice}'s side)"


def _corroborated_said(accounts: _Accounts, findings: _Findings) -> tuple[list[str], list[str]]:
    """The rule of a corroborated claim, and which accounts corroborate it, directly and independently."""
    me = accounts.me
    if me is None:
        return [STATUS_RULE["corroborated"]], []
    party = str(accounts.blamed[me])
    reasons = [
        f"{accounts.by_claimant(findings.corroborators)} also {'blames' if len(findings.corroborators) == 1 else 'blame'}"
        f" {party} for {CORROBORATION_RULE} as this claim, and speaks with another voice than "
        f"{_voice_of(accounts, me)}: a direct, independent account."
    ]
    return [STATUS_RULE["corroborated"]], [*reasons, *_not_each_other(findings, but=party), *_differences(findings)]


def _single_source_said(
    accounts: _Accounts, findings: _Findings, *, max_km: float, max_days: int
) -> tuple[list[str], list[str]]:
    """Why a claim is single source: one account (none other within the grouping rule's limits), no
    party blamed, or no account of another voice blaming the same party for the same day and spot."""
    if accounts.n <= 1:
        return ["one account"], [
            f"No other reporting side's account is within {_within(max_days)} and {max_km:g} km of this claim."
        ]
    me = accounts.me
    rule = "no independent account of the same day and spot agrees on who fired"
    if me is None or not isinstance(accounts.blamed[me], str):
        said = _not_each_other(findings) or findings.blamed_by  # who blames whom, said once
        reasons = ["This claim names no party of the conflict as the one that fired.", *said]
        return [rule], [*reasons, *_differences(findings)]
    party = str(accounts.blamed[me])
    if findings.apart_here:
        reasons = [
            "The accounts of this day and spot name weapons with none in common: they may tell of different "
            "events, so none of them corroborates this claim."
        ]
    else:
        reasons = [
            f"No account with another voice than {_voice_of(accounts, me)} blames {party} for {CORROBORATION_RULE} "
            "as this claim (a party, a monitor, or media not of the claimant's side would)."
        ]
    same = [i for i in findings.blame.get(party, []) if i != me]
    if same:
        reasons.append(
            f"{party} is also blamed by {accounts.by_claimant(same)}: an account of another day or place, reached "
            "through the chain of neighbours, or one with the same voice (the claimant's side, or media of it), "
            "does not corroborate this claim."
        )
    silent = [i for i in range(accounts.n) if not isinstance(accounts.blamed[i], str)]
    if silent:
        reasons.append(f"No party of the conflict is blamed by {accounts.by_claimant(silent)}.")
    return [rule], [*reasons, *_not_each_other(findings, but=party), *_differences(findings)]


def _grouping(
    accounts: _Accounts, *, max_km: float, max_days: int, listed: int
) -> tuple[str | None, tuple[str, ...], int]:
    """How the accounts of a clash span places, kilometres and days (:func:`_span`), its other
    accounts nearest first (:func:`_nearest`), and how many more there are than those listed."""
    me = accounts.me
    if accounts.n <= 1 or me is None:
        return None, (), 0
    km = accounts.km_from_me()
    grouping = _span(accounts, me, km, max_km=max_km, max_days=max_days)
    others = _nearest(accounts, me, km, max_days=max_days, listed=listed)
    return grouping, others, accounts.n - 1 - len(others)


def _span(accounts: _Accounts, me: int, km: np.ndarray, *, max_km: float, max_days: int) -> str:
    """ "Grouped as one clash: …": how many accounts, at which places and how far from this claim,
    over which days; and, when they span more than one day and spot, the grouping rule that chained
    them (they may tell of different events)."""
    n = accounts.n
    by_day = np.argsort(accounts.days.to_numpy(), kind="stable")
    places, place_count = accounts.places(  # this claim's place first
        map(int, np.concatenate([[me], by_day])), 8
    )
    known = accounts.days.dropna()
    first, last = (known.min(), known.max()) if len(known) else (pd.NaT, pd.NaT)
    span = int((last - first).days) if len(known) else 0
    far = float(np.nanmax(km)) if np.isfinite(km).any() else 0.0
    if span == 0 and far < 1.0:  # one spot, whatever it is called
        named = "" if place_count == 1 else f" (called {_named(places, 8, place_count)})"
        return f"Grouped as one clash: {n:,} accounts of the same day and spot{named}."
    where = (
        f"one place ({places[0]})" if place_count == 1 else f"{place_count:,} places ({_named(places, 8, place_count)})"
    )
    if far >= 1.0:
        where += f", up to {far:,.1f} km from this claim"
    when = f"one day ({_day(first)})" if span == 0 else f"{span + 1:,} days ({_day(first)} to {_day(last)})"
    return (
        f"Grouped as one clash: {n:,} accounts at {where}, over {when}. Accounts from different reporting "
        f"sides are grouped when at most {_within(max_days)} and {max_km:g} km apart, and a chain of "
        "such links is one clash, so these accounts may tell of different events."
    )


def _nearest(accounts: _Accounts, me: int, km: np.ndarray, *, max_days: int, listed: int) -> tuple[str, ...]:
    """The other accounts of the clash, nearest in time and then in distance first, each with how far
    and how many days from this claim (sorted as arrays; only the ``listed`` ones put into words)."""
    n = accounts.n
    both_known = accounts.known_day & accounts.known_day[me]
    apart = accounts.day_number - accounts.day_number[me]
    nearest = np.lexsort(
        (np.arange(n), np.where(np.isfinite(km), km, np.inf), np.where(both_known, np.abs(apart), max_days + 1))
    )
    nearest = nearest[nearest != me][:listed]
    others = []
    for i in map(int, nearest):
        distance = (
            "distance unknown"
            if not np.isfinite(km[i])
            else ("the same spot" if km[i] < 0.1 else f"{km[i]:,.1f} km away")
        )
        when = _days_apart(int(apart[i])) if both_known[i] else "date unknown"
        others.append(f"{accounts.who(i)}, {accounts.when_where(i)} ({distance}, {when})")
    return tuple(others)
