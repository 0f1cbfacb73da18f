"""walk47 item 16 in a real browser: a busy spot's rows of one source read apart.

At ACLED's Berdavan one ministry told 159 of the 160 claims, each row "Armenia → Azerbaijan · single source —
On 9 August 2020, military forces of Azerbaijan fired…": the same line but for the date. A row now says what
tells it from its neighbours (casualties, an unusual event type or claimant, the weapons) and ends with the
claim's id, after the sides and the clash status; the list opens newest first.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from factories import at
from mapdata.model import Incident
from mapdata.store import Store

pytestmark = pytest.mark.browser

from maptools import click_spot, first_page_of_list, main, open_map

SHOTS = os.environ.get("MAPDATA_TEST_SHOTS")
SPOT = (41.2057, 44.9982)  # where ACLED puts Berdavan, 160 claims on one point
COUNT = 30
MINISTRY = "Ministry of Foreign Affairs of Armenia"
WEAPONS = (["small arms", "sniper rifles"], ["small arms", "sniper rifles", "heavy machine guns"], ["small arms"])


def claims() -> list[Incident]:
    start = dt.date(2020, 8, 9)
    made = []
    for n in range(COUNT):
        day = start - dt.timedelta(days=4 * n)
        made.append(
            Incident.create(
                id=f"acled:ARM{4752 - n}",
                date=day.isoformat(),
                place="Berdavan",
                **at(SPOT),
                geo_precision="near",
                claimant="BBC News" if n == 1 else MINISTRY,
                reporting_side="media" if n == 1 else "Armenia",
                accused_side="Azerbaijan",
                event_type="shelling" if n == 3 else "armed clash",
                weapons=WEAPONS[n % len(WEAPONS)],
                killed=1 if n == 2 else None,
                summary=f"On {day.day} {day:%B %Y}, military forces of Azerbaijan fired with "
                + "/".join(WEAPONS[n % len(WEAPONS)])
                + " on the positions of the military forces of Armenia located near Berdavan, Tavush.",
                source=MINISTRY,
                origin="csv",
            )
        )
    return made


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("walk47-spot-rows-db") / "incidents.db"
    Store(path).save(claims(), origin="csv", label="walk47 Berdavan fixture")
    return path


def test_a_busy_spots_rows_of_one_source_read_apart(page, app_url):
    frame = open_map(page, app_url)
    click_spot(page, frame, SPOT)
    rows = first_page_of_list(page, COUNT, "Berdavan")  # newest first, 25 a page
    grid = main(page).locator("[data-testid=stDataFrame]").first
    grid.scroll_into_view_if_needed()
    if SHOTS:
        grid.screenshot(path=os.path.join(SHOTS, "walk47-berdavan-rows.png"))
    lines = [row[1] for row in rows]
    assert rows[0][0].startswith("2020-08-09")
    assert len(set(lines)) == len(lines), lines  # no two rows read the same
    assert lines[0].endswith("· ARM4752") and lines[1].endswith("· ARM4751")  # each ends with its id
    assert not any("August 2020" in line for line in lines)  # the Date column says it, not the line again
    assert lines[0].startswith("Armenia → Azerbaijan · single source · small arms, sniper rifles")
    assert lines[1].startswith("media → Azerbaijan · single source · BBC News · ")  # not the usual claimant: said
    assert lines[2].startswith("Armenia → Azerbaijan · single source · 1 killed · ")
    assert lines[3].startswith("Armenia → Azerbaijan · single source · shelling · ")  # not the usual event type
    assert MINISTRY not in " ".join(lines) and "armed clash" not in " ".join(lines)
