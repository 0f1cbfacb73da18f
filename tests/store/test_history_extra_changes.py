"""walk47: a place correction that added one key to ``extra`` (``place_key``) showed in the History, and in
the "review and history" CSV, as two long JSON objects cut at the same point: nobody could see what changed.
Now only the keys that changed inside ``extra`` are shown (``extra.place_key: — → geonames:1167718``)."""

from __future__ import annotations

import csv
import io
import json

from mapdata.formats.exporter import to_csv
from mapdata.store import Store
from mapdata.store.history import HistoryEntry
from ui.curation import history_lines

LONG = "Pakistani troops opened unprovoked fire on Indian posts in the Krishna Ghati sector " * 5


def _place_corrected(store: Store) -> tuple[str, list[HistoryEntry]]:
    row = store.frame().iloc[0]
    extra = {**json.loads(row["extra"] or "{}"), "evidence": {"claim": [LONG]}}
    store.edit(str(row["id"]), {"extra": extra}, who="tester")
    store.edit(str(row["id"]), {"extra": {**extra, "place_key": "geonames:1167718"}}, who="tester")
    return str(row["id"]), store.history(str(row["id"]))


def test_the_history_panel_shows_only_the_key_that_changed(store: Store) -> None:
    _, entries = _place_corrected(store)
    last = history_lines(entries)[-1]
    assert "extra\\.place\\_key: — → geonames\\:1167718" in last
    assert "Krishna" not in last and "{" not in last


def test_the_history_csv_shows_only_the_key_that_changed(store: Store) -> None:
    incident_id, entries = _place_corrected(store)
    frame = store.frame()
    frame = frame[frame["id"] == incident_id]
    frame = frame.assign(history=[[e.to_dict() for e in entries]])
    (row,) = csv.DictReader(io.StringIO(to_csv(frame, curation=True)))
    last = row["history"].splitlines()[-1]
    assert last.endswith("edit: extra.place_key — → geonames:1167718")


def test_changed_parts_of_objects_and_of_plain_values() -> None:
    from mapdata.store.history import changed_parts

    assert changed_parts({"place": ("A", "B")}) == [("place", "A", "B")]
    assert changed_parts({"extra": ({"a": {"b": 1, "c": 2}}, {"a": {"b": 1, "c": 3}, "d": "x"})}) == [
        ("extra.a.c", 2, 3),
        ("extra.d", None, "x"),
    ]
    assert changed_parts({"extra": ('{"a": 1}', '{"a": 2}')}) == [("extra.a", 1, 2)]  # kept as stored text
    assert changed_parts({"extra": ({"a": 1}, None)}) == [("extra.a", 1, None)]
    assert changed_parts({"extra": (None, {})}) == [("extra", None, {})]  # nothing inside: said as it is
