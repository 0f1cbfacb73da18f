"""walk44 item 3: the incident layer's fit is told the basemap's own last zoom, so one spot is framed there
(not at 11 over enlarged tiles), and with the online layers on (their tiles go further) the fit is as free
as before. The zoom the fit then takes in a browser: tests/browser/test_walk44_map_fit_browser.py."""

from __future__ import annotations

from mapdata.mapview import base_map, claim_zoom, incident_feature_group, render_html
from mapdata.mapview.basemap import Basemap


def test_the_fit_is_told_the_tiles_own_zoom(monkeypatch):
    monkeypatch.setattr(
        "mapdata.mapview.base.installed_basemap", lambda: Basemap("/t/{z}/{x}/{y}.png", 0, 6, "© OSM", "basemap")
    )
    layer = incident_feature_group(
        '{"idRest":[]}', fit=True, max_zoom=claim_zoom(online_tiles=True), tiles_zoom=claim_zoom(online_tiles=False)
    )
    html = render_html(base_map(online_tiles=False), layer)
    assert '"maxZoom": 11' in html and '"tilesZoom": 6' in html
    # the online layers' tiles go past zoom 6: nothing holds the fit back there
    assert claim_zoom(online_tiles=True) == 11


def test_the_fit_of_one_spot_is_told_the_zoom_the_place_names_show_from():
    """walk51: a fit of one spot held at the tiles' zoom 6 showed the whole country round it; the layer is told
    to frame one spot (or spots close together) at least at the zoom the gazetteer's place names show from."""
    from mapdata.mapview.base import PLACE_LABELS_MIN_ZOOM, SPOT_FIT_ZOOM, PlaceLabels

    assert SPOT_FIT_ZOOM == PLACE_LABELS_MIN_ZOOM == PlaceLabels().min_zoom == 9
    layer = incident_feature_group('{"idRest":[]}', fit=True, max_zoom=11, tiles_zoom=6, spot_zoom=SPOT_FIT_ZOOM)
    assert '"spotZoom": 9' in render_html(base_map(online_tiles=False), layer)
