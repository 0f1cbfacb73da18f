"""A point's country must not contradict where the claim is, on coarse or disputed borders (round 45): the
bundled borders (1:10m, simplified near the conflicts, de facto) put the gazetteer's own points of frontline
villages on the other side, so a claim moved by a metre took the other party's country. Now
:func:`mapdata.geo.borders.country_after_move` changes a country only where the new point is clearly inside
another one and the borders agreed with the old country at the old point."""

from __future__ import annotations

from mapdata.curation.edits import country_of_point
from mapdata.geo.borders import clear_country_at, country_after_move, country_at

TEN_METRES = 10 / 1000 / 111.32  # degrees of latitude
KFAR_KILA = (33.27734, 35.55197)  # the gazetteer's LB point, inside Israel by the borders
METULA = (33.27929, 35.5787)  # the gazetteer's IL point, inside Lebanon by the borders
SEVASTOPOL = (44.60795, 33.52134)  # UA in the gazetteer, RU by the (de facto) borders
SIMFEROPOL = (44.95, 34.1)  # inland Crimea: clearly in RU by the borders
KORNIDZOR = (39.54763, 46.53046)  # AM in the gazetteer, AZ by the borders
TAVUSH = (40.95, 45.2)  # the bundled Tavush claim's point, AM
TOVUZ = (40.99249, 45.62838)  # Tovuz town, ~15 km inside Azerbaijan
ONE_KM_INTO_AZ = (40.95, 45.449)  # due east of Tavush, ~1 km past the AM/AZ line (at 45.437)
SIACHEN = (35.45, 77.2)  # Natural Earth's "Siachen Glacier": an area with no ISO code
CASPIAN = (40.3, 51.0)


def moved(point: tuple[float, float]) -> tuple[float, float]:
    return (point[0] + TEN_METRES, point[1])


def test_kfar_kila_moved_10_m_stays_lebanese() -> None:
    assert country_at(*KFAR_KILA).iso2 == "IL"  # the borders' view, which the claim's source does not share
    assert country_after_move(*moved(KFAR_KILA), "LB", KFAR_KILA) == "LB"
    assert country_after_move(*moved(METULA), "IL", METULA) == "IL"
    assert country_after_move(*moved(KORNIDZOR), "AM", KORNIDZOR) == "AM"


def test_sevastopol_moved_stays_ukrainian_even_into_inland_crimea() -> None:
    assert country_after_move(*moved(SEVASTOPOL), "UA", SEVASTOPOL) == "UA"
    # rule 2: the borders disagreed with UA at Sevastopol, so they take no position on the claim's country
    assert clear_country_at(*SIMFEROPOL) == "RU"
    assert country_after_move(*SIMFEROPOL, "UA", SEVASTOPOL) == "UA"


def test_a_tavush_claim_moved_to_tovuz_becomes_azerbaijans() -> None:
    assert country_after_move(*TOVUZ, "AM", TAVUSH) == "AZ"
    assert country_of_point(*TOVUZ, "AM", TAVUSH) == "AZ"
    assert country_of_point(str(TOVUZ[0]), str(TOVUZ[1]), "AM", ("40.95", "45.2")) == "AZ"  # as typed


def test_a_point_1_km_inside_the_other_side_keeps_the_old_country() -> None:
    assert country_at(*ONE_KM_INTO_AZ).iso2 == "AZ"  # across the line, but not clearly
    assert clear_country_at(*ONE_KM_INTO_AZ) is None
    assert country_after_move(*ONE_KM_INTO_AZ, "AM", TAVUSH) == "AM"


def test_siachen_is_no_country_never_a_name() -> None:
    assert country_at(*SIACHEN).name == "Siachen Glacier" and not country_at(*SIACHEN).iso2
    assert clear_country_at(*SIACHEN) is None
    assert country_after_move(*SIACHEN) is None
    assert country_of_point(*SIACHEN) is None  # it said "Siachen Glacier"
    assert country_after_move(*SIACHEN, "IN", (34.0, 74.8)) == "IN"


def test_no_country_takes_a_clear_points_country_and_none_near_a_border() -> None:
    assert country_after_move(*TOVUZ) == "AZ" and country_of_point(*TOVUZ) == "AZ"
    assert country_of_point(*ONE_KM_INTO_AZ) is None  # rule 1 alone: not clear
    assert country_of_point(*KFAR_KILA) is None
    assert country_of_point(*CASPIAN) is None
    # no old point to check: rule 1 alone
    assert country_after_move(*TOVUZ, "AM", None) == "AZ"


def test_a_point_in_the_same_country_or_at_sea_keeps_it() -> None:
    assert country_after_move(41.2, 45.0, "AM", TAVUSH) == "AM"
    assert country_after_move(*CASPIAN, "AZ", TOVUZ) == "AZ"
    assert country_after_move(*CASPIAN, None, TOVUZ) is None
