"""The sidebar's "More filters" opens by itself while any filter inside it is set (AppTest).

A page's every run reads the filters from the URL, so a link, a reload and a page switch (whose
link carries the filters) all open a page as here; the browser test of the same is
``tests/browser/test_more_filters_browser.py``.
"""

from __future__ import annotations

import pytest

from apptools import open_page_without_error, shown_and_total
from factories import make_claim
from mapdata.store import Store

TABLE = "app_pages/2_Table.py"
SOURCE = "Ministry of Foreign Affairs of Armenia"  # the walk's source (ACLED's), on a claim of its own
# One link per filter under "More filters" (widget label -> query), each value one the bundled claims offer.
ONE_FILTER_LINKS = {
    "Source": {"source": SOURCE},
    "Event type": {"type": "shelling"},
    "Casualties stated": {"casualties": "killed"},
    "Location precision": {"precision": "near"},
    "Clash status": {"status": "contested"},
    "Review status": {"review": "unreviewed"},
    "Show retracted claims": {"retracted": "1"},
}


@pytest.fixture
def db_path(db_path):
    """The bundled claims and one of the walk's source."""
    Store(db_path).save([make_claim(id="csv:mfa", source=SOURCE, origin="csv")], origin="csv", label="one source")
    return db_path


def more_filters(at):
    return next(e for e in at.sidebar.expander if e.label == "More filters")


@pytest.mark.parametrize("label", list(ONE_FILTER_LINKS))
def test_a_link_with_one_filter_of_more_filters_opens_it(db_path, label):
    """walk39: a link with only source=… left "More filters" closed: the active Source choice hidden
    (the "Filtered:" line alone said it)."""
    at = open_page_without_error(TABLE, ONE_FILTER_LINKS[label])
    assert not any("Not read from the address" in w.value for w in at.warning), "the link's value is offered"
    expander = more_filters(at)
    widget = next(w for w in [*expander.multiselect, *expander.checkbox] if w.label == label)
    assert widget.value, f"{label} shows the link's choice"
    assert shown_and_total(at)[0] > 0, "the link's filter keeps some claims"
    assert expander.proto.expanded, f"More filters stays closed with {label} set"


def test_with_no_filter_of_its_own_set_more_filters_stays_closed(db_path):
    at = open_page_without_error(TABLE, {"side": "Armenia", "q": "Sotk"})
    assert not more_filters(at).proto.expanded


def test_every_filter_under_more_filters_is_checked_above(db_path):
    """A filter added under "More filters" gets a link above, so its opening the expander is tested too."""
    expander = more_filters(open_page_without_error(TABLE))
    assert [w.label for w in [*expander.multiselect, *expander.checkbox]] == list(ONE_FILTER_LINKS)
