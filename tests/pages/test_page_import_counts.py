"""The Import page counts what it writes, names the box that places rows by name, and numbers a
GeoJSON's rejections as features (walk40 items 9, 10 and 11)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from apptools import open_page_without_error
from mapdata.store import Store

# Two look-alikes of bundled claims (same claimant, day and place), one new claim, a bad date and
# a row that names a place the gazetteer lacks, with no coordinates: the walk's own sheet, in Armenia.
SHEET = (
    b"date,place,latitude,longitude,country,claimant,reporting_side,accused_side,event_type,source\n"
    b"2023-05-12,Sotk,40.20007,45.86951,AM,Armenian MoD,Armenia,Azerbaijan,shelling,My notes\n"
    b"2023-05-12,Sotk-Kalbajar border,40.15,45.95,AZ,Azerbaijani MoD,Azerbaijan,Armenia,shelling,My notes\n"
    b"2021-03-02,Vardenis,40.18,45.73,AM,Armenian MoD,Armenia,Azerbaijan,shelling,My notes\n"
    b"2021-03-0x,Vardenis,40.18,45.73,AM,Armenian MoD,Armenia,Azerbaijan,shelling,My notes\n"
    b"2021-03-04,Qwxzzlebrook,,,AM,Armenian MoD,Armenia,Azerbaijan,shelling,My notes\n"
)


@pytest.fixture
def page(db_path: Path) -> AppTest:
    Store(db_path)
    return open_page_without_error("app_pages/4_Import.py")


def upload(at: AppTest, name: str, data: bytes) -> AppTest:
    at.file_uploader[0].set_value((name, data, "text/csv"))
    return at.run()


def shown(element) -> str:
    return element.value.replace("\\", "")


def boxes(at: AppTest) -> dict[str, int]:
    """The summary boxes above the import button, as numbers."""
    return {m.label: int(m.value.replace(",", "")) for m in at.metric}


def import_button(at: AppTest):
    return next(b for b in at.button if b.label.startswith(("Import", "Merge", "Nothing")))


def test_the_import_button_counts_the_rows_it_saves_not_the_look_alikes_it_skips(page: AppTest, db_path: Path) -> None:
    before = Store(db_path).count()
    upload(page, "sheet.csv", SHEET)
    # walk41: the boxes said "New 3" over this button; they count what it writes, the skipped apart
    assert boxes(page) == {"Rows": 5, "New": 1, "Updated": 0, "Look-alikes skipped": 2, "Unchanged": 0, "Rejected": 2}
    assert "2 rows look like claims already stored" in page.subheader[-1].value
    # walk40: "Import 3 valid rows" while 2 of the 3 were to be skipped
    assert import_button(page).label == "Import 1 row (2 look-alikes skipped)"
    page.radio(key="import_duplicates_0").set_value("merge").run()
    assert import_button(page).label == "Import 1 row and merge 2 look-alikes into stored claims"
    assert boxes(page)["New"] == 1 and boxes(page)["Merged into stored claims"] == 2
    assert "Look-alikes skipped" not in boxes(page)
    page.radio(key="import_duplicates_0").set_value("keep").run()
    assert import_button(page).label == "Import 3 rows"
    assert boxes(page)["New"] == 3 and not {"Look-alikes skipped", "Merged into stored claims"} & set(boxes(page))
    page.radio(key="import_duplicates_0").set_value("skip").run()
    assert sum(n for what, n in boxes(page).items() if what != "Rows") == boxes(page)["Rows"]  # they add up
    import_button(page).click().run()
    assert not page.exception
    said = shown(page.success[0])
    assert "1 new, 0 updated" in said and "2 look-alikes skipped" in said, said
    assert Store(db_path).count() == before + 1


def test_a_row_with_a_place_and_no_coordinates_names_the_box_that_places_it(page: AppTest, db_path: Path) -> None:
    upload(page, "sheet.csv", SHEET)
    lines = [line for m in page.markdown for line in shown(m).split("\n") if line.startswith("- **Row 6**")]
    # walk40: "Row 5 · latitude: is required", nothing pointing to the box above
    assert len(lines) == 1 and "placing rows by their place name is off" in lines[0], lines
    assert "Qwxzzlebrook" in lines[0] and "is required" not in lines[0]
    hint = next(shown(i) for i in page.info if "a place but has no coordinates" in shown(i))
    assert "1 row (row 6) names" in hint and "Place rows without coordinates by their place name" in hint, hint
    page.button(key="import_place_them_0").click().run()
    assert page.checkbox(key="import_place_by_name_0").value is True
    lines = [line for m in page.markdown for line in shown(m).split("\n") if line.startswith("- **Row 6**")]
    assert "the place cannot be found" in lines[0], lines
    assert any("Not in the gazetteer: “Qwxzzlebrook”" in shown(i) for i in page.info)
    import_button(page).click().run()
    assert not page.exception
    # after the import: the row left out, and how to bring it in
    told = next(shown(i) for i in page.info if "could not be placed" in shown(i))
    assert "“Qwxzzlebrook”" in told and "Gazetteer page" in told and "import sheet.csv again" in told, told
    assert any(link.label == "Place it on the Gazetteer page" for link in page.get("page_link"))  # one name


def geojson(*features: dict) -> bytes:
    return json.dumps({"type": "FeatureCollection", "features": list(features)}).encode()


def feature(date: str, place: str, point: list[float] | None) -> dict:
    properties = {"date": date, "place": place, "claimant": "Armenian MoD", "reporting_side": "Armenia"}
    geometry = None if point is None else {"type": "Point", "coordinates": point}
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def test_a_geojson_s_rejections_are_numbered_as_features_and_no_header_is_spoken_of(page: AppTest) -> None:
    data = geojson(
        feature("2021-03-02", "Vardenis", [45.73, 40.18]),
        feature("2021-03-0x", "Vardenis", [45.73, 40.18]),
        feature("2021-03-04", "Qwxzzlebrook", None),
    )
    upload(page, "mine.geojson", data)
    info = shown(page.info[0])
    assert info.startswith("Format: **GeoJSON**") and "header" not in info, info
    lines = [line for m in page.markdown for line in shown(m).split("\n") if line.startswith("- **")]
    assert [line.split(" · ")[0] for line in lines] == ["- **Feature 2**", "- **Feature 3**"], lines
    assert "placing rows by their place name is off" in lines[1]
    assert page.subheader[0].value == "Rejected features"
    caption = next(shown(c) for c in page.caption if "by reason" in shown(c))
    assert caption.startswith("2 features, by reason") and "header" not in caption and "line" not in caption
    assert any("1 feature (feature 3) names a place" in shown(i) for i in page.info)
