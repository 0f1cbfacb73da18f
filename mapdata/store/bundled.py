"""The incidents shipped with the app, so a new user sees a real map on first run."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from mapdata.model import Incident

__all__ = ["bundled_incidents"]


@lru_cache(maxsize=1)
def _records() -> tuple[dict, ...]:
    text = resources.files("mapdata").joinpath("data/bundled_incidents.json").read_text("utf-8")
    return tuple(json.loads(text)["incidents"])


def bundled_incidents() -> list[Incident]:
    """The bundled claims, validated like any other input."""
    return [Incident.create(**record) for record in _records()]
