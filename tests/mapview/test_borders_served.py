"""The borders outline is a file the map fetches, not 164 KB inside every map's message (review43 item 16).

Before: folium inlined mapdata/data/borders.geojson into the map's script, and the websocket message
that carries a map was 174 KB whatever the data (164 KB of it the outline), sent whenever a page drew
a map. Now the map's script names a file (static/payloads/borders-<digest>.geojson.gz) that the
browser fetches, and the map's scripts are fetched at once (static/mapdata/preload.js).
tests/browser/test_borders_fetched_browser.py checks that the outline is still drawn.
"""

from __future__ import annotations

import gzip
import json
from urllib.parse import parse_qs, urlsplit

import folium
from streamlit_folium import _get_header, _get_html, _get_map_string

from mapdata.mapview import base as base_module
from mapdata.mapview import base_map, borders_geojson, render_html
from mapdata.mapview.assets import LocalAssets

MESSAGE_BOUND = 30_000  # the map's script, header and html: 10.5 KB now, 174 KB with the outline inline
A_BORDER_POINT = "39.9874"  # the first longitude of the outline (Georgia's), as the file writes it


def map_message(fmap: folium.Map) -> str:
    """What streamlit-folium sends of a map: its script, header and html."""
    fmap.render()
    html, header = _get_html(fmap), _get_header(fmap)
    return _get_map_string(fmap) + header + html


def test_the_map_message_carries_no_borders_outline():
    message = map_message(base_map())
    assert A_BORDER_POINT not in message and '"iso2"' not in message
    assert len(message.encode("utf-8")) < MESSAGE_BOUND, f"{len(message):,} characters"


def test_the_map_fetches_the_outline_this_app_serves(tmp_path, monkeypatch):
    monkeypatch.setattr(base_module, "BORDERS_DIR", tmp_path)
    html = render_html(base_map())
    files = list(tmp_path.glob("borders-*.geojson.gz"))
    assert len(files) == 1
    assert f"/app/static/payloads/{files[0].name}" in html
    served = json.loads(gzip.decompress(files[0].read_bytes()))
    assert served == borders_geojson()  # the file as it is, its source and licence note with it
    assert "Natural Earth" in served["metadata"]["source"]
    assert {feature["properties"]["iso2"] for feature in served["features"]} >= {"AM", "AZ"}


def test_the_outline_is_written_once_and_replaced_when_not_whole(tmp_path):
    name = base_module.publish_borders(tmp_path)
    target = tmp_path / name
    written = target.stat().st_mtime_ns
    assert base_module.publish_borders(tmp_path) == name and target.stat().st_mtime_ns == written
    target.write_bytes(b"half a file")
    assert base_module.publish_borders(tmp_path) == name
    assert json.loads(gzip.decompress(target.read_bytes())) == borders_geojson()
    assert not list(tmp_path.glob(".payload-*"))  # no temporary file left


def test_with_nowhere_to_write_the_outline_goes_inline(tmp_path, monkeypatch):
    blocked = tmp_path / "a file"
    blocked.write_text("")
    monkeypatch.setattr(base_module, "BORDERS_DIR", blocked / "payloads")  # cannot be made: OSError
    html = render_html(base_map())
    assert '"iso2":"AM"' in html.replace(" ", "") and '"iso2":"AZ"' in html.replace(" ", "")


def test_the_map_asks_for_its_scripts_at_once_then_runs_them_in_order():
    fmap = base_map()
    first, *rest = [src for _, src in fmap.default_js]
    assert first.startswith("/app/static/mapdata/preload.js?")
    asked = parse_qs(urlsplit(first).query)
    assert asked["script"] == [*rest, *(src for _, src in LocalAssets.default_js)]
    assert asked["style"] == [*(href for _, href in fmap.default_css), *(href for _, href in LocalAssets.default_css)]
    assert folium.Map().default_js[0][0] != "mapdata_preload"  # other maps keep folium's list
