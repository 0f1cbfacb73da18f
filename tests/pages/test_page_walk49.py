"""Round 49's walk, in real Streamlit (AppTest):

- item 2: Add report's point-picking map opened on Armenia–Azerbaijan for an India–Pakistan report whose place
  (Balnoi) the gazetteer lacks; it opens on the report's conflict (its front, else its map view).
- item 3: the Gazetteer said "Not found" for an alias Add report had just remembered for India–Pakistan, unless the
  link named that conflict, and the alias had no country; a look-up in another conflict now says whose alias it
  is, where, with a link that switches to that conflict (which finds it), and a clicked name keeps its country.
"""

from __future__ import annotations

from pathlib import Path

from apptools import open_page_without_error
from mapdata.geo.placebook import PlaceBook
from mapdata.profiles import default_catalog
from mapdata.store import Store
from tests.pages.test_page_add_report import _propose, open_add_report
from tests.pages.test_page_add_report_points import _grid
from tests.pages.test_page_gazetteer_unresolved import maps  # noqa: F401 (a fixture)

# Our own words (invented facts), as the walk's report: a place the gazetteer lacks.
POONCH = """published: 2021-01-12
outlet: Walk Wire

Pakistani troops violated the ceasefire along the Line of Control near Balnoi village in Poonch district on Monday evening, an Indian Army spokesperson said. Two Indian soldiers were injured.
"""
BALNOI = (33.67978, 74.10004)


def test_the_point_picking_map_opens_on_the_reports_conflict(db_path: Path, maps: dict) -> None:  # noqa: F811
    Store(db_path)
    page = _propose(open_add_report(), POONCH)
    assert not page.exception
    row = _grid(page).iloc[0]
    assert row["place"] == "Balnoi" and row[["latitude", "longitude"]].isna().all()  # it waits for a click
    extent = default_catalog()["india-pakistan"].extent
    assert extent.contains(*maps["ar_map"].location)  # was the Armenia–Azerbaijan border's centre


def test_a_clicked_name_is_remembered_with_the_country_of_its_point(db_path: Path) -> None:
    book = PlaceBook(Store(db_path))
    assert book.remember_placed_name("Balnoi", *BALNOI, conflict="india-pakistan") is not None
    [row] = book.alias_rows()
    assert (row["name"], row["conflict"], row["country"]) == ("Balnoi", "india-pakistan", "IN")  # was ""


def _said(at) -> str:
    return " ".join(str(e.value).replace("\\", "") for e in [*at.success, *at.info, *at.warning])


def test_a_look_up_in_another_conflict_says_whose_alias_the_name_is_and_links_to_it(db_path: Path, maps: dict) -> None:  # noqa: F811
    PlaceBook(Store(db_path)).remember_placed_name("Balnoi", *BALNOI, conflict="india-pakistan")
    at = open_page_without_error("app_pages/5_Gazetteer.py")  # the conflict in view: the default one
    at.text_input(key="gz_name").input("Balnoi").run()
    said = _said(at)
    assert "Not found" in said  # not in this conflict's gazetteer, nor its aliases ...
    assert "“Balnoi” is your alias in **India–Pakistan**, not in Armenia–Azerbaijan" in said  # ... but there
    assert ": Balnoi (IN) at 33.6798, 74.1000, precision near." in said
    [link] = [e for e in at.get("page_link") if e.proto.label.startswith("Look it up")]
    assert link.proto.label == "Look it up in India–Pakistan"
    # the name goes with it, as the Gazetteer's address carries it (walk51)
    assert link.proto.query_string == "conflict=india-pakistan&name=Balnoi"

    # the link followed: the page opens on India–Pakistan with the name looked up again, and finds it
    at.query_params["conflict"] = "india-pakistan"
    at.session_state["gz_name"] = ""  # (a page link starts the page afresh)
    at.run()
    assert at.text_input(key="gz_name").value == "Balnoi"
    assert "Balnoi** (IN)" in _said(at) and "your alias in" not in _said(at)
