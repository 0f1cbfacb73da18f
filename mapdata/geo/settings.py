"""Whether the online geocoder is on and where it sends names: the user's choice, never a data file's.

A database file travels between people. If it could switch the fallback on or choose its
host, opening a file someone sent you would send every name you look up to their server.
So the settings come, lowest first, from: the defaults (off; ``https`` to OpenStreetMap's
public Nominatim); the config file in the user's home (``$XDG_CONFIG_HOME/ceasefire-map/
settings.toml``, table ``[geocoder]``); the environment (``MAPDATA_ONLINE_GEOCODER``,
``MAPDATA_GEOCODER_USER_AGENT``, ``MAPDATA_NOMINATIM_DOMAIN``, ``MAPDATA_NOMINATIM_SCHEME``,
``MAPDATA_GEOCODER_TIMEOUT``, ``MAPDATA_GEOCODER_ALLOW_HTTP``). The Settings page writes the
config file (:mod:`mapdata.preferences`). Older versions kept settings in a ``geocoder_settings`` table of the database:
such a table is ignored (:func:`file_settings_ignored` says so), never read or migrated.

Names go over ``https``. Plain ``http`` is allowed only to the loopback (a local test server)
or when the user explicitly sets ``allow_http``: otherwise anyone on the way reads them.
"""

from __future__ import annotations

import ipaddress
import math
import os
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from mapdata.environment import user_folder
from mapdata.errors import StoreError
from mapdata.preferences import read_table
from mapdata.store import Store

__all__ = [
    "PUBLIC_DOMAIN",
    "OnlineSettings",
    "config_path",
    "file_settings_ignored",
    "file_settings_notice",
    "settings_for",
]

PUBLIC_DOMAIN = "nominatim.openstreetmap.org"
DEFAULT_TIMEOUT = 5.0
MAX_TIMEOUT = 60.0
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}
_LEGACY_TABLE = "geocoder_settings"


