"""walk44 on the Import page: a row's every problem at the first read, the instruction to place rows by
name said once, and a name listed on the Gazetteer page already not offered for listing again."""

from __future__ import annotations

from pathlib import Path

from apptools import open_page_without_error
from mapdata.geo.placebook import PlaceBook
from mapdata.store import Store

SHEET = (
    b"date,place,latitude,longitude,country,claimant,reporting_side,accused_side,event_type,source\n"
    b"2021-03-02,Vardenis,40.18,45.73,AM,Armenian MoD,Armenia,Azerbaijan,shelling,My notes\n"
    b"2021-03-04,Qwxzzlebrook,,,AM,Armenian MoD,Armenia,Azerbaijan,artillery duel,My notes\n"
)


def shown(element) -> str:
    return element.value.replace("\\", "")


def lines(at) -> list[str]:
    return [line for m in at.markdown for line in shown(m).split("\n") if line.startswith("- **Row")]


def test_the_first_read_lists_every_problem_of_the_row_and_says_how_to_place_it_once(db_path: Path) -> None:
    Store(db_path)
    at = open_page_without_error("app_pages/4_Import.py")
    at.file_uploader[0].set_value(("sheet.csv", SHEET, "text/csv")).run()
    [line] = lines(at)
    assert line.startswith("- **Row 3** · latitude: no coordinates, and placing rows by their place name is off"), line
    assert "'Qwxzzlebrook'" in line, line
    assert "event_type: unknown value 'artillery duel'" in line, line  # walk44: said only after placing
    # walk44: the line and the note under it both said to switch placing on: the note alone says it
    assert "switch it on (" not in line, line
    texts = [shown(m) for m in [*at.markdown, *at.info]]
    assert sum("Place rows without coordinates by their place name" in text for text in texts) == 1, texts


def test_a_name_listed_already_is_not_offered_for_listing_again(db_path: Path) -> None:
    store = Store(db_path)
    sheet = SHEET.replace(b"artillery duel", b"small arms fire")  # walk44: now read as "small-arms fire"
    at = open_page_without_error("app_pages/4_Import.py")
    at.file_uploader[0].set_value(("sheet.csv", sheet, "text/csv")).run()
    at.checkbox(key="import_place_by_name_0").check().run()
    [line] = lines(at)
    assert "event_type" not in line, line
    assert "Importing lists it on the Gazetteer page" in next(shown(i) for i in at.info if "gazetteer" in shown(i))
    next(b for b in at.button if b.label.startswith("Import 1 row")).click().run()
    assert [u.name for u in PlaceBook(store).unresolved()] == ["Qwxzzlebrook"]
    # the same file again, placing on: the name is listed, so the page says where, and offers no listing
    at.file_uploader[0].set_value(("sheet.csv", sheet, "text/csv")).run()
    at.checkbox(key="import_place_by_name_1").check().run()
    assert not at.exception
    said = next(shown(i) for i in at.info if "Qwxzzlebrook" in shown(i))
    assert "listed on the Gazetteer page (“Unresolved places”) already" in said, said
    assert "Importing lists" not in said and "with the button below" not in said, said
    assert not [b for b in at.button if b.label.startswith("List ")]
    assert "Place it on the Gazetteer page" in [link.label for link in at.get("page_link")]
