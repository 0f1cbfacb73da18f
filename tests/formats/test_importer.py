"""The import pipeline: previews that write nothing, one-transaction commits, clear file errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapdata.errors import StoreError
from mapdata.formats.importer import FileFormatError, ImportRejected, preview_import, preview_path
from mapdata.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.mark.shared
def test_real_acled_file_previews_then_imports_once(store: Store, acled_csv: Path) -> None:
    before = (store.count(), store.data_version())
    preview = preview_path(acled_csv, store)
    assert preview.counts() == {
        "rows": 3994,
        "valid": 3994,
        "new": 3994,
        "updated": 0,
        "unchanged": 0,
        "rejected": 0,
        "duplicates": 0,
        "retracted": 0,
    }
    assert (store.count(), store.data_version()) == before  # a preview writes nothing
    sides = preview.side_counts()
    assert next(iter(sides)) == "Armenia" and sum(sides.values()) == 3994
    result = preview.commit(store)
    assert len(result.new) == 3994
    assert store.count() == before[0] + 3994
    again = preview_path(acled_csv, store)
    assert again.counts()["unchanged"] == 3994 and again.counts()["new"] == 0
    assert again.commit(store).counts() == {"new": 0, "updated": 0, "unchanged": 3994}
    assert store.count() == before[0] + 3994


def test_reimport_of_an_edited_row_is_an_update_and_says_so(store: Store) -> None:
    original = fixture_bytes("acled_current_synthetic.csv")
    preview_import(original, store, filename="a.csv").commit(store)
    edited = original.replace(
        b"exchange of fire reported near Sotk", b"exchange of fire reported near Sotk (corrected)"
    )
    preview = preview_import(edited, store, filename="a.csv")
    assert (len(preview.new), len(preview.updated), len(preview.unchanged)) == (0, 1, 4)
    assert preview.summary()["updated_ids"] == ["acled:ARM90001"]
    result = preview.commit(store)
    assert result.updated == ["acled:ARM90001"]
    assert store.get("acled:ARM90001").summary.endswith("(corrected).")


def test_reimport_keeps_hand_corrections_and_the_preview_names_each_change(store: Store) -> None:
    original = fixture_bytes("acled_current_synthetic.csv")
    preview_import(original, store, filename="a.csv").commit(store)
    store.edit("acled:ARM90001", {"wounded": "2"}, who="ana", note="the ministry's later statement")
    store.edit("acled:ARM90002", {"killed": "5"}, who="ana", note="checked")
    same = preview_import(original, store, filename="a.csv")
    assert (len(same.updated), same.kept, same.change_lines()) == (0, {}, [])  # walk 5: it said "Updated 1"
    changed = original.replace(b"reported near Sotk", b"reported near Sotk (revised)").replace(
        b"near Tegh.,0,", b"near Tegh.,1,"
    )
    preview = preview_import(changed, store, filename="b.csv")
    assert preview.change_lines() == [
        "acled:ARM90001: updates summary",
        "acled:ARM90002: updates extra; kept your correction of killed (5; the source now says 1)",
    ]
    assert preview.summary()["changes"] == preview.change_lines()
    result = preview.commit(store)
    first, second = store.get("acled:ARM90001"), store.get("acled:ARM90002")
    assert (first.wounded, second.killed) == (2, 5) and first.summary.endswith("(revised).")
    assert result.kept == {"acled:ARM90002": {"killed": (0, 1, 5)}}
    assert store.history("acled:ARM90002")[-1].action == "kept correction"


def test_valid_rows_import_and_rejected_rows_are_reported(store: Store) -> None:
    preview = preview_import(fixture_bytes("acled_bad_rows.csv"), store, filename="bad.csv")
    summary = preview.summary()
    assert (summary["valid"], summary["rejected"]) == (1, 4)
    assert [(e["row"], e["column"]) for e in summary["errors"]] == [
        (2, "event_date"),
        (3, "latitude"),
        (4, "latitude"),
        (6, "event_date"),
    ]
    count = store.count()
    # The valid row also looks like the bundled Sotk claim (same claimant, day, place): keep both here.
    preview.commit(store, mode="valid", duplicates="keep")
    assert store.count() == count + 1
    assert store.get("acled:ARM91004") is not None


def test_all_or_nothing_writes_nothing_when_a_row_is_bad(store: Store) -> None:
    preview = preview_import(fixture_bytes("acled_bad_rows.csv"), store)
    before = (store.count(), store.data_version())
    with pytest.raises(ImportRejected, match="4 of 5 rows were rejected; nothing was imported"):
        preview.commit(store, mode="all_or_nothing")
    assert (store.count(), store.data_version()) == before


def test_all_or_nothing_imports_a_clean_file(store: Store) -> None:
    result = preview_import(fixture_bytes("ucdp_download_synthetic.csv"), store).commit(store, mode="all_or_nothing")
    assert sorted(result.new) == ["ucdp:990001", "ucdp:990002", "ucdp:990003"]
    batches = store.batches()
    ucdp_batches = batches[batches["origin"] == "ucdp"]
    assert len(ucdp_batches) == 1 and ucdp_batches.iloc[0]["new"] == 3


def test_duplicate_ids_in_one_file_keep_the_first(store: Store) -> None:
    text = fixture_bytes("acled_current_synthetic.csv")
    lines = text.splitlines(keepends=True)
    doubled = b"".join(lines + [lines[1]])
    preview = preview_import(doubled, store)
    assert preview.counts()["valid"] == 5
    assert [(p.row, p.message) for p in preview.rejected] == [
        (7, "same id 'acled:ARM90001' as row 2; only the first is imported")
    ]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.csv", "the file is empty"),
        ("header_only.csv", "no data rows"),
        ("binary.bin", "binary file"),
        ("page.html", "HTML or XML page"),
        ("ourcsv_latin1.csv", r"not UTF-8 text \(byte 0xe8 on line 2\).*save it as UTF-8"),
        ("not_geojson.json", "JSON, but not GeoJSON"),
    ],
)
def test_files_that_cannot_be_imported_get_a_clear_error(store: Store, name: str, message: str) -> None:
    with pytest.raises(FileFormatError, match=message):
        preview_import(fixture_bytes(name), store, filename=name)


def test_spreadsheet_workbook_is_named(store: Store) -> None:
    with pytest.raises(FileFormatError, match="Excel workbook"):
        preview_import(b"PK\x03\x04" + b"\x00" * 100, store)


def test_size_limit_from_the_environment(store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MAPDATA_MAX_UPLOAD_MB", "0.001")  # about 1 KB
    with pytest.raises(FileFormatError, match="over the 0 MB limit"):
        preview_import(fixture_bytes("acled_current_synthetic.csv"), store)
    big = tmp_path / "big.csv"
    big.write_bytes(fixture_bytes("acled_current_synthetic.csv"))
    with pytest.raises(FileFormatError, match="MAPDATA_MAX_UPLOAD_MB"):
        preview_path(big, store)


def test_forced_format_that_does_not_fit_names_missing_columns(store: Store) -> None:
    with pytest.raises(FileFormatError, match="not a UCDP GED file: missing column\\(s\\) id, date_start"):
        preview_import(fixture_bytes("acled_current_synthetic.csv"), store, fmt="ucdp")
    with pytest.raises(FileFormatError, match="unknown format 'xlsx'"):
        preview_import(fixture_bytes("acled_current_synthetic.csv"), store, fmt="xlsx")


def test_byte_order_mark_and_semicolons_are_fine(store: Store) -> None:
    data = "\ufeffdate;latitude;longitude;claimant;reporting_side;place\n2023-05-12;40.2;45.9;Armenian MoD;Armenia;Sotk\n".encode()
    preview = preview_import(data, store)
    assert preview.format == "csv"
    assert preview.incidents[0].place == "Sotk"


def test_nothing_valid_cannot_be_committed(store: Store) -> None:
    data = b"date,latitude,longitude,claimant,reporting_side\nnot a date,40,45,X,media\n"
    preview = preview_import(data, store)
    assert preview.counts()["valid"] == 0
    with pytest.raises(ImportRejected, match="no valid rows"):
        preview.commit(store)


def test_a_write_failing_midway_leaves_the_database_as_it_was(store: Store) -> None:
    """A real SQLite failure on the 5th of 5 rows (a trigger) rolls back the 4 already written."""
    preview = preview_import(fixture_bytes("acled_current_synthetic.csv"), store)
    con = store.connect()
    con.execute(
        "CREATE TRIGGER fail_late BEFORE INSERT ON incidents WHEN NEW.id = 'acled:ARM90005' "
        "BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END"
    )
    con.close()
    before = (store.count(), store.data_version())
    with pytest.raises(StoreError, match="simulated disk failure"):
        preview.commit(store)
    assert (store.count(), store.data_version()) == before
    assert store.get("acled:ARM90001") is None


def test_geojson_without_features_or_in_another_crs_is_refused(store: Store) -> None:
    with pytest.raises(FileFormatError, match="no data rows \\(no features\\)"):
        preview_import(b'{"type": "FeatureCollection", "features": []}', store)
    mercator = (
        b'{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:3857"}}, "features": []}'
    )
    with pytest.raises(FileFormatError, match="WGS 84"):
        preview_import(mercator, store)


def test_absurd_casualty_count_is_rejected_not_fatal_to_the_commit(store: Store) -> None:
    data = (
        b"date,latitude,longitude,claimant,reporting_side,killed\n"
        b"2023-05-12,40.2,45.9,Armenian MoD,Armenia,100000000000000000000000\n"
        b"2023-05-13,40.2,45.9,Armenian MoD,Armenia,2\n"
    )
    preview = preview_import(data, store)
    assert [(p.row, p.column) for p in preview.rejected] == [(2, "killed")]
    assert len(preview.commit(store, duplicates="keep").new) == 1  # near the bundled Sotk claim: keep both


def test_rows_without_coordinates_are_placed_by_name_only_when_asked(store: Store) -> None:
    data = (
        b"date,place,country,claimant,reporting_side\n"
        b"2023-05-12,Sotk,AM,Armenian MoD,Armenia\n"
        b"2023-05-12,Nowhereville Xyz,,Someone,media\n"
    )
    with pytest.raises(FileFormatError, match="no latitude/longitude columns"):
        preview_import(data, store)
    preview = preview_import(data, store, place_by_name=True)
    placed = preview.incidents[0]
    assert (placed.place, placed.admin1, placed.geo_precision) == ("Sotk", "Gegharkunik", "exact")
    assert abs(placed.latitude - 40.2) < 0.1 and abs(placed.longitude - 45.9) < 0.1
    assert placed.extra["geocoded"]["query"] == "Sotk"
    assert [(p.row, p.column) for p in preview.rejected] == [(3, "place")]
    assert "cannot be found" in preview.rejected[0].message


def test_names_an_import_could_not_place_are_listed_for_the_gazetteer_page_after_commit(store: Store) -> None:
    from mapdata.geo.placebook import PlaceBook

    data = (
        b"date,place,country,claimant,reporting_side\n"
        b"2023-05-12,Sotk,AM,Armenian MoD,Armenia\n"
        b"2023-05-12,Nowhereville Xyz,,Someone,media\n"
    )
    preview = preview_import(data, store, filename="sheet.csv", place_by_name=True)
    assert PlaceBook(store).unresolved() == []  # previewing writes nothing
    preview.commit(store)
    [listed] = PlaceBook(store).unresolved()
    # the file to import again, and the conflict whose gazetteer (and map) the name was looked up in
    assert listed.name == "Nowhereville Xyz" and listed.context == "import: sheet.csv · Armenia–Azerbaijan"


UNPLACEABLE = (
    b"date,place,country,claimant,reporting_side\n"
    b"2023-05-12,Sotk,AM,Armenian MoD,Armenia\n"
    b"2023-05-12,Nowhereville Xyz,,Someone,media\n"
)


def test_a_failed_follow_up_write_does_not_unsay_the_committed_import(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The incidents are committed first; if recording the unplaced names then fails, say exactly that."""
    from mapdata.errors import StoreError
    from mapdata.geo.placebook import PlaceBook

    def disk_full(self, names):
        raise StoreError("database or disk is full")

    monkeypatch.setattr(PlaceBook, "note_unresolved", disk_full)
    before = store.count()
    preview = preview_import(UNPLACEABLE, store, filename="sheet.csv", place_by_name=True)
    result = preview.commit(store, duplicates="keep")  # the Sotk row also looks like the bundled Sotk claim
    assert len(result.new) == 1 and store.count() == before + 1 and store.get(result.new[0]) is not None
    assert result.follow_up_error is not None
    assert "disk is full" in result.follow_up_error and "1 name" in result.follow_up_error


