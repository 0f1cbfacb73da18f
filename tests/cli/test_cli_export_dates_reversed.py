"""walk47: ``export --from 2025-03-20 --to 2025-03-01`` exited 0 with a header and no row, silently.
As the app does, the CLI reads the range in order and says so on stderr."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from mapdata.cli import main
from mapdata.store import Store


def _rows(capsysbinary: pytest.CaptureFixture[bytes], *argv: str) -> tuple[list[dict[str, str]], str]:
    capsysbinary.readouterr()
    assert main(["export", "--format", "csv", *argv]) == 0
    captured = capsysbinary.readouterr()
    return list(csv.DictReader(io.StringIO(captured.out.decode("utf-8")))), captured.err.decode("utf-8")


def test_reversed_dates_are_swapped_with_a_note(db_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    Store(db_path)
    ordered, quiet = _rows(capsysbinary, "--from", "2020-09-27", "--to", "2020-11-10", "--db", str(db_path))
    assert ordered and quiet == ""
    swapped, note = _rows(capsysbinary, "--from", "2020-11-10", "--to", "2020-09-27", "--db", str(db_path))
    assert [r["id"] for r in swapped] == [r["id"] for r in ordered]
    assert "note: --from 2020-11-10 is after --to 2020-09-27; exporting 2020-09-27 to 2020-11-10" in note
