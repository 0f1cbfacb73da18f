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


class ProfileError(MapdataError, ValueError):
    """A conflict profile file is unreadable or breaks a rule. ``source`` names the file, ``key``
    the offending key (dotted, e.g. ``parties[1].colour``), so the message says where to look."""

    def __init__(self, source: str, key: str | None, message: str):
        self.source = source
        self.key = key
        super().__init__(f"{source}: {key}: {message}" if key else f"{source}: {message}")


class UnknownRecordError(MapdataError, LookupError):
    """No claim (or import batch) with the id asked for: nothing was changed."""
