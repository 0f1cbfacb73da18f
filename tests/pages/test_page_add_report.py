"""The Add report page in real Streamlit: paste -> proposals -> review -> save only on confirm."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
import streamlit_folium
from streamlit.testing.v1 import AppTest

from apptools import choose_hand_choices
from mapdata.model import extra_fields
from mapdata.safety import escape_markdown
from mapdata.store import Store
from tests.extract.test_llm import REPORT as LLM_REPORT
from tests.extract.test_llm import incident as llm_incident

REPO = Path(__file__).resolve().parents[2]
PAGE = str(REPO / "app_pages" / "3_Add_report.py")

REPORT = """url: https://example.org/wire/123
published: 2021-05-14
outlet: Example Wire

Armenian forces opened fire on Azerbaijani positions in the direction of Tovuz district on Thursday, Azerbaijan's Defence Ministry said.
One Azerbaijani soldier was wounded, the ministry added.
Separately, the Armenian Defence Ministry said Azerbaijani units shelled positions near the village of Zzyxqorvan the previous day.
"""


def open_add_report() -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=90)
    at.run()
    assert not at.exception
    return at


@pytest.fixture
def page(db_path: Path) -> AppTest:
    Store(db_path)
    return open_add_report()


def _button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def _propose(at: AppTest, text: str) -> AppTest:
    at.text_area(key="ar_text").set_value(text).run()
    _button(at, "Propose incidents").click().run()
    assert not at.exception
    return at


def test_pasted_report_gives_a_proposals_table_with_header_prefilled(page: AppTest, db_path: Path) -> None:
    before = Store(db_path).count()
    _propose(page, REPORT)
    assert page.text_input(key="ar_published").value == "2021-05-14"
    assert page.text_input(key="ar_outlet").value == "Example Wire"
    table = page.dataframe[0].value
    assert list(table["place"]) == ["Tovuz", "Zzyxqorvan"]
    assert list(table["reporting_side"]) == ["Azerbaijan", "Armenia"]
    assert list(table["date"]) == ["2021-05-13", "2021-05-12"]
    assert list(table["save"]) == [True, False]  # the unresolved village waits for a point
    assert any("Zzyxqorvan" in w.value for w in page.warning)
    assert Store(db_path).count() == before  # proposing writes nothing


def test_empty_text_and_nonsense_date_get_clear_messages(page: AppTest, db_path: Path) -> None:
    before = Store(db_path).count()
    _button(page, "Propose incidents").click().run()
    assert "Paste a report" in page.warning[0].value
    page.text_area(key="ar_text").set_value("Troops opened fire near Sotk on Friday.").run()
    page.text_input(key="ar_published").set_value("31/02/20xx").run()
    _button(page, "Propose incidents").click().run()
    assert not page.exception
    assert "is not a date" in page.error[0].value
    assert Store(db_path).count() == before


def test_text_without_incident_says_so(page: AppTest) -> None:
    _propose(page, "published: 2023-01-01\n\nMinisters met in Geneva on Tuesday to talk about trade.")
    assert any("No incident" in w.value for w in page.warning)
    assert not page.dataframe


# Not English: the reader finds nothing and says why (our own wording of an MoD statement, invented).
RUSSIAN = (
    "Вчера вечером подразделения вооруженных сил Азербайджана открыли огонь из стрелкового оружия по "
    "армянским позициям в районе села Сотк. Министерство обороны Армении сообщило, что потерь нет."
)


def test_text_not_in_english_says_so_without_a_read_as_line(page: AppTest) -> None:
    """A new user's walk-through: a Russian paragraph showed "Read as Armenia–Azerbaijan: … the default
    conflict" above "this text does not look like English", two messages where one is meant."""
    _propose(page, RUSSIAN)
    assert any("does not look like English" in w.value for w in page.warning)
    assert not [c.value for c in page.caption if c.value.startswith("Read as")]
    # English with no incident: the conflict it was read as is still said
    _propose(page, "published: 2023-01-01\n\nMinisters met in Geneva on Tuesday to talk about trade.")
    assert not any("does not look like English" in w.value for w in page.warning)
    assert any(c.value.startswith("Read as Armenia–Azerbaijan: ") for c in page.caption)


