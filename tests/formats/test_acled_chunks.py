"""ACLED rows read a chunk at a time make exactly the claims and problems the per-row reading makes.

``acled.parse_row`` is the reference: the chunk reader either builds the very Incident it builds
or leaves the row to it (None), so every bad row keeps its message and its line number.
"""

from __future__ import annotations

import csv
import io
from dataclasses import astuple
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapdata.formats import acled, common
from mapdata.formats.acled import _ChunkReader, parse_row
from mapdata.formats.common import ParseOutcome, RowError, parse_csv_rows
from mapdata.formats.conflicts import ConflictRules
from mapdata.model import MAX_TEXT_CHARS, ValidationError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
HEADER = (
    "event_id_cnty,event_date,time_precision,sub_event_type,actor1,assoc_actor_1,actor2,assoc_actor_2,iso,"
    "country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities,tags"
).split(",")

# Per column: well-formed values, then the odd ones a file may hold.
GOOD: dict[str, list[str]] = {
    "event_id_cnty": ["ARM1", "AZE22", " ARM3 ", "ARM3"],
    "event_date": ["2020-09-27", "09 November 2020", "27-September-2020", "2021-01-02"],
    "time_precision": ["1", "2", "3"],
    "sub_event_type": ["Armed clash", "Shelling/artillery/missile attack", "Air/drone strike", "Disrupted weapons use"],
    "actor1": [
        "Military Forces of Azerbaijan (2003-)",
        "Military Forces of Armenia (2018-)",
        "Civilians (Armenia)",
        "",
    ],
    "assoc_actor_1": ["", "Police Forces of Armenia (2018-)"],
    "actor2": ["Military Forces of Armenia (2018-)", "Military Forces of Russia (2000-)", ""],
    "assoc_actor_2": ["", "Civilians (Azerbaijan)"],
    "iso": ["51", "31"],
    "country": ["Armenia", "Azerbaijan"],
    "admin1": ["Syunik", " Tavush ", "", "\u0531\u0580\u0561\u0580\u0561\u057f"],
    "location": ["Sotk", "Tegh ", "", "Գորիս"],
    "latitude": ["40.2167", " 39.5 ", "-90", "1e1"],
    "longitude": ["45.9333", "46.1", "180"],
    "geo_precision": ["1", "2", "3"],
    "source": ["Ministry of Defence of Armenia", "Azerbaijan Ministry of Defense; APA", "News.am", "EUMA"],
    "notes": [
        "On 27 September, a drone hit a post.",
        "",
        "Shelling near the village.",
        "UAV seen.\u2028",
        "A post was hit. Azerbaijani side denied that such attack took place.",
    ],
    "fatalities": ["0", "3", "", " 2 ", "1000000"],
    "tags": ["", "crowd size=no report", " "],
}
ODD: dict[str, list[str]] = {
    "event_id_cnty": ["", "ARM 4/x", "x" * 50],  # no lone surrogate: UTF-8 files hold none, and make_id cannot hash one
    "event_date": ["2020-02-30", "", "1899-12-31", "soon", "2101-01-01"],
    "time_precision": ["2.0", "", "7"],
    "sub_event_type": [""],
    "actor1": ["Military Forces of Russia (2000-)"],
    "assoc_actor_1": ["Military Forces of Azerbaijan (2003-)"],
    "actor2": ["Hezbollah"],
    "assoc_actor_2": ["Military Forces of Armenia (2018-)"],
    "iso": ["", "999", "643", "356"],
    "country": ["", "Russia", "Atlantis", "India"],
    "admin1": ["\udfffx", "a" * (MAX_TEXT_CHARS + 1)],
    "location": ["\ud800bad", "l" * (MAX_TEXT_CHARS + 1)],
    "latitude": ["", "forty", "95", "nan", "-inf"],
    "longitude": ["", "181", "inf", "1_0"],
    "geo_precision": ["3.0", "", "0"],
    "source": ["", " ; ", "Ministry of Defence of Russia", "UN"],
    "notes": ["\ud83d", "n" * (MAX_TEXT_CHARS + 1)],
    "fatalities": ["3.0", "-1", "x", "1000001", "\u0663", "1e3", "nan"],
    "tags": ["\ud800"],
}
ODDS = [(name, value) for name, values in ODD.items() for value in values]


@st.composite
def _row(draw: st.DrawFn) -> list[str]:
    """A well-formed row with up to two odd values: most rows take the fast path, many do not."""
    row = [draw(st.sampled_from(GOOD[name])) for name in HEADER]
    for name, value in draw(st.lists(st.sampled_from(ODDS), max_size=2)):
        row[HEADER.index(name)] = value
    return row


ROWS = st.lists(_row(), min_size=1, max_size=30)


