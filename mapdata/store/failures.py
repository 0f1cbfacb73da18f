"""Turning SQLite's failures into messages a user can act on (locked, read-only, damaged, full)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mapdata.errors import StoreError

__all__ = ["error_kind", "sqlite_cause", "store_error"]


def sqlite_cause(exc: BaseException) -> BaseException:
    """The sqlite3 error behind ``exc`` (pandas wraps it in its own DatabaseError)."""
    seen: BaseException | None = exc
    while seen is not None and not isinstance(seen, sqlite3.Error):
        seen = seen.__cause__ or seen.__context__
    return seen if seen is not None else exc


def error_kind(exc: BaseException) -> str:
    """Classify an sqlite failure: locked, readonly, corrupt, full or other."""
    cause = sqlite_cause(exc)
    name = (getattr(cause, "sqlite_errorname", "") or "").upper()
    text = str(cause).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return "locked"
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return "readonly"
    if name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")) or "not a database" in text or "malformed" in text:
        return "corrupt"
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return "full"
    return "other"


def store_error(exc: BaseException, action: str, path: Path, timeout: float) -> StoreError:
    """A StoreError saying, in words a user can act on, why ``action`` on ``path`` failed.

    ``kind`` on the error is one of locked / readonly / corrupt / full / other.
    """
    kind = error_kind(exc)
    if kind == "locked":
        message = (
            f"database is locked by another program: {path} (waited {timeout:g} s). "
            "Close the other program or try again; nothing was changed."
        )
    elif kind == "readonly":
        message = f"{path} is read-only ({sqlite_cause(exc)}); nothing was saved."
    elif kind == "corrupt":
        message = (
            f"{path} is damaged or not an incident database ({sqlite_cause(exc)}). "
            "The file was left untouched: restore it from a backup, or choose another file "
            "with --db or MAPDATA_DB."
        )
    elif kind == "full":
        message = f"the disk holding {path} is full; nothing was saved."
    else:
        message = f"cannot {action} {path}: {sqlite_cause(exc)}"
    error = StoreError(message)
    error.kind = kind  # type: ignore[attr-defined]
    return error
