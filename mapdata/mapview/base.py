"""The constant base map every incident map starts from: borders, tile choices, controls, assets; and the legend.

streamlit-folium remounts the map (flicker, zoom reset) whenever the base map's script
changes, so ``base_map()`` is identical on every run; the incidents travel separately (see
:mod:`mapdata.mapview.incidents`).
"""

from __future__ import annotations

import base64
import contextlib
import functools
import gzip
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

import folium
from branca.element import MacroElement
from jinja2 import Template

from mapdata.claims import CLASH_STATUSES, STATUS_RULE
from mapdata.geo.borders import BORDERS_PATH, borders_geojson
from mapdata.mapview.assets import PAYLOADS_URL, IconImagePath, LocalAssets, preload_first, use_local_assets
from mapdata.mapview.basemap import STATIC_DIR, installed_basemap, places_url
from mapdata.profiles import Extent, Profile

__all__ = [
    "MAP_CENTER",
    "MAP_ZOOM",
    "MAX_ZOOM",
    "SIDE_COLORS",
    "SPOT_FIT_ZOOM",
    "BasemapFade",
    "MapControls",
    "base_map",
    "borders_geojson",
    "legend_html",
    "publish_borders",
    "side_colors",
]

use_local_assets()

# Where the borders outline is served from (publish_borders): beside the payloads, git-ignored.
BORDERS_DIR = STATIC_DIR / "payloads"
BORDERS_URL = PAYLOADS_URL
MAP_CENTER: tuple[float, float] = (39.95, 45.85)  # the Armenia–Azerbaijan border, Nakhchivan in view
MAP_ZOOM = 8
MAX_ZOOM = 18
# The zoom a claim opened from a link (the Table's "Show on map", a saved claim's link) is shown at, and
# the most the first view zooms in to fit the claims: at most the offline basemap's own last zoom
# (:func:`claim_zoom`).
CLAIM_ZOOM = 11
# The least a fit of one spot, or of spots close together, zooms in to: where the gazetteer's town and
# village names show (PlaceLabels) over the offline tiles, so the map says where the spot is. A fit held
# at the offline tiles' own zoom 6 (walk44 item 3) showed the whole of Armenia and its neighbours around
# one marker (walk51: a search or a one-day range leaving one spot "left the map zoomed out").
PLACE_LABELS_MIN_ZOOM = 9
SPOT_FIT_ZOOM = PLACE_LABELS_MIN_ZOOM
# Same colours as the timeline page, so a side looks the same everywhere in the app. The parties'
# are their profile's (the default profile's here); third party and media stay grey and purple,
# colours no bundled party takes (tests/profiles/test_profiles.py checks every two apart).
SIDE_COLORS: dict[str, str] = {
    "Armenia": "#0072b2",
    "Azerbaijan": "#d55e00",
    "third party": "#7f7f7f",
    "media": "#9467bd",
}
_NON_PARTY_COLORS = {side: SIDE_COLORS[side] for side in ("third party", "media")}
# The ring drawn around a marker per clash status: (colour, width, dashes); as in incident_layer.js.
STATUS_RINGS: dict[str, tuple[str, int, str | None]] = {
    "corroborated": ("#2e7d32", 2, None),
    "contested": ("#111111", 2, "2 3"),
    "denied": ("#e65100", 3, "1 3"),
}


def side_colors(profiles: Iterable[Profile]) -> dict[str, str]:
    """Reporting side -> colour for claims of these conflicts: each party's colour from its
    profile (the first profile naming a party wins), then third party and media."""
    colors: dict[str, str] = {}
    for profile in profiles:
        for party in profile.parties:
            colors.setdefault(party.name, party.colour)
    return {**colors, **_NON_PARTY_COLORS}


# Pixels kept free round the first view's box (left/top, right/bottom): a spot at the box's edge
# stays whole and clear of the map's controls - the zoom and fit buttons down the left, the layer
# switch at the top right, the scale bar and attribution along the bottom, which covered the
# southernmost spots. incident_layer.js's fitToData keeps the same margins.
FIT_PADDING_TOP_LEFT = (56, 30)
FIT_PADDING_BOTTOM_RIGHT = (56, 56)


