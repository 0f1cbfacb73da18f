"""Round 49: "contested" is two parties' own claims blaming each other for the same clash.

walk48 on the real ACLED export: ARM189 (BBC News and other outlets, an armed clash near Berdavan on 26 March 2019)
read "contested" beside the Armenian foreign ministry's claims of that day, though its notes and the ministry both
blame Azerbaijan: ACLED codes Armenia's forces as actor1 of the clash, and that actor order was read as the outlets
blaming Armenia. An outlet's (or a monitor's) account, or an ACLED row's actor order, is no party's accusation; only
a party blaming another party that blames it back makes a clash contested.
"""

from __future__ import annotations

import pandas as pd
import pytest

from mapdata.claims import explain_status, find_clashes
from tests.claims.test_status import acled_clashes

BERDAVAN, BAREKAMAVAN = (41.2057, 44.9982), (41.1872, 45.0136)


def claim(cid: str, claimant: str, side: str, accused: str, where=BERDAVAN, day="2019-03-26", **more) -> dict:
    return {
        "id": cid, "conflict": more.pop("conflict", "armenia-azerbaijan"), "date": pd.Timestamp(day),
        "latitude": where[0], "longitude": where[1], "place": more.pop("place", "Berdavan"), "claimant": claimant,
        "reporting_side": side, "accused_side": accused, "weapons": [], "killed": None, "wounded": None,
        "extra": "{}",
    }  # fmt: skip


def statuses(*claims: dict) -> dict[str, str]:
    frame = pd.DataFrame(list(claims))
    return dict(zip(frame["id"], find_clashes(frame).status.astype(str)))


AM_MFA = "Ministry of Foreign Affairs of Armenia"
AZ_MOD = "Ministry of Defence of Azerbaijan"


def test_an_outlet_blaming_the_other_party_does_not_contest_a_partys_claim():
    found = statuses(
        claim("bbc", "BBC News", "media", "Armenia"),  # ACLED's actor order: Armenia's forces coded first
        claim("mfa", AM_MFA, "Armenia", "Azerbaijan", BAREKAMAVAN, place="Barekamavan"),
    )
    assert "contested" not in found.values()


def test_a_monitor_blaming_the_party_that_reports_does_not_contest_its_claim():
    found = statuses(claim("osce", "OSCE", "third party", "Armenia"), claim("mfa", AM_MFA, "Armenia", "Azerbaijan"))
    assert "contested" not in found.values()


def test_two_parties_blaming_each_other_are_contested_whoever_else_speaks():
    both = statuses(claim("mfa", AM_MFA, "Armenia", "Azerbaijan"), claim("mod", AZ_MOD, "Azerbaijan", "Armenia"))
    assert set(both.values()) == {"contested"}
    with_outlet = statuses(
        claim("mfa", AM_MFA, "Armenia", "Azerbaijan"),
        claim("mod", AZ_MOD, "Azerbaijan", "Armenia"),
        claim("bbc", "BBC News", "media", "Azerbaijan"),
    )
    assert set(with_outlet.values()) == {"contested"}


def test_a_party_blaming_itself_and_the_other_blaming_it_is_not_two_parties_blaming_each_other():
    # Azerbaijan's ministry reporting its own strike (accused: Azerbaijan) beside Armenia's claim blaming Azerbaijan
    found = statuses(claim("mod", AZ_MOD, "Azerbaijan", "Azerbaijan"), claim("mfa", AM_MFA, "Armenia", "Azerbaijan"))
    assert "contested" not in found.values()


def test_the_details_say_why_accounts_blaming_different_parties_are_not_contested():
    frame = pd.DataFrame(
        [
            claim("bbc", "BBC News", "media", "Armenia"),
            claim("mfa", AM_MFA, "Armenia", "Azerbaijan", BAREKAMAVAN, place="Barekamavan"),
        ]
    )
    clashes = find_clashes(frame)
    status = str(clashes.status.iloc[0])
    why = explain_status(frame, "bbc", status)
    assert why.found == status == "single source"
    assert "no two parties blame each other" in why.text()


@pytest.mark.shared
def test_arm189_in_the_real_acled_export_is_not_contested(acled_csv, tmp_path):
    frame, clashes = acled_clashes(acled_csv, tmp_path)
    status = pd.Series(clashes.status.astype(str).to_numpy(), index=frame["id"].astype(str))
    assert status["acled:ARM189"] != "contested"  # the outlets' actor order beside Armenia's claims blaming Azerbaijan
    # every contested clash holds two parties' own claims blaming each other (Yeraskh/Tezhkar, March 2020)
    assert status["acled:ARM3742"] == status["acled:ARM3569"] == "contested"
    counts = status.value_counts().to_dict()
    # before: 3,984 / 8 / 2; walk49: 13 claims of clashes whose ACLED notes tell a denial are denied (ARM189's too)
    assert counts == {"single source": 3976, "denied": 13, "contested": 5}
