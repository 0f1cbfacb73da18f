"""walk47 on Add report and the Gazetteer page, without a browser:

- the hand form's "Location precision" is by default the place's own: "Ta Krabey" (Thailand–Cambodia), whose
  point the gazetteer gives as approximate, was saved "exact"; a precision the user chooses is kept;
- a click on the preview map is as precise as the map's zoom let it be, for the claim and for the alias the
  click leaves alike (it was "exact" for the claim and "near" for the alias at any zoom);
- a press of "Propose incidents" with a publication date that is no date says at the button why nothing was
  proposed (only the field's error said anything);
- the Gazetteer's place form lists the conflict's own countries first (India–Pakistan's opened on Armenia…).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit_folium
from streamlit.testing.v1 import AppTest

from apptools import choose_hand_choices, open_page_without_error
from mapdata.geo.placebook import PlaceBook
from mapdata.store import Store

REPO = Path(__file__).resolve().parents[2]
ADD_REPORT = str(REPO / "app_pages" / "3_Add_report.py")
GAZETTEER = "app_pages/5_Gazetteer.py"
SAVE = "FormSubmitter:ar_manual-Save this incident"

# Two places the gazetteer lacks: two rows without a point.
REPORT = """published: 2025-07-25
outlet: Walk47 Wire

The Thai army said Cambodian troops fired artillery at Ban Zzyxkhok on Thursday, wounding two Thai soldiers.
Separately, the Cambodian defence ministry said Thai forces shelled Phum Qqorvat on Wednesday.
"""


def _add_report() -> AppTest:
    at = AppTest.from_file(ADD_REPORT, default_timeout=90)
    at.run()
    assert not at.exception
    return at


def _hand_entry(at: AppTest, precision: str | None = None, **values: str) -> None:
    at.selectbox(key="m_conflict").set_value("thailand-cambodia").run()
    if precision is not None:  # (a form's widget: sent with the form)
        at.selectbox(key="m_precision").set_value(precision)
    for key, value in values.items():
        at.text_input(key=f"m_{key}").set_value(value)
    choose_hand_choices(at)
    at.button(key=SAVE).click().run()
    assert not at.exception


def _saved_by_hand(db_path: Path):
    [saved] = [i for i in Store(db_path).incidents() if i.origin == "manual"]
    return saved


HAND = dict(date="2025-07-24", place="Ta Krabey", claimant="Thai army", source="Walk47 Wire")


def test_a_place_the_gazetteer_finds_is_saved_with_the_gazetteers_precision(db_path: Path) -> None:
    Store(db_path)
    at = _add_report()
    _hand_entry(at, **HAND)
    saved = _saved_by_hand(db_path)
    assert (saved.place, saved.geo_precision) == ("Ta Krabey", "near")
    assert "precision near" in at.success[0].value


def test_a_precision_the_user_chooses_is_kept(db_path: Path) -> None:
    Store(db_path)
    at = _add_report()
    _hand_entry(at, precision="region", **HAND)
    assert _saved_by_hand(db_path).geo_precision == "region"


def test_typed_coordinates_are_exact_by_default(db_path: Path) -> None:
    Store(db_path)
    at = _add_report()
    _hand_entry(at, **{**HAND, "place": "Hill 12", "lat": "14.33", "lon": "103.44"})
    assert _saved_by_hand(db_path).geo_precision == "exact"


@pytest.mark.parametrize(
    ("zoom", "precision"), [(18, "exact"), (12, "exact"), (11, "near"), (7, "near"), (6, "region"), (None, "near")]
)
def test_a_clicks_precision_follows_the_maps_zoom(zoom, precision) -> None:
    from mapdata.mapview.candidates import clicked_precision

    assert clicked_precision(zoom) == precision


def _propose(at: AppTest) -> None:
    at.text_area(key="ar_text").set_value(REPORT).run()
    next(b for b in at.button if b.label == "Propose incidents").click().run()
    assert not at.exception


@pytest.mark.parametrize(("zoom", "precision"), [(8, "near"), (13, "exact")])
def test_a_click_places_its_row_and_alias_with_one_precision_and_moves_to_the_next_row(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, zoom: int, precision: str
) -> None:
    sent: dict = {}  # what the map sends back (AppTest cannot click a map)
    monkeypatch.setattr(streamlit_folium, "st_folium", lambda *a, **k: sent)
    Store(db_path)
    at = _add_report()
    _propose(at)
    assert at.selectbox(key="ar_click_target").value == "0"
    sent["last_clicked"] = {"lat": 14.41, "lng": 103.52, "zoom": zoom}  # as the browser sends it
    at.run()
    assert not at.exception
    assert at.session_state["ar_points"][0][:2] == (14.41, 103.52)
    assert at.selectbox(key="ar_click_target").value == "1"  # the next row without a point
    rows = at.session_state["ar_rows"][1]
    assert rows[0]["geo_precision"] == precision
    # saved: the claim and the alias the click leaves, one precision
    editor = f"ar_editor_{at.session_state['ar_result'][0][:10]}_2"  # (2 proposals)
    # AppTest cannot type into a data editor: its state holds the edits the browser would send
    at.session_state[editor] = {"edited_rows": {0: {"save": True}}, "added_rows": [], "deleted_rows": []}
    at.run()
    next(b for b in at.button if b.label == "Save ticked incidents").click().run()
    assert not at.exception
    [saved] = [i for i in Store(db_path).incidents() if i.source == "Walk47 Wire"]
    assert (saved.place, saved.geo_precision) == ("Ban Zzyxkhok", precision)
    aliases = PlaceBook(Store(db_path)).aliases("thailand-cambodia")
    [alias] = [place for name, place in aliases.items() if "zzyxkhok" in name]
    assert alias.precision == precision


def test_propose_with_a_date_that_is_no_date_says_why_at_the_button(db_path: Path) -> None:
    Store(db_path)
    at = _add_report()
    at.text_area(key="ar_text").set_value("Azerbaijani forces opened fire near Sotk, the ministry said.")
    at.text_input(key="ar_published").set_value("2025-02-30").run()
    before = [e.value for e in at.error]
    next(b for b in at.button if b.label == "Propose incidents").click().run()
    assert not at.exception
    said = [e.value for e in at.error if e.value not in before]
    assert said and "Nothing was proposed: correct the publication date above" in said[0], said


def test_the_place_forms_country_list_starts_with_the_conflicts_own(db_path: Path) -> None:
    PlaceBook(Store(db_path)).note_unresolved(
        [("Post 41", "report", "not in the gazetteer")], conflict="india-pakistan"
    )
    at = open_page_without_error(GAZETTEER)
    assert at.selectbox(key="gz_res_country::Post 41").options[:3] == ["not said", "India (IN)", "Pakistan (PK)"]
