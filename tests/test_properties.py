"""Nothing crashes: property-based tests (hypothesis) with arbitrary and hostile input.

Every entry path gets text nobody planned for. The promise is narrow and checkable: the
result, or the documented error (ValidationError for a record, FileFormatError/ImportRejected
— both MapdataError — for a file), never another exception; a failed import writes nothing;
what is saved reads back exactly as typed. The inputs that crashed the model and the
importers when these tests were first run (bugs B1-B3: infinite counts, over-nested JSON) are
kept as explicit regression tests below.

Examples are derandomized so CI sees the same inputs every run.
"""

from __future__ import annotations

import csv
import dataclasses
import importlib
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from mapdata.errors import MapdataError, StoreError, ValidationError
from mapdata.formats.exporter import to_geojson
from mapdata.model import FIELDS, Incident, extra_fields
from mapdata.store import Store

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Values people and hostile files put in cells: sentinels, near-misses, markup, control characters.
# fmt: off
TRICKY = [
    "", " ", "nan", "NaN", "None", "NaT", "null", "N/A", "unknown", "-1", "0", "1.5", "1e5", "-0", "1_000",
    "2023-02-30", "2023-13-01", "0000-00-00", "9999-12-31", "1899-12-31", "2023-05-12T25:00", "12/05/2023",
    "[", "]", "[]", "{}", "{", '{"a": 1}', '["mortar", 3]', "[1, [2]]", '"quoted"', "a,b;c",
    "Armenia", "armenian", "AZ", "third-party", "media", "unattributed", "exact", "region", "shelling",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "${7*7}", "`", "\\", "'\"><svg onload=1>",
    "javascript:alert(1)", "\x00", "\x1b[31m", "\u202e", "\ufeff", "\r\n", "\t", "𝔖𝔬𝔱𝔨", "Սոթք", "Laçın", "=cmd|' /C calc'!A0",
    "90", "-90", "90.0001", "180", "-180.5", "1e400", "-1e400",
]
# fmt: on
cell_text = st.one_of(st.sampled_from(TRICKY + ["inf", "-inf", "Infinity", "1e309", "1e7"]), st.text(max_size=40))

VALID = dict(date="2023-05-12", latitude="40.2", longitude="45.9", claimant="Armenian MoD", reporting_side="Armenia")


# -- the model -------------------------------------------------------------------------------


@SETTINGS
@given(values=st.dictionaries(st.sampled_from(FIELDS), cell_text, max_size=len(FIELDS)), start_valid=st.booleans())
def test_any_text_in_any_field_gives_an_incident_or_a_validation_error(values, start_valid):
    raw = {**VALID, **values} if start_valid else values
    try:
        incident = Incident.create(**raw)
    except ValidationError as exc:
        assert exc.field in FIELDS and str(exc).startswith(exc.field)
        return
    # What the model accepts it accepts again from its own record (the store re-reads records this way).
    assert Incident.create(**incident.to_record()) == incident


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory) -> Store:
    return Store(tmp_path_factory.mktemp("props") / "incidents.db")


@SETTINGS
@given(
    texts=st.fixed_dictionaries(
        {
            **{name: st.text(max_size=200) for name in ("place", "summary", "source", "admin1")},
            "claimant": st.text(min_size=1, max_size=80).filter(str.strip),
        }
    ),
    url=st.one_of(
        st.sampled_from(["javascript:alert(1)", "https://example.org/?q=<x>&a=`${1}`"]), st.text(max_size=80)
    ),
    weapons=st.lists(st.text(min_size=1, max_size=20), max_size=4),
    extra=st.dictionaries(
        st.text(max_size=10), st.one_of(st.text(max_size=30), st.integers(-(10**6), 10**6), st.none()), max_size=4
    ),
)
@example(
    texts=dict(
        place="<script>alert(1)</script>",
        claimant="${window.__pwned=1}",
        summary="a`b\x00c\u202e",
        source="'\"><svg onload=alert(1)>",
        admin1="\\",
    ),
    url="javascript:window.__pwned=1",
    weapons=["<b>mortar</b>"],
    extra={"note": "</textarea>"},
)
def test_saved_text_reads_back_exactly_as_typed(shared_store, texts, url, weapons, extra):
    incident = Incident.create(**{**VALID, **texts}, source_url=url, weapons=weapons, extra=extra, origin="csv")
    shared_store.save([incident], origin="csv")
    stored = shared_store.get(incident.id)
    assert stored == incident.replace(batch=stored.batch)
    row = shared_store.frame().set_index("id").loc[incident.id]  # the map's and table's read path
    shown = {
        name: row[name] if isinstance(row[name], str) else None
        for name in ("place", "summary", "claimant", "source_url")
    }
    assert shown == {name: getattr(incident, name) for name in shown}
    # The frame keeps extra as the stored JSON text (memory, issue 17); parsed, it is what was typed.
    assert extra_fields(row["extra"]) == incident.extra and row["weapons"] == list(incident.weapons)


