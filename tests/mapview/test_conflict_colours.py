"""Each conflict's claims are drawn in its profile's party colours, explained by the legend, in its extent."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest
from legendtools import swatches_inlined

from mapdata.mapview import SIDE_COLORS, base_map, incident_layer, legend_html, render_html, side_colors
from mapdata.profiles import default_catalog
from tests.factories import make_india_claim, make_pakistan_claim
from tests.mapview.test_mapview import payload_in, sent_ids

INDIA_PAKISTAN = default_catalog().require("india-pakistan")


@pytest.fixture
def frame(store) -> pd.DataFrame:
    store.save([make_india_claim(), make_pakistan_claim()])
    return store.frame()


def test_side_colours_come_from_the_profiles_then_third_party_and_media():
    colours = side_colors([INDIA_PAKISTAN])
    assert colours == {
        "India": INDIA_PAKISTAN.party("India").colour,
        "Pakistan": INDIA_PAKISTAN.party("Pakistan").colour,
        "third party": SIDE_COLORS["third party"],
        "media": SIDE_COLORS["media"],
    }
    everyone = side_colors(default_catalog())
    assert list(everyone)[:2] == ["Armenia", "Azerbaijan"]
    assert {"India", "Pakistan", "Israel", "Hezbollah", "Thailand", "Cambodia", "Russia", "Ukraine"} <= set(everyone)
    assert side_colors([default_catalog().default]) == SIDE_COLORS  # today's map unchanged


def test_claims_of_every_conflict_get_their_party_colour_and_the_legend_names_it(frame):
    colours = side_colors(default_catalog())
    data = payload_in(render_html(base_map(), incident_layer(frame, colors=colours)))
    legend = swatches_inlined(legend_html(colors=colours))
    sides = frame.set_index("id")["reporting_side"]
    for k, incident_id in enumerate(sent_ids(frame)):
        assert data["side"][k] >= 0, f"{sides[incident_id]} has no colour"
        assert data["sides"][data["side"][k]] == sides[incident_id]
        assert data["colors"][data["side"][k]] == colours[sides[incident_id]]
    assert {"India", "Pakistan", "Armenia", "Azerbaijan"} <= set(sides)
    for side in ("India", "Pakistan", "Armenia"):
        assert re.search(rf'fill="{colours[side]}"[^<]*/></svg>{side}<', legend)


def test_a_conflicts_map_opens_on_its_extent_fitted_in_the_browser():
    """Leaflet fits the box on the map's real size (a zoom worked out here assumed a square map)."""
    extent = INDIA_PAKISTAN.extent
    html = render_html(base_map(extent))
    assert f"fitBounds({json.dumps(extent.bounds())}" in html
    assert "animate: false" in html  # an animation still running would undo the incident layer's own fit
    assert "fitBounds" not in render_html(base_map())  # no conflict chosen: the default view
    assert "fitBounds" not in render_html(base_map(extent, view=((33.0, 74.0), 11)))  # a view given wins
    assert base_map().location == base_map(None).location
