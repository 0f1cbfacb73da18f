"""walk40 item 3 in the map's "Correct this claim" form: a claim opened from its link, its claimant
changed to one the conflict's profile gives another side ("Azerbaijani MoD", the Armenia–Azerbaijan
profile's voice of Azerbaijan, over an outlet's claim whose side is "media"). The first "Save changes"
saves nothing and says why; the second saves it as typed (a warning the user confirms, not a refusal)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from mapdata.store import Store

pytestmark = pytest.mark.browser

from test_curation_browser import expander, said, typed

from maptools import main, open_expander, open_map, wait_idle

SHOTS = os.environ.get("MAPDATA_TEST_SHOTS")  # a folder for screenshots to look at, when set
MEDIA_CLAIM = "bundled:2023-05-11-media-border-clash"  # Daily Sabah, side "media"


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The database the server opens (made here, so the test can read the claim back)."""
    path = tmp_path_factory.mktemp("browser-db") / "incidents.db"
    Store(path)
    return path


def test_a_claimant_of_another_side_is_warned_of_and_saved_on_confirming(page, app_url, app_db, outside_requests):
    open_map(page, f"{app_url}/?claim={MEDIA_CLAIM}")
    page.locator(f"[data-claim-id='{MEDIA_CLAIM}']").wait_for(timeout=120_000)
    wait_idle(page)
    correct = expander(page, "Correct this claim")
    open_expander(page, correct)
    typed(page, "Claimant (who says so)", "Azerbaijani MoD")
    correct.get_by_role("button", name="Save changes").click()
    said(page, "Not saved yet")
    warning = main(page).locator("[data-testid=stAlert]").filter(has_text="Not saved yet")
    expect(warning).to_contain_text("names “Azerbaijani MoD” a voice of Azerbaijan")
    expect(warning).to_contain_text("Choose “Azerbaijan” as the reporting side")
    expect(warning).to_be_in_viewport()
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / "curation-side-warning.png"), full_page=True)
    wait_idle(page)
    assert Store(app_db).get(MEDIA_CLAIM).claimant == "Daily Sabah"  # nothing saved on the first press
    expect(page.get_by_role("textbox", name="Claimant (who says so)")).to_have_value("Azerbaijani MoD")

    correct.get_by_role("button", name="Save changes").click()  # confirmed: saved as typed
    said(page, "Saved: claimant Daily Sabah → Azerbaijani MoD.")  # its values, in a toast (walk43)
    saved = Store(app_db).get(MEDIA_CLAIM)
    assert (saved.claimant, saved.reporting_side) == ("Azerbaijani MoD", "media")
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / "curation-side-saved.png"))
    assert outside_requests.not_tiles() == []