@pytest.mark.parametrize("value", ["inf", "Infinity", "1e400", float("inf"), "1e30"])
def test_infinite_count_is_a_validation_error(value):
    with pytest.raises(ValidationError):
        Incident.create(**VALID, killed=value)


@pytest.mark.parametrize(
    "name, value", [("weapons", "[" * 100_000), ("extra", '{"a":' * 100_000)], ids=["weapons", "extra"]
)
def test_deeply_nested_json_field_is_a_validation_error(name, value):
    with pytest.raises(ValidationError):
        Incident.create(**VALID, **{name: value})


def test_too_large_count_is_refused_by_the_store_not_crashing_it(shared_store):
    """The model caps counts; the store still guards records built without it (SQLite INTEGER is 64-bit)."""
    unchecked = dataclasses.replace(Incident.create(**VALID), killed=10**25)
    version = shared_store.data_version()
    with pytest.raises(StoreError, match="too large"):
        shared_store.save([unchecked])
    assert shared_store.data_version() == version


# -- the importers ---------------------------------------------------------------------------


def _importer():
    return importlib.import_module("mapdata.formats.importer")


def _columns(name: str) -> list[str]:
    module = _importer().FORMATS[name]
    names = list(getattr(module, "REQUIRED_COLUMNS", ()))
    for column in module.FIELD_COLUMNS.values():
        if column not in names and all(c.isalnum() or c == "_" for c in column):
            names.append(column)
    return names


def _csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


FIXTURES = Path(__file__).parent / "fixtures"


def _base_table(name: str) -> list[list[str]]:
    """A small valid file of each CSV format (header + rows): our own synthetic fixtures."""
    if name == "csv":
        header = [f for f in FIELDS if f not in ("id", "batch")]
        row = {**VALID, "place": "Sotk", "summary": "fire", "weapons": "mortars", "killed": "1", "extra": "{}"}
        return [header, [row.get(f, "") for f in header], [row.get(f, "") if f != "place" else "Tegh" for f in header]]
    fixture = {"acled": "acled_current_synthetic.csv", "ucdp": "ucdp_download_synthetic.csv"}[name]
    with open(FIXTURES / fixture, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))[:4]


@st.composite
def csv_files(draw) -> bytes:
    """A valid file of a real format with hostile cells, dropped columns or stray rows mixed in."""
    table = [list(row) for row in _base_table(draw(st.sampled_from(["csv", "acled", "ucdp"])))]
    width = len(table[0])
    for _ in range(draw(st.integers(0, 6))):  # hostile cells (a cell of the header now and then)
        r, c = (
            draw(st.integers(0 if draw(st.integers(0, 9)) == 0 else 1, len(table) - 1)),
            draw(st.integers(0, width - 1)),
        )
        table[r][c] = draw(cell_text)
    if draw(st.integers(0, 4)) == 0:  # a column lost
        c = draw(st.integers(0, width - 1))
        table = [row[:c] + row[c + 1 :] for row in table]
    if draw(st.booleans()):  # stray rows: short, long, blank
        table.append(draw(st.lists(cell_text, max_size=width + 2)))
    if draw(st.integers(0, 4)) == 0:
        table.append(table[1][:])  # a duplicate row
    return _csv_bytes(table[0], table[1:])


def _assert_import_is_all_or_nothing(store: Store, data: bytes, mode: str) -> None:
    version, count = store.data_version(), store.count()
    try:
        preview = _importer().preview_import(data, store, filename="hostile.csv")
    except MapdataError as exc:
        event(f"file refused: {type(exc).__name__}")
        assert (store.data_version(), store.count()) == (version, count)
        return
    for incident in preview.incidents:
        assert isinstance(incident, Incident)
    json.dumps(preview.summary(), ensure_ascii=False)  # the CLI prints it; must be plain JSON
    try:
        result = preview.commit(store, mode=mode)
    except MapdataError as exc:
        event(f"commit refused: {type(exc).__name__}")
        assert (store.data_version(), store.count()) == (version, count)  # a failed import writes nothing
        return
    event("imported")
    assert store.data_version() == version + 1
    assert store.count() == count + len(result.new)
    for incident_id in result.new + result.updated:
        assert store.get(incident_id) is not None
    _strict_json(to_geojson(store.frame()))  # and what it holds still exports as JSON proper


