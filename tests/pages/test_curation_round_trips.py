"""Every view reflects a correction: the map, the table, the timeline and the downloads (AppTest).

The change is made through the store (as the details panel, the CLI or the Import page make
it); each page is then opened fresh, as a user switching pages would.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest

from apptools import open_page, shown_and_total
from mapdata.store import Store
from tests.pages import test_page_table
from tests.pages.test_app import APP, SOTK_UAV, MapStub
from tests.pages.test_page_table import TABLE, downloaded
from tests.pages.test_page_timeline import TIMELINE, chart_data, charts

recorded_media = test_page_table.media  # the fixture "media": the downloads' media file managers

TIMEOUT = 60


def views(monkeypatch: pytest.MonkeyPatch, media_files: list) -> dict[str, object]:
    """What the map sends, the table lists, the timeline counts and the downloads hold, by claim id."""
    stub = MapStub()
    stub.install(monkeypatch)
    open_page(APP)
    timeline = open_page(TIMELINE)
    table = open_page(TABLE)  # last: downloads read its media files
    # (no claim left at all: the page says so, with no grid, ui/empty.py)
    rows = table.dataframe[0].value.set_index("id") if table.dataframe else pd.DataFrame()
    if rows.empty:  # nothing shown, nothing to download
        csv_rows, features = pd.DataFrame({"id": []}), []
    else:
        csv_rows = pd.read_csv(io.BytesIO(downloaded(media_files, table, "Download CSV")), encoding="utf-8-sig")
        features = json.loads(downloaded(media_files, table, "Download GeoJSON"))["features"]
    bars = chart_data(charts(timeline)[0]) if charts(timeline) else pd.DataFrame({"count": []})
    return {
        "map": set(stub.sent_ids),
        "table": rows,
        "timeline_total": int(bars["count"].sum()),
        "timeline_shown": shown_and_total(timeline),
        "csv": csv_rows.set_index("id"),
        "geojson": {f["id"]: f["properties"] for f in features},
    }


def test_edit_retract_restore_and_batch_undo_show_in_every_view(db_path: Path, recorded_media: list, monkeypatch):
    media = recorded_media
    store = Store(db_path)
    before = views(monkeypatch, media)
    assert SOTK_UAV in before["map"] and before["timeline_total"] == 18

    store.edit(SOTK_UAV, {"date": "2023-05-13", "wounded": 3}, who="ana")
    seen = views(monkeypatch, media)
    assert SOTK_UAV in seen["map"]
    assert str(seen["table"].loc[SOTK_UAV, "date"])[:10] == "2023-05-13" and seen["table"].loc[SOTK_UAV, "wounded"] == 3
    assert seen["csv"].loc[SOTK_UAV, "date"] == "2023-05-13" and seen["geojson"][SOTK_UAV]["wounded"] == 3

    store.retract([SOTK_UAV], reason="pasted twice")
    seen = views(monkeypatch, media)
    assert SOTK_UAV not in seen["map"] and SOTK_UAV not in seen["table"].index
    assert SOTK_UAV not in seen["csv"].index and SOTK_UAV not in seen["geojson"]
    assert seen["timeline_total"] == 17 and seen["timeline_shown"] == (17, 17)

    store.restore([SOTK_UAV])
    seen = views(monkeypatch, media)
    assert SOTK_UAV in seen["map"] and SOTK_UAV in seen["csv"].index and seen["timeline_total"] == 18

    store.review([SOTK_UAV], "verified")
    assert views(monkeypatch, media)["table"].loc[SOTK_UAV, "review_status"] == "verified"

    bundled = store.batches()["id"].iloc[-1]
    store.retract_batch(bundled, reason="start from an empty map")
    seen = views(monkeypatch, media)
    assert seen["map"] == set() and seen["table"].empty and seen["timeline_shown"] == (0, 0)
    # walk48: not "No incidents match these filters": every claim is retracted, kept, and the page says so
    table = open_page(TABLE)
    assert any("all 18 claims in this database are retracted" in m.value for m in table.markdown)
