"""Format parsers: what each source's rows become, and how bad rows are reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapdata.formats import FileFormatError, acled, detect_format, geojson, ourcsv, ucdp
from mapdata.formats.conflicts import ConflictRules
from mapdata.profiles import load_catalog

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


# -- detection ------------------------------------------------------------------------


@pytest.mark.shared
def test_detects_each_format_from_its_header(acled_csv: Path, ucdp_csv: Path) -> None:
    assert detect_format(acled_csv.read_bytes()[:4096]) == "acled"
    assert detect_format(ucdp_csv.read_bytes()[:4096]) == "ucdp"


def test_detects_our_fixtures_and_header_lists() -> None:
    assert detect_format(fixture_text("acled_current_synthetic.csv")) == "acled"
    assert detect_format(fixture_text("ucdp_download_synthetic.csv")) == "ucdp"
    assert detect_format(["id", "date", "latitude", "longitude", "claimant", "reporting_side"]) == "csv"
    assert detect_format(["EVENT_ID_CNTY", "EVENT_DATE", "LATITUDE", "LONGITUDE"]) == "acled"
    assert detect_format(b'\xef\xbb\xbf{"type": "FeatureCollection", "features": []}') == "geojson"


def test_semicolon_separated_header_is_recognised() -> None:
    assert detect_format("id;date;latitude;longitude;claimant;reporting_side\n") == "csv"


def test_unknown_header_names_what_each_format_needs() -> None:
    with pytest.raises(FileFormatError, match=r"unrecognised columns \(name, value\).*event_id_cnty.*date_start"):
        detect_format("name,value\na,1\n")


# -- ACLED ----------------------------------------------------------------------------


@pytest.mark.shared
def test_real_hdx_acled_file_imports_every_row(acled_csv: Path) -> None:
    outcome = acled.parse(acled_csv.read_text(encoding="utf-8-sig"))
    assert outcome.problems == []
    assert len(outcome.incidents) == 3994
    assert outcome.skipped == 1  # the HXL hashtag row is not an event
    assert "no fatalities column" in outcome.warnings[0]
    first = next(i for i in outcome.incidents if i.id == "acled:ARM4926")
    assert (first.date.isoformat(), first.place, first.geo_precision, first.killed) == (
        "2020-11-09",
        "Yeraskh",
        "near",
        None,
    )
    assert first.extra["acled"]["actor2"] == "Military Forces of Russia (2000-)"
    assert first.extra["acled"]["admin2"] == "Ararat"
    assert first.extra["acled"]["sub_event_type"] == "Armed clash"
    ministry = [i for i in outcome.incidents if i.claimant == "Ministry of Foreign Affairs of Armenia"]
    assert len(ministry) == 3880
    assert {(i.reporting_side, i.accused_side) for i in ministry} == {("Armenia", "Azerbaijan")}
    assert all(i.killed is None for i in outcome.incidents)  # unknown, never 0


def test_acled_claims_carry_the_weapons_their_notes_name(acled_csv: Path) -> None:
    # walk5, walk7: ACLED claims said "none stated" beside notes naming small arms and sniper rifles
    incidents = acled.parse(acled_csv.read_text(encoding="utf-8-sig")).incidents
    armed = [i for i in incidents if i.weapons]
    assert len(armed) >= 3900
    assert all(all(w.lower() in (i.summary or "").lower() for w in i.weapons) for i in armed)
    synthetic = {i.id: i.weapons for i in acled.parse(fixture_text("acled_current_synthetic.csv")).incidents}
    assert synthetic["acled:ARM90001"] == ()  # "exchange of fire": no weapon named
    assert "mortar" in " ".join(synthetic["acled:ARM90002"])


def test_current_acled_layout_maps_every_rule() -> None:
    outcome = acled.parse(fixture_text("acled_current_synthetic.csv"))
    assert outcome.problems == []
    # (its landmine row, an unidentified group and civilians of Armenia, names no Azerbaijani actor)
    assert [w.split(":")[0] for w in outcome.warnings] == ["1 row names no actor of the other party (ARM90004)"]
    by_id = {i.id: i for i in outcome.incidents}
    mod = by_id["acled:ARM90001"]
    assert (mod.claimant, mod.reporting_side, mod.accused_side) == (
        "Ministry of Defence of Armenia",
        "Armenia",
        "Azerbaijan",
    )
    assert (mod.date_precision, mod.geo_precision, mod.event_type, mod.killed) == ("day", "exact", "armed clash", 1)
    assert mod.source == "Ministry of Defence of Armenia; Armenpress"
    assert mod.extra["acled"]["disorder_type"] == "Political violence"
    az = by_id["acled:ARM90002"]
    assert (az.reporting_side, az.accused_side, az.event_type, az.date_precision, az.geo_precision, az.killed) == (
        "Azerbaijan",
        "Armenia",
        "shelling",
        "week",
        "near",
        0,
    )
    media = by_id["acled:ARM90003"]
    assert (media.claimant, media.reporting_side, media.event_type, media.date_precision, media.geo_precision) == (
        "News Am",
        "media",
        "drone strike",
        "month",
        "region",
    )
    mission = by_id["acled:ARM90004"]
    assert (mission.reporting_side, mission.accused_side, mission.event_type, mission.killed) == (
        "third party",
        "unknown",
        "explosion",
        None,
    )
    assert "Կապան" in mission.summary and '"quoted"' in mission.summary
    # An interception: actor1 is the interceptor, so the report blames actor2's side; the
    # agency named second in the source is the claimant, not the outlet named first.
    intercept = by_id["acled:ARM90005"]
    assert (intercept.claimant, intercept.reporting_side, intercept.accused_side) == (
        "Armenian MoD",
        "Armenia",
        "Azerbaijan",
    )


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Armenian MoD", ("Armenian MoD", "Armenia")),
        ("Azerbaijan Ministry of Defense", ("Azerbaijan Ministry of Defense", "Azerbaijan")),
        ("Ministry of Defence of Russia", ("Ministry of Defence of Russia", "third party")),
        ("OSCE; News Am", ("OSCE", "third party")),
        ("ARMINFO News Agency", ("ARMINFO News Agency", "media")),
        ("Sputnik Armenia", ("Sputnik Armenia", "media")),
        ("Caucasian Knot; Ministry of Defence of Azerbaijan", ("Ministry of Defence of Azerbaijan", "Azerbaijan")),
    ],
)
def test_claimant_is_the_first_agency_else_the_outlet(source: str, expected: tuple[str, str]) -> None:
    assert acled.attribute_source(source) == expected


def test_bad_acled_rows_are_reported_with_line_and_column() -> None:
    outcome = acled.parse(fixture_text("acled_bad_rows.csv"))
    problems = {(p.row, p.column) for p in outcome.problems}
    assert problems == {(2, "event_date"), (3, "latitude"), (4, "latitude"), (6, "event_date")}
    messages = {p.row: p.message for p in outcome.problems}
    assert "not a number" in messages[3]
    assert "between -90 and 90" in messages[4]
    assert [i.id for i in outcome.incidents] == ["acled:ARM91004"]
    assert outcome.incident_rows == [5]


def test_unknown_precision_code_names_the_column() -> None:
    text = fixture_text("acled_current_synthetic.csv").replace(",2023,1,Political", ",2023,7,Political", 1)
    outcome = acled.parse(text)
    assert [(p.row, p.column) for p in outcome.problems] == [(2, "time_precision")]


def test_truncated_last_line_is_rejected_and_flagged() -> None:
    outcome = acled.parse(fixture_text("acled_truncated.csv"))
    assert len(outcome.incidents) == 4
    assert [p.row for p in outcome.problems] == [6]
    assert "header has 31 columns" in outcome.problems[0].message
    assert "truncated" in outcome.problems[0].message
    assert any("truncated" in w for w in outcome.warnings)


def test_unterminated_quote_at_the_end_reads_as_truncation() -> None:
    text = fixture_text("acled_current_synthetic.csv")
    cut = text[: text.index("SYNTHETIC TEST ROW: a landmine") + 5]  # inside a quoted value
    outcome = acled.parse(cut)
    assert len(outcome.incidents) == 3
    assert [p.row for p in outcome.problems] == [5]
    assert "truncated" in outcome.problems[0].message
    assert any("line 5" in w for w in outcome.warnings)


# -- UCDP -----------------------------------------------------------------------------


@pytest.mark.shared
def test_real_ucdp_api_sample(ucdp_csv: Path) -> None:
    # Afghanistan is in no bundled conflict: the sample imports with a test profile for it.
    afghanistan = FIXTURES / "profiles" / "afghanistan.toml"
    rules = ConflictRules(load_catalog().with_files([afghanistan]))
    outcome = ucdp.parse(ucdp_csv.read_text(encoding="utf-8-sig"), rules=rules)
    assert outcome.problems == []
    first = outcome.incidents[0]
    assert first.conflict == "afghanistan"
    assert first.id == "ucdp:79973"
    assert first.date.isoformat() == "2013-07-24"
    assert (first.claimant, first.reporting_side, first.accused_side, first.killed) == (
        "UCDP GED",
        "third party",
        "unknown",
        4,
    )
    assert first.extra["ucdp"]["gwnoa"] == "700"  # API's 700.0 read as the code it is
    ranged = next(i for i in outcome.incidents if i.id == "ucdp:79978")
    assert (ranged.date_precision, ranged.geo_precision) == ("week", "region")
    assert ranged.extra["ucdp"]["date_end"] == "2013-07-25T00:00:00"


def test_ucdp_download_flavour_keeps_deaths_and_estimates() -> None:
    outcome = ucdp.parse(fixture_text("ucdp_download_synthetic.csv"))
    assert outcome.problems == []
    by_id = {i.id: i for i in outcome.incidents}
    exact = by_id["ucdp:990001"]
    assert (exact.killed, exact.date_precision, exact.geo_precision, exact.source) == (
        7,
        "day",
        "exact",
        "SYNTHETIC Wire",
    )
    assert {k: exact.extra["ucdp"][k] for k in ("low", "high", "deaths_a", "deaths_b", "side_a", "side_b")} == {
        "low": "6",
        "high": "9",
        "deaths_a": "2",
        "deaths_b": "5",
        "side_a": "Government of Azerbaijan",
        "side_b": "Government of Armenia",
    }
    assert exact.summary == "SYNTHETIC: overnight shelling along the border"
    province = by_id["ucdp:990002"]
    assert (province.geo_precision, province.date_precision, province.source) == (
        "region",
        "week",
        "SYNTHETIC Paper A 14 Sep 2022",
    )
    country = by_id["ucdp:990003"]
    assert (country.geo_precision, country.date_precision) == ("country", "year")


# -- our CSV and GeoJSON --------------------------------------------------------------


def test_formula_guard_round_trips() -> None:
    for text in ('=HYPERLINK("x")', "+1", "-2", "@SUM(A1)", "'already quoted", "plain"):
        escaped = ourcsv.escape_cell(text)
        assert not escaped.startswith(("=", "+", "-", "@"))
        assert ourcsv.unescape_cell(escaped) == text


def test_our_csv_keeps_unknown_columns_in_extra() -> None:
    text = "date,latitude,longitude,claimant,reporting_side,note\n2023-05-12,40.2,45.9,Armenian MoD,Armenia,checked by hand\n"
    outcome = ourcsv.parse(text)
    assert outcome.problems == []
    incident = outcome.incidents[0]
    assert incident.extra == {"note": "checked by hand"}
    assert incident.origin == "csv"


def test_our_csv_bad_json_is_reported_on_its_column() -> None:
    text = 'date,latitude,longitude,claimant,reporting_side,weapons\n2023-05-12,40.2,45.9,X,media,"[""mortar"""\n'
    outcome = ourcsv.parse(text)
    assert [(p.row, p.column) for p in outcome.problems] == [(2, "weapons")]


