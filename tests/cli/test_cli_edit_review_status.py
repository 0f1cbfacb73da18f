"""``python -m mapdata edit``: a bad review status is one of the edit's problems, listed with the others."""

from __future__ import annotations

import pytest

from mapdata.cli import main
from mapdata.store import Store

SOTK = "bundled:2023-05-12-am-mod-sotk-uav"


def test_a_bad_review_status_is_listed_with_a_bad_date_and_nothing_is_saved(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    """Round 40: `edit ID review_status=bogus date=2099-13-01` printed only the date's error; the
    review status was named only once the date was put right (a second run to find a second mistake)."""
    before = store.get(SOTK)
    code = main(["edit", SOTK, "review_status=bogus", "date=2099-13-01", "--by", "ana"])
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert code == 1 and out == "" and "Traceback" not in err, err
    # one line each, in the order typed
    assert [line.split(":")[:2] for line in lines] == [["error", " review_status"], ["error", " date"]], err
    assert "unknown value 'bogus'" in lines[0] and "not a valid date: '2099-13-01'" in lines[1]
    assert store.get(SOTK) == before and [e.action for e in store.history(SOTK)] == ["create"]
    # put right, it saves the date and the review together
    assert main(["edit", SOTK, "review_status=verified", "date=2023-05-13", "--by", "ana"]) == 0
    capsys.readouterr()
    saved = store.get(SOTK)
    assert (
        saved.date.isoformat() == "2023-05-13"
        and store.frame().set_index("id").loc[SOTK, "review_status"] == "verified"
    )
