"""The Import page with rows of a conflict no profile covers (walk48: the UCDP sample of Afghanistan's war was
rejected row by row with "add one", and nothing on the page said which conflict the rows are, nor how to cover
it). The page now says which conflict, how many rows, and what to do: write a profile, where to put it."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import shared_file

pytestmark = [pytest.mark.browser, pytest.mark.shared]


@pytest.fixture(scope="module")
def profiles_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("own-profiles")


@pytest.fixture(scope="module")
def app_env(profiles_folder: Path) -> dict[str, str | None]:
    return {"MAPDATA_PROFILES": str(profiles_folder)}


def test_rows_of_a_conflict_no_profile_covers_say_which_conflict_and_how_to_cover_it(page, app_url, profiles_folder):
    ucdp = shared_file("data", "ucdp_ged_api_v24_1_sample_afghanistan.csv")
    page.goto(f"{app_url}/Import")
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(ucdp))
    page.get_by_text("Rejected rows").wait_for(timeout=120_000)
    note = page.locator("[data-testid=stAlert]").filter(has_text="no conflict profile covers")
    expect(note).to_have_count(1)
    text = " ".join(note.inner_text().split())
    assert "5 rows of a conflict no conflict profile covers are rejected" in text
    assert "“Afghanistan: Government” in Afghanistan (Government of Afghanistan, Taleban): 5 rows" in text
    assert "write a profile for that conflict" in text and "ucdp_sides" in text
    assert f"put it in your profiles folder ({profiles_folder})" in text
    assert "Conflict profiles: any ceasefire, as data" in text
