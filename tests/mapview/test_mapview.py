"""The map as generated HTML: every filtered incident is on it, coloured by side, nothing from a CDN,
and hostile text from imports stays inert data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import folium
import pandas as pd
import pytest
from folium.elements import JSCSSMixin
from legendtools import swatches_inlined

from mapdata.claims import STATUS_RULE, find_clashes
from mapdata.filters import FilterState, apply_filters
from mapdata.mapview import (
    SIDE_COLORS,
    base_map,
    clicked_marker,
    decode_payload,
    incident_feature_group,
    incident_layer,
    incident_payload,
    legend_html,
    payload_rows,
    render_html,
)

REPO = Path(__file__).resolve().parents[2]
ATTACH = re.compile(r"MapdataIncidents\.attach\([\w.]+, (\{.*?\}), \{[^{}]*\}\);", re.DOTALL)
HOSTILE = [
    "<img src=x onerror=alert(1)>",
    "${alert(1)}",
    "a`b",
    "</script><script>alert(2)</script>",
    "{{ 7*7 }} {{ cycler.__init__.__globals__.os.getcwd() }}",  # folium re-parses scripts as Jinja
    "{% for x in range(3) %}loop{% endfor %}",
]


def payload_in(html: str) -> dict:
    """The incident data the browser receives (exactly one incident layer per page)."""
    found = ATTACH.findall(html)
    assert len(found) == 1, "expected one incident layer in the page"
    return decode_payload(found[0])


def sent_ids(frame: pd.DataFrame) -> list[str]:
    """The ids of the claims the payload of ``frame`` carries, in payload order (they stay on the server)."""
    return list(payload_rows(frame)["id"])


def page_for(frame: pd.DataFrame, **kw) -> str:
    return render_html(base_map(), incident_layer(frame, **kw))


@pytest.fixture
def frame(store) -> pd.DataFrame:
    return store.frame()


def test_every_filtered_incident_is_on_the_map_at_its_place(frame):
    state = FilterState(sides=("Armenia",))
    shown = apply_filters(frame, state)
    data = payload_in(page_for(shown))
    ids = sent_ids(shown)
    assert data["n"] == len(data["lat"]) == len(data["lon"]) == len(ids)
    assert sorted(ids) == sorted(shown["id"])
    assert len(ids) < len(frame)  # the filter really removed some
    by_id = shown.set_index("id")
    for k, incident_id in enumerate(ids):
        scale = data["coordScale"]
        assert data["lat"][k] / scale == pytest.approx(by_id.loc[incident_id, "latitude"], abs=1e-5)
        assert data["lon"][k] / scale == pytest.approx(by_id.loc[incident_id, "longitude"], abs=1e-5)


def test_tooltip_and_popup_text_reach_the_browser(frame):
    data = payload_in(page_for(frame))
    k = sent_ids(frame).index("bundled:2023-05-12-am-mod-sotk-uav")
    assert data["strings"][data["place"][k]] == "Sotk"
    assert data["strings"][data["claimant"][k]] == "Armenian MoD"
    assert pd.Timestamp(data["base"]) + pd.Timedelta(days=data["day"][k]) == pd.Timestamp("2023-05-12")
    assert data["strings"][data["summary"][k]]  # a short summary for the popup


def test_markers_are_coloured_by_reporting_side(frame):
    html = page_for(frame)
    data = payload_in(html)
    sides = frame.set_index("id")["reporting_side"]
    for k, incident_id in enumerate(sent_ids(frame)):
        assert data["colors"][data["side"][k]] == SIDE_COLORS[sides[incident_id]]
    assert len(set(SIDE_COLORS.values())) == len(SIDE_COLORS)
    legend = swatches_inlined(legend_html())
    for side, colour in SIDE_COLORS.items():  # the legend explains every colour
        assert re.search(rf'fill="{colour}"[^<]*/></svg>{re.escape(side)}<', legend)
    assert "<details" in legend and " open" not in legend.split(">", 1)[0]  # folded at first
    assert "mapdata-legend" not in html  # beside the map, never drawn over its markers


def test_each_marker_carries_its_clash_status_and_the_rule(frame):
    status = find_clashes(frame).status
    data = payload_in(page_for(frame, status=status))
    sent = {i: data["statuses"][code] for i, code in zip(sent_ids(frame), data["status"])}
    assert sent == dict(zip(frame["id"], status.astype(str)))
    assert {"contested", "single source"} <= set(sent.values())
    assert data["statusRules"] == [STATUS_RULE[s] for s in data["statuses"]]
    assert data["statusRings"][data["statuses"].index("single source")] is None  # no ring
    assert "status" not in payload_in(page_for(frame))


def test_the_legend_names_the_rule_of_every_status():
    html = swatches_inlined(legend_html())  # beside the map, folded
    for status, rule in STATUS_RULE.items():
        assert re.search(rf"</svg>{re.escape(status)}<div class=\"mapdata-legend-rule\">{re.escape(rule)}</div>", html)


def test_no_asset_comes_from_a_cdn(frame):
    fmap = base_map()
    html = render_html(fmap, incident_layer(frame, heat="count"))
    # What folium puts in the page and what streamlit-folium loads (each element's class lists).
    tags = re.findall(r"<(?:script|link)\b[^>]*>", html)
    external = [t for t in tags if re.search(r"""(?:src|href)=["']?(?:https?:)?//""", t)]
    assert external == []
    assets = []

    def walk(element):
        if isinstance(element, JSCSSMixin):
            assets.extend(url for _, url in element.default_js + element.default_css)
        for child in element._children.values():
            walk(child)

    walk(fmap)
    assert assets, "the map declares its scripts"
    for url in assets:
        assert url.startswith("/app/static/"), url
        path = url.removeprefix("/app/static/").split("?")[0]  # (preload.js names the others in its query)
        assert (REPO / "static" / path).is_file(), url
    for cdn in ("jsdelivr", "cdnjs", "code.jquery.com", "bootstrapcdn", "unpkg", "d3js.org"):
        assert cdn not in html