def _strict_json(text: str) -> object:
    def refuse(constant: str) -> object:
        raise AssertionError(f"{constant} in an export: not JSON")

    return json.loads(text, parse_constant=refuse)


@SETTINGS
@given(data=csv_files(), mode=st.sampled_from(["valid", "all_or_nothing"]))
def test_any_csv_imports_or_fails_with_the_documented_error(shared_store, data, mode):
    _assert_import_is_all_or_nothing(shared_store, data, mode)


@SETTINGS
@given(data=st.binary(max_size=2000))
@example(data=b"\xef\xbb\xbf")
@example(data=b"date\n")
@example(data=b"\x00\x01\x02")
@example(data=b"PK\x03\x04zip")
@example(data=b'{"type": "FeatureCollection"}')
@example(data=b"\xff\xfedate")
def test_any_bytes_import_or_fail_with_the_documented_error(shared_store, data):
    _assert_import_is_all_or_nothing(shared_store, data, "valid")


# Text with lone surrogates: JSON can spell them ("\\ud800"), no UTF-8 file or database can hold them.
surrogate_text = st.text(st.characters(categories=("Cs",)) | st.sampled_from("ab "), min_size=1, max_size=6)
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(),  # NaN and ±Infinity included: Python's json reads them, JSON has no such numbers
    cell_text,
    surrogate_text,
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


@st.composite
def geojson_files(draw) -> bytes:
    """A FeatureCollection of mostly valid Points whose properties and geometry are then tampered with."""
    features = []
    for _ in range(draw(st.integers(1, 3))):
        properties: dict = {**VALID, "place": "Sotk", "summary": "fire"}
        properties.update(
            draw(st.dictionaries(st.sampled_from(list(FIELDS) + ["name", "notes"]), json_values, max_size=3))
        )
        geometry: object = {"type": "Point", "coordinates": [45.9, 40.2]}
        if draw(st.integers(0, 3)) == 0:
            geometry = draw(
                st.one_of(
                    st.none(),
                    st.fixed_dictionaries(
                        {"type": st.just("Point"), "coordinates": st.lists(json_scalars, max_size=3)}
                    ),
                    st.fixed_dictionaries(
                        {"type": st.sampled_from(["Point", "LineString", "Polygon", "x"]), "coordinates": json_values}
                    ),
                )
            )
        kind = "Feature" if draw(st.integers(0, 5)) else draw(st.sampled_from(["feature", "Other", ""]))
        features.append({"type": kind, "geometry": geometry, "properties": properties})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=draw(st.booleans())).encode(
        "utf-8", "surrogatepass"
    )


_ONE_FEATURE = (
    '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[45.9,40.2]},'
    '"properties":{"date":"2023-05-12","claimant":"x","reporting_side":"media","notes":%s}}]}'
)


@SETTINGS
@given(data=geojson_files())
@example(data=(_ONE_FEATURE % '"\\ud800"').encode())  # a lone surrogate (once: UnicodeEncodeError at commit)
@example(data=(_ONE_FEATURE % "NaN").encode())  # once stored, and exported as NaN: not JSON
@example(data=(_ONE_FEATURE % "1e400").encode())
def test_any_geojson_imports_or_fails_with_the_documented_error(shared_store, data):
    _assert_import_is_all_or_nothing(shared_store, data, "valid")


@pytest.mark.parametrize(
    "data",
    [
        b"date,latitude,longitude,claimant,reporting_side,killed\n2023-01-01,40,45,x,media,inf\n",
        b'{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[45,40]},'
        b'"properties":{"date":"2023-01-01","claimant":"x","reporting_side":"media","killed":1e400}}]}',
    ],
    ids=["csv", "geojson"],
)
def test_import_with_infinite_count_rejects_the_row(data):
    preview = _importer().preview_import(data)
    assert preview.valid_count == 0 and len(preview.rejected) == 1


def test_deeply_nested_geojson_is_a_format_error():
    with pytest.raises(MapdataError):
        _importer().preview_import(b"[" * 100_000)


def test_deeply_nested_weapons_cell_rejects_the_row():
    data = _csv_bytes(
        ["date", "latitude", "longitude", "claimant", "reporting_side", "weapons"],
        [["2023-01-01", "40", "45", "x", "media", "[" * 100_000]],
    )
    preview = _importer().preview_import(data)
    assert preview.valid_count == 0 and len(preview.rejected) == 1


