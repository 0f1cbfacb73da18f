"""Correcting a claim from the map's details panel (AppTest, with the map stubbed as in test_app.py)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from apptools import open_page_without_error
from mapdata.preferences import save_name
from mapdata.store import Store
from tests.pages.test_app import APP, SOTK_UAV, MapStub, fields_shown, shown_line

# walk39's four mistakes in "Correct this claim" (field label -> what was typed); the browser test types them too.
FORM_MISTAKES = {
    "Date (YYYY-MM-DD)": "2020-02-30",
    "Latitude": "abc",
    "Killed (empty = not stated)": "-1",
    "Wounded (empty = not stated)": "two",
}


def open_claim(stub: MapStub, incident_id: str = SOTK_UAV) -> AppTest:
    """The map page with a click on ``incident_id``'s marker (as our incident layer reports it)."""
    at = open_page_without_error(APP)
    stub.click(incident_id)
    at.run()
    assert not at.exception, at.exception
    return at


@pytest.fixture
def clicked(db_path, monkeypatch: pytest.MonkeyPatch) -> tuple[AppTest, MapStub, Store]:
    stub = MapStub()
    stub.install(monkeypatch)
    store = Store(db_path)
    return open_claim(stub), stub, store


def by_label(widgets, label: str):
    return next(w for w in widgets if w.label == label)


def press(at: AppTest, label: str) -> AppTest:
    by_label(at.button, label).click().run()
    assert not at.exception, at.exception
    return at


def history_text(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown if m.value.startswith("- "))


def test_editing_the_date_changes_the_claim_and_its_history(clicked, tmp_path, monkeypatch):
    at, _, store = clicked
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("MAPDATA_USER", raising=False)
    save_name("Monitor Ana")  # on the Settings page (tests/pages/test_page_settings.py)
    by_label(at.text_input, "Date (YYYY-MM-DD)").set_value("2023-05-13")
    by_label(at.text_input, "Why (kept in the history)").set_value("the wire story had the wrong day")
    press(at, "Save changes")
    assert "Saved: date 2023-05-12 → 2023-05-13." in [
        t.value.replace("\\", "") for t in at.toast
    ]  # in a toast (walk43)
    assert fields_shown(at)["date"] == "2023-05-13"
    assert store.get(SOTK_UAV).date.isoformat() == "2023-05-13"
    entry = store.history(SOTK_UAV)[-1]
    assert (entry.who, entry.changes, entry.note) == (
        "Monitor Ana",
        {"date": ("2023-05-12", "2023-05-13")},
        "the wire story had the wrong day",
    )
    text = history_text(at)
    assert "Monitor Ana" in text and "2023\\-05\\-12 → 2023\\-05\\-13" in text
    assert by_label(at.text_input, "Date (YYYY-MM-DD)").value == "2023-05-13"  # the form shows the stored value


def test_retracting_with_no_reason_asks_for_one_in_a_sentence(clicked):
    at, _, store = clicked
    press(at, "Retract this claim")  # the reason left empty
    # The store's "reason: is required: say why, ..." (what the command line prints), said to a person.
    assert [e.value for e in at.error] == [
        "Give a reason: say why, for whoever reads the history later. Nothing was retracted."
    ]
    assert store.curation(SOTK_UAV)["retracted_at"] is None
    by_label(at.text_input, "Why retract it (shown with the claim, kept in the history)").set_value("pasted twice")
    press(at, "Retract this claim")
    assert not at.error and store.curation(SOTK_UAV)["retracted_reason"] == "pasted twice"


def test_a_new_place_name_is_placed_by_the_gazetteer(clicked):
    at, _, store = clicked
    by_label(at.text_input, "Place (a new name is placed with the gazetteer)").set_value("Jermuk")
    press(at, "Save changes")
    moved = store.get(SOTK_UAV)
    assert moved.place == "Jermuk" and abs(moved.latitude - 39.84) < 0.05


def test_a_new_place_keeps_the_location_precision_the_user_left_alone(clicked):
    """walk24 item 7: the claim is "near" Sotk; typed "Yeghegnadzor", it became "exact" (the town's point)."""
    at, _, store = clicked
    assert by_label(at.selectbox, "Location precision").value == "near"
    by_label(at.text_input, "Place (a new name is placed with the gazetteer)").set_value("Yeghegnadzor")
    press(at, "Save changes")
    assert any(t.value.startswith("Saved: place ") for t in at.toast)
    moved = store.get(SOTK_UAV)
    assert moved.place == "Yeghegnadzor" and moved.geo_precision == "near"
    assert by_label(at.selectbox, "Location precision").value == "near"  # the form shows the stored value
    assert "geo\\_precision" not in history_text(at)
    # Set in the form with a province's name: the user's choice is saved, not the gazetteer's.
    by_label(at.text_input, "Place (a new name is placed with the gazetteer)").set_value("Tavush")
    by_label(at.selectbox, "Location precision").set_value("exact")
    press(at, "Save changes")
    assert store.get(SOTK_UAV).geo_precision == "exact" and store.get(SOTK_UAV).place == "Tavush"


