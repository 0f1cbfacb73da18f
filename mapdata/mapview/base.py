"""The constant base map every incident map starts from: borders, tile choices, legend, assets.

streamlit-folium remounts the map (flicker, zoom reset) whenever the base map's script
changes, so ``base_map()`` is identical on every run; the incidents travel separately (see
:mod:`mapdata.mapview.incidents`).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import folium
from branca.element import MacroElement
from jinja2 import Template

from mapdata.mapview.assets import IconImagePath, LocalAssets, use_local_assets

__all__ = ["MAP_CENTER", "MAP_ZOOM", "MAX_ZOOM", "SIDE_COLORS", "Legend", "base_map", "borders_geojson"]

use_local_assets()

BORDERS_PATH = Path(__file__).parents[1] / "data" / "borders.geojson"
MAP_CENTER: tuple[float, float] = (39.95, 45.85)  # the Armenia–Azerbaijan border, Nakhchivan in view
MAP_ZOOM = 8
MAX_ZOOM = 18
# Same colours as the timeline page, so a side looks the same everywhere in the app.
SIDE_COLORS: dict[str, str] = {
    "Armenia": "#1f77b4",
    "Azerbaijan": "#d62728",
    "third party": "#7f7f7f",
    "media": "#9467bd",
}
_COUNTRY_LABELS = (
    ("ARMENIA", 40.35, 44.75),
    ("AZERBAIJAN", 40.45, 47.6),
    ("NAKHCHIVAN (AZ)", 39.35, 45.25),
    ("GEORGIA", 41.55, 44.6),
    ("IRAN", 38.6, 46.6),
    ("TÜRKİYE", 39.95, 43.5),
)


@functools.lru_cache(maxsize=1)
def borders_geojson() -> dict:
    """Natural Earth boundaries of AM, AZ (with Nakhchivan), GE, IR, TR: drawn with no tiles."""
    return json.loads(BORDERS_PATH.read_text(encoding="utf-8"))


class Legend(MacroElement):
    """Static legend (no data in it): colours by reporting side, precision styles, contested halo."""

    _template = Template(
        """{% macro html(this, kwargs) %}
<details class="mapdata-legend" open>
<summary>Legend</summary>
<b>Reporting side</b>
{% for side, color in this.colors %}<div><svg viewBox="0 0 14 14"><circle cx="7" cy="7" r="5.5" fill="{{ color }}" stroke="#fff"/></svg>{{ side }}</div>
{% endfor %}<b>Location precision</b>
<div><svg viewBox="0 0 14 14"><circle cx="7" cy="7" r="5.5" fill="#555"/></svg>exact place</div>
<div><svg viewBox="0 0 14 14"><circle cx="7" cy="7" r="5" fill="none" stroke="#555" stroke-width="2.5"/></svg>near a place</div>
<div><svg viewBox="0 0 14 14"><circle cx="7" cy="7" r="6" fill="#555" fill-opacity="0.15" stroke="#555" stroke-dasharray="3 2"/></svg>region / country (large dashed circle)</div>
<div><svg viewBox="0 0 14 14"><circle cx="7" cy="7" r="3" fill="#555"/><circle cx="7" cy="7" r="6" fill="none" stroke="#111" stroke-dasharray="2 2"/></svg>contested: another side's counter-claim</div>
<div><svg viewBox="0 0 14 14"><circle cx="7" cy="7" r="6" fill="#283040"/></svg>cluster (click to zoom in)</div>
</details>
{% endmacro %}"""
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "Legend"
        self.colors = list(SIDE_COLORS.items())


def base_map() -> folium.Map:
    """The constant base map: offline borders, online tile choices, legend, local assets.

    Build a fresh one per run: streamlit-folium attaches the incident layer to the map object.
    """
    fmap = folium.Map(
        location=list(MAP_CENTER), zoom_start=MAP_ZOOM, tiles=None, max_zoom=MAX_ZOOM, min_zoom=4, control_scale=True
    )
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap", overlay=False, show=True, max_zoom=MAX_ZOOM).add_to(fmap)
    folium.TileLayer("OpenTopoMap", name="OpenTopoMap (topographic)", overlay=False, show=False, max_zoom=17).add_to(
        fmap
    )
    folium.TileLayer(
        "Esri.WorldImagery", name="Esri World Imagery (satellite)", overlay=False, show=False, max_zoom=MAX_ZOOM
    ).add_to(fmap)
    folium.FeatureGroup(name="No tiles (borders only)", overlay=False, show=False).add_to(fmap)
    borders = folium.FeatureGroup(name="Borders (Natural Earth)", overlay=True, show=True)
    folium.GeoJson(borders_geojson(), style_function=_border_style, interactive=False).add_to(borders)
    for text, lat, lon in _COUNTRY_LABELS:
        folium.Marker(
            [lat, lon],
            icon=folium.DivIcon(
                html=f'<div style="font:600 11px system-ui,sans-serif;color:#555;letter-spacing:1px;white-space:nowrap">{text}</div>',
                icon_size=(120, 14),
                icon_anchor=(60, 7),
            ),
            interactive=False,
        ).add_to(borders)
    borders.add_to(fmap)
    folium.LayerControl(collapsed=True).add_to(fmap)
    fmap.add_child(LocalAssets())
    fmap.add_child(IconImagePath())
    fmap.add_child(Legend())
    return fmap


def _border_style(feature: dict) -> dict:
    party = feature["properties"].get("iso2") in {"AM", "AZ"}
    return {
        "color": "#222" if party else "#666",
        "weight": 2 if party else 1,
        "fillColor": "#f2efe9",
        "fillOpacity": 0.35 if party else 0.15,
    }
