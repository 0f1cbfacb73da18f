"""Country names never cover the incident clusters: hidden at world zoom (every conflict's examples
shown at once put the six names of the Armenia–Azerbaijan region over its cluster's count), and
drawn under the markers where they are shown."""

from __future__ import annotations

import pytest

from maptools import open_map

pytestmark = pytest.mark.browser

LABELS = ("ARMENIA", "AZERBAIJAN", "NAKHCHIVAN (AZ)", "GEORGIA", "IRAN", "TÜRKİYE")

# For each country name on the map: its box, whether it shows, and the clusters (and stacks) it
# overlaps that it is drawn above (its pane, then its own z-index, against theirs).
LAYOUT = """(names) => {
  const z = (el) => [Number(getComputedStyle(el.closest('.leaflet-pane')).zIndex) || 0, Number(el.style.zIndex) || 0];
  const above = (a, b) => a[0] !== b[0] ? a[0] > b[0] : a[1] > b[1];
  const meets = (r, s) => r.left < s.right && s.left < r.right && r.top < s.bottom && s.top < r.bottom;
  const icons = [...document.querySelectorAll('.mapdata-cluster, .mapdata-stack')];
  return [...document.querySelectorAll('.leaflet-marker-icon')].filter((m) => names.includes(m.textContent.trim())).map((m) => {
    const box = m.firstElementChild.getBoundingClientRect();
    const shown = m.getClientRects().length > 0 && box.width > 0;
    const covering = shown ? icons.filter((c) => meets(box, c.getBoundingClientRect()) && above(z(m), z(c))).map((c) => c.textContent.trim()) : [];
    return {name: m.textContent.trim(), shown: shown, covering: covering};
  });
}"""


@pytest.fixture(scope="module")
def app_env() -> dict[str, str | None]:
    """Every conflict's example claims, as a first run has them: the map opens at world zoom."""
    return {"MAPDATA_EXAMPLES": None}


def _zoom(frame, zoom: int) -> None:
    frame.evaluate(f"() => window.mapdataIncidentLayer._map.setView([40.0, 45.6], {zoom}, {{animate: false}})")
    frame.wait_for_timeout(800)


def test_country_names_are_hidden_at_world_zoom_and_never_cover_a_cluster(page, app_url):
    frame = open_map(page, app_url)
    frame.wait_for_timeout(1500)
    assert frame.evaluate("() => window.mapdataIncidentLayer._map.getZoom()") < 6  # every conflict in view
    layout = frame.evaluate(LAYOUT, list(LABELS))
    assert sorted(item["name"] for item in layout) == sorted(LABELS)
    assert not any(item["shown"] for item in layout), layout
    container = frame.locator(".leaflet-container")
    assert container.get_attribute("data-country-labels") == "hidden"

    for zoom in (6, 7, 8):
        _zoom(frame, zoom)
        layout = frame.evaluate(LAYOUT, list(LABELS))
        assert all(item["shown"] for item in layout), (zoom, layout)
        assert [item for item in layout if item["covering"]] == [], zoom
    assert container.get_attribute("data-country-labels") == "shown"


def test_country_names_are_no_keyboard_stops(page, app_url):
    """A name on the map is not a control: Tab never lands on it (walk3 counted 6 of 13 Tabs there)."""
    frame = open_map(page, app_url)
    _zoom(frame, 7)
    stops = frame.evaluate(
        """(names) => [...document.querySelectorAll('.leaflet-marker-icon')]
            .filter((m) => names.includes(m.textContent.trim()) && m.tabIndex >= 0).map((m) => m.textContent.trim())""",
        list(LABELS),
    )
    assert stops == []