def test_a_place_the_gazetteer_cannot_find_is_refused_with_the_reason(clicked):
    at, _, store = clicked
    by_label(at.text_input, "Place (a new name is placed with the gazetteer)").set_value("Nowhereville Xq")
    press(at, "Save changes")
    assert any("cannot be placed" in e.value for e in at.error)
    assert store.get(SOTK_UAV).place == "Sotk" and len(store.history(SOTK_UAV)) == 1


def test_an_invalid_value_names_the_field_and_saves_nothing(clicked):
    at, _, store = clicked
    by_label(at.text_input, "Killed (empty = not stated)").set_value("lots")
    press(at, "Save changes")
    assert any("killed\\: not a number" in e.value for e in at.error)  # Markdown-escaped
    assert store.get(SOTK_UAV).killed is None


def test_every_problem_of_the_form_is_listed_at_once_and_what_was_typed_stays(clicked):
    """walk39: date 2020-02-30, latitude "abc", killed -1 and wounded "two" took four presses of Save
    changes to see, one error each; the hand-entry form of Add report lists all of its problems at once."""
    at, _, store = clicked
    for label, value in FORM_MISTAKES.items():
        by_label(at.text_input, label).set_value(value)
    press(at, "Save changes")
    assert len(at.error) == 1, [e.value for e in at.error]
    said = at.error[0].value
    assert said.startswith("Nothing was saved — 4 problems to fix:")
    lines = [line for line in said.splitlines() if line.startswith("- ")]
    assert [line.split("\\:")[0] for line in lines] == ["- date", "- latitude", "- killed", "- wounded"], lines
    assert store.get(SOTK_UAV).date.isoformat() == "2023-05-12" and len(store.history(SOTK_UAV)) == 1
    assert {label: by_label(at.text_input, label).value for label in FORM_MISTAKES} == FORM_MISTAKES  # kept


def test_a_place_that_cannot_be_placed_is_listed_with_the_other_problems(clicked):
    at, _, store = clicked
    by_label(at.text_input, "Place (a new name is placed with the gazetteer)").set_value("Nowhereville Xq")
    by_label(at.text_input, "Killed (empty = not stated)").set_value("lots")
    by_label(at.text_input, "Date (YYYY-MM-DD)").set_value("2099-01-01")
    press(at, "Save changes")
    said = at.error[0].value
    lines = [line for line in said.splitlines() if line.startswith("- ")]
    assert [line.split("\\:")[0] for line in lines] == ["- date", "- place", "- killed"], lines  # the form's order
    assert "not yet happened" in lines[0] and "cannot be placed" in lines[1]
    assert store.get(SOTK_UAV).place == "Sotk" and len(store.history(SOTK_UAV)) == 1


def test_a_date_not_yet_come_is_refused_in_the_panel_and_saves_nothing(clicked):
    at, _, store = clicked
    by_label(at.text_input, "Date (YYYY-MM-DD)").set_value("2099-01-01")
    press(at, "Save changes")
    assert any("not yet happened" in e.value for e in at.error), [e.value for e in at.error]
    assert store.get(SOTK_UAV).date.isoformat() == "2023-05-12" and len(store.history(SOTK_UAV)) == 1


def test_retract_hides_the_claim_until_retracted_claims_are_shown_then_restore(clicked):
    at, stub, store = clicked
    by_label(at.text_input, "Why retract it (shown with the claim, kept in the history)").set_value("pasted twice")
    press(at, "Retract this claim")
    assert any("Retracted" in t.value for t in at.toast)
    assert SOTK_UAV not in stub.sent_ids and len(stub.sent_ids) == 17
    assert "17 of 17" in shown_line(at)
    # The panel said "This claim is no longer in the database"; it is kept, and says how to see it.
    said = " ".join(i.value for i in at.info)
    assert "This claim was retracted" in said and "pasted twice" in said and "Show retracted claims" in said
    assert "no longer in the database" not in said
    at.sidebar.checkbox(key="flt_retracted").check().run()
    assert SOTK_UAV in stub.sent_ids and "18 of 18" in shown_line(at)
    assert any("pasted twice" in w.value for w in at.warning)
    press(at, "Restore this claim")
    assert store.curation(SOTK_UAV)["retracted_at"] is None
    assert [e.action for e in store.history(SOTK_UAV)] == ["create", "retract", "restore"]


def test_review_status_is_set_and_filtered_on(clicked):
    at, stub, store = clicked
    by_label(at.selectbox, "Review status").set_value("verified")
    by_label(at.text_input, "Review note").set_value("matches the OSCE report")
    press(at, "Save review")
    assert store.curation(SOTK_UAV)["review_status"] == "verified"
    assert any("Review status: **verified**" in m.value for m in at.markdown)
    reviewed = [t.value.replace("\\", "") for t in at.toast]  # what was saved, in a toast (walk43)
    assert any(t.startswith("Review saved: review_status unreviewed → verified; review_note") for t in reviewed), (
        reviewed
    )
    at.sidebar.multiselect(key="flt_review").set_value(["verified"]).run()
    assert stub.sent_ids == [SOTK_UAV]
    assert at.query_params["review"] in (["verified"], "verified")


