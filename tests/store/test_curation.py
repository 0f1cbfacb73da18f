"""Correcting the record in the store: edits, retractions, review status, batch undo, merges, history.

Every change is checked twice: the record reads back changed (or hidden), and the history
holds one entry saying who changed what from what to what.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from mapdata.errors import StoreError, UnknownRecordError, ValidationError
from mapdata.store import SCHEMA_VERSION, Store, curation
from tests.store.test_store_safety import claim, integrity, kill_once_inside

FIXTURE_V1 = Path(__file__).resolve().parents[1] / "fixtures" / "incidents-schema-v1.db"
BUNDLED = 18
SOTK = "bundled:2023-05-12-am-mod-sotk-uav"


def actions(store: Store, incident_id: str) -> list[str]:
    return [entry.action for entry in store.history(incident_id)]


# -- edits -----------------------------------------------------------------------------------


def test_edit_changes_the_field_and_records_old_and_new(store):
    saved, entries = store.edit(SOTK, {"date": "2023-05-13", "wounded": "3"}, who="ana", note="wire story had it wrong")
    assert saved.date.isoformat() == "2023-05-13" and saved.wounded == 3
    assert store.get(SOTK) == saved
    [entry] = entries
    assert (entry.who, entry.action, entry.note) == ("ana", "edit", "wire story had it wrong")
    assert entry.changes == {"date": ("2023-05-12", "2023-05-13"), "wounded": (2, 3)}
    assert store.history(SOTK)[-1] == entry.__class__(**{**entry.__dict__, "seq": store.history(SOTK)[-1].seq})
    assert store.history(SOTK)[0].action == "create"  # the seeded claim's creation comes first


def test_edit_validates_like_entry_and_saves_nothing_on_error(store):
    version = store.data_version()
    for changes, field in (
        ({"date": "2023-02-31"}, "date"),
        ({"killed": "-1"}, "killed"),
        ({"reporting_side": "Narnia"}, "reporting_side"),
        ({"id": "x"}, "id"),
        ({"origin": "acled"}, "origin"),
        ({"colour": "red"}, "colour"),
        ({"review_status": "approved"}, "review_status"),
    ):
        with pytest.raises(ValidationError) as info:
            store.edit(SOTK, changes)
        assert info.value.field == field
    assert store.data_version() == version and actions(store, SOTK) == ["create"]


def test_an_edit_to_a_day_not_yet_come_is_refused_and_saves_nothing(store):
    # (the app's correction panel and `python -m mapdata edit` both edit through here)
    version = store.data_version()
    with pytest.raises(ValidationError, match="not yet happened") as info:
        store.edit(SOTK, {"date": "2099-01-01"}, who="ana", note="typo")
    assert info.value.field == "date"
    assert store.data_version() == version and store.get(SOTK).date.isoformat() == "2023-05-12"


def test_a_new_place_without_its_point_is_refused(store):
    with pytest.raises(ValidationError, match="without its point"):
        store.edit(SOTK, {"place": "Jermuk"})
    moved, _ = store.edit(SOTK, {"place": "Jermuk", "latitude": 39.84, "longitude": 45.67})
    assert (moved.place, moved.latitude) == ("Jermuk", 39.84)


def test_an_edit_that_changes_nothing_writes_nothing(store):
    version = store.data_version()
    _, entries = store.edit(SOTK, {"wounded": 2})
    assert entries == [] and actions(store, SOTK) == ["create"]
    assert store.data_version() == version + 1  # an empty transaction still commits; nothing in it


def test_editing_an_unknown_claim_says_so(store):
    with pytest.raises(UnknownRecordError, match="no claim with id 'nope'"):
        store.edit("nope", {"summary": "x"})


def test_who_defaults_to_the_os_user_or_mapdata_user(store, monkeypatch):
    monkeypatch.setenv("MAPDATA_USER", "Monitor 7")
    store.edit(SOTK, {"summary": "changed"})
    assert store.history(SOTK)[-1].who == "Monitor 7"
    monkeypatch.delenv("MAPDATA_USER")
    monkeypatch.setattr("getpass.getuser", lambda: "osuser")
    store.edit(SOTK, {"summary": "changed again"})
    assert store.history(SOTK)[-1].who == "osuser"


# -- retract / restore -----------------------------------------------------------------------


def test_retracted_claims_are_hidden_from_every_read_unless_asked_for(store):
    assert store.retract([SOTK], reason="  duplicate of the wire story ", who="ana") == [SOTK]
    assert SOTK not in set(store.frame()["id"])
    assert SOTK not in {i.id for i in store.incidents()}
    assert store.count() == BUNDLED - 1
    shown = store.frame(include_retracted=True).set_index("id")
    assert shown.loc[SOTK, "retracted_reason"] == "duplicate of the wire story"
    assert shown["retracted_at"].notna().sum() == 1
    assert store.curation(SOTK)["retracted_reason"] == "duplicate of the wire story"
    assert store.retract([SOTK], reason="again") == []  # already retracted: no second entry
    assert store.restore([SOTK], who="ben", note="it was right") == [SOTK]
    assert SOTK in set(store.frame()["id"]) and store.curation(SOTK)["retracted_at"] is None
    entries = store.history(SOTK)
    assert [(e.action, e.who, e.note) for e in entries[1:]] == [
        ("retract", "ana", "duplicate of the wire story"),
        ("restore", "ben", "it was right"),
    ]


def test_retracting_needs_a_reason_and_a_known_claim(store):
    with pytest.raises(ValidationError, match="reason: is required") as missing:
        store.retract([SOTK], reason="  ")
    # What the command line prints, unchanged; its own class lets the app say it as a sentence.
    assert str(missing.value) == "reason: is required: say why, for whoever reads the history later"
    assert missing.value.field == "reason" and isinstance(missing.value, curation.MissingReasonError)
    with pytest.raises(UnknownRecordError):
        store.retract([SOTK, "missing"], reason="x")
    assert store.count() == BUNDLED  # nothing half-done


def test_a_reimport_does_not_undo_a_retraction(store):
    store.save([claim("a"), claim("b")])
    store.retract(["csv:a"], reason="fabricated")
    result = store.save([claim("a"), claim("b", summary="new text")])
    assert result.retracted == ["csv:a"] and result.unchanged == ["csv:a"]
    assert "csv:a" not in set(store.frame()["id"])


def test_a_reimport_of_the_same_source_keeps_a_persons_correction(store):
    store.save([claim("a"), claim("b")], origin="acled", label="file.csv")
    store.edit("csv:a", {"wounded": "2"}, who="ana", note="the ministry's later statement")
    planned = store.classify([claim("a"), claim("b")])
    assert planned.updated == [] and planned.kept == {} and sorted(planned.unchanged) == ["csv:a", "csv:b"]
    result = store.save([claim("a"), claim("b")], origin="acled", label="file.csv", planned=planned)
    assert result.updated == [] and result.kept == {}
    assert store.get("csv:a").wounded == 2
    assert actions(store, "csv:a") == ["create", "edit"]  # no "updated by" entry undoing it


def test_a_reimport_changes_other_fields_and_keeps_the_corrected_one(store):
    store.save([claim("a")], origin="acled", label="file.csv")
    store.edit("csv:a", {"wounded": "2"}, who="ana", note="checked")
    for planned in (None, store.classify([claim("a", summary="new text")])):
        result = store.save([claim("a", summary="new text")], origin="acled", label="file.csv", planned=planned)
        assert result.changed == ({"csv:a": ["summary"]} if planned is None else {})
        saved = store.get("csv:a")
        assert (saved.wounded, saved.summary) == (2, "new text")
    [update] = [e for e in store.history("csv:a") if e.action == "edit" and e.batch]
    assert update.changes == {"summary": ("claim a", "new text")}


def test_a_changed_source_value_keeps_the_correction_and_says_so(store):
    store.save([claim("a")], origin="acled", label="file.csv")
    store.edit("csv:a", {"wounded": "2"}, who="ana", note="checked")
    planned = store.classify([claim("a", wounded=5)])
    assert planned.kept == {"csv:a": {"wounded": (None, 5, 2)}} and planned.unchanged == ["csv:a"]
    result = store.save([claim("a", wounded=5)], origin="acled", label="new.csv", planned=planned)
    assert result.kept == {"csv:a": {"wounded": (None, 5, 2)}}
    assert store.get("csv:a").wounded == 2
    kept = store.history("csv:a")[-1]
    assert (kept.action, kept.changes, kept.batch) == ("kept correction", {"wounded": (None, 5)}, result.batch)
    assert "kept your correction (wounded 2)" in (kept.note or "")
    # The same file again: the source's value is the one last seen, nothing more to say.
    again = store.save([claim("a", wounded=5)], origin="acled", label="new.csv")
    assert again.kept == {} and again.unchanged == ["csv:a"] and store.get("csv:a").wounded == 2


# -- review status ---------------------------------------------------------------------------


def test_review_status_starts_unreviewed_and_is_set_in_bulk(store):
    assert set(store.frame()["review_status"]) == {"unreviewed"}
    ids = store.frame()["id"].tolist()[:5]
    entries = store.review(ids, "Verified", note="matches OSCE report", who="ana")
    assert len(entries) == 5
    frame = store.frame().set_index("id")
    assert set(frame.loc[ids, "review_status"]) == {"verified"}
    assert set(frame.loc[ids, "review_note"]) == {"matches OSCE report"}
    assert entries[0].changes == {
        "review_status": ("unreviewed", "verified"),
        "review_note": (None, "matches OSCE report"),
    }
    assert store.review(ids, "verified", note="matches OSCE report") == []  # no change, no entry


def test_edit_can_set_review_status_alongside_fields(store):
    _, entries = store.edit(SOTK, {"killed": 1, "review_status": "disputed"}, who="ana")
    assert [e.action for e in entries] == ["edit", "review"]
    assert store.curation(SOTK)["review_status"] == "disputed"
    assert actions(store, SOTK) == ["create", "edit", "review"]


# -- history is append-only ------------------------------------------------------------------


def test_the_history_refuses_updates_and_deletes_even_in_sql(store):
    store.edit(SOTK, {"summary": "changed"})
    con = sqlite3.connect(store.path)
    try:
        for statement in ("UPDATE history SET who = 'someone else'", "DELETE FROM history"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                con.execute(statement)
    finally:
        con.close()
    assert len(store.history(SOTK)) == 2


def test_every_kind_of_change_has_its_history_entry(store):
    store.save([claim("a")], label="first.csv")
    store.save([claim("a", killed=2)], label="second.csv")  # an import updating the claim
    store.edit("csv:a", {"summary": "typed"})
    store.review(["csv:a"], "reviewed")
    store.retract(["csv:a"], reason="x")
    store.restore(["csv:a"])
    store.merge("csv:a", claim("dup", source="Other outlet", wounded=4))
    entries = store.history("csv:a")
    assert [e.action for e in entries] == ["create", "edit", "edit", "review", "retract", "restore", "edit"]
    assert entries[0].note == "first.csv"
    assert entries[1].changes == {"killed": (None, 2)} and entries[1].note == "updated by second.csv"
    assert entries[-1].changes["wounded"] == (None, 4)
    assert [e.seq for e in entries[1:]] == sorted(e.seq for e in entries[1:])


# -- merge -----------------------------------------------------------------------------------


def test_merge_fills_blanks_keeps_values_and_remembers_the_other_source(store):
    store.save([claim("a", killed=1, weapons=["mortars"])])
    duplicate = claim("b", killed=5, wounded=2, weapons=["drones"], source="Other", source_url="https://x.example/1")
    store.merge("csv:a", duplicate, who="ana")
    merged = store.get("csv:a")
    assert merged.killed == 1  # a stored value is never overwritten
    assert merged.wounded == 2 and merged.weapons == ("mortars", "drones")
    assert merged.source_url == "https://x.example/1"
    assert merged.extra["merged_sources"] == [
        {"source": "Other", "source_url": "https://x.example/1", "claimant": "Armenian MoD"}
    ]
    assert store.get("csv:b") is None


def test_save_can_merge_some_claims_in_the_same_transaction(store):
    store.save([claim("a")])
    result = store.save([claim("b", wounded=1), claim("c", place="Tegh")], merge_into={"csv:b": "csv:a"})
    assert result.merged == {"csv:b": "csv:a"} and result.new == ["csv:c"]
    assert store.get("csv:b") is None and store.get("csv:a").wounded == 1
    assert store.history("csv:a")[-1].batch == result.batch


# -- batches ---------------------------------------------------------------------------------


def test_retracting_a_batch_hides_what_it_created_and_restoring_brings_it_back(store):
    first = store.save([claim("old")], label="earlier.csv")
    wrong = store.save([claim("a"), claim("b"), claim("old", killed=9)], label="wrong.csv", who="ana")
    store.retract(["csv:b"], reason="its own reason")
    changed = store.retract_batch(wrong.batch, reason="wrong file", who="ana")
    assert changed == ["csv:a"]  # b was already retracted; "old" existed before the batch
    live = set(store.frame()["id"])
    assert "csv:old" in live and "csv:a" not in live
    batches = store.batches().set_index("id")
    assert batches.loc[wrong.batch, "retracted_reason"] == "wrong file"
    assert batches.loc[wrong.batch, "who"] == "ana"
    assert (batches.loc[wrong.batch, "created_claims"], batches.loc[wrong.batch, "live_claims"]) == (2, 0)
    assert batches.loc[first.batch, "live_claims"] == 1

    assert store.restore_batch(wrong.batch) == ["csv:a"]
    assert "csv:a" in set(store.frame()["id"])
    assert "csv:b" not in set(store.frame()["id"])  # retracted on its own, for its own reason: stays
    assert pd_isna(store.batches().set_index("id").loc[wrong.batch, "retracted_at"])
    assert actions(store, "csv:a") == ["create", "retract", "restore"]
    assert store.history("csv:a")[1].batch == wrong.batch


def pd_isna(value) -> bool:
    return value is None or value != value


def test_unknown_batch_says_so(store):
    with pytest.raises(UnknownRecordError, match="no import batch"):
        store.retract_batch("nope", reason="x")


def test_read_only_store_refuses_every_curation_write(store):
    reader = Store(store.path, read_only=True)
    for write in (
        lambda: reader.edit(SOTK, {"summary": "x"}),
        lambda: reader.retract([SOTK], reason="x"),
        lambda: reader.restore([SOTK]),
        lambda: reader.review([SOTK], "verified"),
        lambda: reader.retract_batch("x", reason="x"),
    ):
        with pytest.raises(StoreError, match="read-only"):
            write()


# -- the migration from version 1 ------------------------------------------------------------


def test_a_version_1_file_is_upgraded_in_place_after_a_backup(tmp_path):
    """The fixture was written by the release before curation (commit cf60abe): 18 bundled
    claims, a CSV batch of three, a second batch that updated one of them, a manual entry."""
    path = tmp_path / "incidents.db"
    shutil.copy(FIXTURE_V1, path)
    con = sqlite3.connect(path)
    before = con.execute("SELECT * FROM incidents ORDER BY id").fetchall()
    batches_before = con.execute("SELECT id, label FROM batches ORDER BY id").fetchall()
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    con.close()

    store = Store(path)
    assert store.backup_path is not None and store.backup_path.name.startswith("incidents.db.bak-v1-")
    backup = sqlite3.connect(store.backup_path)
    assert backup.execute("SELECT * FROM incidents ORDER BY id").fetchall() == before
    backup.close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    columns = [row[1] for row in con.execute("PRAGMA table_info(incidents)")]
    after = con.execute(f"SELECT {', '.join(columns[: len(before[0])])} FROM incidents ORDER BY id").fetchall()
    con.close()
    assert after == before  # every claim, every value, untouched
    assert store.count() == 22 and set(store.frame()["review_status"]) == {"unreviewed"}
    batches = store.batches()
    assert sorted(zip(batches["id"], batches["label"])) == batches_before
    # A claim's creation is its last batch before v2 (the best known), with that batch's label.
    manual = store.frame().query("origin == 'manual'")["id"].iloc[0]
    assert [(e.action, e.note) for e in store.history(manual)] == [("create", "manual entry")]
    # And every curation step works on the upgraded file.
    store.edit("csv:fixture-2", {"killed": 7}, who="ana")
    store.retract_batch(batches.set_index("label").loc["manual entry", "id"], reason="test")
    assert store.count() == 21
    assert Store(path).backup_path is None  # an up-to-date file is not copied again


# -- a batch undo killed half-way ------------------------------------------------------------

_KILLED_UNDO = """
    Store(path).retract_batch(sys.argv[2], reason="the killed undo")
    print("committed", flush=True)
