"""Round 47: "contested" is a disagreement on who fired, and "corroborated" is direct and independent.

walk47 on the real ACLED export: Azerbaijan's defence ministry (its artillery destroying Armenian launchers)
and Sputnik Armenia (a child wounded by an Azerbaijani drone) at Vardenis, both blaming Azerbaijan, read
"contested" for naming different weapons; a claim at Berdavan read "corroborated" by Hetq, an Armenian
outlet, a day later at Koti 12 km away, reached through a chain of other claims.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from mapdata.claims import explain_status, find_clashes
from mapdata.claims.status import reporting_voices

SPOT = (40.18, 45.72)


def claim(cid: str, claimant: str, side: str, accused: str, where=SPOT, day="2020-10-14", **more) -> dict:
    return {
        "id": cid, "conflict": "armenia-azerbaijan", "date": pd.Timestamp(day), "latitude": where[0],
        "longitude": where[1], "place": "Vardenis", "claimant": claimant, "reporting_side": side,
        "accused_side": accused, "weapons": more.pop("weapons", []), "killed": more.pop("killed", None),
        "wounded": None, "extra": more.pop("extra", "{}"),
    }  # fmt: skip


def statuses(*claims: dict) -> dict[str, str]:
    frame = pd.DataFrame(list(claims))
    return dict(zip(frame["id"], find_clashes(frame).status.astype(str)))


def acled_extra(scale: str) -> str:
    return json.dumps({"acled": {"iso3": "ARM", "source_scale": scale}})


def test_accounts_blaming_one_side_with_other_weapons_are_not_contested():
    found = statuses(
        claim("mod", "Ministry of Defence of Azerbaijan", "Azerbaijan", "Azerbaijan", weapons=["missile", "artillery"]),
        claim("spk", "Sputnik Armenia", "media", "Azerbaijan", weapons=["drone"]),
    )
    assert found == {"mod": "single source", "spk": "single source"}


def test_accounts_blaming_different_parties_are_contested():
    found = statuses(
        claim("am", "Armenian MoD", "Armenia", "Azerbaijan"), claim("az", "Azerbaijani MoD", "Azerbaijan", "Armenia")
    )
    assert set(found.values()) == {"contested"}


def test_a_same_side_outlet_does_not_corroborate_its_side():
    ministry = claim("am", "Ministry of Foreign Affairs of Armenia", "Armenia", "Azerbaijan")
    by_scale = claim("hetq", "Hetq", "media", "Azerbaijan", extra=acled_extra("National"))
    by_name = claim("spk", "Sputnik Armenia", "media", "Azerbaijan")
    foreign = claim("bbc", "BBC", "media", "Azerbaijan", extra=acled_extra("International"))
    assert statuses(ministry, by_scale) == {"am": "single source", "hetq": "single source"}
    assert statuses(ministry, by_name) == {"am": "single source", "spk": "single source"}
    assert statuses(ministry, foreign) == {"am": "corroborated", "bbc": "corroborated"}
    monitor = claim("osce", "OSCE", "third party", "Azerbaijan")
    assert statuses(ministry, monitor)["am"] == "corroborated"
    voices = reporting_voices(pd.DataFrame([ministry, by_scale, by_name, foreign]))
    assert voices.tolist() == ["Armenia", "Armenia", "Armenia", "media"]


def test_corroboration_is_direct_not_through_a_chain():
    berdavan, voskevan, koti = (41.2057, 44.9982), (41.1204, 45.0636), (41.1324, 45.1054)
    found = statuses(
        claim("b", "Ministry of Foreign Affairs of Armenia", "Armenia", "Azerbaijan", berdavan, "2019-10-03"),
        claim("v", "Ministry of Foreign Affairs of Armenia", "Armenia", "Azerbaijan", voskevan, "2019-10-04"),
        claim("k", "BBC", "media", "Azerbaijan", koti, "2019-10-04"),
    )
    assert found["b"] == "single source"  # a day earlier and 12 km from the outlet's account
    assert found["k"] == "single source"  # Voskevan is 3.7 km from Koti: not the same spot either
    same_spot = statuses(
        claim("v", "Ministry of Foreign Affairs of Armenia", "Armenia", "Azerbaijan", koti, "2019-10-04"),
        claim("k", "BBC", "media", "Azerbaijan", koti, "2019-10-04"),
    )
    assert same_spot == {"v": "corroborated", "k": "corroborated"}


def test_explanations_say_the_rule():
    ministry = claim("am", "Ministry of Foreign Affairs of Armenia", "Armenia", "Azerbaijan")
    hetq = claim("hetq", "Hetq", "media", "Azerbaijan", extra=acled_extra("National"))
    frame = pd.DataFrame([ministry, hetq])
    why = explain_status(frame, "am", "single source")
    assert why.found == "single source"
    assert "media of it" in why.text() and "Hetq [media]" in why.text()


ACLED = Path(__file__).resolve().parents[3] / "shared" / "data" / "acled_hdx_armenia_conflict_2018-2020.csv"


@pytest.mark.shared
def test_the_two_walk47_claims_in_the_real_acled_export(tmp_path):
    if not ACLED.exists():
        pytest.skip(f"the real ACLED export is not at {ACLED}")
    from tests.claims.test_status import acled_clashes

    frame, clashes = acled_clashes(ACLED, tmp_path)
    status = dict(zip(frame["id"], clashes.status.astype(str)))
    assert status["acled:ARM4908"] != "contested"  # Vardenis: both accounts say Azerbaijan fired
    assert status["acled:ARM2992"] != "corroborated"  # Berdavan: only Armenian voices, and Hetq a day later
    position = int((frame["id"] == "acled:ARM2992").to_numpy().nonzero()[0][0])
    why = explain_status(frame.iloc[clashes.members(position)], "acled:ARM2992", status["acled:ARM2992"])
    assert "Hetq [media] (2019-10-04 at Koti)" in why.text() and "does not corroborate this claim" in why.text()