class FirstView(MacroElement):
    """First view: ``extent`` whole on the map's real size, fitted by Leaflet in the browser.

    A centre and zoom worked out here assumed a square map and cut the edges of a wide or narrow
    one (Israel–Lebanon's southern claims, at the bottom edge). Not animated (folium's
    ``fit_bounds`` is): an animation still running when the incident layer fits its claims
    (``fitToData``) ended on the extent's view and undid that fit (seen on the ACLED export).
    """

    _template = Template(
        """{% macro script(this, kwargs) %}
{{ this._parent.get_name() }}.fitBounds({{ this.bounds }}, {
  paddingTopLeft: {{ this.top_left }}, paddingBottomRight: {{ this.bottom_right }}, animate: false
});
{% endmacro %}"""
    )

    def __init__(self, extent: Extent) -> None:
        super().__init__()
        self._name = "FirstView"
        self.bounds = json.dumps(extent.bounds())
        self.top_left = json.dumps(list(FIT_PADDING_TOP_LEFT))
        self.bottom_right = json.dumps(list(FIT_PADDING_BOTTOM_RIGHT))


# The country names drawn from zoom 6 (``COUNTRY_LABELS_MIN_ZOOM``): every bundled conflict's countries and
# their neighbours (the profiles' ``countries`` and ``neighbours``), each at a point inside the country
# (by the bundled borders) near where that conflict is framed, none over another at zoom 6 (a label was
# drawn for the Caucasus alone, walk45). Russia twice: north of the Caucasus and east of Ukraine.
# (ISO code, name shown, latitude, longitude); tests/mapview/test_country_labels.py checks all of it.
COUNTRY_LABELS: tuple[tuple[str, str, float, float], ...] = (
    # Armenia-Azerbaijan
    ("AM", "ARMENIA", 40.35, 44.75),
    ("AZ", "AZERBAIJAN", 40.45, 47.6),
    ("AZ", "NAKHCHIVAN (AZ)", 39.35, 45.25),
    ("GE", "GEORGIA", 41.55, 44.6),
    ("IR", "IRAN", 38.6, 46.6),
    ("TR", "TÜRKİYE", 39.95, 43.5),
    ("RU", "RUSSIA", 43.9, 45.2),
    # India-Pakistan
    ("IN", "INDIA", 32.3, 76.4),
    ("PK", "PAKISTAN", 32.5, 73.0),
    ("CN", "CHINA", 36.6, 78.6),
    ("AF", "AFGHANISTAN", 34.4, 69.6),
    # Israel-Lebanon
    ("IL", "ISRAEL", 32.75, 35.25),
    ("LB", "LEBANON", 33.95, 35.85),
    ("SY", "SYRIA", 34.6, 37.3),
    ("JO", "JORDAN", 31.7, 36.5),
    # Thailand-Cambodia
    ("TH", "THAILAND", 14.9, 102.8),
    ("KH", "CAMBODIA", 12.9, 104.6),
    ("LA", "LAOS", 15.6, 106.1),
    # Russia-Ukraine
    ("UA", "UKRAINE", 49.2, 31.5),
    ("RU", "RUSSIA", 52.0, 38.6),
    ("BY", "BELARUS", 53.2, 28.0),
    ("MD", "MOLDOVA", 47.2, 28.5),
)
COUNTRY_LABEL_WIDTH = 160  # px: the widest name (NAKHCHIVAN (AZ), AFGHANISTAN) whole, centred on its point


@functools.lru_cache(maxsize=1)
def _borders_file() -> tuple[str, bytes]:
    """The served borders file: its name (by its content) and its gzip bytes."""
    data = BORDERS_PATH.read_bytes()
    name = f"borders-{hashlib.sha256(data).hexdigest()[:16]}.geojson.gz"
    return name, gzip.compress(data, compresslevel=9, mtime=0)


def publish_borders(folder: Path = BORDERS_DIR) -> str:
    """Write the borders outline (:data:`BORDERS_PATH`, as it is) once as ``folder/borders-<digest>.geojson.gz``
    for the browser to fetch; its file name.

    Why a file: inlined, the outline was 164 KB of the 174 KB that every map's message carried
    (review43 item 16), resent whenever a page drew a map. Named by its content, so a browser
    never keeps an old outline; written atomically (a temporary name the payloads' pruning
    removes if left); a file already there is only checked by its size.
    """
    name, packed = _borders_file()
    target = folder / name
    with contextlib.suppress(FileNotFoundError):
        if target.stat().st_size == len(packed):
            return name
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".payload-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(packed)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return name


