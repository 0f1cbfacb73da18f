"""Counter-claim grouping: crafted cases for each rule, and the bundled claims analysts know."""

from __future__ import annotations

import pandas as pd

from mapdata.claims import group_counter_claims, group_members, grouped_ids, haversine_km

SOTK = (40.20007, 45.86951)
KM_NORTH = 1 / 111.195  # degrees of latitude per km


def claim(id_: str, side: str, day: str = "2023-05-12", lat: float = SOTK[0], lon: float = SOTK[1]) -> dict:
    return {
        "id": id_,
        "date": pd.Timestamp(day),
        "latitude": lat,
        "longitude": lon,
        "reporting_side": side,
        "claimant": f"{side} claimant",
        "accused_side": "unknown",
    }


def frame(*claims: dict) -> pd.DataFrame:
    return pd.DataFrame(
        list(claims), columns=["id", "date", "latitude", "longitude", "reporting_side", "claimant", "accused_side"]
    )


def groups_of(series: pd.Series) -> set[frozenset[str]]:
    return {frozenset(ids) for ids in series.groupby(series).groups.values()}


def test_same_day_opposite_sides_same_place_form_a_group():
    result = group_counter_claims(frame(claim("am", "Armenia"), claim("az", "Azerbaijan")))
    assert groups_of(result) == {frozenset({"am", "az"})}


def test_next_day_still_groups_but_two_days_apart_does_not():
    next_day = frame(claim("am", "Armenia", "2023-05-12"), claim("az", "Azerbaijan", "2023-05-13"))
    two_days = frame(claim("am", "Armenia", "2023-05-12"), claim("az", "Azerbaijan", "2023-05-14"))
    assert groups_of(group_counter_claims(next_day)) == {frozenset({"am", "az"})}
    assert group_counter_claims(two_days).empty
    assert groups_of(group_counter_claims(two_days, max_days=2)) == {frozenset({"am", "az"})}


def test_ten_km_apart_groups_twenty_km_does_not():
    ten = frame(claim("am", "Armenia"), claim("az", "Azerbaijan", lat=SOTK[0] + 10 * KM_NORTH))
    twenty = frame(claim("am", "Armenia"), claim("az", "Azerbaijan", lat=SOTK[0] + 20 * KM_NORTH))
    assert groups_of(group_counter_claims(ten)) == {frozenset({"am", "az"})}
    assert group_counter_claims(twenty).empty
    assert groups_of(group_counter_claims(twenty, max_km=25)) == {frozenset({"am", "az"})}


def test_distance_is_measured_east_west_too():
    # 12 km due east at this latitude is ~0.141° of longitude; 20 km is ~0.235°.
    near = frame(claim("am", "Armenia"), claim("az", "Azerbaijan", lon=SOTK[1] + 0.141))
    far = frame(claim("am", "Armenia"), claim("az", "Azerbaijan", lon=SOTK[1] + 0.235))
    assert 11 < haversine_km(SOTK[0], SOTK[1], SOTK[0], SOTK[1] + 0.141) < 13
    assert not group_counter_claims(near).empty
    assert group_counter_claims(far).empty


def test_same_side_twice_is_not_contested():
    result = group_counter_claims(frame(claim("az1", "Azerbaijan"), claim("az2", "Azerbaijan")))
    assert result.empty


def test_same_side_claims_join_through_the_other_sides_claim():
    result = group_counter_claims(frame(claim("az1", "Azerbaijan"), claim("az2", "Azerbaijan"), claim("am", "Armenia")))
    assert groups_of(result) == {frozenset({"az1", "az2", "am"})}


def test_media_contradicting_a_party_groups_but_media_and_third_party_alone_do_not():
    with_party = frame(claim("media", "media"), claim("am", "Armenia"))
    outsiders = frame(claim("media", "media"), claim("osce", "third party"))
    assert groups_of(group_counter_claims(with_party)) == {frozenset({"media", "am"})}
    assert group_counter_claims(outsiders).empty


