"""The claims of one report that answer each other (walk45 item 1).

A pasted report often gives one side's claim and the other side's response to it: "Armenia's
Defence Ministry said … near Sotk. Azerbaijan's Defence Ministry rejected the statement and said
that Armenian forces had fired … near Kalbajar." The reader saves two claims: the first with the
second sentence as its ``responses`` (a denial, so its clash is *denied*), the second with that
same sentence as its ``evidence``. The two are one report's claims, and the second answers the
first — whether or not they are close enough in place and time to be grouped as one clash
(:mod:`mapdata.claims.groups`; here they are 15.7 km apart, so they are not, and the second read
"single source — one account" with no word of the claim it answers).

A claim *answers* another when a sentence of its evidence is one of the other's responses, and both
come from one report: the same source address when both have one (the sentence alone when either
has none). Only one claim's links are looked for at a time (the one the details panel opens): the
rows of its source address are found with one vectorised comparison, and of those only the rows
whose stored ``extra`` mentions the other half of the link are parsed, so a busy export (ACLED's
3,994 claims, none with responses) costs one scan of two columns, and no pair of claims is compared.
Before saving, :func:`spread_denials` gives a denial to every proposal of the report it denies (walk49):
the reader hangs a denial on one claim, but one incident told at two places ("Armenia's Defence Ministry
said ... near Sotk. The ministry said ... also fired at positions in the Gegharkunik region") is two
proposals of one claimant, day and blamed side, and "Azerbaijan's Defence Ministry denied the claims"
denied both; only the vaguer (Gegharkunik) was saved as denied. A denial that names a place ("denied the
claim about Sotk") denies the denied side's claims there, and no other of that side's claims.
:func:`denied_rows` says which rows each denial went to, for the page.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from mapdata.claims.linking import haversine_km
from mapdata.model import extra_fields
from mapdata.safety import summary_of

if TYPE_CHECKING:  # (types only: the map page's details read report_links without importing the report reader)
    from mapdata.extract.pipeline import ExtractionResult, Response
    from mapdata.extract.proposal import Proposal

__all__ = ["MAX_PARSED", "ReportLink", "denied_rows", "report_links", "spread_denials"]

MAX_PARSED = 2_000  # candidate rows parsed for one claim's links; the rest are not looked at
MAX_LINKS = 12  # links returned for one claim
NAME_CHARS = 80


@dataclass(frozen=True)
class ReportLink:
    """Another claim of the same report that answers this one, or that this one answers."""

    incident_id: str
    answers: bool  # True: this claim answers the other (its evidence is the other's response)
    claimant: str
    side: str
    place: str
    day: str
    km: float | None  # between the two points; None when either has none

    @property
    def label(self) -> str:
        """ "Armenian MoD's claim at Sotk, 2026-12-03 (denied by this one)"."""
        relation = "denied by this one" if self.answers else "denies this one"
        return f"{self.claimant}'s claim at {self.place}, {self.day} ({relation})"

    def sentence(self, *, grouped: bool, max_km: float = 15.0, max_days: int = 1) -> str:
        """The link in words, for the status's reasons: who, when, where, how far, and whether the two
        are grouped as one clash (and why not)."""
        far = "" if self.km is None else (" (the same spot)" if self.km < 0.1 else f" ({self.km:,.1f} km away)")
        other = f"{self.claimant} [{self.side}], {self.day} at {self.place}{far}"
        if self.answers:
            said = f"From the same report, this claim answers the claim of {other}: it denies that claim."
        else:
            said = f"From the same report, the claim of {other} answers this one: it is the response quoted below."
        if grouped:
            return said + " The two are grouped as one clash."
        within = "a day" if max_days == 1 else f"{max_days:,} days"
        return said + (
            f" The two are not grouped as one clash: accounts are grouped when at most {within} and "
            f"{max_km:g} km apart."
        )


def _sentences(extra: dict, key: str) -> set[str]:
    """The sentences of ``extra[key]`` (a list, or for evidence a dict of lists), single-spaced."""
    value = extra.get(key)
    lists = value.values() if isinstance(value, dict) else [value]
    found: set[str] = set()
    for items in lists:
        for sentence in items if isinstance(items, list) else []:
            if isinstance(sentence, str) and sentence.strip():
                found.add(" ".join(sentence.split()))
    return found


def _parsed(value: object) -> dict:
    try:
        return extra_fields(value)
    except (ValueError, RecursionError):
        return {}


def _text(value: object, missing: str) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA or value is pd.NaT:
        return missing
    return summary_of(" ".join(str(value).split()), NAME_CHARS) or missing


def _url(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def report_links(frame: pd.DataFrame, incident_id: str) -> tuple[ReportLink, ...]:
    """The claims of ``frame`` from the same report as ``incident_id`` that answer it or that it
    answers (see the module's docstring), the ones it answers first, then by date. Empty when the
    claim has neither evidence nor responses, or is not in ``frame``."""
    if "extra" not in frame or "id" not in frame:
        return ()
    ids = frame["id"].astype(str)
    at = np.flatnonzero((ids == incident_id).to_numpy(dtype=bool))
    if not len(at):
        return ()
    me = int(at[0])
    mine = _parsed(frame["extra"].iat[me])
    evidence, responses = _sentences(mine, "evidence"), _sentences(mine, "responses")
    if not evidence and not responses:
        return ()
    extra = frame["extra"]
    candidates = np.ones(len(frame), dtype=bool)
    url = _url(frame["source_url"].iat[me]) if "source_url" in frame else ""
    if url:
        urls = frame["source_url"].astype(object).to_numpy()
        stated = pd.Series(urls).fillna("").astype(str).str.strip().to_numpy()
        candidates &= (stated == url) | (stated == "")
    if isinstance(extra.dtype, pd.StringDtype) or extra.dtype == object:
        text = extra.astype("string")
        wanted = np.zeros(len(frame), dtype=bool)
        if evidence:  # the claims this one may answer hold responses
            wanted |= text.str.contains('"responses"', regex=False).fillna(False).to_numpy(dtype=bool)
        if responses:  # the claims that may answer this one hold evidence
            wanted |= text.str.contains('"evidence"', regex=False).fillna(False).to_numpy(dtype=bool)
        candidates &= wanted
    candidates[me] = False
    rows = np.flatnonzero(candidates)[:MAX_PARSED]
    links: list[ReportLink] = []
    for i in map(int, rows):
        other = _parsed(extra.iat[i])
        answers = bool(evidence & _sentences(other, "responses"))
        answered = bool(responses & _sentences(other, "evidence"))
        if not (answers or answered):
            continue
        links.append(_link(frame, me, i, answers))
    links.sort(key=lambda link: (not link.answers, link.day, link.incident_id))
    return tuple(links[:MAX_LINKS])


def _link(frame: pd.DataFrame, me: int, i: int, answers: bool) -> ReportLink:
    def value(column: str, row: int) -> object:
        return frame[column].iat[row] if column in frame else None

    km: float | None = None
    points = [
        pd.to_numeric(pd.Series([value(c, r) for c in ("latitude", "longitude")]), errors="coerce") for r in (me, i)
    ]
    if all(p.notna().all() for p in points):
        km = float(haversine_km(points[0].iat[0], points[0].iat[1], points[1].iat[0], points[1].iat[1]))
    day = pd.to_datetime(value("date", i), errors="coerce")
    return ReportLink(
        incident_id=str(value("id", i)),
        answers=answers,
        claimant=_text(value("claimant", i), "an unnamed claimant"),
        side=_text(value("reporting_side", i), "no side"),
        place=_text(value("place", i), "an unnamed place"),
        day="an unknown date" if pd.isna(day) else day.date().isoformat(),
        km=km,
    )


def _folded(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def _same_incident(one: Proposal, other: Proposal) -> bool:
    """Two proposals of one claimant's account of one day, blaming the same side (one incident at two places)."""
    return (
        _folded(one.claimant) == _folded(other.claimant)
        and one.reporting_side == other.reporting_side
        and one.accused_side == other.accused_side
        and one.date == other.date
    )


def _names(sentences: list[str], place: str | None) -> bool:
    """Whether the denial's sentences name the place (as a whole word)."""
    if not place or not place.strip():
        return False
    pattern = re.compile(r"(?<!\w)" + re.escape(place.strip()) + r"(?!\w)", re.IGNORECASE)
    return any(pattern.search(sentence) for sentence in sentences)


def _targets(response: Response, proposals: list[Proposal]) -> tuple[list[int], list[int]]:
    """(the proposals one denial denies, those of the denied side it does not): the claims of the denied side
    whose places the denial names ("denied firing at Sotk"), else the one the reader chose and its halves
    (:func:`_same_incident`)."""
    first = response.denies
    if first is None or not 0 <= first < len(proposals):
        return [], []
    base = proposals[first]
    side = response.denies_side or base.reporting_side
    pool = [i for i, p in enumerate(proposals) if p.reporting_side == side]
    named = [i for i in pool if _names(response.sentences, proposals[i].place)]
    if named:
        return named, [i for i in pool if i not in named]
    if base.reporting_side != side:
        return [first], []
    return [i for i, p in enumerate(proposals) if i == first or _same_incident(base, p)], []


def spread_denials(result: ExtractionResult) -> ExtractionResult:
    """The result with each denial among the responses of every proposal it denies, and of no other claim of
    the denied side when it names the places it denies (see the module's docstring); the same result when
    nothing changes."""
    proposals = list(result.proposals)
    changed = False
    for response in result.responses:
        denied, spared = _targets(response, proposals)
        for i in denied:
            have = proposals[i].responses
            added = [s for s in response.sentences if s not in have]
            if added:
                proposals[i] = dataclasses.replace(proposals[i], responses=[*have, *added])
                changed = True
        for i in spared:
            have = proposals[i].responses
            kept = [s for s in have if s not in response.sentences]
            if len(kept) < len(have):
                proposals[i] = dataclasses.replace(proposals[i], responses=kept)
                changed = True
    return dataclasses.replace(result, proposals=proposals) if changed else result


def denied_rows(result: ExtractionResult) -> list[list[int]]:
    """For each of the result's denials, the proposals (0-based) whose responses hold it."""
    return [
        [i for i, p in enumerate(result.proposals) if any(s in p.responses for s in response.sentences)]
        for response in result.responses
    ]
