"""Which conflict profiles there are: the bundled five, a user's folder, and files named on the command line.

Users add a conflict without touching code: a ``.toml`` file in their profiles folder
(``$MAPDATA_PROFILES``, else ``$XDG_CONFIG_HOME/ceasefire-map/profiles/``, else
``~/.config/ceasefire-map/profiles/``) or ``--profile FILE`` on the command line. A user file
whose ``id`` is a bundled profile's replaces it. A broken file in the folder does not stop the
app: it is skipped and listed in :attr:`Catalog.problems` (pages and ``info`` show them); a file
named explicitly with ``--profile`` must be valid.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from mapdata.errors import ProfileError
from mapdata.profiles.loader import load_profile, parse_profile
from mapdata.profiles.profile import Profile

__all__ = [
    "BUNDLED_IDS",
    "DEFAULT_PROFILE_ID",
    "PROFILES_ENV",
    "Catalog",
    "bundled_profiles",
    "default_catalog",
    "load_catalog",
    "reload_catalog",
    "user_profiles_dir",
]

DEFAULT_PROFILE_ID = "armenia-azerbaijan"  # what every claim was before profiles existed
BUNDLED_IDS: tuple[str, ...] = (
    "armenia-azerbaijan",
    "india-pakistan",
    "israel-lebanon",
    "thailand-cambodia",
    "russia-ukraine",
)
PROFILES_ENV = "MAPDATA_PROFILES"  # a folder of the user's own profiles
MAX_USER_PROFILES = 200  # a folder is read whole at start-up: keep that bounded


@dataclass(frozen=True)
class Catalog:
    """The profiles a run knows, by id, in a stable order (bundled first, then the user's).

    ``problems`` lists the user's files that could not be read (each a ProfileError naming the
    file and key); ``replaced`` the bundled ids a user file took over.
    """

    profiles: Mapping[str, Profile]
    problems: tuple[ProfileError, ...] = ()
    replaced: tuple[str, ...] = ()
    default_id: str = DEFAULT_PROFILE_ID
    _by_country: dict[str, tuple[Profile, ...]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.default_id not in self.profiles:
            raise ProfileError("profiles", None, f"the default profile {self.default_id!r} is missing")
        grouped: dict[str, list[Profile]] = {}
        for profile in self.profiles.values():
            for code in profile.countries:
                grouped.setdefault(code, []).append(profile)
        self._by_country.update({code: tuple(found) for code, found in grouped.items()})

    def __iter__(self) -> Iterator[Profile]:
        return iter(self.profiles.values())

    def __len__(self) -> int:
        return len(self.profiles)

    def __contains__(self, profile_id: object) -> bool:
        return profile_id in self.profiles

    def __getitem__(self, profile_id: str) -> Profile:
        return self.profiles[profile_id]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self.profiles)

    @property
    def default(self) -> Profile:
        return self.profiles[self.default_id]

    def get(self, profile_id: str | None) -> Profile | None:
        """The profile with this id; None for an unknown id (``None`` / "" give the default)."""
        if profile_id is None or not str(profile_id).strip():
            return self.default
        return self.profiles.get(str(profile_id).strip())

    def require(self, profile_id: str | None) -> Profile:
        """Like :meth:`get`, but an unknown id is a ProfileError that lists the known ones."""
        profile = self.get(profile_id)
        if profile is None:
            raise ProfileError("profiles", None, f"unknown conflict {profile_id!r}; known: {', '.join(self.ids)}")
        return profile

    @property
    def reporting_sides(self) -> tuple[str, ...]:
        """Every profile's reporting sides, in catalog order, each once (what "all conflicts" may filter by)."""
        return tuple(dict.fromkeys(side for profile in self for side in profile.reporting_sides))

    @property
    def countries(self) -> dict[str, str]:
        """Every profile's countries and neighbours, code -> name ("KH" -> "Cambodia"), parties'
        countries first: what a user may pick for a place of their own, whatever the conflict."""
        named: dict[str, str] = {}
        for profile in self:
            for code in profile.focus_countries:
                names = profile.country_names.get(code, ())
                named.setdefault(code, names[0] if names else code)
        return named

    def for_country(self, code: str | None) -> tuple[Profile, ...]:
        """The profiles whose parties' countries include ``code`` (ISO alpha-2), in catalog order."""
        return self._by_country.get((code or "").upper(), ())

    def with_files(self, paths: Iterable[str | Path]) -> Catalog:
        """This catalog plus profiles read from files named by the user (invalid ones raise)."""
        profiles = dict(self.profiles)
        replaced = list(self.replaced)
        for path in paths:
            profile = load_profile(path)
            if profile.id in profiles:
                replaced.append(profile.id)
            profiles[profile.id] = profile
        return Catalog(profiles, self.problems, tuple(dict.fromkeys(replaced)), self.default_id)