"""


def _undo_is_all_or_nothing(path: Path, batch: str, size: int) -> None:
    store = Store(path)
    before, version = store.frame(), store.data_version()
    kill_once_inside(_KILLED_UNDO, str(path), batch, cache_kib=64, wal_growth=300_000, steps=2000)
    assert integrity(path) == "ok"
    after = Store(path)
    assert after.frame()["id"].tolist() == before["id"].tolist()  # nothing of the killed undo
    assert after.data_version() == version
    assert pd_isna(after.batches().set_index("id").loc[batch, "retracted_at"])
    assert len(after.retract_batch(batch, reason="done properly")) == size  # and then all of it
    assert after.count() == len(before) - size


def test_a_batch_undo_killed_half_way_leaves_all_or_nothing(store):
    batch = store.save([claim(f"bulk-{i}", summary="s" * 200) for i in range(4000)], label="bulk.csv").batch
    _undo_is_all_or_nothing(store.path, batch, 4000)


@pytest.mark.shared
def test_undoing_the_real_acled_import_is_one_transaction(store, acled_csv):
    from mapdata.formats.importer import preview_path

    result = preview_path(acled_csv, store).commit(store)
    assert len(result.new) == 3994
    _undo_is_all_or_nothing(store.path, result.batch, 3994)


# -- undoing an edit -------------------------------------------------------------------------


def test_undoing_an_edit_puts_the_old_values_back_as_a_new_change(store):
    before = store.get(SOTK)
    store.edit(
        SOTK,
        {"date": "2023-05-13", "wounded": "3", "place": "Jermuk", "latitude": "39.84", "longitude": "45.67"},
        who="ana",
        note="wrong day",
    )
    edit = store.history(SOTK)[-1]
    version = store.data_version()
    restored, entry = store.undo_edit(SOTK, edit.seq, who="ben", note="the first report was right")
    assert store.data_version() == version + 1  # one write
    assert restored == store.get(SOTK) == before  # the place's point too
    history = store.history(SOTK)
    assert [e.action for e in history] == ["create", "edit", "undo edit"]  # the edit stays listed
    assert history[1] == edit
    assert (entry.who, entry.action) == ("ben", "undo edit") and history[-1].changes == entry.changes
    assert entry.changes["date"] == ("2023-05-13", "2023-05-12") and entry.changes["wounded"] == (3, 2)
    assert entry.changes["place"] == ("Jermuk", before.place)
    assert entry.note.startswith("undid change 2 (edit of ") and "by ana): as in version 1" in entry.note
    assert entry.note.endswith("; the first report was right")
    # An undo can be undone in turn: the edit's values come back.
    store.undo_edit(SOTK, store.history(SOTK)[-1].seq, who="ana")
    assert (
        store.get(SOTK).date.isoformat() == "2023-05-13" and "undid change 3 (undo edit" in store.history(SOTK)[-1].note
    )


def test_an_undo_is_refused_when_a_later_change_touched_its_fields(store):
    store.edit(SOTK, {"date": "2023-05-13", "wounded": "3"}, who="ana")
    store.edit(SOTK, {"date": "2023-05-14"}, who="ben")
    first, second = store.history(SOTK)[1:]
    version = store.data_version()
    with pytest.raises(ValidationError) as info:
        store.undo_edit(SOTK, first.seq)
    assert info.value.field == "date" and "changed again by change 3" in str(info.value)
    assert store.data_version() == version and store.get(SOTK).date.isoformat() == "2023-05-14"
    store.undo_edit(SOTK, second.seq)  # the later one first, then the earlier one
    store.undo_edit(SOTK, first.seq)
    assert (store.get(SOTK).date.isoformat(), store.get(SOTK).wounded) == ("2023-05-12", 2)


def test_only_an_edit_of_that_claim_can_be_undone(store):
    store.retract([SOTK], reason="duplicate")
    retraction = store.history(SOTK)[-1]
    version = store.data_version()
    with pytest.raises(ValidationError, match="2 is a retract, not an edit"):
        store.undo_edit(SOTK, retraction.seq)
    with pytest.raises(UnknownRecordError, match="has no recorded change"):
        store.undo_edit(SOTK, retraction.seq + 1000)
    with pytest.raises(UnknownRecordError):
        store.undo_edit("bundled:nothing", retraction.seq)
    assert store.data_version() == version


def test_an_undo_and_its_history_entry_land_together_or_not_at_all(store, monkeypatch):
    from mapdata.store import curation

    store.edit(SOTK, {"wounded": "3"}, who="ana")
    edit = store.history(SOTK)[-1]

    def broken(con, entry):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(curation.history, "record", broken)
    with pytest.raises((StoreError, sqlite3.Error)):
        store.undo_edit(SOTK, edit.seq)
    monkeypatch.undo()
    assert store.get(SOTK).wounded == 3 and actions(store, SOTK) == ["create", "edit"]


def test_after_an_undone_correction_a_reimport_follows_the_source_again(store):
    store.save([claim("a")], origin="acled", label="file.csv")
    store.edit("csv:a", {"wounded": "2"}, who="ana")
    store.undo_edit("csv:a", store.history("csv:a")[-1].seq, who="ana")
    result = store.save([claim("a", wounded=5)], origin="acled", label="new.csv")
    assert result.kept == {} and store.get("csv:a").wounded == 5


def test_a_bad_review_status_is_listed_with_the_edits_other_problems(store):
    """`edit ID review_status=bogus date=2099-13-01` named the review status only after the date was
    put right (edit_problems left it to review(), which runs after the claim's fields are written)."""
    old = store.get(SOTK)
    found = curation.edit_problems(old, {"review_status": "bogus", "date": "2099-13-01", "review_note": "x" * 2001})
    assert {p.field for p in found} == {"review_status", "date", "review_note"}
    said = {p.field: str(p) for p in found}
    assert "unknown value 'bogus'; expected one of: unreviewed, reviewed, verified, disputed" in said["review_status"]
    assert "2,001 characters; at most 2,000" in said["review_note"]
    # a good status (any case) and an empty note are no problem
    assert curation.edit_problems(old, {"review_status": " Verified ", "review_note": ""}) == []
    version = store.data_version()
    with pytest.raises(ValidationError):
        store.edit(SOTK, {"review_status": "bogus", "killed": "2"}, who="ana")
    assert store.data_version() == version and actions(store, SOTK) == ["create"]
