"""One stored form of a country: the two-letter code, from every import and the hand form; a
database of schema 5 holding both "AM" and "Armenia" is upgraded in place (after a backup) to one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mapdata.errors import StoreError
from mapdata.formats.importer import preview_import
from mapdata.model import Incident
from mapdata.store import SCHEMA_VERSION, Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _countries(path: Path) -> dict[str, int]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return dict(con.execute("SELECT country, COUNT(*) FROM incidents WHERE country IS NOT NULL GROUP BY country"))
    finally:
        con.close()


def test_acled_and_ucdp_imports_store_the_code_as_the_bundled_claims_do(store: Store) -> None:
    for name in ("acled_current_synthetic.csv", "ucdp_download_synthetic.csv"):
        preview_import((FIXTURES / name).read_bytes(), store, filename=name).commit(store)
    countries = set(store.frame()["country"].dropna())
    assert countries == {"AM", "AZ"}, countries


def _claim(country: str, **more: str) -> Incident:
    """A claim as the hand form (or our CSV) hands it to the model."""
    values = {"date": "2023-05-12", "claimant": "x", "reporting_side": "Armenia", "latitude": 40.2, "longitude": 45.9}
    return Incident.create(**{**values, **more, "country": country})


def test_the_hand_form_and_our_csv_store_the_code() -> None:
    assert _claim("Armenia").country == "AM"
    assert _claim(" aze ").country == "AZ"
    assert _claim("am").country == "AM"
    assert _claim("Atlantis").country == "Atlantis"  # a country the conflict does not know: as written, no guess
    assert _claim("Pakistan", reporting_side="Pakistan", conflict="india-pakistan").country == "PK"


def test_a_schema_5_database_with_both_forms_ends_with_one(db_path: Path) -> None:
    store = Store(db_path)
    preview_import((FIXTURES / "acled_current_synthetic.csv").read_bytes(), store, filename="a.csv").commit(store)
    store.frame()  # the snapshot beside the file, made before the upgrade
    # What a schema-5 database holds after an ACLED import: the dataset's names beside the codes.
    con = sqlite3.connect(db_path)
    with con:
        con.execute("UPDATE incidents SET country = 'Armenia' WHERE origin = 'acled' AND country = 'AM'")
        con.execute("UPDATE incidents SET country = 'Azerbaijan' WHERE origin = 'acled' AND country = 'AZ'")
        con.execute("PRAGMA user_version = 5")
    con.close()
    before = _countries(db_path)
    assert {"AM", "Armenia"} <= before.keys()
    version_before = store.data_version()

    upgraded = Store(db_path)

    assert upgraded.backup_path is not None and upgraded.backup_path.name.startswith("incidents.db.bak-v5-")
    assert _countries(upgraded.backup_path) == before  # the copy is the file as it was
    after = _countries(db_path)
    assert set(after) == {"AM", "AZ"} and sum(after.values()) == sum(before.values())
    assert after["AM"] == before["AM"] + before["Armenia"]
    assert upgraded.data_version() == version_before + 1  # the snapshot and the clashes are read again
    assert set(upgraded.frame()["country"].dropna()) == {"AM", "AZ"}
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    con.close()


def test_a_failed_upgrade_changes_nothing_and_keeps_no_copy(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rewrite is one transaction with the upgrade: if it fails, the file is as it was."""

    from mapdata.store import schema

    Store(db_path)
    con = sqlite3.connect(db_path)
    with con:
        con.execute("UPDATE incidents SET country = 'Armenia' WHERE country = 'AM'")
        con.execute("PRAGMA user_version = 5")
    con.close()
    before = _countries(db_path)

    def broken(con: sqlite3.Connection) -> None:
        con.execute("UPDATE incidents SET country = 'AM' WHERE country = 'Armenia'")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setitem(schema.MIGRATIONS, 5, broken)
    with pytest.raises(StoreError):
        Store(db_path)
    assert _countries(db_path) == before
    assert not list(db_path.parent.glob("incidents.db.bak-v5-*"))
