"""Saving a claim that is, or looks like, one a person retracted: the person's choice (keep it
retracted, restore it, or save the new one beside it) is carried out in the save's one transaction,
and the result says what stayed hidden (walk39: a report pasted again said "unchanged" of a claim
that stayed retracted, and a copy of it was saved beside it without asking)."""

from __future__ import annotations

import pytest

from factories import make_claim
from mapdata.curation.duplicates import find_duplicates, save_with_decisions
from mapdata.store import Store
from mapdata.store import curation as store_curation
from tests.curation.test_lookalikes import STORED


@pytest.fixture
def retracted(store: Store) -> Store:
    store.save([make_claim(**STORED)])
    store.retract(["csv:stored"], "pasted twice", who="test")
    return store


def _live(store: Store) -> set[str]:
    return set(store.frame()["id"])


def _save(store: Store, claims, decision: str):
    matches = find_duplicates(store, claims, retracted=True)
    assert len(matches) == len(claims)
    return save_with_decisions(store, claims, matches, {c.id: decision for c in claims}, origin="article", label="t")


def test_the_same_claim_restored_is_saved_and_restored_in_one_batch(retracted: Store) -> None:
    again = make_claim(**{**STORED, "killed": 2})
    result = _save(retracted, [again], "restore")
    assert result.restored == {"csv:stored": "csv:stored"} and result.retracted == []
    assert result.updated == ["csv:stored"] and result.kept_retracted == []
    assert "csv:stored" in _live(retracted) and retracted.get("csv:stored").killed == 2
    entries = retracted.history("csv:stored")
    assert [e.action for e in entries] == ["create", "retract", "edit", "restore"]
    assert entries[-1].note == "saved again by t"


def test_the_same_claim_kept_retracted_is_not_saved(retracted: Store) -> None:
    version = retracted.data_version()
    result = _save(retracted, [make_claim(**{**STORED, "killed": 2})], "skip")
    assert (result.skipped, result.kept_retracted, result.restored) == (["csv:stored"], ["csv:stored"], {})
    assert "csv:stored" not in _live(retracted) and retracted.get("csv:stored").killed is None
    assert retracted.data_version() >= version  # (its batch record is written; no claim is)


def test_a_look_alike_restores_the_stored_claim_instead_or_is_saved_beside_it(retracted: Store) -> None:
    alike = make_claim(**{**STORED, "id": "csv:incoming", "source": "Outlet B"})
    result = _save(retracted, [alike], "restore")
    assert result.restored == {"csv:incoming": "csv:stored"} and result.new == []
    assert {"csv:stored"} <= _live(retracted) and "csv:incoming" not in _live(retracted)

    retracted.retract(["csv:stored"], "wrong again", who="test")
    result = _save(retracted, [alike], "keep")
    assert result.new == ["csv:incoming"] and result.restored == {}
    assert "csv:incoming" in _live(retracted) and "csv:stored" not in _live(retracted)


def test_a_decision_no_retracted_claim_offers_is_refused(retracted: Store) -> None:
    same = make_claim(**STORED)
    with pytest.raises(ValueError, match="unknown decision 'merge'"):
        _save(retracted, [same], "merge")
    with pytest.raises(ValueError, match="unknown decision 'keep'"):
        _save(retracted, [same], "keep")


def test_the_restore_is_in_the_save_s_transaction(retracted: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every write is one transaction: a restore that fails leaves the claims saved with it unsaved."""
    new = make_claim(**{**STORED, "id": "csv:new", "date": "2021-05-05", "source_url": None})
    same = make_claim(**{**STORED, "killed": 3})
    matches = find_duplicates(retracted, [new, same], retracted=True)

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_curation, "restore", broken)
    before = (retracted.count(include_retracted=True), len(retracted.batches()))
    with pytest.raises(RuntimeError):
        save_with_decisions(retracted, [new, same], matches, {same.id: "restore"}, origin="article", label="t")
    assert (retracted.count(include_retracted=True), len(retracted.batches())) == before
    assert retracted.get("csv:stored").killed is None and retracted.get("csv:new") is None
