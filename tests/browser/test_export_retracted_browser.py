"""walk47, clicked: with "Show retracted claims" on, the Table's CSV and the Map's GeoJSON download mark the
retracted claim (``retracted``, when, why), and the claim's retracted notice no longer says it is hidden from
every export while the page shows it and its downloads hold it.
"""

from __future__ import annotations

import csv
import io
import json
import os
from urllib.parse import quote

import pytest

from mapdata.store import Store
from tests.browser.test_export_status_browser import _download

pytestmark = pytest.mark.browser
SHOTS = os.environ.get("MAPDATA_TEST_SHOTS")  # a folder for screenshots to look at, when set
REASON = "entered twice by mistake"


def _retract_one(app_db) -> str:
    store = Store(app_db)
    gone = str(store.frame()["id"].iloc[0])
    store.retract([gone], REASON, who="test")
    return gone


def test_downloads_with_retracted_claims_mark_them(page, app_url, app_db):
    gone = _retract_one(app_db)
    page.goto(f"{app_url}/Table?retracted=1")
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(_download(page, "Download CSV").decode("utf-8-sig")))}
    assert (rows[gone]["retracted"], rows[gone]["retracted_reason"]) == ("true", REASON)
    assert rows[gone]["retracted_at"] and {r["retracted"] for i, r in rows.items() if i != gone} == {"false"}
    page.goto(f"{app_url}/?retracted=1")
    features = {f["id"]: f["properties"] for f in json.loads(_download(page, "Download GeoJSON"))["features"]}
    assert features[gone]["retracted"] is True and features[gone]["retracted_reason"] == REASON


def test_the_retracted_notice_says_when_it_is_shown(page, app_url, app_db):
    gone = Store(app_db).frame(include_retracted=True).query("retracted_at.notna()")["id"].tolist()
    gone = gone[0] if gone else _retract_one(app_db)
    page.goto(f"{app_url}/?retracted=1&claim={quote(gone, safe='')}")
    note = page.locator(".retracted-note").first
    note.wait_for(timeout=60_000)
    text = note.inner_text()
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/retracted_notice.png", full_page=True)
    assert "unless “Show retracted claims” is on" in text and "downloads mark it retracted" in text
    assert "Hidden from every view and export;" not in text
