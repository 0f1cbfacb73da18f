"""What the reading tests ask of a report of our own: its proposals, their (date, place) pairs, or its places."""

from __future__ import annotations

from mapdata.extract import extract
from mapdata.extract.proposal import Proposal
from mapdata.profiles import default_catalog


def proposals(text: str, published: str | None, conflict: str | None = None) -> list[Proposal]:
    """The reader's proposals for ``text``, published on ``published`` (YYYY-MM-DD; None: not given), read as a
    report of ``conflict`` (a profile id) when given, else of the conflict the text names."""
    if conflict is None:
        return extract((f"published: {published}\n\n" if published else "") + text).proposals
    return extract(text, published=published, profile=default_catalog()[conflict]).proposals


def dated_places(text: str, published: str, conflict: str | None = None) -> list[tuple[str | None, str | None]]:
    """(date, place) of each proposal, in the reader's order."""
    return [(p.date, p.place) for p in proposals(text, published, conflict)]


def places(text: str, published: str, conflict: str | None = None) -> list[str]:
    """The places of the proposals, sorted ("" for a proposal without one): what was placed, in no order."""
    return sorted(p.place or "" for p in proposals(text, published, conflict))


def gazetteer_lookup(conflict: str):
    """name -> GeocodeResult: the conflict's gazetteer, as Add report looks a name up."""
    from mapdata.geo.gazetteer import Gazetteer
    from mapdata.profiles import default_catalog

    profile = default_catalog().require(conflict)
    gazetteer = Gazetteer.for_profile(profile)
    return lambda name: gazetteer.geocode(name, countries=profile.countries)
