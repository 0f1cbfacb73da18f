"""The import's fast paths store and report exactly what the reference paths do (issue 17).

* a big file's text decoded as it is parsed (``TextStream``) instead of read whole;
* a bulk write (the claims table's indexes dropped and made again, new claims in id order)
  instead of claims put one by one into every index.

The files are synthetic ACLED rows of our own: new claims, re-imported ids (changed and
unchanged), a claim that looks like a stored one, bad rows and an id repeated in the file.
"""

from __future__ import annotations

import csv
import io
import shutil
import sqlite3
from pathlib import Path

import pytest

from mapdata.formats import common, importer
from mapdata.formats.common import FileFormatError
from mapdata.formats.importer import preview_path
from mapdata.store import Store, database

HEADER = (
    "event_id_cnty,event_date,time_precision,sub_event_type,actor1,actor2,iso,country,admin1,location,"
    "latitude,longitude,geo_precision,source,notes,fatalities"
).split(",")


def _row(n: int, notes: str = "Shelling near the village.", place: str = "Sotk", lat: float = 40.2) -> list[str]:
    return [f"ARM{n}", f"2020-09-{1 + n % 28:02d}", "1", "Shelling/artillery/missile attack",
            "Military Forces of Azerbaijan (2003-)", "Military Forces of Armenia (2018-)", "51", "Armenia",
            "Սյունիք", place, f"{lat + n / 1000:.4f}", "45.9", "1", "Ministry of Defence of Armenia",
            f"{notes} ({n})", str(n % 3)]  # fmt: skip


def _write(path: Path, rows: list[list[str]], *, ending: str = "\n", last_break: bool = True) -> Path:
    out = io.StringIO()
    csv.writer(out, lineterminator=ending).writerows([HEADER, *rows])
    text = out.getvalue()
    path.write_text(text if last_break else text.rstrip(ending), encoding="utf-8", newline="")
    return path


def _second_file(path: Path) -> Path:
    """Re-imported ids (5-7 unchanged, 8-9 changed), 40 new claims, a look-alike of ARM0 under
    another id, two bad rows and an id repeated further down."""
    rows = [_row(n) for n in range(5, 8)] + [_row(n, notes="Updated.") for n in (8, 9)]
    rows += [_row(n, place="Tegh") for n in range(100, 140)]
    lookalike = _row(0)
    lookalike[0] = "ARM900"
    rows.append(lookalike)
    bad_date = _row(141)
    bad_date[1] = "2020-13-01"
    rows += [bad_date, _row(142)[:5], _row(100, notes="Again.")]
    return _write(path, rows)


def _import(db: Path, csv_path: Path) -> dict[str, object]:
    store = Store(db, seed=False)
    preview = preview_path(csv_path, store)
    result = preview.commit(store)
    return {**preview.counts(), **result.counts(), "skipped": result.skipped, "errors": preview.rejected_rows()}


def _stored(db: Path) -> dict[str, object]:
    with sqlite3.connect(db) as con:
        columns = [row[1] for row in con.execute("PRAGMA table_info(incidents)")]
        kept = ", ".join(c for c in columns if c not in ("batch", "created_batch"))
        return {
            "incidents": con.execute(f"SELECT {kept} FROM incidents ORDER BY id").fetchall(),
            "history": con.execute(
                "SELECT who, action, incident_id, changes, note FROM history ORDER BY incident_id, seq"
            ).fetchall(),
            "indexes": sorted(con.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index'")),
            "check": con.execute("PRAGMA integrity_check").fetchall(),
        }


def test_a_bulk_write_stores_what_the_reference_write_stores(tmp_path, monkeypatch):
    _import(tmp_path / "before.db", _write(tmp_path / "first.csv", [_row(n) for n in range(10)]))
    second = _second_file(tmp_path / "second.csv")
    results, stored = {}, {}
    dropped: list[int] = []
    drop = database._drop_indexes

    def counted(con: sqlite3.Connection) -> list[str]:
        statements = drop(con)
        dropped.append(len(statements))
        return statements

    monkeypatch.setattr(database, "_drop_indexes", counted)
    for way, bulk_from in (("reference", 10**9), ("bulk", 1)):
        db = tmp_path / f"{way}.db"
        shutil.copy(tmp_path / "before.db", db)
        monkeypatch.setattr(database, "BULK_NEW", bulk_from)
        results[way] = _import(db, second)
        stored[way] = _stored(db)
    assert dropped == [5]  # the bulk write alone took the five indexes down (and put them back)
    assert results["bulk"] == results["reference"]
    assert results["bulk"]["new"] == 40 and results["bulk"]["updated"] == 2 and results["bulk"]["unchanged"] == 3
    assert results["bulk"]["skipped"] == ["acled:ARM900"]
    assert [e["row"] for e in results["bulk"]["errors"]] == [48, 49, 50]  # type: ignore[index]
    assert stored["bulk"] == stored["reference"]
    assert stored["bulk"]["check"] == [("ok",)]
    assert len(stored["bulk"]["incidents"]) == 50  # type: ignore[arg-type]


def _preview(path: Path, monkeypatch: pytest.MonkeyPatch, *, stream: bool) -> importer.ImportPreview:
    monkeypatch.setattr(importer, "STREAM_MIN_BYTES", 0 if stream else 10**12)
    monkeypatch.setattr(common, "STREAM_BLOCK", 7)  # blocks end inside lines and inside characters
    return preview_path(path)


@pytest.mark.parametrize("ending", ["\n", "\r\n"])
@pytest.mark.parametrize("last_break", [True, False])
def test_a_file_decoded_as_it_is_parsed_reads_as_the_whole_text(tmp_path, monkeypatch, ending, last_break):
    rows = [_row(n) for n in range(30)]
    rows[12][1] = "soon"
    rows.append(_row(31)[:4])  # the last row is cut short: "the file looks truncated" without a final break
    path = _write(tmp_path / "file.csv", rows, ending=ending, last_break=last_break)
    whole = _preview(path, monkeypatch, stream=False)
    streamed = _preview(path, monkeypatch, stream=True)
    assert isinstance(importer._read_text(path)[0], common.TextStream)
    assert streamed.incidents == whole.incidents and len(whole.incidents) == 29
    assert streamed.rejected == whole.rejected and streamed.warnings == whole.warnings
    assert (streamed.rows, streamed.file) == (whole.rows, whole.file)
    assert any("truncated" in w for w in whole.warnings) is not last_break


def test_a_big_file_that_is_not_utf8_is_refused_in_the_same_words(tmp_path, monkeypatch):
    path = _write(tmp_path / "file.csv", [_row(n) for n in range(30)])
    data = path.read_bytes()
    path.write_bytes(data[:-40] + b"\xe9" + data[-39:])  # latin-1 in the last line
    messages = []
    for stream in (False, True):
        with pytest.raises(FileFormatError) as raised:
            _preview(path, monkeypatch, stream=stream)
        messages.append(str(raised.value))
    assert messages[0] == messages[1] and "on line 31" in messages[0]


def test_a_file_changed_while_it_is_read_is_an_error_not_a_mix(tmp_path, monkeypatch):
    path = _write(tmp_path / "file.csv", [_row(n) for n in range(30)])
    monkeypatch.setattr(importer, "STREAM_MIN_BYTES", 0)
    stream, _ = importer._read_text(path)
    assert isinstance(stream, common.TextStream)
    _write(path, [_row(n) for n in range(31)])
    with pytest.raises(FileFormatError, match="changed while it was being read"):
        list(stream.lines())
