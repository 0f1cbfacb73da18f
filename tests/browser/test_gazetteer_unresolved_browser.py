"""The Gazetteer page's "Unresolved places" tab by keyboard in a real browser: a name an import could
not place is given typed coordinates and their source, and saved with the Enter key - no map click.

It could only be placed by a click on its map before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mapdata.geo.placebook import PlaceBook
from mapdata.store import Store

pytestmark = pytest.mark.browser

NAME = "Post 41"


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("browser-db") / "incidents.db"
    PlaceBook(Store(path)).note_unresolved([(NAME, "import acled", "no such place")])
    return path


def type_into(page, field, text: str) -> None:
    """Focus ``field``, type ``text`` key by key and leave with Tab (which commits the value)."""
    field.focus()
    page.keyboard.type(text, delay=15)
    page.keyboard.press("Tab")
    page.wait_for_timeout(400)  # the rerun the committed value starts


def test_an_unresolved_name_is_placed_by_typed_coordinates(page, app_url, app_db, outside_requests):
    page.goto(f"{app_url}/Gazetteer")
    tab = page.get_by_role("tab", name="Unresolved places (1)")
    tab.wait_for(timeout=120_000)
    tab.focus()
    page.keyboard.press("Enter")
    panel = page.get_by_role("tabpanel").filter(has_text="Place “Post 41” at coordinates")
    latitude = panel.get_by_label("Latitude")
    latitude.wait_for(timeout=60_000)
    type_into(page, latitude, "40.30000")
    type_into(page, panel.get_by_label("Longitude"), "45.61000")
    type_into(page, panel.get_by_label("Where the coordinates come from"), "our own GPS reading")
    button = panel.get_by_role("button", name="Place it at these coordinates")
    button.focus()
    page.keyboard.press("Enter")
    page.get_by_text("Resolved: “Post 41” placed at 40.30000, 45.61000 (our own GPS reading)").wait_for(timeout=60_000)
    book = PlaceBook(Store(app_db))
    assert book.unresolved() == []
    place = book.aliases()["post 41"]
    assert (place.latitude, place.longitude, place.precision) == (40.3, 45.61, "near")
    page.get_by_role("tab", name="Unresolved places (0)").wait_for()
    assert outside_requests.not_tiles() == []