class BordersLayer(MacroElement):
    """The borders outline, fetched from this app (:func:`publish_borders`) into the borders group.

    Drawn in a pane of its own just under the overlay pane (:data:`BORDERS_PANE_Z`): fetched, it
    arrives after the incident layer's circles, and in their pane it was drawn over them. Styled as
    :func:`_border_style` (the parties' outline darker); never interactive. The map's container says
    ``data-borders`` = the number of shapes drawn, or ``"failed"``.

    Drawn after the first markers: the file is fetched at once, but read and drawn (the whole world's
    252 countries: ~80 ms of the page's main thread, twice that on a busy machine) only once the
    incident layer has attached and its markers were painted, or :data:`BORDERS_WAIT_MS` after the map
    was made when no incident layer came (a map of candidates, the Gazetteer's). The container then
    says ``data-borders-after`` = ``"incidents"`` or ``"wait"``.
    """

    _template = Template(
        """{% macro script(this, kwargs) %}
(function (group, map) {
  var pane = map.getPane("mapdataBorders") || map.createPane("mapdataBorders");
  pane.style.zIndex = {{ this.z_index }}; pane.style.pointerEvents = "none";
  var parties = {{ this.parties }};
  var layer = L.geoJson(null, {
    pane: "mapdataBorders", interactive: false,
    style: function (feature) {
      var party = parties.indexOf(feature.properties.iso2) >= 0;
      return {color: party ? "#222" : "#666", weight: party ? 2 : 1, fillColor: "#f2efe9", fillOpacity: party ? 0.35 : 0.15};
    }
  }).addTo(group);
  // Read and drawn after the first markers (round 45: the whole world's outline held them back): when the
  // incident layer has attached and its markers were painted, or after a wait when no incident layer comes.
  var packed = null, after = null, drawn = false;
  function draw() {
    if (drawn || !packed || !after) return;
    drawn = true;
    new Response(packed.pipeThrough(new DecompressionStream("gzip"))).json()
      .then(function (data) {
        layer.addData(data);
        map.getContainer().setAttribute("data-borders-after", after);
        map.getContainer().setAttribute("data-borders", String(layer.getLayers().length));
      })
      .catch(failed);
  }
  function failed(error) {
    if (window.console) console.error("mapdata: borders not loaded", error);
    map.getContainer().setAttribute("data-borders", "failed");
  }
  function go(why) {
    if (after) return;
    after = why;
    // after the next paint (a timer as well: a hidden page gets no animation frames)
    requestAnimationFrame(function () { setTimeout(draw, 0); });
    setTimeout(draw, 200);
  }
  function incidentsIn() {
    var incidents = window.mapdataIncidentLayer;
    if (incidents && map.hasLayer(incidents)) {
      map.off("layeradd", incidentsIn);
      go("incidents");
    }
  }
  map.on("layeradd", incidentsIn);
  incidentsIn();
  setTimeout(function () { map.off("layeradd", incidentsIn); go("wait"); }, {{ this.wait_ms }});
  fetch({{ this.url|tojson }}, {credentials: "same-origin"})
    .then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      // the body read now (the network's part), unpacked and parsed when drawn
      return response.blob();
    })
    .then(function (blob) { packed = blob.stream(); draw(); })
    .catch(failed);
})({{ this._parent.get_name() }}, {{ this._parent._parent.get_name() }});
{% endmacro %}"""
    )

    def __init__(self, url: str) -> None:
        super().__init__()
        self._name = "BordersLayer"
        self.url = url
        self.parties = json.dumps(sorted(_PARTY_ISO2))
        self.z_index = BORDERS_PANE_Z
        self.wait_ms = BORDERS_WAIT_MS


