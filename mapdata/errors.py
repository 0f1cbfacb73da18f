"""One exception hierarchy for the whole library, so callers can catch what they expect."""

from __future__ import annotations


class MapdataError(Exception):
    """Base class of every error this library raises on purpose."""


class ValidationError(MapdataError, ValueError):
    """A record breaks a rule of the model. ``field`` names the offending field."""

    def __init__(self, field: str, message: str, value: object = None):
        self.field = field
        self.value = value
        super().__init__(f"{field}: {message}")


class StoreError(MapdataError):
    """The database cannot be opened, read or written (locked, read-only, corrupt)."""