def _reference(row: list[str], shared: dict[str, str], rules: ConflictRules) -> object:
    try:
        return parse_row(dict(zip(HEADER, row)), shared, rules)
    except (RowError, ValidationError) as exc:
        return exc


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ROWS)
def test_a_chunk_makes_the_claims_the_per_row_reading_makes(rows):
    rules = ConflictRules()
    made = _ChunkReader({}, rules).read(HEADER, rows)
    assert len(made) == len(rows)
    for row, incident in zip(rows, made):
        if incident is not None:  # None: the row is left to parse_row itself
            assert incident == _reference(row, {}, rules), row


def test_well_formed_rows_are_all_read_by_the_chunk():
    rows = [
        ["ARM1", "2020-09-27", "1", "Armed clash", "Military Forces of Azerbaijan (2003-)", "",
         "Military Forces of Armenia (2018-)", "", "51", "Armenia", "Syunik", "Sotk", "40.2", "45.9", "1",
         "Ministry of Defence of Armenia", "A clash.", "2", ""],
        ["ARM2", "09 November 2020", "2", "Air/drone strike", "Military Forces of Armenia (2018-)", "",
         "Military Forces of Azerbaijan (2003-)", "", "31", "Azerbaijan", "", "Füzuli", "39.6", "47.1", "2",
         "Azerbaijan Ministry of Defense; APA", "A drone hit a post.", "", "tag"],
    ]  # fmt: skip
    made = _ChunkReader({}, ConflictRules()).read(HEADER, rows)
    assert all(incident is not None for incident in made)
    assert [i.event_type for i in made] == ["armed clash", "drone strike"]  # type: ignore[union-attr]


def _outcome(text: str, chunked: bool) -> ParseOutcome:
    """A whole file read as ``acled.parse`` reads it, with or without the chunk reader."""
    if chunked:
        return acled.parse(text)
    rules, shared = ConflictRules(), {}  # type: ignore[var-annotated]
    outcome = ParseOutcome(format="acled", column_mapping=dict(acled.FIELD_COLUMNS))
    return parse_csv_rows(
        text, outcome, lambda row: parse_row(row, shared, rules), acled.FIELD_COLUMNS, acled.is_metadata_row
    )


def _same(text: str) -> ParseOutcome:
    chunked, per_row = _outcome(text, True), _outcome(text, False)
    assert chunked.incidents == per_row.incidents
    assert chunked.incident_rows == per_row.incident_rows
    assert [astuple(p) for p in chunked.problems] == [astuple(p) for p in per_row.problems]
    assert (chunked.rows, chunked.skipped) == (per_row.rows, per_row.skipped)
    return chunked


@pytest.mark.parametrize(
    "name",
    ["acled_current_synthetic.csv", "acled_bad_rows.csv", "acled_truncated.csv", "acled_other_conflicts_synthetic.csv"],
)
def test_every_fixture_reads_the_same_in_chunks(name):
    _same((FIXTURES / name).read_text(encoding="utf-8"))


def _file(rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    return out.getvalue()


def _good(n: int) -> list[str]:
    return [f"ARM{n}", "2020-09-27", "1", "Armed clash", "Military Forces of Azerbaijan (2003-)", "",
            "Military Forces of Armenia (2018-)", "", "51", "Armenia", "Syunik", "Sotk", "40.2", "45.9", "1",
            "Ministry of Defence of Armenia", f"Clash {n}.", "1", ""]  # fmt: skip


def test_chunk_boundaries_change_nothing_and_a_late_bad_row_keeps_its_line(monkeypatch):
    rows = [_good(n) for n in range(20)]
    rows[13][1] = "2020-13-01"  # line 15 of the file (the header is line 1)
    rows[17] = rows[17][:5]  # too few values: line 19
    text = _file(rows)
    whole = _same(text)
    for size in (1, 3, 7, 13, 14):
        monkeypatch.setattr(common, "CHUNK_ROWS", size)
        assert _same(text).incidents == whole.incidents
    assert [(p.row, p.column) for p in whole.problems] == [(15, "event_date"), (19, None)]
    assert len(whole.incidents) == 18


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ROWS, st.integers(min_value=1, max_value=8))
def test_random_files_read_the_same_in_chunks_of_any_size(rows, size):
    common_size = common.CHUNK_ROWS
    common.CHUNK_ROWS = size
    try:
        _same(_file(rows))
    finally:
        common.CHUNK_ROWS = common_size


@pytest.mark.shared
def test_the_real_export_is_read_by_the_chunk_alone(acled_csv, monkeypatch):
    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("a row of the real export was left to the per-row reading")

    text = acled_csv.read_text(encoding="utf-8")
    per_row = _outcome(text, False)
    monkeypatch.setattr(acled, "parse_row", never)
    chunked = acled.parse(text)
    assert chunked.incidents == per_row.incidents and not chunked.problems