@dataclass(frozen=True)
class OnlineSettings:
    """How (and whether) to ask Nominatim, and where these settings came from.

    ``timeout`` is the whole budget of one lookup (waiting for another session's lookup,
    the polite delay and the request together). ``min_delay_seconds`` is never below 1 for
    the public service.
    """

    enabled: bool = False
    user_agent: str = ""
    domain: str = PUBLIC_DOMAIN
    scheme: str = "https"
    timeout: float = DEFAULT_TIMEOUT
    min_delay_seconds: float = 1.0
    allow_http: bool = False
    origin: str = field(default="defaults", compare=False)
    notes: tuple[str, ...] = field(default=(), compare=False)

    def polite(self) -> OnlineSettings:
        if self.domain == PUBLIC_DOMAIN and self.min_delay_seconds < 1.0:
            return replace(self, min_delay_seconds=1.0)
        return self

    @property
    def endpoint(self) -> str:
        """The address names are sent to, as the page shows it."""
        return f"{self.scheme}://{self.domain}/"

    @property
    def host(self) -> str | None:
        """The host part of ``domain`` (no port), or None when ``domain`` is not a plain host."""
        if not self.domain or any(c in self.domain for c in "@/?#\\") or any(c.isspace() for c in self.domain):
            return None
        try:
            parts = urlsplit(f"//{self.domain}")
            _ = parts.port  # a malformed port raises ValueError
        except ValueError:
            return None
        return parts.hostname or None

    @property
    def refusal(self) -> str | None:
        """Why no name may be sent with these settings, or None when they are acceptable."""
        host = self.host
        if host is None:
            return f"the geocoder host {self.domain!r} is not a host name (host or host:port expected)"
        if self.scheme not in ("https", "http"):
            return f"the geocoder scheme {self.scheme!r} is neither https nor http"
        if self.scheme == "http" and not self.allow_http and not _is_loopback(host):
            return (
                f"plain http to {self.domain} is refused: anyone on the way could read the names. "
                "Use https, or allow it explicitly (MAPDATA_GEOCODER_ALLOW_HTTP=1 or allow_http = true in "
                f"{config_path()})"
            )
        return None


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def config_path(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_CONFIG_HOME/ceasefire-map/settings.toml`` (``~/.config`` when the variable is unset)."""
    return user_folder("config", "settings.toml", environ=environ)


def _read_config(path: Path) -> tuple[dict[str, object], list[str]]:
    """The ``[geocoder]`` table of the config file (empty when there is none) and what was wrong with it."""
    return read_table("geocoder", path)


def _flag(value: object, name: str, where: str, notes: list[str]) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    notes.append(f"{where}: {name} must be true or false, not {str(value)[:40]!r}; ignored")
    return None


def _text(value: object, name: str, where: str, notes: list[str]) -> str | None:
    if isinstance(value, str) and len(value) <= 500:
        return value.strip()
    notes.append(f"{where}: {name} must be a short text; ignored")
    return None


def _seconds(value: object, name: str, where: str, notes: list[str]) -> float | None:
    try:
        seconds = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        seconds = math.nan
    if isinstance(value, bool) or not 0 < seconds <= MAX_TIMEOUT:
        notes.append(f"{where}: {name} must be a number of seconds from 0 to {MAX_TIMEOUT:g}; ignored")
        return None
    return seconds


def _scheme(value: object, name: str, where: str, notes: list[str]) -> str | None:
    text = _text(value, name, where, notes)
    if text is None:
        return None
    if text.lower() not in ("https", "http"):
        notes.append(f"{where}: {name} must be https or http, not {text[:20]!r}; ignored")
        return None
    return text.lower()


# setting -> (config key, environment variable, reader)
_SOURCES = {
    "enabled": ("enabled", "MAPDATA_ONLINE_GEOCODER", _flag),
    "user_agent": ("user_agent", "MAPDATA_GEOCODER_USER_AGENT", _text),
    "domain": ("domain", "MAPDATA_NOMINATIM_DOMAIN", _text),
    "scheme": ("scheme", "MAPDATA_NOMINATIM_SCHEME", _scheme),
    "timeout": ("timeout", "MAPDATA_GEOCODER_TIMEOUT", _seconds),
    "allow_http": ("allow_http", "MAPDATA_GEOCODER_ALLOW_HTTP", _flag),
}


def settings_for(environ: Mapping[str, str] | None = None, config: Path | None = None) -> OnlineSettings:
    """The user's settings: defaults, overlaid by the config file, overlaid by the environment.

    Never reads a database. A value that is wrong is left out (the lower layer's value stays)
    and named in ``notes``, so a typo cannot silently switch the fallback on.
    """
    env = os.environ if environ is None else environ
    path = config or config_path(env)
    table, notes = _read_config(path)
    values: dict[str, object] = {}
    origins = []
    for setting, (key, variable, reader) in _SOURCES.items():
        if key in table:
            value = reader(table[key], key, str(path), notes)
            if value is not None:
                values[setting] = value
                origins.append(f"config file {path}")
        raw = env.get(variable)
        if raw is not None and raw.strip():
            value = reader(raw, variable, "environment", notes)
            if value is not None:
                values[setting] = value
                origins.append("environment")
    if "enabled" not in values and env.get("MAPDATA_ONLINE_GEOCODER") is not None:
        values["enabled"] = False  # set but empty: off, as before
    origin = " and ".join(dict.fromkeys(origins)) or "defaults"
    return OnlineSettings(**values, origin=origin, notes=tuple(notes)).polite()  # type: ignore[arg-type]


def file_settings_ignored(store: Store) -> bool:
    """Whether the database carries geocoder settings from an older version (which are ignored)."""
    try:
        con = store.connect()
    except StoreError:
        return False
    try:
        row = con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (_LEGACY_TABLE,)).fetchone()
        return row is not None and con.execute(f"SELECT 1 FROM {_LEGACY_TABLE} LIMIT 1").fetchone() is not None
    except sqlite3.Error:
        return False
    finally:
        con.close()


def file_settings_notice(store: Store) -> str | None:
    """The sentence that tells the user a file's own geocoder settings were ignored, or None."""
    if not file_settings_ignored(store):
        return None
    return (
        f"geocoder settings stored in {store.path.name} (by an older version, or whoever made the file) are "
        "ignored: whether names are sent online, and where, comes from you (environment, "
        f"{config_path()}, or the Settings page)"
    )