# The legend is drawn beside the map (folded), never over it: an open legend inside the map hid markers.
_LEGEND = Template(
    """<style>
.mapdata-legend { font: 13px/1.45 system-ui, sans-serif; color: #222; }
.mapdata-legend summary { cursor: pointer; font-weight: 600; }
.mapdata-legend-columns { display: flex; flex-wrap: wrap; gap: 6px 28px; margin-top: 4px; }
.mapdata-legend-columns > div { max-width: 24em; }
.mapdata-legend b { display: block; margin: 2px 0; }
.mapdata-legend .mapdata-swatch { vertical-align: middle; margin-right: 5px; width: 14px; height: 14px; }
.mapdata-legend-rule { color: #444; font-size: 12px; margin: 0 0 3px 19px; }
</style>
<details class="mapdata-legend"{% if open %} open{% endif %}>
<summary>Legend: what the markers mean</summary>
<div class="mapdata-legend-columns">
<div><b>Reporting side</b> (colour)
{% for side, color in colors %}<div><svg viewBox="0 0 14 14"><circle cx="7" cy="7" r="5.5" fill="{{ color }}" stroke="#fff"/></svg>{{ side }}</div>
{% endfor %}<div><svg viewBox="0 0 14 14"><circle cx="7" cy="7" r="5.5" fill="#555555" stroke="#fff"/></svg>other (in a ring: a side with no colour here)</div>
</div>
<div><b>Location precision</b> (shape)
<div><svg viewBox="0 0 14 14"><circle cx="7" cy="7" r="5.5" fill="#555"/></svg>exact place</div>
<div><svg viewBox="0 0 14 14"><circle cx="7" cy="7" r="5" fill="none" stroke="#555" stroke-width="2.5"/></svg>near a place</div>
<div><svg viewBox="0 0 14 14"><circle cx="7" cy="7" r="6.2" fill="#555" fill-opacity="0.12" stroke="#555" stroke-dasharray="3 2"/><circle cx="7" cy="7" r="2.5" fill="#fff" stroke="#555" stroke-dasharray="1.5 1"/></svg>region / country: the dashed area is where it may be, at every zoom</div>
</div>
<div><b>Several claims</b>
<div><svg viewBox="0 0 14 14"><circle cx="7" cy="7" r="6.5" fill="#0072b2"/><path d="M7 0.5 A6.5 6.5 0 0 1 13.5 7 L7 7 Z" fill="#d55e00"/><circle cx="7" cy="7" r="4.3" fill="#fff"/></svg>claims at one spot: the count, the ring split by reporting side; click to list them (at high zoom it also fans out)</div>
<div><svg viewBox="0 0 14 14"><circle cx="7" cy="7" r="6.5" fill="#0072b2"/><path d="M7 0.5 A6.5 6.5 0 0 1 13.5 7 L7 7 Z" fill="#d55e00"/><circle cx="7" cy="7" r="4.3" fill="#283040"/></svg>cluster of nearby spots: the count on a dark disc, the ring split by reporting side (whose claims it holds); click to zoom in</div>
</div>
<div><b>Open in Details</b>
<div><svg viewBox="0 0 14 14"><circle cx="7" cy="7" r="5.3" fill="none" stroke="#333" stroke-width="3.6"/><circle cx="7" cy="7" r="5.3" fill="none" stroke="#f5a300" stroke-width="2"/></svg>the spot whose claims the details panel shows (the last one clicked or linked)</div>
</div>
<div><b>Retracted</b> (only with "Show retracted claims")
<div><svg viewBox="0 0 14 14"><circle cx="7" cy="7" r="5.5" fill="#bdbdbd" fill-opacity="0.5" stroke="#616161" stroke-width="2" stroke-dasharray="1 3"/></svg>a claim a person retracted: grey and dotted, whatever its side (light grey in a ring); its details say when and why</div>
</div>
<div><b>Clash status</b> (ring; a clash: claims close in place and time, from different sides)
{% for status, rule, ring in statuses %}<div class="mapdata-legend-status" title="{{ rule }}"><svg viewBox="0 0 14 14"><circle cx="7" cy="7" r="3" fill="#555"/>{% if ring %}<circle cx="7" cy="7" r="6" fill="none" stroke="{{ ring[0] }}" stroke-width="{{ ring[1] }}"{% if ring[2] %} stroke-dasharray="{{ ring[2] }}"{% endif %}/>{% endif %}</svg>{{ status }}<div class="mapdata-legend-rule">{{ rule }}</div></div>
{% endfor %}</div>
</div>
</details>"""
)


def legend_html(open_: bool = False, colors: Mapping[str, str] | None = None) -> str:
    """The legend as HTML (no data in it), shown beside the map; folded unless ``open_``.

    ``colors``: the reporting sides shown and their colours (:func:`side_colors`; default: the
    Armenia–Azerbaijan sides). Each clash status names its rule (``mapdata.claims.STATUS_RULE``),
    so what "contested" means is never a guess."""
    statuses = [(status, STATUS_RULE[status], STATUS_RINGS.get(status)) for status in CLASH_STATUSES]
    colors_shown = list((SIDE_COLORS if colors is None else colors).items())
    return _SVG.sub(_as_image, _LEGEND.render(colors=colors_shown, statuses=statuses, open=open_))


