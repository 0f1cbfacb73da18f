"""20,000 claims at one village on one day (issue 12, item 2): the map opens, the server stays
small. Before the linear-memory grouping, 8,000 such claims took 20 s and 3.6 GB to group."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

from mapdata.model import Incident
from mapdata.store import Store
from maptools import MAP_IFRAME

N = 20_000
SIDES = ("Armenia", "Azerbaijan", "media", "third party")


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled claims plus N claims of our own at one spot on one day, every side."""
    path = tmp_path_factory.mktemp("dense-db") / "incidents.db"
    claims = [
        Incident.create(
            id=f"dense:{i}",
            date="2023-05-12",
            place="Densely reported village",
            latitude=40.2,
            longitude=45.87,
            claimant=f"{SIDES[i % 4]} source",
            reporting_side=SIDES[i % 4],
            origin="csv",
        )
        for i in range(N)
    ]
    Store(path).save(claims, origin="csv", label="dense spot")
    return path


def server_peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM line")


def test_map_opens_on_twenty_thousand_claims_at_one_spot(page, app_server):
    page.goto(app_server.url)
    frame = page.wait_for_selector(MAP_IFRAME, timeout=120_000).content_frame()
    frame.wait_for_function(
        "n => { const c = document.querySelector('.leaflet-container');"
        " return c && c.getAttribute('data-incidents-total') === String(n) && Number(c.getAttribute('data-incidents-drawn')) > 0; }",
        arg=N + 18,
        timeout=120_000,
    )
    page.get_by_text(f"{N + 18:,} of {N + 18:,} incidents shown").wait_for(timeout=60_000)
    counts = [int(t.replace(",", "")) for t in frame.locator(".mapdata-cluster").all_inner_texts()]
    assert max(counts) >= N  # the spot is one cluster (with the bundled claims of Sotk nearby)
    assert server_peak_rss_mb(app_server.process.pid) < 2048
