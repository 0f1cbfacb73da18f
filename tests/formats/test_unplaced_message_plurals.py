"""What the Import page says of place names the gazetteer does not know, in the number of the names
and of the rows (walk41: "1 place name could not be placed, so their rows …"), and the summary boxes
that count what the import button writes (walk41: "New 3" over "Import 1 row")."""

from __future__ import annotations

import pytest

from mapdata.formats.common import RowProblem
from mapdata.formats.importer import preview_import
from mapdata.formats.placing import NOT_FOUND, not_found_rows, unplaced_message
from mapdata.store import Store
from tests.pages.test_page_import_counts import SHEET  # two look-alikes, one new, two rejected

STAGES = ("before", "blocked", "listed", "imported")


def test_one_name_of_one_row_is_it_and_that_row() -> None:
    said = unplaced_message(["Qwx"], 1, "a.csv", "imported")
    assert said.startswith("1 place name could not be placed, so the row that names it was not imported: “Qwx”.")
    assert "Place it on the Gazetteer page" in said and "that row comes in" in said
    rest = said.replace("by their place name", "").replace("stay as they are", "")  # the box's name, the other rows
    assert "their" not in rest and "them" not in rest


def test_one_name_of_several_rows() -> None:
    said = unplaced_message(["Qwx"], 3, "a.csv", "imported")
    assert "so the 3 rows that name it were not imported: “Qwx”." in said
    assert "Place it on" in said and "those rows come in" in said


def test_several_names() -> None:
    said = unplaced_message(["A", "B", "C"], 4, "a.csv", "imported")
    assert said.startswith("3 place names could not be placed, so the 4 rows that name them were not imported:")
    assert "“A”, “B” and “C”." in said and "Place them on" in said and "those rows come in" in said
    assert "import a.csv again" in said


@pytest.mark.parametrize("stage", STAGES)
def test_every_stage_agrees_in_number(stage: str) -> None:
    # (the rest of the file's rows "stay as they are": not the names)
    one = unplaced_message(["Qwx"], 1, "a.csv", stage).replace("stay as they are", "")  # type: ignore[arg-type]
    many = unplaced_message(["A", "B"], 2, "a.csv", stage)  # type: ignore[arg-type]
    assert " them" not in one and "they" not in one and " are " not in one, one
    assert " it " not in many and " it." not in many and " is " not in many, many
    assert "“Qwx”" in one and "“A” and “B”" in many


def test_listed_and_blocked_say_where_and_how() -> None:
    listed = unplaced_message(["Qwx"], 1, "a.csv", "listed")
    assert listed.startswith("“Qwx” is now listed on the Gazetteer page (“Unresolved places”).")
    assert "import a.csv again with “Place rows without coordinates by their place name” ticked" in listed
    blocked = unplaced_message(["Qwx"], 1, "a.csv", "blocked")
    assert "so the row that names it cannot be imported" in blocked and "button below" in blocked


def test_many_names_are_cut_after_ten() -> None:
    names = [f"N{i}" for i in range(12)]
    said = unplaced_message(names, 12, "", "imported")
    assert "“N9” and 2 more names." in said and "N10" not in said and "import the file again" in said


def test_rows_not_found_are_counted_once_each() -> None:
    problems = [
        RowProblem(3, "place", f"{NOT_FOUND}: no place called 'X'"),
        RowProblem(5, "place", f"{NOT_FOUND}: no place called 'Y'"),
        RowProblem(6, "date", "not a valid date"),
    ]
    assert not_found_rows(problems) == 2


@pytest.mark.parametrize(
    ("decision", "expected"),
    [
        ("skip", {"New": 1, "Look-alikes skipped": 2}),
        ("merge", {"New": 1, "Merged into stored claims": 2}),
        ("keep", {"New": 3}),
    ],
)
def test_the_boxes_count_what_the_button_writes_and_add_up(store: Store, decision: str, expected: dict) -> None:
    preview = preview_import(SHEET, store, filename="sheet.csv")
    boxes = {box.label: box.value for box in preview.count_boxes(decision)}  # type: ignore[arg-type]
    assert {k: v for k, v in boxes.items() if k in expected or k == "New"} == expected
    assert boxes["Rejected"] == 2 and boxes["Rows"] == 5
    assert sum(v for k, v in boxes.items() if k != "Rows") == boxes["Rows"]


@pytest.mark.parametrize("stage", STAGES)
def test_no_names_say_nothing(stage: str) -> None:
    """review41: a public function raised IndexError on an empty list of names."""
    assert unplaced_message([], 0, "a.csv", stage) == ""  # type: ignore[arg-type]
    assert unplaced_message([], 3, "a.csv", stage) == ""  # type: ignore[arg-type]


def test_each_box_has_a_stable_key_apart_from_its_words(store: Store) -> None:
    """review41: the Import page's help for each box was looked up by the box's label, words written in
    the importer: a box has a key of its own, the one the page's help is keyed by."""
    preview = preview_import(SHEET, store, filename="sheet.csv")
    boxes = preview.count_boxes("merge")
    assert [box.key for box in boxes] == ["rows", "new", "updated", "merged", "unchanged", "rejected"]
    assert [box.label for box in boxes][3] == "Merged into stored claims"
    assert [box.key for box in preview.count_boxes("skip")][3] == "skipped"
