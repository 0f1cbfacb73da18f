"""walk51: a GeoJSON file cut short (an interrupted download) said "not valid JSON (line 1, column 146: Expecting
',' delimiter)" where a cut CSV says the file looks truncated; it now says so too. Other broken JSON keeps its place."""

from __future__ import annotations

import pytest

from mapdata.formats import geojson
from mapdata.formats.common import FileFormatError

WHOLE = (
    '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[45.9,40.2]},'
    '"properties":{"date":"2026-11-25","claimant":"Armenian MoD"}}]}'
)


@pytest.mark.parametrize("cut", [145, 120, 60, len(WHOLE) - 1])
def test_a_geojson_file_cut_short_looks_truncated(cut: int) -> None:
    with pytest.raises(FileFormatError) as raised:
        geojson.parse(WHOLE[:cut] + "\n")
    said = str(raised.value)
    assert "looks truncated (an interrupted download?)" in said and "Expecting" not in said, said


def test_json_broken_inside_still_says_where() -> None:
    with pytest.raises(FileFormatError, match=r"not valid JSON \(line 1, column \d+: Expecting"):
        geojson.parse(WHOLE.replace('"date":', '"date"', 1))
