"""A row placed by its own coordinates, from a file with no country column, takes the country its point is clearly in
(walk46 item 7: a CSV row at Jermuk's coordinates was stored with no country, and the country filter and export left
it out). A country column, even blank, is the file's word: an export imports back exactly."""

from __future__ import annotations

from mapdata.formats import geojson, ourcsv


def _row(latitude: str, longitude: str, country: str | None = None) -> dict[str, str]:
    return {
        "date": "2025-11-14",
        "place": "Jermuk",
        "latitude": latitude,
        "longitude": longitude,
        **({"country": country} if country is not None else {}),
        "claimant": "Armenian MoD",
        "reporting_side": "Armenia",
        "accused_side": "Azerbaijan",
        "source": "Our notes",
    }


def test_a_csv_row_at_coordinates_with_no_country_takes_the_points_country() -> None:
    assert ourcsv.parse_row(_row("39.8417", "45.6697")).country == "AM"


def test_a_csv_rows_own_country_is_kept() -> None:
    # (the file's word wins, whatever the borders say: Crimea's places are UA in the gazetteer, RU in Natural Earth)
    assert ourcsv.parse_row(_row("44.6167", "33.5254", country="UA")).country == "UA"


def test_a_point_near_a_border_gets_no_country_rather_than_a_guess() -> None:
    # 1 km from the Armenia–Azerbaijan line (the borders are coarse there): no country, not the wrong one
    assert ourcsv.parse_row(_row("40.0263", "45.8920")).country in (None, "AM")


def test_a_geojson_feature_with_no_country_takes_its_points_country() -> None:
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [45.6697, 39.8417]},
        "properties": {k: v for k, v in _row("", "").items() if k not in ("latitude", "longitude", "country")},
    }
    assert geojson.parse_feature(feature).country == "AM"


def test_a_blank_country_cell_stays_blank() -> None:
    # (our own export writes an empty cell for a claim with no country; importing it back must not add one)
    assert ourcsv.parse_row(_row("39.8417", "45.6697", country="")).country is None
