"""The base map's country names go in their own pane under the markers, made before they are placed."""

from __future__ import annotations

import re

from mapdata.mapview.base import COUNTRY_LABELS_MIN_ZOOM, COUNTRY_LABELS_PANE, base_map


def test_country_names_are_placed_in_a_pane_under_the_markers_hidden_at_world_zoom() -> None:
    html = base_map(online_tiles=False).get_root().render()
    made = html.find(f'createPane("{COUNTRY_LABELS_PANE}")')
    placed = [m.start() for m in re.finditer(re.escape(f'"pane": "{COUNTRY_LABELS_PANE}"'), html)]
    assert made > 0 and len(placed) == 6 and made < min(placed)
    script = html[made : html.find("})(", made)]
    z = int(re.search(r"pane.style.zIndex = (\d+)", script).group(1))
    assert 200 < z < 400  # over the tiles (200), under the overlay pane's circles (400) and the clusters (600)
    assert f"map.getZoom() >= {COUNTRY_LABELS_MIN_ZOOM}" in script and COUNTRY_LABELS_MIN_ZOOM >= 5
