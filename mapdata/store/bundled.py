"""The incidents shipped with the app, so a new user sees a real map on first run.

The bundle holds a few real claims for every bundled conflict (facts from public reports,
summaries in our own words, a link on each). A new database starts with the claims of
``SEEDED_CONFLICTS``; the others are one click away (the sidebar offers them when a conflict
with no claims is chosen) or ``Store.add_bundled``.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from functools import lru_cache
from importlib import resources

from mapdata.model import Incident
from mapdata.profiles import DEFAULT_PROFILE_ID

__all__ = ["SEEDED_CONFLICTS", "bundled_conflicts", "bundled_incidents"]

# The conflicts whose bundled claims a new database starts with. Only the default one for now:
# the test suites of the whole team count its 18 claims; seeding every conflict is this line.
SEEDED_CONFLICTS: tuple[str, ...] = (DEFAULT_PROFILE_ID,)


@lru_cache(maxsize=1)
def _records() -> tuple[dict, ...]:
    text = resources.files("mapdata").joinpath("data/bundled_incidents.json").read_text("utf-8")
    return tuple(json.loads(text)["incidents"])


def bundled_conflicts() -> tuple[str, ...]:
    """The conflicts the bundle has claims for, in the bundle's order."""
    return tuple(dict.fromkeys(record.get("conflict") or DEFAULT_PROFILE_ID for record in _records()))


def bundled_incidents(conflicts: Collection[str] | None = None) -> list[Incident]:
    """The bundled claims (of ``conflicts`` only, when given), validated like any other input."""
    return [
        Incident.create(**record)
        for record in _records()
        if conflicts is None or (record.get("conflict") or DEFAULT_PROFILE_ID) in conflicts
    ]
