"""Serve every browser asset of the map from this app, never from a CDN.

folium's classes list their JavaScript/CSS as class-level CDN links; with no internet the map
is blank, and every page load would tell third parties who looks at the map. ``use_local_assets``
points those lists (for ``Map`` and the plugins we or other pages may use) at the files vendored
in ``static/vendor/`` (npm packages, each with its licence; ours are in ``static/mapdata/``), which Streamlit serves at ``/app/static/``.
"""

from __future__ import annotations

from urllib.parse import quote

import folium
import folium.plugins
from branca.element import MacroElement
from folium.elements import JSCSSMixin
from jinja2 import Template

__all__ = [
    "INCIDENT_CSS",
    "INCIDENT_JS",
    "JQUERY_JS",
    "LEAFLET_CSS",
    "LEAFLET_JS",
    "PAYLOADS_URL",
    "STATIC_URL",
    "IconImagePath",
    "LocalAssets",
    "preload_first",
    "preload_url",
    "use_local_assets",
]

STATIC_URL = "/app/static"
VENDOR_URL = f"{STATIC_URL}/vendor"  # third-party packages, each as published, with its licence
LEAFLET_JS = f"{VENDOR_URL}/leaflet/leaflet.js"
LEAFLET_CSS = f"{VENDOR_URL}/leaflet/leaflet.css"
LEAFLET_IMAGES = f"{VENDOR_URL}/leaflet/images/"
JQUERY_JS = f"{VENDOR_URL}/jquery/jquery.min.js"  # streamlit-folium's start-up code needs it
MARKERCLUSTER_JS = f"{VENDOR_URL}/leaflet.markercluster/leaflet.markercluster.js"
MARKERCLUSTER_CSS = f"{VENDOR_URL}/leaflet.markercluster/MarkerCluster.css"
MARKERCLUSTER_DEFAULT_CSS = f"{VENDOR_URL}/leaflet.markercluster/MarkerCluster.Default.css"
HEAT_JS = f"{VENDOR_URL}/leaflet.heat/leaflet-heat.js"
SUPERCLUSTER_JS = f"{VENDOR_URL}/supercluster/supercluster.min.js"
INCIDENT_JS = f"{STATIC_URL}/mapdata/incident_layer.js"
INCIDENT_CSS = f"{STATIC_URL}/mapdata/incident_layer.css"
PAYLOADS_URL = f"{STATIC_URL}/payloads"  # the map's payload files (mapview.publish_payload), git-ignored
PRELOAD_JS = f"{STATIC_URL}/mapdata/preload.js"

_MAP_JS = [("leaflet", LEAFLET_JS), ("jquery", JQUERY_JS)]
_MAP_CSS = [("leaflet_css", LEAFLET_CSS)]
_CLUSTER_JS = [("markerclusterjs", MARKERCLUSTER_JS)]
_CLUSTER_CSS = [("markerclustercss", MARKERCLUSTER_CSS), ("markerclusterdefaultcss", MARKERCLUSTER_DEFAULT_CSS)]
_HEAT_JS = [("leaflet-heat.js", HEAT_JS)]

_done = False


def use_local_assets() -> None:
    """Point folium's class-level asset lists at ``static/`` (idempotent; call at start-up).

    Bootstrap, Font Awesome and awesome-markers are dropped rather than vendored: nothing on
    our pages uses them, and a plain Leaflet map does not need them.
    """
    global _done
    if _done:
        return
    folium.Map.default_js = list(_MAP_JS)
    folium.Map.default_css = list(_MAP_CSS)
    for cls in (folium.plugins.MarkerCluster, folium.plugins.FastMarkerCluster):
        cls.default_js = list(_CLUSTER_JS)
        cls.default_css = list(_CLUSTER_CSS)
    folium.plugins.HeatMap.default_js = list(_HEAT_JS)
    _done = True


class LocalAssets(JSCSSMixin, MacroElement):
    """Loads our incident layer's scripts with the base map, so they never change between reruns.

    streamlit-folium loads scripts once, when the map first mounts; a layer swapped in later
    cannot bring new scripts, so everything the incident layer needs comes with the base map.
    """

    _template = Template("")
    default_js = [
        ("supercluster", SUPERCLUSTER_JS),
        ("leaflet-heat.js", HEAT_JS),
        ("mapdata_incident_layer", INCIDENT_JS),
    ]
    default_css = [("mapdata_incident_layer_css", INCIDENT_CSS)]

    def __init__(self) -> None:
        super().__init__()
        self._name = "LocalAssets"


def preload_url(scripts: list[str], styles: list[str]) -> str:
    """``static/mapdata/preload.js`` asked to fetch ``scripts`` and ``styles`` at once (its query names them).

    streamlit-folium adds a map's scripts one after another, each once the last has run (five
    requests in a row, ~0.35 s of the first marker, review43 item 16); listed first, this script
    has the browser fetch them all in parallel (``<link rel="preload">``), and they still run in
    their order, each from what was fetched.
    """
    query = "&".join(
        [*(f"script={quote(url, safe='/')}" for url in scripts), *(f"style={quote(url, safe='/')}" for url in styles)]
    )
    return f"{PRELOAD_JS}?{query}"


def preload_first(fmap: folium.Map) -> None:
    """Have ``fmap`` (a map with :class:`LocalAssets`) fetch its scripts and styles at once: :func:`preload_url`
    before its own scripts. This map only (other maps of folium's keep their lists)."""
    scripts = [src for _, src in (*fmap.default_js, *LocalAssets.default_js)]
    styles = [href for _, href in (*fmap.default_css, *LocalAssets.default_css)]
    fmap.default_js = [("mapdata_preload", preload_url(scripts, styles)), *fmap.default_js]


class IconImagePath(MacroElement):
    """Sets ``L.Icon.Default.imagePath`` in the map script (header scripts do not run in the component)."""

    _template = Template(
        "{% macro script(this, kwargs) %}L.Icon.Default.imagePath = {{ this.path|tojson }};{% endmacro %}"
    )

    def __init__(self, path: str = LEAFLET_IMAGES) -> None:
        super().__init__()
        self._name = "IconImagePath"
        self.path = path


use_local_assets()
