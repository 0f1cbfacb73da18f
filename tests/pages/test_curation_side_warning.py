"""The map's "Correct this claim" form asks once before saving a claimant under a side its conflict's
profile does not give it (walk40 item 3, as Add report asks since 43247ef): "Azerbaijani MoD", the
Armenia–Azerbaijan profile's voice of Azerbaijan, typed over an outlet's claim whose side is "media"."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from mapdata.store import Store
from tests.pages.test_app import MapStub
from tests.pages.test_curation_panel import by_label, open_claim, press

MEDIA_CLAIM = "bundled:2023-05-11-media-border-clash"  # Daily Sabah, side "media"
CLAIMANT = "Claimant (who says so)"


@pytest.fixture
def media_claim(db_path, monkeypatch: pytest.MonkeyPatch) -> tuple[AppTest, Store]:
    stub = MapStub()
    stub.install(monkeypatch)
    store = Store(db_path)
    return open_claim(stub, MEDIA_CLAIM), store


def side_warnings(at: AppTest) -> list[str]:
    return [w.value for w in at.warning if "Not saved yet" in w.value]


def test_a_claimant_the_profile_gives_another_side_is_saved_on_the_second_press(media_claim) -> None:
    at, store = media_claim
    by_label(at.text_input, CLAIMANT).set_value("Azerbaijani MoD")
    press(at, "Save changes")
    # first press: nothing saved, the warning names the profile's side and the way to save it anyway
    [warning] = side_warnings(at)
    assert "“Azerbaijani MoD” a voice of Azerbaijan" in warning and "reporting side is “media”" in warning
    assert "Choose “Azerbaijan”" in warning and "press “Save changes” again" in warning
    assert not at.success
    assert store.get(MEDIA_CLAIM).claimant == "Daily Sabah" and len(store.history(MEDIA_CLAIM)) == 1
    # the form keeps what was typed; the second press saves it as it is
    assert by_label(at.text_input, CLAIMANT).value == "Azerbaijani MoD"
    press(at, "Save changes")
    # (said in a toast since 43fa31e, with the change: "Saved: claimant Daily Sabah → Azerbaijani MoD.")
    assert any("claimant Daily Sabah → Azerbaijani MoD" in t.value for t in at.toast), [t.value for t in at.toast]
    saved = store.get(MEDIA_CLAIM)
    assert (saved.claimant, saved.reporting_side) == ("Azerbaijani MoD", "media")
    # an edit that touches neither the claimant nor the side is not asked about the side kept so
    by_label(at.text_input, "Wounded (empty = not stated)").set_value("3")
    press(at, "Save changes")
    assert side_warnings(at) == [] and store.get(MEDIA_CLAIM).wounded == 3


def test_choosing_the_profiles_side_after_the_warning_saves_it(media_claim) -> None:
    at, store = media_claim
    by_label(at.text_input, CLAIMANT).set_value("Azerbaijani MoD")
    press(at, "Save changes")
    assert len(side_warnings(at)) == 1 and store.get(MEDIA_CLAIM).claimant == "Daily Sabah"
    by_label(at.selectbox, "Reporting side").set_value("Azerbaijan")
    press(at, "Save changes")
    assert side_warnings(at) == []
    saved = store.get(MEDIA_CLAIM)
    assert (saved.claimant, saved.reporting_side) == ("Azerbaijani MoD", "Azerbaijan")


def test_another_claimant_or_side_is_asked_about_again(media_claim) -> None:
    """The confirmation is for the claimant and side warned of: another mismatch is asked about anew."""
    at, store = media_claim
    by_label(at.text_input, CLAIMANT).set_value("Azerbaijani MoD")
    press(at, "Save changes")
    assert len(side_warnings(at)) == 1
    by_label(at.text_input, CLAIMANT).set_value("Armenian MoD")
    press(at, "Save changes")
    [warning] = side_warnings(at)
    assert "a voice of Armenia" in warning
    assert store.get(MEDIA_CLAIM).claimant == "Daily Sabah"


def test_a_problem_and_the_side_are_said_at_once(media_claim) -> None:
    at, store = media_claim
    by_label(at.text_input, CLAIMANT).set_value("Azerbaijani MoD")
    by_label(at.text_input, "Killed (empty = not stated)").set_value("-1")
    press(at, "Save changes")
    assert len(at.error) == 1 and "killed" in at.error[0].value
    assert len(side_warnings(at)) == 1
    assert store.get(MEDIA_CLAIM).claimant == "Daily Sabah"


def test_a_party_accusing_itself_is_asked_about_with_the_accused_side_to_choose(
    db_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """walk41: "Cambodian MoD [Cambodia], accuses Cambodia" was saved without a word."""
    stub = MapStub()
    stub.install(monkeypatch)
    store = Store(db_path)
    claim = "bundled:2020-07-12-az-mod-tovuz-artillery"  # Azerbaijani MoD, side Azerbaijan, accuses Armenia
    at = open_claim(stub, claim)
    by_label(at.selectbox, "Accused side").set_value("Azerbaijan")
    press(at, "Save changes")
    [warning] = side_warnings(at)
    assert "is also the accused side" in warning and "Choose “Armenia” as the accused side" in warning
    assert store.get(claim).accused_side == "Armenia"
    press(at, "Save changes")
    assert store.get(claim).accused_side == "Azerbaijan"
