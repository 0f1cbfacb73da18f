"""The first "Propose incidents" on a machine with no gazetteer index yet (plain ``streamlit run
app.py`` after installing), in headless Chromium: while it waits, the page says why; then it
proposes what a later Propose of the same report does. Nothing leaves the machine."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import propose_report

REPORT = """url: https://example.org/wire/first
published: 2021-05-14
outlet: Example Wire

Armenian forces opened fire on Azerbaijani positions in the direction of Tovuz district on Thursday, Azerbaijan's Defence Ministry said.
Separately, the Armenian Defence Ministry said Azerbaijani units shelled positions near Sotk the previous day.
"""


@pytest.fixture(scope="module")
def app_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str | None]:
    """A new machine: an empty cache folder, so the app's first reader has the index built."""
    return {"MAPDATA_CACHE": str(tmp_path_factory.mktemp("empty-cache"))}


def test_the_first_propose_says_it_waits_for_the_index_then_reads_as_later(page, app_url, outside_requests):
    page.goto(f"{app_url}/Add_report")
    propose_report(page, REPORT)
    expect(page.get_by_text("the offline gazetteer index is being built")).to_be_visible(timeout=30_000)
    first = page.get_by_text("proposed incident").first
    first.wait_for(timeout=300_000)
    said_first = first.inner_text()
    propose_report(page, REPORT.replace("Sotk", "Sotk "))  # a changed text is read again: now with the index
    page.get_by_text("the offline gazetteer index is being built").wait_for(state="detached", timeout=60_000)
    later = page.get_by_text("proposed incident").first
    later.wait_for(timeout=60_000)
    assert said_first == later.inner_text() and said_first.startswith("2 ")
    assert outside_requests.not_tiles() == []
