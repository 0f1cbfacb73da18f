"""Download buttons deliver exactly the frame the page passes (its filtered rows)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from mapdata.filters import FilterState, apply_filters
from mapdata.formats.exporter import to_csv_bytes
from mapdata.store import Store
from ui.downloads import export_files


def test_export_files_are_exactly_the_given_frame(store: Store) -> None:
    frame = store.frame()
    shown = apply_filters(frame, FilterState(date_from=dt.date(2020, 9, 27), sides=("Armenia",)))
    assert 0 < len(shown) < len(frame)
    csv_file, geo_file = export_files(shown, stem="x")
    assert (csv_file.file_name, geo_file.file_name) == ("x.csv", "x.geojson")
    assert csv_file.make() == to_csv_bytes(shown)
    ids = [f["id"] for f in json.loads(geo_file.make())["features"]]
    assert ids == shown.sort_values(["date", "id"], ascending=[False, True])["id"].tolist()  # newest first
    assert csv_file.label == f"CSV ({len(shown)} incidents)"


def test_export_files_do_not_see_later_changes_to_the_frame(store: Store) -> None:
    frame = store.frame()
    csv_file, _ = export_files(frame)
    frame["place"] = "CHANGED AFTERWARDS"
    data = csv_file.make()
    assert b"CHANGED AFTERWARDS" not in data and data.count(b"\n") == store.count() + 1


def _app() -> None:
    from mapdata.store import open_store
    from ui.downloads import download_buttons

    frame = open_store().frame()
    download_buttons(frame.head(3), key_prefix="t")
    download_buttons(frame.iloc[0:0], key_prefix="empty")


def test_buttons_render_with_counts_and_disable_when_empty(db_path: Path) -> None:
    Store(db_path)
    at = AppTest.from_function(_app, default_timeout=60).run()
    assert not at.exception
    buttons = at.get("download_button")
    labels = [b.proto.label for b in buttons]
    assert labels[:2] == ["Download CSV (3 incidents)", "Download GeoJSON (3 incidents)"]
    assert [b.proto.disabled for b in buttons] == [False, False, True, True]


def test_export_files_carry_the_clash_status_of_the_view(store: Store) -> None:
    """The page passes its view's statuses (found over every claim): the files carry them per claim."""
    from mapdata.claims import find_clashes

    frame = store.frame()
    status = find_clashes(frame).status
    shown = frame[(status == "contested").to_numpy()].head(2)
    csv_file, geo_file = export_files(shown, stem="x", status=status)
    header, *rows = csv_file.make().decode("utf-8-sig").splitlines()
    assert "clash_status" in header.split(",") and len(rows) == 2
    assert all(row.endswith(",contested") for row in rows)
    features = json.loads(geo_file.make())["features"]
    assert [f["properties"]["clash_status"] for f in features] == ["contested", "contested"]
