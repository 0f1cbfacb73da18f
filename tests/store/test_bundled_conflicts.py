"""The example claims shipped for every bundled conflict: valid, sourced, placed in their conflict, our own words."""

from __future__ import annotations

import re

import pytest

from mapdata.claims import group_counter_claims
from mapdata.errors import StoreError
from mapdata.profiles import BUNDLED_IDS, DEFAULT_PROFILE_ID, default_catalog
from mapdata.safety import safe_url
from mapdata.store import Store
from mapdata.store.bundled import EXAMPLES_ENV, bundled_conflicts, bundled_incidents
from tests.conftest import shared_file


def test_every_bundled_conflict_has_a_few_claims():
    assert set(bundled_conflicts()) == set(BUNDLED_IDS)
    for conflict in BUNDLED_IDS:
        assert len(bundled_incidents([conflict])) >= 3, conflict


@pytest.mark.parametrize("conflict", [c for c in BUNDLED_IDS if c != "armenia-azerbaijan"])
def test_new_conflicts_claims_are_sourced_placed_and_spoken_by_the_profiles_voices(conflict):
    profile = default_catalog().require(conflict)
    for claim in bundled_incidents([conflict]):
        assert claim.conflict == conflict
        assert claim.source and claim.summary, claim.id
        # (a link is left out where its report is in ../shared, whose text is never copied here)
        assert claim.source_url is None or safe_url(claim.source_url), claim.id
        assert profile.extent.contains(claim.latitude, claim.longitude, margin_km=50), claim.id
        voice = profile.voice(claim.claimant)
        assert voice is not None and voice[1] == claim.reporting_side, f"{claim.id}: {claim.claimant!r}"


def test_counter_claims_of_other_conflicts_are_contested_among_themselves(tmp_path):
    store = Store(tmp_path / "all.db", seed=False)
    store.add_bundled(BUNDLED_IDS)
    frame = store.frame()
    groups = group_counter_claims(frame)
    conflict_of = frame.set_index("id")["conflict"]
    by_group: dict[str, set[str]] = {}
    for incident_id, group in groups.items():
        by_group.setdefault(group, set()).add(conflict_of[incident_id])
    assert all(len(conflicts) == 1 for conflicts in by_group.values())  # never across conflicts
    contested = {c for conflicts in by_group.values() for c in conflicts}
    assert {"thailand-cambodia", "russia-ukraine"} <= contested


def test_a_new_users_database_starts_with_every_conflicts_examples(tmp_path, monkeypatch):
    monkeypatch.delenv(EXAMPLES_ENV, raising=False)  # a user's machine: the suite sets it
    frame = Store(tmp_path / "new.db").frame()
    assert frame["conflict"].value_counts().to_dict() == {
        "armenia-azerbaijan": 18,
        "thailand-cambodia": 5,
        "russia-ukraine": 5,
        "india-pakistan": 3,
        "israel-lebanon": 3,
    }
    assert set(frame["conflict"]) == set(BUNDLED_IDS)


@pytest.mark.parametrize(
    ("setting", "conflicts"),
    [
        ("none", set()),
        ("all", set(BUNDLED_IDS)),
        (" india-pakistan , israel-lebanon ", {"india-pakistan", "israel-lebanon"}),
        (DEFAULT_PROFILE_ID, {DEFAULT_PROFILE_ID}),
    ],
)
def test_the_user_chooses_which_examples_a_new_database_starts_with(tmp_path, monkeypatch, setting, conflicts):
    monkeypatch.setenv(EXAMPLES_ENV, setting)
    assert set(Store(tmp_path / "new.db").frame()["conflict"]) == conflicts


def test_a_misspelt_conflict_is_refused_with_the_names_there_are_and_nothing_is_written(tmp_path, monkeypatch):
    monkeypatch.setenv(EXAMPLES_ENV, "india-pakistn")
    with pytest.raises(StoreError, match=r"'india-pakistn' is not a bundled conflict.*india-pakistan"):
        Store(tmp_path / "new.db")
    monkeypatch.setenv(EXAMPLES_ENV, "india-pakistan")
    assert set(Store(tmp_path / "new.db").frame()["conflict"]) == {"india-pakistan"}  # the next start is whole


def test_examples_left_out_are_added_once_on_request(tmp_path, monkeypatch):
    monkeypatch.setenv(EXAMPLES_ENV, DEFAULT_PROFILE_ID)
    store = Store(tmp_path / "new.db")
    added = store.add_bundled(["india-pakistan"])
    assert len(added.new) == len(bundled_incidents(["india-pakistan"]))
    assert len(store.add_bundled(["india-pakistan"]).new) == 0
    assert set(store.frame()["conflict"]) == {DEFAULT_PROFILE_ID, "india-pakistan"}


@pytest.mark.shared
def test_summaries_are_our_own_words_not_the_reports():
    """No run of 5 words of any bundled summary appears in any of the reports in ../shared."""
    folder = shared_file("articles")
    texts = " ".join(" ".join(re.findall(r"\w+", path.read_text("utf-8").casefold())) for path in folder.glob("*.txt"))
    for claim in bundled_incidents():
        words = re.findall(r"\w+", (claim.summary or "").casefold())
        for start in range(len(words) - 4):
            run = " ".join(words[start : start + 5])
            assert f" {run} " not in f" {texts} ", f"{claim.id}: {run!r} is a report's wording"
