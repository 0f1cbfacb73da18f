"""Claims for tests: one valid base, changed only where a test cares (so each test shows its point)."""

from __future__ import annotations

from typing import Any

from mapdata.model import Incident

# A valid claim: Armenia's MoD reports Azerbaijani fire on Sotk (the project's first report).
CLAIM: dict[str, Any] = {
    "date": "2023-05-12",
    "place": "Sotk",
    "latitude": 40.2,
    "longitude": 45.87,
    "claimant": "Armenian MoD",
    "reporting_side": "Armenia",
    "accused_side": "Azerbaijan",
    "source": "Daily Sabah",
}


def at(spot: tuple[float, float]) -> dict[str, float]:
    """The coordinates of ``spot`` (latitude, longitude) as a claim's fields."""
    return {"latitude": spot[0], "longitude": spot[1]}


def claim_values(**changes: Any) -> dict[str, Any]:
    """The base claim's raw values with ``changes`` applied (a fresh dict)."""
    return {**CLAIM, **changes}


def make_claim(**changes: Any) -> Incident:
    """A validated Incident: the base claim with ``changes``."""
    return Incident.create(**claim_values(**changes))


# The same kind of claim in another conflict: India's army reports Pakistani fire on Poonch.
INDIA_CLAIM: dict[str, Any] = {
    "conflict": "india-pakistan",
    "place": "Poonch",
    "latitude": 33.77,
    "longitude": 74.09,
    "claimant": "Indian Army",
    "reporting_side": "India",
    "accused_side": "Pakistan",
}


def india_claim_values(**changes: Any) -> dict[str, Any]:
    """The india-pakistan claim's raw values with ``changes`` applied (a fresh dict)."""
    return claim_values(**{**INDIA_CLAIM, **changes})


def make_india_claim(**changes: Any) -> Incident:
    """A validated claim of the india-pakistan conflict (the base claim moved to Poonch)."""
    return Incident.create(**india_claim_values(**changes))


# The other side's claim in that conflict: Pakistan's army reports Indian fire on Kotli.
PAKISTAN_CLAIM: dict[str, Any] = {
    "place": "Kotli",
    "latitude": 33.52,
    "longitude": 73.9,
    "claimant": "ISPR",
    "reporting_side": "Pakistan",
    "accused_side": "India",
}


def make_pakistan_claim(**changes: Any) -> Incident:
    """A validated claim of the india-pakistan conflict told by Pakistan (Kotli)."""
    return make_india_claim(**{**PAKISTAN_CLAIM, **changes})
