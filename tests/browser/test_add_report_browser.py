"""Add report in headless Chromium, for a conflict other than the default: a pasted report is read
as its conflict and saved, and a claim typed by hand records the conflict chosen, with that
conflict's sides offered. Both then show on the map under that conflict. Nothing leaves the machine."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import MAP_IFRAME, click_tab, open_expander, propose_report, sized_page, wait_idle
from tests.browser.test_conflict_browser import choose_conflict

# Our own wording of the kind of statement the Indian Army issues (invented facts).
REPORT = """url: https://example.org/poonch-2031
published: 2012-05-08
outlet: Example Wire

Pakistani troops violated ceasefire in the Poonch sector on 7 May, firing at Indian posts, the Indian Army said.
"""


def tab(page, name: str):
    click_tab(page, name)
    return page.get_by_role("tabpanel", name=name)


def pick(panel, page, label: str, option: str) -> None:
    """Choose ``option`` in the select box ``label`` once the app is idle, and wait for the run it starts:
    choosing the conflict redraws the form with that conflict's sides, and a box opened during that run
    was the old form's (CI of da3cd68 waited 90 s for "Cambodia" in Armenia–Azerbaijan's list)."""
    wait_idle(page)
    panel.locator("[data-testid=stSelectbox]").filter(has_text=label).first.click()
    page.get_by_role("option", name=option, exact=True).click()
    wait_idle(page)


def save_by_hand(panel, fields: dict[str, str]) -> None:
    """Type ``fields`` (label -> text) into the hand form and press its Save button."""
    for label, value in fields.items():
        panel.get_by_label(label, exact=True).fill(value)
    panel.get_by_role("button", name="Save this incident").click()


def test_a_pasted_report_is_read_as_its_conflict_and_saved_there(page, app_url, outside_requests):
    page.goto(f"{app_url}/Add_report")
    propose_report(page, REPORT)
    page.get_by_text("Read as India–Pakistan").wait_for()
    page.get_by_text("1 proposed incident").wait_for()
    page.get_by_role("button", name="Save ticked incidents").click()
    # said under the Save button, once (walk41: at the top of the page too)
    saved = page.get_by_text("Saved 1 incident: 1 new")
    saved.first.wait_for()
    _when_idle(page)
    expect(saved).to_have_count(1)

    page.goto(f"{app_url}/?conflict=india-pakistan")
    page.get_by_text("1 of 1 incident shown").wait_for()  # of the conflict chosen (walk51: of 19, the database)
    assert outside_requests.not_tiles() == []


def test_a_claim_typed_by_hand_records_the_conflict_chosen_with_its_sides(page, app_url, outside_requests):
    page.goto(f"{app_url}/Add_report")
    panel = tab(page, "Enter one incident by hand")
    pick(panel, page, "Conflict", "Thailand–Cambodia")
    # The form is drawn again with that conflict's sides (none chosen for the user: walk51).
    expect(panel.get_by_role("combobox", name="Reporting side")).to_have_value("")
    pick(panel, page, "Reporting side", "Cambodia")
    expect(panel.get_by_role("combobox", name="Reporting side")).to_have_value("Cambodia")
    pick(panel, page, "Event type", "shelling")
    pick(panel, page, "Accused side", "Thailand")
    save_by_hand(
        panel,
        {
            "Date (YYYY-MM-DD)": "2012-07-24",
            "Place": "Ta Muen Thom",
            "Latitude": "14.35",
            "Longitude": "103.27",
            "Claimant (who says so)": "Cambodian Ministry of National Defence",
            "Source (outlet)": "Example Wire",
            "Source URL": "https://example.org/ta-muen-2031",
        },
    )
    saved = page.locator("[data-testid=stAlertContentSuccess]").filter(has_text="Ta Muen Thom")
    saved.filter(has_text="Thailand–Cambodia").wait_for()

    page.goto(app_url)
    choose_conflict(page, "Thailand–Cambodia (1)")
    page.wait_for_url("**conflict=thailand-cambodia**")
    assert outside_requests.not_tiles() == []


def test_a_report_file_over_two_megabytes_is_refused_in_the_browser(page, app_url, tmp_path):
    # The box said Streamlit's "200MB per file" under our "up to 2 MB"; now the browser keeps our limit.
    page.goto(f"{app_url}/Add_report")
    page.get_by_text("2MB per file").wait_for()
    big = tmp_path / "report.txt"
    big.write_bytes(b"Shelling was reported near Sotk. " * 100_000)  # 3.3 MB
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(big))
    expect(page.get_by_text("File must be 2.0MB or smaller.")).to_be_visible()
    expect(page.get_by_text("is 3.1 MB; a report is a few kB")).to_have_count(0)  # it never reached the server


def test_the_hand_form_lists_every_problem_in_one_message(page, app_url):
    """A bad date, no place nor coordinates, no event type nor side chosen and a bad count, saved at once: all
    five are listed."""
    page.goto(f"{app_url}/Add_report")
    panel = tab(page, "Enter one incident by hand")
    save_by_hand(
        panel,
        {
            "Date (YYYY-MM-DD)": "2022-13-45",
            "Claimant (who says so)": "Our own observer",
            "Killed (empty = not stated)": "several",
        },
    )
    alert = panel.locator("[data-testid=stAlertContentError]").filter(has_text="5 problems to fix")
    alert.wait_for()
    items = alert.locator("li").all_inner_texts()
    assert len(items) == 5, items
    assert items[0].startswith("date: not a valid date") and items[1].startswith("place: give a place")
    assert items[2].startswith("event type: choose one") and items[3].startswith("reporting side: choose")
    assert items[4].startswith("killed: not a number")


# What a reviewer checks first in the proposals grid (its headings), left to right.
FIRST_CHECKED = ["date", "place", "claimant", "side", "accused", "event type", "killed", "wounded"]


def proposals_grid(page, app_url: str, report: str):
    """Add report with ``report`` proposed (one incident): its grid, drawn."""
    page.goto(f"{app_url}/Add_report")
    propose_report(page, report)
    page.get_by_text("1 proposed incident").wait_for()
    grid = page.locator("[data-testid=stDataFrame]").first
    grid.locator("[role=columnheader]").first.wait_for(state="attached")
    page.wait_for_timeout(500)
    return grid


def test_the_proposals_grid_shows_what_a_reviewer_checks_first_at_1280_px(browser, app_url):
    """At 1280 x 800 (the sidebar open) the grid's first view holds date, place, claimant, sides,
    event type and casualties whole, without scrolling sideways (a walk-through found event type
    and casualties off to the right, behind coordinates and precision)."""
    with sized_page(browser, 1280, 800) as page:
        grid = proposals_grid(page, app_url, REPORT)
        # The grid draws on a canvas; its accessible table holds the columns in view (a column
        # cut by the right edge included), in order.
        headings = [(h.text_content() or "").strip() for h in grid.locator("[role=columnheader]").all()]
        assert headings[: len(FIRST_CHECKED) + 1] == ["save", *FIRST_CHECKED], headings
        # a column after the last of them is in view too, so "wounded" is not the one cut by the edge
        assert len(headings) > len(FIRST_CHECKED) + 1, headings
        assert grid.bounding_box()["width"] <= 1280 - 300  # beside the open sidebar, not a wider window


def test_proposing_writes_no_streamlit_warnings_to_the_server_terminal(browser, tmp_path):
    """The first "Propose incidents" starts the reader processes (``spawn``), which import the
    parent's main module: Streamlit's ``__main__`` is app.py, and without its ``__name__`` guard each
    process ran the whole app outside a session - 43 "missing ScriptRunContext" warnings (walk3)."""
    from conftest import running_app

    log = tmp_path / "server.log"
    with running_app(tmp_path / "incidents.db", log) as server, sized_page(browser, 1280, 800) as page:
        page.goto(f"{server.url}/Add_report")
        propose_report(page, REPORT)
        page.get_by_text("1 proposed incident").wait_for()
        page.wait_for_timeout(1000)
        written = log.read_text()
    assert "missing ScriptRunContext" not in written
    assert "No runtime found" not in written  # a cached function made outside the server's runtime


def test_the_preview_map_colours_each_proposal_by_its_reporting_side(page, app_url):
    """walk4: on the Add report preview every marker of a conflict other than the default was grey."""
    from mapdata.profiles import default_catalog

    india = next(p.colour for p in default_catalog().require("india-pakistan").parties if p.name == "India")
    page.goto(f"{app_url}/Add_report")
    propose_report(page, REPORT)
    page.get_by_text("1 proposed incident").wait_for()
    frame = page.frame_locator("iframe[title='streamlit_folium.st_folium']").first
    marker = frame.locator("path.leaflet-interactive").first
    marker.wait_for(state="attached", timeout=60_000)
    assert marker.get_attribute("stroke").lower() == india.lower()


# No casualties stated (our own wording, invented facts): the counts are unknown, not zero.
UNSTATED = """url: https://example.org/sotk-2019
published: 2019-05-04
outlet: Example Wire