def test_save_writes_ticked_rows_only_when_pressed(page: AppTest, db_path: Path) -> None:
    before = Store(db_path).count()
    _propose(page, REPORT)
    assert Store(db_path).count() == before
    _button(page, "Save ticked incidents").click().run()
    assert not page.exception
    assert "1 new" in page.success[0].value
    # said once, under the Save button, where the user is (walk41: at the top too)
    assert [s.value for s in page.success].count(page.success[0].value) == 1
    frame = Store(db_path).frame()
    assert len(frame) == before + 1
    saved = frame[frame["origin"] == "article"].iloc[0]
    assert (saved["place"], saved["claimant"], saved["wounded"]) == ("Tovuz", "Azerbaijani MoD", 1)
    # each sentence once, and which of them gave the count (round 42: a sentence stored once per value it gave)
    extra = extra_fields(saved["extra"])
    assert [extra["evidence"]["claim"][i] for i in extra["evidence_gave"]["wounded"]] == [
        "One Azerbaijani soldier was wounded, the ministry added."
    ]


def test_a_map_click_places_the_unresolved_row(page: AppTest, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """AppTest cannot click a map: a stub st_folium returns the click the browser would send."""
    monkeypatch.setattr(streamlit_folium, "st_folium", lambda *a, **k: {"last_clicked": {"lat": 39.5, "lng": 46.3}})
    _propose(page, REPORT)
    assert page.selectbox(key="ar_click_target").value == "1"  # the row still missing a point is the target
    assert not page.exception
    assert page.session_state["ar_points"][1] == (39.5, 46.3, "Zzyxqorvan")
    # Said as it stands: the row is placed, and the name is no longer reported missing.
    said = " ".join([c.value for c in page.caption] + [s.label for s in page.selectbox])
    assert "Row 2: placed at 39.5000, 46.3000" in said
    assert "Tick its “save” box in the table to save it" in said  # placed, not yet ticked: say what is left
    assert not [w for w in page.warning if "Zzyxqorvan" in w.value and "not in the gazetteer" in w.value]
    before = Store(db_path).count()
    _button(page, "Save ticked incidents").click().run()
    assert Store(db_path).count() == before + 1  # row 2 stays unticked: placing it does not save it


def test_manual_entry_validates_then_saves(page: AppTest, db_path: Path) -> None:
    before = Store(db_path).count()
    page.text_input(key="m_date").set_value("2022-09-13")
    page.text_input(key="m_claimant").set_value("Our own observer")
    page.text_input(key="m_lat").set_value("not a number")
    page.text_input(key="m_lon").set_value("45.9")
    page.button(key="FormSubmitter:ar_manual-Save this incident").click().run()
    assert "latitude" in page.error[0].value and Store(db_path).count() == before
    page.text_input(key="m_lat").set_value("40.2")
    page.text_input(key="m_place").set_value("Sotk")
    choose_hand_choices(page)
    page.button(key="FormSubmitter:ar_manual-Save this incident").click().run()
    assert not page.exception
    # No outlet and no URL: a warning first, and nothing saved until the user says so.
    assert any("no source" in w.value for w in page.warning) and Store(db_path).count() == before
    page.button(key="manual_pending_save").click().run()
    assert "Saved" in page.success[0].value
    assert Store(db_path).count() == before + 1


def test_a_date_not_yet_come_is_refused_in_both_ways_of_entry(page: AppTest, db_path: Path) -> None:
    # 2099-01-01 was saved by hand and stretched every view's dates to 2099.
    import datetime as dt

    before = Store(db_path).count()
    later = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    for key, value in {"date": later, "claimant": "Our own observer", "lat": "40.2", "lon": "45.9"}.items():
        page.text_input(key=f"m_{key}").set_value(value)
    page.button(key="FormSubmitter:ar_manual-Save this incident").click().run()
    assert "is after today" in page.error[0].value and Store(db_path).count() == before

    _propose(page, f"published: {later}\n\nAzerbaijani forces shelled Sotk on {later}, the Armenian MoD said.")
    _button(page, "Save ticked incidents").click().run()
    assert any("is after today" in e.value for e in page.error) and Store(db_path).count() == before


def _fill_manual(at: AppTest, **values: str) -> None:
    for key, value in values.items():
        at.text_input(key=f"m_{key}").set_value(value)


def test_manual_entry_offers_the_chosen_conflicts_sides_and_records_its_conflict(page: AppTest, db_path: Path) -> None:
    assert page.selectbox(key="m_conflict").value == "armenia-azerbaijan"
    assert page.selectbox(key="m_side_armenia-azerbaijan").options == ["Armenia", "Azerbaijan", "third party", "media"]
    page.selectbox(key="m_conflict").set_value("india-pakistan").run()
    assert not page.exception
    side = page.selectbox(key="m_side_india-pakistan")
    assert side.options == ["India", "Pakistan", "third party", "media"]
    side.set_value("Pakistan")
    page.selectbox(key="m_accused_india-pakistan").set_value("India")
    _fill_manual(
        page,
        date="2025-05-07",
        place="Poonch",
        lat="33.77",
        lon="74.09",
        claimant="Pakistan army (ISPR)",
        source="Example Wire",
        url="https://example.org/poonch",
    )
    choose_hand_choices(page, side="Pakistan")
    page.button(key="FormSubmitter:ar_manual-Save this incident").click().run()
    assert not page.exception and "India–Pakistan" in page.success[0].value
    [saved] = [i for i in Store(db_path).incidents() if i.origin == "manual"]
    assert (saved.conflict, saved.reporting_side, saved.accused_side) == ("india-pakistan", "Pakistan", "India")


def test_manual_entry_starts_on_the_conflict_the_link_shows(db_path: Path) -> None:
    Store(db_path)
    at = AppTest.from_file(PAGE, default_timeout=90)
    at.query_params["conflict"] = "thailand-cambodia"
    at.run()
    assert not at.exception
    assert at.selectbox(key="m_conflict").value == "thailand-cambodia"
    assert at.selectbox(key="m_side_thailand-cambodia").options[:2] == ["Thailand", "Cambodia"]


def test_huge_paste_is_cut_with_a_message_and_html_is_read_as_text(page: AppTest) -> None:
    sentence = "Armenian units opened fire near Sotk on Friday, the Azerbaijani Defence Ministry said. "
    _propose(page, "published: 2023-05-12\n\n" + sentence * (5_000_000 // len(sentence)))
    assert any("only the first" in w.value for w in page.warning)
    _propose(
        page,
        "<html><body><p>The Armenian Defence Ministry said Azerbaijani units fired at Sotk on 2 June.</p>"
        "<script>alert(1)</script></body></html>",
    )
    assert any("HTML" in w.value for w in page.warning)
    assert list(page.dataframe[0].value["place"]) == ["Sotk"]


def test_proposing_writes_nothing_to_the_database(page: AppTest, db_path: Path) -> None:
    """Issue 12 item 8: unknown names were recorded (and the data version bumped) on "Propose"."""
    from mapdata.geo.placebook import PlaceBook

    store = Store(db_path)
    version, count = store.data_version(), store.count()
    _propose(page, REPORT)
    assert page.dataframe and "Zzyxqorvan" in list(page.dataframe[0].value["place"])
    assert (store.data_version(), store.count()) == (version, count)
    assert PlaceBook(store).unresolved() == []


def test_unknown_place_is_listed_for_the_gazetteer_page_on_save_and_aliases_apply(page: AppTest, db_path: Path) -> None:
    from mapdata.geo.gazetteer import Gazetteer
    from mapdata.geo.placebook import PlaceBook

    _propose(page, REPORT)
    book = PlaceBook(Store(db_path))
    assert book.unresolved() == []
    _button(page, "Save ticked incidents").click().run()
    assert [u.name for u in book.unresolved()] == ["Zzyxqorvan"]  # what the Gazetteer page lists
    # The user resolves it there (an alias to Goris); the next reading of a report uses it.
    book.resolve("Zzyxqorvan", Gazetteer.default().geocode("Goris").place)
    _propose(page, REPORT.replace("Tovuz", "Tovuz "))  # a changed text is read again
    table = page.dataframe[0].value
    assert list(table["place"]) == ["Tovuz", "Zzyxqorvan"]
    assert list(table["save"]) == [True, True]
    assert [u.name for u in book.unresolved()] == []


def test_a_reading_over_its_time_budget_is_stopped_with_a_message(db_path: Path, monkeypatch) -> None:
    """The report is read in a worker process that is stopped at the budget; the page says so."""
    monkeypatch.setenv("MAPDATA_EXTRACT_SECONDS", "0.001")
    version = Store(db_path).data_version()
    at = AppTest.from_file(PAGE, default_timeout=120)
    at.run()
    _propose(at, REPORT)
    assert any("took longer than" in e.value and "nothing was saved" in e.value for e in at.error), [
        e.value for e in at.error
    ]
    assert not at.dataframe
    assert Store(db_path).data_version() == version


def test_a_header_url_that_is_no_link_is_not_prefilled(page: AppTest) -> None:
    _propose(
        page, REPORT.replace("url: https://example.org/wire/123", "url: unknown (Example Wire, citing a ministry)")
    )
    assert page.text_input(key="ar_url").value == ""
    assert page.text_input(key="ar_outlet").value == "Example Wire"


def test_an_uploaded_file_name_is_shown_as_literal_text(page: AppTest) -> None:
    name = "[click](http://evil.example/x) ![pixel](http://evil.example/p.png).txt"
    page.file_uploader(key="ar_upload").set_value((name, b"\x00\x01 binary", "text/plain")).run()
    shown = page.error[0].value
    assert "is not a text file" in shown and "evil" in shown
    assert "](" not in shown.replace("\\]\\(", "")  # every link/image bracket is escaped


# A report of our own words restating claims the database was seeded with (A1+, 13 September 2022).
RESTATED = """url: https://example.org/reports/goris-kapan
published: 2022-09-13
outlet: A1+

Azerbaijani forces shelled positions near Goris and Kapan overnight, the Armenian Defence Ministry said on Tuesday.
"""


def test_a_restated_report_is_flagged_side_by_side_before_anything_is_saved(page: AppTest, db_path: Path) -> None:
    before = Store(db_path).count()
    _propose(page, RESTATED)
    _button(page, "Save ticked incidents").click().run()
    assert not page.exception
    assert Store(db_path).count() == before  # held back
    assert any("look like claims already stored" in m.value for m in page.markdown)
    side_by_side = page.dataframe[-1].value
    assert side_by_side["stored id"][0].startswith("bundled:2022-09-13-am-mod-")
    assert "same claimant" in side_by_side["why"][0] and "same place" in side_by_side["why"][0]
    radios = [r for r in page.radio if r.key and r.key.startswith("ar_decision_")]
    assert radios and all(r.value == "skip" for r in radios)
    radios[0].set_value("merge").run()
    _button(page, "Save with these choices").click().run()
    assert not page.exception
    assert "1 merged into a stored claim" in page.success[0].value
    store = Store(db_path)
    assert store.count() == before + 0  # nothing doubled: one merged, the rest skipped
    merged = [
        e for i in store.frame()["id"] for e in store.history(i) if e.note and "merged with a duplicate" in e.note
    ]
    assert len(merged) == 1


def test_cancel_saves_nothing(page: AppTest, db_path: Path) -> None:
    before = Store(db_path).count()
    _propose(page, RESTATED)
    _button(page, "Save ticked incidents").click().run()
    _button(page, "Cancel: save nothing").click().run()
    assert Store(db_path).count() == before and not [b for b in page.button if b.label == "Save with these choices"]


def test_a_report_of_another_conflict_is_read_and_saved_with_its_profile(page: AppTest, db_path: Path) -> None:
    report = (
        "url: https://example.org/loc/5\npublished: 2024-03-05\n\n"
        "Pakistani troops violated ceasefire in the Poonch sector on Sunday, the Indian Army said.\n"
    )
    _propose(page, report)
    assert any("India–Pakistan" in c.value for c in page.caption)
    table = page.dataframe[0].value
    assert (list(table["reporting_side"]), list(table["accused_side"])) == (["India"], ["Pakistan"])
    _button(page, "Save ticked incidents").click().run()
    assert not page.exception
    saved = Store(db_path).frame()
    row = saved[saved["origin"] == "article"].iloc[0]
    assert (row["conflict"], row["reporting_side"], row["claimant"]) == ("india-pakistan", "India", "Indian Army")
    # The user can also choose the conflict instead of letting the text decide.
    page.selectbox(key="ar_conflict").set_value("armenia-azerbaijan")
    _button(page, "Propose incidents").click().run()
    assert any("chosen by the user" in c.value for c in page.caption)


def test_the_language_model_reader_is_offered_only_when_configured_and_says_where_text_goes(
    db_path: Path, stub_model, monkeypatch: pytest.MonkeyPatch
) -> None:
    model, url = stub_model
    plain = open_add_report()
    assert not [r for r in plain.radio if r.key == "ar_reader"]  # off by default: nothing leaves the machine
    monkeypatch.setenv("MAPDATA_LLM_URL", url)
    monkeypatch.setenv("MAPDATA_LLM_MODEL", "stub-model")
    model.answer({"incidents": [llm_incident()]})
    page = open_add_report()
    page.radio(key="ar_reader").set_value("model").run()
    assert any("will be sent to" in c.value and "127" in c.value for c in page.caption)  # where the text goes
    page.text_area(key="ar_text").set_value(LLM_REPORT)
    _button(page, "Propose incidents").click().run()
    assert not page.exception
    assert len(model.requests) == 1
    assert escape_markdown("read by the language model stub-model") in " ".join(c.value for c in page.caption)
    assert list(page.dataframe[0].value["place"]) == ["Sotk"]


def test_the_upload_box_states_and_keeps_the_reports_own_limit(page: AppTest) -> None:
    # It showed Streamlit's "200MB per file" under a label saying "up to 2 MB".
    assert page.file_uploader(key="ar_upload").proto.max_upload_size_mb == 2


def test_a_known_place_typed_by_hand_without_coordinates_is_placed_by_the_gazetteer(page: AppTest, db_path: Path):
    # "Jermuk" without coordinates gave "latitude: is required".
    _fill_manual(page, date="2022-09-13", place="Jermuk", claimant="Armenian MoD", source="Example Wire")
    choose_hand_choices(page)
    page.button(key="FormSubmitter:ar_manual-Save this incident").click().run()
    assert not page.exception and "placed by the gazetteer" in page.success[0].value
    [saved] = [i for i in Store(db_path).incidents() if i.origin == "manual"]
    assert saved.place == "Jermuk" and saved.country == "AM"
    assert abs(saved.latitude - 39.84) < 0.05 and abs(saved.longitude - 45.67) < 0.05

    _fill_manual(page, place="Xyzzyvank")
    page.button(key="FormSubmitter:ar_manual-Save this incident").click().run()
    shown = page.error[0].value.replace("\\", "")  # as shown: without Markdown's escapes
    assert "is not in the gazetteer: type its latitude and longitude" in shown


def test_a_claim_the_report_gives_no_day_waits_for_the_users_date(page: AppTest, db_path: Path) -> None:
    """A past-tense account naming no day (round 9): the date is left empty, never the publication
    day by default; the page asks for it, and refuses the row until the user enters one."""
    report = (
        "url: https://example.org/wire/124\npublished: 2023-09-01\noutlet: Example Wire\n\n"
        "The Armenian Defence Ministry said Azerbaijani units fired at Armenian positions near Sotk.\n"
    )
    before = Store(db_path).count()
    _propose(page, report)
    table = page.dataframe[0].value
    assert (pd.isna(table["date"][0]), table["place"][0], table["save"][0]) == (True, "Sotk", False)
    assert any("date is left empty" in w.value and "Enter the day" in w.value for w in page.warning)
    editor = f"ar_editor_{page.session_state['ar_result'][0][:10]}_1"  # (1 proposal)
    # AppTest cannot type into a data editor: its state holds the edits the browser would send
    page.session_state[editor] = {"edited_rows": {0: {"save": True}}, "added_rows": [], "deleted_rows": []}
    _button(page.run(), "Save ticked incidents").click().run()
    assert any("date" in e.value and "required" in e.value for e in page.error)
    assert Store(db_path).count() == before
    page.session_state[editor] = {
        "edited_rows": {0: {"save": True, "date": "2023-08-30"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    _button(page.run(), "Save ticked incidents").click().run()
    assert not page.exception
    frame = Store(db_path).frame()
    assert len(frame) == before + 1
    saved = frame[frame["origin"] == "article"].iloc[0]
    assert (str(saved["date"])[:10], saved["place"]) == ("2023-08-30", "Sotk")


def test_the_hand_form_reports_every_problem_at_once(page: AppTest, db_path: Path) -> None:
    """A bad date, no place nor coordinates, no claimant and a bad count: one message lists them all
    (it said only the first, and the user found the next one after fixing it)."""
    before = Store(db_path).count()
    _fill_manual(page, date="2022-13-45", killed="many", wounded="-2")
    page.button(key="FormSubmitter:ar_manual-Save this incident").click().run()
    assert not page.exception and len(page.error) == 1
    message = page.error[0].value.replace("\\", "")  # as shown: without Markdown's escapes
    assert message.startswith("Not saved — 7 problems to fix")
    for words in (
        "date: not a valid date",
        "place: give a place",
        "event type: choose one",
        "reporting side: choose",
        "claimant: is required",
        "killed:",
        "wounded:",
    ):
        assert words in message, words
    assert "latitude: is required" not in message  # the missing place is said once
    assert Store(db_path).count() == before

    # A place the gazetteer lacks and a date not yet come are listed together too.
    import datetime as dt

    later = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    _fill_manual(page, date=later, place="Xyzzyvank", killed="", wounded="", claimant="Our own observer")
    choose_hand_choices(page)
    page.button(key="FormSubmitter:ar_manual-Save this incident").click().run()
    message = page.error[0].value.replace("\\", "")  # as shown: without Markdown's escapes
    assert message.startswith("Not saved — 2 problems to fix")
    assert "is not in the gazetteer" in message and "is after today" in message
    assert Store(db_path).count() == before


def test_the_reading_spinner_says_why_a_first_reading_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """A first Propose can wait for the gazetteer index to be built, or for the reader process to
    start: the spinner says which, instead of an unexplained wait."""
    from mapdata.geo.gazetteer import Gazetteer
    from ui.readers import reading_message

    class Readers:
        up = False

        def ready(self) -> bool:
            return self.up

    readers = Readers()
    monkeypatch.setattr(Gazetteer, "index_ready", classmethod(lambda cls: False))
    assert "gazetteer index is being built" in reading_message(readers)  # type: ignore[arg-type]
    monkeypatch.setattr(Gazetteer, "index_ready", classmethod(lambda cls: True))
    assert "reader is starting" in reading_message(readers)  # type: ignore[arg-type]
    readers.up = True
    assert reading_message(readers) == "Reading the report…"  # type: ignore[arg-type]


# walk6 item 4: an invented report whose only date is its dateline
DATELINE_REPORT = (
    "Yerevan, 14 March 2024. The Ministry of Defence of Armenia said on Thursday that Azerbaijani units opened "
    "fire with mortars on Armenian positions near Sotk at about 02:30. According to the ministry, one Armenian "
    "soldier was wounded in the shelling. Later the same day, the ministry added, "
    "Azerbaijani forces fired small arms at a farm on the outskirts of Tegh."
)


def test_with_no_publication_date_the_reports_dateline_dates_it_and_the_page_says_so(page: AppTest) -> None:
    _propose(page, DATELINE_REPORT)
    table = page.dataframe[0].value
    assert list(table["date"]) == ["2024-03-14", "2024-03-14"]
    assert list(table["weapons"]) == ["mortars", "small arms"]  # not "mortars, shelling": shelling is the act
    assert table["wounded"].iloc[0] == 1
    note = next(i.value for i in page.info if "read as 14 March 2024" in i.value)
    assert escape_markdown("Yerevan, 14 March 2024.") in note and "enter the publication date above" in note
    assert not any("No publication date" in w.value or "No date could be read" in w.value for w in page.warning)
    # a date the user enters wins, and the note goes
    page.text_input(key="ar_published").set_value("2024-03-22").run()
    _button(page, "Propose incidents").click().run()
    assert not any("read as" in i.value for i in page.info)
    assert list(page.dataframe[0].value["date"]) == ["2024-03-21", "2024-03-21"]  # that week's Thursday


LEFTOVER_REPORT = """published: 2024-03-15
outlet: Leftover Wire

Azerbaijani forces opened fire on Armenian positions near Sotk on 14 March, the Armenian Defense Ministry said.
Gunfire continued on both sides and later spread toward the Kut area.
"""


def test_a_passed_over_sentence_is_listed_and_added_as_a_claim_then_saved(page: AppTest, db_path: Path) -> None:
    _propose(page, LEFTOVER_REPORT)
    assert list(page.dataframe[0].value["place"]) == ["Sotk"]
    [expander] = [e for e in page.expander if "gave no claim" in e.label]
    assert expander.label == "Sentences that tell of fire or losses but gave no claim"
    assert any(c.value.startswith("The reader passed over 1 sentence.") for c in page.caption)
    assert any("Gunfire continued on both sides" in m.value for m in page.markdown)
    [draft] = [c.value for c in page.caption if c.value.startswith("would add:")]
    assert "Kut" in draft and "Armenian MoD" in draft and "2024" in draft
    _button(page, "Add as a claim").click().run()
    assert not page.exception
    table = page.dataframe[0].value
    assert list(table["place"]) == ["Sotk", "Kut"]
    assert list(table["date"]) == ["2024-03-14", "2024-03-14"]
    assert not [e for e in page.expander if "gave no claim" in e.label]  # added: no longer listed
    assert page.session_state["ar_leftovers_open"]  # (a list with more sentences stays open for the next)
    _button(page, "Save ticked incidents").click().run()
    assert not page.exception
    assert sorted(i.place for i in Store(db_path).incidents() if i.source == "Leftover Wire") == ["Kut", "Sotk"]


def test_a_report_with_no_claim_still_lists_the_sentences_that_tell_of_fire(page: AppTest) -> None:
    text = "published: 2024-03-15\n\nGunfire continued on both sides and later spread toward the Kut area.\n"
    _propose(page, text)
    assert not page.dataframe
    [expander] = [e for e in page.expander if "gave no claim" in e.label]
    assert expander.proto.expanded  # open: with no claim proposed, it is all the reader found
    _button(page, "Add as a claim").click().run()
    assert list(page.dataframe[0].value["place"]) == ["Kut"]


def test_a_claim_is_added_at_another_place_its_sentence_names(page: AppTest) -> None:
    from tests.extract.test_other_places import TWO_PLACES

    _propose(page, TWO_PLACES)
    assert list(page.dataframe[0].value["place"]) == ["Sotk"]
    assert [b.label for b in page.button if b.label.startswith("Also at")] == ["Also at Kut"]  # not the province
    _button(page, "Also at Kut").click().run()
    assert not page.exception
    table = page.dataframe[0].value
    assert list(table["place"]) == ["Sotk", "Kut"]
    assert list(table["claimant"]) == ["Armenian MoD", "Armenian MoD"]
    assert list(table["save"]) == [True, False]  # the copy waits for the reviewer's check
    # neither row offers a place the claim is now proposed at
    assert [b.label for b in page.button if b.label.startswith("Also at")] == []


SAVED_SENTENCE = re.compile(r"^Saved 1 incident: 1 new, 0 updated, 0 unchanged\.")


def said_saved(message: str) -> bool:
    """``message`` (Markdown, escaped or not) is the one sentence a save of one new claim says."""
    return SAVED_SENTENCE.match(message.replace("\\", "")) is not None


def test_a_held_back_save_and_a_direct_one_say_it_in_one_sentence_with_a_drawn_icon(
    page: AppTest, db_path: Path
) -> None:
    """walk24 item 6: "Saved 2 incidents: 2 new, ..." after a direct save, "Saved: 0 new, 0 updated, 2
    unchanged; 0 skipped as duplicates, 0 merged into stored claims." after one held back for a choice;
    and the ✅ icon of both an empty box in a browser with no emoji font."""
    _propose(page, REPORT)
    _button(page, "Save ticked incidents").click().run()
    direct = [s for s in page.success if said_saved(s.value)]
    assert len(direct) == 1 and direct[0].icon == ":material/check_circle:", page.success
    held = open_add_report()
    held.text_input(key="m_date").set_value("2022-09-13")
    held.text_input(key="m_claimant").set_value("Our own observer")
    held.text_input(key="m_place").set_value("Sotk")
    choose_hand_choices(held)
    held.button(key="FormSubmitter:ar_manual-Save this incident").click().run()
    held.button(key="manual_pending_save").click().run()  # no outlet and no URL: held back first
    assert not held.exception
    said = [s for s in held.success if s.icon == ":material/check_circle:"]
    assert len(said) == 1 and said_saved(said[0].value), [(s.value, s.icon) for s in held.success]


TEGH = (
    "Azerbaijani troops shelled the village of Tegh on Monday, the Armenian Defence Ministry said. "
    "One soldier was wounded."
)
TOVUZ = (
    "Armenian forces fired mortars at Azerbaijani positions near Tovuz on Wednesday, Azerbaijan's Defence "
    "Ministry said. Nobody was killed."
)


def test_a_new_report_read_drops_the_earlier_reports_claims_held_before_saving(page: AppTest, db_path: Path) -> None:
    """walk38: "Before saving" (a claim with no source) stayed under the next report's proposals, and its
    button saved the earlier report's claim."""
    page.text_input(key="ar_published").set_value("2024-04-10").run()
    _propose(page, TEGH)
    _button(page, "Save ticked incidents").click().run()
    assert [b for b in page.button if b.label == "Save with these choices"]  # held back: no source
    _propose(page, TOVUZ)
    assert not page.exception
    assert not [b for b in page.button if b.label == "Save with these choices"]
    before = set(Store(db_path).frame()["id"])
    _button(page, "Save ticked incidents").click().run()
    _button(page, "Save with these choices").click().run()
    frame = Store(db_path).frame()
    assert list(frame[~frame["id"].isin(before)]["place"]) == ["Tovuz"]  # the report on screen, not Tegh


def test_manual_entry_at_typed_coordinates_saves_the_country_the_point_is_in(page: AppTest, db_path: Path) -> None:
    # A place the gazetteer lacks, placed by typed coordinates (near Tovuz, AZ), was saved with no country: the
    # country filter and the export's country column left it out.
    _fill_manual(page, date="2022-09-13", place="Zzyxqorvan", claimant="Our own observer", lat="40.99", lon="45.63")
    _fill_manual(page, source="Our notes", url="https://example.org/notes")
    choose_hand_choices(page)
    page.button(key="FormSubmitter:ar_manual-Save this incident").click().run()
    assert not page.exception
    saved = [i for i in Store(db_path).incidents() if i.place == "Zzyxqorvan"]
    assert [i.country for i in saved] == ["AZ"]


def test_manual_entry_just_across_a_coarse_border_saves_no_country_rather_than_the_other_side(
    page: AppTest, db_path: Path
) -> None:
    # Round 45: ~1 km east of the AM/AZ line by the bundled borders (~300 m coarse there, and de facto): the
    # point is not clearly in either country, so the claim is saved with none (it said AZ); "Correct this claim" sets one.
    _fill_manual(page, date="2022-09-13", place="Zzyxqorvan", claimant="Our own observer", lat="40.95", lon="45.449")
    _fill_manual(page, source="Our notes", url="https://example.org/notes")
    choose_hand_choices(page)
    page.button(key="FormSubmitter:ar_manual-Save this incident").click().run()
    assert not page.exception
    saved = [i for i in Store(db_path).incidents() if i.place == "Zzyxqorvan"]
    assert [i.country for i in saved] == [None]


def test_the_hand_form_fills_in_no_event_type_or_side_the_user_did_not_choose(page: AppTest, db_path: Path) -> None:
    """walk51: the event type started as "shelling" and the reporting side as the conflict's first party, and a
    Poonch entry whose type was never chosen was saved as shelling. Both start empty and are asked for."""
    before = Store(db_path).count()
    page.selectbox(key="m_conflict").set_value("india-pakistan").run()
    assert page.selectbox(key="m_event").value is None
    assert page.selectbox(key="m_side_india-pakistan").value is None
    values = dict(date="2025-05-07", place="Poonch", lat="33.77", lon="74.09", claimant="Pakistan army (ISPR)")
    _fill_manual(page, **values, source="Example Wire", url="https://example.org/poonch")
    page.button(key="FormSubmitter:ar_manual-Save this incident").click().run()
    assert not page.exception and not page.success and Store(db_path).count() == before
    message = page.error[0].value.replace("\\", "")
    assert message.startswith("Not saved — 2 problems to fix"), message
    assert "event type: choose one (“other” if the report does not say)" in message
    assert "reporting side: choose the side the claimant speaks for" in message
    assert "reporting_side: is required" not in message  # said once, in the form's words
    page.selectbox(key="m_event").set_value("other")
    page.selectbox(key="m_side_india-pakistan").set_value("Pakistan")
    page.button(key="FormSubmitter:ar_manual-Save this incident").click().run()
    assert not page.exception and page.success
    [saved] = [i for i in Store(db_path).incidents() if i.origin == "manual"]
    assert (saved.event_type, saved.reporting_side) == ("other", "Pakistan")
