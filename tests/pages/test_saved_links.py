"""Add report after a save: a link to each claim saved, which opens it on the map with the filters
kept, and a Save button that cannot save the same proposals twice (walk34 item 10)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from streamlit.testing.v1 import AppTest

from apptools import choose_hand_choices
from mapdata.model import Incident
from mapdata.store import Store, WriteResult
from tests.pages.test_page_add_report import REPORT, _button, _propose, open_add_report
from ui.curation import SavedClaim, saved_claims

NO_SOURCE = "Azerbaijani forces fired at Armenian positions near Chinari on 5 February 2019, the Armenian MoD said.\n"


def links(at: AppTest) -> list[tuple[str, str, dict[str, list[str]]]]:
    """The page's links: (label, page, query parameters)."""
    found = []
    for element in at.get("page_link"):
        proto = element.proto
        found.append((proto.label, proto.page, parse_qs(proto.query_string)))
    return found


def claim_links(at: AppTest) -> list[tuple[str, dict[str, list[str]]]]:
    return [(label, query) for label, _, query in links(at) if "claim" in query]


@pytest.fixture
def page(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    Store(db_path)
    at = AppTest.from_file(str(Path(__file__).resolve().parents[2] / "app_pages" / "3_Add_report.py"))
    at.default_timeout = 90
    at.query_params["side"] = "Azerbaijan"  # a filter chosen on another page: the links keep it
    at.run()
    assert not at.exception
    return at


def test_a_saved_claim_is_linked_to_the_map_with_the_filters_kept(page: AppTest, db_path: Path) -> None:
    _propose(page, REPORT)
    assert claim_links(page) == []
    _button(page, "Save ticked incidents").click().run()
    assert not page.exception
    [saved] = [i for i in Store(db_path).incidents() if i.origin == "article"]
    [(label, query)] = claim_links(page)
    assert query == {"claim": [saved.id], "side": ["Azerbaijan"]}
    assert label.replace("\\", "") == f"2021-05-13 · Tovuz · Azerbaijani MoD · {saved.id}"  # (escaped Markdown)
    [target] = {p for _, p, q in links(page) if "claim" in q}
    assert target == "", target  # the map page, served at "/"


def test_the_save_button_is_off_once_saved_until_proposing_again(page: AppTest, db_path: Path) -> None:
    _propose(page, REPORT)
    assert not _button(page, "Save ticked incidents").disabled
    _button(page, "Save ticked incidents").click().run()
    assert _button(page, "Save ticked incidents").disabled
    assert any("These proposals are saved" in c.value for c in page.caption)
    before = Store(db_path).count()
    page.run()  # any other run of the page: still off, the links still there
    assert _button(page, "Save ticked incidents").disabled and len(claim_links(page)) == 1
    _button(page, "Propose incidents").click().run()  # a new reading of the report
    assert not _button(page, "Save ticked incidents").disabled
    assert claim_links(page) == []
    assert Store(db_path).count() == before


def test_a_claim_added_after_the_save_is_saved_alone(page: AppTest, db_path: Path) -> None:
    """The rows saved are unticked when a claim is added below them: only the new one is saved."""
    from tests.extract.test_other_places import TWO_PLACES

    _propose(page, "outlet: Example Wire\n" + TWO_PLACES)
    _button(page, "Save ticked incidents").click().run()
    assert _button(page, "Save ticked incidents").disabled
    _button(page, "Also at Kut").click().run()
    assert not _button(page, "Save ticked incidents").disabled
    assert list(page.dataframe[0].value["save"]) == [False, False]  # the saved row unticked, the copy too
    assert claim_links(page) == []  # (the proposals are no longer the ones saved)
    editor = f"ar_editor_{page.session_state['ar_result'][0][:10]}_2"
    # AppTest cannot tick a data editor's box: its state holds the edit the browser would send
    page.session_state[editor] = {"edited_rows": {1: {"save": True}}, "added_rows": [], "deleted_rows": []}
    _button(page.run(), "Save ticked incidents").click().run()
    # the copy looks like the claim just saved (same claimant and day, a place nearby): kept as a claim of its own
    page.radio(key="ar_decision_0").set_value("keep")
    page.button(key="ar_pending_save").click().run()
    assert not page.exception
    assert any("Saved 1 incident: 1 new, 0 updated, 0 unchanged" in s.value.replace("\\", "") for s in page.success)
    assert [label.replace("\\", "").split(" · ")[1] for label, _ in claim_links(page)] == ["Kut"]
    assert sorted(i.place for i in Store(db_path).incidents() if i.source == "Example Wire") == ["Kut", "Sotk"]


def test_a_held_back_save_links_its_claims_too(page: AppTest, db_path: Path) -> None:
    _propose(page, NO_SOURCE)
    _button(page, "Save ticked incidents").click().run()
    assert claim_links(page) == [] and not _button(page, "Save ticked incidents").disabled  # not saved yet
    page.button(key="ar_pending_save").click().run()
    assert not page.exception
    [saved] = [i for i in Store(db_path).incidents() if i.origin == "article" and i.place == "Chinari"]
    assert [q["claim"] for _, q in claim_links(page)] == [[saved.id]]
    assert _button(page, "Save ticked incidents").disabled


def test_a_claim_typed_by_hand_is_linked_once_saved(db_path: Path) -> None:
    Store(db_path)
    at = open_add_report()
    for key, value in {"date": "2022-09-13", "claimant": "Our own observer", "place": "Sotk"}.items():
        at.text_input(key=f"m_{key}").set_value(value)
    at.text_input(key="m_source").set_value("Example Wire")
    choose_hand_choices(at)
    at.button(key="FormSubmitter:ar_manual-Save this incident").click().run()
    assert not at.exception
    [saved] = [i for i in Store(db_path).incidents() if i.origin == "manual"]
    assert [q["claim"] for _, q in claim_links(at)] == [[saved.id]]


def _incident(place: str) -> Incident:
    return Incident.create(
        date=dt.date(2022, 9, 13),
        place=place,
        latitude=40.2,
        longitude=45.9,
        claimant="Our own observer",
        reporting_side="Armenia",
        accused_side="Azerbaijan",
        origin="manual",
    )


def test_saved_claims_names_each_stored_claim_once_in_order() -> None:
    a, b, c, d = (_incident(p) for p in ("Sotk", "Tegh", "Kut", "Jermuk"))
    result = WriteResult(new=[c.id], unchanged=[a.id], merged={b.id: "bundled:x", d.id: "bundled:x"}, skipped=[])
    skipped = _incident("Chinari")
    result.skipped = [skipped.id]
    claims = saved_claims([a, b, skipped, c, d], result)
    assert [claim.id for claim in claims] == [a.id, "bundled:x", c.id]
    assert claims[0] == SavedClaim(a.id, f"2022-09-13 · Sotk · Our own observer · {a.id}")
    assert "merged into this stored claim" in claims[1].label