def test_geojson_features_and_per_feature_problems() -> None:
    text = """{"type": "FeatureCollection", "features": [
      {"type": "Feature", "geometry": {"type": "Point", "coordinates": [45.9, 40.2]},
       "properties": {"date": "2023-05-12", "claimant": "Armenian MoD", "reporting_side": "Armenia", "colour": "red"}},
      {"type": "Feature", "geometry": {"type": "GeometryCollection", "geometries": []}, "properties": {}},
      {"type": "Feature", "geometry": {"type": "Point", "coordinates": [45.9, 40.2]}, "properties": {"date": "yesterday", "claimant": "X", "reporting_side": "media"}}
    ]}"""
    outcome = geojson.parse(text)
    assert len(outcome.incidents) == 1
    incident = outcome.incidents[0]
    assert (incident.latitude, incident.longitude, incident.extra, incident.origin) == (
        40.2,
        45.9,
        {"colour": "red"},
        "geojson",
    )
    assert [(p.row, p.column) for p in outcome.problems] == [(2, "geometry"), (3, "properties.date")]


def test_json_that_is_not_geojson_is_a_clear_error() -> None:
    with pytest.raises(FileFormatError, match="not GeoJSON"):
        geojson.parse(fixture_text("not_geojson.json"))
    with pytest.raises(FileFormatError, match="not valid JSON"):
        geojson.parse('{"type": "FeatureCollection", ')


def test_rows_of_bare_separators_are_not_events() -> None:
    text = fixture_text("acled_current_synthetic.csv") + "," * 30 + "\n\n"
    outcome = acled.parse(text)
    assert (outcome.rows, len(outcome.incidents), outcome.problems) == (5, 5, [])
