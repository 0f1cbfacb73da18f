"""An act ("shelling", "firing", "an attack") given as an account's weapon is no weapon named: two
accounts blaming the same party, one naming small arms, the other shelling, do not contradict each
other on weapons (walk41: Baghanis, acled:ARM1422, was "contested" because the Armenian foreign
ministry named small arms and RazmInfo shelling, though all 18 accounts blamed Azerbaijan)."""

from __future__ import annotations

import pytest

from mapdata.claims.status import ACT_WORDS, weapon_term
from tests.claims.test_status import claim, statuses


@pytest.mark.parametrize("act", ["shelling", "Shelling", "firing", "fire", "attacks", "strike"])
def test_an_act_against_a_weapon_is_not_contested(act: str) -> None:
    found = statuses(
        claim("mofa", "Armenia", "Azerbaijan", weapons=["small arms", "sniper rifles", "heavy machine guns"]),
        claim("razminfo", "media", "Azerbaijan", weapons=[act]),
    )
    assert found == {"mofa": "corroborated", "razminfo": "corroborated"}


def test_weapons_beside_an_act_are_still_compared() -> None:
    found = statuses(
        claim("mofa", "Armenia", "Azerbaijan", weapons=["small arms"]),
        claim("news", "media", "Azerbaijan", weapons=["shelling", "mortars"]),
    )
    assert set(found.values()) == {"single source"}  # small arms, mortars: other events (round 47)
    same = statuses(
        claim("mofa", "Armenia", "Azerbaijan", weapons=["mortars"]),
        claim("news", "media", "Azerbaijan", weapons=["shelling", "mortars"]),
    )
    assert set(same.values()) == {"corroborated"}


def test_act_words_are_compared_as_weapon_terms() -> None:
    # what without_acts drops in the extractor is among them
    assert "shelling" in ACT_WORDS and weapon_term("Attacks") in ACT_WORDS


def test_the_explanation_names_no_weapon_difference_for_an_act() -> None:
    import pandas as pd

    from mapdata.claims import explain_status

    frame = pd.DataFrame(
        [
            claim("mofa", "Armenia", "Azerbaijan", weapons=["small arms"]),
            claim("razminfo", "media", "Azerbaijan", weapons=["shelling"]),
        ]
    )
    for column in ("killed", "wounded"):
        frame[column] = pd.array(frame[column], dtype="Int64")
    frame["place"] = "Koti"
    frame["claimant"] = ["Ministry of Foreign Affairs of Armenia", "RazmInfo"]
    from mapdata.claims import find_clashes

    status = str(find_clashes(frame).status.astype(str)[0])
    assert status == "corroborated"
    said = explain_status(frame, "mofa", status)
    assert not any("weapon" in reason for reason in said.reasons)


@pytest.mark.shared
def test_baghanis_in_the_real_acled_export_is_not_contested(acled_csv, tmp_path) -> None:
    from tests.claims.test_status import acled_clashes

    frame, clashes = acled_clashes(acled_csv, tmp_path)
    status = dict(zip(frame["id"], clashes.status.astype(str)))
    # all 18 accounts blame Azerbaijan; round 47: they are Armenia's ministry and Armenian outlets (one voice),
    # so none corroborates it independently
    assert status["acled:ARM1422"] == "single source"
    # (the file alone) 35 before acts were told apart, 17 before weapons and figures stopped contesting (round 47),
    # 8 before contested meant two parties' own claims blaming each other (round 49: ARM189's outlets with Armenia)
    assert sum(s == "contested" for s in status.values()) == 5


@pytest.mark.parametrize("spelling", ["heavy machineguns", "Heavy machine-guns", "heavy machine gun"])
def test_one_machine_gun_spelled_three_ways_is_one_weapon(spelling: str) -> None:
    # (closing50: "heavy machineguns" from one account and "heavy machine guns" from another read as two weapons)
    assert weapon_term(spelling) == weapon_term("heavy machine guns")
    found = statuses(
        claim("mofa", "Armenia", "Azerbaijan", weapons=["heavy machine guns"]),
        claim("news", "media", "Azerbaijan", weapons=[spelling]),
    )
    assert set(found.values()) == {"corroborated"}
