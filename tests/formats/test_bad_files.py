"""Files that are valid JSON or CSV but not valid data: each bad row is rejected with a reason at preview.

- A lone surrogate (``"\\ud800"`` in JSON) is not text: SQLite cannot encode it, so it once
  passed the preview and then failed the whole commit (or, in an ``id``, the preview itself).
- ``1e400``, ``NaN`` and ``Infinity`` parse as JSON numbers in Python but are not JSON: stored,
  they made every export invalid JSON.
- A file is bounded, a claim is not automatically: a 1,000,000-column CSV row became a 16 MB
  ``extra``. Columns, fields, rows and ``extra`` have size caps, each with a clear rejection.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from mapdata.cli import main
from mapdata.formats.exporter import to_csv, to_geojson
from mapdata.formats.importer import FileFormatError, preview_import
from mapdata.model import MAX_EXTRA_CHARS, MAX_TEXT_CHARS, Incident
from mapdata.store import Store

GOOD = {"date": "2023-05-12", "place": "Testville", "claimant": "Unit test", "reporting_side": "media"}
HEADER = "date,place,latitude,longitude,claimant,reporting_side"


def row(n: int) -> str:
    """A valid row of our CSV, its own claim (nothing bundled looks like it)."""
    return f"2023-05-12,Testville,{40 + n / 100:.2f},45.9,Unit test,media"


def feature(properties: dict, feature_id: object = None, lat: float = 40.2) -> dict:
    found = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [45.9, lat]}, "properties": properties}
    if feature_id is not None:
        found["id"] = feature_id
    return found


def geojson(*features: dict) -> bytes:
    """ensure_ascii: a lone surrogate is written as the JSON escape \\ud800, as broken encoders do."""
    return json.dumps({"type": "FeatureCollection", "features": list(features)}, ensure_ascii=True).encode()


def strict_json(text: str) -> object:
    """Parse as JSON proper: NaN, Infinity and -Infinity are not JSON."""

    def refuse(constant: str) -> object:
        raise ValueError(f"{constant} is not JSON")

    return json.loads(text, parse_constant=refuse)


def reasons(preview) -> dict[int, str]:
    return {problem.row: f"{problem.column}: {problem.message}" for problem in preview.rejected}


def test_lone_surrogates_in_a_feature_are_rejected_at_preview_and_the_rest_imports(store: Store) -> None:
    data = geojson(
        feature({**GOOD, "summary": "fine"}),
        feature({**GOOD, "summary": "broken \ud800 text"}, lat=40.3),
        feature({**GOOD, "note": "\udfff"}, lat=40.4),
        feature({**GOOD, "\ud800key": "x"}, lat=40.5),
    )
    before = store.count()
    preview = preview_import(data, store, filename="broken.geojson")
    assert preview.valid_count == 1
    found = reasons(preview)
    assert sorted(found) == [2, 3, 4] and all("surrogate" in reason for reason in found.values()), found
    assert found[2].startswith("properties.summary")
    result = preview.commit(store)
    assert len(result.new) == 1 and store.count() == before + 1


@pytest.mark.parametrize(
    "broken",
    [feature({**GOOD, "id": "geojson:x\ud800"}), feature(GOOD, feature_id="f-\udc00")],
    ids=["property", "feature"],
)
def test_a_lone_surrogate_in_an_id_is_rejected_not_a_crash(store: Store, broken: dict) -> None:
    preview = preview_import(geojson(feature({**GOOD, "id": "geojson:fine"}), broken), store)
    assert preview.valid_count == 1 and "surrogate" in preview.rejected[0].message
    assert preview.commit(store).new == ["geojson:fine"]


def test_the_cli_imports_the_good_rows_of_such_a_file_and_lists_the_rest(db_path, tmp_path, capsys) -> None:
    path = tmp_path / "broken.geojson"
    path.write_bytes(
        geojson(
            feature(GOOD), feature({**GOOD, "summary": "\ud800"}, lat=40.3), feature({**GOOD, "k\udc01": 1}, lat=40.4)
        )
    )
    assert main(["import", str(path), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    out.encode("utf-8")  # printable: the reasons name the bad character, they do not contain it
    summary = json.loads(out)
    assert (summary["imported"], summary["new"], summary["rejected"]) == (True, 1, 2)
    assert all("surrogate" in error["message"] for error in summary["errors"])


@pytest.mark.parametrize("number", ["1e400", "-1e400", "NaN", "Infinity", "-Infinity"])
def test_extra_numbers_that_are_not_json_are_rejected(store: Store, number: str) -> None:
    good = json.dumps(feature(GOOD))
    bad = json.dumps(feature({**GOOD, "measure": 0}, lat=40.3)).replace('"measure": 0', f'"measure": {number}')
    data = f'{{"type": "FeatureCollection", "features": [{good}, {bad}]}}'.encode()
    preview = preview_import(data, store)
    assert preview.valid_count == 1
    [problem] = preview.rejected
    assert problem.column == "properties.extra" and "measure" in problem.message and "finite" in problem.message
    preview.commit(store)
    frame = store.frame()
    strict_json(to_geojson(frame))  # the export stays JSON
    assert "Infinity" not in to_csv(frame) and "NaN" not in to_csv(frame)


def test_a_database_holding_nan_in_extra_still_exports_valid_json(store: Store) -> None:
    """A file written by another tool (or an older version) may hold NaN in extra: exports write null."""
    con = sqlite3.connect(store.path)
    with con:
        con.execute("""UPDATE incidents SET extra = '{"a": NaN, "b": [Infinity, 1], "c": {"d": -Infinity}}'""")
    con.close()
    frame = store.frame()
    exported = strict_json(to_geojson(frame))
    assert exported["features"][0]["properties"]["extra"] == {"a": None, "b": [None, 1], "c": {"d": None}}
    assert "NaN" not in to_csv(frame) and "Infinity" not in to_csv(frame)


def test_a_million_column_csv_is_refused_with_the_reason(store: Store) -> None:
    header = HEADER + "," + ",".join(f"c{i}" for i in range(1_000_000))
    with pytest.raises(FileFormatError, match=r"1,000,006 columns; at most 1,000"):
        preview_import(f"{header}\n{row(1)}{',' * 1_000_000}\n".encode(), store)


def test_a_field_over_the_cap_is_rejected_naming_its_column(store: Store) -> None:
    long = "x" * (MAX_TEXT_CHARS + 1)
    data = f"{HEADER},summary\n{row(1)},fine\n{row(2)},{long}\n".encode()
    preview = preview_import(data, store)
    assert preview.valid_count == 1
    [problem] = preview.rejected
    assert (problem.row, problem.column) == (3, "summary")
    assert f"{MAX_TEXT_CHARS + 1:,} characters" in problem.message and f"at most {MAX_TEXT_CHARS:,}" in problem.message


def test_a_row_over_the_cap_is_rejected(store: Store) -> None:
    columns = [f"note{i}" for i in range(12)]
    values = ["y" * 90_000] * 12  # each value within the field cap, the row over a million characters
    data = f"{HEADER},{','.join(columns)}\n{row(1)},{','.join(['ok'] * 12)}\n{row(2)},{','.join(values)}\n".encode()
    preview = preview_import(data, store)
    assert preview.valid_count == 1
    [problem] = preview.rejected
    assert problem.row == 3 and "1,080," in problem.message and "at most 1,000,000" in problem.message


def test_extra_over_the_cap_is_rejected(store: Store) -> None:
    data = geojson(feature(GOOD), feature({**GOOD, "blob": "z" * MAX_EXTRA_CHARS}, lat=40.3))
    preview = preview_import(data, store)
    assert preview.valid_count == 1
    [problem] = preview.rejected
    assert problem.column == "properties.extra" and f"at most {MAX_EXTRA_CHARS:,}" in problem.message


@pytest.mark.parametrize(
    "field, value",
    [("summary", "a\ud800b"), ("place", "\udfff"), ("claimant", "x" * (MAX_TEXT_CHARS + 1)), ("id", "manual:\ud801")],
)
def test_the_model_refuses_what_no_store_can_hold(field: str, value: str) -> None:
    """Every entry path (manual entry, reports, imports) meets the same rule, in the model."""
    from mapdata.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        Incident.create(**{**GOOD, "latitude": 40.2, "longitude": 45.9, field: value})
    assert caught.value.field == field


def test_a_value_over_the_csv_readers_own_limit_is_named_plainly(store: Store) -> None:
    huge = "w" * 200_000
    data = f"{HEADER},summary\n{row(1)},{huge}\n{row(2)},fine\n".encode()
    preview = preview_import(data, store)
    assert preview.valid_count == 1 and preview.incidents[0].summary == "fine"
    [problem] = preview.rejected
    assert problem.row == 2 and "longer than 131,072 characters" in problem.message


def test_the_store_refuses_nan_in_extra_even_from_a_record_built_without_the_model(store: Store) -> None:
    import dataclasses

    from mapdata.errors import StoreError

    good = Incident.create(**GOOD, latitude=40.2, longitude=45.9)
    unchecked = dataclasses.replace(good, extra={"a": float("nan")})  # dataclasses.replace skips validation
    with pytest.raises(StoreError, match="not plain JSON"):
        store.save([unchecked])
