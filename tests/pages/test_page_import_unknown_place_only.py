"""A file whose only row names a place the gazetteer does not know, with no coordinates (walk41): the
Import page said "Nothing to import" and the Gazetteer page's Unresolved places stayed empty. Now it
names the place, and a button lists it there with how to bring the row in."""

from __future__ import annotations

from pathlib import Path

from apptools import open_page_without_error
from mapdata.geo.placebook import PlaceBook
from mapdata.store import Store

ONE_ROW = (
    b"date,place,latitude,longitude,country,claimant,reporting_side,accused_side,event_type,source\n"
    b"2021-03-04,Qwxzzlebrook,,,AM,Armenian MoD,Armenia,Azerbaijan,shelling,My notes\n"
)


def shown(element) -> str:
    return element.value.replace("\\", "")


def test_a_file_of_one_unknown_place_lists_it_on_the_gazetteer_page(db_path: Path) -> None:
    store = Store(db_path)
    before = store.count()
    at = open_page_without_error("app_pages/4_Import.py")
    at.file_uploader[0].set_value(("one.csv", ONE_ROW, "text/csv")).run()
    at.button(key="import_place_them_0").click().run()
    said = next(shown(i) for i in at.info if "Not in the gazetteer" in shown(i))
    assert "“Qwxzzlebrook”, so the row that names it cannot be imported" in said, said
    assert any(b.label == "Nothing to import" and b.disabled for b in at.button)
    assert PlaceBook(store).unresolved() == []  # nothing written before the user asks
    at.button(key="import_list_unplaced_0").click().run()
    assert not at.exception
    assert [u.name for u in PlaceBook(store).unresolved()] == ["Qwxzzlebrook"]
    assert PlaceBook(store).unresolved()[0].context == "import: one.csv · Armenia–Azerbaijan"
    told = next(shown(i) for i in at.info if "now listed" in shown(i))
    assert told.startswith("“Qwxzzlebrook” is now listed on the Gazetteer page (“Unresolved places”)"), told
    assert "import one.csv again" in told and "bring in the row that names it" in told
    assert [link.label for link in at.get("page_link") if "Gazetteer" in link.label] == [
        "Place it on the Gazetteer page"
    ]
    assert Store(db_path).count() == before  # no claim written


def test_an_import_that_writes_rows_lists_the_name_itself_and_says_so_in_the_singular(db_path: Path) -> None:
    Store(db_path)
    sheet = ONE_ROW + b"2021-03-02,Vardenis,40.18,45.73,AM,Armenian MoD,Armenia,Azerbaijan,shelling,My notes\n"
    at = open_page_without_error("app_pages/4_Import.py")
    at.file_uploader[0].set_value(("two.csv", sheet, "text/csv")).run()
    at.button(key="import_place_them_0").click().run()
    said = next(shown(i) for i in at.info if "Not in the gazetteer" in shown(i))
    assert "Importing lists it on the Gazetteer page" in said and "bring in the row that names it" in said, said
    assert not [b for b in at.button if b.key == "import_list_unplaced_0"]
    next(b for b in at.button if b.label == "Import 1 row").click().run()
    told = next(shown(i) for i in at.info if "could not be placed" in shown(i))
    # walk41: "1 place name could not be placed, so their rows were not imported"
    assert told.startswith("1 place name could not be placed, so the row that names it was not imported"), told
    assert [u.name for u in PlaceBook(Store(db_path)).unresolved()] == ["Qwxzzlebrook"]


def test_all_or_nothing_with_an_unknown_place_offers_the_listing_button(db_path: Path) -> None:
    """review41: with "All or nothing" ticked, a file with an unknown place and a good row disabled the
    import button, yet the page said "Importing lists it on the Gazetteer page" and offered no button
    to list it: a dead end again. Now the file is blocked, the page says so and offers the button."""
    store = Store(db_path)
    before = store.count()
    sheet = ONE_ROW + b"2021-03-02,Vardenis,40.18,45.73,AM,Armenian MoD,Armenia,Azerbaijan,shelling,My notes\n"
    at = open_page_without_error("app_pages/4_Import.py")
    at.file_uploader[0].set_value(("two.csv", sheet, "text/csv")).run()
    at.button(key="import_place_them_0").click().run()
    at.checkbox(key="import_all_or_nothing_0").check().run()
    assert not at.exception
    said = next(shown(i) for i in at.info if "Not in the gazetteer" in shown(i))
    assert "Importing lists" not in said, said
    assert "“Qwxzzlebrook”, so the row that names it cannot be imported" in said, said
    assert "List it on the Gazetteer page (“Unresolved places”) with the button below" in said, said
    assert all(b.disabled for b in at.button if b.label.startswith(("Import", "Nothing")))
    # (the disabled button says why: the rejected rows and the way on)
    assert any(b.label == "Nothing to import (all or nothing)" for b in at.button)
    assert any(
        "1 row is rejected, so with *All or nothing* ticked nothing can be imported. Untick it to import the 1 valid row"
        in shown(w)
        for w in at.warning
    ), [shown(w) for w in at.warning]
    at.button(key="import_list_unplaced_0").click().run()
    assert not at.exception
    assert [u.name for u in PlaceBook(store).unresolved()] == ["Qwxzzlebrook"]
    assert any("now listed" in shown(i) for i in at.info)
    assert Store(db_path).count() == before  # no claim written