def test_three_way_chain_is_one_group_even_when_its_ends_are_far_apart():
    # A–B 12 km, B–C 12 km, A–C 24 km: linked through B.
    chain = frame(
        claim("a", "Armenia"),
        claim("b", "Azerbaijan", lat=SOTK[0] + 12 * KM_NORTH),
        claim("c", "Armenia", lat=SOTK[0] + 24 * KM_NORTH),
    )
    result = group_counter_claims(chain)
    assert groups_of(result) == {frozenset({"a", "b", "c"})}
    assert result.nunique() == 1


def test_separate_clashes_get_separate_groups_with_the_earliest_claim_as_group_id():
    result = group_counter_claims(
        frame(
            claim("x-am", "Armenia", "2023-05-12"),
            claim("x-az", "Azerbaijan", "2023-05-11"),
            claim("y-am", "Armenia", "2023-01-01"),
            claim("y-az", "Azerbaijan", "2023-01-01"),
            claim("lonely", "Armenia", "2023-03-03"),
        )
    )
    assert groups_of(result) == {frozenset({"x-am", "x-az"}), frozenset({"y-am", "y-az"})}
    assert result["x-am"] == "x-az"
    assert result["y-az"] == "y-am"
    assert "lonely" not in result.index


def test_across_the_antimeridian():
    result = group_counter_claims(
        frame(claim("w", "Armenia", lat=0, lon=179.99), claim("e", "Azerbaijan", lat=0, lon=-179.99))
    )
    assert groups_of(result) == {frozenset({"w", "e"})}


def test_empty_frame_and_rows_without_coordinates():
    assert group_counter_claims(frame()).empty
    assert grouped_ids(frame()) == frozenset()
    missing = frame(claim("am", "Armenia"), claim("az", "Azerbaijan", lat=float("nan")))
    assert group_counter_claims(missing).empty


def test_grouping_is_recomputed_when_a_claim_is_added():
    before = frame(claim("am", "Armenia"))
    after = frame(claim("am", "Armenia"), claim("az", "Azerbaijan"))
    assert grouped_ids(before) == frozenset()
    assert grouped_ids(after) == {"am", "az"}


def test_group_members_lists_every_version_and_an_uncontested_claim_alone():
    data = frame(claim("am", "Armenia"), claim("az", "Azerbaijan", "2023-05-11"), claim("far", "Armenia", lat=41))
    assert list(group_members(data, "am")["id"]) == ["az", "am"]
    assert list(group_members(data, "far")["id"]) == ["far"]
    assert group_members(data, "nope").empty


# -- the bundled claims ------------------------------------------------------------------


def test_bundled_sotk_claims_of_12_may_2023_contest_each_other(store):
    data = store.frame()
    groups = group_counter_claims(data)
    mortar = "bundled:2023-05-12-az-mod-border-mortars"
    drone = "bundled:2023-05-12-am-mod-sotk-uav"
    assert groups[mortar] == groups[drone]
    members = group_members(data, drone)
    assert {"Azerbaijan", "Armenia"} <= set(members["reporting_side"])


def test_bundled_tegh_and_digh_of_11_april_2023_are_one_group(store):
    groups = group_counter_claims(store.frame())
    tegh, digh = "bundled:2023-04-11-am-mod-tegh", "bundled:2023-04-11-az-mod-digh"
    assert groups[tegh] == groups[digh]
    assert (groups == groups[tegh]).sum() == 2


def test_bundled_one_sided_reports_are_not_contested(store):
    ids = grouped_ids(store.frame())
    # Azerbaijan's own two Tovuz reports of 12 July 2020 and Armenia's list of 13 Sept 2022.
    assert "bundled:2020-07-12-az-mod-tovuz-artillery" not in ids
    assert "bundled:2022-09-13-am-mod-goris" not in ids
