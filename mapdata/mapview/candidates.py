"""A small folium map of geocoding candidates, for the gazetteer page.

The chosen place is red, alternatives blue, each with a tooltip "N. name (admin1, country)".
Names can be typed by users (aliases, unresolved names from pasted reports), and folium puts
tooltip text into the page as raw HTML inside a JavaScript template literal: every text is
escaped for both (:func:`safe_text`).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence

import folium
from branca.element import MacroElement
from jinja2 import Template

from mapdata.geo.gazetteer import Place
from mapdata.mapview.assets import use_local_assets
from mapdata.mapview.base import FIT_PADDING_BOTTOM_RIGHT, FIT_PADDING_TOP_LEFT, MAP_ZOOM, base_map
from mapdata.profiles import Profile

__all__ = [
    "ClickZoom",
    "KeepInView",
    "candidate_from_tooltip",
    "candidate_label",
    "candidates_map",
    "clicked_precision",
    "pick_region",
    "safe_text",
]

use_local_assets()

_TEMPLATE_CHARS = str.maketrans({"`": "&#96;", "$": "&#36;", "{": "&#123;", "}": "&#125;", "\\": "&#92;"})
DEFAULT_CENTER = (39.95, 45.85)


class FitWhenShown(MacroElement):
    """Fit ``bounds`` on the map once it has a real size: at once when it has, else at its first resize
    to one. A map drawn in a tab not shown yet (Gazetteer → Unresolved places) has no width; fitted then,
    it took the greatest zoom (11) at the bounds' centre, 5 km across near Aanjar for Israel–Lebanon,
    and kept it when the tab was clicked (walk43)."""

    _template = Template(
        """{% macro script(this, kwargs) %}
(function (map) {
  var bounds = {{ this.bounds }}, options = {padding: {{ this.padding }}, maxZoom: {{ this.max_zoom }}, animate: false};
  function sized(size) { return size.x > 0 && size.y > 0; }
  if (sized(map.getSize())) { map.fitBounds(bounds, options); return; }
  map.on("resize", function fit(e) {
    if (!sized(e.newSize)) return;
    map.off("resize", fit);
    map.fitBounds(bounds, options);
  });
})({{ this._parent.get_name() }});
{% endmacro %}"""
    )

    def __init__(self, bounds: list[list[float]], padding: tuple[int, int] = (30, 30), max_zoom: int = 11) -> None:
        super().__init__()
        self._name = "FitWhenShown"
        self.bounds = json.dumps(bounds)
        self.padding = json.dumps(list(padding))
        self.max_zoom = int(max_zoom)


class KeepInView(MacroElement):
    """Added to a feature group of markers (``points``, each ``radius`` px) to frame the map on them: when
    the group is first drawn for ``key`` (a report), and again, while the map shows the view that fit
    left (the user has not panned or zoomed since), whenever one of them is not whole in view: the group
    drawn again (a point moved, a row added), the map resized. Add report's preview map was centred on its
    proposals' mean at zoom 8 whatever its width, and at 420 px cut the markers of places 180 km apart at
    both edges (walk44 item 19). Margins as the incident map's fit (clear of the zoom buttons, layer
    switch and scale bar); no closer than ``max_zoom`` (8, the zoom it opened at before). A view the user
    chose is kept: a click on the map that places a row does not move it.
    """

    _template = Template(
        """{% macro script(this, kwargs) %}
(function (group) {
  var points = {{ this.points }}, key = {{ this.key }}, margin = {{ this.margin }}, map = null;
  var options = {paddingTopLeft: {{ this.top_left }}, paddingBottomRight: {{ this.bottom_right }},
                 maxZoom: {{ this.max_zoom }}, animate: false};
  function whole() {
    var size = map.getSize();
    for (var i = 0; i < points.length; i++) {
      var p = map.latLngToContainerPoint(points[i]);
      if (p.x < margin || p.y < margin || p.x > size.x - margin || p.y > size.y - margin) return false;
    }
    return true;
  }
  function moved(fitted) {  // by the user, since the last fit (a resize keeps the centre)
    return map.getZoom() !== fitted.zoom || map.latLngToContainerPoint(fitted.center).distanceTo(map.getSize().divideBy(2)) > 8;
  }
  function keep() {
    var size = map && map.getSize(), fitted = map && map._mapdataKeptInView;
    if (!points.length || !size || size.x <= 0 || size.y <= 0) return;  // no width yet: at its first resize
    if (fitted && fitted.key === key && (whole() || moved(fitted))) return;
    map.fitBounds(L.latLngBounds(points), options);
    map._mapdataKeptInView = {key: key, center: map.getCenter(), zoom: map.getZoom()};
  }
  group.on("add", function () { map = group._map; map.on("resize", keep); keep(); });
  group.on("remove", function () { if (map) map.off("resize", keep); map = null; });
})({{ this._parent.get_name() }});
{% endmacro %}"""
    )

    def __init__(
        self, points: Sequence[tuple[float, float]], key: str = "", radius: int = 8, max_zoom: int = MAP_ZOOM
    ) -> None:
        super().__init__()
        self._name = "KeepInView"
        self.points = json.dumps([[float(lat), float(lon)] for lat, lon in points])
        self.key = json.dumps(str(key)).replace("<", "\\u003c")
        self.margin = int(radius) + 4
        self.top_left = json.dumps(list(FIT_PADDING_TOP_LEFT))
        self.bottom_right = json.dumps(list(FIT_PADDING_BOTTOM_RIGHT))
        self.max_zoom = int(max_zoom)


# The zoom from which a click on a map is a point chosen to within a couple of hundred metres, "exact" (a
# pixel is about 38 m at the equator at zoom 12, 31 m at 35° N: a click five pixels off is some 150 m off),
# and the one from which it is near a place (a pixel about 1 km at zoom 7: a few km off); below it a click
# tells a region at most. (The claims' look-alike radii: 5 km exact, 15 km near, 40 km region.)
EXACT_CLICK_ZOOM = 12
NEAR_CLICK_ZOOM = 7


def clicked_precision(zoom: object) -> str:
    """The location precision of a point clicked on a map shown at ``zoom``: "exact" at zoom 12 or more,
    "near" from zoom 7, "region" below; "near" when the zoom is not known. One precision for the claim the
    click places and the alias it leaves (walk47: a click on a map at ~50 km per scale bar was saved
    "exact" for the claim and "near" for the name)."""
    if isinstance(zoom, bool) or not isinstance(zoom, int | float) or zoom != zoom:
        return "near"
    if zoom >= EXACT_CLICK_ZOOM:
        return "exact"
    return "near" if zoom >= NEAR_CLICK_ZOOM else "region"


class ClickZoom(MacroElement):
    """Added to a feature group drawn by streamlit-folium: a click on the map carries the map's zoom at
    that moment (``last_clicked`` comes back as ``{lat, lng, zoom}``), so the page can tell how precise
    the clicked point is (:func:`clicked_precision`) without asking the map for every zoom (that reran
    the page at each one)."""

    _template = Template(
        """{% macro script(this, kwargs) %}
