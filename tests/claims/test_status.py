"""Clash status: single source, corroborated, contested, denied — crafted cases for each rule,
the bundled clashes analysts know, and the real ACLED export (Chambarak is not contested)."""

from __future__ import annotations

import pandas as pd
import pytest

from mapdata.claims import CLASH_STATUSES, STATUS_RULE, Clashes, find_clashes, weapon_term
from mapdata.formats.importer import preview_path
from mapdata.store import Store

SOTK = (40.20007, 45.86951)
FAR = (41.1, 45.0)


def claim(id_: str, side: str, accused: str = "unknown", *, where=SOTK, day="2023-05-12", **more) -> dict:
    return {
        "id": id_,
        "date": pd.Timestamp(day),
        "latitude": where[0],
        "longitude": where[1],
        "reporting_side": side,
        "accused_side": accused,
        "claimant": f"{side} source",
        "killed": more.get("killed"),
        "wounded": more.get("wounded"),
        "weapons": more.get("weapons", []),
        "extra": more.get("extra", {}),
        **({"conflict": more["conflict"]} if "conflict" in more else {}),
    }


def statuses(*claims: dict, **kw) -> dict[str, str]:
    frame = pd.DataFrame(list(claims))
    for column in ("killed", "wounded"):
        frame[column] = pd.array(frame[column], dtype="Int64")
    found = find_clashes(frame, **kw)
    return dict(zip(frame["id"], found.status.astype(str)))


def test_the_four_statuses_have_a_rule_each():
    assert set(STATUS_RULE) == set(CLASH_STATUSES)


def test_a_lone_claim_is_single_source():
    assert statuses(claim("am", "Armenia", "Azerbaijan")) == {"am": "single source"}


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # The Chambarak case: an Armenian ministry and an Armenian outlet both blame Azerbaijan.
        (("Armenia", "Azerbaijan"), ("media", "Azerbaijan"), "corroborated"),
        (("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia"), "contested"),  # they blame each other
        (("Armenia", "Azerbaijan"), ("media", "unknown"), "single source"),  # only one says who fired
        # Two claims of one side never link: each is its own single-source clash.
        (("Armenia", "Azerbaijan"), ("Armenia", "Azerbaijan"), "single source"),
    ],
)
def test_who_blames_whom(first, second, expected):
    assert statuses(claim("one", *first), claim("two", *second)) == {"one": expected, "two": expected}


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # round 47: other figures or weapons are no contradiction of who fired: never contested; weapons
        # with none in common may tell of different events, so they corroborate nothing
        ({"killed": 2}, {"killed": 5}, "corroborated"),
        ({"killed": 2}, {"killed": 2}, "corroborated"),
        ({"killed": 2}, {}, "corroborated"),  # one side states a number, the other says nothing
        ({"wounded": 0}, {"wounded": 3}, "corroborated"),
        ({"weapons": ["mortars"]}, {"weapons": ["small arms"]}, "single source"),
        ({"weapons": ["Mortars", "drones"]}, {"weapons": ["mortar"]}, "corroborated"),
        ({"weapons": ["mortars"]}, {}, "corroborated"),
    ],
)
def test_contradicting_casualties_or_weapons_contest(first, second, expected):
    found = statuses(claim("mod", "Armenia", "Azerbaijan", **first), claim("news", "media", "Azerbaijan", **second))
    assert set(found.values()) == {expected}


