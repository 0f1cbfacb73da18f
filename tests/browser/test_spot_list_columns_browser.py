"""A spot of many near-identical claims, in a real browser (walk34 item 6: 298 claims at Chinari told
apart only by opening each): each row of the narrow list starts with what tells claims apart (side →
accused, clash status), then the start of its summary, and the denied and contested clashes sort
first; event type, weapons and claimant are in the list's hidden columns (tests/pages/test_app.py
checks they are there)."""

from __future__ import annotations

from pathlib import Path

import pytest
from dense import DENSE_SPOT, dense_incidents

from factories import at
from mapdata.model import Incident
from mapdata.store import Store

pytestmark = pytest.mark.browser

from maptools import click_spot, list_header, list_rows, main, open_map

COUNT = 40
CONTESTED_DAY = "2018-06-01"  # before every other claim of the spot: newest first puts it last


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("spot-columns-db") / "incidents.db"
    told = dict(date=CONTESTED_DAY, place="Chinari", **at(DENSE_SPOT), geo_precision="near", origin="csv")
    pair = [
        Incident.create(
            id="csv:pair-am",
            claimant="Pair Armenian MoD",
            reporting_side="Armenia",
            accused_side="Azerbaijan",
            event_type="shelling",
            weapons=["mortars"],
            summary="Azerbaijani units fired mortars at our positions near Chinari.",
            **told,
        ),
        Incident.create(
            id="csv:pair-az",
            claimant="Pair Azerbaijani MoD",
            reporting_side="Azerbaijan",
            accused_side="Armenia",
            event_type="shelling",
            summary="Armenian units shelled our positions opposite Chinari.",
            **told,
        ),
    ]
    Store(path).save(dense_incidents(COUNT)[:COUNT] + pair, origin="csv", label="spot columns fixture")
    return path


def test_the_narrow_list_shows_side_and_status_first_and_sorts_contested_clashes_first(page, app_url):
    frame = open_map(page, app_url)
    click_spot(page, frame, DENSE_SPOT)
    list_header(page).wait_for()
    assert list_header(page).inner_text() == f"{COUNT + 2} claims at Chinari"
    rows = list_rows(page)  # (waits for the grid)
    header_row = main(page).locator("[data-testid=stDataFrame] [role=row]").first
    headers = [(h.text_content() or "").strip() for h in header_row.locator("th, [role=columnheader]").all()]
    # what a narrow panel shows without scrolling: the date, and a line starting with what tells
    # near-identical claims apart
    assert headers == ["Date", "Claim"]
    assert all(status(row) != "contested" for row in rows)  # newest first: the pair is on a later page

    main(page).get_by_label("Sort by").click()
    page.get_by_role("option", name="clash status (denied, contested first)").click()
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=stMain] [role=gridcell]')]"
        ".some(c => / · contested( · | — )/.test(c.innerText))"  # then what tells it apart (walk47), or the summary
    )
    first, second, third = list_rows(page)[:3]
    assert [status(first), status(second), status(third)] == ["contested", "contested", "single source"]
    assert {sides(first), sides(second)} == {"Armenia → Azerbaijan", "Azerbaijan → Armenia"}


def sides(row: list[str]) -> str:
    """The side → accused a row's claim line starts with ("Armenia → Azerbaijan · contested · mortars — …")."""
    return row[1].split(" · ")[0]


def status(row: list[str]) -> str:
    return row[1].split(" · ")[1].split(" — ")[0]