# -- the extractor -----------------------------------------------------------------------------

# fmt: off
REPORT_PIECES = [
    "On 12 May 2023", "yesterday", "last Friday", "two days earlier", "at around 10:00",
    "the Armenian Ministry of Defence said", "Azerbaijan's defence ministry reported", "according to local media",
    "Azerbaijani forces", "Armenian units", "opened fire", "fired mortars at", "shelled", "a drone struck",
    "positions near", "the village of", "Sotk", "Jermuk", "Tegh", "Khankendi", "Nowhereville", "Yeraskh",
    "one soldier was killed", "3 servicemen were wounded", "killing 2,000", "denied the claim", "is false",
    ".", ",", "\n", "\n\n", "published: 2023-05-12", "outlet: <b>News</b>", "url: javascript:alert(1)",
    "<script>alert(1)</script>", "<p>", "&amp;", "${x}", "`", "“", "”", "—",
]
# fmt: on
REPORTS = sorted((FIXTURES / "reports").glob("*.txt"))


@st.composite
def tampered_reports(draw) -> str:
    """One of our own fixture reports with hostile pieces spliced in at random places."""
    text = REPORTS[draw(st.integers(0, len(REPORTS) - 1))].read_text(encoding="utf-8") if REPORTS else ""
    for _ in range(draw(st.integers(0, 5))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + " " + draw(st.one_of(st.sampled_from(REPORT_PIECES), st.text(max_size=12))) + " " + text[at:]
    return text


report_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(REPORT_PIECES), st.text(max_size=12)), max_size=40).map(" ".join),
    tampered_reports(),
)


def _extract_module():
    return importlib.import_module("mapdata.extract")


@SETTINGS
@given(
    text=report_text,
    published=st.one_of(st.none(), st.sampled_from(["2023-05-12", "garbage", "1800-01-01"]), st.text(max_size=12)),
)
@example(text="\x00" * 50 + "Sotk was shelled.", published=None)
@example(text="<html><script>alert(1)</script>Sotk was shelled on Friday.</html>", published="2023-05-12")
def test_any_text_gives_an_extraction_result(text, published):
    extract = _extract_module()
    result = extract.extract(text, published=published)
    assert isinstance(result, extract.ExtractionResult)
    json.dumps(result.to_dict(), ensure_ascii=False, default=str)  # the CLI prints it
    event(f"proposals: {min(len(result.proposals), 2)}")
    for proposal in result.proposals:
        try:
            Incident.create(**proposal.incident_values())
        except ValidationError:
            pass  # e.g. an unresolved place has no coordinates: the review form asks for them


# -- the gazetteer -----------------------------------------------------------------------------


def _gazetteer():
    return importlib.import_module("mapdata.geo.gazetteer")


place_names = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            "Sotk",
            "village of Sotk",
            "SOTK",
            "Vardenis",
            "Tovuz",
            "Laçın",
            "Ստեփանակերտ",
            "Ханкенди",
            " ",
            "-",
            "'",
            "village of",
            "district",
            "x" * 250,
            "Sotk\x00",
            "<img src=x onerror=1>",
        ]
    ),
)


@SETTINGS
@given(
    name=place_names,
    countries=st.lists(st.sampled_from(["AM", "AZ", "GE", "", "zz", "??"]), max_size=2),
    near=st.lists(st.tuples(st.floats(-90, 90), st.floats(-180, 180)), max_size=2),
)
def test_any_name_gives_a_geocode_result(name, countries, near):
    gazetteer = _gazetteer()
    result = gazetteer.geocode(name, countries=countries, near=near)
    assert isinstance(result, gazetteer.GeocodeResult)
    assert result.status in ("found", "not_found", "error")
    event(f"status: {result.status}")
    assert (result.place is not None) == (result.status == "found")
    assert 0.0 <= result.confidence <= 1.0 and isinstance(result.reason, str) and result.reason
    if result.place is not None:
        assert -90 <= result.place.latitude <= 90 and -180 <= result.place.longitude <= 180


@SETTINGS
@given(text=report_text)
def test_names_found_in_any_text_point_at_real_spans(text):
    spans = _gazetteer().Gazetteer.default().lookup_names(text)
    for start, end, place in spans:
        assert 0 <= start < end <= len(text)
        assert place.name and -90 <= place.latitude <= 90
