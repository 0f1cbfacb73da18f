"""Before a save: the stored claim each incoming one already is (its own id) or looks like."""

from __future__ import annotations

from factories import make_claim
from mapdata.curation.duplicates import ALREADY_RETRACTED, ALREADY_STORED, find_duplicates, stored_lookalikes
from mapdata.store import Store

STORED = dict(
    id="csv:stored",
    date="2021-03-03",  # no bundled claim near this day
    geo_precision="exact",
    source="Outlet A",
    source_url="https://www.example.org/news/1/",
    origin="csv",
)


def test_a_claim_stored_under_its_own_id_is_named_as_itself(store: Store) -> None:
    claim = make_claim(**STORED)
    store.save([claim])
    assert find_duplicates(store, [claim]) == []  # an update, not a duplicate: the save does not ask
    [match] = stored_lookalikes(store, [claim])
    assert (match.incoming, match.stored.id, match.reasons) == (claim, "csv:stored", (ALREADY_STORED,))
    assert match.stored.place == claim.place


def test_look_alikes_are_the_ones_find_duplicates_finds_in_the_incoming_order(store: Store) -> None:
    store.save([make_claim(**STORED)])
    same = make_claim(**STORED)
    alike = make_claim(**{**STORED, "id": "csv:incoming", "source": "Outlet B", "source_url": None})
    other = make_claim(**{**STORED, "id": "csv:other", "date": "2021-06-01", "source_url": None})
    matches = stored_lookalikes(store, [other, alike, same])
    assert [(m.incoming.id, m.stored.id) for m in matches] == [
        ("csv:incoming", "csv:stored"),
        ("csv:stored", "csv:stored"),
    ]
    assert (
        matches[0].reasons == find_duplicates(store, [alike])[0].reasons == ("same claimant", "same date", "same place")
    )


def test_a_retracted_claim_is_named_with_its_retraction(store: Store) -> None:
    """walk39: a report pasted again after one of its claims was retracted said nothing of it before
    the save, and a copy of it with another id was saved beside it."""
    claim = make_claim(**STORED)
    store.save([claim])
    store.retract([claim.id], "pasted twice", who="test")
    alike = make_claim(**{**STORED, "id": "csv:incoming"})
    same, other = stored_lookalikes(store, [claim, alike])
    assert (same.stored.id, same.reasons) == ("csv:stored", (ALREADY_RETRACTED,))
    assert (other.stored.id, other.reasons) == (
        "csv:stored",
        ("same claimant", "same date", "same place", "same source URL"),
    )
    assert same.retraction is not None and same.retraction[1] == "pasted twice"
    assert other.retraction == same.retraction
    assert (same.choices, other.choices) == (("skip", "restore"), ("skip", "restore", "keep"))
    assert stored_lookalikes(store, []) == []
    # An import is not asked about retracted claims (it reports them after): as before.
    assert find_duplicates(store, [claim, alike]) == []
    assert [m.stored.id for m in find_duplicates(store, [claim, alike], retracted=True)] == ["csv:stored"] * 2


def test_a_live_look_alike_is_named_before_a_retracted_one(store: Store) -> None:
    store.save([make_claim(**STORED), make_claim(**{**STORED, "id": "csv:gone", "source": "Outlet C"})])
    store.retract(["csv:gone"], "wrong outlet", who="test")
    alike = make_claim(**{**STORED, "id": "csv:incoming", "source": "Outlet B"})
    [match] = stored_lookalikes(store, [alike])
    assert (match.stored.id, match.retraction) == ("csv:stored", None)


def test_it_writes_nothing(store: Store) -> None:
    claim = make_claim(**STORED)
    store.save([claim])
    version = store.data_version()
    stored_lookalikes(store, [claim, make_claim(**{**STORED, "id": "csv:incoming"})])
    assert store.data_version() == version