def test_hostile_text_stays_data(frame):
    hostile = frame.head(len(HOSTILE)).copy()
    hostile["place"] = HOSTILE
    hostile["claimant"] = list(reversed(HOSTILE))
    hostile["summary"] = [" ".join(HOSTILE)] * len(HOSTILE)
    hostile["id"] = [f"csv:{text}" for text in HOSTILE]
    html = page_for(hostile, status=pd.Series("contested", index=hostile.index))
    for text in HOSTILE:
        assert text not in html
    assert "onerror" not in html.replace("\\u003cimg src=x onerror=alert(1)\\u003e", "")
    assert "`" not in html and "${" not in html
    assert html.count("</script>") == html.count("<script")  # nothing closes a script early
    data = payload_in(html)
    assert {data["strings"][k] for k in data["place"]} == set(HOSTILE)  # not "49", no cwd, no "looploop"
    assert "49" not in data["strings"][data["summary"][0]]
    assert str(REPO) not in html and "looploop" not in html


def test_ids_stay_on_the_server_and_claims_at_one_point_share_a_spot(frame):
    odd = frame.head(4).copy()
    odd["id"] = ["acled:ARM1", "no-prefix", "csv:a:b", "csv:d"]
    odd["latitude"] = [40.1, 40.2, 40.1, 40.10002]  # the third at the first's point, the fourth 2 m off
    odd["longitude"] = [45.1, 45.2, 45.1, 45.1]
    payload = incident_payload(odd)
    assert not any(text in payload for text in ("ARM1", "no-prefix", "a:b", "csv:"))  # a click names a position
    data = decode_payload(payload)
    assert data["n"] == 4 and data["spot"] == [0, 1, 0, 2]  # numbered in order of first appearance


