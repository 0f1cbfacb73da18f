"""The sidebar's conflict box (AppTest): choosing a conflict shows its claims, its sides and its map view."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from apptools import open_page_without_error
from mapdata.profiles import default_catalog
from mapdata.store import Store
from mapdata.store.bundled import EXAMPLES_ENV, bundled_incidents
from tests.apptools import shown_and_total
from tests.factories import make_india_claim
from tests.pages.test_app import APP, MapStub

POONCH = "manual:poonch-test"


class ViewStub(MapStub):
    """The map stub, also keeping where the base map opens and what its legend lists."""

    def __call__(self, fig, *args, **kwargs):
        self.location = list(fig.location)
        return super().__call__(fig, *args, **kwargs)


@pytest.fixture
def app(db_path, monkeypatch: pytest.MonkeyPatch) -> tuple[AppTest, ViewStub]:
    Store(db_path).save([make_india_claim(id=POONCH)])
    stub = ViewStub()
    stub.install(monkeypatch)
    at = open_page_without_error(APP)
    return at, stub


def chooser(at: AppTest):
    return at.sidebar.selectbox(key="flt_conflict")


def test_all_conflicts_at_first_then_one_conflict_with_its_sides_and_view(app):
    at, stub = app
    total = shown_and_total(at)[1]
    assert shown_and_total(at) == (total, total)
    assert POONCH in stub.sent_ids and len(stub.sent_ids) == total
    assert "India" in at.sidebar.multiselect(key="flt_sides").options

    chooser(at).set_value("india-pakistan").run()
    assert not at.exception, at.exception
    assert shown_and_total(at) == (1, 1)  # of the conflict's claims (walk51: of the database's)
    assert stub.sent_ids == [POONCH]
    assert at.sidebar.multiselect(key="flt_sides").options == ["India"]
    assert default_catalog().require("india-pakistan").extent.contains(*stub.location)
    assert at.query_params["conflict"] == "india-pakistan"

    chooser(at).set_value("armenia-azerbaijan").run()
    assert not at.exception, at.exception
    assert shown_and_total(at) == (total - 1, total - 1)
    assert POONCH not in stub.sent_ids
    assert set(at.sidebar.multiselect(key="flt_sides").options) <= {"Armenia", "Azerbaijan", "third party", "media"}
    assert default_catalog().default.extent.contains(*stub.location)


def test_a_side_chosen_in_one_conflict_is_dropped_when_switching(app):
    at, _ = app
    total = shown_and_total(at)[1]  # every conflict's
    chooser(at).set_value("india-pakistan").run()
    at.sidebar.multiselect(key="flt_sides").set_value(["India"]).run()
    assert shown_and_total(at)[0] == 1
    chooser(at).set_value("armenia-azerbaijan").run()
    assert not at.exception, at.exception
    assert at.sidebar.multiselect(key="flt_sides").value == []
    assert shown_and_total(at) == (total - 1, total - 1)  # every claim of the conflict, of the conflict's


def test_a_link_with_a_conflict_opens_on_it(db_path, monkeypatch: pytest.MonkeyPatch):
    ViewStub().install(monkeypatch)
    at = open_page_without_error(APP, {"conflict": "russia-ukraine"})
    assert chooser(at).value == "russia-ukraine"
    assert shown_and_total(at)[0] == 0  # nothing of that conflict in a new database yet


def test_a_conflict_without_claims_offers_its_bundled_examples(app):
    at, stub = app
    chooser(at).set_value("thailand-cambodia").run()
    assert shown_and_total(at) == (0, 0)
    examples = len(bundled_incidents(["thailand-cambodia"]))
    at.sidebar.button(key="flt_add_bundled").click().run()
    assert not at.exception, at.exception
    assert shown_and_total(at) == (examples, examples)
    assert len(stub.sent_ids) == examples
    assert not [b for b in at.sidebar.button if b.key == "flt_add_bundled"]  # offered only while empty


def test_the_timeline_colours_a_conflicts_sides_as_its_profile_does(db_path):
    Store(db_path).add_bundled(["india-pakistan"])
    timeline = open_page_without_error("app_pages/1_Timeline.py", {"conflict": "india-pakistan"})
    chart = next(e for e in timeline.main if getattr(e, "type", "") == "vega_lite_chart")
    scale = json.loads(chart.proto.spec)["encoding"]["color"]["scale"]
    profile = default_catalog().require("india-pakistan")
    assert scale["domain"] == ["India", "Pakistan"]
    assert scale["range"] == [profile.party("India").colour, profile.party("Pakistan").colour]


def test_a_new_user_sees_every_conflict_and_can_open_each(db_path, monkeypatch: pytest.MonkeyPatch):
    """First run on a user's machine (no MAPDATA_EXAMPLES): every conflict's examples, each in the box."""
    monkeypatch.delenv(EXAMPLES_ENV, raising=False)
    stub = ViewStub()
    stub.install(monkeypatch)
    at = open_page_without_error(APP)
    assert shown_and_total(at) == (34, 34)
    assert len(stub.sent_ids) == 34
    box = chooser(at)
    assert list(box.options) == [
        "All conflicts (34)",
        *(f"{p.title} ({len(bundled_incidents([p.id]))})" for p in default_catalog()),
    ]
    assert not [b for b in at.sidebar.button if b.key == "flt_add_bundled"]  # nothing left to offer
    for profile in default_catalog():
        chooser(at).set_value(profile.id).run()
        assert not at.exception, at.exception
        examples = len(bundled_incidents([profile.id]))
        assert shown_and_total(at) == (examples, examples), profile.id  # walk51: (examples, 34)
        assert set(at.sidebar.multiselect(key="flt_sides").options) <= set(profile.reporting_sides), profile.id
        assert profile.extent.contains(*stub.location), profile.id


def test_the_count_is_of_the_conflict_chosen_as_its_box_says(app):
    """walk51: "11 of 4,030 incidents shown" beside "Armenia–Azerbaijan (4,014)": the "of" was the database."""
    at, _ = app
    total = shown_and_total(at)[1]
    chooser(at).set_value("armenia-azerbaijan").run()
    at.sidebar.text_input(key="flt_text").set_value("Sotk").run()
    assert not at.exception, at.exception
    in_box = int(next(o for o in chooser(at).options if o.startswith("Armenia")).rsplit("(", 1)[1].rstrip(")"))
    shown, of = shown_and_total(at)
    assert 0 < shown < of and of == in_box == total - 1