def test_placing_leaves_rows_with_coordinates_alone(store: Store) -> None:
    data = b"date,place,latitude,longitude,claimant,reporting_side\n2023-05-12,Sotk,40.5,45.5,Armenian MoD,Armenia\n"
    incident = preview_import(data, store, place_by_name=True).incidents[0]
    assert (incident.latitude, incident.longitude, incident.extra) == (40.5, 45.5, {})


def test_geojson_feature_without_geometry_is_placed_by_name(store: Store) -> None:
    data = (
        b'{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": null, '
        b'"properties": {"date": "2023-05-12", "place": "Jermuk", "country": "AM", "claimant": "X", "reporting_side": "media"}}]}'
    )
    assert preview_import(data, store).rejected[0].column == "geometry"
    incident = preview_import(data, store, place_by_name=True).incidents[0]
    assert incident.extra["geocoded"]["place"] == "Jermuk" and 39 < incident.latitude < 41


def test_preview_counts_are_what_the_commit_then_does(store: Store) -> None:
    """The preview's new/updated/unchanged must be exactly what saving does, or its counts would lie."""
    from tests.formats.test_exporter import tricky_incidents

    incidents = tricky_incidents() + preview_import(fixture_bytes("ucdp_download_synthetic.csv"), store).incidents
    store.save(incidents[::2])
    edited = [i.replace(summary="edited") if n % 4 == 0 else i for n, i in enumerate(incidents)]
    planned = store.classify(edited)
    done = store.save(edited)
    assert (planned.new, planned.updated, planned.unchanged) == (done.new, done.updated, done.unchanged)
    assert planned.new and planned.updated and planned.unchanged