Azerbaijani forces fired at Armenian positions near Sotk on 3 May, the Armenian Defence Ministry said.
"""


def test_an_unstated_count_shows_blank_in_the_grid_and_is_saved_as_unknown(page, app_url, app_db):
    """walk5: the proposals grid showed "None" in killed and wounded for a report that states no count."""
    import io
    import os
    from pathlib import Path

    import numpy as np
    from PIL import Image

    from mapdata.store import Store

    grid = proposals_grid(page, app_url, UNSTATED)
    # The grid draws on a canvas (its accessible table says "" either way): read the pixels of the
    # first row's killed and wounded cells, at the columns' fixed widths (the page's EDITOR_FIRST).
    shot = grid.screenshot()
    if os.environ.get("MAPDATA_TEST_SHOTS"):
        Path(os.environ["MAPDATA_TEST_SHOTS"], "add-report-unstated.png").write_bytes(shot)
    image = np.asarray(Image.open(io.BytesIO(shot)).convert("L"))
    left = 70 + 92 + 88 + 120 + 68 + 92 + 108  # save, date, place, claimant, side, accused, event type
    for column, width in (("killed", 78), ("wounded", 96)):
        cell = image[36 + 6 : 72 - 6, left + 6 : left + width - 6]  # the first row, inside its borders
        assert cell.min() > 235, f"{column}: something is written in an unstated count's cell"
        left += width
    bold = image[36 + 6 : 72 - 6, 70 + 6 : 70 + 92 - 6]  # the date cell beside them has its text
    assert bold.min() < 150
    page.get_by_role("button", name="Save ticked incidents").click()
    page.get_by_text("Saved 1 incident: 1 new").first.wait_for()
    saved = Store(app_db).frame()
    saved = saved[saved["date"].dt.strftime("%Y-%m-%d") == "2019-05-03"]
    assert len(saved) == 1 and saved["killed"].isna().all() and saved["wounded"].isna().all()  # null, not 0


def test_a_report_with_only_a_dateline_is_dated_by_it_and_the_page_says_so(page, app_url, outside_requests):
    """walk6 item 4: "Yerevan, 14 March 2024. ... said on Thursday ..." with no publication date typed
    gave every incident "date unknown"; the dateline now dates the report, and the page says so."""
    import os

    from tests.pages.test_page_add_report import DATELINE_REPORT

    page.goto(f"{app_url}/Add_report")
    propose_report(page, DATELINE_REPORT)
    page.get_by_text("2 proposed incidents").wait_for()
    note = page.locator("[data-testid=stAlert]").filter(has_text="read as 14 March 2024")
    expect(note).to_contain_text("Yerevan, 14 March 2024.")
    expect(note).to_contain_text("enter the publication date above")
    expect(page.get_by_text("No date could be read")).to_have_count(0)
    titles = [t.split("\n")[-1] for t in page.locator("[data-testid=stExpander] summary").all_inner_texts()]
    assert [t for t in titles if "Sotk" in t or "Tegh" in t] == [
        "#1 · 2024-03-14 · Sotk · Armenian MoD",
        "#2 · 2024-03-14 · Tegh · Armenian MoD",
    ], titles
    grid = page.locator("[data-testid=stDataFrame]").first
    grid.locator("[role=gridcell]").first.wait_for(state="attached")
    # the grid draws on a canvas; its accessible table holds the cells in view: save, date, place,
    # claimant, sides, event type, killed, wounded, weapons
    rows = [
        [(c.text_content() or "").strip() for c in r.locator("[role=gridcell]").all()]
        for r in grid.locator("[role=row]").all()
    ]
    assert [row[1:10] for row in rows[1:]] == [
        ["2024-03-14", "Sotk", "Armenian MoD", "Armenia", "Azerbaijan", "shelling", "", "1", "mortars"],
        ["2024-03-14", "Tegh", "Armenian MoD", "Armenia", "Azerbaijan", "small-arms fire", "", "", "small arms"],
    ], rows  # walk6: "mortars, shelling"; shelling is the act, its event type
    if os.environ.get("MAPDATA_TEST_SHOTS"):
        page.screenshot(path=os.path.join(os.environ["MAPDATA_TEST_SHOTS"], "dateline-note.png"), full_page=True)
    assert outside_requests.not_tiles() == []


def test_a_text_not_in_english_gets_one_message_not_a_read_as_line(page, app_url, outside_requests):
    """A new user's walk-through: a Russian or Armenian paragraph showed "Read as Armenia–Azerbaijan: no
    conflict's parties or voices are named more than another's: the default conflict" above the
    message that the text does not look like English; now that message alone."""
    from tests.pages.test_page_add_report import RUSSIAN

    armenian = "Ադրբեջանի զինված ուժերը երեկ երեկոյան կրակ են բացել հայկական դիրքերի ուղղությամբ Սոթքի հատվածում։"
    page.goto(f"{app_url}/Add_report")
    for text in (RUSSIAN, armenian):
        propose_report(page, text)
        alert = page.locator("[data-testid=stAlert]").filter(has_text="does not look like English")
        expect(alert).to_have_count(1)
        _when_idle(page)
        expect(page.get_by_text("Read as", exact=False)).to_have_count(0)
    propose_report(page, "Ministers met in Geneva on Tuesday to talk about trade and the weather for a while.")
    page.get_by_text("Read as Armenia–Azerbaijan").wait_for()  # English: what it was read as, still said
    expect(page.get_by_text("does not look like English")).to_have_count(0)
    assert outside_requests.not_tiles() == []


def _grid_rows(page) -> list[list[str]]:
    grid = page.locator("[data-testid=stDataFrame]").first
    grid.locator("[role=gridcell]").first.wait_for(state="attached")
    return [
        [(c.text_content() or "").strip() for c in r.locator("[role=gridcell]").all()]
        for r in grid.locator("[role=row]").all()
    ][1:]


def _when_idle(page) -> None:
    """Wait until the app has finished its run (Streamlit's running indicator is gone)."""
    expect(page.locator("[data-testid=stStatusWidget]")).to_have_count(0, timeout=60_000)


def _rows_once_drawn(page, count: int) -> list[list[str]]:
    """The grid's rows once it shows ``count`` (its accessible table follows a redraw)."""
    for _ in range(40):
        if len(rows := _grid_rows(page)) == count:
            return rows
        page.wait_for_timeout(250)
    return _grid_rows(page)


def test_a_passed_over_sentence_is_added_as_a_claim_keeping_the_rows_edits(page, app_url, app_db, outside_requests):
    """Issue 16: the reader misses incidents on reports it has not seen; the sentences it passed over
    that tell of fire are listed, and one click adds the claim drafted from one to the table, while
    what the reviewer already changed in the table stays."""
    import os

    from mapdata.store import Store
    from tests.pages.test_page_add_report import LEFTOVER_REPORT

    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(f"{app_url}/Add_report")
    propose_report(page, LEFTOVER_REPORT)
    page.get_by_text("1 proposed incident").wait_for()
    assert [row[1:3] for row in _grid_rows(page)] == [["2024-03-14", "Sotk"]]
    # the reviewer unticks the first row (its save box, drawn on the grid's canvas)
    grid = page.locator("[data-testid=stDataFrame]").first
    grid.click(position={"x": 35, "y": 36 + 18})
    for _ in range(40):  # the grid's accessible table follows the click after a redraw
        if _grid_rows(page)[0][0] == "false":
            break
        page.wait_for_timeout(250)
    assert _grid_rows(page)[0][0] == "false", _grid_rows(page)
    _when_idle(page)
    listed = page.locator("[data-testid=stExpander]").filter(has_text="gave no claim")
    expect(listed).to_contain_text("Gunfire continued on both sides and later spread toward the Kut area.")
    if os.environ.get("MAPDATA_TEST_SHOTS"):
        listed.screenshot(path=os.path.join(os.environ["MAPDATA_TEST_SHOTS"], "leftover-listed.png"))
    listed.get_by_role("button", name="Add as a claim").click()
    page.get_by_text("2 proposed incidents").wait_for()
    rows = _rows_once_drawn(page, 2)
    assert [row[:4] for row in rows] == [
        ["false", "2024-03-14", "Sotk", "Armenian MoD"],  # the untick kept
        ["true", "2024-03-14", "Kut", "Armenian MoD"],
    ], rows
    expect(page.locator("[data-testid=stExpander]").filter(has_text="gave no claim")).to_have_count(0)
    if os.environ.get("MAPDATA_TEST_SHOTS"):
        page.screenshot(path=os.path.join(os.environ["MAPDATA_TEST_SHOTS"], "leftover-added.png"), full_page=True)
    page.get_by_role("button", name="Save ticked incidents").click()
    page.get_by_text("Saved 1 incident: 1 new").first.wait_for()
    assert [i.place for i in Store(app_db).incidents() if i.source == "Leftover Wire"] == ["Kut"]
    assert page.locator("[data-testid=stException]").count() == 0
    assert outside_requests.not_tiles() == []


def test_a_claim_is_added_at_another_place_its_sentence_names(page, app_url, outside_requests):
    """Issue 16: the reader picked Sotk where the sentence tells of fire at Sotk and at Kut; the claim's
    evidence offers "Also at Kut", which adds the claim there in one click."""
    import os

    from tests.extract.test_other_places import TWO_PLACES

    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(f"{app_url}/Add_report")
    propose_report(page, TWO_PLACES)
    page.get_by_text("1 proposed incident").wait_for()
    _when_idle(page)  # (a click during a rerun can be lost on a loaded machine)
    evidence = page.locator("[data-testid=stExpander]").filter(has_text="#1 · 2024-03-14 · Sotk")
    open_expander(page, evidence)  # a click while it still opens can be released off the button
    evidence.get_by_role("button", name="Also at Kut").click()
    page.get_by_text("2 proposed incidents").wait_for()
    rows = _rows_once_drawn(page, 2)
    assert [row[:4] for row in rows] == [
        ["true", "2024-03-14", "Sotk", "Armenian MoD"],
        ["false", "2024-03-14", "Kut", "Armenian MoD"],  # unticked until the reviewer checks it
    ], rows
    expect(page.get_by_role("button", name="Also at Kut")).to_have_count(0)
    if os.environ.get("MAPDATA_TEST_SHOTS"):
        page.screenshot(path=os.path.join(os.environ["MAPDATA_TEST_SHOTS"], "also-at.png"), full_page=True)
    assert page.locator("[data-testid=stException]").count() == 0
    assert outside_requests.not_tiles() == []


# Our own words (invented facts), with no outlet and no URL: the save is held back for a choice.
NO_SOURCE = """Azerbaijani forces fired at Armenian positions near Chinari on 5 February 2019, the Armenian Defence Ministry said.
"""


def _held_back_for_no_source(page, app_url: str) -> None:
    """Propose NO_SOURCE on Add report and press Save: its claim waits "Before saving" (no outlet, no URL)."""
    page.goto(f"{app_url}/Add_report")
    propose_report(page, NO_SOURCE)
    page.get_by_text("1 proposed incident").wait_for()
    _when_idle(page)
    page.get_by_role("button", name="Save ticked incidents").click()
    page.get_by_text("1 claim has no source (no outlet and no URL)").wait_for()
    # the preview map drawn (its frame has its height): a button scrolled to before it is pushed down by it
    page.wait_for_function(f'() => document.querySelector("{MAP_IFRAME}")?.getBoundingClientRect().height > 100')
    _when_idle(page)


def test_a_save_held_back_for_a_choice_says_what_it_did_where_the_user_chose(page, app_url, outside_requests):
    """walk24: a claim with no source is held back ("Before saving"); after "Save with these
    choices" the box went and the outcome was said only at the top of the page, out of view
    (the window stays at the Save button, below the preview map): it looked as if nothing happened.
    The outcome is now said there, and only there (walk41: at the top and in a toast too, three
    times), in view."""
    _held_back_for_no_source(page, app_url)
    page.get_by_role("button", name="Save with these choices").click()
    said = "Saved 1 incident: 1 new, 0 updated, 0 unchanged"
    saved = page.locator("[data-testid=stAlert]").filter(has_text=said)
    saved.first.wait_for()
    _when_idle(page)
    expect(saved).to_have_count(1)  # where the choice was made
    expect(saved).to_be_in_viewport()
    expect(page.locator("[data-testid=stToast]").filter(has_text=said)).to_have_count(0)
    # the icon is a Material Symbol, drawn by the font Streamlit serves (the ✅ emoji was an empty box)
    icon = saved.locator("[data-testid=stAlertDynamicIcon]")
    expect(icon).to_have_text("check_circle")
    assert "Material Symbols" in icon.evaluate("e => getComputedStyle(e).fontFamily")
    expect(page.get_by_text("Before saving")).to_have_count(0)
    assert outside_requests.not_tiles() == []


# Our own words (invented facts): a report no bundled claim looks like, saved at once.
UNDO_REPORT = """url: https://example.org/undo-2021
published: 2021-06-10
outlet: Undo Wire

Azerbaijani forces fired at Armenian positions near Sotk on 9 June 2021, the Armenian Defence Ministry said.
"""


def test_a_saved_report_says_where_its_save_is_undone(page, app_url, app_db, outside_requests):
    """walk26 item 4: "Saved 1 incident: 1 new, 0 updated, 0 unchanged." and nothing else; the undo
    (retract the batch on Import → Past imports) was named nowhere on Add report. The message now
    names the page, the tab, the batch as its picker shows it, and the button."""
    from mapdata.store import Store

    page.goto(f"{app_url}/Add_report")
    propose_report(page, UNDO_REPORT)
    page.get_by_text("1 proposed incident").wait_for()
    _when_idle(page)
    page.get_by_role("button", name="Save ticked incidents").click()
    said = page.locator("[data-testid=stAlert]").filter(has_text="Saved 1 incident: 1 new")
    expect(said).to_have_count(1)  # under the Save button (walk41: at the top of the page too)
    batches = Store(app_db).batches()
    assert (batches["label"] == "report: Undo Wire").sum() == 1
    for message in said.all():
        expect(message).to_contain_text("To undo it: Import → Past imports, pick “")
        expect(message).to_contain_text(" · report: Undo Wire · 1 claim” and press “Retract this whole import”.")
    assert outside_requests.not_tiles() == []


# Our own words (invented facts), a report no stored claim looks like: saved at once.
LINK_REPORT = """url: https://example.org/link-2022
published: 2022-08-10
outlet: Link Wire

Azerbaijani forces fired at Armenian positions near Sotk on 9 August 2022, the Armenian Defence Ministry said.
"""


def test_a_saved_claim_opens_on_the_map_from_its_link_and_is_not_saved_twice(
    page, app_url, app_db, map_frame, outside_requests
):
    """walk34 item 10: after "Save ticked incidents" the page said "Saved 1 incident: 1 new ..."
    and how to undo it, but not which claim nor where: the user searched the map for it, cluster by
    cluster. And the Save button stayed on, to save the same proposals again. Now each claim saved
    has a link that opens it on the map (the filters kept), and the button is off until a new reading."""
    import re
    from urllib.parse import parse_qs, urlparse

    from mapdata.store import Store
    from maptools import opened_claim

    page.goto(f"{app_url}/Add_report?side=Armenia")  # a filter chosen elsewhere: the link keeps it
    propose_report(page, LINK_REPORT)
    page.get_by_text("1 proposed incident").wait_for()
    _when_idle(page)
    save = page.get_by_role("button", name="Save ticked incidents")
    save.click()
    page.get_by_text("Saved 1 incident: 1 new").first.wait_for()
    _when_idle(page)
    [saved] = [i for i in Store(app_db).incidents() if i.source == "Link Wire"]
    expect(save).to_be_disabled()
    save.click(force=True)  # a disabled button: the browser sends no click, the page saves nothing
    _when_idle(page)
    assert len([i for i in Store(app_db).incidents() if i.source == "Link Wire"]) == 1
    expect(page.locator("[data-testid=stAlert]").filter(has_text="Saved 1 incident")).to_have_count(1)
    link = page.get_by_role("link", name=re.compile(re.escape(f"2022-08-09 · Sotk · Armenian MoD · {saved.id}")))
    expect(link).to_have_count(1)
    link.click()
    page.wait_for_url(re.compile(r"[?&]claim="))
    query = parse_qs(urlparse(page.url).query)
    assert query["claim"] == [saved.id] and query["side"] == ["Armenia"], page.url
    assert opened_claim(page) == saved.id  # in the details panel
    frame = map_frame(page)  # and ringed on the map
    frame.wait_for_function(
        "at => document.querySelector('.leaflet-container').getAttribute('data-selected') === at",
        arg=f"{saved.latitude:.5f},{saved.longitude:.5f}",
    )
    assert outside_requests.not_tiles() == []


# Our own words: a second report with no source, read while the first one's claim waits "Before saving".
NO_SOURCE_OTHER = (
    "Armenian forces fired mortars at Azerbaijani positions near Tovuz on 8 May 2019, Azerbaijan's Defence "
    "Ministry said. Nobody was killed."
)


def test_a_report_read_while_another_waits_before_saving_saves_only_itself(page, app_url, app_db, outside_requests):
    """walk38: the "Before saving" box of the report read first stayed under the next report's proposals,
    and "Save with these choices" saved the first report's claim, not the one on screen."""
    from mapdata.store import Store

    _held_back_for_no_source(page, app_url)
    before = set(Store(app_db).frame()["id"])
    propose_report(page, NO_SOURCE_OTHER)
    page.get_by_text("#1 · 2019-05-08 · Tovuz").wait_for()  # the second report's proposal is on screen
    _when_idle(page)
    expect(page.get_by_text("Before saving")).to_have_count(0)
    page.get_by_role("button", name="Save ticked incidents").click()
    page.get_by_text("1 claim has no source (no outlet and no URL)").wait_for()
    _when_idle(page)
    page.get_by_role("button", name="Save with these choices").click()
    page.get_by_text("Saved 1 incident").first.wait_for()
    frame = Store(app_db).frame()
    assert list(frame[~frame["id"].isin(before)]["place"]) == ["Tovuz"]
    assert outside_requests.not_tiles() == []