_SVG = re.compile(r"<svg viewBox=\"0 0 14 14\">(.*?)</svg>", re.S)


def _as_image(match: re.Match[str]) -> str:
    """An inline swatch as an <img> of its own SVG: Streamlit's st.html sanitises inline <svg> away
    (walk4 saw a legend with no colours), an image with a data: URI it keeps."""
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 14 14" width="14" height="14">{match.group(1)}</svg>'
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return f'<img class="mapdata-swatch" alt="" width="14" height="14" src="data:image/svg+xml;base64,{data}">'


class MapControls(MacroElement):
    """A map you can scroll past: the mouse wheel zooms only after a click on the map; a "fit" button;
    the scale bar.

    The button shows every incident of the layer again (``MapdataIncidents`` layer's ``fitToData``).
    The scale bar is metric only, one line, lifted above the attribution (and the scroll hint over
    it) when they reach over it: Leaflet's default second line ("2000 mi" at world zoom) ran under
    the attribution, which spans most of a narrow map's bottom edge.
    """

    # The attribution and the scale bar in a small type of their own: Leaflet's 0.75rem came to 16 px in
    # the map's frame, and at 420 px the attribution wrapped to two lines under the scale bar (walk43).
    _template = Template(
        """{% macro header(this, kwargs) %}
<style>
.leaflet-container .leaflet-control-attribution { font: 11px/1.35 system-ui, sans-serif; }
.leaflet-container .leaflet-control-scale { font: 11px/1.2 system-ui, sans-serif; }
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
(function (map) {
  var MOUSE_HINT = {{ this.mouse_hint|tojson }}, TOUCH_HINT = {{ this.touch_hint|tojson }};
  function touchOnly() {
    return !!(window.matchMedia && window.matchMedia("(hover: none) and (pointer: coarse)").matches);
  }
  map.scrollWheelZoom.disable();
  var hint = L.control({position: "bottomright"});
  hint.onAdd = function () {
    var box = L.DomUtil.create("div", "mapdata-scroll-hint");
    // A touch screen has no wheel to click for (and no hover): it is told what a finger does (walk47 item 18)
    box.textContent = touchOnly() ? TOUCH_HINT : MOUSE_HINT;
    return box;
  };
  hint.addTo(map);
  map.on("click", function () {
    if (!map.scrollWheelZoom.enabled()) { map.scrollWheelZoom.enable(); hint.remove(); }
  });
  map.on("mouseout", function (e) {
    var to = e.originalEvent && e.originalEvent.relatedTarget;
    if (!to || !map.getContainer().contains(to)) { map.scrollWheelZoom.disable(); }
  });
  var fit = L.control({position: "topleft"});
  fit.onAdd = function () {
    var button = L.DomUtil.create("a", "leaflet-bar mapdata-fit");
    button.href = "#"; button.title = "Show every incident"; button.setAttribute("role", "button");
    button.textContent = "\u2922";
    L.DomEvent.on(button, "click", function (e) {
      L.DomEvent.stop(e);
      if (window.mapdataIncidentLayer) window.mapdataIncidentLayer.fitToData();
    });
    return button;
  };
  fit.addTo(map);
  var scale = L.control.scale({position: "bottomleft", imperial: false}).addTo(map);
  // Lift the scale bar above whatever in the bottom-right corner reaches over it (the attribution
  // wraps to 2-3 lines on a narrow map, the scroll hint sits above it).
  function placeScale() {
    var node = scale.getContainer();
    node.style.marginBottom = "";
    var bar = node.getBoundingClientRect(), bottom = map.getContainer().getBoundingClientRect().bottom;
    var boxes = Array.prototype.map.call(map._controlCorners.bottomright.children, function (c) {
      return c.getBoundingClientRect();
    }).filter(function (r) { return r.width > 0; }).sort(function (a, b) { return b.bottom - a.bottom; });
    var lift = 0;
    for (var i = 0; i < boxes.length && boxes[i].left < bar.right + 4; i++) lift = bottom - boxes[i].top;
    if (lift > 0) node.style.marginBottom = Math.ceil(lift + 6) + "px";
  }
  map.on("moveend zoomend resize layeradd layerremove click", placeScale);
  map.whenReady(placeScale);
  // and whenever the bottom-right corner changes size without a map event (the attribution's text
  // set, a web font loaded, the frame resized)
  if (window.ResizeObserver) new ResizeObserver(placeScale).observe(map._controlCorners.bottomright);
})({{ this._parent.get_name() }});
{% endmacro %}"""
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "MapControls"
        self.mouse_hint = MOUSE_HINT
        self.touch_hint = TOUCH_HINT


# The map's hint, in the bottom-right corner until the map is first clicked (or tapped): for a mouse, and for a
# screen with no hover and a coarse pointer (a phone, a tablet), which pinches to zoom and taps a marker.
MOUSE_HINT = "Click the map to zoom with the mouse wheel"
TOUCH_HINT = "Pinch to zoom; tap a marker to read its claims"


class BasemapFade(MacroElement):
    """The offline basemap made faint past its own zooms (``max_native_zoom``): Leaflet draws the last
    zoom's tiles enlarged, 64 times at zoom 12 over tiles of zoom 6, and their place names were big blurred
    smears under the claims and over the sharp labels of :class:`PlaceLabels` (walk47 item 18). At
    :data:`FADE_FROM_ZOOMS` zooms past the tiles' last one the layer is drawn at :data:`FADED_OPACITY`:
    land and water still read, the borders and the place labels over them carry the detail."""

    _template = Template(
        """{% macro script(this, kwargs) %}
(function (map, layer) {
  function follow() {
    layer.setOpacity(map.getZoom() >= {{ this.native_zoom }} + {{ this.fade_from }} ? {{ this.faded }} : 1);
  }
  map.on("zoomend", follow);
  map.whenReady(follow);
})({{ this._parent.get_name() }}, {{ this.layer_name }});
{% endmacro %}"""
    )

    def __init__(self, layer_name: str, native_zoom: int) -> None:
        super().__init__()
        self._name = "BasemapFade"
        self.layer_name = layer_name
        self.native_zoom = int(native_zoom)
        self.fade_from = FADE_FROM_ZOOMS
        self.faded = FADED_OPACITY


FADE_FROM_ZOOMS = 2  # zooms past the basemap's last one (tiles 4 times enlarged) from which it is faint
FADED_OPACITY = 0.45


# Leaflet's panes: tiles 200, overlay 400 (the incident layer's circles, rings and areas, and the
# borders), markers 600 (stacks and clusters). The name labels go between tiles and overlay: under
# every incident marker (a walk-through saw "Majdal Shams" written over a claim's circle when the
# labels were at 440-450, above the overlay pane), over the tiles.
LABEL_PANES_Z = {"countries": 380, "places": 390}
# The borders' own pane: over the labels and under the incident layer's circles, as when they were drawn
# in the overlay pane before the incidents (BordersLayer).
BORDERS_PANE_Z = 399
# How long the borders wait for an incident layer (BordersLayer) from the map's making: the Map page drew
# its first marker 0.03-0.5 s after its map on this busy machine (benchmarks/bench_first_marker.py); a map
# with no incident layer (a place's candidates) draws its borders after this.
BORDERS_WAIT_MS = 1500


class PlaceLabels(MacroElement):
    """Names of towns and villages past zoom 8, where the offline tiles (zooms 0-6) have none.

    Fetched from this app (``static/basemap/places.json``, or in ``$MAPDATA_BASEMAP_DIR``'s folder;
    from the gazetteer's GeoNames data) at the first zoom that needs them; drawn in a pane under the incident markers that lets
    clicks through (``LABEL_PANES_Z``); names go in with ``textContent``.
    """

    _template = Template(
        """{% macro script(this, kwargs) %}
(function (map) {
  var pane = map.createPane("mapdataPlaceLabels");
  pane.style.zIndex = {{ this.z_index }}; pane.style.pointerEvents = "none";
  var layer = L.layerGroup().addTo(map), places = null, asked = false;
  function minPopulation(zoom) { return zoom >= 12 ? 0 : zoom >= 11 ? 1000 : zoom >= 10 ? 3000 : 10000; }
  function draw() {
    layer.clearLayers();
    var zoom = map.getZoom();
    if (zoom < {{ this.min_zoom }}) return;
    if (!places) {
      if (!asked) {
        asked = true;
        fetch("{{ this.url }}").then(function (r) { return r.ok ? r.json() : {places: []}; })
          .then(function (data) { places = data.places || []; draw(); })
          .catch(function () { places = []; });
      }
      return;
    }
    var bounds = map.getBounds().pad(0.1), least = minPopulation(zoom), shown = 0;
    for (var i = 0; i < places.length && shown < 400; i++) {
      var p = places[i];
      if (p[3] < least || !bounds.contains([p[1], p[2]])) continue;
      var label = document.createElement("div");
      label.className = "mapdata-place-label";
      label.textContent = p[0];
      L.marker([p[1], p[2]], {
        pane: "mapdataPlaceLabels", interactive: false, keyboard: false,
        icon: L.divIcon({className: "mapdata-place-label-icon", html: label, iconSize: null})
      }).addTo(layer);
      shown++;
    }
    map.getContainer().setAttribute("data-place-labels", String(shown));
  }
  map.on("zoomend moveend", draw);
  draw();
})({{ this._parent.get_name() }});
{% endmacro %}"""
    )

    def __init__(self, url: str | None = None, min_zoom: int = PLACE_LABELS_MIN_ZOOM) -> None:
        super().__init__()
        self._name = "PlaceLabels"
        self.url = url or places_url()
        self.min_zoom = min_zoom
        self.z_index = LABEL_PANES_Z["places"]


COUNTRY_LABELS_PANE = "mapdataCountryLabels"
COUNTRY_LABELS_MIN_ZOOM = 6  # below it the names pile up on one another and on the clusters


class CountryLabelsPane(MacroElement):
    """The pane the country names are drawn in: under the incident markers and clusters
    (``LABEL_PANES_Z``), never catching a click, and hidden below ``min_zoom``. At world zoom
    (all conflicts) the six names of the Armenia–Azerbaijan region covered its cluster's count.

    Added to the map before the labels, so the pane exists when they are placed in it; the map's
    container says ``data-country-labels="shown"`` or ``"hidden"``.
    """

    _template = Template(
        """{% macro script(this, kwargs) %}
(function (map) {
  var pane = map.createPane("{{ this.pane }}");
  pane.style.zIndex = {{ this.z_index }}; pane.style.pointerEvents = "none";
  function follow() {
    var shown = map.getZoom() >= {{ this.min_zoom }};
    pane.style.display = shown ? "" : "none";
    map.getContainer().setAttribute("data-country-labels", shown ? "shown" : "hidden");
  }
  map.on("zoomend", follow);
  map.whenReady(follow);
})({{ this._parent.get_name() }});
{% endmacro %}"""
    )

    def __init__(self, pane: str = COUNTRY_LABELS_PANE, min_zoom: int = COUNTRY_LABELS_MIN_ZOOM) -> None:
        super().__init__()
        self._name = "CountryLabelsPane"
        self.pane = pane
        self.min_zoom = min_zoom
        self.z_index = LABEL_PANES_Z["countries"]


ONLINE_TILES_ENV = "MAPDATA_ONLINE_TILES"


def online_tiles_wanted(environ: Mapping[str, str] | None = None) -> bool:
    """Whether the user turned the online tile layers on (``MAPDATA_ONLINE_TILES=1``).

    Off by default: a tile server learns which region each tile shows, so a map that loads
    online tiles tells a third party where its user is looking. Anything but a clear yes is no.
    """
    value = (os.environ if environ is None else environ).get(ONLINE_TILES_ENV, "")
    return value.strip().lower() in {"1", "true", "yes", "on"}


def claim_zoom(online_tiles: bool | None = None) -> int:
    """The zoom a page shows one claim at (and the most a fit zooms in): :data:`CLAIM_ZOOM`, but no
    further than the offline basemap's most detailed zoom while it is the only basemap drawn (no
    online tiles, :func:`online_tiles_wanted`). Past it the tiles are the last zoom's, enlarged: a
    claim opened from the Table showed a blur at zoom 11 over tiles of zoom 6 (walk42 item 16)."""
    online = online_tiles_wanted() if online_tiles is None else online_tiles
    offline = None if online else installed_basemap()
    return CLAIM_ZOOM if offline is None else max(1, min(CLAIM_ZOOM, offline.max_zoom))


def base_map(
    extent: Extent | None = None,
    online_tiles: bool | None = None,
    *,
    view: tuple[tuple[float, float], int] | None = None,
) -> folium.Map:
    """The constant base map: offline tiles and borders, controls, local assets; the online tile
    layers only when the user turned them on (``online_tiles``, default ``MAPDATA_ONLINE_TILES``).

    ``extent`` (a conflict profile's) is the first view, fitted to the map's real size in the
    browser (the incident layer then fits its claims); the default is the Armenia–Azerbaijan
    border; ``view`` (centre, zoom) overrides both. The map stays the same as long as they do.
    Build a fresh one per run: streamlit-folium attaches the incident layer to the map object.
    """
    center, zoom = MAP_CENTER, MAP_ZOOM
    if view is not None:
        center, zoom = view
    elif extent is not None:
        center = extent.center
    fmap = folium.Map(
        location=list(center), zoom_start=zoom, tiles=None, max_zoom=MAX_ZOOM, min_zoom=4, control_scale=False
    )  # the scale bar: MapControls
    online = online_tiles_wanted() if online_tiles is None else online_tiles
    if online:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap", overlay=False, show=True, max_zoom=MAX_ZOOM).add_to(
            fmap
        )
        folium.TileLayer(
            "OpenTopoMap", name="OpenTopoMap (topographic)", overlay=False, show=False, max_zoom=17
        ).add_to(fmap)
        folium.TileLayer(
            "Esri.WorldImagery", name="Esri World Imagery (satellite)", overlay=False, show=False, max_zoom=MAX_ZOOM
        ).add_to(fmap)
    folium.FeatureGroup(name="No tiles (borders only)", overlay=False, show=not online).add_to(fmap)
    offline = installed_basemap()
    if offline is not None:
        # Under every online layer (zIndex 0): it shows where they do not load, e.g. with no internet.
        tiles = folium.TileLayer(
            offline.url,
            name=f"Offline basemap (zooms {offline.min_zoom}–{offline.max_zoom}, served by this app)",
            attr=f"{offline.attribution} (ODbL), offline copy",
            overlay=True,
            show=True,
            min_zoom=0,
            max_zoom=MAX_ZOOM,
            max_native_zoom=offline.max_zoom,
            z_index=0,
        ).add_to(fmap)
        fmap.add_child(BasemapFade(tiles.get_name(), offline.max_zoom))
    fmap.add_child(CountryLabelsPane())
    borders = folium.FeatureGroup(name="Borders (Natural Earth)", overlay=True, show=True)
    try:
        borders.add_child(BordersLayer(f"{BORDERS_URL}/{publish_borders(BORDERS_DIR)}"))
    except OSError:  # a read-only or full disk: the outline goes inside the map's script, as it always can
        folium.GeoJson(borders_geojson(), style_function=_border_style, interactive=False).add_to(borders)
    for _, text, lat, lon in COUNTRY_LABELS:
        folium.Marker(
            [lat, lon],
            icon=folium.DivIcon(
                html='<div style="font:600 11px system-ui,sans-serif;color:#555;letter-spacing:1px;'
                f'white-space:nowrap;text-align:center">{text}</div>',
                icon_size=(COUNTRY_LABEL_WIDTH, 14),
                icon_anchor=(COUNTRY_LABEL_WIDTH // 2, 7),  # the name's middle on its point, inside its country
            ),
            interactive=False,
            keyboard=False,  # a name on the map is no control: Tab should not stop on it
            pane=COUNTRY_LABELS_PANE,
        ).add_to(borders)
    borders.add_to(fmap)
    folium.LayerControl(collapsed=True).add_to(fmap)
    fmap.add_child(LocalAssets())
    preload_first(fmap)  # its scripts fetched at once, not one after another
    fmap.add_child(IconImagePath())
    fmap.add_child(MapControls())
    fmap.add_child(PlaceLabels())
    if view is None and extent is not None:
        fmap.add_child(FirstView(extent))
    return fmap


_PARTY_ISO2 = frozenset({"AM", "AZ"})


def _border_style(feature: dict) -> dict:
    party = feature["properties"].get("iso2") in _PARTY_ISO2
    return {
        "color": "#222" if party else "#666",
        "weight": 2 if party else 1,
        "fillColor": "#f2efe9",
        "fillOpacity": 0.35 if party else 0.15,
    }
