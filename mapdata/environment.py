"""The user's settings from the environment, read one way everywhere: where our files live, and numbers.

Folders follow the XDG base directories (data beside the database, a cache that may be deleted,
configuration the user writes), each with an override variable of our own; numbers are checked
once, here, so every setting says the same clear thing when a value is not a number or out of range.
Also the one runtime switch the library uses: pausing Python's garbage collector while millions
of objects are made (:func:`collector_paused`).
"""

from __future__ import annotations

import contextlib
import gc
import math
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Literal

from mapdata.errors import MapdataError

__all__ = [
    "APP_FOLDER",
    "SettingError",
    "collector_paused",
    "number_setting",
    "number_setting_or_default",
    "path_setting",
    "user_folder",
]

APP_FOLDER = "ceasefire-map"
# Which XDG variable names a kind of folder, and where it is in the home folder when unset.
_XDG_BASES = {
    "data": ("XDG_DATA_HOME", (".local", "share")),
    "cache": ("XDG_CACHE_HOME", (".cache",)),
    "config": ("XDG_CONFIG_HOME", (".config",)),
}


class SettingError(MapdataError, ValueError):
    """An environment variable holds a value the setting cannot use; the message names it."""


def user_folder(
    kind: Literal["data", "cache", "config"], *parts: str, environ: Mapping[str, str] | None = None
) -> Path:
    """``parts`` under this app's folder in the user's ``kind`` base directory (it need not exist)."""
    env = os.environ if environ is None else environ
    variable, in_home = _XDG_BASES[kind]
    chosen = env.get(variable, "").strip()
    if chosen:
        base = Path(chosen).expanduser()
    else:
        home = env.get("HOME", "").strip()
        base = (Path(home) if home else Path.home()).joinpath(*in_home)
    return base.joinpath(APP_FOLDER, *parts)


def path_setting(variable: str, fallback: Path, environ: Mapping[str, str] | None = None) -> Path:
    """``$variable`` (``~`` expanded) when the user set it, else ``fallback``."""
    env = os.environ if environ is None else environ
    chosen = env.get(variable, "").strip()
    return Path(chosen).expanduser() if chosen else fallback


def number_setting(variable: str, default: float, *, highest: float, unit: str, zero_allowed: bool = True) -> float:
    """``$variable`` as a number from 0 (or above 0) to ``highest``, ``default`` when unset.

    Raises :class:`SettingError` saying what the variable must be and what it holds.
    """
    raw = os.environ.get(variable, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingError(f"{variable} must be a number of {unit}, got {raw!r}") from None
    lowest_ok = value >= 0 if zero_allowed else value > 0
    if not (lowest_ok and value <= highest and math.isfinite(value)):
        if math.isfinite(highest):
            limit = f"between 0 and {highest:g} {unit}" if zero_allowed else f"above 0 and at most {highest:g} {unit}"
        else:
            limit = f"0 {unit} or more" if zero_allowed else f"above 0 {unit}"
        raise SettingError(f"{variable} must be {limit}, got {raw!r}")
    return value


def number_setting_or_default(
    variable: str, default: float, *, highest: float, unit: str, zero_allowed: bool = True
) -> float:
    """:func:`number_setting`, or ``default`` when the value is unusable: for settings that must
    never stop the app (a time budget, an upload limit), where the default is always safe."""
    try:
        return number_setting(variable, default, highest=highest, unit=unit, zero_allowed=zero_allowed)
    except SettingError:
        return default


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector meanwhile: making millions of objects that form no
    cycles (unpickled strings, a column of empty lists) otherwise triggers pass after useless
    pass over everything alive (a million empty lists: 0.5 s instead of 0.1 s)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
