"""``export`` has every filter of the app, by the same names as its links, so a script exports
what a shared link shows (``--filters LINK`` takes the link itself)."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest

from mapdata.cli import main
from mapdata.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def export(capsysbinary: pytest.CaptureFixture[bytes], db: Path, *options: str) -> pd.DataFrame:
    code = main(["export", "--format", "csv", "--db", str(db), *options])
    captured = capsysbinary.readouterr()
    assert code == 0, captured.err.decode()
    return pd.read_csv(io.BytesIO(captured.out), keep_default_na=False)


@pytest.fixture
def db(db_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> Path:
    Store(db_path)  # the bundled example claims: contested clashes, several types, precisions, counts
    assert main(["import", str(FIXTURES / "acled_current_synthetic.csv"), "--db", str(db_path)]) == 0
    capsysbinary.readouterr()
    return db_path


def test_each_of_the_apps_filters_narrows_the_export(db: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    every = export(capsysbinary, db)
    contested = export(capsysbinary, db, "--status", "contested")
    assert 0 < len(contested) < len(every) and set(contested["clash_status"]) == {"contested"}
    shelling = export(capsysbinary, db, "--type", "shelling")
    assert 0 < len(shelling) < len(every) and set(shelling["event_type"]) == {"shelling"}
    killed = export(capsysbinary, db, "--casualties", "killed")
    assert 0 < len(killed) < len(every) and (pd.to_numeric(killed["killed"]) > 0).all()
    exact = export(capsysbinary, db, "--precision", "exact")
    assert 0 < len(exact) < len(every) and set(exact["geo_precision"]) == {"exact"}
    place = every["place"].iloc[0]
    found = export(capsysbinary, db, "--search", place)
    assert 0 < len(found) < len(every) and found["place"].str.contains(place).any()


def test_an_app_link_exports_what_it_shows(db: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    by_options = export(capsysbinary, db, "--status", "contested", "--conflict", "armenia-azerbaijan")
    link = "http://localhost:8501/Table?conflict=armenia-azerbaijan&status=contested"
    assert export(capsysbinary, db, "--filters", link)["id"].tolist() == by_options["id"].tolist()
    narrower = export(capsysbinary, db, "--filters", "status=contested", "--side", "Azerbaijan")
    assert 0 < len(narrower) < len(by_options) and set(narrower["reporting_side"]) == {"Azerbaijan"}


@pytest.mark.parametrize("link", ["frm=2023-01-01", "side=Martian", "from=yesterday"])
def test_a_link_with_a_mistake_is_refused_not_exported_whole(
    db: Path, capsysbinary: pytest.CaptureFixture[bytes], link: str
) -> None:
    code = main(["export", "--format", "csv", "--db", str(db), "--filters", link])
    captured = capsysbinary.readouterr()
    assert code == 1 and captured.out == b""
    assert captured.err.decode().startswith("error: --filters: ") and captured.err.decode().count("\n") == 1


def test_a_link_with_its_dates_the_wrong_way_round_exports_the_range_in_order(
    db: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    # walk34: the app reads such a link in order; a script exported nothing
    in_order = export(capsysbinary, db, "--filters", "from=2023-05-11&to=2023-05-12")
    code = main(["export", "--format", "csv", "--db", str(db), "--filters", "from=2023-05-12&to=2023-05-11"])
    captured = capsysbinary.readouterr()
    assert code == 0 and len(in_order) > 0
    assert pd.read_csv(io.BytesIO(captured.out), keep_default_na=False)["id"].tolist() == in_order["id"].tolist()
    assert "from=2023-05-12 is after to=2023-05-11" in captured.err.decode()
