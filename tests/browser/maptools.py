"""Helpers the browser tests share: where the map component is, and where a place is on screen."""

from __future__ import annotations

MAP_IFRAME = "iframe[title='streamlit_folium.st_folium']"


def page_point(page, frame, lat: float, lon: float) -> tuple[float, float]:
    """The page (viewport) position of ``lat, lon`` on the map inside the component's iframe."""
    x, y = frame.evaluate(
        """([lat, lon]) => {
            const p = window.map.latLngToContainerPoint([lat, lon]);
            const r = window.map.getContainer().getBoundingClientRect();
            return [r.x + p.x, r.y + p.y];
        }""",
        [lat, lon],
    )
    box = page.query_selector(MAP_IFRAME).bounding_box()
    return box["x"] + x, box["y"] + y
