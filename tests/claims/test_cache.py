"""Clashes kept beside the database: read back only for the very claims they were found in."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import mapdata.claims.cache as cache
from factories import make_claim
from mapdata.claims import find_clashes
from mapdata.claims.cache import CLASHES_SUFFIX, cached_clashes
from mapdata.store import Store


def _counter_claims() -> list:
    """Armenia's account of Azerbaijani fire on a village and Azerbaijan's of Armenian fire there
    (far from the bundled claims)."""
    here = {"place": "Testville", "latitude": 41.5, "longitude": 44.0}
    return [
        make_claim(**here),
        make_claim(
            **here, claimant="Azerbaijani MoD", reporting_side="Azerbaijan", accused_side="Armenia", source="APA"
        ),
    ]


@pytest.fixture
def finds(monkeypatch) -> list[int]:
    """The number of claims of each frame whose clashes were found (not read back)."""
    calls: list[int] = []
    real = cache.find_clashes

    def counting(frame, **kwargs):
        calls.append(len(frame))
        return real(frame, **kwargs)

    monkeypatch.setattr(cache, "find_clashes", counting)
    return calls


@pytest.fixture
def primed(tmp_path, finds) -> tuple[Store, Path, pd.DataFrame]:
    """A store with the counter-claims, where its clashes file is, and its frame (clashes found)."""
    store = Store(tmp_path / "incidents.db")
    store.save(_counter_claims())
    path = store.cache_path(CLASHES_SUFFIX)
    assert path is not None
    frame = store.frame()
    cached_clashes(frame, path)
    return store, path, frame


def _same(a, b) -> None:
    np.testing.assert_array_equal(a.labels, b.labels)
    pd.testing.assert_series_equal(a.status, b.status)
    pd.testing.assert_series_equal(a.groups, b.groups)


def test_clashes_are_found_once_per_state_and_read_back_after_a_restart(tmp_path, finds):
    store = Store(tmp_path / "incidents.db")
    store.save(_counter_claims())
    path = store.cache_path(CLASHES_SUFFIX)
    frame = store.frame()

    first = cached_clashes(frame, path)
    again = cached_clashes(Store(store.path).frame(), path)  # a new server: new frame, same state

    assert finds == [len(frame)]
    _same(first, again)
    _same(again, find_clashes(frame))
    assert "contested" in set(again.status)


def test_a_write_a_subset_or_other_rules_find_the_clashes_again(primed, finds):
    store, path, frame = primed
    here = frame["place"] == "Testville"

    armenian_only = frame[here & (frame["reporting_side"] == "Armenia") | ~here]  # keeps the stamp
    assert "contested" not in set(cached_clashes(armenian_only, path).status[armenian_only["place"] == "Testville"])
    nearer = cached_clashes(frame, path, max_km=0.001, max_days=0)
    _same(nearer, find_clashes(frame, max_km=0.001, max_days=0))
    store.retract([frame.loc[here & (frame["reporting_side"] == "Azerbaijan"), "id"].iloc[0]], "retracted", who="t")
    after = store.frame()
    statuses = cached_clashes(after, path).status[after["place"] == "Testville"]

    assert list(statuses) == ["single source"]
    assert len(finds) == 4


def test_a_damaged_file_or_a_frame_not_from_a_store_is_found_again(primed, finds):
    store, path, frame = primed
    path.write_bytes(b"PK\x03\x04 not a whole file")

    _same(cached_clashes(frame, path), find_clashes(frame))
    plain = frame.copy()
    plain.attrs.clear()
    cached_clashes(plain, path)

    assert len(finds) == 3
    assert Store(store.path, read_only=True).cache_path(CLASHES_SUFFIX) is None


def test_clashes_found_by_other_rules_are_found_again(primed, finds, monkeypatch) -> None:
    # round 46: the status rules changed and an existing database's file kept the old statuses in the app
    _store, path, frame = primed
    before = len(finds)
    cached_clashes(frame, path)
    assert len(finds) == before  # read back: same claims, same rules
    monkeypatch.setattr(cache, "RULES_DIGEST", "another release")
    cached_clashes(frame, path)
    assert len(finds) == before + 1
