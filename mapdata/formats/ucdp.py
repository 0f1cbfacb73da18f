"""UCDP Georeferenced Event Dataset (GED) CSV, as downloaded and as served by the UCDP API.

The API flavour writes ``True`` for booleans, ``2013-07-24T00:00:00`` for dates and ``700.0``
for integer codes; the download writes ``1``, ``2013-07-24`` and ``700``. Both read the same.

UCDP is a research dataset compiled from many reports, so every row is a third party's claim
("UCDP GED") and blames no side: GED does not code who attacked whom. Its conflict comes
from ``country`` and ``side_a`` / ``side_b`` by the conflict profiles (see
:mod:`mapdata.formats.conflicts`); a row of no known conflict is rejected with the reason.

Precision codes (GED codebook) and what we make of them:
- ``date_prec`` 1 exact day -> day; 2 a range of 2–6 days -> week; 3 the week -> week;
  4 the month (8–30 days) -> month; 5 only the year (more than a month) -> year.
- ``where_prec`` 1 exact place -> exact; 2 within about 25 km of a known point -> near;
  3 a second-order admin area (district) -> region; 4 a first-order admin area (province)
  -> region; 5 a linear feature or an area between places -> region; 6 only the country ->
  country; 7 international waters or airspace -> country.
The codes themselves are kept in ``extra["ucdp"]`` along with sides, deaths and sources.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence

from mapdata.errors import ValidationError
from mapdata.formats.common import (
    ParseOutcome,
    RowError,
    Text,
    clean,
    coded,
    every_problem,
    extra_columns,
    parse_csv_rows,
    whole_number_text,
)
from mapdata.formats.conflicts import ConflictRules
from mapdata.model import Incident, make_id

NAME = "ucdp"
LABEL = "UCDP GED"
CLAIMANT = "UCDP GED"
REQUIRED_COLUMNS = ("id", "date_start", "latitude", "longitude", "where_prec", "date_prec")

DATE_PRECISION = {"1": "day", "2": "week", "3": "week", "4": "month", "5": "year"}
# fmt: off
WHERE_PRECISION = {"1": "exact", "2": "near", "3": "region", "4": "region", "5": "region", "6": "country", "7": "country"}
# fmt: on

FIELD_COLUMNS: dict[str, str] = {
    "id": "id",
    "date": "date_start",
    "date_precision": "date_prec",
    "place": "where_coordinates",
    "latitude": "latitude",
    "longitude": "longitude",
    "geo_precision": "where_prec",
    "admin1": "adm_1",
    "country": "country",
    "conflict": "country / side_a / side_b",
    "killed": "best",
    "summary": "source_headline",
    "source": "source_office / source_article",
}

_NOT_IN_EXTRA = frozenset({"latitude", "longitude", "geom_wkt", "source_headline"})


def matches(header: Sequence[str]) -> bool:
    """GED's start date, location precision and best estimate columns."""
    return all(name in header for name in ("date_start", "where_prec", "best"))


def _source(row: Mapping[str, str]) -> str | None:
    """The reporting office if named, else the first article cited."""
    office = clean(row.get("source_office"))
    if office:
        return office
    article = clean(row.get("source_article"))
    return article.split(";")[0].strip() if article else None


def parse_row(row: Mapping[str, str], rules: ConflictRules | None = None) -> Incident:
    """One GED row -> one Incident (raises RowError / ValidationError naming the column)."""
    rules = rules or ConflictRules()
    event_id = whole_number_text(clean(row.get("id")))
    if event_id is None:
        raise RowError("id", "is empty: without GED's id a re-import could not be matched")
    sides = tuple(name for name in (clean(row.get("side_a")), clean(row.get("side_b"))) if name)
    profile = rules.assign(
        (row.get("country"),),
        sides,
        lambda p: len({p.side_of_ucdp(name) for name in sides} - {None}),
        "country",
        named=row.get("conflict_name"),
    )
    extra = {
        name: sys.intern(whole_number_text(value.strip()) or "") for name, value in extra_columns(row, _NOT_IN_EXTRA)
    }
    values = dict(
        id=make_id(NAME, event_id),
        conflict=profile.id,
        date=clean(row.get("date_start")),
        date_precision=coded(row.get("date_prec"), "date_prec", DATE_PRECISION, "UCDP GED"),
        place=row.get("where_coordinates"),
        latitude=row.get("latitude"),
        longitude=row.get("longitude"),
        geo_precision=coded(row.get("where_prec"), "where_prec", WHERE_PRECISION, "UCDP GED"),
        admin1=row.get("adm_1"),
        country=row.get("country"),
        claimant=CLAIMANT,
        reporting_side="third party",
        accused_side="unknown",
        event_type="other",
        killed=whole_number_text(clean(row.get("best"))),
        summary=row.get("source_headline"),
        source=_source(row),
        origin=NAME,
        extra={"ucdp": extra},
    )
    try:
        return Incident.from_values(values, rules.catalog)
    except ValidationError as exc:
        raise every_problem(exc, values, rules.catalog, FIELD_COLUMNS) from None


def parse(text: Text, rules: ConflictRules | None = None) -> ParseOutcome:
    """Every row of a GED CSV, good ones as incidents, bad ones as problems."""
    rules = rules or ConflictRules()
    outcome = ParseOutcome(format=NAME, column_mapping=dict(FIELD_COLUMNS))
    outcome.column_mapping.update(claimant='"UCDP GED"', reporting_side='"third party"', accused_side='"unknown"')
    return parse_csv_rows(text, outcome, lambda row: parse_row(row, rules), FIELD_COLUMNS)