class ClickingStub(MapStub):
    """Also answers the point picker's map with a click at ``point``."""

    def __init__(self, point: tuple[float, float]):
        super().__init__()
        self.point = point

    def __call__(self, *args, **kwargs):
        answer = super().__call__(*args, **kwargs)
        return {**answer, "last_clicked": {"lat": self.point[0], "lng": self.point[1]}}


def test_a_click_on_the_picker_map_moves_the_point(db_path, monkeypatch: pytest.MonkeyPatch):
    stub = ClickingStub((40.25, 45.9))
    stub.install(monkeypatch)
    store = Store(db_path)
    at = open_claim(stub)
    by_label(at.checkbox, "Pick the new point on a map").check().run()
    assert not at.exception
    assert by_label(at.text_input, "Latitude").value == "40.25000"
    assert by_label(at.text_input, "Longitude").value == "45.90000"
    press(at, "Save changes")
    moved = store.get(SOTK_UAV)
    assert (moved.latitude, moved.longitude, moved.place) == (40.25, 45.9, "Sotk")
    assert set(store.history(SOTK_UAV)[-1].changes) == {"latitude", "longitude"}


HOSTILE = "**bold** [link](javascript:alert(1)) <img src=x onerror=alert(1)> $x$ `code`"


def test_reasons_notes_and_names_in_the_panel_stay_literal_text(clicked):
    at, _, store = clicked
    store.review([SOTK_UAV], "disputed", note=HOSTILE, who=HOSTILE)
    store.retract([SOTK_UAV], reason=HOSTILE, who=HOSTILE)
    at.sidebar.checkbox(key="flt_retracted").check().run()
    assert not at.exception
    shown = [w.value for w in at.warning if "Retracted" in w.value] + [history_text(at)]
    shown += [m.value for m in at.markdown if m.value.startswith("Review status")]
    for text in shown:
        assert "](" not in text.replace("\\]\\(", "") and "**bold**" not in text and "`code`" not in text
        assert "\\*\\*bold\\*\\*" in text  # shown as typed, escaped


def test_the_form_shows_the_point_as_plain_numbers(clicked):
    at, _, store = clicked
    saved = store.get(SOTK_UAV)
    latitude = by_label(at.text_input, "Latitude").value
    longitude = by_label(at.text_input, "Longitude").value
    assert (float(latitude), float(longitude)) == (saved.latitude, saved.longitude)  # walk 5: np.float64(39.7736)
    assert latitude == repr(saved.latitude) and longitude == repr(saved.longitude)


def test_a_kept_correction_in_the_history_shows_the_sources_values_as_the_sources():
    """The claim kept the person's value: "killed: 0 → 1" alone read as if the claim had changed."""
    from mapdata.store import HistoryEntry
    from ui.curation import history_lines

    entry = HistoryEntry("2026-12-01T22:00:00+00:00", "ana", "kept correction", "csv:a", "b", {"killed": (0, 1)})
    [line] = history_lines([entry])
    assert "kept correction — the source's killed: 0 → 1" in line


def test_an_edit_is_undone_from_the_history_as_a_new_change(clicked):
    """walk7 item 7: an edited claim could only be edited back by hand (a retraction has Restore)."""
    at, _, store = clicked
    by_label(at.text_input, "Date (YYYY-MM-DD)").set_value("2023-05-13")
    press(at, "Save changes")
    assert fields_shown(at)["date"] == "2023-05-13"
    pick = by_label(at.selectbox, "Undo an edit (its fields go back as they were before it)")
    edit = store.history(SOTK_UAV)[1]
    assert pick.value == 2 and pick.options == [f"change 2: date ({edit.at[:10]} {edit.at[11:16]}, {edit.who})"]
    press(at, "Undo this edit")
    # what was undone, value by value, as an edit says what it changed (walk40: no values)
    said = [s.value.replace("\\", "") for s in at.toast]  # in a toast (walk42: under the History it was out of view)
    assert "Undone: change 2 — date 2023-05-13 → 2023-05-12." in said, said  # one line (walk43)
    assert fields_shown(at)["date"] == "2023-05-12" and store.get(SOTK_UAV).date.isoformat() == "2023-05-12"
    assert [e.action for e in store.history(SOTK_UAV)] == ["create", "edit", "undo edit"]
    text = history_text(at)
    assert "**3**" in text and "undo edit — date: 2023\\-05\\-13 → 2023\\-05\\-12" in text
    assert "undid change 2" in text and "as in version 1" in text
    assert by_label(at.text_input, "Date (YYYY-MM-DD)").value == "2023-05-12"  # the form starts from it again