@lru_cache(maxsize=1)
def bundled_profiles() -> tuple[Profile, ...]:
    """The five profiles shipped in ``mapdata/data/profiles/`` (read and validated once)."""
    folder = resources.files("mapdata").joinpath("data/profiles")
    return tuple(
        parse_profile(folder.joinpath(f"{profile_id}.toml").read_text("utf-8"), f"bundled profile {profile_id}.toml")
        for profile_id in BUNDLED_IDS
    )


def user_profiles_dir(environ: Mapping[str, str] | None = None) -> Path:
    """The folder of the user's own profiles (it need not exist)."""
    env = os.environ if environ is None else environ
    if env.get(PROFILES_ENV, "").strip():
        return Path(env[PROFILES_ENV]).expanduser()
    config = env.get("XDG_CONFIG_HOME", "").strip()
    home = Path(env["HOME"]) if env.get("HOME", "").strip() else Path.home()
    base = Path(config).expanduser() if config else home / ".config"
    return base / "ceasefire-map" / "profiles"


def load_catalog(user_dir: Path | None = None, files: Iterable[str | Path] = ()) -> Catalog:
    """Bundled profiles, then every ``*.toml`` in ``user_dir`` (bad ones listed as problems), then ``files``."""
    profiles = {p.id: p for p in bundled_profiles()}
    problems: list[ProfileError] = []
    replaced: list[str] = []
    seen_user: dict[str, str] = {}
    if user_dir is not None and user_dir.is_dir():
        paths = sorted(user_dir.glob("*.toml"))
        if len(paths) > MAX_USER_PROFILES:
            problems.append(
                ProfileError(
                    str(user_dir), None, f"holds {len(paths)} profiles; only the first {MAX_USER_PROFILES} are read"
                )
            )
        for path in paths[:MAX_USER_PROFILES]:
            try:
                profile = load_profile(path)
            except ProfileError as error:
                problems.append(error)
                continue
            if profile.id in seen_user:
                problems.append(
                    ProfileError(str(path), "id", f"{profile.id!r} is already defined by {seen_user[profile.id]}")
                )
                continue
            seen_user[profile.id] = str(path)
            if profile.id in profiles:
                replaced.append(profile.id)
            profiles[profile.id] = profile
    return Catalog(profiles, tuple(problems), tuple(replaced)).with_files(files)


@lru_cache(maxsize=8)
def _catalog_for(user_dir: str) -> Catalog:
    return load_catalog(Path(user_dir))


@lru_cache(maxsize=8)
def _catalog_for_environment(profiles: str, config: str, home: str) -> Catalog:
    environ = {PROFILES_ENV: profiles, "XDG_CONFIG_HOME": config, "HOME": home}
    return _catalog_for(str(user_profiles_dir(environ)))


def default_catalog() -> Catalog:
    """Bundled profiles plus the user's folder, read once per folder per process.

    Called for every claim validated, so it costs one cache look-up keyed on the environment
    variables that name the folder. A profile added to the folder is seen after a restart
    (or :func:`reload_catalog`).
    """
    env = os.environ
    return _catalog_for_environment(env.get(PROFILES_ENV, ""), env.get("XDG_CONFIG_HOME", ""), env.get("HOME", ""))


def reload_catalog() -> Catalog:
    """Forget what was read and read the user's folder again."""
    _catalog_for.cache_clear()
    _catalog_for_environment.cache_clear()
    return default_catalog()
