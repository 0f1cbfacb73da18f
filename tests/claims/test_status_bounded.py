"""``explain_status`` is said for every claim opened in the details panel, so its cost and its text must
not grow with the clash (review40: a chain of 16,000 accounts took 52 s and wrote 3 MB; 20,000 accounts
at one spot took 17.8 s). Every list of sentences is capped and the rest counted; long claimants,
places and weapons are cut."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from mapdata.claims import explain_status, find_clashes
from mapdata.claims.status import LISTED_SENTENCES

LONG = "Ministry of Defence of a very long-winded name " * 200  # ~9,400 characters


def chain(n: int, *, one_spot: bool = False) -> pd.DataFrame:
    """``n`` accounts, two sides alternating: a chain of spots 1.2 km apart over two days (each spot's
    two sides state different numbers killed and different weapons; every second claim denied), or
    all at one spot and day under ``n`` names."""
    spot = np.arange(n) // 2
    armenian = np.arange(n) % 2 == 0
    frame = pd.DataFrame(
        {
            "id": [f"c{i}" for i in range(n)],
            "conflict": "armenia-azerbaijan",
            "date": pd.Timestamp("2020-03-01") + pd.to_timedelta(0 if one_spot else spot % 2, unit="D"),
            "place": [f"Name {i} {LONG}" for i in range(n)] if one_spot else [f"Village {s} {LONG}" for s in spot],
            "latitude": 39.70 if one_spot else 39.70 + spot * 0.011,
            "longitude": 44.9,
            "claimant": np.where(armenian, f"Armenian {LONG}", f"Azerbaijani {LONG}"),
            "reporting_side": np.where(armenian, "Armenia", "Azerbaijan"),
            "accused_side": np.where(armenian, "Azerbaijan", "Armenia"),
            "killed": pd.array(np.where(armenian, 1, 2), dtype="Int64"),
            "wounded": pd.array([None] * n, dtype="Int64"),
            "weapons": [["mortar", LONG] if a else ["sniper rifle", LONG + "x"] for a in armenian],
            "extra": pd.array(["{}" if a else json.dumps({"responses": [LONG]}) for a in armenian], dtype="string"),
        }
    )
    return frame


def explained(frame: pd.DataFrame, of: str = "c1"):
    clashes = find_clashes(frame)
    position = int(np.flatnonzero(frame["id"] == of)[0])
    return explain_status(frame.iloc[clashes.members(position)], of, str(clashes.status.iloc[position]))


def test_a_long_chain_with_long_names_is_said_in_bounded_text():
    why = explained(chain(2_000))
    text = why.text()
    assert why.status == why.found == "denied"
    assert len(text) < 20_000, len(text)  # was 2,000 sentences and megabytes
    denials = [r for r in why.reasons if r.startswith(("A denial", "Denials"))]
    assert len(denials) == LISTED_SENTENCES + 1
    assert denials[0] == "A denial of this claim is on record (the other side's response, below)."
    assert denials[-1] == "Denials of 995 more claims of this clash are on record (not listed)."
    killed = [r for r in why.reasons if "numbers killed" in r]
    assert len(killed) == LISTED_SENTENCES + 1
    assert killed[0].startswith(
        "Different numbers killed on 2020-03-01 at Village 0 Ministry"
    )  # this claim's spot first
    assert killed[-1] == (
        "Among the other accounts of this clash: 995 more days and spots where two sides state different numbers"
        " killed are not listed."
    )
    assert "Grouped with: " in text and "; and 1,987 more." in text
    assert max(len(reason) for reason in why.reasons) < 2_000  # a claimant or place is cut, not quoted whole


def test_twenty_thousand_accounts_at_one_spot_name_a_few_and_count_the_rest():
    why = explained(chain(20_000, one_spot=True))
    text = why.text()
    assert len(text) < 20_000, len(text)
    assert why.grouping is not None and "Grouped as one clash: 20,000 accounts of the same day and spot" in why.grouping
    assert "and 19,992 more)." in why.grouping  # of 20,000 place names, 8 named
    assert "; and 19,992 more accounts." in text  # the figures and weapons at the spot: 8 accounts named each


def test_a_small_clash_lists_every_spot():
    why = explained(chain(2 * LISTED_SENTENCES))
    assert why.found == "denied"
    assert sum("numbers killed" in r for r in why.reasons) == LISTED_SENTENCES
    assert not any("not listed" in r for r in why.reasons)
