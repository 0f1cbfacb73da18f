"""Exports: exactly the rows given, and an export -> import round trip that loses nothing."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pandas as pd
import pytest

from mapdata.filters import FilterState, apply_filters
from mapdata.formats.exporter import to_csv, to_csv_bytes, to_geojson
from mapdata.formats.importer import preview_import
from mapdata.model import FIELDS, Incident
from mapdata.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def tricky_incidents() -> list[Incident]:
    """Every field exercised: lists, nulls, zero vs unknown, nested extra, Unicode, formula-like text."""
    return [
        Incident.create(
            id="manual:tricky-1",
            date="2023-05-12",
            date_precision="week",
            place="Sotk / Zod — Սոթք",
            latitude=40.216712345678,
            longitude=45.9333,
            geo_precision="near",
            admin1="Gegharkunik",
            country="AM",
            claimant='=HYPERLINK("http://evil")',
            reporting_side="Armenia",
            accused_side="Azerbaijan",
            event_type="shelling",
            weapons=["mortar", "120-mm mortar", "ракета"],
            killed=0,
            wounded=3,
            summary='Line one\nline two, with "quotes" and a `backtick` and ${x} and emoji 🕊',
            source="-minus source",
            source_url="https://example.org/a?b=1&c=2",
            published="2023-05-13",
            origin="manual",
            extra={"nested": {"list": [1, 2.5, None, "ü"]}, "flag": True, "empty": ""},
        ),
        Incident.create(
            id="manual:tricky-2",
            date="2021-01-31",
            place=None,
            latitude=-0.5,
            longitude=-179.999,
            claimant="'apostrophe first",
            reporting_side="media",
            accused_side="unknown",
            geo_precision="country",
            weapons=[],
            killed=None,
            wounded=None,
            summary=None,
            source=None,
            source_url=None,
            published=None,
            origin="article",
            extra={},
        ),
        Incident.create(
            id="acled:ARM90009",
            date="2020-09-27",
            place="Ağdam",
            latitude=39.99,
            longitude=46.93,
            claimant="Azerbaijan Ministry of Defense",
            reporting_side="Azerbaijan",
            accused_side="Armenia",
            event_type="armed clash",
            origin="acled",
            summary="@mention and +plus",
            extra={"acled": {"inter1": "8"}},
        ),
    ]


@pytest.fixture
def filled_store(store: Store) -> Store:
    store.save(tricky_incidents(), origin="manual", label="tricky")
    preview_import((FIXTURES / "acled_current_synthetic.csv").read_bytes(), store).commit(store)
    return store


def records(items: list[Incident]) -> list[dict]:
    """Every incident as a record, batch aside (the importing store stamps its own batch)."""
    return [{k: v for k, v in i.to_record().items() if k != "batch"} for i in items]


def comparable(store: Store) -> list[dict]:
    """Every stored incident as a record, batch aside."""
    return records(store.incidents())


@pytest.mark.parametrize("exporter", [to_csv, to_geojson])
def test_export_then_import_loses_nothing(filled_store: Store, tmp_path: Path, exporter) -> None:
    exported = exporter(filled_store.frame())
    target = Store(tmp_path / "target.db", seed=False)
    preview = preview_import(exported.encode("utf-8"), target, filename="export")
    assert preview.rejected == []
    assert preview.counts()["new"] == filled_store.count()
    preview.commit(target)
    assert comparable(target) == comparable(filled_store)
    # and importing the export into its own store changes nothing
    assert preview_import(exported.encode("utf-8"), filled_store).counts()["unchanged"] == filled_store.count()


def test_csv_bytes_for_spreadsheets_carry_a_bom_and_still_import(filled_store: Store, tmp_path: Path) -> None:
    data = to_csv_bytes(filled_store.frame())
    assert data.startswith(b"\xef\xbb\xbfid,conflict,date,")
    target = Store(tmp_path / "t.db", seed=False)
    preview_import(data, target).commit(target)
    assert comparable(target) == comparable(filled_store)


def test_csv_cells_cannot_run_as_spreadsheet_formulas(filled_store: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(filled_store.frame()))))
    assert list(rows[0]) == list(FIELDS)
    tricky = next(r for r in rows if r["id"] == "manual:tricky-1")
    assert tricky["claimant"] == '\'=HYPERLINK("http://evil")'
    assert tricky["source"] == "'-minus source"
    assert tricky["longitude"] == "45.9333"  # numbers are left alone
    assert tricky["weapons"] == "mortar; 120-mm mortar; ракета"  # as a reader writes them, not a JSON list
    assert (tricky["killed"], tricky["wounded"]) == ("0", "3")
    other = next(r for r in rows if r["id"] == "manual:tricky-2")
    assert (other["killed"], other["summary"], other["published"], other["extra"]) == ("", "", "", "")


def test_export_is_exactly_the_filtered_frame(filled_store: Store) -> None:
    frame = filled_store.frame()
    state = FilterState(date_from=dt.date(2023, 1, 1), sides=("Armenia",))
    shown = apply_filters(frame, state)
    assert 0 < len(shown) < len(frame)
    csv_ids = [r["id"] for r in csv.DictReader(io.StringIO(to_csv(shown)))]
    geo_ids = [f["properties"]["id"] for f in json.loads(to_geojson(shown))["features"]]
    # the rows shown, in the order the app lists them: newest first, then by id
    newest_first = shown.sort_values(["date", "id"], ascending=[False, True])["id"].tolist()
    assert csv_ids == geo_ids == newest_first
    assert newest_first != list(shown["id"])  # the store reads oldest first: the export reorders


def test_geojson_is_points_in_longitude_latitude_order(filled_store: Store) -> None:
    document = json.loads(to_geojson(filled_store.frame()))
    assert document["type"] == "FeatureCollection"
    feature = next(f for f in document["features"] if f["id"] == "manual:tricky-2")
    assert feature["geometry"] == {"type": "Point", "coordinates": [-179.999, -0.5]}
    assert feature["properties"]["killed"] is None and feature["properties"]["weapons"] == []
    assert "latitude" not in feature["properties"]


def test_empty_frame_exports_header_and_empty_collection(store: Store) -> None:
    empty = store.frame().iloc[0:0]
    assert to_csv(empty).strip() == ",".join(FIELDS)
    assert json.loads(to_geojson(empty)) == {"type": "FeatureCollection", "features": []}


def test_frame_with_extra_display_columns_exports_our_fields_only(store: Store) -> None:
    frame = store.frame().assign(marker_colour="red")
    header = next(csv.reader(io.StringIO(to_csv(frame))))
    assert header == list(FIELDS)
    assert isinstance(pd.read_csv(io.StringIO(to_csv(frame))), pd.DataFrame)


# -- property: any text survives the round trip -----------------------------------------

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapdata.store import incidents_frame_from_records

# NUL is the one character left out: no CSV reader accepts it, and the importer treats a file
# containing it as binary.
_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
_optional_text = st.one_of(st.none(), _text.filter(lambda t: t.strip() != ""))


def test_csv_extra_is_text_a_person_reads_and_geojson_keeps_its_structure(filled_store: Store) -> None:
    """walk5: the CSV's extra (and history) cells held JSON. Now "key: value; …", nested keys joined
    with "."; text that would read as a number is quoted, so it reads back as text."""
    frame = filled_store.frame()
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(to_csv(frame)))}
    acled = next(row for key, row in rows.items() if key.startswith("acled:"))
    assert not acled["extra"].startswith("{") and "acled.event_type: " in acled["extra"]
    assert rows["acled:ARM90009"]["extra"] == 'acled.inter1: "8"'  # text, as ACLED wrote it
    tricky = rows["manual:tricky-1"]["extra"]
    assert tricky == 'empty: ""; flag: true; nested.list: [1, 2.5, null, "ü"]', tricky
    features = {f["id"]: f["properties"] for f in json.loads(to_geojson(frame))["features"]}
    assert features["manual:tricky-1"]["extra"] == {"nested": {"list": [1, 2.5, None, "ü"]}, "flag": True, "empty": ""}


def test_a_csv_written_with_json_extra_still_imports(filled_store: Store) -> None:
    """Exports made before the readable text wrote extra as a JSON object: they read as before."""
    old = to_csv(filled_store.frame()).replace(
        'empty: """"; flag: true; nested.list: [1, 2.5, null, ""ü""]',
        '{""empty"": """", ""flag"": true, ""nested"": {""list"": [1, 2.5, null, ""ü""]}}',
    )
    assert '{""empty""' in old
    assert preview_import(old.encode("utf-8"), filled_store).counts()["unchanged"] == filled_store.count()


