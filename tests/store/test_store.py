"""The SQLite store: seeding, round trip, idempotent saves, and all-or-nothing writes."""

from __future__ import annotations

import sqlite3

import pytest

from factories import make_claim
from mapdata.errors import StoreError
from mapdata.model import Incident
from mapdata.store import Store, default_db_path, open_store


def claim(n: int, **changes) -> Incident:
    return make_claim(
        id=f"manual:test-{n}",
        place=f"Place {n}",
        latitude=40.0,
        longitude=45.0 + n / 1000,
        weapons=["mortars"],
        extra={"note": "ü"},
        source="Test outlet",
        **changes,
    )


def test_new_file_is_created_and_seeded(db_path):
    assert not db_path.exists()
    store = Store(db_path)
    assert db_path.exists()
    assert store.count() == 18
    frame = store.frame()
    assert set(frame["origin"]) == {"bundled"}
    sotk = frame[frame["id"] == "bundled:2023-05-12-am-mod-sotk-uav"].iloc[0]
    assert sotk["claimant"] == "Armenian MoD" and sotk["wounded"] == 2


def test_every_bundled_record_has_a_source_link_or_outlet(store):
    frame = store.frame()
    assert (frame["source"].notna() | frame["source_url"].notna()).all()
    assert frame["summary"].notna().all()


def test_reopening_does_not_seed_twice(db_path):
    Store(db_path)
    assert Store(db_path).count() == 18


def test_mapdata_db_env_names_the_file(db_path):
    assert default_db_path() == db_path
    assert open_store().path == db_path


def test_round_trip_keeps_every_field(store):
    original = claim(1, killed=3, published="2023-05-13", summary="Text with ‘quotes’ and <b>tags</b>")
    store.save([original])
    assert store.get(original.id) == original.replace(batch=store.get(original.id).batch)


def test_saving_the_same_claims_twice_adds_nothing(store):
    first = store.save([claim(1), claim(2)])
    second = store.save([claim(1), claim(2)])
    assert len(first.new) == 2
    assert second.counts() == {"new": 0, "updated": 0, "unchanged": 2}
    assert store.count() == 20


def test_edited_claim_is_reported_as_updated(store):
    store.save([claim(1)])
    result = store.save([claim(1, wounded=4)])
    assert result.updated == ["manual:test-1"]
    assert store.get("manual:test-1").wounded == 4


def test_failed_write_leaves_database_as_it_was(store):
    before = store.frame()
    version = store.data_version()
    with pytest.raises(RuntimeError), store.transaction() as con:
        con.execute("DELETE FROM incidents")
        raise RuntimeError("crash in the middle of a write")
    assert store.count() == len(before) == 18
    assert store.data_version() == version


def test_constraint_failure_rolls_back_whole_batch(store):
    good = claim(1)
    with pytest.raises(StoreError), store.transaction() as con:
        store._write(con, [good], origin="manual", label=None)
        con.execute("INSERT INTO incidents(id) VALUES ('broken')")  # violates NOT NULL
    assert store.get(good.id) is None
    assert store.count() == 18


def test_every_write_bumps_the_data_version(store):
    version = store.data_version()
    store.save([claim(1)])
    assert store.data_version() == version + 1


def test_frame_types(store):
    frame = store.frame()
    assert str(frame["date"].dtype).startswith("datetime64")
    assert isinstance(frame["weapons"].iloc[0], list)
    assert str(frame["killed"].dtype) == "Int64"


def test_nothing_is_deleted_a_retracted_claim_stays_in_the_file(store):
    store.save([claim(1), claim(2)])
    assert not hasattr(store, "delete")  # no user action removes a claim physically
    assert store.retract(["manual:test-1"], reason="wrong file") == ["manual:test-1"]
    assert store.count() == 19 and store.count(include_retracted=True) == 20
    assert store.get("manual:test-1") == claim(1).replace(batch=store.get("manual:test-1").batch)


def test_schema_is_indexed_for_filters(store):
    con = sqlite3.connect(store.path)
    names = {row[1] for row in con.execute("PRAGMA index_list(incidents)")}
    con.close()
    assert {"incidents_date", "incidents_side", "incidents_source"} <= names


def test_a_stored_time_stamp_is_shown_as_a_date_and_a_time_in_utc() -> None:
    """walk26 item 5: Past imports showed batch times as "2026-12-03T12:06:38+00:00"."""
    from mapdata.store import shown_time

    assert shown_time("2026-12-03T12:06:38+00:00") == "2026-12-03 12:06:38"
    assert shown_time("2026-12-03T14:06:38+02:00") == "2026-12-03 12:06:38"  # in UTC, as the column says
    assert shown_time("2026-12-03T12:06:38") == "2026-12-03 12:06:38"
    assert shown_time("not a time") == "not a time" and shown_time(None) == ""
