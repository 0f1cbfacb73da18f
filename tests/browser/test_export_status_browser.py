"""The Table page's and the Map page's download buttons, clicked: the files carry each claim's clash status.

The status is the one the page shows (found over the whole store), so a side filter that leaves one
account of a contested clash still exports it as contested.
"""

from __future__ import annotations

import csv
import io
import json
import os

import pytest

from factories import make_claim
from mapdata.claims import find_clashes
from mapdata.store import Store

pytestmark = pytest.mark.browser
SHOTS = os.environ.get("MAPDATA_TEST_SHOTS")  # a folder for screenshots to look at, when set


def _expected(app_db) -> dict[str, str]:
    frame = Store(app_db).frame()
    return dict(zip(frame["id"], find_clashes(frame).status.astype(str)))


def _download(page, name: str) -> bytes:
    button = page.get_by_role("button", name=name, exact=False).first
    button.wait_for()
    page.wait_for_timeout(500)
    with page.expect_download() as info:
        button.click()
    return open(info.value.path(), "rb").read()


def test_table_csv_download_carries_the_clash_status(page, app_url, app_db):
    page.goto(f"{app_url}/Table?side=Armenia")
    rows = list(csv.DictReader(io.StringIO(_download(page, "Download CSV").decode("utf-8-sig"))))
    expected = _expected(app_db)
    assert rows and {r["reporting_side"] for r in rows} == {"Armenia"}
    assert {r["id"]: r["clash_status"] for r in rows} == {r["id"]: expected[r["id"]] for r in rows}
    assert "contested" in {r["clash_status"] for r in rows}


def test_map_geojson_download_carries_the_clash_status(page, app_url, app_db):
    page.goto(f"{app_url}/?status=contested")
    document = json.loads(_download(page, "Download GeoJSON"))
    expected = _expected(app_db)
    statuses = {f["id"]: f["properties"]["clash_status"] for f in document["features"]}
    assert statuses and set(statuses.values()) == {"contested"}
    assert statuses == {i: s for i, s in expected.items() if s == "contested"}


def test_csv_downloads_list_newest_first_with_weapons_as_text(page, app_url, app_db):
    """The order the user sees (newest first, as the Table and the spot lists) and weapons as a
    reader writes them ("mortar; drone"), from the Table's and the Map's CSV buttons."""
    for path in ("/Table", "/"):
        page.goto(f"{app_url}{path}")
        rows = list(csv.DictReader(io.StringIO(_download(page, "Download CSV").decode("utf-8-sig"))))
        frame = Store(app_db).frame()
        assert len(rows) == len(frame)
        shown = frame.sort_values(["date", "id"], ascending=[False, True])["id"].tolist()
        assert [r["id"] for r in rows] == shown, path  # newest first, ties by id
        weapons = {r["id"]: r["weapons"] for r in rows}
        stored = dict(zip(frame["id"], frame["weapons"]))
        assert weapons == {i: "; ".join(w) for i, w in stored.items()}, path
        assert any("; " in cell for cell in weapons.values()) and not any(c.startswith("[") for c in weapons.values())


def test_the_csv_with_history_holds_no_json_for_a_person_to_read(page, app_url, app_db):
    """walk5: the CSV's extra and history cells held JSON. The Table's "with review and history"
    download, clicked: extra as "key: value; …", the history a line per entry."""
    store = Store(app_db)
    store.save(
        [
            make_claim(
                id="acled:ARM99001",
                date="2021-03-03",
                origin="acled",
                extra={"acled": {"actor1": "Military Forces of Azerbaijan (2003-)", "data_id": "7002534"}},
            )
        ],
        origin="acled",
    )
    store.review(["acled:ARM99001"], "disputed", note="two outlets disagree")
    page.goto(f"{app_url}/Table?from=2021-03-03&to=2021-03-03")
    data = _download(page, "Download with review and history").decode("utf-8-sig")
    [row] = list(csv.DictReader(io.StringIO(data)))
    assert row["extra"] == 'acled.actor1: Military Forces of Azerbaijan (2003-); acled.data_id: "7002534"'
    lines = row["history"].split("\n")
    assert len(lines) == 2 and lines[1].endswith(
        "review: review_status unreviewed → disputed; review_note — → two outlets disagree"
    )
    assert not row["history"].startswith("[") and "{" not in row["history"]


def test_the_table_pages_three_download_buttons_are_as_wide_as_each_other(page, app_url):
    """walk7 item 9: "with review and history" was narrow beside the full-width CSV and GeoJSON buttons."""
    page.goto(f"{app_url}/Table")
    names = ("Download CSV", "Download GeoJSON", "Download with review and history")
    buttons = [page.get_by_role("button", name=name, exact=False).first for name in names]
    for button in buttons:
        button.wait_for()
    page.wait_for_timeout(500)
    boxes = [button.bounding_box() for button in buttons]
    widths = [round(box["width"]) for box in boxes if box]
    assert len(widths) == 3 and max(widths) - min(widths) <= 1, dict(zip(names, widths))
    assert len({round(box["x"]) for box in boxes if box}) == 1  # one column, left edges in line
    if SHOTS:
        boxes_top, boxes_bottom = boxes[0]["y"], boxes[-1]["y"] + boxes[-1]["height"]
        page.screenshot(
            path=os.path.join(SHOTS, "table-downloads.png"),
            clip={"x": 0, "y": max(0, boxes_top - 40), "width": 1500, "height": boxes_bottom - boxes_top + 80},
        )
