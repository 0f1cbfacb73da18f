"""walk47 item 17, the command line for scripts: ``geocode`` tells a name not found by its exit status,
``export --output FILE`` writes the app's download bytes (the byte-order mark of a CSV file included,
none on standard output), and ``gazetteer unresolved`` lists the names waiting to be placed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapdata.claims.cache import CLASHES_SUFFIX, cached_clashes
from mapdata.cli import main
from mapdata.cli.geocode import NOT_FOUND_EXIT
from mapdata.filters import FilterState, apply_filters
from mapdata.geo.placebook import PlaceBook
from mapdata.store import Store
from ui.downloads import export_files

UNKNOWN = "Xqzzyville"
BOM = b"\xef\xbb\xbf"


# -- a. geocode's exit status ------------------------------------------------------------------------


def test_geocode_of_found_names_exits_0(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["geocode", "Sotk", "Vardenis"]) == 0
    assert [json.loads(line)["status"] for line in capsys.readouterr().out.splitlines()] == ["found", "found"]


@pytest.mark.parametrize("names", [[UNKNOWN], ["Sotk", UNKNOWN, "Vardenis"]])
def test_geocode_with_a_name_not_found_exits_3_and_still_prints_every_name(
    db_path: Path, capsys: pytest.CaptureFixture[str], names: list[str]
) -> None:
    # walk47: "not_found" was printed and the exit status was 0, so a script could not tell
    assert main(["geocode", *names]) == NOT_FOUND_EXIT == 3
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["query"] for r in records] == names  # the batch goes on past the name not found
    assert [r["status"] == "not_found" for r in records] == [name == UNKNOWN for name in names]
    assert "error:" not in captured.err  # not a failure: no error line


def test_geocode_help_and_readme_say_the_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["geocode", "--help"])
    assert "exit\nstatus 3 when any name was not found" in capsys.readouterr().out
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "`geocode` exits 3" in readme


# -- b. export --output: the app's bytes -------------------------------------------------------------


def _app_files(store: Store, state: FilterState) -> tuple[bytes, bytes]:
    """What the Table page's "Download CSV" and "Download GeoJSON" give for ``state``: the page's view
    (ui/common.filtered_view: clashes over the live claims, the filters applied) through
    ui/downloads.export_files."""
    frame = store.frame()
    status = cached_clashes(frame, store.cache_path(CLASHES_SUFFIX)).status
    shown = apply_filters(frame, state, status)
    csv_file, geojson_file = export_files(shown, status=status)
    return csv_file.make(), geojson_file.make()


@pytest.mark.parametrize(
    ("argv", "state"),
    [
        ([], FilterState()),
        (["--side", "Armenia", "--type", "shelling"], FilterState(sides=("Armenia",), event_types=("shelling",))),
    ],
)
def test_export_output_file_is_the_apps_csv_download_byte_for_byte(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], state: FilterState
) -> None:
    store = Store(db_path)
    target = tmp_path / "out.csv"
    assert main(["export", "--format", "csv", *argv, "--db", str(db_path), "--output", str(target)]) == 0
    written = target.read_bytes()
    expected, expected_geojson = _app_files(store, state)
    assert expected.startswith(BOM) and written.count(b"\n") > 1
    assert written == expected
    (summary,) = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert summary["output"] == str(target) and summary["bytes"] == len(written) and summary["incidents"] > 0
    geojson = tmp_path / "out.geojson"
    assert main(["export", "--format", "geojson", *argv, "--db", str(db_path), "--output", str(geojson)]) == 0
    assert geojson.read_bytes() == expected_geojson  # the same rule for the other file


def test_export_to_standard_output_has_no_byte_order_mark(
    db_path: Path, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """A pipe (``export | import -``, ``head``) gets no BOM; the rest is the file's bytes."""
    Store(db_path)
    target = tmp_path / "out.csv"
    assert main(["export", "--format", "csv", "--db", str(db_path), "-o", str(target)]) == 0
    capsysbinary.readouterr()
    assert main(["export", "--format", "csv", "--db", str(db_path)]) == 0
    piped = capsysbinary.readouterr().out
    assert not piped.startswith(BOM)
    assert BOM + piped == target.read_bytes()


def test_export_output_never_overwrites_the_database(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Store(db_path)
    before = db_path.read_bytes()
    assert main(["export", "--format", "csv", "--db", str(db_path), "--output", str(db_path)]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("error: --output:") and "is the database" in line
    assert db_path.read_bytes() == before


# -- c. gazetteer unresolved -------------------------------------------------------------------------


def _noted(db_path: Path) -> None:
    book = PlaceBook(Store(db_path))
    for batch in ("a.csv", "b.csv"):  # met by two imports
        book.note_unresolved(
            [("Zodk", f"import: {batch} · Armenia–Azerbaijan", "no match")], conflict="armenia-azerbaijan"
        )
    book.note_unresolved([("Phum Xqz", "report: x", "not in the gazetteer")], conflict="thailand-cambodia")


def test_gazetteer_unresolved_lists_each_name_with_how_often_it_was_seen_as_json(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _noted(db_path)
    assert main(["gazetteer", "unresolved", "--db", str(db_path)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["name"], r["seen"], r["conflict"], r["met_in"]) for r in records] == [
        ("Zodk", 2, "armenia-azerbaijan", "Armenia–Azerbaijan"),
        ("Phum Xqz", 1, "thailand-cambodia", "Thailand–Cambodia"),
    ]
    assert records[0]["where"] == "import: b.csv · Armenia–Azerbaijan" and records[1]["why"] == "not in the gazetteer"


def test_gazetteer_unresolved_as_text_and_by_conflict(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _noted(db_path)
    assert main(["gazetteer", "unresolved", "--db", str(db_path), "--text"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Zodk — seen 2 times, last ") and "in Armenia–Azerbaijan" in lines[0]
    assert lines[1].startswith("Phum Xqz — seen 1 time, last ") and "in Thailand–Cambodia" in lines[1]
    assert lines[2].startswith("2 unresolved places; ")
    assert main(["gazetteer", "unresolved", "--db", str(db_path), "--text", "--conflict", "thailand-cambodia"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(" — ")[0] for line in lines[:-1]] == ["Phum Xqz"]
    assert lines[-1].startswith("1 unresolved place met in Thailand–Cambodia;")
    assert main(["gazetteer", "unresolved", "--db", str(db_path), "--text", "--conflict", "israel-lebanon"]) == 0
    assert capsys.readouterr().out == "No unresolved places met in Israel–Lebanon\n"


def test_gazetteer_unresolved_leaves_out_a_name_once_placed(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _noted(db_path)
    assert main(["gazetteer", "alias", "Zodk", "--as", "Sotk", "--db", str(db_path)]) == 0
    capsys.readouterr()
    assert main(["gazetteer", "unresolved", "--db", str(db_path)]) == 0
    assert [json.loads(line)["name"] for line in capsys.readouterr().out.splitlines()] == ["Phum Xqz"]
