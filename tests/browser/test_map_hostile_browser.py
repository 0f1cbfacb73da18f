"""Hostile text in an imported claim stays text on the live map: nothing runs, the page still works."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import at
from mapdata.model import Incident
from mapdata.store import Store

pytestmark = pytest.mark.browser

from maptools import open_map, page_point, tooltip_at, wait_total

HOSTILE_PLACE = "<img src=x onerror=\"window.top.__pwned='img'\">`${window.top.__pwned='tpl'}`"
HOSTILE_SUMMARY = "</script><script>window.top.__pwned='script'</script> {{ 7*7 }} **bold?**"
HOSTILE_ID = "csv:</script>`${1}`"
SPOT = (40.6, 45.1)


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the bundled claims plus one whose every text field is an attack."""
    path = tmp_path_factory.mktemp("hostile-db") / "incidents.db"
    Store(path).save(
        [
            Incident.create(
                id=HOSTILE_ID,
                date="2023-06-01",
                place=HOSTILE_PLACE,
                **at(SPOT),
                geo_precision="exact",
                claimant="<b>claimant</b>",
                reporting_side="media",
                accused_side="unknown",
                source="`source`",
                source_url="javascript:window.top.__pwned='link'",
                summary=HOSTILE_SUMMARY,
            )
        ],
        origin="csv",
    )
    return path


def test_hostile_claim_is_shown_as_text_and_runs_nothing(page, app_url, outside_requests):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    frame = open_map(page, app_url)
    wait_total(frame, 19)
    assert tooltip_at(page, frame, SPOT) == f"2023-06-01 · {HOSTILE_PLACE}"
    page.mouse.click(*page_point(page, frame, *SPOT))
    popup = frame.locator(".leaflet-popup-content")
    popup.wait_for()
    assert HOSTILE_SUMMARY in popup.inner_text()
    assert frame.locator(".leaflet-popup-content img, .leaflet-tooltip img").count() == 0
    # The click reached the app with the exact id; the details panel shows the texts as text.
    page.get_by_text(HOSTILE_ID).first.wait_for()
    assert page.get_by_text("{{ 7*7 }}", exact=False).count() >= 1
    assert page.get_by_role("link", name="Open the source report").count() == 0  # javascript: is no link
    page.wait_for_timeout(500)
    assert page.evaluate("window.__pwned") is None
    assert frame.evaluate("window.__pwned === undefined && window.top.__pwned === undefined")
    assert dialogs == []
    assert outside_requests.not_tiles() == []
