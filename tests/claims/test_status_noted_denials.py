"""walk49: an ACLED row whose notes say another party denied what it reports is a denial on record.

ARM294 (Trend News Agency and others, gunfire at a truck in Baghanis, 12 April 2018) read "corroborated" beside the
Armenian foreign ministry's claim of that day and spot, though its notes end "Azerbaijani Defense Ministry refuted
the claims". Its clash is now denied, and the details say that ACLED's notes mention the denial, quoting them.
"""

from __future__ import annotations

import pandas as pd
import pytest

from mapdata.claims import explain_status, find_clashes
from mapdata.claims.status import noted_denial
from tests.claims.test_status import acled_clashes

BAGHANIS = (41.1142, 45.0667)
TRUCK = (
    "On 12 April, in Baghanis, Azerbaijani military opened gunfire at a civilian cargo truck, as reported by "
    "Armenpress. Azerbaijani Defense Ministry refuted the claims."
)
AM_MFA = "Ministry of Foreign Affairs of Armenia"


def claim(cid: str, claimant: str, side: str, summary: str = "", origin: str = "acled") -> dict:
    return {
        "id": cid, "conflict": "armenia-azerbaijan", "date": pd.Timestamp("2018-04-12"), "latitude": BAGHANIS[0],
        "longitude": BAGHANIS[1], "place": "Baghanis", "claimant": claimant, "reporting_side": side,
        "accused_side": "Azerbaijan", "weapons": [], "killed": None, "wounded": None, "extra": "{}",
        "summary": summary, "origin": origin,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("notes", "party"),
    [
        (TRUCK, "Azerbaijan"),
        ("Fire at a checkpoint. Azerbaijani side denied that such attack took place.", "Azerbaijan"),
        ("A raid was repelled. The State Border Service of Azerbaijan denied this claim, but reported fire.", "Azerbaijan"),
        ("A jet was shot down. Later on, the Azerbaijani side rejected the claim and reported a crash.", "Azerbaijan"),
        ("An armed clash near Berdavan. Azerbaijan has refuted the claims as an attempt to aggravate.", "Azerbaijan"),
        ("Azerbaijan fired at Tavush. The Azerbaijani MoD denied.", "Azerbaijan"),
    ],
)  # fmt: skip
def test_a_denial_by_another_party_in_the_notes_is_found(notes: str, party: str) -> None:
    assert noted_denial(notes, "Armenia", "armenia-azerbaijan")[0] == party
    assert noted_denial(notes, "media", "armenia-azerbaijan")[0] == party


@pytest.mark.parametrize(
    "notes",
    [
        "Some policemen beat up a party member. The Police denied the allegations.",  # no party named
        "Azerbaijani forces fired at Sotk; Armenia denied entry to the monitors.",  # no claim denied
        "Armenian forces fired at Tovuz. Armenian MoD denied the claims.",  # the reporting side's own: not another's
        "Azerbaijani forces fired at Sotk, the Armenian MoD said.",
    ],
)
def test_no_denial_by_another_party_is_none(notes: str) -> None:
    assert noted_denial(notes, "Armenia", "armenia-azerbaijan") is None


def test_an_acled_row_whose_notes_tell_a_denial_is_never_corroborated_by_it() -> None:
    rows = [claim("trend", "Trend News Agency", "media", TRUCK), claim("mfa", AM_MFA, "Armenia", "Gunfire at a truck.")]
    frame = pd.DataFrame(rows)
    found = dict(zip(frame["id"], find_clashes(frame).status.astype(str)))
    assert found == {"trend": "denied", "mfa": "denied"}  # was corroborated, each by the other
    why = explain_status(frame, "trend", "denied")
    assert why.found == "denied"
    assert (
        "ACLED's notes mention a denial of this claim by Azerbaijan: “Azerbaijani Defense Ministry refuted the claims.”"
        in why.reasons
    )
    other = explain_status(frame, "mfa", "denied")
    assert any(r.startswith("ACLED's notes mention a denial of the claim of Trend News Agency") for r in other.reasons)


def test_only_acled_rows_are_read_so() -> None:
    rows = [claim("mine", "My Wire", "media", TRUCK, origin="csv"), claim("mfa", AM_MFA, "Armenia")]
    frame = pd.DataFrame(rows)
    assert set(find_clashes(frame).status.astype(str)) == {"corroborated"}


@pytest.mark.shared
def test_the_real_acled_exports_noted_denials(acled_csv, tmp_path):
    frame, clashes = acled_clashes(acled_csv, tmp_path)
    status = pd.Series(clashes.status.astype(str).to_numpy(), index=frame["id"].astype(str))
    assert status["acled:ARM294"] == "denied"  # was corroborated
    noted = ["acled:ARM294", "acled:ARM189", "acled:ARM3669", "acled:ARM4412", "acled:ARM4887", "acled:ARM4920"]
    assert set(status[noted]) == {"denied"}
    assert status["acled:ARM3258"] == "single source"  # "The Police denied the allegations": no party named
    # before: single source 3,987, contested 5, corroborated 2, denied 0
    assert status.value_counts().to_dict() == {"single source": 3976, "denied": 13, "contested": 5}
