"""walk47: an ACLED row of Azerbaijan's defence ministry reporting its own strike (ACLED names Azerbaijan's forces as the
actor) read "Ministry of Defence of Azerbaijan [Azerbaijan], accuses Azerbaijan"."""

from __future__ import annotations

import pandas as pd

from ui.details import claim_html


def _row(side: str, accused: str) -> pd.Series:
    return pd.Series(
        {
            "place": "Vardenis",
            "date": "2020-10-14",
            "claimant": "Ministry of Defence of Azerbaijan",
            "reporting_side": side,
            "accused_side": accused,
            "event_type": "shelling",
            "killed": None,
            "wounded": None,
            "geo_precision": "exact",
        }
    )


def test_a_claim_of_its_own_sides_fire_says_so() -> None:
    html = claim_html(_row("Azerbaijan", "Azerbaijan"), "single source")
    assert "says its own side (Azerbaijan) fired" in html
    assert "accuses Azerbaijan" not in html


def test_a_claim_against_the_other_side_accuses_it() -> None:
    html = claim_html(_row("Azerbaijan", "Armenia"), "single source")
    assert "accuses Armenia" in html
