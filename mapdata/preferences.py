"""The user's own settings file: read a table of it, and change a value of it from the app.

The file is ``$XDG_CONFIG_HOME/ceasefire-map/settings.toml`` (``~/.config`` when the variable is
unset), in the user's home, never beside or inside a database: a database file travels between
people, and what it carried would then decide for whoever opens it (whose name goes into the
history, whether place names are sent online). Tables: ``[history]`` (``name``, the name written
into the history) and ``[geocoder]`` (read by :mod:`mapdata.geo.settings`).

People also edit the file by hand, so a change from the app edits only the line of the key it
sets (comments and the other keys stay as they were), checks that the result reads back as
the same document with only that value changed, and replaces the file in one step (a temporary
file beside it, then a rename): an edit that cannot be made so is refused and nothing is written.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from mapdata.environment import user_folder
from mapdata.errors import MapdataError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 reads TOML with the tomli backport (a conditional dependency)
    import tomli as tomllib

__all__ = [
    "MAX_NAME",
    "NAME_VARIABLE",
    "PreferencesError",
    "clean_name",
    "read_table",
    "save_name",
    "save_values",
    "saved_name",
    "settings_path",
]

NAME_TABLE, NAME_KEY = "history", "name"
NAME_VARIABLE = "MAPDATA_USER"  # the environment's name, over the file's (one run of a script: "nightly import")
MAX_NAME = 100
Value = str | bool
_HEADER = re.compile(r"^\s*\[\s*([A-Za-z0-9_-]+)\s*\]\s*(?:#.*)?$")
_ANY_HEADER = re.compile(r"^\s*\[")


class PreferencesError(MapdataError):
    """The settings file cannot be read or changed; nothing was written."""


def settings_path(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_CONFIG_HOME/ceasefire-map/settings.toml`` (``~/.config`` when the variable is unset)."""
    return user_folder("config", "settings.toml", environ=environ)


def _document(path: Path) -> tuple[str, dict[str, object]]:
    """The file's text and what it holds ("" and {} when there is no file); PreferencesError when unreadable."""
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return "", {}
    except OSError as exc:
        raise PreferencesError(f"the settings file {path} cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise PreferencesError(f"the settings file {path} is not UTF-8 text") from None
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PreferencesError(f"the settings file {path} is not valid TOML ({exc})") from None


def read_table(table: str, path: Path | None = None) -> tuple[dict[str, object], list[str]]:
    """The ``[table]`` of the settings file (empty when absent) and what was wrong with the file."""
    path = path or settings_path()
    try:
        _, document = _document(path)
    except PreferencesError as exc:
        return {}, [f"{exc}; it was ignored"]
    found = document.get(table, {})
    if not isinstance(found, dict):
        return {}, [f"in {path}, [{table}] must be a table; it was ignored"]
    return found, []


def clean_name(name: str) -> str:
    """A name as the history records it: one line, single spaces, at most :data:`MAX_NAME` characters."""
    return " ".join(str(name).split())[:MAX_NAME]


def saved_name(path: Path | None = None) -> str:
    """The name saved in the settings file ("" when none, or when the file cannot be read)."""
    table, _ = read_table(NAME_TABLE, path)
    value = table.get(NAME_KEY)
    return clean_name(value) if isinstance(value, str) else ""


def save_name(name: str, path: Path | None = None) -> Path:
    """Keep ``name`` as the name written into the history (an empty name removes it); the file written."""
    return save_values(NAME_TABLE, {NAME_KEY: clean_name(name) or None}, path)


def _toml_value(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if not isinstance(value, str):
        raise TypeError(f"a setting is text or true/false, not {type(value).__name__}")
    # A TOML basic string: JSON's escapes are TOML's, but DEL must be escaped too.
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007F")


def _edited(text: str, table: str, key: str, value: Value | None) -> str:
    """``text`` with ``key`` of ``[table]`` set to ``value`` (None: removed), other lines untouched."""
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += "\n"
    assignment = re.compile(rf"^\s*(?:{re.escape(key)}|\"{re.escape(key)}\")\s*=")
    new_line = None if value is None else f"{key} = {_toml_value(value)}\n"
    current, header_at, last_in_table = None, None, None
    for number, line in enumerate(lines):
        header = _HEADER.match(line)
        if header or _ANY_HEADER.match(line):
            current = header.group(1) if header else None
            if current == table and header_at is None:
                header_at = last_in_table = number
            continue
        if current != table:
            continue
        if assignment.match(line):
            if new_line is None:
                del lines[number]
            else:
                lines[number] = new_line
            return "".join(lines)
        if line.strip() and not line.lstrip().startswith("#"):
            last_in_table = number
    if new_line is None:
        return "".join(lines)
    if last_in_table is not None:
        lines.insert(last_in_table + 1, new_line)
        return "".join(lines)
    separator = "\n" if lines and lines[-1].strip() else ""
    return "".join(lines) + f"{separator}[{table}]\n{new_line}"


def save_values(table: str, values: Mapping[str, Value | None], path: Path | None = None) -> Path:
    """Set ``values`` in ``[table]`` of the settings file (None removes a key), all or nothing; the file written.

    Refused (PreferencesError, the file left as it was) when the file is not valid TOML, or when
    the result would not read back as the file with exactly these values changed (a value
    written across several lines, a key set by a dotted name elsewhere)."""
    path = path or settings_path()
    text, document = _document(path)
    if table in document and not isinstance(document[table], dict):
        raise PreferencesError(f"in {path}, {table} is not a table: change it by hand")
    expected = {name: dict(item) if isinstance(item, dict) else item for name, item in document.items()}
    wanted = dict(expected.get(table, {}))  # type: ignore[call-overload]
    for key, value in values.items():
        text = _edited(text, table, key, value)
        if value is None:
            wanted.pop(key, None)
        else:
            wanted[key] = value
    if wanted or table in document:
        expected[table] = wanted
    try:
        written = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        written = None
    if written != expected:
        raise PreferencesError(
            f"{', '.join(values)} in [{table}] of {path} could not be changed without touching the rest of the "
            "file; nothing was written: change it by hand"
        )
    _replace(path, text)
    return path


def _replace(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all (a temporary file beside it, flushed, then renamed)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise PreferencesError(f"the settings file {path} cannot be written ({exc.strerror or exc})") from None
