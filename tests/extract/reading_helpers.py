"""What the reading tests ask of a report of our own: its proposals, or their (date, place) pairs."""

from __future__ import annotations

from mapdata.extract import extract
from mapdata.extract.proposal import Proposal


def proposals(text: str, published: str) -> list[Proposal]:
    """The reader's proposals for ``text``, published on ``published`` (YYYY-MM-DD)."""
    return extract(f"published: {published}\n\n" + text).proposals


def dated_places(text: str, published: str) -> list[tuple[str | None, str | None]]:
    """(date, place) of each proposal, in the reader's order."""
    return [(p.date, p.place) for p in proposals(text, published)]
