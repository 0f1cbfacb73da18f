"""The incidents shipped with the app, so a new user sees a real map on first run.

The bundle holds a few real claims for every bundled conflict (facts from public reports,
summaries in our own words, a link on each). A new database starts with the claims of every
bundled conflict, so a new user sees each conflict on the map and in the sidebar's conflict box.
A user who wants fewer says so with ``MAPDATA_EXAMPLES`` (``none``, or conflict ids separated by
commas); examples left out are one click away (the sidebar offers them when a conflict with no
claims is chosen) or ``Store.add_bundled``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Collection, Mapping
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from mapdata.errors import StoreError
from mapdata.model import Incident
from mapdata.profiles import DEFAULT_PROFILE_ID

__all__ = ["EXAMPLES_ENV", "LiveExamples", "bundled_conflicts", "bundled_incidents", "seeded_conflicts"]

EXAMPLES_ENV = "MAPDATA_EXAMPLES"


class LiveExamples(NamedTuple):
    """The bundled example claims a database holds now (``Store.live_examples``)."""

    claims: int  # live (not retracted) claims the example batches created
    batches: int  # the example batches holding any: the first run's, one per ``Store.add_bundled``


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


def seeded_conflicts(environ: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """The conflicts whose example claims a new database starts with: every bundled one, unless the
    user's ``MAPDATA_EXAMPLES`` says ``none`` or names some (ids separated by commas).

    A name that is not a bundled conflict is an error that says which names there are: a typo must
    not silently start a monitor's database empty."""
    env = os.environ if environ is None else environ
    raw = env.get(EXAMPLES_ENV, "").strip()
    bundled = bundled_conflicts()
    if raw.casefold() in ("", "all"):
        return bundled
    if raw.casefold() == "none":
        return ()
    chosen = tuple(dict.fromkeys(part.strip() for part in raw.split(",") if part.strip()))
    unknown = [name for name in chosen if name not in bundled]
    if unknown:
        raise StoreError(
            f"{EXAMPLES_ENV}={raw[:200]!r}: {', '.join(repr(n[:60]) for n in unknown[:5])} is not a bundled "
            f"conflict. Say all, none, or any of: {', '.join(bundled)} (separated by commas)."
        )
    return chosen