@pytest.mark.parametrize(
    ("first", "second"), [({"weapons": ["mortars"]}, {"weapons": ["drone"]}), ({"killed": 2}, {"killed": 5})]
)
def test_accounts_of_other_days_or_villages_do_not_contradict_each_other(first, second):
    # walk34: a clash chained six claims at three villages over three days and was "contested"
    # because one day's account named a drone and another day's sniper rifles
    next_day = statuses(
        claim("mod", "Armenia", "Azerbaijan", **first), claim("news", "media", "Azerbaijan", day="2023-05-13", **second)
    )
    assert set(next_day.values()) == {"single source"}  # round 47: a day later corroborates nothing
    nearby = (SOTK[0] + 0.05, SOTK[1])  # another village, 5.5 km off: linked, not the same spot
    other_village = statuses(
        claim("mod", "Armenia", "Azerbaijan", **first), claim("news", "media", "Azerbaijan", where=nearby, **second)
    )
    assert set(other_village.values()) == {"single source"}  # round 47: 5.5 km away is not the same spot
    # the same day and village: told differently, yet both blame Azerbaijan: not contested (round 47)
    same = statuses(claim("mod", "Armenia", "Azerbaijan", **first), claim("news", "media", "Azerbaijan", **second))
    assert "contested" not in set(same.values())


def test_a_denial_on_record_marks_the_whole_clash_denied_first():
    denial = {"responses": ["The claims of the Ministry of Defence are absolutely false."]}
    found = statuses(
        claim("am", "Armenia", "Azerbaijan", extra=denial),
        claim("az", "Azerbaijan", "Armenia"),
        claim("lone", "Azerbaijan", "Armenia", where=FAR, extra=denial),
        claim("plain", "Azerbaijan", "Armenia", where=FAR, day="2023-01-01", extra={"responses": []}),
    )
    assert found == {"am": "denied", "az": "denied", "lone": "denied", "plain": "single source"}


def test_the_parties_of_any_conflict():
    found = statuses(
        claim("in", "India", "Pakistan", conflict="india-pakistan"),
        claim("pk", "Pakistan", "India", conflict="india-pakistan"),
        claim("ua", "Ukraine", "Russia", where=FAR, conflict="russia-ukraine"),
        claim("osce", "third party", "Russia", where=FAR, conflict="russia-ukraine"),
    )
    assert found == {"in": "contested", "pk": "contested", "ua": "corroborated", "osce": "corroborated"}


def test_a_side_that_is_no_party_of_its_conflict_is_not_blamed():
    """Blaming "Armenia" in an India–Pakistan claim (bad data) names no party of that conflict."""
    found = statuses(
        claim("in", "India", "Armenia", conflict="india-pakistan"),
        claim("news", "media", "Armenia", conflict="india-pakistan"),
    )
    assert found == {"in": "single source", "news": "single source"}


def test_weapon_terms_compare_without_case_spacing_or_plural():
    assert weapon_term(" Large-calibre   Mortars") == weapon_term("large-calibre mortar")
    assert weapon_term("grass") == "grass"  # not a plural


def test_bundled_clashes(store: Store):
    frame = store.frame()
    found = dict(zip(frame["id"], find_clashes(frame).status.astype(str)))
    # 12 May 2023 at Sotk: each ministry blames the other.
    assert found["bundled:2023-05-12-am-mod-sotk-uav"] == "contested"
    assert found["bundled:2023-05-12-az-mod-border-mortars"] == "contested"
    # Azerbaijan's own report of 12 July 2020 at Tovuz, with no other side's account.
    assert found["bundled:2020-07-12-az-mod-tovuz-artillery"] == "single source"


def acled_clashes(acled_csv, folder) -> tuple[pd.DataFrame, Clashes]:
    """The real ACLED export imported into a new database, and its clashes."""
    store = Store(folder / "acled.db", seed=False)
    preview_path(acled_csv, store).commit(store)
    frame = store.frame()
    return frame, find_clashes(frame)


@pytest.mark.shared
def test_chambarak_in_the_real_acled_export_is_not_contested(acled_csv, tmp_path):
    frame, clashes = acled_clashes(acled_csv, tmp_path)
    status = clashes.status.astype(str)
    chambarak = frame["place"].astype(str).str.contains("Chambarak").to_numpy()
    assert chambarak.sum() >= 50
    assert not (status[chambarak] == "contested").any()
    grouped = chambarak & (clashes.labels >= 0)
    # round 47: corroboration is direct and independent; every account at Chambarak blames Azerbaijan
    assert grouped.any() and set(status[grouped]) <= {"corroborated", "single source"}