@pytest.mark.parametrize("cell", ["a: 1; a: 2", "a: 1;b: 2", "no colon", "a.b: 1; a: 2", ": 1", '"unclosed: 1'])
def test_an_extra_cell_that_is_neither_text_nor_json_is_rejected_with_the_reason(cell: str) -> None:
    exported = list(
        csv.reader(io.StringIO(to_csv(incidents_frame_from_records(pd.DataFrame([tricky_incidents()[1].to_record()])))))
    )
    header, row = exported
    assert row[header.index("extra")] == ""  # the claim without extra: its cell is empty
    row[header.index("extra")] = cell
    out = io.StringIO()
    csv.writer(out).writerows([header, row])
    preview = preview_import(out.getvalue().encode("utf-8"), None)
    assert [(p.column, "key: value" in p.message) for p in preview.rejected] == [("extra", True)]


@st.composite
def incidents(draw) -> Incident:
    return Incident.create(
        id=draw(st.one_of(st.none(), st.from_regex(r"manual:[a-z0-9]{1,12}", fullmatch=True))),
        date=draw(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))).isoformat(),
        place=draw(_optional_text),
        latitude=draw(st.floats(-90, 90, allow_nan=False)),
        longitude=draw(st.floats(-180, 180, allow_nan=False)),
        claimant=draw(_text.filter(lambda t: t.strip() != "")),
        reporting_side=draw(st.sampled_from(["Armenia", "Azerbaijan", "third party", "media"])),
        summary=draw(_optional_text),
        source=draw(_optional_text),
        weapons=draw(st.lists(_text.filter(lambda t: t.strip() != ""), max_size=3)),
        killed=draw(st.one_of(st.none(), st.integers(0, 10_000))),
        extra=draw(st.dictionaries(_text, st.one_of(st.none(), st.booleans(), st.integers(-5, 5), _text), max_size=3)),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(incidents(), min_size=1, max_size=4, unique_by=lambda i: i.id))
