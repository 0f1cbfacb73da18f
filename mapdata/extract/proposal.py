"""A proposed incident: what the reader proposes from a report, for the reviewer.

Raw Incident values, the sentences each came from, and whether its place is resolved. Kept apart
from the reader so that what joins proposals (``merge``), reviews them (``review``) and scores
them (``mapdata.evaluate``) needs only this record.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from mapdata.model import FIELDS as INCIDENT_FIELDS
from mapdata.profiles import DEFAULT_PROFILE_ID

__all__ = ["Proposal"]


@dataclass
class Proposal:
    """One proposed incident: raw Incident values, where each came from, and whether its place is known."""

    date: str | None
    date_precision: str
    place: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: str | None
    admin1: str | None
    country: str | None
    claimant: str
    reporting_side: str
    accused_side: str
    event_type: str
    # What a report need not state: none of it unless read.
    weapons: list[str] = field(default_factory=list)
    killed: int | None = None
    wounded: int | None = None
    summary: str | None = None
    source: str | None = None
    source_url: str | None = None
    published: str | None = None
    evidence: dict[str, list[str]] = field(default_factory=dict)
    resolved: bool = False
    place_key: str | None = None
    place_candidates: list[dict[str, Any]] = field(default_factory=list)
    responses: list[str] = field(default_factory=list)  # denials of this claim, as evidence sentences
    conflict: str = DEFAULT_PROFILE_ID  # the profile the report was read with
    part_of_day: str | None = None  # "morning", "night"...: two parts of one day are two incidents
    # the other places its sentences name ({"name", "place": gazetteer entry or None, "precision"}):
    # the reviewer's one-click "also at" when the reader chose another or saw one incident, not two
    other_places: list[dict[str, Any]] = field(default_factory=list)
    checked: bool = True  # False for a copy made at another place: its row starts unticked

    def incident_values(self) -> dict[str, Any]:
        """Keyword arguments for ``Incident.create`` (origin "article")."""
        extra: dict[str, Any] = {"evidence": self.evidence}
        if self.responses:
            extra["responses"] = self.responses
        if self.place_key:
            extra["place_key"] = self.place_key
        values = {name: getattr(self, name) for name in _CLAIM_FIELDS}
        values.update(geo_precision=self.geo_precision or "region", weapons=list(self.weapons))
        return {**values, "origin": "article", "extra": extra}

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


# The proposal's values that are an incident's own fields, under the same names.
_CLAIM_FIELDS = tuple(f.name for f in fields(Proposal) if f.name in INCIDENT_FIELDS)