def test_a_write_between_preview_and_commit_is_seen_by_the_commit(store: Store) -> None:
    """The commit reuses the preview's comparison with the store only while nothing was written since:
    claims saved meanwhile are counted unchanged or updated, not new, and their history is kept."""
    original = fixture_bytes("acled_current_synthetic.csv")
    preview = preview_import(original, store, filename="a.csv")
    assert len(preview.new) == 5
    meanwhile = preview.incidents[:2]
    store.save([meanwhile[0], meanwhile[1].replace(summary="told otherwise meanwhile")])
    result = preview.commit(store)
    assert (sorted(result.new), result.updated, result.unchanged) == (
        sorted(preview.new[2:]),
        [meanwhile[1].id],
        [meanwhile[0].id],
    )
    assert store.get(meanwhile[1].id) == meanwhile[1].replace(batch=result.batch)
    assert [entry.action for entry in store.history(meanwhile[1].id)] == ["create", "edit"]


def test_a_preview_committed_as_planned_writes_what_a_fresh_comparison_would(store: Store) -> None:
    """Committed right after its preview (the store unchanged), an edited re-import updates exactly the
    edited claim, with its history entry, and leaves the others as they were."""
    original = fixture_bytes("acled_current_synthetic.csv")
    preview_import(original, store, filename="a.csv").commit(store)
    before = {i.id: i for i in store.incidents()}
    edited = original.replace(b"exchange of fire reported near Sotk", b"exchange of fire reported near Sotk (2)")
    preview = preview_import(edited, store, filename="a.csv")
    result = preview.commit(store)
    assert (result.new, result.updated, len(result.unchanged)) == ([], ["acled:ARM90001"], 4)
    after = {i.id: i for i in store.incidents()}
    assert {i for i in after if after[i] != before[i]} == {"acled:ARM90001"}
    assert [entry.action for entry in store.history("acled:ARM90001")] == ["create", "edit"]