def test_any_text_survives_csv_and_geojson_round_trips(items: list[Incident]) -> None:
    frame = incidents_frame_from_records(pd.DataFrame([i.to_record() for i in items]))
    for exported in (to_csv(frame), to_geojson(frame)):
        preview = preview_import(exported.encode("utf-8"), None)
        assert preview.rejected == []
        assert sorted(records(preview.incidents), key=_by_id) == sorted(records(items), key=_by_id)


def _by_id(record: dict) -> str:
    return str(record["id"])


@pytest.mark.parametrize("exporter", [to_csv, to_geojson])
def test_export_with_history_adds_the_curation_and_reimports_as_the_same_claims(
    filled_store: Store, tmp_path: Path, exporter
) -> None:
    first = filled_store.frame()["id"].iloc[0]
    filled_store.review([first], "disputed", note="=cmd|' /C calc'!A0")  # a note is untrusted text too
    frame = filled_store.frame()
    histories = filled_store.histories(frame["id"])
    frame = frame.assign(history=[[e.to_dict() for e in histories[i]] for i in frame["id"]])
    exported = exporter(frame, curation=True)
    if exporter is to_csv:
        rows = list(csv.DictReader(io.StringIO(exported)))
        assert list(rows[0]) == [
            *FIELDS,
            "review_status",
            "review_note",
            "retracted",
            "retracted_at",
            "retracted_reason",
            "history",
        ]
        row = next(r for r in rows if r["id"] == first)
        assert row["review_note"] == "'=cmd|' /C calc'!A0"  # cannot run as a formula
        create, review = row["history"].split("\n")  # a line per entry, oldest first: no JSON to read
        assert " create" in create and review.endswith(
            "review: review_status unreviewed → disputed; review_note — → =cmd|' /C calc'!A0"
        )
    else:
        properties = {f["id"]: f["properties"] for f in json.loads(exported)["features"]}
        assert properties[first]["review_status"] == "disputed"
        assert properties[first]["history"][1]["changes"]["review_status"] == {"old": "unreviewed", "new": "disputed"}
    # The curation is the exporting database's record, not the claim: re-importing changes nothing.
    assert preview_import(exported.encode("utf-8"), filled_store).counts()["unchanged"] == filled_store.count()


def test_csv_weapons_are_plain_text_unless_a_term_needs_the_json_list(store: Store) -> None:
    """ "mortar; drone" as a reader writes them; a term that plain text would split or a
    spreadsheet would run keeps the JSON list, and both read back as the same terms."""
    cases = {
        "manual:w-plain": ["mortar", "drone"],
        "manual:w-comma": ["122-mm, towed howitzer", "drone"],
        "manual:w-formula": ["=cmd", "mortar"],
        "manual:w-list": ["[x]"],
        "manual:w-none": [],
    }
    base = store.frame().iloc[0].to_dict()
    frame = pd.DataFrame([{**base, "id": key, "weapons": value} for key, value in cases.items()])
    cells = {r["id"]: r["weapons"] for r in csv.DictReader(io.StringIO(to_csv(frame)))}
    assert cells["manual:w-plain"] == "mortar; drone"
    assert cells["manual:w-none"] == ""
    for key in ("manual:w-comma", "manual:w-formula", "manual:w-list"):
        assert json.loads(cells[key]) == cases[key]
    back = {i.id: list(i.weapons) for i in preview_import(to_csv(frame).encode("utf-8"), None).incidents}
    assert back == cases
    # GeoJSON keeps its types: weapons a list, counts numbers
    features = {f["id"]: f["properties"] for f in json.loads(to_geojson(frame))["features"]}
    assert features["manual:w-plain"]["weapons"] == ["mortar", "drone"]
    assert all(p["killed"] is None or isinstance(p["killed"], int) for p in features.values())
