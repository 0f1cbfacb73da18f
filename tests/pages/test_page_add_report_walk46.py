"""walk46 item 12: "No publication date: relative dates ("on Friday", "yesterday") are left unknown." is said
only while it is true: no publication date entered, and the text names such a day. Before, it stayed after the
user typed a publication date, and showed over a report whose every date was absolute."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from mapdata.store import Store

PAGE = str(Path(__file__).resolve().parents[2] / "app_pages" / "3_Add_report.py")
RELATIVE = (
    "Azerbaijani forces opened fire on Armenian positions near Sotk on Friday, the Armenian Defence Ministry said. "
    "No one was hurt."
)
ABSOLUTE = (
    "Shelling hit Sotk on 3 May 2024, the Armenian Defence Ministry said. Azerbaijani forces fired on Tegh on "
    "4 May 2024, the ministry added."
)
WARNING = "No publication date: relative dates"


@pytest.fixture
def page(db_path: Path) -> AppTest:
    Store(db_path)
    at = AppTest.from_file(PAGE, default_timeout=90)
    at.run()
    assert not at.exception
    return at


def _propose(at: AppTest, text: str) -> AppTest:
    at.text_area(key="ar_text").set_value(text).run()
    next(b for b in at.button if b.label == "Propose incidents").click().run()
    assert not at.exception
    return at


def _warned(at: AppTest) -> bool:
    return any(WARNING in w.value.replace("\\", "") for w in at.warning)  # (shown escaped)


def test_the_warning_goes_once_a_publication_date_is_typed(page: AppTest) -> None:
    _propose(page, RELATIVE)
    assert _warned(page)  # true: "on Friday", and no date to count from
    page.text_input(key="ar_published").set_value("2024-05-10").run()
    assert not _warned(page)
    page.text_input(key="ar_published").set_value("not a date").run()
    assert _warned(page)  # a date that is not one is no date


def test_no_warning_when_every_date_is_absolute(page: AppTest) -> None:
    _propose(page, ABSOLUTE)
    assert sorted(page.dataframe[0].value["date"]) == ["2024-05-03", "2024-05-04"]
    assert not _warned(page)
