"""Maps: what folium draws, with every browser asset served locally.

* ``assets`` — folium/Leaflet/plugin assets pointed at ``static/`` (no CDN);
* ``base`` — the constant base map (offline borders, tile choices, controls) and the legend beside it;
* ``basemap`` — offline raster tiles (land, water, place names) from an MBTiles file, served by the app;
* ``incidents`` — the incident layer: a compact payload (a file the browser fetches) drawn by
  ``static/mapdata/incident_layer.js``;
* ``candidates`` — the small map of geocoding candidates on the Gazetteer page.
"""

from mapdata.mapview.base import (
    CLAIM_ZOOM,
    MAP_CENTER,
    MAP_ZOOM,
    MAX_ZOOM,
    SIDE_COLORS,
    MapControls,
    base_map,
    borders_geojson,
    claim_zoom,
    legend_html,
    side_colors,
)
from mapdata.mapview.incidents import (
    COORD_SCALE,
    HEAT_MODES,
    SUMMARY_MAX_INCIDENTS,
    ClickedMarker,
    Payload,
    clicked_marker,
    decode_payload,
    incident_feature_group,
    incident_layer,
    incident_payload,
    payload_rows,
    payload_token,
    publish_payload,
    render_html,
)

__all__ = [
    "CLAIM_ZOOM",
    "COORD_SCALE",
    "HEAT_MODES",
    "MAP_CENTER",
    "MAP_ZOOM",
    "MAX_ZOOM",
    "SIDE_COLORS",
    "SUMMARY_MAX_INCIDENTS",
    "ClickedMarker",
    "MapControls",
    "Payload",
    "base_map",
    "borders_geojson",
    "claim_zoom",
    "clicked_marker",
    "decode_payload",
    "incident_feature_group",
    "incident_layer",
    "incident_payload",
    "legend_html",
    "payload_rows",
    "payload_token",
    "publish_payload",
    "render_html",
    "side_colors",
]
