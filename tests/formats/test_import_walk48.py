"""walk48 item 4: a rejected row is told all its problems at once (the README says so). A CSV row with
the date ``2023-13-45`` and killed ``two`` was told only of its date; its count was said only once the
date was corrected and the file imported again. The rows of tests/fixtures/ourcsv_row_problems.csv
(our own) each have one problem or several; GeoJSON, ACLED and UCDP rows are told theirs alike, each
problem by the file's column."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from mapdata.formats import acled, geojson, ourcsv, ucdp
from mapdata.formats.importer import preview_import
from mapdata.formats.placing import ALSO

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "ourcsv_row_problems.csv"


def told(problems) -> dict[int, str]:
    """Row -> its rejection as the Import page lists it ("column: message")."""
    return {problem.row: f"{problem.column}: {problem.message}" for problem in problems}


def test_every_problem_of_a_csv_row_is_told_at_once() -> None:
    outcome = ourcsv.parse(FIXTURE.read_text("utf-8"))
    rows = told(outcome.problems)
    assert rows[2] == f"date: not a valid date: '2023-13-45' (no such day){ALSO}killed: not a number: 'two'"
    assert rows[3].startswith("latitude: must be between -90 and 90, got '95.0'")
    assert f"{ALSO}killed:" in rows[3]
    assert rows[4].startswith("reporting_side: unknown side 'Narnia'")
    assert f"{ALSO}event_type: unknown value 'laser beams'" in rows[4]
    assert f"{ALSO}wounded: not a number: 'x'" in rows[4]
    assert rows[5] == "killed: not a number: 'two'"  # one problem: said as before
    assert sorted(rows) == [2, 3, 4, 5]  # one rejection per row: the counts stay the rows'
    assert len(outcome.incidents) == 1


def test_the_import_preview_lists_each_row_with_all_its_problems() -> None:
    preview = preview_import(FIXTURE.read_bytes(), filename=FIXTURE.name)
    assert preview.counts()["rejected"] == 4 and preview.valid_count == 1
    row = next(problem for problem in preview.rejected if problem.row == 2)
    assert row.column == "date" and f"{ALSO}killed: not a number: 'two'" in row.message


def test_every_problem_of_a_geojson_feature_is_told_at_once() -> None:
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [45.9, 40.2]},
        "properties": {
            "date": "2023-13-45",
            "claimant": "Armenian MoD",
            "reporting_side": "Armenia",
            "accused_side": "Azerbaijan",
            "killed": "two",
        },
    }
    outcome = geojson.parse(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    [problem] = outcome.problems
    assert (problem.row, problem.column) == (1, "properties.date")
    assert (
        problem.message == f"not a valid date: '2023-13-45' (no such day){ALSO}properties.killed: not a number: 'two'"
    )


ACLED_HEADER = (FIXTURE.parent / "acled_bad_rows.csv").read_text("utf-8").splitlines()[0]


def test_every_problem_of_an_acled_row_is_told_at_once_by_its_columns() -> None:
    row = (
        "ARM91099,2023-05-12,2023,1,Political violence,,Armed clash,Military Forces of Azerbaijan (2003-),,"
        "State forces,Military Forces of Armenia (2018-),,State forces,State forces-State forces,,51,"
        "Caucasus and Central Asia,Armenia,,,,Sotk,95.0,45.9,1,Armenian MoD,National,"
        "walk48: a latitude off the Earth and a count that is no number,two,,1700000000"
    )
    [problem] = acled.parse(f"{ACLED_HEADER}\n{row}\n").problems
    assert problem.column == "latitude"
    assert problem.message == f"must be between -90 and 90, got '95.0'{ALSO}fatalities: not a number: 'two'"


def test_every_problem_of_a_ucdp_row_is_told_at_once_by_its_columns() -> None:
    lines = (FIXTURE.parent / "ucdp_download_synthetic.csv").read_text("utf-8").splitlines()
    row = next(csv.DictReader(io.StringIO(f"{lines[0]}\n{lines[1]}\n")))
    row.update(date_start="2022-13-45", latitude="95.0", best="-3")
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=list(row))
    writer.writeheader()
    writer.writerow(row)
    [problem] = ucdp.parse(text.getvalue()).problems
    assert problem.column == "date_start"
    assert problem.message.startswith("not a valid date: '2022-13-45' (no such day)")
    assert f"{ALSO}latitude: must be between -90 and 90" in problem.message and f"{ALSO}best: " in problem.message


ONE_COUNTRY = FIXTURE.parent / "acled_one_country_synthetic.csv"  # 8 rows naming no actor of the other party


def test_every_row_the_one_country_warning_is_about_can_be_listed() -> None:
    """walk48 item 5: "38 rows name no actor of the other party (ARM4900, …)" named five, and no more."""
    preview = preview_import(ONE_COUNTRY.read_bytes(), filename=ONE_COUNTRY.name)
    [warning] = [w for w in preview.warnings if "no actor of the other party" in w]
    assert warning.startswith(
        "8 rows name no actor of the other party (ARM95001, ARM95002, ARM95003, ARM95004, ARM95005, ...)"
    )
    rows = preview.rows_to_check()
    assert [row["id"] for row in rows] == [f"ARM95{n:03d}" for n in range(1, 9)]  # all 8, in file order
    assert [row["line"] for row in rows] == list(range(2, 10))
    assert rows[0] == {
        "line": 2,
        "id": "ARM95001",
        "date": "2023-06-01",
        "place": "Yerevan",
        "actors": "Police Forces of Armenia (2018-); Protesters (Armenia)",
        "notes": "SYNTHETIC TEST ROW (walk48): police detained protesters in Yerevan; no other party named.",
    }
    table = list(csv.reader(io.StringIO(preview.rows_to_check_csv().decode("utf-8-sig"))))
    assert table[0] == ["line", "id", "date", "place", "actors", "notes"] and len(table) == 9
    assert table[8][5].startswith("'=HYPERLINK(")  # a cell a spreadsheet would run, guarded


def test_a_file_with_no_such_rows_lists_none() -> None:
    assert preview_import(FIXTURE.read_bytes(), filename=FIXTURE.name).rows_to_check() == []
