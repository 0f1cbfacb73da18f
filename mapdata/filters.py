"""Filtering: one filter state shared by every page, the CLI and exports.

``FilterState`` is plain data that round-trips through URL query parameters, so a link
reproduces a view. ``apply_filters`` is a pure function over the incidents DataFrame.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import pandas as pd

from mapdata.model import REPORTING_SIDES, REVIEW_STATUSES

__all__ = ["FilterState", "apply_filters", "date_span", "source_options", "text_mask"]


@dataclass(frozen=True)
class FilterState:
    """What the user narrowed the data to. Empty selections mean "no restriction"."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sides: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    text: str = ""
    contested_only: bool = False
    review: tuple[str, ...] = ()  # review statuses to keep (people's verdicts, not the clash status)
    show_retracted: bool = False  # also show retracted claims (the frame must have been read with them)

    # -- URL round trip -------------------------------------------------------------
    def to_query(self) -> dict[str, str | list[str]]:
        """Query parameters for this state (only what differs from the default)."""
        query: dict[str, str | list[str]] = {}
        if self.date_from:
            query["from"] = self.date_from.isoformat()
        if self.date_to:
            query["to"] = self.date_to.isoformat()
        if self.sides:
            query["side"] = list(self.sides)
        if self.sources:
            query["source"] = list(self.sources)
        if self.text:
            query["q"] = self.text
        if self.contested_only:
            query["contested"] = "1"
        if self.review:
            query["review"] = list(self.review)
        if self.show_retracted:
            query["retracted"] = "1"
        return query

    @classmethod
    def from_query(cls, query: Mapping[str, object]) -> FilterState:
        """Parse query parameters leniently: a malformed value is ignored, never fatal."""

        def values(key: str) -> list[str]:
            raw = query.get(key)
            if raw is None:
                return []
            if isinstance(raw, (list, tuple)):
                return [str(v) for v in raw if str(v).strip()]
            return [str(raw)] if str(raw).strip() else []

        def day(key: str) -> dt.date | None:
            for value in values(key):
                try:
                    return dt.date.fromisoformat(value.strip()[:10])
                except ValueError:
                    return None
            return None

        sides = tuple(s for s in values("side") if s in REPORTING_SIDES)
        return cls(
            date_from=day("from"),
            date_to=day("to"),
            sides=sides,
            sources=tuple(values("source")),
            text=(values("q") or [""])[0][:200],
            contested_only=(values("contested") or ["0"])[0] in {"1", "true", "yes"},
            review=tuple(dict.fromkeys(r for r in values("review") if r in REVIEW_STATUSES)),
            show_retracted=(values("retracted") or ["0"])[0] in {"1", "true", "yes"},
        )

    def with_changes(self, **changes: Any) -> FilterState:
        return replace(self, **changes)


def date_span(frame: pd.DataFrame) -> tuple[dt.date, dt.date] | None:
    """First and last incident date, or None for an empty frame."""
    dates = frame["date"].dropna()
    if dates.empty:
        return None
    return dates.min().date(), dates.max().date()


def source_options(frame: pd.DataFrame) -> list[str]:
    """Distinct sources, most frequent first (what the source multiselect offers)."""
    counts = frame["source"].dropna().value_counts()
    return [str(s) for s in counts.index]


def text_mask(frame: pd.DataFrame, text: str) -> pd.Series:
    """Rows whose place, claimant, source or summary contain every word of ``text``."""
    words = [w for w in text.casefold().split() if w]
    mask = pd.Series(True, index=frame.index)
    if not words:
        return mask
    haystack = (
        frame["place"].fillna("").astype(str)
        + " \u0000 "
        + frame["claimant"].fillna("").astype(str)
        + " \u0000 "
        + frame["source"].fillna("").astype(str)
        + " \u0000 "
        + frame["summary"].fillna("").astype(str)
    ).str.casefold()
    for word in words:
        mask &= haystack.str.contains(word, regex=False)
    return mask


def apply_filters(frame: pd.DataFrame, state: FilterState, contested_ids: frozenset[str] | None = None) -> pd.DataFrame:
    """The rows of ``frame`` that ``state`` lets through (a pure function; input untouched).

    ``contested_ids`` is the set of ids that belong to a counter-claim group; it is only
    consulted when ``state.contested_only`` is set.
    """
    mask = pd.Series(True, index=frame.index)
    if state.date_from is not None:
        mask &= frame["date"] >= pd.Timestamp(state.date_from)
    if state.date_to is not None:
        mask &= frame["date"] < pd.Timestamp(state.date_to) + pd.Timedelta(days=1)
    if state.sides:
        mask &= frame["reporting_side"].isin(state.sides)
    if state.sources:
        mask &= frame["source"].isin(state.sources)
    if state.text:
        mask &= text_mask(frame, state.text)
    if state.contested_only and contested_ids is not None:
        mask &= frame["id"].isin(contested_ids)
    if state.review and "review_status" in frame:
        mask &= frame["review_status"].isin(state.review)
    if not state.show_retracted and "retracted_at" in frame:
        mask &= frame["retracted_at"].isna()
    return frame[mask]