def test_large_views_leave_summaries_to_the_details_panel(frame):
    from mapdata.mapview import SUMMARY_MAX_INCIDENTS

    big = pd.concat([frame] * (SUMMARY_MAX_INCIDENTS // len(frame) + 1), ignore_index=True)
    assert "summary" not in json.loads(incident_payload(big))
    assert "summary" in json.loads(incident_payload(frame))


def test_heat_weights_by_stated_casualties(frame):
    data = payload_in(page_for(frame, heat="casualties"))
    k = sent_ids(frame).index("bundled:2023-05-11-media-border-clash")  # 1 killed, 4 wounded
    assert data["weight"][k] == 5
    assert data["heat"] == "casualties"
    with pytest.raises(ValueError):
        incident_payload(frame, heat="sideways")


def test_base_map_is_the_same_every_time():
    """streamlit-folium remounts the map when its script changes: filters must not change it."""
    from streamlit_folium import _get_map_string, generate_js_hash

    assert generate_js_hash(_get_map_string(base_map())) == generate_js_hash(_get_map_string(base_map()))


def test_base_map_draws_borders_without_tiles():
    html = render_html(base_map())
    # the outline is a file the map fetches (tests/mapview/test_borders_served.py), drawn in its own pane
    assert re.search(r"/app/static/payloads/borders-[0-9a-f]{16}\.geojson\.gz", html) and "mapdataBorders" in html
    assert "Nakhchivan".upper() in html.upper()
    assert isinstance(base_map(), folium.Map)


def _drawing(payload: str, index: object, click: object = "1", token: str | None = None, **extra) -> dict:
    from mapdata.mapview import payload_token

    properties = {"mapdata": token if token is not None else payload_token(payload), "i": index, "click": click}
    return {
        "type": "Feature",
        "properties": {**properties, **extra},
        "geometry": {"type": "Point", "coordinates": [0, 0]},
    }


def test_a_click_is_identified_by_our_properties_never_by_text(frame):
    payload = incident_payload(frame)
    n = len(frame)
    assert clicked_marker(_drawing(payload, 3), payload, n).index == 3
    assert clicked_marker(_drawing(payload, 3, spot=1), payload, n).stack
    assert not clicked_marker(_drawing(payload, 3), payload, n).stack
    # Another payload's click (the filters changed since), or anything of another shape, is ignored.
    assert clicked_marker(_drawing(payload, 3, token="0123456789abcdef"), payload, n) is None
    other = incident_payload(frame.head(5))
    assert clicked_marker(_drawing(other, 3), payload, n) is None
    for index in (-1, n, "3", 3.0, True, None):
        assert clicked_marker(_drawing(payload, index), payload, n) is None
    for junk in (None, "2023-05-12 · Sotk · bundled:2023-05-12-am-mod-sotk-uav", {}, {"properties": "x"}, []):
        assert clicked_marker(junk, payload, n) is None


def test_the_layer_carries_its_payload_token_and_the_first_view_fit():
    from mapdata.mapview import payload_token

    payload = '{"idRest":[]}'
    html = render_html(base_map(), incident_feature_group(payload, fit=True))
    token = payload_token(payload)
    assert f'"token": "{token}"' in html and '"fit": true' in html


def test_retracted_claims_are_marked_in_the_payload_and_named_in_the_legend(store):
    """Walk 5: with "Show retracted claims" on, a retracted claim looked like a live one, and the legend
    did not say what it looks like."""
    assert "retracted" not in decode_payload(incident_payload(store.frame()))  # live claims only: nothing sent
    retracted = store.frame()["id"].iloc[2]
    store.retract([retracted], reason="duplicate")
    shown = store.frame(include_retracted=True)
    data = decode_payload(incident_payload(shown))
    assert [i for i, flag in zip(payload_rows(shown)["id"], data["retracted"]) if flag] == [retracted]
    legend = swatches_inlined(legend_html())
    assert "<b>Retracted</b>" in legend and 'stroke="#616161"' in legend and 'fill="#bdbdbd"' in legend
    script = (REPO / "static" / "mapdata" / "incident_layer.js").read_text(encoding="utf-8")
    assert 'color: "#616161"' in script and 'fillColor: "#bdbdbd"' in script  # drawn as the legend shows


def test_the_legend_names_the_grey_other_of_a_clusters_ring():
    """A cluster's tooltip can say "other N" (claims of a side with no colour), drawn grey in its ring;
    the legend had no grey "other" entry (review of 6dcfcd4)."""
    legend = swatches_inlined(legend_html())
    assert re.search(r'<circle[^>]*fill="#555555"[^>]*/></svg>other\b', legend), legend
    script = (REPO / "static" / "mapdata" / "incident_layer.js").read_text(encoding="utf-8")
    assert '"#555555"' in script and '"other"' in script  # drawn and named as the legend shows