(function (group) {
  var map = null;
  function note(e) { if (map && e.latlng) e.latlng.zoom = map.getZoom(); }
  group.on("add", function () { map = group._map; map.on("click", note); });
  group.on("remove", function () { if (map) map.off("click", note); map = null; });
})({{ this._parent.get_name() }});
{% endmacro %}"""
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "ClickZoom"


def safe_text(text: object) -> str:
    """HTML-escaped, and safe inside a JavaScript template literal (no backtick, ``${``, backslash)."""
    return html.escape(" ".join(str(text).split()), quote=True).translate(_TEMPLATE_CHARS)


def candidate_label(number: int, place: Place) -> str:
    where = ", ".join(part for part in (place.admin1, place.country) if part)
    return f"{number}. {place.name}" + (f" ({where})" if where else "")


_LABEL_NUMBER = re.compile(r"^\s*(\d+)\.")


def candidate_from_tooltip(tooltip: str | None, candidates: Sequence[Place]) -> Place | None:
    """The candidate whose marker was clicked (its tooltip starts with its number)."""
    match = _LABEL_NUMBER.match(tooltip or "")
    if not match:
        return None
    index = int(match.group(1)) - 1
    return candidates[index] if 0 <= index < len(candidates) else None


def pick_region(met_in: Profile | None, in_view: Profile) -> list[list[float]]:
    """[[south, west], [north, east]]: the area the Gazetteer page's pick map frames for an unresolved name,
    the extent of the conflict it was met in (or chosen for it), else of the conflict in view (the default
    one unless the link names another). Never the stored claims' bounds: with claims of several conflicts
    stored, those spanned Lebanon to Cambodia (review of round 42, item 14)."""
    return (met_in or in_view).extent.bounds()


def candidates_map(
    candidates: Sequence[Place],
    chosen: Place | None = None,
    clicked: tuple[float, float] | None = None,
    around: tuple[float, float] | None = None,
    region: Sequence[Sequence[float]] | None = None,
) -> folium.Map:
    """Candidates (chosen one in red) over the app's own base map; ``clicked`` shows a user's pick.

    The base map is the one every other map uses: the offline tiles and borders, online tiles only
    when the user turned them on (it drew OpenStreetMap's online tiles, sending the view to them).
    With nothing to show, it opens on ``around`` (the conflict in view: walk42 saw Armenia under a Thai name).
    ``region`` ([[south, west], [north, east]]: a conflict's extent, or the stored claims'): it opens on
    the candidates and the click inside it, or on the region itself when none is (namesakes far away
    are drawn, not framed: round 42's walk saw a Thai name's pick map open on the world).
    """
    points = [(p.latitude, p.longitude) for p in candidates] + ([clicked] if clicked else [])
    center = points[0] if points else (around or DEFAULT_CENTER)
    if region is not None:
        (south, west), (north, east) = region
        points = [(lat, lon) for lat, lon in points if south <= lat <= north and west <= lon <= east]
        center = points[0] if points else ((south + north) / 2, (west + east) / 2)
        points = points or [(south, west), (north, east)]
    fmap = base_map(view=(center, 8))
    for number, place in enumerate(candidates, start=1):
        is_chosen = chosen is not None and place.key == chosen.key
        folium.CircleMarker(
            [place.latitude, place.longitude],
            radius=9 if is_chosen else 6,
            color="#b2182b" if is_chosen else "#2166ac",
            fill=True,
            fill_opacity=0.8,
            tooltip=folium.Tooltip(safe_text(candidate_label(number, place))),
        ).add_to(fmap)
    if clicked is not None:
        folium.CircleMarker(
            list(clicked), radius=7, color="#1a9850", fill=True, fill_opacity=0.9, tooltip=folium.Tooltip("your pick")
        ).add_to(fmap)
    if len(points) > 1:
        lats, lons = [p[0] for p in points], [p[1] for p in points]
        fmap.add_child(FitWhenShown([[min(lats), min(lons)], [max(lats), max(lons)]]))
    return fmap
