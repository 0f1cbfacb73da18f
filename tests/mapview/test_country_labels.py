"""The base map's country names go in their own pane under the markers, made before they are placed;
every bundled conflict's countries and neighbours are named, each inside its country (walk45: the
Caucasus alone had names)."""

from __future__ import annotations

import math
import re

from mapdata.geo.borders import country_at
from mapdata.mapview.base import (
    COUNTRY_LABEL_WIDTH,
    COUNTRY_LABELS,
    COUNTRY_LABELS_MIN_ZOOM,
    COUNTRY_LABELS_PANE,
    base_map,
)
from mapdata.profiles import bundled_profiles

# the countries the brief of fix 46 names at least
ASKED = {"IN", "PK", "IL", "LB", "SY", "TH", "KH", "LA", "UA", "RU", "BY", "AM", "AZ", "GE", "TR", "IR"}


def test_country_names_are_placed_in_a_pane_under_the_markers_hidden_at_world_zoom() -> None:
    html = base_map(online_tiles=False).get_root().render()
    made = html.find(f'createPane("{COUNTRY_LABELS_PANE}")')
    placed = [m.start() for m in re.finditer(re.escape(f'"pane": "{COUNTRY_LABELS_PANE}"'), html)]
    assert made > 0 and len(placed) == len(COUNTRY_LABELS) and made < min(placed)
    script = html[made : html.find("})(", made)]
    z = int(re.search(r"pane.style.zIndex = (\d+)", script).group(1))
    assert 200 < z < 400  # over the tiles (200), under the overlay pane's circles (400) and the clusters (600)
    assert f"map.getZoom() >= {COUNTRY_LABELS_MIN_ZOOM}" in script and COUNTRY_LABELS_MIN_ZOOM >= 5


def test_every_conflicts_countries_and_neighbours_are_named() -> None:
    named = {code for code, *_ in COUNTRY_LABELS}
    wanted = set(ASKED)
    for profile in bundled_profiles():
        wanted |= set(profile.countries) | set(profile.neighbours)
    assert wanted - named == set()


def test_each_name_is_inside_its_country() -> None:
    for code, text, lat, lon in COUNTRY_LABELS:
        found = country_at(lat, lon)
        assert found is not None and found.iso2 == code, (text, lat, lon, found and found.name)


def test_a_partys_name_is_where_its_conflict_is_framed() -> None:
    """A party's name shows where its conflict opens: within a degree of the profile's extent."""
    for profile in bundled_profiles():
        extent = profile.extent
        south, west, north, east = extent.south, extent.west, extent.north, extent.east
        for country in profile.countries:
            points = [(lat, lon) for code, _, lat, lon in COUNTRY_LABELS if code == country]
            assert any(south - 1 <= lat <= north + 1 and west - 1 <= lon <= east + 1 for lat, lon in points), (
                profile.id,
                country,
            )


def _pixels(lat: float, lon: float, zoom: int = COUNTRY_LABELS_MIN_ZOOM) -> tuple[float, float]:
    size = 256 * 2**zoom
    y = (1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * size
    return (lon + 180) / 360 * size, y


def test_no_name_covers_another_where_names_first_show() -> None:
    """At zoom 6 each name is a box of about 9 px a letter (11 px bold, 1 px spacing) by 14, centred on its point."""
    boxes = []
    for _, text, lat, lon in COUNTRY_LABELS:
        x, y = _pixels(lat, lon)
        width = 9 * len(text)
        assert width <= COUNTRY_LABEL_WIDTH, text  # drawn whole around its point
        boxes.append((text, x - width / 2, y - 7, x + width / 2, y + 7))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]), (a[0], b[0])


def test_the_names_are_centred_on_their_points_in_the_page() -> None:
    html = base_map(online_tiles=False).get_root().render()
    assert html.count("white-space:nowrap;text-align:center") == len(COUNTRY_LABELS)
    assert html.count(f'"iconSize": [{COUNTRY_LABEL_WIDTH}, 14]') == len(COUNTRY_LABELS)
    assert html.count(f'"iconAnchor": [{COUNTRY_LABEL_WIDTH // 2}, 7]') == len(COUNTRY_LABELS)
